<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>A wellbeing companion for contact-center agents: log a tough call in seconds and take a short reset between calls.</source>
        <translation>Um companheiro de bem-estar para quem trabalha em central de atendimento: registre uma ligação difícil em segundos e faça uma pausa curta entre ligações.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private by design.&lt;/b&gt; Everything stays on this computer. Nothing is shared unless you opt in.</source>
        <translation>&lt;b&gt;Privado desde a concepção.&lt;/b&gt; Tudo fica neste computador. Nada é compartilhado sem a sua permissão.</translation>
    </message>
    <message>
        <source>Your data: {path}</source>
        <translation>Seus dados: {path}</translation>
    </message>
    <message>
        <source>Keyboard: bind {command} to a shortcut in your desktop settings to open the log dialog from anywhere.</source>
        <translation>Teclado: associe {command} a um atalho nas configurações da sua área de trabalho para abrir a janela de registro de qualquer lugar.</translation>
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
        <translation>Adicionar &amp;detalhes…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Logged · stress {0}/10</source>
        <translation>Registrada · estresse {0}/10</translation>
    </message>
    <message>
        <source>Support line: {0}</source>
        <translation>Linha de apoio: {0}</translation>
    </message>
    <message>
        <source>Removed. Nothing was kept.</source>
        <translation>Removida. Nada foi guardado.</translation>
    </message>
    <message>
        <source>&amp;Undo ({0})</source>
        <translation>Desfa&amp;zer ({0})</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Removes the call just logged; {0} seconds left</source>
        <translation>Remove a ligação que você acabou de registrar; faltam {0} segundos</translation>
    </message>
</context>
<context>
    <name>AddSpanDialog</name>
    <message>
        <source>Add a call — Between Calls</source>
        <translation>Adicionar uma ligação — Between Calls</translation>
    </message>
    <message>
        <source>Call started at</source>
        <translation>A ligação começou às</translation>
    </message>
    <message>
        <source>Call ended at</source>
        <translation>A ligação terminou às</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <source>Ends the &amp;next day</source>
        <translation>Termina no dia &amp;seguinte</translation>
    </message>
    <message>
        <source>The call ended the next day</source>
        <translation>A chamada terminou no dia seguinte</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add this call</source>
        <translation>Adicionar esta ligação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A call on {day} that detection missed or got wrong. It counts like a detected call and is marked as added by hand.</source>
        <translation>Uma ligação em {day} que a detecção não viu ou registrou errado. Ela conta como uma ligação detectada e fica marcada como adicionada à mão.</translation>
    </message>
</context>
<context>
    <name>AfterCallNote</name>
    <message>
        <source>Call ended</source>
        <translation>Ligação encerrada</translation>
    </message>
    <message>
        <source>Tough one? &amp;Log it</source>
        <translation>Ligação difícil? &amp;Registre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation>Ligação encerrada.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>completely calm</source>
        <translation>totalmente calmo</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>worst distress imaginable</source>
        <translation>o pior sofrimento imaginável</translation>
    </message>
    <message>
        <source>&amp;Log a tough call…</source>
        <translation>&amp;Registrar uma ligação difícil…</translation>
    </message>
    <message>
        <source>Stress rating, what made it hard, an optional private note</source>
        <translation>Nível de estresse, o que a tornou difícil e uma nota particular opcional</translation>
    </message>
    <message>
        <source>{value} · {hint}</source>
        <translation>{value} · {hint}</translation>
    </message>
    <message>
        <source>Logs the call at once; add details from the acknowledgment</source>
        <translation>Registra a ligação na hora; você pode adicionar detalhes pela confirmação</translation>
    </message>
    <message>
        <source>&amp;Breathe…</source>
        <translation>Res&amp;pirar…</translation>
    </message>
    <message>
        <source>A minute of calm breathing; long exhale is the default</source>
        <translation>Um minuto de respiração calma; a expiração longa é o padrão</translation>
    </message>
    <message>
        <source>Relax &amp;muscles…</source>
        <translation>Relaxar os &amp;músculos…</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation; the desk version takes 2 minutes</source>
        <translation>Relaxamento muscular progressivo; a versão para a estação de trabalho leva 2 minutos</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>&amp;Tendências…</translation>
    </message>
    <message>
        <source>Your stress over time, insights, history, export and erase</source>
        <translation>Seu estresse ao longo do tempo, percepções, histórico, exportar e apagar</translation>
    </message>
    <message>
        <source>Log a tough call — rat&amp;ing only</source>
        <translation>Registrar uma ligação difícil — só a &amp;nota</translation>
    </message>
    <message>
        <source>S&amp;hare with my team…</source>
        <translation>&amp;Compartilhar com minha equipe…</translation>
    </message>
    <message>
        <source>What sharing means, your opt-ins, and a preview of exactly what would be shared</source>
        <translation>O que compartilhar significa, suas permissões e uma prévia exata do que seria compartilhado</translation>
    </message>
    <message>
        <source>T&amp;eam view…</source>
        <translation>Visão da &amp;equipe…</translation>
    </message>
    <message>
        <source>For team leads: team figures from the opted-in summaries</source>
        <translation>Para lideranças: números da equipe a partir dos resumos autorizados</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir pasta de &amp;dados</translation>
    </message>
    <message>
        <source>&amp;About Between Calls</source>
        <translation>&amp;Sobre o Between Calls</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>Last &amp;notice…</source>
        <translation>Último &amp;aviso…</translation>
    </message>
    <message>
        <source>Bring the newest card forward with keyboard focus (also: wellbeing notice)</source>
        <translation>Trazer o cartão mais recente para a frente com o foco do teclado (também: wellbeing notice)</translation>
    </message>
    <message>
        <source>On a &amp;call</source>
        <translation>Em &amp;ligação</translation>
    </message>
    <message>
        <source>While checked nothing pops up; prompts wait until you uncheck it</source>
        <translation>Enquanto marcado, nada aparece; os avisos esperam até você desmarcar</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Pa&amp;usar lembretes</translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Por &amp;30 minutos</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Por &amp;1 hora</translation>
    </message>
    <message>
        <source>Until the &amp;end of this shift</source>
        <translation>Até o &amp;fim deste turno</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Retomar lem&amp;bretes</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
</context>
<context>
    <name>AutoShareTimer</name>
    <message>
        <source>Your summary for {week} could not be shared: {error}</source>
        <translation>Não foi possível compartilhar seu resumo de {week}: {error}</translation>
    </message>
    <message>
        <source>Shared your summary for {week} with your team ({file}). Share with my team… shows exactly what it holds.</source>
        <translation>Seu resumo de {week} foi compartilhado com sua equipe ({file}). &quot;Compartilhar com minha equipe…&quot; mostra exatamente o que ele contém.</translation>
    </message>
</context>
<context>
    <name>BetweenCallsApp</name>
    <message>
        <source>Reminders paused</source>
        <translation>Lembretes pausados</translation>
    </message>
    <message>
        <source>Reminders resumed</source>
        <translation>Lembretes retomados</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy</source>
        <translation>A política da sua organização</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <extracomment>The GUI waits at most this long for another process&apos;s write lock, then keeps the call.</extracomment>
        <translation>Backup diário</translation>
    </message>
    <message>
        <source>some settings (defaults apply): {0}</source>
        <translation>algumas configurações (valem os padrões): {0}</translation>
    </message>
    <message>
        <source>Between Calls is running, but this did not start: {0}. Logging calls and Quit work. Details are in the log file; restarting the app may help.</source>
        <translation>O Between Calls está em execução, mas isto não iniciou: {0}. Registrar chamadas e Sair funcionam. Os detalhes estão no arquivo de log; reiniciar o aplicativo pode ajudar.</translation>
    </message>
    <message>
        <source>Your call is saved, but today&apos;s backup could not be written: {0}</source>
        <translation>Sua chamada foi salva, mas o backup de hoje não pôde ser gravado: {0}</translation>
    </message>
    <message>
        <source>Your journal file (entries are kept in memory until restart)</source>
        <translation>Seu arquivo de registro (as entradas ficam na memória até reiniciar)</translation>
    </message>
    <message>
        <source>Your journal file was damaged.</source>
        <translation>Seu arquivo do diário estava danificado.</translation>
    </message>
    <message>
        <source>Your journal file was empty (0 bytes).</source>
        <translation>Seu arquivo do diário estava vazio (0 bytes).</translation>
    </message>
    <message>
        <source>Your journal file was missing.</source>
        <translation>Seu arquivo do diário estava ausente.</translation>
    </message>
    <message>
        <source>It was kept as {copy}.</source>
        <translation>Ele foi guardado como {copy}.</translation>
    </message>
    <message>
        <source>No good backup existed, so a new journal was started.</source>
        <translation>Não havia backup válido, então um novo diário foi iniciado.</translation>
    </message>
    <message>
        <source>The backup {backup} was restored.</source>
        <translation>O backup {backup} foi restaurado.</translation>
    </message>
    <message>
        <source>Entries made since that backup are not in it: they are in {copy}.</source>
        <translation>Os registros feitos desde esse backup não estão nele: estão em {copy}.</translation>
    </message>
    <message>
        <source>Entries made since that backup could not be found.</source>
        <translation>Os registros feitos desde esse backup não foram encontrados.</translation>
    </message>
    <message>
        <source>A leftover write-ahead log was kept, not applied, as {name}.</source>
        <translation>Um log de escrita antecipada que sobrou foi guardado, sem ser aplicado, como {name}.</translation>
    </message>
    <message>
        <source>The journal cannot be opened: {reason}</source>
        <translation>Não é possível abrir o diário: {reason}</translation>
    </message>
    <message>
        <source>{0} could not start; the details are in the log file. Quit and start it again, or see the README.</source>
        <translation>{0} não conseguiu iniciar; os detalhes estão no arquivo de log. Saia e inicie de novo, ou consulte o README.</translation>
    </message>
    <message>
        <source>Notices from the keyboard</source>
        <translation>Avisos pelo teclado</translation>
    </message>
    <message>
        <source>Breathing and muscle relaxation</source>
        <translation>Respiração e relaxamento muscular</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Reminders, call detection and Settings</source>
        <translation>Lembretes, detecção de ligações e Configurações</translation>
    </message>
    <message>
        <source>Team sharing</source>
        <translation>Compartilhamento com a equipe</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendências</translation>
    </message>
    <message>
        <source>First-start window</source>
        <extracomment>Remembered once the first-start window was finished or skipped (never shown again by itself).</extracomment>
        <translation>Janela de boas-vindas</translation>
    </message>
    <message>
        <source>Sensed workload</source>
        <translation>Carga de trabalho detectada</translation>
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
        <translation>Padrão</translation>
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
        <translation>Duração</translation>
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
        <translation>Segure</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Expirar</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Custom in seconds</source>
        <translation>Segundos de inspiração personalizados</translation>
    </message>
    <message>
        <source>Custom hold seconds</source>
        <translation>Segundos de retenção personalizados</translation>
    </message>
    <message>
        <source>Custom out seconds</source>
        <translation>Segundos de expiração personalizados</translation>
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
        <translation>Começar</translation>
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
            <numerusform>no máximo %n ciclo</numerusform>
            <numerusform>no máximo %n ciclos</numerusform>
        </translation>
    </message>
    <message>
        <source>your own pattern</source>
        <translation>seu próprio padrão</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>{phase}: {seconds} s is outside {low}–{high} s.</source>
        <translation>{phase}: {seconds} s está fora de {low}–{high} s.</translation>
    </message>
