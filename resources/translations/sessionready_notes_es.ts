<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Safety check-in</source>
            <translation>Datos de seguridad</translation>
        </message>
        <message>
            <source>Your clinician asks at every session where you are and who to call near you in an emergency. Kept encrypted with your notes; all optional.</source>
            <translation>En cada sesión su clínico le pregunta dónde está y a quién llamar cerca de usted en una emergencia. Se guarda cifrado con sus notas; todo es opcional.</translation>
        </message>
        <message>
            <source>Usual &amp;location (address)</source>
            <translation>&amp;Lugar de costumbre (dirección)</translation>
        </message>
        <message>
            <source>Emergency contact's &amp;name</source>
            <translation>&amp;Nombre del contacto de emergencia</translation>
        </message>
        <message>
            <source>Emergency contact's &amp;phone</source>
            <translation>&amp;Teléfono del contacto de emergencia</translation>
        </message>
    </context>
    <context>
        <name>NoteTemplates</name>
        <message>
            <source>Skills I learned</source>
            <translation>Habilidades que aprendí</translation>
        </message>
        <message>
            <source>Skill:

What it helps with:

When I will practise it:
</source>
            <translation>Habilidad:

Para qué me ayuda:

Cuándo la voy a practicar:
</translation>
        </message>
        <message>
            <source>skills</source>
            <translation>habilidades</translation>
        </message>
        <message>
            <source>Homework</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>What to do:

By when:

How it went:
</source>
            <translation>Qué hacer:

Para cuándo:

Cómo me fue:
</translation>
        </message>
        <message>
            <source>homework</source>
            <translation>tarea</translation>
        </message>
        <message>
            <source>Bring up next time</source>
            <translation>Hablar la próxima vez</translation>
        </message>
        <message>
            <source>What I want to talk about:

Why it matters to me:
</source>
            <translation>De qué quiero hablar:

Por qué es importante para mí:
</translation>
        </message>
        <message>
            <source>next time</source>
            <translation>próxima vez</translation>
        </message>
        <message>
            <source>Mood check-in</source>
            <translation>Cómo me siento</translation>
        </message>
        <message>
            <source>In my own words, today I feel:

What helped:
</source>
            <translation>En mis propias palabras, hoy me siento:

Qué me ayudó:
</translation>
        </message>
        <message>
            <source>mood</source>
            <translation>ánimo</translation>
        </message>
    </context>
    <context>
        <name>Notes</name>
        <message>
            <source>Something went wrong with your private notes.</source>
            <translation>Algo salió mal con sus notas privadas.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check it and try again.</source>
            <translation>Esa frase de contraseña no es correcta. Revísela e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>That recovery code is not right. Check each group of letters and try again.</source>
            <translation>Ese código de recuperación no es correcto. Revise cada grupo de letras e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This computer has no safe place to keep your key. Use your passphrase or recovery code.</source>
            <translation>Esta computadora no tiene un lugar seguro para guardar su llave. Use su frase de contraseña o su código de recuperación.</translation>
        </message>
        <message>
            <source>This computer's keyring stopped answering. Use your passphrase or recovery code to open your notes.</source>
            <translation>El llavero de esta computadora dejó de responder. Use su frase de contraseña o su código de recuperación para abrir sus notas.</translation>
        </message>
        <message>
            <source>Your computer's keyring is locked. Unlock it, or use your passphrase or recovery code.</source>
            <translation>El llavero de su computadora está bloqueado. Desbloquéelo, o use su frase de contraseña o su código de recuperación.</translation>
        </message>
        <message>
            <source>The key for your notes is no longer in this computer's keyring. Your notes are still here: open them with your recovery code.</source>
            <translation>La llave de sus notas ya no está en el llavero de esta computadora. Sus notas siguen aquí: ábralas con su código de recuperación.</translation>
        </message>
        <message>
            <source>The key in this computer's keyring does not match your notes. Your notes are still here: open them with your recovery code.</source>
            <translation>La llave del llavero de esta computadora no corresponde a sus notas. Sus notas siguen aquí: ábralas con su código de recuperación.</translation>
        </message>
        <message>
            <source>One note is damaged and cannot be opened. Your other notes are safe.</source>
            <translation>Una nota está dañada y no se puede abrir. Sus otras notas están a salvo.</translation>
        </message>
        <message>
            <source>This note was changed outside SessionReady, so it is not shown. Your other notes are safe.</source>
            <translation>Esta nota se cambió fuera de SessionReady, así que no se muestra. Sus otras notas están a salvo.</translation>
        </message>
        <message>
            <source>The list of your notes was changed outside SessionReady. Check that nothing is missing, or restore a backup.</source>
            <translation>La lista de sus notas se cambió fuera de SessionReady. Revise que no falte nada, o restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>The key file of your notes is damaged. Try your recovery code, or restore a backup.</source>
            <translation>El archivo de llaves de sus notas está dañado. Pruebe su código de recuperación o restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>The part of the key file that this method opens is damaged. Try your recovery code, or restore a backup.</source>
            <translation>La parte del archivo de llaves que abre este método está dañada. Pruebe con su código de recuperación o restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>The key file of your notes is damaged: it asks for settings SessionReady never uses. Try your recovery code, or restore a backup.</source>
            <translation>El archivo de llaves de sus notas está dañado: pide ajustes que SessionReady nunca usa. Pruebe con su código de recuperación o restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>The file that holds your notes is damaged and cannot be read. Restore a backup, or ask support for help.</source>
            <translation>El archivo que guarda sus notas está dañado y no se puede leer. Restaure una copia de seguridad o pida ayuda al equipo de soporte.</translation>
        </message>
        <message>
            <source>Your notes file was replaced by an older copy outside SessionReady. Notes written since then may be missing: restore a backup to bring them back.</source>
            <translation>El archivo de sus notas se reemplazó por una copia más antigua fuera de SessionReady. Pueden faltar notas escritas desde entonces: restaure una copia de seguridad para recuperarlas.</translation>
        </message>
        <message>
            <source>This file is not a SessionReady notes backup.</source>
            <translation>Este archivo no es una copia de seguridad de notas de SessionReady.</translation>
        </message>
        <message>
            <source>This backup file is incomplete: it was cut off, perhaps while copying. Use a complete copy.</source>
            <translation>Esta copia de seguridad está incompleta: se cortó, quizá al copiarla. Use una copia completa.</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup. Check it and try again.</source>
            <translation>Esa frase de contraseña no abre esta copia de seguridad. Revísela e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This backup file is damaged and cannot be opened. Use another copy if you have one.</source>
            <translation>Esta copia de seguridad está dañada y no se puede abrir. Use otra copia si la tiene.</translation>
        </message>
        <message>
            <source>Private notes already exist on this computer. Unlock them instead.</source>
            <translation>Ya hay notas privadas en esta computadora. Mejor desbloquéelas.</translation>
        </message>
        <message>
            <source>Your notes are here, but their key file is missing. Restore it from a backup, or ask support for help.</source>
            <translation>Sus notas están aquí, pero falta su archivo de llaves. Restáurelo desde una copia de seguridad o pida ayuda a soporte.</translation>
        </message>
        <message>
            <source>Your notes were saved by a newer version of SessionReady. Please update.</source>
            <translation>Sus notas se guardaron con una versión más nueva de SessionReady. Por favor, actualice.</translation>
        </message>
        <message>
            <source>Your notes are locked. Unlock them first.</source>
            <translation>Sus notas están bloqueadas. Desbloquéelas primero.</translation>
        </message>
        <message>
            <source>This backup file cannot be opened. Check the passphrase and the file.</source>
            <translation>No se puede abrir esta copia de seguridad. Revise la frase de contraseña y el archivo.</translation>
        </message>
    </context>
    <context>
        <name>NotesMenu</name>
        <message>
            <source>How my notes open (keyring or passphrase)…</source>
            <translation>Cómo se abren mis notas (llavero o frase de contraseña)…</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Cambiar frase de contraseña…</translation>
        </message>
        <message>
            <source>Save an encrypted backup…</source>
            <translation>Guardar una copia de seguridad cifrada…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Restaurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <source>Export as readable text…</source>
            <translation>Exportar como texto legible…</translation>
        </message>
        <message>
            <source>Delete this note…</source>
            <translation>Borrar esta nota…</translation>
        </message>
        <message>
            <source>Safety check-in: location and emergency contact…</source>
            <translation>Datos de seguridad: ubicación y contacto de emergencia…</translation>
        </message>
        <message>
            <source>Changing your passphrase…</source>
            <translation>Cambiando su frase de contraseña…</translation>
        </message>
        <message>
            <source>Your passphrase was changed.</source>
            <translation>Su frase de contraseña se cambió.</translation>
        </message>
        <message>
            <source>Encrypting your notes with a new key…</source>
            <translation>Cifrando sus notas con una llave nueva…</translation>
        </message>
        <message>
            <source>Encrypting your notes with a new key… {done} of {total}</source>
            <translation>Cifrando sus notas con una llave nueva… {done} de {total}</translation>
        </message>
        <message>
            <source>Checking this computer's keyring…</source>
            <translation>Revisando el llavero de esta computadora…</translation>
        </message>
        <message>
            <source>Your notes now open automatically with this computer's keyring.</source>
            <translation>Ahora sus notas se abren solas con el llavero de esta computadora.</translation>
        </message>
        <message>
            <source>Your notes now ask for your passphrase.</source>
            <translation>Ahora sus notas le piden su frase de contraseña.</translation>
        </message>
        <message>
            <source>Changing how your notes open…</source>
            <translation>Cambiando cómo se abren sus notas…</translation>
        </message>
        <message>
            <source>Save an encrypted backup</source>
            <translation>Guardar una copia de seguridad cifrada</translation>
        </message>
        <message>
            <source>Choose a passphrase for this backup</source>
            <translation>Elija una frase de contraseña para esta copia</translation>
        </message>
        <message>
            <source>Backup saved with {count} notes.</source>
            <translation>Copia de seguridad guardada con {count} notas.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>The passphrase of this backup</source>
            <translation>La frase de contraseña de esta copia</translation>
        </message>
        <message>
            <source>Restored {added} new and {updated} newer notes.</source>
            <translation>Se restauraron {added} notas nuevas y {updated} más recientes.</translation>
        </message>
        <message>
            <source>Export as readable text?</source>
            <translation>¿Exportar como texto legible?</translation>
        </message>
        <message>
            <source>The file will NOT be encrypted. Anyone who opens it can read your notes. Only do this if you need to, and delete the file when you are done.</source>
            <translation>El archivo NO estará cifrado. Cualquiera que lo abra puede leer sus notas. Hágalo solo si lo necesita y borre el archivo cuando termine.</translation>
        </message>
        <message>
            <source>Export as readable text</source>
            <translation>Exportar como texto legible</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Escrita</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>Mis notas</translation>
        </message>
        <message>
            <source>Exported {count} notes.</source>
            <translation>Se exportaron {count} notas.</translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Opening your notes…</source>
            <translation>Abriendo sus notas…</translation>
        </message>
        <message>
            <source>Save your recovery code</source>
            <translation>Guardar su código de recuperación</translation>
        </message>
        <message>
            <source>SessionReady recovery code for your private notes:
{code}
</source>
            <translation>Código de recuperación de SessionReady para sus notas privadas:
{code}
</translation>
        </message>
        <message>
            <source>Saved. Keep that file somewhere private.</source>
            <translation>Guardado. Tenga ese archivo en un lugar privado.</translation>
        </message>
        <message>
            <source>Could not save the file. Try another place.</source>
            <translation>No se pudo guardar el archivo. Pruebe otro lugar.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado a la impresora.</translation>
        </message>
        <message>
            <source>Your notes are open</source>
            <translation>Sus notas están abiertas</translation>
        </message>
        <message>
            <source>You opened your notes with your recovery code.</source>
            <translation>Abrió sus notas con su código de recuperación.</translation>
        </message>
        <message>
            <source>Would you like to choose a new passphrase now, so you do not need the code?</source>
            <translation>¿Quiere elegir ahora una nueva frase de contraseña, para no necesitar el código?</translation>
        </message>
        <message>
            <source>Choose a &amp;new passphrase</source>
            <translation>Elegir una &amp;nueva frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
        <message>
            <source>{count} note(s) are damaged and cannot be opened. Your other notes are safe.</source>
            <translation>{count} nota(s) están dañadas y no se pueden abrir. Sus otras notas están a salvo.</translation>
        </message>
        <message>
            <source>{count} note(s) were changed or removed outside SessionReady, so they are not shown. Your other notes are safe. Restoring a backup brings them back.</source>
            <translation>{count} nota(s) se cambiaron o se borraron fuera de SessionReady, así que no se muestran. Sus otras notas están a salvo. Si restaura una copia de seguridad, vuelven.</translation>
        </message>
        <message>
            <source>Your notes now have a new key. This is your NEW recovery code: the old one no longer works.</source>
            <translation>Sus notas tienen ahora una llave nueva. Este es su NUEVO código de recuperación: el anterior ya no funciona.</translation>
        </message>
        <message>
            <source>Your passphrase and the key of your notes were changed.</source>
            <translation>Se cambiaron su frase de contraseña y la llave de sus notas.</translation>
        </message>
        <message>
            <source>Your notes are locked.</source>
            <translation>Sus notas están bloqueadas.</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Todas las notas</translation>
        </message>
        <message>
            <source>Session: {name}</source>
            <translation>Sesión: {name}</translation>
        </message>
        <message>
            <source>Tag: {tag}</source>
            <translation>Etiqueta: {tag}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved {when}</source>
            <translation>Guardado {when}</translation>
        </message>
        <message>
            <source>Not saved yet: {why}</source>
            <translation>Todavía no se guardó: {why}</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <translation>&amp;Ocultar</translation>
        </message>
        <message>
            <source>Lock your notes and hide SessionReady now (Esc twice, or Ctrl+Shift+H)</source>
            <translation>Bloquear sus notas y ocultar SessionReady ahora (Esc dos veces, o Ctrl+Mayús+H)</translation>
        </message>
        <message>
            <source>Hide SessionReady now</source>
            <translation>Ocultar SessionReady ahora</translation>
        </message>
        <message>
            <source>Delete this note?</source>
            <translation>¿Borrar esta nota?</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>Esto no se puede deshacer.</translation>
        </message>
    </context>
    <context>
        <name>NotesView</name>
        <message>
            <source>Press “New note” to start writing, or choose a note.</source>
            <translation>Pulse «Nueva nota» para empezar a escribir, o elija una nota.</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nueva nota</translation>
        </message>
        <message>
            <source>New note (Ctrl+N). The arrow opens the templates.</source>
            <translation>Nueva nota (Ctrl+N). La flecha abre las plantillas.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nueva nota</translation>
        </message>
        <message>
            <source>Blank note</source>
            <translation>Nota en blanco</translation>
        </message>
        <message>
            <source>Skills I learned</source>
            <translation>Habilidades que aprendí</translation>
        </message>
        <message>
            <source>Homework</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Bring up next time</source>
            <translation>Hablar la próxima vez</translation>
        </message>
        <message>
            <source>Mood check-in</source>
            <translation>Cómo me siento</translation>
        </message>
        <message>
            <source>Search your notes (Ctrl+F)</source>
            <translation>Buscar en sus notas (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search your notes</source>
            <translation>Buscar en sus notas</translation>
        </message>
        <message>
            <source>Show notes</source>
            <translation>Mostrar notas</translation>
        </message>
        <message>
            <source>Show all notes, or only one session or tag</source>
            <translation>Mostrar todas las notas, o solo las de una sesión o etiqueta</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Más</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Más acciones</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Bloquear ahora</translation>
        </message>
        <message>
            <source>Lock your notes now (Ctrl+L)</source>
            <translation>Bloquear sus notas ahora (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Bloquear ahora</translation>
        </message>
        <message>
            <source>Your notes, newest first</source>
            <translation>Sus notas, las más recientes primero</translation>
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
            <source>T&amp;ags</source>
            <translation>Eti&amp;quetas</translation>
        </message>
        <message>
            <source>for example: homework, sleep</source>
            <translation>por ejemplo: tarea, sueño</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Etiquetas, separadas por comas</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sesión</translation>
        </message>
        <message>
            <source>Linked session</source>
            <translation>Sesión vinculada</translation>
        </message>
        <message>
            <source>M&amp;ood today (1 = very low, 10 = very good)</source>
            <translation>Á&amp;nimo hoy (1 = muy bajo, 10 = muy bueno)</translation>
        </message>
        <message>
            <source>Mood from 1 to 10</source>
            <translation>Ánimo del 1 al 10</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Aún sin elegir</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>N&amp;ota</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Texto de la nota</translation>
        </message>
        <message>
            <source>Write here. Your note saves by itself.</source>
            <translation>Escriba aquí. Su nota se guarda sola.</translation>
        </message>
        <message>
            <source>No note matches. Clear the search to see all your notes.</source>
            <translation>Ninguna nota coincide. Borre la búsqueda para ver todas sus notas.</translation>
        </message>
        <message>
            <source>No notes yet. Press “New note” (Ctrl+N) to write your first one.</source>
            <translation>Aún no tiene notas. Pulse «Nueva nota» (Ctrl+N) para escribir la primera.</translation>
        </message>
        <message>
            <source>Untitled note</source>
            <translation>Nota sin título</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Sin vincular</translation>
        </message>
        <message>
            <source>No sessions scheduled</source>
            <translation>No hay sesiones programadas</translation>
        </message>
        <message>
            <source>Saved {when}</source>
            <translation>Guardado {when}</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>Frase &amp;actual</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>Frase &amp;nueva</translation>
        </message>
        <message>
            <source>&amp;Type it again</source>
            <translation>&amp;Escríbala otra vez</translation>
        </message>
        <message>
            <source>Also &amp;replace the key that locks every note</source>
            <translation>Cambiar también la &amp;llave que protege cada nota</translation>
        </message>
        <message>
            <source>Also replace the key that locks every note</source>
            <translation>Cambiar también la llave que protege cada nota</translation>
        </message>
        <message>
            <source>Choose this if someone may have an old copy of your notes folder, an old backup, or your old passphrase. Every note is encrypted again with a new key, and you get a new recovery code: the old one stops working. Without it, only the passphrase changes (quick), and old copies still open with the old one.</source>
            <translation>Elija esto si alguien podría tener una copia antigua de su carpeta de notas, una copia de seguridad antigua o su frase de contraseña anterior. Cada nota se cifra de nuevo con una llave nueva y usted recibe un código de recuperación nuevo: el anterior deja de funcionar. Sin esta opción solo cambia la frase de contraseña (es rápido), y las copias antiguas se siguen abriendo con la frase anterior.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Frase de contraseña nueva</translation>
        </message>
        <message>
            <source>Type the new passphrase again</source>
            <translation>Escriba la frase nueva otra vez</translation>
        </message>
        <message>
            <source>Please use at least 8 characters.</source>
            <translation>Use al menos 8 caracteres, por favor.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases no son iguales.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialog</name>
        <message>
            <source>How your notes open</source>
            <translation>Cómo se abren sus notas</translation>
        </message>
        <message>
            <source>Your notes are always encrypted. This only changes how the key to open them is kept. Your notes are not changed, and none are lost.</source>
            <translation>Sus notas siempre están cifradas. Esto solo cambia dónde se guarda la llave para abrirlas. Sus notas no cambian y no se pierde ninguna.</translation>
        </message>
        <message>
            <source>Open them &amp;automatically when I log in</source>
            <translation>Abrirlas &amp;automáticamente cuando inicio sesión</translation>
        </message>
        <message>
            <source>The key is kept in this computer's keyring, which your login password protects. Anyone who can log in as you can open your notes.</source>
            <translation>La llave se guarda en el llavero de esta computadora, que protege su contraseña de inicio de sesión. Cualquier persona que pueda entrar con su usuario puede abrir sus notas.</translation>
        </message>
        <message>
            <source>Ask me for a &amp;passphrase</source>
            <translation>Pedirme una &amp;frase de contraseña</translation>
        </message>
        <message>
            <source>You type a passphrase each time. Safer if other people use this computer with your login.</source>
            <translation>Usted escribe una frase de contraseña cada vez. Es más seguro si otras personas usan esta computadora con su usuario.</translation>
        </message>
        <message>
            <source>This computer has no safe keyring right now, so your notes must keep a passphrase.</source>
            <translation>Ahora esta computadora no tiene un llavero seguro, así que sus notas deben seguir con una frase de contraseña.</translation>
        </message>
        <message>
            <source>Your recovery code keeps working either way. Keep it somewhere private.</source>
            <translation>Su código de recuperación sigue funcionando en los dos casos. Guárdelo en un lugar privado.</translation>
        </message>
        <message>
            <source>Right now: your notes open automatically with this computer's keyring.</source>
            <translation>Ahora mismo: sus notas se abren solas con el llavero de esta computadora.</translation>
        </message>
        <message>
            <source>Right now: your notes ask for your passphrase.</source>
            <translation>Ahora mismo: sus notas le piden su frase de contraseña.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>Frase &amp;actual</translation>
        </message>
        <message>
            <source>&amp;New passphrase (at least 8 characters)</source>
            <translation>&amp;Nueva frase de contraseña (al menos 8 caracteres)</translation>
        </message>
        <message>
            <source>&amp;Type it again</source>
            <translation>&amp;Escríbala otra vez</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Frase de contraseña nueva</translation>
        </message>
        <message>
            <source>Type the new passphrase again</source>
            <translation>Escriba la frase nueva otra vez</translation>
        </message>
        <message>
            <source>Open them automatically when I log in</source>
            <translation>Abrirlas automáticamente cuando inicio sesión</translation>
        </message>
        <message>
            <source>Ask me for a passphrase</source>
            <translation>Pedirme una frase de contraseña</translation>
        </message>
        <message>
            <source>This computer has no safe keyring right now. Keep your passphrase.</source>
            <translation>Ahora esta computadora no tiene un llavero seguro. Conserve su frase de contraseña.</translation>
        </message>
        <message>
            <source>Please type your current passphrase.</source>
            <translation>Escriba su frase de contraseña actual, por favor.</translation>
        </message>
        <message>
            <source>Please use at least 8 characters.</source>
            <translation>Use al menos 8 caracteres, por favor.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases no son iguales.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryView</name>
        <message>
            <source>Your recovery code</source>
            <translation>Su código de recuperación</translation>
        </message>
        <message>
            <source>To be sure you kept it, type group {a} and group {b} of your code (or save it to a file or print it, then tick the box).</source>
            <translation>Para estar seguros de que lo guardó, escriba el grupo {a} y el grupo {b} de su código (o guárdelo en un archivo o imprímalo, y luego marque la casilla).</translation>
        </message>
        <message>
            <source>Group {n} of your code</source>
            <translation>Grupo {n} de su código</translation>
        </message>
        <message>
            <source>Group {n}</source>
            <translation>Grupo {n}</translation>
        </message>
        <message>
            <source>If you forget your passphrase or this computer's keyring is reset, this code is the only way back into your notes. Write it down and keep it somewhere private. It is shown only this once.</source>
            <translation>Si olvida su frase de contraseña o se borra el llavero de esta computadora, este código es la única forma de volver a sus notas. Anótelo y guárdelo en un lugar privado. Se muestra solo esta vez.</translation>
        </message>
        <message>
            <source>C&amp;opy</source>
            <translation>C&amp;opiar</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Save to a file…</source>
            <translation>&amp;Guardar en un archivo…</translation>
        </message>
        <message>
            <source>I &amp;saved it to a file or printed it, and will keep it safe</source>
            <translation>Lo &amp;guardé en un archivo o lo imprimí, y lo guardaré en un lugar seguro</translation>
        </message>
        <message>
            <source>Co&amp;ntinue to my notes</source>
            <translation>&amp;Continuar a mis notas</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>Continue to my notes</source>
            <translation>Continuar a mis notas</translation>
        </message>
        <message>
            <source>Type the two groups, or save or print the code and tick the box, then continue.</source>
            <translation>Escriba los dos grupos, o guarde o imprima el código y marque la casilla; luego continúe.</translation>
        </message>
        <message>
            <source>Copied. Paste it somewhere private, then clear it.</source>
            <translation>Copiado. Péguelo en un lugar privado y luego bórrelo del portapapeles.</translation>
        </message>
    </context>
    <context>
        <name>SetupView</name>
        <message>
            <source>Keep private notes</source>
            <translation>Notas privadas</translation>
        </message>
        <message>
            <source>Your notes are locked with encryption on this computer. Nobody who copies your files can read them. Choose how you want to open them.</source>
            <translation>Sus notas se protegen con cifrado en esta computadora. Nadie que copie sus archivos puede leerlas. Elija cómo quiere abrirlas.</translation>
        </message>
        <message>
            <source>Open them &amp;automatically when I log in</source>
            <translation>Abrirlas &amp;automáticamente cuando inicio sesión</translation>
        </message>
        <message>
            <source>The key is kept in this computer's keyring, which your login password protects.</source>
            <translation>La llave se guarda en el llavero de esta computadora, que su contraseña de inicio de sesión protege.</translation>
        </message>
        <message>
            <source>Ask me for a &amp;passphrase</source>
            <translation>Pedirme una &amp;frase de contraseña</translation>
        </message>
        <message>
            <source>You type a passphrase each time. Choose something long that only you know.</source>
            <translation>Usted escribe una frase cada vez. Elija algo largo que solo usted sepa.</translation>
        </message>
        <message>
            <source>This computer has no safe keyring, so your notes will use a passphrase.</source>
            <translation>Esta computadora no tiene un llavero seguro, así que sus notas usarán una frase de contraseña.</translation>
        </message>
        <message>
            <source>Pa&amp;ssphrase (at least 8 characters)</source>
            <translation>Fra&amp;se de contraseña (al menos 8 caracteres)</translation>
        </message>
        <message>
            <source>T&amp;ype it again</source>
            <translation>Escríbala &amp;otra vez</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>Escriba la frase otra vez</translation>
        </message>
        <message>
            <source>&amp;Create my private notes</source>
            <translation>&amp;Crear mis notas privadas</translation>
        </message>
        <message>
            <source>Create my private notes</source>
            <translation>Crear mis notas privadas</translation>
        </message>
        <message>
            <source>Please use at least 8 characters.</source>
            <translation>Use al menos 8 caracteres, por favor.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases no son iguales.</translation>
        </message>
    </context>
    <context>
        <name>UnlockView</name>
        <message>
            <source>Your notes are locked</source>
            <translation>Sus notas están bloqueadas</translation>
        </message>
        <message>
            <source>Your notes stay encrypted until you unlock them.</source>
            <translation>Sus notas siguen cifradas hasta que las desbloquee.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Open with this computer's &amp;keyring</source>
            <translation>Abrir con el &amp;llavero de esta computadora</translation>
        </message>
        <message>
            <source>Open with this computer's keyring</source>
            <translation>Abrir con el llavero de esta computadora</translation>
        </message>
        <message>
            <source>I forgot it: use my &amp;recovery code</source>
            <translation>La olvidé: usar mi código de &amp;recuperación</translation>
        </message>
        <message>
            <source>Use my recovery code</source>
            <translation>Usar mi código de recuperación</translation>
        </message>
        <message>
            <source>Recovery &amp;code (8 groups of 4 letters and numbers)</source>
            <translation>&amp;Código de recuperación (8 grupos de 4 letras y números)</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>Open with recovery code</source>
            <translation>Abrir con el código de recuperación</translation>
        </message>
        <message>
            <source>That passphrase did not work {n} times. Your recovery code always opens your notes: type it below.</source>
            <translation>Esa frase de contraseña no funcionó {n} veces. Su código de recuperación siempre abre sus notas: escríbalo abajo.</translation>
        </message>
        <message>
            <source>{message} This was try {n} of {max}.</source>
            <translation>{message} Fue el intento {n} de {max}.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Desbloqueando…</translation>
        </message>
    </context>
</TS>
