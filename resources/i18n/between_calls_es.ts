<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>A wellbeing companion for contact-center agents: log a tough call in seconds and take a short reset between calls.</source>
        <translation>Un acompañante para el bienestar de quienes trabajan en un centro de contacto: registra una llamada difícil en segundos y tómate una pausa breve entre llamadas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private by design.&lt;/b&gt; Everything stays on this computer. Nothing is shared unless you opt in.</source>
        <translation>&lt;b&gt;Privado desde el diseño.&lt;/b&gt; Todo se queda en este ordenador. No se comparte nada a menos que tú lo aceptes.</translation>
    </message>
    <message>
        <source>Your data: {path}</source>
        <translation>Tus datos: {path}</translation>
    </message>
    <message>
        <source>Keyboard: bind {command} to a shortcut in your desktop settings to open the log dialog from anywhere.</source>
        <translation>Teclado: asigna {command} a un atajo en la configuración de tu escritorio para abrir la ventana de registro desde cualquier lugar.</translation>
    </message>
</context>
<context>
    <name>AcknowledgmentPopup</name>
    <message>
        <source>Logged</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Add &amp;details…</source>
        <translation>Añadir &amp;detalles…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Logged · stress {0}/10</source>
        <translation>Registrada · estrés {0}/10</translation>
    </message>
    <message>
        <source>Support line: {0}</source>
        <translation>Línea de apoyo: {0}</translation>
    </message>
    <message>
        <source>Removed. Nothing was kept.</source>
        <translation>Eliminada. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>&amp;Undo ({0})</source>
        <translation>Des&amp;hacer ({0})</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Removes the call just logged; {0} seconds left</source>
        <translation>Elimina la llamada que acabas de registrar; quedan {0} segundos</translation>
    </message>
</context>
<context>
    <name>AddSpanDialog</name>
    <message>
        <source>Add a call — Between Calls</source>
        <translation>Añadir una llamada — Between Calls</translation>
    </message>
    <message>
        <source>Call started at</source>
        <translation>La llamada empezó a las</translation>
    </message>
    <message>
        <source>Call ended at</source>
        <translation>La llamada terminó a las</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Ends the &amp;next day</source>
        <translation>Termina al día &amp;siguiente</translation>
    </message>
    <message>
        <source>The call ended the next day</source>
        <translation>La llamada terminó al día siguiente</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add this call</source>
        <translation>Añadir esta llamada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A call on {day} that detection missed or got wrong. It counts like a detected call and is marked as added by hand.</source>
        <translation>Una llamada del {day} que la detección no vio o registró mal. Cuenta como una llamada detectada y queda marcada como añadida a mano.</translation>
    </message>
</context>
<context>
    <name>AfterCallNote</name>
    <message>
        <source>Call ended</source>
        <translation>Llamada terminada</translation>
    </message>
    <message>
        <source>Tough one? &amp;Log it</source>
        <translation>¿Llamada difícil? &amp;Regístrala</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation>Llamada terminada.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>completely calm</source>
        <translation>totalmente en calma</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>worst distress imaginable</source>
        <translation>el peor malestar imaginable</translation>
    </message>
    <message>
        <source>&amp;Log a tough call…</source>
        <translation>&amp;Registrar una llamada difícil…</translation>
    </message>
    <message>
        <source>Stress rating, what made it hard, an optional private note</source>
        <translation>Nivel de estrés, qué la hizo difícil y una nota privada opcional</translation>
    </message>
    <message>
        <source>{value} · {hint}</source>
        <translation>{value} · {hint}</translation>
    </message>
    <message>
        <source>Logs the call at once; add details from the acknowledgment</source>
        <translation>Registra la llamada al momento; puedes añadir detalles desde la confirmación</translation>
    </message>
    <message>
        <source>&amp;Breathe…</source>
        <translation>Res&amp;pirar…</translation>
    </message>
    <message>
        <source>A minute of calm breathing; long exhale is the default</source>
        <translation>Un minuto de respiración tranquila; la espiración larga es la opción por defecto</translation>
    </message>
    <message>
        <source>Relax &amp;muscles…</source>
        <translation>Relajar los &amp;músculos…</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation; the desk version takes 2 minutes</source>
        <translation>Relajación muscular progresiva; la versión para el puesto dura 2 minutos</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>&amp;Tendencias…</translation>
    </message>
    <message>
        <source>Your stress over time, insights, history, export and erase</source>
        <translation>Tu estrés a lo largo del tiempo, conclusiones, historial, exportar y borrar</translation>
    </message>
    <message>
        <source>Log a tough call — rat&amp;ing only</source>
        <translation>Registrar una llamada difícil — solo &amp;valoración</translation>
    </message>
    <message>
        <source>S&amp;hare with my team…</source>
        <translation>&amp;Compartir con mi equipo…</translation>
    </message>
    <message>
        <source>What sharing means, your opt-ins, and a preview of exactly what would be shared</source>
        <translation>Qué significa compartir, tus autorizaciones y una vista previa de exactamente lo que se compartiría</translation>
    </message>
    <message>
        <source>T&amp;eam view…</source>
        <translation>Vista del &amp;equipo…</translation>
    </message>
    <message>
        <source>For team leads: team figures from the opted-in summaries</source>
        <translation>Para responsables de equipo: cifras del equipo a partir de los resúmenes autorizados</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;About Between Calls</source>
        <translation>Acerca de &amp;Between Calls</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Last &amp;notice…</source>
        <translation>Último &amp;aviso…</translation>
    </message>
    <message>
        <source>Bring the newest card forward with keyboard focus (also: wellbeing notice)</source>
        <translation>Trae al frente la tarjeta más reciente con el foco del teclado (también: wellbeing notice)</translation>
    </message>
    <message>
        <source>On a &amp;call</source>
        <translation>En &amp;llamada</translation>
    </message>
    <message>
        <source>While checked nothing pops up; prompts wait until you uncheck it</source>
        <translation>Mientras esté marcado no aparece nada; los avisos esperan hasta que lo desmarques</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Pa&amp;usar recordatorios</translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Durante &amp;30 minutos</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Durante &amp;1 hora</translation>
    </message>
    <message>
        <source>Until the &amp;end of this shift</source>
        <translation>Hasta el &amp;final de este turno</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Rea&amp;nudar recordatorios</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
</context>
<context>
    <name>AutoShareTimer</name>
    <message>
        <source>Your summary for {week} could not be shared: {error}</source>
        <translation>No se pudo compartir tu resumen de {week}: {error}</translation>
    </message>
    <message>
        <source>Shared your summary for {week} with your team ({file}). Share with my team… shows exactly what it holds.</source>
        <translation>Se ha compartido tu resumen de {week} con tu equipo ({file}). «Compartir con mi equipo…» muestra exactamente lo que contiene.</translation>
    </message>
</context>
<context>
    <name>BetweenCallsApp</name>
    <message>
        <source>Reminders paused</source>
        <translation>Recordatorios en pausa</translation>
    </message>
    <message>
        <source>Reminders resumed</source>
        <translation>Recordatorios reanudados</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy</source>
        <translation>La política de tu organización</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <extracomment>The GUI waits at most this long for another process&apos;s write lock, then keeps the call.</extracomment>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <source>some settings (defaults apply): {0}</source>
        <translation>algunos ajustes (se aplican los valores por defecto): {0}</translation>
    </message>
    <message>
        <source>Between Calls is running, but this did not start: {0}. Logging calls and Quit work. Details are in the log file; restarting the app may help.</source>
        <translation>Between Calls está en marcha, pero esto no se ha iniciado: {0}. Registrar llamadas y Salir funcionan. Los detalles están en el archivo de registro; reiniciar la aplicación puede ayudar.</translation>
    </message>
    <message>
        <source>Your call is saved, but today&apos;s backup could not be written: {0}</source>
        <translation>Tu llamada está guardada, pero no se pudo escribir la copia de seguridad de hoy: {0}</translation>
    </message>
    <message>
        <source>Your journal file (entries are kept in memory until restart)</source>
        <translation>Tu archivo de registro (las entradas se guardan en memoria hasta reiniciar)</translation>
    </message>
    <message>
        <source>Your journal file was damaged.</source>
        <translation>Tu archivo del diario estaba dañado.</translation>
    </message>
    <message>
        <source>Your journal file was empty (0 bytes).</source>
        <translation>Tu archivo del diario estaba vacío (0 bytes).</translation>
    </message>
    <message>
        <source>Your journal file was missing.</source>
        <translation>Faltaba tu archivo del diario.</translation>
    </message>
    <message>
        <source>It was kept as {copy}.</source>
        <translation>Se conservó como {copy}.</translation>
    </message>
    <message>
        <source>No good backup existed, so a new journal was started.</source>
        <translation>No había ninguna copia de seguridad válida, así que se empezó un diario nuevo.</translation>
    </message>
    <message>
        <source>The backup {backup} was restored.</source>
        <translation>Se restauró la copia de seguridad {backup}.</translation>
    </message>
    <message>
        <source>Entries made since that backup are not in it: they are in {copy}.</source>
        <translation>Los registros hechos desde esa copia no están en ella: están en {copy}.</translation>
    </message>
    <message>
        <source>Entries made since that backup could not be found.</source>
        <translation>No se encontraron los registros hechos desde esa copia.</translation>
    </message>
    <message>
        <source>A leftover write-ahead log was kept, not applied, as {name}.</source>
        <translation>Un registro de escritura anticipada sobrante se conservó sin aplicarlo como {name}.</translation>
    </message>
    <message>
        <source>The journal cannot be opened: {reason}</source>
        <translation>No se puede abrir el diario: {reason}</translation>
    </message>
    <message>
        <source>{0} could not start; the details are in the log file. Quit and start it again, or see the README.</source>
        <translation>{0} no pudo iniciarse; los detalles están en el archivo de registro. Ciérralo y vuelve a iniciarlo, o consulta el README.</translation>
    </message>
    <message>
        <source>Notices from the keyboard</source>
        <translation>Avisos desde el teclado</translation>
    </message>
    <message>
        <source>Breathing and muscle relaxation</source>
        <translation>Respiración y relajación muscular</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Reminders, call detection and Settings</source>
        <translation>Recordatorios, detección de llamadas y Configuración</translation>
    </message>
    <message>
        <source>Team sharing</source>
        <translation>Compartir con el equipo</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>First-start window</source>
        <extracomment>Remembered once the first-start window was finished or skipped (never shown again by itself).</extracomment>
        <translation>Ventana de bienvenida</translation>
    </message>
    <message>
        <source>Sensed workload</source>
        <translation>Carga de trabajo detectada</translation>
    </message>
