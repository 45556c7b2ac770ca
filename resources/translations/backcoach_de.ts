<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackgroundPortal</name>
    <message>
        <source>Start at log-in could not be changed: there is no session bus to reach the desktop&apos;s portal.</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: Es gibt keinen Sitzungsbus zum Portal des Desktops.</translation>
    </message>
    <message>
        <source>To remind you of your back exercises.</source>
        <translation>Um dich an deine Rückenübungen zu erinnern.</translation>
    </message>
    <message>
        <source>The desktop did not allow Back Coach to start at log-in.</source>
        <translation>Der Desktop hat den Start von Back Coach bei der Anmeldung nicht erlaubt.</translation>
    </message>
    <message>
        <source>The desktop kept starting Back Coach at log-in.</source>
        <translation>Der Desktop startet Back Coach weiterhin bei der Anmeldung.</translation>
    </message>
    <message>
        <source>The desktop did not confirm that Back Coach no longer starts at log-in.</source>
        <translation>Der Desktop hat nicht bestätigt, dass Back Coach nicht mehr bei der Anmeldung startet.</translation>
    </message>
    <message>
        <source>The desktop did not answer in time about starting Back Coach at log-in.</source>
        <translation>Der Desktop hat zum Start von Back Coach bei der Anmeldung nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: this desktop has no portal for it (xdg-desktop-portal is not running).</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: Dieser Desktop hat kein Portal dafür (xdg-desktop-portal läuft nicht).</translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: the connection to the desktop was lost.</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: Die Verbindung zum Desktop ist abgebrochen.</translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: the desktop said “{error}”.</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: Der Desktop meldete „{error}“.</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Days with a session</source>
        <translation>Tage mit Training</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <source>{name}: still to come</source>
        <translation>{name}: kommt noch</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) done</source>
        <translation>
            <numerusform>%n Training geschafft</numerusform>
            <numerusform>%n Trainings geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n vorzeitig beendet</numerusform>
            <numerusform>%n vorzeitig beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a session</source>
        <translation>
            <numerusform>%n Tag mit Training</numerusform>
            <numerusform>%n Tage mit Training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n more with a session stopped early</source>
        <translation>
            <numerusform>, %n weiterer mit vorzeitig beendetem Training</numerusform>
            <numerusform>, %n weitere mit vorzeitig beendetem Training</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Pain checks are off before sessions. Press A to be asked before and after again.</source>
        <translation>Die Schmerzabfrage vor dem Training ist aus. Drücke A, um wieder vorher und nachher gefragt zu werden.</translation>
    </message>
    <message>
        <source>Pain checks are off after sessions. Press A to be asked before and after again.</source>
        <translation>Die Schmerzabfrage nach dem Training ist aus. Drücke A, um wieder vorher und nachher gefragt zu werden.</translation>
    </message>
    <message>
        <source>Pain checks are off before and after sessions. Press A to be asked before and after again.</source>
        <translation>Die Schmerzabfrage vor und nach dem Training ist aus. Drücke A, um wieder vorher und nachher gefragt zu werden.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Serie: %n Tag</numerusform>
            <numerusform>Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished today</source>
        <translation>
            <numerusform>%n heute geschafft</numerusform>
            <numerusform>%n heute geschafft</numerusform>
        </translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after this session. Ease off: next time, do fewer reps or stop the exercises that hurt. If it keeps happening, see a doctor or physiotherapist.</source>
        <translation>Deine Schmerzen sind nach diesem Training um {rise} gestiegen. Mach langsamer: Nächstes Mal weniger Wiederholungen, und lass Übungen weg, die wehtun. Wenn das öfter passiert, geh zu einer Ärztin, einem Arzt oder zur Physiotherapie.</translation>
    </message>
    <message>
        <source>Move to {level}</source>
        <translation>Zu {level} wechseln</translation>
    </message>
    <message>
        <source>Stay at {level}</source>
        <translation>Bei {level} bleiben</translation>
    </message>
    <message numerus="yes">
        <source>You have done %n session(s) at {current} with no rise in pain. Try {suggested} next time?</source>
        <translation>
            <numerusform>Du hast %n Training auf {current} gemacht, ohne dass die Schmerzen stiegen. Nächstes Mal {suggested} versuchen?</numerusform>
            <numerusform>Du hast %n Trainings auf {current} gemacht, ohne dass die Schmerzen stiegen. Nächstes Mal {suggested} versuchen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have done %n session(s) at {current}. Try {suggested} next time?</source>
        <translation>
            <numerusform>Du hast %n Training auf {current} gemacht. Nächstes Mal {suggested} versuchen?</numerusform>
            <numerusform>Du hast %n Trainings auf {current} gemacht. Nächstes Mal {suggested} versuchen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after this session. Try the {suggested} level next time?</source>
        <translation>Deine Schmerzen sind nach diesem Training um {rise} gestiegen. Nächstes Mal die Stufe {suggested} versuchen?</translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after a recent session at {current}. Try the {suggested} level next time?</source>
        <translation>Deine Schmerzen sind nach einem der letzten Trainings auf {current} um {rise} gestiegen. Nächstes Mal die Stufe {suggested} versuchen?</translation>
    </message>
    <message>
        <source>If it keeps happening, see a doctor or physiotherapist.</source>
        <translation>Wenn das öfter passiert, geh zu einer Ärztin, einem Arzt oder zur Physiotherapie.</translation>
    </message>
    <message>
        <source>{level} is now selected for your next session.</source>
        <translation>{level} ist für dein nächstes Training gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>You stay at {level}. Back Coach asks again after %n more session(s).</source>
        <translation>
            <numerusform>Du bleibst bei {level}. Back Coach fragt nach %n weiteren Training wieder.</numerusform>
            <numerusform>Du bleibst bei {level}. Back Coach fragt nach %n weiteren Trainings wieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>You stay at {level}. Stop any exercise that makes the pain worse.</source>
        <translation>Du bleibst bei {level}. Hör mit jeder Übung auf, die die Schmerzen verschlimmert.</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>Export nach {path} nicht möglich: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>%n Training nach {path} exportiert.</numerusform>
            <numerusform>%n Trainings nach {path} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachController</name>
    <message>
        <source>Back Coach</source>
        <translation>Back Coach</translation>
    </message>
