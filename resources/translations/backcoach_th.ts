<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>BackgroundPortal</name>
    <message>
        <source>Start at log-in could not be changed: there is no session bus to reach the desktop&apos;s portal.</source>
        <translation>เปลี่ยนการเปิดเมื่อเข้าสู่ระบบไม่ได้: ไม่มีบัสของเซสชันที่จะติดต่อพอร์ทัลของเดสก์ท็อป</translation>
    </message>
    <message>
        <source>To remind you of your back exercises.</source>
        <translation>เพื่อเตือนให้คุณบริหารหลัง</translation>
    </message>
    <message>
        <source>The desktop did not allow Back Coach to start at log-in.</source>
        <translation>เดสก์ท็อปไม่อนุญาตให้ Back Coach เปิดเมื่อเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>The desktop kept starting Back Coach at log-in.</source>
        <translation>เดสก์ท็อปยังคงเปิด Back Coach เมื่อเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>The desktop did not confirm that Back Coach no longer starts at log-in.</source>
        <translation>เดสก์ท็อปไม่ได้ยืนยันว่า Back Coach จะไม่เปิดเมื่อเข้าสู่ระบบแล้ว</translation>
    </message>
    <message>
        <source>The desktop did not answer in time about starting Back Coach at log-in.</source>
        <translation>เดสก์ท็อปไม่ตอบทันเวลาเรื่องการเปิด Back Coach เมื่อเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: this desktop has no portal for it (xdg-desktop-portal is not running).</source>
        <translation>เปลี่ยนการเปิดเมื่อเข้าสู่ระบบไม่ได้: เดสก์ท็อปนี้ไม่มีพอร์ทัลสำหรับเรื่องนี้ (xdg-desktop-portal ไม่ได้ทำงาน)</translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: the connection to the desktop was lost.</source>
        <translation>เปลี่ยนการเปิดเมื่อเข้าสู่ระบบไม่ได้: การเชื่อมต่อกับเดสก์ท็อปหลุด</translation>
    </message>
    <message>
        <source>Start at log-in could not be changed: the desktop said “{error}”.</source>
        <translation>เปลี่ยนการเปิดเมื่อเข้าสู่ระบบไม่ได้: เดสก์ท็อปแจ้งว่า “{error}”</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Days with a session</source>
        <translation>วันที่ได้ฝึก</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <source>{name}: still to come</source>
        <translation>{name}: ยังมาไม่ถึง</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) done</source>
        <translation>
            <numerusform>ฝึกครบ %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>หยุดก่อน %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n สัปดาห์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a session</source>
        <translation>
            <numerusform>ได้ฝึก %n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n more with a session stopped early</source>
        <translation>
            <numerusform>, อีก %n วันที่หยุดก่อนจบ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Pain checks are off before sessions. Press A to be asked before and after again.</source>
        <translation>ปิดการถามระดับปวดก่อนฝึกอยู่ กด A เพื่อให้ถามทั้งก่อนและหลังอีกครั้ง</translation>
    </message>
    <message>
        <source>Pain checks are off after sessions. Press A to be asked before and after again.</source>
        <translation>ปิดการถามระดับปวดหลังฝึกอยู่ กด A เพื่อให้ถามทั้งก่อนและหลังอีกครั้ง</translation>
    </message>
    <message>
        <source>Pain checks are off before and after sessions. Press A to be asked before and after again.</source>
        <translation>ปิดการถามระดับปวดทั้งก่อนและหลังฝึกอยู่ กด A เพื่อให้ถามอีกครั้ง</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>ต่อเนื่อง %n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished today</source>
        <translation>
            <numerusform>วันนี้ฝึกครบ %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after this session. Ease off: next time, do fewer reps or stop the exercises that hurt. If it keeps happening, see a doctor or physiotherapist.</source>
        <translation>หลังฝึกครั้งนี้ คุณปวดเพิ่มขึ้น {rise} ระดับ ผ่อนลงหน่อย: ครั้งหน้าทำให้น้อยครั้งลง หรือหยุดท่าที่เจ็บ ถ้ายังเป็นอยู่ ควรพบแพทย์หรือนักกายภาพบำบัด</translation>
    </message>
    <message>
        <source>Move to {level}</source>
        <translation>เปลี่ยนเป็น{level}</translation>
    </message>
    <message>
        <source>Stay at {level}</source>
        <translation>อยู่ที่{level}ต่อ</translation>
    </message>
    <message numerus="yes">
        <source>You have done %n session(s) at {current} with no rise in pain. Try {suggested} next time?</source>
        <translation>
            <numerusform>คุณฝึกระดับ{current}มาแล้ว %n ครั้งโดยไม่ปวดเพิ่ม ครั้งหน้าลองระดับ{suggested}ไหม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have done %n session(s) at {current}. Try {suggested} next time?</source>
        <translation>
            <numerusform>คุณฝึกระดับ{current}มาแล้ว %n ครั้ง ครั้งหน้าลองระดับ{suggested}ไหม</numerusform>
        </translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after this session. Try the {suggested} level next time?</source>
        <translation>หลังฝึกครั้งนี้ คุณปวดเพิ่มขึ้น {rise} ระดับ ครั้งหน้าลองระดับ{suggested}ไหม</translation>
    </message>
    <message>
        <source>Your pain went up by {rise} after a recent session at {current}. Try the {suggested} level next time?</source>
        <translation>หลังฝึกระดับ{current}ครั้งล่าสุด คุณปวดเพิ่มขึ้น {rise} ระดับ ครั้งหน้าลองระดับ{suggested}ไหม</translation>
    </message>
    <message>
        <source>If it keeps happening, see a doctor or physiotherapist.</source>
        <translation>ถ้ายังเป็นอยู่ ควรพบแพทย์หรือนักกายภาพบำบัด</translation>
    </message>
    <message>
        <source>{level} is now selected for your next session.</source>
        <translation>เลือกระดับ{level}ไว้สำหรับการฝึกครั้งหน้าแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>You stay at {level}. Back Coach asks again after %n more session(s).</source>
        <translation>
            <numerusform>คุณอยู่ที่ระดับ{level}ต่อ Back Coach จะถามอีกครั้งหลังฝึกอีก %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>You stay at {level}. Stop any exercise that makes the pain worse.</source>
        <translation>คุณอยู่ที่ระดับ{level}ต่อ หยุดท่าใดก็ตามที่ทำให้ปวดมากขึ้น</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>ส่งออกประวัติของคุณ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>ส่งออกไปที่ {path} ไม่ได้: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>ส่งออกการฝึก %n ครั้งไปที่ {path} แล้ว</numerusform>
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
        <translation>ย้อนกลับ (←)</translation>
    </message>
    <message>
        <source>Next (→)</source>
        <translation>ถัดไป (→)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>หยุด (Esc)</translation>
    </message>
    <message>
        <source>Space pause · ← → steps · Page Down skip exercise · M mute · F11 full screen</source>
        <translation>Space พัก · ← → ขั้นตอน · Page Down ข้ามท่า · M ปิดเสียง · F11 เต็มจอ</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>พัก (Space)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>ทำต่อ (Space)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>นับถอยหลัง</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>How to do the exercise</source>
        <translation>วิธีทำท่านี้</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Before you start</source>
        <translation>ก่อนเริ่ม</translation>
    </message>
    <message>
        <source>Back Coach is a coach, not a doctor. It does not know your back.</source>
        <translation>Back Coach เป็นโค้ช ไม่ใช่แพทย์ และไม่รู้จักหลังของคุณ</translation>
    </message>
    <message>
        <source>Do not exercise, and see a doctor, if you have:</source>
        <translation>อย่าออกกำลังกาย และให้ไปพบแพทย์ ถ้าคุณมีอาการต่อไปนี้:</translation>
    </message>
    <message>
        <source>new numbness or tingling</source>
        <translation>ชาหรือเป็นเหน็บขึ้นมาใหม่</translation>
    </message>
    <message>
        <source>lost control of your bladder or bowels</source>
        <translation>กลั้นปัสสาวะหรืออุจจาระไม่ได้</translation>
    </message>
    <message>
        <source>a fever with your back pain</source>
        <translation>มีไข้ร่วมกับปวดหลัง</translation>
    </message>
    <message>
        <source>back pain after a fall or an accident</source>
        <translation>ปวดหลังหลังจากหกล้มหรืออุบัติเหตุ</translation>
    </message>
    <message>
        <source>pain that spreads down a leg</source>
        <translation>ปวดร้าวลงขา</translation>
    </message>
    <message>
        <source>Stop any exercise that makes your pain worse.</source>
        <translation>หยุดท่าใดก็ตามที่ทำให้ปวดมากขึ้น</translation>
    </message>
    <message>
        <source>I understand (Enter)</source>
        <translation>เข้าใจแล้ว (Enter)</translation>
    </message>
    <message>
        <source>Remind me to do the cat stretch twice a day, at</source>
        <translation>เตือนให้ทำท่าแมวโก่งหลังวันละสองครั้ง เวลา</translation>
    </message>
    <message>
        <source>and</source>
        <translation>และ</translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation>การเตือนครั้งแรก</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>การเตือนครั้งที่สอง</translation>
    </message>
    <message>
        <source>Listen for voice commands during a session</source>
        <translation>ฟังคำสั่งเสียงระหว่างฝึก</translation>
    </message>
    <message>
        <source>Say, in English, “Hey coach” and then: pause, go on, next, back, repeat, skip, louder, quieter, stop the session. No audio is kept or sent.</source>
        <translation>พูดเป็นภาษาอังกฤษ “Hey coach” แล้วตามด้วย: pause, go on, next, back, repeat, skip, louder, quieter, stop the session ไม่มีการเก็บหรือส่งเสียง</translation>
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
        <translation>เลือกชุดท่า (↑ ↓) และระดับ (← →) แล้วกด Enter</translation>
    </message>
    <message>
        <source>Voice (V)</source>
        <translation>เสียง (V)</translation>
    </message>
    <message>
        <source>Reminders (R)</source>
        <translation>การเตือน (R)</translation>
    </message>
    <message>
        <source>Progress (P)</source>
        <translation>ความก้าวหน้า (P)</translation>
    </message>
    <message>
        <source>Edit routines (E)</source>
        <translation>แก้ไขชุดท่า (E)</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>ระดับ:</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>เริ่ม (Enter)</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>ข้ามไป: {problem}</translation>
    </message>
    <message>
        <source>Voice ready.</source>
        <translation>เสียงพร้อมแล้ว</translation>
    </message>
    <message>
        <source>Preparing the voice: {percent} %</source>
        <translation>กำลังเตรียมเสียง: {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ท่า</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}  ·  {minutes} min  ·  {count}</source>
        <translation>{title}  ·  {minutes} นาที  ·  {count}</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Gentle</source>
        <translation>เบา</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>หนัก</translation>
    </message>
