<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BreathingSetupPanel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) · {duration}</source>
        <translation>
            <numerusform>%n cycle · {duration}</numerusform>
            <numerusform>%n cycles · {duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n cycle(s)</source>
        <translation>
            <numerusform>at most %n cycle</numerusform>
            <numerusform>at most %n cycles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsHeatMap</name>
    <message numerus="yes">
        <source>{filled} of {total} hour slots have calls; the busiest is {weekday} {hour} with %n call(s).</source>
        <translation>
            <numerusform>{filled} of {total} hour slots have calls; the busiest is {weekday} {hour} with %n call.</numerusform>
            <numerusform>{filled} of {total} hour slots have calls; the busiest is {weekday} {hour} with %n calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n call(s) handled</source>
        <translation>
            <numerusform>{when}: %n call handled</numerusform>
            <numerusform>{when}: %n calls handled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message numerus="yes">
        <source>Exported %n call(s) to {target}.</source>
        <translation>
            <numerusform>Exported %n call to {target}.</numerusform>
            <numerusform>Exported %n calls to {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detected call times: %n span(s) in {target}.</source>
        <translation>
            <numerusform>Detected call times: %n span in {target}.</numerusform>
            <numerusform>Detected call times: %n spans in {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased. Removed %n file(s) and folder(s); you are starting again with an empty journal.</source>
        <translation>
            <numerusform>Erased. Removed %n file and folder; you are starting again with an empty journal.</numerusform>
            <numerusform>Erased. Removed %n files and folders; you are starting again with an empty journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayWords</name>
    <message numerus="yes">
        <source>{day}: %n call(s), mean stress {mean} · 7-day mean {rolling}</source>
        <translation>
            <numerusform>{day}: %n call, mean stress {mean} · 7-day mean {rolling}</numerusform>
            <numerusform>{day}: %n calls, mean stress {mean} · 7-day mean {rolling}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message numerus="yes">
        <source>{when}: mean stress {mean} over %n call(s)</source>
        <translation>
            <numerusform>{when}: mean stress {mean} over %n call</numerusform>
            <numerusform>{when}: mean stress {mean} over %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>{shown} of %n entry(s)</source>
        <translation>
            <numerusform>{shown} of %n entry</numerusform>
            <numerusform>{shown} of %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightText</name>
    <message numerus="yes">
        <source>Your stress has been rising over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation>
            <numerusform>Your stress has been rising over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day with entries; Mann–Kendall p = {p}).</numerusform>
            <numerusform>Your stress has been rising over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n days with entries; Mann–Kendall p = {p}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress has been easing over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation>
            <numerusform>Your stress has been easing over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day with entries; Mann–Kendall p = {p}).</numerusform>
            <numerusform>Your stress has been easing over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n days with entries; Mann–Kendall p = {p}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{exercise} lowers your rating most: from {before} to {after} on average ({change} points) over %n session(s).</source>
        <translation>
            <numerusform>{exercise} lowers your rating most: from {before} to {after} on average ({change} points) over %n session.</numerusform>
            <numerusform>{exercise} lowers your rating most: from {before} to {after} on average ({change} points) over %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your weekly stress check-in has been 4 or 5 for %n week(s) in a row (latest: {score} on {day}). That is a lot to carry. It may help to talk to someone you trust, your supervisor, or your employee assistance line.</source>
        <translation>
            <numerusform>Your weekly stress check-in has been 4 or 5 for %n week in a row (latest: {score} on {day}). That is a lot to carry. It may help to talk to someone you trust, your supervisor, or your employee assistance line.</numerusform>
            <numerusform>Your weekly stress check-in has been 4 or 5 for %n weeks in a row (latest: {score} on {day}). That is a lot to carry. It may help to talk to someone you trust, your supervisor, or your employee assistance line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress is higher after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call(s).</source>
        <translation>
            <numerusform>Your stress is higher after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call.</numerusform>
            <numerusform>Your stress is higher after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress is lower after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call(s).</source>
        <translation>
            <numerusform>Your stress is lower after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call.</numerusform>
            <numerusform>Your stress is lower after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n calls.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFlowController</name>
    <message numerus="yes">
        <source>Saved %n kept entry(s).</source>
        <translation>
            <numerusform>Saved %n kept entry.</numerusform>
            <numerusform>Saved %n kept entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: {problem} Your entry is kept and will be saved as soon as the journal can take it (%n waiting).</source>
        <translation>
            <numerusform>Not saved yet: {problem} Your entry is kept and will be saved as soon as the journal can take it (%n waiting).</numerusform>
            <numerusform>Not saved yet: {problem} Your entry is kept and will be saved as soon as the journal can take it (%n waiting).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) today · avg {mean}</source>
        <translation>
            <numerusform>%n tough call today · avg {mean}</numerusform>
            <numerusform>%n tough calls today · avg {mean}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferWords</name>
    <message numerus="yes">
        <source>Take %n second(s)?</source>
        <translation>
            <numerusform>Take %n second?</numerusform>
            <numerusform>Take %n seconds?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n minute(s)?</source>
        <translation>
            <numerusform>Take %n minute?</numerusform>
            <numerusform>Take %n minutes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderFeatureController</name>
    <message numerus="yes">
        <source>Today: %n tough call(s), avg {mean}</source>
        <translation>
            <numerusform>Today: %n tough call, avg {mean}</numerusform>
            <numerusform>Today: %n tough calls, avg {mean}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Nothing was saved: fix the %n field(s) marked in red.</source>
        <translation>
            <numerusform>Nothing was saved: fix the %n field marked in red.</numerusform>
            <numerusform>Nothing was saved: fix the %n fields marked in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpansPanel</name>
    <message numerus="yes">
        <source>{day}: %n call(s) handled</source>
        <translation>
            <numerusform>{day}: %n call handled</numerusform>
            <numerusform>{day}: %n calls handled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too short to count</source>
        <translation>
            <numerusform>%n too short to count</numerusform>
            <numerusform>%n too short to count</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>%n exercise session(s), {minutes} minutes in all.</source>
        <translation>
            <numerusform>%n exercise session, {minutes} minutes in all.</numerusform>
            <numerusform>%n exercise sessions, {minutes} minutes in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stress changed by {change} on average after %n rated exercise(s).</source>
        <translation>
            <numerusform>Stress changed by {change} on average after %n rated exercise.</numerusform>
            <numerusform>Stress changed by {change} on average after %n rated exercises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) logged; stress mean {mean}, median {median}; {share} % rated {high} or more.</source>
        <translation>
            <numerusform>%n tough call logged; stress mean {mean}, median {median}; {share} % rated {high} or more.</numerusform>
            <numerusform>%n tough calls logged; stress mean {mean}, median {median}; {share} % rated {high} or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) handled (detected during your shifts).</source>
        <translation>
            <numerusform>%n call handled (detected during your shifts).</numerusform>
            <numerusform>%n calls handled (detected during your shifts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamShareController</name>
    <message numerus="yes">
        <source>Removed %n file(s) of yours from the team folder.</source>
        <translation>
            <numerusform>Removed %n file of yours from the team folder.</numerusform>
            <numerusform>Removed %n files of yours from the team folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n named file(s) deleted.</source>
        <translation>
            <numerusform>Saved. %n named file deleted.</numerusform>
            <numerusform>Saved. %n named files deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamShareDialog</name>
    <message numerus="yes">
        <source>%n entry(s); hover a cell for the full file name or hash.</source>
        <translation>
            <numerusform>%n entry; hover a cell for the full file name or hash.</numerusform>
            <numerusform>%n entries; hover a cell for the full file name or hash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamViewWindow</name>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n file read</numerusform>
            <numerusform>%n files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n not counted</numerusform>
            <numerusform>%n not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s).</source>
        <translation>
            <numerusform>%n week.</numerusform>
            <numerusform>%n weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsOverview</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; tough call(s) from {start} to {end} · mean stress &lt;b&gt;{mean}&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; tough call from {start} to {end} · mean stress &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; tough calls from {start} to {end} · mean stress &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n call(s)</source>
        <translation>
            <numerusform>{label}: %n call</numerusform>
            <numerusform>{label}: %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label}: before {before}, after {after} ({change}) over %n session(s)</source>
        <translation>
            <numerusform>{label}: before {before}, after {after} ({change}) over %n session</numerusform>
            <numerusform>{label}: before {before}, after {after} ({change}) over %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadSection</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; call(s) handled from {start} to {end} · {hours} hours on calls</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; call handled from {start} to {end} · {hours} hours on calls</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; calls handled from {start} to {end} · {hours} hours on calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s) handled, {minutes} minutes on calls</source>
        <translation>
            <numerusform>{day}: %n call handled, {minutes} minutes on calls</numerusform>
            <numerusform>{day}: %n calls handled, {minutes} minutes on calls</numerusform>
        </translation>
    </message>
</context>
</TS>
