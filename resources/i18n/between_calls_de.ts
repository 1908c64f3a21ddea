<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>A wellbeing companion for contact-center agents: log a tough call in seconds and take a short reset between calls.</source>
        <translation>Ein Begleiter für das Wohlbefinden von Mitarbeitenden im Contact Center: ein schwieriges Gespräch in Sekunden festhalten und zwischen zwei Anrufen kurz zur Ruhe kommen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private by design.&lt;/b&gt; Everything stays on this computer. Nothing is shared unless you opt in.</source>
        <translation>&lt;b&gt;Privat von Grund auf.&lt;/b&gt; Alles bleibt auf diesem Computer. Nichts wird geteilt, solange Sie nicht zustimmen.</translation>
    </message>
    <message>
        <source>Your data: {path}</source>
        <translation>Ihre Daten: {path}</translation>
    </message>
    <message>
        <source>Keyboard: bind {command} to a shortcut in your desktop settings to open the log dialog from anywhere.</source>
        <translation>Tastatur: Legen Sie in den Einstellungen Ihres Desktops ein Tastenkürzel für {command} fest, um das Erfassungsfenster von überall zu öffnen.</translation>
    </message>
</context>
<context>
    <name>AcknowledgmentPopup</name>
    <message>
        <source>Logged</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Add &amp;details…</source>
        <translation>&amp;Details ergänzen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Logged · stress {0}/10</source>
        <translation>Gespeichert · Stress {0}/10</translation>
    </message>
    <message>
        <source>Support line: {0}</source>
        <translation>Hilfetelefon: {0}</translation>
    </message>
    <message>
        <source>Removed. Nothing was kept.</source>
        <translation>Entfernt. Nichts wurde behalten.</translation>
    </message>
    <message>
        <source>&amp;Undo ({0})</source>
        <translation>&amp;Rückgängig ({0})</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Removes the call just logged; {0} seconds left</source>
        <translation>Entfernt das gerade erfasste Gespräch; noch {0} Sekunden</translation>
    </message>
</context>
<context>
    <name>AddSpanDialog</name>
    <message>
        <source>Add a call — Between Calls</source>
        <translation>Gespräch hinzufügen — Between Calls</translation>
    </message>
    <message>
        <source>Call started at</source>
        <translation>Gespräch begann um</translation>
    </message>
    <message>
        <source>Call ended at</source>
        <translation>Gespräch endete um</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Ends the &amp;next day</source>
        <translation>Endet am &amp;nächsten Tag</translation>
    </message>
    <message>
        <source>The call ended the next day</source>
        <translation>Das Gespräch endete am nächsten Tag</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add this call</source>
        <translation>Dieses Gespräch hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A call on {day} that detection missed or got wrong. It counts like a detected call and is marked as added by hand.</source>
        <translation>Ein Gespräch am {day}, das die Erkennung verpasst oder falsch erfasst hat. Es zählt wie ein erkanntes Gespräch und ist als von Hand hinzugefügt markiert.</translation>
    </message>
</context>
<context>
    <name>AfterCallNote</name>
    <message>
        <source>Call ended</source>
        <translation>Gespräch beendet</translation>
    </message>
    <message>
        <source>Tough one? &amp;Log it</source>
        <translation>Schwieriges Gespräch? &amp;Erfassen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation>Gespräch beendet.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>completely calm</source>
        <translation>völlig ruhig</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>worst distress imaginable</source>
        <translation>schlimmste vorstellbare Belastung</translation>
    </message>
    <message>
        <source>&amp;Log a tough call…</source>
        <translation>&amp;Schwieriges Gespräch erfassen…</translation>
    </message>
    <message>
        <source>Stress rating, what made it hard, an optional private note</source>
        <translation>Stresswert, was es schwer gemacht hat, eine private Notiz (optional)</translation>
    </message>
    <message>
        <source>{value} · {hint}</source>
        <translation>{value} · {hint}</translation>
    </message>
    <message>
        <source>Logs the call at once; add details from the acknowledgment</source>
        <translation>Erfasst das Gespräch sofort; Details können Sie in der Bestätigung ergänzen</translation>
    </message>
    <message>
        <source>&amp;Breathe…</source>
        <translation>&amp;Atmen…</translation>
    </message>
    <message>
        <source>A minute of calm breathing; long exhale is the default</source>
        <translation>Eine Minute ruhiges Atmen; langes Ausatmen ist voreingestellt</translation>
    </message>
    <message>
        <source>Relax &amp;muscles…</source>
        <translation>&amp;Muskeln entspannen…</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation; the desk version takes 2 minutes</source>
        <translation>Progressive Muskelentspannung; die Version für den Arbeitsplatz dauert 2 Minuten</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Your stress over time, insights, history, export and erase</source>
        <translation>Ihr Stress im Zeitverlauf, Erkenntnisse, Einträge, Export und Löschen</translation>
    </message>
    <message>
        <source>Log a tough call — rat&amp;ing only</source>
        <translation>Schwieriges Gespräch erfassen — nur &amp;Wert</translation>
    </message>
    <message>
        <source>S&amp;hare with my team…</source>
        <translation>Mit meinem &amp;Team teilen…</translation>
    </message>
    <message>
        <source>What sharing means, your opt-ins, and a preview of exactly what would be shared</source>
        <translation>Was Teilen bedeutet, Ihre Zustimmungen und eine Vorschau dessen, was genau geteilt würde</translation>
    </message>
    <message>
        <source>T&amp;eam view…</source>
        <translation>Teama&amp;nsicht…</translation>
    </message>
    <message>
        <source>For team leads: team figures from the opted-in summaries</source>
        <translation>Für Teamleitungen: Teamzahlen aus den freigegebenen Zusammenfassungen</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Between Calls</source>
        <translation>Ü&amp;ber Between Calls</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Last &amp;notice…</source>
        <translation>Letzter &amp;Hinweis…</translation>
    </message>
    <message>
        <source>Bring the newest card forward with keyboard focus (also: wellbeing notice)</source>
        <translation>Die neueste Karte mit Tastaturfokus nach vorn holen (auch: wellbeing notice)</translation>
    </message>
    <message>
        <source>On a &amp;call</source>
        <translation>Im &amp;Gespräch</translation>
    </message>
    <message>
        <source>While checked nothing pops up; prompts wait until you uncheck it</source>
        <translation>Solange aktiviert, erscheint nichts; Hinweise warten, bis Sie es wieder ausschalten</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Für &amp;30 Minuten</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <source>Until the &amp;end of this shift</source>
        <translation>Bis zum &amp;Ende dieser Schicht</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
</context>
<context>
    <name>AutoShareTimer</name>
    <message>
        <source>Your summary for {week} could not be shared: {error}</source>
        <translation>Ihre Zusammenfassung für {week} konnte nicht geteilt werden: {error}</translation>
    </message>
    <message>
        <source>Shared your summary for {week} with your team ({file}). Share with my team… shows exactly what it holds.</source>
        <translation>Ihre Zusammenfassung für {week} wurde mit Ihrem Team geteilt ({file}). „Mit meinem Team teilen…“ zeigt genau, was sie enthält.</translation>
    </message>