</context>
<context>
    <name>BreathingShape</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guia de respiração</translation>
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
        <translation>Menos movimento</translation>
    </message>
    <message>
        <source>No growing shape: a steady bar and text instead. On automatically when your desktop asks for less motion.</source>
        <translation>Sem forma que cresce: uma barra fixa e texto. Liga sozinho quando sua área de trabalho pede menos movimento.</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>Falar as fases</translation>
    </message>
    <message>
        <source>Says “Breathe in”, “Hold”, “Breathe out” through your computer&apos;s speech engine</source>
        <translation>Diz “Inspire”, “Segure”, “Expire” pela voz do computador</translation>
    </message>
    <message>
        <source>Seconds through this phase</source>
        <translation>Segundos decorridos nesta fase</translation>
    </message>
    <message>
        <source>%p% of the session</source>
        <translation>%p% da sessão</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progresso da sessão</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausar (Espaço)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Parar (Esc)</translation>
    </message>
    <message>
        <source>Speak the phases (no speech engine: text only)</source>
        <translation>Falar as fases (sem voz: só texto)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Paused · {step}</source>
        <translation>Em pausa · {step}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>getting ready</source>
        <translation>preparando</translation>
    </message>
    <message>
        <source>breath {index} of {total}</source>
        <translation>respiração {index} de {total}</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Continuar (Espaço)</translation>
    </message>