</context>
<context>
    <name>ControlsBar</name>
    <message>
        <source>Back (←)</source>
        <translation>Zurück (←)</translation>
    </message>
    <message>
        <source>Next (→)</source>
        <translation>Weiter (→)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Space pause · ← → steps · Page Down skip exercise · M mute · F11 full screen</source>
        <translation>Leertaste Pause · ← → Schritte · Bild ab Übung überspringen · M stumm · F11 Vollbild</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>How to do the exercise</source>
        <translation>So geht die Übung</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <source>Back Coach is a coach, not a doctor. It does not know your back.</source>
        <translation>Back Coach ist ein Trainer, kein Arzt. Er kennt deinen Rücken nicht.</translation>
    </message>
    <message>
        <source>Do not exercise, and see a doctor, if you have:</source>
        <translation>Trainiere nicht und geh zum Arzt, wenn du Folgendes hast:</translation>
    </message>
    <message>
        <source>new numbness or tingling</source>
        <translation>neue Taubheit oder Kribbeln</translation>
    </message>
    <message>
        <source>lost control of your bladder or bowels</source>
        <translation>keine Kontrolle mehr über Blase oder Darm</translation>
    </message>
    <message>
        <source>a fever with your back pain</source>
        <translation>Fieber zu deinen Rückenschmerzen</translation>
    </message>
    <message>
        <source>back pain after a fall or an accident</source>
        <translation>Rückenschmerzen nach einem Sturz oder Unfall</translation>
    </message>
    <message>
        <source>pain that spreads down a leg</source>
        <translation>Schmerzen, die ins Bein ausstrahlen</translation>
    </message>
    <message>
        <source>Stop any exercise that makes your pain worse.</source>
        <translation>Hör mit jeder Übung auf, die deine Schmerzen verschlimmert.</translation>
    </message>
    <message>
        <source>I understand (Enter)</source>
        <translation>Verstanden (Enter)</translation>
    </message>
    <message>
        <source>Remind me to do the cat stretch twice a day, at</source>
        <translation>Erinnere mich zweimal täglich an den Katzenbuckel, um</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation>Erste Erinnerung</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Zweite Erinnerung</translation>
    </message>
    <message>
        <source>Listen for voice commands during a session</source>
        <translation>Im Training auf Sprachbefehle hören</translation>
    </message>
    <message>
        <source>Say, in English, “Hey coach” and then: pause, go on, next, back, repeat, skip, louder, quieter, stop the session. No audio is kept or sent.</source>
        <translation>Auf Englisch „Hey coach“ sagen, dann: pause, go on, next, back, repeat, skip, louder, quieter, stop the session. Es wird nichts aufgenommen oder gesendet.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Back Coach</source>
        <translation>Back Coach</translation>
    </message>
    <message>
        <source>Choose a routine (↑ ↓) and a level (← →), then press Enter.</source>
        <translation>Wähle eine Routine (↑ ↓) und eine Stufe (← →), dann drücke Enter.</translation>
    </message>
    <message>
        <source>Voice (V)</source>
        <translation>Stimme (V)</translation>
    </message>
    <message>
        <source>Reminders (R)</source>
        <translation>Erinnerungen (R)</translation>
    </message>
    <message>
        <source>Progress (P)</source>
        <translation>Fortschritt (P)</translation>
    </message>
    <message>
        <source>Edit routines (E)</source>
        <translation>Routinen bearbeiten (E)</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Start (Enter)</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>Übersprungen: {problem}</translation>
    </message>
    <message>
        <source>Voice ready.</source>
        <translation>Stimme bereit.</translation>
    </message>
    <message>
        <source>Preparing the voice: {percent} %</source>
        <translation>Stimme wird vorbereitet: {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}  ·  {minutes} min  ·  {count}</source>
        <translation>{title}  ·  {minutes} Min.  ·  {count}</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kräftig</translation>
    </message>