</context>
<context>
    <name>ListenOffer</name>
    <message>
        <source>New: voice commands (“Hey coach, pause”). Nothing is recorded.</source>
        <translation>ใหม่: คำสั่งเสียงภาษาอังกฤษ (“Hey coach, pause”) ไม่มีการบันทึกเสียง</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>เปิดใช้</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
</context>
<context>
    <name>ListeningBadge</name>
    <message>
        <source>● Listening</source>
        <translation>● กำลังฟัง</translation>
    </message>
    <message>
        <source>● Coach is listening…</source>
        <translation>● Coach กำลังฟัง…</translation>
    </message>
</context>
<context>
    <name>ListeningService</name>
    <message>
        <source>Voice commands are off: {why}.</source>
        <translation>ปิดคำสั่งเสียงอยู่: {why}</translation>
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
        <translation>พักหรือทำต่อ</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>ขั้นตอนถัดไป</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>ข้ามท่านี้</translation>
    </message>
    <message>
        <source>Back a step</source>
        <translation>ย้อนกลับหนึ่งขั้น</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ปิดเสียง</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>เต็มจอ</translation>
    </message>
</context>
<context>
    <name>Microphone</name>
    <message>
        <source>No microphone found: voice commands are off. Keys and buttons work as usual.</source>
        <translation>ไม่พบไมโครโฟน: ปิดคำสั่งเสียงอยู่ ปุ่มต่าง ๆ ใช้ได้ตามปกติ</translation>
    </message>
    <message>
        <source>The microphone ({name}) cannot record 16 kHz mono: voice commands are off.</source>
        <translation>ไมโครโฟน ({name}) บันทึกแบบ 16 kHz โมโนไม่ได้: ปิดคำสั่งเสียงอยู่</translation>
    </message>
    <message>
        <source>The microphone ({name}) could not be opened: voice commands are off.</source>
        <translation>เปิดไมโครโฟน ({name}) ไม่ได้: ปิดคำสั่งเสียงอยู่</translation>
    </message>
    <message>
        <source>The microphone stopped sending sound: voice commands are off.</source>
        <translation>ไมโครโฟนหยุดส่งเสียง: ปิดคำสั่งเสียงอยู่</translation>
    </message>
    <message>
        <source>The microphone ({name}) is gone: voice commands are off.</source>
        <translation>ไมโครโฟน ({name}) หายไป: ปิดคำสั่งเสียงอยู่</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before and after sessions</source>
        <translation>ระดับปวดก่อนและหลังฝึก</translation>
    </message>
    <message>
        <source>Rate your pain before and after a session to see it here.</source>
        <translation>ให้คะแนนความปวดก่อนและหลังฝึก แล้วจะเห็นที่นี่</translation>
    </message>
    <message numerus="yes">
        <source>Last %n session(s)</source>
        <translation>
            <numerusform>การฝึก %n ครั้งล่าสุด</numerusform>
        </translation>
    </message>
    <message>
        <source>none rated both before and after</source>
        <translation>ยังไม่มีครั้งที่ให้คะแนนทั้งก่อนและหลัง</translation>
    </message>
    <message>
        <source>pain after was on average the same as before</source>
        <translation>หลังฝึกปวดเท่าเดิมโดยเฉลี่ย</translation>
    </message>
    <message>
        <source>pain after was on average {change} lower than before</source>
        <translation>หลังฝึกปวดน้อยลงเฉลี่ย {change} ระดับ</translation>
    </message>
    <message>
        <source>pain after was on average {change} higher than before</source>
        <translation>หลังฝึกปวดมากขึ้นเฉลี่ย {change} ระดับ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