</context>
<context>
    <name>CallsHeatMap</name>
    <message>
        <source>Calls handled by hour and weekday</source>
        <translation>Ligações atendidas por hora e dia da semana</translation>
    </message>
    <message>
        <source>No calls handled in this range.</source>
        <translation>Nenhuma ligação atendida neste período.</translation>
    </message>
    <message numerus="yes">
        <source>{filled} of {total} hour slots have calls; the busiest is {weekday} {hour} with %n call(s).</source>
        <translation>
            <numerusform>{filled} de {total} faixas horárias têm ligações; a mais cheia é {weekday} {hour} com %n ligação.</numerusform>
            <numerusform>{filled} de {total} faixas horárias têm ligações; a mais cheia é {weekday} {hour} com %n ligações.</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: no calls</source>
        <translation>{when}: nenhuma ligação</translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n call(s) handled</source>
        <translation>
            <numerusform>{when}: %n ligação atendida</numerusform>
            <numerusform>{when}: %n ligações atendidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardFeature</name>
    <message>
        <source>Nothing to undo: Undo is offered for 10 seconds after logging.</source>
        <translation>Nada para desfazer: Desfazer fica disponível por 10 segundos depois do registro.</translation>
    </message>
    <message>
        <source>No notice to show: nothing has popped up since you last closed one.</source>
        <translation>Nenhum aviso para mostrar: nada apareceu desde que você fechou o último.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabela</translation>
    </message>
    <message>
        <source>Show “{0}” as a table</source>
        <translation>Mostrar “{0}” como tabela</translation>
    </message>
    <message>
        <source>{0} — table</source>
        <translation>{0} — tabela</translation>
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
        <translation>Arquivos {format} (*.{extension})</translation>
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
        <translation>Todos os campos de todas as ligações que você registrou, inclusive as notas, e os horários de ligação detectados em um segundo arquivo ao lado. Guarde os arquivos em um lugar privado.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>&amp;Erase all my data…</source>
        <translation>&amp;Apagar todos os meus dados…</translation>
    </message>
    <message>
        <source>Your journal lives in {folder}.</source>
        <translation>Seu diário fica em {folder}.</translation>
    </message>
    <message>
        <source>Could not export to {target}: {error}.</source>
        <translation>Não foi possível exportar para {target}: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to {target}.</source>
        <translation>
            <numerusform>%n ligação exportada para {target}.</numerusform>
            <numerusform>%n ligações exportadas para {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detected call times: %n span(s) in {target}.</source>
        <translation>
            <numerusform>Horários de ligação detectados: %n intervalo em {target}.</numerusform>
            <numerusform>Horários de ligação detectados: %n intervalos em {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is {path}.</source>
        <translation>O arquivo é {path}.</translation>
    </message>
    <message>
        <source>Could not erase everything: {error}. Nothing else changed.</source>
        <translation>Não foi possível apagar tudo: {error}. Nada mais mudou.</translation>
    </message>
    <message numerus="yes">
        <source>Erased. Removed %n file(s) and folder(s); you are starting again with an empty journal.</source>
        <translation>
            <numerusform>Apagado. %n arquivo ou pasta removido; você recomeça com um diário vazio.</numerusform>
            <numerusform>Apagado. %n arquivos e pastas removidos; você recomeça com um diário vazio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayWords</name>
    <message>
        <source>{day}: no entries</source>
        <translation>{day}: sem registros</translation>
    </message>
    <message>
        <source>7-day mean {mean}</source>
        <translation>média de 7 dias {mean}</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s), mean stress {mean} · 7-day mean {rolling}</source>
        <translation>
            <numerusform>{day}: %n ligação, estresse médio {mean} · média de 7 dias {rolling}</numerusform>
            <numerusform>{day}: %n ligações, estresse médio {mean} · média de 7 dias {rolling}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDataDialog</name>
    <message>
        <source>Erase all my data</source>
        <translation>Apagar todos os meus dados</translation>
    </message>
    <message>
        <source>ERASE</source>
        <comment>the word the agent types to confirm erasing: one word, capitals, easy to type on that language&apos;s keyboard</comment>
        <translation>APAGAR</translation>
    </message>
    <message>
        <source>&lt;b&gt;This deletes everything you have logged&lt;/b&gt;: every call, note, exercise, check-in, detected call time and setting, and the daily backups.</source>
        <translation>&lt;b&gt;Isto apaga tudo o que você registrou&lt;/b&gt;: cada ligação, nota, exercício, questionário, horário de ligação detectado e configuração, além dos backups diários.</translation>
    </message>
    <message>
        <source>It cannot be undone. If you might want your history later, export it first (Cancel, then Export).</source>
        <translation>Não é possível desfazer. Se você talvez queira seu histórico depois, exporte-o antes (Cancelar e depois Exportar).</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Digite {word} para confirmar</translation>
    </message>
    <message>
        <source>To erase everything now, type {word} below.</source>
        <translation>Para apagar tudo agora, digite {word} abaixo.</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Apagar tudo</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Something went wrong ({error}). It was logged; the app keeps running.</source>
        <translation>Algo deu errado ({error}). Isso foi registrado; o aplicativo continua funcionando.</translation>
    </message>
</context>
<context>
    <name>ExerciseCues</name>
    <message>
        <source>Now.</source>
        <translation>Agora.</translation>
    </message>
    <message>
        <source>And relax.</source>
        <translation>E solte.</translation>
    </message>
    <message>
        <source>Let go.</source>
        <translation>Deixe ir.</translation>
    </message>
    <message>
        <source>Rest quietly.</source>
        <translation>Descanse com calma.</translation>
    </message>
</context>
<context>
    <name>ExerciseRatingPanel</name>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Carry on without a rating (the digit keys 0–9 also answer)</source>
        <translation>Continuar sem nota (as teclas 0–9 também respondem)</translation>
    </message>
    <message>
        <source>Click a number, or press 0–9. Your ratings show what helps you.</source>
        <translation>Clique em um número ou pressione 0–9. Suas notas mostram o que ajuda você.</translation>
    </message>
</context>
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Skip and start</source>
        <translation>Pular e começar</translation>
    </message>
    <message>
        <source>Choose another exercise…</source>
        <translation>Escolher outro exercício…</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Orientações de segurança</translation>
    </message>
    <message>
        <source>Keep on top</source>
        <translation>Manter na frente</translation>
    </message>
    <message>
        <source>Keep this window above others (handy on small screens)</source>
        <translation>Manter esta janela acima das outras (útil em telas pequenas)</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Sinal sonoro</translation>
    </message>
    <message>
        <source>A soft chime at each change of phase</source>
        <translation>Um som suave a cada mudança de fase</translation>
    </message>
    <message>
        <source>Before you start: how stressed do you feel right now?</source>
        <translation>Antes de começar: quanto estresse você sente agora?</translation>
    </message>
    <message>
        <source>And now, how stressed do you feel?</source>
        <translation>E agora, quanto estresse você sente?</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Mais uma rodada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Sound cue (no audio device: silent)</source>
        <translation>Sinal sonoro (sem dispositivo de áudio: em silêncio)</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Muito bem.</translation>
    </message>
    <message>
        <source>Stopped — that&apos;s fine.</source>
        <translation>Parado — tudo bem.</translation>
    </message>
    <message>
        <source>Saved in your journal · stress {before} → {after}.</source>
        <translation>Salvo no seu diário · estresse {before} → {after}.</translation>
    </message>
</context>
<context>
    <name>FallbackPanel</name>
    <message>
        <source>No system tray was found on this desktop, so Between Calls lives in this small panel.</source>
        <translation>Nenhuma bandeja do sistema foi encontrada nesta área de trabalho, então o Between Calls fica neste pequeno painel.</translation>
    </message>
</context>
<context>
    <name>HeatMapKey</name>
    <message>
        <source>calm (0)</source>
        <translation>calmo (0)</translation>
    </message>
    <message>
        <source>moderate (5)</source>
        <translation>moderado (5)</translation>
    </message>
    <message>
        <source>very tense (10)</source>
        <translation>muito tenso (10)</translation>
    </message>
    <message>
        <source>outline only: no calls</source>
        <translation>só contorno: sem chamadas</translation>
    </message>
    <message>
        <source>Colour key, mean stress:</source>
        <translation>Legenda de cores, estresse médio:</translation>
    </message>
    <message>
        <source>Colour key: </source>
        <translation>Legenda de cores: </translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>Stress by hour and weekday</source>
        <translation>Estresse por hora e dia da semana</translation>
    </message>
    <message>
        <source>{filled} of {total} hour slots have entries.</source>
        <translation>{filled} de {total} faixas de horário têm registros.</translation>
    </message>
    <message>
        <source>{when}: no entries</source>
        <translation>{when}: sem registros</translation>
    </message>
    <message numerus="yes">
        <source>{when}: mean stress {mean} over %n call(s)</source>
        <translation>
            <numerusform>{when}: estresse médio {mean} em %n ligação</numerusform>
            <numerusform>{when}: estresse médio {mean} em %n ligações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoria</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>When (local)</source>
        <translation>Quando (hora local)</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Estresse</translation>
    </message>
    <message>
        <source>What made it hard</source>
        <translation>O que a tornou difícil</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcações</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota particular</translation>
    </message>
    <message>
        <source>History of logged calls</source>
        <translation>Histórico das ligações registradas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the selected entry (Del); you can undo it</source>
        <translation>Excluir o registro selecionado (Del); você pode desfazer</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Mostrar &amp;mais</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Desfa&amp;zer exclusão</translation>
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
        <translation>encerrada por abuso</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>Editar o registro</translation>
    </message>
    <message>
        <source>Could not save: {error}. Your changes are still here.</source>
        <translation>Não foi possível salvar: {error}. Suas alterações continuam aqui.</translation>
    </message>
    <message>
        <source>Deleted the entry of {when} (stress {stress}).</source>
        <translation>O registro de {when} foi excluído (estresse {stress}).</translation>
    </message>
</context>
<context>
    <name>InsightText</name>
    <message numerus="yes">
        <source>Your stress has been rising over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation>
            <numerusform>Seu estresse vem subindo nas últimas 4 semanas: cerca de {slope} pontos por semana (inclinação de Theil–Sen em %n dia com registros; Mann–Kendall p = {p}).</numerusform>
            <numerusform>Seu estresse vem subindo nas últimas 4 semanas: cerca de {slope} pontos por semana (inclinação de Theil–Sen em %n dias com registros; Mann–Kendall p = {p}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress has been easing over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation>
            <numerusform>Seu estresse vem diminuindo nas últimas 4 semanas: cerca de {slope} pontos por semana (inclinação de Theil–Sen em %n dia com registros; Mann–Kendall p = {p}).</numerusform>
            <numerusform>Seu estresse vem diminuindo nas últimas 4 semanas: cerca de {slope} pontos por semana (inclinação de Theil–Sen em %n dias com registros; Mann–Kendall p = {p}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hardest hour is {start}–{end}: mean stress {mean} over {calls} calls, against {overall} across all {overall_calls} calls in this range.</source>
        <translation>Seu horário mais difícil é {start}–{end}: estresse médio {mean} em {calls} ligações, contra {overall} no total de {overall_calls} ligações deste período.</translation>
    </message>
    <message>
        <source>{weekday} is your hardest day: mean stress {mean} over {calls} calls, against {overall} overall.</source>
        <translation>{weekday} é o seu dia mais difícil: estresse médio {mean} em {calls} ligações, contra {overall} no geral.</translation>
    </message>
    <message numerus="yes">
        <source>{exercise} lowers your rating most: from {before} to {after} on average ({change} points) over %n session(s).</source>
        <translation>
            <numerusform>{exercise} é o que mais baixa a sua nota: de {before} para {after} em média ({change} pontos) em %n sessão.</numerusform>
            <numerusform>{exercise} é o que mais baixa a sua nota: de {before} para {after} em média ({change} pontos) em %n sessões.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your weekly stress check-in has been 4 or 5 for %n week(s) in a row (latest: {score} on {day}). That is a lot to carry. It may help to talk to someone you trust, your supervisor, or your employee assistance line.</source>
        <translation>
            <numerusform>Sua pergunta semanal sobre estresse ficou em 4 ou 5 por %n semana seguida (a última: {score} em {day}). É muito para carregar. Pode ajudar conversar com alguém de confiança, com sua liderança ou com o programa de apoio ao empregado.</numerusform>
            <numerusform>Sua pergunta semanal sobre estresse ficou em 4 ou 5 por %n semanas seguidas (a última: {score} em {day}). É muito para carregar. Pode ajudar conversar com alguém de confiança, com sua liderança ou com o programa de apoio ao empregado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress is higher after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call(s).</source>
        <translation>
            <numerusform>Seu estresse é maior depois de sequências de {length}+ ligações seguidas: {after} contra {otherwise} em %n ligação.</numerusform>
            <numerusform>Seu estresse é maior depois de sequências de {length}+ ligações seguidas: {after} contra {otherwise} em %n ligações.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress is lower after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call(s).</source>
        <translation>
            <numerusform>Seu estresse é menor depois de sequências de {length}+ ligações seguidas: {after} contra {otherwise} em %n ligação.</numerusform>
            <numerusform>Seu estresse é menor depois de sequências de {length}+ ligações seguidas: {after} contra {otherwise} em %n ligações.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFlowController</name>
    <message>
        <source>Could not save: {error}. Your entry is still here.</source>
        <extracomment>How often calls kept in memory are tried again (the journal was locked or its folder gone).</extracomment>
        <translation>Não foi possível salvar: {error}. Seu registro continua aqui.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n kept entry(s).</source>
        <translation>
            <numerusform>%n registro guardado foi salvo.</numerusform>
            <numerusform>%n registros guardados foram salvos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: {problem} Your entry is kept and will be saved as soon as the journal can take it (%n waiting).</source>
        <translation>
            <numerusform>Ainda não salvo: {problem} Seu registro está guardado e será salvo assim que o diário puder recebê-lo (%n aguardando).</numerusform>
            <numerusform>Ainda não salvo: {problem} Seu registro está guardado e será salvo assim que o diário puder recebê-lo (%n aguardando).</numerusform>
        </translation>
    </message>
    <message>
        <source>{app} · no tough calls logged today</source>
        <translation>{app} · nenhuma ligação difícil registrada hoje</translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) today · avg {mean}</source>
        <translation>
            <numerusform>%n ligação difícil hoje · média {mean}</numerusform>
            <numerusform>%n ligações difíceis hoje · média {mean}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferWords</name>
    <message numerus="yes">
        <source>Take %n second(s)?</source>
        <translation>
            <numerusform>Tirar %n segundo?</numerusform>
            <numerusform>Tirar %n segundos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n minute(s)?</source>
        <translation>
            <numerusform>Tirar %n minuto?</numerusform>
            <numerusform>Tirar %n minutos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PmrWindow</name>
    <message>
        <source>Relax muscles — Between Calls</source>
        <extracomment>Steps said in bold: the words carry the meaning, so no colour is needed (high contrast).</extracomment>
        <translation>Relaxar os músculos — Between Calls</translation>
    </message>
    <message>
        <source>Before you start:</source>
        <translation>Antes de começar:</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Ler os passos em voz alta</translation>
    </message>
    <message>
        <source>Spoken guidance through your computer&apos;s speech engine</source>
        <translation>Orientação falada pelo sintetizador de voz do seu computador</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Sit comfortably. Tense firmly but never to pain; skip any group that hurts (S).</source>
        <translation>Sente-se confortavelmente. Contraia com firmeza, mas nunca até doer; pule qualquer grupo que doa (S).</translation>
    </message>
    <message>
        <source>%p% of the script</source>
        <translation>%p% do roteiro</translation>
    </message>
    <message>
        <source>Progress through the script</source>
        <translation>Progresso no roteiro</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausar (Espaço)</translation>
    </message>
    <message>
        <source>Skip group (S)</source>
        <translation>Pular grupo (S)</translation>
    </message>
    <message>
        <source>Skip this group, for example an injured or painful area</source>
        <translation>Pular este grupo, por exemplo uma área machucada ou dolorida</translation>
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
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Group {index} of {total}</source>
        <translation>Grupo {index} de {total}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepare-se</translation>
    </message>
    <message>
        <source>Paused · {step}</source>
        <translation>Em pausa · {step}</translation>
    </message>
    <message>
        <source>Speak the steps (no speech engine: text only)</source>
        <translation>Ler os passos em voz alta (sem sintetizador de voz: só texto)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Continuar (Espaço)</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a tough call</source>
        <translation>Registrar uma ligação difícil</translation>
    </message>
    <message>
        <source>How stressed do you feel right now? (keys 0–9; 1 then 0 for 10)</source>
        <translation>Quanto estresse você sente agora? (teclas 0–9; 1 e depois 0 para 10)</translation>
    </message>
    <message>
        <source>What made it hard? (any that apply)</source>
        <translation>O que a tornou difícil? (marque todas que se aplicam)</translation>
    </message>
    <message>
        <source>Private note (optional, stays on this computer)</source>
        <translation>Nota particular (opcional, fica neste computador)</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota particular</translation>
    </message>
    <message>
        <source>Optional, stays on this computer; Enter saves, Shift+Enter makes a new line</source>
        <translation>Opcional, fica neste computador; Enter salva, Shift+Enter cria uma nova linha</translation>
    </message>
    <message>
        <source>Add details to the call you logged</source>
        <translation>Adicionar detalhes à ligação registrada</translation>
    </message>
    <message>
        <source>Pick a stress rating from 0 to 10 first (press a digit key).</source>
        <translation>Escolha primeiro um nível de estresse de 0 a 10 (pressione uma tecla numérica).</translation>
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
        <translation>nenhum encontrado</translation>
    </message>
    <message>
        <source>Policy file: {origin}</source>
        <translation>Arquivo de política: {origin}</translation>
    </message>
    <message>
        <source>Your data stays on this computer unless you opt in to sharing.</source>
        <translation>Seus dados ficam neste computador, a menos que você aceite compartilhar.</translation>
    </message>
    <message>
        <source>on a call — reminders wait</source>
        <translation>em ligação — os lembretes esperam</translation>
    </message>
    <message>
        <source>reminders paused until {time}</source>
        <translation>lembretes pausados até {time}</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n tough call(s), avg {mean}</source>
        <translation>
            <numerusform>Hoje: %n ligação difícil, média {mean}</numerusform>
            <numerusform>Hoje: %n ligações difíceis, média {mean}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: no tough calls logged</source>
        <translation>Hoje: nenhuma ligação difícil registrada</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>&amp;Breathe for a minute</source>
        <extracomment>The instrument&apos;s order: the WHO-5 form lists &quot;All of the time&quot; (5) first.</extracomment>
        <translation>&amp;Respirar por um minuto</translation>
    </message>
    <message>
        <source>&amp;Start a 1-minute reset</source>
        <translation>&amp;Fazer uma pausa de 1 minuto</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Concluído</translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation>&amp;Adiar 10 min</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>A&amp;gora não</translation>
    </message>
    <message>
        <source>&amp;Good night</source>
        <translation>&amp;Boa noite</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>{0} ({1} of 5)
{2}</source>
        <translation>{0} ({1} de 5)
{2}</translation>
    </message>
    <message>
        <source>The WHO-5 is shown in English: its official wording in your language has not been verified yet.</source>
        <translation>O WHO-5 é mostrado em inglês: a redação oficial no seu idioma ainda não foi verificada.</translation>
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
        <translation>totalmente calmo</translation>
    </message>
    <message>
        <source>worst distress imaginable</source>
        <translation>o pior sofrimento imaginável</translation>
    </message>
</context>
<context>
    <name>SettingEditor</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>Procurar {0}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Choose &amp;days and times…</source>
        <translation>Escolher &amp;dias e horários…</translation>
    </message>
    <message>
        <source>Choose shift days and times</source>
        <translation>Escolher dias e horários do turno</translation>
    </message>
    <message>
        <source>How the app reads your shifts</source>
        <translation>Como o aplicativo lê seus turnos</translation>
    </message>
    <message>
        <source>Reads as: {0}</source>
        <translation>Lido como: {0}</translation>
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
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Shifts</source>
        <extracomment>The dialog&apos;s tabs, in order; each setting names its page by one of these constants. &quot;system&quot; follows the desktop; the others are the shipped languages (``SHIPPED_LANGUAGES``).</extracomment>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Days and hours you work, e.g. &apos;mon-fri 09:00-17:30&apos; or &apos;mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00&apos;. Reminders only come inside a shift.</source>
        <translation>Os dias e horários em que você trabalha, p. ex. &apos;mon-fri 09:00-17:30&apos; ou &apos;mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00&apos;. Os lembretes só chegam dentro de um turno.</translation>
    </message>
    <message>
        <source>Micro-break nudges</source>
        <translation>Lembretes de micropausa</translation>
    </message>
    <message>
        <source>A gentle nudge to stand, stretch or look away, every few minutes of shift. Off by default.</source>
        <translation>Um lembrete suave para levantar, alongar ou olhar para longe, a cada alguns minutos do turno. Desligado por padrão.</translation>
    </message>
    <message>
        <source>Nudge every (minutes)</source>
        <translation>Lembrar a cada (minutos)</translation>
    </message>
    <message>
        <source>Minutes of shift between micro-break nudges (30–180).</source>
        <translation>Minutos de turno entre lembretes de micropausa (30–180).</translation>
    </message>
    <message>
        <source>Mid-shift pulse</source>
        <translation>Pergunta no meio do turno</translation>
    </message>
    <message>
        <source>Halfway through a shift, one tap: how are you, 0–10? Optional.</source>
        <translation>No meio do turno, um toque: como você está, 0–10? Opcional.</translation>
    </message>
    <message>
        <source>End-of-shift wind-down</source>
        <translation>Encerramento do turno</translation>
    </message>
    <message>
        <source>At the end of a shift: today in one line, an exercise and a leave-work-at-work note.</source>
        <translation>No fim do turno: o dia em uma linha, um exercício e um lembrete para deixar o trabalho no trabalho.</translation>
    </message>
    <message>
        <source>Weekly stress question</source>
        <translation>Pergunta semanal sobre estresse</translation>
    </message>
    <message>
        <source>Once a week at the end of your shift: &apos;These days, how stressed do you feel?&apos; 1–5 (Elo et al. 2003). Seen by you only.</source>
        <translation>Uma vez por semana, no fim do seu turno: &quot;Nestes dias, quanto estresse você sente?&quot; 1–5 (Elo et al. 2003). Só você vê.</translation>
    </message>
    <message>
        <source>Weekly check-in day</source>
        <translation>Dia do questionário semanal</translation>
    </message>
    <message>
        <source>The day the weekly question (and WHO-5) comes, at the end of that day&apos;s last shift. Pick a day you work.</source>
        <translation>O dia em que chegam a pergunta semanal (e o WHO-5), no fim do último turno desse dia. Escolha um dia em que você trabalha.</translation>
    </message>
    <message>
        <source>WHO-5 every two weeks</source>
        <translation>WHO-5 a cada duas semanas</translation>
    </message>
    <message>
        <source>The WHO-5 Well-Being Index, five short items, every second week. Stays on this computer and is never shared.</source>
        <translation>O Índice de Bem-Estar WHO-5, cinco perguntas curtas, a cada duas semanas. Fica neste computador e nunca é compartilhado.</translation>
    </message>
    <message>
        <source>After-call &apos;Tough one?&apos; note</source>
        <translation>Aviso &quot;Ligação difícil?&quot; após a ligação</translation>
    </message>
    <message>
        <source>After a call ends, a small note near the tray for 8 seconds; one click opens the log dialog.</source>
        <translation>Quando uma ligação termina, um pequeno aviso perto da bandeja por 8 segundos; um clique abre a janela de registro.</translation>
    </message>
    <message>
        <source>Detect calls from the microphone</source>
        <translation>Detectar ligações pelo microfone</translation>
    </message>
    <message>
        <source>While the microphone is in use nothing pops up and prompts wait until the call ends.</source>
        <translation>Enquanto o microfone está em uso nada aparece, e os avisos esperam a ligação terminar.</translation>
    </message>
    <message>
        <source>Softphone window title</source>
        <translation>Título da janela do softphone</translation>
    </message>
    <message>
        <source>Also treat you as on a call while a window whose title contains this text is in front (e.g. &apos;Genesys&apos;). Empty = off.</source>
        <translation>Considerar também que você está em ligação enquanto uma janela cujo título contém este texto estiver na frente (p. ex. &apos;Genesys&apos;). Vazio = desligado.</translation>
    </message>
    <message>
        <source>Check for calls every (seconds)</source>
        <translation>Verificar ligações a cada (segundos)</translation>
    </message>
    <message>
        <source>How often to check for a call during a shift (2–30). Outside shifts nothing is checked.</source>
        <translation>Com que frequência procurar uma ligação durante o turno (2–30). Fora dos turnos, nada é verificado.</translation>
    </message>
    <message>
        <source>Record when calls start and end</source>
        <translation>Registrar quando as ligações começam e terminam</translation>
    </message>
    <message>
        <source>During a shift, note when each detected call starts and ends, on this computer only, to show calls handled, talk time and back-to-back runs. Off: nothing is recorded.</source>
        <translation>Durante um turno, anotar quando cada ligação detectada começa e termina, só neste computador, para mostrar ligações atendidas, tempo em ligação e ligações seguidas. Desligado: nada é registrado.</translation>
    </message>
    <message>
        <source>Shortest call (seconds)</source>
        <translation>Ligação mais curta (segundos)</translation>
    </message>
    <message>
        <source>Detected calls shorter than this are kept but not counted as calls: a microphone test, a voice note (0–300).</source>
        <translation>Ligações detectadas mais curtas são guardadas, mas não contam como ligações: um teste de microfone, uma nota de voz (0–300).</translation>
    </message>
    <message>
        <source>Back to back under (seconds)</source>
        <translation>Seguidas se houver menos de (segundos)</translation>
    </message>
    <message>
        <source>A call that starts less than this after the previous one ended counts as back to back (5–300).</source>
        <translation>Uma ligação que começa antes desse tempo após o fim da anterior conta como seguida (5–300).</translation>
    </message>
    <message>
        <source>A break between calls is at least (seconds)</source>
        <translation>Uma pausa entre ligações dura pelo menos (segundos)</translation>
    </message>
    <message>
        <source>A gap at least this long ends a run of calls (10–1800; 180 = 3 minutes).</source>
        <translation>Um intervalo pelo menos desse tamanho encerra uma sequência de ligações (10–1800; 180 = 3 minutos).</translation>
    </message>
    <message>
        <source>Suggest a reset after tough calls</source>
        <translation>Sugerir uma pausa após ligações difíceis</translation>
    </message>
    <message>
        <source>When several tough calls come close together, offer a one-minute reset exercise.</source>
        <translation>Quando várias ligações difíceis acontecem em sequência, oferecer um exercício de um minuto.</translation>
    </message>
    <message>
        <source>Tough calls in a row</source>
        <translation>Ligações difíceis em sequência</translation>
    </message>
    <message>
        <source>How many logged calls within the window suggest a reset (2–10).</source>
        <translation>Quantas ligações registradas dentro do período sugerem uma pausa (2–10).</translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation>Dentro de (minutos)</translation>
    </message>
    <message>
        <source>The window for counting tough calls (10–240 minutes).</source>
        <translation>O período em que as ligações difíceis são contadas (10–240 minutos).</translation>
    </message>
    <message>
        <source>Suggest a reset after a long run of calls</source>
        <translation>Sugerir uma pausa após uma longa sequência de ligações</translation>
    </message>
    <message>
        <source>After many calls without a break, the next gap between calls offers a one-minute reset exercise.</source>
        <translation>Depois de muitas ligações sem pausa, o próximo intervalo entre ligações oferece um exercício de um minuto.</translation>
    </message>
    <message>
        <source>Calls in a run</source>
        <translation>Ligações em sequência</translation>
    </message>
    <message>
        <source>How many calls without a break earn a reset (3–40).</source>
        <translation>Quantas ligações sem pausa pedem uma pausa (3–40).</translation>
    </message>
    <message>
        <source>Or minutes in a run</source>
        <translation>Ou minutos em sequência</translation>
    </message>
    <message>
        <source>How many minutes of calls without a break earn a reset (20–480).</source>
        <translation>Quantos minutos de ligações sem pausa pedem uma pausa (20–480).</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Linha de apoio</translation>
    </message>
    <message>
        <source>Your employee assistance (EAP) line, shown after a serious call.</source>
        <translation>O número do seu programa de apoio ao empregado (PAE), mostrado após uma ligação grave.</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Pasta da equipe</translation>
    </message>
    <message>
        <source>Where opted-in weekly summaries are written (a shared or synced folder). Empty = nothing is ever written.</source>
        <translation>Onde os resumos semanais autorizados são gravados (uma pasta compartilhada ou sincronizada). Vazio = nada é gravado.</translation>
    </message>
    <message>
        <source>Share anonymously</source>
        <translation>Compartilhar anonimamente</translation>
    </message>
    <message>
        <source>Count toward team figures only: your summary is sealed so that only the aggregator set by IT can open it, and your lead sees team figures only. Offered only when the policy names an aggregator.</source>
        <translation>Conta só para os números da equipe: seu resumo é selado para que só o agregador definido pela TI possa abri-lo, e sua liderança vê só números da equipe. Oferecido só quando a política indica um agregador.</translation>
    </message>
    <message>
        <source>Once you opted in, last week&apos;s summary is written for you early each week (a week that began before you opted in is never shared on its own). Off: you share by hand from Share with my team… in the tray menu.</source>
        <translation>Depois que você aceitar, o resumo da semana passada é escrito para você no início de cada semana (uma semana que começou antes do seu aceite nunca é compartilhada sozinha). Desligado: você compartilha manualmente em “Compartilhar com minha equipe…” no menu da bandeja.</translation>
    </message>
    <message>
        <source>Aggregator public key</source>
        <translation>Chave pública do agregador</translation>
    </message>
    <message>
        <source>Aggregator</source>
        <translation>Agregador</translation>
    </message>
    <message>
        <source>Who holds the aggregator&apos;s private key, e.g. &apos;Contoso IT service desk&apos;; shown to agents before they share.</source>
        <translation>Quem tem a chave privada do agregador, p. ex. &apos;Central de serviços de TI da Contoso&apos;; mostrado antes de compartilhar.</translation>
    </message>
    <message>
        <source>Enrollment (admin) public key</source>
        <translation>Chave pública de inscrição (admin)</translation>
    </message>
    <message>
        <source>The key that signs the roster of enrolled agents, as printed by &apos;wellbeing team admin-key&apos;. Only rostered agents are counted.</source>
        <translation>A chave que assina a lista de agentes inscritos, como mostrada por &apos;wellbeing team admin-key&apos;. Só contam os agentes da lista.</translation>
    </message>
    <message>
        <source>Share with my name</source>
        <translation>Compartilhar com meu nome</translation>
    </message>
    <message>
        <source>Your team lead may see your weekly summary for 1:1 support. Never notes, call times or check-in scores.</source>
        <translation>Sua liderança pode ver seu resumo semanal para conversas individuais. Nunca notas, horários de ligações ou resultados de questionários.</translation>
    </message>
    <message>
        <source>Share each week automatically</source>
        <translation>Compartilhar toda semana automaticamente</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome exibido</translation>
    </message>
    <message>
        <source>The name on a named summary.</source>
        <translation>O nome em um resumo com nome.</translation>
    </message>
    <message>
        <source>Minimum group size</source>
        <translation>Tamanho mínimo do grupo</translation>
    </message>
    <message>
        <source>A team figure shows only when at least this many people contributed (5–1000).</source>
        <translation>Um número da equipe só aparece quando pelo menos essa quantidade de pessoas contribuiu (5–1000).</translation>
    </message>
    <message>
        <source>Noise (epsilon)</source>
        <translation>Ruído (épsilon)</translation>
    </message>
    <message>
        <source>Laplace noise the aggregator adds once to each week&apos;s team figures; smaller = more noise; 0 = the aggregator&apos;s default of 1 (0, or 0.05–10).</source>
        <translation>Ruído de Laplace que o agregador adiciona uma única vez aos números da equipe de cada semana; menor = mais ruído; 0 = o padrão do agregador, 1 (0, ou 0,05–10).</translation>
    </message>
    <message>
        <source>The key anonymous summaries are sealed to, as printed by &apos;wellbeing team aggregator-key&apos; (set only by IT&apos;s policy). Empty = anonymous sharing is not offered.</source>
        <translation>A chave para a qual os resumos anônimos são lacrados, como impressa por &apos;wellbeing team aggregator-key&apos; (só a política da TI a define). Vazia = o compartilhamento anônimo não é oferecido.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of every window. Desktop language follows your computer; a change applies at once.</source>
        <translation>O idioma de todas as janelas. &quot;Idioma da área de trabalho&quot; segue o seu computador; uma mudança vale na hora.</translation>
    </message>
    <message>
        <source>Desktop language</source>
        <translation>Idioma da área de trabalho</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app} — Settings</source>
        <extracomment>Settings only a team lead needs; shown only where a team folder is set.</extracomment>
        <translation>{app} — Configurações</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <source>Only your organisation&apos;s IT policy sets this.</source>
        <translation>Só a política de TI da sua organização define isto.</translation>
    </message>
    <message>
        <source>Show the &amp;welcome window again…</source>
        <translation>Mostrar de novo a janela de &amp;boas-vindas…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: fix the %n field(s) marked in red.</source>
        <translation>
            <numerusform>Nada foi salvo: corrija o campo marcado em vermelho.</numerusform>
            <numerusform>Nada foi salvo: corrija os %n campos marcados em vermelho.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <source>Anonymous part: {file} is sealed for {aggregator}; only {aggregator} can open it. Inside, a pseudonym that changes every week stands in for you. Your lead sees only team figures that {aggregator} publishes when at least {min_group} enrolled agents contributed, with noise added.</source>
        <translation>Parte anônima: {file} está selado para {aggregator}; só {aggregator} pode abri-lo. Dentro, um pseudônimo que muda toda semana fica no seu lugar. Sua liderança vê só os números da equipe que {aggregator} publica quando pelo menos {min_group} agentes inscritos contribuíram, com ruído adicionado.</translation>
    </message>
    <message>
        <source>You are not on the team&apos;s roster yet, so the aggregator will not count this file: ask IT to enroll you (wellbeing summary enroll-request makes the request file).</source>
        <translation>Você ainda não está na lista da equipe, então o agregador não vai contar este arquivo: peça à TI para inscrever você (wellbeing summary enroll-request cria o arquivo de pedido).</translation>
    </message>
    <message>
        <source>Anonymous sharing is not offered: your organisation&apos;s policy names no aggregator, and without one your lead could read each anonymous file. Named sharing still works.</source>
        <translation>O compartilhamento anônimo não é oferecido: a política da sua organização não indica um agregador e, sem ele, sua liderança poderia ler cada arquivo anônimo. O compartilhamento com nome continua funcionando.</translation>
    </message>
    <message>
        <source>Named part: {file} is signed and readable by your lead under the name “{name}”.</source>
        <translation>Parte com nome: {file} está assinado e sua liderança pode lê-lo com o nome “{name}”.</translation>
    </message>
    <message>
        <source>Nothing would be written: choose anonymous or named sharing first.</source>
        <translation>Nada seria gravado: escolha primeiro compartilhar de forma anônima ou com nome.</translation>
    </message>
</context>
<context>
    <name>ShiftPicker</name>
    <message>
        <source>&amp;Mon</source>
        <translation>se&amp;g</translation>
    </message>
    <message>
        <source>T&amp;ue</source>
        <translation>&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>&amp;qua</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>q&amp;ui</translation>
    </message>
    <message>
        <source>F&amp;ri</source>
        <translation>se&amp;x</translation>
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
        <translation>Início do turno</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Fim do turno</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>Começa à&amp;s</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>Termi&amp;na às</translation>
    </message>
</context>
<context>
    <name>ShiftPickerDialog</name>
    <message>
        <source>Shift days and times</source>
        <translation>Dias e horários do turno</translation>
    </message>
    <message>
        <source>About the shifts in the field</source>
        <translation>Sobre os turnos do campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Use these days and times</source>
        <translation>Usar estes dias e horários</translation>
    </message>
    <message>
        <source>Cancel, change nothing</source>
        <translation>Cancelar, sem mudar nada</translation>
    </message>
    <message>
        <source>The field holds several shifts. OK replaces them all with the one shift you choose here.</source>
        <translation>O campo tem vários turnos. OK substitui todos pelo único turno que você escolher aqui.</translation>
    </message>
    <message>
        <source>The text in the field is not a shift the app can read. OK replaces it with the shift you choose here.</source>
        <translation>O texto do campo não é um turno que o aplicativo consiga ler. OK o substitui pelo turno que você escolher aqui.</translation>
    </message>
    <message>
        <source>Tick at least one day you work.</source>
        <translation>Marque pelo menos um dia em que você trabalha.</translation>
    </message>
</context>
<context>
    <name>ShiftReading</name>
    <message>
        <source>every day</source>
        <translation>todos os dias</translation>
    </message>
    <message>
        <source>{start}–{end} (overnight)</source>
        <translation>{start}–{end} (virando a noite)</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>No shifts, so no reminders come.</source>
        <translation>Sem turnos, então nenhum lembrete aparece.</translation>
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
        <translation>Dia &amp;anterior</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Dia exibido</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>&amp;Próximo dia</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;oje</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Noticed by</source>
        <translation>Detectada por</translation>
    </message>
    <message>
        <source>Counts as a call</source>
        <translation>Conta como ligação</translation>
    </message>
    <message>
        <source>Detected calls of the day</source>
        <translation>Ligações detectadas do dia</translation>
    </message>
    <message>
        <source>&amp;Add a call…</source>
        <translation>Adi&amp;cionar uma ligação…</translation>
    </message>
    <message>
        <source>Add a call that detection missed on this day</source>
        <translation>Adicionar uma ligação deste dia que a detecção não viu</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the selected call (Del); you can undo it</source>
        <translation>Excluir a ligação selecionada (Del); você pode desfazer</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Desfa&amp;zer exclusão</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>D&amp;ia:</translation>
    </message>
    <message>
        <source>No calls were detected on {day}.</source>
        <translation>Nenhuma ligação foi detectada em {day}.</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s) handled</source>
        <translation>
            <numerusform>{day}: %n ligação atendida</numerusform>
            <numerusform>{day}: %n ligações atendidas</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} minutes on calls</source>
        <translation>{minutes} minutos em ligações</translation>
    </message>
    <message numerus="yes">
        <source>%n too short to count</source>
        <translation>
            <numerusform>%n curta demais para contar</numerusform>
            <numerusform>%n curtas demais para contar</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls detected during your shifts are noted here, on this computer only.</source>
        <translation>As ligações detectadas durante seus turnos são anotadas aqui, somente neste computador.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy keeps this on ({reason}).</source>
        <translation>A política da sua organização mantém isso ativado ({reason}).</translation>
    </message>
    <message>
        <source>You can switch this off in Settings.</source>
        <translation>Você pode desativar isso nas Configurações.</translation>
    </message>
    <message>
        <source>Recording calls is switched off by your organisation&apos;s policy ({reason}).</source>
        <translation>O registro de ligações está desativado pela política da sua organização ({reason}).</translation>
    </message>
    <message>
        <source>Recording calls is switched off in Settings.</source>
        <translation>O registro de ligações está desativado nas Configurações.</translation>
    </message>
    <message>
        <source>New calls are not noted; the ones below stay until you delete them.</source>
        <translation>Novas ligações não são anotadas; as que estão abaixo ficam até você excluí-las.</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No, shorter than {seconds} s</source>
        <translation>Não, menos de {seconds} s</translation>
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
        <translation>Microfone</translation>
    </message>
    <message>
        <source>By hand (toggle or added)</source>
        <translation>À mão (botão ou adicionada)</translation>
    </message>
    <message>
        <source>Softphone window</source>
        <translation>Janela do softphone</translation>
    </message>
    <message>
        <source>{source}, end taken from the app&apos;s last check</source>
        <translation>{source}, fim tirado da última verificação do app</translation>
    </message>
    <message>
        <source>{day}, {start} to {end}</source>
        <translation>{day}, das {start} às {end}</translation>
    </message>
    <message>
        <source>This call is still going on; you can delete it once it has ended.</source>
        <translation>Esta ligação ainda está em andamento; você pode excluí-la quando terminar.</translation>
    </message>
    <message>
        <source>Deleted the call of {when}.</source>
        <translation>Ligação de {when} excluída.</translation>
    </message>
    <message>
        <source>Could not save: {error}. Nothing was added.</source>
        <translation>Não foi possível salvar: {error}. Nada foi adicionado.</translation>
    </message>
    <message>
        <source>The end must be after the start. Nothing was saved.</source>
        <translation>O fim deve ser depois do início. Nada foi salvo.</translation>
    </message>
    <message>
        <source>A call can be at most 12 hours long. Nothing was saved.</source>
        <translation>Uma ligação pode durar no máximo 12 horas. Nada foi salvo.</translation>
    </message>
    <message>
        <source>That overlaps another call. Nothing was saved.</source>
        <translation>Isso se sobrepõe a outra ligação. Nada foi salvo.</translation>
    </message>
    <message>
        <source>That overlaps the call of {when}; delete that one first if it is wrong. Nothing was saved.</source>
        <translation>Isso se sobrepõe à ligação de {when}; se ela estiver errada, exclua-a primeiro. Nada foi salvo.</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <source>Breathe all the way out</source>
        <translation>Solte todo o ar</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Mais um pouco de ar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Segure</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Contraia</translation>
    </message>
    <message>
        <source>Relax — let go all at once</source>
        <translation>Relaxe — solte tudo de uma vez</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Solte</translation>
    </message>
    <message>
        <source>Rest quietly</source>
        <translation>Descanse com calma</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Próximo: {name}</translation>
    </message>
    <message>
        <source>Notice the difference between tension and relaxation.</source>
        <translation>Perceba a diferença entre tensão e relaxamento.</translation>
    </message>
    <message>
        <source>Without tensing, recall how these muscles felt when they let go, and let them relax further.</source>
        <translation>Sem contrair, lembre como esses músculos ficaram ao soltar e deixe que relaxem ainda mais.</translation>
    </message>
    <message>
        <source>Stay relaxed; breathe easily.</source>
        <translation>Fique relaxado; respire com leveza.</translation>
    </message>
