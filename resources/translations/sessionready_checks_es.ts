<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>CLI</name>
        <message>
            <source>Unknown check name for --only: {names}. Valid names: {valid}.</source>
            <translation>Nombre de revisión desconocido para --only: {names}. Nombres válidos: {valid}.</translation>
        </message>
    </context>
    <context>
        <name>CheckCard</name>
        <message>
            <source>Good</source>
            <translation>Bien</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Necesita atención</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>No funciona</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>No encontrado</translation>
        </message>
        <message>
            <source>Could not check</source>
            <translation>No se pudo revisar</translation>
        </message>
        <message>
            <source>&amp;Run this check</source>
            <translation>Revisar s&amp;olo esto</translation>
        </message>
        <message>
            <source>Run only this check</source>
            <translation>Revisar solo esta parte</translation>
        </message>
        <message>
            <source>Run this check: {check}</source>
            <translation>Revisar solo esto: {check}</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>Re&amp;petir</translation>
        </message>
        <message>
            <source>Run this check again</source>
            <translation>Repetir esta prueba</translation>
        </message>
        <message>
            <source>Run again: {check}</source>
            <translation>Repetir: {check}</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Ocultar detalles</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Ver detalles</translation>
        </message>
        <message>
            <source>Details for support staff: {check}</source>
            <translation>Detalles para el personal de soporte: {check}</translation>
        </message>
        <message>
            <source>Progress: {check}</source>
            <translation>Progreso: {check}</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Revisando…</translation>
        </message>
        <message>
            <source>Press “Check my setup” to start.</source>
            <translation>Pulse «Revisar mi equipo» para empezar.</translation>
        </message>
        <message>
            <source>time taken</source>
            <translation>tiempo que tomó</translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <source>Checking your setup… this takes about 20 seconds.</source>
            <translation>Revisando su equipo… tarda unos 20 segundos.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>Stopped. Press “Check my setup” to start again.</source>
            <translation>Detenido. Pulse «Revisar mi equipo» para empezar de nuevo.</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Revisión terminada.</translation>
        </message>
        <message>
            <source>We test your internet, camera, microphone, speakers and battery, and tell you in plain words if you are ready. Nothing here stops you from joining.</source>
            <translation>Probamos su internet, cámara, micrófono, bocinas y batería, y le decimos en palabras sencillas si está listo. Nada de esto le impide entrar a la sesión.</translation>
        </message>
        <message>
            <source>&amp;Check my setup</source>
            <translation>&amp;Revisar mi equipo</translation>
        </message>
        <message>
            <source>Run all checks (Alt+C)</source>
            <translation>Hacer todas las pruebas (Alt+R)</translation>
        </message>
        <message>
            <source>Check my setup</source>
            <translation>Revisar mi equipo</translation>
        </message>
        <message>
            <source>C&amp;ancel</source>
            <translation>C&amp;ancelar</translation>
        </message>
        <message>
            <source>Stop the checks (Esc)</source>
            <translation>Detener las pruebas (Esc)</translation>
        </message>
        <message>
            <source>Cancel the checks</source>
            <translation>Cancelar las pruebas</translation>
        </message>
    </context>
    <context>
        <name>Connection</name>
        <message>
            <source>Pause downloads, backups and streaming on other devices during group.</source>
            <translation>Pause las descargas, las copias de seguridad y los videos en otros aparatos durante el grupo.</translation>
        </message>
        <message>
            <source>Your internet slows down a lot when it is busy.</source>
            <translation>Su internet se vuelve mucho más lento cuando está ocupado.</translation>
        </message>
        <message>
            <source>If it keeps happening, tell support.</source>
            <translation>Si sigue pasando, avise a soporte técnico.</translation>
        </message>
        <message>
            <source>Press “Run again” in a few minutes.</source>
            <translation>Pulse «Repetir» en unos minutos.</translation>
        </message>
        <message>
            <source>The speed test could not run: its server's address was not found.</source>
            <translation>La prueba de velocidad no pudo hacerse: no se encontró la dirección de su servidor.</translation>
        </message>
        <message>
            <source>The speed test could not run: its server gave an answer we could not read.</source>
            <translation>La prueba de velocidad no pudo hacerse: su servidor dio una respuesta que no pudimos leer.</translation>
        </message>
        <message>
            <source>The speed test could not run: the speed-test service refused to test.</source>
            <translation>La prueba de velocidad no pudo hacerse: el servicio de prueba de velocidad no quiso hacer la prueba.</translation>
        </message>
        <message>
            <source>The speed test could not run: its server refused the connection.</source>
            <translation>La prueba de velocidad no pudo hacerse: su servidor rechazó la conexión.</translation>
        </message>
        <message>
            <source>This is not a problem with your internet.</source>
            <translation>Esto no es un problema de su internet.</translation>
        </message>
        <message>
            <source>The video service refused the connection. It may be down right now.</source>
            <translation>El servicio de video rechazó la conexión. Puede que no esté funcionando en este momento.</translation>
        </message>
        <message>
            <source>Internet connection</source>
            <translation>Conexión a internet</translation>
        </message>
        <message>
            <source>Measuring delay to the video service…</source>
            <translation>Midiendo la demora hasta el servicio de video…</translation>
        </message>
        <message>
            <source>Measuring your internet speed…</source>
            <translation>Midiendo la velocidad de su internet…</translation>
        </message>
        <message>
            <source>Your connection is too unsteady for video right now.</source>
            <translation>Su conexión es demasiado inestable para video en este momento.</translation>
        </message>
        <message>
            <source>Move closer to your router, or use a network cable.</source>
            <translation>Acérquese a su router o use un cable de red.</translation>
        </message>
        <message>
            <source>Restart your router, then check again.</source>
            <translation>Reinicie su router y luego revise otra vez.</translation>
        </message>
        <message>
            <source>You are not connected to the internet.</source>
            <translation>No está conectado a internet.</translation>
        </message>
        <message>
            <source>Check that Wi-Fi is on, or plug in the network cable.</source>
            <translation>Revise que el Wi-Fi esté encendido o conecte el cable de red.</translation>
        </message>
        <message>
            <source>Restart your router: unplug it, wait 30 seconds, plug it back in.</source>
            <translation>Reinicie su router: desconéctelo, espere 30 segundos y vuelva a conectarlo.</translation>
        </message>
        <message>
            <source>Your internet cannot find the video service's address.</source>
            <translation>Su internet no encuentra la dirección del servicio de video.</translation>
        </message>
        <message>
            <source>If you use a VPN or a work network, try without it.</source>
            <translation>Si usa una VPN o una red del trabajo, pruebe sin ella.</translation>
        </message>
        <message>
            <source>Ask support whether the program's video service is working.</source>
            <translation>Pregunte a soporte si el servicio de video del programa está funcionando.</translation>
        </message>
        <message>
            <source>The connection test got no answer in time.</source>
            <translation>La prueba de conexión no recibió respuesta a tiempo.</translation>
        </message>
        <message>
            <source>Pause downloads and streaming on other devices, then try again.</source>
            <translation>Pause las descargas y los videos en otros aparatos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>A secure connection could not be made.</source>
            <translation>No se pudo hacer una conexión segura.</translation>
        </message>
        <message>
            <source>Check that your computer's date and time are right.</source>
            <translation>Revise que la fecha y la hora de su computadora sean correctas.</translation>
        </message>
        <message>
            <source>On a work, school or public network, try your home network.</source>
            <translation>Si está en una red del trabajo, de la escuela o pública, pruebe con la red de su casa.</translation>
        </message>
        <message>
            <source>A proxy on this computer is blocking the test.</source>
            <translation>Un proxy en esta computadora está bloqueando la prueba.</translation>
        </message>
        <message>
            <source>Turn off the proxy in your network settings, or ask support.</source>
            <translation>Apague el proxy en la configuración de red o pida ayuda a soporte.</translation>
        </message>
        <message>
            <source>This Wi-Fi wants you to sign in first.</source>
            <translation>Este Wi-Fi le pide que inicie sesión primero.</translation>
        </message>
        <message>
            <source>Open your web browser and accept the Wi-Fi sign-in page.</source>
            <translation>Abra su navegador y acepte la página de inicio de sesión del Wi-Fi.</translation>
        </message>
        <message>
            <source>Then check again.</source>
            <translation>Luego revise otra vez.</translation>
        </message>
        <message>
            <source>Wait a minute, then check again.</source>
            <translation>Espere un minuto y luego revise otra vez.</translation>
        </message>
        <message>
            <source>Check again. If it happens again, tell support.</source>
            <translation>Revise otra vez. Si vuelve a pasar, avise a soporte técnico.</translation>
        </message>
        <message>
            <source>Check again.</source>
            <translation>Revise otra vez.</translation>
        </message>
        <message>
            <source>The speed-test service refused to test right now.</source>
            <translation>El servicio de prueba de velocidad no quiso hacer la prueba ahora.</translation>
        </message>
        <message>
            <source>Your connection dropped during the test.</source>
            <translation>Su conexión se cortó durante la prueba.</translation>
        </message>
        <message>
            <source>Restart your router if this keeps happening.</source>
            <translation>Reinicie su router si esto sigue pasando.</translation>
        </message>
        <message>
            <source>The speed-test server gave an answer we could not read.</source>
            <translation>El servidor de prueba de velocidad dio una respuesta que no pudimos leer.</translation>
        </message>
        <message>
            <source>The connection test could not finish.</source>
            <translation>La prueba de conexión no pudo terminar.</translation>
        </message>
        <message>
            <source>Pause downloads, streaming and games on every device at home.</source>
            <translation>Pause descargas, videos y juegos en todos los aparatos de su casa.</translation>
        </message>
        <message>
            <source>Your internet is too slow for video right now.</source>
            <translation>Su internet es demasiado lento para video en este momento.</translation>
        </message>
        <message>
            <source>Ask others at home to pause videos and downloads during your session.</source>
            <translation>Pida a los demás en casa que pausen videos y descargas durante su sesión.</translation>
        </message>
        <message>
            <source>Turn off your own video in the session if it freezes.</source>
            <translation>Apague su propio video en la sesión si se congela.</translation>
        </message>
        <message>
            <source>We could not measure your speed, but the video service answers quickly.</source>
            <translation>No pudimos medir su velocidad, pero el servicio de video responde rápido.</translation>
        </message>
        <message>
            <source>A VPN is on. If video stutters, turn the VPN off.</source>
            <translation>Hay una VPN encendida. Si el video se corta, apague la VPN.</translation>
        </message>
        <message>
            <source>You are on Wi-Fi: sit near the router, or use a cable.</source>
            <translation>Está usando Wi-Fi: siéntese cerca del router o use un cable.</translation>
        </message>
        <message>
            <source>This connection may charge by data. A 3-hour video session uses about 2 GB.</source>
            <translation>Esta conexión puede cobrar por datos. Una sesión de video de 3 horas usa unos 2 GB.</translation>
        </message>
        <message>
            <source>Other apps are using your internet. Pause downloads, updates and streaming.</source>
            <translation>Otras aplicaciones están usando su internet. Pause descargas, actualizaciones y videos.</translation>
        </message>
        <message>
            <source>Your connection is good for video.</source>
            <translation>Su conexión es buena para video.</translation>
        </message>
        <message>
            <source>Your connection should work, but video may freeze at times.</source>
            <translation>Su conexión debería funcionar, pero el video puede congelarse a veces.</translation>
        </message>
        <message>
            <source>Your connection is too slow for video.</source>
            <translation>Su conexión es demasiado lenta para video.</translation>
        </message>
        <message>
            <source>Your network blocks the fast way video travels. Video may be choppier.</source>
            <translation>Su red bloquea la vía rápida por la que viaja el video. El video puede verse entrecortado.</translation>
        </message>
        <message>
            <source>If you can, use another network, or join by phone.</source>
            <translation>Si puede, use otra red, o entre por teléfono.</translation>
        </message>
        <message>
            <source>We could not reach your program's video server. Video may not connect.</source>
            <translation>No pudimos llegar al servidor de video de su programa. Es posible que el video no se conecte.</translation>
        </message>
        <message>
            <source>If video does not connect, join by phone and tell tech support.</source>
            <translation>Si el video no se conecta, entre por teléfono y avise a soporte técnico.</translation>
        </message>
        <message>
            <source>Sound and video may break up: your connection loses or delays parts of them.</source>
            <translation>El sonido y el video pueden cortarse: su conexión pierde o retrasa partes de ellos.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Check my setup</source>
            <translation>Revisar mi equipo</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>This check took too long and was stopped.</source>
            <translation>Esta prueba tardó demasiado y se detuvo.</translation>
        </message>
        <message>
            <source>Check again. If it happens again, restart your computer.</source>
            <translation>Revise otra vez. Si vuelve a pasar, reinicie su computadora.</translation>
        </message>
        <message>
            <source>If it still does not work, join by phone and tell support.</source>
            <translation>Si sigue sin funcionar, entre por teléfono y avise a soporte.</translation>
        </message>
        <message>
            <source>This check could not finish.</source>
            <translation>Esta prueba no pudo terminar.</translation>
        </message>
        <message>
            <source>Check again.</source>
            <translation>Revise otra vez.</translation>
        </message>
        <message>
            <source>Check again when you are ready.</source>
            <translation>Revise otra vez cuando pueda.</translation>
        </message>
        <message>
            <source>If it keeps happening, tell support (Help &amp; support page).</source>
            <translation>Si sigue pasando, avise a soporte (página Ayuda y soporte).</translation>
        </message>
        <message>
            <source>Stopped before it finished.</source>
            <translation>Se detuvo antes de terminar.</translation>
        </message>
    </context>
    <context>
        <name>Verdict</name>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Ready with warnings</source>
            <translation>Listo, con avisos</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>No está listo</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Aún sin revisar</translation>
        </message>
        <message>
            <source>You are ready for your session.</source>
            <translation>Está listo para su sesión.</translation>
        </message>
        <message>
            <source>You can join, but a few things could work better.</source>
            <translation>Puede entrar, pero algunas cosas podrían funcionar mejor.</translation>
        </message>
        <message>
            <source>Not ready yet. Here is what to do.</source>
            <translation>Todavía no está listo. Esto es lo que puede hacer.</translation>
        </message>
        <message>
            <source>If video does not work, join by phone: {phone}.</source>
            <translation>Si el video no funciona, entre por teléfono: {phone}.</translation>
        </message>
        <message>
            <source>If video does not work, join by phone (ask your program for the number).</source>
            <translation>Si el video no funciona, entre por teléfono (pida el número a su programa).</translation>
        </message>
    </context>
    <context>
        <name>VerdictBanner</name>
        <message>
            <source>&amp;Next: privacy checklist</source>
            <translation>&amp;Siguiente: lista de privacidad</translation>
        </message>
        <message>
            <source>Go to the privacy checklist (Alt+N)</source>
            <translation>Ir a la lista de privacidad (Alt+S)</translation>
        </message>
        <message>
            <source>Next: privacy checklist</source>
            <translation>Siguiente: lista de privacidad</translation>
        </message>
        <message>
            <source>Do this first:</source>
            <translation>Haga esto primero:</translation>
        </message>
    </context>
</TS>
