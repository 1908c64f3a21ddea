<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>A wellbeing companion for contact-center agents: log a tough call in seconds and take a short reset between calls.</source>
        <translation>Un compagnon de bien-être pour les conseillers de centre de contact&#xa0;: noter un appel difficile en quelques secondes et faire une courte pause entre deux appels.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private by design.&lt;/b&gt; Everything stays on this computer. Nothing is shared unless you opt in.</source>
        <translation>&lt;b&gt;Confidentiel par conception.&lt;/b&gt; Tout reste sur cet ordinateur. Rien n&apos;est partagé sans votre accord.</translation>
    </message>
    <message>
        <source>Your data: {path}</source>
        <translation>Vos données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Keyboard: bind {command} to a shortcut in your desktop settings to open the log dialog from anywhere.</source>
        <translation>Clavier&#xa0;: associez {command} à un raccourci dans les paramètres de votre bureau pour ouvrir la fenêtre de saisie de n&apos;importe où.</translation>
    </message>
</context>
<context>
    <name>AcknowledgmentPopup</name>
    <message>
        <source>Logged</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>Add &amp;details…</source>
        <translation>Ajouter des &amp;détails…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Logged · stress {0}/10</source>
        <translation>Noté · stress {0}/10</translation>
    </message>
    <message>
        <source>Support line: {0}</source>
        <translation>Ligne de soutien&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Removed. Nothing was kept.</source>
        <translation>Supprimé. Rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>&amp;Undo ({0})</source>
        <translation>&amp;Annuler ({0})</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Removes the call just logged; {0} seconds left</source>
        <translation>Supprime l&apos;appel que vous venez de noter&#xa0;; encore {0} secondes</translation>
    </message>
</context>
<context>
    <name>AddSpanDialog</name>
    <message>
        <source>Add a call — Between Calls</source>
        <translation>Ajouter un appel — Between Calls</translation>
    </message>
    <message>
        <source>Call started at</source>
        <translation>Début de l&apos;appel</translation>
    </message>
    <message>
        <source>Call ended at</source>
        <translation>Fin de l&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Ends the &amp;next day</source>
        <translation>Se termine le &amp;lendemain</translation>
    </message>
    <message>
        <source>The call ended the next day</source>
        <translation>L&apos;appel s&apos;est terminé le lendemain</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add this call</source>
        <translation>Ajouter cet appel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A call on {day} that detection missed or got wrong. It counts like a detected call and is marked as added by hand.</source>
        <translation>Un appel du {day} que la détection a manqué ou mal noté. Il compte comme un appel détecté et est marqué comme ajouté à la main.</translation>
    </message>