</context>
<context>
    <name>StressScale</name>
    <message>
        <source>Stress {value}</source>
        <translation>Estresse {value}</translation>
    </message>
    <message>
        <source>0 = completely calm</source>
        <translation>0 = totalmente calmo</translation>
    </message>
    <message>
        <source>10 = worst distress imaginable</source>
        <translation>10 = o pior sofrimento imaginável</translation>
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
        <translation>O que as tornou difíceis: {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise session(s), {minutes} minutes in all.</source>
        <translation>
            <numerusform>%n sessão de exercício, {minutes} minutos no total.</numerusform>
            <numerusform>%n sessões de exercício, {minutes} minutos no total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stress changed by {change} on average after %n rated exercise(s).</source>
        <translation>
            <numerusform>O estresse mudou {change} em média após %n exercício avaliado.</numerusform>
            <numerusform>O estresse mudou {change} em média após %n exercícios avaliados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included: your notes, when each call happened, your check-ins and WHO-5 answers.</source>
        <translation>Não incluído: suas notas, quando cada ligação aconteceu, seus questionários e respostas do WHO-5.</translation>
    </message>
    <message>
        <source>counted in team figures, and your lead may read it under the name {name}</source>
        <translation>conta nos números da equipe, e sua liderança pode lê-lo com o nome {name}</translation>
    </message>
    <message>
        <source>readable by your lead under the name {name}</source>
        <translation>sua liderança pode lê-lo com o nome {name}</translation>
    </message>
    <message>
        <source>counted in team figures only, without your name</source>
        <translation>conta apenas nos números da equipe, sem o seu nome</translation>
    </message>
    <message>
        <source>No tough calls logged.</source>
        <translation>Nenhuma ligação difícil registrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) logged; stress mean {mean}, median {median}; {share} % rated {high} or more.</source>
        <translation>
            <numerusform>%n ligação difícil registrada; estresse médio {mean}, mediana {median}; {share} % com nota {high} ou mais.</numerusform>
            <numerusform>%n ligações difíceis registradas; estresse médio {mean}, mediana {median}; {share} % com nota {high} ou mais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) handled (detected during your shifts).</source>
        <translation>
            <numerusform>%n ligação atendida (detectada durante seus turnos).</numerusform>
            <numerusform>%n ligações atendidas (detectadas durante seus turnos).</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % of them logged as tough.</source>
        <translation>Delas, {share} % registradas como difíceis.</translation>
    </message>
    <message>
        <source>Only the weekly count, never when each call was.</source>
        <translation>Só o total da semana, nunca quando foi cada ligação.</translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>fewer than {min_group} agents contributed</source>
        <extracomment>A category count is hidden when fewer agents than this reported it (our choice). Half-width of the central 95 % interval of a Laplace variable, in units of its scale.</extracomment>
        <translation>menos de {min_group} agentes contribuíram</translation>
    </message>
    <message>
        <source>subtracting the named summaries would reveal {remainder} anonymous agents (fewer than {min_group})</source>
        <translation>subtrair os resumos com nome revelaria {remainder} agentes anônimos (menos de {min_group})</translation>
    </message>
    <message>
        <source>reported by fewer than {min_cell} agents</source>
        <translation>indicada por menos de {min_cell} agentes</translation>
    </message>
    <message>
        <source>hidden so that another hidden figure cannot be worked out</source>
        <translation>oculto para que outro número oculto não possa ser deduzido</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>nenhuma ligação</translation>
    </message>
    <message>
        <source>no detected calls</source>
        <translation>nenhuma ligação detectada</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>± {spread} (95 %)</source>
        <translation>± {spread} (95%)</translation>
    </message>
    <message>
        <source>± {spread} points (95 %)</source>
        <translation>± {spread} pontos (95%)</translation>
    </message>
    <message>
        <source>oversize</source>
        <extracomment>Plausibility caps per agent and week (100 tough calls a day is already beyond any shift). Sensed-workload keys; a summary written before sensed workload has neither.</extracomment>
        <translation>grande demais</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>malformado</translation>
    </message>
    <message>
        <source>unknown schema</source>
        <translation>esquema desconhecido</translation>
    </message>
    <message>
        <source>out-of-range value</source>
        <translation>valor fora do intervalo</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>assinatura inválida</translation>
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
        <translation>nome inseguro ou que não confere</translation>
    </message>
    <message>
        <source>over plausibility cap</source>
        <translation>acima do limite de plausibilidade</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>não inscrito</translation>
    </message>
    <message>
        <source>unenrolled</source>
        <translation>desinscrito</translation>
    </message>
    <message>
        <source>replayed from another week</source>
        <translation>reaproveitado de outra semana</translation>
    </message>
    <message>
        <source>cannot be decrypted</source>
        <translation>não pode ser decifrado</translation>
    </message>
    <message>
        <source>sealed for another aggregator</source>
        <translation>selado para outro agregador</translation>
    </message>
    <message>
        <source>anonymous figures in clear</source>
        <translation>números anônimos sem criptografia</translation>
    </message>
    <message>
        <source>no aggregator key</source>
        <translation>sem chave de agregador</translation>
    </message>
    <message>
        <source>Agents contributing</source>
        <extracomment>Column heads of the team view, in order (translated where the report is shown).</extracomment>
        <translation>Agentes que contribuíram</translation>
    </message>
    <message>
        <source>Tough calls logged</source>
        <translation>Ligações difíceis registradas</translation>
    </message>
    <message>
        <source>Mean stress (0–10)</source>
        <translation>Estresse médio (0–10)</translation>
    </message>
    <message>
        <source>Median stress, typical agent</source>
        <translation>Estresse mediano, agente típico</translation>
    </message>
    <message>
        <source>Calls rated 7 or more</source>
        <translation>Ligações com nota 7 ou mais</translation>
    </message>
    <message>
        <source>Agents who did an exercise</source>
        <translation>Agentes que fizeram um exercício</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Sessões de exercício</translation>
    </message>
    <message>
        <source>Exercise minutes</source>
        <translation>Minutos de exercício</translation>
    </message>
    <message>
        <source>Mean stress change after an exercise</source>
        <translation>Mudança média do estresse após um exercício</translation>
    </message>
    <message>
        <source>Calls handled (detected)</source>
        <translation>Ligações atendidas (detectadas)</translation>
    </message>
    <message>
        <source>Share of calls logged as tough</source>
        <translation>Parcela de ligações registradas como difíceis</translation>
    </message>
    <message>
        <source>&lt; {percent} %</source>
        <extracomment>The translation context of every text the report shows.</extracomment>
        <translation>&lt; {percent}%</translation>
    </message>
    <message>
        <source>&gt; {percent} %</source>
        <translation>&gt; {percent}%</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>hidden [{number}]</source>
        <translation>oculto [{number}]</translation>
    </message>
    <message>
        <source>No team report from the aggregator in this folder yet. Anonymous summaries are sealed; only the aggregator can open and count them.</source>
        <translation>Ainda não há relatório da equipe do agregador nesta pasta. Os resumos anônimos estão selados; só o agregador pode abri-los e contá-los.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>No categories to show.</source>
        <translation>Nenhuma categoria para mostrar.</translation>
    </message>
    <message>
        <source>Share of the week&apos;s tough calls with each category (newest week first).</source>
        <translation>Parcela das ligações difíceis da semana com cada categoria (semana mais recente primeiro).</translation>
    </message>
    <message>
        <source>No agent chose named sharing.</source>
        <translation>Nenhum agente escolheu compartilhar com nome.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Tough calls</source>
        <translation>Ligações difíceis</translation>
    </message>
    <message>
        <source>Mean stress</source>
        <translation>Estresse médio</translation>
    </message>
    <message>
        <source>Rated 7+</source>
        <translation>Nota 7+</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Every file was valid.</source>
        <translation>Todos os arquivos eram válidos.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Why some figures are hidden</source>
        <translation>Por que alguns números estão ocultos</translation>
    </message>
    <message>
        <source>the aggregator</source>
        <translation>o agregador</translation>
    </message>
    <message>
        <source>No aggregator key is set (team_aggregator_public_key), so no team figures can be checked or shown; named summaries still are.</source>
        <translation>Nenhuma chave de agregador definida (team_aggregator_public_key), então não dá para verificar nem mostrar números da equipe; os resumos com nome, sim.</translation>
    </message>
    <message>
        <source>Team figures come only from the weekly reports signed by {who}, who opens the sealed anonymous summaries, counts enrolled agents only, hides any figure fewer than the minimum group contributed to (or that could be worked out by subtraction), never shows a bare 0 % or 100 %, and adds noise once (± shows its 95 % range).</source>
        <translation>Os números da equipe vêm só dos relatórios semanais assinados por {who}, que abre os resumos anônimos selados, conta só agentes inscritos, oculta qualquer número com menos contribuintes que o grupo mínimo (ou que poderia ser deduzido por subtração), nunca mostra 0% ou 100% puros e adiciona ruído uma única vez (± mostra o intervalo de 95%).</translation>
    </message>
    <message>
        <source>Nobody reading this folder, you included, can open a single agent&apos;s anonymous summary.</source>
        <translation>Ninguém que leia esta pasta, inclusive você, consegue abrir o resumo anônimo de um agente individual.</translation>
    </message>
    <message>
        <source>{files} files in the folder, {sealed} of them sealed for the aggregator, {rejected} not counted.</source>
        <translation>Arquivos na pasta: {files}; selados para o agregador: {sealed}; não contados: {rejected}.</translation>
    </message>
    <message>
        <source>Team wellbeing report</source>
        <translation>Relatório de bem-estar da equipe</translation>
    </message>
    <message>
        <source>Made {generated}</source>
        <translation>Gerado em {generated}</translation>
    </message>
    <message>
        <source>Weekly team figures</source>
        <translation>Números semanais da equipe</translation>
    </message>
    <message>
        <source>What made calls hard</source>
        <translation>O que tornou as ligações difíceis</translation>
    </message>
    <message>
        <source>Named summaries (agents who chose to be seen)</source>
        <translation>Resumos com nome (agentes que escolheram aparecer)</translation>
    </message>
    <message>
        <source>Files not counted</source>
        <translation>Arquivos não contados</translation>
    </message>