</context>
<context>
    <name>BetweenCallsApp</name>
    <message>
        <source>Reminders paused</source>
        <translation>Erinnerungen pausiert</translation>
    </message>
    <message>
        <source>Reminders resumed</source>
        <translation>Erinnerungen fortgesetzt</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy</source>
        <translation>Die Richtlinie Ihrer Organisation</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <extracomment>The GUI waits at most this long for another process&apos;s write lock, then keeps the call.</extracomment>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>some settings (defaults apply): {0}</source>
        <translation>einige Einstellungen (es gelten die Standardwerte): {0}</translation>
    </message>
    <message>
        <source>Between Calls is running, but this did not start: {0}. Logging calls and Quit work. Details are in the log file; restarting the app may help.</source>
        <translation>Between Calls läuft, aber dies ist nicht gestartet: {0}. Anrufe erfassen und Beenden funktionieren. Details stehen in der Protokolldatei; ein Neustart der App kann helfen.</translation>
    </message>
    <message>
        <source>Your call is saved, but today&apos;s backup could not be written: {0}</source>
        <translation>Ihr Anruf ist gespeichert, aber die heutige Sicherung konnte nicht geschrieben werden: {0}</translation>
    </message>
    <message>
        <source>Your journal file (entries are kept in memory until restart)</source>
        <translation>Ihre Journaldatei (Einträge bleiben bis zum Neustart im Speicher)</translation>
    </message>
    <message>
        <source>Your journal file was damaged.</source>
        <translation>Ihre Journaldatei war beschädigt.</translation>
    </message>
    <message>
        <source>Your journal file was empty (0 bytes).</source>
        <translation>Ihre Journaldatei war leer (0 Byte).</translation>
    </message>
    <message>
        <source>Your journal file was missing.</source>
        <translation>Ihre Journaldatei fehlte.</translation>
    </message>
    <message>
        <source>It was kept as {copy}.</source>
        <translation>Sie wurde als {copy} aufbewahrt.</translation>
    </message>
    <message>
        <source>No good backup existed, so a new journal was started.</source>
        <translation>Es gab keine intakte Sicherung, daher wurde ein neues Journal begonnen.</translation>
    </message>
    <message>
        <source>The backup {backup} was restored.</source>
        <translation>Die Sicherung {backup} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Entries made since that backup are not in it: they are in {copy}.</source>
        <translation>Einträge seit dieser Sicherung fehlen darin: Sie stehen in {copy}.</translation>
    </message>
    <message>
        <source>Entries made since that backup could not be found.</source>
        <translation>Einträge seit dieser Sicherung wurden nicht gefunden.</translation>
    </message>
    <message>
        <source>A leftover write-ahead log was kept, not applied, as {name}.</source>
        <translation>Ein übrig gebliebenes Write-Ahead-Log wurde nicht angewendet, sondern als {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>The journal cannot be opened: {reason}</source>
        <translation>Das Journal kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{0} could not start; the details are in the log file. Quit and start it again, or see the README.</source>
        <translation>{0} konnte nicht starten; die Einzelheiten stehen in der Protokolldatei. Beenden Sie die App und starten Sie sie erneut, oder lesen Sie die README.</translation>
    </message>
    <message>
        <source>Notices from the keyboard</source>
        <translation>Hinweise über die Tastatur</translation>
    </message>
    <message>
        <source>Breathing and muscle relaxation</source>
        <translation>Atmung und Muskelentspannung</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Reminders, call detection and Settings</source>
        <translation>Erinnerungen, Anruferkennung und Einstellungen</translation>
    </message>
    <message>
        <source>Team sharing</source>
        <translation>Teilen mit dem Team</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>First-start window</source>
        <extracomment>Remembered once the first-start window was finished or skipped (never shown again by itself).</extracomment>
        <translation>Willkommensfenster</translation>
    </message>
    <message>
        <source>Sensed workload</source>
        <translation>Erfasste Arbeitslast</translation>
    </message>
</context>
<context>
    <name>BreathingSetupPanel</name>
    <message>
        <source>Custom…</source>
        <translation>Eigenes…</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> Zyklen</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Custom in seconds</source>
        <translation>Eigenes Einatmen in Sekunden</translation>
    </message>
    <message>
        <source>Custom hold seconds</source>
        <translation>Eigenes Halten in Sekunden</translation>
    </message>
    <message>
        <source>Custom out seconds</source>
        <translation>Eigenes Ausatmen in Sekunden</translation>
    </message>
    <message>
        <source>Custom rest seconds</source>
        <translation>Eigene Pause in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigenes</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) · {duration}</source>
        <translation>
            <numerusform>%n Zyklus · {duration}</numerusform>
            <numerusform>%n Zyklen · {duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n cycle(s)</source>
        <translation>
            <numerusform>höchstens %n Zyklus</numerusform>
            <numerusform>höchstens %n Zyklen</numerusform>
        </translation>
    </message>
    <message>
        <source>your own pattern</source>
        <translation>Ihr eigenes Muster</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>{phase}: {seconds} s is outside {low}–{high} s.</source>
        <translation>{phase}: {seconds} s liegt außerhalb von {low}–{high} s.</translation>
    </message>
</context>
<context>
    <name>BreathingShape</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <source>Breathe — Between Calls</source>
        <translation>Atmen — Between Calls</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>No growing shape: a steady bar and text instead. On automatically when your desktop asks for less motion.</source>
        <translation>Keine wachsende Form, sondern ein ruhiger Balken und Text. Schaltet sich automatisch ein, wenn Ihr Desktop weniger Bewegung wünscht.</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>Phasen ansagen</translation>
    </message>
    <message>
        <source>Says “Breathe in”, “Hold”, “Breathe out” through your computer&apos;s speech engine</source>
        <translation>Sagt „Einatmen“, „Halten“, „Ausatmen“ über die Sprachausgabe des Computers</translation>
    </message>
    <message>
        <source>Seconds through this phase</source>
        <translation>Sekunden in dieser Phase</translation>
    </message>
    <message>
        <source>%p% of the session</source>
        <translation>%p% der Übung</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Übung</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Stopp (Esc)</translation>
    </message>
    <message>
        <source>Speak the phases (no speech engine: text only)</source>
        <translation>Phasen ansagen (keine Sprachausgabe: nur Text)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Paused · {step}</source>
        <translation>Pausiert · {step}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>getting ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>breath {index} of {total}</source>
        <translation>Atemzug {index} von {total}</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
</context>
<context>
    <name>CallsHeatMap</name>
    <message>
        <source>Calls handled by hour and weekday</source>
        <translation>Bearbeitete Gespräche nach Stunde und Wochentag</translation>
    </message>
    <message>
        <source>No calls handled in this range.</source>
        <translation>In diesem Zeitraum keine bearbeiteten Gespräche.</translation>
    </message>
    <message numerus="yes">
        <source>{filled} of {total} hour slots have calls; the busiest is {weekday} {hour} with %n call(s).</source>
        <translation>
            <numerusform>{filled} von {total} Stunden haben Gespräche; am meisten los ist {weekday} {hour} mit %n Gespräch.</numerusform>
            <numerusform>{filled} von {total} Stunden haben Gespräche; am meisten los ist {weekday} {hour} mit %n Gesprächen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: no calls</source>
        <translation>{when}: keine Gespräche</translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n call(s) handled</source>
        <translation>
            <numerusform>{when}: %n Gespräch bearbeitet</numerusform>
            <numerusform>{when}: %n Gespräche bearbeitet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardFeature</name>
    <message>
        <source>Nothing to undo: Undo is offered for 10 seconds after logging.</source>
        <translation>Nichts rückgängig zu machen: Rückgängig wird 10 Sekunden lang nach dem Erfassen angeboten.</translation>
    </message>
    <message>
        <source>No notice to show: nothing has popped up since you last closed one.</source>
        <translation>Kein Hinweis vorhanden: Seit Sie den letzten geschlossen haben, ist nichts erschienen.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show “{0}” as a table</source>
        <translation>„{0}“ als Tabelle zeigen</translation>
    </message>
    <message>
        <source>{0} — table</source>
        <translation>{0} — Tabelle</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Export as {format}</source>
        <extracomment>``(format, suggested name) -&gt; chosen path or None``; a file dialog unless tests inject one.</extracomment>
        <translation>Als {format} exportieren</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>{format}-Dateien (*.{extension})</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Every field of every call you logged, notes included, and the detected call times in a second file beside it. Keep the files somewhere private.</source>
        <translation>Jedes Feld jedes erfassten Gesprächs, einschließlich der Notizen, und die erkannten Gesprächszeiten in einer zweiten Datei daneben. Bewahren Sie die Dateien an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Erase all my data…</source>
        <translation>Alle meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>Your journal lives in {folder}.</source>
        <translation>Ihr Journal liegt in {folder}.</translation>
    </message>
    <message>
        <source>Could not export to {target}: {error}.</source>
        <translation>Export nach {target} nicht möglich: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to {target}.</source>
        <translation>
            <numerusform>%n Gespräch nach {target} exportiert.</numerusform>
            <numerusform>%n Gespräche nach {target} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detected call times: %n span(s) in {target}.</source>
        <translation>
            <numerusform>Erkannte Gesprächszeiten: %n Zeitraum in {target}.</numerusform>
            <numerusform>Erkannte Gesprächszeiten: %n Zeiträume in {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is {path}.</source>
        <translation>Die Datei ist {path}.</translation>
    </message>
    <message>
        <source>Could not erase everything: {error}. Nothing else changed.</source>
        <translation>Nicht alles konnte gelöscht werden: {error}. Sonst wurde nichts verändert.</translation>
    </message>
    <message numerus="yes">
        <source>Erased. Removed %n file(s) and folder(s); you are starting again with an empty journal.</source>
        <translation>
            <numerusform>Gelöscht. %n Datei oder Ordner entfernt; Sie beginnen neu mit einem leeren Journal.</numerusform>
            <numerusform>Gelöscht. %n Dateien und Ordner entfernt; Sie beginnen neu mit einem leeren Journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayWords</name>
    <message>
        <source>{day}: no entries</source>
        <translation>{day}: keine Einträge</translation>
    </message>
    <message>
        <source>7-day mean {mean}</source>
        <translation>7-Tage-Mittel {mean}</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s), mean stress {mean} · 7-day mean {rolling}</source>
        <translation>
            <numerusform>{day}: %n Gespräch, mittlerer Stress {mean} · 7-Tage-Mittel {rolling}</numerusform>
            <numerusform>{day}: %n Gespräche, mittlerer Stress {mean} · 7-Tage-Mittel {rolling}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDataDialog</name>
    <message>
        <source>Erase all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>ERASE</source>
        <comment>the word the agent types to confirm erasing: one word, capitals, easy to type on that language&apos;s keyboard</comment>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>&lt;b&gt;This deletes everything you have logged&lt;/b&gt;: every call, note, exercise, check-in, detected call time and setting, and the daily backups.</source>
        <translation>&lt;b&gt;Damit wird alles gelöscht, was Sie erfasst haben&lt;/b&gt;: jedes Gespräch, jede Notiz, jede Übung, jede Abfrage, jede erkannte Gesprächszeit und jede Einstellung sowie die täglichen Sicherungen.</translation>
    </message>
    <message>
        <source>It cannot be undone. If you might want your history later, export it first (Cancel, then Export).</source>
        <translation>Das lässt sich nicht rückgängig machen. Wenn Sie Ihren Verlauf später vielleicht noch brauchen, exportieren Sie ihn vorher (Abbrechen, dann Export).</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Geben Sie {word} ein, um zu bestätigen</translation>
    </message>
    <message>
        <source>To erase everything now, type {word} below.</source>
        <translation>Um jetzt alles zu löschen, geben Sie unten {word} ein.</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Alles löschen</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Something went wrong ({error}). It was logged; the app keeps running.</source>
        <translation>Etwas ist schiefgegangen ({error}). Es wurde protokolliert; die App läuft weiter.</translation>
    </message>
</context>
<context>
    <name>ExerciseCues</name>
    <message>
        <source>Now.</source>
        <translation>Jetzt.</translation>
    </message>
    <message>
        <source>And relax.</source>
        <translation>Und loslassen.</translation>
    </message>
    <message>
        <source>Let go.</source>
        <translation>Lassen Sie los.</translation>
    </message>
    <message>
        <source>Rest quietly.</source>
        <translation>Ruhen Sie sich aus.</translation>
    </message>
</context>
<context>
    <name>ExerciseRatingPanel</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Carry on without a rating (the digit keys 0–9 also answer)</source>
        <translation>Ohne Bewertung weitermachen (die Zifferntasten 0–9 antworten auch)</translation>
    </message>
    <message>
        <source>Click a number, or press 0–9. Your ratings show what helps you.</source>
        <translation>Klicken Sie auf eine Zahl oder drücken Sie 0–9. Ihre Bewertungen zeigen, was Ihnen hilft.</translation>
    </message>
</context>
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Skip and start</source>
        <translation>Überspringen und starten</translation>
    </message>
    <message>
        <source>Choose another exercise…</source>
        <translation>Andere Übung wählen…</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Keep on top</source>
        <translation>Im Vordergrund halten</translation>
    </message>
    <message>
        <source>Keep this window above others (handy on small screens)</source>
        <translation>Dieses Fenster über anderen halten (praktisch auf kleinen Bildschirmen)</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Klangsignal</translation>
    </message>
    <message>
        <source>A soft chime at each change of phase</source>
        <translation>Ein leiser Ton bei jedem Phasenwechsel</translation>
    </message>
    <message>
        <source>Before you start: how stressed do you feel right now?</source>
        <translation>Bevor Sie beginnen: Wie gestresst fühlen Sie sich gerade?</translation>
    </message>
    <message>
        <source>And now, how stressed do you feel?</source>
        <translation>Und jetzt: Wie gestresst fühlen Sie sich?</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Noch eine Runde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sound cue (no audio device: silent)</source>
        <translation>Klangsignal (kein Audiogerät: stumm)</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>Stopped — that&apos;s fine.</source>
        <translation>Beendet — das ist in Ordnung.</translation>
    </message>
    <message>
        <source>Saved in your journal · stress {before} → {after}.</source>
        <translation>In Ihrem Journal gespeichert · Stress {before} → {after}.</translation>
    </message>
</context>
<context>
    <name>FallbackPanel</name>
    <message>
        <source>No system tray was found on this desktop, so Between Calls lives in this small panel.</source>
        <translation>Auf diesem Desktop wurde kein Infobereich gefunden, deshalb wohnt Between Calls in diesem kleinen Fenster.</translation>
    </message>
</context>
<context>
    <name>HeatMapKey</name>
    <message>
        <source>calm (0)</source>
        <translation>ruhig (0)</translation>
    </message>
    <message>
        <source>moderate (5)</source>
        <translation>mittel (5)</translation>
    </message>
    <message>
        <source>very tense (10)</source>
        <translation>sehr angespannt (10)</translation>
    </message>
    <message>
        <source>outline only: no calls</source>
        <translation>nur Rahmen: keine Gespräche</translation>
    </message>
    <message>
        <source>Colour key, mean stress:</source>
        <translation>Farbschlüssel, mittlere Belastung:</translation>
    </message>
    <message>
        <source>Colour key: </source>
        <translation>Farbschlüssel: </translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>Stress by hour and weekday</source>
        <translation>Stress nach Stunde und Wochentag</translation>
    </message>
    <message>
        <source>{filled} of {total} hour slots have entries.</source>
        <translation>{filled} von {total} Stundenfeldern haben Einträge.</translation>
    </message>
    <message>
        <source>{when}: no entries</source>
        <translation>{when}: keine Einträge</translation>
    </message>
    <message numerus="yes">
        <source>{when}: mean stress {mean} over %n call(s)</source>
        <translation>
            <numerusform>{when}: mittlerer Stress {mean} bei %n Gespräch</numerusform>
            <numerusform>{when}: mittlerer Stress {mean} bei %n Gesprächen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>When (local)</source>
        <translation>Wann (Ortszeit)</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>What made it hard</source>
        <translation>Was es schwer gemacht hat</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>History of logged calls</source>
        <translation>Verlauf der erfassten Gespräche</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry (Del); you can undo it</source>
        <translation>Den ausgewählten Eintrag löschen (Entf); Sie können es rückgängig machen</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr anzeigen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s)</source>
        <translation>
            <numerusform>{shown} von %n Eintrag</numerusform>
            <numerusform>{shown} von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>ended for abuse</source>
        <translation>wegen Beleidigung beendet</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Could not save: {error}. Your changes are still here.</source>
        <translation>Speichern nicht möglich: {error}. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Deleted the entry of {when} (stress {stress}).</source>
        <translation>Eintrag vom {when} gelöscht (Stress {stress}).</translation>
    </message>
