<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Languages</name>
    <message>
        <source>The {language} translation ({path}) is missing or unreadable, so the station speaks English.</source>
        <translation>Die Übersetzung {language} ({path}) fehlt oder ist nicht lesbar, daher spricht die Station Englisch.</translation>
    </message>
    <message>
        <source>Ask the supervisor to reinstall the station (from a source checkout: make translations).</source>
        <translation>Bitten Sie den Schichtleiter, die Station neu zu installieren (aus einem Quellcode-Checkout: make translations).</translation>
    </message>
</context>
<context>
    <name>OperatorMenus</name>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <source>Provision all ready slots	F5</source>
        <translation>Alle bereiten Plätze starten	F5</translation>
    </message>
    <message>
        <source>Abort every running slot</source>
        <translation>Alle laufenden Plätze abbrechen</translation>
    </message>
    <message>
        <source>Close the station</source>
        <translation>Station schließen</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>Change operator…</source>
        <translation>Bediener wechseln…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Spra&amp;che</translation>
    </message>
</context>
<context>
    <name>OperatorWindow</name>
    <message>
        <source>Provisioning Station — Operator</source>
        <translation>Provisioning Station — Bediener</translation>
    </message>
    <message>
        <source>▶ Provision ready slots (F5)</source>
        <translation>▶ Bereite Plätze starten (F5)</translation>
    </message>
    <message>
        <source>Auto-start when
a device appears</source>
        <translation>Automatisch starten,
wenn ein Gerät erscheint</translation>
    </message>
</context>
</TS>