</context>
<context>
    <name>PainCheckScreen</name>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable)</source>
        <translation>ความปวดตั้งแต่ 0 (ไม่ปวด) ถึง 10 (ปวดที่สุด)</translation>
    </message>
    <message>
        <source>← → or 0–9 to choose · Enter to save · S to skip</source>
        <translation>← → หรือ 0–9 เพื่อเลือก · Enter บันทึก · S ข้าม</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>บันทึก (Enter)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>ข้าม (S)</translation>
    </message>
    <message>
        <source>Don&apos;t ask again (N)</source>
        <translation>ไม่ต้องถามอีก (N)</translation>
    </message>
    <message>
        <source>Before you start: how is your back right now?</source>
        <translation>ก่อนเริ่ม: ตอนนี้หลังของคุณเป็นอย่างไร</translation>
    </message>
    <message>
        <source>How is your back now, after the session?</source>
        <translation>หลังฝึกเสร็จ ตอนนี้หลังของคุณเป็นอย่างไร</translation>
    </message>
    <message>
        <source>Before: {score}</source>
        <translation>ก่อนฝึก: {score}</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>ไม่ปวด</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>ปวดเล็กน้อย</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>ปวดปานกลาง</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>ปวดมาก</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>ปวดที่สุด</translation>
    </message>
    <message>
        <source>Choose 0 to 10</source>
        <translation>เลือก 0 ถึง 10</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ยังไม่ได้เลือก</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Plan at level</source>
        <translation>แผนที่ระดับ</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>ไม่มีปัญหา</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before it can be saved (click one to go to it):</source>
        <translation>
            <numerusform>มี %n ปัญหาที่ต้องแก้ก่อนบันทึก (คลิกเพื่อไปที่ปัญหานั้น):</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan shows when the problems are fixed.</source>
        <translation>แผนจะแสดงเมื่อแก้ปัญหาแล้ว</translation>
    </message>
    <message>
        <source>Takes about: {totals}</source>
        <translation>ใช้เวลาประมาณ: {totals}</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Your progress</source>
        <translation>ความก้าวหน้าของคุณ</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 สัปดาห์ล่าสุด</translation>
    </message>
    <message>
        <source>Pain before and after each session (0–10)</source>
        <translation>ความปวดก่อนและหลังฝึกแต่ละครั้ง (0–10)</translation>
    </message>
    <message>
        <source>Export CSV… (E)</source>
        <translation>ส่งออก CSV… (E)</translation>
    </message>
    <message>
        <source>Home (Enter)</source>
        <translation>หน้าแรก (Enter)</translation>
    </message>
    <message>
        <source>{title} {done} of {goal}</source>
        <translation>{title} {done} จาก {goal}</translation>
    </message>
    <message>
        <source>Today: {counts}</source>
        <translation>วันนี้: {counts}</translation>
    </message>
    <message>
        <source>Today: nothing yet</source>
        <translation>วันนี้: ยังไม่ได้ฝึก</translation>
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
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: a session today starts one.</source>
        <translation>ยังไม่มีวันต่อเนื่อง: ฝึกวันนี้เพื่อเริ่มนับ</translation>
    </message>
    <message>
        <source>No streak now: a session today starts a new one</source>
        <translation>ตอนนี้ไม่มีวันต่อเนื่อง: ฝึกวันนี้เพื่อเริ่มนับใหม่</translation>
    </message>
    <message>
        <source>Streak: {days}</source>
        <translation>ต่อเนื่อง: {days}</translation>
    </message>
    <message>
        <source>Streak: {days} (a session today keeps it going)</source>
        <translation>ต่อเนื่อง: {days} (ฝึกวันนี้เพื่อนับต่อ)</translation>
    </message>
    <message>
        <source>{current}  ·  Best: {best}</source>
        <translation>{current}  ·  ดีที่สุด: {best}</translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain stayed about the same after exercising.</source>
        <translation>
            <numerusform>จากการฝึก %n ครั้ง หลังฝึกคุณปวดพอ ๆ เดิม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain was on average {amount} lower after exercising.</source>
        <translation>
            <numerusform>จากการฝึก %n ครั้ง หลังฝึกคุณปวดน้อยลงเฉลี่ย {amount} ระดับ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n session(s) your pain was on average {amount} higher after exercising.</source>
        <translation>
            <numerusform>จากการฝึก %n ครั้ง หลังฝึกคุณปวดมากขึ้นเฉลี่ย {amount} ระดับ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Session progress</source>
        <translation>ความคืบหน้าของการฝึก</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>{title}: done already</source>
        <translation>{title}: ทำแล้ว</translation>
    </message>
    <message>
        <source>You did it at {time}. Nothing more to do until the next reminder.</source>
        <translation>คุณทำไปแล้วเมื่อ {time} ไม่ต้องทำอะไรเพิ่มจนถึงการเตือนครั้งถัดไป</translation>
    </message>
    <message>
        <source>About {minutes} min</source>
        <translation>ประมาณ {minutes} นาที</translation>
    </message>
    <message>
        <source>snoozed from {slots}</source>
        <translation>เลื่อนมาจาก {slots}</translation>
    </message>
    <message>
        <source>the {slots} reminder, missed while Back Coach was closed or the computer slept</source>
        <translation>การเตือนเวลา {slots} ที่พลาดไปตอนที่ Back Coach ปิดอยู่หรือคอมพิวเตอร์พักเครื่อง</translation>
    </message>
    <message>
        <source>the {slots} reminder</source>
        <translation>การเตือนเวลา {slots}</translation>
    </message>
    <message>
        <source>Time for your {title}</source>
        <translation>ถึงเวลา: {title}</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>เริ่มเลย</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>เลื่อน {minutes} นาที</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>{title} at {time}</source>
        <translation>{title} เวลา {time}</translation>
    </message>
    <message>
        <source>{title} on {day} at {time}</source>
        <translation>{title} วัน{day} เวลา {time}</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>หยุดเตือนชั่วคราวถึง {time}</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>เตือนครั้งถัดไป: {when}</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>Selected reminder</source>
        <translation>การเตือนที่เลือก</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>ชุดท่า</translation>
    </message>
    <message>
        <source>On</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation>เปิดการเตือน</translation>
    </message>
    <message>
        <source>+ Add time</source>
        <translation>+ เพิ่มเวลา</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>เพิ่มเวลา</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>ทุกวัน</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>วันทำงาน</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>จันทร์ถึงศุกร์</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>ชุดท่า (&amp;R):</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>เวลา:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>วัน:</translation>
    </message>
    <message>
        <source>Time {number}</source>
        <translation>เวลาที่ {number}</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Remove {time}</source>
        <translation>ลบ {time}</translation>
    </message>
    <message>
        <source>Remove the time {time}</source>
        <translation>ลบเวลา {time}</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Back Coach reminder</source>
        <translation>การเตือนจาก Back Coach</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>เริ่มเลย</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>เริ่มเลย</translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>ข้ามครั้งนี้</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>เลื่อน {minutes} นาที</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>การเตือน</translation>
    </message>
    <message>
        <source>You have no reminders yet.</source>
        <translation>คุณยังไม่มีการเตือน</translation>
    </message>
    <message>
        <source>{routine} twice a day ({first} and {second})</source>
        <translation>{routine} วันละสองครั้ง ({first} และ {second})</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>เพิ่มการเตือน</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove the selected reminder</source>
        <translation>ลบการเตือนที่เลือก</translation>
    </message>
    <message>
        <source>How late a missed reminder may still come, in minutes</source>
        <translation>การเตือนที่พลาดไปยังมาช้าได้กี่นาที</translation>
    </message>
    <message>
        <source>How long Snooze waits, in minutes</source>
        <translation>เลื่อนเตือนนานกี่นาที</translation>
    </message>
    <message>
        <source>Say reminders aloud</source>
        <translation>อ่านการเตือนออกเสียง</translation>
    </message>
    <message>
        <source>Start Back Coach when I log in</source>
        <translation>เปิด Back Coach เมื่อเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>Remind me of a missed reminder up to</source>
        <comment>before: [120 min] late</comment>
        <translation>เตือนการเตือนที่พลาดไปได้ช้าสุด</translation>
    </message>
    <message>
        <source>late</source>
        <comment>after: Remind me of a missed reminder up to [120 min]</comment>
        <translation>หลังเวลา</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <comment>before: [10 min]</comment>
        <translation>เลื่อนเตือน</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>เลือกอย่างน้อยหนึ่งวัน</translation>
    </message>
    <message>
        <source>{time} is there twice; change one of them or remove it.</source>
        <translation>{time} ซ้ำกันสองครั้ง เปลี่ยนหรือลบอันหนึ่ง</translation>
    </message>
    <message>
        <source>The same reminder is there twice; change its times or days, or remove one.</source>
        <translation>มีการเตือนเดียวกันซ้ำสองครั้ง เปลี่ยนเวลาหรือวัน หรือลบออกหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Another reminder needs fixing ({routine}): {problem}</source>
        <translation>การเตือนอีกอันต้องแก้ไข ({routine}): {problem}</translation>
    </message>
    <message>
        <source>{id} (routine not found)</source>
        <translation>{id} (ไม่พบชุดท่า)</translation>
    </message>
    <message>
        <source>{times} and {last}</source>
        <translation>{times} และ {last}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>ทุกวัน</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>วันทำงาน</translation>
    </message>
    <message>
        <source>at weekends</source>
        <translation>วันหยุดสุดสัปดาห์</translation>
    </message>
    <message>
        <source>on no day</source>
        <translation>ไม่มีวันใด</translation>
    </message>
    <message>
        <source>on {days}</source>
        <translation>วัน{days}</translation>
    </message>
    <message>
        <source>{routine} — {times}, {days}</source>
        <translation>{routine} — {times}, {days}</translation>
    </message>
    <message>
        <source>{reminder} (off)</source>
        <translation>{reminder} (ปิด)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
