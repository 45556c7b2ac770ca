<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackgroundPortal</name>
    <message>
        <source>Start at log-in could not be changed: there is no session bus to reach the desktop&apos;s portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remind you of your back exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not allow Back Coach to start at log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop kept starting Back Coach at log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not confirm that Back Coach no longer starts at log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not answer in time about starting Back Coach at log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: this desktop has no portal for it (xdg-desktop-portal is not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: the connection to the desktop was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: the desktop said “{error}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Days with a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n more with a session stopped early</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Pain checks are off before sessions. Press A to be asked before and after again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain checks are off after sessions. Press A to be asked before and after again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain checks are off before and after sessions. Press A to be asked before and after again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after this session. Ease off: next time, do fewer reps or stop the exercises that hurt. If it keeps happening, see a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay at {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have done %n session(s) at {current} with no rise in pain. Try {suggested} next time?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have done %n session(s) at {current}. Try {suggested} next time?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after this session. Try the {suggested} level next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after a recent session at {current}. Try the {suggested} level next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps happening, see a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} is now selected for your next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You stay at {level}. Back Coach asks again after %n more session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You stay at {level}. Stop any exercise that makes the pain worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachController</name>
    <message>
        <source>Back Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routine} — Back Coach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlsBar</name>
    <message>
        <source>Back (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pause · ← → steps · Page Down skip exercise · M mute · F11 full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>How to do the exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Coach is a coach, not a doctor. It does not know your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not exercise, and see a doctor, if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost control of your bladder or bowels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fever with your back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back pain after a fall or an accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain that spreads down a leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop any exercise that makes your pain worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to do the cat stretch twice a day, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Back Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine (↑ ↓) and a level (← →), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice and language (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit routines (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the voice: {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{title}  ·  {minutes} min  ·  {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Gentle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListeningBadge</name>
    <message>
        <source>● Listening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListeningService</name>
    <message>
        <source>Voice commands are off: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Microphone</name>
    <message>
        <source>No microphone found: voice commands are off. Keys and buttons work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone ({name}) cannot record 16 kHz mono: voice commands are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone ({name}) could not be opened: voice commands are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped sending sound: voice commands are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone ({name}) is gone: voice commands are off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before and after sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your pain before and after a session to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none rated both before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after was on average the same as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after was on average {change} lower than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after was on average {change} higher than before</source>
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
</context>
<context>
    <name>PainCheckScreen</name>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → or 0–9 to choose · Enter to save · S to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: how is your back right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your back now, after the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before and after each session (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV… (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} {done} of {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: a session today starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No streak now: a session today starts a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak: {days} (a session today keeps it going)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current}  ·  Best: {best}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain stayed about the same after exercising.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain was on average {amount} lower after exercising.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain was on average {amount} higher after exercising.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>{title}: done already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did it at {time}. Nothing more to do until the next reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed from {slots}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {slots} reminder, missed while Back Coach was closed or the computer slept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {slots} reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Back Coach reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no reminders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routine} twice a day ({first} and {second})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late a missed reminder may still come, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Snooze waits, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say reminders aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Back Coach when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of a missed reminder up to</source>
        <comment>before: [120 min] late</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <comment>after: Remind me of a missed reminder up to [120 min]</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for</source>
        <comment>before: [10 min]</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the time {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is there twice; change one of them or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reminder needs fixing ({routine}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} (routine not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{times} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on no day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routine} — {times}, {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reminder} (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resident</name>
    <message>
        <source>Back Coach is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in the tray to remind you. Quit from its menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Back Coach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders only come while Back Coach runs, and this desktop has no tray to keep it in. Minimise it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change start at log-in ({where}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines and the built-in ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan at level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (new, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before it can be saved (click one to go to it):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The plan shows when the problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes about: {totals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Press Duplicate to edit a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new routine: it is kept when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine has problems; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the routine: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”? Its file is moved to {folder}, where you can get it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the routine: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n problem(s); nothing was imported. The details say what to fix.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a routine “{title}” with this id. Replace it, or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has the id of a built-in routine, which cannot be replaced. Import it as a copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the printable sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id (file and command-line name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add built-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step per line, said before the first rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, or a range like 2-3 (the level picks inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for hold phases with no seconds of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between rounds (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption (shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Back Coach · page {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Muted (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {round} of {rounds} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: rest, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: round {round} of {rounds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechService</name>
    <message>
        <source>The voice is not working ({why}). Follow the captions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is not answering ({why}); restarting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output found: the voice may be silent. Follow the captions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopQuestion</name>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter stops · Esc goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Continue (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is fine: every bit helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done: {done} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round {round} of {rounds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Back Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Back Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the rest of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Back Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Coach — {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceCommands</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: carry on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceSettingsDialog</name>
    <message>
        <source>Voice and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Coach shows the new language when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s default voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the voice (captions and chimes go on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the reps aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say “3, 2, 1” before a hold ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime when a hold starts and ends, and after each exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft ticks in the last seconds of a rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for voice commands during a session: pause, go on, next, back, repeat, skip, louder, quieter, stop the session (no audio is kept or sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{volume} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
