<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackgroundPortal</name>
    <message>
        <source>Start at log-in could not be changed: there is no session bus to reach the desktop&apos;s portal.</source>
        <translation>No se pudo cambiar el inicio al entrar: no hay bus de sesión para llegar al portal del escritorio.</translation>
    </message>
    <message>
        <source>To remind you of your back exercises.</source>
        <translation>Para recordarte tus ejercicios de espalda.</translation>
    </message>
    <message>
        <source>The desktop did not allow Back Coach to start at log-in.</source>
        <translation>El escritorio no permitió que Back Coach se inicie al entrar.</translation>
    </message>
    <message>
        <source>The desktop kept starting Back Coach at log-in.</source>
        <translation>El escritorio sigue iniciando Back Coach al entrar.</translation>
    </message>
    <message>
        <source>The desktop did not confirm that Back Coach no longer starts at log-in.</source>
        <translation>El escritorio no confirmó que Back Coach ya no se inicie al entrar.</translation>
    </message>
    <message>
        <source>The desktop did not answer in time about starting Back Coach at log-in.</source>
        <translation>El escritorio no respondió a tiempo sobre iniciar Back Coach al entrar.</translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: this desktop has no portal for it (xdg-desktop-portal is not running).</source>
        <translation>No se pudo cambiar el inicio al entrar: este escritorio no tiene un portal para ello (xdg-desktop-portal no está en marcha).</translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: the connection to the desktop was lost.</source>
        <translation>No se pudo cambiar el inicio al entrar: se perdió la conexión con el escritorio.</translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: the desktop said “{error}”.</source>
        <translation>No se pudo cambiar el inicio al entrar: el escritorio dijo «{error}».</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Days with a session</source>
        <translation>Días con sesión</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <source>{name}: still to come</source>
        <translation>{name}: aún por llegar</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) done</source>
        <translation>
            <numerusform>%n sesión hecha</numerusform>
            <numerusform>%n sesiones hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n terminada antes</numerusform>
            <numerusform>%n terminadas antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a session</source>
        <translation>
            <numerusform>%n día con sesión</numerusform>
            <numerusform>%n días con sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n more with a session stopped early</source>
        <translation>
            <numerusform>, %n más con una sesión terminada antes</numerusform>
            <numerusform>, %n más con una sesión terminada antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Pain checks are off before sessions. Press A to be asked before and after again.</source>
        <translation>Las preguntas de dolor antes de la sesión están desactivadas. Pulsa A para que te pregunte de nuevo antes y después.</translation>
    </message>
    <message>
        <source>Pain checks are off after sessions. Press A to be asked before and after again.</source>
        <translation>Las preguntas de dolor después de la sesión están desactivadas. Pulsa A para que te pregunte de nuevo antes y después.</translation>
    </message>
    <message>
        <source>Pain checks are off before and after sessions. Press A to be asked before and after again.</source>
        <translation>Las preguntas de dolor antes y después de la sesión están desactivadas. Pulsa A para que te pregunte de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Racha: %n día</numerusform>
            <numerusform>Racha: %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished today</source>
        <translation>
            <numerusform>%n terminada hoy</numerusform>
            <numerusform>%n terminadas hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after this session. Ease off: next time, do fewer reps or stop the exercises that hurt. If it keeps happening, see a doctor or physiotherapist.</source>
        <translation>Tu dolor subió {rise} después de esta sesión. Ve con calma: la próxima vez haz menos repeticiones o deja los ejercicios que duelen. Si sigue pasando, consulta a un médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>Move to {level}</source>
        <translation>Pasar a {level}</translation>
    </message>
    <message>
        <source>Stay at {level}</source>
        <translation>Seguir en {level}</translation>
    </message>
    <message numerus="yes">
        <source>You have done %n session(s) at {current} with no rise in pain. Try {suggested} next time?</source>
        <translation>
            <numerusform>Has hecho %n sesión en {current} sin que suba el dolor. ¿Probar {suggested} la próxima vez?</numerusform>
            <numerusform>Has hecho %n sesiones en {current} sin que suba el dolor. ¿Probar {suggested} la próxima vez?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have done %n session(s) at {current}. Try {suggested} next time?</source>
        <translation>
            <numerusform>Has hecho %n sesión en {current}. ¿Probar {suggested} la próxima vez?</numerusform>
            <numerusform>Has hecho %n sesiones en {current}. ¿Probar {suggested} la próxima vez?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after this session. Try the {suggested} level next time?</source>
        <translation>Tu dolor subió {rise} después de esta sesión. ¿Probar el nivel {suggested} la próxima vez?</translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after a recent session at {current}. Try the {suggested} level next time?</source>
        <translation>Tu dolor subió {rise} después de una sesión reciente en {current}. ¿Probar el nivel {suggested} la próxima vez?</translation>
    </message>
    <message>
        <source>If it keeps happening, see a doctor or physiotherapist.</source>
        <translation>Si sigue pasando, consulta a un médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>{level} is now selected for your next session.</source>
        <translation>{level} queda elegido para tu próxima sesión.</translation>
    </message>
    <message numerus="yes">
        <source>You stay at {level}. Back Coach asks again after %n more session(s).</source>
        <translation>
            <numerusform>Sigues en {level}. Back Coach te preguntará de nuevo tras %n sesión más.</numerusform>
            <numerusform>Sigues en {level}. Back Coach te preguntará de nuevo tras %n sesiones más.</numerusform>
        </translation>
    </message>
    <message>
        <source>You stay at {level}. Stop any exercise that makes the pain worse.</source>
        <translation>Sigues en {level}. Deja cualquier ejercicio que empeore el dolor.</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>Exportar tu historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>No se pudo exportar a {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>%n sesión exportada a {path}.</numerusform>
            <numerusform>%n sesiones exportadas a {path}.</numerusform>
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
        <translation>Atrás (←)</translation>
    </message>
    <message>
        <source>Next (→)</source>
        <translation>Siguiente (→)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Parar (Esc)</translation>
    </message>
    <message>
        <source>Space pause · ← → steps · Page Down skip exercise · M mute · F11 full screen</source>
        <translation>Espacio pausa · ← → pasos · Av Pág saltar ejercicio · M silencio · F11 pantalla completa</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Seguir (Espacio)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>How to do the exercise</source>
        <translation>Cómo se hace el ejercicio</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Back Coach is a coach, not a doctor. It does not know your back.</source>
        <translation>Back Coach es un entrenador, no un médico. No conoce tu espalda.</translation>
    </message>
    <message>
        <source>Do not exercise, and see a doctor, if you have:</source>
        <translation>No hagas ejercicio y consulta a un médico si tienes:</translation>
    </message>
    <message>
        <source>new numbness or tingling</source>
        <translation>adormecimiento u hormigueo nuevos</translation>
    </message>
    <message>
        <source>lost control of your bladder or bowels</source>
        <translation>pérdida de control de la vejiga o del intestino</translation>
    </message>
    <message>
        <source>a fever with your back pain</source>
        <translation>fiebre con el dolor de espalda</translation>
    </message>
    <message>
        <source>back pain after a fall or an accident</source>
        <translation>dolor de espalda tras una caída o un accidente</translation>
    </message>
    <message>
        <source>pain that spreads down a leg</source>
        <translation>dolor que baja por una pierna</translation>
    </message>
    <message>
        <source>Stop any exercise that makes your pain worse.</source>
        <translation>Deja cualquier ejercicio que empeore tu dolor.</translation>
    </message>
    <message>
        <source>I understand (Enter)</source>
        <translation>Entendido (Intro)</translation>
    </message>
    <message>
        <source>Remind me to do the cat stretch twice a day, at</source>
        <translation>Recuérdame hacer el estiramiento del gato dos veces al día, a las</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation>Primer recordatorio</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Segundo recordatorio</translation>
    </message>
    <message>
        <source>Listen for voice commands during a session</source>
        <translation>Escuchar órdenes de voz durante la sesión</translation>
    </message>
    <message>
        <source>Say, in English, “Hey coach” and then: pause, go on, next, back, repeat, skip, louder, quieter, stop the session. No audio is kept or sent.</source>
        <translation>Di en inglés «Hey coach» y luego: pause, go on, next, back, repeat, skip, louder, quieter, stop the session. No se guarda ni se envía audio.</translation>
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
        <translation>Elige una rutina (↑ ↓) y un nivel (← →) y pulsa Intro.</translation>
    </message>
    <message>
        <source>Voice (V)</source>
        <translation>Voz (V)</translation>
    </message>
    <message>
        <source>Reminders (R)</source>
        <translation>Recordatorios (R)</translation>
    </message>
    <message>
        <source>Progress (P)</source>
        <translation>Progreso (P)</translation>
    </message>
    <message>
        <source>Edit routines (E)</source>
        <translation>Editar rutinas (E)</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Empezar (Intro)</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>Omitido: {problem}</translation>
    </message>
    <message>
        <source>Voice ready.</source>
        <translation>Voz lista.</translation>
    </message>
    <message>
        <source>Preparing the voice: {percent} %</source>
        <translation>Preparando la voz: {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}  ·  {minutes} min  ·  {count}</source>
        <translation>{title}  ·  {minutes} min  ·  {count}</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Gentle</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Intenso</translation>
    </message>
</context>
<context>
    <name>ListenOffer</name>
    <message>
        <source>New: voice commands (“Hey coach, pause”). Nothing is recorded.</source>
        <translation>Nuevo: órdenes de voz en inglés («Hey coach, pause»). No se graba nada.</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>ListeningBadge</name>
    <message>
        <source>● Listening</source>
        <translation>● Escuchando</translation>
    </message>
    <message>
        <source>● Coach is listening…</source>
        <translation>● Coach te escucha…</translation>
    </message>
</context>
<context>
    <name>ListeningService</name>
    <message>
        <source>Voice commands are off: {why}.</source>
        <translation>Las órdenes de voz están desactivadas: {why}.</translation>
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
        <translation>Pausar o seguir</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>Saltar este ejercicio</translation>
    </message>
    <message>
        <source>Back a step</source>
        <translation>Un paso atrás</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
</context>
<context>
    <name>Microphone</name>
    <message>
        <source>No microphone found: voice commands are off. Keys and buttons work as usual.</source>
        <translation>No se encontró micrófono: las órdenes de voz están desactivadas. Teclas y botones funcionan como siempre.</translation>
    </message>
    <message>
        <source>The microphone ({name}) cannot record 16 kHz mono: voice commands are off.</source>
        <translation>El micrófono ({name}) no puede grabar a 16 kHz mono: las órdenes de voz están desactivadas.</translation>
    </message>
    <message>
        <source>The microphone ({name}) could not be opened: voice commands are off.</source>
        <translation>No se pudo abrir el micrófono ({name}): las órdenes de voz están desactivadas.</translation>
    </message>
    <message>
        <source>The microphone stopped sending sound: voice commands are off.</source>
        <translation>El micrófono dejó de enviar sonido: las órdenes de voz están desactivadas.</translation>
    </message>
    <message>
        <source>The microphone ({name}) is gone: voice commands are off.</source>
        <translation>El micrófono ({name}) ya no está: las órdenes de voz están desactivadas.</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolor antes y después de las sesiones</translation>
    </message>
    <message>
        <source>Rate your pain before and after a session to see it here.</source>
        <translation>Puntúa tu dolor antes y después de una sesión para verlo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n session(s)</source>
        <translation>
            <numerusform>Última sesión</numerusform>
            <numerusform>Últimas %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>none rated both before and after</source>
        <translation>ninguna puntuada antes y después</translation>
    </message>
    <message>
        <source>pain after was on average the same as before</source>
        <translation>el dolor después fue de media igual que antes</translation>
    </message>
    <message>
        <source>pain after was on average {change} lower than before</source>
        <translation>el dolor después fue de media {change} más bajo que antes</translation>
    </message>
    <message>
        <source>pain after was on average {change} higher than before</source>
        <translation>el dolor después fue de media {change} más alto que antes</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>PainCheckScreen</name>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable)</source>
        <translation>Dolor de 0 (ninguno) a 10 (el peor imaginable)</translation>
    </message>
    <message>
        <source>← → or 0–9 to choose · Enter to save · S to skip</source>
        <translation>← → o 0–9 para elegir · Intro guarda · S omite</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Omitir (S)</translation>
    </message>
    <message>
        <source>Don&apos;t ask again (N)</source>
        <translation>No preguntar más (N)</translation>
    </message>
    <message>
        <source>Before you start: how is your back right now?</source>
        <translation>Antes de empezar: ¿cómo está tu espalda ahora?</translation>
    </message>
    <message>
        <source>How is your back now, after the session?</source>
        <translation>¿Cómo está tu espalda ahora, después de la sesión?</translation>
    </message>
    <message>
        <source>Before: {score}</source>
        <translation>Antes: {score}</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>el peor imaginable</translation>
    </message>
    <message>
        <source>Choose 0 to 10</source>
        <translation>Elige de 0 a 10</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>aún sin elegir</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Plan at level</source>
        <translation>Plan en el nivel</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Sin problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before it can be saved (click one to go to it):</source>
        <translation>
            <numerusform>%n problema que corregir antes de guardar (haz clic para ir a él):</numerusform>
            <numerusform>%n problemas que corregir antes de guardar (haz clic en uno para ir a él):</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan shows when the problems are fixed.</source>
        <translation>El plan aparece cuando se corrigen los problemas.</translation>
    </message>
    <message>
        <source>Takes about: {totals}</source>
        <translation>Dura unos: {totals}</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Pain before and after each session (0–10)</source>
        <translation>Dolor antes y después de cada sesión (0–10)</translation>
    </message>
    <message>
        <source>Export CSV… (E)</source>
        <translation>Exportar CSV… (E)</translation>
    </message>
    <message>
        <source>Home (Enter)</source>
        <translation>Inicio (Intro)</translation>
    </message>
    <message>
        <source>{title} {done} of {goal}</source>
        <translation>{title} {done} de {goal}</translation>
    </message>
    <message>
        <source>Today: {counts}</source>
        <translation>Hoy: {counts}</translation>
    </message>
    <message>
        <source>Today: nothing yet</source>
        <translation>Hoy: nada aún</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: a session today starts one.</source>
        <translation>Aún no hay racha: una sesión hoy empieza una.</translation>
    </message>
    <message>
        <source>No streak now: a session today starts a new one</source>
        <translation>Ahora no hay racha: una sesión hoy empieza una nueva</translation>
    </message>
    <message>
        <source>Streak: {days}</source>
        <translation>Racha: {days}</translation>
    </message>
    <message>
        <source>Streak: {days} (a session today keeps it going)</source>
        <translation>Racha: {days} (una sesión hoy la mantiene)</translation>
    </message>
    <message>
        <source>{current}  ·  Best: {best}</source>
        <translation>{current}  ·  Mejor: {best}</translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain stayed about the same after exercising.</source>
        <translation>
            <numerusform>En %n sesión tu dolor quedó más o menos igual después del ejercicio.</numerusform>
            <numerusform>En %n sesiones tu dolor quedó más o menos igual después del ejercicio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain was on average {amount} lower after exercising.</source>
        <translation>
            <numerusform>En %n sesión tu dolor fue de media {amount} más bajo después del ejercicio.</numerusform>
            <numerusform>En %n sesiones tu dolor fue de media {amount} más bajo después del ejercicio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain was on average {amount} higher after exercising.</source>
        <translation>
            <numerusform>En %n sesión tu dolor fue de media {amount} más alto después del ejercicio.</numerusform>
            <numerusform>En %n sesiones tu dolor fue de media {amount} más alto después del ejercicio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>{title}: done already</source>
        <translation>{title}: ya hecho</translation>
    </message>
    <message>
        <source>You did it at {time}. Nothing more to do until the next reminder.</source>
        <translation>Lo hiciste a las {time}. Nada más que hacer hasta el próximo recordatorio.</translation>
    </message>
    <message>
        <source>About {minutes} min</source>
        <translation>Unos {minutes} min</translation>
    </message>
    <message>
        <source>snoozed from {slots}</source>
        <translation>pospuesto desde las {slots}</translation>
    </message>
    <message>
        <source>the {slots} reminder, missed while Back Coach was closed or the computer slept</source>
        <translation>el recordatorio de las {slots}, perdido mientras Back Coach estaba cerrado o el ordenador dormía</translation>
    </message>
    <message>
        <source>the {slots} reminder</source>
        <translation>el recordatorio de las {slots}</translation>
    </message>
    <message>
        <source>Time for your {title}</source>
        <translation>Hora de: {title}</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ya</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>{title} at {time}</source>
        <translation>{title} a las {time}</translation>
    </message>
    <message>
        <source>{title} on {day} at {time}</source>
        <translation>{title} el {day} a las {time}</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Recordatorios en pausa hasta las {time}</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>Próximo recordatorio: {when}</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>Selected reminder</source>
        <translation>Recordatorio elegido</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation>Recordatorio activo</translation>
    </message>
    <message>
        <source>+ Add time</source>
        <translation>+ Añadir hora</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Añadir una hora</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Laborables</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>De lunes a viernes</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Time {number}</source>
        <translation>Hora {number}</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Remove {time}</source>
        <translation>Quitar {time}</translation>
    </message>
    <message>
        <source>Remove the time {time}</source>
        <translation>Quitar la hora {time}</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Back Coach reminder</source>
        <translation>Recordatorio de Back Coach</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Empezar igualmente</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ya</translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>Omitir esta vez</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>You have no reminders yet.</source>
        <translation>Aún no tienes recordatorios.</translation>
    </message>
    <message>
        <source>{routine} twice a day ({first} and {second})</source>
        <translation>{routine} dos veces al día ({first} y {second})</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Añadir un recordatorio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected reminder</source>
        <translation>Quitar el recordatorio elegido</translation>
    </message>
    <message>
        <source>How late a missed reminder may still come, in minutes</source>
        <translation>Cuánto tarde puede llegar aún un recordatorio perdido, en minutos</translation>
    </message>
    <message>
        <source>How long Snooze waits, in minutes</source>
        <translation>Cuánto espera Posponer, en minutos</translation>
    </message>
    <message>
        <source>Say reminders aloud</source>
        <translation>Decir los recordatorios en voz alta</translation>
    </message>
    <message>
        <source>Start Back Coach when I log in</source>
        <translation>Iniciar Back Coach al entrar en la sesión</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Remind me of a missed reminder up to</source>
        <comment>before: [120 min] late</comment>
        <translation>Avisarme de un recordatorio perdido hasta</translation>
    </message>
    <message>
        <source>late</source>
        <comment>after: Remind me of a missed reminder up to [120 min]</comment>
        <translation>tarde</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <comment>before: [10 min]</comment>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elige al menos un día.</translation>
    </message>
    <message>
        <source>{time} is there twice; change one of them or remove it.</source>
        <translation>{time} está dos veces; cambia una o quítala.</translation>
    </message>
    <message>
        <source>The same reminder is there twice; change its times or days, or remove one.</source>
        <translation>El mismo recordatorio está dos veces; cambia sus horas o días, o quita uno.</translation>
    </message>
    <message>
        <source>Another reminder needs fixing ({routine}): {problem}</source>
        <translation>Hay que corregir otro recordatorio ({routine}): {problem}</translation>
    </message>
    <message>
        <source>{id} (routine not found)</source>
        <translation>{id} (rutina no encontrada)</translation>
    </message>
    <message>
        <source>{times} and {last}</source>
        <translation>{times} y {last}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>los laborables</translation>
    </message>
    <message>
        <source>at weekends</source>
        <translation>los fines de semana</translation>
    </message>
    <message>
        <source>on no day</source>
        <translation>ningún día</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>los {days}</translation>
    </message>
    <message>
        <source>{routine} — {times}, {days}</source>
        <translation>{routine} — {times}, {days}</translation>
    </message>
    <message>
        <source>{reminder} (off)</source>
        <translation>{reminder} (desactivado)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>Resident</name>
    <message>
        <source>Back Coach is still running</source>
        <translation>Back Coach sigue en marcha</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you. Quit from its menu.</source>
        <translation>Se queda en la bandeja para recordártelo. Sal desde su menú.</translation>
    </message>
    <message>
        <source>Quit Back Coach?</source>
        <translation>¿Salir de Back Coach?</translation>
    </message>
    <message>
        <source>Reminders only come while Back Coach runs, and this desktop has no tray to keep it in. Minimise it instead?</source>
        <translation>Los recordatorios solo llegan mientras Back Coach está en marcha, y este escritorio no tiene bandeja donde dejarlo. ¿Minimizarlo en su lugar?</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>Minimizar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Could not change start at log-in ({where}): {error}</source>
        <translation>No se pudo cambiar el inicio al entrar ({where}): {error}</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Print sheet (PDF)…</source>
        <translation>Hoja para imprimir (PDF)…</translation>
    </message>
    <message>
        <source>Your routines and the built-in ones</source>
        <translation>Tus rutinas y las incluidas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{title} (built-in)</source>
        <translation>{title} (incluida)</translation>
    </message>
    <message>
        <source>{title} (new, not saved)</source>
        <translation>{title} (nueva, sin guardar)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved. Save them?</source>
        <translation>«{title}» tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Press Duplicate to edit a copy.</source>
        <translation>Las rutinas incluidas no se pueden cambiar. Pulsa Duplicar para editar una copia.</translation>
    </message>
    <message>
        <source>A new routine: it is kept when you save it.</source>
        <translation>Una rutina nueva: se conserva cuando la guardas.</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>Guardada en {path}</translation>
    </message>
    <message>
        <source> (changed since)</source>
        <translation> (cambiada desde entonces)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <source>The routine has problems; nothing was saved.</source>
        <translation>La rutina tiene problemas; no se guardó nada.</translation>
    </message>
    <message>
        <source>Could not save the routine: {reason}</source>
        <translation>No se pudo guardar la rutina: {reason}</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Borrar rutina</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its file is moved to {folder}, where you can get it back.</source>
        <translation>¿Borrar «{title}»? Su archivo se mueve a {folder}, donde puedes recuperarlo.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No borrada</translation>
    </message>
    <message>
        <source>Could not delete the routine: {reason}</source>
        <translation>No se pudo borrar la rutina: {reason}</translation>
    </message>
