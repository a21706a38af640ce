<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>HelpPage</name>
        <message>
            <source>Help &amp; support</source>
            <translation>Ayuda y soporte</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>A quién llamar</translation>
        </message>
        <message>
            <source>Tech help from your program: {contact}</source>
            <translation>Ayuda técnica de su programa: {contact}</translation>
        </message>
        <message>
            <source>Ask your program for their tech-help number, then add it in Settings.</source>
            <translation>Pida a su programa el número de ayuda técnica y agréguelo en Configuración.</translation>
        </message>
        <message>
            <source>Join your session by phone: {number}</source>
            <translation>Entre a su sesión por teléfono: {number}</translation>
        </message>
        <message>
            <source>In crisis or thinking about suicide: call or text {number}. In an emergency, call 911.</source>
            <translation>Si está en crisis o piensa en el suicidio: llame o envíe un mensaje al {number}. En una emergencia, llame al 911.</translation>
        </message>
        <message>
            <source>If video does not work</source>
            <translation>Si el video no funciona</translation>
        </message>
        <message>
            <source>1. Join by phone so you do not miss your session.
2. Restart your computer and your internet router.
3. Close other apps that use the camera or the internet.
4. Move closer to your router, or plug in a cable.
5. Call tech help and tell them what you see on the screen.</source>
            <translation>1. Entre por teléfono para no perder su sesión.
2. Reinicie su computadora y su router de internet.
3. Cierre otras aplicaciones que usen la cámara o el internet.
4. Acérquese a su router o conecte un cable.
5. Llame a ayuda técnica y dígales lo que ve en la pantalla.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Ctrl+1 to Ctrl+7: go to a page (Home, Check my setup, Privacy checklist, Notes, Diary card, Schedule, Help)
Ctrl+D: today's diary card
F1: this help page
Ctrl+,: settings
Tab and Shift+Tab: move between buttons; Space or Enter: press a button
Ctrl+Q: quit
Esc twice quickly, or Ctrl+Shift+H: hide SessionReady at once and lock your notes (it opens again on Home)</source>
            <translation>Ctrl+1 a Ctrl+7: ir a una página (Inicio, Revisar mi equipo, Lista de privacidad, Notas, Tarjeta diaria, Horario, Ayuda)