</context>
<context>
    <name>TeamShareController</name>
    <message>
        <source>Anonymous</source>
        <translation>Anônimo</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Com nome</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toda semana</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Delete your summary files (sealed and named) from the team folder and stop sharing? The aggregator and the team view will ignore anything you shared before; team figures already published for past weeks stay as they are. Opting in again starts with a new key, which IT must enroll again.</source>
        <translation>Apagar seus resumos (selados e com nome) da pasta da equipe e parar de compartilhar? O agregador e a visão da equipe vão ignorar tudo o que você compartilhou antes; os números da equipe já publicados de semanas passadas ficam como estão. Compartilhar de novo começa com uma chave nova, que a TI precisa inscrever de novo.</translation>
    </message>
    <message>
        <source>Sharing is off.</source>
        <translation>O compartilhamento está desligado.</translation>
    </message>
    <message>
        <source>{key} is locked by your organisation&apos;s policy ({reason})</source>
        <translation>{key} está bloqueado pela política da sua organização ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) of yours from the team folder.</source>
        <translation>
            <numerusform>%n arquivo seu foi removido da pasta da equipe.</numerusform>
            <numerusform>%n arquivos seus foram removidos da pasta da equipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>{tombstone} tells the aggregator and the team view to ignore anything signed with your old key.</source>
        <translation>{tombstone} diz ao agregador e à visão da equipe para ignorar tudo o que foi assinado com sua chave antiga.</translation>
    </message>
    <message>
        <source>Anonymous sharing is not offered: your organisation&apos;s policy names no aggregator.</source>
        <translation>O compartilhamento anônimo não é oferecido: a política da sua organização não indica um agregador.</translation>
    </message>
    <message>
        <source>Delete the summaries your lead could read under your name? Your sealed anonymous summaries carry no name and stay.</source>
        <translation>Apagar os resumos que sua liderança podia ler com seu nome? Seus resumos anônimos selados não têm nome e continuam.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n named file(s) deleted.</source>
        <translation>
            <numerusform>Salvo. %n arquivo com nome apagado.</numerusform>
            <numerusform>Salvo. %n arquivos com nome apagados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your choices could not be saved ({error}); nothing was changed, try again.</source>
        <translation>Não foi possível salvar suas escolhas ({error}); nada foi alterado, tente de novo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Type the name your lead should see.</source>
        <translation>Digite o nome que sua liderança deve ver.</translation>
    </message>
    <message>
        <source>Choose an existing team folder (full path).</source>
        <translation>Escolha uma pasta da equipe que exista (caminho completo).</translation>
    </message>
