<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Pages</name>
        <message>
            <source>Check my setup</source>
            <translation>Revisar mi equipo</translation>
        </message>
        <message>
            <source>One click tests your internet speed, the delay to your video platform, your camera, microphone, speakers and battery, and tells you in plain words if you are ready.</source>
            <translation>Con un clic se prueba la velocidad de su internet, la demora hasta su plataforma de video, su cámara, micrófono, bocinas y batería, y se le dice en palabras sencillas si está listo.</translation>
        </message>
        <message>
            <source>Open your video platform's test page (for Zoom: zoom.us/test). Plug in your charger. Sit close to your router. If video fails, join by phone.</source>
            <translation>Abra la página de prueba de su plataforma de video (para Zoom: zoom.us/test). Conecte el cargador. Siéntese cerca de su router. Si el video falla, entre por teléfono.</translation>
        </message>
    </context>
</TS>