</context>
<context>
    <name>RoutineFileActions</name>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Routine files (*.toml)</source>
        <translation>Archivos de rutina (*.toml)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importada</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n problem(s); nothing was imported. The details say what to fix.</source>
        <translation>
            <numerusform>{file} tiene %n problema; no se importó nada. Los detalles dicen qué corregir.</numerusform>
            <numerusform>{file} tiene %n problemas; no se importó nada. Los detalles dicen qué corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>Importar como copia</translation>
    </message>
    <message>
        <source>You already have a routine “{title}” with this id. Replace it, or keep both?</source>
        <translation>Ya tienes una rutina «{title}» con este identificador. ¿Reemplazarla o conservar ambas?</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Reemplazar la mía</translation>
    </message>
    <message>
        <source>This file has the id of a built-in routine, which cannot be replaced. Import it as a copy?</source>
        <translation>Este archivo tiene el identificador de una rutina incluida, que no se puede reemplazar. ¿Importarlo como copia?</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportada</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Save the printable sheet</source>
        <translation>Guardar la hoja para imprimir</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impresa</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Id (file and command-line name)</source>
        <translation>Identificador (nombre del archivo y en la línea de órdenes)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Add blank</source>
        <translation>Añadir vacío</translation>
    </message>
    <message>
        <source>Add built-in…</source>
        <translation>Añadir incluido…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Ejercicios, en orden</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>One step per line, said before the first rep</source>
        <translation>Un paso por línea, dicho antes de la primera repetición</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>No sides</source>
        <translation>Sin lados</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Izquierda, luego derecha</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>Derecha, luego izquierda</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Side cue</source>
        <translation>Aviso de cambio de lado</translation>
    </message>
    <message>
        <source>a number, or a range like 2-3 (the level picks inside it)</source>
        <translation>un número o un rango como 2-3 (el nivel elige dentro)</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Mantener (segundos)</translation>
    </message>
    <message>
        <source>for hold phases with no seconds of their own</source>
        <translation>para las fases de mantener sin segundos propios</translation>
    </message>
    <message>
        <source>Rest between rounds (s)</source>
        <translation>Descanso entre series (s)</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Decir</translation>
    </message>
    <message>
        <source>Caption (shown)</source>
        <translation>Subtítulo (en pantalla)</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Añadir fase</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Quitar fase</translation>
    </message>
    <message>
        <source>One rep</source>
        <translation>Una repetición</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Back Coach · page {number} of {count}</source>
        <translation>Back Coach · página {number} de {count}</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>{routine} — Back Coach</source>
        <translation>{routine} — Back Coach</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Muted (M)</source>
        <translation>Silencio (M)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Space to go on</source>
        <translation>Espacio para seguir</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Ejercicio {number} de {count}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Quedan {time}</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Round {round} of {rounds} done</source>
        <translation>Serie {round} de {rounds} hecha</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Serie {round} de {rounds}</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Después: el final</translation>
    </message>
    <message>
        <source>Next: rest, {time}</source>
        <translation>Después: descanso, {time}</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Después: {exercise}</translation>
    </message>
    <message>
        <source>Next: round {round} of {rounds}</source>
        <translation>Después: serie {round} de {rounds}</translation>
    </message>
    <message>
        <source>Next: left side</source>
        <translation>Después: lado izquierdo</translation>
    </message>
    <message>
        <source>Next: right side</source>
        <translation>Después: lado derecho</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Después: {step}</translation>
    </message>
    <message>
        <source>Up next: {what}</source>
        <translation>A continuación: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