</context>
<context>
    <name>InsightText</name>
    <message numerus="yes">
        <source>Your stress has been rising over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation>
            <numerusform>Ihr Stress ist in den letzten 4 Wochen gestiegen: um etwa {slope} Punkte pro Woche (Theil–Sen-Steigung über %n Tag mit Einträgen; Mann–Kendall p = {p}).</numerusform>
            <numerusform>Ihr Stress ist in den letzten 4 Wochen gestiegen: um etwa {slope} Punkte pro Woche (Theil–Sen-Steigung über %n Tage mit Einträgen; Mann–Kendall p = {p}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress has been easing over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation>
            <numerusform>Ihr Stress hat in den letzten 4 Wochen nachgelassen: um etwa {slope} Punkte pro Woche (Theil–Sen-Steigung über %n Tag mit Einträgen; Mann–Kendall p = {p}).</numerusform>
            <numerusform>Ihr Stress hat in den letzten 4 Wochen nachgelassen: um etwa {slope} Punkte pro Woche (Theil–Sen-Steigung über %n Tage mit Einträgen; Mann–Kendall p = {p}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hardest hour is {start}–{end}: mean stress {mean} over {calls} calls, against {overall} across all {overall_calls} calls in this range.</source>
        <translation>Ihre schwierigste Stunde ist {start}–{end}: mittlerer Stress {mean} bei {calls} Gesprächen, gegenüber {overall} bei allen {overall_calls} Gesprächen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{weekday} is your hardest day: mean stress {mean} over {calls} calls, against {overall} overall.</source>
        <translation>{weekday} ist Ihr schwierigster Tag: mittlerer Stress {mean} bei {calls} Gesprächen, gegenüber {overall} insgesamt.</translation>
    </message>
    <message numerus="yes">
        <source>{exercise} lowers your rating most: from {before} to {after} on average ({change} points) over %n session(s).</source>
        <translation>
            <numerusform>{exercise} senkt Ihren Wert am stärksten: im Mittel von {before} auf {after} ({change} Punkte) über %n Übung.</numerusform>
            <numerusform>{exercise} senkt Ihren Wert am stärksten: im Mittel von {before} auf {after} ({change} Punkte) über %n Übungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your weekly stress check-in has been 4 or 5 for %n week(s) in a row (latest: {score} on {day}). That is a lot to carry. It may help to talk to someone you trust, your supervisor, or your employee assistance line.</source>
        <translation>
            <numerusform>Ihre wöchentliche Stressfrage lag %n Woche in Folge bei 4 oder 5 (zuletzt: {score} am {day}). Das ist viel zu tragen. Es kann helfen, mit jemandem zu sprechen, dem Sie vertrauen, mit Ihrer Teamleitung oder mit Ihrer Mitarbeiterberatung.</numerusform>
            <numerusform>Ihre wöchentliche Stressfrage lag %n Wochen in Folge bei 4 oder 5 (zuletzt: {score} am {day}). Das ist viel zu tragen. Es kann helfen, mit jemandem zu sprechen, dem Sie vertrauen, mit Ihrer Teamleitung oder mit Ihrer Mitarbeiterberatung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress is higher after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call(s).</source>
        <translation>
            <numerusform>Ihr Stress ist nach Serien von {length}+ Gesprächen ohne Pause höher: {after} gegenüber {otherwise} bei %n Gespräch.</numerusform>
            <numerusform>Ihr Stress ist nach Serien von {length}+ Gesprächen ohne Pause höher: {after} gegenüber {otherwise} bei %n Gesprächen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress is lower after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call(s).</source>
        <translation>
            <numerusform>Ihr Stress ist nach Serien von {length}+ Gesprächen ohne Pause niedriger: {after} gegenüber {otherwise} bei %n Gespräch.</numerusform>
            <numerusform>Ihr Stress ist nach Serien von {length}+ Gesprächen ohne Pause niedriger: {after} gegenüber {otherwise} bei %n Gesprächen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFlowController</name>
    <message>
        <source>Could not save: {error}. Your entry is still here.</source>
        <extracomment>How often calls kept in memory are tried again (the journal was locked or its folder gone).</extracomment>
        <translation>Speichern nicht möglich: {error}. Ihr Eintrag ist noch da.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n kept entry(s).</source>
        <translation>
            <numerusform>%n aufbewahrter Eintrag gespeichert.</numerusform>
            <numerusform>%n aufbewahrte Einträge gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: {problem} Your entry is kept and will be saved as soon as the journal can take it (%n waiting).</source>
        <translation>
            <numerusform>Noch nicht gespeichert: {problem} Ihr Eintrag wird aufbewahrt und gespeichert, sobald das Journal ihn aufnehmen kann (%n wartet).</numerusform>
            <numerusform>Noch nicht gespeichert: {problem} Ihr Eintrag wird aufbewahrt und gespeichert, sobald das Journal ihn aufnehmen kann (%n warten).</numerusform>
        </translation>
    </message>
    <message>
        <source>{app} · no tough calls logged today</source>
        <translation>{app} · heute kein schwieriges Gespräch erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) today · avg {mean}</source>
        <translation>
            <numerusform>%n schwieriges Gespräch heute · Mittel {mean}</numerusform>
            <numerusform>%n schwierige Gespräche heute · Mittel {mean}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferWords</name>
    <message numerus="yes">
        <source>Take %n second(s)?</source>
        <translation>
            <numerusform>Nehmen Sie sich %n Sekunde?</numerusform>
            <numerusform>Nehmen Sie sich %n Sekunden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n minute(s)?</source>
        <translation>
            <numerusform>Nehmen Sie sich %n Minute?</numerusform>
            <numerusform>Nehmen Sie sich %n Minuten?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PmrWindow</name>
    <message>
        <source>Relax muscles — Between Calls</source>
        <extracomment>Steps said in bold: the words carry the meaning, so no colour is needed (high contrast).</extracomment>
        <translation>Muskeln entspannen — Between Calls</translation>
    </message>
    <message>
        <source>Before you start:</source>
        <translation>Bevor Sie beginnen:</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Schritte vorlesen</translation>
    </message>
    <message>
        <source>Spoken guidance through your computer&apos;s speech engine</source>
        <translation>Gesprochene Anleitung über die Sprachausgabe Ihres Computers</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Sit comfortably. Tense firmly but never to pain; skip any group that hurts (S).</source>
        <translation>Setzen Sie sich bequem hin. Fest anspannen, aber nie bis zum Schmerz; lassen Sie jede Gruppe aus, die wehtut (S).</translation>
    </message>
    <message>
        <source>%p% of the script</source>
        <translation>%p% des Ablaufs</translation>
    </message>
    <message>
        <source>Progress through the script</source>
        <translation>Fortschritt im Ablauf</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Skip group (S)</source>
        <translation>Gruppe überspringen (S)</translation>
    </message>
    <message>
        <source>Skip this group, for example an injured or painful area</source>
        <translation>Diese Gruppe überspringen, zum Beispiel eine verletzte oder schmerzende Stelle</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Stopp (Esc)</translation>
    </message>
    <message>
        <source>shortened</source>
        <comment>word looked for in a script&apos;s summary</comment>
        <translation>verkürzt</translation>
    </message>
    <message>
        <source>(shortened form)</source>
        <translation>(verkürzte Form)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Group {index} of {total}</source>
        <translation>Gruppe {index} von {total}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Paused · {step}</source>
        <translation>Pausiert · {step}</translation>
    </message>
    <message>
        <source>Speak the steps (no speech engine: text only)</source>
        <translation>Schritte vorlesen (keine Sprachausgabe: nur Text)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a tough call</source>
        <translation>Schwieriges Gespräch erfassen</translation>
    </message>
    <message>
        <source>How stressed do you feel right now? (keys 0–9; 1 then 0 for 10)</source>
        <translation>Wie gestresst fühlen Sie sich gerade? (Tasten 0–9; 1 und dann 0 für 10)</translation>
    </message>
    <message>
        <source>What made it hard? (any that apply)</source>
        <translation>Was hat es schwer gemacht? (alles Zutreffende)</translation>
    </message>
    <message>
        <source>Private note (optional, stays on this computer)</source>
        <translation>Private Notiz (optional, bleibt auf diesem Computer)</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Optional, stays on this computer; Enter saves, Shift+Enter makes a new line</source>
        <translation>Optional, bleibt auf diesem Computer; Eingabe speichert, Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Add details to the call you logged</source>
        <translation>Details zum erfassten Gespräch ergänzen</translation>
    </message>
    <message>
        <source>Pick a stress rating from 0 to 10 first (press a digit key).</source>
        <translation>Wählen Sie zuerst einen Stresswert von 0 bis 10 (mit einer Zifferntaste).</translation>
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
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Policy file: {origin}</source>
        <translation>Richtliniendatei: {origin}</translation>
    </message>
    <message>
        <source>Your data stays on this computer unless you opt in to sharing.</source>
        <translation>Ihre Daten bleiben auf diesem Computer, solange Sie nicht dem Teilen zustimmen.</translation>
    </message>
    <message>
        <source>on a call — reminders wait</source>
        <translation>im Gespräch — Erinnerungen warten</translation>
    </message>
    <message>
        <source>reminders paused until {time}</source>
        <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n tough call(s), avg {mean}</source>
        <translation>
            <numerusform>Heute: %n schwieriges Gespräch, Mittel {mean}</numerusform>
            <numerusform>Heute: %n schwierige Gespräche, Mittel {mean}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: no tough calls logged</source>
        <translation>Heute: kein schwieriges Gespräch erfasst</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>&amp;Breathe for a minute</source>
        <extracomment>The instrument&apos;s order: the WHO-5 form lists &quot;All of the time&quot; (5) first.</extracomment>
        <translation>Eine Minute &amp;atmen</translation>
    </message>
    <message>
        <source>&amp;Start a 1-minute reset</source>
        <translation>Eine Minute &amp;zur Ruhe kommen</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation>In 10 Min. &amp;erinnern</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Good night</source>
        <translation>&amp;Gute Nacht</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>{0} ({1} of 5)
{2}</source>
        <translation>{0} ({1} von 5)
{2}</translation>
    </message>
    <message>
        <source>The WHO-5 is shown in English: its official wording in your language has not been verified yet.</source>
        <translation>Der WHO-5 wird auf Englisch gezeigt: Sein offizieller Wortlaut in Ihrer Sprache ist noch nicht geprüft.</translation>
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
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>completely calm</source>
        <translation>völlig ruhig</translation>
    </message>
    <message>
        <source>worst distress imaginable</source>
        <translation>schlimmste vorstellbare Belastung</translation>
    </message>
</context>
<context>
    <name>SettingEditor</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>{0} auswählen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Choose &amp;days and times…</source>
        <translation>&amp;Tage und Zeiten wählen…</translation>
    </message>
    <message>
        <source>Choose shift days and times</source>
        <translation>Schichttage und -zeiten wählen</translation>
    </message>
    <message>
        <source>How the app reads your shifts</source>
        <translation>So liest die App Ihre Schichten</translation>
    </message>
    <message>
        <source>Reads as: {0}</source>
        <translation>Bedeutet: {0}</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Gesperrt.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Shifts</source>
        <extracomment>The dialog&apos;s tabs, in order; each setting names its page by one of these constants. &quot;system&quot; follows the desktop; the others are the shipped languages (``SHIPPED_LANGUAGES``).</extracomment>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Days and hours you work, e.g. &apos;mon-fri 09:00-17:30&apos; or &apos;mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00&apos;. Reminders only come inside a shift.</source>
        <translation>Tage und Uhrzeiten, an denen Sie arbeiten, z. B. &apos;mon-fri 09:00-17:30&apos; oder &apos;mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00&apos;. Erinnerungen kommen nur während einer Schicht.</translation>
    </message>
    <message>
        <source>Micro-break nudges</source>
        <translation>Hinweise auf Mikropausen</translation>
    </message>
    <message>
        <source>A gentle nudge to stand, stretch or look away, every few minutes of shift. Off by default.</source>
        <translation>Ein sanfter Hinweis, alle paar Minuten der Schicht aufzustehen, sich zu strecken oder wegzuschauen. Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Nudge every (minutes)</source>
        <translation>Hinweis alle (Minuten)</translation>
    </message>
    <message>
        <source>Minutes of shift between micro-break nudges (30–180).</source>
        <translation>Minuten der Schicht zwischen Hinweisen auf Mikropausen (30–180).</translation>
    </message>
    <message>
        <source>Mid-shift pulse</source>
        <translation>Kurze Abfrage zur Schichtmitte</translation>
    </message>
    <message>
        <source>Halfway through a shift, one tap: how are you, 0–10? Optional.</source>
        <translation>In der Mitte einer Schicht ein Klick: Wie geht es Ihnen, 0–10? Freiwillig.</translation>
    </message>
    <message>
        <source>End-of-shift wind-down</source>
        <translation>Ausklang am Schichtende</translation>
    </message>
    <message>
        <source>At the end of a shift: today in one line, an exercise and a leave-work-at-work note.</source>
        <translation>Am Ende einer Schicht: der Tag in einer Zeile, eine Übung und ein Hinweis, die Arbeit bei der Arbeit zu lassen.</translation>
    </message>
    <message>
        <source>Weekly stress question</source>
        <translation>Wöchentliche Stressfrage</translation>
    </message>
    <message>
        <source>Once a week at the end of your shift: &apos;These days, how stressed do you feel?&apos; 1–5 (Elo et al. 2003). Seen by you only.</source>
        <translation>Einmal pro Woche am Ende Ihrer Schicht: „Wie gestresst fühlen Sie sich in letzter Zeit?“ 1–5 (Elo et al. 2003). Nur Sie sehen die Antwort.</translation>
    </message>
    <message>
        <source>Weekly check-in day</source>
        <translation>Tag der wöchentlichen Abfrage</translation>
    </message>
    <message>
        <source>The day the weekly question (and WHO-5) comes, at the end of that day&apos;s last shift. Pick a day you work.</source>
        <translation>Der Tag, an dem die wöchentliche Frage (und der WHO-5) kommt, am Ende der letzten Schicht dieses Tages. Wählen Sie einen Arbeitstag.</translation>
    </message>
    <message>
        <source>WHO-5 every two weeks</source>
        <translation>WHO-5 alle zwei Wochen</translation>
    </message>
    <message>
        <source>The WHO-5 Well-Being Index, five short items, every second week. Stays on this computer and is never shared.</source>
        <translation>Der WHO-5-Fragebogen zum Wohlbefinden, fünf kurze Fragen, jede zweite Woche. Bleibt auf diesem Computer und wird nie geteilt.</translation>
    </message>
    <message>
        <source>After-call &apos;Tough one?&apos; note</source>
        <translation>Hinweis „Schwieriges Gespräch?“ nach dem Anruf</translation>
    </message>
    <message>
        <source>After a call ends, a small note near the tray for 8 seconds; one click opens the log dialog.</source>
        <translation>Nach dem Ende eines Anrufs ein kleiner Hinweis beim Infobereich für 8 Sekunden; ein Klick öffnet das Erfassungsfenster.</translation>
    </message>
    <message>
        <source>Detect calls from the microphone</source>
        <translation>Gespräche am Mikrofon erkennen</translation>
    </message>
    <message>
        <source>While the microphone is in use nothing pops up and prompts wait until the call ends.</source>
        <translation>Solange das Mikrofon benutzt wird, erscheint nichts, und Hinweise warten, bis das Gespräch endet.</translation>
    </message>
    <message>
        <source>Softphone window title</source>
        <translation>Fenstertitel des Softphones</translation>
    </message>
    <message>
        <source>Also treat you as on a call while a window whose title contains this text is in front (e.g. &apos;Genesys&apos;). Empty = off.</source>
        <translation>Gilt auch als Gespräch, solange ein Fenster im Vordergrund ist, dessen Titel diesen Text enthält (z. B. &apos;Genesys&apos;). Leer = aus.</translation>
    </message>
    <message>
        <source>Check for calls every (seconds)</source>
        <translation>Auf Gespräche prüfen alle (Sekunden)</translation>
    </message>
    <message>
        <source>How often to check for a call during a shift (2–30). Outside shifts nothing is checked.</source>
        <translation>Wie oft während einer Schicht auf ein Gespräch geprüft wird (2–30). Außerhalb der Schichten wird nichts geprüft.</translation>
    </message>
    <message>
        <source>Record when calls start and end</source>
        <translation>Beginn und Ende von Gesprächen aufzeichnen</translation>
    </message>
    <message>
        <source>During a shift, note when each detected call starts and ends, on this computer only, to show calls handled, talk time and back-to-back runs. Off: nothing is recorded.</source>
        <translation>Während einer Schicht festhalten, wann jedes erkannte Gespräch beginnt und endet, nur auf diesem Computer, um bearbeitete Gespräche, Gesprächszeit und Gespräche ohne Pause zu zeigen. Aus: Es wird nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Shortest call (seconds)</source>
        <translation>Kürzestes Gespräch (Sekunden)</translation>
    </message>
    <message>
        <source>Detected calls shorter than this are kept but not counted as calls: a microphone test, a voice note (0–300).</source>
        <translation>Erkannte Gespräche, die kürzer sind, werden behalten, aber nicht als Gespräch gezählt: ein Mikrofontest, eine Sprachnotiz (0–300).</translation>
    </message>
    <message>
        <source>Back to back under (seconds)</source>
        <translation>Direkt aufeinander unter (Sekunden)</translation>
    </message>
    <message>
        <source>A call that starts less than this after the previous one ended counts as back to back (5–300).</source>
        <translation>Ein Gespräch, das weniger als diese Zeit nach dem Ende des vorigen beginnt, zählt als direkt aufeinanderfolgend (5–300).</translation>
    </message>
    <message>
        <source>A break between calls is at least (seconds)</source>
        <translation>Eine Pause zwischen Gesprächen dauert mindestens (Sekunden)</translation>
    </message>
    <message>
        <source>A gap at least this long ends a run of calls (10–1800; 180 = 3 minutes).</source>
        <translation>Eine Lücke von mindestens dieser Länge beendet eine Folge von Gesprächen (10–1800; 180 = 3 Minuten).</translation>
    </message>
    <message>
        <source>Suggest a reset after tough calls</source>
        <translation>Nach schwierigen Gesprächen eine Pause vorschlagen</translation>
    </message>
    <message>
        <source>When several tough calls come close together, offer a one-minute reset exercise.</source>
        <translation>Wenn mehrere schwierige Gespräche dicht aufeinander folgen, wird eine einminütige Übung angeboten.</translation>
    </message>
    <message>
        <source>Tough calls in a row</source>
        <translation>Schwierige Gespräche in Folge</translation>
    </message>
    <message>
        <source>How many logged calls within the window suggest a reset (2–10).</source>
        <translation>Wie viele erfasste Gespräche innerhalb des Zeitfensters eine Pause nahelegen (2–10).</translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation>Innerhalb von (Minuten)</translation>
    </message>
    <message>
        <source>The window for counting tough calls (10–240 minutes).</source>
        <translation>Das Zeitfenster, in dem schwierige Gespräche gezählt werden (10–240 Minuten).</translation>
    </message>
    <message>
        <source>Suggest a reset after a long run of calls</source>
        <translation>Nach einer langen Folge von Gesprächen eine Pause vorschlagen</translation>
    </message>
    <message>
        <source>After many calls without a break, the next gap between calls offers a one-minute reset exercise.</source>
        <translation>Nach vielen Gesprächen ohne Pause bietet die nächste Lücke zwischen zwei Gesprächen eine einminütige Übung an.</translation>
    </message>
    <message>
        <source>Calls in a run</source>
        <translation>Gespräche in Folge</translation>
    </message>
    <message>
        <source>How many calls without a break earn a reset (3–40).</source>
        <translation>Wie viele Gespräche ohne Pause eine Übung nahelegen (3–40).</translation>
    </message>
    <message>
        <source>Or minutes in a run</source>
        <translation>Oder Minuten in Folge</translation>
    </message>
    <message>
        <source>How many minutes of calls without a break earn a reset (20–480).</source>
        <translation>Wie viele Minuten Gespräche ohne Pause eine Übung nahelegen (20–480).</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Hilfetelefon</translation>
    </message>
    <message>
        <source>Your employee assistance (EAP) line, shown after a serious call.</source>
        <translation>Die Nummer Ihrer Mitarbeiterberatung (EAP), angezeigt nach einem ernsten Gespräch.</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Teamordner</translation>
    </message>
    <message>
        <source>Where opted-in weekly summaries are written (a shared or synced folder). Empty = nothing is ever written.</source>
        <translation>Wohin freigegebene Wochenzusammenfassungen geschrieben werden (ein geteilter oder synchronisierter Ordner). Leer = es wird nie etwas geschrieben.</translation>
    </message>
    <message>
        <source>Share anonymously</source>
        <translation>Anonym teilen</translation>
    </message>
    <message>
        <source>Count toward team figures only: your summary is sealed so that only the aggregator set by IT can open it, and your lead sees team figures only. Offered only when the policy names an aggregator.</source>
        <translation>Zählt nur für Teamwerte: Ihre Zusammenfassung wird versiegelt, sodass nur der von der IT bestimmte Aggregator sie öffnen kann; Ihre Teamleitung sieht nur Teamwerte. Nur verfügbar, wenn die Richtlinie einen Aggregator nennt.</translation>
    </message>
    <message>
        <source>Once you opted in, last week&apos;s summary is written for you early each week (a week that began before you opted in is never shared on its own). Off: you share by hand from Share with my team… in the tray menu.</source>
        <translation>Sobald Sie zugestimmt haben, wird die Zusammenfassung der letzten Woche früh in jeder Woche für Sie geschrieben (eine Woche, die vor Ihrer Zustimmung begann, wird nie von selbst geteilt). Aus: Sie teilen selbst über „Mit meinem Team teilen…“ im Tray-Menü.</translation>
    </message>
    <message>
        <source>Aggregator public key</source>
        <translation>Öffentlicher Schlüssel des Aggregators</translation>
    </message>
    <message>
        <source>Aggregator</source>
        <translation>Aggregator</translation>
    </message>
    <message>
        <source>Who holds the aggregator&apos;s private key, e.g. &apos;Contoso IT service desk&apos;; shown to agents before they share.</source>
        <translation>Wer den privaten Schlüssel des Aggregators hat, z. B. &apos;Contoso IT-Servicedesk&apos;; wird vor dem Teilen angezeigt.</translation>
    </message>
    <message>
        <source>Enrollment (admin) public key</source>
        <translation>Öffentlicher Schlüssel für die Aufnahme (Admin)</translation>
    </message>
    <message>
        <source>The key that signs the roster of enrolled agents, as printed by &apos;wellbeing team admin-key&apos;. Only rostered agents are counted.</source>
        <translation>Der Schlüssel, der die Liste der aufgenommenen Agents signiert, wie von &apos;wellbeing team admin-key&apos; ausgegeben. Nur Agents auf der Liste werden gezählt.</translation>
    </message>
    <message>
        <source>Share with my name</source>
        <translation>Mit meinem Namen teilen</translation>
    </message>
    <message>
        <source>Your team lead may see your weekly summary for 1:1 support. Never notes, call times or check-in scores.</source>
        <translation>Ihre Teamleitung darf Ihre Wochenzusammenfassung für Einzelgespräche sehen. Niemals Notizen, Gesprächszeiten oder Werte aus Abfragen.</translation>
    </message>
    <message>
        <source>Share each week automatically</source>
        <translation>Jede Woche automatisch teilen</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>The name on a named summary.</source>
        <translation>Der Name auf einer namentlichen Zusammenfassung.</translation>
    </message>
    <message>
        <source>Minimum group size</source>
        <translation>Mindestgruppengröße</translation>
    </message>
    <message>
        <source>A team figure shows only when at least this many people contributed (5–1000).</source>
        <translation>Eine Teamzahl wird nur angezeigt, wenn mindestens so viele Personen beigetragen haben (5–1000).</translation>
    </message>
    <message>
        <source>Noise (epsilon)</source>
        <translation>Rauschen (Epsilon)</translation>
    </message>
    <message>
        <source>Laplace noise the aggregator adds once to each week&apos;s team figures; smaller = more noise; 0 = the aggregator&apos;s default of 1 (0, or 0.05–10).</source>
        <translation>Laplace-Rauschen, das der Aggregator einmal pro Woche zu den Teamwerten hinzufügt; kleiner = mehr Rauschen; 0 = Standardwert des Aggregators, 1 (0, oder 0,05–10).</translation>
    </message>
    <message>
        <source>The key anonymous summaries are sealed to, as printed by &apos;wellbeing team aggregator-key&apos; (set only by IT&apos;s policy). Empty = anonymous sharing is not offered.</source>
        <translation>Der Schlüssel, an den anonyme Zusammenfassungen versiegelt werden, wie von &apos;wellbeing team aggregator-key&apos; ausgegeben (nur die Richtlinie der IT setzt ihn). Leer = anonymes Teilen wird nicht angeboten.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of every window. Desktop language follows your computer; a change applies at once.</source>
        <translation>Die Sprache aller Fenster. „Sprache des Desktops“ folgt Ihrem Computer; eine Änderung gilt sofort.</translation>
    </message>
    <message>
        <source>Desktop language</source>
        <translation>Sprache des Desktops</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app} — Settings</source>
        <extracomment>Settings only a team lead needs; shown only where a team folder is set.</extracomment>
        <translation>{app} — Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>Only your organisation&apos;s IT policy sets this.</source>
        <translation>Nur die IT-Richtlinie Ihrer Organisation legt dies fest.</translation>
    </message>
    <message>
        <source>Show the &amp;welcome window again…</source>
        <translation>&amp;Willkommensfenster erneut zeigen…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: fix the %n field(s) marked in red.</source>
        <translation>
            <numerusform>Nichts wurde gespeichert: Korrigieren Sie das rot markierte Feld.</numerusform>
            <numerusform>Nichts wurde gespeichert: Korrigieren Sie die %n rot markierten Felder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <source>Anonymous part: {file} is sealed for {aggregator}; only {aggregator} can open it. Inside, a pseudonym that changes every week stands in for you. Your lead sees only team figures that {aggregator} publishes when at least {min_group} enrolled agents contributed, with noise added.</source>
        <translation>Anonymer Teil: {file} ist für {aggregator} versiegelt; nur {aggregator} kann ihn öffnen. Darin steht statt Ihrer ein Pseudonym, das jede Woche wechselt. Ihre Teamleitung sieht nur Teamwerte, die {aggregator} veröffentlicht, wenn mindestens {min_group} aufgenommene Agents beigetragen haben, mit Rauschen.</translation>
    </message>
    <message>
        <source>You are not on the team&apos;s roster yet, so the aggregator will not count this file: ask IT to enroll you (wellbeing summary enroll-request makes the request file).</source>
        <translation>Sie stehen noch nicht auf der Liste des Teams, daher zählt der Aggregator diese Datei nicht: Bitten Sie die IT, Sie aufzunehmen (wellbeing summary enroll-request erstellt die Anfragedatei).</translation>
    </message>
    <message>
        <source>Anonymous sharing is not offered: your organisation&apos;s policy names no aggregator, and without one your lead could read each anonymous file. Named sharing still works.</source>
        <translation>Anonymes Teilen wird nicht angeboten: Die Richtlinie Ihrer Organisation nennt keinen Aggregator, und ohne ihn könnte Ihre Teamleitung jede anonyme Datei lesen. Teilen mit Namen funktioniert weiter.</translation>
    </message>
    <message>
        <source>Named part: {file} is signed and readable by your lead under the name “{name}”.</source>
        <translation>Teil mit Namen: {file} ist signiert und für Ihre Teamleitung unter dem Namen „{name}“ lesbar.</translation>
    </message>
    <message>
        <source>Nothing would be written: choose anonymous or named sharing first.</source>
        <translation>Es würde nichts geschrieben: Wählen Sie zuerst anonymes Teilen oder Teilen mit Namen.</translation>
    </message>