Ctrl+D: la tarjeta diaria de hoy
F1: esta página de ayuda
Ctrl+,: configuración
Tab y Mayús+Tab: moverse entre botones; Espacio o Intro: pulsar un botón
Ctrl+Q: salir
Esc dos veces rápido, o Ctrl+Mayús+H: ocultar SessionReady al instante y bloquear sus notas (se abre otra vez en Inicio)</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>SessionReady {version} · Qt {qt} · PySide6 {pyside} · {os}</source>
            <translation>SessionReady {version} · Qt {qt} · PySide6 {pyside} · {os}</translation>
        </message>
        <message>
            <source>Open &amp;settings…</source>
            <translation>Abrir la &amp;configuración…</translation>
        </message>
        <message>
            <source>Change your program details, language and text size (Ctrl+,)</source>
            <translation>Cambie los datos de su programa, el idioma y el tamaño del texto (Ctrl+,)</translation>
        </message>
        <message>
            <source>Open settings</source>
            <translation>Abrir la configuración</translation>
        </message>
        <message>
            <source>Show the &amp;welcome tour</source>
            <translation>Ver el &amp;recorrido de bienvenida</translation>
        </message>
        <message>
            <source>A short guided tour of SessionReady and your program's setup (Alt+W)</source>
            <translation>Un recorrido corto por SessionReady y los datos de su programa (Alt+W)</translation>
        </message>
        <message>
            <source>Show the welcome tour</source>
            <translation>Ver el recorrido de bienvenida</translation>
        </message>
        <message>
            <source>Hide support &amp;details</source>
            <translation>Ocultar &amp;detalles de soporte</translation>
        </message>
        <message>
            <source>Support &amp;details</source>
            <translation>&amp;Detalles de soporte</translation>
        </message>
        <message>
            <source>Facts for tech-support staff: versions, devices, connection, last check (Alt+D)</source>
            <translation>Datos para el personal de soporte técnico: versiones, dispositivos, conexión, última revisión (Alt+D)</translation>
        </message>
        <message>
            <source>Support details</source>
            <translation>Detalles de soporte</translation>
        </message>
    </context>
    <context>
        <name>HistoryChart</name>
        <message>
            <source>Download (Mbit/s)</source>
            <translation>Bajada (Mbit/s)</translation>
        </message>
        <message>
            <source>Upload (Mbit/s)</source>
            <translation>Subida (Mbit/s)</translation>
        </message>
        <message>
            <source>Round trip (ms)</source>
            <translation>Ida y vuelta (ms)</translation>
        </message>
        <message>
            <source>No checks yet. The chart appears after your first check.</source>
            <translation>Aún no hay revisiones. La gráfica aparece después de su primera revisión.</translation>
        </message>
        <message>
            <source>Connection over the last {n} checks, oldest first.</source>
            <translation>Conexión en las últimas {n} revisiones, de la más antigua a la más nueva.</translation>
        </message>
        <message>
            <source>Connection history chart</source>
            <translation>Gráfico del historial de conexión</translation>
        </message>
        <message>
            <source>older  →  newer</source>
            <translation>más antigua  →  más nueva</translation>
        </message>
    </context>
    <context>
        <name>OrientationDialog</name>
        <message>
            <source>That file was not used: {message}</source>
            <translation>No se usó ese archivo: {message}</translation>
        </message>
        <message>
            <source>Your program's details are filled in. Check them below.</source>
            <translation>Los datos de su programa ya están puestos. Revíselos abajo.</translation>
        </message>
        <message>
            <source>Welcome to SessionReady</source>
            <translation>Bienvenido a SessionReady</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Your language</source>
            <translation>Su idioma</translation>
        </message>
        <message>
            <source>Your program</source>
            <translation>Su programa</translation>
        </message>
        <message>
            <source>A session day</source>
            <translation>Un día de sesión</translation>
        </message>
        <message>
            <source>Using the video platform</source>
            <translation>Cómo usar la plataforma de video</translation>
        </message>
        <message>
            <source>Privacy at home</source>
            <translation>Privacidad en casa</translation>
        </message>
        <message>
            <source>If video does not work</source>
            <translation>Si el video no funciona</translation>
        </message>
        <message>
            <source>The crisis line</source>
            <translation>La línea de crisis</translation>
        </message>
        <message>
            <source>Tech help</source>
            <translation>Ayuda técnica</translation>
        </message>
        <message>
            <source>Your schedule</source>
            <translation>Su horario</translation>
        </message>
        <message>
            <source>Protect your notes</source>
            <translation>Proteja sus notas</translation>
        </message>
        <message>
            <source>SessionReady helps you get ready for your online treatment sessions.

It checks your internet, camera, microphone, speakers and battery. It helps you make your space private. It keeps your notes locked on this computer. It shows when your next session is.

This short tour takes about 3 minutes. You can skip it and open it again later from Help.</source>
            <translation>SessionReady le ayuda a prepararse para sus sesiones de tratamiento en línea.

Revisa su internet, cámara, micrófono, bocinas y batería. Le ayuda a tener un espacio privado. Guarda sus notas bajo llave en esta computadora. Le muestra cuándo es su próxima sesión.

Este recorrido corto dura unos 3 minutos. Puede saltarlo y abrirlo otra vez después desde Ayuda.</translation>
        </message>
        <message>
            <source>Choose the language for SessionReady. It changes right away.</source>
            <translation>Elija el idioma de SessionReady. Cambia enseguida.</translation>
        </message>
        <message>
            <source>Your program may give you a file with its details. Choose “Import from file” to use it. Or type what you know. You can leave anything empty and add it later in Settings.</source>
            <translation>Su programa puede darle un archivo con sus datos. Elija “Importar desde archivo” para usarlo. O escriba lo que sepa. Puede dejar campos vacíos y completarlos después en Configuración.</translation>
        </message>
        <message>
            <source>In the video session:

• Join: open the link. Allow the camera and microphone if asked.
• Mute: press the microphone button. Mute when you are not talking.
• Camera: press the camera button to turn your video on or off.
• Chat: press “Chat” to type a message to the group or the counselor.
• Leave: press “Leave” or the red button when the session ends.</source>
            <translation>En la sesión de video:

• Entrar: abra el enlace. Permita la cámara y el micrófono si se lo pide.
• Silenciar: pulse el botón del micrófono. Silénciese cuando no esté hablando.
• Cámara: pulse el botón de la cámara para encender o apagar su video.
• Chat: pulse “Chat” para escribir un mensaje al grupo o al consejero.
• Salir: pulse “Salir” o el botón rojo cuando termine la sesión.</translation>
        </message>
        <message>
            <source>• Find a room where others cannot hear you. Close the door.
• Use headphones if you can.
• Check what is behind you on camera.
• Silence your phone and close other apps.
• Do not share the session link or what others say in the group.</source>
            <translation>• Busque un cuarto donde nadie le escuche. Cierre la puerta.
• Use audífonos si puede.
• Mire lo que se ve detrás de usted en la cámara.
• Silencie su teléfono y cierre otras aplicaciones.
• No comparta el enlace de la sesión ni lo que otros dicen en el grupo.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>&amp;Importar desde archivo…</translation>
        </message>
        <message>
            <source>Load the profile file your program gave you (Alt+I)</source>
            <translation>Cargue el archivo de perfil que le dio su programa (Alt+I)</translation>
        </message>
        <message>
            <source>Import from file</source>
            <translation>Importar desde archivo</translation>
        </message>
        <message>
            <source>Program na&amp;me</source>
            <translation>&amp;Nombre del programa</translation>
        </message>
        <message>
            <source>&amp;Video platform (for example zoom.us)</source>
            <translation>Plataforma de &amp;video (por ejemplo zoom.us)</translation>
        </message>
        <message>
            <source>Session lin&amp;k</source>
            <translation>En&amp;lace de la sesión</translation>
        </message>
        <message>
            <source>Join by &amp;phone number</source>
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
            <source>&amp;Calendar link (https:// or webcal://)</source>
            <translation>Enlace del &amp;calendario (https:// o webcal://)</translation>
        </message>
        <message>
            <source>&amp;Open Notes when I finish</source>
            <translation>Abrir &amp;Notas al terminar</translation>
        </message>
        <message>
            <source>Open Notes when I finish</source>
            <translation>Abrir Notas al terminar</translation>
        </message>
        <message>
            <source>&amp;Skip the tour</source>
            <translation>Sa&amp;ltar el recorrido</translation>
        </message>
        <message>
            <source>Close the tour. Open it again from Help (Alt+S, Esc)</source>
            <translation>Cierre el recorrido. Puede abrirlo otra vez desde Ayuda (Alt+L, Esc)</translation>
        </message>
        <message>
            <source>Skip the tour</source>
            <translation>Saltar el recorrido</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Previous step (Alt+B)</source>
            <translation>Paso anterior (Alt+A)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminar</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>Finish the tour (Enter)</source>
            <translation>Terminar el recorrido (Intro)</translation>
        </message>
        <message>
            <source>Next step (Enter)</source>
            <translation>Paso siguiente (Intro)</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Your program's phone line: {number}</source>
            <translation>Teléfono de su programa: {number}</translation>
        </message>
        <message>
            <source>Ask your program for the phone number to join by phone.</source>
            <translation>Pida a su programa el número para entrar por teléfono.</translation>
        </message>
        <message>
            <source>Do not miss your session because of technology. Join by phone: you can hear and talk without video.

{phone}

Then restart your computer and router, and call tech help.</source>
            <translation>No pierda su sesión por la tecnología. Entre por teléfono: puede escuchar y hablar sin video.

{phone}

Después reinicie su computadora y su router, y llame a la ayuda técnica.</translation>
        </message>
        <message>
            <source>If you are in crisis or thinking about suicide, call or text {number} at any time, day or night. In an emergency, call 911.

The crisis line is always at the bottom of every SessionReady screen.</source>
            <translation>Si está en crisis o piensa en el suicidio, llame o envíe un mensaje al {number} a cualquier hora, de día o de noche. En una emergencia, llame al 911.

La línea de crisis está siempre al pie de cada pantalla de SessionReady.</translation>
        </message>
        <message>
            <source>For help with the computer, the camera or the session link: {contact}</source>
            <translation>Para ayuda con la computadora, la cámara o el enlace de la sesión: {contact}</translation>
        </message>
        <message>
            <source>The Help page shows this at any time (F1).</source>
            <translation>La página de Ayuda lo muestra siempre (F1).</translation>
        </message>
        <message>
            <source>Ask your program for their tech-help number, then add it in Settings. The Help page (F1) shows it at any time.</source>
            <translation>Pida a su programa el número de ayuda técnica y agréguelo en Configuración. La página de Ayuda (F1) lo muestra siempre.</translation>
        </message>
        <message>
            <source>If your program gave you a calendar link, paste it here. SessionReady will show your next session and remind you before it starts. You can skip this.</source>
            <translation>Si su programa le dio un enlace de calendario, péguelo aquí. SessionReady mostrará su próxima sesión y le avisará antes de que empiece. Puede saltar este paso.</translation>
        </message>
        <message>
            <source>On a session day, do three things, about 10 minutes before it starts:

1. Check: press “Check my setup”. It takes about 20 seconds.
2. Checklist: make your space private and quiet.
3. Join: press “Join session”.

If a check finds a problem, it tells you how to fix it. You can always join anyway.</source>
            <translation>El día de la sesión, haga tres cosas, unos 10 minutos antes de que empiece:

1. Revisar: pulse «Revisar mi equipo». Tarda unos 20 segundos.
2. Lista: haga que su espacio sea privado y tranquilo.
3. Entrar: pulse «Entrar a la sesión».

Si una revisión encuentra un problema, le dice cómo arreglarlo. Siempre puede entrar de todos modos.</translation>
        </message>
        <message>
            <source>SessionReady can keep private notes about what you learn in group. They are locked on this computer. Open Notes to choose how to protect them: with this computer's password store, or with a passphrase only you know.</source>
            <translation>SessionReady puede guardar notas privadas sobre lo que aprende en el grupo. Quedan bajo llave en esta computadora. Abra Notas para elegir cómo protegerlas: con el almacén de contraseñas de esta computadora o con una frase secreta que solo usted conoce.</translation>
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation>Paso {n} de {total}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>unknown error</source>
            <translation>error desconocido</translation>
        </message>
        <message>
            <source>unreadable answer</source>
            <translation>respuesta ilegible</translation>
        </message>
        <message>
            <source>Delay test failed</source>
            <translation>La prueba de demora falló</translation>
        </message>
        <message>
            <source>Speed test could not run</source>
            <translation>No se pudo hacer la prueba de velocidad</translation>
        </message>
        <message>
            <source>Round trip, idle</source>
            <translation>Ida y vuelta, sin carga</translation>
        </message>
        <message>
            <source>Round trip while downloading</source>
            <translation>Ida y vuelta mientras descarga</translation>
        </message>
        <message>
            <source>Round trip while uploading</source>
            <translation>Ida y vuelta mientras sube datos</translation>
        </message>
        <message>
            <source>Added delay under load</source>
            <translation>Demora añadida con carga</translation>
        </message>
        <message>
            <source>Delay under load, grade</source>
            <translation>Demora con carga, calificación</translation>
        </message>
        <message>
            <source>Camera's own frame rate</source>
            <translation>Velocidad de imagen propia de la cámara</translation>
        </message>
        <message>
            <source>connection dropped</source>
            <translation>conexión cortada</translation>
        </message>
        <message>
            <source>refused by the service (HTTP 403/429)</source>
            <translation>rechazado por el servicio (HTTP 403/429)</translation>
        </message>
        <message>
            <source>Wi-Fi sign-in page</source>
            <translation>página de inicio de sesión del Wi-Fi</translation>
        </message>
        <message>
            <source>proxy error</source>
            <translation>error del proxy</translation>
        </message>
        <message>
            <source>secure connection failed (TLS)</source>
            <translation>falló la conexión segura (TLS)</translation>
        </message>
        <message>
            <source>no answer in time (time-out)</source>
            <translation>sin respuesta a tiempo (tiempo agotado)</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>conexión rechazada</translation>
        </message>
        <message>
            <source>name not found (DNS failure)</source>
            <translation>nombre no encontrado (falla de DNS)</translation>
        </message>
        <message>
            <source>not connected (offline)</source>
            <translation>sin conexión</translation>
        </message>
        <message>
            <source>✓ Pass</source>
            <translation>✓ Bien</translation>
        </message>
        <message>
            <source>! Warning</source>
            <translation>! Aviso</translation>
        </message>
        <message>
            <source>✕ Fail</source>
            <translation>✕ Falla</translation>
        </message>
        <message>
            <source>– Not found</source>
            <translation>– No encontrado</translation>
        </message>
        <message>
            <source>! Check failed</source>
            <translation>! La revisión falló</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Cámara</translation>
        </message>
        <message>
            <source>Microphone</source>
            <translation>Micrófono</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Bocinas</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>Batería</translation>
        </message>
        <message>
            <source>wired</source>
            <translation>por cable</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>loopback</source>
            <translation>interna</translation>
        </message>
        <message>
            <source>virtual</source>
            <translation>virtual</translation>
        </message>
        <message>
            <source>mobile data</source>
            <translation>datos móviles</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otra</translation>
        </message>
        <message>
            <source>Video platform</source>
            <translation>Plataforma de video</translation>
        </message>
        <message>
            <source>Session link (host only)</source>
            <translation>Enlace de la sesión (solo el servidor)</translation>
        </message>
        <message>
            <source>Speed-test server</source>
            <translation>Servidor de prueba de velocidad</translation>
        </message>
        <message>
            <source>Calendar (host only)</source>
            <translation>Calendario (solo el servidor)</translation>
        </message>
        <message>
            <source>Media server (STUN/TURN)</source>
            <translation>Servidor de medios (STUN/TURN)</translation>
        </message>
        <message>
            <source>UDP to the media server</source>
            <translation>UDP al servidor de medios</translation>
        </message>
        <message>
            <source>UDP round trip</source>
            <translation>Ida y vuelta por UDP</translation>
        </message>
        <message>
            <source>UDP jitter (RFC 3550)</source>
            <translation>Variación del retardo por UDP (RFC 3550)</translation>
        </message>
        <message>
            <source>UDP loss</source>
            <translation>Pérdida por UDP</translation>
        </message>
        <message>
            <source>UDP requests sent</source>
            <translation>Solicitudes UDP enviadas</translation>
        </message>
        <message>
            <source>Public address toward two server addresses</source>
            <translation>Dirección pública hacia dos direcciones del servidor</translation>
        </message>
        <message>
            <source>Public address (cut)</source>
            <translation>Dirección pública (recortada)</translation>
        </message>
        <message>
            <source>Ways that reach the server without UDP</source>
            <translation>Vías que llegan al servidor sin UDP</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <source>blocked (no answer)</source>
            <translation>bloqueado (sin respuesta)</translation>
        </message>
        <message>
            <source>not tried (the program gave TCP/TLS only)</source>
            <translation>no probado (el programa solo indicó TCP/TLS)</translation>
        </message>
        <message>
            <source>could not try (name or network problem)</source>
            <translation>no se pudo probar (problema de nombre o de red)</translation>
        </message>
        <message>
            <source>not checked (no STUN server in the profile)</source>
            <translation>no revisado (el perfil no tiene servidor STUN)</translation>
        </message>
        <message>
            <source>stays the same (direct media can work)</source>
            <translation>se mantiene igual (los medios directos pueden funcionar)</translation>
        </message>
        <message>
            <source>changes per server address (symmetric NAT: calls need a relay)</source>
            <translation>cambia según la dirección del servidor (NAT simétrico: las llamadas necesitan un relé)</translation>
        </message>
        <message>
            <source>not known (the server offers one address)</source>
            <translation>desconocido (el servidor ofrece una sola dirección)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{n} ch</source>
            <translation>{n} canales</translation>
        </message>
        <message>
            <source>Other traffic on this computer</source>
            <translation>Otro tráfico en esta computadora</translation>
        </message>
        <message>
            <source>Battery charge</source>
            <translation>Carga de la batería</translation>
        </message>
        <message>
            <source>Picture brightness (0–255)</source>
            <translation>Brillo de la imagen (0–255)</translation>
        </message>
        <message>
            <source>Data received</source>
            <translation>Datos recibidos</translation>
        </message>
        <message>
            <source>Data sent</source>
            <translation>Datos enviados</translation>
        </message>
        <message>
            <source>Sound too loud (clipped)</source>
            <translation>Sonido demasiado fuerte (saturado)</translation>
        </message>
        <message>
            <source>Speed-test confidence</source>
            <translation>Confianza de la prueba de velocidad</translation>
        </message>
        <message>
            <source>Picture contrast</source>
            <translation>Contraste de la imagen</translation>
        </message>
        <message>
            <source>Lens covered</source>
            <translation>Lente tapado</translation>
        </message>
        <message>
            <source>Faces in view</source>
            <translation>Caras a la vista</translation>
        </message>
        <message>
            <source>Frame rate</source>
            <translation>Cuadros por segundo</translation>
        </message>
        <message>
            <source>Frames read</source>
            <translation>Cuadros leídos</translation>
        </message>
        <message>
            <source>Picture frozen</source>
            <translation>Imagen congelada</translation>
        </message>
        <message>
            <source>Headphones likely</source>
            <translation>Probablemente audífonos</translation>
        </message>
        <message>
            <source>Picture height</source>
            <translation>Alto de la imagen</translation>
        </message>
        <message>
            <source>Jitter (web requests)</source>
            <translation>Variación (solicitudes web)</translation>
        </message>
        <message>
            <source>Round-trip samples</source>
            <translation>Muestras de ida y vuelta</translation>
        </message>
        <message>
            <source>Loss estimate confidence</source>
            <translation>Confianza del cálculo de pérdida</translation>
        </message>
        <message>
            <source>Packet loss</source>
            <translation>Pérdida de paquetes</translation>
        </message>
        <message>
            <source>Packet loss (probes)</source>
            <translation>Pérdida de paquetes (sondeos)</translation>
        </message>
        <message>
            <source>Packet loss (web requests)</source>
            <translation>Pérdida de paquetes (solicitudes web)</translation>
        </message>
        <message>
            <source>Packet loss, upper estimate</source>
            <translation>Pérdida de paquetes, cálculo alto</translation>
        </message>
        <message>
            <source>Packet loss, lower estimate</source>
            <translation>Pérdida de paquetes, cálculo bajo</translation>
        </message>
        <message>
            <source>Packet loss (resent data)</source>
            <translation>Pérdida de paquetes (datos reenviados)</translation>
        </message>
        <message>
            <source>Data segments counted</source>
            <translation>Segmentos de datos contados</translation>
        </message>
        <message>
            <source>Battery time left</source>
            <translation>Tiempo de batería restante</translation>
        </message>
        <message>
            <source>Call quality score (1–5)</source>
            <translation>Calidad de llamada (1–5)</translation>
        </message>
        <message>
            <source>Background noise</source>
            <translation>Ruido de fondo</translation>
        </message>
        <message>
            <source>Patient heard the tone</source>
            <translation>El paciente oyó el tono</translation>
        </message>
        <message>
            <source>Loudest sound</source>
            <translation>Sonido más fuerte</translation>
        </message>
        <message>
            <source>Charger plugged in</source>
            <translation>Cargador conectado</translation>
        </message>
        <message>
            <source>Average sound level</source>
            <translation>Nivel de sonido promedio</translation>
        </message>
        <message>
            <source>Round trip (connections)</source>
            <translation>Ida y vuelta (conexiones)</translation>
        </message>
        <message>
            <source>Round trip (web requests)</source>
            <translation>Ida y vuelta (solicitudes web)</translation>
        </message>
        <message>
            <source>Microphone heard the test tone</source>
            <translation>El micrófono oyó el tono de prueba</translation>
        </message>
        <message>
            <source>Test tone level at the microphone</source>
            <translation>Nivel del tono de prueba en el micrófono</translation>
        </message>
        <message>
            <source>Picture width</source>
            <translation>Ancho de la imagen</translation>
        </message>
        <message>
            <source>UDP jitter (running estimate)</source>
            <translation>Variación UDP (estimación continua)</translation>
        </message>
        <message>
            <source>UDP blocked</source>
            <translation>UDP bloqueado</translation>
        </message>
        <message>
            <source>Time the UDP test took</source>
            <translation>Tiempo de la prueba UDP</translation>
        </message>
        <message>
            <source>Round trip to the media server over TCP</source>
            <translation>Ida y vuelta al servidor de medios por TCP</translation>
        </message>
        <message>
            <source>Round trip to the media server over TLS</source>
            <translation>Ida y vuelta al servidor de medios por TLS</translation>
        </message>
        <message>
            <source>Other figure ({name})</source>
            <translation>Otra cifra ({name})</translation>
        </message>
        <message>
            <source>%m/%d/%Y %I:%M %p</source>
            <translation>%d/%m/%Y %H:%M</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>SessionReady version</source>
            <translation>Versión de SessionReady</translation>
        </message>
        <message>
            <source>Qt version</source>
            <translation>Versión de Qt</translation>
        </message>
        <message>
            <source>Python version</source>
            <translation>Versión de Python</translation>
        </message>
        <message>
            <source>Operating system</source>
            <translation>Sistema operativo</translation>
        </message>
        <message>
            <source>Processor type</source>
            <translation>Tipo de procesador</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memoria</translation>
        </message>
        <message>
            <source>{gb} GB, {cpus} processor cores</source>
            <translation>{gb} GB, {cpus} núcleos de procesador</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Cámaras</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>No camera found.</source>
            <translation>No se encontró ninguna cámara.</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>Micrófonos</translation>
        </message>
        <message>
            <source>No microphone found.</source>
            <translation>No se encontró ningún micrófono.</translation>
        </message>
        <message>
            <source>Speakers and headphones</source>
            <translation>Bocinas y audífonos</translation>
        </message>
        <message>
            <source>No speaker found.</source>
            <translation>No se encontró ninguna bocina.</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predeterminado</translation>
        </message>
        <message>
            <source>Default format</source>
            <translation>Formato predeterminado</translation>
        </message>
        <message>
            <source>Network connections</source>
            <translation>Conexiones de red</translation>
        </message>
        <message>
            <source>Type (best guess)</source>
            <translation>Tipo (estimado)</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Conectada</translation>
        </message>
        <message>
            <source>Link speed</source>
            <translation>Velocidad del enlace</translation>
        </message>
        <message>
            <source>No network connection found.</source>
            <translation>No se encontró ninguna conexión de red.</translation>
        </message>
        <message>
            <source>Program servers</source>
            <translation>Servidores del programa</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin configurar</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation>Última revisión</translation>
        </message>
        <message>
            <source>No check has been run yet.</source>
            <translation>Todavía no se ha hecho ninguna revisión.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Message shown</source>
            <translation>Mensaje mostrado</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Mediciones</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Media path (UDP)</source>
            <translation>Ruta de medios (UDP)</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Cifra</translation>
        </message>
        <message>
            <source>Recent checks</source>
            <translation>Revisiones recientes</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Bajada</translation>
        </message>
        <message>
            <source>Upload</source>
            <translation>Subida</translation>
        </message>
        <message>
            <source>Round trip</source>
            <translation>Ida y vuelta</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>Variación (jitter)</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Pérdida</translation>
        </message>
        <message>
            <source>No checks yet.</source>
            <translation>Todavía no hay revisiones.</translation>
        </message>
        <message>
            <source>Last session watched</source>
            <translation>Última sesión vigilada</translation>
        </message>
        <message>
            <source>No session has been watched yet.</source>
            <translation>Todavía no se ha vigilado ninguna sesión.</translation>
        </message>
        <message>
            <source>{samples} samples; round trip {rtt} (95 %: {p95}); loss {loss}</source>
            <translation>{samples} muestras; ida y vuelta {rtt} (95 %: {p95}); pérdida {loss}</translation>
        </message>
        <message>
            <source>No problems seen.</source>
            <translation>No se vieron problemas.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>How long</source>
            <translation>Cuánto tiempo</translation>
        </message>
        <message>
            <source>Told the patient</source>
            <translation>Se avisó al paciente</translation>
        </message>
        <message>
            <source>This report holds facts about this computer and its last checks only. It never holds your notes, your calendar, your name, or your session link (only the server name).</source>
            <translation>Este informe solo tiene datos de esta computadora y de sus últimas revisiones. Nunca tiene sus notas, su calendario, su nombre ni el enlace de su sesión (solo el nombre del servidor).</translation>
        </message>
        <message>
            <source>SessionReady support report</source>
            <translation>Informe de soporte de SessionReady</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Hecho el</translation>
        </message>
        <message>
            <source>Report format</source>
            <translation>Formato del informe</translation>
        </message>
        <message>
            <source>SessionReady {version} · Qt {qt} · {os}</source>
            <translation>SessionReady {version} · Qt {qt} · {os}</translation>
        </message>
        <message>
            <source>Last check: none yet</source>
            <translation>Última revisión: ninguna todavía</translation>
        </message>
        <message>
            <source>Last check: {time} — {verdict}</source>
            <translation>Última revisión: {time} — {verdict}</translation>
        </message>
        <message>
            <source>Devices: {cams} camera(s), {mics} microphone(s), {spk} speaker(s)</source>
            <translation>Dispositivos: {cams} cámara(s), {mics} micrófono(s), {spk} bocina(s)</translation>
        </message>
        <message>
            <source>Network: {list}</source>
            <translation>Red: {list}</translation>
        </message>
        <message>
            <source>Network: no connection is up</source>
            <translation>Red: ninguna conexión activa</translation>
        </message>
        <message>
            <source>Last session watched: {start}, {samples} samples, {problems}</source>
            <translation>Última sesión vigilada: {start}, {samples} muestras, {problems}</translation>
        </message>
        <message>
            <source>no problems seen</source>
            <translation>no se vieron problemas</translation>
        </message>
        <message>
            <source>Media path (UDP): {path}, loss {loss}, jitter {jitter}</source>
            <translation>Ruta de medios (UDP): {path}, pérdida {loss}, variación {jitter}</translation>
        </message>
        <message>
            <source>Video platform: {host}</source>
            <translation>Plataforma de video: {host}</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>un dispositivo</translation>
        </message>
    </context>
    <context>
        <name>ReportCLI</name>
        <message>
            <source>Could not write the report: {error}</source>
            <translation>No se pudo guardar el informe: {error}</translation>
        </message>
        <message>
            <source>Report saved: {path}</source>
            <translation>Informe guardado: {path}</translation>
        </message>
    </context>
    <context>
        <name>ReportPreviewDialog</name>
        <message>
            <source>What the support report contains</source>
            <translation>Lo que contiene el informe de soporte</translation>
        </message>
        <message>
            <source>Please look through it. This is everything that will be saved. You decide whom to send it to.</source>
            <translation>Por favor, revíselo. Esto es todo lo que se guardará. Usted decide a quién enviarlo.</translation>
        </message>
        <message>
            <source>Report contents</source>
            <translation>Contenido del informe</translation>
        </message>
        <message>
            <source>&amp;Save report…</source>
            <translation>&amp;Guardar informe…</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Guardar informe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>SupportPanel</name>
        <message>
            <source>Support details</source>
            <translation>Detalles de soporte</translation>
        </message>
        <message>
            <source>Connection over recent checks</source>
            <translation>Conexión en las últimas revisiones</translation>
        </message>
        <message>
            <source>Sa&amp;ve support report…</source>
            <translation>&amp;Guardar informe de soporte…</translation>
        </message>
        <message>
            <source>See what the report holds, then save it as a web page and a data file (Alt+V)</source>
            <translation>Vea lo que contiene el informe y guárdelo como página web y archivo de datos (Alt+G)</translation>
        </message>
        <message>
            <source>Save support report</source>
            <translation>Guardar informe de soporte</translation>
        </message>
        <message>
            <source>&amp;Copy summary</source>
            <translation>&amp;Copiar resumen</translation>
        </message>
        <message>
            <source>Copy a few lines for a chat or an email to tech help (Alt+C)</source>
            <translation>Copie unas líneas para un chat o un correo a la ayuda técnica (Alt+C)</translation>
        </message>
        <message>
            <source>Copy summary</source>
            <translation>Copiar resumen</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ac&amp;tualizar</translation>
        </message>
        <message>
            <source>Look at devices and connections again (Alt+R)</source>
            <translation>Revisar otra vez los dispositivos y las conexiones (Alt+R)</translation>
        </message>
        <message>
            <source>Refresh support details</source>
            <translation>Actualizar los detalles de soporte</translation>
        </message>
        <message>
            <source>Looking at this computer…</source>
            <translation>Revisando esta computadora…</translation>
        </message>
        <message>
            <source>Some details could not be read ({error}). Try Refresh.</source>
            <translation>No se pudieron leer algunos datos ({error}). Pulse Actualizar.</translation>
        </message>
        <message>
            <source>Collected at {time}.</source>
            <translation>Datos tomados a las {time}.</translation>
        </message>
        <message>
            <source>Summary copied. Paste it into a chat or an email.</source>
            <translation>Resumen copiado. Péguelo en un chat o en un correo.</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Página web (*.html)</translation>
        </message>
        <message>
            <source>The report was not saved: {error}</source>
            <translation>El informe no se guardó: {error}</translation>
        </message>
        <message>
            <source>Saved {html} and {json}.</source>
            <translation>Se guardaron {html} y {json}.</translation>
        </message>
    </context>
</TS>