</context>
<context>
    <name>TeamShareDialog</name>
    <message>
        <source>Share with my team</source>
        <translation>Compartilhar com minha equipe</translation>
    </message>
    <message>
        <source>Sharing pages</source>
        <translation>Páginas de compartilhamento</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidade</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pré-&amp;visualização</translation>
    </message>
    <message>
        <source>&amp;Shared so far</source>
        <translation>&amp;Compartilhado até agora</translation>
    </message>
    <message>
        <source>&amp;Count me in team figures (anonymous)</source>
        <translation>Contar-&amp;me nos números da equipe (anônimo)</translation>
    </message>
    <message>
        <source>Let my lead &amp;read my weekly summary (named)</source>
        <translation>Permitir que minha liderança &amp;leia meu resumo semanal (com nome)</translation>
    </message>
    <message>
        <source>The name your lead sees, e.g. Sam K.</source>
        <translation>O nome que sua liderança vê, p. ex. Sam K.</translation>
    </message>
    <message>
        <source>A shared or synced folder your team lead reads</source>
        <translation>Uma pasta compartilhada ou sincronizada que sua liderança lê</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nome exibido:</translation>
    </message>
    <message>
        <source>Team &amp;folder:</source>
        <translation>Pasta da e&amp;quipe:</translation>
    </message>
    <message>
        <source>S&amp;ave choices</source>
        <translation>&amp;Salvar escolhas</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semana:</translation>
    </message>
    <message>
        <source>The exact file that would be shared</source>
        <translation>O arquivo exato que seria compartilhado</translation>
    </message>
    <message>
        <source>S&amp;hare this summary</source>
        <translation>Compartilhar es&amp;te resumo</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>What you shared so far</source>
        <translation>O que você compartilhou até agora</translation>
    </message>
    <message>
        <source>Stop sharing and &amp;revoke…</source>
        <translation>Parar de compartilhar e &amp;revogar…</translation>
    </message>
    <message>
        <source>Not offered: your organisation&apos;s policy names no aggregator.</source>
        <translation>Não oferecido: a política da sua organização não indica um agregador.</translation>
    </message>
    <message>
        <source>The agent id and signature are examples until you opt in; your own pseudonymous id is made then.</source>
        <translation>O identificador e a assinatura são exemplos até você autorizar; seu próprio identificador pseudônimo é criado nesse momento.</translation>
    </message>
    <message>
        <source>Nothing would be written.</source>
        <translation>Nada seria gravado.</translation>
    </message>
    <message>
        <source>The team folder will get exactly these files:</source>
        <translation>A pasta da equipe vai receber exatamente estes arquivos:</translation>
    </message>
    <message>
        <source>Shared: {files}</source>
        <translation>Compartilhado: {files}</translation>
    </message>
    <message>
        <source>Opt in on the Privacy tab first.</source>
        <translation>Autorize primeiro na aba Privacidade.</translation>
    </message>
    <message>
        <source>--- sealed inside it; only the aggregator can read this part ---</source>
        <translation>--- selado aqui dentro; só o agregador pode ler esta parte ---</translation>
    </message>
    <message>
        <source>summary {week}</source>
        <translation>resumo {week}</translation>
    </message>
    <message>
        <source>sealed {week}</source>
        <translation>selado {week}</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s); hover a cell for the full file name or hash.</source>
        <translation>
            <numerusform>%n registro; passe o mouse sobre uma célula para ver o nome completo do arquivo ou o hash.</numerusform>
            <numerusform>%n registros; passe o mouse sobre uma célula para ver o nome completo do arquivo ou o hash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>Nada compartilhado ainda.</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Pasta da equipe</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nada mudou.</translation>
    </message>
    <message>
        <source>Sharing choices not saved</source>
        <translation>Escolhas de compartilhamento não salvas</translation>
    </message>
    <message>
        <source>You changed your sharing choices but did not save them. Save them now?</source>
        <translation>Você mudou suas escolhas de compartilhamento mas não as salvou. Salvar agora?</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Parar de compartilhar</translation>
    </message>
