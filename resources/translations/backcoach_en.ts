<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarHeatmap</name>
    <message numerus="yes">
        <source>%n session(s) done</source>
        <translation>
            <numerusform>%n session done</numerusform>
            <numerusform>%n sessions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n stopped early</numerusform>
            <numerusform>%n stopped early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a session</source>
        <translation>
            <numerusform>%n day with a session</numerusform>
            <numerusform>%n days with a session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n more with a session stopped early</source>
        <translation>
            <numerusform>, %n more with a session stopped early</numerusform>
            <numerusform>, %n more with a session stopped early</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Streak: %n day</numerusform>
            <numerusform>Streak: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished today</source>
        <translation>
            <numerusform>%n finished today</numerusform>
            <numerusform>%n finished today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have done %n session(s) at {current} with no rise in pain. Try {suggested} next time?</source>
        <translation>
            <numerusform>You have done %n session at {current} with no rise in pain. Try {suggested} next time?</numerusform>
            <numerusform>You have done %n sessions at {current} with no rise in pain. Try {suggested} next time?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have done %n session(s) at {current}. Try {suggested} next time?</source>
        <translation>
            <numerusform>You have done %n session at {current}. Try {suggested} next time?</numerusform>
            <numerusform>You have done %n sessions at {current}. Try {suggested} next time?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stay at {level}. Back Coach asks again after %n more session(s).</source>
        <translation>
            <numerusform>You stay at {level}. Back Coach asks again after %n more session.</numerusform>
            <numerusform>You stay at {level}. Back Coach asks again after %n more sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n session to {path}.</numerusform>
            <numerusform>Exported %n sessions to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message numerus="yes">
        <source>Last %n session(s)</source>
        <translation>
            <numerusform>Last session</numerusform>
            <numerusform>Last %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain stayed about the same after exercising.</source>
        <translation>
            <numerusform>Over %n session your pain stayed about the same after exercising.</numerusform>
            <numerusform>Over %n sessions your pain stayed about the same after exercising.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain was on average {amount} lower after exercising.</source>
        <translation>
            <numerusform>Over %n session your pain was on average {amount} lower after exercising.</numerusform>
            <numerusform>Over %n sessions your pain was on average {amount} lower after exercising.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain was on average {amount} higher after exercising.</source>
        <translation>
            <numerusform>Over %n session your pain was on average {amount} higher after exercising.</numerusform>
            <numerusform>Over %n sessions your pain was on average {amount} higher after exercising.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before it can be saved (click one to go to it):</source>
        <translation>
            <numerusform>%n problem to fix before it can be saved (click it to go to it):</numerusform>
            <numerusform>%n problems to fix before it can be saved (click one to go to it):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n problem(s); nothing was imported. The details say what to fix.</source>
        <translation>
            <numerusform>{file} has %n problem; nothing was imported. The details say what to fix.</numerusform>
            <numerusform>{file} has %n problems; nothing was imported. The details say what to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SheetWords</name>
    <message numerus="yes">
        <source>… and %n more step(s) in the app</source>
        <translation>
            <numerusform>… and %n more step in the app</numerusform>
            <numerusform>… and %n more steps in the app</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set-up step(s) in the app</source>
        <translation>
            <numerusform>%n set-up step in the app</numerusform>
            <numerusform>%n set-up steps in the app</numerusform>
        </translation>
    </message>
</context>
</TS>
