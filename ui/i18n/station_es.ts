<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Languages</name>
    <message>
        <source>The {language} translation ({path}) is missing or unreadable, so the station speaks English.</source>
        <translation>La traducción {language} ({path}) falta o no se puede leer, así que la estación habla inglés.</translation>
    </message>
    <message>
        <source>Ask the supervisor to reinstall the station (from a source checkout: make translations).</source>
        <translation>Pida al supervisor que reinstale la estación (desde una copia del código fuente: make translations).</translation>
    </message>
</context>
<context>
    <name>OperatorMenus</name>
    <message>
        <source>&amp;Station</source>
        <translation>E&amp;stación</translation>
    </message>
    <message>
        <source>Provision all ready slots	F5</source>
        <translation>Iniciar todas las ranuras listas	F5</translation>
    </message>
    <message>
        <source>Abort every running slot</source>
        <translation>Cancelar todas las ranuras en curso</translation>
    </message>
    <message>
        <source>Close the station</source>
        <translation>Cerrar la estación</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>Change operator…</source>
        <translation>Cambiar de operario…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
</context>
<context>
    <name>OperatorWindow</name>
    <message>
        <source>Provisioning Station — Operator</source>
        <translation>Provisioning Station — Operario</translation>
    </message>
    <message>
        <source>▶ Provision ready slots (F5)</source>
        <translation>▶ Iniciar ranuras listas (F5)</translation>
    </message>
    <message>
        <source>Auto-start when
a device appears</source>
        <translation>Iniciar solo cuando
aparezca un dispositivo</translation>
    </message>
</context>
</TS>