</context>
<context>
    <name>ListenOffer</name>
    <message>
        <source>New: voice commands (“Hey coach, pause”). Nothing is recorded.</source>
        <translation>Neu: Sprachbefehle auf Englisch („Hey coach, pause“). Es wird nichts aufgenommen.</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>ListeningBadge</name>
    <message>
        <source>● Listening</source>
        <translation>● Hört zu</translation>
    </message>
    <message>
        <source>● Coach is listening…</source>
        <translation>● Coach hört zu…</translation>
    </message>
</context>
<context>
    <name>ListeningService</name>
    <message>
        <source>Voice commands are off: {why}.</source>
        <translation>Sprachbefehle sind aus: {why}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back Coach</source>
        <translation>Back Coach</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause oder weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>Diese Übung überspringen</translation>
    </message>
    <message>
        <source>Back a step</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
</context>
<context>
    <name>Microphone</name>
    <message>
        <source>No microphone found: voice commands are off. Keys and buttons work as usual.</source>
        <translation>Kein Mikrofon gefunden: Sprachbefehle sind aus. Tasten und Schaltflächen funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>The microphone ({name}) cannot record 16 kHz mono: voice commands are off.</source>
        <translation>Das Mikrofon ({name}) kann nicht mit 16 kHz mono aufnehmen: Sprachbefehle sind aus.</translation>
    </message>
    <message>
        <source>The microphone ({name}) could not be opened: voice commands are off.</source>
        <translation>Das Mikrofon ({name}) ließ sich nicht öffnen: Sprachbefehle sind aus.</translation>
    </message>
    <message>
        <source>The microphone stopped sending sound: voice commands are off.</source>
        <translation>Das Mikrofon liefert keinen Ton mehr: Sprachbefehle sind aus.</translation>
    </message>
    <message>
        <source>The microphone ({name}) is gone: voice commands are off.</source>
        <translation>Das Mikrofon ({name}) ist nicht mehr da: Sprachbefehle sind aus.</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Schmerzen vor und nach dem Training</translation>
    </message>
    <message>
        <source>Rate your pain before and after a session to see it here.</source>
        <translation>Bewerte deine Schmerzen vor und nach dem Training, dann siehst du sie hier.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n session(s)</source>
        <translation>
            <numerusform>Letztes Training</numerusform>
            <numerusform>Letzte %n Trainings</numerusform>
        </translation>
    </message>
    <message>
        <source>none rated both before and after</source>
        <translation>keins vorher und nachher bewertet</translation>
    </message>
    <message>
        <source>pain after was on average the same as before</source>
        <translation>Schmerzen danach im Schnitt wie vorher</translation>
    </message>
    <message>
        <source>pain after was on average {change} lower than before</source>
        <translation>Schmerzen danach im Schnitt {change} niedriger als vorher</translation>
    </message>
    <message>
        <source>pain after was on average {change} higher than before</source>
        <translation>Schmerzen danach im Schnitt {change} höher als vorher</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>PainCheckScreen</name>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable)</source>
        <translation>Schmerz von 0 (keiner) bis 10 (schlimmster vorstellbarer)</translation>
    </message>
    <message>
        <source>← → or 0–9 to choose · Enter to save · S to skip</source>
        <translation>← → oder 0–9 zum Wählen · Enter speichert · S überspringt</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Enter)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Überspringen (S)</translation>
    </message>
    <message>
        <source>Don&apos;t ask again (N)</source>
        <translation>Nicht mehr fragen (N)</translation>
    </message>
    <message>
        <source>Before you start: how is your back right now?</source>
        <translation>Bevor du anfängst: Wie geht es deinem Rücken gerade?</translation>
    </message>
    <message>
        <source>How is your back now, after the session?</source>
        <translation>Wie geht es deinem Rücken jetzt, nach dem Training?</translation>
    </message>
    <message>
        <source>Before: {score}</source>
        <translation>Vorher: {score}</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmster vorstellbarer</translation>
    </message>
    <message>
        <source>Choose 0 to 10</source>
        <translation>Wähle 0 bis 10</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>noch nicht gewählt</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Plan at level</source>
        <translation>Ablauf auf Stufe</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before it can be saved (click one to go to it):</source>
        <translation>
            <numerusform>%n Problem muss vor dem Speichern behoben werden (anklicken, um hinzugehen):</numerusform>
            <numerusform>%n Probleme müssen vor dem Speichern behoben werden (eins anklicken, um hinzugehen):</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan shows when the problems are fixed.</source>
        <translation>Der Ablauf erscheint, sobald die Probleme behoben sind.</translation>
    </message>
    <message>
        <source>Takes about: {totals}</source>
        <translation>Dauer etwa: {totals}</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Pain before and after each session (0–10)</source>
        <translation>Schmerz vor und nach jedem Training (0–10)</translation>
    </message>
    <message>
        <source>Export CSV… (E)</source>
        <translation>CSV exportieren … (E)</translation>
    </message>
    <message>
        <source>Home (Enter)</source>
        <translation>Übersicht (Enter)</translation>
    </message>
    <message>
        <source>{title} {done} of {goal}</source>
        <translation>{title} {done} von {goal}</translation>
    </message>
    <message>
        <source>Today: {counts}</source>
        <translation>Heute: {counts}</translation>
    </message>
    <message>
        <source>Today: nothing yet</source>
        <translation>Heute: noch nichts</translation>
    </message>
    <message>
        <source>{answer} (Y)</source>
        <translation>{answer} (Y)</translation>
    </message>
    <message>
        <source>{answer} (N)</source>
        <translation>{answer} (N)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: a session today starts one.</source>
        <translation>Noch keine Serie: Ein Training heute startet eine.</translation>
    </message>
    <message>
        <source>No streak now: a session today starts a new one</source>
        <translation>Gerade keine Serie: Ein Training heute startet eine neue</translation>
    </message>
    <message>
        <source>Streak: {days}</source>
        <translation>Serie: {days}</translation>
    </message>
    <message>
        <source>Streak: {days} (a session today keeps it going)</source>
        <translation>Serie: {days} (ein Training heute hält sie am Laufen)</translation>
    </message>
    <message>
        <source>{current}  ·  Best: {best}</source>
        <translation>{current}  ·  Beste: {best}</translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain stayed about the same after exercising.</source>
        <translation>
            <numerusform>Über %n Training blieben deine Schmerzen nach dem Üben etwa gleich.</numerusform>
            <numerusform>Über %n Trainings blieben deine Schmerzen nach dem Üben etwa gleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain was on average {amount} lower after exercising.</source>
        <translation>
            <numerusform>Über %n Training waren deine Schmerzen nach dem Üben im Schnitt {amount} niedriger.</numerusform>
            <numerusform>Über %n Trainings waren deine Schmerzen nach dem Üben im Schnitt {amount} niedriger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain was on average {amount} higher after exercising.</source>
        <translation>
            <numerusform>Über %n Training waren deine Schmerzen nach dem Üben im Schnitt {amount} höher.</numerusform>
            <numerusform>Über %n Trainings waren deine Schmerzen nach dem Üben im Schnitt {amount} höher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt des Trainings</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>{title}: done already</source>
        <translation>{title}: schon erledigt</translation>
    </message>
    <message>
        <source>You did it at {time}. Nothing more to do until the next reminder.</source>
        <translation>Du hast es um {time} gemacht. Bis zur nächsten Erinnerung ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>About {minutes} min</source>
        <translation>Etwa {minutes} Min.</translation>
    </message>
    <message>
        <source>snoozed from {slots}</source>
        <translation>verschoben von {slots}</translation>
    </message>
    <message>
        <source>the {slots} reminder, missed while Back Coach was closed or the computer slept</source>
        <translation>die Erinnerung um {slots}, verpasst, während Back Coach geschlossen war oder der Computer schlief</translation>
    </message>
    <message>
        <source>the {slots} reminder</source>
        <translation>die Erinnerung um {slots}</translation>
    </message>
    <message>
        <source>Time for your {title}</source>
        <translation>Zeit für: {title}</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. später</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>{title} at {time}</source>
        <translation>{title} um {time}</translation>
    </message>
    <message>
        <source>{title} on {day} at {time}</source>
        <translation>{title} am {day} um {time}</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>Nächste Erinnerung: {when}</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>Selected reminder</source>
        <translation>Gewählte Erinnerung</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation>Erinnerung an</translation>
    </message>
    <message>
        <source>+ Add time</source>
        <translation>+ Uhrzeit</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Eine Uhrzeit hinzufügen</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Werktags</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>Montag bis Freitag</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Uhrzeiten:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Time {number}</source>
        <translation>Uhrzeit {number}</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Remove {time}</source>
        <translation>{time} entfernen</translation>
    </message>
    <message>
        <source>Remove the time {time}</source>
        <translation>Die Uhrzeit {time} entfernen</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Back Coach reminder</source>
        <translation>Erinnerung von Back Coach</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>Diesmal auslassen</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. später</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>You have no reminders yet.</source>
        <translation>Du hast noch keine Erinnerungen.</translation>
    </message>
    <message>
        <source>{routine} twice a day ({first} and {second})</source>
        <translation>{routine} zweimal täglich ({first} und {second})</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Eine Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected reminder</source>
        <translation>Die gewählte Erinnerung entfernen</translation>
    </message>
    <message>
        <source>How late a missed reminder may still come, in minutes</source>
        <translation>Wie spät eine verpasste Erinnerung noch kommen darf, in Minuten</translation>
    </message>
    <message>
        <source>How long Snooze waits, in minutes</source>
        <translation>Wie lange „Später“ wartet, in Minuten</translation>
    </message>
    <message>
        <source>Say reminders aloud</source>
        <translation>Erinnerungen vorlesen</translation>
    </message>
    <message>
        <source>Start Back Coach when I log in</source>
        <translation>Back Coach bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Remind me of a missed reminder up to</source>
        <comment>before: [120 min] late</comment>
        <translation>An eine verpasste Erinnerung noch erinnern bis</translation>
    </message>
    <message>
        <source>late</source>
        <comment>after: Remind me of a missed reminder up to [120 min]</comment>
        <translation>später</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <comment>before: [10 min]</comment>
        <translation>Später um</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wähle mindestens einen Tag.</translation>
    </message>
    <message>
        <source>{time} is there twice; change one of them or remove it.</source>
        <translation>{time} steht zweimal da; ändere eine davon oder entferne sie.</translation>
    </message>
    <message>
        <source>The same reminder is there twice; change its times or days, or remove one.</source>
        <translation>Dieselbe Erinnerung gibt es zweimal; ändere ihre Zeiten oder Tage, oder entferne eine.</translation>
    </message>
    <message>
        <source>Another reminder needs fixing ({routine}): {problem}</source>
        <translation>Eine andere Erinnerung muss korrigiert werden ({routine}): {problem}</translation>
    </message>
    <message>
        <source>{id} (routine not found)</source>
        <translation>{id} (Routine nicht gefunden)</translation>
    </message>
    <message>
        <source>{times} and {last}</source>
        <translation>{times} und {last}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>werktags</translation>
    </message>
    <message>
        <source>at weekends</source>
        <translation>am Wochenende</translation>
    </message>
    <message>
        <source>on no day</source>
        <translation>an keinem Tag</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>am {days}</translation>
    </message>
    <message>
        <source>{routine} — {times}, {days}</source>
        <translation>{routine} – {times}, {days}</translation>
    </message>
    <message>
        <source>{reminder} (off)</source>
        <translation>{reminder} (aus)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>Resident</name>
    <message>
        <source>Back Coach is still running</source>
        <translation>Back Coach läuft weiter</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you. Quit from its menu.</source>
        <translation>Es bleibt im Infobereich, um dich zu erinnern. Beenden über sein Menü.</translation>
    </message>
    <message>
        <source>Quit Back Coach?</source>
        <translation>Back Coach beenden?</translation>
    </message>
    <message>
        <source>Reminders only come while Back Coach runs, and this desktop has no tray to keep it in. Minimise it instead?</source>
        <translation>Erinnerungen kommen nur, solange Back Coach läuft, und dieser Desktop hat keinen Infobereich dafür. Stattdessen minimieren?</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>Minimieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Could not change start at log-in ({where}): {error}</source>
        <translation>Start bei der Anmeldung ließ sich nicht ändern ({where}): {error}</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Print sheet (PDF)…</source>
        <translation>Übungsblatt (PDF) …</translation>
    </message>
    <message>
        <source>Your routines and the built-in ones</source>
        <translation>Deine Routinen und die mitgelieferten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{title} (built-in)</source>
        <translation>{title} (mitgeliefert)</translation>
    </message>
    <message>
        <source>{title} (new, not saved)</source>
        <translation>{title} (neu, nicht gespeichert)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved. Save them?</source>
        <translation>„{title}“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Press Duplicate to edit a copy.</source>
        <translation>Mitgelieferte Routinen lassen sich nicht ändern. Mit „Duplizieren“ bearbeitest du eine Kopie.</translation>
    </message>
    <message>
        <source>A new routine: it is kept when you save it.</source>
        <translation>Eine neue Routine: Sie bleibt, wenn du sie speicherst.</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <source> (changed since)</source>
        <translation> (seitdem geändert)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The routine has problems; nothing was saved.</source>
        <translation>Die Routine hat Probleme; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the routine: {reason}</source>
        <translation>Die Routine ließ sich nicht speichern: {reason}</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its file is moved to {folder}, where you can get it back.</source>
        <translation>„{title}“ löschen? Die Datei wird nach {folder} verschoben, von wo du sie zurückholen kannst.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Could not delete the routine: {reason}</source>
        <translation>Die Routine ließ sich nicht löschen: {reason}</translation>
    </message>