</context>
<context>
    <name>ShiftPicker</name>
    <message>
        <source>&amp;Mon</source>
        <translation>&amp;Mo</translation>
    </message>
    <message>
        <source>T&amp;ue</source>
        <translation>&amp;Di</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>M&amp;i</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>D&amp;o</translation>
    </message>
    <message>
        <source>F&amp;ri</source>
        <translation>F&amp;r</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>S&amp;a</translation>
    </message>
    <message>
        <source>Su&amp;n</source>
        <translation>&amp;So</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>Schichtbeginn</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Schichtende</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Beginnt um</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Endet um</translation>
    </message>
</context>
<context>
    <name>ShiftPickerDialog</name>
    <message>
        <source>Shift days and times</source>
        <translation>Schichttage und -zeiten</translation>
    </message>
    <message>
        <source>About the shifts in the field</source>
        <translation>Zu den Schichten im Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Use these days and times</source>
        <translation>Diese Tage und Zeiten übernehmen</translation>
    </message>
    <message>
        <source>Cancel, change nothing</source>
        <translation>Abbrechen, nichts ändern</translation>
    </message>
    <message>
        <source>The field holds several shifts. OK replaces them all with the one shift you choose here.</source>
        <translation>Im Feld stehen mehrere Schichten. OK ersetzt sie alle durch die eine Schicht, die Sie hier wählen.</translation>
    </message>
    <message>
        <source>The text in the field is not a shift the app can read. OK replaces it with the shift you choose here.</source>
        <translation>Der Text im Feld ist keine Schicht, die die App lesen kann. OK ersetzt ihn durch die Schicht, die Sie hier wählen.</translation>
    </message>
    <message>
        <source>Tick at least one day you work.</source>
        <translation>Kreuzen Sie mindestens einen Arbeitstag an.</translation>
    </message>
