<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Languages</name>
    <message>
        <source>The {language} translation ({path}) is missing or unreadable, so the station speaks English.</source>
        <translation>La traduzione {language} ({path}) manca o non è leggibile, quindi la stazione parla inglese.</translation>
    </message>
    <message>
        <source>Ask the supervisor to reinstall the station (from a source checkout: make translations).</source>
        <translation>Chiedi al supervisore di reinstallare la stazione (da un checkout dei sorgenti: make translations).</translation>
    </message>
</context>
<context>
    <name>OperatorMenus</name>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Stazione</translation>
    </message>
    <message>
        <source>Provision all ready slots	F5</source>
        <translation>Avvia tutti gli slot pronti	F5</translation>
    </message>
    <message>
        <source>Abort every running slot</source>
        <translation>Interrompi tutti gli slot in corso</translation>
    </message>
    <message>
        <source>Close the station</source>
        <translation>Chiudi la stazione</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Ruoli</translation>
    </message>
    <message>
        <source>Change operator…</source>
        <translation>Cambia operatore…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lin&amp;gua</translation>
    </message>
</context>
<context>
    <name>OperatorWindow</name>
    <message>
        <source>Provisioning Station — Operator</source>
        <translation>Provisioning Station — Operatore</translation>
    </message>
    <message>
        <source>▶ Provision ready slots (F5)</source>
        <translation>▶ Avvia slot pronti (F5)</translation>
    </message>
    <message>
        <source>Auto-start when
a device appears</source>
        <translation>Avvio automatico quando
compare un dispositivo</translation>
    </message>
</context>
</TS>
