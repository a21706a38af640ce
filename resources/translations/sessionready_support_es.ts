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
    <message>
        <source>Show the &amp;welcome tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guided tour of SessionReady and your program&apos;s setup (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the welcome tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide support &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts for tech-support staff: versions, devices, connection, last check (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Download (Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload (Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection over the last {n} checks, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection history chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older  →  newer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrientationDialog</name>
    <message>
        <source>Choose your program&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.json *.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file was not used: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program&apos;s details are filled in. Check them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to SessionReady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the video platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If video does not work</source>
        <translation type="unfinished">Si el video no funciona</translation>
    </message>
    <message>
        <source>The crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tech help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionReady helps you get ready for your online treatment sessions.

It checks your internet, camera, microphone, speakers and battery. It helps you make your space private. It keeps your notes locked on this computer. It shows when your next session is.

This short tour takes about 3 minutes. You can skip it and open it again later from Help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language for SessionReady. It changes right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program may give you a file with its details. Choose “Import from file” to use it. Or type what you know. You can leave anything empty and add it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a session day, do three things, about 10 minutes before it starts:

1. Check: press “Check my setup”. It takes about a minute.
2. Checklist: make your space private and quiet.
3. Join: press “Join session”.

If a check finds a problem, it tells you how to fix it. You can always join anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the video session:

• Join: open the link. Allow the camera and microphone if asked.
• Mute: press the microphone button. Mute when you are not talking.
• Camera: press the camera button to turn your video on or off.
• Chat: press “Chat” to type a message to the group or the counselor.
• Leave: press “Leave” or the red button when the session ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Find a room where others cannot hear you. Close the door.
• Use headphones if you can.
• Check what is behind you on camera.
• Silence your phone and close other apps.
• Do not share the session link or what others say in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the profile file your program gave you (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video platform (for example zoom.us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join by &amp;phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tech-help contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;risis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar link (https:// or webcal://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Notes when I finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Notes when I finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the tour. Open it again from Help (Alt+S, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the tour (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program&apos;s phone line: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your program for the phone number to join by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not miss your session because of technology. Join by phone: you can hear and talk without video.

{phone}

Then restart your computer and router, and call tech help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis or thinking about suicide, call or text {number} at any time, day or night. In an emergency, call 911.

The crisis line is always at the bottom of every SessionReady screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For help with the computer, the camera or the session link: {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Help page shows this at any time (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your program for their tech-help number, then add it in Settings. The Help page (F1) shows it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your program gave you a calendar link, paste it here. SessionReady will show your next session and remind you before it starts. You can skip this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionReady can keep private notes about what you learn in group. They are locked on this computer. Open Notes to choose how to protect them: with this computer&apos;s password store, or with a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session link (host only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (host only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionReady version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gb} GB, {cpus} processor cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers and headphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type (best guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network connection found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check has been run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report holds facts about this computer and its last checks only. It never holds your notes, your calendar, your name, or your session link (only the server name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionReady support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionReady {version} · Qt {qt} · {os}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check: {time} — {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices: {cams} camera(s), {mics} microphone(s), {spk} speaker(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: no connection is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video platform: {host}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCLI</name>
    <message>
        <source>Could not write the report: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>What the support report contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look through it. This is everything that will be saved. You decide whom to send it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportPanel</name>
    <message>
        <source>Support details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection over recent checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve support report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what the report holds, then save it as a web page and a data file (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a few lines for a chat or an email to tech help (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at devices and connections again (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh support details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some details could not be read ({error}). Try Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary copied. Paste it into a chat or an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {html} and {json}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