</context>
<context>
    <name>ShiftReading</name>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>{start}–{end} (overnight)</source>
        <translation>{start}–{end} (über Nacht)</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>No shifts, so no reminders come.</source>
        <translation>Keine Schichten, daher kommen keine Erinnerungen.</translation>
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
        <translation>&amp;Vorheriger Tag</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>&amp;Nächster Tag</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Noticed by</source>
        <translation>Erkannt durch</translation>
    </message>
    <message>
        <source>Counts as a call</source>
        <translation>Zählt als Gespräch</translation>
    </message>
    <message>
        <source>Detected calls of the day</source>
        <translation>Erkannte Gespräche des Tages</translation>
    </message>
    <message>
        <source>&amp;Add a call…</source>
        <translation>Gespräch hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Add a call that detection missed on this day</source>
        <translation>Ein Gespräch dieses Tages hinzufügen, das die Erkennung verpasst hat</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected call (Del); you can undo it</source>
        <translation>Das ausgewählte Gespräch löschen (Entf); Sie können es rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>No calls were detected on {day}.</source>
        <translation>Am {day} wurden keine Gespräche erkannt.</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s) handled</source>
        <translation>
            <numerusform>{day}: %n bearbeitetes Gespräch</numerusform>
            <numerusform>{day}: %n bearbeitete Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} minutes on calls</source>
        <translation>{minutes} Minuten in Gesprächen</translation>
    </message>
    <message numerus="yes">
        <source>%n too short to count</source>
        <translation>
            <numerusform>%n zu kurz, um zu zählen</numerusform>
            <numerusform>%n zu kurz, um zu zählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls detected during your shifts are noted here, on this computer only.</source>
        <translation>Während Ihrer Schichten erkannte Gespräche werden hier notiert, nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy keeps this on ({reason}).</source>
        <translation>Die Richtlinie Ihrer Organisation lässt dies eingeschaltet ({reason}).</translation>
    </message>
    <message>
        <source>You can switch this off in Settings.</source>
        <translation>Sie können dies in den Einstellungen ausschalten.</translation>
    </message>
    <message>
        <source>Recording calls is switched off by your organisation&apos;s policy ({reason}).</source>
        <translation>Das Aufzeichnen von Gesprächen ist durch die Richtlinie Ihrer Organisation ausgeschaltet ({reason}).</translation>
    </message>
    <message>
        <source>Recording calls is switched off in Settings.</source>
        <translation>Das Aufzeichnen von Gesprächen ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>New calls are not noted; the ones below stay until you delete them.</source>
        <translation>Neue Gespräche werden nicht notiert; die unten aufgeführten bleiben, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No, shorter than {seconds} s</source>
        <translation>Nein, kürzer als {seconds} s</translation>
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
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>By hand (toggle or added)</source>
        <translation>Von Hand (Schalter oder hinzugefügt)</translation>
    </message>
    <message>
        <source>Softphone window</source>
        <translation>Softphone-Fenster</translation>
    </message>
    <message>
        <source>{source}, end taken from the app&apos;s last check</source>
        <translation>{source}, Ende aus der letzten Prüfung der App</translation>
    </message>
    <message>
        <source>{day}, {start} to {end}</source>
        <translation>{day}, {start} bis {end}</translation>
    </message>
    <message>
        <source>This call is still going on; you can delete it once it has ended.</source>
        <translation>Dieses Gespräch läuft noch; Sie können es löschen, sobald es beendet ist.</translation>
    </message>
    <message>
        <source>Deleted the call of {when}.</source>
        <translation>Gespräch vom {when} gelöscht.</translation>
    </message>
    <message>
        <source>Could not save: {error}. Nothing was added.</source>
        <translation>Speichern nicht möglich: {error}. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The end must be after the start. Nothing was saved.</source>
        <translation>Das Ende muss nach dem Beginn liegen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A call can be at most 12 hours long. Nothing was saved.</source>
        <translation>Ein Gespräch kann höchstens 12 Stunden dauern. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>That overlaps another call. Nothing was saved.</source>
        <translation>Das überschneidet sich mit einem anderen Gespräch. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>That overlaps the call of {when}; delete that one first if it is wrong. Nothing was saved.</source>
        <translation>Das überschneidet sich mit dem Gespräch vom {when}; löschen Sie dieses zuerst, falls es falsch ist. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <source>Breathe all the way out</source>
        <translation>Ganz ausatmen</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Noch ein wenig mehr ein</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <source>Relax — let go all at once</source>
        <translation>Entspannen — alles auf einmal loslassen</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Rest quietly</source>
        <translation>Ruhig ausruhen</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <source>Notice the difference between tension and relaxation.</source>
        <translation>Spüren Sie den Unterschied zwischen Anspannung und Entspannung.</translation>
    </message>
    <message>
        <source>Without tensing, recall how these muscles felt when they let go, and let them relax further.</source>
        <translation>Ohne anzuspannen: Erinnern Sie sich, wie sich diese Muskeln beim Loslassen angefühlt haben, und lassen Sie sie noch weiter entspannen.</translation>
    </message>
    <message>
        <source>Stay relaxed; breathe easily.</source>
        <translation>Bleiben Sie entspannt; atmen Sie locker.</translation>
    </message>
