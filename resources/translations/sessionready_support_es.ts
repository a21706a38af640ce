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
            <source>Ctrl+1 to Ctrl+6: go to a page (Home, Check my setup, Privacy checklist, Notes, Schedule, Help)
F1: this help page
Ctrl+,: settings
Tab and Shift+Tab: move between buttons; Space or Enter: press a button
Ctrl+Q: quit</source>
            <translation>Ctrl+1 a Ctrl+6: ir a una página (Inicio, Revisar mi equipo, Lista de privacidad, Notas, Horario, Ayuda)
F1: esta página de ayuda
Ctrl+,: configuración
Tab y Mayús+Tab: moverse entre botones; Espacio o Intro: pulsar un botón
Ctrl+Q: salir</translation>
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
    </context>
</TS>
