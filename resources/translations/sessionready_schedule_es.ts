<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>ManualEntryDialog</name>
        <message>
            <source>Add a session</source>
            <translation>Agregar una sesión</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familiar</translation>
        </message>
        <message>
            <source>Psychiatry</source>
            <translation>Psiquiatría</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Lun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mié</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Jue</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Vie</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sáb</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Dom</translation>
        </message>
        <message>
            <source>Repeats on {day}</source>
            <translation>Se repite el {day}</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Empieza</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Duración</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>Duración en minutos</translation>
        </message>
        <message>
            <source>&amp;Join link</source>
            <translation>&amp;Enlace para entrar</translation>
        </message>
        <message>
            <source>Join link</source>
            <translation>Enlace para entrar</translation>
        </message>
        <message>
            <source>&amp;Dial-in number</source>
            <translation>&amp;Número para llamar</translation>
        </message>
        <message>
            <source>Dial-in number</source>
            <translation>Número para llamar</translation>
        </message>
        <message>
            <source>Repeats every week on</source>
            <translation>Se repite cada semana el</translation>
        </message>
        <message>
            <source>Please give the session a title.</source>
            <translation>Por favor, póngale un título a la sesión.</translation>
        </message>
        <message>
            <source>The join link should start with https://</source>
            <translation>El enlace para entrar debe empezar con https://</translation>
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message>
            <source>This file could not be opened.</source>
            <translation>No se pudo abrir este archivo.</translation>
        </message>
        <message>
            <source>No sessions in the next {days} days.</source>
            <translation>No hay sesiones en los próximos {days} días.</translation>
        </message>
        <message>
            <source>phone {number}</source>
            <translation>teléfono {number}</translation>
        </message>
        <message>
            <source>The event "{title}" repeats in a way SessionReady cannot follow, so it is not shown. Ask your program for a new copy of the calendar.</source>
            <translation>El evento «{title}» se repite de una forma que SessionReady no puede seguir, así que no se muestra. Pida a su programa una copia nueva del calendario.</translation>
        </message>
        <message>
            <source>Event {n} in this calendar repeats in a way SessionReady cannot follow, so it is not shown. Ask your program for a new copy of the calendar.</source>
            <translation>El evento {n} de este calendario se repite de una forma que SessionReady no puede seguir, así que no se muestra. Pida a su programa una copia nueva del calendario.</translation>
        </message>
        <message>
            <source>This calendar file is too large to be a session schedule.</source>
            <translation>Este archivo de calendario es demasiado grande para ser un horario de sesiones.</translation>
        </message>
        <message>
            <source>This is not a calendar file. Ask your program for the calendar link or .ics file.</source>
            <translation>Esto no es un archivo de calendario. Pida a su programa el enlace del calendario o el archivo .ics.</translation>
        </message>
        <message>
            <source>A time zone in this calendar is broken, so its times cannot be trusted. Ask your program for a new copy of the calendar.</source>
            <translation>Una zona horaria de este calendario está dañada, así que sus horas no son confiables. Pida a su programa una copia nueva del calendario.</translation>
        </message>
        <message>
            <source>This calendar file is damaged and could not be read. Ask your program for a new copy.</source>
            <translation>Este archivo de calendario está dañado y no se pudo leer. Pida a su programa una copia nueva.</translation>
        </message>
        <message>
            <source>This calendar has too many events to show. Ask your program.</source>
            <translation>Este calendario tiene demasiados eventos para mostrarlos. Consulte a su programa.</translation>
        </message>
        <message>
            <source>Some dates in this calendar could not be understood. Ask your program for a new copy.</source>
            <translation>No se pudieron entender algunas fechas de este calendario. Pida a su programa una copia nueva.</translation>
        </message>
        <message>
            <source>The calendar link should start with https:// or webcal://.</source>
            <translation>El enlace del calendario debe empezar con https:// o webcal://.</translation>
        </message>
        <message>
            <source>The calendar link opened a web page, not a calendar. Ask your program for the calendar (.ics) link.</source>
            <translation>El enlace del calendario abrió una página web, no un calendario. Pida a su programa el enlace del calendario (.ics).</translation>
        </message>
        <message>
            <source>The calendar is too large to be a session schedule.</source>
            <translation>El calendario es demasiado grande para ser un horario de sesiones.</translation>
        </message>
        <message>
            <source>Update cancelled.</source>
            <translation>Actualización cancelada.</translation>
        </message>
        <message>
            <source>The calendar server is too slow right now. We will try again later.</source>
            <translation>El servidor del calendario está respondiendo muy lento en este momento. Lo intentaremos de nuevo más tarde.</translation>
        </message>
        <message>
            <source>The calendar link no longer works. Ask your program for a new link.</source>
            <translation>El enlace del calendario ya no funciona. Pida a su programa un enlace nuevo.</translation>
        </message>
        <message>
            <source>The calendar server has a problem right now. We will try again later.</source>
            <translation>El servidor del calendario tiene un problema en este momento. Lo intentaremos más tarde.</translation>
        </message>
        <message>
            <source>Could not reach the calendar. Check your internet connection; we will try again later.</source>
            <translation>No se pudo llegar al calendario. Revise su conexión a internet; lo intentaremos más tarde.</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familiar</translation>
        </message>
        <message>
            <source>Psychiatry</source>
            <translation>Psiquiatría</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Todo el día</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} h {m} min</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <source>Today · {date}</source>
            <translation>Hoy · {date}</translation>
        </message>
        <message>
            <source>Tomorrow · {date}</source>
            <translation>Mañana · {date}</translation>
        </message>
        <message>
            <source>Your schedule</source>
            <translation>Su horario</translation>
        </message>
        <message>
            <source>Your sessions for the next 7 days. Check your setup before each one. You can also drop an .ics calendar file here.</source>
            <translation>Sus sesiones de los próximos 7 días. Revise su equipo antes de cada una. También puede soltar aquí un archivo de calendario .ics.</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>&amp;Remind me this many minutes before a session:</source>
            <translation>&amp;Recordarme estos minutos antes de una sesión:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Only at the start</source>
            <translation>Solo al empezar</translation>
        </message>
        <message>
            <source>Reminder minutes before a session</source>
            <translation>Minutos de aviso antes de una sesión</translation>
        </message>
        <message>
            <source>&amp;Keep SessionReady running in the tray when I close the window</source>
            <translation>&amp;Mantener SessionReady en la bandeja al cerrar la ventana</translation>
        </message>
        <message>
            <source>S&amp;tart SessionReady when I log in</source>
            <translation>Abrir SessionReady al &amp;iniciar sesión en la computadora</translation>
        </message>
        <message>
            <source>Could not change the start-at-login setting on this computer.</source>
            <translation>No se pudo cambiar en esta computadora la opción de abrir al iniciar sesión.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleSources</name>
        <message>
            <source>&amp;Import calendar file…</source>
            <translation>&amp;Importar archivo…</translation>
        </message>
        <message>
            <source>Open an .ics file from your program (Alt+I)</source>
            <translation>Abrir un archivo .ics de su programa (Alt+I)</translation>
        </message>
        <message>
            <source>Import calendar file</source>
            <translation>Importar archivo de calendario</translation>
        </message>
        <message>
            <source>Calendar &amp;link…</source>
            <translation>&amp;Enlace del calendario…</translation>
        </message>
        <message>
            <source>Follow your program's calendar link so changes show up by themselves (Alt+L)</source>
            <translation>Seguir el enlace del calendario de su programa para que los cambios aparezcan solos (Alt+E)</translation>
        </message>
        <message>
            <source>Calendar link</source>
            <translation>Enlace del calendario</translation>
        </message>
        <message>
            <source>&amp;Add a session…</source>
            <translation>&amp;Agregar sesión…</translation>
        </message>
        <message>
            <source>Type in a session yourself (Alt+A)</source>
            <translation>Escribir una sesión usted mismo (Alt+A)</translation>
        </message>
        <message>
            <source>Add a session</source>
            <translation>Agregar una sesión</translation>
        </message>
        <message>
            <source>&amp;Update now</source>
            <translation>Act&amp;ualizar</translation>
        </message>
        <message>
            <source>Get the latest calendar from the link (Alt+U)</source>
            <translation>Traer el calendario más reciente desde el enlace (Alt+U)</translation>
        </message>
        <message>
            <source>Update now</source>
            <translation>Actualizar ahora</translation>
        </message>
        <message>
            <source>Calendar link: not updated yet.</source>
            <translation>Enlace del calendario: aún no se ha actualizado.</translation>
        </message>
        <message>
            <source>Calendar from {host} · last updated {when}</source>
            <translation>Calendario de {host} · actualizado por última vez {when}</translation>
        </message>
        <message>
            <source>Showing the last calendar we received.</source>
            <translation>Se muestra el último calendario que recibimos.</translation>
        </message>
        <message>
            <source>Choose your calendar file</source>
            <translation>Elija su archivo de calendario</translation>
        </message>
        <message>
            <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
            <translation>Archivos de calendario (*.ics *.ical *.ifb);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>This file could not be opened.</source>
            <translation>No se pudo abrir este archivo.</translation>
        </message>
        <message>
            <source>Paste the calendar link from your program (https:// or webcal://):</source>
            <translation>Pegue el enlace del calendario de su programa (https:// o webcal://):</translation>
        </message>
        <message>
            <source>The calendar link should start with https:// or webcal://.</source>
            <translation>El enlace del calendario debe empezar con https:// o webcal://.</translation>
        </message>
        <message>
            <source>Updating your calendar…</source>
            <translation>Actualizando su calendario…</translation>
        </message>
    </context>
    <context>
        <name>SessionCard</name>
        <message>
            <source>All day</source>
            <translation>Todo el día</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Video: {host}</source>
            <translation>Video: {host}</translation>
        </message>
        <message>
            <source>By phone: {number}</source>
            <translation>Por teléfono: {number}</translation>
        </message>
        <message>
            <source>Run checks</source>
            <translation>Revisar equipo</translation>
        </message>
        <message>
            <source>Run checks before {title}</source>
            <translation>Revisar equipo antes de {title}</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <source>Join {title}</source>
            <translation>Entrar a {title}</translation>
        </message>
        <message>
            <source>This session has no video link.</source>
            <translation>Esta sesión no tiene enlace de video.</translation>
        </message>
    </context>
    <context>
        <name>SessionList</name>
        <message>
            <source>No sessions yet. Import the calendar file or link your program gave you, or add your sessions yourself.</source>
            <translation>Todavía no hay sesiones. Importe el archivo o enlace de calendario que le dio su programa, o agregue sus sesiones usted mismo.</translation>
        </message>
    </context>
    <context>
        <name>TrayController</name>
        <message>
            <source>Open SessionReady</source>
            <translation>Abrir SessionReady</translation>
        </message>
        <message>
            <source>Run checks now</source>
            <translation>Revisar equipo ahora</translation>
        </message>
        <message>
            <source>Join next session</source>
            <translation>Entrar a la próxima sesión</translation>
        </message>
        <message>
            <source>Today's diary card</source>
            <translation>Tarjeta diaria de hoy</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
</TS>