</context>
<context>
    <name>StressScale</name>
    <message>
        <source>Stress {value}</source>
        <translation>Stress {value}</translation>
    </message>
    <message>
        <source>0 = completely calm</source>
        <translation>0 = völlig ruhig</translation>
    </message>
    <message>
        <source>10 = worst distress imaginable</source>
        <translation>10 = schlimmste vorstellbare Belastung</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>Week {week} ({span}), {who}.</source>
        <translation>Woche {week} ({span}), {who}.</translation>
    </message>
    <message>
        <source>What made them hard: {parts}.</source>
        <translation>Was sie schwer gemacht hat: {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise session(s), {minutes} minutes in all.</source>
        <translation>
            <numerusform>%n Übung, insgesamt {minutes} Minuten.</numerusform>
            <numerusform>%n Übungen, insgesamt {minutes} Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stress changed by {change} on average after %n rated exercise(s).</source>
        <translation>
            <numerusform>Der Stress änderte sich im Mittel um {change} nach %n bewerteten Übung.</numerusform>
            <numerusform>Der Stress änderte sich im Mittel um {change} nach %n bewerteten Übungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included: your notes, when each call happened, your check-ins and WHO-5 answers.</source>
        <translation>Nicht enthalten: Ihre Notizen, wann jedes Gespräch war, Ihre Abfragen und WHO-5-Antworten.</translation>
    </message>
    <message>
        <source>counted in team figures, and your lead may read it under the name {name}</source>
        <translation>zählt für Teamzahlen, und Ihre Teamleitung darf sie unter dem Namen {name} lesen</translation>
    </message>
    <message>
        <source>readable by your lead under the name {name}</source>
        <translation>für Ihre Teamleitung unter dem Namen {name} lesbar</translation>
    </message>
    <message>
        <source>counted in team figures only, without your name</source>
        <translation>zählt nur für Teamzahlen, ohne Ihren Namen</translation>
    </message>
    <message>
        <source>No tough calls logged.</source>
        <translation>Keine schwierigen Gespräche erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) logged; stress mean {mean}, median {median}; {share} % rated {high} or more.</source>
        <translation>
            <numerusform>%n schwieriges Gespräch erfasst; Stress im Mittel {mean}, Median {median}; {share} % mit {high} oder mehr bewertet.</numerusform>
            <numerusform>%n schwierige Gespräche erfasst; Stress im Mittel {mean}, Median {median}; {share} % mit {high} oder mehr bewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) handled (detected during your shifts).</source>
        <translation>
            <numerusform>%n bearbeitetes Gespräch (während Ihrer Schichten erkannt).</numerusform>
            <numerusform>%n bearbeitete Gespräche (während Ihrer Schichten erkannt).</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % of them logged as tough.</source>
        <translation>Davon {share} % als schwierig erfasst.</translation>
    </message>
    <message>
        <source>Only the weekly count, never when each call was.</source>
        <translation>Nur die Wochenzahl, nie der Zeitpunkt eines Gesprächs.</translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>fewer than {min_group} agents contributed</source>
        <extracomment>A category count is hidden when fewer agents than this reported it (our choice). Half-width of the central 95 % interval of a Laplace variable, in units of its scale.</extracomment>
        <translation>weniger als {min_group} Agents haben beigetragen</translation>
    </message>
    <message>
        <source>subtracting the named summaries would reveal {remainder} anonymous agents (fewer than {min_group})</source>
        <translation>das Abziehen der Zusammenfassungen mit Namen würde {remainder} anonyme Agents erkennbar machen (weniger als {min_group})</translation>
    </message>
    <message>
        <source>reported by fewer than {min_cell} agents</source>
        <translation>von weniger als {min_cell} Agents genannt</translation>
    </message>
    <message>
        <source>hidden so that another hidden figure cannot be worked out</source>
        <translation>verborgen, damit sich ein anderer verborgener Wert nicht errechnen lässt</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>keine Gespräche</translation>
    </message>
    <message>
        <source>no detected calls</source>
        <translation>keine erkannten Gespräche</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>± {spread} (95 %)</source>
        <translation>± {spread} (95&#xa0;%)</translation>
    </message>
    <message>
        <source>± {spread} points (95 %)</source>
        <translation>± {spread} Prozentpunkte (95&#xa0;%)</translation>
    </message>
    <message>
        <source>oversize</source>
        <extracomment>Plausibility caps per agent and week (100 tough calls a day is already beyond any shift). Sensed-workload keys; a summary written before sensed workload has neither.</extracomment>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>unknown schema</source>
        <translation>unbekanntes Schema</translation>
    </message>
    <message>
        <source>out-of-range value</source>
        <translation>Wert außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>tombstoned</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>unsafe or mismatched name</source>
        <translation>unsicherer oder unpassender Name</translation>
    </message>
    <message>
        <source>over plausibility cap</source>
        <translation>über der Plausibilitätsgrenze</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>nicht aufgenommen</translation>
    </message>
    <message>
        <source>unenrolled</source>
        <translation>ausgetragen</translation>
    </message>
    <message>
        <source>replayed from another week</source>
        <translation>aus einer anderen Woche wiederverwendet</translation>
    </message>
    <message>
        <source>cannot be decrypted</source>
        <translation>nicht entschlüsselbar</translation>
    </message>
    <message>
        <source>sealed for another aggregator</source>
        <translation>für einen anderen Aggregator versiegelt</translation>
    </message>
    <message>
        <source>anonymous figures in clear</source>
        <translation>anonyme Werte unverschlüsselt</translation>
    </message>
    <message>
        <source>no aggregator key</source>
        <translation>kein Aggregator-Schlüssel</translation>
    </message>
    <message>
        <source>Agents contributing</source>
        <extracomment>Column heads of the team view, in order (translated where the report is shown).</extracomment>
        <translation>Beitragende Agents</translation>
    </message>
    <message>
        <source>Tough calls logged</source>
        <translation>Erfasste schwierige Gespräche</translation>
    </message>
    <message>
        <source>Mean stress (0–10)</source>
        <translation>Mittlere Belastung (0–10)</translation>
    </message>
    <message>
        <source>Median stress, typical agent</source>
        <translation>Median der Belastung, typischer Agent</translation>
    </message>
    <message>
        <source>Calls rated 7 or more</source>
        <translation>Gespräche mit 7 oder mehr</translation>
    </message>
    <message>
        <source>Agents who did an exercise</source>
        <translation>Agents mit einer Übung</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <source>Exercise minutes</source>
        <translation>Übungsminuten</translation>
    </message>
    <message>
        <source>Mean stress change after an exercise</source>
        <translation>Mittlere Änderung der Belastung nach einer Übung</translation>
    </message>
    <message>
        <source>Calls handled (detected)</source>
        <translation>Bearbeitete Gespräche (erkannt)</translation>
    </message>
    <message>
        <source>Share of calls logged as tough</source>
        <translation>Anteil als schwierig erfasster Gespräche</translation>
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
        <translation>verborgen [{number}]</translation>
    </message>
    <message>
        <source>No team report from the aggregator in this folder yet. Anonymous summaries are sealed; only the aggregator can open and count them.</source>
        <translation>In diesem Ordner gibt es noch keinen Teambericht des Aggregators. Anonyme Zusammenfassungen sind versiegelt; nur der Aggregator kann sie öffnen und zählen.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>No categories to show.</source>
        <translation>Keine Kategorien anzuzeigen.</translation>
    </message>
    <message>
        <source>Share of the week&apos;s tough calls with each category (newest week first).</source>
        <translation>Anteil der schwierigen Gespräche der Woche mit jeder Kategorie (neueste Woche zuerst).</translation>
    </message>
    <message>
        <source>No agent chose named sharing.</source>
        <translation>Kein Agent hat das Teilen mit Namen gewählt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tough calls</source>
        <translation>Schwierige Gespräche</translation>
    </message>
    <message>
        <source>Mean stress</source>
        <translation>Mittlere Belastung</translation>
    </message>
    <message>
        <source>Rated 7+</source>
        <translation>Mit 7+ bewertet</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Every file was valid.</source>
        <translation>Jede Datei war gültig.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Why some figures are hidden</source>
        <translation>Warum manche Werte verborgen sind</translation>
    </message>
    <message>
        <source>the aggregator</source>
        <translation>der Aggregator</translation>
    </message>
    <message>
        <source>No aggregator key is set (team_aggregator_public_key), so no team figures can be checked or shown; named summaries still are.</source>
        <translation>Kein Aggregator-Schlüssel gesetzt (team_aggregator_public_key), daher können keine Teamwerte geprüft oder gezeigt werden; Zusammenfassungen mit Namen schon.</translation>
    </message>
    <message>
        <source>Team figures come only from the weekly reports signed by {who}, who opens the sealed anonymous summaries, counts enrolled agents only, hides any figure fewer than the minimum group contributed to (or that could be worked out by subtraction), never shows a bare 0 % or 100 %, and adds noise once (± shows its 95 % range).</source>
        <translation>Teamwerte stammen nur aus den von {who} signierten Wochenberichten. Dabei werden die versiegelten anonymen Zusammenfassungen geöffnet, nur aufgenommene Agents gezählt, alle Werte verborgen, zu denen weniger als die Mindestgruppe beigetragen hat (oder die sich durch Abziehen errechnen ließen), nie ein bloßes 0&#xa0;% oder 100&#xa0;% gezeigt und einmal Rauschen hinzugefügt (± zeigt den 95-%-Bereich).</translation>
    </message>
    <message>
        <source>Nobody reading this folder, you included, can open a single agent&apos;s anonymous summary.</source>
        <translation>Niemand, der diesen Ordner liest, auch Sie nicht, kann die anonyme Zusammenfassung eines einzelnen Agents öffnen.</translation>
    </message>
    <message>
        <source>{files} files in the folder, {sealed} of them sealed for the aggregator, {rejected} not counted.</source>
        <translation>Dateien im Ordner: {files}, davon für den Aggregator versiegelt: {sealed}, nicht gezählt: {rejected}.</translation>
    </message>
    <message>
        <source>Team wellbeing report</source>
        <translation>Bericht zum Wohlbefinden im Team</translation>
    </message>
    <message>
        <source>Made {generated}</source>
        <translation>Erstellt: {generated}</translation>
    </message>
    <message>
        <source>Weekly team figures</source>
        <translation>Wöchentliche Teamwerte</translation>
    </message>
    <message>
        <source>What made calls hard</source>
        <translation>Was Gespräche schwer gemacht hat</translation>
    </message>
    <message>
        <source>Named summaries (agents who chose to be seen)</source>
        <translation>Zusammenfassungen mit Namen (Agents, die sichtbar sein wollten)</translation>
    </message>
    <message>
        <source>Files not counted</source>
        <translation>Nicht gezählte Dateien</translation>
    </message>
</context>
<context>
    <name>TeamShareController</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Namentlich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Delete your summary files (sealed and named) from the team folder and stop sharing? The aggregator and the team view will ignore anything you shared before; team figures already published for past weeks stay as they are. Opting in again starts with a new key, which IT must enroll again.</source>
        <translation>Ihre Zusammenfassungen (versiegelte und mit Namen) aus dem Teamordner löschen und das Teilen beenden? Der Aggregator und die Teamansicht ignorieren dann alles, was Sie vorher geteilt haben; bereits veröffentlichte Teamwerte vergangener Wochen bleiben, wie sie sind. Wer wieder teilt, bekommt einen neuen Schlüssel, den die IT erneut aufnehmen muss.</translation>
    </message>
    <message>
        <source>Sharing is off.</source>
        <translation>Das Teilen ist aus.</translation>
    </message>
    <message>
        <source>{key} is locked by your organisation&apos;s policy ({reason})</source>
        <translation>{key} ist durch die Richtlinie Ihrer Organisation gesperrt ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) of yours from the team folder.</source>
        <translation>
            <numerusform>%n Datei von Ihnen aus dem Teamordner entfernt.</numerusform>
            <numerusform>%n Dateien von Ihnen aus dem Teamordner entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{tombstone} tells the aggregator and the team view to ignore anything signed with your old key.</source>
        <translation>{tombstone} sagt dem Aggregator und der Teamansicht, alles zu ignorieren, was mit Ihrem alten Schlüssel signiert ist.</translation>
    </message>
    <message>
        <source>Anonymous sharing is not offered: your organisation&apos;s policy names no aggregator.</source>
        <translation>Anonymes Teilen wird nicht angeboten: Die Richtlinie Ihrer Organisation nennt keinen Aggregator.</translation>
    </message>
    <message>
        <source>Delete the summaries your lead could read under your name? Your sealed anonymous summaries carry no name and stay.</source>
        <translation>Die Zusammenfassungen löschen, die Ihre Teamleitung unter Ihrem Namen lesen konnte? Ihre versiegelten anonymen Zusammenfassungen tragen keinen Namen und bleiben.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n named file(s) deleted.</source>
        <translation>
            <numerusform>Gespeichert. %n Datei mit Namen gelöscht.</numerusform>
            <numerusform>Gespeichert. %n Dateien mit Namen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your choices could not be saved ({error}); nothing was changed, try again.</source>
        <translation>Ihre Auswahl konnte nicht gespeichert werden ({error}); nichts wurde geändert, bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Type the name your lead should see.</source>
        <translation>Geben Sie den Namen ein, den Ihre Teamleitung sehen soll.</translation>
    </message>
    <message>
        <source>Choose an existing team folder (full path).</source>
        <translation>Wählen Sie einen vorhandenen Teamordner (vollständiger Pfad).</translation>
    </message>
</context>
<context>
    <name>TeamShareDialog</name>
    <message>
        <source>Share with my team</source>
        <translation>Mit meinem Team teilen</translation>
    </message>
    <message>
        <source>Sharing pages</source>
        <translation>Seiten zum Teilen</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privatsphäre</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Shared so far</source>
        <translation>&amp;Bisher geteilt</translation>
    </message>
    <message>
        <source>&amp;Count me in team figures (anonymous)</source>
        <translation>In Teamzahlen &amp;mitzählen (anonym)</translation>
    </message>
    <message>
        <source>Let my lead &amp;read my weekly summary (named)</source>
        <translation>Meiner Teamleitung erlauben, meine Wochenzusammenfassung zu &amp;lesen (namentlich)</translation>
    </message>
    <message>
        <source>The name your lead sees, e.g. Sam K.</source>
        <translation>Der Name, den Ihre Teamleitung sieht, z. B. Sam K.</translation>
    </message>
    <message>
        <source>A shared or synced folder your team lead reads</source>
        <translation>Ein geteilter oder synchronisierter Ordner, den Ihre Teamleitung liest</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Team &amp;folder:</source>
        <translation>Team&amp;ordner:</translation>
    </message>
    <message>
        <source>S&amp;ave choices</source>
        <translation>Auswahl &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>The exact file that would be shared</source>
        <translation>Genau die Datei, die geteilt würde</translation>
    </message>
    <message>
        <source>S&amp;hare this summary</source>
        <translation>Diese Zusammenfassung &amp;teilen</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What you shared so far</source>
        <translation>Was Sie bisher geteilt haben</translation>
    </message>
    <message>
        <source>Stop sharing and &amp;revoke…</source>
        <translation>Teilen beenden und &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Not offered: your organisation&apos;s policy names no aggregator.</source>
        <translation>Nicht angeboten: Die Richtlinie Ihrer Organisation nennt keinen Aggregator.</translation>
    </message>
    <message>
        <source>The agent id and signature are examples until you opt in; your own pseudonymous id is made then.</source>
        <translation>Kennung und Signatur sind Beispiele, bis Sie zustimmen; Ihre eigene pseudonyme Kennung entsteht erst dann.</translation>
    </message>
    <message>
        <source>Nothing would be written.</source>
        <translation>Es würde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The team folder will get exactly these files:</source>
        <translation>Der Teamordner bekommt genau diese Dateien:</translation>
    </message>
    <message>
        <source>Shared: {files}</source>
        <translation>Geteilt: {files}</translation>
    </message>
    <message>
        <source>Opt in on the Privacy tab first.</source>
        <translation>Stimmen Sie zuerst auf der Seite „Privatsphäre“ zu.</translation>
    </message>
    <message>
        <source>--- sealed inside it; only the aggregator can read this part ---</source>
        <translation>--- darin versiegelt; nur der Aggregator kann diesen Teil lesen ---</translation>
    </message>
    <message>
        <source>summary {week}</source>
        <translation>Zusammenfassung {week}</translation>
    </message>
    <message>
        <source>sealed {week}</source>
        <translation>versiegelt {week}</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s); hover a cell for the full file name or hash.</source>
        <translation>
            <numerusform>%n Eintrag; zeigen Sie auf eine Zelle, um den vollständigen Dateinamen oder Hash zu sehen.</numerusform>
            <numerusform>%n Einträge; zeigen Sie auf eine Zelle, um den vollständigen Dateinamen oder Hash zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>Noch nichts geteilt.</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Teamordner</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Sharing choices not saved</source>
        <translation>Teilen-Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>You changed your sharing choices but did not save them. Save them now?</source>
        <translation>Sie haben Ihre Teilen-Einstellungen geändert, aber nicht gespeichert. Jetzt speichern?</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