</context>
<context>
    <name>AfterCallNote</name>
    <message>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <source>Tough one? &amp;Log it</source>
        <translation>Appel difficile&#xa0;? &amp;Notez-le</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation>Appel terminé.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>completely calm</source>
        <translation>tout à fait calme</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>worst distress imaginable</source>
        <translation>la pire détresse imaginable</translation>
    </message>
    <message>
        <source>&amp;Log a tough call…</source>
        <translation>&amp;Noter un appel difficile…</translation>
    </message>
    <message>
        <source>Stress rating, what made it hard, an optional private note</source>
        <translation>Niveau de stress, ce qui l&apos;a rendu difficile, une note privée facultative</translation>
    </message>
    <message>
        <source>{value} · {hint}</source>
        <translation>{value} · {hint}</translation>
    </message>
    <message>
        <source>Logs the call at once; add details from the acknowledgment</source>
        <translation>Note l&apos;appel tout de suite&#xa0;; vous pouvez ajouter des détails depuis la confirmation</translation>
    </message>
    <message>
        <source>&amp;Breathe…</source>
        <translation>&amp;Respirer…</translation>
    </message>
    <message>
        <source>A minute of calm breathing; long exhale is the default</source>
        <translation>Une minute de respiration calme&#xa0;; l&apos;expiration longue est proposée par défaut</translation>
    </message>
    <message>
        <source>Relax &amp;muscles…</source>
        <translation>Détendre les m&amp;uscles…</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation; the desk version takes 2 minutes</source>
        <translation>Relaxation musculaire progressive&#xa0;; la version au poste dure 2 minutes</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>&amp;Tendances…</translation>
    </message>
    <message>
        <source>Your stress over time, insights, history, export and erase</source>
        <translation>Votre stress dans le temps, observations, historique, export et effacement</translation>
    </message>
    <message>
        <source>Log a tough call — rat&amp;ing only</source>
        <translation>Noter un appel difficile — &amp;valeur seule</translation>
    </message>
    <message>
        <source>S&amp;hare with my team…</source>
        <translation>&amp;Partager avec mon équipe…</translation>
    </message>
    <message>
        <source>What sharing means, your opt-ins, and a preview of exactly what would be shared</source>
        <translation>Ce que partager veut dire, vos accords et un aperçu de ce qui serait partagé exactement</translation>
    </message>
    <message>
        <source>T&amp;eam view…</source>
        <translation>Vue d&apos;&amp;équipe…</translation>
    </message>
    <message>
        <source>For team leads: team figures from the opted-in summaries</source>
        <translation>Pour les responsables d&apos;équipe&#xa0;: chiffres de l&apos;équipe à partir des résumés partagés</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>&amp;About Between Calls</source>
        <translation>À propos de &amp;Between Calls</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Last &amp;notice…</source>
        <translation>&amp;Dernier message…</translation>
    </message>
    <message>
        <source>Bring the newest card forward with keyboard focus (also: wellbeing notice)</source>
        <translation>Ramener la carte la plus récente au premier plan, avec le focus clavier (aussi&#xa0;: wellbeing notice)</translation>
    </message>
    <message>
        <source>On a &amp;call</source>
        <translation>En &amp;communication</translation>
    </message>
    <message>
        <source>While checked nothing pops up; prompts wait until you uncheck it</source>
        <translation>Tant que c&apos;est coché, rien ne s&apos;affiche&#xa0;; les messages attendent que vous décochiez</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Suspendre les rappels</translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Pendant &amp;30 minutes</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Pendant &amp;1 heure</translation>
    </message>
    <message>
        <source>Until the &amp;end of this shift</source>
        <translation>Jusqu&apos;à la &amp;fin de ce service</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Reprendre &amp;les rappels</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
</context>
<context>
    <name>AutoShareTimer</name>
    <message>
        <source>Your summary for {week} could not be shared: {error}</source>
        <translation>Votre résumé de {week} n&apos;a pas pu être partagé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Shared your summary for {week} with your team ({file}). Share with my team… shows exactly what it holds.</source>
        <translation>Votre résumé de {week} a été partagé avec votre équipe ({file}). «&#xa0;Partager avec mon équipe…&#xa0;» montre exactement ce qu&apos;il contient.</translation>
    </message>
</context>
<context>
    <name>BetweenCallsApp</name>
    <message>
        <source>Reminders paused</source>
        <translation>Rappels suspendus</translation>
    </message>
    <message>
        <source>Reminders resumed</source>
        <translation>Rappels repris</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy</source>
        <translation>La politique de votre organisation</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <extracomment>The GUI waits at most this long for another process&apos;s write lock, then keeps the call.</extracomment>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>some settings (defaults apply): {0}</source>
        <translation>certains paramètres (les valeurs par défaut s&apos;appliquent) : {0}</translation>
    </message>
    <message>
        <source>Between Calls is running, but this did not start: {0}. Logging calls and Quit work. Details are in the log file; restarting the app may help.</source>
        <translation>Between Calls fonctionne, mais ceci n&apos;a pas démarré&#xa0;: {0}. Noter un appel et Quitter fonctionnent. Les détails sont dans le fichier journal des événements&#xa0;; redémarrer l&apos;application peut aider.</translation>
    </message>
    <message>
        <source>Your call is saved, but today&apos;s backup could not be written: {0}</source>
        <translation>Votre appel est enregistré, mais la sauvegarde du jour n&apos;a pas pu être écrite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Your journal file (entries are kept in memory until restart)</source>
        <translation>Votre fichier journal (les entrées restent en mémoire jusqu&apos;au redémarrage)</translation>
    </message>
    <message>
        <source>Your journal file was damaged.</source>
        <translation>Votre fichier journal était endommagé.</translation>
    </message>
    <message>
        <source>Your journal file was empty (0 bytes).</source>
        <translation>Votre fichier journal était vide (0 octet).</translation>
    </message>
    <message>
        <source>Your journal file was missing.</source>
        <translation>Votre fichier journal était introuvable.</translation>
    </message>
    <message>
        <source>It was kept as {copy}.</source>
        <translation>Il a été conservé sous le nom {copy}.</translation>
    </message>
    <message>
        <source>No good backup existed, so a new journal was started.</source>
        <translation>Aucune sauvegarde intacte n&apos;existait ; un nouveau journal a donc été commencé.</translation>
    </message>
    <message>
        <source>The backup {backup} was restored.</source>
        <translation>La sauvegarde {backup} a été restaurée.</translation>
    </message>
    <message>
        <source>Entries made since that backup are not in it: they are in {copy}.</source>
        <translation>Les entrées faites depuis cette sauvegarde n&apos;y figurent pas : elles sont dans {copy}.</translation>
    </message>
    <message>
        <source>Entries made since that backup could not be found.</source>
        <translation>Les entrées faites depuis cette sauvegarde sont introuvables.</translation>
    </message>
    <message>
        <source>A leftover write-ahead log was kept, not applied, as {name}.</source>
        <translation>Un journal d&apos;écriture anticipée restant a été conservé sans être appliqué, sous le nom {name}.</translation>
    </message>
    <message>
        <source>The journal cannot be opened: {reason}</source>
        <translation>Le journal ne peut pas être ouvert : {reason}</translation>
    </message>
    <message>
        <source>{0} could not start; the details are in the log file. Quit and start it again, or see the README.</source>
        <translation>{0} n&apos;a pas pu démarrer ; les détails sont dans le fichier journal. Quittez et relancez l&apos;application, ou consultez le README.</translation>
    </message>
    <message>
        <source>Notices from the keyboard</source>
        <translation>Avis au clavier</translation>
    </message>
    <message>
        <source>Breathing and muscle relaxation</source>
        <translation>Respiration et relaxation musculaire</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Reminders, call detection and Settings</source>
        <translation>Rappels, détection des appels et Paramètres</translation>
    </message>
    <message>
        <source>Team sharing</source>
        <translation>Partage avec l&apos;équipe</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>First-start window</source>
        <extracomment>Remembered once the first-start window was finished or skipped (never shown again by itself).</extracomment>
        <translation>Fenêtre de bienvenue</translation>
    </message>
    <message>
        <source>Sensed workload</source>
        <translation>Charge de travail détectée</translation>
    </message>
</context>
<context>
    <name>BreathingSetupPanel</name>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Rythme</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> cycles</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Inspirer</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retenez</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Expirer</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Custom in seconds</source>
        <translation>Inspiration personnalisée en secondes</translation>
    </message>
    <message>
        <source>Custom hold seconds</source>
        <translation>Rétention personnalisée en secondes</translation>
    </message>
    <message>
        <source>Custom out seconds</source>
        <translation>Expiration personnalisée en secondes</translation>
    </message>
    <message>
        <source>Custom rest seconds</source>
        <translation>Pause personnalisée en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
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
            <numerusform>au plus %n cycle</numerusform>
            <numerusform>au plus %n cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>your own pattern</source>
        <translation>votre propre exercice</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>{phase}: {seconds} s is outside {low}–{high} s.</source>
        <translation>{phase}&#xa0;: {seconds}&#xa0;s est en dehors de {low}–{high}&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>BreathingShape</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <source>Breathe — Between Calls</source>
        <translation>Respirer — Between Calls</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Mouvement réduit</translation>
    </message>
    <message>
        <source>No growing shape: a steady bar and text instead. On automatically when your desktop asks for less motion.</source>
        <translation>Pas de forme qui grandit&#xa0;: une barre fixe et du texte. S&apos;active tout seul quand votre bureau demande moins de mouvement.</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>Annoncer les phases</translation>
    </message>
    <message>
        <source>Says “Breathe in”, “Hold”, “Breathe out” through your computer&apos;s speech engine</source>
        <translation>Dit « Inspirez », « Retenez », « Expirez » avec la synthèse vocale de votre ordinateur</translation>
    </message>
    <message>
        <source>Seconds through this phase</source>
        <translation>Secondes écoulées dans cette phase</translation>
    </message>
    <message>
        <source>%p% of the session</source>
        <translation>%p% de la séance</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <source>Speak the phases (no speech engine: text only)</source>
        <translation>Annoncer les phases (pas de synthèse vocale : texte seul)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Paused · {step}</source>
        <translation>En pause · {step}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>getting ready</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>breath {index} of {total}</source>
        <translation>respiration {index} sur {total}</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
    </message>
</context>
<context>
    <name>CallsHeatMap</name>
    <message>
        <source>Calls handled by hour and weekday</source>
        <translation>Appels traités par heure et jour de la semaine</translation>
    </message>
    <message>
        <source>No calls handled in this range.</source>
        <translation>Aucun appel traité sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>{filled} of {total} hour slots have calls; the busiest is {weekday} {hour} with %n call(s).</source>
        <translation>
            <numerusform>{filled} créneaux horaires sur {total} ont des appels&#xa0;; le plus chargé est {weekday} {hour} avec %n appel.</numerusform>
            <numerusform>{filled} créneaux horaires sur {total} ont des appels&#xa0;; le plus chargé est {weekday} {hour} avec %n appels.</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: no calls</source>
        <translation>{when}&#xa0;: aucun appel</translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n call(s) handled</source>
        <translation>
            <numerusform>{when}&#xa0;: %n appel traité</numerusform>
            <numerusform>{when}&#xa0;: %n appels traités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardFeature</name>
    <message>
        <source>Nothing to undo: Undo is offered for 10 seconds after logging.</source>
        <translation>Rien à annuler&#xa0;: Annuler est proposé pendant 10 secondes après l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>No notice to show: nothing has popped up since you last closed one.</source>
        <translation>Aucune notification à afficher&#xa0;: rien n&apos;est apparu depuis que vous avez fermé la dernière.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Show “{0}” as a table</source>
        <translation>Afficher « {0} » en tableau</translation>
    </message>
    <message>
        <source>{0} — table</source>
        <translation>{0} — tableau</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Export as {format}</source>
        <extracomment>``(format, suggested name) -&gt; chosen path or None``; a file dialog unless tests inject one.</extracomment>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>Fichiers {format} (*.{extension})</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Every field of every call you logged, notes included, and the detected call times in a second file beside it. Keep the files somewhere private.</source>
        <translation>Tous les champs de tous les appels notés, notes comprises, et les heures d&apos;appel détectées dans un second fichier à côté. Gardez les fichiers dans un endroit privé.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>&amp;Erase all my data…</source>
        <translation>&amp;Effacer toutes mes données…</translation>
    </message>
    <message>
        <source>Your journal lives in {folder}.</source>
        <translation>Votre journal se trouve dans {folder}.</translation>
    </message>
    <message>
        <source>Could not export to {target}: {error}.</source>
        <translation>Impossible d&apos;exporter vers {target}&#xa0;: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to {target}.</source>
        <translation>
            <numerusform>%n appel exporté vers {target}.</numerusform>
            <numerusform>%n appels exportés vers {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detected call times: %n span(s) in {target}.</source>
        <translation>
            <numerusform>Heures d&apos;appel détectées&#xa0;: %n plage dans {target}.</numerusform>
            <numerusform>Heures d&apos;appel détectées&#xa0;: %n plages dans {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is {path}.</source>
        <translation>Le fichier est {path}.</translation>
    </message>
    <message>
        <source>Could not erase everything: {error}. Nothing else changed.</source>
        <translation>Impossible de tout effacer&#xa0;: {error}. Rien d&apos;autre n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <source>Erased. Removed %n file(s) and folder(s); you are starting again with an empty journal.</source>
        <translation>
            <numerusform>Effacé. %n fichier ou dossier supprimé&#xa0;; vous repartez avec un journal vide.</numerusform>
            <numerusform>Effacé. %n fichiers et dossiers supprimés&#xa0;; vous repartez avec un journal vide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayWords</name>
    <message>
        <source>{day}: no entries</source>
        <translation>{day}&#xa0;: aucune entrée</translation>
    </message>
    <message>
        <source>7-day mean {mean}</source>
        <translation>moyenne sur 7 jours {mean}</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s), mean stress {mean} · 7-day mean {rolling}</source>
        <translation>
            <numerusform>{day}&#xa0;: %n appel, stress moyen {mean} · moyenne sur 7 jours {rolling}</numerusform>
            <numerusform>{day}&#xa0;: %n appels, stress moyen {mean} · moyenne sur 7 jours {rolling}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDataDialog</name>
    <message>
        <source>Erase all my data</source>
        <translation>Effacer toutes mes données</translation>
    </message>
    <message>
        <source>ERASE</source>
        <comment>the word the agent types to confirm erasing: one word, capitals, easy to type on that language&apos;s keyboard</comment>
        <translation>EFFACER</translation>
    </message>
    <message>
        <source>&lt;b&gt;This deletes everything you have logged&lt;/b&gt;: every call, note, exercise, check-in, detected call time and setting, and the daily backups.</source>
        <translation>&lt;b&gt;Cela efface tout ce que vous avez noté&lt;/b&gt;&#xa0;: chaque appel, note, exercice, questionnaire, heure d&apos;appel détectée et réglage, ainsi que les sauvegardes quotidiennes.</translation>
    </message>
    <message>
        <source>It cannot be undone. If you might want your history later, export it first (Cancel, then Export).</source>
        <translation>C&apos;est irréversible. Si vous pourriez vouloir votre historique plus tard, exportez-le d&apos;abord (Annuler, puis Exporter).</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Tapez {word} pour confirmer</translation>
    </message>
    <message>
        <source>To erase everything now, type {word} below.</source>
        <translation>Pour tout effacer maintenant, tapez {word} ci-dessous.</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Tout effacer</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Something went wrong ({error}). It was logged; the app keeps running.</source>
        <translation>Un problème est survenu ({error}). Il a été consigné&#xa0;; l&apos;application continue de fonctionner.</translation>
    </message>
</context>
<context>
    <name>ExerciseCues</name>
    <message>
        <source>Now.</source>
        <translation>Maintenant.</translation>
    </message>
    <message>
        <source>And relax.</source>
        <translation>Et relâchez.</translation>
    </message>
    <message>
        <source>Let go.</source>
        <translation>Laissez aller.</translation>
    </message>
    <message>
        <source>Rest quietly.</source>
        <translation>Reposez-vous tranquillement.</translation>
    </message>
</context>
<context>
    <name>ExerciseRatingPanel</name>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Carry on without a rating (the digit keys 0–9 also answer)</source>
        <translation>Continuer sans note (les touches 0–9 répondent aussi)</translation>
    </message>
    <message>
        <source>Click a number, or press 0–9. Your ratings show what helps you.</source>
        <translation>Cliquez sur un chiffre ou appuyez sur 0–9. Vos notes montrent ce qui vous aide.</translation>
    </message>
</context>
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Skip and start</source>
        <translation>Passer et commencer</translation>
    </message>
    <message>
        <source>Choose another exercise…</source>
        <translation>Choisir un autre exercice…</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Consignes de sécurité</translation>
    </message>
    <message>
        <source>Keep on top</source>
        <translation>Garder au premier plan</translation>
    </message>
    <message>
        <source>Keep this window above others (handy on small screens)</source>
        <translation>Garder cette fenêtre au-dessus des autres (pratique sur les petits écrans)</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Signal sonore</translation>
    </message>
    <message>
        <source>A soft chime at each change of phase</source>
        <translation>Un son doux à chaque changement de phase</translation>
    </message>
    <message>
        <source>Before you start: how stressed do you feel right now?</source>
        <translation>Avant de commencer&#xa0;: quel est votre niveau de stress en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>And now, how stressed do you feel?</source>
        <translation>Et maintenant, quel est votre niveau de stress&#xa0;?</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sound cue (no audio device: silent)</source>
        <translation>Signal sonore (pas de sortie audio&#xa0;: silencieux)</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bravo.</translation>
    </message>
    <message>
        <source>Stopped — that&apos;s fine.</source>
        <translation>Arrêté — ce n&apos;est pas grave.</translation>
    </message>
    <message>
        <source>Saved in your journal · stress {before} → {after}.</source>
        <translation>Enregistré dans votre journal · stress {before} → {after}.</translation>
    </message>
</context>
<context>
    <name>FallbackPanel</name>
    <message>
        <source>No system tray was found on this desktop, so Between Calls lives in this small panel.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée sur ce bureau&#xa0;; Between Calls vit donc dans ce petit panneau.</translation>
    </message>
</context>
<context>
    <name>HeatMapKey</name>
    <message>
        <source>calm (0)</source>
        <translation>calme (0)</translation>
    </message>
    <message>
        <source>moderate (5)</source>
        <translation>modéré (5)</translation>
    </message>
    <message>
        <source>very tense (10)</source>
        <translation>très tendu (10)</translation>
    </message>
    <message>
        <source>outline only: no calls</source>
        <translation>contour seul : aucun appel</translation>
    </message>
    <message>
        <source>Colour key, mean stress:</source>
        <translation>Légende des couleurs, stress moyen :</translation>
    </message>
    <message>
        <source>Colour key: </source>
        <translation>Légende des couleurs : </translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>Stress by hour and weekday</source>
        <translation>Stress par heure et jour de la semaine</translation>
    </message>
    <message>
        <source>{filled} of {total} hour slots have entries.</source>
        <translation>{filled} créneaux horaires sur {total} ont des entrées.</translation>
    </message>
    <message>
        <source>{when}: no entries</source>
        <translation>{when}&#xa0;: aucune entrée</translation>
    </message>
    <message numerus="yes">
        <source>{when}: mean stress {mean} over %n call(s)</source>
        <translation>
            <numerusform>{when}&#xa0;: stress moyen {mean} sur %n appel</numerusform>
            <numerusform>{when}&#xa0;: stress moyen {mean} sur %n appels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>When (local)</source>
        <translation>Quand (heure locale)</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>What made it hard</source>
        <translation>Ce qui l&apos;a rendu difficile</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>History of logged calls</source>
        <translation>Historique des appels notés</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entry (Del); you can undo it</source>
        <translation>Supprimer l&apos;entrée sélectionnée (Suppr)&#xa0;; vous pouvez l&apos;annuler</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>A&amp;nnuler la suppression</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s)</source>
        <translation>
            <numerusform>{shown} sur %n entrée</numerusform>
            <numerusform>{shown} sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escaladé</translation>
    </message>
    <message>
        <source>ended for abuse</source>
        <translation>interrompu pour propos abusifs</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>Modifier l&apos;entrée</translation>
    </message>
    <message>
        <source>Could not save: {error}. Your changes are still here.</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: {error}. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Deleted the entry of {when} (stress {stress}).</source>
        <translation>Entrée du {when} supprimée (stress {stress}).</translation>
    </message>
</context>
<context>
    <name>InsightText</name>
    <message numerus="yes">
        <source>Your stress has been rising over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation>
            <numerusform>Votre stress a augmenté ces 4 dernières semaines&#xa0;: d&apos;environ {slope} points par semaine (pente de Theil–Sen sur %n jour avec entrées&#xa0;; Mann–Kendall p = {p}).</numerusform>
            <numerusform>Votre stress a augmenté ces 4 dernières semaines&#xa0;: d&apos;environ {slope} points par semaine (pente de Theil–Sen sur %n jours avec entrées&#xa0;; Mann–Kendall p = {p}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress has been easing over the last 4 weeks: about {slope} points a week (Theil–Sen slope over %n day(s) with entries; Mann–Kendall p = {p}).</source>
        <translation>
            <numerusform>Votre stress a diminué ces 4 dernières semaines&#xa0;: d&apos;environ {slope} points par semaine (pente de Theil–Sen sur %n jour avec entrées&#xa0;; Mann–Kendall p = {p}).</numerusform>
            <numerusform>Votre stress a diminué ces 4 dernières semaines&#xa0;: d&apos;environ {slope} points par semaine (pente de Theil–Sen sur %n jours avec entrées&#xa0;; Mann–Kendall p = {p}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hardest hour is {start}–{end}: mean stress {mean} over {calls} calls, against {overall} across all {overall_calls} calls in this range.</source>
        <translation>Votre heure la plus difficile est {start}–{end}&#xa0;: stress moyen {mean} sur {calls} appels, contre {overall} sur l&apos;ensemble des {overall_calls} appels de cette période.</translation>
    </message>
    <message>
        <source>{weekday} is your hardest day: mean stress {mean} over {calls} calls, against {overall} overall.</source>
        <translation>Le {weekday} est votre jour le plus difficile&#xa0;: stress moyen {mean} sur {calls} appels, contre {overall} en tout.</translation>
    </message>
    <message numerus="yes">
        <source>{exercise} lowers your rating most: from {before} to {after} on average ({change} points) over %n session(s).</source>
        <translation>
            <numerusform>{exercise} fait le plus baisser votre note&#xa0;: de {before} à {after} en moyenne ({change} points) sur %n séance.</numerusform>
            <numerusform>{exercise} fait le plus baisser votre note&#xa0;: de {before} à {after} en moyenne ({change} points) sur %n séances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your weekly stress check-in has been 4 or 5 for %n week(s) in a row (latest: {score} on {day}). That is a lot to carry. It may help to talk to someone you trust, your supervisor, or your employee assistance line.</source>
        <translation>
            <numerusform>Votre question hebdomadaire sur le stress est à 4 ou 5 depuis %n semaine d&apos;affilée (dernière&#xa0;: {score} le {day}). C&apos;est beaucoup à porter. Il peut être utile d&apos;en parler à une personne de confiance, à votre responsable ou à votre service d&apos;aide aux salariés.</numerusform>
            <numerusform>Votre question hebdomadaire sur le stress est à 4 ou 5 depuis %n semaines d&apos;affilée (dernière&#xa0;: {score} le {day}). C&apos;est beaucoup à porter. Il peut être utile d&apos;en parler à une personne de confiance, à votre responsable ou à votre service d&apos;aide aux salariés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress is higher after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call(s).</source>
        <translation>
            <numerusform>Votre stress est plus élevé après des séries de {length}+ appels enchaînés&#xa0;: {after} contre {otherwise} sur %n appel.</numerusform>
            <numerusform>Votre stress est plus élevé après des séries de {length}+ appels enchaînés&#xa0;: {after} contre {otherwise} sur %n appels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your stress is lower after runs of {length}+ back-to-back calls: {after} vs {otherwise} over %n call(s).</source>
        <translation>
            <numerusform>Votre stress est plus bas après des séries de {length}+ appels enchaînés&#xa0;: {after} contre {otherwise} sur %n appel.</numerusform>
            <numerusform>Votre stress est plus bas après des séries de {length}+ appels enchaînés&#xa0;: {after} contre {otherwise} sur %n appels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFlowController</name>
    <message>
        <source>Could not save: {error}. Your entry is still here.</source>
        <extracomment>How often calls kept in memory are tried again (the journal was locked or its folder gone).</extracomment>
        <translation>Impossible d&apos;enregistrer&#xa0;: {error}. Votre entrée est toujours là.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n kept entry(s).</source>
        <translation>
            <numerusform>%n entrée conservée enregistrée.</numerusform>
            <numerusform>%n entrées conservées enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: {problem} Your entry is kept and will be saved as soon as the journal can take it (%n waiting).</source>
        <translation>
            <numerusform>Pas encore enregistrée : {problem} Votre entrée est conservée et sera enregistrée dès que le journal pourra la recevoir (%n en attente).</numerusform>
            <numerusform>Pas encore enregistrée : {problem} Votre entrée est conservée et sera enregistrée dès que le journal pourra la recevoir (%n en attente).</numerusform>
        </translation>
    </message>
    <message>
        <source>{app} · no tough calls logged today</source>
        <translation>{app} · aucun appel difficile noté aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) today · avg {mean}</source>
        <translation>
            <numerusform>%n appel difficile aujourd&apos;hui · moyenne {mean}</numerusform>
            <numerusform>%n appels difficiles aujourd&apos;hui · moyenne {mean}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferWords</name>
    <message numerus="yes">
        <source>Take %n second(s)?</source>
        <translation>
            <numerusform>Prendre %n seconde ?</numerusform>
            <numerusform>Prendre %n secondes ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n minute(s)?</source>
        <translation>
            <numerusform>Prendre %n minute ?</numerusform>
            <numerusform>Prendre %n minutes ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PmrWindow</name>
    <message>
        <source>Relax muscles — Between Calls</source>
        <extracomment>Steps said in bold: the words carry the meaning, so no colour is needed (high contrast).</extracomment>
        <translation>Détendre les muscles — Between Calls</translation>
    </message>
    <message>
        <source>Before you start:</source>
        <translation>Avant de commencer&#xa0;:</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Lire les étapes à voix haute</translation>
    </message>
    <message>
        <source>Spoken guidance through your computer&apos;s speech engine</source>
        <translation>Guidage vocal par la synthèse vocale de votre ordinateur</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Sit comfortably. Tense firmly but never to pain; skip any group that hurts (S).</source>
        <translation>Asseyez-vous confortablement. Contractez fermement mais jamais jusqu&apos;à la douleur&#xa0;; passez tout groupe qui fait mal (S).</translation>
    </message>
    <message>
        <source>%p% of the script</source>
        <translation>%p% du programme</translation>
    </message>
    <message>
        <source>Progress through the script</source>
        <translation>Progression dans le programme</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Skip group (S)</source>
        <translation>Passer le groupe (S)</translation>
    </message>
    <message>
        <source>Skip this group, for example an injured or painful area</source>
        <translation>Passer ce groupe, par exemple une zone blessée ou douloureuse</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <source>shortened</source>
        <comment>word looked for in a script&apos;s summary</comment>
        <translation>abrégé</translation>
    </message>
    <message>
        <source>(shortened form)</source>
        <translation>(forme abrégée)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Group {index} of {total}</source>
        <translation>Groupe {index} sur {total}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Paused · {step}</source>
        <translation>En pause · {step}</translation>
    </message>
    <message>
        <source>Speak the steps (no speech engine: text only)</source>
        <translation>Lire les étapes à voix haute (pas de synthèse vocale&#xa0;: texte seul)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a tough call</source>
        <translation>Noter un appel difficile</translation>
    </message>
    <message>
        <source>How stressed do you feel right now? (keys 0–9; 1 then 0 for 10)</source>
        <translation>Quel est votre niveau de stress en ce moment&#xa0;? (touches 0–9&#xa0;; 1 puis 0 pour 10)</translation>
    </message>
    <message>
        <source>What made it hard? (any that apply)</source>
        <translation>Qu&apos;est-ce qui l&apos;a rendu difficile&#xa0;? (tout ce qui s&apos;applique)</translation>
    </message>
    <message>
        <source>Private note (optional, stays on this computer)</source>
        <translation>Note privée (facultative, reste sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Optional, stays on this computer; Enter saves, Shift+Enter makes a new line</source>
        <translation>Facultative, reste sur cet ordinateur&#xa0;; Entrée enregistre, Maj+Entrée va à la ligne</translation>
    </message>
    <message>
        <source>Add details to the call you logged</source>
        <translation>Ajouter des détails à l&apos;appel noté</translation>
    </message>
    <message>
        <source>Pick a stress rating from 0 to 10 first (press a digit key).</source>
        <translation>Choisissez d&apos;abord un niveau de stress de 0 à 10 (appuyez sur un chiffre).</translation>
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
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>Policy file: {origin}</source>
        <translation>Fichier de stratégie&#xa0;: {origin}</translation>
    </message>
    <message>
        <source>Your data stays on this computer unless you opt in to sharing.</source>
        <translation>Vos données restent sur cet ordinateur, sauf si vous acceptez de les partager.</translation>
    </message>
    <message>
        <source>on a call — reminders wait</source>
        <translation>en communication — les rappels attendent</translation>
    </message>
    <message>
        <source>reminders paused until {time}</source>
        <translation>rappels suspendus jusqu&apos;à {time}</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n tough call(s), avg {mean}</source>
        <translation>
            <numerusform>Aujourd&apos;hui&#xa0;: %n appel difficile, moyenne {mean}</numerusform>
            <numerusform>Aujourd&apos;hui&#xa0;: %n appels difficiles, moyenne {mean}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: no tough calls logged</source>
        <translation>Aujourd&apos;hui&#xa0;: aucun appel difficile noté</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>&amp;Breathe for a minute</source>
        <extracomment>The instrument&apos;s order: the WHO-5 form lists &quot;All of the time&quot; (5) first.</extracomment>
        <translation>Respirer &amp;une minute</translation>
    </message>
    <message>
        <source>&amp;Start a 1-minute reset</source>
        <translation>Faire une pause d&apos;une &amp;minute</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation>&amp;Rappeler dans 10 min</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>&amp;Good night</source>
        <translation>&amp;Bonne soirée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>{0} ({1} of 5)
{2}</source>
        <translation>{0} ({1} sur 5)
{2}</translation>
    </message>
    <message>
        <source>The WHO-5 is shown in English: its official wording in your language has not been verified yet.</source>
        <translation>Le WHO-5 est affiché en anglais : sa formulation officielle dans votre langue n&apos;a pas encore été vérifiée.</translation>
    </message>
    <message>
        <source>{0} = {1}</source>
        <translation>{0} = {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>completely calm</source>
        <translation>tout à fait calme</translation>
    </message>
    <message>
        <source>worst distress imaginable</source>
        <translation>la pire détresse imaginable</translation>
    </message>
</context>
<context>
    <name>SettingEditor</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>Choisir {0}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Choose &amp;days and times…</source>
        <translation>Choisir &amp;jours et heures…</translation>
    </message>
    <message>
        <source>Choose shift days and times</source>
        <translation>Choisir les jours et heures de service</translation>
    </message>
    <message>
        <source>How the app reads your shifts</source>
        <translation>Comment l’application lit vos services</translation>
    </message>
    <message>
        <source>Reads as: {0}</source>
        <translation>Se lit ainsi : {0}</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Verrouillé.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Shift</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Shifts</source>
        <extracomment>The dialog&apos;s tabs, in order; each setting names its page by one of these constants. &quot;system&quot; follows the desktop; the others are the shipped languages (``SHIPPED_LANGUAGES``).</extracomment>
        <translation>Horaires de service</translation>
    </message>
    <message>
        <source>Days and hours you work, e.g. &apos;mon-fri 09:00-17:30&apos; or &apos;mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00&apos;. Reminders only come inside a shift.</source>
        <translation>Les jours et heures où vous travaillez, p. ex. &apos;mon-fri 09:00-17:30&apos; ou &apos;mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00&apos;. Les rappels n&apos;arrivent que pendant un service.</translation>
    </message>
    <message>
        <source>Micro-break nudges</source>
        <translation>Rappels de micropause</translation>
    </message>
    <message>
        <source>A gentle nudge to stand, stretch or look away, every few minutes of shift. Off by default.</source>
        <translation>Un rappel doux pour se lever, s&apos;étirer ou regarder au loin, toutes les quelques minutes de service. Désactivé par défaut.</translation>
    </message>
    <message>
        <source>Nudge every (minutes)</source>
        <translation>Rappel toutes les (minutes)</translation>
    </message>
    <message>
        <source>Minutes of shift between micro-break nudges (30–180).</source>
        <translation>Minutes de service entre deux rappels de micropause (30–180).</translation>
    </message>
    <message>
        <source>Mid-shift pulse</source>
        <translation>Point à mi-service</translation>
    </message>
    <message>
        <source>Halfway through a shift, one tap: how are you, 0–10? Optional.</source>
        <translation>À mi-service, un clic&#xa0;: comment allez-vous, 0–10&#xa0;? Facultatif.</translation>
    </message>
    <message>
        <source>End-of-shift wind-down</source>
        <translation>Fin de service en douceur</translation>
    </message>
    <message>
        <source>At the end of a shift: today in one line, an exercise and a leave-work-at-work note.</source>
        <translation>À la fin d&apos;un service&#xa0;: la journée en une ligne, un exercice et un mot pour laisser le travail au travail.</translation>
    </message>
    <message>
        <source>Weekly stress question</source>
        <translation>Question hebdomadaire sur le stress</translation>
    </message>
    <message>
        <source>Once a week at the end of your shift: &apos;These days, how stressed do you feel?&apos; 1–5 (Elo et al. 2003). Seen by you only.</source>
        <translation>Une fois par semaine à la fin de votre service&#xa0;: «&#xa0;Ces temps-ci, quel est votre niveau de stress&#xa0;?&#xa0;» 1–5 (Elo et al. 2003). Vous seul la voyez.</translation>
    </message>
    <message>
        <source>Weekly check-in day</source>
        <translation>Jour du questionnaire hebdomadaire</translation>
    </message>
    <message>
        <source>The day the weekly question (and WHO-5) comes, at the end of that day&apos;s last shift. Pick a day you work.</source>
        <translation>Le jour où arrive la question hebdomadaire (et le WHO-5), à la fin du dernier service de ce jour-là. Choisissez un jour travaillé.</translation>
    </message>
    <message>
        <source>WHO-5 every two weeks</source>
        <translation>WHO-5 toutes les deux semaines</translation>
    </message>
    <message>
        <source>The WHO-5 Well-Being Index, five short items, every second week. Stays on this computer and is never shared.</source>
        <translation>L&apos;indice de bien-être WHO-5, cinq courtes questions, une semaine sur deux. Reste sur cet ordinateur et n&apos;est jamais partagé.</translation>
    </message>
    <message>
        <source>After-call &apos;Tough one?&apos; note</source>
        <translation>Message «&#xa0;Appel difficile&#xa0;?&#xa0;» après l&apos;appel</translation>
    </message>
    <message>
        <source>After a call ends, a small note near the tray for 8 seconds; one click opens the log dialog.</source>
        <translation>À la fin d&apos;un appel, un petit message près de la zone de notification pendant 8 secondes&#xa0;; un clic ouvre la fenêtre de saisie.</translation>
    </message>
    <message>
        <source>Detect calls from the microphone</source>
        <translation>Détecter les appels par le micro</translation>
    </message>
    <message>
        <source>While the microphone is in use nothing pops up and prompts wait until the call ends.</source>
        <translation>Tant que le micro est utilisé, rien ne s&apos;affiche et les messages attendent la fin de l&apos;appel.</translation>
    </message>
    <message>
        <source>Softphone window title</source>
        <translation>Titre de la fenêtre du softphone</translation>
    </message>
    <message>
        <source>Also treat you as on a call while a window whose title contains this text is in front (e.g. &apos;Genesys&apos;). Empty = off.</source>
        <translation>Vous considérer aussi en communication tant qu&apos;une fenêtre dont le titre contient ce texte est au premier plan (p. ex. &apos;Genesys&apos;). Vide = désactivé.</translation>
    </message>
    <message>
        <source>Check for calls every (seconds)</source>
        <translation>Vérifier les appels toutes les (secondes)</translation>
    </message>
    <message>
        <source>How often to check for a call during a shift (2–30). Outside shifts nothing is checked.</source>
        <translation>À quelle fréquence un appel est recherché pendant un service (2–30). En dehors des services, rien n&apos;est vérifié.</translation>
    </message>
    <message>
        <source>Record when calls start and end</source>
        <translation>Enregistrer le début et la fin des appels</translation>
    </message>
    <message>
        <source>During a shift, note when each detected call starts and ends, on this computer only, to show calls handled, talk time and back-to-back runs. Off: nothing is recorded.</source>
        <translation>Pendant un service, noter quand chaque appel détecté commence et se termine, sur cet ordinateur seulement, pour montrer les appels traités, le temps en ligne et les appels enchaînés. Désactivé&#xa0;: rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Shortest call (seconds)</source>
        <translation>Appel le plus court (secondes)</translation>
    </message>
    <message>
        <source>Detected calls shorter than this are kept but not counted as calls: a microphone test, a voice note (0–300).</source>
        <translation>Les appels détectés plus courts sont conservés mais ne comptent pas comme appels&#xa0;: un test de micro, une note vocale (0–300).</translation>
    </message>
    <message>
        <source>Back to back under (seconds)</source>
        <translation>Enchaînés en moins de (secondes)</translation>
    </message>
    <message>
        <source>A call that starts less than this after the previous one ended counts as back to back (5–300).</source>
        <translation>Un appel qui commence moins de ce temps après la fin du précédent compte comme enchaîné (5–300).</translation>
    </message>
    <message>
        <source>A break between calls is at least (seconds)</source>
        <translation>Une pause entre deux appels dure au moins (secondes)</translation>
    </message>
    <message>
        <source>A gap at least this long ends a run of calls (10–1800; 180 = 3 minutes).</source>
        <translation>Un intervalle au moins aussi long met fin à une série d&apos;appels (10–1800&#xa0;; 180 = 3 minutes).</translation>
    </message>
    <message>
        <source>Suggest a reset after tough calls</source>
        <translation>Proposer une pause après des appels difficiles</translation>
    </message>
    <message>
        <source>When several tough calls come close together, offer a one-minute reset exercise.</source>
        <translation>Quand plusieurs appels difficiles se suivent de près, proposer un exercice d&apos;une minute.</translation>
    </message>
    <message>
        <source>Tough calls in a row</source>
        <translation>Appels difficiles à la suite</translation>
    </message>
    <message>
        <source>How many logged calls within the window suggest a reset (2–10).</source>
        <translation>Combien d&apos;appels notés dans la fenêtre de temps suggèrent une pause (2–10).</translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation>En moins de (minutes)</translation>
    </message>
    <message>
        <source>The window for counting tough calls (10–240 minutes).</source>
        <translation>La fenêtre de temps pour compter les appels difficiles (10–240 minutes).</translation>
    </message>
    <message>
        <source>Suggest a reset after a long run of calls</source>
        <translation>Proposer une pause après une longue série d&apos;appels</translation>
    </message>
    <message>
        <source>After many calls without a break, the next gap between calls offers a one-minute reset exercise.</source>
        <translation>Après beaucoup d&apos;appels sans pause, le prochain intervalle entre deux appels propose un exercice d&apos;une minute.</translation>
    </message>
    <message>
        <source>Calls in a run</source>
        <translation>Appels dans une série</translation>
    </message>
    <message>
        <source>How many calls without a break earn a reset (3–40).</source>
        <translation>Combien d&apos;appels sans pause justifient une pause (3–40).</translation>
    </message>
    <message>
        <source>Or minutes in a run</source>
        <translation>Ou minutes dans une série</translation>
    </message>
    <message>
        <source>How many minutes of calls without a break earn a reset (20–480).</source>
        <translation>Combien de minutes d&apos;appels sans pause justifient une pause (20–480).</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Ligne de soutien</translation>
    </message>
    <message>
        <source>Your employee assistance (EAP) line, shown after a serious call.</source>
        <translation>Le numéro de votre programme d&apos;aide aux salariés (PAE), affiché après un appel grave.</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>Where opted-in weekly summaries are written (a shared or synced folder). Empty = nothing is ever written.</source>
        <translation>Où sont écrits les résumés hebdomadaires partagés (un dossier partagé ou synchronisé). Vide = rien n&apos;est jamais écrit.</translation>
    </message>
    <message>
        <source>Share anonymously</source>
        <translation>Partager anonymement</translation>
    </message>
    <message>
        <source>Count toward team figures only: your summary is sealed so that only the aggregator set by IT can open it, and your lead sees team figures only. Offered only when the policy names an aggregator.</source>
        <translation>Compte uniquement dans les chiffres de l&apos;équipe : votre résumé est scellé pour que seul l&apos;agrégateur désigné par l&apos;informatique puisse l&apos;ouvrir, et votre responsable ne voit que des chiffres d&apos;équipe. Proposé seulement si la stratégie nomme un agrégateur.</translation>
    </message>
    <message>
        <source>Once you opted in, last week&apos;s summary is written for you early each week (a week that began before you opted in is never shared on its own). Off: you share by hand from Share with my team… in the tray menu.</source>
        <translation>Une fois votre accord donné, le résumé de la semaine passée est écrit pour vous en début de semaine (une semaine commencée avant votre accord n&apos;est jamais partagée d&apos;elle-même). Désactivé : vous partagez vous-même via « Partager avec mon équipe… » dans le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>Aggregator public key</source>
        <translation>Clé publique de l&apos;agrégateur</translation>
    </message>
    <message>
        <source>Aggregator</source>
        <translation>Agrégateur</translation>
    </message>
    <message>
        <source>Who holds the aggregator&apos;s private key, e.g. &apos;Contoso IT service desk&apos;; shown to agents before they share.</source>
        <translation>Qui détient la clé privée de l&apos;agrégateur, par ex. &apos;Support informatique Contoso&apos; ; affiché avant le partage.</translation>
    </message>
    <message>
        <source>Enrollment (admin) public key</source>
        <translation>Clé publique d&apos;inscription (admin)</translation>
    </message>
    <message>
        <source>The key that signs the roster of enrolled agents, as printed by &apos;wellbeing team admin-key&apos;. Only rostered agents are counted.</source>
        <translation>La clé qui signe la liste des agents inscrits, telle qu&apos;affichée par &apos;wellbeing team admin-key&apos;. Seuls les agents de la liste sont comptés.</translation>
    </message>
    <message>
        <source>Share with my name</source>
        <translation>Partager avec mon nom</translation>
    </message>
    <message>
        <source>Your team lead may see your weekly summary for 1:1 support. Never notes, call times or check-in scores.</source>
        <translation>Votre responsable peut voir votre résumé hebdomadaire pour les entretiens individuels. Jamais de notes, d&apos;heures d&apos;appel ni de résultats de questionnaires.</translation>
    </message>
    <message>
        <source>Share each week automatically</source>
        <translation>Partager automatiquement chaque semaine</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>The name on a named summary.</source>
        <translation>Le nom qui figure sur un résumé nominatif.</translation>
    </message>
    <message>
        <source>Minimum group size</source>
        <translation>Taille minimale du groupe</translation>
    </message>
    <message>
        <source>A team figure shows only when at least this many people contributed (5–1000).</source>
        <translation>Un chiffre d&apos;équipe n&apos;apparaît que si au moins ce nombre de personnes y ont contribué (5–1000).</translation>
    </message>
    <message>
        <source>Noise (epsilon)</source>
        <translation>Bruit (epsilon)</translation>
    </message>
    <message>
        <source>Laplace noise the aggregator adds once to each week&apos;s team figures; smaller = more noise; 0 = the aggregator&apos;s default of 1 (0, or 0.05–10).</source>
        <translation>Bruit de Laplace ajouté une seule fois par l&apos;agrégateur aux chiffres de chaque semaine ; plus petit = plus de bruit ; 0 = valeur par défaut de l&apos;agrégateur, 1 (0, ou 0,05–10).</translation>
    </message>
    <message>
        <source>The key anonymous summaries are sealed to, as printed by &apos;wellbeing team aggregator-key&apos; (set only by IT&apos;s policy). Empty = anonymous sharing is not offered.</source>
        <translation>La clé pour laquelle les résumés anonymes sont scellés, telle qu&apos;affichée par &apos;wellbeing team aggregator-key&apos; (seule la politique de l&apos;informatique la définit). Vide = le partage anonyme n&apos;est pas proposé.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of every window. Desktop language follows your computer; a change applies at once.</source>
        <translation>La langue de toutes les fenêtres. «&#xa0;Langue du bureau&#xa0;» suit votre ordinateur&#xa0;; un changement s&apos;applique tout de suite.</translation>
    </message>
    <message>
        <source>Desktop language</source>
        <translation>Langue du bureau</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app} — Settings</source>
        <extracomment>Settings only a team lead needs; shown only where a team folder is set.</extracomment>
        <translation>{app} — Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Only your organisation&apos;s IT policy sets this.</source>
        <translation>Seule la politique informatique de votre organisation le définit.</translation>
    </message>
    <message>
        <source>Show the &amp;welcome window again…</source>
        <translation>Afficher à nouveau la fenêtre d&apos;&amp;accueil…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: fix the %n field(s) marked in red.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré&#xa0;: corrigez le champ marqué en rouge.</numerusform>
            <numerusform>Rien n&apos;a été enregistré&#xa0;: corrigez les %n champs marqués en rouge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <source>Anonymous part: {file} is sealed for {aggregator}; only {aggregator} can open it. Inside, a pseudonym that changes every week stands in for you. Your lead sees only team figures that {aggregator} publishes when at least {min_group} enrolled agents contributed, with noise added.</source>
        <translation>Partie anonyme : {file} est scellé pour {aggregator} ; seul {aggregator} peut l&apos;ouvrir. À l&apos;intérieur, un pseudonyme qui change chaque semaine vous remplace. Votre responsable ne voit que les chiffres d&apos;équipe que {aggregator} publie quand au moins {min_group} agents inscrits ont contribué, avec du bruit ajouté.</translation>
    </message>
    <message>
        <source>You are not on the team&apos;s roster yet, so the aggregator will not count this file: ask IT to enroll you (wellbeing summary enroll-request makes the request file).</source>
        <translation>Vous n&apos;êtes pas encore sur la liste de l&apos;équipe : l&apos;agrégateur ne comptera pas ce fichier. Demandez à l&apos;informatique de vous inscrire (wellbeing summary enroll-request crée le fichier de demande).</translation>
    </message>
    <message>
        <source>Anonymous sharing is not offered: your organisation&apos;s policy names no aggregator, and without one your lead could read each anonymous file. Named sharing still works.</source>
        <translation>Le partage anonyme n&apos;est pas proposé : la stratégie de votre organisation ne nomme aucun agrégateur, et sans lui votre responsable pourrait lire chaque fichier anonyme. Le partage nominatif fonctionne toujours.</translation>
    </message>
    <message>
        <source>Named part: {file} is signed and readable by your lead under the name “{name}”.</source>
        <translation>Partie nominative : {file} est signé et lisible par votre responsable sous le nom « {name} ».</translation>
    </message>
    <message>
        <source>Nothing would be written: choose anonymous or named sharing first.</source>
        <translation>Rien ne serait écrit : choisissez d&apos;abord le partage anonyme ou nominatif.</translation>
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
        <translation>m&amp;er</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>&amp;jeu</translation>
    </message>
    <message>
        <source>F&amp;ri</source>
        <translation>&amp;ven</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>s&amp;am</translation>
    </message>
    <message>
        <source>Su&amp;n</source>
        <translation>&amp;dim</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>Début du service</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Fin du service</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Commence à</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Finit à</translation>
    </message>
</context>
<context>
    <name>ShiftPickerDialog</name>
    <message>
        <source>Shift days and times</source>
        <translation>Jours et heures de service</translation>
    </message>
    <message>
        <source>About the shifts in the field</source>
        <translation>À propos des services dans le champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Use these days and times</source>
        <translation>Utiliser ces jours et heures</translation>
    </message>
    <message>
        <source>Cancel, change nothing</source>
        <translation>Annuler, sans rien changer</translation>
    </message>
    <message>
        <source>The field holds several shifts. OK replaces them all with the one shift you choose here.</source>
        <translation>Le champ contient plusieurs services. OK les remplace tous par le seul service que vous choisissez ici.</translation>
    </message>
    <message>
        <source>The text in the field is not a shift the app can read. OK replaces it with the shift you choose here.</source>
        <translation>Le texte du champ n’est pas un service que l’application sait lire. OK le remplace par le service que vous choisissez ici.</translation>
    </message>
    <message>
        <source>Tick at least one day you work.</source>
        <translation>Cochez au moins un jour travaillé.</translation>
    </message>
</context>
<context>
    <name>ShiftReading</name>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>{start}–{end} (overnight)</source>
        <translation>{start}–{end} (de nuit)</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>No shifts, so no reminders come.</source>
        <translation>Aucun service, donc aucun rappel.</translation>
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
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Jour sui&amp;vant</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>A&amp;ujourd&apos;hui</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Noticed by</source>
        <translation>Repéré par</translation>
    </message>
    <message>
        <source>Counts as a call</source>
        <translation>Compte comme appel</translation>
    </message>
    <message>
        <source>Detected calls of the day</source>
        <translation>Appels détectés du jour</translation>
    </message>
    <message>
        <source>&amp;Add a call…</source>
        <translation>Ajou&amp;ter un appel…</translation>
    </message>
    <message>
        <source>Add a call that detection missed on this day</source>
        <translation>Ajouter un appel de ce jour que la détection a manqué</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected call (Del); you can undo it</source>
        <translation>Supprimer l&apos;appel sélectionné (Suppr)&#xa0;; vous pouvez l&apos;annuler</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>A&amp;nnuler la suppression</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>No calls were detected on {day}.</source>
        <translation>Aucun appel détecté le {day}.</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s) handled</source>
        <translation>
            <numerusform>{day}&#xa0;: %n appel traité</numerusform>
            <numerusform>{day}&#xa0;: %n appels traités</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} minutes on calls</source>
        <translation>{minutes} minutes en appel</translation>
    </message>
    <message numerus="yes">
        <source>%n too short to count</source>
        <translation>
            <numerusform>%n trop court pour compter</numerusform>
            <numerusform>%n trop courts pour compter</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls detected during your shifts are noted here, on this computer only.</source>
        <translation>Les appels détectés pendant vos services sont notés ici, sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy keeps this on ({reason}).</source>
        <translation>La politique de votre organisation le laisse activé ({reason}).</translation>
    </message>
    <message>
        <source>You can switch this off in Settings.</source>
        <translation>Vous pouvez le désactiver dans les Paramètres.</translation>
    </message>
    <message>
        <source>Recording calls is switched off by your organisation&apos;s policy ({reason}).</source>
        <translation>L&apos;enregistrement des appels est désactivé par la politique de votre organisation ({reason}).</translation>
    </message>
    <message>
        <source>Recording calls is switched off in Settings.</source>
        <translation>L&apos;enregistrement des appels est désactivé dans les Paramètres.</translation>
    </message>
    <message>
        <source>New calls are not noted; the ones below stay until you delete them.</source>
        <translation>Les nouveaux appels ne sont pas notés&#xa0;; ceux ci-dessous restent jusqu&apos;à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No, shorter than {seconds} s</source>
        <translation>Non, moins de {seconds} s</translation>
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
        <translation>Microphone</translation>
    </message>
    <message>
        <source>By hand (toggle or added)</source>
        <translation>À la main (bouton ou ajouté)</translation>
    </message>
    <message>
        <source>Softphone window</source>
        <translation>Fenêtre du softphone</translation>
    </message>
    <message>
        <source>{source}, end taken from the app&apos;s last check</source>
        <translation>{source}, fin prise au dernier contrôle de l&apos;app</translation>
    </message>
    <message>
        <source>{day}, {start} to {end}</source>
        <translation>{day}, de {start} à {end}</translation>
    </message>
    <message>
        <source>This call is still going on; you can delete it once it has ended.</source>
        <translation>Cet appel est toujours en cours&#xa0;; vous pourrez le supprimer une fois terminé.</translation>
    </message>
    <message>
        <source>Deleted the call of {when}.</source>
        <translation>Appel du {when} supprimé.</translation>
    </message>
    <message>
        <source>Could not save: {error}. Nothing was added.</source>
        <translation>Enregistrement impossible&#xa0;: {error}. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The end must be after the start. Nothing was saved.</source>
        <translation>La fin doit être après le début. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A call can be at most 12 hours long. Nothing was saved.</source>
        <translation>Un appel dure au plus 12 heures. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>That overlaps another call. Nothing was saved.</source>
        <translation>Cela chevauche un autre appel. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>That overlaps the call of {when}; delete that one first if it is wrong. Nothing was saved.</source>
        <translation>Cela chevauche l&apos;appel du {when}&#xa0;; supprimez d&apos;abord celui-ci s&apos;il est faux. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <source>Breathe all the way out</source>
        <translation>Expirez complètement</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Encore un peu d&apos;air</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retenez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Contractez</translation>
    </message>
    <message>
        <source>Relax — let go all at once</source>
        <translation>Relâchez — tout d&apos;un coup</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Laissez aller</translation>
    </message>
    <message>
        <source>Rest quietly</source>
        <translation>Reposez-vous tranquillement</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Ensuite&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Notice the difference between tension and relaxation.</source>
        <translation>Remarquez la différence entre tension et détente.</translation>
    </message>
    <message>
        <source>Without tensing, recall how these muscles felt when they let go, and let them relax further.</source>
        <translation>Sans contracter, rappelez-vous la sensation de ces muscles quand ils se sont relâchés, et laissez-les se détendre encore.</translation>
    </message>
    <message>
        <source>Stay relaxed; breathe easily.</source>
        <translation>Restez détendu&#xa0;; respirez librement.</translation>
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
        <translation>0 = tout à fait calme</translation>
    </message>
    <message>
        <source>10 = worst distress imaginable</source>
        <translation>10 = la pire détresse imaginable</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>Week {week} ({span}), {who}.</source>
        <translation>Semaine {week} ({span}), {who}.</translation>
    </message>
    <message>
        <source>What made them hard: {parts}.</source>
        <translation>Ce qui les a rendus difficiles&#xa0;: {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise session(s), {minutes} minutes in all.</source>
        <translation>
            <numerusform>%n séance d&apos;exercice, {minutes} minutes en tout.</numerusform>
            <numerusform>%n séances d&apos;exercice, {minutes} minutes en tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stress changed by {change} on average after %n rated exercise(s).</source>
        <translation>
            <numerusform>Le stress a changé de {change} en moyenne après %n exercice noté.</numerusform>
            <numerusform>Le stress a changé de {change} en moyenne après %n exercices notés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included: your notes, when each call happened, your check-ins and WHO-5 answers.</source>
        <translation>Non inclus&#xa0;: vos notes, le moment de chaque appel, vos questionnaires et vos réponses au WHO-5.</translation>
    </message>
    <message>
        <source>counted in team figures, and your lead may read it under the name {name}</source>
        <translation>compté dans les chiffres de l&apos;équipe, et votre responsable peut le lire sous le nom {name}</translation>
    </message>
    <message>
        <source>readable by your lead under the name {name}</source>
        <translation>lisible par votre responsable sous le nom {name}</translation>
    </message>
    <message>
        <source>counted in team figures only, without your name</source>
        <translation>compté dans les chiffres de l&apos;équipe seulement, sans votre nom</translation>
    </message>
    <message>
        <source>No tough calls logged.</source>
        <translation>Aucun appel difficile noté.</translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) logged; stress mean {mean}, median {median}; {share} % rated {high} or more.</source>
        <translation>
            <numerusform>%n appel difficile noté&#xa0;; stress moyen {mean}, médiane {median}&#xa0;; {share} % notés {high} ou plus.</numerusform>
            <numerusform>%n appels difficiles notés&#xa0;; stress moyen {mean}, médiane {median}&#xa0;; {share} % notés {high} ou plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) handled (detected during your shifts).</source>
        <translation>
            <numerusform>%n appel traité (détecté pendant vos services).</numerusform>
            <numerusform>%n appels traités (détectés pendant vos services).</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % of them logged as tough.</source>
        <translation>Dont {share} % notés comme difficiles.</translation>
    </message>
    <message>
        <source>Only the weekly count, never when each call was.</source>
        <translation>Seulement le total de la semaine, jamais l&apos;heure de chaque appel.</translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>fewer than {min_group} agents contributed</source>
        <extracomment>A category count is hidden when fewer agents than this reported it (our choice). Half-width of the central 95 % interval of a Laplace variable, in units of its scale.</extracomment>
        <translation>moins de {min_group} agents ont contribué</translation>
    </message>
    <message>
        <source>subtracting the named summaries would reveal {remainder} anonymous agents (fewer than {min_group})</source>
        <translation>soustraire les résumés nominatifs révélerait {remainder} agents anonymes (moins de {min_group})</translation>
    </message>
    <message>
        <source>reported by fewer than {min_cell} agents</source>
        <translation>signalée par moins de {min_cell} agents</translation>
    </message>
    <message>
        <source>hidden so that another hidden figure cannot be worked out</source>
        <translation>masqué pour qu&apos;un autre chiffre masqué ne puisse pas être déduit</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>aucun appel</translation>
    </message>
    <message>
        <source>no detected calls</source>
        <translation>aucun appel détecté</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>± {spread} (95 %)</source>
        <translation>± {spread} (95&#xa0;%)</translation>
    </message>
    <message>
        <source>± {spread} points (95 %)</source>
        <translation>± {spread} points (95&#xa0;%)</translation>
    </message>
    <message>
        <source>oversize</source>
        <extracomment>Plausibility caps per agent and week (100 tough calls a day is already beyond any shift). Sensed-workload keys; a summary written before sensed workload has neither.</extracomment>
        <translation>trop volumineux</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>mal formé</translation>
    </message>
    <message>
        <source>unknown schema</source>
        <translation>schéma inconnu</translation>
    </message>
    <message>
        <source>out-of-range value</source>
        <translation>valeur hors limites</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>signature non valide</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>tombstoned</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>unsafe or mismatched name</source>
        <translation>nom non sûr ou incohérent</translation>
    </message>
    <message>
        <source>over plausibility cap</source>
        <translation>au-delà du plafond de plausibilité</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>non inscrit</translation>
    </message>
    <message>
        <source>unenrolled</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <source>replayed from another week</source>
        <translation>rejoué depuis une autre semaine</translation>
    </message>
    <message>
        <source>cannot be decrypted</source>
        <translation>impossible à déchiffrer</translation>
    </message>
    <message>
        <source>sealed for another aggregator</source>
        <translation>scellé pour un autre agrégateur</translation>
    </message>
    <message>
        <source>anonymous figures in clear</source>
        <translation>chiffres anonymes en clair</translation>
    </message>
    <message>
        <source>no aggregator key</source>
        <translation>aucune clé d&apos;agrégateur</translation>
    </message>
    <message>
        <source>Agents contributing</source>
        <extracomment>Column heads of the team view, in order (translated where the report is shown).</extracomment>
        <translation>Agents contributeurs</translation>
    </message>
    <message>
        <source>Tough calls logged</source>
        <translation>Appels difficiles notés</translation>
    </message>
    <message>
        <source>Mean stress (0–10)</source>
        <translation>Stress moyen (0–10)</translation>
    </message>
    <message>
        <source>Median stress, typical agent</source>
        <translation>Stress médian, agent type</translation>
    </message>
    <message>
        <source>Calls rated 7 or more</source>
        <translation>Appels notés 7 ou plus</translation>
    </message>
    <message>
        <source>Agents who did an exercise</source>
        <translation>Agents ayant fait un exercice</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Séances d&apos;exercice</translation>
    </message>
    <message>
        <source>Exercise minutes</source>
        <translation>Minutes d&apos;exercice</translation>
    </message>
    <message>
        <source>Mean stress change after an exercise</source>
        <translation>Variation moyenne du stress après un exercice</translation>
    </message>
    <message>
        <source>Calls handled (detected)</source>
        <translation>Appels traités (détectés)</translation>
    </message>
    <message>
        <source>Share of calls logged as tough</source>
        <translation>Part des appels notés comme difficiles</translation>
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
        <translation>masqué [{number}]</translation>
    </message>
    <message>
        <source>No team report from the aggregator in this folder yet. Anonymous summaries are sealed; only the aggregator can open and count them.</source>
        <translation>Ce dossier ne contient pas encore de rapport d&apos;équipe de l&apos;agrégateur. Les résumés anonymes sont scellés ; seul l&apos;agrégateur peut les ouvrir et les compter.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>No categories to show.</source>
        <translation>Aucune catégorie à afficher.</translation>
    </message>
    <message>
        <source>Share of the week&apos;s tough calls with each category (newest week first).</source>
        <translation>Part des appels difficiles de la semaine pour chaque catégorie (semaine la plus récente en premier).</translation>
    </message>
    <message>
        <source>No agent chose named sharing.</source>
        <translation>Aucun agent n&apos;a choisi le partage nominatif.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tough calls</source>
        <translation>Appels difficiles</translation>
    </message>
    <message>
        <source>Mean stress</source>
        <translation>Stress moyen</translation>
    </message>
    <message>
        <source>Rated 7+</source>
        <translation>Notés 7+</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Every file was valid.</source>
        <translation>Tous les fichiers étaient valides.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Why some figures are hidden</source>
        <translation>Pourquoi certains chiffres sont masqués</translation>
    </message>
    <message>
        <source>the aggregator</source>
        <translation>l&apos;agrégateur</translation>
    </message>
    <message>
        <source>No aggregator key is set (team_aggregator_public_key), so no team figures can be checked or shown; named summaries still are.</source>
        <translation>Aucune clé d&apos;agrégateur n&apos;est définie (team_aggregator_public_key) : aucun chiffre d&apos;équipe ne peut être vérifié ni affiché ; les résumés nominatifs, si.</translation>
    </message>
    <message>
        <source>Team figures come only from the weekly reports signed by {who}, who opens the sealed anonymous summaries, counts enrolled agents only, hides any figure fewer than the minimum group contributed to (or that could be worked out by subtraction), never shows a bare 0 % or 100 %, and adds noise once (± shows its 95 % range).</source>
        <translation>Les chiffres d&apos;équipe viennent uniquement des rapports hebdomadaires signés par {who}, qui ouvre les résumés anonymes scellés, ne compte que les agents inscrits, masque tout chiffre auquel moins d&apos;agents que le groupe minimum ont contribué (ou qui pourrait être déduit par soustraction), n&apos;affiche jamais 0&#xa0;% ou 100&#xa0;% tel quel et ajoute du bruit une seule fois (± indique sa plage à 95&#xa0;%).</translation>
    </message>
    <message>
        <source>Nobody reading this folder, you included, can open a single agent&apos;s anonymous summary.</source>
        <translation>Personne qui lit ce dossier, vous compris, ne peut ouvrir le résumé anonyme d&apos;un agent en particulier.</translation>
    </message>
    <message>
        <source>{files} files in the folder, {sealed} of them sealed for the aggregator, {rejected} not counted.</source>
        <translation>Fichiers dans le dossier&#xa0;: {files}, dont scellés pour l&apos;agrégateur&#xa0;: {sealed}, non comptés&#xa0;: {rejected}.</translation>
    </message>
    <message>
        <source>Team wellbeing report</source>
        <translation>Rapport de bien-être de l&apos;équipe</translation>
    </message>
    <message>
        <source>Made {generated}</source>
        <translation>Créé&#xa0;: {generated}</translation>
    </message>
    <message>
        <source>Weekly team figures</source>
        <translation>Chiffres hebdomadaires de l&apos;équipe</translation>
    </message>
    <message>
        <source>What made calls hard</source>
        <translation>Ce qui a rendu les appels difficiles</translation>
    </message>
    <message>
        <source>Named summaries (agents who chose to be seen)</source>
        <translation>Résumés nominatifs (agents qui ont choisi d&apos;être vus)</translation>
    </message>
    <message>
        <source>Files not counted</source>
        <translation>Fichiers non comptés</translation>
    </message>
</context>
<context>
    <name>TeamShareController</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nominatif</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Delete your summary files (sealed and named) from the team folder and stop sharing? The aggregator and the team view will ignore anything you shared before; team figures already published for past weeks stay as they are. Opting in again starts with a new key, which IT must enroll again.</source>
        <translation>Supprimer vos résumés (scellés et nominatifs) du dossier d&apos;équipe et arrêter le partage ? L&apos;agrégateur et la vue d&apos;équipe ignoreront tout ce que vous avez partagé avant ; les chiffres d&apos;équipe déjà publiés pour les semaines passées restent tels quels. Repartager commence avec une nouvelle clé, que l&apos;informatique doit inscrire à nouveau.</translation>
    </message>
    <message>
        <source>Sharing is off.</source>
        <translation>Le partage est désactivé.</translation>
    </message>
    <message>
        <source>{key} is locked by your organisation&apos;s policy ({reason})</source>
        <translation>{key} est verrouillé par la politique de votre organisation ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) of yours from the team folder.</source>
        <translation>
            <numerusform>%n de vos fichiers retiré du dossier d&apos;équipe.</numerusform>
            <numerusform>%n de vos fichiers retirés du dossier d&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>{tombstone} tells the aggregator and the team view to ignore anything signed with your old key.</source>
        <translation>{tombstone} indique à l&apos;agrégateur et à la vue d&apos;équipe d&apos;ignorer tout ce qui est signé avec votre ancienne clé.</translation>
    </message>
    <message>
        <source>Anonymous sharing is not offered: your organisation&apos;s policy names no aggregator.</source>
        <translation>Le partage anonyme n&apos;est pas proposé : la stratégie de votre organisation ne nomme aucun agrégateur.</translation>
    </message>
    <message>
        <source>Delete the summaries your lead could read under your name? Your sealed anonymous summaries carry no name and stay.</source>
        <translation>Supprimer les résumés que votre responsable pouvait lire sous votre nom ? Vos résumés anonymes scellés ne portent aucun nom et restent.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n named file(s) deleted.</source>
        <translation>
            <numerusform>Enregistré. %n fichier nominatif supprimé.</numerusform>
            <numerusform>Enregistré. %n fichiers nominatifs supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your choices could not be saved ({error}); nothing was changed, try again.</source>
        <translation>Vos choix n&apos;ont pas pu être enregistrés ({error}) ; rien n&apos;a été modifié, réessayez.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Type the name your lead should see.</source>
        <translation>Tapez le nom que votre responsable doit voir.</translation>
    </message>
    <message>
        <source>Choose an existing team folder (full path).</source>
        <translation>Choisissez un dossier d&apos;équipe existant (chemin complet).</translation>
    </message>
</context>
<context>
    <name>TeamShareDialog</name>
    <message>
        <source>Share with my team</source>
        <translation>Partager avec mon équipe</translation>
    </message>
    <message>
        <source>Sharing pages</source>
        <translation>Pages du partage</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Shared so far</source>
        <translation>Partagé &amp;jusqu&apos;ici</translation>
    </message>
    <message>
        <source>&amp;Count me in team figures (anonymous)</source>
        <translation>&amp;Me compter dans les chiffres de l&apos;équipe (anonyme)</translation>
    </message>
    <message>
        <source>Let my lead &amp;read my weekly summary (named)</source>
        <translation>Permettre à mon responsable de &amp;lire mon résumé hebdomadaire (nominatif)</translation>
    </message>
    <message>
        <source>The name your lead sees, e.g. Sam K.</source>
        <translation>Le nom que voit votre responsable, p. ex. Sam K.</translation>
    </message>
    <message>
        <source>A shared or synced folder your team lead reads</source>
        <translation>Un dossier partagé ou synchronisé que lit votre responsable</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Team &amp;folder:</source>
        <translation>&amp;Dossier d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ave choices</source>
        <translation>&amp;Enregistrer mes choix</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semaine&#xa0;:</translation>
    </message>
    <message>
        <source>The exact file that would be shared</source>
        <translation>Le fichier exact qui serait partagé</translation>
    </message>
    <message>
        <source>S&amp;hare this summary</source>
        <translation>Par&amp;tager ce résumé</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What you shared so far</source>
        <translation>Ce que vous avez partagé jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Stop sharing and &amp;revoke…</source>
        <translation>Arrêter de partager et ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Not offered: your organisation&apos;s policy names no aggregator.</source>
        <translation>Non proposé : la stratégie de votre organisation ne nomme aucun agrégateur.</translation>
    </message>
    <message>
        <source>The agent id and signature are examples until you opt in; your own pseudonymous id is made then.</source>
        <translation>L&apos;identifiant et la signature sont des exemples tant que vous n&apos;avez pas donné votre accord&#xa0;; votre propre identifiant pseudonyme est créé à ce moment-là.</translation>
    </message>
    <message>
        <source>Nothing would be written.</source>
        <translation>Rien ne serait écrit.</translation>
    </message>
    <message>
        <source>The team folder will get exactly these files:</source>
        <translation>Le dossier d&apos;équipe recevra exactement ces fichiers :</translation>
    </message>
    <message>
        <source>Shared: {files}</source>
        <translation>Partagé : {files}</translation>
    </message>
    <message>
        <source>Opt in on the Privacy tab first.</source>
        <translation>Donnez d&apos;abord votre accord dans l&apos;onglet Confidentialité.</translation>
    </message>
    <message>
        <source>--- sealed inside it; only the aggregator can read this part ---</source>
        <translation>--- scellé à l&apos;intérieur ; seul l&apos;agrégateur peut lire cette partie ---</translation>
    </message>
    <message>
        <source>summary {week}</source>
        <translation>résumé {week}</translation>
    </message>
    <message>
        <source>sealed {week}</source>
        <translation>scellé {week}</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s); hover a cell for the full file name or hash.</source>
        <translation>
            <numerusform>%n entrée&#xa0;; survolez une cellule pour voir le nom complet du fichier ou l&apos;empreinte.</numerusform>
            <numerusform>%n entrées&#xa0;; survolez une cellule pour voir le nom complet du fichier ou l&apos;empreinte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>Rien n&apos;a encore été partagé.</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Sharing choices not saved</source>
        <translation>Choix de partage non enregistrés</translation>
    </message>
    <message>
        <source>You changed your sharing choices but did not save them. Save them now?</source>
        <translation>Vous avez modifié vos choix de partage sans les enregistrer. Les enregistrer maintenant ?</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter de partager</translation>
    </message>
</context>
<context>
    <name>TeamViewWindow</name>
    <message>
        <source>Team view — Between Calls</source>
        <translation>Vue d&apos;équipe — Between Calls</translation>
    </message>
    <message>
        <source>The folder your team&apos;s summaries are written to</source>
        <translation>Le dossier où sont écrits les résumés de votre équipe</translation>
    </message>
    <message>
        <source>Team &amp;folder:</source>
        <translation>&amp;Dossier d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Save printable report…</source>
        <translation>Enregistrer le rapport &amp;imprimable…</translation>
    </message>
    <message>
        <source>Team view status</source>
        <translation>État de la vue d&apos;équipe</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Rapport d&apos;équipe</translation>
    </message>
    <message>
        <source>No team folder is set: type or browse for the shared folder.</source>
        <translation>Aucun dossier d&apos;équipe n&apos;est défini&#xa0;: tapez ou choisissez le dossier partagé.</translation>
    </message>
    <message>
        <source>The team folder {folder} does not exist.</source>
        <translation>Le dossier d&apos;équipe {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Reading and checking every file in {folder}…</source>
        <translation>Lecture et vérification de chaque fichier de {folder}…</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {error}</source>
        <translation>Impossible de lire {folder}&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n fichier lu</numerusform>
            <numerusform>%n fichiers lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n non compté</numerusform>
            <numerusform>%n non comptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s).</source>
        <translation>
            <numerusform>%n semaine.</numerusform>
            <numerusform>%n semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>No aggregator key is set, so no team figures can be shown; named summaries still are.</source>
        <translation>Aucune clé d&apos;agrégateur n&apos;est définie : aucun chiffre d&apos;équipe ne peut être affiché ; les résumés nominatifs, si.</translation>
    </message>
    <message>
        <source>Could not save {target}: {error}.</source>
        <translation>Impossible d&apos;enregistrer {target}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation>{target} enregistré.</translation>
    </message>
    <message>
        <source>Save team report</source>
        <translation>Enregistrer le rapport d&apos;équipe</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Dossier d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>TrendsOverview</name>
    <message>
        <source>&lt;h3&gt;Nothing to show for this range yet&lt;/h3&gt;&lt;p&gt;After a tough call, open &lt;b&gt;Log a tough call…&lt;/b&gt; from the tray icon (or click the icon) and rate how stressed you feel from 0 to 10. It takes two clicks, and everything stays on this computer.&lt;/p&gt;&lt;p&gt;Your charts appear here as soon as there is one entry; insights such as your hardest hour need a few weeks of entries (at least 30 calls), and a trend needs 10 days with entries in the last 4 weeks. Try a longer range above to see older entries.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rien à afficher pour cette période pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Après un appel difficile, ouvrez &lt;b&gt;Noter un appel difficile…&lt;/b&gt; depuis l&apos;icône de la zone de notification (ou cliquez sur l&apos;icône) et indiquez votre niveau de stress de 0 à 10. Cela prend deux clics, et tout reste sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Vos graphiques apparaissent ici dès la première entrée&#xa0;; des observations comme votre heure la plus difficile demandent quelques semaines d&apos;entrées (au moins 30 appels), et une tendance demande 10 jours avec entrées sur les 4 dernières semaines. Choisissez une période plus longue ci-dessus pour voir des entrées plus anciennes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No insight yet for this range. Each one waits until it is more than chance: a trend needs {days} days with entries in the last 4 weeks, your hardest hour or weekday {calls} calls, and the most helpful exercise {sessions} rated sessions.</source>
        <translation>Pas encore d&apos;observation pour cette période. Chacune attend d&apos;être plus que le hasard&#xa0;: une tendance demande {days} jours avec entrées sur les 4 dernières semaines, votre heure ou votre jour le plus difficile {calls} appels, et l&apos;exercice le plus utile {sessions} séances notées.</translation>
    </message>
    <message>
        <source>Overview: insights and charts</source>
        <translation>Aperçu&#xa0;: observations et graphiques</translation>
    </message>
    <message>
        <source>Stress after tough calls (0–10)</source>
        <translation>Stress après des appels difficiles (0–10)</translation>
    </message>
    <message>
        <source>mean of the day</source>
        <translation>moyenne du jour</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>moyenne sur 7 jours</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Mean stress</source>
        <translation>Stress moyen</translation>
    </message>
    <message>
        <source>Tough calls per day</source>
        <translation>Appels difficiles par jour</translation>
    </message>
    <message>
        <source>Stress by hour and weekday (your local time)</source>
        <translation>Stress par heure et jour de la semaine (votre heure locale)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What your entries say</source>
        <translation>Ce que disent vos entrées</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; tough call(s) from {start} to {end} · mean stress &lt;b&gt;{mean}&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; appel difficile du {start} au {end} · stress moyen &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; appels difficiles du {start} au {end} · stress moyen &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>What made calls hard</source>
        <translation>Ce qui a rendu les appels difficiles</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n call(s)</source>
        <translation>
            <numerusform>{label}&#xa0;: %n appel</numerusform>
            <numerusform>{label}&#xa0;: %n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>What made it hard</source>
        <translation>Ce qui l&apos;a rendu difficile</translation>
    </message>
    <message numerus="yes">
        <source>{label}: before {before}, after {after} ({change}) over %n session(s)</source>
        <translation>
            <numerusform>{label}&#xa0;: avant {before}, après {after} ({change}) sur %n séance</numerusform>
            <numerusform>{label}&#xa0;: avant {before}, après {after} ({change}) sur %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise effect: mean stress before and after</source>
        <translation>Effet des exercices&#xa0;: stress moyen avant et après</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Weekly stress check-in (1–5)</source>
        <translation>Question hebdomadaire sur le stress (1–5)</translation>
    </message>
    <message>
        <source>WHO-5 wellbeing (0–100, only you see this)</source>
        <translation>Bien-être WHO-5 (0–100, vous seul le voyez)</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>pas de questionnaire</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>TrendsWindow</name>
    <message>
        <source>Trends — Between Calls</source>
        <translation>Tendances — Between Calls</translation>
    </message>
    <message>
        <source>Detected calls</source>
        <translation>Appels détectés</translation>
    </message>
    <message>
        <source>Trends pages</source>
        <translation>Pages des tendances</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Detected call&amp;s</source>
        <translation>Appe&amp;ls détectés</translation>
    </message>
    <message>
        <source>Your &amp;data</source>
        <translation>Vos &amp;données</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Show {range} (Alt+{key})</source>
        <translation>Afficher {range} (Alt+{key})</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Right-click the Between Calls shortcut in the Start menu → Open file location → Properties → Shortcut key, or use a shortcut tool to run the command.</source>
        <translation>Clic droit sur le raccourci Between Calls dans le menu Démarrer → Ouvrir l&apos;emplacement du fichier → Propriétés → Touche de raccourci, ou un outil de raccourcis qui lance la commande.</translation>
    </message>
    <message>
        <source>Create a Shortcuts action that runs the command (Run Shell Script), then give it a keyboard shortcut in its details.</source>
        <translation>Créez dans Raccourcis une action qui lance la commande (Exécuter un script shell), puis donnez-lui un raccourci clavier dans ses détails.</translation>
    </message>
    <message>
        <source>GNOME: Settings → Keyboard → View and Customise Shortcuts → Custom Shortcuts. KDE: System Settings → Shortcuts → Add Command. Paste the command and press your keys.</source>
        <translation>GNOME : Paramètres → Clavier → Afficher et personnaliser les raccourcis → Raccourcis personnalisés. KDE : Configuration du système → Raccourcis → Ajouter une commande. Collez la commande et appuyez sur vos touches.</translation>
    </message>
    <message>
        <source>Welcome to Between Calls</source>
        <translation>Bienvenue dans Between Calls</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Passer pour l&apos;instant</translation>
    </message>
    <message>
        <source>&lt;p&gt;After a tough call, log it in a few seconds — a stress rating, what made it hard, an optional private note — and get a kind word and a one-minute reset on offer. Reminders never interrupt a call.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays private:&lt;/b&gt; everything you enter stays in one file on this computer. Nothing is sent anywhere; a weekly summary reaches your team only if you opt in later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Après un appel difficile, notez-le en quelques secondes — une note de stress, ce qui l&apos;a rendu difficile, une note privée facultative — et recevez un mot bienveillant et une pause d&apos;une minute proposée. Les rappels n&apos;interrompent jamais un appel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce qui reste privé :&lt;/b&gt; tout ce que vous saisissez reste dans un seul fichier sur cet ordinateur. Rien n&apos;est envoyé nulle part ; un résumé hebdomadaire n&apos;atteint votre équipe que si vous l&apos;acceptez plus tard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When do you work? Reminders only come inside a shift</source>
        <translation>Quand travaillez-vous ? Les rappels n&apos;arrivent que pendant un service</translation>
    </message>
    <message>
        <source>Your shifts are set by your organisation</source>
        <translation>Vos services sont fixés par votre organisation</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Ligne de soutien</translation>
    </message>
    <message>
        <source>e.g. your EAP number; shown after a serious call</source>
        <translation>p. ex. votre numéro PAE ; affiché après un appel grave</translation>
    </message>
    <message>
        <source>Set by your organisation: {0}</source>
        <translation>Fixé par votre organisation : {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Getting to it fast</source>
        <translation>Y accéder vite</translation>
    </message>
    <message>
        <source>Start Between Calls when I &amp;log in</source>
        <translation>Démarrer Between Calls à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <source>A hotkey for logging: bind this command to a keyboard shortcut.
{0}</source>
        <translation>Un raccourci pour noter : associez cette commande à un raccourci clavier.
{0}</translation>
    </message>
    <message>
        <source>Hotkey command to copy</source>
        <translation>Commande du raccourci à copier</translation>
    </message>
    <message>
        <source>Try one minute of &amp;breathing</source>
        <translation>Essayer une minute de &amp;respiration</translation>
    </message>
    <message>
        <source>Tick at least one day you work.</source>
        <translation>Cochez au moins un jour travaillé.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;a pas pu être modifié : {0}</translation>
    </message>
</context>
<context>
    <name>WorkloadSection</name>
    <message>
        <source>Calls handled (detected during your shifts)</source>
        <translation>Appels traités (détectés pendant vos services)</translation>
    </message>
    <message>
        <source>Calls handled and tough calls per day</source>
        <translation>Appels traités et appels difficiles par jour</translation>
    </message>
    <message>
        <source>calls handled</source>
        <translation>appels traités</translation>
    </message>
    <message>
        <source>tough calls</source>
        <translation>appels difficiles</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Calls handled</source>
        <translation>Appels traités</translation>
    </message>
    <message>
        <source>Tough calls</source>
        <translation>Appels difficiles</translation>
    </message>
    <message>
        <source>Talk time per day (minutes)</source>
        <translation>Temps en appel par jour (minutes)</translation>
    </message>
    <message>
        <source>Minutes on calls</source>
        <translation>Minutes en appel</translation>
    </message>
    <message>
        <source>Share of calls logged as tough (%)</source>
        <translation>Part des appels notés comme difficiles (%)</translation>
    </message>
    <message>
        <source>share of the day</source>
        <translation>part du jour</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>moyenne sur 7 jours</translation>
    </message>
    <message>
        <source>Share of the day (%)</source>
        <translation>Part de la journée (%)</translation>
    </message>
    <message>
        <source>7-day mean (%)</source>
        <translation>Moyenne sur 7 jours (%)</translation>
    </message>
    <message>
        <source>Calls handled by hour and weekday (your local time; hover for numbers)</source>
        <translation>Appels traités par heure et jour de la semaine (votre heure locale ; survolez pour les chiffres)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; call(s) handled from {start} to {end} · {hours} hours on calls</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; appel traité du {start} au {end} · {hours} heures en appel</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; appels traités du {start} au {end} · {hours} heures en appel</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % logged as tough</source>
        <translation>{share} % notés comme difficiles</translation>
    </message>
    <message>
        <source>{day}: no calls detected</source>
        <translation>{day}&#xa0;: aucun appel détecté</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n call(s) handled, {minutes} minutes on calls</source>
        <translation>
            <numerusform>{day}&#xa0;: %n appel traité, {minutes} minutes en appel</numerusform>
            <numerusform>{day}&#xa0;: %n appels traités, {minutes} minutes en appel</numerusform>
        </translation>
    </message>
    <message>
        <source>{tough} tough ({share} %)</source>
        <translation>{tough} difficiles ({share} %)</translation>
    </message>
    <message>
        <source>7-day mean {share} %</source>
        <translation>moyenne sur 7 jours {share} %</translation>
    </message>
</context>
</TS>