</context>
<context>
    <name>RoutineFileActions</name>
    <message>
        <source>Import a routine</source>
        <translation>Eine Routine importieren</translation>
    </message>
    <message>
        <source>Routine files (*.toml)</source>
        <translation>Routine-Dateien (*.toml)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n problem(s); nothing was imported. The details say what to fix.</source>
        <translation>
            <numerusform>{file} hat %n Problem; nichts wurde importiert. Die Details sagen, was zu beheben ist.</numerusform>
            <numerusform>{file} hat %n Probleme; nichts wurde importiert. Die Details sagen, was zu beheben ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>Als Kopie importieren</translation>
    </message>
    <message>
        <source>You already have a routine “{title}” with this id. Replace it, or keep both?</source>
        <translation>Du hast schon eine Routine „{title}“ mit dieser Kennung. Ersetzen oder beide behalten?</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Meine ersetzen</translation>
    </message>
    <message>
        <source>This file has the id of a built-in routine, which cannot be replaced. Import it as a copy?</source>
        <translation>Diese Datei hat die Kennung einer mitgelieferten Routine, die sich nicht ersetzen lässt. Als Kopie importieren?</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Die Routine exportieren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} ließ sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>Save the printable sheet</source>
        <translation>Das Übungsblatt speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Id (file and command-line name)</source>
        <translation>Kennung (Name der Datei und in der Kommandozeile)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Add blank</source>
        <translation>Leere hinzufügen</translation>
    </message>
    <message>
        <source>Add built-in…</source>
        <translation>Mitgelieferte hinzufügen …</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Übungen, der Reihe nach</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>One step per line, said before the first rep</source>
        <translation>Ein Schritt pro Zeile, gesagt vor der ersten Wiederholung</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>No sides</source>
        <translation>Keine Seiten</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Links, dann rechts</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>Rechts, dann links</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Side cue</source>
        <translation>Hinweis zum Seitenwechsel</translation>
    </message>
    <message>
        <source>a number, or a range like 2-3 (the level picks inside it)</source>
        <translation>eine Zahl oder ein Bereich wie 2-3 (die Stufe wählt darin)</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Halten (Sekunden)</translation>
    </message>
    <message>
        <source>for hold phases with no seconds of their own</source>
        <translation>für Haltephasen ohne eigene Sekunden</translation>
    </message>
    <message>
        <source>Rest between rounds (s)</source>
        <translation>Pause zwischen Runden (s)</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Mal pro Tag</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Sagen</translation>
    </message>
    <message>
        <source>Caption (shown)</source>
        <translation>Untertitel (angezeigt)</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>One rep</source>
        <translation>Eine Wiederholung</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Back Coach · page {number} of {count}</source>
        <translation>Back Coach · Seite {number} von {count}</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>{routine} — Back Coach</source>
        <translation>{routine} – Back Coach</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Muted (M)</source>
        <translation>Stumm (M)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space to go on</source>
        <translation>Leertaste: weiter</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Übung {number} von {count}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Round {round} of {rounds} done</source>
        <translation>Runde {round} von {rounds} geschafft</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Runde {round} von {rounds}</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Danach: Ende</translation>
    </message>
    <message>
        <source>Next: rest, {time}</source>
        <translation>Danach: Pause, {time}</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Danach: {exercise}</translation>
    </message>
    <message>
        <source>Next: round {round} of {rounds}</source>
        <translation>Danach: Runde {round} von {rounds}</translation>
    </message>
    <message>
        <source>Next: left side</source>
        <translation>Danach: linke Seite</translation>
    </message>
    <message>
        <source>Next: right side</source>
        <translation>Danach: rechte Seite</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Danach: {step}</translation>
    </message>
    <message>
        <source>Up next: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
