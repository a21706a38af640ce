<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>CheckInBox</name>
        <message>
            <source>For your clinician: where you are and who to call</source>
            <translation>Para su clínico: dónde está y a quién llamar</translation>
        </message>
        <message>
            <source>&amp;Unlock notes to show it</source>
            <translation>&amp;Desbloquear las notas para verlo</translation>
        </message>
        <message>
            <source>I'm somewhere &amp;else today</source>
            <translation>Hoy estoy en &amp;otro lugar</translation>
        </message>
        <message>
            <source>Your location and emergency contact are kept with your locked notes.</source>
            <translation>Su ubicación y su contacto de emergencia se guardan con sus notas bloqueadas.</translation>
        </message>
        <message>
            <source>You have not added a location or emergency contact yet. You can add them on the Notes page: More → Safety check-in.</source>
            <translation>Todavía no ha guardado una ubicación ni un contacto de emergencia. Puede agregarlos en la página Notas: Más → Datos de seguridad.</translation>
        </message>
        <message>
            <source>Today I am at: {place}</source>
            <translation>Hoy estoy en: {place}</translation>
        </message>
        <message>
            <source>I am at: {place}</source>
            <translation>Estoy en: {place}</translation>
        </message>
        <message>
            <source>(not filled in)</source>
            <translation>(sin llenar)</translation>
        </message>
        <message>
            <source>My emergency contact: {name}, {phone}</source>
            <translation>Mi contacto de emergencia: {name}, {phone}</translation>
        </message>
        <message>
            <source>Where are you today?</source>
            <translation>¿Dónde está hoy?</translation>
        </message>
        <message>
            <source>Today's location (address):</source>
            <translation>Dónde está hoy (dirección):</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Your internet slows down a lot when it is busy. Ask others at home to pause streaming and downloads during group.</source>
            <translation>Su internet se vuelve mucho más lento cuando está ocupado. Pida a las personas en su casa que pausen videos y descargas durante el grupo.</translation>
        </message>
        <message>
            <source>We measured a quiet room.</source>
            <translation>Medimos un cuarto tranquilo.</translation>
        </message>
        <message>
            <source>We heard noise in your room.</source>
            <translation>Escuchamos ruido en su cuarto.</translation>
        </message>
        <message>
            <source>We saw {n} faces in your camera.</source>
            <translation>Vimos {n} caras en su cámara.</translation>
        </message>
        <message>
            <source>We saw only you in your camera.</source>
            <translation>En su cámara solo aparece usted.</translation>
        </message>
        <message>
            <source>Your sound plays through headphones.</source>
            <translation>Su sonido sale por audífonos.</translation>
        </message>
        <message>
            <source>Your sound seems to play out loud.</source>
            <translation>Parece que su sonido sale en voz alta, por bocinas.</translation>
        </message>
        <message>
            <source>Your charger is plugged in.</source>
            <translation>Su cargador está conectado.</translation>
        </message>
        <message>
            <source>Your computer runs on battery ({pct}% left).</source>
            <translation>Su computadora está usando la batería (queda {pct}%).</translation>
        </message>
        <message>
            <source>Your computer runs on battery.</source>
            <translation>Su computadora está usando la batería.</translation>
        </message>
        <message>
            <source>Other apps are using your internet right now.</source>
            <translation>Otras aplicaciones están usando su internet en este momento.</translation>
        </message>
        <message>
            <source>We saw no other apps using your internet.</source>
            <translation>No vimos otras aplicaciones usando su internet.</translation>
        </message>
        <message>
            <source>Your camera picture looks dark.</source>
            <translation>La imagen de su cámara se ve oscura.</translation>
        </message>
        <message>
            <source>Your camera picture looks too bright, like a window behind you.</source>
            <translation>La imagen de su cámara se ve demasiado clara, como si hubiera una ventana detrás de usted.</translation>
        </message>
        <message>
            <source>We measured good light on your camera.</source>
            <translation>Medimos buena luz en su cámara.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPage</name>
        <message>
            <source>Privacy checklist</source>
            <translation>Lista de privacidad</translation>
        </message>
        <message>
            <source>S&amp;kip to Join</source>
            <translation>Sa&amp;ltar la lista</translation>
        </message>
        <message>
            <source>Skip to Join</source>
            <translation>Saltar la lista</translation>
        </message>
        <message>
            <source>Go straight to the Join screen (Alt+K)</source>
            <translation>Saltar la lista e ir directo a la pantalla para entrar (Alt+L)</translation>
        </message>
    </context>
    <context>
        <name>Join</name>
        <message>
            <source>{number}, then meeting ID {id}</source>
            <translation>{number}, luego el ID de la reunión {id}</translation>
        </message>
        <message>
            <source>{text}, then passcode {code}</source>
            <translation>{text}, luego el código de acceso {code}</translation>
        </message>
        <message>
            <source>Join your session</source>
            <translation>Entrar a su sesión</translation>
        </message>
        <message>
            <source>Your session will open on {host}.</source>
            <translation>Su sesión se abrirá en {host}.</translation>
        </message>
        <message>
            <source>Find a private spot and put on headphones. Then press Join.</source>
            <translation>Busque un lugar privado y póngase los audífonos. Luego pulse Entrar.</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>&amp;Entrar</translation>
        </message>
        <message>
            <source>Join session</source>
            <translation>Entrar a la sesión</translation>
        </message>
        <message>
            <source>This computer could not open your session link: no web browser answered.</source>
            <translation>Esta computadora no pudo abrir el enlace de su sesión: ningún navegador web respondió.</translation>
        </message>
        <message>
            <source>Copy the link and paste it into your browser or video app, or join by phone.</source>
            <translation>Copie el enlace y péguelo en su navegador o en su aplicación de video, o entre por teléfono.</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Copiar enlace</translation>
        </message>
        <message>
            <source>Link copied. Paste it into your browser or video app, or join by phone.</source>
            <translation>Enlace copiado. Péguelo en su navegador o en su aplicación de video, o entre por teléfono.</translation>
        </message>
        <message>
            <source>Join by phone</source>
            <translation>Entrar por teléfono</translation>
        </message>
        <message>
            <source>Call this number from your phone:</source>
            <translation>Llame a este número desde su teléfono:</translation>
        </message>
        <message>
            <source>We do not have a link for your session. Ask your program, or join by phone.</source>
            <translation>No tenemos un enlace para su sesión. Pregunte a su programa o entre por teléfono.</translation>
        </message>
    </context>
    <context>
        <name>ReadyView</name>
        <message>
            <source>Number copied on this computer. To call, type it into your phone.</source>
            <translation>Número copiado en esta computadora. Para llamar, márquelo en su teléfono.</translation>
        </message>
        <message>
            <source>Ready to join</source>
            <translation>Listo para entrar</translation>
        </message>
        <message>
            <source>Check my &amp;setup</source>
            <translation>&amp;Revisar mi equipo</translation>
        </message>
        <message>
            <source>Check my setup</source>
            <translation>Revisar mi equipo</translation>
        </message>
        <message>
            <source>Run the checks now (Alt+S)</source>
            <translation>Hacer las pruebas ahora (Alt+R)</translation>
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
            <source>Open your session link (Alt+J)</source>
            <translation>Abrir el enlace de su sesión (Alt+E)</translation>
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
            <source>C&amp;opy number</source>
            <translation>&amp;Copiar número</translation>
        </message>
        <message>
            <source>Copy the phone number</source>
            <translation>Copiar el número de teléfono</translation>
        </message>
        <message>
            <source>Copy the phone number (Alt+O)</source>
            <translation>Copiar el número de teléfono (Alt+C)</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Todavía pendiente</translation>
        </message>
        <message>
            <source>Nothing here stops you from joining. Your group is glad you came.</source>
            <translation>Nada de esto le impide entrar. Su grupo se alegra de que haya venido.</translation>
        </message>
        <message>
            <source>Checking takes about 20 seconds. You can also join without it.</source>
            <translation>La revisión tarda unos 20 segundos. También puede entrar sin hacerla.</translation>
        </message>
        <message>
            <source>Checked at {time}.</source>
            <translation>Revisado a las {time}.</translation>
        </message>
        <message>
            <source>Checked at {time}. You can still join.</source>
            <translation>Revisado a las {time}. Aun así puede entrar.</translation>
        </message>
        <message>
            <source>No session scheduled.</source>
            <translation>No hay ninguna sesión programada.</translation>
        </message>
        <message>
            <source>Your session is happening now.</source>
            <translation>Su sesión está ocurriendo ahora.</translation>
        </message>
        <message>
            <source>Your session starts {countdown} ({time}).</source>
            <translation>Su sesión empieza {countdown} ({time}).</translation>
        </message>
        <message>
            <source>Opens {host} in your browser or video app.</source>
            <translation>Abre {host} en su navegador o aplicación de video.</translation>
        </message>
        <message>
            <source>No session link yet. Ask your program, or join by phone.</source>
            <translation>Todavía no hay enlace de la sesión. Pregunte a su programa o entre por teléfono.</translation>
        </message>
        <message>
            <source>Ask your program for the number.</source>
            <translation>Pida el número a su programa.</translation>
        </message>
        <message>
            <source>Phone number: {number}</source>
            <translation>Número de teléfono: {number}</translation>
        </message>
    </context>
    <context>
        <name>StepView</name>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} de {total}</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>Pregunta {n} de {total}</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Yes (Alt+Y)</source>
            <translation>Sí (Alt+S)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>No (Alt+N)</source>
            <translation>No (Alt+N)</translation>
        </message>
        <message>
            <source>Not &amp;possible today</source>
            <translation>No es &amp;posible hoy</translation>
        </message>
        <message>
            <source>Not possible today</source>
            <translation>No es posible hoy</translation>
        </message>
        <message>
            <source>You can still join. We will show you a tip. (Alt+P)</source>
            <translation>Aun así puede entrar. Le daremos un consejo. (Alt+P)</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Previous question (Alt+B)</source>
            <translation>Pregunta anterior (Alt+A)</translation>
        </message>
        <message>
            <source>Ne&amp;xt</source>
            <translation>Si&amp;guiente</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next question (Alt+X)</source>
            <translation>Pregunta siguiente (Alt+G)</translation>
        </message>
        <message>
            <source>We filled in this answer from your check. You can change it.</source>
            <translation>Llenamos esta respuesta con su revisión. Puede cambiarla.</translation>
        </message>
        <message>
            <source>Why it matters: {why}</source>
            <translation>Por qué importa: {why}</translation>
        </message>
        <message>
            <source>Tip: {tip}</source>
            <translation>Consejo: {tip}</translation>
        </message>
        <message>
            <source>See &amp;summary</source>
            <translation>&amp;Ver resumen</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>Not today</source>
            <translation>Hoy no</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Sin responder</translation>
        </message>
        <message>
            <source>Your checklist</source>
            <translation>Su lista</translation>
        </message>
        <message>
            <source>&amp;Continue to join</source>
            <translation>&amp;Continuar para entrar</translation>
        </message>
        <message>
            <source>Continue to join</source>
            <translation>Continuar para entrar</translation>
        </message>
        <message>
            <source>Go to the Join screen (Alt+C)</source>
            <translation>Ir a la pantalla para entrar (Alt+C)</translation>
        </message>
        <message>
            <source>C&amp;hange my answers</source>
            <translation>Cam&amp;biar mis respuestas</translation>
        </message>
        <message>
            <source>Change my answers</source>
            <translation>Cambiar mis respuestas</translation>
        </message>
        <message>
            <source>Go back through the questions (Alt+H)</source>
            <translation>Volver a las preguntas (Alt+B)</translation>
        </message>
        <message>
            <source>All {total} done. Your space is ready.</source>
            <translation>Completó las {total}. Su espacio está preparado.</translation>
        </message>
        <message>
            <source>{done} of {total} done. You can still join: the tips below can help.</source>
            <translation>Completó {done} de {total}. Aun así puede entrar: los consejos de abajo pueden ayudar.</translation>
        </message>
        <message>
            <source>Tip: {tip}</source>
            <translation>Consejo: {tip}</translation>
        </message>
    </context>
</TS>
