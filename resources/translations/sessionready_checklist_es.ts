<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Pages</name>
    <message>
        <source>Privacy checklist</source>
        <translation>Lista de privacidad</translation>
    </message>
    <message>
        <source>A short walk through your space: a private room, headphones, phone silenced, good light. Then one button to join your session.</source>
        <translation>Un repaso corto de su espacio: un cuarto privado, audífonos, el teléfono en silencio, buena luz. Luego un solo botón para entrar a su sesión.</translation>
    </message>
    <message>
        <source>Find a private room and close the door. Use headphones. Silence your phone. Keep your safety plan and the crisis line close.</source>
        <translation>Busque un cuarto privado y cierre la puerta. Use audífonos. Silencie su teléfono. Tenga a mano su plan de seguridad y la línea de crisis.</translation>
    </message>
</context>
</TS>