</context>
<context>
    <name>TeamViewWindow</name>
    <message>
        <source>Team view — Between Calls</source>
        <translation>Visão da equipe — Between Calls</translation>
    </message>
    <message>
        <source>The folder your team&apos;s summaries are written to</source>
        <translation>A pasta onde os resumos da sua equipe são gravados</translation>
    </message>
    <message>
        <source>Team &amp;folder:</source>
        <translation>Pasta da e&amp;quipe:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Save printable report…</source>
        <translation>&amp;Salvar relatório para impressão…</translation>
    </message>
    <message>
        <source>Team view status</source>
        <translation>Status da visão da equipe</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Relatório da equipe</translation>
    </message>
    <message>
        <source>No team folder is set: type or browse for the shared folder.</source>
        <translation>Nenhuma pasta da equipe definida: digite ou procure a pasta compartilhada.</translation>
    </message>
    <message>
        <source>The team folder {folder} does not exist.</source>
        <translation>A pasta da equipe {folder} não existe.</translation>
    </message>
    <message>
        <source>Reading and checking every file in {folder}…</source>
        <translation>Lendo e verificando cada arquivo em {folder}…</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {error}</source>
        <translation>Não é possível ler {folder}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n arquivo lido</numerusform>
            <numerusform>%n arquivos lidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n não contado</numerusform>
            <numerusform>%n não contados</numerusform>
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
        <translation>Nenhuma chave de agregador definida, então não dá para mostrar números da equipe; os resumos com nome, sim.</translation>
    </message>
    <message>
        <source>Could not save {target}: {error}.</source>
        <translation>Não foi possível salvar {target}: {error}.</translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation>{target} salvo.</translation>
    </message>
    <message>
        <source>Save team report</source>
        <translation>Salvar relatório da equipe</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Pasta da equipe</translation>
    </message>