</context>
<context>
    <name>TeamViewWindow</name>
    <message>
        <source>Team view — Between Calls</source>
        <translation>Teamansicht — Between Calls</translation>
    </message>
    <message>
        <source>The folder your team&apos;s summaries are written to</source>
        <translation>Der Ordner, in den die Zusammenfassungen Ihres Teams geschrieben werden</translation>
    </message>
    <message>
        <source>Team &amp;folder:</source>
        <translation>Team&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Save printable report…</source>
        <translation>Druckbaren Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Team view status</source>
        <translation>Status der Teamansicht</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Teambericht</translation>
    </message>
    <message>
        <source>No team folder is set: type or browse for the shared folder.</source>
        <translation>Kein Teamordner festgelegt: Geben Sie den geteilten Ordner ein oder wählen Sie ihn aus.</translation>
    </message>
    <message>
        <source>The team folder {folder} does not exist.</source>
        <translation>Der Teamordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Reading and checking every file in {folder}…</source>
        <translation>Jede Datei in {folder} wird gelesen und geprüft…</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {error}</source>
        <translation>{folder} kann nicht gelesen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n Datei gelesen</numerusform>
            <numerusform>%n Dateien gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n nicht gezählt</numerusform>
            <numerusform>%n nicht gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s).</source>
        <translation>
            <numerusform>%n Woche.</numerusform>
            <numerusform>%n Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No aggregator key is set, so no team figures can be shown; named summaries still are.</source>
        <translation>Kein Aggregator-Schlüssel gesetzt, daher können keine Teamwerte gezeigt werden; Zusammenfassungen mit Namen schon.</translation>
    </message>
    <message>
        <source>Could not save {target}: {error}.</source>
        <translation>{target} konnte nicht gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation>{target} gespeichert.</translation>
    </message>
    <message>
        <source>Save team report</source>
        <translation>Teambericht speichern</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Teamordner</translation>
    </message>