</context>
<context>
    <name>SpeechService</name>
    <message>
        <source>Captions only: {why}.</source>
        <translation>Nur Untertitel: {why}.</translation>
    </message>
    <message>
        <source>The voice is not working ({why}). Follow the captions.</source>
        <translation>Die Stimme funktioniert nicht ({why}). Folge den Untertiteln.</translation>
    </message>
    <message>
        <source>The voice is not answering ({why}); restarting it.</source>
        <translation>Die Stimme antwortet nicht ({why}); sie wird neu gestartet.</translation>
    </message>
    <message>
        <source>No sound output found: the voice may be silent. Follow the captions.</source>
        <translation>Keine Tonausgabe gefunden: Die Stimme ist womöglich stumm. Folge den Untertiteln.</translation>
    </message>
</context>
<context>
    <name>StopQuestion</name>
    <message>
        <source>Stop the session?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <source>Enter stops · Esc goes on</source>
        <translation>Enter beendet · Esc macht weiter</translation>
    </message>
    <message>
        <source>Stop (Enter)</source>
        <translation>Beenden (Enter)</translation>
    </message>
    <message>
        <source>Keep going (Esc)</source>
        <translation>Weitermachen (Esc)</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Continue (Enter)</source>
        <translation>Weiter (Enter)</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>That is fine: every bit helps.</source>
        <translation>Das ist in Ordnung: Jedes bisschen hilft.</translation>
    </message>
    <message>
        <source>Time: {time}</source>
        <translation>Zeit: {time}</translation>
    </message>
    <message>
        <source>Exercises done: {done} of {count}</source>
        <translation>Übungen geschafft: {done} von {count}</translation>
    </message>
    <message>
        <source>Skipped: {names}</source>
        <translation>Übersprungen: {names}</translation>
    </message>
    <message>
        <source>Stopped at: {where}</source>
        <translation>Beendet bei: {where}</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>round {round} of {rounds}</source>
        <translation>Runde {round} von {rounds}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Back Coach</source>
        <translation>Back Coach</translation>
    </message>
    <message>
        <source>Open Back Coach</source>
        <translation>Back Coach öffnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>No reminders set</source>
        <translation>Keine Erinnerungen eingestellt</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For the rest of today</source>
        <translation>Für den Rest des Tages</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Erinnerungen …</translation>
    </message>
    <message>
        <source>Quit Back Coach</source>
        <translation>Back Coach beenden</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>Nächste Erinnerung: {when}</translation>
    </message>
    <message>
        <source>Back Coach — {line}</source>
        <translation>Back Coach – {line}</translation>
    </message>
