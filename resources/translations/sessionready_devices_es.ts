<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>BatteryCheck</name>
        <message>
            <source>Battery</source>
            <translation>Batería</translation>
        </message>
        <message>
            <source>We could not read your battery.</source>
            <translation>No pudimos leer su batería.</translation>
        </message>
        <message>
            <source>Plug in your charger to be safe.</source>
            <translation>Conecte el cargador para estar seguro.</translation>
        </message>
        <message>
            <source>No battery: on mains power.</source>
            <translation>Sin batería: conectado a la corriente.</translation>
        </message>
        <message>
            <source>Your charger is plugged in.</source>
            <translation>Su cargador está conectado.</translation>
        </message>
        <message>
            <source>Plug in your charger now.</source>
            <translation>Conecte el cargador ahora.</translation>
        </message>
        <message>
            <source>Your battery may run out before this {hours:g}-hour session ends. Plug in your charger now.</source>
            <translation>Su batería podría agotarse antes de que termine esta sesión de {hours:g} horas. Conecte el cargador ahora.</translation>
        </message>
        <message>
            <source>Your battery is low ({pct:.0f}%). Plug in your charger now.</source>
            <translation>Su batería está baja ({pct:.0f} %). Conecte el cargador ahora.</translation>
        </message>
        <message>
            <source>We can't tell how long your battery will last ({pct:.0f}%).</source>
            <translation>No sabemos cuánto durará su batería ({pct:.0f} %).</translation>
        </message>
        <message>
            <source>Your battery will only just last this session. Plug in your charger.</source>
            <translation>Su batería apenas alcanzará para esta sesión. Conecte el cargador.</translation>
        </message>
        <message>
            <source>Your battery will last this session.</source>
            <translation>Su batería alcanzará para esta sesión.</translation>
        </message>
        <message>
            <source>Keep your charger close, just in case.</source>
            <translation>Tenga el cargador cerca, por si acaso.</translation>
        </message>
    </context>
    <context>
        <name>CameraCheck</name>
        <message>
            <source>Your room is too dark: your camera slows down so much that the picture will be choppy.</source>
            <translation>Su cuarto está muy oscuro: su cámara va tan lenta que la imagen se verá entrecortada.</translation>
        </message>
        <message>
            <source>Your room is too dark, so your camera slows down.</source>
            <translation>Su cuarto está muy oscuro, por eso su cámara va más lenta.</translation>
        </message>
        <message>
            <source>Add light: turn on a lamp in front of you, or sit facing a window.</source>
            <translation>Agregue luz: prenda una lámpara frente a usted, o siéntese mirando hacia una ventana.</translation>
        </message>
        <message>
            <source>On a Mac: open System Settings, then Privacy &amp; Security, then Camera, and turn on SessionReady.</source>
            <translation>En una Mac: abra Configuración del Sistema, luego Privacidad y seguridad, luego Cámara, y active SessionReady.</translation>
        </message>
        <message>
            <source>On Windows: open Settings, then Privacy &amp; security, then Camera, and allow apps to use your camera.</source>
            <translation>En Windows: abra Configuración, luego Privacidad y seguridad, luego Cámara, y permita que las aplicaciones usen su cámara.</translation>
        </message>
        <message>
            <source>Check that the camera's privacy switch or shutter is open and that no other app is using it.</source>
            <translation>Revise que el interruptor o la tapa de privacidad de la cámara esté abierto y que ninguna otra aplicación la esté usando.</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Cámara</translation>
        </message>
        <message>
            <source>The video file chosen as the camera was not found.</source>
            <translation>No se encontró el archivo de video elegido como cámara.</translation>
        </message>
        <message>
            <source>Choose another file, or pick your camera again.</source>
            <translation>Elija otro archivo, o vuelva a elegir su cámara.</translation>
        </message>
        <message>
            <source>Opening your camera…</source>
            <translation>Abriendo su cámara…</translation>
        </message>
        <message>
            <source>Looking at the picture…</source>
            <translation>Revisando la imagen…</translation>
        </message>
        <message>
            <source>Looking for your face…</source>
            <translation>Buscando su cara…</translation>
        </message>
        <message>
            <source>We did not find a camera. You can still join with audio.</source>
            <translation>No encontramos una cámara. Aun así puede entrar con audio.</translation>
        </message>
        <message>
            <source>If you have a webcam, plug it in and check again.</source>
            <translation>Si tiene una cámara web, conéctela y revise de nuevo.</translation>
        </message>
        <message>
            <source>You can join your session by phone or with audio only.</source>
            <translation>Puede entrar a su sesión por teléfono o solo con audio.</translation>
        </message>
        <message>
            <source>Your camera could not be opened. Another app may be using it, or permission is off.</source>
            <translation>No se pudo abrir su cámara. Otra aplicación puede estar usándola, o el permiso está desactivado.</translation>
        </message>
        <message>
            <source>Close Zoom, Teams and other video apps, then check again.</source>
            <translation>Cierre Zoom, Teams y otras aplicaciones de video, y revise de nuevo.</translation>
        </message>
        <message>
            <source>You can still join with audio or by phone.</source>
            <translation>Aun así puede entrar con audio o por teléfono.</translation>
        </message>
        <message>
            <source>Your camera seems to be used by another app: it sends no picture.</source>
            <translation>Parece que otra aplicación está usando su cámara: no envía imagen.</translation>
        </message>
        <message>
            <source>Your camera stopped sending pictures.</source>
            <translation>Su cámara dejó de enviar imagen.</translation>
        </message>
        <message>
            <source>Unplug the camera and plug it in again, or restart the computer.</source>
            <translation>Desconecte la cámara y vuelva a conectarla, o reinicie la computadora.</translation>
        </message>
        <message>
            <source>Your camera shows only a dark or plain picture. It may be covered or blocked, or permission is off.</source>
            <translation>Su cámara solo muestra una imagen oscura o lisa. Puede estar tapada o bloqueada, o el permiso está desactivado.</translation>
        </message>
        <message>
            <source>Remove any cover or sticker and open the camera shutter.</source>
            <translation>Quite cualquier tapa o calcomanía y abra la tapa de la cámara.</translation>
        </message>
        <message>
            <source>Your camera picture is frozen: it does not change.</source>
            <translation>La imagen de su cámara está congelada: no cambia.</translation>
        </message>
        <message>
            <source>Someone else may be in view of your camera. Your group's privacy matters.</source>
            <translation>Puede haber otra persona a la vista de su cámara. La privacidad de su grupo importa.</translation>
        </message>
        <message>
            <source>Find a private spot where nobody else can see your screen or hear the group.</source>
            <translation>Busque un lugar privado donde nadie más pueda ver su pantalla ni oír al grupo.</translation>
        </message>
        <message>
            <source>Your picture is too dark.</source>
            <translation>Su imagen está demasiado oscura.</translation>
        </message>
        <message>
            <source>Turn on a light in front of you, or sit facing a window.</source>
            <translation>Prenda una luz frente a usted, o siéntese mirando hacia una ventana.</translation>
        </message>
        <message>
            <source>Your picture is too bright.</source>
            <translation>Su imagen está demasiado clara.</translation>
        </message>
        <message>
            <source>Move away from strong light or close a curtain.</source>
            <translation>Aléjese de la luz fuerte o cierre una cortina.</translation>
        </message>
        <message>
            <source>The light is behind you, so your face is dark.</source>
            <translation>La luz está detrás de usted, por eso su cara se ve oscura.</translation>
        </message>
        <message>
            <source>Face the window or lamp instead of sitting with it behind you.</source>
            <translation>Mire hacia la ventana o la lámpara en vez de tenerla detrás.</translation>
        </message>
        <message>
            <source>We can't see your face.</source>
            <translation>No podemos ver su cara.</translation>
        </message>
        <message>
            <source>Adjust the camera so your face is in the middle, and add some light.</source>
            <translation>Acomode la cámara para que su cara quede en el centro, y agregue algo de luz.</translation>
        </message>
        <message>
            <source>Your camera is very slow: the picture will be choppy.</source>
            <translation>Su cámara está muy lenta: la imagen se verá entrecortada.</translation>
        </message>
        <message>
            <source>Close other apps, and add light (cameras slow down in the dark).</source>
            <translation>Cierre otras aplicaciones y agregue luz (las cámaras se vuelven lentas en la oscuridad).</translation>
        </message>
        <message>
            <source>Your camera is a little slow.</source>
            <translation>Su cámara está un poco lenta.</translation>
        </message>
        <message>
            <source>Your camera's picture is small and may look blurry.</source>
            <translation>La imagen de su cámara es pequeña y puede verse borrosa.</translation>
        </message>
        <message>
            <source>If you have a better webcam, use that one.</source>
            <translation>Si tiene una cámara web mejor, use esa.</translation>
        </message>
        <message>
            <source>Your camera works and we can see you clearly.</source>
            <translation>Su cámara funciona y lo vemos con claridad.</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <source>Camera mirror</source>
            <translation>Espejo de la cámara</translation>
        </message>
        <message>
            <source>A live picture from your camera, shown like a mirror. Nothing is recorded.</source>
            <translation>Una imagen en vivo de su cámara, como un espejo. No se graba nada.</translation>
        </message>
        <message>
            <source>Starting your camera…</source>
            <translation>Encendiendo su cámara…</translation>
        </message>
        <message>
            <source>Your camera stopped sending pictures.</source>
            <translation>Su cámara dejó de enviar imagen.</translation>
        </message>
        <message>
            <source>Camera mirror is off.</source>
            <translation>El espejo de la cámara está apagado.</translation>
        </message>
    </context>
    <context>
        <name>DevicePicker</name>
        <message>
            <source>Cam&amp;era</source>
            <translation>&amp;Cámara</translation>
        </message>
        <message>
            <source>&amp;Microphone</source>
            <translation>&amp;Micrófono</translation>
        </message>
        <message>
            <source>&amp;Speakers or headphones</source>
            <translation>&amp;Bocinas o audífonos</translation>
        </message>
        <message>
            <source>Choose the device to use. Your choice is remembered.</source>
            <translation>Elija el dispositivo que quiere usar. Recordaremos su elección.</translation>
        </message>
        <message>
            <source>Default (recommended)</source>
            <translation>Predeterminado (recomendado)</translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <source>Your camera (a mirror; nothing is recorded)</source>
            <translation>Su cámara (un espejo; no se graba nada)</translation>
        </message>
        <message>
            <source>Your microphone</source>
            <translation>Su micrófono</translation>
        </message>
        <message>
            <source>Your speakers</source>
            <translation>Sus bocinas</translation>
        </message>
        <message>
            <source>&amp;Play a test sound</source>
            <translation>Probar un &amp;sonido</translation>
        </message>
        <message>
            <source>Play a test sound</source>
            <translation>Probar un sonido</translation>
        </message>
        <message>
            <source>Plays a short tone (Alt+P)</source>
            <translation>Reproduce un tono corto (Alt+S)</translation>
        </message>
        <message>
            <source>Playing…</source>
            <translation>Reproduciendo…</translation>
        </message>
        <message>
            <source>Did you hear it? If not, turn the volume up.</source>
            <translation>¿Lo escuchó? Si no, suba el volumen.</translation>
        </message>
        <message>
            <source>We could not play a sound. Choose another device, or join by phone.</source>
            <translation>No pudimos reproducir un sonido. Elija otro dispositivo, o entre por teléfono.</translation>
        </message>
    </context>
    <context>
        <name>LevelMeter</name>
        <message>
            <source>Microphone level</source>
            <translation>Nivel del micrófono</translation>
        </message>
        <message>
            <source>{level:.0f} dBFS</source>
            <translation>{level:.0f} dBFS</translation>
        </message>
        <message>
            <source>Starting your microphone…</source>
            <translation>Encendiendo su micrófono…</translation>
        </message>
        <message>
            <source>Say something: the bar moves when we hear you.</source>
            <translation>Diga algo: la barra se mueve cuando lo escuchamos.</translation>
        </message>
        <message>
            <source>We did not find a microphone. You can join by phone.</source>
            <translation>No encontramos un micrófono. Puede entrar por teléfono.</translation>
        </message>
        <message>
            <source>Your microphone is busy or blocked. Close other calling apps.</source>
            <translation>Su micrófono está ocupado o bloqueado. Cierre otras aplicaciones de llamadas.</translation>
        </message>
        <message>
            <source>Microphone meter is off.</source>
            <translation>El medidor del micrófono está apagado.</translation>
        </message>
    </context>
    <context>
        <name>MicrophoneCheck</name>
        <message>
            <source>On a Mac: open System Settings, then Privacy &amp; Security, then Microphone, and turn on SessionReady.</source>
            <translation>En una Mac: abra Configuración del Sistema, luego Privacidad y seguridad, luego Micrófono, y active SessionReady.</translation>
        </message>
        <message>
            <source>On Windows: open Settings, then Privacy &amp; security, then Microphone, and allow apps to use it.</source>
            <translation>En Windows: abra Configuración, luego Privacidad y seguridad, luego Micrófono, y permita que las aplicaciones lo usen.</translation>
        </message>
        <message>
            <source>Check that the microphone is not muted in your sound settings or on your headset.</source>
            <translation>Revise que el micrófono no esté silenciado en la configuración de sonido o en sus audífonos.</translation>
        </message>
        <message>
            <source>You can join your session by phone instead.</source>
            <translation>En su lugar, puede entrar a su sesión por teléfono.</translation>
        </message>
        <message>
            <source>We did not find a microphone.</source>
            <translation>No encontramos un micrófono.</translation>
        </message>
        <message>
            <source>Plug in a headset or microphone, then check again.</source>
            <translation>Conecte unos audífonos con micrófono o un micrófono, y revise de nuevo.</translation>
        </message>
        <message>
            <source>We did not find speakers or headphones.</source>
            <translation>No encontramos bocinas ni audífonos.</translation>
        </message>
        <message>
            <source>Plug in headphones or speakers, then check again.</source>
            <translation>Conecte audífonos o bocinas, y revise de nuevo.</translation>
        </message>
        <message>
            <source>Your sound device is busy or was unplugged.</source>
            <translation>Su dispositivo de sonido está ocupado o se desconectó.</translation>
        </message>
        <message>
            <source>Close Zoom, Teams and other calling apps, then check again.</source>
            <translation>Cierre Zoom, Teams y otras aplicaciones de llamadas, y revise de nuevo.</translation>
        </message>
        <message>
            <source>If it is a headset, unplug it and plug it in again.</source>
            <translation>Si son audífonos, desconéctelos y vuelva a conectarlos.</translation>
        </message>
        <message>
            <source>Your sound device refused the sound settings we tried.</source>
            <translation>Su dispositivo de sonido no aceptó la configuración de sonido que probamos.</translation>
        </message>
        <message>
            <source>Choose another device in the list, then check again.</source>
            <translation>Elija otro dispositivo de la lista, y revise de nuevo.</translation>
        </message>
        <message>
            <source>We could not test your sound device.</source>
            <translation>No pudimos probar su dispositivo de sonido.</translation>
        </message>
        <message>
            <source>Restart the computer, then check again.</source>
            <translation>Reinicie la computadora, y revise de nuevo.</translation>
        </message>
        <message>
            <source>Microphone</source>
            <translation>Micrófono</translation>
        </message>
        <message>
            <source>Please stay quiet for a few seconds…</source>
            <translation>Por favor, quédese en silencio unos segundos…</translation>
        </message>
        <message>
            <source>Now say: “I'm ready for my session.”</source>
            <translation>Ahora diga: “Estoy listo para mi sesión.”</translation>
        </message>
        <message>
            <source>Check the mute switch on your headset or keyboard.</source>
            <translation>Revise el botón de silencio de sus audífonos o de su teclado.</translation>
        </message>
        <message>
            <source>Your microphone may be muted or blocked: we hear nothing at all.</source>
            <translation>Su micrófono puede estar silenciado o bloqueado: no escuchamos nada.</translation>
        </message>
        <message>
            <source>We could not hear you. Your microphone may be muted or blocked.</source>
            <translation>No pudimos escucharlo. Su micrófono puede estar silenciado o bloqueado.</translation>
        </message>
        <message>
            <source>Your voice is too loud and sounds distorted.</source>
            <translation>Su voz está demasiado fuerte y se oye distorsionada.</translation>
        </message>
        <message>
            <source>Move a little away from the microphone or turn its volume down.</source>
            <translation>Aléjese un poco del micrófono o baje su volumen.</translation>
        </message>
        <message>
            <source>Your room is noisy.</source>
            <translation>Hay ruido en su cuarto.</translation>
        </message>
        <message>
            <source>Find a quieter place, close the door, and turn off the TV or fan.</source>
            <translation>Busque un lugar más tranquilo, cierre la puerta y apague la televisión o el ventilador.</translation>
        </message>
        <message>
            <source>Your voice is quiet.</source>
            <translation>Su voz se oye baja.</translation>
        </message>
        <message>
            <source>Sit closer to the microphone or speak a little louder.</source>
            <translation>Siéntese más cerca del micrófono o hable un poco más fuerte.</translation>
        </message>
        <message>
            <source>Your microphone works.</source>
            <translation>Su micrófono funciona.</translation>
        </message>
    </context>
    <context>
        <name>SpeakersCheck</name>
        <message>
            <source>Speakers</source>
            <translation>Bocinas</translation>
        </message>
        <message>
            <source>Playing a test sound…</source>
            <translation>Reproduciendo un sonido de prueba…</translation>
        </message>
        <message>
            <source>Yes, I heard it</source>
            <translation>Sí, lo escuché</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Did you hear the tone?</source>
            <translation>¿Escuchó el tono?</translation>
        </message>
        <message>
            <source>Turn the volume up and check that sound is not muted.</source>
            <translation>Suba el volumen y revise que el sonido no esté silenciado.</translation>
        </message>
        <message>
            <source>Choose the speakers or headphones you use in the list, then try again.</source>
            <translation>Elija en la lista las bocinas o audífonos que usa, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>You can join your session by phone instead.</source>
            <translation>En su lugar, puede entrar a su sesión por teléfono.</translation>
        </message>
        <message>
            <source>You did not hear the test sound.</source>
            <translation>No escuchó el sonido de prueba.</translation>
        </message>
        <message>
            <source>We could not confirm that your speakers work.</source>
            <translation>No pudimos confirmar que sus bocinas funcionan.</translation>
        </message>
        <message>
            <source>Your speakers work, but they are loud in the room: others at home may hear the group.</source>
            <translation>Sus bocinas funcionan, pero se oyen fuerte en el cuarto: otras personas en casa podrían oír al grupo.</translation>
        </message>
        <message>
            <source>Use headphones: they keep the group private and stop echo.</source>
            <translation>Use audífonos: mantienen la privacidad del grupo y evitan el eco.</translation>
        </message>
        <message>
            <source>Your speakers work.</source>
            <translation>Sus bocinas funcionan.</translation>
        </message>
        <message>
            <source>Headphones keep the group private.</source>
            <translation>Los audífonos mantienen la privacidad del grupo.</translation>
        </message>
    </context>
</TS>