</context>
<context>
    <name>TrendsOverview</name>
    <message>
        <source>&lt;h3&gt;Nothing to show for this range yet&lt;/h3&gt;&lt;p&gt;After a tough call, open &lt;b&gt;Log a tough call…&lt;/b&gt; from the tray icon (or click the icon) and rate how stressed you feel from 0 to 10. It takes two clicks, and everything stays on this computer.&lt;/p&gt;&lt;p&gt;Your charts appear here as soon as there is one entry; insights such as your hardest hour need a few weeks of entries (at least 30 calls), and a trend needs 10 days with entries in the last 4 weeks. Try a longer range above to see older entries.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda não há nada para mostrar neste período&lt;/h3&gt;&lt;p&gt;Depois de uma ligação difícil, abra &lt;b&gt;Registrar uma ligação difícil…&lt;/b&gt; pelo ícone da bandeja (ou clique no ícone) e indique quanto estresse você sente, de 0 a 10. São dois cliques, e tudo fica neste computador.&lt;/p&gt;&lt;p&gt;Seus gráficos aparecem aqui assim que houver um registro; percepções como seu horário mais difícil precisam de algumas semanas de registros (pelo menos 30 ligações), e uma tendência precisa de 10 dias com registros nas últimas 4 semanas. Experimente um período mais longo acima para ver registros mais antigos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No insight yet for this range. Each one waits until it is more than chance: a trend needs {days} days with entries in the last 4 weeks, your hardest hour or weekday {calls} calls, and the most helpful exercise {sessions} rated sessions.</source>
        <translation>Ainda não há percepções para este período. Cada uma espera até ser mais do que acaso: uma tendência precisa de {days} dias com registros nas últimas 4 semanas, seu horário ou dia mais difícil de {calls} ligações, e o exercício que mais ajuda de {sessions} sessões avaliadas.</translation>
    </message>
    <message>
        <source>Overview: insights and charts</source>
        <translation>Visão geral: percepções e gráficos</translation>
    </message>
    <message>
        <source>Stress after tough calls (0–10)</source>
        <translation>Estresse após ligações difíceis (0–10)</translation>
    </message>
    <message>
        <source>mean of the day</source>
        <translation>média do dia</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>média de 7 dias</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Mean stress</source>
        <translation>Estresse médio</translation>
    </message>
    <message>
        <source>Tough calls per day</source>
        <translation>Ligações difíceis por dia</translation>
    </message>
    <message>
        <source>Stress by hour and weekday (your local time)</source>
        <translation>Estresse por hora e dia da semana (seu horário local)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Dia da semana</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What your entries say</source>
        <translation>O que seus registros dizem</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; tough call(s) from {start} to {end} · mean stress &lt;b&gt;{mean}&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ligação difícil de {start} a {end} · estresse médio &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ligações difíceis de {start} a {end} · estresse médio &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>What made calls hard</source>
        <translation>O que tornou as ligações difíceis</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>ligações</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n call(s)</source>
        <translation>
            <numerusform>{label}: %n ligação</numerusform>
            <numerusform>{label}: %n ligações</numerusform>
        </translation>
    </message>
    <message>
        <source>What made it hard</source>
        <translation>O que tornou difícil</translation>
    </message>
    <message numerus="yes">
        <source>{label}: before {before}, after {after} ({change}) over %n session(s)</source>
        <translation>
            <numerusform>{label}: antes {before}, depois {after} ({change}) em %n sessão</numerusform>
            <numerusform>{label}: antes {before}, depois {after} ({change}) em %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise effect: mean stress before and after</source>
        <translation>Efeito dos exercícios: estresse médio antes e depois</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>depois</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Weekly stress check-in (1–5)</source>
        <translation>Pergunta semanal sobre estresse (1–5)</translation>
    </message>
    <message>
        <source>WHO-5 wellbeing (0–100, only you see this)</source>
        <translation>Bem-estar WHO-5 (0–100, só você vê)</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>sem questionário</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
</context>
<context>
    <name>TrendsWindow</name>
    <message>
        <source>Trends — Between Calls</source>
        <translation>Tendências — Between Calls</translation>
    </message>
    <message>
        <source>Detected calls</source>
        <translation>Ligações detectadas</translation>
    </message>
    <message>
        <source>Trends pages</source>
        <translation>Páginas de tendências</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Detected call&amp;s</source>
        <translation>&amp;Ligações detectadas</translation>
    </message>
    <message>
        <source>Your &amp;data</source>
        <translation>Seus &amp;dados</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Show {range} (Alt+{key})</source>
        <translation>Mostrar {range} (Alt+{key})</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dias</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 ano</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Right-click the Between Calls shortcut in the Start menu → Open file location → Properties → Shortcut key, or use a shortcut tool to run the command.</source>
        <translation>Clique com o botão direito no atalho do Between Calls no menu Iniciar → Abrir local do arquivo → Propriedades → Tecla de atalho, ou use uma ferramenta de atalhos que execute o comando.</translation>
    </message>
    <message>
        <source>Create a Shortcuts action that runs the command (Run Shell Script), then give it a keyboard shortcut in its details.</source>
        <translation>Crie no app Atalhos uma ação que execute o comando (Executar Script de Shell) e dê a ela um atalho de teclado nos detalhes.</translation>
    </message>
    <message>
        <source>GNOME: Settings → Keyboard → View and Customise Shortcuts → Custom Shortcuts. KDE: System Settings → Shortcuts → Add Command. Paste the command and press your keys.</source>
        <translation>GNOME: Configurações → Teclado → Ver e personalizar atalhos → Atalhos personalizados. KDE: Configurações do sistema → Atalhos → Adicionar comando. Cole o comando e pressione suas teclas.</translation>
    </message>
    <message>
        <source>Welcome to Between Calls</source>
        <translation>Boas-vindas ao Between Calls</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Pular por enquanto</translation>
    </message>
    <message>
        <source>&lt;p&gt;After a tough call, log it in a few seconds — a stress rating, what made it hard, an optional private note — and get a kind word and a one-minute reset on offer. Reminders never interrupt a call.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays private:&lt;/b&gt; everything you enter stays in one file on this computer. Nothing is sent anywhere; a weekly summary reaches your team only if you opt in later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Depois de uma chamada difícil, registre-a em poucos segundos — uma nota de estresse, o que a tornou difícil, uma anotação privada opcional — e receba uma palavra gentil e uma pausa de um minuto. Os lembretes nunca interrompem uma chamada.&lt;/p&gt;&lt;p&gt;&lt;b&gt;O que fica privado:&lt;/b&gt; tudo o que você digita fica em um arquivo neste computador. Nada é enviado a lugar nenhum; um resumo semanal só chega à sua equipe se você aceitar depois.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When do you work? Reminders only come inside a shift</source>
        <translation>Quando você trabalha? Os lembretes só chegam durante um turno</translation>
    </message>
    <message>
        <source>Your shifts are set by your organisation</source>
        <translation>Seus turnos são definidos pela sua organização</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Linha de apoio</translation>
    </message>
    <message>
        <source>e.g. your EAP number; shown after a serious call</source>
        <translation>ex.: seu número do PAE; aparece após uma chamada grave</translation>
    </message>
    <message>
        <source>Set by your organisation: {0}</source>
        <translation>Definido pela sua organização: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Getting to it fast</source>
        <translation>Chegar rápido</translation>
    </message>
    <message>
        <source>Start Between Calls when I &amp;log in</source>
        <translation>Iniciar o Between Calls ao &amp;entrar na sessão</translation>
    </message>
    <message>
        <source>A hotkey for logging: bind this command to a keyboard shortcut.
{0}</source>
        <translation>Um atalho para registrar: associe este comando a um atalho de teclado.
{0}</translation>
    </message>
    <message>
        <source>Hotkey command to copy</source>
        <translation>Comando do atalho para copiar</translation>
    </message>
    <message>
        <source>Try one minute of &amp;breathing</source>
        <translation>Experimentar um minuto de &amp;respiração</translation>
    </message>
    <message>
        <source>Tick at least one day you work.</source>
        <translation>Marque pelo menos um dia em que você trabalha.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>Não foi possível mudar o início ao entrar na sessão: {0}</translation>
    </message>
</context>
<context>
    <name>WorkloadSection</name>
    <message>
        <source>Calls handled (detected during your shifts)</source>
        <translation>Ligações atendidas (detectadas durante seus turnos)</translation>
    </message>
    <message>
        <source>Calls handled and tough calls per day</source>
        <translation>Ligações atendidas e ligações difíceis por dia</translation>
    </message>
    <message>
        <source>calls handled</source>
        <translation>ligações atendidas</translation>
    </message>
    <message>
        <source>tough calls</source>
        <translation>ligações difíceis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Calls handled</source>
        <translation>Chamadas atendidas</translation>
    </message>
    <message>
        <source>Tough calls</source>
        <translation>Chamadas difíceis</translation>
    </message>
    <message>
        <source>Talk time per day (minutes)</source>
        <translation>Tempo em ligação por dia (minutos)</translation>
    </message>
    <message>
        <source>Minutes on calls</source>
        <translation>Minutos em chamadas</translation>
    </message>
    <message>
        <source>Share of calls logged as tough (%)</source>
        <translation>Parcela de ligações registradas como difíceis (%)</translation>
    </message>
    <message>
        <source>share of the day</source>
        <translation>parcela do dia</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>média de 7 dias</translation>
    </message>
    <message>
        <source>Share of the day (%)</source>
        <translation>Proporção do dia (%)</translation>
    </message>
    <message>
        <source>7-day mean (%)</source>
        <translation>Média de 7 dias (%)</translation>
    </message>
    <message>
        <source>Calls handled by hour and weekday (your local time; hover for numbers)</source>
        <translation>Ligações atendidas por hora e dia da semana (seu horário local; passe o mouse para ver os números)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Dia da semana</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; call(s) handled from {start} to {end} · {hours} hours on calls</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ligação atendida de {start} a {end} · {hours} horas em ligação</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ligações atendidas de {start} a {end} · {hours} horas em ligação</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % logged as tough</source>
        <translation>{share} % registradas como difíceis</translation>
    </message>
    <message>
        <source>{day}: no calls detected</source>
        <translation>{day}: nenhuma ligação detectada</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s) handled, {minutes} minutes on calls</source>
        <translation>
            <numerusform>{day}: %n ligação atendida, {minutes} minutos em ligação</numerusform>
            <numerusform>{day}: %n ligações atendidas, {minutes} minutos em ligação</numerusform>
        </translation>
    </message>
    <message>
        <source>{tough} tough ({share} %)</source>
        <translation>{tough} difíceis ({share} %)</translation>
    </message>
    <message>
        <source>7-day mean {share} %</source>
        <translation>média de 7 dias {share} %</translation>
    </message>
</context>
</TS>