</context>
<context>
    <name>TrendsOverview</name>
    <message>
        <source>&lt;h3&gt;Nothing to show for this range yet&lt;/h3&gt;&lt;p&gt;After a tough call, open &lt;b&gt;Log a tough call…&lt;/b&gt; from the tray icon (or click the icon) and rate how stressed you feel from 0 to 10. It takes two clicks, and everything stays on this computer.&lt;/p&gt;&lt;p&gt;Your charts appear here as soon as there is one entry; insights such as your hardest hour need a few weeks of entries (at least 30 calls), and a trend needs 10 days with entries in the last 4 weeks. Try a longer range above to see older entries.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Für diesen Zeitraum gibt es noch nichts zu zeigen&lt;/h3&gt;&lt;p&gt;Öffnen Sie nach einem schwierigen Gespräch &lt;b&gt;Schwieriges Gespräch erfassen…&lt;/b&gt; über das Symbol im Infobereich (oder klicken Sie auf das Symbol) und geben Sie an, wie gestresst Sie sich fühlen, von 0 bis 10. Das dauert zwei Klicks, und alles bleibt auf diesem Computer.&lt;/p&gt;&lt;p&gt;Ihre Diagramme erscheinen hier, sobald es einen Eintrag gibt; Erkenntnisse wie Ihre schwierigste Stunde brauchen einige Wochen mit Einträgen (mindestens 30 Gespräche), und ein Trend braucht 10 Tage mit Einträgen in den letzten 4 Wochen. Wählen Sie oben einen längeren Zeitraum, um ältere Einträge zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No insight yet for this range. Each one waits until it is more than chance: a trend needs {days} days with entries in the last 4 weeks, your hardest hour or weekday {calls} calls, and the most helpful exercise {sessions} rated sessions.</source>
        <translation>Für diesen Zeitraum noch keine Erkenntnis. Jede wartet, bis sie mehr als Zufall ist: ein Trend braucht {days} Tage mit Einträgen in den letzten 4 Wochen, Ihre schwierigste Stunde oder Ihr schwierigster Wochentag {calls} Gespräche und die hilfreichste Übung {sessions} bewertete Übungen.</translation>
    </message>
    <message>
        <source>Overview: insights and charts</source>
        <translation>Überblick: Erkenntnisse und Diagramme</translation>
    </message>
    <message>
        <source>Stress after tough calls (0–10)</source>
        <translation>Stress nach schwierigen Gesprächen (0–10)</translation>
    </message>
    <message>
        <source>mean of the day</source>
        <translation>Mittel des Tages</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Mean stress</source>
        <translation>Mittlere Belastung</translation>
    </message>
    <message>
        <source>Tough calls per day</source>
        <translation>Schwierige Gespräche pro Tag</translation>
    </message>
    <message>
        <source>Stress by hour and weekday (your local time)</source>
        <translation>Belastung nach Uhrzeit und Wochentag (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>What your entries say</source>
        <translation>Was Ihre Einträge sagen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; tough call(s) from {start} to {end} · mean stress &lt;b&gt;{mean}&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; schwieriges Gespräch vom {start} bis {end} · mittlerer Stress &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; schwierige Gespräche vom {start} bis {end} · mittlerer Stress &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>What made calls hard</source>
        <translation>Was Gespräche schwer gemacht hat</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Gespräche</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n call(s)</source>
        <translation>
            <numerusform>{label}: %n Gespräch</numerusform>
            <numerusform>{label}: %n Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>What made it hard</source>
        <translation>Was es schwer machte</translation>
    </message>
    <message numerus="yes">
        <source>{label}: before {before}, after {after} ({change}) over %n session(s)</source>
        <translation>
            <numerusform>{label}: vorher {before}, nachher {after} ({change}) über %n Übung</numerusform>
            <numerusform>{label}: vorher {before}, nachher {after} ({change}) über %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise effect: mean stress before and after</source>
        <translation>Wirkung der Übungen: mittlerer Stress vorher und nachher</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Weekly stress check-in (1–5)</source>
        <translation>Wöchentliche Stressfrage (1–5)</translation>
    </message>
    <message>
        <source>WHO-5 wellbeing (0–100, only you see this)</source>
        <translation>WHO-5-Wohlbefinden (0–100, nur Sie sehen das)</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>keine Abfrage</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>TrendsWindow</name>
    <message>
        <source>Trends — Between Calls</source>
        <translation>Verlauf — Between Calls</translation>
    </message>
    <message>
        <source>Detected calls</source>
        <translation>Erkannte Gespräche</translation>
    </message>
    <message>
        <source>Trends pages</source>
        <translation>Seiten des Verlaufs</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Überblick</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <source>Detected call&amp;s</source>
        <translation>Erkannte &amp;Gespräche</translation>
    </message>
    <message>
        <source>Your &amp;data</source>
        <translation>Ihre &amp;Daten</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Show {range} (Alt+{key})</source>
        <translation>{range} anzeigen (Alt+{key})</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Right-click the Between Calls shortcut in the Start menu → Open file location → Properties → Shortcut key, or use a shortcut tool to run the command.</source>
        <translation>Rechtsklick auf die Verknüpfung von Between Calls im Startmenü → Dateipfad öffnen → Eigenschaften → Tastenkombination, oder ein Tastenkürzel-Werkzeug den Befehl ausführen lassen.</translation>
    </message>
    <message>
        <source>Create a Shortcuts action that runs the command (Run Shell Script), then give it a keyboard shortcut in its details.</source>
        <translation>Erstellen Sie in Kurzbefehle eine Aktion, die den Befehl ausführt (Shell-Skript ausführen), und geben Sie ihr in den Details ein Tastenkürzel.</translation>
    </message>
    <message>
        <source>GNOME: Settings → Keyboard → View and Customise Shortcuts → Custom Shortcuts. KDE: System Settings → Shortcuts → Add Command. Paste the command and press your keys.</source>
        <translation>GNOME: Einstellungen → Tastatur → Tastenkürzel anzeigen und anpassen → Eigene Tastenkürzel. KDE: Systemeinstellungen → Kurzbefehle → Befehl hinzufügen. Befehl einfügen und Tasten drücken.</translation>
    </message>
    <message>
        <source>Welcome to Between Calls</source>
        <translation>Willkommen bei Between Calls</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <source>&lt;p&gt;After a tough call, log it in a few seconds — a stress rating, what made it hard, an optional private note — and get a kind word and a one-minute reset on offer. Reminders never interrupt a call.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays private:&lt;/b&gt; everything you enter stays in one file on this computer. Nothing is sent anywhere; a weekly summary reaches your team only if you opt in later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nach einem schwierigen Gespräch halten Sie es in wenigen Sekunden fest — eine Belastungsbewertung, was es schwer machte, eine optionale private Notiz — und bekommen ein freundliches Wort und eine einminütige Pause angeboten. Erinnerungen unterbrechen nie ein Gespräch.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was privat bleibt:&lt;/b&gt; alles, was Sie eingeben, bleibt in einer Datei auf diesem Computer. Nichts wird irgendwohin gesendet; eine Wochenzusammenfassung erreicht Ihr Team nur, wenn Sie später zustimmen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When do you work? Reminders only come inside a shift</source>
        <translation>Wann arbeiten Sie? Erinnerungen kommen nur während einer Schicht</translation>
    </message>
    <message>
        <source>Your shifts are set by your organisation</source>
        <translation>Ihre Schichten legt Ihre Organisation fest</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Hilfetelefon</translation>
    </message>
    <message>
        <source>e.g. your EAP number; shown after a serious call</source>
        <translation>z. B. Ihre EAP-Nummer; erscheint nach einem ernsten Gespräch</translation>
    </message>
    <message>
        <source>Set by your organisation: {0}</source>
        <translation>Von Ihrer Organisation festgelegt: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Getting to it fast</source>
        <translation>Schnell zur Hand</translation>
    </message>
    <message>
        <source>Start Between Calls when I &amp;log in</source>
        <translation>Between Calls beim A&amp;nmelden starten</translation>
    </message>
    <message>
        <source>A hotkey for logging: bind this command to a keyboard shortcut.
{0}</source>
        <translation>Ein Tastenkürzel zum Festhalten: Legen Sie diesen Befehl auf eine Tastenkombination.
{0}</translation>
    </message>
    <message>
        <source>Hotkey command to copy</source>
        <translation>Befehl für das Tastenkürzel zum Kopieren</translation>
    </message>
    <message>
        <source>Try one minute of &amp;breathing</source>
        <translation>Eine Minute A&amp;tmen ausprobieren</translation>
    </message>
    <message>
        <source>Tick at least one day you work.</source>
        <translation>Kreuzen Sie mindestens einen Arbeitstag an.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>Start bei der Anmeldung ließ sich nicht ändern: {0}</translation>
    </message>
</context>
<context>
    <name>WorkloadSection</name>
    <message>
        <source>Calls handled (detected during your shifts)</source>
        <translation>Bearbeitete Gespräche (während Ihrer Schichten erkannt)</translation>
    </message>
    <message>
        <source>Calls handled and tough calls per day</source>
        <translation>Bearbeitete und schwierige Gespräche pro Tag</translation>
    </message>
    <message>
        <source>calls handled</source>
        <translation>bearbeitete Gespräche</translation>
    </message>
    <message>
        <source>tough calls</source>
        <translation>schwierige Gespräche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Calls handled</source>
        <translation>Bearbeitete Gespräche</translation>
    </message>
    <message>
        <source>Tough calls</source>
        <translation>Schwierige Gespräche</translation>
    </message>
    <message>
        <source>Talk time per day (minutes)</source>
        <translation>Gesprächszeit pro Tag (Minuten)</translation>
    </message>
    <message>
        <source>Minutes on calls</source>
        <translation>Minuten in Gesprächen</translation>
    </message>
    <message>
        <source>Share of calls logged as tough (%)</source>
        <translation>Anteil der als schwierig erfassten Gespräche (%)</translation>
    </message>
    <message>
        <source>share of the day</source>
        <translation>Anteil des Tages</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Share of the day (%)</source>
        <translation>Anteil des Tages (%)</translation>
    </message>
    <message>
        <source>7-day mean (%)</source>
        <translation>7-Tage-Mittel (%)</translation>
    </message>
    <message>
        <source>Calls handled by hour and weekday (your local time; hover for numbers)</source>
        <translation>Bearbeitete Gespräche nach Stunde und Wochentag (Ihre Ortszeit; für Zahlen mit der Maus darüberfahren)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; call(s) handled from {start} to {end} · {hours} hours on calls</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; bearbeitetes Gespräch vom {start} bis {end} · {hours} Stunden in Gesprächen</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; bearbeitete Gespräche vom {start} bis {end} · {hours} Stunden in Gesprächen</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % logged as tough</source>
        <translation>{share} % als schwierig erfasst</translation>
    </message>
    <message>
        <source>{day}: no calls detected</source>
        <translation>{day}: keine Gespräche erkannt</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s) handled, {minutes} minutes on calls</source>
        <translation>
            <numerusform>{day}: %n Gespräch bearbeitet, {minutes} Minuten in Gesprächen</numerusform>
            <numerusform>{day}: %n Gespräche bearbeitet, {minutes} Minuten in Gesprächen</numerusform>
        </translation>
    </message>
    <message>
        <source>{tough} tough ({share} %)</source>
        <translation>{tough} schwierig ({share} %)</translation>
    </message>
    <message>
        <source>7-day mean {share} %</source>
        <translation>7-Tage-Mittel {share} %</translation>
    </message>
</context>
</TS>
