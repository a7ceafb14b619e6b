<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditEventsView</name>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} event</numerusform>
            <numerusform>{count} events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineMessage</name>
    <message numerus="yes">
        <source>%n results wait for the MES, kept in the journal. {cause}</source>
        <translation>
            <numerusform>%n result waits for the MES, kept in the journal. {cause}</numerusform>
            <numerusform>%n results wait for the MES, kept in the journal. {cause}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device ID {shown} has %n characters; a device ID has exactly 22 (16 bytes).</source>
        <translation>
            <numerusform>Device ID {shown} has %n character; a device ID has exactly 22 (16 bytes).</numerusform>
            <numerusform>Device ID {shown} has %n characters; a device ID has exactly 22 (16 bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>secret digest of %n bytes (expected 32)</source>
        <translation>
            <numerusform>secret digest of %n byte (expected 32)</numerusform>
            <numerusform>secret digest of %n bytes (expected 32)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hardware id of %n bytes (expected 4 to 64)</source>
        <translation>
            <numerusform>hardware id of %n byte (expected 4 to 64)</numerusform>
            <numerusform>hardware id of %n bytes (expected 4 to 64)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixture {name}: %n slots at {baud} baud, provisioning into {target} (realm {realm})</source>
        <translation>
            <numerusform>Fixture {name}: %n slot at {baud} baud, provisioning into {target} (realm {realm})</numerusform>
            <numerusform>Fixture {name}: %n slots at {baud} baud, provisioning into {target} (realm {realm})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the next %n months have theirs</source>
        <translation>
            <numerusform>the next %n month has its own</numerusform>
            <numerusform>the next %n months have theirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly partitions</source>
        <translation>
            <numerusform>%n monthly partition</numerusform>
            <numerusform>%n monthly partitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device IDs registered twice.</source>
        <translation>
            <numerusform>%n device ID registered twice.</numerusform>
            <numerusform>%n device IDs registered twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt rows of that month are removed</source>
        <translation>
            <numerusform>%n attempt row of that month is removed</numerusform>
            <numerusform>%n attempt rows of that month are removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stations.</source>
        <translation>
            <numerusform>%n station.</numerusform>
            <numerusform>%n stations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the slot map of %n slots to {path}.</source>
        <translation>
            <numerusform>Saved the slot map of %n slot to {path}.</numerusform>
            <numerusform>Saved the slot map of %n slots to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning %n slots of fixture {fixture}.</source>
        <translation>
            <numerusform>Learning %n slot of fixture {fixture}.</numerusform>
            <numerusform>Learning %n slots of fixture {fixture}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong {role} password. %n more tries before sign-in is locked.</source>
        <translation>
            <numerusform>Wrong {role} password. %n more try before sign-in is locked.</numerusform>
            <numerusform>Wrong {role} password. %n more tries before sign-in is locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Port binding {binding} matches %n ports ({devices}).</source>
        <translation>
            <numerusform>Port binding {binding} matches %n port ({devices}).</numerusform>
            <numerusform>Port binding {binding} matches %n ports ({devices}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <source>✓ Exported {count} attempt(s) to {file}</source>
        <translation>
            <numerusform>✓ Exported {count} attempt to {file}</numerusform>
            <numerusform>✓ Exported {count} attempts to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message numerus="yes">
        <source>{count} station(s), read at {time}</source>
        <translation>
            <numerusform>{count} station, read at {time}</numerusform>
            <numerusform>{count} stations, read at {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an offline lot open</source>
        <translation>
            <numerusform>%n with an offline lot open</numerusform>
            <numerusform>%n with an offline lot open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silent</source>
        <translation>
            <numerusform>%n silent</numerusform>
            <numerusform>%n silent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}. Reads again every %n s.</source>
        <translation>
            <numerusform>{summary}. Reads again every second.</numerusform>
            <numerusform>{summary}. Reads again every %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineMenu</name>
    <message numerus="yes">
        <source>%n to reprint</source>
        <translation>
            <numerusform>%n to reprint</numerusform>
            <numerusform>%n to reprint</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to scan</source>
        <translation>
            <numerusform>%n to scan</numerusform>
            <numerusform>%n to scan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesPage</name>
    <message numerus="yes">
        <source>%n result(s) wait for the MES, kept in the journal (read at %1).</source>
        <translation>
            <numerusform>%n result waits for the MES, kept in the journal (read at %1).</numerusform>
            <numerusform>%n results wait for the MES, kept in the journal (read at %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperatorWindow</name>
    <message numerus="yes">
        <source>Started %n slot(s).</source>
        <translation>
            <numerusform>Started %n slot.</numerusform>
            <numerusform>Started %n slots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAWindow</name>
    <message numerus="yes">
        <source>{count} attempt(s) match ({filter})</source>
        <translation>
            <numerusform>{count} attempt matches ({filter})</numerusform>
            <numerusform>{count} attempts match ({filter})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message numerus="yes">
        <source>ℹ {target} is the active target of fixture {fixtures}: saving a change restarts the operator screen on it as soon as no slot is working. The shift counters, each slot&apos;s last result and your sign-in are kept.</source>
        <translation>
            <numerusform>ℹ {target} is the active target of fixture {fixtures}: saving a change restarts the operator screen on it as soon as no slot is working. The shift counters, each slot&apos;s last result and your sign-in are kept.</numerusform>
            <numerusform>ℹ {target} is the active target of fixtures {fixtures}: saving a change restarts the operator screen on it as soon as no slot is working. The shift counters, each slot&apos;s last result and your sign-in are kept.</numerusform>
        </translation>
    </message>
</context>
</TS>