</context>
<context>
    <name>VoiceCommands</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Übung überspringen</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <source>Yes: stop</source>
        <translation>Ja: beenden</translation>
    </message>
    <message>
        <source>No: carry on</source>
        <translation>Nein: weitermachen</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsDialog</name>
    <message>
        <source>Voice and language</source>
        <translation>Stimme und Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The voice and the routines change now; the screens change when Back Coach next starts.</source>
        <translation>Stimme und Übungen wechseln sofort, die Bildschirme beim nächsten Start von Back Coach.</translation>
    </message>
    <message>
        <source>The engine&apos;s default voice</source>
        <translation>Standardstimme der Sprachausgabe</translation>
    </message>
    <message>
        <source>Mute the voice (captions and chimes go on)</source>
        <translation>Stimme stumm (Untertitel und Töne laufen weiter)</translation>
    </message>
    <message>
        <source>Count the reps aloud</source>
        <translation>Wiederholungen laut zählen</translation>
    </message>
    <message>
        <source>Say “3, 2, 1” before a hold ends</source>
        <translation>„3, 2, 1“ sagen, bevor das Halten endet</translation>
    </message>
    <message>
        <source>Chime when a hold starts and ends, and after each exercise</source>
        <translation>Ton zu Beginn und Ende des Haltens und nach jeder Übung</translation>
    </message>
    <message>
        <source>Soft ticks in the last seconds of a rest</source>
        <translation>Leises Ticken in den letzten Sekunden einer Pause</translation>
    </message>
    <message>
        <source>Listen for voice commands during a session</source>
        <translation>Im Training auf Sprachbefehle hören</translation>
    </message>
    <message>
        <source>Say, in English: pause, go on, next, back, repeat, skip, louder, quieter, stop the session. No audio is kept or sent.</source>
        <translation>Auf Englisch sagen: pause, go on, next, back, repeat, skip, louder, quieter, stop the session. Es wird nichts aufgenommen oder gesendet.</translation>
    </message>
    <message>
        <source>Say “Hey coach” first: “Hey coach, pause”</source>
        <translation>Zuerst „Hey Coach“ sagen: „Hey Coach, pause“</translation>
    </message>
    <message>
        <source>Or “Hey coach”, then the command within {seconds} seconds. Yes and no answer “Stop the session?” without it.</source>
        <translation>Oder „Hey Coach“ und binnen {seconds} Sekunden den Befehl. „yes“ und „no“ beantworten „Training beenden?“ auch ohne.</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Lautstärke:</translation>
    </message>
    <message>
        <source>{rate} words a minute</source>
        <translation>{rate} Wörter pro Minute</translation>
    </message>
    <message>
        <source>{volume} %</source>
        <translation>{volume} %</translation>
    </message>
</context>
<context>
    <name>_SheetWords</name>
    <message numerus="yes">
        <source>… and %n more step(s) in the app</source>
        <translation>
            <numerusform>… und %n weiterer Schritt in der App</numerusform>
            <numerusform>… und %n weitere Schritte in der App</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set-up step(s) in the app</source>
        <translation>
            <numerusform>%n Vorbereitungsschritt in der App</numerusform>
            <numerusform>%n Vorbereitungsschritte in der App</numerusform>
        </translation>
    </message>
</context>
</TS>