</context>
<context>
    <name>SpeechService</name>
    <message>
        <source>Captions only: {why}.</source>
        <translation>Solo subtítulos: {why}.</translation>
    </message>
    <message>
        <source>The voice is not working ({why}). Follow the captions.</source>
        <translation>La voz no funciona ({why}). Sigue los subtítulos.</translation>
    </message>
    <message>
        <source>The voice is not answering ({why}); restarting it.</source>
        <translation>La voz no responde ({why}); reiniciándola.</translation>
    </message>
    <message>
        <source>No sound output found: the voice may be silent. Follow the captions.</source>
        <translation>No se encontró salida de sonido: puede que la voz no se oiga. Sigue los subtítulos.</translation>
    </message>
</context>
<context>
    <name>StopQuestion</name>
    <message>
        <source>Stop the session?</source>
        <translation>¿Parar la sesión?</translation>
    </message>
    <message>
        <source>Enter stops · Esc goes on</source>
        <translation>Intro para · Esc sigue</translation>
    </message>
    <message>
        <source>Stop (Enter)</source>
        <translation>Parar (Intro)</translation>
    </message>
    <message>
        <source>Keep going (Esc)</source>
        <translation>Seguir (Esc)</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Continue (Enter)</source>
        <translation>Continuar (Intro)</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Terminada antes</translation>
    </message>
    <message>
        <source>That is fine: every bit helps.</source>
        <translation>No pasa nada: cada poco ayuda.</translation>
    </message>
    <message>
        <source>Time: {time}</source>
        <translation>Tiempo: {time}</translation>
    </message>
    <message>
        <source>Exercises done: {done} of {count}</source>
        <translation>Ejercicios hechos: {done} de {count}</translation>
    </message>
    <message>
        <source>Skipped: {names}</source>
        <translation>Saltados: {names}</translation>
    </message>
    <message>
        <source>Stopped at: {where}</source>
        <translation>Parada en: {where}</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el principio</translation>
    </message>
    <message>
        <source>round {round} of {rounds}</source>
        <translation>serie {round} de {rounds}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
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
        <translation>Abrir Back Coach</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>No reminders set</source>
        <translation>Sin recordatorios</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar recordatorios</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>For the rest of today</source>
        <translation>Durante el resto del día</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Recordatorios…</translation>
    </message>
    <message>
        <source>Quit Back Coach</source>
        <translation>Salir de Back Coach</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>Próximo recordatorio: {when}</translation>
    </message>
    <message>
        <source>Back Coach — {line}</source>
        <translation>Back Coach — {line}</translation>
    </message>