</context>
<context>
    <name>Resident</name>
    <message>
        <source>Back Coach is still running</source>
        <translation>Back Coach ยังทำงานอยู่</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you. Quit from its menu.</source>
        <translation>ยังอยู่ในถาดระบบเพื่อเตือนคุณ ออกได้จากเมนูของมัน</translation>
    </message>
    <message>
        <source>Quit Back Coach?</source>
        <translation>ออกจาก Back Coach ไหม</translation>
    </message>
    <message>
        <source>Reminders only come while Back Coach runs, and this desktop has no tray to keep it in. Minimise it instead?</source>
        <translation>การเตือนจะมาเฉพาะตอนที่ Back Coach ทำงานอยู่ และเดสก์ท็อปนี้ไม่มีถาดระบบให้เก็บไว้ ย่อหน้าต่างแทนไหม</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>ย่อหน้าต่าง</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Could not change start at log-in ({where}): {error}</source>
        <translation>เปลี่ยนการเปิดเมื่อเข้าสู่ระบบไม่ได้ ({where}): {error}</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>ชุดท่า</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ทำสำเนา</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Print sheet (PDF)…</source>
        <translation>แผ่นพิมพ์ (PDF)…</translation>
    </message>
    <message>
        <source>Your routines and the built-in ones</source>
        <translation>ชุดท่าของคุณและชุดท่าที่มากับโปรแกรม</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>{title} (built-in)</source>
        <translation>{title} (มากับโปรแกรม)</translation>
    </message>
    <message>
        <source>{title} (new, not saved)</source>
        <translation>{title} (ใหม่ ยังไม่บันทึก)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved. Save them?</source>
        <translation>“{title}” มีการเปลี่ยนแปลงที่ยังไม่บันทึก บันทึกไหม</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Press Duplicate to edit a copy.</source>
        <translation>ชุดท่าที่มากับโปรแกรมแก้ไขไม่ได้ กด ทำสำเนา เพื่อแก้ไขสำเนา</translation>
    </message>
    <message>
        <source>A new routine: it is kept when you save it.</source>
        <translation>ชุดท่าใหม่: จะเก็บไว้เมื่อคุณบันทึก</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>บันทึกไว้ที่ {path}</translation>
    </message>
    <message>
        <source> (changed since)</source>
        <translation> (มีการเปลี่ยนแปลงหลังจากนั้น)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>The routine has problems; nothing was saved.</source>
        <translation>ชุดท่ามีปัญหา ไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>Could not save the routine: {reason}</source>
        <translation>บันทึกชุดท่าไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>ลบชุดท่า</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its file is moved to {folder}, where you can get it back.</source>
        <translation>ลบ “{title}” ไหม ไฟล์จะย้ายไปที่ {folder} ซึ่งคุณเอากลับมาได้</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>ไม่ได้ลบ</translation>
    </message>
    <message>
        <source>Could not delete the routine: {reason}</source>
        <translation>ลบชุดท่าไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>RoutineFileActions</name>
    <message>
        <source>Import a routine</source>
        <translation>นำเข้าชุดท่า</translation>
    </message>
    <message>
        <source>Routine files (*.toml)</source>
        <translation>ไฟล์ชุดท่า (*.toml)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>ไม่ได้นำเข้า</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n problem(s); nothing was imported. The details say what to fix.</source>
        <translation>
            <numerusform>{file} มี %n ปัญหา ไม่ได้นำเข้าอะไร รายละเอียดบอกว่าต้องแก้อะไร</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>นำเข้าเป็นสำเนา</translation>
    </message>
    <message>
        <source>You already have a routine “{title}” with this id. Replace it, or keep both?</source>
        <translation>คุณมีชุดท่า “{title}” ที่ใช้รหัสนี้อยู่แล้ว จะแทนที่ หรือเก็บไว้ทั้งคู่</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>แทนที่ของฉัน</translation>
    </message>
    <message>
        <source>This file has the id of a built-in routine, which cannot be replaced. Import it as a copy?</source>
        <translation>ไฟล์นี้ใช้รหัสของชุดท่าที่มากับโปรแกรม ซึ่งแทนที่ไม่ได้ นำเข้าเป็นสำเนาไหม</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>ส่งออกชุดท่า</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>ไม่ได้ส่งออก</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>เขียน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Save the printable sheet</source>
        <translation>บันทึกแผ่นสำหรับพิมพ์</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>ไม่ได้พิมพ์</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine</source>
        <translation>ชุดท่า</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อชุดท่า</translation>
    </message>
    <message>
        <source>Id (file and command-line name)</source>
        <translation>รหัส (ชื่อไฟล์และชื่อในบรรทัดคำสั่ง)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Add blank</source>
        <translation>เพิ่มท่าว่าง</translation>
    </message>
    <message>
        <source>Add built-in…</source>
        <translation>เพิ่มท่าที่มากับโปรแกรม…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ทำสำเนา</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>ท่าตามลำดับ</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>ท่า</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>ประโยชน์</translation>
    </message>
    <message>
        <source>One step per line, said before the first rep</source>
        <translation>บรรทัดละหนึ่งขั้นตอน อ่านก่อนครั้งแรก</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>ขั้นตอนเตรียมตัว</translation>
    </message>
    <message>
        <source>No sides</source>
        <translation>ไม่แยกข้าง</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>ซ้าย แล้วขวา</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>ขวา แล้วซ้าย</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>ข้าง</translation>
    </message>
    <message>
        <source>Side cue</source>
        <translation>คำบอกเปลี่ยนข้าง</translation>
    </message>
    <message>
        <source>a number, or a range like 2-3 (the level picks inside it)</source>
        <translation>ตัวเลข หรือช่วงเช่น 2-3 (ระดับจะเลือกในช่วงนั้น)</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>จำนวนครั้ง</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>จำนวนเซต</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>ค้างไว้ (วินาที)</translation>
    </message>
    <message>
        <source>for hold phases with no seconds of their own</source>
        <translation>สำหรับช่วงค้างที่ไม่ได้กำหนดวินาทีเอง</translation>
    </message>
    <message>
        <source>Rest between rounds (s)</source>
        <translation>พักระหว่างเซต (วินาที)</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>ครั้งต่อวัน</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ไม่ได้กำหนด</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>วินาที</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>คำพูด</translation>
    </message>
    <message>
        <source>Caption (shown)</source>
        <translation>คำบรรยาย (แสดงบนจอ)</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>เพิ่มช่วง</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ขึ้น</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ลง</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>ลบช่วง</translation>
    </message>
    <message>
        <source>One rep</source>
        <translation>หนึ่งครั้ง</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>เคลื่อนไหว</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>ค้างไว้</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Back Coach · page {number} of {count}</source>
        <translation>Back Coach · หน้า {number} จาก {count}</translation>
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
        <translation>ปิดเสียง (M)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>พักอยู่</translation>
    </message>
    <message>
        <source>Space to go on</source>
        <translation>กด Space เพื่อทำต่อ</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>ท่าที่ {number} จาก {count}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>เหลือ {time}</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>ครั้งที่ {rep} จาก {reps}</translation>
    </message>
    <message>
        <source>Round {round} of {rounds} done</source>
        <translation>เสร็จเซต {round} จาก {rounds}</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>เซต {round} จาก {rounds}</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ซ้าย</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>ขวา</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>ข้างซ้าย</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>ข้างขวา</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>ต่อไป: จบ</translation>
    </message>
    <message>
        <source>Next: rest, {time}</source>
        <translation>ต่อไป: พัก {time}</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>ต่อไป: {exercise}</translation>
    </message>
    <message>
        <source>Next: round {round} of {rounds}</source>
        <translation>ต่อไป: เซต {round} จาก {rounds}</translation>
    </message>
    <message>
        <source>Next: left side</source>
        <translation>ต่อไป: ข้างซ้าย</translation>
    </message>
    <message>
        <source>Next: right side</source>
        <translation>ต่อไป: ข้างขวา</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>ต่อไป: {step}</translation>
    </message>
    <message>
        <source>Up next: {what}</source>
        <translation>ต่อไป: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n เซต</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>ทำทั้งสองข้าง</translation>
    </message>
