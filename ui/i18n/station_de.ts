<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttemptDetailPane</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Hardware serial</source>
        <translation>Hardware-Seriennummer</translation>
    </message>
    <message>
        <source>Model / firmware / storage</source>
        <translation>Modell / Firmware / Speicher</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>Geräteprofil</translation>
    </message>
    <message>
        <source>Slot / station</source>
        <translation>Platz / Station</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Target / realm</source>
        <translation>Ziel / Realm</translation>
    </message>
    <message>
        <source>Pairing URL</source>
        <translation>Pairing-URL</translation>
    </message>
    <message>
        <source>Started → finished</source>
        <translation>Begonnen → beendet</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Action shown to the operator</source>
        <translation>Dem Bediener gezeigte Maßnahme</translation>
    </message>
    <message>
        <source>Secret fingerprint (SHA-256)</source>
        <translation>Fingerabdruck des Geheimnisses (SHA-256)</translation>
    </message>
    <message>
        <source>Write intents</source>
        <translation>Schreibabsichten</translation>
    </message>
    <message>
        <source>Link statistics</source>
        <translation>Verbindungsstatistik</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Device console (excerpt)</source>
        <translation>Gerätekonsole (Auszug)</translation>
    </message>
    <message>
        <source>Select an attempt to see its details.</source>
        <translation>Einen Versuch wählen, um seine Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>device not identified</source>
        <translation>Gerät nicht identifiziert</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>(not identified)</source>
        <translation>(nicht identifiziert)</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(nicht gelesen)</translation>
    </message>
    <message>
        <source>(no secret was written)</source>
        <translation>(kein Geheimnis geschrieben)</translation>
    </message>
    <message>
        <source>(no console output recorded)</source>
        <translation>(keine Konsolenausgabe aufgezeichnet)</translation>
    </message>
</context>
<context>
    <name>AuditEventsView</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Who (part of the name)</source>
        <translation>Wer (Teil des Namens)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} Ereignis</numerusform>
            <numerusform>{count} Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>made on this station for each device</source>
        <translation>auf dieser Station je Gerät erzeugt</translation>
    </message>
    <message>
        <source>fetched for each device</source>
        <translation>je Gerät abgerufen</translation>
    </message>
    <message>
        <source>issued token</source>
        <translation>ausgestelltes Token</translation>
    </message>
    <message>
        <source>ask a supervisor to set a new token (Roles → Targets and keys) before this one runs out.</source>
        <translation>einen Schichtleiter bitten, ein neues Token zu setzen (Rollen → Ziele und Schlüssel), bevor dieses abläuft.</translation>
    </message>
    <message>
        <source>ask a supervisor to check this target&apos;s token (Roles → Targets and keys); nothing can be provisioned until then.</source>
        <translation>einen Schichtleiter bitten, das Token dieses Ziels zu prüfen (Rollen → Ziele und Schlüssel); bis dahin kann nichts provisioniert werden.</translation>
    </message>
    <message>
        <source>call the supervisor: the central database does not answer, so no device can be registered now.</source>
        <translation>den Schichtleiter rufen: Die zentrale Datenbank antwortet nicht, daher kann jetzt kein Gerät registriert werden.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>expires in under a minute</source>
        <translation>läuft in unter einer Minute ab</translation>
    </message>
    <message>
        <source>expires in {minutes} min</source>
        <translation>läuft in {minutes} min ab</translation>
    </message>
    <message>
        <source>expires in {hours} h {minutes} min</source>
        <translation>läuft in {hours} h {minutes} min ab</translation>
    </message>
    <message>
        <source>Target: loading…</source>
        <translation>Ziel: wird geladen…</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Bediener: {name}</translation>
    </message>
    <message>
        <source>Target: {name}  ·  realm {realm}</source>
        <translation>Ziel: {name}  ·  Realm {realm}</translation>
    </message>
    <message>
        <source>Pairing URL: {url}</source>
        <translation>Pairing-URL: {url}</translation>
    </message>
    <message>
        <source>Target: not available</source>
        <translation>Ziel: nicht verfügbar</translation>
    </message>
    <message>
        <source>Token: {kind}</source>
        <translation>Token: {kind}</translation>
    </message>
    <message>
        <source>{token}, {time_left}</source>
        <translation>{token}, {time_left}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>✗ Token unusable: {reason} What to do: {action}</source>
        <translation>✗ Token unbrauchbar: {reason} Was tun: {action}</translation>
    </message>
    <message>
        <source>⚠ {token}. What to do: {action}</source>
        <translation>⚠ {token}. Was tun: {action}</translation>
    </message>
    <message>
        <source>Pairing answers ({detail}), but no token can be made for the target.</source>
        <translation>Pairing antwortet ({detail}), aber für das Ziel kann kein Token erzeugt werden.</translation>
    </message>
    <message>
        <source>✗ {fleet}. What to do: {action}</source>
        <translation>✗ {fleet}. Was tun: {action}</translation>
    </message>
</context>
<context>
    <name>ClosePrompt</name>
    <message>
        <source>Closing aborts them safely: each attempt is finished in the journal, and a device that was being written is checked the next time it is loaded. Close anyway?</source>
        <translation>Schließen bricht sie sicher ab: Jeder Versuch wird im Journal abgeschlossen, und ein Gerät, das gerade beschrieben wurde, wird beim nächsten Einlegen geprüft. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>1 slot is still provisioning.</source>
        <translation>1 Platz provisioniert noch.</translation>
    </message>
    <message>
        <source>{count} slots are still provisioning.</source>
        <translation>{count} Plätze provisionieren noch.</translation>
    </message>
    <message>
        <source>Every slot has finished. Close now?</source>
        <translation>Alle Plätze sind fertig. Jetzt schließen?</translation>
    </message>
    <message>
        <source>Slots are still working</source>
        <translation>Plätze arbeiten noch</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>Abort and close</source>
        <translation>Abbrechen und schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>{fields} is not valid (see the form)</source>
        <translation>{fields} ist ungültig (siehe Formular)</translation>
    </message>
    <message>
        <source>{fields} are not valid (see the form)</source>
        <translation>{fields} sind ungültig (siehe Formular)</translation>
    </message>
    <message>
        <source>Test connection (registers nothing)</source>
        <translation>Verbindung testen (registriert nichts)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>The form changed since the last test: test again.</source>
        <translation>Das Formular hat sich seit dem letzten Test geändert: erneut testen.</translation>
    </message>
    <message>
        <source>Test connection not run: {reason}</source>
        <translation>Verbindungstest nicht ausgeführt: {reason}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>The form changed during the test: test again.</source>
        <translation>Das Formular hat sich während des Tests geändert: erneut testen.</translation>
    </message>
    <message>
        <source>Test connection: the form changed during the test.</source>
        <translation>Verbindungstest: Das Formular hat sich während des Tests geändert.</translation>
    </message>
    <message>
        <source>Test connection: ran {ran} of {total} checks; the others need the settings marked in the form.</source>
        <translation>Verbindungstest: {ran} von {total} Prüfungen ausgeführt; die anderen brauchen die im Formular markierten Einstellungen.</translation>
    </message>
    <message>
        <source>Test connection: every check passed.</source>
        <translation>Verbindungstest: Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Test connection: see the failed checks and what to do.</source>
        <translation>Verbindungstest: siehe die fehlgeschlagenen Prüfungen und was zu tun ist.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Gut</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ Fehler</translation>
    </message>
    <message>
        <source>⚠ Scrap</source>
        <translation>⚠ Ausschuss</translation>
    </message>
    <message>
        <source>Units / active hour</source>
        <translation>Stück / aktive Std.</translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation>Erstausbeute</translation>
    </message>
    <message>
        <source>Passed units per hour over {minutes} min of active production (breaks of 10 minutes or more left out).</source>
        <translation>Bestandene Einheiten pro Stunde über {minutes} min aktiver Produktion (Pausen ab 10 Minuten nicht gezählt).</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Save the target first, then import its key or token.</source>
        <translation>Zuerst das Ziel speichern, dann seinen Schlüssel oder sein Token importieren.</translation>
    </message>
    <message>
        <source>Credentials (OS keyring; never shown)</source>
        <translation>Zugangsdaten (OS-Schlüsselbund; nie angezeigt)</translation>
    </message>
    <message>
        <source>Import realm key from file…</source>
        <translation>Realm-Schlüssel aus Datei importieren…</translation>
    </message>
    <message>
        <source>Paste issued token…</source>
        <translation>Ausgestelltes Token einfügen…</translation>
    </message>
    <message>
        <source>Issued token from file…</source>
        <translation>Ausgestelltes Token aus Datei…</translation>
    </message>
    <message>
        <source>Reading the keyring…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Save the target first, then import its key.</source>
        <translation>Zuerst das Ziel speichern, dann seinen Schlüssel importieren.</translation>
    </message>
    <message>
        <source>Imported the realm key of {target!r} into the OS keyring ({key!r}). {path} was only read; delete it if it was a transfer copy.</source>
        <translation>Realm-Schlüssel von {target!r} in den OS-Schlüsselbund importiert ({key!r}). {path} wurde nur gelesen; löschen, falls es eine Übertragungskopie war.</translation>
    </message>
    <message>
        <source>Importing the key</source>
        <translation>Schlüssel wird importiert</translation>
    </message>
    <message>
        <source>Save the target first, then set its token.</source>
        <translation>Zuerst das Ziel speichern, dann sein Token setzen.</translation>
    </message>
    <message>
        <source>Stored an issued token for {target!r} in the OS keyring.</source>
        <translation>Ausgestelltes Token für {target!r} im OS-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Storing the token</source>
        <translation>Token wird gespeichert</translation>
    </message>
    <message>
        <source>Realm private key (PEM)</source>
        <translation>Privater Realm-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Issued token file</source>
        <translation>Datei mit ausgestelltem Token</translation>
    </message>
</context>
<context>
    <name>DetailPopup</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>EngineMessage</name>
    <message>
        <source>Leave the device in the slot and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>Gerät im Platz lassen und erneut provisionieren: Die Station liest zuerst, was gespeichert wurde.</translation>
    </message>
    <message>
        <source>Set the device aside for a firmware check.</source>
        <translation>Gerät für eine Firmware-Prüfung beiseitelegen.</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again when ready.</source>
        <translation>Gerät in Platz {slot} erneut provisionieren, wenn bereit.</translation>
    </message>
    <message>
        <source>Stopped by the operator</source>
        <translation>Vom Bediener gestoppt</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again when ready: the station resumes at the cloud check without registering it again.</source>
        <translation>Gerät in Platz {slot} erneut provisionieren, wenn bereit: Die Station macht bei der Cloud-Prüfung weiter, ohne es erneut zu registrieren.</translation>
    </message>
    <message>
        <source>The station is shutting down.</source>
        <translation>Die Station wird beendet.</translation>
    </message>
    <message>
        <source>The station is shutting down</source>
        <translation>Die Station wird beendet</translation>
    </message>
    <message>
        <source>Stopped by the operator at &apos;{step}&apos;.</source>
        <translation>Vom Bediener gestoppt bei „{step}“.</translation>
    </message>
    <message>
        <source>Stopped by the operator at &apos;{step}&apos;. {reason}</source>
        <translation>Vom Bediener gestoppt bei „{step}“. {reason}</translation>
    </message>
    <message>
        <source>{reason} The write in progress was allowed to finish, then the station stopped. {held}</source>
        <translation>{reason} Das laufende Schreiben durfte zu Ende laufen, dann hielt die Station an. {held}</translation>
    </message>
    <message>
        <source>The device was read back: its storage holds the secret this attempt recorded (the digest matches the journal&apos;s intent).</source>
        <translation>Das Gerät wurde zurückgelesen: Sein Speicher enthält das Geheimnis, das dieser Versuch erfasst hat (der Hashwert passt zur Absicht im Journal).</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} is already provisioned and locked ({reason})</source>
        <translation>Gerät {device} in Platz {slot} ist bereits provisioniert und gesperrt ({reason})</translation>
    </message>
    <message>
        <source>Astarte no longer accepts the secret in the write-once storage of device {device} in slot {slot}; it can never hold a working one.</source>
        <translation>Astarte nimmt das Geheimnis im einmal beschreibbaren Speicher von Gerät {device} in Platz {slot} nicht mehr an; es kann nie ein gültiges aufnehmen.</translation>
    </message>
    <message>
        <source>Astarte rejected the secret just written to the write-once storage of device {device} in slot {slot} (it was registered again elsewhere meanwhile).</source>
        <translation>Astarte hat das eben in den einmal beschreibbaren Speicher von Gerät {device} in Platz {slot} geschriebene Geheimnis abgelehnt (es wurde inzwischen anderswo erneut registriert).</translation>
    </message>
    <message>
        <source>Provisioned.</source>
        <translation>Provisioniert.</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot}: {reason}</source>
        <translation>Gerät {device} in Platz {slot}: {reason}</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and put it in the SCRAP bin; it was not registered.</source>
        <translation>Gerät aus Platz {slot} nehmen und in den AUSSCHUSS-Behälter legen; es wurde nicht registriert.</translation>
    </message>
    <message>
        <source>Astarte rejected the secret just written to device {device} in slot {slot} (it was registered again elsewhere meanwhile).</source>
        <translation>Astarte hat das eben auf Gerät {device} in Platz {slot} geschriebene Geheimnis abgelehnt (es wurde inzwischen anderswo erneut registriert).</translation>
    </message>
    <message>
        <source>Astarte reports device {device} (slot {slot}) as already confirmed: its secret has been used to obtain a certificate.</source>
        <translation>Astarte meldet Gerät {device} (Platz {slot}) als bereits bestätigt: Sein Geheimnis wurde für ein Zertifikat benutzt.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for the supervisor (rework).</source>
        <translation>Gerät aus Platz {slot} für den Schichtleiter beiseitelegen (Nacharbeit).</translation>
    </message>
    <message>
        <source>Astarte reports device {device} (slot {slot}) as {status}.</source>
        <translation>Astarte meldet Gerät {device} (Platz {slot}) als {status}.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for the supervisor.</source>
        <translation>Gerät aus Platz {slot} für den Schichtleiter beiseitelegen.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for a firmware check.</source>
        <translation>Gerät aus Platz {slot} für eine Firmware-Prüfung beiseitelegen.</translation>
    </message>
    <message>
        <source>The device in slot {slot} changed its identity during the attempt: its {what} was {before}, now {after}.</source>
        <translation>Das Gerät in Platz {slot} hat während des Versuchs seine Identität geändert: {what} war {before}, jetzt {after}.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for a firmware check; if it was swapped during the attempt, provision the device in the slot again.</source>
        <translation>Gerät aus Platz {slot} für eine Firmware-Prüfung beiseitelegen; wurde es während des Versuchs getauscht, das Gerät im Platz erneut provisionieren.</translation>
    </message>
    <message>
        <source>The {command} to the device in slot {slot} may or may not have completed ({unknown}), and the device no longer answers ({last}).</source>
        <translation>Ob „{command}“ am Gerät in Platz {slot} ausgeführt wurde, ist unklar ({unknown}), und das Gerät antwortet nicht mehr ({last}).</translation>
    </message>
    <message>
        <source>After the write, the device in slot {slot} reports {state} storage with a digest that is not the secret just written.</source>
        <translation>Nach dem Schreiben meldet das Gerät in Platz {slot} Speicher im Zustand {state} mit einem Hashwert, der nicht zum eben geschriebenen Geheimnis passt.</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot} and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>Gerät in Platz {slot} lassen und erneut provisionieren: Die Station liest zuerst, was gespeichert wurde.</translation>
    </message>
    <message>
        <source>Reseat the device in slot {slot} and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>Gerät in Platz {slot} neu einsetzen und erneut provisionieren: Die Station liest zuerst, was gespeichert wurde.</translation>
    </message>
    <message>
        <source>The device in slot {slot} revealed a secret that does not match the digest it reports.</source>
        <translation>Das Gerät in Platz {slot} zeigte ein Geheimnis, das nicht zu seinem gemeldeten Hashwert passt.</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot} and provision it again: the station decides from what was stored.</source>
        <translation>Gerät in Platz {slot} lassen und erneut provisionieren: Die Station entscheidet nach dem, was gespeichert wurde.</translation>
    </message>
    <message>
        <source>The write to the device in slot {slot} was interrupted and its storage holds a secret other than the one just written.</source>
        <translation>Das Schreiben auf das Gerät in Platz {slot} wurde unterbrochen, und sein Speicher enthält ein anderes Geheimnis als das eben geschriebene.</translation>
    </message>
    <message>
        <source>The write to the device in slot {slot} was interrupted and its storage is now {state}.</source>
        <translation>Das Schreiben auf das Gerät in Platz {slot} wurde unterbrochen, und sein Speicher ist jetzt {state}.</translation>
    </message>
    <message>
        <source>Slot {slot}: the label of {unit} checks out.</source>
        <translation>Platz {slot}: Das Etikett von {unit} stimmt.</translation>
    </message>
    <message>
        <source>Slot {slot}: the label scanned is of another unit (device {scanned}), not of {unit} (device {device}).</source>
        <translation>Platz {slot}: Das gescannte Etikett gehört zu einem anderen Gerät (Gerät {scanned}), nicht zu {unit} (Gerät {device}).</translation>
    </message>
    <message>
        <source>The scanned label is of device {device}, which no slot here waits for (waiting: {waiting}).</source>
        <translation>Das gescannte Etikett gehört zu Gerät {device}, auf das hier kein Platz wartet (wartend: {waiting}).</translation>
    </message>
    <message>
        <source>Take that label off the unit it is on. Put each unit&apos;s own label on it (Line → Reprint label, slot N) and scan it again.</source>
        <translation>Dieses Etikett vom Gerät entfernen, auf dem es klebt. Jedem Gerät sein eigenes Etikett aufkleben (Linie → Etikett nachdrucken, Platz N) und erneut scannen.</translation>
    </message>
    <message>
        <source>Provisioned; its label checks out.</source>
        <translation>Provisioniert; sein Etikett stimmt.</translation>
    </message>
    <message>
        <source>{action} Slots {slots} wait for their labels: select the slot first (scan its SLOT: label or press its number), then scan its unit&apos;s label.</source>
        <translation>{action} Die Plätze {slots} warten auf ihre Etiketten: zuerst den Platz wählen (sein SLOT:-Etikett scannen oder seine Nummer drücken), dann das Etikett seines Geräts scannen.</translation>
    </message>
    <message>
        <source>Slot {slot}: the new label of {unit} checks out. The journal keeps the attempt&apos;s FAIL and this check after it.</source>
        <translation>Platz {slot}: Das neue Etikett von {unit} stimmt. Das Journal behält den FEHLER des Versuchs und danach diese Prüfung.</translation>
    </message>
    <message>
        <source>Relabel: reprint with Line → Reprint label, slot {slot}, then scan it.</source>
        <translation>Neu etikettieren: mit Linie → Etikett nachdrucken, Platz {slot} nachdrucken, dann scannen.</translation>
    </message>
    <message>
        <source>Scan the label on {unit} in slot {slot}.</source>
        <translation>Etikett auf {unit} in Platz {slot} scannen.</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} was provisioned, but it was stopped before its label was scanned back ({reason}).</source>
        <translation>Platz {slot}: {unit} wurde provisioniert, aber gestoppt, bevor sein Etikett zurückgescannt wurde ({reason}).</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} was provisioned, but its label was not scanned back within {timeout_s} s, so it is not checked.</source>
        <translation>Platz {slot}: {unit} wurde provisioniert, aber sein Etikett wurde nicht innerhalb von {timeout_s} s zurückgescannt und ist daher nicht geprüft.</translation>
    </message>
    <message>
        <source>Slot {slot}: the label scanned for {unit} does not read. {reason}</source>
        <translation>Platz {slot}: Das für {unit} gescannte Etikett ist nicht lesbar. {reason}</translation>
    </message>
    <message>
        <source>Provisioned; waiting for its label to be scanned back.</source>
        <translation>Provisioniert; wartet auf das Zurückscannen seines Etiketts.</translation>
    </message>
    <message>
        <source>The device holds a record for this device and realm that the journal does not know; checking whether Astarte accepts it.</source>
        <translation>Das Gerät enthält einen Datensatz für dieses Gerät und diesen Realm, den das Journal nicht kennt; es wird geprüft, ob Astarte ihn annimmt.</translation>
    </message>
    <message>
        <source>Storage is empty.</source>
        <translation>Der Speicher ist leer.</translation>
    </message>
    <message>
        <source>An earlier attempt registered this device but nothing reached its storage; registering again (only the newest secret counts while the device is pending).</source>
        <translation>Ein früherer Versuch hat dieses Gerät registriert, aber nichts kam in seinem Speicher an; es wird erneut registriert (solange das Gerät aussteht, gilt nur das neueste Geheimnis).</translation>
    </message>
    <message>
        <source>The device is locked with credentials this station did not record for it.</source>
        <translation>Das Gerät ist mit Zugangsdaten gesperrt, die diese Station nicht für es erfasst hat.</translation>
    </message>
    <message>
        <source>the device is locked with credentials this station did not record for it.</source>
        <translation>das Gerät ist mit Zugangsdaten gesperrt, die diese Station nicht für es erfasst hat.</translation>
    </message>
    <message>
        <source>The device passed here before and is locked.</source>
        <translation>Das Gerät hat hier schon bestanden und ist gesperrt.</translation>
    </message>
    <message>
        <source>the device passed here before and is locked.</source>
        <translation>das Gerät hat hier schon bestanden und ist gesperrt.</translation>
    </message>
    <message>
        <source>An interrupted attempt wrote, verified and locked this device; the stored digest matches the journal&apos;s intent.</source>
        <translation>Ein unterbrochener Versuch hat dieses Gerät beschrieben, geprüft und gesperrt; der gespeicherte Hashwert passt zur Absicht im Journal.</translation>
    </message>
    <message>
        <source>The device holds the secret this station recorded last; resuming at the cloud check.</source>
        <translation>Das Gerät enthält das Geheimnis, das diese Station zuletzt erfasst hat; weiter bei der Cloud-Prüfung.</translation>
    </message>
    <message>
        <source>Rewritable storage holds a record that is not this station&apos;s latest; registering again and rewriting it.</source>
        <translation>Der wiederbeschreibbare Speicher enthält einen Datensatz, der nicht der neueste dieser Station ist; es wird erneut registriert und überschrieben.</translation>
    </message>
    <message>
        <source>Rewritable storage holds a partial record; registering again and rewriting it.</source>
        <translation>Der wiederbeschreibbare Speicher enthält einen unvollständigen Datensatz; es wird erneut registriert und überschrieben.</translation>
    </message>
    <message>
        <source>Write-once storage holds a record that is not this station&apos;s latest secret for this device and realm; it can never hold a working one.</source>
        <translation>Der einmal beschreibbare Speicher enthält einen Datensatz, der nicht das neueste Geheimnis dieser Station für dieses Gerät und diesen Realm ist; er kann nie ein gültiges aufnehmen.</translation>
    </message>
    <message>
        <source>Write-once storage holds a partial record (power was lost while programming).</source>
        <translation>Der einmal beschreibbare Speicher enthält einen unvollständigen Datensatz (Stromausfall beim Programmieren).</translation>
    </message>
    <message>
        <source>{cause} This line&apos;s MES is advisory: the unit goes on and its result is queued for the MES.</source>
        <translation>{cause} Das MES dieser Linie ist nur beratend: Das Gerät geht weiter, und sein Ergebnis wartet auf die Übermittlung an das MES.</translation>
    </message>
    <message>
        <source>The MES allows this unit here.</source>
        <translation>Das MES lässt dieses Gerät hier zu.</translation>
    </message>
    <message>
        <source>The MES holds this unit: {reason}</source>
        <translation>Das MES hält dieses Gerät zurück: {reason}</translation>
    </message>
    <message>
        <source>{url} is not an MES facade URL.</source>
        <translation>{url} ist keine URL einer MES-Fassade.</translation>
    </message>
    <message>
        <source>Write it as https://&lt;mes-host&gt;/&lt;path&gt;, the base the plant&apos;s facade serves /route/check and /route/result under.</source>
        <translation>Als https://&lt;mes-host&gt;/&lt;path&gt; schreiben: die Basis, unter der die Fassade des Werks /route/check und /route/result anbietet.</translation>
    </message>
    <message numerus="yes">
        <source>%n results wait for the MES, kept in the journal. {cause}</source>
        <translation>
            <numerusform>%n Ergebnis wartet auf das MES und ist im Journal gesichert. {cause}</numerusform>
            <numerusform>%n Ergebnisse warten auf das MES und sind im Journal gesichert. {cause}</numerusform>
        </translation>
    </message>
    <message>
        <source>Device ID {shown} contains characters outside base64url: {bad}.</source>
        <translation>Geräte-ID {shown} enthält Zeichen außerhalb von base64url: {bad}.</translation>
    </message>
    <message>
        <source>Device ID {shown} contains characters outside base64url: {bad} (&apos;+&apos; and &apos;/&apos; are standard base64, not base64url).</source>
        <translation>Geräte-ID {shown} enthält Zeichen außerhalb von base64url: {bad} (&apos;+&apos; und &apos;/&apos; sind Standard-Base64, nicht base64url).</translation>
    </message>
    <message>
        <source>Use the canonical form: 22 characters of base64url (A-Z a-z 0-9 - _) without &apos;=&apos; padding, as `station` and astartectl print it.</source>
        <translation>Die kanonische Form verwenden: 22 Zeichen base64url (A-Z a-z 0-9 - _) ohne &apos;=&apos;-Auffüllung, wie `station` und astartectl sie ausgeben.</translation>
    </message>
    <message>
        <source>The device ID is empty.</source>
        <translation>Die Geräte-ID ist leer.</translation>
    </message>
    <message>
        <source>Device ID {shown} has {n} characters. Pairing would register it under its first 16 bytes only, the same device as {same}, so the longer form aliases another id.</source>
        <translation>Geräte-ID {shown} hat {n} Zeichen. Pairing würde sie nur unter ihren ersten 16 Byte registrieren, als dasselbe Gerät wie {same}; die längere Form ist also ein zweiter Name einer anderen ID.</translation>
    </message>
    <message>
        <source>Device ID {shown} is not canonical: its last character carries bits beyond the 16 bytes, which Pairing ignores, so it is the same device as {same}.</source>
        <translation>Geräte-ID {shown} ist nicht kanonisch: ihr letztes Zeichen trägt Bits jenseits der 16 Byte, die Pairing ignoriert; sie ist also dasselbe Gerät wie {same}.</translation>
    </message>
    <message>
        <source>A device ID must be text, not {kind}.</source>
        <translation>Eine Geräte-ID muss Text sein, nicht {kind}.</translation>
    </message>
    <message>
        <source>{value} is not a UUID.</source>
        <translation>{value} ist keine UUID.</translation>
    </message>
    <message>
        <source>Device ID {shown} has &apos;=&apos; padding. Pairing would accept it as the same device as {core}, so the padded spelling would create a second name for one device.</source>
        <translation>Geräte-ID {shown} hat &apos;=&apos;-Auffüllung. Pairing würde sie als dasselbe Gerät wie {core} annehmen, die aufgefüllte Schreibweise gäbe einem Gerät also einen zweiten Namen.</translation>
    </message>
    <message>
        <source>Use {device}.</source>
        <translation>{device} verwenden.</translation>
    </message>
    <message>
        <source>Give a UUID such as d93067fa-3344-4aeb-876a-6136668d5a9c.</source>
        <translation>Eine UUID angeben, etwa d93067fa-3344-4aeb-876a-6136668d5a9c.</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} is not in its serial bootloader ({detail}).</source>
        <translation>Der ESP32 in Platz {slot} ist nicht in seinem seriellen Bootloader ({detail}).</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot}, hold BOOT (GPIO0 low) while the station resets the board, or check the jig&apos;s GPIO0 strap and the DTR/RTS wiring; then start again.</source>
        <translation>Gerät in Platz {slot} neu einsetzen, BOOT gedrückt halten (GPIO0 low), während die Station die Platine zurücksetzt, oder GPIO0-Brücke und DTR/RTS-Verdrahtung der Vorrichtung prüfen; dann erneut starten.</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot}, check the jig&apos;s GPIO0 strap and the board&apos;s power; then start again.</source>
        <translation>Gerät in Platz {slot} neu einsetzen, GPIO0-Brücke der Vorrichtung und Stromversorgung der Platine prüfen; dann erneut starten.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside and tell the line&apos;s engineer which chip it carries.</source>
        <translation>Gerät aus Platz {slot} beiseitelegen und dem Linieningenieur sagen, welchen Chip es trägt.</translation>
    </message>
    <message>
        <source>The chip in slot {slot} is not one esptool knows ({detail}).</source>
        <translation>Der Chip in Platz {slot} ist keiner, den esptool kennt ({detail}).</translation>
    </message>
    <message>
        <source>The chip in slot {slot} is an {chip}; the Astarte ESP32 SDK&apos;s hardware-ID rule is matched for {known} only.</source>
        <translation>Der Chip in Platz {slot} ist ein {chip}; die Hardware-ID-Regel des Astarte-ESP32-SDK gilt nur für {known}.</translation>
    </message>
    <message>
        <source>reading the chip</source>
        <translation>das Lesen des Chips</translation>
    </message>
    <message>
        <source>reading the NVS partition</source>
        <translation>das Lesen der NVS-Partition</translation>
    </message>
    <message>
        <source>reading the partition table</source>
        <translation>das Lesen der Partitionstabelle</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>das erneute Verbinden</translation>
    </message>
    <message>
        <source>resetting into the application</source>
        <translation>den Neustart in die Anwendung</translation>
    </message>
    <message>
        <source>Flash encryption is enabled on the ESP32 in slot {slot}: a plaintext write would garble the encrypted flash and a read-back returns ciphertext.</source>
        <translation>Auf dem ESP32 in Platz {slot} ist die Flash-Verschlüsselung aktiv: Ein Klartext-Schreiben würde den verschlüsselten Flash verstümmeln, und ein Zurücklesen liefert Chiffretext.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside; provision units before flash encryption is enabled, or use NVS encryption keys outside the station (docs/esp32.md).</source>
        <translation>Gerät aus Platz {slot} beiseitelegen; Geräte vor dem Aktivieren der Flash-Verschlüsselung provisionieren oder NVS-Verschlüsselungsschlüssel außerhalb der Station verwenden (docs/esp32.md).</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside for QA.</source>
        <translation>Gerät aus Platz {slot} für die QS beiseitelegen.</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} disappeared ({detail}).</source>
        <translation>Der ESP32 in Platz {slot} ist verschwunden ({detail}).</translation>
    </message>
    <message>
        <source>Reseat the unit and its cable in slot {slot}, then start again.</source>
        <translation>Gerät und Kabel in Platz {slot} neu einstecken, dann erneut starten.</translation>
    </message>
    <message>
        <source>The serial line to the ESP32 in slot {slot} failed ({detail}).</source>
        <translation>Die serielle Leitung zum ESP32 in Platz {slot} ist ausgefallen ({detail}).</translation>
    </message>
    <message>
        <source>The flash of the ESP32 in slot {slot} does not hold what was written (its MD5 differs).</source>
        <translation>Der Flash des ESP32 in Platz {slot} enthält nicht, was geschrieben wurde (seine MD5 weicht ab).</translation>
    </message>
    <message>
        <source>The station reads the partition back and decides; if it happens again, set the unit from slot {slot} aside (flash or power fault).</source>
        <translation>Die Station liest die Partition zurück und entscheidet; passiert es wieder, Gerät aus Platz {slot} beiseitelegen (Flash- oder Stromfehler).</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} has no NVS partition labelled {label} (its partitions: {labels}).</source>
        <translation>Der ESP32 in Platz {slot} hat keine NVS-Partition mit der Bezeichnung {label} (seine Partitionen: {labels}).</translation>
    </message>
    <message>
        <source>Set nvs_partition to the label the firmware passes to astarte_credentials_use_nvs_storage(), or flash firmware with that partition (docs/esp32.md).</source>
        <translation>nvs_partition auf die Bezeichnung setzen, die die Firmware an astarte_credentials_use_nvs_storage() übergibt, oder Firmware mit dieser Partition flashen (docs/esp32.md).</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} has no partition table at {offset}: its firmware has not been flashed, or the table sits elsewhere.</source>
        <translation>Der ESP32 in Platz {slot} hat keine Partitionstabelle bei {offset}: Seine Firmware wurde nicht geflasht, oder die Tabelle liegt anderswo.</translation>
    </message>
    <message>
        <source>Flash the production firmware (bootloader, partition table, application) first, or set partition_table_offset to CONFIG_PARTITION_TABLE_OFFSET.</source>
        <translation>Zuerst die Produktions-Firmware flashen (Bootloader, Partitionstabelle, Anwendung) oder partition_table_offset auf CONFIG_PARTITION_TABLE_OFFSET setzen.</translation>
    </message>
    <message>
        <source>The NVS partition {label} of the ESP32 in slot {slot} cannot be rewritten without losing data: {detail}.</source>
        <translation>Die NVS-Partition {label} des ESP32 in Platz {slot} lässt sich nicht ohne Datenverlust neu schreiben: {detail}.</translation>
    </message>
    <message>
        <source>Nothing was written. Give Astarte its own NVS partition (docs/esp32.md, &apos;Partition layout&apos;) or erase this one on a rework bench, then provision again.</source>
        <translation>Es wurde nichts geschrieben. Astarte eine eigene NVS-Partition geben (docs/esp32.md, &apos;Partition layout&apos;) oder diese an einem Nacharbeitsplatz löschen, dann erneut provisionieren.</translation>
    </message>
    <message>
        <source>The NVS partition {label} in slot {slot} is marked encrypted.</source>
        <translation>Die NVS-Partition {label} in Platz {slot} ist als verschlüsselt markiert.</translation>
    </message>
    <message>
        <source>Provision this line with NVS encryption keys outside the station; the station writes plaintext NVS only (docs/esp32.md).</source>
        <translation>Diese Linie mit NVS-Verschlüsselungsschlüsseln außerhalb der Station provisionieren; die Station schreibt nur Klartext-NVS (docs/esp32.md).</translation>
    </message>
    <message>
        <source>The NVS partition {label} of the ESP32 in slot {slot} is {size} bytes; NVS needs at least 0x3000 in whole 4 KiB pages.</source>
        <translation>Die NVS-Partition {label} des ESP32 in Platz {slot} hat {size} Byte; NVS braucht mindestens 0x3000 in ganzen 4-KiB-Seiten.</translation>
    </message>
    <message>
        <source>Flash firmware whose partition table gives NVS at least 0x3000 bytes (the SDK examples use 0x6000).</source>
        <translation>Firmware flashen, deren Partitionstabelle NVS mindestens 0x3000 Byte gibt (die SDK-Beispiele nehmen 0x6000).</translation>
    </message>
    <message>
        <source>The port of slot {slot} ({port}) is held by another program.</source>
        <translation>Der Anschluss von Platz {slot} ({port}) ist von einem anderen Programm belegt.</translation>
    </message>
    <message>
        <source>Close the other program (a serial monitor?) and start again.</source>
        <translation>Das andere Programm schließen (ein serieller Monitor?) und erneut starten.</translation>
    </message>
    <message>
        <source>The port of slot {slot} ({port}) could not be opened: {detail}</source>
        <translation>Der Anschluss von Platz {slot} ({port}) ließ sich nicht öffnen: {detail}</translation>
    </message>
    <message>
        <source>Close any other program using it (a serial monitor?) and start again.</source>
        <translation>Jedes andere Programm schließen, das ihn benutzt (ein serieller Monitor?), und erneut starten.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside for reflashing its firmware.</source>
        <translation>Gerät aus Platz {slot} zum Neuflashen der Firmware beiseitelegen.</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot} and start again.</source>
        <translation>Gerät in Platz {slot} neu einsetzen und erneut starten.</translation>
    </message>
    <message>
        <source>The NVS partition of the ESP32 in slot {slot} holds {count} credentials secrets; exactly one was expected.</source>
        <translation>Die NVS-Partition des ESP32 in Platz {slot} enthält {count} Geheimnisse; erwartet war genau eines.</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} is in secure download mode: its bootloader refuses flash reads and MD5 checks, so the station cannot verify a write.</source>
        <translation>Der ESP32 in Platz {slot} ist im Secure-Download-Modus: Sein Bootloader verweigert Flash-Lesen und MD5-Prüfungen, daher kann die Station kein Schreiben prüfen.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside: units for this line must be provisioned before secure download mode is enabled (docs/esp32.md).</source>
        <translation>Gerät aus Platz {slot} beiseitelegen: Geräte dieser Linie müssen provisioniert werden, bevor der Secure-Download-Modus aktiviert wird (docs/esp32.md).</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} stopped answering while {doing} ({detail}).</source>
        <translation>Der ESP32 in Platz {slot} antwortete während {doing} nicht mehr ({detail}).</translation>
    </message>
    <message>
        <source>The partition table of the ESP32 in slot {slot} at {offset} is corrupt ({detail}).</source>
        <translation>Die Partitionstabelle des ESP32 in Platz {slot} bei {offset} ist beschädigt ({detail}).</translation>
    </message>
    <message>
        <source>The NVS write to the ESP32 in slot {slot} was cut off ({detail}): part of the partition may be written.</source>
        <translation>Das NVS-Schreiben auf den ESP32 in Platz {slot} wurde abgebrochen ({detail}): Ein Teil der Partition ist vielleicht geschrieben.</translation>
    </message>
    <message>
        <source>Keep the unit in its slot: the station reads the partition back and decides from what is there. If the unit was unplugged, reseat it and provision it again.</source>
        <translation>Gerät im Platz lassen: Die Station liest die Partition zurück und entscheidet nach dem Inhalt. Wurde das Gerät abgesteckt, neu einsetzen und erneut provisionieren.</translation>
    </message>
    <message numerus="yes">
        <source>secret digest of %n bytes (expected 32)</source>
        <translation>
            <numerusform>Geheimnis-Digest mit %n Byte (erwartet 32)</numerusform>
            <numerusform>Geheimnis-Digest mit %n Byte (erwartet 32)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hardware id of %n bytes (expected 4 to 64)</source>
        <translation>
            <numerusform>Hardware-ID mit %n Byte (erwartet 4 bis 64)</numerusform>
            <numerusform>Hardware-ID mit %n Byte (erwartet 4 bis 64)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet: backlog {backlog}</source>
        <translation>Flotte: Rückstand {backlog}</translation>
    </message>
    <message>
        <source>{headline} · new registrations blocked</source>
        <translation>{headline} · neue Registrierungen gesperrt</translation>
    </message>
    <message>
        <source>Fleet: connecting…</source>
        <translation>Flotte: verbindet…</translation>
    </message>
    <message>
        <source>Fleet: shipping stopped, backlog {backlog}</source>
        <translation>Flotte: Übertragung gestoppt, Rückstand {backlog}</translation>
    </message>
    <message>
        <source>Fleet: live</source>
        <translation>Flotte: live</translation>
    </message>
    <message>
        <source>Fleet: offline, backlog {backlog}</source>
        <translation>Flotte: offline, Rückstand {backlog}</translation>
    </message>
    <message>
        <source>{headline} · offline lot {lot}</source>
        <translation>{headline} · Offline-Los {lot}</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Realm &apos;{realm}&apos; exists and accepts this target&apos;s token for registering devices (the test registered nothing).</source>
        <translation>Realm &apos;{realm}&apos; existiert und nimmt das Token dieses Ziels zum Registrieren von Geräten an (der Test hat nichts registriert).</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>{kind}: {detail}.</source>
        <translation>{kind}: {detail}.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Pairing at {url} reports healthy.</source>
        <translation>Pairing unter {url} meldet sich betriebsbereit.</translation>
    </message>
    <message>
        <source>Pairing at {url} answers but reports itself unhealthy (503).</source>
        <translation>Pairing unter {url} antwortet, meldet sich aber als gestört (503).</translation>
    </message>
    <message>
        <source>Astarte is starting or one of its services is down; try again in a minute and tell the Astarte operator if it persists.</source>
        <translation>Astarte startet oder einer seiner Dienste ist ausgefallen; in einer Minute erneut versuchen und, wenn es bleibt, den Astarte-Betreiber informieren.</translation>
    </message>
    <message>
        <source>Issued token</source>
        <translation>Ausgestelltes Token</translation>
    </message>
    <message>
        <source>Realm key</source>
        <translation>Realm-Schlüssel</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Token-Befehl</translation>
    </message>
    <message>
        <source>Not run: {why}</source>
        <translation>Nicht ausgeführt: {why}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Astarte Pairing version {version}.</source>
        <translation>Astarte-Pairing-Version {version}.</translation>
    </message>
    <message>
        <source>there is no usable token (see Credentials)</source>
        <translation>es gibt kein brauchbares Token (siehe Zugangsdaten)</translation>
    </message>
    <message>
        <source>the connection settings are wrong (see Health)</source>
        <translation>die Verbindungseinstellungen sind falsch (siehe Zustand)</translation>
    </message>
    <message>
        <source>Pairing could not be reached (see Health)</source>
        <translation>Pairing war nicht erreichbar (siehe Zustand)</translation>
    </message>
    <message>
        <source>allows registering</source>
        <translation>erlaubt das Registrieren</translation>
    </message>
    <message>
        <source>allows registering and unregistering (rework)</source>
        <translation>erlaubt das Registrieren und Abmelden (Nacharbeit)</translation>
    </message>
    <message>
        <source>does NOT allow registering</source>
        <translation>erlaubt das Registrieren NICHT</translation>
    </message>
    <message>
        <source>does NOT allow registering and unregistering (rework)</source>
        <translation>erlaubt das Registrieren NICHT, aber das Abmelden (Nacharbeit)</translation>
    </message>
    <message>
        <source>Runs {program} for each token; nothing is stored here.</source>
        <translation>Führt {program} für jedes Token aus; hier wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Issued {algorithm} token EXPIRED at {when}; paste or import a new one.</source>
        <translation>Ausgestelltes {algorithm}-Token ist am {when} ABGELAUFEN; ein neues einfügen oder importieren.</translation>
    </message>
    <message>
        <source>Issued {algorithm} token, expires {when} (in {left}), {allows}.</source>
        <translation>Ausgestelltes {algorithm}-Token, läuft am {when} ab (in {left}), {allows}.</translation>
    </message>
    <message>
        <source>Issued {algorithm} token, never expires, {allows}.</source>
        <translation>Ausgestelltes {algorithm}-Token, läuft nie ab, {allows}.</translation>
    </message>
    <message>
        <source>{key} realm key in the OS keyring; each call gets its own token valid {ttl} s.</source>
        <translation>{key}-Realm-Schlüssel im Schlüsselbund des Systems; jeder Aufruf erhält ein eigenes Token, gültig {ttl} s.</translation>
    </message>
    <message>
        <source>backlog {backlog}</source>
        <translation>Rückstand {backlog}</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>no heartbeat yet</source>
        <translation>noch kein Lebenszeichen</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>shipper failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <source>shipper stopped</source>
        <translation>Übertragung gestoppt</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>An override of {minutes} minutes is out of range; nothing was changed.</source>
        <translation>Eine Übersteuerung von {minutes} Minuten liegt außerhalb des Bereichs; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Target &apos;{target}&apos; does not ask the MES (it has no mes_recipe); nothing was changed.</source>
        <translation>Ziel „{target}“ fragt das MES nicht (es hat kein mes_recipe); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Only a target with an MES recipe and offline policy block needs an override.</source>
        <translation>Nur ein Ziel mit MES-Rezept und der Offline-Regel „block“ braucht eine Übersteuerung.</translation>
    </message>
    <message>
        <source>Write why, e.g. the MES ticket number.</source>
        <translation>Den Grund angeben, z. B. die MES-Ticketnummer.</translation>
    </message>
    <message>
        <source>The station hit an internal error at &apos;{step}&apos; in slot {slot}; the device was left as it was at that step.</source>
        <translation>Die Station hatte bei „{step}“ in Platz {slot} einen internen Fehler; das Gerät blieb, wie es bei diesem Schritt war.</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again; if it repeats, report it to the station&apos;s maintainers with the log.</source>
        <translation>Gerät in Platz {slot} erneut provisionieren; wiederholt es sich, den Betreuern der Station mit dem Protokoll melden.</translation>
    </message>
    <message>
        <source>Slot {slot} hit an internal error and may show a stale state.</source>
        <translation>Platz {slot} hatte einen internen Fehler und zeigt vielleicht einen veralteten Zustand.</translation>
    </message>
    <message>
        <source>Restart the station; report the log to its maintainers.</source>
        <translation>Station neu starten; das Protokoll an ihre Betreuer melden.</translation>
    </message>
    <message>
        <source>The station stopped {where}, after recording the intent to write credentials.</source>
        <translation>Die Station hielt {where} an, nachdem sie die Absicht erfasst hatte, Zugangsdaten zu schreiben.</translation>
    </message>
    <message>
        <source>Provision the device from slot {slot} again (in any slot): the station checks what reached its storage and resumes or registers again as needed.</source>
        <translation>Gerät aus Platz {slot} erneut provisionieren (in einem beliebigen Platz): Die Station prüft, was in seinem Speicher ankam, und setzt fort oder registriert bei Bedarf erneut.</translation>
    </message>
    <message>
        <source>after &apos;{step}&apos; (or a later step)</source>
        <translation>nach „{step}“ (oder einem späteren Schritt)</translation>
    </message>
    <message>
        <source>before its first journaled step</source>
        <translation>vor seinem ersten erfassten Schritt</translation>
    </message>
    <message>
        <source>The station stopped {where}; nothing was written to the device.</source>
        <translation>Die Station hielt {where} an; auf das Gerät wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The label for slot {slot} cannot be printed: {detail}.</source>
        <translation>Das Etikett für Platz {slot} kann nicht gedruckt werden: {detail}.</translation>
    </message>
    <message>
        <source>Label the unit by hand from the journal entry, and tell the supervisor.</source>
        <translation>Das Gerät anhand des Journaleintrags von Hand etikettieren und den Schichtleiter informieren.</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} passed and is in the journal, but its label did not print. {reason}</source>
        <translation>Platz {slot}: {unit} hat bestanden und steht im Journal, aber sein Etikett wurde nicht gedruckt. {reason}</translation>
    </message>
    <message>
        <source>{action} Then reprint it: Line → Reprint label, slot {slot}.</source>
        <translation>{action} Dann nachdrucken: Linie → Etikett nachdrucken, Platz {slot}.</translation>
    </message>
    <message>
        <source>The label of {unit} (slot {slot}) was printed again.</source>
        <translation>Das Etikett von {unit} (Platz {slot}) wurde erneut gedruckt.</translation>
    </message>
    <message>
        <source>The scanned code&apos;s check character does not match: it was read wrong.</source>
        <translation>Das Prüfzeichen des gescannten Codes passt nicht: Er wurde falsch gelesen.</translation>
    </message>
    <message>
        <source>Scan the label again; if it fails again, reprint the label.</source>
        <translation>Etikett erneut scannen; scheitert es wieder, das Etikett nachdrucken.</translation>
    </message>
    <message>
        <source>The scanned code is not a device label&apos;s code.</source>
        <translation>Der gescannte Code ist nicht der Code eines Geräteetiketts.</translation>
    </message>
    <message>
        <source>Scan the QR or DataMatrix code on the unit&apos;s label, not its serial barcode.</source>
        <translation>Den QR- oder DataMatrix-Code auf dem Etikett des Geräts scannen, nicht seinen Seriennummern-Barcode.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again.</source>
        <translation>Etikett des Geräts in Platz {slot} erneut scannen.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again. If it repeats, set the scanner to a plain keyboard (US) layout with no prefix or suffix codes.</source>
        <translation>Etikett des Geräts in Platz {slot} erneut scannen. Wiederholt es sich, den Scanner auf ein einfaches Tastaturlayout (US) ohne Präfix- oder Suffixcodes stellen.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} holds a control character ({code}); a unit&apos;s serial is printable ASCII.</source>
        <translation>Der Scan für Platz {slot} enthält ein Steuerzeichen ({code}); die Seriennummer eines Geräts besteht aus druckbarem ASCII.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} was empty.</source>
        <translation>Der Scan für Platz {slot} war leer.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} holds a non-ASCII character ({code}); a unit&apos;s serial is printable ASCII.</source>
        <translation>Der Scan für Platz {slot} enthält ein Nicht-ASCII-Zeichen ({code}); die Seriennummer eines Geräts besteht aus druckbarem ASCII.</translation>
    </message>
    <message>
        <source>Slot {slot} is not waiting for a label scan; serial {serial} was not used.</source>
        <translation>Platz {slot} wartet auf keinen Etikett-Scan; Seriennummer {serial} wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>Start the slot first; scan the unit&apos;s label when its tile asks for it.</source>
        <translation>Zuerst den Platz starten; das Etikett des Geräts scannen, wenn seine Kachel danach fragt.</translation>
    </message>
    <message>
        <source>Serial {serial} is already the identity of the unit in slot {other}; slot {slot} cannot take it too.</source>
        <translation>Seriennummer {serial} ist schon die Identität des Geräts in Platz {other}; Platz {slot} kann sie nicht auch übernehmen.</translation>
    </message>
    <message>
        <source>Check which unit carries this label. Scan the label of the unit in slot {slot}, not the one in slot {other}.</source>
        <translation>Prüfen, welches Gerät dieses Etikett trägt. Das Etikett des Geräts in Platz {slot} scannen, nicht das in Platz {other}.</translation>
    </message>
    <message>
        <source>No label was scanned for slot {slot} within {timeout_s} s; the unit was not registered.</source>
        <translation>Für Platz {slot} wurde innerhalb von {timeout_s} s kein Etikett gescannt; das Gerät wurde nicht registriert.</translation>
    </message>
    <message>
        <source>Press Start on slot {slot} again and scan the unit&apos;s label when its tile asks for it.</source>
        <translation>Start an Platz {slot} erneut drücken und das Etikett des Geräts scannen, wenn seine Kachel danach fragt.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} is {length} characters long; a unit&apos;s serial has at most {most}.</source>
        <translation>Der Scan für Platz {slot} ist {length} Zeichen lang; die Seriennummer eines Geräts hat höchstens {most}.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again. If it was the right label, the scanner may have read two codes at once: cover the other code.</source>
        <translation>Etikett des Geräts in Platz {slot} erneut scannen. War es das richtige Etikett, hat der Scanner vielleicht zwei Codes auf einmal gelesen: den anderen Code abdecken.</translation>
    </message>
    <message>
        <source>Waiting for the unit&apos;s label to be scanned.</source>
        <translation>Wartet auf den Scan des Geräteetiketts.</translation>
    </message>
    <message>
        <source>the port closed while reading</source>
        <translation>der Anschluss wurde beim Lesen geschlossen</translation>
    </message>
    <message>
        <source>the port closed while writing</source>
        <translation>der Anschluss wurde beim Schreiben geschlossen</translation>
    </message>
    <message>
        <source>The device in {place} disconnected: {detail}.</source>
        <translation>Das Gerät in {place} wurde getrennt: {detail}.</translation>
    </message>
    <message>
        <source>Reseat the device in {place}, check its USB cable, then start it again.</source>
        <translation>Gerät in {place} neu einsetzen, USB-Kabel prüfen, dann erneut starten.</translation>
    </message>
    <message>
        <source>The device in {place} ({port}) disconnected: {detail}.</source>
        <translation>Das Gerät in {place} ({port}) wurde getrennt: {detail}.</translation>
    </message>
    <message>
        <source>The answer to {what} from the device in {place} arrived garbled ({detail}).</source>
        <translation>Die Antwort auf {what} vom Gerät in {place} kam verstümmelt an ({detail}).</translation>
    </message>
    <message>
        <source>Reseat the device in {place} and check the cable and fixture contacts; if it repeats, try another slot and report the fixture.</source>
        <translation>Gerät in {place} neu einsetzen, Kabel und Kontakte der Aufnahme prüfen; wiederholt es sich, einen anderen Platz versuchen und die Aufnahme melden.</translation>
    </message>
    <message>
        <source>the port stopped working (input/output error)</source>
        <translation>der Anschluss funktioniert nicht mehr (Ein-/Ausgabefehler)</translation>
    </message>
    <message>
        <source>The device in {place} stopped accepting data.</source>
        <translation>Das Gerät in {place} nimmt keine Daten mehr an.</translation>
    </message>
    <message>
        <source>Reseat the device in {place}; if it repeats, power-cycle it.</source>
        <translation>Gerät in {place} neu einsetzen; wiederholt es sich, aus- und einschalten.</translation>
    </message>
    <message>
        <source>Serial port {port} could not be opened: {reason}.</source>
        <translation>Serieller Anschluss {port} ließ sich nicht öffnen: {reason}.</translation>
    </message>
    <message>
        <source>Check the fixture connection for {place}, then try again.</source>
        <translation>Verbindung der Aufnahme für {place} prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Serial port {port} is in use by another program.</source>
        <translation>Serieller Anschluss {port} wird von einem anderen Programm benutzt.</translation>
    </message>
    <message>
        <source>Close the other program using {port} (e.g. ModemManager, a serial terminal or a second station), then try again.</source>
        <translation>Das andere Programm schließen, das {port} benutzt (z. B. ModemManager, ein serielles Terminal oder eine zweite Station), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Permission denied opening serial port {port}.</source>
        <translation>Keine Berechtigung, den seriellen Anschluss {port} zu öffnen.</translation>
    </message>
    <message>
        <source>Ask the administrator to add this user to the &apos;dialout&apos; group (or install the station&apos;s udev rules), then log in again.</source>
        <translation>Den Administrator bitten, diesen Benutzer zur Gruppe &apos;dialout&apos; hinzuzufügen (oder die udev-Regeln der Station zu installieren), dann neu anmelden.</translation>
    </message>
    <message>
        <source>Serial port {port} does not exist.</source>
        <translation>Serieller Anschluss {port} existiert nicht.</translation>
    </message>
    <message>
        <source>Check that the fixture is connected and powered and that the slot is mapped to the right port in the configuration.</source>
        <translation>Prüfen, ob die Aufnahme angeschlossen und eingeschaltet ist und der Platz in der Konfiguration dem richtigen Anschluss zugeordnet ist.</translation>
    </message>
    <message>
        <source>Serial slot {slot}&apos;s port {port} does not exist.</source>
        <translation>Der serielle Anschluss {port} von Platz {slot} existiert nicht.</translation>
    </message>
    <message>
        <source>The device in {place} did not answer {what} within {seconds} s.</source>
        <translation>Das Gerät in {place} hat auf {what} nicht innerhalb von {seconds} s geantwortet.</translation>
    </message>
    <message>
        <source>Reseat the device in {place} and check that it is powered; if it keeps happening, power-cycle it.</source>
        <translation>Gerät in {place} neu einsetzen, Strom prüfen; wiederholt es sich, aus- und einschalten.</translation>
    </message>
    <message>
        <source>{cause} This target&apos;s MES offline policy is block: no unit is provisioned while the MES cannot be asked.</source>
        <translation>{cause} Die MES-Offline-Regel dieses Ziels ist „block“: Solange das MES nicht gefragt werden kann, wird kein Gerät provisioniert.</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot}. {action}</source>
        <translation>Gerät in Platz {slot} lassen. {action}</translation>
    </message>
    <message>
        <source>Slot {slot}: the MES holds {unit}: {reason}</source>
        <translation>Platz {slot}: Das MES hält {unit} zurück: {reason}</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside and give it to the supervisor with the MES&apos;s reason; it was not registered.</source>
        <translation>Gerät aus Platz {slot} beiseitelegen und mit dem Grund des MES dem Schichtleiter geben; es wurde nicht registriert.</translation>
    </message>
    <message>
        <source>The MES&apos;s answer to the route {what} is not the facade&apos;s: it {detail}.</source>
        <translation>Die Antwort des MES auf die Route-Anfrage {what} stammt nicht von der Fassade: {detail}.</translation>
    </message>
    <message>
        <source>Tell the supervisor: the MES facade URL may point at another service, or the facade is broken. The target&apos;s offline policy decides whether units may go on.</source>
        <translation>Dem Schichtleiter melden: Die URL der MES-Fassade zeigt vielleicht auf einen anderen Dienst, oder die Fassade ist defekt. Die Offline-Regel des Ziels entscheidet, ob Geräte weiterlaufen dürfen.</translation>
    </message>
    <message>
        <source>The MES has taken every queued result.</source>
        <translation>Das MES hat jedes wartende Ergebnis angenommen.</translation>
    </message>
    <message>
        <source>Nothing is lost: the station resends them until the MES takes them. Tell the supervisor if this lasts.</source>
        <translation>Nichts geht verloren: Die Station sendet sie erneut, bis das MES sie annimmt. Dem Schichtleiter melden, wenn es länger dauert.</translation>
    </message>
    <message>
        <source>The MES did not answer the route {what} within {timeout_s} s.</source>
        <translation>Das MES hat auf die Route-Anfrage {what} nicht innerhalb von {timeout_s} s geantwortet.</translation>
    </message>
    <message>
        <source>Tell the supervisor the MES is slow or down; the target&apos;s offline policy decides whether units may go on.</source>
        <translation>Dem Schichtleiter melden, dass das MES langsam oder ausgefallen ist; die Offline-Regel des Ziels entscheidet, ob Geräte weiterlaufen dürfen.</translation>
    </message>
    <message>
        <source>The MES cannot be reached for the route {what} ({kind}).</source>
        <translation>Das MES ist für die Route-Anfrage {what} nicht erreichbar ({kind}).</translation>
    </message>
    <message>
        <source>Tell the supervisor the MES is down or the network to it is; the target&apos;s offline policy decides whether units may go on.</source>
        <translation>Dem Schichtleiter melden, dass das MES oder das Netzwerk dorthin ausgefallen ist; die Offline-Regel des Ziels entscheidet, ob Geräte weiterlaufen dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>Device ID {shown} has %n characters; a device ID has exactly 22 (16 bytes).</source>
        <translation>
            <numerusform>Geräte-ID {shown} hat %n Zeichen; eine Geräte-ID hat genau 22 (16 Byte).</numerusform>
            <numerusform>Geräte-ID {shown} hat %n Zeichen; eine Geräte-ID hat genau 22 (16 Byte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the realm&apos;s private key as astartectl writes it (`&lt;realm&gt;_private.pem`: EC P-256/P-384/P-521 or RSA, PEM, not encrypted).</source>
        <translation>Den privaten Schlüssel des Realms verwenden, wie astartectl ihn schreibt (`&lt;realm&gt;_private.pem`: EC P-256/P-384/P-521 oder RSA, PEM, nicht verschlüsselt).</translation>
    </message>
    <message>
        <source>{what} could not be read: the PEM is corrupt or truncated ({reason}).</source>
        <translation>{what} konnte nicht gelesen werden: das PEM ist beschädigt oder abgeschnitten ({reason}).</translation>
    </message>
    <message>
        <source>{what} uses curve {curve}; Astarte accepts only P-256, P-384 and P-521 (ES256/ES384/ES512).</source>
        <translation>{what} verwendet die Kurve {curve}; Astarte akzeptiert nur P-256, P-384 und P-521 (ES256/ES384/ES512).</translation>
    </message>
    <message>
        <source>The EC key</source>
        <translation>Der EC-Schlüssel</translation>
    </message>
    <message>
        <source>The EC key in {source}</source>
        <translation>Der EC-Schlüssel in {source}</translation>
    </message>
    <message>
        <source>{what} is protected by a passphrase.</source>
        <translation>{what} ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Export it without a passphrase (e.g. `openssl pkey -in KEY -out PLAIN`), import that, then delete the plain copy.</source>
        <translation>Ihn ohne Passphrase exportieren (z. B. `openssl pkey -in KEY -out PLAIN`), diesen importieren und die unverschlüsselte Kopie dann löschen.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>The file in {source}</source>
        <translation>Die Datei in {source}</translation>
    </message>
    <message>
        <source>{path} is larger than {kib} KiB: too large to be a private key.</source>
        <translation>{path} ist größer als {kib} KiB: zu groß für einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Choose the realm&apos;s private key file (&lt;realm&gt;_private.pem).</source>
        <translation>Die Datei mit dem privaten Schlüssel des Realms wählen (&lt;realm&gt;_private.pem).</translation>
    </message>
    <message>
        <source>check-scan: each label scanned back within {seconds} s</source>
        <translation>Prüfscan: jedes Etikett wird innerhalb von {seconds} s zurückgescannt</translation>
    </message>
    <message numerus="yes">
        <source>Fixture {name}: %n slots at {baud} baud, provisioning into {target} (realm {realm})</source>
        <translation>
            <numerusform>Aufnahme {name}: %n Platz mit {baud} Baud, provisioniert in {target} (Realm {realm})</numerusform>
            <numerusform>Aufnahme {name}: %n Plätze mit {baud} Baud, provisioniert in {target} (Realm {realm})</numerusform>
        </translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <source>label: {label}</source>
        <translation>Etikett: {label}</translation>
    </message>
    <message>
        <source>the built-in template</source>
        <translation>die eingebaute Vorlage</translation>
    </message>
    <message>
        <source>template {path} checked</source>
        <translation>Vorlage {path} geprüft</translation>
    </message>
    <message>
        <source>slot {slot}: {port} ({profile})</source>
        <translation>Platz {slot}: {port} ({profile})</translation>
    </message>
    <message>
        <source>Station {station}, journal {journal}</source>
        <translation>Station {station}, Journal {journal}</translation>
    </message>
    <message>
        <source>Target {name}: {url} realm {realm}, tokens from {source}</source>
        <translation>Ziel {name}: {url} Realm {realm}, Token von {source}</translation>
    </message>
    <message>
        <source>{source}: `profiles.{kind}` names no device profile. Known: {known}.</source>
        <translation>{source}: `profiles.{kind}` nennt kein Geräteprofil. Bekannt: {known}.</translation>
    </message>
    <message>
        <source>Correct the table&apos;s name in {source} (check the spelling), or remove it.</source>
        <translation>Den Namen der Tabelle in {source} korrigieren (Schreibweise prüfen) oder sie entfernen.</translation>
    </message>
    <message>
        <source>Configuration {source} is valid.</source>
        <translation>Die Konfiguration {source} ist gültig.</translation>
    </message>
    <message>
        <source>{path} was read, not copied. Delete it if it was only a transfer copy.</source>
        <translation>{path} wurde gelesen, nicht kopiert. Löschen, wenn es nur eine Transferkopie war.</translation>
    </message>
    <message>
        <source>Stored the realm key of target {target} in the OS keyring: {key}.</source>
        <translation>Den Realm-Schlüssel des Ziels {target} im Schlüsselbund des Betriebssystems gespeichert: {key}.</translation>
    </message>
    <message>
        <source>Each Pairing call will get its own {algorithm} token, valid {ttl} s, allowing only that call.</source>
        <translation>Jeder Pairing-Aufruf bekommt einen eigenen {algorithm}-Token, {ttl} s gültig, der nur diesen Aufruf erlaubt.</translation>
    </message>
    <message>
        <source>The MES override of target {target} has ended.</source>
        <translation>Die MES-Übersteuerung des Ziels {target} ist beendet.</translation>
    </message>
    <message>
        <source>--minutes {minutes} is out of range; nothing was changed.</source>
        <translation>--minutes {minutes} liegt außerhalb des Bereichs; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Give 1 to {most} minutes (one shift at most), and renew it if needed.</source>
        <translation>1 bis {most} Minuten angeben (höchstens eine Schicht) und bei Bedarf verlängern.</translation>
    </message>
    <message>
        <source>An MES override needs a reason for the journal; nothing was changed.</source>
        <translation>Eine MES-Übersteuerung braucht einen Grund für das Journal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Add --reason &quot;…&quot;, e.g. the MES ticket number.</source>
        <translation>--reason &quot;…&quot; angeben, z. B. die MES-Ticketnummer.</translation>
    </message>
    <message>
        <source>Target {target} goes on while its MES is down, until {until} (each unit is journaled with this override).</source>
        <translation>Ziel {target} läuft weiter, solange sein MES ausgefallen ist, bis {until} (jedes Gerät wird mit dieser Übersteuerung im Journal erfasst).</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Allows registering devices: {register}; unregistering any device (rework): {unregister}.</source>
        <translation>Erlaubt das Registrieren von Geräten: {register}; das Abmelden beliebiger Geräte (Nacharbeit): {unregister}.</translation>
    </message>
    <message>
        <source>warning: this token cannot register devices (its a_pa does not allow POST agent/devices); provisioning with it will fail.</source>
        <translation>Warnung: Dieser Token kann keine Geräte registrieren (sein a_pa erlaubt POST agent/devices nicht); Provisionieren damit wird fehlschlagen.</translation>
    </message>
    <message>
        <source>Expiry: {when} UTC (in {left}); signed with {algorithm}.</source>
        <translation>Ablauf: {when} UTC (in {left}); signiert mit {algorithm}.</translation>
    </message>
    <message>
        <source>Expiry: none (the token never expires; prefer short-lived tokens).</source>
        <translation>Ablauf: keiner (der Token läuft nie ab; kurzlebige Token sind besser).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Paste the Pairing token (input is hidden):</source>
        <translation>Den Pairing-Token einfügen (die Eingabe ist verborgen):</translation>
    </message>
    <message>
        <source>a_pa: {scopes}</source>
        <translation>a_pa: {scopes}</translation>
    </message>
    <message>
        <source>Standard input holds more than {kib} KiB: that is not a Pairing token.</source>
        <translation>Die Standardeingabe enthält mehr als {kib} KiB: das ist kein Pairing-Token.</translation>
    </message>
    <message>
        <source>Pipe in only the token, e.g. `astartectl utils gen-jwt pairing ... | station target set-token TARGET`.</source>
        <translation>Nur den Token hineinleiten, z. B. `astartectl utils gen-jwt pairing ... | station target set-token TARGET`.</translation>
    </message>
    <message>
        <source>Stored an issued token for target {target} in the OS keyring.</source>
        <translation>Einen ausgestellten Token für das Ziel {target} im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <source>Unknown slot {slots} for this fixture.</source>
        <translation>Unbekannter Platz {slots} für diese Aufnahme.</translation>
    </message>
    <message>
        <source>Unknown slots {slots} for this fixture.</source>
        <translation>Unbekannte Plätze {slots} für diese Aufnahme.</translation>
    </message>
    <message>
        <source>Use --slots all or a comma-separated list of: {slots}.</source>
        <translation>--slots all oder eine kommagetrennte Liste aus {slots} verwenden.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <translation>
            <numerusform>%n Etikett</numerusform>
            <numerusform>%n Etiketten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n Mal</numerusform>
            <numerusform>%n Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>demo: the MES was asked {asked} and acknowledged {acked}; {printed} printed; {matched} scanned back and matched; the tower light showed {shown}</source>
        <translation>Demo: das MES wurde {asked} gefragt und hat {acked} bestätigt; {printed} gedruckt; {matched} zurückgescannt und übereinstimmend; der Signalturm zeigte {shown}</translation>
    </message>
    <message>
        <source>Made {made}; {ahead}.</source>
        <translation>{made} angelegt; {ahead}.</translation>
    </message>
    <message numerus="yes">
        <source>the next %n months have theirs</source>
        <translation>
            <numerusform>der nächste %n Monat hat seine eigene</numerusform>
            <numerusform>die nächsten %n Monate haben ihre eigenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly partitions</source>
        <translation>
            <numerusform>%n Monatspartition</numerusform>
            <numerusform>%n Monatspartitionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device IDs registered twice.</source>
        <translation>
            <numerusform>%n Geräte-ID zweimal registriert.</numerusform>
            <numerusform>%n Geräte-IDs zweimal registriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each unit to rework: only one of them holds working credentials.</source>
        <translation>Jedes Gerät zur Nacharbeit geben: nur eines davon hat funktionierende Zugangsdaten.</translation>
    </message>
    <message>
        <source>Retired {month}: fleet.{name} ({events}) is detached from fleet.events and {rows}. Archive the table (pg_dump -t fleet.{name}), then drop it (DROP TABLE fleet.{name}).</source>
        <translation>{month} stillgelegt: fleet.{name} ({events}) ist von fleet.events gelöst und {rows}. Die Tabelle archivieren (pg_dump -t fleet.{name}), dann löschen (DROP TABLE fleet.{name}).</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt rows of that month are removed</source>
        <translation>
            <numerusform>%n Versuchszeile dieses Monats ist entfernt</numerusform>
            <numerusform>%n Versuchszeilen dieses Monats sind entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stations.</source>
        <translation>
            <numerusform>%n Station.</numerusform>
            <numerusform>%n Stationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter when the slots are empty.</source>
        <translation>Enter drücken, wenn die Plätze leer sind.</translation>
    </message>
    <message>
        <source>Assign the first {count} to slots {first}–{last} in this order? [Y/n, or the number of the one for this slot]</source>
        <translation>Die ersten {count} in dieser Reihenfolge den Plätzen {first}–{last} zuordnen? [Y/n, oder die Nummer derjenigen für diesen Platz]</translation>
    </message>
    <message>
        <source>Is this slot {slot}? [Y/n]</source>
        <translation>Ist das Platz {slot}? [Y/n]</translation>
    </message>
    <message>
        <source>Slot {slot}: {path}</source>
        <translation>Platz {slot}: {path}</translation>
    </message>
    <message>
        <source>slot {slot}: {binding}</source>
        <translation>Platz {slot}: {binding}</translation>
    </message>
    <message>
        <source>Slot bindings for the config:</source>
        <translation>Platzbindungen für die Konfiguration:</translation>
    </message>
    <message>
        <source>Bound the slots of fixture {fixture} in {path}.</source>
        <translation>Die Plätze der Aufnahme {fixture} in {path} gebunden.</translation>
    </message>
    <message>
        <source>Found {port}</source>
        <translation>Gefunden: {port}</translation>
    </message>
    <message>
        <source>The input ended before every slot was learned; nothing was saved.</source>
        <translation>Die Eingabe endete, bevor jeder Platz gelernt war; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>run `station fixture learn` again in a terminal</source>
        <translation>`station fixture learn` erneut in einem Terminal ausführen</translation>
    </message>
    <message>
        <source>A fixture has at least one slot.</source>
        <translation>Eine Aufnahme hat mindestens einen Platz.</translation>
    </message>
    <message>
        <source>pass --slots 1 or more</source>
        <translation>--slots 1 oder mehr angeben</translation>
    </message>
    <message>
        <source>Not assigned. Unplug it and plug the right one in.</source>
        <translation>Nicht zugeordnet. Abstecken und das richtige einstecken.</translation>
    </message>
    <message>
        <source>Not assigned. Unplug it and try again.</source>
        <translation>Nicht zugeordnet. Abstecken und erneut versuchen.</translation>
    </message>
    <message>
        <source>{port} is not on USB (or udev gave it no path): it cannot be a slot.</source>
        <translation>{port} hängt nicht an USB (oder udev gab ihm keinen Pfad): es kann kein Platz sein.</translation>
    </message>
    <message>
        <source>{port} is on the USB path of slot {slot} already.</source>
        <translation>{port} liegt bereits auf dem USB-Pfad von Platz {slot}.</translation>
    </message>
    <message>
        <source>Slot {slot}: plug a device (or the slot&apos;s adapter) into slot {slot} now…</source>
        <translation>Platz {slot}: jetzt ein Gerät (oder den Adapter des Platzes) in Platz {slot} stecken…</translation>
    </message>
    <message>
        <source>interface {number}</source>
        <translation>Schnittstelle {number}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>Seriennummer {serial}</translation>
    </message>
    <message>
        <source>{count} ports appeared with the same USB path {path}: udev cannot tell them apart, so they cannot be separate slots.</source>
        <translation>{count} Schnittstellen erschienen mit demselben USB-Pfad {path}: udev kann sie nicht unterscheiden, also können sie keine getrennten Plätze sein.</translation>
    </message>
    <message>
        <source>Use one adapter per slot (or one whose ports are separate USB interfaces).</source>
        <translation>Einen Adapter pro Platz verwenden (oder einen, dessen Schnittstellen getrennte USB-Interfaces sind).</translation>
    </message>
    <message numerus="yes">
        <source>Saved the slot map of %n slots to {path}.</source>
        <translation>
            <numerusform>Die Platzzuordnung von %n Platz in {path} gespeichert.</numerusform>
            <numerusform>Die Platzzuordnung von %n Plätzen in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ports appeared on one adapter:</source>
        <translation>{count} Schnittstellen erschienen an einem Adapter:</translation>
    </message>
    <message>
        <source>Stable names /dev/provisioning/{fixture}/slotN: {command}</source>
        <translation>Stabile Namen /dev/provisioning/{fixture}/slotN: {command}</translation>
    </message>
    <message numerus="yes">
        <source>Learning %n slots of fixture {fixture}.</source>
        <translation>
            <numerusform>Lerne %n Platz der Aufnahme {fixture}.</numerusform>
            <numerusform>Lerne %n Plätze der Aufnahme {fixture}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new serial port appeared for slot {slot} within {seconds} s.</source>
        <translation>Für Platz {slot} erschien innerhalb von {seconds} s keine neue serielle Schnittstelle.</translation>
    </message>
    <message>
        <source>check the device&apos;s USB cable and the hub&apos;s power, then run the learning again</source>
        <translation>USB-Kabel des Geräts und die Stromversorgung des Hubs prüfen, dann das Lernen erneut starten</translation>
    </message>
    <message>
        <source>Unplug it and try again.</source>
        <translation>Abstecken und erneut versuchen.</translation>
    </message>
    <message>
        <source>Unplug the devices from every slot first; leave hubs and cables where they stay.</source>
        <translation>Zuerst die Geräte aus jedem Platz abstecken; Hubs und Kabel bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>USB path: {path}</source>
        <translation>USB-Pfad: {path}</translation>
    </message>
    <message>
        <source>binding:  {binding}</source>
        <translation>Bindung:  {binding}</translation>
    </message>
    <message>
        <source>ModemManager is running: it probes new serial ports for about 10 s. Install {rules} (the .deb does) so it leaves them alone.</source>
        <translation>ModemManager läuft: er prüft neue serielle Schnittstellen etwa 10 s lang. {rules} installieren (das .deb tut es), damit er sie in Ruhe lässt.</translation>
    </message>
    <message>
        <source>No serial ports found.</source>
        <translation>Keine seriellen Schnittstellen gefunden.</translation>
    </message>
    <message>
        <source>- (not on USB: cannot be a fixture slot)</source>
        <translation>- (nicht an USB: kann kein Platz einer Aufnahme sein)</translation>
    </message>
    <message>
        <source>Slot map {path} does not exist.</source>
        <translation>Die Platzzuordnung {path} existiert nicht.</translation>
    </message>
    <message>
        <source>record one with `station fixture learn --out FILE`</source>
        <translation>eine mit `station fixture learn --out FILE` aufzeichnen</translation>
    </message>
    <message>
        <source>Wrote {path}. Apply it with:</source>
        <translation>{path} geschrieben. Anwenden mit:</translation>
    </message>
    <message>
        <source>There is no target {name}.</source>
        <translation>Es gibt kein Ziel {name}.</translation>
    </message>
    <message>
        <source>Refresh the list of targets.</source>
        <translation>Die Liste der Ziele aktualisieren.</translation>
    </message>
    <message>
        <source>Choose the file that holds only the token (a JWT), or paste the token instead.</source>
        <translation>Die Datei wählen, die nur den Token (ein JWT) enthält, oder den Token stattdessen einfügen.</translation>
    </message>
    <message>
        <source>{path} is not text: it cannot hold a Pairing token.</source>
        <translation>{path} ist kein Text: es kann keinen Pairing-Token enthalten.</translation>
    </message>
    <message>
        <source>{path} is larger than {kib} KiB: too large to be a Pairing token.</source>
        <translation>{path} ist größer als {kib} KiB: zu groß für einen Pairing-Token.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file, or paste the token instead.</source>
        <translation>Den Pfad prüfen und ob Sie die Datei lesen dürfen, oder den Token stattdessen einfügen.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Den Pfad prüfen und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>Der Schlüssel</translation>
    </message>
    <message>
        <source>The key in {source}</source>
        <translation>Der Schlüssel in {source}</translation>
    </message>
    <message>
        <source>{what} is a {kind} key; Astarte verifies only EC (ES256/384/512) and RSA tokens.</source>
        <translation>{what} ist ein {kind}-Schlüssel; Astarte prüft nur EC- (ES256/384/512) und RSA-Token.</translation>
    </message>
    <message>
        <source>{what} is not a PEM key (no &apos;-----BEGIN&apos; line).</source>
        <translation>{what} ist kein PEM-Schlüssel (keine Zeile &apos;-----BEGIN&apos;).</translation>
    </message>
    <message>
        <source>The private key</source>
        <translation>Der private Schlüssel</translation>
    </message>
    <message>
        <source>The private key in {source}</source>
        <translation>Der private Schlüssel in {source}</translation>
    </message>
    <message>
        <source>{what} holds a public key; signing tokens needs the realm&apos;s private key.</source>
        <translation>{what} enthält einen öffentlichen Schlüssel; zum Signieren von Token braucht es den privaten Schlüssel des Realms.</translation>
    </message>
    <message>
        <source>The RSA key</source>
        <translation>Der RSA-Schlüssel</translation>
    </message>
    <message>
        <source>The RSA key in {source}</source>
        <translation>Der RSA-Schlüssel in {source}</translation>
    </message>
    <message>
        <source>{what} has only {bits} bits.</source>
        <translation>{what} hat nur {bits} Bit.</translation>
    </message>
    <message>
        <source>Use a realm key of at least {bits} bits.</source>
        <translation>Einen Realm-Schlüssel mit mindestens {bits} Bit verwenden.</translation>
    </message>
    <message>
        <source>the keyring entry of target {target}</source>
        <translation>dem Schlüsselbund-Eintrag des Ziels {target}</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring) in this desktop session and unlock it, then try again. The station never falls back to storing keys or tokens in a file.</source>
        <translation>In dieser Desktop-Sitzung einen Secret Service (gnome-keyring) starten und entsperren, dann erneut versuchen. Die Station weicht nie darauf aus, Schlüssel oder Token in einer Datei zu speichern.</translation>
    </message>
    <message>
        <source>{target} is not a valid target name.</source>
        <translation>{target} ist kein gültiger Zielname.</translation>
    </message>
    <message>
        <source>Use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; verwenden, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Cannot {doing}: {reason}.</source>
        <translation>Es ist nicht möglich, {doing}: {reason}.</translation>
    </message>
    <message>
        <source>delete the {kind} of target {target}</source>
        <translation>{kind} des Ziels {target} zu löschen</translation>
    </message>
    <message>
        <source>read the {kind} of target {target}</source>
        <translation>{kind} des Ziels {target} zu lesen</translation>
    </message>
    <message>
        <source>store the {kind} of target {target}</source>
        <translation>{kind} des Ziels {target} zu speichern</translation>
    </message>
    <message>
        <source>The key file has bytes that are not text around the PEM block.</source>
        <translation>Die Schlüsseldatei hat um den PEM-Block Bytes, die kein Text sind.</translation>
    </message>
    <message>
        <source>Export the key again as plain PEM (openssl pkey -in KEY -out PLAIN).</source>
        <translation>Den Schlüssel erneut als reines PEM exportieren (openssl pkey -in KEY -out PLAIN).</translation>
    </message>
    <message>
        <source>Cannot {doing}: the keyring did not answer within {seconds} s; it is probably locked and waiting for its unlock prompt.</source>
        <translation>Es ist nicht möglich, {doing}: der Schlüsselbund hat nicht innerhalb von {seconds} s geantwortet; er ist wahrscheinlich gesperrt und wartet auf seine Entsperr-Abfrage.</translation>
    </message>
    <message>
        <source>No password for the fleet role {role} is stored in this PC&apos;s keyring.</source>
        <translation>Im Schlüsselbund dieses PCs ist kein Passwort für die Flottenrolle {role} gespeichert.</translation>
    </message>
    <message>
        <source>Plant IT gives the password printed by `station fleet add-station`; store it with `station fleet set-password`.</source>
        <translation>Die Werks-IT gibt das von `station fleet add-station` ausgegebene Passwort; es mit `station fleet set-password` speichern.</translation>
    </message>
    <message>
        <source>No realm key is stored for target {target}.</source>
        <translation>Für das Ziel {target} ist kein Realm-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>A supervisor runs `station target import-key {name} --file &lt;realm&gt;_private.pem`.</source>
        <translation>Ein Schichtleiter führt `station target import-key {name} --file &lt;realm&gt;_private.pem` aus.</translation>
    </message>
    <message>
        <source>No issued token is stored for target {target}.</source>
        <translation>Für das Ziel {target} ist kein ausgestelltes Token gespeichert.</translation>
    </message>
    <message>
        <source>A supervisor pipes a token into `station target set-token {name}`.</source>
        <translation>Ein Schichtleiter leitet ein Token an `station target set-token {name}` weiter.</translation>
    </message>
    <message>
        <source>the keyring backend {name} keeps secrets in a file, not in the OS keyring</source>
        <translation>das Schlüsselbund-Backend {name} hält Geheimnisse in einer Datei, nicht im OS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>no OS keyring backend is available</source>
        <translation>kein OS-Schlüsselbund-Backend ist verfügbar</translation>
    </message>
    <message>
        <source>the Secret Service could not open its collection (locked or not running)</source>
        <translation>der Secret Service konnte seine Sammlung nicht öffnen (gesperrt oder nicht gestartet)</translation>
    </message>
    <message>
        <source>the keyring is configured as the null backend, which stores nothing</source>
        <translation>der Schlüsselbund ist als Null-Backend eingerichtet, das nichts speichert</translation>
    </message>
    <message>
        <source>the keyring reported {kind}</source>
        <translation>der Schlüsselbund meldete {kind}</translation>
    </message>
    <message>
        <source>Cannot use the keyring: {reason}.</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>Unlock the keyring: answer its unlock prompt on this PC&apos;s desktop (or unlock the &apos;Login&apos; keyring in Passwords and Keys), then try again. The station never falls back to storing keys or tokens in a file.</source>
        <translation>Den Schlüsselbund entsperren: seine Entsperr-Abfrage auf dem Desktop dieses PCs beantworten (oder den Schlüsselbund &apos;Login&apos; in Passwörter und Schlüssel entsperren), dann erneut versuchen. Die Station weicht nie darauf aus, Schlüssel oder Token in einer Datei zu speichern.</translation>
    </message>
    <message>
        <source>{what}: the device is already registered and has used its credentials secret.</source>
        <translation>{what}: Das Gerät ist bereits registriert und hat sein Geheimnis benutzt.</translation>
    </message>
    <message>
        <source>It cannot be provisioned again until a supervisor approves rework and unregisters it.</source>
        <translation>Es kann erst wieder provisioniert werden, wenn ein Schichtleiter die Nacharbeit freigibt und es abmeldet.</translation>
    </message>
    <message>
        <source>{what}: the version is not a string.</source>
        <translation>{what}: Die Version ist kein Text.</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing.</source>
        <translation>Prüfen, ob die Pairing-URL auf Astarte Pairing zeigt.</translation>
    </message>
    <message>
        <source>{what}: {host} did not accept a connection within {timeout} s.</source>
        <translation>{what}: {host} hat innerhalb von {timeout} s keine Verbindung angenommen.</translation>
    </message>
    <message>
        <source>{what}: the device is not registered in realm {realm}.</source>
        <translation>{what}: Das Gerät ist im Realm {realm} nicht registriert.</translation>
    </message>
    <message>
        <source>Check the device ID and realm.</source>
        <translation>Geräte-ID und Realm prüfen.</translation>
    </message>
    <message>
        <source>{what}: the host name {host} could not be resolved (DNS).</source>
        <translation>{what}: Der Hostname {host} ließ sich nicht auflösen (DNS).</translation>
    </message>
    <message>
        <source>Check the Pairing URL&apos;s host name and this PC&apos;s DNS settings.</source>
        <translation>Hostnamen der Pairing-URL und die DNS-Einstellungen dieses PCs prüfen.</translation>
    </message>
    <message>
        <source>{what}: the connection to {host} was dropped mid-request.</source>
        <translation>{what}: Die Verbindung zu {host} brach mitten in der Anfrage ab.</translation>
    </message>
    <message>
        <source>{what}: Pairing refused the call for realm {realm} (403){said}.</source>
        <translation>{what}: Pairing hat den Aufruf für Realm {realm} abgelehnt (403){said}.</translation>
    </message>
    <message>
        <source>Check, in this order: 1) the realm name is wrong or the realm does not exist on this Astarte; 2) the token&apos;s a_pa claim does not allow this call; 3) the token has expired (Astarte allows no clock skew: check this PC&apos;s clock); 4) the token was signed with a key that is not this realm&apos;s key</source>
        <translation>In dieser Reihenfolge prüfen: 1) der Realm-Name ist falsch oder der Realm existiert auf diesem Astarte nicht; 2) der a_pa-Claim des Tokens erlaubt diesen Aufruf nicht; 3) das Token ist abgelaufen (Astarte erlaubt keine Uhrabweichung: die Uhr dieses PCs prüfen); 4) das Token wurde mit einem Schlüssel signiert, der nicht der Schlüssel dieses Realms ist</translation>
    </message>
    <message>
        <source>{what}: Pairing&apos;s device information is incomplete (status, version or broker URL missing).</source>
        <translation>{what}: Die Geräteinformation von Pairing ist unvollständig (Status, Version oder Broker-URL fehlt).</translation>
    </message>
    <message>
        <source>{what}: Pairing failed with an internal error ({status}){said}.</source>
        <translation>{what}: Pairing scheiterte mit einem internen Fehler ({status}){said}.</translation>
    </message>
    <message>
        <source>Tell the Astarte operator; the Pairing logs show the cause.</source>
        <translation>Den Astarte-Betreiber informieren; die Pairing-Protokolle zeigen die Ursache.</translation>
    </message>
    <message>
        <source>A 500 on registration often means the realm reached its device registration limit: ask the Astarte operator to check the realm&apos;s device_registration_limit. Tell the Astarte operator; the Pairing logs show the cause.</source>
        <translation>Ein 500 bei der Registrierung bedeutet oft, dass der Realm sein Registrierungslimit erreicht hat: den Astarte-Betreiber bitten, device_registration_limit des Realms zu prüfen. Den Astarte-Betreiber informieren; die Pairing-Protokolle zeigen die Ursache.</translation>
    </message>
    <message>
        <source>The initial introspection is invalid: {problems}.</source>
        <translation>Die anfängliche Introspektion ist ungültig: {problems}.</translation>
    </message>
    <message>
        <source>Every interface needs a name and a (major, minor) pair of integers.</source>
        <translation>Jede Schnittstelle braucht einen Namen und ein Paar ganzer Zahlen (major, minor).</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the token as invalid (401){said}.</source>
        <translation>{what}: Pairing hat das Token als ungültig abgelehnt (401){said}.</translation>
    </message>
    <message>
        <source>The token is malformed or not signed by this realm&apos;s key: check the target&apos;s realm key or issued token.</source>
        <translation>Das Token ist fehlerhaft oder nicht mit dem Schlüssel dieses Realms signiert: Realm-Schlüssel oder ausgestelltes Token des Ziels prüfen.</translation>
    </message>
    <message>
        <source>{what}: the realm reached its device registration limit.</source>
        <translation>{what}: Der Realm hat sein Geräte-Registrierungslimit erreicht.</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to raise the realm&apos;s device_registration_limit.</source>
        <translation>Den Astarte-Betreiber bitten, device_registration_limit des Realms zu erhöhen.</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request as malformed (400){said}.</source>
        <translation>{what}: Pairing hat die Anfrage als fehlerhaft abgelehnt (400){said}.</translation>
    </message>
    <message>
        <source>Check the network cable, the PC&apos;s network settings and the Pairing URL.</source>
        <translation>Netzwerkkabel, Netzwerkeinstellungen des PCs und die Pairing-URL prüfen.</translation>
    </message>
    <message>
        <source>{what}: there is no Pairing API at this URL (404){said}.</source>
        <translation>{what}: Unter dieser URL gibt es keine Pairing-API (404){said}.</translation>
    </message>
    <message>
        <source>Check the target&apos;s Pairing URL: through the Astarte ingress it ends in &apos;/pairing&apos; (https://api.&lt;domain&gt;/pairing); directly it is http://&lt;host&gt;:4003.</source>
        <translation>Pairing-URL des Ziels prüfen: über den Astarte-Ingress endet sie auf &apos;/pairing&apos; (https://api.&lt;domain&gt;/pairing); direkt ist sie http://&lt;host&gt;:4003.</translation>
    </message>
    <message>
        <source>{what}: there is no network route to {host}.</source>
        <translation>{what}: Es gibt keine Netzwerkroute zu {host}.</translation>
    </message>
    <message>
        <source>{what}: Pairing did not receive the credentials secret (401){said}.</source>
        <translation>{what}: Pairing hat das Geheimnis nicht erhalten (401){said}.</translation>
    </message>
    <message>
        <source>A proxy between this station and Astarte may strip the Authorization header; ask the network administrator.</source>
        <translation>Ein Proxy zwischen dieser Station und Astarte entfernt vielleicht den Authorization-Header; den Netzwerkadministrator fragen.</translation>
    </message>
    <message>
        <source>{what}: Pairing&apos;s answer does not hold a credentials secret of the expected shape (44 characters of base64).</source>
        <translation>{what}: Die Antwort von Pairing enthält kein Geheimnis in der erwarteten Form (44 Zeichen Base64).</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing; do not write anything to the device.</source>
        <translation>Prüfen, ob die Pairing-URL auf Astarte Pairing zeigt; nichts auf das Gerät schreiben.</translation>
    </message>
    <message>
        <source>{what}: no time was left to reach Pairing.</source>
        <translation>{what}: Es blieb keine Zeit mehr, Pairing zu erreichen.</translation>
    </message>
    <message>
        <source>Check the network and the Pairing URL, then retry.</source>
        <translation>Netzwerk und Pairing-URL prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>{what}: Pairing received no token (401){said}.</source>
        <translation>{what}: Pairing hat kein Token erhalten (401){said}.</translation>
    </message>
    <message>
        <source>A proxy between this station and Astarte may strip the Authorization header.</source>
        <translation>Ein Proxy zwischen dieser Station und Astarte entfernt vielleicht den Authorization-Header.</translation>
    </message>
    <message>
        <source>{what}: the token does not allow {method} {path} (403).</source>
        <translation>{what}: Das Token erlaubt {method} {path} nicht (403).</translation>
    </message>
    <message>
        <source>Give the target a token whose a_pa claim allows this call (e.g. &apos;POST::agent/devices&apos;).</source>
        <translation>Dem Ziel ein Token geben, dessen a_pa-Claim diesen Aufruf erlaubt (z. B. &apos;POST::agent/devices&apos;).</translation>
    </message>
    <message>
        <source>{what}: the answer ({status}) is not a Pairing API response.</source>
        <translation>{what}: Die Antwort ({status}) ist keine Antwort der Pairing-API.</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing, not another service.</source>
        <translation>Prüfen, ob die Pairing-URL auf Astarte Pairing zeigt und nicht auf einen anderen Dienst.</translation>
    </message>
    <message>
        <source>{what}: every registration place for this target stayed busy until the deadline.</source>
        <translation>{what}: Alle Registrierungsplätze für dieses Ziel blieben bis zur Frist belegt.</translation>
    </message>
    <message>
        <source>Retry; if it persists, Pairing is answering slowly.</source>
        <translation>Erneut versuchen; bleibt es so, antwortet Pairing langsam.</translation>
    </message>
    <message>
        <source>{what}: no connection to {host} became free within {timeout} s.</source>
        <translation>{what}: Innerhalb von {timeout} s wurde keine Verbindung zu {host} frei.</translation>
    </message>
    <message>
        <source>Lower the number of slots working at once.</source>
        <translation>Weniger Plätze gleichzeitig arbeiten lassen.</translation>
    </message>
    <message>
        <source>Testing the connection: the server accepted a registration with an empty device ID, which Astarte Pairing never does.</source>
        <translation>Verbindungstest: Der Server hat eine Registrierung mit leerer Geräte-ID angenommen, was Astarte Pairing nie tut.</translation>
    </message>
    <message>
        <source>{what}: a gateway in front of Pairing is limiting the request rate (429).</source>
        <translation>{what}: Ein Gateway vor Pairing begrenzt die Anfragerate (429).</translation>
    </message>
    <message>
        <source>Lower the number of registrations in flight for this target, or ask the Astarte operator to raise the ingress limit.</source>
        <translation>Weniger gleichzeitige Registrierungen für dieses Ziel zulassen oder den Astarte-Betreiber bitten, das Ingress-Limit zu erhöhen.</translation>
    </message>
    <message>
        <source>Lower the number of registrations in flight for this target, or ask the Astarte operator to raise the ingress limit. It asked to wait {wait} s.</source>
        <translation>Weniger gleichzeitige Registrierungen für dieses Ziel zulassen oder den Astarte-Betreiber bitten, das Ingress-Limit zu erhöhen. Es bat, {wait} s zu warten.</translation>
    </message>
    <message>
        <source>{what}: {host} did not answer in time (no complete reply within {timeout} s).</source>
        <translation>{what}: {host} hat nicht rechtzeitig geantwortet (keine vollständige Antwort innerhalb von {timeout} s).</translation>
    </message>
    <message>
        <source>{what}: {host} did not answer in time (no complete reply within {timeout} s). The registration may or may not have happened; registering again is safe because only the latest secret counts.</source>
        <translation>{what}: {host} hat nicht rechtzeitig geantwortet (keine vollständige Antwort innerhalb von {timeout} s). Ob die Registrierung erfolgte, ist unklar; erneut zu registrieren ist sicher, weil nur das neueste Geheimnis gilt.</translation>
    </message>
    <message>
        <source>{realm} is not a valid Astarte realm name.</source>
        <translation>{realm} ist kein gültiger Astarte-Realm-Name.</translation>
    </message>
    <message>
        <source>A realm name is lower-case letters and digits, starting with a letter, at most 48 characters.</source>
        <translation>Ein Realm-Name besteht aus Kleinbuchstaben und Ziffern, beginnt mit einem Buchstaben und hat höchstens 48 Zeichen.</translation>
    </message>
    <message>
        <source>{what}: {host} refused the connection (nothing listens on that port).</source>
        <translation>{what}: {host} hat die Verbindung abgelehnt (an diesem Port lauscht nichts).</translation>
    </message>
    <message>
        <source>Check the port in the Pairing URL and that Pairing is running.</source>
        <translation>Port in der Pairing-URL prüfen und ob Pairing läuft.</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request (422).</source>
        <translation>{what}: Pairing hat die Anfrage abgelehnt (422).</translation>
    </message>
    <message>
        <source>Check the device ID and initial introspection.</source>
        <translation>Geräte-ID und initiale Introspektion prüfen.</translation>
    </message>
    <message>
        <source>The device ID must be 22 characters of base64url (16 bytes).</source>
        <translation>Die Geräte-ID muss aus 22 Zeichen base64url bestehen (16 Byte).</translation>
    </message>
    <message>
        <source>Every interface in the initial introspection needs non-negative integer major and minor versions.</source>
        <translation>Jede Schnittstelle in der initialen Introspektion braucht nicht negative ganzzahlige Haupt- und Nebenversionen.</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request: {fields}.</source>
        <translation>{what}: Pairing hat die Anfrage abgelehnt: {fields}.</translation>
    </message>
    <message>
        <source> (Pairing said: {detail})</source>
        <translation> (Pairing sagte: {detail})</translation>
    </message>
    <message>
        <source>The credentials secret is not base64 text, so it cannot be an Astarte secret; nothing was sent.</source>
        <translation>Das Geheimnis ist kein Base64-Text und kann daher kein Astarte-Geheimnis sein; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The device holds a record the station did not write: set it aside for the supervisor.</source>
        <translation>Das Gerät enthält einen Datensatz, den die Station nicht geschrieben hat: für den Schichtleiter beiseitelegen.</translation>
    </message>
    <message>
        <source>{what}: Pairing does not accept this credentials secret (403){said}.</source>
        <translation>{what}: Pairing nimmt dieses Geheimnis nicht an (403){said}.</translation>
    </message>
    <message>
        <source>The device was registered again since (only the latest secret works), or it was unregistered, or realm {realm} is wrong.</source>
        <translation>Das Gerät wurde seitdem erneut registriert (nur das neueste Geheimnis gilt), oder es wurde abgemeldet, oder Realm {realm} ist falsch.</translation>
    </message>
    <message>
        <source>The target&apos;s token source gave an empty or malformed token; nothing was sent.</source>
        <translation>Die Token-Quelle des Ziels lieferte ein leeres oder fehlerhaftes Token; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Check the target&apos;s token settings (station target set-token, or the token command&apos;s output).</source>
        <translation>Token-Einstellungen des Ziels prüfen (station target set-token oder die Ausgabe des Token-Befehls).</translation>
    </message>
    <message>
        <source>{what}: the answer from {host} ({status}) is larger than {mib} MiB; no Pairing answer is, so it was not read.</source>
        <translation>{what}: Die Antwort von {host} ({status}) ist größer als {mib} MiB; keine Pairing-Antwort ist das, daher wurde sie nicht gelesen.</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing: another service or a proxy&apos;s page is answering.</source>
        <translation>Prüfen, ob die Pairing-URL auf Astarte Pairing zeigt: Ein anderer Dienst oder die Seite eines Proxys antwortet.</translation>
    </message>
    <message>
        <source>{what}: Pairing is not available ({status}){said}.</source>
        <translation>{what}: Pairing ist nicht verfügbar ({status}){said}.</translation>
    </message>
    <message>
        <source>The Astarte service or its gateway is down or restarting; try again in a minute and tell the Astarte operator if it persists.</source>
        <translation>Der Astarte-Dienst oder sein Gateway ist ausgefallen oder startet neu; in einer Minute erneut versuchen und den Astarte-Betreiber informieren, wenn es bleibt.</translation>
    </message>
    <message>
        <source>{what}: Pairing answered with an unexpected status {status}{said}.</source>
        <translation>{what}: Pairing antwortete mit dem unerwarteten Status {status}{said}.</translation>
    </message>
    <message>
        <source>{what}: could not reach {host} ({kind}).</source>
        <translation>{what}: {host} ist nicht erreichbar ({kind}).</translation>
    </message>
    <message>
        <source>Write it as https://api.&lt;your-domain&gt;/pairing (through the Astarte ingress) or http://&lt;host&gt;:4003 (the Pairing service directly).</source>
        <translation>Als https://api.&lt;your-domain&gt;/pairing (über den Astarte-Ingress) oder http://&lt;host&gt;:4003 (direkt zum Pairing-Dienst) schreiben.</translation>
    </message>
    <message>
        <source>The Pairing URL {url} already contains /v1.</source>
        <translation>Die Pairing-URL {url} enthält bereits /v1.</translation>
    </message>
    <message>
        <source>Leave out /v1 and the realm: the station adds them. {fix}</source>
        <translation>/v1 und den Realm weglassen: Die Station fügt sie hinzu. {fix}</translation>
    </message>
    <message>
        <source>{url} is not a Pairing URL.</source>
        <translation>{url} ist keine Pairing-URL.</translation>
    </message>
    <message>
        <source>The Pairing URL {url} has a query or fragment.</source>
        <translation>Die Pairing-URL {url} hat eine Abfrage oder ein Fragment.</translation>
    </message>
    <message>
        <source>The Pairing URL must not contain a user name or password.</source>
        <translation>Die Pairing-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Checking the secret of</source>
        <translation>Prüfen des Geheimnisses von</translation>
    </message>
    <message>
        <source>Checking the secret of device {device}</source>
        <translation>Prüfen des Geheimnisses von Gerät {device}</translation>
    </message>
    <message>
        <source>Checking Pairing&apos;s health</source>
        <translation>Prüfen des Zustands von Pairing</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Registering device {device}</source>
        <translation>Registrieren von Gerät {device}</translation>
    </message>
    <message>
        <source>Unregistering</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Unregistering device {device}</source>
        <translation>Abmelden von Gerät {device}</translation>
    </message>
    <message>
        <source>Reading Pairing&apos;s version</source>
        <translation>Lesen der Version von Pairing</translation>
    </message>
    <message>
        <source>The CA bundle {path} does not exist.</source>
        <translation>Das CA-Bundle {path} existiert nicht.</translation>
    </message>
    <message>
        <source>Fix the target&apos;s CA bundle path, or remove it to use the system&apos;s trusted CAs only.</source>
        <translation>Den Pfad des CA-Bundles des Ziels korrigieren oder ihn entfernen, um nur die vertrauenswürdigen CAs des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>The CA bundle {path} could not be loaded ({kind}): it must hold PEM certificates.</source>
        <translation>Das CA-Bundle {path} ließ sich nicht laden ({kind}): Es muss PEM-Zertifikate enthalten.</translation>
    </message>
    <message>
        <source>Export the CA certificates of the Astarte ingress as PEM.</source>
        <translation>Die CA-Zertifikate des Astarte-Ingress als PEM exportieren.</translation>
    </message>
    <message>
        <source>The certificate of {host} failed verification: {detail}.</source>
        <translation>Das Zertifikat von {host} hat die Prüfung nicht bestanden: {detail}.</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to check the ingress certificate.</source>
        <translation>Den Astarte-Betreiber bitten, das Ingress-Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>The certificate of {host} (or its CA) has expired.</source>
        <translation>Das Zertifikat von {host} (oder seiner CA) ist abgelaufen.</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to renew the ingress certificate; also check this PC&apos;s clock.</source>
        <translation>Den Astarte-Betreiber bitten, das Ingress-Zertifikat zu erneuern; auch die Uhr dieses PCs prüfen.</translation>
    </message>
    <message>
        <source>The TLS handshake with {host} failed ({reason}).</source>
        <translation>Der TLS-Handshake mit {host} ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <source>Check the Pairing URL and port, and that the server supports TLS 1.2 or newer.</source>
        <translation>Pairing-URL und Port prüfen und ob der Server TLS 1.2 oder neuer unterstützt.</translation>
    </message>
    <message>
        <source>The certificate presented by {host} is for another host name or IP address.</source>
        <translation>Das von {host} vorgelegte Zertifikat gilt für einen anderen Hostnamen oder eine andere IP-Adresse.</translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for in the Pairing URL.</source>
        <translation>In der Pairing-URL den Hostnamen verwenden, für den das Zertifikat ausgestellt wurde.</translation>
    </message>
    <message>
        <source>{host} did not answer with TLS.</source>
        <translation>{host} hat nicht mit TLS geantwortet.</translation>
    </message>
    <message>
        <source>If the Pairing service is reached directly without TLS, write the URL with http://; otherwise check the port.</source>
        <translation>Wird der Pairing-Dienst direkt ohne TLS erreicht, die URL mit http:// schreiben; sonst den Port prüfen.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>Das Zertifikat von {host} ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Check this PC&apos;s clock and time zone.</source>
        <translation>Uhr und Zeitzone dieses PCs prüfen.</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs and {path}</source>
        <translation>die vertrauenswürdigen CAs des Systems und {path}</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>die vertrauenswürdigen CAs des Systems</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by a CA this station trusts ({trusted}).</source>
        <translation>Das Zertifikat von {host} ist von keiner CA signiert, der diese Station vertraut ({trusted}).</translation>
    </message>
    <message>
        <source>Set the target&apos;s CA bundle to the CA that signed the Astarte ingress certificate; if the CA is the right one, this may be an interception proxy.</source>
        <translation>Als CA-Bundle des Ziels die CA setzen, die das Zertifikat des Astarte-Ingress signiert hat; ist es die richtige CA, kann ein abfangender Proxy dazwischen sein.</translation>
    </message>
    <message>
        <source>The token lifetime {ttl} s is outside {low} to {high} s.</source>
        <translation>Die Token-Lebensdauer {ttl} s liegt außerhalb von {low} bis {high} s.</translation>
    </message>
    <message>
        <source>Set the target&apos;s token_ttl_s to a value from {low} to {high} (docs/configuration.md).</source>
        <translation>token_ttl_s des Ziels auf einen Wert von {low} bis {high} setzen (docs/configuration.md).</translation>
    </message>
    <message>
        <source>the fixture</source>
        <translation>der Aufnahme</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>Platz {slot}</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} already passed for realm {realm}.</source>
        <translation>Gerät {device} in Platz {slot} hat für Realm {realm} bereits bestanden.</translation>
    </message>
    <message>
        <source>Set the device in slot {slot} aside; provisioning it again needs a supervisor override.</source>
        <translation>Gerät in Platz {slot} beiseitelegen; erneutes Provisionieren braucht eine Freigabe des Schichtleiters.</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} is being provisioned in slot {other} right now.</source>
        <translation>Gerät {device} in Platz {slot} wird gerade in Platz {other} provisioniert.</translation>
    </message>
    <message>
        <source>Remove the device from slot {slot}; two devices with one identity need a supervisor check (cloned serial?).</source>
        <translation>Gerät aus Platz {slot} nehmen; zwei Geräte mit einer Identität muss der Schichtleiter prüfen (geklonte Seriennummer?).</translation>
    </message>
    <message>
        <source>The device in slot {slot} reports an unusable device ID: {reason}</source>
        <translation>Das Gerät in Platz {slot} meldet eine unbrauchbare Geräte-ID: {reason}</translation>
    </message>
    <message>
        <source>Set the device in slot {slot} aside for a firmware check. {action}</source>
        <translation>Gerät in Platz {slot} für eine Firmware-Prüfung beiseitelegen. {action}</translation>
    </message>
    <message>
        <source>The device in slot {slot} did not report an Astarte device ID, and this target takes the ID from the device.</source>
        <translation>Das Gerät in Platz {slot} hat keine Astarte-Geräte-ID gemeldet, und dieses Ziel nimmt die ID vom Gerät.</translation>
    </message>
    <message>
        <source>Check the firmware of the device in slot {slot}, or ask the supervisor to set the target&apos;s device-ID rule to derive IDs (uuid5).</source>
        <translation>Firmware des Geräts in Platz {slot} prüfen oder den Schichtleiter bitten, die Geräte-ID-Regel des Ziels auf abgeleitete IDs (uuid5) zu stellen.</translation>
    </message>
    <message>
        <source>The target derives device IDs but has no namespace UUID configured.</source>
        <translation>Das Ziel leitet Geräte-IDs ab, hat aber keine Namensraum-UUID eingestellt.</translation>
    </message>
    <message>
        <source>Ask the supervisor to set the target&apos;s device-ID namespace.</source>
        <translation>Den Schichtleiter bitten, den Geräte-ID-Namensraum des Ziels einzustellen.</translation>
    </message>
    <message>
        <source>The device in slot {slot} has no hardware serial to derive its ID from.</source>
        <translation>Das Gerät in Platz {slot} hat keine Hardware-Seriennummer, aus der seine ID abgeleitet werden kann.</translation>
    </message>
    <message>
        <source>Check the firmware of the device in slot {slot}, or ask the supervisor to derive IDs from the hardware id instead.</source>
        <translation>Firmware des Geräts in Platz {slot} prüfen oder den Schichtleiter bitten, IDs stattdessen aus der Hardware-ID abzuleiten.</translation>
    </message>
    <message>
        <source>Serial {serial} of the device in slot {slot} is not allowed for this target.</source>
        <translation>Seriennummer {serial} des Geräts in Platz {slot} ist für dieses Ziel nicht zugelassen.</translation>
    </message>
    <message>
        <source>Check that the device in slot {slot} belongs to this batch; the supervisor sets the allowed serials.</source>
        <translation>Prüfen, ob das Gerät in Platz {slot} zu dieser Charge gehört; der Schichtleiter legt die zugelassenen Seriennummern fest.</translation>
    </message>
    <message>
        <source>The device in slot {slot} has {kind} storage; this target accepts {accepted}.</source>
        <translation>Das Gerät in Platz {slot} hat Speicher vom Typ {kind}; dieses Ziel nimmt {accepted}.</translation>
    </message>
    <message>
        <source>Check that the device in slot {slot} is the right model for this target.</source>
        <translation>Prüfen, ob das Gerät in Platz {slot} das richtige Modell für dieses Ziel ist.</translation>
    </message>
    <message>
        <source>{holders} is probing the port of {who} ({path}).</source>
        <translation>{holders} fragt den Anschluss von {who} ab ({path}).</translation>
    </message>
    <message>
        <source>install the station&apos;s udev rules (they tell ModemManager to ignore fixture adapters) and replug the fixture, or stop it: sudo systemctl stop ModemManager</source>
        <translation>die udev-Regeln der Station installieren (sie lassen ModemManager die Adapter der Aufnahme ignorieren) und die Aufnahme neu einstecken, oder ihn stoppen: sudo systemctl stop ModemManager</translation>
    </message>
    <message>
        <source>The port of {who} ({path}) is open in {holders}.</source>
        <translation>Der Anschluss von {who} ({path}) ist in {holders} geöffnet.</translation>
    </message>
    <message>
        <source>close that program (a serial terminal or another station) and retry</source>
        <translation>dieses Programm schließen (ein serielles Terminal oder eine andere Station) und erneut versuchen</translation>
    </message>
    <message>
        <source>The port for {who} ({binding}) does not exist.</source>
        <translation>Der Anschluss von {who} ({binding}) existiert nicht.</translation>
    </message>
    <message>
        <source>check that the fixture for {who} is connected and powered, and that the station&apos;s udev rules are installed</source>
        <translation>prüfen, ob die Aufnahme von {who} angeschlossen und eingeschaltet ist und die udev-Regeln der Station installiert sind</translation>
    </message>
    <message>
        <source>this slot</source>
        <translation>diesem Platz</translation>
    </message>
    <message>
        <source>The port of {who} ({path}) is in use by a program this user cannot see.</source>
        <translation>Der Anschluss von {who} ({path}) wird von einem Programm benutzt, das dieser Benutzer nicht sehen kann.</translation>
    </message>
    <message>
        <source>close any serial terminal or other station on this PC, or replug the fixture</source>
        <translation>jedes serielle Terminal und jede andere Station auf diesem PC schließen oder die Aufnahme neu einstecken</translation>
    </message>
    <message>
        <source>No serial port is present at {who}&apos;s USB location ({binding}).</source>
        <translation>An der USB-Position von {who} ist kein serieller Anschluss vorhanden ({binding}).</translation>
    </message>
    <message>
        <source>plug the fixture&apos;s USB cable for {who} back in / check the hub and its power supply</source>
        <translation>das USB-Kabel der Aufnahme von {who} wieder einstecken / Hub und seine Stromversorgung prüfen</translation>
    </message>
    <message>
        <source>print head open</source>
        <translation>Druckkopf offen</translation>
    </message>
    <message>
        <source>The label printer at {where} answered its status request with something that is not a Zebra status.</source>
        <translation>Der Etikettendrucker unter {where} beantwortete die Statusabfrage mit etwas, das kein Zebra-Status ist.</translation>
    </message>
    <message>
        <source>Check that the configured address is the label printer.</source>
        <translation>Prüfen, ob die eingestellte Adresse der Etikettendrucker ist.</translation>
    </message>
    <message>
        <source>out of labels</source>
        <translation>ohne Etiketten</translation>
    </message>
    <message>
        <source>out of ribbon</source>
        <translation>ohne Farbband</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>The label printer at {where} is {problems}.</source>
        <translation>Der Etikettendrucker unter {where} ist: {problems}.</translation>
    </message>
    <message>
        <source>Fix the printer (load labels or ribbon, close the head, unpause it), then reprint the label from the slot.</source>
        <translation>Den Drucker in Ordnung bringen (Etiketten oder Farbband einlegen, Kopf schließen, Pause aufheben), dann das Etikett vom Platz aus nachdrucken.</translation>
    </message>
    <message>
        <source>The label printer at {where} did not report its status within {timeout} s; it stays silent while out of labels or ribbon or with its head open.</source>
        <translation>Der Etikettendrucker unter {where} meldete seinen Status nicht innerhalb von {timeout} s; ohne Etiketten oder Farbband oder mit offenem Kopf schweigt er.</translation>
    </message>
    <message>
        <source>Check the printer&apos;s display and lights, fix it, then reprint the label.</source>
        <translation>Anzeige und Lampen des Druckers prüfen, den Fehler beheben, dann das Etikett nachdrucken.</translation>
    </message>
    <message>
        <source>The label printer at {where} cannot be reached ({reason}).</source>
        <translation>Der Etikettendrucker unter {where} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>Check that the printer is on and its network cable is in, then reprint the label.</source>
        <translation>Prüfen, ob der Drucker eingeschaltet und sein Netzwerkkabel eingesteckt ist, dann das Etikett nachdrucken.</translation>
    </message>
    <message>
        <source>Interrupted attempt found; press Start to resume.</source>
        <translation>Unterbrochener Versuch gefunden; Start drücken, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Press Start on slot {slot} with the same device in it: the station checks what reached its storage and resumes, or registers it again, as needed.</source>
        <translation>Start an Platz {slot} mit demselben Gerät darin drücken: Die Station prüft, was in seinem Speicher ankam, und setzt fort oder registriert es bei Bedarf erneut.</translation>
    </message>
    <message>
        <source>Fixture {fixture} has no slot {slot}.</source>
        <translation>Aufnahme {fixture} hat keinen Platz {slot}.</translation>
    </message>
    <message>
        <source>Use one of: {slots}.</source>
        <translation>Einen davon verwenden: {slots}.</translation>
    </message>
    <message>
        <source>{message} — {action}</source>
        <translation>{message} — {action}</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside and look it up in the journal.</source>
        <translation>Gerät aus Platz {slot} beiseitelegen und im Journal nachsehen.</translation>
    </message>
    <message>
        <source>Slot {slot}: {message}</source>
        <translation>Platz {slot}: {message}</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again.</source>
        <translation>Gerät in Platz {slot} erneut provisionieren.</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and put it in the SCRAP bin.</source>
        <translation>Gerät aus Platz {slot} nehmen und in den AUSSCHUSS-Behälter legen.</translation>
    </message>
    <message>
        <source>{action} Then provision the device in slot {slot} again.</source>
        <translation>{action} Dann das Gerät in Platz {slot} erneut provisionieren.</translation>
    </message>
    <message>
        <source>The device in {place} gave an answer to {command} the station does not understand: {detail}.</source>
        <translation>Das Gerät in {place} gab auf {command} eine Antwort, die die Station nicht versteht: {detail}.</translation>
    </message>
    <message>
        <source>The device firmware does not match this station: stop the line and call the supervisor.</source>
        <translation>Die Geräte-Firmware passt nicht zu dieser Station: Linie anhalten und den Schichtleiter rufen.</translation>
    </message>
    <message>
        <source>Write-once storage already holds a different record and cannot take another.</source>
        <translation>Der einmal beschreibbare Speicher enthält bereits einen anderen Datensatz und kann keinen weiteren aufnehmen.</translation>
    </message>
    <message>
        <source>Do not retry: mark the unit SCRAP (or send it to rework if its storage is rewritable).</source>
        <translation>Nicht wiederholen: das Gerät als AUSSCHUSS kennzeichnen (oder zur Nacharbeit geben, wenn sein Speicher wiederbeschreibbar ist).</translation>
    </message>
    <message>
        <source>The device rejected the record as malformed (a missing field or a wrong length).</source>
        <translation>Das Gerät hat den Datensatz als fehlerhaft abgelehnt (ein fehlendes Feld oder eine falsche Länge).</translation>
    </message>
    <message>
        <source>This is a station or firmware mismatch: stop the line and call the supervisor.</source>
        <translation>Station und Firmware passen nicht zusammen: Linie anhalten und den Schichtleiter rufen.</translation>
    </message>
    <message>
        <source>The device has left factory mode (it is locked), so it refuses write and reveal.</source>
        <translation>Das Gerät hat den Werksmodus verlassen (es ist gesperrt) und verweigert daher Schreiben und Auslesen.</translation>
    </message>
    <message>
        <source>This unit is already provisioned and locked; set it aside and check it in the journal.</source>
        <translation>Dieses Gerät ist bereits provisioniert und gesperrt; beiseitelegen und im Journal nachsehen.</translation>
    </message>
    <message>
        <source>The device has no record to reveal.</source>
        <translation>Das Gerät hat keinen Datensatz zum Auslesen.</translation>
    </message>
    <message>
        <source>Provision the device again from the start.</source>
        <translation>Gerät von Anfang an erneut provisionieren.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <source>The device&apos;s storage holds a partial record (power was lost while programming).</source>
        <translation>Der Speicher des Geräts enthält einen unvollständigen Datensatz (Stromausfall beim Programmieren).</translation>
    </message>
    <message>
        <source>Write-once storage: mark the unit SCRAP. Rewritable: provision it again.</source>
        <translation>Einmal beschreibbarer Speicher: Gerät als AUSSCHUSS kennzeichnen. Wiederbeschreibbar: erneut provisionieren.</translation>
    </message>
    <message>
        <source>The device reported an unspecified error.</source>
        <translation>Das Gerät meldete einen nicht näher bestimmten Fehler.</translation>
    </message>
    <message>
        <source>Power-cycle the device and try again; if it repeats, set the unit aside for rework.</source>
        <translation>Gerät aus- und einschalten und erneut versuchen; wiederholt es sich, zur Nacharbeit beiseitelegen.</translation>
    </message>
    <message>
        <source>The device in {place} refused {command}: {meaning}</source>
        <translation>Das Gerät in {place} verweigerte {command}: {meaning}</translation>
    </message>
    <message>
        <source>The device in {place} refused {command}: {meaning} (rc {rc})</source>
        <translation>Das Gerät in {place} verweigerte {command}: {meaning} (rc {rc})</translation>
    </message>
    <message>
        <source>The {command} request for the device in {place} is {size} bytes, but the device takes at most {limit}; nothing was sent to it.</source>
        <translation>Die Anfrage {command} für das Gerät in {place} hat {size} Byte, das Gerät nimmt aber höchstens {limit} an; ihm wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The target&apos;s realm and Pairing URL are too long for this device&apos;s firmware: stop the line and ask the supervisor to shorten them.</source>
        <translation>Realm und Pairing-URL des Ziels sind zu lang für die Firmware dieses Geräts: Linie anhalten und den Schichtleiter bitten, sie zu kürzen.</translation>
    </message>
    <message>
        <source>message of {size} bytes is shorter than an SMP header</source>
        <translation>Nachricht mit {size} Byte ist kürzer als ein SMP-Header</translation>
    </message>
    <message>
        <source>body has bytes after its CBOR item</source>
        <translation>Nutzdaten haben Bytes nach ihrem CBOR-Element</translation>
    </message>
    <message>
        <source>No answer to {command} from the device in {place}, so it is unknown whether it took effect ({cause})</source>
        <translation>Keine Antwort auf {command} vom Gerät in {place}; ob es wirksam wurde, ist unbekannt ({cause})</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device in {place} if needed and let the station re-read its state.</source>
        <translation>Nicht blind neu starten: Gerät in {place} ggf. neu einsetzen und die Station seinen Zustand neu lesen lassen.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reading identity</source>
        <translation>Identität lesen</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Checking policy</source>
        <translation>Regeln prüfen</translation>
    </message>
    <message>
        <source>Checking the write</source>
        <translation>Schreiben prüfen</translation>
    </message>
    <message>
        <source>Recording in journal</source>
        <translation>Im Journal erfassen</translation>
    </message>
    <message>
        <source>Registering with Astarte</source>
        <translation>Bei Astarte registrieren</translation>
    </message>
    <message>
        <source>Verifying with Astarte</source>
        <translation>Mit Astarte prüfen</translation>
    </message>
    <message>
        <source>Writing credentials</source>
        <translation>Zugangsdaten schreiben</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>reading identity</source>
        <translation>Identität lesen</translation>
    </message>
    <message>
        <source>locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>checking policy</source>
        <translation>Regeln prüfen</translation>
    </message>
    <message>
        <source>checking the write</source>
        <translation>Schreiben prüfen</translation>
    </message>
    <message>
        <source>recording in journal</source>
        <translation>Im Journal erfassen</translation>
    </message>
    <message>
        <source>registering with astarte</source>
        <translation>Bei Astarte registrieren</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>verifying with astarte</source>
        <translation>Mit Astarte prüfen</translation>
    </message>
    <message>
        <source>writing credentials</source>
        <translation>Zugangsdaten schreiben</translation>
    </message>
    <message>
        <source>The device changed its identity during the attempt.</source>
        <translation>Das Gerät hat während des Versuchs seine Identität geändert.</translation>
    </message>
    <message>
        <source>Set the device aside for a firmware check; if it was swapped during the attempt, provision the device in the slot again.</source>
        <translation>Gerät für eine Firmware-Prüfung beiseitelegen; wurde es während des Versuchs getauscht, das Gerät im Platz erneut provisionieren.</translation>
    </message>
    <message>
        <source>After the write, the device reports a digest that is not the secret just written.</source>
        <translation>Nach dem Schreiben meldet das Gerät einen Hashwert, der nicht zum eben geschriebenen Geheimnis passt.</translation>
    </message>
    <message>
        <source>The device revealed a secret that does not match the digest it reports.</source>
        <translation>Das Gerät zeigte ein Geheimnis, das nicht zu seinem gemeldeten Hashwert passt.</translation>
    </message>
    <message>
        <source>The write to the device was interrupted and its storage changed.</source>
        <translation>Das Schreiben auf das Gerät wurde unterbrochen und sein Speicher hat sich geändert.</translation>
    </message>
    <message>
        <source>No answer to the write: it is unknown whether it took effect.</source>
        <translation>Keine Antwort auf das Schreiben: Ob es wirksam wurde, ist unbekannt.</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device if needed and let the station re-read its state.</source>
        <translation>Nicht blind neu starten: Gerät ggf. neu einsetzen, Zustand neu lesen lassen.</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tagen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{what} is signed with {algorithm}; Pairing accepts only {allowed}.</source>
        <translation>{what} ist mit {algorithm} signiert; Pairing akzeptiert nur {allowed}.</translation>
    </message>
    <message>
        <source>Mint the token with the realm&apos;s private key (astartectl utils gen-jwt pairing).</source>
        <translation>Das Token mit dem privaten Schlüssel des Realms erzeugen (astartectl utils gen-jwt pairing).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Ask for a new token.</source>
        <translation>Ein neues Token anfordern.</translation>
    </message>
    <message>
        <source>The token&apos;s {claim} claim is not a number of seconds.</source>
        <translation>Der Claim {claim} des Tokens ist keine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Check the token command of this target ({name}) by running it by hand.</source>
        <translation>Den Token-Befehl dieses Ziels ({name}) von Hand ausführen und prüfen.</translation>
    </message>
    <message>
        <source>The token command {name} failed with exit status {status}.</source>
        <translation>Der Token-Befehl {name} ist mit Exit-Status {status} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The token command {name} failed with exit status {status}: {said}</source>
        <translation>Der Token-Befehl {name} ist mit Exit-Status {status} fehlgeschlagen: {said}</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, current token expired; a new one is fetched when needed</source>
        <translation>{algorithm} von {name}, aktuelles Token abgelaufen; bei Bedarf wird ein neues geholt</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, current token expires in {left}; a new one is fetched when needed</source>
        <translation>{algorithm} von {name}, aktuelles Token läuft ab in {left}; bei Bedarf wird ein neues geholt</translation>
    </message>
    <message>
        <source>The token command {name} printed {n} lines; it must print exactly one line: the token.</source>
        <translation>Der Token-Befehl {name} gab {n} Zeilen aus; er muss genau eine Zeile ausgeben: das Token.</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, no expiry</source>
        <translation>{algorithm} von {name}, ohne Ablauf</translation>
    </message>
    <message>
        <source>The token command {name} could not be started: {reason}.</source>
        <translation>Der Token-Befehl {name} konnte nicht gestartet werden: {reason}.</translation>
    </message>
    <message>
        <source>Check the token command of this target ({name}) by running it by hand. It must print only the token.</source>
        <translation>Den Token-Befehl dieses Ziels ({name}) von Hand ausführen und prüfen. Er darf nur das Token ausgeben.</translation>
    </message>
    <message>
        <source>runs {name} when a token is needed</source>
        <translation>führt {name} aus, wenn ein Token gebraucht wird</translation>
    </message>
    <message>
        <source>The token command {name} did not finish within {seconds} s and was stopped.</source>
        <translation>Der Token-Befehl {name} wurde nicht innerhalb von {seconds} s fertig und wurde beendet.</translation>
    </message>
    <message>
        <source>The token command {name} printed more than {kib} KiB and was stopped; a token is a few hundred bytes.</source>
        <translation>Der Token-Befehl {name} gab mehr als {kib} KiB aus und wurde beendet; ein Token hat einige hundert Byte.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} ist leer.</translation>
    </message>
    <message>
        <source>{what} has expired (at {when} UTC).</source>
        <translation>{what} ist abgelaufen (um {when} UTC).</translation>
    </message>
    <message>
        <source>{what} has expired (at {when} UTC); it was not stored.</source>
        <translation>{what} ist abgelaufen (um {when} UTC); es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{what} expires in seconds (at {when} UTC).</source>
        <translation>{what} läuft in Sekunden ab (um {when} UTC).</translation>
    </message>
    <message>
        <source>{what} expires within seconds (at {when} UTC); it was not stored.</source>
        <translation>{what} läuft in Sekunden ab (um {when} UTC); es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{algorithm}, expired: a supervisor must set a new token</source>
        <translation>{algorithm}, abgelaufen: Ein Schichtleiter muss ein neues Token setzen</translation>
    </message>
    <message>
        <source>{algorithm}, expires in {left}, allows {allows}</source>
        <translation>{algorithm}, läuft ab in {left}, erlaubt {allows}</translation>
    </message>
    <message>
        <source>{algorithm}, expires in {left}, allows {allows}: ask a supervisor for a new token soon</source>
        <translation>{algorithm}, läuft ab in {left}, erlaubt {allows}: bald einen Schichtleiter um ein neues Token bitten</translation>
    </message>
    <message>
        <source>{algorithm}, never expires, allows {allows}</source>
        <translation>{algorithm}, läuft nie ab, erlaubt {allows}</translation>
    </message>
    <message>
        <source>Provide the JWT itself: three base64url parts separated by dots, no &apos;Bearer &apos; prefix.</source>
        <translation>Das JWT selbst angeben: drei base64url-Teile, durch Punkte getrennt, ohne Präfix &apos;Bearer &apos;.</translation>
    </message>
    <message>
        <source>A supervisor provides a new token (station target set-token).</source>
        <translation>Ein Schichtleiter stellt ein neues Token bereit (station target set-token).</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>keinem Algorithmus</translation>
    </message>
    <message>
        <source>{what} is not a readable JWT.</source>
        <translation>{what} ist kein lesbares JWT.</translation>
    </message>
    <message>
        <source>{what} is not valid before {when} UTC, and Pairing allows no clock skew.</source>
        <translation>{what} ist nicht vor {when} UTC gültig, und Pairing lässt keine Uhrenabweichung zu.</translation>
    </message>
    <message>
        <source>Check this PC&apos;s clock, or ask for a token without an &apos;nbf&apos; claim.</source>
        <translation>Die Uhr dieses PCs prüfen oder ein Token ohne &apos;nbf&apos;-Claim anfordern.</translation>
    </message>
    <message>
        <source>{key} key; each call gets its own token valid {ttl} s</source>
        <translation>{key}-Schlüssel; jeder Aufruf bekommt ein eigenes Token, gültig {ttl} s</translation>
    </message>
    <message>
        <source>{what} does not allow {scope} (its a_pa claim allows: {allowed}).</source>
        <translation>{what} erlaubt {scope} nicht (sein a_pa-Claim erlaubt: {allowed}).</translation>
    </message>
    <message>
        <source>Ask for a token whose a_pa includes {claim}.</source>
        <translation>Ein Token anfordern, dessen a_pa {claim} enthält.</translation>
    </message>
    <message>
        <source>{what} contains spaces or line breaks.</source>
        <translation>{what} enthält Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>unusable ({kind})</source>
        <translation>unbrauchbar ({kind})</translation>
    </message>
    <message>
        <source>The token printed by {name}</source>
        <translation>Das von {name} ausgegebene Token</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>Das Token</translation>
    </message>
    <message>
        <source>The issued token</source>
        <translation>Das ausgestellte Token</translation>
    </message>
    <message>
        <source>The issued token of target {target}</source>
        <translation>Das ausgestellte Token des Ziels {target}</translation>
    </message>
    <message>
        <source>The pasted token</source>
        <translation>Das eingefügte Token</translation>
    </message>
    <message>
        <source>The token on standard input</source>
        <translation>Das Token auf der Standardeingabe</translation>
    </message>
    <message>
        <source>all off</source>
        <translation>alles aus</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message numerus="yes">
        <source>Port binding {binding} matches %n ports ({devices}).</source>
        <translation>
            <numerusform>Die Port-Bindung {binding} passt auf %n Port ({devices}).</numerusform>
            <numerusform>Die Port-Bindung {binding} passt auf %n Ports ({devices}).</numerusform>
        </translation>
    </message>
    <message>
        <source>add the interface number or use the full USB location from `station fixture list-ports`</source>
        <translation>die Interface-Nummer ergänzen oder die vollständige USB-location aus `station fixture list-ports` verwenden</translation>
    </message>
    <message>
        <source>write the slot&apos;s port path as `station fixture list-ports` shows it</source>
        <translation>den Port-Pfad des Platzes so schreiben, wie `station fixture list-ports` ihn zeigt</translation>
    </message>
    <message>
        <source>USB location {location} is neither a sysfs location (1-1.2 or 1-1.2:1.0) nor a udev ID_PATH (pci-0000:00:14.0-usb-0:1.2:1.0).</source>
        <translation>Die USB-location {location} ist weder eine sysfs-Position (1-1.2 oder 1-1.2:1.0) noch ein udev-ID_PATH (pci-0000:00:14.0-usb-0:1.2:1.0).</translation>
    </message>
    <message>
        <source>copy the location from `station fixture list-ports`</source>
        <translation>die location aus `station fixture list-ports` kopieren</translation>
    </message>
    <message>
        <source>USB serial number {serial} is empty or holds a comma, &apos;=&apos; or a space.</source>
        <translation>Die USB-Seriennummer {serial} ist leer oder enthält ein Komma, &apos;=&apos; oder ein Leerzeichen.</translation>
    </message>
    <message>
        <source>bind this slot by its USB location instead</source>
        <translation>diesen Platz stattdessen über seine USB-location binden</translation>
    </message>
    <message>
        <source>Port path {path} holds a control character (a line break, a tab, ...).</source>
        <translation>Der Port-Pfad {path} enthält ein Steuerzeichen (einen Zeilenumbruch, einen Tabulator, ...).</translation>
    </message>
    <message>
        <source>Port {path} is a kernel enumeration name: the number changes when adapters are replugged or the PC restarts, so the slot would follow the plug order instead of the physical place.</source>
        <translation>Port {path} ist ein Aufzählungsname des Kernels: die Nummer ändert sich, wenn Adapter neu eingesteckt werden oder der PC neu startet; der Platz folgte dann der Steckreihenfolge statt dem physischen Ort.</translation>
    </message>
    <message>
        <source>bind the slot by its USB path: /dev/serial/by-path/..., usb:location=... or /dev/provisioning/&lt;fixture&gt;/slotN (see `station fixture list-ports` and `station fixture learn`)</source>
        <translation>den Platz über seinen USB-Pfad binden: /dev/serial/by-path/..., usb:location=... oder /dev/provisioning/&lt;fixture&gt;/slotN (siehe `station fixture list-ports` und `station fixture learn`)</translation>
    </message>
    <message>
        <source>USB {key} {value} is out of range.</source>
        <translation>USB-{key} {value} liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>use 4 hex digits</source>
        <translation>4 Hex-Ziffern verwenden</translation>
    </message>
    <message>
        <source>USB interface {value} is out of range.</source>
        <translation>Die USB-Schnittstelle {value} liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>use a number from 0 to 255</source>
        <translation>eine Zahl von 0 bis 255 verwenden</translation>
    </message>
    <message>
        <source>usb port binding names {key} twice.</source>
        <translation>Die usb-Port-Bindung nennt {key} zweimal.</translation>
    </message>
    <message>
        <source>keep one</source>
        <translation>einen behalten</translation>
    </message>
    <message>
        <source>Port path {path} is not absolute.</source>
        <translation>Der Port-Pfad {path} ist nicht absolut.</translation>
    </message>
    <message>
        <source>write the full path, starting with /dev/</source>
        <translation>den vollständigen Pfad schreiben, beginnend mit /dev/</translation>
    </message>
    <message>
        <source>USB {key} {value} is not a hexadecimal number.</source>
        <translation>USB-{key} {value} ist keine Hexadezimalzahl.</translation>
    </message>
    <message>
        <source>write it as 4 hex digits: {key}=0403</source>
        <translation>als 4 Hex-Ziffern schreiben: {key}=0403</translation>
    </message>
    <message>
        <source>usb port binding item {item} is not KEY=VALUE.</source>
        <translation>Das Element {item} der usb-Port-Bindung ist nicht KEY=VALUE.</translation>
    </message>
    <message>
        <source>use keys from {keys}, e.g. usb:location=1-1.2:1.0</source>
        <translation>Schlüssel aus {keys} verwenden, z. B. usb:location=1-1.2:1.0</translation>
    </message>
    <message>
        <source>USB {key} {value} is not a number.</source>
        <translation>USB-{key} {value} ist keine Zahl.</translation>
    </message>
    <message>
        <source>write the interface number: {key}=2</source>
        <translation>die Schnittstellennummer schreiben: {key}=2</translation>
    </message>
    <message>
        <source>A {kind} port binding holds exactly one path.</source>
        <translation>Eine Port-Bindung {kind} enthält genau einen Pfad.</translation>
    </message>
    <message>
        <source>write the slot&apos;s port as a single absolute path</source>
        <translation>den Port des Platzes als einen einzigen absoluten Pfad schreiben</translation>
    </message>
    <message>
        <source>Port path {path} is longer than {limit} characters, which no path is.</source>
        <translation>Der Port-Pfad {path} ist länger als {limit} Zeichen, was kein Pfad ist.</translation>
    </message>
    <message>
        <source>Port binding {binding} is neither an absolute path nor usb:KEY=VALUE,...</source>
        <translation>Die Port-Bindung {binding} ist weder ein absoluter Pfad noch usb:KEY=VALUE,...</translation>
    </message>
    <message>
        <source>write /dev/serial/by-path/..., /dev/provisioning/&lt;fixture&gt;/slotN or usb:location=&lt;USB path&gt;</source>
        <translation>/dev/serial/by-path/..., /dev/provisioning/&lt;fixture&gt;/slotN oder usb:location=&lt;USB-Pfad&gt; schreiben</translation>
    </message>
    <message>
        <source>usb port binding has an unknown key {key}.</source>
        <translation>Die usb-Port-Bindung hat einen unbekannten Schlüssel {key}.</translation>
    </message>
    <message>
        <source>use keys from {keys}</source>
        <translation>Schlüssel aus {keys} verwenden</translation>
    </message>
    <message>
        <source>A usb port binding needs a location, or both vid and pid.</source>
        <translation>Eine usb-Port-Bindung braucht eine location oder sowohl vid als auch pid.</translation>
    </message>
    <message>
        <source>write usb:location=&lt;USB path&gt; (see `station fixture list-ports`)</source>
        <translation>usb:location=&lt;USB-Pfad&gt; schreiben (siehe `station fixture list-ports`)</translation>
    </message>
    <message>
        <source>A usb port binding has no path.</source>
        <translation>Eine usb-Port-Bindung hat keinen Pfad.</translation>
    </message>
    <message>
        <source>remove the path</source>
        <translation>den Pfad entfernen</translation>
    </message>
    <message>
        <source>Port binding {binding} is a {expected} binding, not {kind}.</source>
        <translation>Die Port-Bindung {binding} ist eine Bindung {expected}, nicht {kind}.</translation>
    </message>
    <message>
        <source>use PortBinding.parse() to build bindings from text</source>
        <translation>PortBinding.parse() verwenden, um Bindungen aus Text zu bilden</translation>
    </message>
    <message>
        <source>{where} is an empty file (0 bytes), not a journal: it was cut short or created by something else. The station does not start a new journal in its place.</source>
        <translation>{where} ist eine leere Datei (0 Byte), kein Journal: sie wurde abgeschnitten oder von etwas anderem angelegt. Die Station beginnt an ihrer Stelle kein neues Journal.</translation>
    </message>
    <message>
        <source>Restore the journal from its backup (then check it with `station journal verify`); if this station has never provisioned a device, delete the empty file instead.</source>
        <translation>Das Journal aus seiner Sicherung wiederherstellen (dann mit `station journal verify` prüfen); hat diese Station noch nie ein Gerät provisioniert, stattdessen die leere Datei löschen.</translation>
    </message>
    <message>
        <source>{where} is a folder; it must name the journal file.</source>
        <translation>{where} ist ein Ordner; es muss die Journal-Datei nennen.</translation>
    </message>
    <message>
        <source>Set journal_path to a file in that folder, e.g. {example}, in {source}.</source>
        <translation>journal_path in {source} auf eine Datei in diesem Ordner setzen, z. B. {example}.</translation>
    </message>
    <message>
        <source>There is no configuration at {path}.</source>
        <translation>Unter {path} gibt es keine Konfiguration.</translation>
    </message>
    <message>
        <source>Give the configuration file with --config FILE, or ask the supervisor to set up this station (docs/configuration.md shows a complete example).</source>
        <translation>Die Konfigurationsdatei mit --config DATEI angeben oder den Schichtleiter bitten, diese Station einzurichten (docs/configuration.md zeigt ein vollständiges Beispiel).</translation>
    </message>
    <message>
        <source>{source} was written by a newer station version (configuration schema {version}; this station understands up to {known}). It has not been changed.</source>
        <translation>{source} wurde von einer neueren Stationsversion geschrieben (Konfigurationsschema {version}; diese Station versteht bis {known}). Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Upgrade the station software on this PC.</source>
        <translation>Die Stationssoftware auf diesem PC aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot back up {path} before migrating it ({reason}); it was not changed.</source>
        <translation>{path} kann vor der Migration nicht gesichert werden ({reason}); die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Make the configuration folder writable, then start the station again.</source>
        <translation>Den Konfigurationsordner beschreibbar machen, dann die Station neu starten.</translation>
    </message>
    <message>
        <source>There is no fixture {name} in the configuration.</source>
        <translation>In der Konfiguration gibt es keine Aufnahme {name}.</translation>
    </message>
    <message>
        <source>There is no target {name} in the configuration.</source>
        <translation>In der Konfiguration gibt es kein Ziel {name}.</translation>
    </message>
    <message>
        <source>There is no target {name} in the configuration; nothing was stored.</source>
        <translation>In der Konfiguration gibt es kein Ziel {name}; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Use one of: {targets}, or create the target first (Roles → Targets and keys…).</source>
        <translation>Eines davon verwenden: {targets}, oder das Ziel zuerst anlegen (Rollen → Ziele und Schlüssel…).</translation>
    </message>
    <message>
        <source>Target {target} gets its tokens from a command but names none.</source>
        <translation>Ziel {target} bezieht seine Tokens aus einem Befehl, nennt aber keinen.</translation>
    </message>
    <message>
        <source>A supervisor sets the target&apos;s token command.</source>
        <translation>Ein Schichtleiter setzt den Token-Befehl des Ziels.</translation>
    </message>
    <message>
        <source>Cannot save the configuration to {path} ({reason}); the previous file is unchanged.</source>
        <translation>Die Konfiguration kann nicht unter {path} gespeichert werden ({reason}); die vorige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Check that the configuration folder is writable and the disk has space.</source>
        <translation>Prüfen, ob der Konfigurationsordner beschreibbar ist und die Festplatte Platz hat.</translation>
    </message>
    <message>
        <source>{source} is not valid TOML: {detail}.</source>
        <translation>{source} ist kein gültiges TOML: {detail}.</translation>
    </message>
    <message>
        <source>Fix the syntax at the line and column shown in {source}.</source>
        <translation>Die Syntax an der angegebenen Zeile und Spalte in {source} korrigieren.</translation>
    </message>
    <message>
        <source>{source} nests arrays or tables more than {depth} deep; no station setting is shaped like that.</source>
        <translation>{source} verschachtelt Arrays oder Tabellen mehr als {depth} Ebenen tief; keine Stationseinstellung hat diese Form.</translation>
    </message>
    <message>
        <source>Fix {source}: docs/configuration.md shows every setting and its form.</source>
        <translation>{source} korrigieren: docs/configuration.md zeigt jede Einstellung und ihre Form.</translation>
    </message>
    <message>
        <source>Fixture {fixture} names target {target}, which is not configured.</source>
        <translation>Die Aufnahme {fixture} nennt das Ziel {target}, das nicht konfiguriert ist.</translation>
    </message>
    <message>
        <source>A supervisor sets the fixture&apos;s active target to one of: {targets}.</source>
        <translation>Ein Schichtleiter setzt das aktive Ziel der Aufnahme auf eines von: {targets}.</translation>
    </message>
    <message>
        <source>The configuration {path} cannot be read ({reason}).</source>
        <translation>Die Konfiguration {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions and that it is UTF-8 text.</source>
        <translation>Die Berechtigungen der Datei prüfen und ob sie UTF-8-Text ist.</translation>
    </message>
    <message>
        <source>Use one of: {names}.</source>
        <translation>Einen davon verwenden: {names}.</translation>
    </message>
    <message>
        <source>{source}: `schema_version` = {version} is not a version number (1, 2, ...).</source>
        <translation>{source}: `schema_version` = {version} ist keine Versionsnummer (1, 2, ...).</translation>
    </message>
    <message>
        <source>Correct `schema_version` in {source}.</source>
        <translation>`schema_version` in {source} korrigieren.</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has no [fixture] table.</source>
        <translation>{source}: die Konfiguration der Version 1 hat keine Tabelle [fixture].</translation>
    </message>
    <message>
        <source>Add the fixture to {source} or write a new configuration.</source>
        <translation>Die Aufnahme in {source} ergänzen oder eine neue Konfiguration schreiben.</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has no [[target]] tables.</source>
        <translation>{source}: die Konfiguration der Version 1 hat keine Tabellen [[target]].</translation>
    </message>
    <message>
        <source>Add a target to {source} or write a new configuration.</source>
        <translation>Ein Ziel in {source} ergänzen oder eine neue Konfiguration schreiben.</translation>
    </message>
    <message>
        <source>{source}: `schema_version` is missing; the station cannot tell which layout the file uses.</source>
        <translation>{source}: `schema_version` fehlt; die Station kann nicht erkennen, welchen Aufbau die Datei hat.</translation>
    </message>
    <message>
        <source>Add `schema_version = 2` at the top of {source} if it follows the current layout.</source>
        <translation>`schema_version = 2` oben in {source} ergänzen, wenn die Datei dem aktuellen Aufbau folgt.</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has unknown key `{key}`; it cannot be migrated. Allowed there: {allowed}.</source>
        <translation>{source}: die Konfiguration der Version 1 hat den unbekannten Schlüssel `{key}`; sie kann nicht migriert werden. Dort erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>Remove or correct `{key}` in {source}, then start the station again.</source>
        <translation>`{key}` in {source} entfernen oder korrigieren, dann die Station neu starten.</translation>
    </message>
    <message>
        <source>{source}: `target[{n}]` has no name.</source>
        <translation>{source}: `target[{n}]` hat keinen Namen.</translation>
    </message>
    <message>
        <source>Name every [[target]] in {source}.</source>
        <translation>Jedem [[target]] in {source} einen Namen geben.</translation>
    </message>
    <message>
        <source>Check the printer and its CUPS queue (lpstat -p {queue}), then reprint the label.</source>
        <translation>Drucker und seine CUPS-Warteschlange prüfen (lpstat -p {queue}), dann das Etikett nachdrucken.</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not print job {job} within {seconds} s, so it was cancelled and cannot print late ({state}).</source>
        <translation>Die CUPS-Warteschlange {queue} des Etikettendruckers hat den Auftrag {job} nicht innerhalb von {seconds} s gedruckt; er wurde abgebrochen und kann nicht verspätet drucken ({state}).</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not answer {command} within {seconds} s.</source>
        <translation>Die CUPS-Warteschlange {queue} des Etikettendruckers hat {command} nicht innerhalb von {seconds} s beantwortet.</translation>
    </message>
    <message>
        <source>no state reported</source>
        <translation>kein Zustand gemeldet</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} does not accept jobs.</source>
        <translation>Die CUPS-Warteschlange {queue} des Etikettendruckers nimmt keine Aufträge an.</translation>
    </message>
    <message>
        <source>The label goes to CUPS queue {queue}, but the CUPS command {command} is not installed.</source>
        <translation>Das Etikett geht an die CUPS-Warteschlange {queue}, aber der CUPS-Befehl {command} ist nicht installiert.</translation>
    </message>
    <message>
        <source>Install the CUPS client tools (Debian: cups-client), or set [line] printer to print straight to the printer.</source>
        <translation>Die CUPS-Client-Werkzeuge installieren (Debian: cups-client) oder [line] printer so einstellen, dass direkt auf den Drucker gedruckt wird.</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not take the label (lp said: {said}).</source>
        <translation>Die CUPS-Warteschlange {queue} des Etikettendruckers hat das Etikett nicht angenommen (lp meldete: {said}).</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} refused {command}: {said}.</source>
        <translation>Die CUPS-Warteschlange {queue} des Etikettendruckers hat {command} abgelehnt: {said}.</translation>
    </message>
    <message>
        <source>Start it again ({command} {queue}, as the CUPS administrator), then reprint the label.</source>
        <translation>Sie wieder starten ({command} {queue}, als CUPS-Administrator), dann das Etikett nachdrucken.</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} is stopped ({state}).</source>
        <translation>Die CUPS-Warteschlange {queue} des Etikettendruckers ist angehalten ({state}).</translation>
    </message>
    <message>
        <source>The barcode scanner on {port} is back.</source>
        <translation>Der Barcodescanner an {port} ist wieder da.</translation>
    </message>
    <message>
        <source>The barcode scanner on {port} cannot be read ({reason}).</source>
        <translation>Der Barcodescanner an {port} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check the scanner&apos;s USB cable and that no other program holds its port, or fix [line] scanner_port; until then use a keyboard scanner or pick slots by hand.</source>
        <translation>USB-Kabel des Scanners prüfen und ob kein anderes Programm seinen Anschluss belegt, oder [line] scanner_port korrigieren; bis dahin einen Tastatur-Scanner verwenden oder die Plätze von Hand wählen.</translation>
    </message>
    <message>
        <source>{source}: slot {slot} must be a number mapped to a USB path string.</source>
        <translation>{source}: Platz {slot} muss eine Nummer sein, die einem USB-Pfad als Text zugeordnet ist.</translation>
    </message>
    <message>
        <source>write &quot;1&quot;: &quot;pci-0000:00:14.0-usb-0:1.2:1.0&quot;</source>
        <translation>&quot;1&quot;: &quot;pci-0000:00:14.0-usb-0:1.2:1.0&quot; schreiben</translation>
    </message>
    <message>
        <source>Fixture name {name} cannot be used in a device path.</source>
        <translation>Der Aufnahmename {name} kann nicht in einem Gerätepfad verwendet werden.</translation>
    </message>
    <message>
        <source>use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; verwenden, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>{source} has no &quot;slots&quot;.</source>
        <translation>{source} hat keine &quot;slots&quot;.</translation>
    </message>
    <message>
        <source>record at least one slot</source>
        <translation>mindestens einen Platz aufnehmen</translation>
    </message>
    <message>
        <source>Slot {slot} is bound to {binding}, which names no udev USB path.</source>
        <translation>Platz {slot} ist an {binding} gebunden, das keinen udev-USB-Pfad nennt.</translation>
    </message>
    <message>
        <source>bind it to /dev/serial/by-path/... or usb:location=&lt;ID_PATH&gt;, or record the slots with `station fixture learn`</source>
        <translation>ihn an /dev/serial/by-path/... oder usb:location=&lt;ID_PATH&gt; binden oder die Plätze mit `station fixture learn` aufnehmen</translation>
    </message>
    <message>
        <source>Slot {slot}&apos;s USB path {key} is not a udev ID_PATH of a USB interface (like pci-0000:00:14.0-usb-0:1.2:1.0, optionally ending in -portN).</source>
        <translation>Der USB-Pfad {key} von Platz {slot} ist kein udev-ID_PATH einer USB-Schnittstelle (wie pci-0000:00:14.0-usb-0:1.2:1.0, optional mit -portN am Ende).</translation>
    </message>
    <message>
        <source>record the slot map with `station fixture learn`, or copy the name from /dev/serial/by-path</source>
        <translation>die Platz-Zuordnung mit `station fixture learn` aufnehmen oder den Namen aus /dev/serial/by-path kopieren</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {detail} at line {line}.</source>
        <translation>{source} ist kein gültiges JSON: {detail} in Zeile {line}.</translation>
    </message>
    <message>
        <source>fix the file or record it again with `station fixture learn`</source>
        <translation>die Datei korrigieren oder mit `station fixture learn` neu aufnehmen</translation>
    </message>
    <message>
        <source>Slots {first} and {slot} have the same USB path {key}: udev could not tell them apart.</source>
        <translation>Die Plätze {first} und {slot} haben denselben USB-Pfad {key}: udev könnte sie nicht unterscheiden.</translation>
    </message>
    <message>
        <source>plug each slot&apos;s adapter into its own USB port; for a multi-port chip whose ports share one USB interface, give each slot its own adapter</source>
        <translation>den Adapter jedes Platzes an einen eigenen USB-Port stecken; bei einem Mehrfach-Chip, dessen Ports sich eine USB-Schnittstelle teilen, jedem Platz einen eigenen Adapter geben</translation>
    </message>
    <message>
        <source>{source} needs a &quot;fixture&quot; name and a &quot;slots&quot; object.</source>
        <translation>{source} braucht einen Namen &quot;fixture&quot; und ein Objekt &quot;slots&quot;.</translation>
    </message>
    <message>
        <source>write {{&quot;fixture&quot;: &quot;line3&quot;, &quot;slots&quot;: {{&quot;1&quot;: &quot;pci-...-usb-0:1.2:1.0&quot;}}}}</source>
        <translation>{{&quot;fixture&quot;: &quot;line3&quot;, &quot;slots&quot;: {{&quot;1&quot;: &quot;pci-...-usb-0:1.2:1.0&quot;}}}} schreiben</translation>
    </message>
    <message>
        <source>Slot number {slot} is not positive.</source>
        <translation>Die Platznummer {slot} ist nicht positiv.</translation>
    </message>
    <message>
        <source>number slots from 1</source>
        <translation>Plätze ab 1 nummerieren</translation>
    </message>
    <message>
        <source>slot map</source>
        <translation>Die Platz-Zuordnung</translation>
    </message>
    <message>
        <source>Cannot read slot map {path}: {reason}.</source>
        <translation>Die Platz-Zuordnung {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>den Pfad prüfen</translation>
    </message>
    <message>
        <source>The fail sound cannot play: pacat exited with {status}.</source>
        <translation>Der Fehlerton kann nicht abgespielt werden: pacat endete mit {status}.</translation>
    </message>
    <message>
        <source>The fail sound cannot play: {detail}.</source>
        <translation>Der Fehlerton kann nicht abgespielt werden: {detail}.</translation>
    </message>
    <message>
        <source>Check that the desktop session&apos;s sound server runs and a speaker is connected; the tile still shows FAIL.</source>
        <translation>Prüfen, ob der Soundserver der Desktop-Sitzung läuft und ein Lautsprecher angeschlossen ist; die Kachel zeigt weiterhin FEHLER.</translation>
    </message>
    <message>
        <source>The fail sound cannot play: pacat (pulseaudio-utils) is not installed.</source>
        <translation>Der Fehlerton kann nicht abgespielt werden: pacat (pulseaudio-utils) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Ask the administrator to install pulseaudio-utils; the tile still shows FAIL.</source>
        <translation>Den Administrator bitten, pulseaudio-utils zu installieren; die Kachel zeigt weiterhin FEHLER.</translation>
    </message>
    <message>
        <source>The fail sound did not finish playing within {seconds} s.</source>
        <translation>Der Fehlerton wurde nicht innerhalb von {seconds} s zu Ende gespielt.</translation>
    </message>
    <message>
        <source>Check the PC&apos;s sound settings; the tile still shows FAIL.</source>
        <translation>Die Toneinstellungen des PCs prüfen; die Kachel zeigt weiterhin FEHLER.</translation>
    </message>
    <message>
        <source>The tower light is back.</source>
        <translation>Die Signalsäule ist wieder da.</translation>
    </message>
    <message>
        <source>blue blink</source>
        <translation>blau blinkt</translation>
    </message>
    <message>
        <source>blue steady</source>
        <translation>blau an</translation>
    </message>
    <message>
        <source>buzzer blink</source>
        <translation>Summer pulsiert</translation>
    </message>
    <message>
        <source>buzzer steady</source>
        <translation>Summer an</translation>
    </message>
    <message>
        <source>green blink</source>
        <translation>grün blinkt</translation>
    </message>
    <message>
        <source>green steady</source>
        <translation>grün an</translation>
    </message>
    <message>
        <source>{where} refused the command (NAK).</source>
        <translation>{where} hat den Befehl abgelehnt (NAK).</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s network cable and address in the configuration; provisioning goes on without it.</source>
        <translation>Netzwerkkabel der Signalsäule und ihre Adresse in der Konfiguration prüfen; das Provisionieren läuft ohne sie weiter.</translation>
    </message>
    <message>
        <source>The network tower light at {host}:{port}</source>
        <translation>Die Netzwerk-Signalsäule unter {host}:{port}</translation>
    </message>
    <message>
        <source>{where} gave no ACK.</source>
        <translation>{where} gab kein ACK.</translation>
    </message>
    <message>
        <source>The Patlite tower at {path}</source>
        <translation>Die Patlite-Säule an {path}</translation>
    </message>
    <message>
        <source>Set the tower&apos;s control mode to PNS command control in its web set-up; provisioning goes on without it.</source>
        <translation>In der Web-Einrichtung der Säule den Steuermodus auf PNS-Befehlssteuerung stellen; das Provisionieren läuft ohne sie weiter.</translation>
    </message>
    <message>
        <source>red blink</source>
        <translation>rot blinkt</translation>
    </message>
    <message>
        <source>red steady</source>
        <translation>rot an</translation>
    </message>
    <message>
        <source>The tower light on {port} cannot be reached ({kind}).</source>
        <translation>Die Signalsäule an {port} ist nicht erreichbar ({kind}).</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s USB cable and that no other program holds its port; provisioning goes on without it.</source>
        <translation>USB-Kabel der Signalsäule prüfen und ob kein anderes Programm ihren Anschluss belegt; das Provisionieren läuft ohne sie weiter.</translation>
    </message>
    <message>
        <source>The Patlite tower at {path} took {written} of {size} bytes.</source>
        <translation>Die Patlite-Säule an {path} nahm {written} von {size} Byte an.</translation>
    </message>
    <message>
        <source>{where} cannot be reached ({reason}).</source>
        <translation>{where} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s USB cable and the station&apos;s udev rules for it; provisioning goes on without it.</source>
        <translation>USB-Kabel der Signalsäule und die udev-Regeln der Station dafür prüfen; das Provisionieren läuft ohne sie weiter.</translation>
    </message>
    <message>
        <source>yellow blink</source>
        <translation>gelb blinkt</translation>
    </message>
    <message>
        <source>yellow steady</source>
        <translation>gelb an</translation>
    </message>
    <message>
        <source>The OS keyring failed to give the Wi-Fi password ({kind}).</source>
        <translation>Der Schlüsselbund des Betriebssystems konnte das WLAN-Passwort nicht liefern ({kind}).</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service (gnome-keyring), then start the slot again.</source>
        <translation>Einen Secret Service (gnome-keyring) starten und entsperren, dann den Platz erneut starten.</translation>
    </message>
    <message>
        <source>The OS keyring did not answer when asked for the Wi-Fi password.</source>
        <translation>Der Schlüsselbund des Betriebssystems antwortete nicht auf die Frage nach dem WLAN-Passwort.</translation>
    </message>
    <message>
        <source>Unlock the keyring on this PC&apos;s desktop, then start the slot again.</source>
        <translation>Den Schlüsselbund auf dem Desktop dieses PCs entsperren, dann den Platz erneut starten.</translation>
    </message>
    <message>
        <source>The OS keyring holds no Wi-Fi password for SSID {ssid}.</source>
        <translation>Der Schlüsselbund des Betriebssystems enthält kein WLAN-Passwort für die SSID {ssid}.</translation>
    </message>
    <message>
        <source>Ask the supervisor to store it: {command}.</source>
        <translation>Den Schichtleiter bitten, es zu speichern: {command}.</translation>
    </message>
    <message>
        <source>The OS keyring backend ({module}) would not keep the Wi-Fi password safe.</source>
        <translation>Das Schlüsselbund-Backend des Betriebssystems ({module}) würde das WLAN-Passwort nicht sicher aufbewahren.</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service (gnome-keyring) in this desktop session.</source>
        <translation>In dieser Desktop-Sitzung einen Secret Service (gnome-keyring) starten und entsperren.</translation>
    </message>
    <message>
        <source>device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>hardware ID</source>
        <translation>Hardware-ID</translation>
    </message>
    <message>
        <source>hardware serial</source>
        <translation>Hardware-Seriennummer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{path} on the device in {place} is not valid JSON ({problem}). The station does not overwrite a file it cannot read: it may hold a working secret or settings someone needs.</source>
        <translation>{path} auf dem Gerät in {place} ist kein gültiges JSON ({problem}). Die Station überschreibt keine Datei, die sie nicht lesen kann: Sie kann ein gültiges Geheimnis oder benötigte Einstellungen enthalten.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for the supervisor, who has the file checked and removed, or sets malformed_config = &quot;rewrite&quot; in {table} to let the station register the device again and overwrite such files.</source>
        <translation>Gerät aus {place} für den Schichtleiter beiseitelegen, der die Datei prüfen und entfernen lässt oder malformed_config = &quot;rewrite&quot; in {table} setzt, damit die Station das Gerät erneut registriert und solche Dateien überschreibt.</translation>
    </message>
    <message>
        <source>The configuration file for the device in {place} would be {size} bytes; the astarte_app sample reads at most {most}.</source>
        <translation>Die Konfigurationsdatei für das Gerät in {place} hätte {size} Byte; das Beispiel astarte_app liest höchstens {most}.</translation>
    </message>
    <message>
        <source>Shorten extra_fields in {table}.</source>
        <translation>extra_fields in {table} kürzen.</translation>
    </message>
    <message>
        <source>the hash of {path}</source>
        <translation>den Hash von {path}</translation>
    </message>
    <message>
        <source>reading {path}</source>
        <translation>das Lesen von {path}</translation>
    </message>
    <message>
        <source>the upload of {path}</source>
        <translation>das Hochladen von {path}</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check (docs/zephyr.md).</source>
        <translation>Gerät aus {place} für eine Firmware-Prüfung beiseitelegen (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>The device in {place} was busy with another file operation and refused {doing}.</source>
        <translation>Das Gerät in {place} war mit einem anderen Dateivorgang beschäftigt und verweigerte {doing}.</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it stays busy, power-cycle it and try once more.</source>
        <translation>Gerät in {place} erneut provisionieren; bleibt es beschäftigt, aus- und wieder einschalten und noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The device in {place} could not write {path}: its file system is full (or its flash failed).</source>
        <translation>Das Gerät in {place} konnte {path} nicht schreiben: Sein Dateisystem ist voll (oder sein Flash defekt).</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must leave room on the {mount} partition (at least two free 4 KiB blocks) or erase the files filling it; the station provisions it again afterwards.</source>
        <translation>Gerät aus {place} beiseitelegen. Das Firmware-Team muss auf der Partition {mount} Platz lassen (mindestens zwei freie 4-KiB-Blöcke) oder die füllenden Dateien löschen; danach provisioniert die Station es erneut.</translation>
    </message>
    <message>
        <source>The file system at {mount} on the device in {place} is read-only.</source>
        <translation>Das Dateisystem unter {mount} auf dem Gerät in {place} ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside: its firmware must mount the partition read-write.</source>
        <translation>Gerät aus {place} beiseitelegen: Seine Firmware muss die Partition beschreibbar einhängen.</translation>
    </message>
    <message>
        <source>The device in {place} refused {doing}: fs_mgmt error {name}.</source>
        <translation>Das Gerät in {place} verweigerte {doing}: fs_mgmt-Fehler {name}.</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it repeats, set it aside for a firmware check.</source>
        <translation>Gerät in {place} erneut provisionieren; wiederholt es sich, für eine Firmware-Prüfung beiseitelegen.</translation>
    </message>
    <message>
        <source>The device in {place} refused {what}: group {group} rc {rc}</source>
        <translation>Das Gerät in {place} verweigerte {what}: Gruppe {group} rc {rc}</translation>
    </message>
    <message>
        <source>The device in {place} holds a {path} whose {kind} is not that of the {sent} bytes sent ({hashed} bytes hashed): it did not store what the station wrote.</source>
        <translation>Das Gerät in {place} hat eine {path}, deren {kind} nicht zu den {sent} gesendeten Byte passt ({hashed} Byte gehasht): Es hat nicht gespeichert, was die Station schrieb.</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it repeats, set it aside for a flash check.</source>
        <translation>Gerät in {place} erneut provisionieren; wiederholt es sich, für eine Flash-Prüfung beiseitelegen.</translation>
    </message>
    <message>
        <source>The device in {place} reported hardware ID {before} and now {after} in the same session; the station cannot tell which unit it is.</source>
        <translation>Das Gerät in {place} meldete in derselben Sitzung die Hardware-ID {before} und jetzt {after}; die Station kann nicht erkennen, welches Gerät es ist.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check: &apos;hwinfo devid&apos; must print the same ID every time.</source>
        <translation>Gerät aus {place} für eine Firmware-Prüfung beiseitelegen: &apos;hwinfo devid&apos; muss jedes Mal dieselbe ID ausgeben.</translation>
    </message>
    <message>
        <source>&apos;hwinfo devid&apos; on the device in {place} printed {shown} (status {ret}), not the &apos;Length: N&apos; and &apos;ID: 0x...&apos; lines the station reads the hardware ID from.</source>
        <translation>&apos;hwinfo devid&apos; auf dem Gerät in {place} gab {shown} aus (Status {ret}), nicht die Zeilen &apos;Length: N&apos; und &apos;ID: 0x...&apos;, aus denen die Station die Hardware-ID liest.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check: its hwinfo driver must give the chip&apos;s unique ID (docs/zephyr.md).</source>
        <translation>Gerät aus {place} für eine Firmware-Prüfung beiseitelegen: Sein hwinfo-Treiber muss die eindeutige ID des Chips liefern (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>The firmware of the device in {place} has no MCUmgr {group} group, which the station needs to provision a stock Zephyr device.</source>
        <translation>Die Firmware des Geräts in {place} hat keine MCUmgr-Gruppe {group}, die die Station zum Provisionieren eines Standard-Zephyr-Geräts braucht.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must build it with {kconfig} (docs/zephyr.md lists every option).</source>
        <translation>Gerät aus {place} beiseitelegen. Das Firmware-Team muss es mit {kconfig} bauen (docs/zephyr.md nennt jede Option).</translation>
    </message>
    <message>
        <source>The shell of the device in {place} has no &apos;hwinfo&apos; command, so the station cannot read its hardware ID.</source>
        <translation>Die Shell des Geräts in {place} hat keinen Befehl &apos;hwinfo&apos;, daher kann die Station seine Hardware-ID nicht lesen.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must build it with {kconfig}, or the supervisor sets identity = &quot;label_scan&quot; in {table} so each unit is identified by the serial scanned from its label (docs/zephyr.md).</source>
        <translation>Gerät aus {place} beiseitelegen. Das Firmware-Team muss es mit {kconfig} bauen, oder der Schichtleiter setzt identity = &quot;label_scan&quot; in {table}, damit jedes Gerät über die vom Etikett gescannte Seriennummer erkannt wird (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>{table} identity = &quot;label_scan&quot;, but nothing can hand the station a scanned label for {place} here.</source>
        <translation>{table} identity = &quot;label_scan&quot;, aber hier kann der Station nichts ein gescanntes Etikett für {place} übergeben.</translation>
    </message>
    <message>
        <source>Provision through the operator screen or `station provision --serial`, or set identity = &quot;hwinfo&quot;.</source>
        <translation>Über den Bedienerbildschirm oder `station provision --serial` provisionieren oder identity = &quot;hwinfo&quot; setzen.</translation>
    </message>
    <message>
        <source>{path} on the device in {place} holds no credentialSecret ({state}).</source>
        <translation>{path} auf dem Gerät in {place} enthält kein credentialSecret ({state}).</translation>
    </message>
    <message>
        <source>Provision the device in {place} again.</source>
        <translation>Gerät in {place} erneut provisionieren.</translation>
    </message>
    <message>
        <source>No answer to the reset of the device in {place} ({cause})</source>
        <translation>Keine Antwort auf den Neustart des Geräts in {place} ({cause})</translation>
    </message>
    <message>
        <source>The file system at {mount} on the device in {place} is not mounted, so the station cannot read or write {path}.</source>
        <translation>Das Dateisystem unter {mount} auf dem Gerät in {place} ist nicht eingehängt, daher kann die Station {path} weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. Its firmware must mount {mount} at boot (a zephyr,fstab littlefs entry with automount) and keep it mounted: the astarte_app sample unmounts it after reading the file (docs/zephyr.md).</source>
        <translation>Gerät aus {place} beiseitelegen. Seine Firmware muss {mount} beim Start einhängen (ein zephyr,fstab-littlefs-Eintrag mit automount) und eingehängt lassen: Das Beispiel astarte_app hängt es nach dem Lesen der Datei aus (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>No answer to a chunk of the configuration upload from the device in {place}, so it is unknown how much of the file it stored ({cause})</source>
        <translation>Keine Antwort vom Gerät in {place} auf einen Teil des Konfigurations-Uploads; wie viel der Datei es gespeichert hat, ist unbekannt ({cause})</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device in {place} if needed and let the station re-read the file.</source>
        <translation>Nicht blind neu starten: Gerät in {place} ggf. neu einsetzen und die Station die Datei neu lesen lassen.</translation>
    </message>
    <message>
        <source>Reseat the device and check that it is powered; if it keeps happening, power-cycle it.</source>
        <translation>Gerät neu einsetzen, Strom prüfen; wiederholt es sich, aus- und einschalten.</translation>
    </message>
    <message>
        <source>The device could not program its storage.</source>
        <translation>Gerät konnte Speicher nicht beschreiben.</translation>
    </message>
    <message>
        <source>Reseat the device and try once more; if it fails again the unit goes to rework.</source>
        <translation>Gerät neu einsetzen, noch einmal versuchen; scheitert es erneut: Nacharbeit.</translation>
    </message>
    <message>
        <source>The device is busy with another operation.</source>
        <translation>Das Gerät ist mit einem anderen Vorgang beschäftigt.</translation>
    </message>
    <message>
        <source>incomplete frame abandoned</source>
        <translation>unvollständiger Frame verworfen</translation>
    </message>
    <message>
        <source>bad CRC</source>
        <translation>falsche CRC</translation>
    </message>
    <message>
        <source>frame line interrupted by a new start marker</source>
        <translation>Frame-Zeile durch eine neue Startmarke unterbrochen</translation>
    </message>
    <message>
        <source>frame length field {total} is too small</source>
        <translation>Frame-Längenfeld {total} ist zu klein</translation>
    </message>
    <message>
        <source>frame line longer than {limit} bytes</source>
        <translation>Frame-Zeile länger als {limit} Byte</translation>
    </message>
    <message>
        <source>frame line is not valid base64</source>
        <translation>Frame-Zeile ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>continuation line without a start line</source>
        <translation>Folgezeile ohne Startzeile</translation>
    </message>
    <message>
        <source>a new frame started before the previous one was complete</source>
        <translation>ein neuer Frame begann, bevor der vorige vollständig war</translation>
    </message>
    <message>
        <source>frame start line too short to hold a length</source>
        <translation>Frame-Startzeile zu kurz für eine Längenangabe</translation>
    </message>
    <message>
        <source>frame announces {size} bytes, more than the {limit} allowed</source>
        <translation>Frame kündigt {size} Byte an, mehr als die erlaubten {limit}</translation>
    </message>
    <message>
        <source>undecodable frame: {detail}</source>
        <translation>nicht dekodierbarer Frame: {detail}</translation>
    </message>
    <message>
        <source>Another device answered on slot {slot}&apos;s port after a reconnect: its {what} is {found}, the unit identified in the slot has {expected}. Nothing more was sent to it.</source>
        <translation>Nach einem Neuverbinden hat ein anderes Gerät am Anschluss von Platz {slot} geantwortet: Dessen {what} lautet {found}, das in diesem Platz erkannte Gerät hat {expected}. Es wurde nichts mehr an es gesendet.</translation>
    </message>
    <message>
        <source>Another device answered on slot {slot}&apos;s port: reseat slot {slot}, then provision the unit again.</source>
        <translation>Am Anschluss von Platz {slot} hat ein anderes Gerät geantwortet: Platz {slot} neu bestücken, dann das Gerät erneut provisionieren.</translation>
    </message>
    <message>
        <source>invalid SMP header: {detail}</source>
        <translation>ungültiger SMP-Header: {detail}</translation>
    </message>
    <message>
        <source>malformed err map</source>
        <translation>fehlerhafte err-Map</translation>
    </message>
    <message>
        <source>malformed rc</source>
        <translation>fehlerhafter rc</translation>
    </message>
    <message>
        <source>the echo came back different</source>
        <translation>das Echo kam verändert zurück</translation>
    </message>
    <message>
        <source>{key} missing or not {kind}</source>
        <translation>{key} fehlt oder ist nicht {kind}</translation>
    </message>
    <message>
        <source>negative programming time</source>
        <translation>negative Programmierzeit</translation>
    </message>
    <message>
        <source>storage is {state} but no secret digest was reported</source>
        <translation>Speicher ist {state}, aber kein Geheimnis-Digest wurde gemeldet</translation>
    </message>
    <message>
        <source>no secret in the answer</source>
        <translation>kein Geheimnis in der Antwort</translation>
    </message>
    <message>
        <source>buf_size/buf_count missing or invalid</source>
        <translation>buf_size/buf_count fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>unknown storage kind or state ({detail})</source>
        <translation>unbekannte Speicherart oder unbekannter Speicherzustand ({detail})</translation>
    </message>
    <message>
        <source>header announces {announced} body bytes but {arrived} arrived</source>
        <translation>Header kündigt {announced} Byte Nutzdaten an, aber {arrived} kamen an</translation>
    </message>
    <message>
        <source>body is not a CBOR map with text keys</source>
        <translation>Nutzdaten sind keine CBOR-Map mit Textschlüsseln</translation>
    </message>
    <message>
        <source>body is not valid CBOR: {detail}</source>
        <translation>Nutzdaten sind kein gültiges CBOR: {detail}</translation>
    </message>
    <message>
        <source>Wait a moment and try again; if it persists, power-cycle the device.</source>
        <translation>Kurz warten und erneut versuchen; bleibt es so, Gerät aus- und einschalten.</translation>
    </message>
    <message>
        <source>Astarte reports this device as already confirmed: its secret has been used.</source>
        <translation>Astarte meldet dieses Gerät als bereits bestätigt: Sein Geheimnis wurde benutzt.</translation>
    </message>
    <message>
        <source>Set the device aside for the supervisor (rework).</source>
        <translation>Gerät für den Schichtleiter beiseitelegen (Nacharbeit).</translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation>Das Gerät hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The device&apos;s port vanished.</source>
        <translation>Der Anschluss des Geräts ist verschwunden.</translation>
    </message>
    <message>
        <source>Reseat the device and its cable, then provision it again.</source>
        <translation>Gerät und Kabel neu einstecken, dann erneut provisionieren.</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Vom Bediener gestoppt.</translation>
    </message>
    <message>
        <source>Provision the device again when ready.</source>
        <translation>Gerät erneut provisionieren, wenn bereit.</translation>
    </message>
    <message>
        <source>This device has already passed on this target.</source>
        <translation>Dieses Gerät hat für dieses Ziel bereits bestanden.</translation>
    </message>
    <message>
        <source>Set the device aside and look it up in the journal.</source>
        <translation>Gerät beiseitelegen und im Journal nachsehen.</translation>
    </message>
    <message>
        <source>Another device answered on this slot&apos;s port.</source>
        <translation>Ein anderes Gerät antwortete an diesem Anschluss.</translation>
    </message>
    <message>
        <source>Reseat the slot, then provision the unit again.</source>
        <translation>Platz neu bestücken, dann erneut provisionieren.</translation>
    </message>
    <message>
        <source>No label was scanned in time.</source>
        <translation>Es wurde kein Etikett rechtzeitig gescannt.</translation>
    </message>
    <message>
        <source>Scan the unit&apos;s label, then provision it again.</source>
        <translation>Etikett des Geräts scannen, dann erneut provisionieren.</translation>
    </message>
    <message>
        <source>Waiting for the unit&apos;s label.</source>
        <translation>Wartet auf das Etikett des Geräts.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot}.</source>
        <translation>Etikett des Geräts in Platz {slot} scannen.</translation>
    </message>
    <message>
        <source>target editor</source>
        <translation>Ziel-Editor</translation>
    </message>
    <message>
        <source>A target named {name} exists already.</source>
        <translation>Ein Ziel namens {name} existiert bereits.</translation>
    </message>
    <message>
        <source>Choose another name, or edit the existing target.</source>
        <translation>Einen anderen Namen wählen oder das vorhandene Ziel bearbeiten.</translation>
    </message>
    <message>
        <source>Target {name} is the active target of fixture {fixtures}; it was not deleted.</source>
        <translation>Ziel {name} ist das aktive Ziel der Aufnahme {fixtures}; es wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Choose another active target for that fixture first.</source>
        <translation>Zuerst ein anderes aktives Ziel für diese Aufnahme wählen.</translation>
    </message>
    <message>
        <source>is not a valid fixture name. Allowed: {rule}.</source>
        <translation>ist kein gültiger Aufnahmename. Erlaubt: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid profile name. Allowed: {rule}.</source>
        <translation>ist kein gültiger Profilname. Erlaubt: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid Astarte realm name. Allowed: {rule}.</source>
        <translation>ist kein gültiger Astarte-Realm-Name. Erlaubt: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid slot name. Allowed: 1-16 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>ist kein gültiger Platzname. Erlaubt: 1-16 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>is not a valid station ID. Allowed: {rule}.</source>
        <translation>ist keine gültige Stations-ID. Erlaubt: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid target name. Allowed: {rule}.</source>
        <translation>ist kein gültiger Zielname. Erlaubt: {rule}.</translation>
    </message>
    <message>
        <source>= true needs print_label = true: only a printed label can be scanned back.</source>
        <translation>= true braucht print_label = true: nur ein gedrucktes Etikett kann zurückgescannt werden.</translation>
    </message>
    <message>
        <source>= {value} holds a control character.</source>
        <translation>= {value} enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Edit `{path}` in {source}.</source>
        <translation>`{path}` in {source} bearbeiten.</translation>
    </message>
    <message>
        <source>must be a partition label of 1 to 15 ASCII characters.</source>
        <translation>muss ein Partitionsname aus 1 bis 15 ASCII-Zeichen sein.</translation>
    </message>
    <message>
        <source>is not a UUID.</source>
        <translation>ist keine UUID.</translation>
    </message>
    <message>
        <source>Copy CONFIG_ASTARTE_HWID_UUID_NAMESPACE from the firmware&apos;s sdkconfig (form &quot;30349dbb-85b6-489e-a8ed-532e65c55c38&quot;).</source>
        <translation>CONFIG_ASTARTE_HWID_UUID_NAMESPACE aus der sdkconfig der Firmware kopieren (Form &quot;30349dbb-85b6-489e-a8ed-532e65c55c38&quot;).</translation>
    </message>
    <message>
        <source>is not an Astarte interface name (reverse domain, like org.example.Sensor).</source>
        <translation>ist kein Astarte-Interface-Name (umgekehrte Domain, wie org.example.Sensor).</translation>
    </message>
    <message>
        <source>= {value} is not a version. Allowed: [major, minor] with non-negative integers, not both 0.</source>
        <translation>= {value} ist keine Version. Erlaubt: [major, minor] mit nicht negativen Ganzzahlen, nicht beide 0.</translation>
    </message>
    <message>
        <source>must be a table of interface = [major, minor], not {actual}.</source>
        <translation>muss eine Tabelle aus interface = [major, minor] sein, nicht {actual}.</translation>
    </message>
    <message>
        <source>Remove it. The configuration never holds secrets, tokens or keys: realm keys and issued tokens are imported into the OS keyring from the supervisor&apos;s target editor.</source>
        <translation>Entfernen. Die Konfiguration enthält nie Geheimnisse, Token oder Schlüssel: Realm-Schlüssel und ausgestellte Token werden im Ziel-Editor des Supervisors in den Schlüsselbund des Betriebssystems importiert.</translation>
    </message>
    <message>
        <source>= {value} must be {low} to {high} characters long.</source>
        <translation>= {value} muss {low} bis {high} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>is required when device_id_rule = &quot;uuid5&quot;: the namespace UUID of your product line.</source>
        <translation>ist erforderlich, wenn device_id_rule = &quot;uuid5&quot;: die Namensraum-UUID Ihrer Produktlinie.</translation>
    </message>
    <message>
        <source>is set, but `line.mes_url` (the MES facade to ask) is not.</source>
        <translation>ist gesetzt, aber `line.mes_url` (die zu fragende MES-Fassade) nicht.</translation>
    </message>
    <message>
        <source>Set `mes_url` in the [line] table of {source}, or remove mes_recipe.</source>
        <translation>`mes_url` in der Tabelle [line] von {source} setzen oder mes_recipe entfernen.</translation>
    </message>
    <message>
        <source>takes no options.</source>
        <translation>nimmt keine Optionen.</translation>
    </message>
    <message>
        <source>Remove the [{table}] table from the configuration.</source>
        <translation>Die Tabelle [{table}] aus der Konfiguration entfernen.</translation>
    </message>
    <message>
        <source>= true needs a label printer, and neither `line.printer` nor `line.printer_queue` is set.</source>
        <translation>= true braucht einen Etikettendrucker, aber weder `line.printer` noch `line.printer_queue` ist gesetzt.</translation>
    </message>
    <message>
        <source>Set `printer` in the [line] table of {source} (host or host:port), or `printer_queue` (a CUPS raw queue), or set print_label = false.</source>
        <translation>`printer` in der Tabelle [line] von {source} setzen (Host oder Host:Port), oder `printer_queue` (eine CUPS-Raw-Warteschlange), oder print_label = false setzen.</translation>
    </message>
    <message>
        <source>= {value} names no target. Allowed: {allowed}.</source>
        <translation>= {value} nennt kein Ziel. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>must hold at least one target table, e.g. [targets.plant-eu].</source>
        <translation>muss mindestens eine Zieltabelle enthalten, z. B. [targets.plant-eu].</translation>
    </message>
    <message>
        <source>Add a target to {source} or create one in the supervisor&apos;s target editor.</source>
        <translation>Ein Ziel zu {source} hinzufügen oder im Ziel-Editor des Supervisors anlegen.</translation>
    </message>
    <message>
        <source>must hold at least one {table} table.</source>
        <translation>muss mindestens eine {table}-Tabelle enthalten.</translation>
    </message>
    <message>
        <source>= {value} is not an address ({detail}). Allowed: host or host:port, e.g. 192.0.2.10:{port}.</source>
        <translation>= {value} ist keine Adresse ({detail}). Erlaubt: Host oder Host:Port, z. B. 192.0.2.10:{port}.</translation>
    </message>
    <message>
        <source>= {value} is not allowed. Allowed: {allowed}.</source>
        <translation>= {value} ist nicht erlaubt. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>= {value} is not a device path. Allowed: an absolute path such as /dev/serial/by-id/usb-...-if00 or /dev/hidraw0.</source>
        <translation>= {value} ist kein Gerätepfad. Erlaubt: ein absoluter Pfad wie /dev/serial/by-id/usb-...-if00 oder /dev/hidraw0.</translation>
    </message>
    <message>
        <source>is not a salted scrypt hash (scrypt$n$r$p$salt$hash). Passwords are never stored as they are.</source>
        <translation>ist kein gesalzener scrypt-Hash (scrypt$n$r$p$salt$hash). Passwörter werden nie im Klartext gespeichert.</translation>
    </message>
    <message>
        <source>Set the password with `station roles set-password qa|supervisor`, which writes the hash.</source>
        <translation>Das Passwort mit `station roles set-password qa|supervisor` setzen, das den Hash schreibt.</translation>
    </message>
    <message>
        <source>= {value} is not a CUPS queue name. Allowed: 1 to 127 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; and &apos;-&apos; (no spaces, &apos;/&apos; or &apos;#&apos;).</source>
        <translation>= {value} ist kein CUPS-Warteschlangenname. Erlaubt: 1 bis 127 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; und &apos;-&apos; (keine Leerzeichen, kein &apos;/&apos; oder &apos;#&apos;).</translation>
    </message>
    <message>
        <source>= {value} is not a serial port&apos;s path. Allowed: an absolute path such as /dev/serial/by-id/usb-...-if00 or /dev/ttyACM0.</source>
        <translation>= {value} ist kein Pfad einer seriellen Schnittstelle. Erlaubt: ein absoluter Pfad wie /dev/serial/by-id/usb-...-if00 oder /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(nicht angezeigt)</translation>
    </message>
    <message>
        <source>must be a table, not {actual}.</source>
        <translation>muss eine Tabelle sein, nicht {actual}.</translation>
    </message>
    <message>
        <source>= {value} is not a UUID (like 6ba7b810-9dad-11d1-80b4-00c04fd430c8).</source>
        <translation>= {value} ist keine UUID (wie 6ba7b810-9dad-11d1-80b4-00c04fd430c8).</translation>
    </message>
    <message>
        <source>= {value} is out of range. Allowed: {low} to {high}.</source>
        <translation>= {value} liegt außerhalb des Bereichs. Erlaubt: {low} bis {high}.</translation>
    </message>
    <message>
        <source>= {value} holds a control character (a line break, a NUL, ...).</source>
        <translation>= {value} enthält ein Steuerzeichen (einen Zeilenumbruch, ein NUL, ...).</translation>
    </message>
    <message>
        <source>is empty; it must name a file.</source>
        <translation>ist leer; es muss eine Datei nennen.</translation>
    </message>
    <message>
        <source>= {value} is longer than a path can be ({chars} characters, {bytes} bytes per name).</source>
        <translation>= {value} ist länger, als ein Pfad sein kann ({chars} Zeichen, {bytes} Byte pro Name).</translation>
    </message>
    <message>
        <source>= {value} is not a key a foot pedal can be set to send here. Allowed: F1 to F24, Pause, ScrollLock, Insert, Home, End, PageUp, PageDown, or empty (off).</source>
        <translation>= {value} ist keine Taste, die ein Fußschalter hier senden kann. Erlaubt: F1 bis F24, Pause, ScrollLock, Insert, Home, End, PageUp, PageDown oder leer (aus).</translation>
    </message>
    <message>
        <source>Set the pedal to one of those keys (its own software does that) and name the same key in `{path}` in {source}.</source>
        <translation>Den Fußschalter auf eine dieser Tasten einstellen (mit seiner eigenen Software) und dieselbe Taste in `{path}` in {source} eintragen.</translation>
    </message>
    <message>
        <source>= {value}: {problem}</source>
        <translation>= {value}: {problem}</translation>
    </message>
    <message>
        <source>{source}: `{path}` {problem}</source>
        <translation>{source}: `{path}` {problem}</translation>
    </message>
    <message>
        <source>`{path}` {problem}</source>
        <translation>`{path}` {problem}</translation>
    </message>
    <message>
        <source>must be a table of [profiles.KIND] tables, not {actual}.</source>
        <translation>muss eine Tabelle aus [profiles.KIND]-Tabellen sein, nicht {actual}.</translation>
    </message>
    <message>
        <source>= {value} is not a valid regular expression ({detail}). It is matched against the whole hardware serial, e.g. &quot;{example}&quot;.</source>
        <translation>= {value} ist kein gültiger regulärer Ausdruck ({detail}). Er wird mit der ganzen Hardware-Seriennummer verglichen, z. B. &quot;{example}&quot;.</translation>
    </message>
    <message>
        <source>= {value} nests too deeply to be a usable regular expression.</source>
        <translation>= {value} ist zu tief verschachtelt, um ein brauchbarer regulärer Ausdruck zu sein.</translation>
    </message>
    <message>
        <source>= {value} repeats the {what} of `{other}`; each must differ.</source>
        <translation>= {value} wiederholt {what} von `{other}`; jeder muss sich unterscheiden.</translation>
    </message>
    <message>
        <source>is required ({kind}).</source>
        <translation>ist erforderlich ({kind}).</translation>
    </message>
    <message>
        <source>1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>1-64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>1-48 lower-case letters and digits, starting with a letter ({pattern})</source>
        <translation>1-48 Kleinbuchstaben und Ziffern, beginnend mit einem Buchstaben ({pattern})</translation>
    </message>
    <message>
        <source>= {value} is not the current schema ({current}).</source>
        <translation>= {value} ist nicht das aktuelle Schema ({current}).</translation>
    </message>
    <message>
        <source>Load the file with `load_config`, which migrates older versions.</source>
        <translation>Die Datei mit `load_config` laden, das ältere Versionen migriert.</translation>
    </message>
    <message>
        <source>looks like it would hold a secret, token or key.</source>
        <translation>sieht aus, als würde es ein Geheimnis, einen Token oder einen Schlüssel enthalten.</translation>
    </message>
    <message>
        <source>holds text shaped like a secret, token or key (not shown).</source>
        <translation>enthält Text in der Form eines Geheimnisses, Tokens oder Schlüssels (nicht angezeigt).</translation>
    </message>
    <message>
        <source>= {value} holds a space or a control character.</source>
        <translation>= {value} enthält ein Leerzeichen oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>must name at least one storage kind. Allowed: {allowed}.</source>
        <translation>muss mindestens eine Speicherart nennen. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>= {value} is not a storage kind. Allowed: {allowed}.</source>
        <translation>= {value} ist keine Speicherart. Erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>is required when token_source = &quot;command&quot;: the program and its arguments, e.g. [&quot;/usr/local/bin/issue-token&quot;, &quot;--realm&quot;, &quot;plant1&quot;].</source>
        <translation>ist erforderlich, wenn token_source = &quot;command&quot;: das Programm und seine Argumente, z. B. [&quot;/usr/local/bin/issue-token&quot;, &quot;--realm&quot;, &quot;plant1&quot;].</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings.</source>
        <translation>muss ein Array aus nicht leeren Zeichenketten sein.</translation>
    </message>
    <message>
        <source>is only used with token_source = &quot;command&quot; (this target uses {used}).</source>
        <translation>wird nur mit token_source = &quot;command&quot; verwendet (dieses Ziel verwendet {used}).</translation>
    </message>
    <message>
        <source>is required when tower = &quot;{kind}&quot;, e.g. &quot;{example}&quot;.</source>
        <translation>ist erforderlich, wenn tower = &quot;{kind}&quot;, z. B. &quot;{example}&quot;.</translation>
    </message>
    <message>
        <source>is not used with tower = &quot;{kind}&quot;.</source>
        <translation>wird mit tower = &quot;{kind}&quot; nicht verwendet.</translation>
    </message>
    <message>
        <source>Remove `{path}`, or set tower to the driver that uses it.</source>
        <translation>`{path}` entfernen oder tower auf den Treiber setzen, der es verwendet.</translation>
    </message>
    <message>
        <source>is set, and so is `line.printer`: labels go to one printer.</source>
        <translation>ist gesetzt, `line.printer` ebenfalls: Etiketten gehen an einen Drucker.</translation>
    </message>
    <message>
        <source>In the [line] table of {source}, keep `printer` (straight to the printer) or `printer_queue` (through CUPS), not both.</source>
        <translation>In der Tabelle [line] von {source} `printer` (direkt zum Drucker) oder `printer_queue` (über CUPS) behalten, nicht beides.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>is not a known setting. Allowed here: {allowed}.</source>
        <translation>ist keine bekannte Einstellung. Hier erlaubt: {allowed}.</translation>
    </message>
    <message>
        <source>Remove or correct `{path}` in {source} (check the spelling).</source>
        <translation>`{path}` in {source} entfernen oder korrigieren (Schreibweise prüfen).</translation>
    </message>
    <message>
        <source>= {value} must not carry a query, fragment or user name.</source>
        <translation>= {value} darf keine Abfrage, kein Fragment und keinen Benutzernamen enthalten.</translation>
    </message>
    <message>
        <source>= {value} names a host longer than {limit} characters, which no DNS name or address is.</source>
        <translation>= {value} nennt einen Host mit mehr als {limit} Zeichen, was kein DNS-Name und keine Adresse ist.</translation>
    </message>
    <message>
        <source>= {value} is not {what} base URL. Allowed: https://host[:port][/path], e.g. {example}.</source>
        <translation>= {value} ist keine Basis-URL für {what}. Erlaubt: https://host[:port][/path], z. B. {example}.</translation>
    </message>
    <message>
        <source>= {value} uses plain http to a remote host; credentials would cross the network unencrypted. Allowed: https (plain http only to 127.0.0.1 or localhost).</source>
        <translation>= {value} verwendet einfaches http zu einem entfernten Host; Zugangsdaten würden unverschlüsselt durchs Netz gehen. Erlaubt: https (einfaches http nur zu 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>= {value} {problem}</source>
        <translation>= {value} {problem}</translation>
    </message>
    <message>
        <source>fixture name</source>
        <translation>den Aufnahmenamen</translation>
    </message>
    <message>
        <source>an MES facade</source>
        <translation>eine MES-Fassade</translation>
    </message>
    <message>
        <source>a Pairing API</source>
        <translation>eine Pairing-API</translation>
    </message>
    <message>
        <source>port</source>
        <translation>den Port</translation>
    </message>
    <message>
        <source>slot name</source>
        <translation>den Platznamen</translation>
    </message>
    <message>
        <source>= {value} must be {kind}, not {actual}.</source>
        <translation>= {value} muss {kind} sein, nicht {actual}.</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>is {value}, not a file under a mount point.</source>
        <translation>ist {value}, keine Datei unter einem Einhängepunkt.</translation>
    </message>
    <message>
        <source>Give the absolute path of the file, e.g. &quot;{example}&quot;.</source>
        <translation>Den absoluten Pfad der Datei angeben, z. B. &quot;{example}&quot;.</translation>
    </message>
    <message>
        <source>must be a table of strings.</source>
        <translation>muss eine Tabelle aus Zeichenketten sein.</translation>
    </message>
    <message>
        <source>Write e.g. extra_fields = {example}.</source>
        <translation>Z. B. extra_fields = {example} schreiben.</translation>
    </message>
    <message>
        <source>sets {name}, which the station writes itself.</source>
        <translation>setzt {name}, das die Station selbst schreibt.</translation>
    </message>
    <message>
        <source>Remove {name}.</source>
        <translation>{name} entfernen.</translation>
    </message>
    <message>
        <source>is longer than {limit} bytes, more than fs_mgmt accepts by default.</source>
        <translation>ist länger als {limit} Byte, mehr als fs_mgmt standardmäßig annimmt.</translation>
    </message>
    <message>
        <source>Shorten it, or raise CONFIG_MCUMGR_GRP_FS_PATH_LEN in the firmware.</source>
        <translation>Kürzen oder CONFIG_MCUMGR_GRP_FS_PATH_LEN in der Firmware erhöhen.</translation>
    </message>
    <message>
        <source>contains a quote or a backslash, which Zephyr&apos;s JSON parser does not unescape</source>
        <translation>enthält ein Anführungszeichen oder einen Backslash, die Zephyrs JSON-Parser nicht auflöst</translation>
    </message>
    <message>
        <source>{why}.</source>
        <translation>{why}.</translation>
    </message>
    <message>
        <source>Use a value without quotes, backslashes or control characters.</source>
        <translation>Einen Wert ohne Anführungszeichen, Backslashes oder Steuerzeichen verwenden.</translation>
    </message>
    <message>
        <source>{table} wifi_password is a secret and never belongs in the configuration file.</source>
        <translation>{table} wifi_password ist ein Geheimnis und gehört nie in die Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Remove it. A supervisor stores the Wi-Fi password in the OS keyring: keyring set provisioning-station wifi-password:&lt;SSID&gt; (docs/zephyr.md).</source>
        <translation>Entfernen. Ein Supervisor speichert das WLAN-Passwort im Schlüsselbund des Betriebssystems: keyring set provisioning-station wifi-password:&lt;SSID&gt; (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>Device profile {kind} is not available in this installation ({detail}).</source>
        <translation>Das Geräteprofil {kind} ist in dieser Installation nicht verfügbar ({detail}).</translation>
    </message>
    <message>
        <source>Install the station with this profile&apos;s dependencies, or choose another profile.</source>
        <translation>Die Station mit den Abhängigkeiten dieses Profils installieren oder ein anderes Profil wählen.</translation>
    </message>
    <message>
        <source>Unknown device profile {kind}.</source>
        <translation>Unbekanntes Geräteprofil {kind}.</translation>
    </message>
    <message>
        <source>Set the fixture&apos;s or slot&apos;s profile to one of: {known}.</source>
        <translation>Das Profil der Aufnahme oder des Platzes auf eines davon setzen: {known}.</translation>
    </message>
    <message>
        <source>The label template {path}</source>
        <translation>Die Etikettvorlage {path}</translation>
    </message>
    <message>
        <source>The label template {path} (target {target})</source>
        <translation>Die Etikettvorlage {path} (Ziel {target})</translation>
    </message>
    <message>
        <source>The label template must start with ^XA and end with ^XZ.</source>
        <translation>Die Etikettvorlage muss mit ^XA beginnen und mit ^XZ enden.</translation>
    </message>
    <message>
        <source>Start from the default template and change positions and sizes only.</source>
        <translation>Von der Standardvorlage ausgehen und nur Positionen und Größen ändern.</translation>
    </message>
    <message>
        <source>{where} is not plain ASCII (byte {offset} is 0x{byte}).</source>
        <translation>{where} ist kein reines ASCII (Byte {offset} ist 0x{byte}).</translation>
    </message>
    <message>
        <source>Keep label text to plain ASCII (a printer&apos;s font 0 prints nothing else); save the file without accents, symbols or a byte-order mark.</source>
        <translation>Etikettentext auf reines ASCII beschränken (die Schrift 0 eines Druckers druckt nichts anderes); die Datei ohne Akzente, Symbole oder Byte-Order-Mark speichern.</translation>
    </message>
    <message>
        <source>The label template uses ^FH, which would read the &apos;_&apos; in device IDs as hex escapes.</source>
        <translation>Die Etikettvorlage verwendet ^FH, das den &apos;_&apos; in Geräte-IDs als Hex-Escape lesen würde.</translation>
    </message>
    <message>
        <source>Remove ^FH from the template.</source>
        <translation>^FH aus der Vorlage entfernen.</translation>
    </message>
    <message>
        <source>{where} has no {fields} field, so the label would lack {needs}.</source>
        <translation>{where} hat kein Feld {fields}, daher würde dem Etikett Folgendes fehlen: {needs}.</translation>
    </message>
    <message>
        <source>Put each field into the template (the built-in label shows where), then check again.</source>
        <translation>Jedes Feld in die Vorlage einfügen (das eingebaute Etikett zeigt, wo), dann erneut prüfen.</translation>
    </message>
    <message>
        <source>The label template has a brace that neither opens nor closes a field ({reason}).</source>
        <translation>Die Etikettvorlage hat eine geschweifte Klammer, die weder ein Feld öffnet noch schließt ({reason}).</translation>
    </message>
    <message>
        <source>{where} does not exist.</source>
        <translation>{where} existiert nicht.</translation>
    </message>
    <message>
        <source>Put the template file at {path}. Fix the target&apos;s label_template in the supervisor&apos;s target editor, or clear it to print the built-in label.</source>
        <translation>Die Vorlagendatei unter {path} ablegen. label_template des Ziels im Ziel-Editor des Schichtleiters korrigieren oder leeren, um das eingebaute Etikett zu drucken.</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>the code in the QR and DataMatrix symbols that identifies the unit</source>
        <translation>der Code in den QR- und DataMatrix-Symbolen, der das Gerät identifiziert</translation>
    </message>
    <message>
        <source>the device ID printed for people</source>
        <translation>die für Menschen gedruckte Geräte-ID</translation>
    </message>
    <message>
        <source>the unit&apos;s serial printed for people</source>
        <translation>die für Menschen gedruckte Seriennummer des Geräts</translation>
    </message>
    <message>
        <source>The label template has no {code} field, so its barcodes would not identify the unit.</source>
        <translation>Die Etikettvorlage hat kein Feld {code}, daher würden ihre Barcodes das Gerät nicht identifizieren.</translation>
    </message>
    <message>
        <source>Put {code} in the QR or DataMatrix field.</source>
        <translation>{code} in das QR- oder DataMatrix-Feld setzen.</translation>
    </message>
    <message>
        <source>{where} is not a file.</source>
        <translation>{where} ist keine Datei.</translation>
    </message>
    <message>
        <source>Name the template file itself. Fix the target&apos;s label_template in the supervisor&apos;s target editor, or clear it to print the built-in label.</source>
        <translation>Die Vorlagendatei selbst angeben. label_template des Ziels im Ziel-Editor des Schichtleiters korrigieren oder leeren, um das eingebaute Etikett zu drucken.</translation>
    </message>
    <message>
        <source>{where} holds {char} at character {offset}, which is not plain ASCII.</source>
        <translation>{where} enthält an Stelle {offset} das Zeichen {char}, das kein reines ASCII ist.</translation>
    </message>
    <message>
        <source>Keep label text to plain ASCII (a printer&apos;s font 0 prints nothing else).</source>
        <translation>Etikettentext auf reines ASCII beschränken (die Schrift 0 eines Druckers druckt nichts anderes).</translation>
    </message>
    <message>
        <source>{where} does not draw as a printer would: {problem}.</source>
        <translation>{where} wird nicht so gezeichnet, wie ein Drucker es täte: {problem}.</translation>
    </message>
    <message>
        <source>Fix the ZPL command at that position (the supervisor&apos;s label editor shows the label as it draws).</source>
        <translation>Den ZPL-Befehl an dieser Stelle korrigieren (der Etikett-Editor des Schichtleiters zeigt das Etikett so, wie es gezeichnet wird).</translation>
    </message>
    <message>
        <source>The label template</source>
        <translation>Die Etikettvorlage</translation>
    </message>
    <message>
        <source>This template</source>
        <translation>Diese Vorlage</translation>
    </message>
    <message>
        <source>{where} cannot be filled in for a unit ({reason}).</source>
        <translation>{where} kann für ein Gerät nicht ausgefüllt werden ({reason}).</translation>
    </message>
    <message>
        <source>Write each field as {serial}, {device_id} or {code}, and double other braces.</source>
        <translation>Jedes Feld als {serial}, {device_id} oder {code} schreiben und andere geschweifte Klammern verdoppeln.</translation>
    </message>
    <message>
        <source>The label template names unknown fields: {names}.</source>
        <translation>Die Etikettvorlage nennt unbekannte Felder: {names}.</translation>
    </message>
    <message>
        <source>Use only {fields}.</source>
        <translation>Nur {fields} verwenden.</translation>
    </message>
    <message>
        <source>{where} cannot be read ({reason}).</source>
        <translation>{where} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Let the user the station runs as read it (its owner or mode), then check again.</source>
        <translation>Dem Benutzer, unter dem die Station läuft, das Lesen erlauben (Eigentümer oder Rechte), dann erneut prüfen.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where} could not be written ({reason}).</source>
        <translation>{where} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Save it in a folder the station&apos;s user may write to, or let that user write there.</source>
        <translation>In einem Ordner speichern, in den der Benutzer der Station schreiben darf, oder diesem Benutzer das Schreiben dort erlauben.</translation>
    </message>
    <message>
        <source>choose the active target</source>
        <translation>das aktive Ziel wählen</translation>
    </message>
    <message>
        <source>change the touch and pedal settings</source>
        <translation>die Touch- und Pedaleinstellungen ändern</translation>
    </message>
    <message>
        <source>change realm targets</source>
        <translation>Realm-Ziele ändern</translation>
    </message>
    <message>
        <source>export the journal</source>
        <translation>das Journal exportieren</translation>
    </message>
    <message>
        <source>import realm keys or tokens</source>
        <translation>Realm-Schlüssel oder Tokens importieren</translation>
    </message>
    <message>
        <source>override the MES offline policy</source>
        <translation>die MES-Offline-Regel übersteuern</translation>
    </message>
    <message>
        <source>override &apos;already passed&apos;</source>
        <translation>„bereits bestanden“ übersteuern</translation>
    </message>
    <message>
        <source>unregister devices (rework)</source>
        <translation>Geräte abmelden (Nacharbeit)</translation>
    </message>
    <message>
        <source>view the journal</source>
        <translation>das Journal ansehen</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first} oder {rest}</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QS</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Schichtleiter</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Noch einmal eingeben: </translation>
    </message>
    <message>
        <source>The {role} password is changed (only its hash is kept, in {path}).</source>
        <translation>Das Passwort für {role} ist geändert (nur sein Hash wird aufbewahrt, in {path}).</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter unterscheiden sich; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Run the command again.</source>
        <translation>Den Befehl erneut ausführen.</translation>
    </message>
    <message>
        <source>New {role} password: </source>
        <translation>Neues Passwort für {role}: </translation>
    </message>
    <message>
        <source>A {role} password is already set and there is no supervisor password to authorize changing it; nothing was changed.</source>
        <translation>Ein Passwort für {role} ist bereits gesetzt, und es gibt kein Schichtleiter-Passwort, das die Änderung freigeben könnte; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Set the supervisor password first (`station roles set-password supervisor`), then run `station roles set-password {role_arg}` again: it asks for the supervisor password.</source>
        <translation>Zuerst das Schichtleiter-Passwort setzen (`station roles set-password supervisor`), dann `station roles set-password {role_arg}` erneut ausführen: Es fragt nach dem Schichtleiter-Passwort.</translation>
    </message>
    <message>
        <source>The {role} password is set (only its hash is kept, in {path}).</source>
        <translation>Das Passwort für {role} ist gesetzt (nur sein Hash wird aufbewahrt, in {path}).</translation>
    </message>
    <message>
        <source>Idle lock after {minutes} min; sign-in locked for {lockout} s after {attempts} wrong passwords (doubling on each further lockout).</source>
        <translation>Leerlaufsperre nach {minutes} min; Anmeldung nach {attempts} falschen Passwörtern für {lockout} s gesperrt (bei jeder weiteren Sperre doppelt so lange).</translation>
    </message>
    <message>
        <source>{role}: NO password: nobody can sign in</source>
        <translation>{role}: KEIN Passwort: niemand kann sich anmelden</translation>
    </message>
    <message>
        <source>{role}: password set</source>
        <translation>{role}: Passwort gesetzt</translation>
    </message>
    <message>
        <source>The password is shorter than {least} characters; nothing was changed.</source>
        <translation>Das Passwort ist kürzer als {least} Zeichen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Choose a longer password (a short sentence is easy to type and hard to guess).</source>
        <translation>Ein längeres Passwort wählen (ein kurzer Satz ist leicht zu tippen und schwer zu erraten).</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}, who may not {privilege}; nothing was changed.</source>
        <translation>{name} ist als {role} angemeldet und darf nicht: {privilege}; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Ask a {roles} to sign in (Roles menu) and do it.</source>
        <translation>Eine Person mit der Rolle {roles} bitten, sich anzumelden (Menü Rollen) und es zu tun.</translation>
    </message>
    <message>
        <source>Overriding &apos;already passed&apos;</source>
        <translation>Das Übersteuern von „bereits bestanden“</translation>
    </message>
    <message>
        <source>Unregistering a device</source>
        <translation>Das Abmelden eines Geräts</translation>
    </message>
    <message>
        <source>{what} needs a reason (at least {least} characters); nothing was done.</source>
        <translation>{what} braucht eine Begründung (mindestens {least} Zeichen); nichts wurde getan.</translation>
    </message>
    <message>
        <source>Write why (for example &apos;returned by customer, RMA 4711&apos;); it goes into the journal.</source>
        <translation>Den Grund angeben (zum Beispiel „vom Kunden zurückgeschickt, RMA 4711“); er kommt ins Journal.</translation>
    </message>
    <message>
        <source>On this PC, run `station roles set-password {role_arg}` (it asks for the new password twice).</source>
        <translation>Auf diesem PC `station roles set-password {role_arg}` ausführen (es fragt zweimal nach dem neuen Passwort).</translation>
    </message>
    <message>
        <source>A supervisor runs `station roles set-password {role_arg}` on this PC (it asks for the supervisor password, then the new password twice).</source>
        <translation>Ein Schichtleiter führt auf diesem PC `station roles set-password {role_arg}` aus (es fragt nach dem Schichtleiter-Passwort, dann zweimal nach dem neuen Passwort).</translation>
    </message>
    <message>
        <source>If you forgot it, a supervisor sets a new one with `station roles set-password {role_arg}`.</source>
        <translation>Falls Sie es vergessen haben, setzt ein Schichtleiter mit `station roles set-password {role_arg}` ein neues.</translation>
    </message>
    <message>
        <source>If it is forgotten, the PC&apos;s administrator removes supervisor_password_hash from the configuration file, then the first supervisor password is set again with `station roles set-password supervisor`.</source>
        <translation>Ist es vergessen, entfernt der Administrator des PCs supervisor_password_hash aus der Konfigurationsdatei; dann wird das erste Schichtleiter-Passwort mit `station roles set-password supervisor` neu gesetzt.</translation>
    </message>
    <message>
        <source>Sign-in is locked after repeated wrong passwords; try again in {wait}.</source>
        <translation>Die Anmeldung ist nach wiederholt falschen Passwörtern gesperrt; in {wait} erneut versuchen.</translation>
    </message>
    <message>
        <source>Wait, then sign in with the right password. {forgotten}</source>
        <translation>Warten, dann mit dem richtigen Passwort anmelden. {forgotten}</translation>
    </message>
    <message>
        <source>Wrong password. Sign-in is now locked for {wait} after repeated failures.</source>
        <translation>Falsches Passwort. Die Anmeldung ist nach wiederholten Fehlversuchen jetzt für {wait} gesperrt.</translation>
    </message>
    <message>
        <source>Wait, then try again; each further lockout doubles the wait.</source>
        <translation>Warten, dann erneut versuchen; jede weitere Sperre verdoppelt die Wartezeit.</translation>
    </message>
    <message>
        <source>Enter your name: the journal records who used the role.</source>
        <translation>Geben Sie Ihren Namen ein: Das Journal hält fest, wer die Rolle genutzt hat.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Ihren Namen eingeben.</translation>
    </message>
    <message>
        <source>No {role} password is set on this station, so nobody can sign in as {role}.</source>
        <translation>Auf dieser Station ist kein Passwort für {role} gesetzt, daher kann sich niemand als {role} anmelden.</translation>
    </message>
    <message>
        <source>{role} password: </source>
        <translation>Passwort für {role}: </translation>
    </message>
    <message>
        <source>The first line of standard input looks like a token, not the {role} password; nothing was changed.</source>
        <translation>Die erste Zeile der Standardeingabe sieht nach einem Token aus, nicht nach dem Passwort für {role}; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>When standard input is not a terminal, put the {role} password on its first line and anything else after it, e.g. {example}; or run the command at a terminal.</source>
        <translation>Ist die Standardeingabe kein Terminal, das Passwort für {role} in ihre erste Zeile setzen und alles andere danach, z. B. {example}; oder den Befehl in einem Terminal ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong {role} password. %n more tries before sign-in is locked.</source>
        <translation>
            <numerusform>Falsches Passwort für {role}. Noch %n Versuch, bevor die Anmeldung gesperrt wird.</numerusform>
            <numerusform>Falsches Passwort für {role}. Noch %n Versuche, bevor die Anmeldung gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then type the password again.</source>
        <translation>Tastaturbelegung und Feststelltaste prüfen, dann das Passwort erneut eingeben.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {reason}.</source>
        <translation>Das Journal {path} kann nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>Check the journal path and its permissions in the configuration.</source>
        <translation>Journalpfad und seine Berechtigungen in der Konfiguration prüfen.</translation>
    </message>
    <message>
        <source>Cannot prepare the journal {path}: {reason}.</source>
        <translation>Das Journal {path} kann nicht vorbereitet werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the journal {path}: {reason}.</source>
        <translation>Das Journal {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it persists, run `station journal verify` and check the disk.</source>
        <translation>Erneut versuchen; bleibt es so, `station journal verify` ausführen und die Festplatte prüfen.</translation>
    </message>
    <message>
        <source>Cannot write to the journal {path}: {reason}.</source>
        <translation>In das Journal {path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration.</source>
        <translation>Den Journalpfad in der Konfiguration prüfen.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Den Pfad prüfen.</translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation>Eintrag {seq}</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>den Tabellen</translation>
    </message>
    <message>
        <source>Journal {path} is DAMAGED: {reason}.
The hash chain was not checked: the file itself cannot be trusted.
{action}</source>
        <translation>Journal {path} ist BESCHÄDIGT: {reason}.
Die Hash-Kette wurde nicht geprüft: Der Datei selbst ist nicht zu trauen.
{action}</translation>
    </message>
    <message>
        <source>Journal {path} FAILED verification at {where}: {reason}.
{checked} records before it verified.
Keep this file for investigation and restore the journal from its backup.</source>
        <translation>Journal {path} hat die Prüfung bei {where} NICHT BESTANDEN: {reason}.
{checked} Einträge davor geprüft.
Diese Datei zur Untersuchung aufbewahren und das Journal aus seiner Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>There is no attempt {text} in {path}.</source>
        <translation>In {path} gibt es keinen Versuch {text}.</translation>
    </message>
    <message>
        <source>copy the attempt ID from `station journal list`</source>
        <translation>die Versuchs-ID aus `station journal list` kopieren</translation>
    </message>
    <message>
        <source>--kind {kind} is not a kind of privileged event.</source>
        <translation>--kind {kind} ist keine Art privilegierter Ereignisse.</translation>
    </message>
    <message>
        <source>--result {name} is not a result.</source>
        <translation>--result {name} ist kein Ergebnis.</translation>
    </message>
    <message>
        <source>{option} {text} is not a date or time.</source>
        <translation>{option} {text} ist kein Datum und keine Uhrzeit.</translation>
    </message>
    <message>
        <source>write {option} 2026-03-01 or {option} 2026-03-01T14:30</source>
        <translation>{option} 2026-03-01 oder {option} 2026-03-01T14:30 schreiben</translation>
    </message>
    <message>
        <source>Several attempts start with {text}.</source>
        <translation>Mehrere Versuche beginnen mit {text}.</translation>
    </message>
    <message>
        <source>type more characters of the attempt ID</source>
        <translation>mehr Zeichen der Versuchs-ID eingeben</translation>
    </message>
    <message>
        <source>use one of {names}</source>
        <translation>eines davon verwenden: {names}</translation>
    </message>
    <message>
        <source>Journal {path} verified: {count} records, chain intact.</source>
        <translation>Journal {path} geprüft: {count} Einträge, Kette intakt.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged: SQLite reports the database file as malformed ({detail}).</source>
        <translation>Das Journal {path} ist beschädigt: SQLite meldet die Datenbankdatei als fehlerhaft ({detail}).</translation>
    </message>
    <message>
        <source>Cannot read the journal {path} for export: {reason}.</source>
        <translation>Das Journal {path} kann für den Export nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it persists, run `station journal verify`.</source>
        <translation>Erneut versuchen; bleibt es so, `station journal verify` ausführen.</translation>
    </message>
    <message>
        <source>Cannot write {what} to {path}: {reason}.</source>
        <translation>Nach {path} kann nicht geschrieben werden ({what}): {reason}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Einen beschreibbaren Ordner mit freiem Platz wählen.</translation>
    </message>
    <message>
        <source>the events</source>
        <translation>die Ereignisse</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>der Export</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database but not a station journal; it was not changed.</source>
        <translation>Die Datei {path} ist eine SQLite-Datenbank, aber kein Stationsjournal; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read now: another program holds it locked ({reason}). This says nothing about the file.</source>
        <translation>Das Journal {path} kann gerade nicht gelesen werden: Ein anderes Programm hält es gesperrt ({reason}). Über die Datei selbst sagt das nichts.</translation>
    </message>
    <message>
        <source>Close other programs using the journal (another station window, a copy or backup in progress), then try again.</source>
        <translation>Andere Programme schließen, die das Journal benutzen (ein weiteres Stationsfenster, eine laufende Kopie oder Sicherung), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The journal {path} was written by a newer station version (schema {version}; this station understands up to {known}). It has not been changed.</source>
        <translation>Das Journal {path} wurde von einer neueren Stationsversion geschrieben (Schema {version}; diese Station versteht bis {known}). Es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Upgrade the station software on this PC, or open a different journal.</source>
        <translation>Die Stationssoftware auf diesem PC aktualisieren oder ein anderes Journal öffnen.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the journal {path}: {reason}.</source>
        <translation>Der Ordner für das Journal {path} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>Choose a journal path in a writable folder in the configuration.</source>
        <translation>In der Konfiguration einen Journalpfad in einem beschreibbaren Ordner wählen.</translation>
    </message>
    <message>
        <source>The journal {path} cannot use write-ahead logging (mode {mode}).</source>
        <translation>Das Journal {path} kann kein Write-Ahead-Logging verwenden (Modus {mode}).</translation>
    </message>
    <message>
        <source>Keep the journal on a local disk, not a network share.</source>
        <translation>Das Journal auf einer lokalen Festplatte halten, nicht auf einer Netzwerkfreigabe.</translation>
    </message>
    <message>
        <source>There is no journal at {path}.</source>
        <translation>Unter {path} gibt es kein Journal.</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration, or provision a device first.</source>
        <translation>Den Journalpfad in der Konfiguration prüfen oder zuerst ein Gerät provisionieren.</translation>
    </message>
    <message>
        <source>Check the journal path.</source>
        <translation>Den Journalpfad prüfen.</translation>
    </message>
    <message>
        <source>The file {path} is not a station journal ({reason}).</source>
        <translation>Die Datei {path} ist kein Stationsjournal ({reason}).</translation>
    </message>
    <message>
        <source>Cannot update the journal outbox: {reason}.</source>
        <translation>Der Postausgang des Journals kann nicht aktualisiert werden: {reason}.</translation>
    </message>
    <message>
        <source>Stop provisioning on this station. Keep this file for investigation, and restore the journal from its backup (docs/recovery.md, &apos;A journal that fails verification&apos;).</source>
        <translation>Das Provisionieren an dieser Station beenden. Diese Datei für die Untersuchung aufbewahren und das Journal aus seiner Sicherung wiederherstellen (docs/recovery.md, „A journal that fails verification“).</translation>
    </message>
    <message>
        <source>The journal {path} could not be checked: {cause}. This says nothing about the file.</source>
        <translation>Das Journal {path} konnte nicht geprüft werden: {cause}. Über die Datei selbst sagt das nichts.</translation>
    </message>
    <message>
        <source>the check was interrupted ({reason})</source>
        <translation>die Prüfung wurde unterbrochen ({reason})</translation>
    </message>
    <message>
        <source>Verify again.</source>
        <translation>Erneut prüfen.</translation>
    </message>
    <message>
        <source>the disk reported an I/O error ({reason})</source>
        <translation>die Festplatte meldete einen E/A-Fehler ({reason})</translation>
    </message>
    <message>
        <source>Check the disk the journal is on (the system log for I/O errors, its free space), then verify again.</source>
        <translation>Die Festplatte des Journals prüfen (das Systemprotokoll auf E/A-Fehler, ihren freien Platz), dann erneut prüfen.</translation>
    </message>
    <message>
        <source>another program holds the journal locked ({reason})</source>
        <translation>ein anderes Programm hält das Journal gesperrt ({reason})</translation>
    </message>
    <message>
        <source>Close other programs using the journal (another station window, a copy or backup in progress), then verify again.</source>
        <translation>Andere Programme schließen, die das Journal benutzen (ein weiteres Stationsfenster, eine laufende Kopie oder Sicherung), dann erneut prüfen.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read as a station journal ({reason}).</source>
        <translation>Das Journal {path} kann nicht als Stationsjournal gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration; restore the file from backup if it is damaged.</source>
        <translation>Den Journalpfad in der Konfiguration prüfen; ist die Datei beschädigt, sie aus der Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Cannot copy the journal {source} to {destination} before upgrading it: {reason}.</source>
        <translation>Das Journal {source} kann vor dem Aktualisieren nicht nach {destination} kopiert werden: {reason}.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s folder has free space for a second copy of the journal and is writable.</source>
        <translation>Prüfen, dass der Ordner des Journals Platz für eine zweite Kopie des Journals hat und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The journal {path} must be upgraded to this station&apos;s format, but it does not verify ({reason}). It has not been changed.</source>
        <translation>Das Journal {path} muss auf das Format dieser Station aktualisiert werden, besteht aber die Prüfung nicht ({reason}). Es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Restore the journal from its backup, or keep this copy for investigation and start a new journal; `station journal verify` shows the problem.</source>
        <translation>Das Journal aus seiner Sicherung wiederherstellen oder diese Kopie für die Untersuchung aufbewahren und ein neues Journal beginnen; `station journal verify` zeigt das Problem.</translation>
    </message>
    <message>
        <source>Upgrading the journal {path} to this station&apos;s format failed ({reason}). The journal was put back as it was.</source>
        <translation>Das Aktualisieren des Journals {path} auf das Format dieser Station ist fehlgeschlagen ({reason}). Das Journal wurde in seinen vorigen Zustand zurückversetzt.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s disk has free space and is writable, then start the station again; if it fails again, keep running the previous station version and send the journal file to support.</source>
        <translation>Prüfen, dass die Festplatte des Journals freien Platz hat und beschreibbar ist, dann die Station erneut starten; schlägt es wieder fehl, die vorige Stationsversion weiter betreiben und die Journaldatei an den Support senden.</translation>
    </message>
    <message>
        <source>The journal {path} is being upgraded by another station process, which has held the lock {lock} for more than {seconds} s.</source>
        <translation>Das Journal {path} wird von einem anderen Stationsprozess aktualisiert, der die Sperre {lock} seit mehr als {seconds} s hält.</translation>
    </message>
    <message>
        <source>Wait for the other station process (or `station` command) on this PC to finish, or close it. If no other station process runs, the lock is stale: remove {lock} and start again.</source>
        <translation>Warten, bis der andere Stationsprozess (oder `station`-Befehl) auf diesem PC fertig ist, oder ihn schließen. Läuft kein anderer Stationsprozess, ist die Sperre veraltet: {lock} entfernen und neu starten.</translation>
    </message>
    <message>
        <source>Upgrading the journal {path} did not keep every record intact ({reason}; {after} records after, {before} before). The journal was put back as it was.</source>
        <translation>Beim Aktualisieren des Journals {path} blieben nicht alle Datensätze unversehrt ({reason}; {after} Datensätze danach, {before} davor). Das Journal wurde in seinen vorigen Zustand zurückversetzt.</translation>
    </message>
    <message>
        <source>Keep running the previous station version on this PC and send the journal file to support: this is a station bug.</source>
        <translation>Auf diesem PC weiter die vorige Stationsversion betreiben und die Journaldatei an den Support senden: Das ist ein Fehler der Station.</translation>
    </message>
    <message>
        <source>Cannot create {lock} to upgrade the journal {path}: {reason}.</source>
        <translation>{lock} zum Aktualisieren des Journals {path} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s folder is writable by the station&apos;s user.</source>
        <translation>Prüfen, dass der Benutzer der Station in den Ordner des Journals schreiben darf.</translation>
    </message>
    <message>
        <source>the privileged action in record {seq} differs in the table</source>
        <translation>die privilegierte Aktion in Eintrag {seq} weicht in der Tabelle ab</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read to the end ({reason}).</source>
        <translation>Das Journal {path} kann nicht bis zum Ende gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Restore the journal from its backup and keep this copy for investigation.</source>
        <translation>Das Journal aus seiner Sicherung wiederherstellen und diese Kopie für die Untersuchung aufbewahren.</translation>
    </message>
    <message>
        <source>the {table} table holds {count} rows but the records explain {seen}</source>
        <translation>die Tabelle {table} enthält {count} Zeilen, die Einträge erklären aber {seen}</translation>
    </message>
    <message>
        <source>attempt {attempt}: the table says {key} = {table}, its records say {records}</source>
        <translation>Versuch {attempt}: Die Tabelle sagt {key} = {table}, seine Einträge sagen {records}</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) is not in the form the station writes ({error})</source>
        <translation>Eintrag {seq} ({kind}) hat nicht die Form, die die Station schreibt ({error})</translation>
    </message>
    <message>
        <source>record {seq} does not match its hash: it was changed after it was written, or records were removed, inserted or reordered here</source>
        <translation>Eintrag {seq} passt nicht zu seinem Hash: Er wurde nach dem Schreiben geändert, oder hier wurden Einträge entfernt, eingefügt oder umgeordnet</translation>
    </message>
    <message>
        <source>attempt {attempt}: its intents differ from its records</source>
        <translation>Versuch {attempt}: Seine Absichten weichen von seinen Einträgen ab</translation>
    </message>
    <message>
        <source>record {seq} stores a link to the record before it (prev_hash) that is not {before}: the link was changed after it was written</source>
        <translation>Eintrag {seq} speichert eine Verknüpfung zum vorigen Eintrag (prev_hash), die nicht {before} ist: Die Verknüpfung wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>record {seq}&apos;s hash</source>
        <translation>der Hash von Eintrag {seq}</translation>
    </message>
    <message>
        <source>the chain&apos;s start (32 zero bytes)</source>
        <translation>der Anfang der Kette (32 Null-Bytes)</translation>
    </message>
    <message>
        <source>the database file is malformed: SQLite&apos;s integrity check reports {problem}</source>
        <translation>die Datenbankdatei ist fehlerhaft: SQLites Integritätsprüfung meldet {problem}</translation>
    </message>
    <message>
        <source>the database file is malformed: SQLite&apos;s integrity check reports {problem} (and {more} more)</source>
        <translation>die Datenbankdatei ist fehlerhaft: SQLites Integritätsprüfung meldet {problem} (und {more} weitere)</translation>
    </message>
    <message>
        <source>record {seq} is missing (the next record is {next})</source>
        <translation>Eintrag {seq} fehlt (der nächste Eintrag ist {next})</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) names no attempt</source>
        <translation>Eintrag {seq} ({kind}) nennt keinen Versuch</translation>
    </message>
    <message>
        <source>attempt {attempt} is in the events but not in the table</source>
        <translation>Versuch {attempt} steht in den Ereignissen, aber nicht in der Tabelle</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) belongs to no open attempt</source>
        <translation>Eintrag {seq} ({kind}) gehört zu keinem offenen Versuch</translation>
    </message>
    <message>
        <source>attempt {attempt}: its steps differ from its records</source>
        <translation>Versuch {attempt}: Seine Schritte weichen von seinen Einträgen ab</translation>
    </message>
    <message>
        <source>record {seq} has an unknown kind {kind}</source>
        <translation>Eintrag {seq} hat eine unbekannte Art {kind}</translation>
    </message>
    <message>
        <source>Check that the disk holding the journal has free space and is writable. Provisioning stays stopped until the journal can be written.</source>
        <translation>Prüfen, dass die Festplatte mit dem Journal freien Platz hat und beschreibbar ist. Das Provisionieren bleibt angehalten, bis das Journal geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Put the device on a slot and check again, or confirm that you accept the risk.</source>
        <translation>Das Gerät in einen Platz setzen und erneut prüfen, oder bestätigen, dass Sie das Risiko annehmen.</translation>
    </message>
    <message>
        <source>{line} — {message} What to do: {action}</source>
        <translation>{line} — {message} Was tun: {action}</translation>
    </message>
    <message>
        <source>Give a DEVICE_ID or --slot.</source>
        <translation>Eine DEVICE_ID oder --slot angeben.</translation>
    </message>
    <message>
        <source>See `station rework check --help`.</source>
        <translation>Siehe `station rework check --help`.</translation>
    </message>
    <message>
        <source>slot {slot}: {result}</source>
        <translation>Platz {slot}: {result}</translation>
    </message>
    <message>
        <source>slot {slot}: {result} {device}</source>
        <translation>Platz {slot}: {result} {device}</translation>
    </message>
    <message>
        <source>Unregistered {device} from realm {realm} (target {target}). It can be registered again: `station rework reprovision --slots &lt;slot&gt; --reason ...`.</source>
        <translation>{device} ist vom Realm {realm} abgemeldet (Ziel {target}). Es kann wieder registriert werden: `station rework reprovision --slots &lt;slot&gt; --reason ...`.</translation>
    </message>
    <message>
        <source>{message}
What to do: {action}</source>
        <translation>{message}
Was tun: {action}</translation>
    </message>
    <message>
        <source>The device on slot {slot} is {found}, not {device}.</source>
        <translation>Das Gerät in Platz {slot} ist {found}, nicht {device}.</translation>
    </message>
    <message>
        <source>Give the right slot, or leave out the device ID.</source>
        <translation>Den richtigen Platz angeben oder die Geräte-ID weglassen.</translation>
    </message>
    <message>
        <source>Device {device} is not on a slot. The journal says it has {kind} storage and {written}; what it holds now cannot be checked.</source>
        <translation>Gerät {device} ist in keinem Platz. Laut Journal hat es {kind}-Speicher und {written}; was es jetzt enthält, lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <source>Device {device} is not on a slot and this station&apos;s journal has no record of it, so its storage cannot be checked. If it has write-once (OTP) storage that holds a secret, unregistering makes it scrap.</source>
        <translation>Gerät {device} ist in keinem Platz, und das Journal dieser Station hat keinen Eintrag dazu; sein Speicher lässt sich daher nicht prüfen. Hat es einmal beschreibbaren Speicher (OTP), der ein Geheimnis enthält, macht das Abmelden es zu Ausschuss.</translation>
    </message>
    <message>
        <source>has no write recorded here</source>
        <translation>hier ist kein Schreiben verzeichnet</translation>
    </message>
    <message>
        <source>Device {device} (from the journal; it is not on a slot): {loss}</source>
        <translation>Gerät {device} (laut Journal; es ist in keinem Platz): {loss}</translation>
    </message>
    <message>
        <source>Put the device on a slot to check its storage, or unregister only if the unit is to be scrapped anyway.</source>
        <translation>Das Gerät in einen Platz setzen, um seinen Speicher zu prüfen, oder es nur abmelden, wenn es ohnehin verschrottet werden soll.</translation>
    </message>
    <message>
        <source>was written by this station</source>
        <translation>wurde von dieser Station beschrieben</translation>
    </message>
    <message>
        <source>Device {device} has rewritable storage but is locked (out of factory mode): the station cannot write it until it is returned to factory mode.</source>
        <translation>Gerät {device} hat wiederbeschreibbaren Speicher, ist aber gesperrt (nicht im Werksmodus): Die Station kann ihn erst beschreiben, wenn es in den Werksmodus zurückversetzt ist.</translation>
    </message>
    <message>
        <source>Unregister it, have the rework bench return it to factory mode (erase its secure storage), then provision it again with the &apos;already passed&apos; override.</source>
        <translation>Es abmelden, am Nacharbeitsplatz in den Werksmodus zurückversetzen lassen (seinen sicheren Speicher löschen), dann mit Übersteuerung von „bereits bestanden“ erneut provisionieren.</translation>
    </message>
    <message>
        <source>Slots {slots} did not finish within {timeout_s} s.</source>
        <translation>Die Plätze {slots} sind nicht innerhalb von {timeout_s} s fertig geworden.</translation>
    </message>
    <message>
        <source>Check the devices and the journal, then provision them again.</source>
        <translation>Die Geräte und das Journal prüfen, dann erneut provisionieren.</translation>
    </message>
    <message>
        <source>The storage check shown was for device {checked}, not {device}; nothing was sent.</source>
        <translation>Die angezeigte Speicherprüfung galt Gerät {checked}, nicht {device}; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Check the device again, then unregister it.</source>
        <translation>Das Gerät erneut prüfen, dann abmelden.</translation>
    </message>
    <message>
        <source>Device {device}: {loss}</source>
        <translation>Gerät {device}: {loss}</translation>
    </message>
    <message>
        <source>Unregister only if the unit is to be scrapped anyway (for example a tampered unit whose credentials must stop working); otherwise do not unregister it.</source>
        <translation>Nur abmelden, wenn das Gerät ohnehin verschrottet werden soll (etwa ein manipuliertes Gerät, dessen Zugangsdaten ungültig werden müssen); sonst nicht abmelden.</translation>
    </message>
    <message>
        <source>Its storage is write-once (OTP) and already holds a secret, so it cannot take a new one: after unregistering, the secret it holds stops working and the unit can never be provisioned again (scrap).</source>
        <translation>Sein Speicher ist einmal beschreibbar (OTP) und enthält bereits ein Geheimnis, kann also kein neues aufnehmen: Nach dem Abmelden wird das enthaltene Geheimnis ungültig, und das Gerät kann nie wieder provisioniert werden (Ausschuss).</translation>
    </message>
    <message>
        <source>Device {device} has {kind} storage that is {state} and in factory mode: it can take a new secret.</source>
        <translation>Gerät {device} hat {kind}-Speicher, der {state} ist, und ist im Werksmodus: Es kann ein neues Geheimnis aufnehmen.</translation>
    </message>
    <message>
        <source>Unregister it, then provision it again with the &apos;already passed&apos; override.</source>
        <translation>Es abmelden, dann mit Übersteuerung von „bereits bestanden“ erneut provisionieren.</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>written</source>
        <translation>beschrieben</translation>
    </message>
    <message>
        <source>{assessment} Nothing was sent.</source>
        <translation>{assessment} Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Confirm that you accept this (tick the confirmation) or leave the device as it is.</source>
        <translation>Bestätigen, dass Sie das annehmen (Bestätigung ankreuzen), oder das Gerät lassen, wie es ist.</translation>
    </message>
    <message>
        <source>{name} cannot be a fleet role name.</source>
        <translation>{name} kann kein Rollenname der Flotte sein.</translation>
    </message>
    <message>
        <source>Use the station&apos;s ID (e.g. line-a), not a reserved or group name.</source>
        <translation>Die ID der Station verwenden (z. B. line-a), keinen reservierten oder Gruppennamen.</translation>
    </message>
    <message>
        <source>A supervisor may open an offline lot (`station fleet lot open`) to go on.</source>
        <translation>Ein Schichtleiter kann ein Offline-Los öffnen (`station fleet lot open`), um weiterzumachen.</translation>
    </message>
    <message>
        <source>{action} A supervisor may open an offline lot (`station fleet lot open`) to go on.</source>
        <translation>{action} Ein Schichtleiter kann ein Offline-Los öffnen (`station fleet lot open`), um weiterzumachen.</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is {seconds} s ahead of the server&apos;s (leases use the server&apos;s clock)</source>
        <translation>die Uhr dieses PCs geht {seconds} s vor gegenüber der des Servers (Reservierungen verwenden die Uhr des Servers)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is {seconds} s behind the server&apos;s (leases use the server&apos;s clock)</source>
        <translation>die Uhr dieses PCs geht {seconds} s nach gegenüber der des Servers (Reservierungen verwenden die Uhr des Servers)</translation>
    </message>
    <message>
        <source>connected to {host}:{port}/{database} as {role} ({tls})</source>
        <translation>verbunden mit {host}:{port}/{database} als {role} ({tls})</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>may ship events and claim device IDs</source>
        <translation>darf Ereignisse übertragen und Geräte-IDs reservieren</translation>
    </message>
    <message>
        <source>fleet schema version {version}</source>
        <translation>Flottenschema-Version {version}</translation>
    </message>
    <message>
        <source>events shipped so far: up to seq {seq}</source>
        <translation>bisher übertragene Ereignisse: bis seq {seq}</translation>
    </message>
    <message>
        <source>Device {device_id} in slot {slot} was already provisioned by station {holder} ({when}). It was not registered again.</source>
        <translation>Gerät {device_id} in Platz {slot} wurde bereits von Station {holder} provisioniert ({when}). Es wurde nicht erneut registriert.</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and give it to the supervisor: either it was provisioned before, or two units carry the same hardware ID.</source>
        <translation>Gerät aus Platz {slot} nehmen und dem Schichtleiter geben: Entweder wurde es schon einmal provisioniert, oder zwei Geräte tragen dieselbe Hardware-ID.</translation>
    </message>
    <message>
        <source>Device {device_id} in slot {slot} is being provisioned by station {holder} right now (since {when}). It was not registered here.</source>
        <translation>Gerät {device_id} in Platz {slot} wird gerade von Station {holder} provisioniert (seit {when}). Es wurde hier nicht registriert.</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and give it to the supervisor: two units with the same hardware ID are on two lines.</source>
        <translation>Gerät aus Platz {slot} nehmen und dem Schichtleiter geben: Zwei Geräte mit derselben Hardware-ID sind auf zwei Linien.</translation>
    </message>
    <message>
        <source>The centre gave no answer to the claim of {device_id}.</source>
        <translation>Die Zentrale hat auf die Reservierung von {device_id} keine Antwort gegeben.</translation>
    </message>
    <message>
        <source>The central database did not answer a claim ({reason}).</source>
        <translation>Die zentrale Datenbank hat auf eine Reservierung nicht geantwortet ({reason}).</translation>
    </message>
    <message>
        <source>New devices are not registered until the centre answers again; check the network to the central server.</source>
        <translation>Neue Geräte werden erst registriert, wenn die Zentrale wieder antwortet; das Netzwerk zum zentralen Server prüfen.</translation>
    </message>
    <message>
        <source>Could not create role {name}: {detail}</source>
        <translation>Rolle {name} konnte nicht angelegt werden: {detail}</translation>
    </message>
    <message>
        <source>Run it as the database superuser, after `station fleet init-db` on this database.</source>
        <translation>Es als Datenbank-Superuser ausführen, nach `station fleet init-db` auf dieser Datenbank.</translation>
    </message>
    <message>
        <source>Could not retire {month}: {detail}</source>
        <translation>{month} konnte nicht ausgemustert werden: {detail}</translation>
    </message>
    <message>
        <source>Give a month before this one that has a partition of its own (`\d+ fleet.events` in psql lists them); run it as the database superuser.</source>
        <translation>Einen Monat vor diesem angeben, der eine eigene Partition hat (`\d+ fleet.events` in psql listet sie); als Datenbank-Superuser ausführen.</translation>
    </message>
    <message>
        <source>init-db failed and changed nothing: {detail}</source>
        <translation>init-db ist fehlgeschlagen und hat nichts geändert: {detail}</translation>
    </message>
    <message>
        <source>Fix what PostgreSQL names above (e.g. a half-made `fleet` schema left by hand needs dropping), then run init-db again as the database superuser.</source>
        <translation>Beheben, was PostgreSQL oben nennt (z. B. muss ein von Hand halb angelegtes Schema `fleet` gelöscht werden), dann init-db erneut als Datenbank-Superuser ausführen.</translation>
    </message>
    <message>
        <source>Not allowed to create the fleet schema: {detail}.</source>
        <translation>Keine Berechtigung, das Flottenschema anzulegen: {detail}.</translation>
    </message>
    <message>
        <source>Run init-db as the database superuser (postgres).</source>
        <translation>init-db als Datenbank-Superuser (postgres) ausführen.</translation>
    </message>
    <message>
        <source>last seen {when}</source>
        <translation>zuletzt gesehen {when}</translation>
    </message>
    <message>
        <source>last seen {when} (lag {lag} s)</source>
        <translation>zuletzt gesehen {when} (Verzug {lag} s)</translation>
    </message>
    <message>
        <source>--months {months} is out of range.</source>
        <translation>--months {months} liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>Give 1 to 120 months (default 3).</source>
        <translation>1 bis 120 Monate angeben (Standard 3).</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>nie gesehen</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL as the administrator: {detail}</source>
        <translation>Keine Verbindung zu PostgreSQL als Administrator möglich: {detail}</translation>
    </message>
    <message>
        <source>Run as the database superuser, e.g. `sudo -u postgres station fleet init-db --dsn dbname=fleet`, after `createdb fleet`.</source>
        <translation>Als Datenbank-Superuser ausführen, z. B. `sudo -u postgres station fleet init-db --dsn dbname=fleet`, nach `createdb fleet`.</translation>
    </message>
    <message>
        <source>Could not make the monthly partitions: {detail}</source>
        <translation>Die Monatspartitionen konnten nicht angelegt werden: {detail}</translation>
    </message>
    <message>
        <source>Run it as the database superuser, after `station fleet init-db`.</source>
        <translation>Es als Datenbank-Superuser ausführen, nach `station fleet init-db`.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Kein Passwort auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Pipe it in: `station fleet set-password &lt; file`, or type it and press Enter.</source>
        <translation>Es hineinleiten: `station fleet set-password &lt; file`, oder es eingeben und Enter drücken.</translation>
    </message>
    <message>
        <source>--retire {month} is not a month.</source>
        <translation>--retire {month} ist kein Monat.</translation>
    </message>
    <message>
        <source>Give it as YYYY-MM, e.g. 2025-01.</source>
        <translation>Ihn als YYYY-MM angeben, z. B. 2025-01.</translation>
    </message>
    <message>
        <source>Fleet mode is off: the configuration has no [fleet] section.</source>
        <translation>Der Flottenmodus ist aus: Die Konfiguration hat keinen Abschnitt [fleet].</translation>
    </message>
    <message>
        <source>Add [fleet] with host, database and role (docs/fleet.md), then run this again.</source>
        <translation>[fleet] mit host, database und role hinzufügen (docs/fleet.md), dann dies erneut ausführen.</translation>
    </message>
    <message>
        <source>Fleet mode is off: the configuration has no [fleet] section, so claims and lots do not apply.</source>
        <translation>Der Flottenmodus ist aus: Die Konfiguration hat keinen Abschnitt [fleet], daher gelten Reservierungen und Lose nicht.</translation>
    </message>
    <message>
        <source>Add [fleet] (docs/fleet.md) to use offline lots.</source>
        <translation>[fleet] hinzufügen (docs/fleet.md), um Offline-Lose zu verwenden.</translation>
    </message>
    <message>
        <source>ok: {line}</source>
        <translation>ok: {line}</translation>
    </message>
    <message>
        <source>Password (shown once):</source>
        <translation>Passwort (einmalig angezeigt):</translation>
    </message>
    <message>
        <source>Password of fleet role {role}: </source>
        <translation>Passwort der Flottenrolle {role}: </translation>
    </message>
    <message>
        <source>Stored the password of fleet role {role} in the keyring.</source>
        <translation>Das Passwort der Flottenrolle {role} wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>{realm} {device_id}: registered by {station}</source>
        <translation>{realm} {device_id}: registriert von {station}</translation>
    </message>
    <message>
        <source>Created role {name} ({group}).</source>
        <translation>Rolle {name} angelegt ({group}).</translation>
    </message>
    <message>
        <source>Reset the password of role {name} ({group}).</source>
        <translation>Passwort der Rolle {name} zurückgesetzt ({group}).</translation>
    </message>
    <message>
        <source>Created the fleet schema in {database} on {host} (version {version}).</source>
        <translation>Flottenschema in {database} auf {host} angelegt (Version {version}).</translation>
    </message>
    <message>
        <source>The fleet schema in {database} on {host} is up to date (version {version}).</source>
        <translation>Das Flottenschema in {database} auf {host} ist aktuell (Version {version}).</translation>
    </message>
    <message>
        <source>Migrated the fleet schema in {database} on {host} from version {before} to {after}.</source>
        <translation>Flottenschema in {database} auf {host} von Version {before} auf {after} migriert.</translation>
    </message>
    <message>
        <source>{link}: acked seq {acked}, backlog {backlog}</source>
        <translation>{link}: bestätigt bis seq {acked}, Rückstand {backlog}</translation>
    </message>
    <message>
        <source>{link}: acked seq {acked}, backlog {backlog} ({problem})</source>
        <translation>{link}: bestätigt bis seq {acked}, Rückstand {backlog} ({problem})</translation>
    </message>
    <message>
        <source>shipped up to seq {seq}; backlog {backlog}</source>
        <translation>übertragen bis seq {seq}; Rückstand {backlog}</translation>
    </message>
    <message>
        <source>The password read from standard input is shorter than 12 characters.</source>
        <translation>Das von der Standardeingabe gelesene Passwort ist kürzer als 12 Zeichen.</translation>
    </message>
    <message>
        <source>Give a longer password, or leave out --password-stdin to get a generated one.</source>
        <translation>Ein längeres Passwort angeben oder --password-stdin weglassen, um ein erzeugtes zu erhalten.</translation>
    </message>
    <message>
        <source>{station}: {state}, {seen}; today {passed} passed, {failed} not</source>
        <translation>{station}: {state}, {seen}; heute {passed} bestanden, {failed} nicht</translation>
    </message>
    <message>
        <source>{station}: {state}, {seen}; today {passed} passed, {failed} not; OFFLINE LOT {lot} open (by {by})</source>
        <translation>{station}: {state}, {seen}; heute {passed} bestanden, {failed} nicht; OFFLINE-LOS {lot} offen (von {by})</translation>
    </message>
    <message>
        <source>Shipping is stopped and nothing is lost locally. Ask plant IT to compare this journal with the centre before shipping again (docs/fleet.md, &apos;Forked journal&apos;).</source>
        <translation>Die Übertragung ist gestoppt, lokal geht nichts verloren. Die Werks-IT bitten, dieses Journal mit der Zentrale abzugleichen, bevor wieder übertragen wird (docs/fleet.md, &apos;Forked journal&apos;).</translation>
    </message>
    <message>
        <source>The centre already holds a different event {seq} for journal {journal_id}: this journal was restored from an older backup or forked.</source>
        <translation>Die Zentrale hält bereits ein anderes Ereignis {seq} für Journal {journal_id}: Dieses Journal wurde aus einer älteren Sicherung wiederhergestellt oder hat sich verzweigt.</translation>
    </message>
    <message>
        <source>The centre holds events up to seq {acked} of journal {journal_id}, but the local journal ends at seq {local}: it was restored from an older backup.</source>
        <translation>Die Zentrale hält Ereignisse bis seq {acked} von Journal {journal_id}, aber das lokale Journal endet bei seq {local}: Es wurde aus einer älteren Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>The centre holds a different event {seq} for journal {journal_id}: this journal was restored from an older backup or forked.</source>
        <translation>Die Zentrale hält ein anderes Ereignis {seq} für Journal {journal_id}: Dieses Journal wurde aus einer älteren Sicherung wiederhergestellt oder hat sich verzweigt.</translation>
    </message>
    <message>
        <source>Events of this station&apos;s journal are already at the centre under another journal ID (the journal was copied or restored): {detail}</source>
        <translation>Ereignisse des Journals dieser Station liegen bereits unter einer anderen Journal-ID in der Zentrale (das Journal wurde kopiert oder wiederhergestellt): {detail}</translation>
    </message>
    <message>
        <source>Put the device from slot {slot} aside for the supervisor (rework).</source>
        <translation>Gerät aus Platz {slot} für den Schichtleiter beiseitelegen (Nacharbeit).</translation>
    </message>
    <message>
        <source>This station&apos;s claim on device {device_id} ran out and another station took it; it was not locked (slot {slot}).</source>
        <translation>Die Reservierung dieser Station für Gerät {device_id} ist abgelaufen und eine andere Station hat sie übernommen; es wurde nicht gesperrt (Platz {slot}).</translation>
    </message>
    <message>
        <source>This station&apos;s claim on device {device_id} ran out and another station took it; no secret was written to it (slot {slot}).</source>
        <translation>Die Reservierung dieser Station für Gerät {device_id} ist abgelaufen und eine andere Station hat sie übernommen; es wurde kein Geheimnis darauf geschrieben (Platz {slot}).</translation>
    </message>
    <message>
        <source>Offline lot {lot} is already open (by {by}, {since} UTC). Nothing was changed.</source>
        <translation>Offline-Los {lot} ist bereits offen (von {by}, {since} UTC). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Close it first (`station fleet lot close`) if a new lot is meant.</source>
        <translation>Es zuerst schließen (`station fleet lot close`), wenn ein neues Los gemeint ist.</translation>
    </message>
    <message>
        <source>Closed offline lot {lot}: without the centre, this station registers nothing new again.</source>
        <translation>Offline-Los {lot} geschlossen: Ohne die Zentrale registriert diese Station wieder nichts Neues.</translation>
    </message>
    <message>
        <source>No offline lot is open: without the centre, nothing new is registered.</source>
        <translation>Kein Offline-Los ist offen: Ohne die Zentrale wird nichts Neues registriert.</translation>
    </message>
    <message>
        <source>No offline lot is open on this station. Nothing was changed.</source>
        <translation>Auf dieser Station ist kein Offline-Los offen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>`station fleet lot status` shows the station&apos;s lot state.</source>
        <translation>`station fleet lot status` zeigt den Los-Zustand der Station.</translation>
    </message>
    <message>
        <source>Opened offline lot {lot}. While the centre does not answer, this station registers new devices without a claim and journals each one; close the lot with {how_to_close} when the centre is back.</source>
        <translation>Offline-Los {lot} geöffnet. Solange die Zentrale nicht antwortet, registriert diese Station neue Geräte ohne Reservierung und protokolliert jedes im Journal; das Los mit „{how_to_close}“ schließen, wenn die Zentrale wieder da ist.</translation>
    </message>
    <message>
        <source>Offline lot {lot} is open since {since} UTC, by {by}: {reason}</source>
        <translation>Offline-Los {lot} ist seit {since} UTC offen, geöffnet von {by}: {reason}</translation>
    </message>
    <message>
        <source>The database {database} on {host} was never initialised for the fleet.</source>
        <translation>Die Datenbank {database} auf {host} wurde nie für die Flotte eingerichtet.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` once, as the database superuser.</source>
        <translation>Die Werks-IT führt einmal `station fleet init-db` als Datenbank-Superuser aus.</translation>
    </message>
    <message>
        <source>The central database has fleet schema version {found}; this station understands up to {known}. Nothing was changed.</source>
        <translation>Die zentrale Datenbank hat die Flottenschema-Version {found}; diese Station versteht bis {known}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Upgrade the station software to the version the other stations run.</source>
        <translation>Die Stationssoftware auf die Version aktualisieren, die die anderen Stationen verwenden.</translation>
    </message>
    <message>
        <source>No claim on device {device_id} in realm {realm} to release: it was never claimed in this fleet, or it was released already. Nothing was changed.</source>
        <translation>Keine Reservierung von Gerät {device_id} im Realm {realm} freizugeben: Es wurde in dieser Flotte nie reserviert oder schon freigegeben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Check the device ID and the realm (`--realm`); the station&apos;s rework check shows the device&apos;s state.</source>
        <translation>Die Geräte-ID und den Realm (`--realm`) prüfen; die Nacharbeitsprüfung der Station zeigt den Zustand des Geräts.</translation>
    </message>
    <message>
        <source>The central database has no free connection for role {role}.</source>
        <translation>Die zentrale Datenbank hat keine freie Verbindung für die Rolle {role}.</translation>
    </message>
    <message>
        <source>Close other station programs using this role, or ask plant IT to raise max_connections.</source>
        <translation>Andere Stationsprogramme schließen, die diese Rolle verwenden, oder die Werks-IT bitten, max_connections zu erhöhen.</translation>
    </message>
    <message>
        <source>There is no database {database} on {host}:{port}.</source>
        <translation>Es gibt keine Datenbank {database} auf {host}:{port}.</translation>
    </message>
    <message>
        <source>Check [fleet] database, or ask plant IT to create it and run `station fleet init-db`.</source>
        <translation>[fleet] database prüfen oder die Werks-IT bitten, sie anzulegen und `station fleet init-db` auszuführen.</translation>
    </message>
    <message>
        <source>Role {role} may log in but has no rights on the fleet schema.</source>
        <translation>Die Rolle {role} darf sich anmelden, hat aber keine Rechte am Flottenschema.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet add-station {role}`: it puts the role in the `stations` group.</source>
        <translation>Die Werks-IT führt `station fleet add-station {role}` aus: Das nimmt die Rolle in die Gruppe `stations` auf.</translation>
    </message>
    <message>
        <source>The central database does not let role {role} log in from this PC.</source>
        <translation>Die zentrale Datenbank lässt die Rolle {role} von diesem PC aus nicht anmelden.</translation>
    </message>
    <message>
        <source>Ask plant IT to run `station fleet add-station {role}` and to allow this PC in pg_hba.conf.</source>
        <translation>Die Werks-IT bitten, `station fleet add-station {role}` auszuführen und diesen PC in pg_hba.conf zuzulassen.</translation>
    </message>
    <message>
        <source>The centre refused: role {role} is not a fleet supervisor, so it may not release the claim on {device_id}. Nothing was changed.</source>
        <translation>Die Zentrale hat abgelehnt: Die Rolle {role} ist kein Flotten-Schichtleiter und darf die Reservierung von {device_id} daher nicht freigeben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Sign in with your own supervisor role (`--as NAME`); plant IT makes one with `station fleet add-supervisor NAME`.</source>
        <translation>Mit der eigenen Schichtleiterrolle anmelden (`--as NAME`); die Werks-IT legt sie mit `station fleet add-supervisor NAME` an.</translation>
    </message>
    <message>
        <source>The centre did not record device {device_id} as provisioned by this station (its claim was taken over).</source>
        <translation>Die Zentrale hat Gerät {device_id} nicht als von dieser Station provisioniert erfasst (ihre Reservierung wurde übernommen).</translation>
    </message>
    <message>
        <source>Put the device from slot {slot} aside for the supervisor: it holds working credentials but the fleet does not know it is done.</source>
        <translation>Gerät aus Platz {slot} für den Schichtleiter beiseitelegen: Es hat funktionierende Zugangsdaten, aber die Flotte weiß nicht, dass es fertig ist.</translation>
    </message>
    <message>
        <source>Role {role} may not read the fleet&apos;s attempts.</source>
        <translation>Die Rolle {role} darf die Versuche der Flotte nicht lesen.</translation>
    </message>
    <message>
        <source>Sign in with a QA or supervisor role at the centre; plant IT makes one with `station fleet add-qa NAME`.</source>
        <translation>Mit einer QS- oder Schichtleiterrolle in der Zentrale anmelden; die Werks-IT legt sie mit `station fleet add-qa NAME` an.</translation>
    </message>
    <message>
        <source>Role {role} may not read the fleet&apos;s history.</source>
        <translation>Die Rolle {role} darf die Historie der Flotte nicht lesen.</translation>
    </message>
    <message>
        <source>Use a QA or supervisor role (`station fleet add-qa NAME`, `station fleet add-supervisor NAME`).</source>
        <translation>Eine QS- oder Schichtleiterrolle verwenden (`station fleet add-qa NAME`, `station fleet add-supervisor NAME`).</translation>
    </message>
    <message>
        <source>The central database has fleet schema version {found}; this station needs {needed}.</source>
        <translation>Die zentrale Datenbank hat die Flottenschema-Version {found}; diese Station braucht {needed}.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` with this station version to migrate it.</source>
        <translation>Die Werks-IT führt `station fleet init-db` mit dieser Stationsversion aus, um sie zu migrieren.</translation>
    </message>
    <message>
        <source>The reason {reason} is too short; nothing was changed.</source>
        <translation>Die Begründung {reason} ist zu kurz; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Say why in at least {least} characters (e.g. &apos;rework RMA-1234: new board&apos;); QA reads it later.</source>
        <translation>Den Grund in mindestens {least} Zeichen angeben (z. B. &apos;rework RMA-1234: new board&apos;); die QS liest ihn später.</translation>
    </message>
    <message>
        <source>The central database refused a fleet request ({detail}).</source>
        <translation>Die zentrale Datenbank hat eine Flottenanfrage abgelehnt ({detail}).</translation>
    </message>
    <message>
        <source>Run `station fleet check` on this station; if it passes, report this with the station log. Nothing was lost locally.</source>
        <translation>`station fleet check` auf dieser Station ausführen; besteht die Prüfung, dies mit dem Stationsprotokoll melden. Lokal ging nichts verloren.</translation>
    </message>
    <message>
        <source>Released the claim on {device_id} in realm {realm}: a station may register it again. Recorded at the centre and in this station&apos;s journal.</source>
        <translation>Reservierung von {device_id} im Realm {realm} freigegeben: Eine Station darf es wieder registrieren. In der Zentrale und im Journal dieser Station erfasst.</translation>
    </message>
    <message>
        <source>Report this: the fleet schema may be damaged.</source>
        <translation>Dies melden: Das Flottenschema ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The central database lacks part of the fleet schema this station uses ({detail}): it was never initialised, or with an older station version.</source>
        <translation>Der zentralen Datenbank fehlt ein Teil des Flottenschemas, das diese Station verwendet ({detail}): Sie wurde nie eingerichtet oder mit einer älteren Stationsversion.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` with this station&apos;s version; `station fleet check` on the station says what is missing.</source>
        <translation>Die Werks-IT führt `station fleet init-db` mit der Version dieser Station aus; `station fleet check` auf der Station sagt, was fehlt.</translation>
    </message>
    <message>
        <source>The fleet shipper stopped on an internal error.</source>
        <translation>Die Übertragung an die Flotte wurde wegen eines internen Fehlers gestoppt.</translation>
    </message>
    <message>
        <source>Report this with the station log; provisioning is not affected.</source>
        <translation>Dies mit dem Stationsprotokoll melden; das Provisionieren ist nicht betroffen.</translation>
    </message>
    <message>
        <source>The journal keeps everything; it ships when the centre answers.</source>
        <translation>Das Journal behält alles; es wird übertragen, sobald die Zentrale antwortet.</translation>
    </message>
    <message>
        <source>The central database is unreachable.</source>
        <translation>Die zentrale Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The central database stopped answering ({detail}).</source>
        <translation>Die zentrale Datenbank antwortet nicht mehr ({detail}).</translation>
    </message>
    <message>
        <source>Check the network to the central server; new devices are not registered until it answers, and the journal ships when it returns.</source>
        <translation>Das Netzwerk zum zentralen Server prüfen; neue Geräte werden erst registriert, wenn er antwortet, und das Journal wird übertragen, sobald er zurück ist.</translation>
    </message>
    <message>
        <source>The TLS handshake with {host}:{port} failed: {detail}</source>
        <translation>Der TLS-Handshake mit {host}:{port} ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <source>Check [fleet] ca_file, cert_file and key_file: the CA must be the plant CA that signed the server&apos;s certificate, the client certificate&apos;s CN must be {role}, and the key file must be readable only by this user (chmod 600).</source>
        <translation>[fleet] ca_file, cert_file und key_file prüfen: Die CA muss die Werks-CA sein, die das Zertifikat des Servers signiert hat, der CN des Client-Zertifikats muss {role} sein, und die Schlüsseldatei darf nur für diesen Benutzer lesbar sein (chmod 600).</translation>
    </message>
    <message>
        <source>The password holds a character that cannot be sent to the central database.</source>
        <translation>Das Passwort enthält ein Zeichen, das nicht an die zentrale Datenbank gesendet werden kann.</translation>
    </message>
    <message>
        <source>Type the password again; if it was stored with `station fleet set-password`, store it again.</source>
        <translation>Das Passwort erneut eingeben; wurde es mit `station fleet set-password` gespeichert, es erneut speichern.</translation>
    </message>
    <message>
        <source>The role ({value}) holds a character that cannot be sent to the central database.</source>
        <translation>Die Rolle ({value}) enthält ein Zeichen, das nicht an die zentrale Datenbank gesendet werden kann.</translation>
    </message>
    <message>
        <source>Correct the role where it was set (the station&apos;s configuration, or the field it was typed in) to plain text, e.g. a host name of letters, digits, dots and dashes.</source>
        <translation>Die Rolle dort, wo sie gesetzt wurde (in der Konfiguration der Station oder in dem Feld, in das sie eingegeben wurde), in einfachen Text ändern, z. B. einen Hostnamen aus Buchstaben, Ziffern, Punkten und Bindestrichen.</translation>
    </message>
    <message>
        <source>The setting {setting} ({value}) holds a character that cannot be sent to the central database.</source>
        <translation>Die Einstellung {setting} ({value}) enthält ein Zeichen, das nicht an die zentrale Datenbank gesendet werden kann.</translation>
    </message>
    <message>
        <source>Correct the setting {setting} where it was set (the station&apos;s configuration, or the field it was typed in) to plain text, e.g. a host name of letters, digits, dots and dashes.</source>
        <translation>Die Einstellung {setting} dort, wo sie gesetzt wurde (in der Konfiguration der Station oder in dem Feld, in das sie eingegeben wurde), in einfachen Text ändern, z. B. einen Hostnamen aus Buchstaben, Ziffern, Punkten und Bindestrichen.</translation>
    </message>
    <message>
        <source>The central database at {host}:{port} cannot be reached ({detail}).</source>
        <translation>Die zentrale Datenbank unter {host}:{port} ist nicht erreichbar ({detail}).</translation>
    </message>
    <message>
        <source>Check the network cable and that the central server is running; provisioning of new devices stays blocked until it answers, and the journal ships when it returns.</source>
        <translation>Das Netzwerkkabel prüfen und ob der zentrale Server läuft; das Provisionieren neuer Geräte bleibt gesperrt, bis er antwortet, und das Journal wird übertragen, sobald er zurück ist.</translation>
    </message>
    <message>
        <source>The central database refused the password of role {role}.</source>
        <translation>Die zentrale Datenbank hat das Passwort der Rolle {role} abgelehnt.</translation>
    </message>
    <message>
        <source>Store the password plant IT gave for this station: `station fleet set-password`. If it was lost, plant IT runs `station fleet add-station {role}` again for a new one.</source>
        <translation>Das Passwort speichern, das die Werks-IT für diese Station ausgegeben hat: `station fleet set-password`. Ist es verloren, führt die Werks-IT `station fleet add-station {role}` erneut aus, um ein neues zu erhalten.</translation>
    </message>
</context>
<context>
    <name>EngineStarter</name>
    <message>
        <source>Starting the station&apos;s engine…</source>
        <translation>Die Steuerung der Station startet…</translation>
    </message>
</context>
<context>
    <name>ErrorClass</name>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Already confirmed in Astarte</source>
        <translation>In Astarte bereits bestätigt</translation>
    </message>
    <message>
        <source>Already passed</source>
        <translation>Bereits bestanden</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>Bereits provisioniert</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Bereits registriert</translation>
    </message>
    <message>
        <source>Another device answered</source>
        <translation>Anderes Gerät antwortete</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Garbled link</source>
        <translation>Gestörte Verbindung</translation>
    </message>
    <message>
        <source>Credential missing</source>
        <translation>Zugangsdaten fehlen</translation>
    </message>
    <message>
        <source>Device: already written</source>
        <translation>Gerät: bereits beschrieben</translation>
    </message>
    <message>
        <source>Device busy</source>
        <translation>Gerät belegt</translation>
    </message>
    <message>
        <source>Device confirmed in Astarte</source>
        <translation>Gerät in Astarte bestätigt</translation>
    </message>
    <message>
        <source>Device inhibited in Astarte</source>
        <translation>Gerät in Astarte gesperrt</translation>
    </message>
    <message>
        <source>Device: invalid record</source>
        <translation>Gerät: ungültiger Datensatz</translation>
    </message>
    <message>
        <source>Device not in factory mode</source>
        <translation>Gerät nicht im Werksmodus</translation>
    </message>
    <message>
        <source>Device: nothing stored</source>
        <translation>Gerät: nichts gespeichert</translation>
    </message>
    <message>
        <source>Device: programming failed</source>
        <translation>Gerät: Programmierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Device storage corrupt</source>
        <translation>Gerätespeicher beschädigt</translation>
    </message>
    <message>
        <source>Device: unknown error</source>
        <translation>Gerät: unbekannter Fehler</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Duplicate device</source>
        <translation>Doppeltes Gerät</translation>
    </message>
    <message>
        <source>Duplicate refused</source>
        <translation>Duplikat abgelehnt</translation>
    </message>
    <message>
        <source>Flash checksum mismatch</source>
        <translation>Flash-Prüfsumme abweichend</translation>
    </message>
    <message>
        <source>Flash protected</source>
        <translation>Flash geschützt</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Fleet journal forked</source>
        <translation>Flottenjournal verzweigt</translation>
    </message>
    <message>
        <source>Fleet offline</source>
        <translation>Flotte offline</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Identity changed</source>
        <translation>Identität geändert</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Invalid device ID</source>
        <translation>Ungültige Geräte-ID</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Key invalid</source>
        <translation>Schlüssel ungültig</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Label code</source>
        <translation>Etikettencode</translation>
    </message>
    <message>
        <source>Label scan refused</source>
        <translation>Etikettenscan abgelehnt</translation>
    </message>
    <message>
        <source>Label scan timed out</source>
        <translation>Etikettenscan abgelaufen</translation>
    </message>
    <message>
        <source>Learning timed out</source>
        <translation>Anlernen abgelaufen</translation>
    </message>
    <message>
        <source>Lease lost</source>
        <translation>Reservierung verloren</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>MCUmgr error</source>
        <translation>MCUmgr-Fehler</translation>
    </message>
    <message>
        <source>Held by the MES</source>
        <translation>Vom MES gesperrt</translation>
    </message>
    <message>
        <source>MES unavailable</source>
        <translation>MES nicht erreichbar</translation>
    </message>
    <message>
        <source>No device ID</source>
        <translation>Keine Geräte-ID</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Not in bootloader</source>
        <translation>Nicht im Bootloader</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>NVS carried over</source>
        <translation>NVS übernommen</translation>
    </message>
    <message>
        <source>NVS partition</source>
        <translation>NVS-Partition</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <source>Partition table</source>
        <translation>Partitionstabelle</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Port ambiguous</source>
        <translation>Port mehrdeutig</translation>
    </message>
    <message>
        <source>Port busy</source>
        <translation>Port belegt</translation>
    </message>
    <message>
        <source>Port missing</source>
        <translation>Port fehlt</translation>
    </message>
    <message>
        <source>Port not found</source>
        <translation>Port nicht gefunden</translation>
    </message>
    <message>
        <source>Port permission</source>
        <translation>Port-Berechtigung</translation>
    </message>
    <message>
        <source>Printer not ready</source>
        <translation>Drucker nicht bereit</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Anfragen begrenzt</translation>
    </message>
    <message>
        <source>Read-back mismatch</source>
        <translation>Rücklesen abweichend</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>Grund erforderlich</translation>
    </message>
    <message>
        <source>Record too big for the device</source>
        <translation>Datensatz zu groß für das Gerät</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Read-back mismatch (Zephyr)</source>
        <translation>Rücklesen abweichend (Zephyr)</translation>
    </message>
    <message>
        <source>Rework refused</source>
        <translation>Nacharbeit abgelehnt</translation>
    </message>
    <message>
        <source>Role not set up</source>
        <translation>Rolle nicht eingerichtet</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Ausschuss</translation>
    </message>
    <message>
        <source>Secret rejected</source>
        <translation>Geheimnis abgelehnt</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Anmeldung gesperrt</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Sound unavailable</source>
        <translation>Ton nicht verfügbar</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Storage not accepted</source>
        <translation>Speicher nicht zugelassen</translation>
    </message>
    <message>
        <source>Target invalid</source>
        <translation>Ziel ungültig</translation>
    </message>
    <message>
        <source>Target not active</source>
        <translation>Ziel nicht aktiv</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Token-Befehl</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <source>Token invalid</source>
        <translation>Token ungültig</translation>
    </message>
    <message>
        <source>Token missing</source>
        <translation>Token fehlt</translation>
    </message>
    <message>
        <source>Token scope</source>
        <translation>Token-Geltungsbereich</translation>
    </message>
    <message>
        <source>Token unusable</source>
        <translation>Token unbrauchbar</translation>
    </message>
    <message>
        <source>Tower light unavailable</source>
        <translation>Signalsäule nicht verfügbar</translation>
    </message>
    <message>
        <source>udev rules</source>
        <translation>udev-Regeln</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Unsupported chip</source>
        <translation>Nicht unterstützter Chip</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>WLAN-Passwort</translation>
    </message>
    <message>
        <source>Write interrupted</source>
        <translation>Schreiben unterbrochen</translation>
    </message>
    <message>
        <source>Write outcome unknown</source>
        <translation>Schreibergebnis unbekannt</translation>
    </message>
    <message>
        <source>Zephyr configuration malformed</source>
        <translation>Zephyr-Konfiguration fehlerhaft</translation>
    </message>
    <message>
        <source>Zephyr firmware</source>
        <translation>Zephyr-Firmware</translation>
    </message>
    <message>
        <source>Zephyr file system</source>
        <translation>Zephyr-Dateisystem</translation>
    </message>
    <message>
        <source>Zephyr file system full</source>
        <translation>Zephyr-Dateisystem voll</translation>
    </message>
    <message>
        <source>Zephyr file system busy</source>
        <translation>Zephyr-Dateisystem beschäftigt</translation>
    </message>
    <message>
        <source>Zephyr file system read-only</source>
        <translation>Zephyr-Dateisystem schreibgeschützt</translation>
    </message>
    <message>
        <source>Zephyr file system not mounted</source>
        <translation>Zephyr-Dateisystem nicht eingehängt</translation>
    </message>
    <message>
        <source>Zephyr hash mismatch</source>
        <translation>Zephyr-Hash abweichend</translation>
    </message>
    <message>
        <source>Zephyr hardware ID unreadable</source>
        <translation>Zephyr-Hardware-ID unlesbar</translation>
    </message>
    <message>
        <source>Zephyr: no file system</source>
        <translation>Zephyr: kein Dateisystem</translation>
    </message>
    <message>
        <source>Zephyr: no hardware ID</source>
        <translation>Zephyr: keine Hardware-ID</translation>
    </message>
    <message>
        <source>Zephyr: no shell</source>
        <translation>Zephyr: keine Shell</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The station hit an internal error. This is a bug in the station, not your doing.</source>
        <translation>Die Station hatte einen internen Fehler. Das ist ein Fehler der Station, nicht Ihrer.</translation>
    </message>
    <message>
        <source>Tell the line supervisor and send the error report (Show Details, Copy) to support; the journal and every finished slot are intact.</source>
        <translation>Den Schichtleiter informieren und den Fehlerbericht (Details anzeigen, Kopieren) an den Support senden; das Journal und alle fertigen Plätze sind unversehrt.</translation>
    </message>
    <message>
        <source>{message} What to do: {action}</source>
        <translation>{message} Was tun: {action}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Was tun: {action}</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>The station could not do that</source>
        <translation>Die Station konnte das nicht ausführen</translation>
    </message>
    <message>
        <source>Internal error, see the log at {path} and send it to support.</source>
        <translation>Interner Fehler, siehe das Protokoll unter {path}; dieses an den Support senden.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Export the shown attempts as {format}</source>
        <translation>Angezeigte Versuche als {format} exportieren</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Export nach {file}…</translation>
    </message>
    <message>
        <source>Exporting to {file}: {done} of {total}</source>
        <translation>Export nach {file}: {done} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Exported {count} attempt(s) to {file}</source>
        <translation>
            <numerusform>✓ {count} Versuch nach {file} exportiert</numerusform>
            <numerusform>✓ {count} Versuche nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>✗ Export failed: </source>
        <translation>✗ Export fehlgeschlagen: </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Any station</source>
        <translation>Jede Station</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Any slot</source>
        <translation>Jeder Platz</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Jeder Bediener</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Jedes Ziel</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <source>Any error class</source>
        <translation>Jede Fehlerklasse</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Not passed (FAIL, SCRAP, Aborted)</source>
        <translation>Nicht bestanden (FEHLER, AUSSCHUSS, Abbruch)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>Von (Ortszeit)</translation>
    </message>
    <message>
        <source>Until (not included)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Device ID or serial</source>
        <translation>Geräte-ID oder Seriennummer</translation>
    </message>
    <message>
        <source>station {value}</source>
        <translation>Station {value}</translation>
    </message>
    <message>
        <source>slot {value}</source>
        <translation>Platz {value}</translation>
    </message>
    <message>
        <source>operator {value}</source>
        <translation>Bediener {value}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>Ziel {value}</translation>
    </message>
    <message>
        <source>error class {value}</source>
        <translation>Fehlerklasse {value}</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Device ID or hardware serial contains…</source>
        <translation>ID/Seriennr. enthält…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>{since} to {until}</source>
        <translation>{since} bis {until}</translation>
    </message>
    <message>
        <source>device/serial contains “{text}”</source>
        <translation>Gerät/Seriennummer enthält „{text}“</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>alle Versuche</translation>
    </message>
</context>
<context>
    <name>FleetDialogs</name>
    <message>
        <source>Only a signed-in supervisor may {what}; nothing was changed.</source>
        <translation>Nur ein angemeldeter Schichtleiter darf {what}; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Sign in as supervisor (Roles → Sign in as QA / supervisor…), then try again.</source>
        <translation>Als Schichtleiter anmelden (Rollen → Als QS / Schichtleiter anmelden…), dann erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Passed today</source>
        <translation>Heute bestanden</translation>
    </message>
    <message>
        <source>Not passed today</source>
        <translation>Heute nicht bestanden</translation>
    </message>
    <message>
        <source>Offline lot</source>
        <translation>Offline-Los</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <source>{count} (oldest {wait})</source>
        <translation>{count} (ältestes {wait})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Fleet: every station</source>
        <translation>Flotte: alle Stationen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Attempts of every station…</source>
        <translation>Versuche aller Stationen…</translation>
    </message>
    <message>
        <source>Open the QA journal window on the central database (read-only)</source>
        <translation>Das QS-Journalfenster auf der zentralen Datenbank öffnen (nur lesen)</translation>
    </message>
    <message>
        <source>Sign in with your own QA or supervisor role at {host}, then Refresh.</source>
        <translation>Mit der eigenen QS- oder Schichtleiterrolle bei {host} anmelden, dann Aktualisieren.</translation>
    </message>
    <message>
        <source>Your role at the centre</source>
        <translation>Ihre Rolle in der Zentrale</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Reading the centre…</source>
        <translation>Die Zentrale wird gelesen…</translation>
    </message>
    <message>
        <source>Signing in at the centre…</source>
        <translation>Anmeldung an der Zentrale…</translation>
    </message>
    <message>
        <source>The QA window reads every station&apos;s attempts.</source>
        <translation>Das QS-Fenster liest die Versuche aller Stationen.</translation>
    </message>
    <message>
        <source>{lot} (by {who})</source>
        <translation>{lot} (von {who})</translation>
    </message>
    <message numerus="yes">
        <source>{count} station(s), read at {time}</source>
        <translation>
            <numerusform>{count} Station, gelesen um {time}</numerusform>
            <numerusform>{count} Stationen, gelesen um {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an offline lot open</source>
        <translation>
            <numerusform>%n mit offenem Offline-Los</numerusform>
            <numerusform>%n mit offenem Offline-Los</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silent</source>
        <translation>
            <numerusform>%n stumm</numerusform>
            <numerusform>%n stumm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}. Reads again every %n s.</source>
        <translation>
            <numerusform>{summary}. Liest alle %n s neu.</numerusform>
            <numerusform>{summary}. Liest alle %n s neu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPageAction</name>
    <message>
        <source>Fleet: every station…</source>
        <translation>Flotte: alle Stationen…</translation>
    </message>
</context>
<context>
    <name>FleetSupervisorActions</name>
    <message>
        <source>Fleet: offline lot…</source>
        <translation>Flotte: Offline-Los…</translation>
    </message>
    <message>
        <source>Fleet: release a claim…</source>
        <translation>Flotte: Reservierung freigeben…</translation>
    </message>
</context>
<context>
    <name>IntegrityBadge</name>
    <message>
        <source>Chain not yet verified in this session</source>
        <translation>Kette in dieser Sitzung noch nicht geprüft</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Show that attempt</source>
        <translation>Diesen Versuch zeigen</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Kette wird geprüft…</translation>
    </message>
    <message>
        <source>Verifying the chain… {share} % ({done} of {total} records)</source>
        <translation>Kette wird geprüft… {share} % ({done} von {total} Einträgen)</translation>
    </message>
    <message>
        <source>Chain intact: {count} records verified</source>
        <translation>Kette intakt: {count} Einträge geprüft</translation>
    </message>
    <message>
        <source>Cannot verify: </source>
        <translation>Prüfung nicht möglich: </translation>
    </message>
    <message>
        <source>Verification stopped before the end</source>
        <translation>Prüfung vor dem Ende gestoppt</translation>
    </message>
    <message>
        <source>first bad record #{seq}</source>
        <translation>erster fehlerhafter Eintrag #{seq}</translation>
    </message>
    <message>
        <source>the tables disagree with the records</source>
        <translation>die Tabellen stimmen nicht mit den Einträgen überein</translation>
    </message>
    <message>
        <source>Chain BROKEN — {where} (attempt {attempt}): {reason}</source>
        <translation>Kette GEBROCHEN — {where} (Versuch {attempt}): {reason}</translation>
    </message>
    <message>
        <source>Chain BROKEN — {where}: {reason}</source>
        <translation>Kette GEBROCHEN — {where}: {reason}</translation>
    </message>
    <message>
        <source>Every station&apos;s chain is verified on the station (station journal verify); the centre refuses a journal that forks from what it holds</source>
        <translation>Die Kette jeder Station wird auf der Station geprüft (station journal verify); die Zentrale lehnt ein Journal ab, das von ihrem Stand abweicht</translation>
    </message>
</context>
<context>
    <name>KeyRouter</name>
    <message>
        <source>Still starting: the pedal was not taken.</source>
        <extracomment>Sees each scan first (the line&apos;s label check-scan); True when it took the scan.</extracomment>
        <translation>Start läuft noch: Das Pedal wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Scanned slot label {label} does not match any slot on this fixture.</source>
        <translation>Das gescannte Platzetikett {label} passt zu keinem Platz dieser Aufnahme.</translation>
    </message>
    <message>
        <source>Check the label, or pick the slot by its number key.</source>
        <translation>Etikett prüfen oder den Platz mit seiner Zifferntaste wählen.</translation>
    </message>
    <message>
        <source>No slot shows serial {serial}.</source>
        <translation>Kein Platz zeigt die Seriennummer {serial}.</translation>
    </message>
    <message>
        <source>Serial {serial} is highlighted.</source>
        <translation>Seriennummer {serial} ist markiert.</translation>
    </message>
    <message>
        <source>Slot {slot} took the scanned label.</source>
        <translation>Platz {slot} hat das gescannte Etikett übernommen.</translation>
    </message>
</context>
<context>
    <name>LabelRouting</name>
    <message>
        <source>Slots {slots} wait for a label scan; the station cannot tell which unit serial {serial} belongs to.</source>
        <translation>Die Plätze {slots} warten auf einen Etikett-Scan; die Station kann nicht erkennen, zu welchem Gerät die Seriennummer {serial} gehört.</translation>
    </message>
    <message>
        <source>Select the slot first (scan its SLOT: label or press its number), then scan the label of the unit in it.</source>
        <translation>Zuerst den Platz wählen (sein SLOT:-Etikett scannen oder seine Nummer drücken), dann das Etikett des Geräts darin scannen.</translation>
    </message>
</context>
<context>
    <name>LabelTemplateEditor</name>
    <message>
        <source>Label template</source>
        <translation>Etikettvorlage</translation>
    </message>
    <message>
        <source>Shown for a sample unit: serial %1, device ID %2. Fields: {serial}, {device_id} and {code} (the QR and DataMatrix code).</source>
        <translation>Gezeigt für ein Mustergerät: Seriennummer %1, Geräte-ID %2. Felder: {serial}, {device_id} und {code} (der QR- und DataMatrix-Code).</translation>
    </message>
    <message>
        <source>Start from the built-in label</source>
        <translation>Mit dem eingebauten Etikett beginnen</translation>
    </message>
    <message>
        <source>The built-in label is shown instead.</source>
        <translation>Stattdessen wird das eingebaute Etikett gezeigt.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>The label draws as the printer will print it.</source>
        <translation>Das Etikett wird so gezeichnet, wie der Drucker es drucken wird.</translation>
    </message>
    <message>
        <source>Save the label template</source>
        <translation>Etikettvorlage speichern</translation>
    </message>
    <message>
        <source>ZPL (*.zpl)</source>
        <translation>ZPL (*.zpl)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>The English plural forms ({path}) are missing or unreadable, so counts read like &quot;2 event(s)&quot;.</source>
        <translation>Die englischen Pluralformen ({path}) fehlen oder sind unlesbar, daher lauten Zählungen wie „2 event(s)“.</translation>
    </message>
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
    <name>LineMenu</name>
    <message>
        <source>Acknowledge the failure on the tower</source>
        <translation>Fehler an der Signalsäule quittieren</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>Etikett nachdrucken</translation>
    </message>
    <message>
        <source>Checking the scanned label…</source>
        <translation>Gescanntes Etikett wird geprüft…</translation>
    </message>
    <message>
        <source>Reprinting the label of slot {slot}…</source>
        <translation>Etikett von Platz {slot} wird nachgedruckt…</translation>
    </message>
    <message>
        <source>Slot {slot} has no label to reprint yet.</source>
        <translation>Platz {slot} hat noch kein Etikett zum Nachdrucken.</translation>
    </message>
    <message>
        <source>Tower light: {signal}</source>
        <translation>Signalsäule: {signal}</translation>
    </message>
    <message>
        <source>Tower light: none configured</source>
        <translation>Signalsäule: keine eingerichtet</translation>
    </message>
    <message>
        <source>Tower light: not set yet</source>
        <translation>Signalsäule: noch nicht gesetzt</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} (not printed)</source>
        <translation>Platz {slot}: {unit} (nicht gedruckt)</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit}</source>
        <translation>Platz {slot}: {unit}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>Platz {slot}</translation>
    </message>
    <message numerus="yes">
        <source>%n to reprint</source>
        <translation>
            <numerusform>%n nachzudrucken</numerusform>
            <numerusform>%n nachzudrucken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to scan</source>
        <translation>
            <numerusform>%n zu scannen</numerusform>
            <numerusform>%n zu scannen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Line ({counts})</source>
        <translation>&amp;Linie ({counts})</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linie</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Fleet: offline lot</source>
        <translation>Flotte: Offline-Los</translation>
    </message>
    <message>
        <source>Why, for the journal (e.g. central server down)</source>
        <translation>Warum, für das Journal (z. B. Zentralserver ausgefallen)</translation>
    </message>
    <message>
        <source>Open lot</source>
        <translation>Los öffnen</translation>
    </message>
    <message>
        <source>Close lot</source>
        <translation>Los schließen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>open an offline lot</source>
        <translation>ein Offline-Los öffnen</translation>
    </message>
    <message>
        <source>close the offline lot</source>
        <translation>das Offline-Los schließen</translation>
    </message>
</context>
<context>
    <name>MesPage</name>
    <message>
        <source>MES: override and waiting results</source>
        <translation>MES: Übersteuerung und wartende Ergebnisse</translation>
    </message>
    <message>
        <source>Results the MES has not acknowledged</source>
        <translation>Ergebnisse, die das MES nicht bestätigt hat</translation>
    </message>
    <message>
        <source>Tries are counted since this station started: a failed send is not journaled. The journal holds each result and, once the MES takes it, its acknowledgement.</source>
        <translation>Die Versuche werden seit dem Start dieser Station gezählt: ein fehlgeschlagenes Senden wird nicht im Journal erfasst. Das Journal hält jedes Ergebnis und, sobald das MES es annimmt, dessen Bestätigung.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Why (required; e.g. the MES ticket number)</source>
        <translation>Grund (Pflicht; z. B. die MES-Ticketnummer)</translation>
    </message>
    <message>
        <source>Start override</source>
        <translation>Übersteuerung starten</translation>
    </message>
    <message>
        <source>End override</source>
        <translation>Übersteuerung beenden</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Let a target with offline policy block go on</source>
        <translation>Ein Ziel mit Offline-Regel „block“ weiterarbeiten lassen</translation>
    </message>
    <message>
        <source>While the MES cannot be asked, units of this target are provisioned and their results queued; a refusal from an answering MES is never overridden. Journaled with your name and the reason; one shift at most.</source>
        <translation>Solange das MES nicht erreichbar ist, werden Einheiten dieses Ziels provisioniert und ihre Ergebnisse warten auf die Übermittlung an das MES; eine Ablehnung eines antwortenden MES wird nie übersteuert. Mit Ihrem Namen und dem Grund protokolliert; höchstens eine Schicht.</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Tries since start</source>
        <translation>Versuche seit Start</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>at the next start of a target that asks the MES</source>
        <translation>beim nächsten Start eines Ziels, das das MES fragt</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Nothing waits: the MES has every result (read at %1).</source>
        <translation>Nichts wartet: Das MES hat jedes Ergebnis (gelesen um %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) wait for the MES, kept in the journal (read at %1).</source>
        <translation>
            <numerusform>%n Ergebnis wartet auf das MES, im Protokoll gesichert (gelesen um %1).</numerusform>
            <numerusform>%n Ergebnisse warten auf das MES, im Protokoll gesichert (gelesen um %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No target of this station asks the MES.</source>
        <translation>Kein Ziel dieser Station fragt das MES.</translation>
    </message>
    <message>
        <source>No override in force for %1.</source>
        <translation>Keine Übersteuerung aktiv für %1.</translation>
    </message>
    <message>
        <source>Override in force for %1 until %2, by %3: %4</source>
        <translation>Übersteuerung aktiv für %1 bis %2, von %3: %4</translation>
    </message>
</context>
<context>
    <name>MesPageAction</name>
    <message>
        <source>MES: override and waiting results…</source>
        <translation>MES: Übersteuerung und wartende Ergebnisse…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>{message} — What to do: {action}</source>
        <translation>{message} — Was tun: {action}</translation>
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
    <message numerus="yes">
        <source>Started %n slot(s).</source>
        <translation>
            <numerusform>%n Platz gestartet.</numerusform>
            <numerusform>%n Plätze gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No slot is ready: load a device and try again.</source>
        <translation>Kein Platz ist bereit: Gerät einlegen und erneut versuchen.</translation>
    </message>
    <message>
        <source>Slot {slot} shows {state}: load a device before starting it.</source>
        <translation>Platz {slot} zeigt {state}: vor dem Start ein Gerät einlegen.</translation>
    </message>
    <message>
        <source>Slot {slot} did not start ({state}).</source>
        <translation>Platz {slot} wurde nicht gestartet ({state}).</translation>
    </message>
    <message>
        <source>{problem} (checked {time})</source>
        <translation>{problem} (geprüft {time})</translation>
    </message>
    <message>
        <source>checked {time}</source>
        <translation>geprüft {time}</translation>
    </message>
    <message>
        <source>Stopping safely: aborting running slots and finishing their journal records…</source>
        <translation>Sicheres Beenden: laufende Plätze werden abgebrochen und ihre Journaleinträge abgeschlossen…</translation>
    </message>
    <message>
        <source>Stopping safely…</source>
        <translation>Sicheres Beenden…</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Choose a period and press Show summary.</source>
        <translation>Einen Zeitraum wählen und Zusammenfassung anzeigen drücken.</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>Keine Versuche in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No failures in this period</source>
        <translation>Keine Fehler in diesem Zeitraum</translation>
    </message>
    <message>
        <source>failures per error class</source>
        <translation>Fehler je Fehlerklasse</translation>
    </message>
    <message>
        <source>cumulative share (right axis)</source>
        <translation>kumulierter Anteil (rechte Achse)</translation>
    </message>
    <message>
        <source>{label} {count} ({share} % cumulative)</source>
        <translation>{label} {count} ({share} % kumuliert)</translation>
    </message>
</context>
<context>
    <name>PasteTokenDialog</name>
    <message>
        <source>Issued token for {target}</source>
        <translation>Ausgestelltes Token für {target}</translation>
    </message>
    <message>
        <source>Paste the Pairing token (a JWT). It goes straight into the OS keyring; the editor shows only its expiry and what it allows.</source>
        <translation>Das Pairing-Token (ein JWT) einfügen. Es geht direkt in den OS-Schlüsselbund; der Editor zeigt nur seinen Ablauf und was es erlaubt.</translation>
    </message>
    <message>
        <source>Store in keyring</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
</context>
<context>
    <name>Privilege</name>
    <message>
        <source>view the journal</source>
        <translation>das Journal ansehen</translation>
    </message>
    <message>
        <source>export the journal</source>
        <translation>das Journal exportieren</translation>
    </message>
    <message>
        <source>change realm targets</source>
        <translation>Realm-Ziele ändern</translation>
    </message>
    <message>
        <source>choose the active target</source>
        <translation>das aktive Ziel wählen</translation>
    </message>
    <message>
        <source>import realm keys or tokens</source>
        <translation>Realm-Schlüssel oder Tokens importieren</translation>
    </message>
    <message>
        <source>override &apos;already passed&apos;</source>
        <translation>„bereits bestanden“ übersteuern</translation>
    </message>
    <message>
        <source>unregister devices (rework)</source>
        <translation>Geräte abmelden (Nacharbeit)</translation>
    </message>
    <message>
        <source>override the MES offline policy</source>
        <translation>die MES-Offline-Regel übersteuern</translation>
    </message>
    <message>
        <source>change the touch and pedal settings</source>
        <translation>die Touch- und Pedaleinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>QAAccess</name>
    <message>
        <source>Journal (QA)…</source>
        <translation>Journal (QS)…</translation>
    </message>
    <message>
        <source>Browse, filter, export and summarise the provisioning journal (read-only)</source>
        <translation>Das Provisionierungsjournal durchsuchen, filtern, exportieren und auswerten (nur lesen)</translation>
    </message>
</context>
<context>
    <name>QAColumns</name>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Hardware serial</source>
        <translation>Hardware-Seriennummer</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Sort by {column} (the journal sorts, not the PC)</source>
        <translation>Nach {column} sortieren (das Journal sortiert, nicht der PC)</translation>
    </message>
    <message>
        <source>(not in the journal)</source>
        <translation>(nicht im Journal)</translation>
    </message>
    <message>
        <source>{message}
What the operator was told: {action}</source>
        <translation>{message}
Was dem Bediener gesagt wurde: {action}</translation>
    </message>
    <message>
        <source>{label} (in exports: {raw})</source>
        <translation>{label} (in Exporten: {raw})</translation>
    </message>
</context>
<context>
    <name>QAJob</name>
    <message>
        <source>Stopped by the QA user.</source>
        <translation>Vom QS-Benutzer gestoppt.</translation>
    </message>
</context>
<context>
    <name>QALabels</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>SCRAP</source>
        <translation>AUSSCHUSS</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>Bereits provisioniert</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Unvollendet</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Anmeldung gesperrt</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Ziel geändert</translation>
    </message>
    <message>
        <source>Active target changed</source>
        <translation>Aktives Ziel geändert</translation>
    </message>
    <message>
        <source>Realm key imported</source>
        <translation>Realm-Schlüssel importiert</translation>
    </message>
    <message>
        <source>Token changed</source>
        <translation>Token geändert</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Unregister failed</source>
        <translation>Abmelden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Role password changed</source>
        <translation>Rollenpasswort geändert</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>Etikett gedruckt</translation>
    </message>
    <message>
        <source>Label reprinted</source>
        <translation>Etikett nachgedruckt</translation>
    </message>
    <message>
        <source>Label scanned back</source>
        <translation>Etikett zurückgescannt</translation>
    </message>
    <message>
        <source>MES check skipped (offline)</source>
        <translation>MES-Prüfung übersprungen (offline)</translation>
    </message>
    <message>
        <source>MES result queued</source>
        <translation>MES-Ergebnis in Warteschlange</translation>
    </message>
    <message>
        <source>MES result acknowledged</source>
        <translation>MES-Ergebnis bestätigt</translation>
    </message>
    <message>
        <source>MES block overridden</source>
        <translation>MES-Sperre übersteuert</translation>
    </message>
    <message>
        <source>Touch and pedal settings changed</source>
        <translation>Touch- und Pedaleinstellungen geändert</translation>
    </message>
    <message>
        <source>OTP (write-once)</source>
        <translation>OTP (einmal beschreibbar)</translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation>Sicherer Speicher</translation>
    </message>
</context>
<context>
    <name>QAStandIn</name>
    <message>
        <source>Being read again: this row shows what was read before.</source>
        <translation>Wird neu gelesen: Diese Zeile zeigt den zuvor gelesenen Stand.</translation>
    </message>
</context>
<context>
    <name>QAWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Chain not yet verified in this session ({records} records; Verify now takes a minute or two)</source>
        <translation>Kette in dieser Sitzung noch nicht geprüft ({records} Einträge; Jetzt prüfen dauert ein bis zwei Minuten)</translation>
    </message>
    <message>
        <source>Provisioning journal (QA, read-only) — {0}</source>
        <translation>Provisionierungsjournal (QS, nur lesen) — {0}</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Searching the journal…</source>
        <translation>Journal wird durchsucht…</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
    <message numerus="yes">
        <source>{count} attempt(s) match ({filter})</source>
        <translation>
            <numerusform>{count} Versuch passt ({filter})</numerusform>
            <numerusform>{count} Versuche passen ({filter})</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected attempt does not match the filter any more.</source>
        <translation>Der gewählte Versuch passt nicht mehr zum Filter.</translation>
    </message>
    <message>
        <source>That attempt is not in the journal.</source>
        <translation>Dieser Versuch ist nicht im Journal.</translation>
    </message>
    <message>
        <source>Attempt {0} is not in the journal&apos;s attempt table.</source>
        <translation>Versuch {0} ist nicht in der Versuchstabelle des Journals.</translation>
    </message>
    <message>
        <source>Its records may have been removed; keep this journal for investigation.</source>
        <translation>Seine Einträge wurden möglicherweise entfernt; dieses Journal zur Untersuchung aufbewahren.</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Das Journal kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Export shown attempts as CSV…</source>
        <translation>Angezeigte Versuche als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export shown attempts as JSON Lines…</source>
        <translation>Angezeigte Versuche als JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Verify the chain now</source>
        <translation>Kette jetzt prüfen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReleaseClaimDialog</name>
    <message>
        <source>Fleet: release a claim for rework</source>
        <translation>Flotte: Reservierung für Nacharbeit freigeben</translation>
    </message>
    <message>
        <source>Why, for the journal (e.g. rework RMA-1234)</source>
        <translation>Warum, für das Journal (z. B. Nacharbeit RMA-1234)</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Reservierung freigeben</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>This station&apos;s supervisor password</source>
        <translation>Supervisor-Passwort dieser Station</translation>
    </message>
    <message>
        <source>Your role at the centre</source>
        <translation>Ihre Rolle in der Zentrale</translation>
    </message>
    <message>
        <source>Its password</source>
        <translation>Deren Passwort</translation>
    </message>
    <message>
        <source>release a claim</source>
        <translation>eine Reservierung freigeben</translation>
    </message>
    <message>
        <source>Releasing at the centre…</source>
        <translation>Freigabe in der Zentrale…</translation>
    </message>
</context>
<context>
    <name>ReworkDialog</name>
    <message>
        <source>Not on a slot</source>
        <translation>Nicht in einem Platz</translation>
    </message>
    <message>
        <source>Rework: unregister a device</source>
        <translation>Nacharbeit: Gerät abmelden</translation>
    </message>
    <message>
        <source>Target {name}: realm {realm} at {url}</source>
        <translation>Ziel {name}: Realm {realm} unter {url}</translation>
    </message>
    <message>
        <source>22-character Astarte device ID</source>
        <translation>22-stellige Astarte-Geräte-ID</translation>
    </message>
    <message>
        <source>Check storage</source>
        <translation>Speicher prüfen</translation>
    </message>
    <message>
        <source>Check the device&apos;s storage first.</source>
        <translation>Zuerst den Speicher des Geräts prüfen.</translation>
    </message>
    <message>
        <source>I understand: this unit may never hold working credentials again.</source>
        <translation>Mir ist klar: Dieses Gerät kann vielleicht nie wieder gültige Zugangsdaten halten.</translation>
    </message>
    <message>
        <source>Why (required; e.g. &apos;returned by customer, RMA 4711&apos;)</source>
        <translation>Warum (Pflicht; z. B. „Kundenrücksendung, RMA 4711“)</translation>
    </message>
    <message>
        <source>Unregister device</source>
        <translation>Gerät abmelden</translation>
    </message>
    <message>
        <source>Allow provisioning again (override &apos;already passed&apos;)</source>
        <translation>Erneutes Provisionieren erlauben („bereits bestanden“ übersteuern)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Slot {slot}: {device}</source>
        <translation>Platz {slot}: {device}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>Platz {slot}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The device on slot {slot} is {device}, not {typed}.</source>
        <translation>Das Gerät in Platz {slot} ist {device}, nicht {typed}.</translation>
    </message>
    <message>
        <source>Choose the right slot, or clear the device ID to use the slot&apos;s.</source>
        <translation>Den richtigen Platz wählen oder die Geräte-ID leeren, um die des Platzes zu nehmen.</translation>
    </message>
    <message>
        <source>{message}
What to do: {action}</source>
        <translation>{message}
Was tun: {action}</translation>
    </message>
    <message>
        <source>The storage could not be checked: </source>
        <translation>Der Speicher konnte nicht geprüft werden: </translation>
    </message>
    <message>
        <source>Unregistering…</source>
        <translation>Wird abgemeldet…</translation>
    </message>
    <message>
        <source>Device {device} is unregistered from realm {realm}. It can be registered again; allow provisioning it again when it is back on a slot.</source>
        <translation>Gerät {device} ist vom Realm {realm} abgemeldet. Es kann wieder registriert werden; erneutes Provisionieren erlauben, wenn es wieder in einem Platz ist.</translation>
    </message>
    <message>
        <source>Not unregistered: </source>
        <translation>Nicht abgemeldet: </translation>
    </message>
    <message>
        <source>Override recorded: slot {slot} may provision a device that already passed. It ends after that attempt or when the supervisor session ends.</source>
        <translation>Übersteuerung erfasst: Platz {slot} darf ein bereits bestandenes Gerät provisionieren. Sie endet nach diesem Versuch oder mit der Schichtleiter-Sitzung.</translation>
    </message>
    <message>
        <source>Override recorded: the next attempt on any slot may provision a device that already passed. It ends after that attempt or when the supervisor session ends.</source>
        <translation>Übersteuerung erfasst: Der nächste Versuch in einem beliebigen Platz darf ein bereits bestandenes Gerät provisionieren. Sie endet nach diesem Versuch oder mit der Schichtleiter-Sitzung.</translation>
    </message>
    <message>
        <source>Not allowed: </source>
        <translation>Nicht erlaubt: </translation>
    </message>
    <message>
        <source>{name} is signed in as {role}; only a supervisor may unregister devices.</source>
        <translation>{name} ist als {role} angemeldet; nur ein Schichtleiter darf Geräte abmelden.</translation>
    </message>
    <message>
        <source>Ask a supervisor to sign in (Roles menu).</source>
        <translation>Einen Schichtleiter bitten, sich anzumelden (Menü Rollen).</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Schichtleiter</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QS</translation>
    </message>
</context>
<context>
    <name>RoleController</name>
    <message>
        <source>The privileged session was locked after {minutes} min without input; sign in again to continue.</source>
        <translation>Die privilegierte Sitzung wurde nach {minutes} min ohne Eingabe gesperrt; zum Fortfahren erneut anmelden.</translation>
    </message>
    <message>
        <source>Needs a supervisor sign-in ({privilege}).</source>
        <translation>Erfordert eine Schichtleiter-Anmeldung ({privilege}).</translation>
    </message>
</context>
<context>
    <name>RoleSignInDialog</name>
    <message>
        <source>QA / supervisor sign-in</source>
        <translation>Anmeldung QS / Schichtleiter</translation>
    </message>
    <message>
        <source>Sign in for privileged work</source>
        <translation>Anmelden für berechtigte Arbeiten</translation>
    </message>
    <message>
        <source>Your name (recorded in the journal)</source>
        <translation>Ihr Name (wird im Journal erfasst)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign-in is locked after repeated wrong passwords.</source>
        <translation>Die Anmeldung ist nach wiederholt falschen Passwörtern gesperrt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>You may try again.</source>
        <translation>Sie können es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>SetupNeededDialog</name>
    <message>
        <source>The station is not set up yet</source>
        <translation>Die Station ist noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>This station has no configuration yet.</source>
        <translation>Diese Station hat noch keine Konfiguration.</translation>
    </message>
    <message>
        <source>A supervisor sets the station up: write the configuration file at the path above (which fixture, the port of each slot, the Astarte realm; docs/configuration.md has a complete example), check it with the command below, then press Try again.</source>
        <translation>Ein Schichtleiter richtet die Station ein: die Konfigurationsdatei unter dem Pfad oben schreiben (welche Aufnahme, der Port jedes Platzes, der Astarte-Realm; docs/configuration.md enthält ein vollständiges Beispiel), mit dem Befehl unten prüfen, dann Erneut versuchen drücken.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>Die Station kann nicht starten</translation>
    </message>
    <message>
        <source>Correct the configuration, then press Try again.</source>
        <translation>Die Konfiguration korrigieren, dann Erneut versuchen drücken.</translation>
    </message>
    <message>
        <source>The station looks for its configuration at:
{path}</source>
        <translation>Die Station sucht ihre Konfiguration unter:
{path}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Was tun: {action}</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Operator sign-in</source>
        <translation>Bediener-Anmeldung</translation>
    </message>
    <message>
        <source>Who is operating this station?</source>
        <translation>Wer bedient diese Station?</translation>
    </message>
    <message>
        <source>Your name is recorded in the journal with every device you provision.</source>
        <translation>Ihr Name wird mit jedem Gerät, das Sie provisionieren, im Journal erfasst.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>SlotTile</name>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Was tun: {action}</translation>
    </message>
    <message>
        <source>Slot {slot}: {state}</source>
        <translation>Platz {slot}: {state}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>Platz {slot}</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <source>■ Abort</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <source>✓ Clear</source>
        <translation>✓ Quitt.</translation>
    </message>
    <message>
        <source>◀ scanned</source>
        <translation>◀ gescannt</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Cannot register</source>
        <translation>Keine Registrierung</translation>
    </message>
    <message>
        <source>○ No device</source>
        <translation>○ Leer</translation>
    </message>
    <message>
        <source>● Loaded</source>
        <translation>● Eingelegt</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>SCRAP</source>
        <translation>AUSSCHUSS</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>Bereits provisioniert</translation>
    </message>
    <message>
        <source>Pairing OK</source>
        <translation>Pairing OK</translation>
    </message>
    <message>
        <source>Pairing unreachable</source>
        <translation>Pairing nicht erreichbar</translation>
    </message>
    <message>
        <source>Pairing: checking…</source>
        <translation>Pairing: wird geprüft…</translation>
    </message>
</context>
<context>
    <name>StationApp</name>
    <message>
        <source>The station cannot start</source>
        <extracomment>The `[line]` settings the window takes, read again on each (re)start: pedal key, touch mode.</extracomment>
        <translation>Die Station kann nicht starten</translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <source>{step} {duration}</source>
        <translation>{step} {duration}</translation>
    </message>
    <message>
        <source>{step} {duration} failed</source>
        <translation>{step} {duration} fehlgeschlagen</translation>
    </message>
    <message>
        <source>total {duration}</source>
        <translation>gesamt {duration}</translation>
    </message>
    <message>
        <source>No steps recorded</source>
        <translation>Keine Schritte aufgezeichnet</translation>
    </message>
    <message>
        <source>{duration}  ✗ failed</source>
        <translation>{duration}  ✗ fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>Ausschuss</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Unvollendet</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation>Erstdurchlaufquote</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>Einheiten pro Stunde</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Nicht identifiziert</translation>
    </message>
    <message>
        <source>Provisioning summary</source>
        <translation>Provisionierungs-Zusammenfassung</translation>
    </message>
    <message>
        <source>{passed} (including {recovered} recovered after a restart)</source>
        <translation>{passed} (davon {recovered} nach einem Neustart wiederhergestellt)</translation>
    </message>
    <message>
        <source>{yield_} ({first} of {devices} devices)</source>
        <translation>{yield_} ({first} von {devices} Geräten)</translation>
    </message>
    <message>
        <source>{count} attempt (not in the yield)</source>
        <translation>{count} Versuch (nicht in der Quote)</translation>
    </message>
    <message>
        <source>{count} attempts (not in the yield)</source>
        <translation>{count} Versuche (nicht in der Quote)</translation>
    </message>
    <message>
        <source>— (only {active} of production)</source>
        <translation>— (nur {active} Produktion)</translation>
    </message>
    <message>
        <source>{rate} (over {active} of active production)</source>
        <translation>{rate} (über {active} aktive Produktion)</translation>
    </message>
    <message>
        <source>Cannot write the PDF report to {path}.</source>
        <translation>Der PDF-Bericht kann nicht nach {path} geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Einen beschreibbaren Ordner mit freiem Platz wählen.</translation>
    </message>
    <message>
        <source>The PDF report {path} was not written.</source>
        <translation>Der PDF-Bericht {path} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Zeitraum: {period}</translation>
    </message>
    <message>
        <source>Attempts included: {scope}</source>
        <translation>Einbezogene Versuche: {scope}</translation>
    </message>
    <message>
        <source>Journal: {journal}</source>
        <translation>Journal: {journal}</translation>
    </message>
    <message>
        <source>Journal integrity: {state}</source>
        <translation>Journal-Integrität: {state}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Gedruckt {time}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Failures by error class (Pareto)</source>
        <translation>Fehler nach Fehlerklasse (Pareto)</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Datumsbereich</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Früh</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Spät</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>Choose a period and press Show summary.</source>
        <translation>Einen Zeitraum wählen und Zusammenfassung zeigen drücken.</translation>
    </message>
    <message>
        <source>Only attempts matching the table&apos;s other filters</source>
        <translation>Nur Versuche, die den anderen Filtern der Tabelle entsprechen</translation>
    </message>
    <message>
        <source>Show summary</source>
        <translation>Zusammenfassung zeigen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>{shift} ({start}–{end})</source>
        <translation>{shift} ({start}–{end})</translation>
    </message>
    <message>
        <source>{shift} shift of {day} ({hours})</source>
        <translation>Schicht {shift} am {day} ({hours})</translation>
    </message>
    <message>
        <source>The date range ends before it begins.</source>
        <translation>Der Datumsbereich endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Choose a &apos;To&apos; date on or after &apos;From&apos;.</source>
        <translation>Ein „Bis“-Datum am oder nach dem „Von“-Datum wählen.</translation>
    </message>
    <message>
        <source>{first} to {last} (whole days)</source>
        <translation>{first} bis {last} (ganze Tage)</translation>
    </message>
    <message>
        <source>{start}–{end} local time</source>
        <translation>{start}–{end} Ortszeit</translation>
    </message>
    <message>
        <source>matching the table&apos;s filters ({filter}), period as above</source>
        <translation>passend zu den Filtern der Tabelle ({filter}), Zeitraum wie oben</translation>
    </message>
    <message>
        <source>every attempt started in the period</source>
        <translation>jeder im Zeitraum begonnene Versuch</translation>
    </message>
    <message>
        <source>Computing the summary for {period}…</source>
        <translation>Zusammenfassung für {period} wird berechnet…</translation>
    </message>
    <message>
        <source>Summary for {period}; {scope}.</source>
        <translation>Zusammenfassung für {period}; {scope}.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>There is no summary to print yet.</source>
        <translation>Es gibt noch keine Zusammenfassung zum Drucken.</translation>
    </message>
    <message>
        <source>Press Show summary first.</source>
        <translation>Zuerst Zusammenfassung zeigen drücken.</translation>
    </message>
    <message>
        <source>PDF report written to {path}.</source>
        <translation>PDF-Bericht nach {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>SupervisorTools</name>
    <message>
        <source>Sign in as QA / supervisor…</source>
        <translation>Als QS / Schichtleiter anmelden…</translation>
    </message>
    <message>
        <source>Sign out (back to operator)</source>
        <translation>Abmelden (zurück zum Bediener)</translation>
    </message>
    <message>
        <source>Targets and keys…</source>
        <translation>Ziele und Schlüssel…</translation>
    </message>
    <message>
        <source>Rework: unregister a device…</source>
        <translation>Nacharbeit: Gerät abmelden…</translation>
    </message>
    <message>
        <source>Role: {role} ({name})</source>
        <translation>Rolle: {role} ({name})</translation>
    </message>
    <message>
        <source>the supervisor session ended</source>
        <translation>die Schichtleiter-Sitzung ist beendet</translation>
    </message>
    <message>
        <source>This station&apos;s engine cannot apply an override from the screen.</source>
        <translation>Die Steuerung dieser Station kann keine Übersteuerung vom Bildschirm anwenden.</translation>
    </message>
    <message>
        <source>Provision the device with `station rework reprovision --slots SLOT --reason WHY`.</source>
        <translation>Das Gerät mit `station rework reprovision --slots SLOT --reason WHY` provisionieren.</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>Platz {slot}</translation>
    </message>
    <message>
        <source>the next attempt</source>
        <translation>der nächste Versuch</translation>
    </message>
    <message>
        <source>Supervisor override: {where} may provision a device that already passed.</source>
        <translation>Schichtleiter-Übersteuerung: {where} darf ein bereits bestandenes Gerät provisionieren.</translation>
    </message>
    <message>
        <source>Load the reworked device and press Provision.</source>
        <translation>Das nachgearbeitete Gerät einlegen und Provisionieren drücken.</translation>
    </message>
    <message>
        <source>The &apos;already passed&apos; override has ended ({why}).</source>
        <translation>Die Übersteuerung „bereits bestanden“ ist beendet ({why}).</translation>
    </message>
    <message>
        <source>slot {slot} finished its attempt</source>
        <translation>Platz {slot} hat seinen Versuch beendet</translation>
    </message>
    <message>
        <source>The active target is now {target} (realm {realm})</source>
        <translation>Das aktive Ziel ist jetzt {target} (Realm {realm})</translation>
    </message>
    <message>
        <source>The settings of target {target} (realm {realm}) changed</source>
        <translation>Die Einstellungen des Ziels {target} (Realm {realm}) haben sich geändert</translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation>{what}.</translation>
    </message>
    <message>
        <source>Restart the station to provision with them.</source>
        <translation>Die Station neu starten, um damit zu provisionieren.</translation>
    </message>
    <message>
        <source>{what}; the screen restarts to use it when no slot is working.</source>
        <translation>{what}; der Bildschirm startet neu, um es zu verwenden, sobald kein Platz arbeitet.</translation>
    </message>
    <message>
        <source>Now provisioning with target {target} (realm {realm}) as saved; the shift counters and each slot&apos;s last result were kept, and {name} is still signed in.</source>
        <translation>Provisionierung jetzt mit Ziel {target} (Realm {realm}) wie gespeichert; die Schichtzähler und das letzte Ergebnis jedes Platzes wurden behalten, und {name} ist weiterhin angemeldet.</translation>
    </message>
    <message>
        <source>Now provisioning with target {target} (realm {realm}) as saved; the shift counters and each slot&apos;s last result were kept.</source>
        <translation>Provisionierung jetzt mit Ziel {target} (Realm {realm}) wie gespeichert; die Schichtzähler und das letzte Ergebnis jedes Platzes wurden behalten.</translation>
    </message>
</context>
<context>
    <name>TargetField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pairing URL</source>
        <translation>Pairing-URL</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Token source</source>
        <translation>Token-Quelle</translation>
    </message>
    <message>
        <source>Token lifetime (s)</source>
        <translation>Token-Lebensdauer (s)</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Token-Befehl</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>UUIDv5 namespace</source>
        <translation>UUIDv5-Namensraum</translation>
    </message>
    <message>
        <source>Identity field</source>
        <translation>Identitätsfeld</translation>
    </message>
    <message>
        <source>Accepted storage</source>
        <translation>Zulässiger Speicher</translation>
    </message>
    <message>
        <source>Initial introspection</source>
        <translation>Anfängliche Introspektion</translation>
    </message>
    <message>
        <source>Registrations in flight</source>
        <translation>Gleichzeitige Registrierungen</translation>
    </message>
    <message>
        <source>Serial allowlist</source>
        <translation>Seriennummern-Freigabeliste</translation>
    </message>
    <message>
        <source>&apos;Confirmed&apos; counts as pass</source>
        <translation>„Bestätigt“ zählt als bestanden</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Etiketten drucken</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>Etikettvorlage</translation>
    </message>
    <message>
        <source>Check-scan labels</source>
        <translation>Etiketten-Kontrollscan</translation>
    </message>
    <message>
        <source>Check-scan deadline (s)</source>
        <translation>Frist für den Kontrollscan (s)</translation>
    </message>
    <message>
        <source>MES recipe</source>
        <translation>MES-Rezept</translation>
    </message>
    <message>
        <source>MES offline</source>
        <translation>MES offline</translation>
    </message>
    <message>
        <source>Names the target here and its keyring entries; letters, digits, . _ -</source>
        <translation>Benennt das Ziel hier und seine Schlüsselbund-Einträge; Buchstaben, Ziffern, . _ -</translation>
    </message>
    <message>
        <source>e.g. https://api.astarte.example.com/pairing</source>
        <translation>z. B. https://api.astarte.example.com/pairing</translation>
    </message>
    <message>
        <source>Lower-case letters and digits, starting with a letter</source>
        <translation>Kleinbuchstaben und Ziffern, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>Realm key or issued token in the keyring, or a command</source>
        <translation>Realm-Schlüssel oder ausgestelltes Token im Schlüsselbund, oder ein Befehl</translation>
    </message>
    <message>
        <source>Minted tokens live this long: {low} to {high} s</source>
        <translation>So lange gelten erzeugte Tokens: {low} bis {high} s</translation>
    </message>
    <message>
        <source>Program and arguments, one per line</source>
        <translation>Programm und Argumente, eines pro Zeile</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the Astarte certificate</source>
        <translation>PEM-Datei der CA, die das Astarte-Zertifikat signiert hat</translation>
    </message>
    <message>
        <source>From the device, or UUIDv5 over an identity field</source>
        <translation>Vom Gerät, oder UUIDv5 über ein Identitätsfeld</translation>
    </message>
    <message>
        <source>The product line&apos;s namespace UUID</source>
        <translation>Die Namensraum-UUID der Produktlinie</translation>
    </message>
    <message>
        <source>Which identity field the UUIDv5 is taken over</source>
        <translation>Über welches Identitätsfeld die UUIDv5 gebildet wird</translation>
    </message>
    <message>
        <source>Storage kinds this target provisions</source>
        <translation>Speicherarten, die dieses Ziel provisioniert</translation>
    </message>
    <message>
        <source>One per line: interface major.minor</source>
        <translation>Eine pro Zeile: Interface Major.Minor</translation>
    </message>
    <message>
        <source>{low} to {high} at once; Slot count when unset</source>
        <translation>{low} bis {high} gleichzeitig; ohne Angabe die Anzahl der Plätze</translation>
    </message>
    <message>
        <source>Regular expression the whole serial matches</source>
        <translation>Regulärer Ausdruck, dem die ganze Seriennummer entspricht</translation>
    </message>
    <message>
        <source>At the cloud check</source>
        <translation>Bei der Cloud-Prüfung</translation>
    </message>
    <message>
        <source>After each PASS, on the line&apos;s label printer</source>
        <translation>Nach jedem OK, auf dem Etikettendrucker der Linie</translation>
    </message>
    <message>
        <source>ZPL file; empty: the built-in 2 x 1 inch label</source>
        <translation>ZPL-Datei; leer: das eingebaute 2 x 1 Zoll-Etikett</translation>
    </message>
    <message>
        <source>Scan each printed label back before the unit leaves</source>
        <translation>Jedes gedruckte Etikett zurückscannen, bevor das Gerät geht</translation>
    </message>
    <message>
        <source>How long a unit waits for its label&apos;s scan: {low} to {high} s</source>
        <translation>Wie lange ein Gerät auf den Scan seines Etiketts wartet: {low} bis {high} s</translation>
    </message>
    <message>
        <source>Empty: the MES is not asked for this target</source>
        <translation>Leer: das MES wird für dieses Ziel nicht gefragt</translation>
    </message>
    <message>
        <source>Block, or allow and queue the results</source>
        <translation>Sperren, oder zulassen und die Ergebnisse puffern</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Realm key in the OS keyring</source>
        <translation>Realm-Schlüssel im OS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Issued token in the OS keyring</source>
        <translation>Ausgestelltes Token im OS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Token-Befehl</translation>
    </message>
    <message>
        <source>Reported by the device</source>
        <translation>Vom Gerät gemeldet</translation>
    </message>
    <message>
        <source>UUIDv5 of an identity field</source>
        <translation>UUIDv5 eines Identitätsfelds</translation>
    </message>
    <message>
        <source>Correct the field marked in the form.</source>
        <translation>Das im Formular markierte Feld korrigieren.</translation>
    </message>
    <message>
        <source>One argument per line, the program first</source>
        <translation>Ein Argument pro Zeile, das Programm zuerst</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs only</source>
        <translation>Leer: nur die vertrauenswürdigen CAs des Systems</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Slot count</source>
        <translation>Anzahl der Plätze</translation>
    </message>
    <message>
        <source>Empty: every serial</source>
        <translation>Leer: jede Seriennummer</translation>
    </message>
    <message>
        <source>A device Astarte reports as confirmed passes</source>
        <translation>Ein Gerät, das Astarte als bestätigt meldet, besteht</translation>
    </message>
    <message>
        <source>Print the unit&apos;s label after each PASS</source>
        <translation>Nach jedem OK das Etikett des Geräts drucken</translation>
    </message>
    <message>
        <source>Empty: the built-in 2 x 1 inch label</source>
        <translation>Leer: Standardetikett 2 x 1 Zoll</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Scan each printed label back before the unit leaves</source>
        <extracomment>Where a relative `label_template` is taken from (the configuration file&apos;s folder).</extracomment>
        <translation>Jedes gedruckte Etikett zurückscannen, bevor das Gerät geht</translation>
    </message>
    <message>
        <source>Empty: the MES is not asked</source>
        <translation>Leer: das MES wird nicht gefragt</translation>
    </message>
    <message>
        <source>Block: no unit while the MES cannot be asked</source>
        <translation>Sperren: kein Gerät, solange das MES nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Allow and queue the results</source>
        <translation>Zulassen und die Ergebnisse puffern</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA-Bundle (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Line {n} ({line!r}) is not &apos;interface major.minor&apos;, e.g. &apos;{example}&apos;.</source>
        <translation>Zeile {n} ({line!r}) ist nicht „Interface Major.Minor“, z. B. „{example}“.</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <source>Realm targets and keys</source>
        <translation>Realm-Ziele und Schlüssel</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Why (recorded in the journal with the change)</source>
        <translation>Warum (mit der Änderung im Journal vermerkt)</translation>
    </message>
    <message>
        <source>Save target</source>
        <translation>Ziel speichern</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Active target per fixture</source>
        <translation>Aktives Ziel je Aufnahme</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>ℹ {target} is the active target of fixture {fixtures}: saving a change restarts the operator screen on it as soon as no slot is working. The shift counters, each slot&apos;s last result and your sign-in are kept.</source>
        <translation>
            <numerusform>ℹ {target} ist das aktive Ziel der Aufnahme {fixtures}: Speichern einer Änderung startet den Bedienerbildschirm damit neu, sobald kein Platz arbeitet. Die Schichtzähler, das letzte Ergebnis jedes Platzes und Ihre Anmeldung bleiben erhalten.</numerusform>
            <numerusform>ℹ {target} ist das aktive Ziel der Aufnahmen {fixtures}: Speichern einer Änderung startet den Bedienerbildschirm damit neu, sobald kein Platz arbeitet. Die Schichtzähler, das letzte Ergebnis jedes Platzes und Ihre Anmeldung bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>the new target</source>
        <translation>das neue Ziel</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to {target}?</source>
        <translation>Die ungespeicherten Änderungen an {target} verwerfen?</translation>
    </message>
    <message>
        <source>Cancel goes back to the editor; Save target keeps the changes.</source>
        <translation>Abbrechen führt zurück zum Editor; Ziel speichern behält die Änderungen.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Nicht gespeichert: </translation>
    </message>
    <message>
        <source>Not done: </source>
        <translation>Nicht erledigt: </translation>
    </message>
    <message>
        <source>Target {target!r} saved.</source>
        <translation>Ziel {target!r} gespeichert.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Target {target!r} deleted, with its keyring entries.</source>
        <translation>Ziel {target!r} samt seinen Schlüsselbund-Einträgen gelöscht.</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Fixture {fixture} now provisions into {target!r}.</source>
        <translation>Aufnahme {fixture} provisioniert jetzt in {target!r}.</translation>
    </message>
    <message>
        <source>Saving the active target</source>
        <translation>Aktives Ziel wird gespeichert</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}; only a supervisor may open the target editor.</source>
        <translation>{name} ist als {role} angemeldet; nur ein Schichtleiter darf den Ziel-Editor öffnen.</translation>
    </message>
    <message>
        <source>Ask a supervisor to sign in (Roles menu).</source>
        <translation>Einen Schichtleiter bitten, sich anzumelden (Menü Rollen).</translation>
    </message>
</context>
<context>
    <name>TouchPage</name>
    <message>
        <source>Touch and foot pedal</source>
        <translation>Touch und Fußpedal</translation>
    </message>
    <message>
        <source>Touch mode: every control at least 15 mm, for gloves</source>
        <translation>Touch-Modus: jedes Bedienelement mindestens 15 mm, für Handschuhe</translation>
    </message>
    <message>
        <source>No pedal</source>
        <translation>Kein Pedal</translation>
    </message>
    <message>
        <source>Why (for the journal)</source>
        <translation>Warum (für das Journal)</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>Speichern und anwenden</translation>
    </message>
    <message>
        <source>Foot pedal key</source>
        <translation>Taste des Fußpedals</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The operator screen takes these over as soon as they are saved. The pedal must be set to send the key named here (its own software does that).</source>
        <translation>Der Bedienerbildschirm übernimmt sie, sobald sie gespeichert sind. Das Pedal muss die hier genannte Taste senden (das stellt seine eigene Software ein).</translation>
    </message>
    <message>
        <source>Saved; the operator screen uses them now.</source>
        <translation>Gespeichert; der Bedienerbildschirm verwendet sie jetzt.</translation>
    </message>
</context>
<context>
    <name>TouchPageAction</name>
    <message>
        <source>Touch and foot pedal…</source>
        <translation>Touch und Fußpedal…</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Touch mode is now %1; foot pedal key: %2.</source>
        <translation>Touch-Modus ist jetzt %1; Taste des Fußpedals: %2.</translation>
    </message>
</context>
</TS>
