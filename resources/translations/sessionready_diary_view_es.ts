<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>ChartView</name>
        <message>
            <source>Mood (1 to 10)</source>
            <translation>Estado de ánimo (1 a 10)</translation>
        </message>
        <message>
            <source>Chart: {what}</source>
            <translation>Gráfica: {what}</translation>
        </message>
        <message>
            <source>Nothing recorded in these weeks yet.</source>
            <translation>Todavía no hay nada anotado en estas semanas.</translation>
        </message>
        <message>
            <source>{what}: the average of each week, from the last {weeks} weeks (0 to {top}). Weeks without entries are left empty.</source>
            <translation>{what}: el promedio de cada semana, de las últimas {weeks} semanas (de 0 a {top}). Las semanas sin anotaciones quedan vacías.</translation>
        </message>
        <message>
            <source>{what}, weekly average, oldest first.</source>
            <translation>{what}, promedio por semana, de la más antigua a la más reciente.</translation>
        </message>
        <message>
            <source>no entries</source>
            <translation>sin anotaciones</translation>
        </message>
        <message>
            <source>Week of {day}: {value}.</source>
            <translation>Semana del {day}: {value}.</translation>
        </message>
        <message>
            <source>{value} ({n} entries)</source>
            <translation>{value} ({n} anotaciones)</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Mostrar</translation>
        </message>
        <message>
            <source>&amp;Over</source>
            <translation>&amp;Durante</translation>
        </message>
        <message>
            <source>{n} weeks</source>
            <translation>{n} semanas</translation>
        </message>
        <message>
            <source>What to show</source>
            <translation>Qué mostrar</translation>
        </message>
        <message>
            <source>How many weeks</source>
            <translation>Cuántas semanas</translation>
        </message>
        <message>
            <source>Show as a &amp;table</source>
            <translation>Mostrar como &amp;tabla</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Promedio</translation>
        </message>
        <message>
            <source>Chart values</source>
            <translation>Valores de la gráfica</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Prepare for my therapist</source>
            <translation>Preparar para mi terapeuta</translation>
        </message>
        <message>
            <source>Choose the days and what to include. You will see every page before you save it. SessionReady never sends it anywhere: you decide whom to give it to.</source>
            <translation>Elija los días y qué incluir. Verá cada página antes de guardarla. SessionReady nunca la envía a ningún lado: usted decide a quién dársela.</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Guardar PDF…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>&amp;Diary cards</source>
            <translation>&amp;Tarjetas diarias</translation>
        </message>
        <message>
            <source>T&amp;hought records</source>
            <translation>&amp;Registros de pensamientos</translation>
        </message>
        <message>
            <source>S&amp;kills practice</source>
            <translation>&amp;Práctica de habilidades</translation>
        </message>
        <message>
            <source>&amp;Mood</source>
            <translation>&amp;Estado de ánimo</translation>
        </message>
        <message>
            <source>The last day comes before the first. Please change one of them.</source>
            <translation>El último día es anterior al primero. Por favor, cambie uno de los dos.</translation>
        </message>
        <message>
            <source>Please choose at most one year at a time.</source>
            <translation>Por favor, elija como máximo un año a la vez.</translation>
        </message>
        <message>
            <source>Tick at least one kind of entry to include.</source>
            <translation>Marque por lo menos un tipo de anotación para incluir.</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Página {n} de {total}</translation>
        </message>
        <message>
            <source>{n} pages, one for each week. Look them through, then save.</source>
            <translation>{n} páginas, una por semana. Revíselas y luego guarde.</translation>
        </message>
        <message>
            <source>The pages could not be prepared ({error}).</source>
            <translation>No se pudieron preparar las páginas ({error}).</translation>
        </message>
        <message>
            <source>This file is not encrypted</source>
            <translation>Este archivo no está cifrado</translation>
        </message>
        <message>
            <source>This file is not encrypted. Anyone who opens it can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
            <translation>Este archivo no está cifrado. Cualquier persona que lo abra puede leerlo. Guárdelo en un lugar privado y bórrelo cuando ya no lo necesite.</translation>
        </message>
        <message>
            <source>diary-{start}-to-{end}.pdf</source>
            <translation>diario-{start}-a-{end}.pdf</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Guardar PDF</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>Archivo PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved as {path}. Remember: this file is not encrypted.</source>
            <translation>Se guardó como {path}. Recuerde: este archivo no está cifrado.</translation>
        </message>
        <message>
            <source>The PDF was not saved. Choose another folder, for example your Documents folder.</source>
            <translation>El PDF no se guardó. Elija otra carpeta, por ejemplo su carpeta Documentos.</translation>
        </message>
        <message>
            <source>(The computer said: {reason}.)</source>
            <translation>(La computadora dijo: {reason}.)</translation>
        </message>
    </context>
    <context>
        <name>SharePages</name>
        <message>
            <source>Diary from {start} to {end}</source>
            <translation>Diario del {start} al {end}</translation>
        </message>
        <message>
            <source>Prepared by the patient with SessionReady — not a medical record</source>
            <translation>Preparado por el paciente con SessionReady — no es un expediente médico</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Página {n} de {total}</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Semana del {day}</translation>
        </message>
        <message>
            <source>Mood (1 to 10)</source>
            <translation>Estado de ánimo (1 a 10)</translation>
        </message>
        <message>
            <source>No mood entries</source>
            <translation>No hay anotaciones de estado de ánimo</translation>
        </message>
        <message>
            <source>Thought records</source>
            <translation>Registros de pensamientos</translation>
        </message>
        <message>
            <source>No thought records</source>
            <translation>No hay registros de pensamientos</translation>
        </message>
        <message>
            <source>Skills practice</source>
            <translation>Práctica de habilidades</translation>
        </message>
        <message>
            <source>No skills practice</source>
            <translation>No hay práctica de habilidades</translation>
        </message>
        <message>
            <source>{row}: acted on it</source>
            <translation>{row}: actuó según el impulso</translation>
        </message>
        <message>
            <source>Skills used</source>
            <translation>Habilidades usadas</translation>
        </message>
        <message>
            <source>Skills: {skills}</source>
            <translation>Habilidades: {skills}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Nota: {text}</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situación</translation>
        </message>
        <message>
            <source>Automatic thought</source>
            <translation>Pensamiento automático</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emoción</translation>
        </message>
        <message>
            <source>Evidence for</source>
            <translation>Pruebas a favor</translation>
        </message>
        <message>
            <source>Evidence against</source>
            <translation>Pruebas en contra</translation>
        </message>
        <message>
            <source>Balanced thought</source>
            <translation>Pensamiento equilibrado</translation>
        </message>
        <message>
            <source>Intensity after</source>
            <translation>Intensidad después</translation>
        </message>
        <message>
            <source>How it went: {n} of 5</source>
            <translation>Cómo le fue: {n} de 5</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>This week is too long for one page; the rest is in the app.</source>
            <translation>Esta semana no cabe en una página; el resto está en la aplicación.</translation>
        </message>
        <message>
            <source>Diary for my therapist</source>
            <translation>Diario para mi terapeuta</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Week of {day}</source>
            <translation>Semana del {day}</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Today, {day}</source>
            <translation>Hoy, {day}</translation>
        </message>
        <message>
            <source>{row}: acted on it</source>
            <translation>{row}: actuó según el impulso</translation>
        </message>
        <message>
            <source>↳ acted on it</source>
            <translation>↳ actuó según el impulso</translation>
        </message>
        <message>
            <source>Skills and notes</source>
            <translation>Habilidades y notas</translation>
        </message>
        <message>
            <source>Skills used</source>
            <translation>Habilidades usadas</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>no card</source>
            <translation>sin tarjeta</translation>
        </message>
        <message>
            <source>No card for this day</source>
            <translation>No hay tarjeta de este día</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin calificar</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Sin calificar</translation>
        </message>
        <message>
            <source>{value} of 5</source>
            <translation>{value} de 5</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>no skills</source>
            <translation>ninguna habilidad</translation>
        </message>
        <message>
            <source>{n}: {skills}</source>
            <translation>{n}: {skills}</translation>
        </message>
        <message>
            <source>no note</source>
            <translation>sin nota</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>una nota</translation>
        </message>
        <message>
            <source>◀ Previous week</source>
            <translation>◀ Semana anterior</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Next week ▶</source>
            <translation>Semana siguiente ▶</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Semana anterior</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semana siguiente</translation>
        </message>
        <message>
            <source>Diary card week</source>
            <translation>Semana de la tarjeta diaria</translation>
        </message>
        <message>
            <source>One row for each line of the card, one column for each day. A dash means no card that day.</source>
            <translation>Una fila por cada línea de la tarjeta, una columna por cada día. Una raya quiere decir que ese día no hay tarjeta.</translation>
        </message>
    </context>
</TS>