</context>
<context>
    <name>SpeechService</name>
    <message>
        <source>Captions only: {why}.</source>
        <translation>แสดงเฉพาะคำบรรยาย: {why}</translation>
    </message>
    <message>
        <source>The voice is not working ({why}). Follow the captions.</source>
        <translation>เสียงใช้งานไม่ได้ ({why}) ให้ดูคำบรรยายบนจอ</translation>
    </message>
    <message>
        <source>The voice is not answering ({why}); restarting it.</source>
        <translation>เสียงไม่ตอบสนอง ({why}) กำลังเริ่มใหม่</translation>
    </message>
    <message>
        <source>No sound output found: the voice may be silent. Follow the captions.</source>
        <translation>ไม่พบอุปกรณ์เสียง: อาจไม่ได้ยินเสียง ให้ดูคำบรรยายบนจอ</translation>
    </message>
</context>
<context>
    <name>StopQuestion</name>
    <message>
        <source>Stop the session?</source>
        <translation>หยุดการฝึกไหม</translation>
    </message>
    <message>
        <source>Enter stops · Esc goes on</source>
        <translation>Enter หยุด · Esc ทำต่อ</translation>
    </message>
    <message>
        <source>Stop (Enter)</source>
        <translation>หยุด (Enter)</translation>
    </message>
    <message>
        <source>Keep going (Esc)</source>
        <translation>ทำต่อ (Esc)</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Continue (Enter)</source>
        <translation>ต่อไป (Enter)</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>เก่งมาก!</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>หยุดก่อนจบ</translation>
    </message>
    <message>
        <source>That is fine: every bit helps.</source>
        <translation>ไม่เป็นไร ทำได้เท่าไรก็ช่วยได้</translation>
    </message>
    <message>
        <source>Time: {time}</source>
        <translation>เวลา: {time}</translation>
    </message>
    <message>
        <source>Exercises done: {done} of {count}</source>
        <translation>ทำแล้ว {done} จาก {count} ท่า</translation>
    </message>
    <message>
        <source>Skipped: {names}</source>
        <translation>ข้ามไป: {names}</translation>
    </message>
    <message>
        <source>Stopped at: {where}</source>
        <translation>หยุดที่: {where}</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>จุดเริ่มต้น</translation>
    </message>
    <message>
        <source>round {round} of {rounds}</source>
        <translation>เซต {round} จาก {rounds}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>ข้างซ้าย</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>ข้างขวา</translation>
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
        <translation>เปิด Back Coach</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>No reminders set</source>
        <translation>ยังไม่ได้ตั้งการเตือน</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>หยุดเตือนชั่วคราว</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 ชั่วโมง</translation>
    </message>
    <message>
        <source>For the rest of today</source>
        <translation>ตลอดวันนี้</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>เตือนต่อ</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>การเตือน…</translation>
    </message>
    <message>
        <source>Quit Back Coach</source>
        <translation>ออกจาก Back Coach</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>เตือนครั้งถัดไป: {when}</translation>
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
        <translation>พัก</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>ทำต่อ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>พูดซ้ำ</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>ข้ามท่า</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>ดังขึ้น</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>เบาลง</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>หยุดการฝึกไหม</translation>
    </message>
    <message>
        <source>Yes: stop</source>
        <translation>ใช่: หยุด</translation>
    </message>
    <message>
        <source>No: carry on</source>
        <translation>ไม่: ทำต่อ</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsDialog</name>
    <message>
        <source>Voice and language</source>
        <translation>เสียงและภาษา</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>The voice and the routines change now; the screens change when Back Coach next starts.</source>
        <translation>เสียงและท่าออกกำลังกายเปลี่ยนทันที ส่วนหน้าจอจะเปลี่ยนเมื่อเปิด Back Coach ครั้งถัดไป</translation>
    </message>
    <message>
        <source>The engine&apos;s default voice</source>
        <translation>เสียงเริ่มต้นของโปรแกรมพูด</translation>
    </message>
    <message>
        <source>Mute the voice (captions and chimes go on)</source>
        <translation>ปิดเสียงพูด (ยังมีคำบรรยายและเสียงกริ่ง)</translation>
    </message>
    <message>
        <source>Count the reps aloud</source>
        <translation>นับจำนวนครั้งออกเสียง</translation>
    </message>
    <message>
        <source>Say “3, 2, 1” before a hold ends</source>
        <translation>พูด “3, 2, 1” ก่อนหมดเวลาค้าง</translation>
    </message>
    <message>
        <source>Chime when a hold starts and ends, and after each exercise</source>
        <translation>มีเสียงกริ่งเมื่อเริ่มและหมดเวลาค้าง และหลังจบแต่ละท่า</translation>
    </message>
    <message>
        <source>Soft ticks in the last seconds of a rest</source>
        <translation>เสียงติ๊กเบา ๆ ในวินาทีสุดท้ายของการพัก</translation>
    </message>
    <message>
        <source>Listen for voice commands during a session</source>
        <translation>ฟังคำสั่งเสียงระหว่างฝึก</translation>
    </message>
    <message>
        <source>Say, in English: pause, go on, next, back, repeat, skip, louder, quieter, stop the session. No audio is kept or sent.</source>
        <translation>พูดเป็นภาษาอังกฤษ: pause, go on, next, back, repeat, skip, louder, quieter, stop the session ไม่มีการเก็บหรือส่งเสียง</translation>
    </message>
    <message>
        <source>Say “Hey coach” first: “Hey coach, pause”</source>
        <translation>พูด “Hey coach” ก่อน: “Hey coach, pause”</translation>
    </message>
    <message>
        <source>Or “Hey coach”, then the command within {seconds} seconds. Yes and no answer “Stop the session?” without it.</source>
        <translation>หรือพูด “Hey coach” แล้วพูดคำสั่งภายใน {seconds} วินาที “yes” และ “no” ตอบ “หยุดการฝึกไหม” ได้โดยไม่ต้องพูด “Hey coach”</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>ทดสอบเสียง</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>เสียง:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>ความเร็ว:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>ความดัง:</translation>
    </message>
    <message>
        <source>{rate} words a minute</source>
        <translation>{rate} คำต่อนาที</translation>
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
            <numerusform>… และอีก %n ขั้นตอนในแอป</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set-up step(s) in the app</source>
        <translation>
            <numerusform>ขั้นตอนเตรียมตัว %n ขั้นในแอป</numerusform>
        </translation>
    </message>
</context>
</TS>
