<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>CLI</name>
        <message>
            <source>Use --save together with --profile FILE.</source>
            <translation>Use --save junto con --profile ARCHIVO.</translation>
        </message>
        <message>
            <source>Profile saved.</source>
            <translation>Perfil guardado.</translation>
        </message>
        <message>
            <source>Profile problem{where}: {message}</source>
            <translation>Problema con el perfil{where}: {message}</translation>
        </message>
    </context>
    <context>
        <name>CardEditor</name>
        <message>
            <source>Rate each line from 0 (not at all) to 5 (very strong). Press Tab to move and a number to rate; Ctrl+S saves.</source>
            <translation>Califique cada línea de 0 (nada) a 5 (muy fuerte). Pulse Tab para avanzar y un número para calificar; Ctrl+S guarda.</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>Day of this card</source>
            <translation>Día de esta tarjeta</translation>
        </message>
        <message>
            <source>Skills I used</source>
            <translation>Habilidades que usé</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Nota (opcional):</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>&amp;Save card</source>
            <translation>&amp;Guardar tarjeta</translation>
        </message>
        <message>
            <source>Save this day's card (Ctrl+S)</source>
            <translation>Guardar la tarjeta de este día (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save card</source>
            <translation>Guardar tarjeta</translation>
        </message>
        <message>
            <source>Type a number from 0 to 5; Delete clears it.</source>
            <translation>Escriba un número del 0 al 5; Supr lo borra.</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin calificar</translation>
        </message>
        <message>
            <source>I acted on it</source>
            <translation>Actué según el impulso</translation>
        </message>
        <message>
            <source>{row}: I acted on it</source>
            <translation>{row}: actué según el impulso</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved at {time}</source>
            <translation>Guardado a las {time}</translation>
        </message>
        <message>
            <source>Your card for {day} is saved.</source>
            <translation>Su tarjeta del {day} está guardada.</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>starting now</source>
            <translation>empieza ahora</translation>
        </message>
        <message>
            <source>in {m} min {s:02d} s</source>
            <translation>en {m} min {s:02d} s</translation>
        </message>
        <message>
            <source>in {d} d {h} h</source>
            <translation>en {d} d {h} h</translation>
        </message>
        <message>
            <source>in {h} h {m} min</source>
            <translation>en {h} h {m} min</translation>
        </message>
        <message>
            <source>in {m} min</source>
            <translation>en {m} min</translation>
        </message>
    </context>
    <context>
        <name>DiaryPage</name>
        <message>
            <source>Diary card</source>
            <translation>Tarjeta diaria</translation>
        </message>
        <message>
            <source>Thought records</source>
            <translation>Registros de pensamientos</translation>
        </message>
        <message>
            <source>Skills practice</source>
            <translation>Práctica de habilidades</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Gráfica</translation>
        </message>
        <message>
            <source>Diary card &amp; skills</source>
            <translation>Tarjeta diaria y habilidades</translation>
        </message>
        <message>
            <source>Your diary card, thought records and skills practice are kept with your locked notes. Unlock them to fill in today's card.</source>
            <translation>Su tarjeta diaria, sus registros de pensamientos y su práctica de habilidades se guardan con sus notas bloqueadas. Desbloquéelas para llenar la tarjeta de hoy.</translation>
        </message>
        <message>
            <source>&amp;Unlock my notes</source>
            <translation>&amp;Desbloquear mis notas</translation>
        </message>
        <message>
            <source>Unlock my notes</source>
            <translation>Desbloquear mis notas</translation>
        </message>
        <message>
            <source>&amp;Prepare for my therapist…</source>
            <translation>&amp;Preparar para mi terapeuta…</translation>
        </message>
        <message>
            <source>Make a PDF of the days and entries you choose, to show your therapist</source>
            <translation>Haga un PDF con los días y las entradas que elija, para mostrárselo a su terapeuta</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>¿Borrar esta entrada?</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>Esto no se puede deshacer.</translation>
        </message>
        <message>
            <source>Not saved yet: {why}</source>
            <translation>Todavía no se guardó: {why}</translation>
        </message>
    </context>
    <context>
        <name>EntryList</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nueva</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Open the chosen entry</source>
            <translation>Abrir la entrada elegida</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>Delete the chosen entry</source>
            <translation>Borrar la entrada elegida</translation>
        </message>
    </context>
    <context>
        <name>Footer</name>
        <message>
            <source>In crisis? Call or text {number}, any time.</source>
            <translation>¿En crisis? Llame o envíe un mensaje al {number}, a cualquier hora.</translation>
        </message>
        <message>
            <source>Can't connect? Join by phone: {number}</source>
            <translation>¿No se puede conectar? Entre por teléfono: {number}</translation>
        </message>
        <message>
            <source>Can't connect? Call your program and ask to join by phone.</source>
            <translation>¿No se puede conectar? Llame a su programa y pida entrar por teléfono.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome to SessionReady</source>
            <translation>Bienvenido a SessionReady</translation>
        </message>
        <message>
            <source>Before each session: check your setup, make your space private, then join.</source>
            <translation>Antes de cada sesión: revise su equipo, haga privado su espacio y luego entre.</translation>
        </message>
        <message>
            <source>Your next session</source>
            <translation>Su próxima sesión</translation>
        </message>
        <message>
            <source>&amp;Check my setup</source>
            <translation>&amp;Revisar mi equipo</translation>
        </message>
        <message>
            <source>Test your internet, camera, microphone, speakers and battery (Alt+C)</source>
            <translation>Pruebe su internet, cámara, micrófono, bocinas y batería (Alt+R)</translation>
        </message>
        <message>
            <source>Check my setup</source>
            <translation>Revisar mi equipo</translation>
        </message>
        <message>
            <source>Today's &amp;diary card</source>
            <translation>Tarjeta &amp;diaria de hoy</translation>
        </message>
        <message>
            <source>Fill in today's diary card (Ctrl+D)</source>
            <translation>Llene la tarjeta diaria de hoy (Ctrl+D)</translation>
        </message>
        <message>
            <source>Today's diary card</source>
            <translation>Tarjeta diaria de hoy</translation>
        </message>
        <message>
            <source>It takes about 20 seconds. A problem never stops you from joining.</source>
            <translation>Tarda unos 20 segundos. Un problema nunca le impide entrar.</translation>
        </message>
        <message>
            <source>&amp;Join session</source>
            <translation>&amp;Entrar a la sesión</translation>
        </message>
        <message>
            <source>Join session</source>
            <translation>Entrar a la sesión</translation>
        </message>
        <message>
            <source>Open your session on {host} (Alt+J)</source>
            <translation>Abrir su sesión en {host} (Alt+E)</translation>
        </message>
        <message>
            <source>Join by &amp;phone</source>
            <translation>Entrar por &amp;teléfono</translation>
        </message>
        <message>
            <source>Join by phone</source>
            <translation>Entrar por teléfono</translation>
        </message>
        <message>
            <source>Call in to your session (Alt+P)</source>
            <translation>Llamar a su sesión (Alt+T)</translation>
        </message>
        <message>
            <source>Loading your schedule…</source>
            <translation>Cargando su horario…</translation>
        </message>
        <message>
            <source>No session scheduled yet. Add your schedule on the Schedule page (Ctrl+5).</source>
            <translation>Todavía no hay sesiones programadas. Agregue su horario en la página Horario (Ctrl+5).</translation>
        </message>
        <message>
            <source>Happening now</source>
            <translation>Ahora mismo</translation>
        </message>
        <message>
            <source>You have not checked your setup yet.</source>
            <translation>Todavía no ha revisado su equipo.</translation>
        </message>
        <message>
            <source>Last check at {time}.</source>
            <translation>Última revisión a las {time}.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{page} (Ctrl+{n})</source>
            <translation>{page} (Ctrl+{n})</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a page.</source>
            <translation>Use las flechas para elegir una página.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Today's &amp;diary card</source>
            <translation>Tarjeta &amp;diaria de hoy</translation>
        </message>
        <message>
            <source>Today's diary card (Ctrl+D)</source>
            <translation>Tarjeta diaria de hoy (Ctrl+D)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>Settings (Ctrl+,)</source>
            <translation>Configuración (Ctrl+,)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Help and support</source>
            <translation>A&amp;yuda y soporte</translation>
        </message>
        <message>
            <source>Help and support (F1)</source>
            <translation>Ayuda y soporte (F1)</translation>
        </message>
        <message>
            <source>&amp;About SessionReady</source>
            <translation>&amp;Acerca de SessionReady</translation>
        </message>
        <message>
            <source>About SessionReady</source>
            <translation>Acerca de SessionReady</translation>
        </message>
        <message>
            <source>SessionReady {version}

Gets you ready for your virtual treatment sessions: checks your setup, helps you make your space private, keeps your notes safe.</source>
            <translation>SessionReady {version}

Le prepara para sus sesiones de tratamiento virtuales: revisa su equipo, le ayuda a hacer privado su espacio y mantiene seguras sus notas.</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Check my setup</source>
            <translation>Revisar mi equipo</translation>
        </message>
        <message>
            <source>Privacy checklist</source>
            <translation>Lista de privacidad</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Diary card</source>
            <translation>Tarjeta diaria</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Help &amp; support</source>
            <translation>Ayuda y soporte</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>Run checks now</source>
            <translation>Revisar equipo ahora</translation>
        </message>
        <message>
            <source>Your session starts in {minutes} minutes</source>
            <translation>Su sesión empieza en {minutes} minutos</translation>
        </message>
        <message>
            <source>Your session starts at {time}</source>
            <translation>Su sesión empieza a las {time}</translation>
        </message>
        <message>
            <source>Your session starts soon. Run your checks now so you are ready.</source>
            <translation>Su sesión empieza pronto. Revise su equipo ahora para estar listo.</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <source>Your session is starting now.</source>
            <translation>Su sesión está empezando.</translation>
        </message>
        <message>
            <source>Your session is starting now. Join when you are in a private spot.</source>
            <translation>Su sesión está empezando. Entre cuando esté en un lugar privado.</translation>
        </message>
        <message>
            <source>To join by phone, call {number}.</source>
            <translation>Para entrar por teléfono, llame al {number}.</translation>
        </message>
        <message>
            <source>Your session is starting</source>
            <translation>Su sesión está empezando</translation>
        </message>
        <message>
            <source>A reminder you set for today.</source>
            <translation>Un recordatorio que usted programó para hoy.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Time for your diary card</source>
            <translation>Es hora de su tarjeta diaria</translation>
        </message>
        <message>
            <source>Take a minute to fill in today's card.</source>
            <translation>Tómese un minuto para llenar la tarjeta de hoy.</translation>
        </message>
        <message>
            <source>Open today's card</source>
            <translation>Abrir la tarjeta de hoy</translation>
        </message>
    </context>
    <context>
        <name>PracticePane</name>
        <message>
            <source>My skills practice</source>
            <translation>Mi práctica de habilidades</translation>
        </message>
        <message>
            <source>No practice logged yet. Add one below.</source>
            <translation>Todavía no hay práctica anotada. Agregue una abajo.</translation>
        </message>
        <message>
            <source>&amp;Which skill</source>
            <translation>&amp;Qué habilidad</translation>
        </message>
        <message>
            <source>Skill practised</source>
            <translation>Habilidad practicada</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <source>When you practised</source>
            <translation>Cuándo practicó</translation>
        </message>
        <message>
            <source>How it went (0–5)</source>
            <translation>Cómo le fue (0–5)</translation>
        </message>
        <message>
            <source>How it went</source>
            <translation>Cómo le fue</translation>
        </message>
        <message>
            <source>N&amp;ote (optional)</source>
            <translation>N&amp;ota (opcional)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin calificar</translation>
        </message>
        <message>
            <source>Type a number from 0 (did not help) to 5 (helped a lot); Delete clears it.</source>
            <translation>Escriba un número del 0 (no ayudó) al 5 (ayudó mucho); Supr lo borra.</translation>
        </message>
        <message>
            <source>Save &amp;practice</source>
            <translation>Guardar &amp;práctica</translation>
        </message>
        <message>
            <source>Save this practice (Ctrl+S)</source>
            <translation>Guardar esta práctica (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save practice</source>
            <translation>Guardar práctica</translation>
        </message>
        <message>
            <source>Practice of {when}</source>
            <translation>Práctica del {when}</translation>
        </message>
        <message>
            <source>Log a practice</source>
            <translation>Anotar una práctica</translation>
        </message>
        <message>
            <source>Choose a skill first.</source>
            <translation>Primero elija una habilidad.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved at {time}</source>
            <translation>Guardado a las {time}</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>“{field}”: the pass line should be better than the fail line.</source>
            <translation>“{field}”: el límite para aprobar debe ser mejor que el límite para fallar.</translation>
        </message>
        <message>
            <source>“{field}” should be between {low:g} and {high:g}.</source>
            <translation>“{field}” debe estar entre {low:g} y {high:g}.</translation>
        </message>
        <message>
            <source>“{field}” should be a number.</source>
            <translation>“{field}” debe ser un número.</translation>
        </message>
        <message>
            <source>“{field}” is not a threshold a program can change.</source>
            <translation>“{field}” no es un límite que un programa pueda cambiar.</translation>
        </message>
        <message>
            <source>“{field}” should be a set of sections of numbers.</source>
            <translation>“{field}” debe ser un conjunto de secciones con números.</translation>
        </message>
        <message>
            <source>“{field}” should be {kind}.</source>
            <translation>«{field}» debe ser {kind}.</translation>
        </message>
        <message>
            <source>“{field}” should be a web address starting with {schemes}.</source>
            <translation>«{field}» debe ser una dirección web que empiece con {schemes}.</translation>
        </message>
        <message>
            <source>“{field}” holds too much, or is nested too deeply.</source>
            <translation>«{field}» contiene demasiado o está anidado a demasiada profundidad.</translation>
        </message>
        <message>
            <source>“{field}” holds characters that are not valid text.</source>
            <translation>«{field}» contiene caracteres que no son texto válido.</translation>
        </message>
        <message>
            <source>“{field}” holds a text that is too long.</source>
            <translation>«{field}» contiene un texto demasiado largo.</translation>
        </message>
        <message>
            <source>The profile file should hold a set of keys.</source>
            <translation>El archivo de perfil debe contener un conjunto de claves.</translation>
        </message>
        <message>
            <source>“{field}” is not a profile setting we know.</source>
            <translation>«{field}» no es un ajuste de perfil que conozcamos.</translation>
        </message>
        <message>
            <source>a whole number of minutes</source>
            <translation>un número entero de minutos</translation>
        </message>
        <message>
            <source>“{field}” should be between 15 and 600 minutes.</source>
            <translation>«{field}» debe estar entre 15 y 600 minutos.</translation>
        </message>
        <message>
            <source>a set of checklist changes</source>
            <translation>un conjunto de cambios a la lista</translation>
        </message>
        <message>
            <source>a set of diary card changes</source>
            <translation>un conjunto de cambios a la tarjeta diaria</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>“program_name” is too long (120 characters at most).</source>
            <translation>«program_name» es demasiado largo (120 caracteres como máximo).</translation>
        </message>
        <message>
            <source>“video_host” should be a host name like video.example.org or host:port.</source>
            <translation>«video_host» debe ser un nombre de servidor como video.example.org o servidor:puerto.</translation>
        </message>
        <message>
            <source>“{field}” should be a phone number like +1 555 0100.</source>
            <translation>«{field}» debe ser un número de teléfono como +1 555 0100.</translation>
        </message>
        <message>
            <source>“language” should be “en” (English) or “es” (Spanish).</source>
            <translation>«language» debe ser «en» (inglés) o «es» (español).</translation>
        </message>
        <message>
            <source>This file is not a valid profile (JSON or TOML): {error}</source>
            <translation>Este archivo no es un perfil válido (JSON o TOML): {error}</translation>
        </message>
        <message>
            <source>This file is nested too deeply to be a profile.</source>
            <translation>Este archivo está anidado a demasiada profundidad para ser un perfil.</translation>
        </message>
        <message>
            <source>This file is not a valid profile (JSON or TOML).</source>
            <translation>Este archivo no es un perfil válido (JSON o TOML).</translation>
        </message>
        <message>
            <source>This is not a profile file.</source>
            <translation>Esto no es un archivo de perfil.</translation>
        </message>
        <message>
            <source>Could not open the profile file: {error}</source>
            <translation>No se pudo abrir el archivo de perfil: {error}</translation>
        </message>
        <message>
            <source>This file is too large to be a profile.</source>
            <translation>Este archivo es demasiado grande para ser un perfil.</translation>
        </message>
        <message>
            <source>This file is not a text profile.</source>
            <translation>Este archivo no es un perfil de texto.</translation>
        </message>
        <message>
            <source>“stun_server” should be host:port, a stun:, turn: or turns: address, or a platform we know.</source>
            <translation>“stun_server” debe ser servidor:puerto, una dirección stun:, turn: o turns:, o una plataforma que conocemos.</translation>
        </message>
    </context>
    <context>
        <name>ProfileFile</name>
        <message>
            <source>Choose your program's profile</source>
            <translation>Elija el perfil de su programa</translation>
        </message>
        <message>
            <source>Profiles (*.json *.toml);;All files (*)</source>
            <translation>Perfiles (*.json *.toml);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>All parts of SessionReady are in place.</source>
            <translation>Todas las partes de SessionReady están en su lugar.</translation>
        </message>
        <message>
            <source>Some parts of SessionReady are missing or broken. Reinstall it, or show this to tech help.</source>
            <translation>Faltan partes de SessionReady o están dañadas. Vuelva a instalarlo o muestre esto a la ayuda técnica.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>&amp;Program name</source>
            <translation>Nombre del &amp;programa</translation>
        </message>
        <message>
            <source>&amp;Video platform host</source>
            <translation>Servidor de la plataforma de &amp;video</translation>
        </message>
        <message>
            <source>&amp;Session link</source>
            <translation>Enlace de la &amp;sesión</translation>
        </message>
        <message>
            <source>Speed-test ser&amp;ver (optional)</source>
            <translation>Ser&amp;vidor de prueba de velocidad (opcional)</translation>
        </message>
        <message>
            <source>Join by p&amp;hone number</source>
            <translation>Número para entrar por &amp;teléfono</translation>
        </message>
        <message>
            <source>&amp;Tech-help contact</source>
            <translation>Contacto de a&amp;yuda técnica</translation>
        </message>
        <message>
            <source>C&amp;risis line</source>
            <translation>Línea de c&amp;risis</translation>
        </message>
        <message>
            <source>Cale&amp;ndar link</source>
            <translation>Enlace del cale&amp;ndario</translation>
        </message>
        <message>
            <source>For example: zoom.us or video.example.org:443</source>
            <translation>Por ejemplo: zoom.us o video.example.org:443</translation>
        </message>
        <message>
            <source>The link you use to join, starting with https://</source>
            <translation>El enlace que usa para entrar, que empieza con https://</translation>
        </message>
        <message>
            <source>Leave empty to use public speed-test servers</source>
            <translation>Déjelo vacío para usar servidores públicos de prueba de velocidad</translation>
        </message>
        <message>
            <source>988 in the United States</source>
            <translation>988 en los Estados Unidos</translation>
        </message>
        <message>
            <source>An https:// or webcal:// calendar link from your program</source>
            <translation>Un enlace de calendario https:// o webcal:// de su programa</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <source>Usual session length</source>
            <translation>Duración habitual de la sesión</translation>
        </message>
        <message>
            <source>Usual session &amp;length</source>
            <translation>&amp;Duración habitual de la sesión</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>I&amp;mportar de un archivo…</translation>
        </message>
        <message>
            <source>Load the profile file your program gave you (Alt+I)</source>
            <translation>Cargue el archivo de perfil que le dio su programa (Alt+M)</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Te&amp;xt size</source>
            <translation>Tamaño del te&amp;xto</translation>
        </message>
        <message>
            <source>&amp;High contrast colours</source>
            <translation>Colores de &amp;alto contraste</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Pantalla</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>&amp;Discreet mode</source>
            <translation>Modo &amp;discreto</translation>
        </message>
        <message>
            <source>The window title, the tray and every notification show only “SessionReady”: never your program's name or a phone number</source>
            <translation>El título de la ventana, la bandeja y cada aviso muestran solo “SessionReady”: nunca el nombre de su programa ni un número de teléfono</translation>
        </message>
        <message>
            <source>Remind me &amp;every day to fill in my diary card</source>
            <translation>Recordarme &amp;cada día que llene mi tarjeta diaria</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>At &amp;what time</source>
            <translation>A &amp;qué hora</translation>
        </message>
        <message>
            <source>The reminder never shows anything you wrote. In discreet mode it shows only “SessionReady”.</source>
            <translation>El recordatorio nunca muestra nada de lo que usted escribió. En modo discreto solo muestra «SessionReady».</translation>
        </message>
        <message>
            <source>That file was not used: {message}</source>
            <translation>No se usó ese archivo: {message}</translation>
        </message>
        <message>
            <source>Profile loaded. Press Save to keep it.</source>
            <translation>Perfil cargado. Pulse Guardar para conservarlo.</translation>
        </message>
    </context>
    <context>
        <name>ThoughtPane</name>
        <message>
            <source>My thought records</source>
            <translation>Mis registros de pensamientos</translation>
        </message>
        <message>
            <source>No thought records yet. Start one below.</source>
            <translation>Todavía no hay registros de pensamientos. Empiece uno abajo.</translation>
        </message>
        <message>
            <source>&amp;Situation: what happened?</source>
            <translation>&amp;Situación: ¿qué pasó?</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situación</translation>
        </message>
        <message>
            <source>Automatic &amp;thought: what went through your mind?</source>
            <translation>&amp;Pensamiento automático: ¿qué pasó por su mente?</translation>
        </message>
        <message>
            <source>Thought</source>
            <translation>Pensamiento</translation>
        </message>
        <message>
            <source>&amp;Emotion you felt</source>
            <translation>&amp;Emoción que sintió</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emoción</translation>
        </message>
        <message>
            <source>How strong (0–100)</source>
            <translation>Qué tan fuerte (0–100)</translation>
        </message>
        <message>
            <source>How strong the emotion was</source>
            <translation>Qué tan fuerte fue la emoción</translation>
        </message>
        <message>
            <source>Evidence &amp;for the thought</source>
            <translation>Pruebas a &amp;favor del pensamiento</translation>
        </message>
        <message>
            <source>Evidence for</source>
            <translation>Pruebas a favor</translation>
        </message>
        <message>
            <source>Evidence a&amp;gainst the thought</source>
            <translation>Pruebas en &amp;contra del pensamiento</translation>
        </message>
        <message>
            <source>Evidence against</source>
            <translation>Pruebas en contra</translation>
        </message>
        <message>
            <source>&amp;Balanced thought</source>
            <translation>Pensamiento &amp;equilibrado</translation>
        </message>
        <message>
            <source>Balanced thought</source>
            <translation>Pensamiento equilibrado</translation>
        </message>
        <message>
            <source>How strong now (0–100)</source>
            <translation>Qué tan fuerte ahora (0–100)</translation>
        </message>
        <message>
            <source>How strong the emotion is now</source>
            <translation>Qué tan fuerte es la emoción ahora</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin calificar</translation>
        </message>
        <message>
            <source>Save &amp;record</source>
            <translation>Guardar &amp;registro</translation>
        </message>
        <message>
            <source>Save this thought record (Ctrl+S)</source>
            <translation>Guardar este registro de pensamientos (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save thought record</source>
            <translation>Guardar registro de pensamientos</translation>
        </message>
        <message>
            <source>Thought record of {when}</source>
            <translation>Registro de pensamientos del {when}</translation>
        </message>
        <message>
            <source>New thought record</source>
            <translation>Nuevo registro de pensamientos</translation>
        </message>
        <message>
            <source>Write at least the situation or the thought first.</source>
            <translation>Primero escriba al menos la situación o el pensamiento.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved at {time}</source>
            <translation>Guardado a las {time}</translation>
        </message>
    </context>
</TS>
