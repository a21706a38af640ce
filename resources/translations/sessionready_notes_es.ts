<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Pages</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Private notes about skills you learned, homework and how you feel, locked with encryption on this computer.</source>
        <translation>Notas privadas sobre las habilidades que aprendió, sus tareas y cómo se siente, protegidas con cifrado en esta computadora.</translation>
    </message>
    <message>
        <source>Write your notes on paper and keep them somewhere private. Do not keep them in an unlocked file.</source>
        <translation>Escriba sus notas en papel y guárdelas en un lugar privado. No las guarde en un archivo sin protección.</translation>
    </message>
</context>
</TS>
