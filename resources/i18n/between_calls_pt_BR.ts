<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wellbeing companion for contact-center agents: log a tough call in seconds and take a short reset between calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Private by design.&lt;/b&gt; Everything stays on this computer. Nothing is shared unless you opt in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard: bind {command} to a shortcut in your desktop settings to open the log dialog from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgmentPopup</name>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support line: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the call just logged; {0} seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterCallNote</name>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tough one? &amp;Log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>completely calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst distress imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a tough call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress rating, what made it hard, an optional private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} · {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs the call at once; add details from the acknowledgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breathe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute of calm breathing; long exhale is the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relax &amp;muscles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive muscle relaxation; the desk version takes 2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stress over time, insights, history, export and erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a tough call — rat&amp;ing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare with my team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sharing means, your opt-ins, and a preview of exactly what would be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For team leads: team figures from the opted-in summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Between Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the newest card forward with keyboard focus (also: wellbeing notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a &amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While checked nothing pops up; prompts wait until you uncheck it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the &amp;end of this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoShareTimer</name>
    <message>
        <source>Your summary for {week} could not be shared: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared your summary for {week} with your team ({file}). Share with my team… shows exactly what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BetweenCallsApp</name>
    <message>
        <source>Your journal file was damaged. It was kept as {copy} and the backup {backup} was restored.</source>
        <extracomment>Remembered once the first-start window was finished or skipped (never shown again by itself).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal file was damaged. It was kept as {copy}; no backup existed, so a new journal was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingSetupPanel</name>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom hold seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom out seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rest seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) · {duration}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n cycle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingShape</name>
    <message>
        <source>Breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <source>Breathe — Between Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No growing shape: a steady bar and text instead. On automatically when your desktop asks for less motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says “Breathe in”, “Hold”, “Breathe out” through your computer&apos;s speech engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds through this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the phases (no speech engine: text only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getting ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breath {index} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “{0}” as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Export as {format}</source>
        <extracomment>``(format, suggested name) -&gt; chosen path or None``; a file dialog unless tests inject one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of every call you logged, notes included. Keep the file somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal lives in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to {target}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to {target}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not erase everything: {error}. Nothing else changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased. Removed %n file(s) and folder(s); you are starting again with an empty journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayWords</name>
    <message>
        <source>{day}: no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day mean {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s), mean stress {mean} · 7-day mean {rolling}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDataDialog</name>
    <message>
        <source>Erase all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This deletes everything you have logged&lt;/b&gt;: every call, note, exercise, check-in and setting, and the daily backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be undone. If you might want your history later, export it first (Cancel, then Export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To erase everything now, type {word} below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Something went wrong ({error}). It was logged; the app keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseCues</name>
    <message>
        <source>Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest quietly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseRatingPanel</name>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on without a rating (the digit keys 0–9 also answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a number, or press 0–9. Your ratings show what helps you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Skip and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this window above others (handy on small screens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A soft chime at each change of phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: how stressed do you feel right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And now, how stressed do you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cue (no audio device: silent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped — that&apos;s fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your journal · stress {before} → {after}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackPanel</name>
    <message>
        <source>No system tray was found on this desktop, so Between Calls lives in this small panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapKey</name>
    <message>
        <source>calm (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very tense (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outline only: no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour key, mean stress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour key: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>Stress by hour and weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filled} of {total} hour slots have entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{when}: mean stress {mean} over %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made it hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of logged calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (Del); you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended for abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {error}. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the entry of {when} (stress {stress}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightText</name>
    <message numerus="yes">
        <source>Your stress has been rising over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress has been easing over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your hardest hour is {start}–{end}: mean stress {mean} over {calls} calls, against {overall} across all {overall_calls} calls in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} is your hardest day: mean stress {mean} over {calls} calls, against {overall} overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{exercise} lowers your rating most: from {before} to {after} on average ({change} points) over %n session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your weekly stress check-in has been 4 or 5 for %n week(s) in a row (latest: {score} on {day}). That is a lot to carry. It may help to talk to someone you trust, your supervisor, or your employee assistance line.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFlowController</name>
    <message>
        <source>Could not save: {error}. Your entry is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} · no tough calls logged today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) today · avg {mean}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PmrWindow</name>
    <message>
        <source>Relax muscles — Between Calls</source>
        <extracomment>Steps said in bold: the words carry the meaning, so no colour is needed (high contrast).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance through your computer&apos;s speech engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit comfortably. Tense firmly but never to pain; skip any group that hurts (S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% of the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip group (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this group, for example an injured or painful area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortened</source>
        <comment>word looked for in a script&apos;s summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shortened form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {index} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the steps (no speech engine: text only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a tough call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stressed do you feel right now? (keys 0–9; 1 then 0 for 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made it hard? (any that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note (optional, stays on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, stays on this computer; Enter saves, Shift+Enter makes a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add details to the call you logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a stress rating from 0 to 10 first (press a digit key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderFeatureController</name>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy file: {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays on this computer unless you opt in to sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a call — reminders wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: %n tough call(s), avg {mean}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today: no tough calls logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>&amp;Breathe for a minute</source>
        <extracomment>The instrument&apos;s order: the WHO-5 form lists &quot;All of the time&quot; (5) first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a 1-minute reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Good night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} of 5)
{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completely calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst distress imaginable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingEditor</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <extracomment>&quot;system&quot; follows the desktop; the others are the shipped translations (Qt locale names).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and hours you work, e.g. &apos;mon-fri 09:00-17:30&apos; or &apos;mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00&apos;. Reminders only come inside a shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-break nudges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle nudge to stand, stretch or look away, every few minutes of shift. Off by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of shift between micro-break nudges (30–180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-shift pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway through a shift, one tap: how are you, 0–10? Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-shift wind-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of a shift: today in one line, an exercise and a leave-work-at-work note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly stress question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week at the end of your shift: &apos;These days, how stressed do you feel?&apos; 1–5 (Elo et al. 2003). Seen by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly check-in day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the weekly question (and WHO-5) comes, at the end of that day&apos;s last shift. Pick a day you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO-5 every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WHO-5 Well-Being Index, five short items, every second week. Stays on this computer and is never shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call &apos;Tough one?&apos; note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a call ends, a small note near the tray for 8 seconds; one click opens the log dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect calls from the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the microphone is in use nothing pops up and prompts wait until the call ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone window title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also treat you as on a call while a window whose title contains this text is in front (e.g. &apos;Genesys&apos;). Empty = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for calls every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to check for a call during a shift (2–30). Outside shifts nothing is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when calls start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a shift, note when each detected call starts and ends, on this computer only, to show calls handled, talk time and back-to-back runs. Off: nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest call (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected calls shorter than this are kept but not counted as calls: a microphone test, a voice note (0–300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to back under (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call that starts less than this after the previous one ended counts as back to back (5–300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break between calls is at least (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap at least this long ends a run of calls (10–1800; 180 = 3 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a reset after tough calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When several tough calls come close together, offer a one-minute reset exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tough calls in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many logged calls within the window suggest a reset (2–10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window for counting tough calls (10–240 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a reset after a long run of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After many calls without a break, the next gap between calls offers a one-minute reset exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many calls without a break earn a reset (3–40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or minutes in a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many minutes of calls without a break earn a reset (20–480).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your employee assistance (EAP) line, shown after a serious call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where opted-in weekly summaries are written (a shared or synced folder). Empty = nothing is ever written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count toward team figures only; nobody can see yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team lead may see your weekly summary for 1:1 support. Never notes, call times or check-in scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share each week automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you opted in, last week&apos;s summary is written for you early each week (a week that began before you opted in is never shared on its own). Off: you share by hand from Share with my team… in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on a named summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team figure shows only when at least this many people contributed (5–1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise (epsilon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laplace noise added to team figures; 0 = off, smaller = more noise (0–10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of every window. Desktop language follows your computer; a change applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app} — Settings</source>
        <extracomment>Settings only a team lead needs; shown only where a team folder is set.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;welcome window again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: fix the %n field(s) marked in red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StressScale</name>
    <message>
        <source>Stress {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = completely calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = worst distress imaginable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamShareController</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your summary files from the team folder and stop sharing? The team view will ignore anything you shared before. This cannot be undone; opting in again starts with a new anonymous id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sharing stopped: %n file(s) removed, {tombstone} written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove your name from the summaries you already shared? They stay in team figures only if anonymous sharing is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved. Your name was removed from %n shared file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name your lead should see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing team folder (full path).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamShareDialog</name>
    <message>
        <source>Share with my team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count me in team figures (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let my lead &amp;read my weekly summary (named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your lead sees, e.g. Sam K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared or synced folder your team lead reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact file that would be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare this summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you shared so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing and &amp;revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} will contain exactly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt in on the Privacy tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s); hover a cell for the full file name or hash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: {name} (sha256 {hash}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked: %n file(s) removed, {tombstone} written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing choices not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed your sharing choices but did not save them. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamViewWindow</name>
    <message>
        <source>Team view — Between Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder your team&apos;s summaries are written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save printable report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team view status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team folder is set: type or browse for the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking every file in {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {folder}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save {target}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save team report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsOverview</name>
    <message>
        <source>&lt;h3&gt;Nothing to show for this range yet&lt;/h3&gt;&lt;p&gt;After a tough call, open &lt;b&gt;Log a tough call…&lt;/b&gt; from the tray icon (or click the icon) and rate how stressed you feel from 0 to 10. It takes two clicks, and everything stays on this computer.&lt;/p&gt;&lt;p&gt;Your charts appear here as soon as there is one entry; insights such as your hardest hour need a few weeks of entries (at least 30 calls), and a trend needs 10 days with entries in the last 4 weeks. Try a longer range above to see older entries.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insight yet for this range. Each one waits until it is more than chance: a trend needs {days} days with entries in the last 4 weeks, your hardest hour or weekday {calls} calls, and the most helpful exercise {sessions} rated sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: insights and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress after tough calls (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tough calls per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress by hour and weekday (your local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your entries say</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; tough call(s) from {start} to {end} · mean stress &lt;b&gt;{mean}&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What made calls hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What made it hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{label}: before {before}, after {after} ({change}) over %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise effect: mean stress before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly stress check-in (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO-5 wellbeing (0–100, only you see this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsWindow</name>
    <message>
        <source>Trends — Between Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {range} (Alt+{key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to Between Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;After a tough call, log it in a few seconds — a stress rating, what made it hard, an optional private note — and get a kind word and a one-minute reset on offer. Reminders never interrupt a call.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays private:&lt;/b&gt; everything you enter stays in one file on this computer. Nothing is sent anywhere; a weekly summary reaches your team only if you opt in later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When do you work? Reminders only come inside a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shifts are set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. your EAP number; shown after a serious call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting to it fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Between Calls when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hotkey for logging: bind this command to a keyboard shortcut.
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey command to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try one minute of &amp;breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one day you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