</context>
<context>
    <name>VoiceCommands</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Saltar ejercicio</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Parar la sesión?</translation>
    </message>
    <message>
        <source>Yes: stop</source>
        <translation>Sí: parar</translation>
    </message>
    <message>
        <source>No: carry on</source>
        <translation>No: seguir</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsDialog</name>
    <message>
        <source>Voice and language</source>
        <translation>Voz e idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>The voice and the routines change now; the screens change when Back Coach next starts.</source>
        <translation>La voz y las rutinas cambian ya; las pantallas, la próxima vez que se inicie Back Coach.</translation>
    </message>
    <message>
        <source>The engine&apos;s default voice</source>
        <translation>La voz predeterminada del motor</translation>
    </message>
    <message>
        <source>Mute the voice (captions and chimes go on)</source>
        <translation>Silenciar la voz (subtítulos y sonidos siguen)</translation>
    </message>
    <message>
        <source>Count the reps aloud</source>
        <translation>Contar las repeticiones en voz alta</translation>
    </message>
    <message>
        <source>Say “3, 2, 1” before a hold ends</source>
        <translation>Decir «3, 2, 1» antes de soltar la postura</translation>
    </message>
    <message>
        <source>Chime when a hold starts and ends, and after each exercise</source>
        <translation>Sonido al empezar y acabar de mantener, y tras cada ejercicio</translation>
    </message>
    <message>
        <source>Soft ticks in the last seconds of a rest</source>
        <translation>Tic suave en los últimos segundos de un descanso</translation>
    </message>
    <message>
        <source>Listen for voice commands during a session</source>
        <translation>Escuchar órdenes de voz durante la sesión</translation>
    </message>
    <message>
        <source>Say, in English: pause, go on, next, back, repeat, skip, louder, quieter, stop the session. No audio is kept or sent.</source>
        <translation>Di en inglés: pause, go on, next, back, repeat, skip, louder, quieter, stop the session. No se guarda ni se envía audio.</translation>
    </message>
    <message>
        <source>Say “Hey coach” first: “Hey coach, pause”</source>
        <translation>Decir «Hey coach» primero: «Hey coach, pause»</translation>
    </message>
    <message>
        <source>Or “Hey coach”, then the command within {seconds} seconds. Yes and no answer “Stop the session?” without it.</source>
        <translation>O «Hey coach» y la orden en {seconds} segundos. «yes» y «no» responden a «¿Parar la sesión?» sin decirlo.</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voz:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <source>{rate} words a minute</source>
        <translation>{rate} palabras por minuto</translation>
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
            <numerusform>… y %n paso más en la aplicación</numerusform>
            <numerusform>… y %n pasos más en la aplicación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set-up step(s) in the app</source>
        <translation>
            <numerusform>%n paso de preparación en la aplicación</numerusform>
            <numerusform>%n pasos de preparación en la aplicación</numerusform>
        </translation>
    </message>
</context>
</TS>
