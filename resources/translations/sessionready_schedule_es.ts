<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Pages</name>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Your upcoming sessions from your program&apos;s calendar, with reminders before each one and a Join button.</source>
        <translation>Sus próximas sesiones del calendario de su programa, con recordatorios antes de cada una y un botón para entrar.</translation>
    </message>
    <message>
        <source>Check the calendar or email your program sent you. Set an alarm 15 minutes before each session.</source>
        <translation>Revise el calendario o el correo que le envió su programa. Ponga una alarma 15 minutos antes de cada sesión.</translation>
    </message>
</context>
</TS>