</context>
<context>
    <name>BreathingSetupPanel</name>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> ciclos</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Inspirar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retén</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Espirar</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Custom in seconds</source>
        <translation>Segundos de inspiración personalizados</translation>
    </message>
    <message>
        <source>Custom hold seconds</source>
        <translation>Segundos de retención personalizados</translation>
    </message>
    <message>
        <source>Custom out seconds</source>
        <translation>Segundos de espiración personalizados</translation>
    </message>
    <message>
        <source>Custom rest seconds</source>
        <translation>Segundos de pausa personalizados</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) · {duration}</source>
        <translation>
            <numerusform>%n ciclo · {duration}</numerusform>
            <numerusform>%n ciclos · {duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n cycle(s)</source>
        <translation>
            <numerusform>como máximo %n ciclo</numerusform>
            <numerusform>como máximo %n ciclos</numerusform>
        </translation>
    </message>
    <message>
        <source>your own pattern</source>
        <translation>tu propio patrón</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>{phase}: {seconds} s is outside {low}–{high} s.</source>
        <translation>{phase}: {seconds} s está fuera de {low}–{high} s.</translation>
    </message>
</context>
<context>
    <name>BreathingShape</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <source>Breathe — Between Calls</source>
        <translation>Respirar — Between Calls</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Menos movimiento</translation>
    </message>
    <message>
        <source>No growing shape: a steady bar and text instead. On automatically when your desktop asks for less motion.</source>
        <translation>Sin figura que crece: una barra fija y texto. Se activa sola cuando tu escritorio pide menos movimiento.</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>Decir las fases en voz alta</translation>
    </message>
    <message>
        <source>Says “Breathe in”, “Hold”, “Breathe out” through your computer&apos;s speech engine</source>
        <translation>Dice «Inspira», «Mantén», «Espira» con la voz del ordenador</translation>
    </message>
    <message>
        <source>Seconds through this phase</source>
        <translation>Segundos transcurridos de esta fase</translation>
    </message>
    <message>
        <source>%p% of the session</source>
        <translation>%p% de la sesión</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Parar (Esc)</translation>
    </message>
    <message>
        <source>Speak the phases (no speech engine: text only)</source>
        <translation>Decir las fases (sin motor de voz: solo texto)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Paused · {step}</source>
        <translation>En pausa · {step}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>getting ready</source>
        <translation>preparándote</translation>
    </message>
    <message>
        <source>breath {index} of {total}</source>
        <translation>respiración {index} de {total}</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Seguir (Espacio)</translation>
    </message>
</context>
<context>
    <name>CallsHeatMap</name>
    <message>
        <source>Calls handled by hour and weekday</source>
        <translation>Llamadas atendidas por hora y día de la semana</translation>
    </message>
    <message>
        <source>No calls handled in this range.</source>
        <translation>Ninguna llamada atendida en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>{filled} of {total} hour slots have calls; the busiest is {weekday} {hour} with %n call(s).</source>
        <translation>
            <numerusform>{filled} de {total} franjas horarias tienen llamadas; la de más carga es {weekday} {hour} con %n llamada.</numerusform>
            <numerusform>{filled} de {total} franjas horarias tienen llamadas; la de más carga es {weekday} {hour} con %n llamadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: no calls</source>
        <translation>{when}: sin llamadas</translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n call(s) handled</source>
        <translation>
            <numerusform>{when}: %n llamada atendida</numerusform>
            <numerusform>{when}: %n llamadas atendidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardFeature</name>
    <message>
        <source>Nothing to undo: Undo is offered for 10 seconds after logging.</source>
        <translation>No hay nada que deshacer: Deshacer se ofrece durante 10 segundos después de registrar.</translation>
    </message>
    <message>
        <source>No notice to show: nothing has popped up since you last closed one.</source>
        <translation>No hay ningún aviso que mostrar: no ha aparecido nada desde que cerraste el último.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Show “{0}” as a table</source>
        <translation>Mostrar «{0}» como tabla</translation>
    </message>
    <message>
        <source>{0} — table</source>
        <translation>{0} — tabla</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Export as {format}</source>
        <extracomment>``(format, suggested name) -&gt; chosen path or None``; a file dialog unless tests inject one.</extracomment>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>Archivos {format} (*.{extension})</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exportar como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>Every field of every call you logged, notes included, and the detected call times in a second file beside it. Keep the files somewhere private.</source>
        <translation>Todos los campos de todas las llamadas que registraste, notas incluidas, y las horas de llamada detectadas en un segundo archivo al lado. Guarda los archivos en un lugar privado.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>&amp;Erase all my data…</source>
        <translation>&amp;Borrar todos mis datos…</translation>
    </message>
    <message>
        <source>Your journal lives in {folder}.</source>
        <translation>Tu diario está en {folder}.</translation>
    </message>
    <message>
        <source>Could not export to {target}: {error}.</source>
        <translation>No se pudo exportar a {target}: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to {target}.</source>
        <translation>
            <numerusform>Se ha exportado %n llamada a {target}.</numerusform>
            <numerusform>Se han exportado %n llamadas a {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detected call times: %n span(s) in {target}.</source>
        <translation>
            <numerusform>Horas de llamada detectadas: %n tramo en {target}.</numerusform>
            <numerusform>Horas de llamada detectadas: %n tramos en {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is {path}.</source>
        <translation>El archivo es {path}.</translation>
    </message>
    <message>
        <source>Could not erase everything: {error}. Nothing else changed.</source>
        <translation>No se pudo borrar todo: {error}. No ha cambiado nada más.</translation>
    </message>
    <message numerus="yes">
        <source>Erased. Removed %n file(s) and folder(s); you are starting again with an empty journal.</source>
        <translation>
            <numerusform>Borrado. Se ha eliminado %n archivo o carpeta; empiezas de nuevo con un diario vacío.</numerusform>
            <numerusform>Borrado. Se han eliminado %n archivos y carpetas; empiezas de nuevo con un diario vacío.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayWords</name>
    <message>
        <source>{day}: no entries</source>
        <translation>{day}: sin registros</translation>
    </message>
    <message>
        <source>7-day mean {mean}</source>
        <translation>media de 7 días {mean}</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s), mean stress {mean} · 7-day mean {rolling}</source>
        <translation>
            <numerusform>{day}: %n llamada, estrés medio {mean} · media de 7 días {rolling}</numerusform>
            <numerusform>{day}: %n llamadas, estrés medio {mean} · media de 7 días {rolling}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDataDialog</name>
    <message>
        <source>Erase all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <source>ERASE</source>
        <comment>the word the agent types to confirm erasing: one word, capitals, easy to type on that language&apos;s keyboard</comment>
        <translation>BORRAR</translation>
    </message>
    <message>
        <source>&lt;b&gt;This deletes everything you have logged&lt;/b&gt;: every call, note, exercise, check-in, detected call time and setting, and the daily backups.</source>
        <translation>&lt;b&gt;Esto borra todo lo que has registrado&lt;/b&gt;: cada llamada, nota, ejercicio, consulta, hora de llamada detectada y ajuste, y las copias de seguridad diarias.</translation>
    </message>
    <message>
        <source>It cannot be undone. If you might want your history later, export it first (Cancel, then Export).</source>
        <translation>No se puede deshacer. Si más adelante podrías querer tu historial, expórtalo antes (Cancelar y luego Exportar).</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Escribe {word} para confirmar</translation>
    </message>
    <message>
        <source>To erase everything now, type {word} below.</source>
        <translation>Para borrarlo todo ahora, escribe {word} abajo.</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Borrarlo todo</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Something went wrong ({error}). It was logged; the app keeps running.</source>
        <translation>Algo ha fallado ({error}). Ha quedado registrado; la aplicación sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>ExerciseCues</name>
    <message>
        <source>Now.</source>
        <translation>Ahora.</translation>
    </message>
    <message>
        <source>And relax.</source>
        <translation>Y suelta.</translation>
    </message>
    <message>
        <source>Let go.</source>
        <translation>Deja ir.</translation>
    </message>
    <message>
        <source>Rest quietly.</source>
        <translation>Descansa en calma.</translation>
    </message>
</context>
<context>
    <name>ExerciseRatingPanel</name>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Carry on without a rating (the digit keys 0–9 also answer)</source>
        <translation>Seguir sin valoración (las teclas 0–9 también responden)</translation>
    </message>
    <message>
        <source>Click a number, or press 0–9. Your ratings show what helps you.</source>
        <translation>Haz clic en un número o pulsa 0–9. Tus valoraciones muestran qué te ayuda.</translation>
    </message>
</context>
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Skip and start</source>
        <translation>Omitir y empezar</translation>
    </message>
    <message>
        <source>Choose another exercise…</source>
        <translation>Elegir otro ejercicio…</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Notas de seguridad</translation>
    </message>
    <message>
        <source>Keep on top</source>
        <translation>Mantener delante</translation>
    </message>
    <message>
        <source>Keep this window above others (handy on small screens)</source>
        <translation>Mantener esta ventana sobre las demás (útil en pantallas pequeñas)</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Señal sonora</translation>
    </message>
    <message>
        <source>A soft chime at each change of phase</source>
        <translation>Un sonido suave en cada cambio de fase</translation>
    </message>
    <message>
        <source>Before you start: how stressed do you feel right now?</source>
        <translation>Antes de empezar: ¿cuánto estrés sientes ahora mismo?</translation>
    </message>
    <message>
        <source>And now, how stressed do you feel?</source>
        <translation>Y ahora, ¿cuánto estrés sientes?</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Otra ronda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Sound cue (no audio device: silent)</source>
        <translation>Señal sonora (sin dispositivo de audio: en silencio)</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bien hecho.</translation>
    </message>
    <message>
        <source>Stopped — that&apos;s fine.</source>
        <translation>Parado — no pasa nada.</translation>
    </message>
    <message>
        <source>Saved in your journal · stress {before} → {after}.</source>
        <translation>Guardado en tu diario · estrés {before} → {after}.</translation>
    </message>
</context>
<context>
    <name>FallbackPanel</name>
    <message>
        <source>No system tray was found on this desktop, so Between Calls lives in this small panel.</source>
        <translation>No se ha encontrado una bandeja del sistema en este escritorio, así que Between Calls vive en este pequeño panel.</translation>
    </message>
</context>
<context>
    <name>HeatMapKey</name>
    <message>
        <source>calm (0)</source>
        <translation>en calma (0)</translation>
    </message>
    <message>
        <source>moderate (5)</source>
        <translation>moderado (5)</translation>
    </message>
    <message>
        <source>very tense (10)</source>
        <translation>muy tenso (10)</translation>
    </message>
    <message>
        <source>outline only: no calls</source>
        <translation>solo contorno: sin llamadas</translation>
    </message>
    <message>
        <source>Colour key, mean stress:</source>
        <translation>Clave de colores, estrés medio:</translation>
    </message>
    <message>
        <source>Colour key: </source>
        <translation>Clave de colores: </translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>Stress by hour and weekday</source>
        <translation>Estrés por hora y día de la semana</translation>
    </message>
    <message>
        <source>{filled} of {total} hour slots have entries.</source>
        <translation>{filled} de {total} franjas horarias tienen registros.</translation>
    </message>
    <message>
        <source>{when}: no entries</source>
        <translation>{when}: sin registros</translation>
    </message>
    <message numerus="yes">
        <source>{when}: mean stress {mean} over %n call(s)</source>
        <translation>
            <numerusform>{when}: estrés medio {mean} en %n llamada</numerusform>
            <numerusform>{when}: estrés medio {mean} en %n llamadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>When (local)</source>
        <translation>Cuándo (hora local)</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <source>What made it hard</source>
        <translation>Qué la hizo difícil</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>History of logged calls</source>
        <translation>Historial de llamadas registradas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected entry (Del); you can undo it</source>
        <translation>Eliminar el registro seleccionado (Supr); puedes deshacerlo</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Mostrar &amp;más</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s)</source>
        <translation>
            <numerusform>{shown} de %n registro</numerusform>
            <numerusform>{shown} de %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <source>ended for abuse</source>
        <translation>terminada por abuso</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>Editar el registro</translation>
    </message>
    <message>
        <source>Could not save: {error}. Your changes are still here.</source>
        <translation>No se pudo guardar: {error}. Tus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Deleted the entry of {when} (stress {stress}).</source>
        <translation>Se ha eliminado el registro del {when} (estrés {stress}).</translation>
    </message>
</context>
<context>
    <name>InsightText</name>
    <message numerus="yes">
        <source>Your stress has been rising over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation>
            <numerusform>Tu estrés ha ido en aumento en las últimas 4 semanas: unos {slope} puntos por semana (pendiente de Theil–Sen sobre %n día con registros; Mann–Kendall p = {p}).</numerusform>
            <numerusform>Tu estrés ha ido en aumento en las últimas 4 semanas: unos {slope} puntos por semana (pendiente de Theil–Sen sobre %n días con registros; Mann–Kendall p = {p}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress has been easing over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation>
            <numerusform>Tu estrés ha ido bajando en las últimas 4 semanas: unos {slope} puntos por semana (pendiente de Theil–Sen sobre %n día con registros; Mann–Kendall p = {p}).</numerusform>
            <numerusform>Tu estrés ha ido bajando en las últimas 4 semanas: unos {slope} puntos por semana (pendiente de Theil–Sen sobre %n días con registros; Mann–Kendall p = {p}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hardest hour is {start}–{end}: mean stress {mean} over {calls} calls, against {overall} across all {overall_calls} calls in this range.</source>
        <translation>Tu hora más difícil es {start}–{end}: estrés medio {mean} en {calls} llamadas, frente a {overall} en el total de {overall_calls} llamadas de este periodo.</translation>
    </message>
    <message>
        <source>{weekday} is your hardest day: mean stress {mean} over {calls} calls, against {overall} overall.</source>
        <translation>El día más difícil para ti es el {weekday}: estrés medio {mean} en {calls} llamadas, frente a {overall} en total.</translation>
    </message>
    <message numerus="yes">
        <source>{exercise} lowers your rating most: from {before} to {after} on average ({change} points) over %n session(s).</source>
        <translation>
            <numerusform>{exercise} es lo que más baja tu valoración: de {before} a {after} de media ({change} puntos) en %n sesión.</numerusform>
            <numerusform>{exercise} es lo que más baja tu valoración: de {before} a {after} de media ({change} puntos) en %n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your weekly stress check-in has been 4 or 5 for %n week(s) in a row (latest: {score} on {day}). That is a lot to carry. It may help to talk to someone you trust, your supervisor, or your employee assistance line.</source>
        <translation>
            <numerusform>Tu pregunta semanal de estrés ha estado en 4 o 5 durante %n semana seguida (la última: {score} el {day}). Es mucho que cargar. Puede ayudarte hablar con alguien de confianza, con tu responsable o con tu servicio de asistencia al empleado.</numerusform>
            <numerusform>Tu pregunta semanal de estrés ha estado en 4 o 5 durante %n semanas seguidas (la última: {score} el {day}). Es mucho que cargar. Puede ayudarte hablar con alguien de confianza, con tu responsable o con tu servicio de asistencia al empleado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress is higher after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call(s).</source>
        <translation>
            <numerusform>Tu estrés es mayor tras rachas de {length}+ llamadas seguidas: {after} frente a {otherwise} en %n llamada.</numerusform>
            <numerusform>Tu estrés es mayor tras rachas de {length}+ llamadas seguidas: {after} frente a {otherwise} en %n llamadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress is lower after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call(s).</source>
        <translation>
            <numerusform>Tu estrés es menor tras rachas de {length}+ llamadas seguidas: {after} frente a {otherwise} en %n llamada.</numerusform>
            <numerusform>Tu estrés es menor tras rachas de {length}+ llamadas seguidas: {after} frente a {otherwise} en %n llamadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFlowController</name>
    <message>
        <source>Could not save: {error}. Your entry is still here.</source>
        <extracomment>How often calls kept in memory are tried again (the journal was locked or its folder gone).</extracomment>
        <translation>No se pudo guardar: {error}. Tu registro sigue aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n kept entry(s).</source>
        <translation>
            <numerusform>Se guardó %n registro pendiente.</numerusform>
            <numerusform>Se guardaron %n registros pendientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: {problem} Your entry is kept and will be saved as soon as the journal can take it (%n waiting).</source>
        <translation>
            <numerusform>Aún no guardado: {problem} Tu registro se conserva y se guardará en cuanto el diario pueda recibirlo (%n en espera).</numerusform>
            <numerusform>Aún no guardado: {problem} Tu registro se conserva y se guardará en cuanto el diario pueda recibirlo (%n en espera).</numerusform>
        </translation>
    </message>
    <message>
        <source>{app} · no tough calls logged today</source>
        <translation>{app} · hoy no has registrado llamadas difíciles</translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) today · avg {mean}</source>
        <translation>
            <numerusform>%n llamada difícil hoy · media {mean}</numerusform>
            <numerusform>%n llamadas difíciles hoy · media {mean}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferWords</name>
    <message numerus="yes">
        <source>Take %n second(s)?</source>
        <translation>
            <numerusform>¿Te tomas %n segundo?</numerusform>
            <numerusform>¿Te tomas %n segundos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n minute(s)?</source>
        <translation>
            <numerusform>¿Te tomas %n minuto?</numerusform>
            <numerusform>¿Te tomas %n minutos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PmrWindow</name>
    <message>
        <source>Relax muscles — Between Calls</source>
        <extracomment>Steps said in bold: the words carry the meaning, so no colour is needed (high contrast).</extracomment>
        <translation>Relajar los músculos — Between Calls</translation>
    </message>
    <message>
        <source>Before you start:</source>
        <translation>Antes de empezar:</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Leer los pasos en voz alta</translation>
    </message>
    <message>
        <source>Spoken guidance through your computer&apos;s speech engine</source>
        <translation>Guía hablada con el motor de voz de tu ordenador</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Sit comfortably. Tense firmly but never to pain; skip any group that hurts (S).</source>
        <translation>Siéntate cómodamente. Tensa con firmeza pero nunca hasta el dolor; omite cualquier grupo que duela (S).</translation>
    </message>
    <message>
        <source>%p% of the script</source>
        <translation>%p% del guion</translation>
    </message>
    <message>
        <source>Progress through the script</source>
        <translation>Progreso del guion</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Skip group (S)</source>
        <translation>Omitir grupo (S)</translation>
    </message>
    <message>
        <source>Skip this group, for example an injured or painful area</source>
        <translation>Omitir este grupo, por ejemplo una zona lesionada o dolorida</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Parar (Esc)</translation>
    </message>
    <message>
        <source>shortened</source>
        <comment>word looked for in a script&apos;s summary</comment>
        <translation>abreviad</translation>
    </message>
    <message>
        <source>(shortened form)</source>
        <translation>(forma abreviada)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Group {index} of {total}</source>
        <translation>Grupo {index} de {total}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Paused · {step}</source>
        <translation>En pausa · {step}</translation>
    </message>
    <message>
        <source>Speak the steps (no speech engine: text only)</source>
        <translation>Leer los pasos en voz alta (sin motor de voz: solo texto)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Seguir (Espacio)</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a tough call</source>
        <translation>Registrar una llamada difícil</translation>
    </message>
    <message>
        <source>How stressed do you feel right now? (keys 0–9; 1 then 0 for 10)</source>
        <translation>¿Cuánto estrés sientes ahora mismo? (teclas 0–9; 1 y luego 0 para 10)</translation>
    </message>
    <message>
        <source>What made it hard? (any that apply)</source>
        <translation>¿Qué la hizo difícil? (todo lo que corresponda)</translation>
    </message>
    <message>
        <source>Private note (optional, stays on this computer)</source>
        <translation>Nota privada (opcional, se queda en este ordenador)</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Optional, stays on this computer; Enter saves, Shift+Enter makes a new line</source>
        <translation>Opcional, se queda en este ordenador; Intro guarda, Mayús+Intro crea una línea nueva</translation>
    </message>
    <message>
        <source>Add details to the call you logged</source>
        <translation>Añadir detalles a la llamada que registraste</translation>
    </message>
    <message>
        <source>Pick a stress rating from 0 to 10 first (press a digit key).</source>
        <translation>Elige primero un nivel de estrés de 0 a 10 (pulsa una tecla numérica).</translation>
    </message>
    <message>
        <source>{length} / {limit}</source>
        <translation>{length} / {limit}</translation>
    </message>
</context>
<context>
    <name>ReminderFeatureController</name>
    <message>
        <source>none found</source>
        <translation>no se encontró</translation>
    </message>
    <message>
        <source>Policy file: {origin}</source>
        <translation>Archivo de directivas: {origin}</translation>
    </message>
    <message>
        <source>Your data stays on this computer unless you opt in to sharing.</source>
        <translation>Tus datos se quedan en este ordenador a menos que aceptes compartirlos.</translation>
    </message>
    <message>
        <source>on a call — reminders wait</source>
        <translation>en una llamada — los recordatorios esperan</translation>
    </message>
    <message>
        <source>reminders paused until {time}</source>
        <translation>recordatorios en pausa hasta las {time}</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n tough call(s), avg {mean}</source>
        <translation>
            <numerusform>Hoy: %n llamada difícil, media {mean}</numerusform>
            <numerusform>Hoy: %n llamadas difíciles, media {mean}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: no tough calls logged</source>
        <translation>Hoy: ninguna llamada difícil registrada</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>&amp;Breathe for a minute</source>
        <extracomment>The instrument&apos;s order: the WHO-5 form lists &quot;All of the time&quot; (5) first.</extracomment>
        <translation>&amp;Respirar un minuto</translation>
    </message>
    <message>
        <source>&amp;Start a 1-minute reset</source>
        <translation>Empezar una pausa de &amp;un minuto</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation>&amp;Posponer 10 min</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>&amp;Good night</source>
        <translation>&amp;Buenas noches</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>{0} ({1} of 5)
{2}</source>
        <translation>{0} ({1} de 5)
{2}</translation>
    </message>
    <message>
        <source>The WHO-5 is shown in English: its official wording in your language has not been verified yet.</source>
        <translation>El WHO-5 se muestra en inglés: su redacción oficial en tu idioma aún no se ha verificado.</translation>
    </message>
    <message>
        <source>{0} = {1}</source>
        <translation>{0} = {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>completely calm</source>
        <translation>totalmente en calma</translation>
    </message>
    <message>
        <source>worst distress imaginable</source>
        <translation>el peor malestar imaginable</translation>
    </message>
</context>
<context>
    <name>SettingEditor</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>Buscar {0}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Choose &amp;days and times…</source>
        <translation>Elegir &amp;días y horas…</translation>
    </message>
    <message>
        <source>Choose shift days and times</source>
        <translation>Elegir días y horas del turno</translation>
    </message>
    <message>
        <source>How the app reads your shifts</source>
        <translation>Cómo lee la aplicación tus turnos</translation>
    </message>
    <message>
        <source>Reads as: {0}</source>
        <translation>Se lee así: {0}</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Bloqueado.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Shifts</source>
        <extracomment>The dialog&apos;s tabs, in order; each setting names its page by one of these constants. &quot;system&quot; follows the desktop; the others are the shipped languages (``SHIPPED_LANGUAGES``).</extracomment>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Days and hours you work, e.g. &apos;mon-fri 09:00-17:30&apos; or &apos;mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00&apos;. Reminders only come inside a shift.</source>
        <translation>Días y horas en que trabajas, p. ej. &apos;mon-fri 09:00-17:30&apos; o &apos;mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00&apos;. Los recordatorios solo llegan dentro de un turno.</translation>
    </message>
    <message>
        <source>Micro-break nudges</source>
        <translation>Avisos de micropausa</translation>
    </message>
    <message>
        <source>A gentle nudge to stand, stretch or look away, every few minutes of shift. Off by default.</source>
        <translation>Un aviso suave para levantarte, estirarte o apartar la vista, cada ciertos minutos del turno. Desactivado por defecto.</translation>
    </message>
    <message>
        <source>Nudge every (minutes)</source>
        <translation>Avisar cada (minutos)</translation>
    </message>
    <message>
        <source>Minutes of shift between micro-break nudges (30–180).</source>
        <translation>Minutos de turno entre avisos de micropausa (30–180).</translation>
    </message>
    <message>
        <source>Mid-shift pulse</source>
        <translation>Consulta a mitad de turno</translation>
    </message>
    <message>
        <source>Halfway through a shift, one tap: how are you, 0–10? Optional.</source>
        <translation>A mitad de turno, un toque: ¿cómo estás, 0–10? Opcional.</translation>
    </message>
    <message>
        <source>End-of-shift wind-down</source>
        <translation>Cierre del turno</translation>
    </message>
    <message>
        <source>At the end of a shift: today in one line, an exercise and a leave-work-at-work note.</source>
        <translation>Al final del turno: el día en una línea, un ejercicio y una nota para dejar el trabajo en el trabajo.</translation>
    </message>
    <message>
        <source>Weekly stress question</source>
        <translation>Pregunta semanal de estrés</translation>
    </message>
    <message>
        <source>Once a week at the end of your shift: &apos;These days, how stressed do you feel?&apos; 1–5 (Elo et al. 2003). Seen by you only.</source>
        <translation>Una vez por semana al final de tu turno: «Estos días, ¿cuánto estrés sientes?» 1–5 (Elo et al. 2003). Solo la ves tú.</translation>
    </message>
    <message>
        <source>Weekly check-in day</source>
        <translation>Día de la consulta semanal</translation>
    </message>
    <message>
        <source>The day the weekly question (and WHO-5) comes, at the end of that day&apos;s last shift. Pick a day you work.</source>
        <translation>El día en que llega la pregunta semanal (y el WHO-5), al final del último turno de ese día. Elige un día en que trabajes.</translation>
    </message>
    <message>
        <source>WHO-5 every two weeks</source>
        <translation>WHO-5 cada dos semanas</translation>
    </message>
    <message>
        <source>The WHO-5 Well-Being Index, five short items, every second week. Stays on this computer and is never shared.</source>
        <translation>El índice de bienestar WHO-5, cinco preguntas breves, cada dos semanas. Se queda en este ordenador y nunca se comparte.</translation>
    </message>
    <message>
        <source>After-call &apos;Tough one?&apos; note</source>
        <translation>Aviso «¿Llamada difícil?» tras la llamada</translation>
    </message>
    <message>
        <source>After a call ends, a small note near the tray for 8 seconds; one click opens the log dialog.</source>
        <translation>Al terminar una llamada, un pequeño aviso junto a la bandeja durante 8 segundos; un clic abre la ventana de registro.</translation>
    </message>
    <message>
        <source>Detect calls from the microphone</source>
        <translation>Detectar llamadas por el micrófono</translation>
    </message>
    <message>
        <source>While the microphone is in use nothing pops up and prompts wait until the call ends.</source>
        <translation>Mientras el micrófono está en uso no aparece nada y los avisos esperan a que termine la llamada.</translation>
    </message>
    <message>
        <source>Softphone window title</source>
        <translation>Título de la ventana del softphone</translation>
    </message>
    <message>
        <source>Also treat you as on a call while a window whose title contains this text is in front (e.g. &apos;Genesys&apos;). Empty = off.</source>
        <translation>Considerar también que estás en una llamada mientras esté delante una ventana cuyo título contenga este texto (p. ej. &apos;Genesys&apos;). Vacío = desactivado.</translation>
    </message>
    <message>
        <source>Check for calls every (seconds)</source>
        <translation>Comprobar llamadas cada (segundos)</translation>
    </message>
    <message>
        <source>How often to check for a call during a shift (2–30). Outside shifts nothing is checked.</source>
        <translation>Con qué frecuencia se comprueba si hay una llamada durante un turno (2–30). Fuera de los turnos no se comprueba nada.</translation>
    </message>
    <message>
        <source>Record when calls start and end</source>
        <translation>Registrar cuándo empiezan y terminan las llamadas</translation>
    </message>
    <message>
        <source>During a shift, note when each detected call starts and ends, on this computer only, to show calls handled, talk time and back-to-back runs. Off: nothing is recorded.</source>
        <translation>Durante un turno, anotar cuándo empieza y termina cada llamada detectada, solo en este ordenador, para mostrar llamadas atendidas, tiempo al teléfono y llamadas seguidas. Desactivado: no se registra nada.</translation>
    </message>
    <message>
        <source>Shortest call (seconds)</source>
        <translation>Llamada más corta (segundos)</translation>
    </message>
    <message>
        <source>Detected calls shorter than this are kept but not counted as calls: a microphone test, a voice note (0–300).</source>
        <translation>Las llamadas detectadas más cortas se guardan pero no cuentan como llamadas: una prueba de micrófono, una nota de voz (0–300).</translation>
    </message>
    <message>
        <source>Back to back under (seconds)</source>
        <translation>Seguidas si hay menos de (segundos)</translation>
    </message>
    <message>
        <source>A call that starts less than this after the previous one ended counts as back to back (5–300).</source>
        <translation>Una llamada que empieza antes de este tiempo tras terminar la anterior cuenta como seguida (5–300).</translation>
    </message>
    <message>
        <source>A break between calls is at least (seconds)</source>
        <translation>Una pausa entre llamadas dura al menos (segundos)</translation>
    </message>
    <message>
        <source>A gap at least this long ends a run of calls (10–1800; 180 = 3 minutes).</source>
        <translation>Un hueco al menos así de largo termina una racha de llamadas (10–1800; 180 = 3 minutos).</translation>
    </message>
    <message>
        <source>Suggest a reset after tough calls</source>
        <translation>Sugerir una pausa tras llamadas difíciles</translation>
    </message>
    <message>
        <source>When several tough calls come close together, offer a one-minute reset exercise.</source>
        <translation>Cuando varias llamadas difíciles llegan muy seguidas, ofrecer un ejercicio de un minuto.</translation>
    </message>
    <message>
        <source>Tough calls in a row</source>
        <translation>Llamadas difíciles seguidas</translation>
    </message>
    <message>
        <source>How many logged calls within the window suggest a reset (2–10).</source>
        <translation>Cuántas llamadas registradas dentro del periodo sugieren una pausa (2–10).</translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation>Dentro de (minutos)</translation>
    </message>
    <message>
        <source>The window for counting tough calls (10–240 minutes).</source>
        <translation>El periodo en que se cuentan las llamadas difíciles (10–240 minutos).</translation>
    </message>
    <message>
        <source>Suggest a reset after a long run of calls</source>
        <translation>Sugerir una pausa tras una racha larga de llamadas</translation>
    </message>
    <message>
        <source>After many calls without a break, the next gap between calls offers a one-minute reset exercise.</source>
        <translation>Tras muchas llamadas sin pausa, el siguiente hueco entre llamadas ofrece un ejercicio de un minuto.</translation>
    </message>
    <message>
        <source>Calls in a run</source>
        <translation>Llamadas en una racha</translation>
    </message>
    <message>
        <source>How many calls without a break earn a reset (3–40).</source>
        <translation>Cuántas llamadas sin pausa merecen una pausa (3–40).</translation>
    </message>
    <message>
        <source>Or minutes in a run</source>
        <translation>O minutos en una racha</translation>
    </message>
    <message>
        <source>How many minutes of calls without a break earn a reset (20–480).</source>
        <translation>Cuántos minutos de llamadas sin pausa merecen una pausa (20–480).</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Línea de apoyo</translation>
    </message>
    <message>
        <source>Your employee assistance (EAP) line, shown after a serious call.</source>
        <translation>La línea de tu programa de asistencia al empleado (PAE), que se muestra tras una llamada grave.</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Carpeta del equipo</translation>
    </message>
    <message>
        <source>Where opted-in weekly summaries are written (a shared or synced folder). Empty = nothing is ever written.</source>
        <translation>Dónde se escriben los resúmenes semanales autorizados (una carpeta compartida o sincronizada). Vacío = nunca se escribe nada.</translation>
    </message>
    <message>
        <source>Share anonymously</source>
        <translation>Compartir de forma anónima</translation>
    </message>
    <message>
        <source>Count toward team figures only: your summary is sealed so that only the aggregator set by IT can open it, and your lead sees team figures only. Offered only when the policy names an aggregator.</source>
        <translation>Cuenta solo para las cifras del equipo: tu resumen se sella para que solo el agregador que fija TI pueda abrirlo, y tu responsable ve solo cifras del equipo. Solo se ofrece si la política nombra un agregador.</translation>
    </message>
    <message>
        <source>Once you opted in, last week&apos;s summary is written for you early each week (a week that began before you opted in is never shared on its own). Off: you share by hand from Share with my team… in the tray menu.</source>
        <translation>Una vez que aceptas, el resumen de la semana pasada se escribe por ti a principios de cada semana (una semana que empezó antes de aceptar nunca se comparte sola). Desactivado: compartes tú desde «Compartir con mi equipo…» en el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Aggregator public key</source>
        <translation>Clave pública del agregador</translation>
    </message>
    <message>
        <source>Aggregator</source>
        <translation>Agregador</translation>
    </message>
    <message>
        <source>Who holds the aggregator&apos;s private key, e.g. &apos;Contoso IT service desk&apos;; shown to agents before they share.</source>
        <translation>Quién tiene la clave privada del agregador, p. ej. &apos;Servicio de TI de Contoso&apos;; se muestra antes de compartir.</translation>
    </message>
    <message>
        <source>Enrollment (admin) public key</source>
        <translation>Clave pública de inscripción (administración)</translation>
    </message>
    <message>
        <source>The key that signs the roster of enrolled agents, as printed by &apos;wellbeing team admin-key&apos;. Only rostered agents are counted.</source>
        <translation>La clave que firma la lista de agentes inscritos, tal como la muestra &apos;wellbeing team admin-key&apos;. Solo cuentan los agentes de la lista.</translation>
    </message>
    <message>
        <source>Share with my name</source>
        <translation>Compartir con mi nombre</translation>
    </message>
    <message>
        <source>Your team lead may see your weekly summary for 1:1 support. Never notes, call times or check-in scores.</source>
        <translation>Tu responsable puede ver tu resumen semanal para las reuniones individuales. Nunca notas, horas de llamadas ni resultados de consultas.</translation>
    </message>
    <message>
        <source>Share each week automatically</source>
        <translation>Compartir cada semana automáticamente</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>The name on a named summary.</source>
        <translation>El nombre que aparece en un resumen con nombre.</translation>
    </message>
    <message>
        <source>Minimum group size</source>
        <translation>Tamaño mínimo del grupo</translation>
    </message>
    <message>
        <source>A team figure shows only when at least this many people contributed (5–1000).</source>
        <translation>Una cifra del equipo solo se muestra si han contribuido al menos estas personas (5–1000).</translation>
    </message>
    <message>
        <source>Noise (epsilon)</source>
        <translation>Ruido (épsilon)</translation>
    </message>
    <message>
        <source>Laplace noise the aggregator adds once to each week&apos;s team figures; smaller = more noise; 0 = the aggregator&apos;s default of 1 (0, or 0.05–10).</source>
        <translation>Ruido de Laplace que el agregador añade una sola vez a las cifras del equipo de cada semana; menor = más ruido; 0 = el valor por defecto del agregador, 1 (0, o 0,05–10).</translation>
    </message>
    <message>
        <source>The key anonymous summaries are sealed to, as printed by &apos;wellbeing team aggregator-key&apos; (set only by IT&apos;s policy). Empty = anonymous sharing is not offered.</source>
        <translation>La clave con la que se sellan los resúmenes anónimos, tal como la imprime &apos;wellbeing team aggregator-key&apos; (solo la fija la política de TI). Vacía = no se ofrece compartir de forma anónima.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of every window. Desktop language follows your computer; a change applies at once.</source>
        <translation>El idioma de todas las ventanas. «Idioma del escritorio» sigue a tu ordenador; un cambio se aplica al momento.</translation>
    </message>
    <message>
        <source>Desktop language</source>
        <translation>Idioma del escritorio</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app} — Settings</source>
        <extracomment>Settings only a team lead needs; shown only where a team folder is set.</extracomment>
        <translation>{app} — Ajustes</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>Only your organisation&apos;s IT policy sets this.</source>
        <translation>Solo la política de TI de tu organización lo fija.</translation>
    </message>
    <message>
        <source>Show the &amp;welcome window again…</source>
        <translation>Mostrar otra vez la ventana de &amp;bienvenida…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: fix the %n field(s) marked in red.</source>
        <translation>
            <numerusform>No se ha guardado nada: corrige el campo marcado en rojo.</numerusform>
            <numerusform>No se ha guardado nada: corrige los %n campos marcados en rojo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <source>Anonymous part: {file} is sealed for {aggregator}; only {aggregator} can open it. Inside, a pseudonym that changes every week stands in for you. Your lead sees only team figures that {aggregator} publishes when at least {min_group} enrolled agents contributed, with noise added.</source>
        <translation>Parte anónima: {file} está sellado para {aggregator}; solo {aggregator} puede abrirlo. Dentro, un seudónimo que cambia cada semana ocupa tu lugar. Tu responsable solo ve las cifras del equipo que {aggregator} publica cuando al menos {min_group} agentes inscritos contribuyeron, con ruido añadido.</translation>
    </message>
    <message>
        <source>You are not on the team&apos;s roster yet, so the aggregator will not count this file: ask IT to enroll you (wellbeing summary enroll-request makes the request file).</source>
        <translation>Aún no estás en la lista del equipo, así que el agregador no contará este archivo: pide a TI que te inscriba (wellbeing summary enroll-request crea el archivo de solicitud).</translation>
    </message>
    <message>
        <source>Anonymous sharing is not offered: your organisation&apos;s policy names no aggregator, and without one your lead could read each anonymous file. Named sharing still works.</source>
        <translation>No se ofrece compartir de forma anónima: la política de tu organización no nombra ningún agregador y, sin él, tu responsable podría leer cada archivo anónimo. Compartir con tu nombre sigue funcionando.</translation>
    </message>
    <message>
        <source>Named part: {file} is signed and readable by your lead under the name “{name}”.</source>
        <translation>Parte con nombre: {file} está firmado y tu responsable puede leerlo con el nombre “{name}”.</translation>
    </message>
    <message>
        <source>Nothing would be written: choose anonymous or named sharing first.</source>
        <translation>No se escribiría nada: elige primero compartir de forma anónima o con tu nombre.</translation>
    </message>
</context>
<context>
    <name>ShiftPicker</name>
    <message>
        <source>&amp;Mon</source>
        <translation>&amp;lun</translation>
    </message>
    <message>
        <source>T&amp;ue</source>
        <translation>&amp;mar</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>m&amp;ié</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>&amp;jue</translation>
    </message>
    <message>
        <source>F&amp;ri</source>
        <translation>&amp;vie</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>s&amp;áb</translation>
    </message>
    <message>
        <source>Su&amp;n</source>
        <translation>&amp;dom</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>Inicio del turno</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Fin del turno</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>Em&amp;pieza a las</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>Termi&amp;na a las</translation>
    </message>
</context>
<context>
    <name>ShiftPickerDialog</name>
    <message>
        <source>Shift days and times</source>
        <translation>Días y horas del turno</translation>
    </message>
    <message>
        <source>About the shifts in the field</source>
        <translation>Sobre los turnos del campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Use these days and times</source>
        <translation>Usar estos días y horas</translation>
    </message>
    <message>
        <source>Cancel, change nothing</source>
        <translation>Cancelar, sin cambiar nada</translation>
    </message>
    <message>
        <source>The field holds several shifts. OK replaces them all with the one shift you choose here.</source>
        <translation>El campo contiene varios turnos. Aceptar los sustituye todos por el único turno que elijas aquí.</translation>
    </message>
    <message>
        <source>The text in the field is not a shift the app can read. OK replaces it with the shift you choose here.</source>
        <translation>El texto del campo no es un turno que la aplicación pueda leer. Aceptar lo sustituye por el turno que elijas aquí.</translation>
    </message>
    <message>
        <source>Tick at least one day you work.</source>
        <translation>Marca al menos un día que trabajes.</translation>
    </message>
</context>
<context>
    <name>ShiftReading</name>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>{start}–{end} (overnight)</source>
        <translation>{start}–{end} (de noche a mañana)</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>No shifts, so no reminders come.</source>
        <translation>Sin turnos, así que no llega ningún recordatorio.</translation>
    </message>
    <message>
        <source>{days} · {times}</source>
        <translation>{days} · {times}</translation>
    </message>
</context>
<context>
    <name>SpansPanel</name>
    <message>
        <source>&amp;Previous day</source>
        <extracomment>The length a suggested correction starts with.</extracomment>
        <translation>Día a&amp;nterior</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Noticed by</source>
        <translation>Detectada por</translation>
    </message>
    <message>
        <source>Counts as a call</source>
        <translation>Cuenta como llamada</translation>
    </message>
    <message>
        <source>Detected calls of the day</source>
        <translation>Llamadas detectadas del día</translation>
    </message>
    <message>
        <source>&amp;Add a call…</source>
        <translation>&amp;Añadir una llamada…</translation>
    </message>
    <message>
        <source>Add a call that detection missed on this day</source>
        <translation>Añadir una llamada de este día que la detección no vio</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected call (Del); you can undo it</source>
        <translation>Eliminar la llamada seleccionada (Supr); puedes deshacerlo</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>No calls were detected on {day}.</source>
        <translation>No se detectaron llamadas el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s) handled</source>
        <translation>
            <numerusform>{day}: %n llamada atendida</numerusform>
            <numerusform>{day}: %n llamadas atendidas</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} minutes on calls</source>
        <translation>{minutes} minutos en llamadas</translation>
    </message>
    <message numerus="yes">
        <source>%n too short to count</source>
        <translation>
            <numerusform>%n demasiado corta para contar</numerusform>
            <numerusform>%n demasiado cortas para contar</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls detected during your shifts are noted here, on this computer only.</source>
        <translation>Las llamadas detectadas durante tus turnos se anotan aquí, solo en este ordenador.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy keeps this on ({reason}).</source>
        <translation>La política de tu organización lo mantiene activado ({reason}).</translation>
    </message>
    <message>
        <source>You can switch this off in Settings.</source>
        <translation>Puedes desactivarlo en Configuración.</translation>
    </message>
    <message>
        <source>Recording calls is switched off by your organisation&apos;s policy ({reason}).</source>
        <translation>El registro de llamadas está desactivado por la política de tu organización ({reason}).</translation>
    </message>
    <message>
        <source>Recording calls is switched off in Settings.</source>
        <translation>El registro de llamadas está desactivado en Configuración.</translation>
    </message>
    <message>
        <source>New calls are not noted; the ones below stay until you delete them.</source>
        <translation>Las llamadas nuevas no se anotan; las de abajo se quedan hasta que las elimines.</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No, shorter than {seconds} s</source>
        <translation>No, dura menos de {seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>By hand (toggle or added)</source>
        <translation>A mano (interruptor o añadida)</translation>
    </message>
    <message>
        <source>Softphone window</source>
        <translation>Ventana del softphone</translation>
    </message>
    <message>
        <source>{source}, end taken from the app&apos;s last check</source>
        <translation>{source}, fin tomado del último control de la app</translation>
    </message>
    <message>
        <source>{day}, {start} to {end}</source>
        <translation>{day}, de {start} a {end}</translation>
    </message>
    <message>
        <source>This call is still going on; you can delete it once it has ended.</source>
        <translation>Esta llamada sigue en curso; puedes eliminarla cuando termine.</translation>
    </message>
    <message>
        <source>Deleted the call of {when}.</source>
        <translation>Se eliminó la llamada del {when}.</translation>
    </message>
    <message>
        <source>Could not save: {error}. Nothing was added.</source>
        <translation>No se pudo guardar: {error}. No se añadió nada.</translation>
    </message>
    <message>
        <source>The end must be after the start. Nothing was saved.</source>
        <translation>El fin debe ser posterior al inicio. No se guardó nada.</translation>
    </message>
    <message>
        <source>A call can be at most 12 hours long. Nothing was saved.</source>
        <translation>Una llamada puede durar como máximo 12 horas. No se guardó nada.</translation>
    </message>
    <message>
        <source>That overlaps another call. Nothing was saved.</source>
        <translation>Se superpone con otra llamada. No se guardó nada.</translation>
    </message>
    <message>
        <source>That overlaps the call of {when}; delete that one first if it is wrong. Nothing was saved.</source>
        <translation>Se superpone con la llamada del {when}; si esa está mal, elimínala primero. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <source>Breathe all the way out</source>
        <translation>Suelta todo el aire</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Un poco más de aire</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retén</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Tensa</translation>
    </message>
    <message>
        <source>Relax — let go all at once</source>
        <translation>Relaja — suelta todo de golpe</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Suelta</translation>
    </message>
    <message>
        <source>Rest quietly</source>
        <translation>Descansa en calma</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>A continuación: {name}</translation>
    </message>
    <message>
        <source>Notice the difference between tension and relaxation.</source>
        <translation>Nota la diferencia entre tensión y relajación.</translation>
    </message>
    <message>
        <source>Without tensing, recall how these muscles felt when they let go, and let them relax further.</source>
        <translation>Sin tensar, recuerda cómo se sentían estos músculos al soltarse y deja que se relajen aún más.</translation>
    </message>
    <message>
        <source>Stay relaxed; breathe easily.</source>
        <translation>Sigue relajado; respira con soltura.</translation>
    </message>
</context>
<context>
    <name>StressScale</name>
    <message>
        <source>Stress {value}</source>
        <translation>Estrés {value}</translation>
    </message>
    <message>
        <source>0 = completely calm</source>
        <translation>0 = totalmente en calma</translation>
    </message>
    <message>
        <source>10 = worst distress imaginable</source>
        <translation>10 = el peor malestar imaginable</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>Week {week} ({span}), {who}.</source>
        <translation>Semana {week} ({span}), {who}.</translation>
    </message>
    <message>
        <source>What made them hard: {parts}.</source>
        <translation>Qué las hizo difíciles: {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise session(s), {minutes} minutes in all.</source>
        <translation>
            <numerusform>%n sesión de ejercicio, {minutes} minutos en total.</numerusform>
            <numerusform>%n sesiones de ejercicio, {minutes} minutos en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stress changed by {change} on average after %n rated exercise(s).</source>
        <translation>
            <numerusform>El estrés cambió {change} de media tras %n ejercicio valorado.</numerusform>
            <numerusform>El estrés cambió {change} de media tras %n ejercicios valorados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included: your notes, when each call happened, your check-ins and WHO-5 answers.</source>
        <translation>No incluido: tus notas, cuándo fue cada llamada, tus consultas y respuestas del WHO-5.</translation>
    </message>
    <message>
        <source>counted in team figures, and your lead may read it under the name {name}</source>
        <translation>cuenta en las cifras del equipo, y tu responsable puede leerlo con el nombre {name}</translation>
    </message>
    <message>
        <source>readable by your lead under the name {name}</source>
        <translation>tu responsable puede leerlo con el nombre {name}</translation>
    </message>
    <message>
        <source>counted in team figures only, without your name</source>
        <translation>cuenta solo en las cifras del equipo, sin tu nombre</translation>
    </message>
    <message>
        <source>No tough calls logged.</source>
        <translation>No se registraron llamadas difíciles.</translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) logged; stress mean {mean}, median {median}; {share} % rated {high} or more.</source>
        <translation>
            <numerusform>%n llamada difícil registrada; estrés medio {mean}, mediana {median}; {share} % valoradas con {high} o más.</numerusform>
            <numerusform>%n llamadas difíciles registradas; estrés medio {mean}, mediana {median}; {share} % valoradas con {high} o más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) handled (detected during your shifts).</source>
        <translation>
            <numerusform>%n llamada atendida (detectada durante tus turnos).</numerusform>
            <numerusform>%n llamadas atendidas (detectadas durante tus turnos).</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % of them logged as tough.</source>
        <translation>De ellas, {share} % registradas como difíciles.</translation>
    </message>
    <message>
        <source>Only the weekly count, never when each call was.</source>
        <translation>Solo el total de la semana, nunca cuándo fue cada llamada.</translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>fewer than {min_group} agents contributed</source>
        <extracomment>A category count is hidden when fewer agents than this reported it (our choice). Half-width of the central 95 % interval of a Laplace variable, in units of its scale.</extracomment>
        <translation>contribuyeron menos de {min_group} agentes</translation>
    </message>
    <message>
        <source>subtracting the named summaries would reveal {remainder} anonymous agents (fewer than {min_group})</source>
        <translation>restar los resúmenes con nombre dejaría ver a {remainder} agentes anónimos (menos de {min_group})</translation>
    </message>
    <message>
        <source>reported by fewer than {min_cell} agents</source>
        <translation>indicada por menos de {min_cell} agentes</translation>
    </message>
    <message>
        <source>hidden so that another hidden figure cannot be worked out</source>
        <translation>oculta para que no se pueda deducir otra cifra oculta</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>sin llamadas</translation>
    </message>
    <message>
        <source>no detected calls</source>
        <translation>sin llamadas detectadas</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>± {spread} (95 %)</source>
        <translation>± {spread} (95&#xa0;%)</translation>
    </message>
    <message>
        <source>± {spread} points (95 %)</source>
        <translation>± {spread} puntos (95&#xa0;%)</translation>
    </message>
    <message>
        <source>oversize</source>
        <extracomment>Plausibility caps per agent and week (100 tough calls a day is already beyond any shift). Sensed-workload keys; a summary written before sensed workload has neither.</extracomment>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>mal formado</translation>
    </message>
    <message>
        <source>unknown schema</source>
        <translation>esquema desconocido</translation>
    </message>
    <message>
        <source>out-of-range value</source>
        <translation>valor fuera de rango</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>firma no válida</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>tombstoned</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>unsafe or mismatched name</source>
        <translation>nombre no seguro o que no coincide</translation>
    </message>
    <message>
        <source>over plausibility cap</source>
        <translation>por encima del límite de plausibilidad</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>no inscrito</translation>
    </message>
    <message>
        <source>unenrolled</source>
        <translation>dado de baja</translation>
    </message>
    <message>
        <source>replayed from another week</source>
        <translation>reutilizado de otra semana</translation>
    </message>
    <message>
        <source>cannot be decrypted</source>
        <translation>no se puede descifrar</translation>
    </message>
    <message>
        <source>sealed for another aggregator</source>
        <translation>sellado para otro agregador</translation>
    </message>
    <message>
        <source>anonymous figures in clear</source>
        <translation>cifras anónimas sin cifrar</translation>
    </message>
    <message>
        <source>no aggregator key</source>
        <translation>sin clave de agregador</translation>
    </message>
    <message>
        <source>Agents contributing</source>
        <extracomment>Column heads of the team view, in order (translated where the report is shown).</extracomment>
        <translation>Agentes que contribuyen</translation>
    </message>
    <message>
        <source>Tough calls logged</source>
        <translation>Llamadas difíciles registradas</translation>
    </message>
    <message>
        <source>Mean stress (0–10)</source>
        <translation>Estrés medio (0–10)</translation>
    </message>
    <message>
        <source>Median stress, typical agent</source>
        <translation>Estrés mediano, agente típico</translation>
    </message>
    <message>
        <source>Calls rated 7 or more</source>
        <translation>Llamadas con 7 o más</translation>
    </message>
    <message>
        <source>Agents who did an exercise</source>
        <translation>Agentes que hicieron un ejercicio</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Sesiones de ejercicio</translation>
    </message>
    <message>
        <source>Exercise minutes</source>
        <translation>Minutos de ejercicio</translation>
    </message>
    <message>
        <source>Mean stress change after an exercise</source>
        <translation>Cambio medio del estrés tras un ejercicio</translation>
    </message>
    <message>
        <source>Calls handled (detected)</source>
        <translation>Llamadas atendidas (detectadas)</translation>
    </message>
    <message>
        <source>Share of calls logged as tough</source>
        <translation>Proporción de llamadas registradas como difíciles</translation>
    </message>
    <message>
        <source>&lt; {percent} %</source>
        <extracomment>The translation context of every text the report shows.</extracomment>
        <translation>&lt; {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>&gt; {percent} %</source>
        <translation>&gt; {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>hidden [{number}]</source>
        <translation>oculto [{number}]</translation>
    </message>
    <message>
        <source>No team report from the aggregator in this folder yet. Anonymous summaries are sealed; only the aggregator can open and count them.</source>
        <translation>Todavía no hay ningún informe del equipo del agregador en esta carpeta. Los resúmenes anónimos están sellados; solo el agregador puede abrirlos y contarlos.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>No categories to show.</source>
        <translation>No hay categorías que mostrar.</translation>
    </message>
    <message>
        <source>Share of the week&apos;s tough calls with each category (newest week first).</source>
        <translation>Proporción de las llamadas difíciles de la semana con cada categoría (la semana más reciente primero).</translation>
    </message>
    <message>
        <source>No agent chose named sharing.</source>
        <translation>Ningún agente eligió compartir con nombre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tough calls</source>
        <translation>Llamadas difíciles</translation>
    </message>
    <message>
        <source>Mean stress</source>
        <translation>Estrés medio</translation>
    </message>
    <message>
        <source>Rated 7+</source>
        <translation>Valoradas con 7+</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Every file was valid.</source>
        <translation>Todos los archivos eran válidos.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Why some figures are hidden</source>
        <translation>Por qué algunas cifras están ocultas</translation>
    </message>
    <message>
        <source>the aggregator</source>
        <translation>el agregador</translation>
    </message>
    <message>
        <source>No aggregator key is set (team_aggregator_public_key), so no team figures can be checked or shown; named summaries still are.</source>
        <translation>No hay clave de agregador (team_aggregator_public_key), así que no se pueden comprobar ni mostrar cifras del equipo; los resúmenes con nombre sí.</translation>
    </message>
    <message>
        <source>Team figures come only from the weekly reports signed by {who}, who opens the sealed anonymous summaries, counts enrolled agents only, hides any figure fewer than the minimum group contributed to (or that could be worked out by subtraction), never shows a bare 0 % or 100 %, and adds noise once (± shows its 95 % range).</source>
        <translation>Las cifras del equipo solo vienen de los informes semanales firmados por {who}, que abre los resúmenes anónimos sellados, cuenta solo a los agentes inscritos, oculta toda cifra a la que contribuyeron menos agentes que el grupo mínimo (o que podría deducirse por resta), nunca muestra un 0&#xa0;% o un 100&#xa0;% sin más y añade ruido una sola vez (± indica su rango del 95&#xa0;%).</translation>
    </message>
    <message>
        <source>Nobody reading this folder, you included, can open a single agent&apos;s anonymous summary.</source>
        <translation>Nadie que lea esta carpeta, tú incluido, puede abrir el resumen anónimo de un agente concreto.</translation>
    </message>
    <message>
        <source>{files} files in the folder, {sealed} of them sealed for the aggregator, {rejected} not counted.</source>
        <translation>Archivos en la carpeta: {files}; sellados para el agregador: {sealed}; no contados: {rejected}.</translation>
    </message>
    <message>
        <source>Team wellbeing report</source>
        <translation>Informe de bienestar del equipo</translation>
    </message>
    <message>
        <source>Made {generated}</source>
        <translation>Generado: {generated}</translation>
    </message>
    <message>
        <source>Weekly team figures</source>
        <translation>Cifras semanales del equipo</translation>
    </message>
    <message>
        <source>What made calls hard</source>
        <translation>Qué hizo difíciles las llamadas</translation>
    </message>
    <message>
        <source>Named summaries (agents who chose to be seen)</source>
        <translation>Resúmenes con nombre (agentes que eligieron ser vistos)</translation>
    </message>
    <message>
        <source>Files not counted</source>
        <translation>Archivos no contados</translation>
    </message>
</context>
<context>
    <name>TeamShareController</name>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Con nombre</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Delete your summary files (sealed and named) from the team folder and stop sharing? The aggregator and the team view will ignore anything you shared before; team figures already published for past weeks stay as they are. Opting in again starts with a new key, which IT must enroll again.</source>
        <translation>¿Borrar tus resúmenes (sellados y con nombre) de la carpeta del equipo y dejar de compartir? El agregador y la vista del equipo ignorarán todo lo que compartiste antes; las cifras del equipo ya publicadas de semanas pasadas quedan como están. Si vuelves a compartir, empiezas con una clave nueva que TI debe inscribir de nuevo.</translation>
    </message>
    <message>
        <source>Sharing is off.</source>
        <translation>Compartir está desactivado.</translation>
    </message>
    <message>
        <source>{key} is locked by your organisation&apos;s policy ({reason})</source>
        <translation>{key} está bloqueado por la política de tu organización ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) of yours from the team folder.</source>
        <translation>
            <numerusform>Se quitó %n archivo tuyo de la carpeta del equipo.</numerusform>
            <numerusform>Se quitaron %n archivos tuyos de la carpeta del equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{tombstone} tells the aggregator and the team view to ignore anything signed with your old key.</source>
        <translation>{tombstone} indica al agregador y a la vista del equipo que ignoren todo lo firmado con tu clave anterior.</translation>
    </message>
    <message>
        <source>Anonymous sharing is not offered: your organisation&apos;s policy names no aggregator.</source>
        <translation>No se ofrece compartir de forma anónima: la política de tu organización no nombra ningún agregador.</translation>
    </message>
    <message>
        <source>Delete the summaries your lead could read under your name? Your sealed anonymous summaries carry no name and stay.</source>
        <translation>¿Borrar los resúmenes que tu responsable podía leer con tu nombre? Tus resúmenes anónimos sellados no llevan nombre y se quedan.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n named file(s) deleted.</source>
        <translation>
            <numerusform>Guardado. Se borró %n archivo con nombre.</numerusform>
            <numerusform>Guardado. Se borraron %n archivos con nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your choices could not be saved ({error}); nothing was changed, try again.</source>
        <translation>No se pudo guardar tu elección ({error}); no se cambió nada, inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Type the name your lead should see.</source>
        <translation>Escribe el nombre que debe ver tu responsable.</translation>
    </message>
    <message>
        <source>Choose an existing team folder (full path).</source>
        <translation>Elige una carpeta del equipo que exista (ruta completa).</translation>
    </message>
</context>
<context>
    <name>TeamShareDialog</name>
    <message>
        <source>Share with my team</source>
        <translation>Compartir con mi equipo</translation>
    </message>
    <message>
        <source>Sharing pages</source>
        <translation>Páginas para compartir</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Shared so far</source>
        <translation>&amp;Compartido hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Count me in team figures (anonymous)</source>
        <translation>Contar&amp;me en las cifras del equipo (anónimo)</translation>
    </message>
    <message>
        <source>Let my lead &amp;read my weekly summary (named)</source>
        <translation>Permitir que mi responsable &amp;lea mi resumen semanal (con nombre)</translation>
    </message>
    <message>
        <source>The name your lead sees, e.g. Sam K.</source>
        <translation>El nombre que ve tu responsable, p. ej. Sam K.</translation>
    </message>
    <message>
        <source>A shared or synced folder your team lead reads</source>
        <translation>Una carpeta compartida o sincronizada que lee tu responsable</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>Team &amp;folder:</source>
        <translation>Carpeta del e&amp;quipo:</translation>
    </message>
    <message>
        <source>S&amp;ave choices</source>
        <translation>&amp;Guardar elección</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semana:</translation>
    </message>
    <message>
        <source>The exact file that would be shared</source>
        <translation>El archivo exacto que se compartiría</translation>
    </message>
    <message>
        <source>S&amp;hare this summary</source>
        <translation>Co&amp;mpartir este resumen</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What you shared so far</source>
        <translation>Lo que has compartido hasta ahora</translation>
    </message>
    <message>
        <source>Stop sharing and &amp;revoke…</source>
        <translation>Dejar de compartir y &amp;revocar…</translation>
    </message>
    <message>
        <source>Not offered: your organisation&apos;s policy names no aggregator.</source>
        <translation>No se ofrece: la política de tu organización no nombra ningún agregador.</translation>
    </message>
    <message>
        <source>The agent id and signature are examples until you opt in; your own pseudonymous id is made then.</source>
        <translation>El identificador y la firma son ejemplos hasta que aceptes; tu propio identificador seudónimo se crea entonces.</translation>
    </message>
    <message>
        <source>Nothing would be written.</source>
        <translation>No se escribiría nada.</translation>
    </message>
    <message>
        <source>The team folder will get exactly these files:</source>
        <translation>La carpeta del equipo recibirá exactamente estos archivos:</translation>
    </message>
    <message>
        <source>Shared: {files}</source>
        <translation>Compartido: {files}</translation>
    </message>
    <message>
        <source>Opt in on the Privacy tab first.</source>
        <translation>Acepta primero en la pestaña Privacidad.</translation>
    </message>
    <message>
        <source>--- sealed inside it; only the aggregator can read this part ---</source>
        <translation>--- sellado dentro; solo el agregador puede leer esta parte ---</translation>
    </message>
    <message>
        <source>summary {week}</source>
        <translation>resumen {week}</translation>
    </message>
    <message>
        <source>sealed {week}</source>
        <translation>sellado {week}</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s); hover a cell for the full file name or hash.</source>
        <translation>
            <numerusform>%n registro; pasa el ratón por una celda para ver el nombre completo del archivo o el hash.</numerusform>
            <numerusform>%n registros; pasa el ratón por una celda para ver el nombre completo del archivo o el hash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>Todavía no se ha compartido nada.</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Carpeta del equipo</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Sharing choices not saved</source>
        <translation>Opciones de compartir sin guardar</translation>
    </message>
    <message>
        <source>You changed your sharing choices but did not save them. Save them now?</source>
        <translation>Cambiaste tus opciones de compartir pero no las guardaste. ¿Guardarlas ahora?</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
</context>
<context>
    <name>TeamViewWindow</name>
    <message>
        <source>Team view — Between Calls</source>
        <translation>Vista del equipo — Between Calls</translation>
    </message>
    <message>
        <source>The folder your team&apos;s summaries are written to</source>
        <translation>La carpeta donde se escriben los resúmenes de tu equipo</translation>
    </message>
    <message>
        <source>Team &amp;folder:</source>
        <translation>Carpeta del e&amp;quipo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Save printable report…</source>
        <translation>&amp;Guardar informe imprimible…</translation>
    </message>
    <message>
        <source>Team view status</source>
        <translation>Estado de la vista del equipo</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Informe del equipo</translation>
    </message>
    <message>
        <source>No team folder is set: type or browse for the shared folder.</source>
        <translation>No hay carpeta del equipo: escribe o busca la carpeta compartida.</translation>
    </message>
    <message>
        <source>The team folder {folder} does not exist.</source>
        <translation>La carpeta del equipo {folder} no existe.</translation>
    </message>
    <message>
        <source>Reading and checking every file in {folder}…</source>
        <translation>Leyendo y comprobando cada archivo de {folder}…</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {error}</source>
        <translation>No se puede leer {folder}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n archivo leído</numerusform>
            <numerusform>%n archivos leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n no contado</numerusform>
            <numerusform>%n no contados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s).</source>
        <translation>
            <numerusform>%n semana.</numerusform>
            <numerusform>%n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No aggregator key is set, so no team figures can be shown; named summaries still are.</source>
        <translation>No hay clave de agregador, así que no se pueden mostrar cifras del equipo; los resúmenes con nombre sí.</translation>
    </message>
    <message>
        <source>Could not save {target}: {error}.</source>
        <translation>No se pudo guardar {target}: {error}.</translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation>Guardado {target}.</translation>
    </message>
    <message>
        <source>Save team report</source>
        <translation>Guardar el informe del equipo</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Carpeta del equipo</translation>
    </message>
</context>
<context>
    <name>TrendsOverview</name>
    <message>
        <source>&lt;h3&gt;Nothing to show for this range yet&lt;/h3&gt;&lt;p&gt;After a tough call, open &lt;b&gt;Log a tough call…&lt;/b&gt; from the tray icon (or click the icon) and rate how stressed you feel from 0 to 10. It takes two clicks, and everything stays on this computer.&lt;/p&gt;&lt;p&gt;Your charts appear here as soon as there is one entry; insights such as your hardest hour need a few weeks of entries (at least 30 calls), and a trend needs 10 days with entries in the last 4 weeks. Try a longer range above to see older entries.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay nada que mostrar en este periodo&lt;/h3&gt;&lt;p&gt;Después de una llamada difícil, abre &lt;b&gt;Registrar una llamada difícil…&lt;/b&gt; desde el icono de la bandeja (o haz clic en el icono) y valora cuánto estrés sientes de 0 a 10. Son dos clics, y todo se queda en este ordenador.&lt;/p&gt;&lt;p&gt;Tus gráficos aparecen aquí en cuanto hay un registro; conclusiones como tu hora más difícil necesitan unas semanas de registros (al menos 30 llamadas), y una tendencia necesita 10 días con registros en las últimas 4 semanas. Prueba arriba un periodo más largo para ver registros más antiguos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No insight yet for this range. Each one waits until it is more than chance: a trend needs {days} days with entries in the last 4 weeks, your hardest hour or weekday {calls} calls, and the most helpful exercise {sessions} rated sessions.</source>
        <translation>Todavía no hay conclusiones para este periodo. Cada una espera hasta ser más que casualidad: una tendencia necesita {days} días con registros en las últimas 4 semanas, tu hora o día más difícil {calls} llamadas, y el ejercicio que más ayuda {sessions} sesiones valoradas.</translation>
    </message>
    <message>
        <source>Overview: insights and charts</source>
        <translation>Resumen: conclusiones y gráficos</translation>
    </message>
    <message>
        <source>Stress after tough calls (0–10)</source>
        <translation>Estrés tras llamadas difíciles (0–10)</translation>
    </message>
    <message>
        <source>mean of the day</source>
        <translation>media del día</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>media de 7 días</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Mean stress</source>
        <translation>Estrés medio</translation>
    </message>
    <message>
        <source>Tough calls per day</source>
        <translation>Llamadas difíciles por día</translation>
    </message>
    <message>
        <source>Stress by hour and weekday (your local time)</source>
        <translation>Estrés por hora y día de la semana (tu hora local)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What your entries say</source>
        <translation>Lo que dicen tus registros</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; tough call(s) from {start} to {end} · mean stress &lt;b&gt;{mean}&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; llamada difícil del {start} al {end} · estrés medio &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; llamadas difíciles del {start} al {end} · estrés medio &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>What made calls hard</source>
        <translation>Qué hizo difíciles las llamadas</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n call(s)</source>
        <translation>
            <numerusform>{label}: %n llamada</numerusform>
            <numerusform>{label}: %n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>What made it hard</source>
        <translation>Qué lo hizo difícil</translation>
    </message>
    <message numerus="yes">
        <source>{label}: before {before}, after {after} ({change}) over %n session(s)</source>
        <translation>
            <numerusform>{label}: antes {before}, después {after} ({change}) en %n sesión</numerusform>
            <numerusform>{label}: antes {before}, después {after} ({change}) en %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise effect: mean stress before and after</source>
        <translation>Efecto de los ejercicios: estrés medio antes y después</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Weekly stress check-in (1–5)</source>
        <translation>Consulta semanal de estrés (1–5)</translation>
    </message>
    <message>
        <source>WHO-5 wellbeing (0–100, only you see this)</source>
        <translation>Bienestar WHO-5 (0–100, solo lo ves tú)</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>sin consulta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>TrendsWindow</name>
    <message>
        <source>Trends — Between Calls</source>
        <translation>Tendencias — Between Calls</translation>
    </message>
    <message>
        <source>Detected calls</source>
        <translation>Llamadas detectadas</translation>
    </message>
    <message>
        <source>Trends pages</source>
        <translation>Páginas de tendencias</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Detected call&amp;s</source>
        <translation>Llamadas de&amp;tectadas</translation>
    </message>
    <message>
        <source>Your &amp;data</source>
        <translation>T&amp;us datos</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Show {range} (Alt+{key})</source>
        <translation>Mostrar {range} (Alt+{key})</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Right-click the Between Calls shortcut in the Start menu → Open file location → Properties → Shortcut key, or use a shortcut tool to run the command.</source>
        <translation>Clic derecho en el acceso directo de Between Calls en el menú Inicio → Abrir ubicación del archivo → Propiedades → Tecla de método abreviado, o una herramienta de atajos que ejecute el comando.</translation>
    </message>
    <message>
        <source>Create a Shortcuts action that runs the command (Run Shell Script), then give it a keyboard shortcut in its details.</source>
        <translation>Crea en Atajos una acción que ejecute el comando (Ejecutar script de shell) y dale un atajo de teclado en sus detalles.</translation>
    </message>
    <message>
        <source>GNOME: Settings → Keyboard → View and Customise Shortcuts → Custom Shortcuts. KDE: System Settings → Shortcuts → Add Command. Paste the command and press your keys.</source>
        <translation>GNOME: Configuración → Teclado → Ver y personalizar atajos → Atajos personalizados. KDE: Preferencias del sistema → Atajos → Añadir orden. Pega el comando y pulsa tus teclas.</translation>
    </message>
    <message>
        <source>Welcome to Between Calls</source>
        <translation>Te damos la bienvenida a Between Calls</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Omitir por ahora</translation>
    </message>
    <message>
        <source>&lt;p&gt;After a tough call, log it in a few seconds — a stress rating, what made it hard, an optional private note — and get a kind word and a one-minute reset on offer. Reminders never interrupt a call.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays private:&lt;/b&gt; everything you enter stays in one file on this computer. Nothing is sent anywhere; a weekly summary reaches your team only if you opt in later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Después de una llamada difícil, regístrala en pocos segundos — una valoración del estrés, qué la hizo difícil, una nota privada opcional — y recibe unas palabras amables y una pausa de un minuto. Los recordatorios nunca interrumpen una llamada.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qué queda privado:&lt;/b&gt; todo lo que escribes queda en un archivo en este ordenador. No se envía nada a ninguna parte; un resumen semanal llega a tu equipo solo si lo aceptas más adelante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When do you work? Reminders only come inside a shift</source>
        <translation>¿Cuándo trabajas? Los recordatorios solo llegan durante un turno</translation>
    </message>
    <message>
        <source>Your shifts are set by your organisation</source>
        <translation>Tus turnos los fija tu organización</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Línea de apoyo</translation>
    </message>
    <message>
        <source>e.g. your EAP number; shown after a serious call</source>
        <translation>p. ej. tu número del PAE; aparece tras una llamada grave</translation>
    </message>
    <message>
        <source>Set by your organisation: {0}</source>
        <translation>Fijado por tu organización: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Getting to it fast</source>
        <translation>Llegar rápido</translation>
    </message>
    <message>
        <source>Start Between Calls when I &amp;log in</source>
        <translation>Iniciar Between Calls al &amp;entrar en la sesión</translation>
    </message>
    <message>
        <source>A hotkey for logging: bind this command to a keyboard shortcut.
{0}</source>
        <translation>Un atajo para registrar: asigna este comando a un atajo de teclado.
{0}</translation>
    </message>
    <message>
        <source>Hotkey command to copy</source>
        <translation>Comando del atajo para copiar</translation>
    </message>
    <message>
        <source>Try one minute of &amp;breathing</source>
        <translation>Probar un minuto de &amp;respiración</translation>
    </message>
    <message>
        <source>Tick at least one day you work.</source>
        <translation>Marca al menos un día que trabajes.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>No se pudo cambiar el inicio al entrar en la sesión: {0}</translation>
    </message>
</context>
<context>
    <name>WorkloadSection</name>
    <message>
        <source>Calls handled (detected during your shifts)</source>
        <translation>Llamadas atendidas (detectadas durante tus turnos)</translation>
    </message>
    <message>
        <source>Calls handled and tough calls per day</source>
        <translation>Llamadas atendidas y llamadas difíciles por día</translation>
    </message>
    <message>
        <source>calls handled</source>
        <translation>llamadas atendidas</translation>
    </message>
    <message>
        <source>tough calls</source>
        <translation>llamadas difíciles</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Calls handled</source>
        <translation>Llamadas atendidas</translation>
    </message>
    <message>
        <source>Tough calls</source>
        <translation>Llamadas difíciles</translation>
    </message>
    <message>
        <source>Talk time per day (minutes)</source>
        <translation>Tiempo en llamada por día (minutos)</translation>
    </message>
    <message>
        <source>Minutes on calls</source>
        <translation>Minutos en llamadas</translation>
    </message>
    <message>
        <source>Share of calls logged as tough (%)</source>
        <translation>Proporción de llamadas registradas como difíciles (%)</translation>
    </message>
    <message>
        <source>share of the day</source>
        <translation>proporción del día</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>media de 7 días</translation>
    </message>
    <message>
        <source>Share of the day (%)</source>
        <translation>Proporción del día (%)</translation>
    </message>
    <message>
        <source>7-day mean (%)</source>
        <translation>Media de 7 días (%)</translation>
    </message>
    <message>
        <source>Calls handled by hour and weekday (your local time; hover for numbers)</source>
        <translation>Llamadas atendidas por hora y día de la semana (tu hora local; pasa el ratón para ver las cifras)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; call(s) handled from {start} to {end} · {hours} hours on calls</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; llamada atendida del {start} al {end} · {hours} horas en llamada</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; llamadas atendidas del {start} al {end} · {hours} horas en llamada</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % logged as tough</source>
        <translation>{share} % registradas como difíciles</translation>
    </message>
    <message>
        <source>{day}: no calls detected</source>
        <translation>{day}: no se detectaron llamadas</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s) handled, {minutes} minutes on calls</source>
        <translation>
            <numerusform>{day}: %n llamada atendida, {minutes} minutos en llamada</numerusform>
            <numerusform>{day}: %n llamadas atendidas, {minutes} minutos en llamada</numerusform>
        </translation>
    </message>
    <message>
        <source>{tough} tough ({share} %)</source>
        <translation>{tough} difíciles ({share} %)</translation>
    </message>
    <message>
        <source>7-day mean {share} %</source>
        <translation>media de 7 días {share} %</translation>
    </message>
</context>
</TS>
