<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AttemptDetailPane</name>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentativo</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID dispositivo</translation>
    </message>
    <message>
        <source>Hardware serial</source>
        <translation>Seriale hardware</translation>
    </message>
    <message>
        <source>Model / firmware / storage</source>
        <translation>Modello / firmware / memoria</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>Profilo dispositivo</translation>
    </message>
    <message>
        <source>Slot / station</source>
        <translation>Slot / stazione</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Target / realm</source>
        <translation>Destinazione / realm</translation>
    </message>
    <message>
        <source>Pairing URL</source>
        <translation>URL di Pairing</translation>
    </message>
    <message>
        <source>Started → finished</source>
        <translation>Iniziato → finito</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Classe di errore</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>Action shown to the operator</source>
        <translation>Azione mostrata all&apos;operatore</translation>
    </message>
    <message>
        <source>Secret fingerprint (SHA-256)</source>
        <translation>Impronta del segreto (SHA-256)</translation>
    </message>
    <message>
        <source>Write intents</source>
        <translation>Intenti di scrittura</translation>
    </message>
    <message>
        <source>Link statistics</source>
        <translation>Statistiche del collegamento</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>Device console (excerpt)</source>
        <translation>Console del dispositivo (estratto)</translation>
    </message>
    <message>
        <source>Select an attempt to see its details.</source>
        <translation>Seleziona un tentativo per vederne i dettagli.</translation>
    </message>
    <message>
        <source>device not identified</source>
        <translation>dispositivo non identificato</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non finito</translation>
    </message>
    <message>
        <source>(not identified)</source>
        <translation>(non identificato)</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(non letto)</translation>
    </message>
    <message>
        <source>(no secret was written)</source>
        <translation>(nessun segreto scritto)</translation>
    </message>
    <message>
        <source>(no console output recorded)</source>
        <translation>(nessun output di console registrato)</translation>
    </message>
</context>
<context>
    <name>AuditEventsView</name>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Who (part of the name)</source>
        <translation>Chi (parte del nome)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} evento</numerusform>
            <numerusform>{count} eventi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>made on this station for each device</source>
        <translation>creato su questa stazione per ogni dispositivo</translation>
    </message>
    <message>
        <source>fetched for each device</source>
        <translation>ottenuto per ogni dispositivo</translation>
    </message>
    <message>
        <source>issued token</source>
        <translation>token emesso</translation>
    </message>
    <message>
        <source>ask a supervisor to set a new token (Roles → Targets and keys) before this one runs out.</source>
        <translation>chiedi a un supervisore di impostare un nuovo token (Ruoli → Destinazioni e chiavi) prima che questo scada.</translation>
    </message>
    <message>
        <source>ask a supervisor to check this target&apos;s token (Roles → Targets and keys); nothing can be provisioned until then.</source>
        <translation>chiedi a un supervisore di controllare il token di questa destinazione (Ruoli → Destinazioni e chiavi); fino ad allora non si può fare il provisioning.</translation>
    </message>
    <message>
        <source>call the supervisor: the central database does not answer, so no device can be registered now.</source>
        <translation>chiama il supervisore: il database centrale non risponde, quindi ora nessun dispositivo può essere registrato.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>expires in under a minute</source>
        <translation>scade tra meno di un minuto</translation>
    </message>
    <message>
        <source>expires in {minutes} min</source>
        <translation>scade tra {minutes} min</translation>
    </message>
    <message>
        <source>expires in {hours} h {minutes} min</source>
        <translation>scade tra {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>Target: loading…</source>
        <translation>Destinazione: caricamento…</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Operatore: {name}</translation>
    </message>
    <message>
        <source>Target: {name}  ·  realm {realm}</source>
        <translation>Destinazione: {name}  ·  realm {realm}</translation>
    </message>
    <message>
        <source>Pairing URL: {url}</source>
        <translation>URL di Pairing: {url}</translation>
    </message>
    <message>
        <source>Target: not available</source>
        <translation>Destinazione: non disponibile</translation>
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
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>✗ Token unusable: {reason} What to do: {action}</source>
        <translation>✗ Token inutilizzabile: {reason} Cosa fare: {action}</translation>
    </message>
    <message>
        <source>⚠ {token}. What to do: {action}</source>
        <translation>⚠ {token}. Cosa fare: {action}</translation>
    </message>
    <message>
        <source>Pairing answers ({detail}), but no token can be made for the target.</source>
        <translation>Pairing risponde ({detail}), ma non si può creare un token per la destinazione.</translation>
    </message>
    <message>
        <source>✗ {fleet}. What to do: {action}</source>
        <translation>✗ {fleet}. Cosa fare: {action}</translation>
    </message>
</context>
<context>
    <name>ClosePrompt</name>
    <message>
        <source>Closing aborts them safely: each attempt is finished in the journal, and a device that was being written is checked the next time it is loaded. Close anyway?</source>
        <translation>La chiusura li interrompe in sicurezza: ogni tentativo viene chiuso nel registro e un dispositivo in scrittura viene controllato al prossimo inserimento. Chiudere comunque?</translation>
    </message>
    <message>
        <source>1 slot is still provisioning.</source>
        <translation>1 slot è ancora in provisioning.</translation>
    </message>
    <message>
        <source>{count} slots are still provisioning.</source>
        <translation>{count} slot sono ancora in provisioning.</translation>
    </message>
    <message>
        <source>Every slot has finished. Close now?</source>
        <translation>Tutti gli slot hanno finito. Chiudere ora?</translation>
    </message>
    <message>
        <source>Slots are still working</source>
        <translation>Ci sono slot ancora al lavoro</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Abort and close</source>
        <translation>Interrompi e chiudi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>{fields} is not valid (see the form)</source>
        <translation>{fields} non è valido (vedi il modulo)</translation>
    </message>
    <message>
        <source>{fields} are not valid (see the form)</source>
        <translation>{fields} non sono validi (vedi il modulo)</translation>
    </message>
    <message>
        <source>Test connection (registers nothing)</source>
        <translation>Prova connessione (non registra nulla)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <source>The form changed since the last test: test again.</source>
        <translation>Il modulo è cambiato dall&apos;ultima prova: prova di nuovo.</translation>
    </message>
    <message>
        <source>Test connection not run: {reason}</source>
        <translation>Prova connessione non eseguita: {reason}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prova in corso…</translation>
    </message>
    <message>
        <source>The form changed during the test: test again.</source>
        <translation>Il modulo è cambiato durante la prova: prova di nuovo.</translation>
    </message>
    <message>
        <source>Test connection: the form changed during the test.</source>
        <translation>Prova connessione: il modulo è cambiato durante la prova.</translation>
    </message>
    <message>
        <source>Test connection: ran {ran} of {total} checks; the others need the settings marked in the form.</source>
        <translation>Prova connessione: eseguiti {ran} controlli su {total}; gli altri richiedono le impostazioni segnate nel modulo.</translation>
    </message>
    <message>
        <source>Test connection: every check passed.</source>
        <translation>Prova connessione: tutti i controlli superati.</translation>
    </message>
    <message>
        <source>Test connection: see the failed checks and what to do.</source>
        <translation>Prova connessione: vedi i controlli non riusciti e cosa fare.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Prova della connessione</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Superati</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ Falliti</translation>
    </message>
    <message>
        <source>⚠ Scrap</source>
        <translation>⚠ Scarti</translation>
    </message>
    <message>
        <source>Units / active hour</source>
        <translation>Unità / ora attiva</translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation>Resa al primo passaggio</translation>
    </message>
    <message>
        <source>Passed units per hour over {minutes} min of active production (breaks of 10 minutes or more left out).</source>
        <translation>Unità superate all&apos;ora su {minutes} min di produzione attiva (pause di 10 minuti o più escluse).</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Save the target first, then import its key or token.</source>
        <translation>Salva prima la destinazione, poi importa la sua chiave o il suo token.</translation>
    </message>
    <message>
        <source>Credentials (OS keyring; never shown)</source>
        <translation>Credenziali (portachiavi del sistema; mai mostrate)</translation>
    </message>
    <message>
        <source>Import realm key from file…</source>
        <translation>Importa chiave del realm da file…</translation>
    </message>
    <message>
        <source>Paste issued token…</source>
        <translation>Incolla token emesso…</translation>
    </message>
    <message>
        <source>Issued token from file…</source>
        <translation>Token emesso da file…</translation>
    </message>
    <message>
        <source>Reading the keyring…</source>
        <translation>Lettura del portachiavi…</translation>
    </message>
    <message>
        <source>Save the target first, then import its key.</source>
        <translation>Salva prima la destinazione, poi importa la sua chiave.</translation>
    </message>
    <message>
        <source>Imported the realm key of {target!r} into the OS keyring ({key!r}). {path} was only read; delete it if it was a transfer copy.</source>
        <translation>Chiave del realm di {target!r} importata nel portachiavi del sistema ({key!r}). {path} è stato solo letto; eliminalo se era una copia di trasferimento.</translation>
    </message>
    <message>
        <source>Importing the key</source>
        <translation>Importazione della chiave</translation>
    </message>
    <message>
        <source>Save the target first, then set its token.</source>
        <translation>Salva prima la destinazione, poi imposta il suo token.</translation>
    </message>
    <message>
        <source>Stored an issued token for {target!r} in the OS keyring.</source>
        <translation>Token emesso per {target!r} salvato nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>Storing the token</source>
        <translation>Salvataggio del token</translation>
    </message>
    <message>
        <source>Realm private key (PEM)</source>
        <translation>Chiave privata del realm (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>File PEM (*.pem *.key);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Issued token file</source>
        <translation>File del token emesso</translation>
    </message>
</context>
<context>
    <name>DetailPopup</name>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>EngineMessage</name>
    <message>
        <source>Leave the device in the slot and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>Lascia il dispositivo nello slot e ripeti il provisioning: la stazione legge prima ciò che è stato memorizzato.</translation>
    </message>
    <message>
        <source>Set the device aside for a firmware check.</source>
        <translation>Metti da parte il dispositivo per un controllo del firmware.</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again when ready.</source>
        <translation>Ripeti il provisioning del dispositivo nello slot {slot} quando sei pronto.</translation>
    </message>
    <message>
        <source>Stopped by the operator</source>
        <translation>Fermato dall&apos;operatore</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again when ready: the station resumes at the cloud check without registering it again.</source>
        <translation>Ripeti il provisioning del dispositivo nello slot {slot} quando sei pronto: la stazione riprende dal controllo nel cloud senza registrarlo di nuovo.</translation>
    </message>
    <message>
        <source>The station is shutting down.</source>
        <translation>La stazione si sta chiudendo.</translation>
    </message>
    <message>
        <source>The station is shutting down</source>
        <translation>La stazione si sta chiudendo</translation>
    </message>
    <message>
        <source>Stopped by the operator at &apos;{step}&apos;.</source>
        <translation>Fermato dall&apos;operatore durante «{step}».</translation>
    </message>
    <message>
        <source>Stopped by the operator at &apos;{step}&apos;. {reason}</source>
        <translation>Fermato dall&apos;operatore durante «{step}». {reason}</translation>
    </message>
    <message>
        <source>{reason} The write in progress was allowed to finish, then the station stopped. {held}</source>
        <translation>{reason} La scrittura in corso è stata lasciata terminare, poi la stazione si è fermata. {held}</translation>
    </message>
    <message>
        <source>The device was read back: its storage holds the secret this attempt recorded (the digest matches the journal&apos;s intent).</source>
        <translation>Il dispositivo è stato riletto: la sua memoria contiene il segreto registrato da questo tentativo (il digest corrisponde all&apos;intento nel journal).</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} is already provisioned and locked ({reason})</source>
        <translation>Il dispositivo {device} nello slot {slot} è già sottoposto a provisioning e bloccato ({reason})</translation>
    </message>
    <message>
        <source>Astarte no longer accepts the secret in the write-once storage of device {device} in slot {slot}; it can never hold a working one.</source>
        <translation>Astarte non accetta più il segreto nella memoria a scrittura singola del dispositivo {device} nello slot {slot}; non potrà mai contenerne uno valido.</translation>
    </message>
    <message>
        <source>Astarte rejected the secret just written to the write-once storage of device {device} in slot {slot} (it was registered again elsewhere meanwhile).</source>
        <translation>Astarte ha rifiutato il segreto appena scritto nella memoria a scrittura singola del dispositivo {device} nello slot {slot} (nel frattempo è stato registrato di nuovo altrove).</translation>
    </message>
    <message>
        <source>Provisioned.</source>
        <translation>Provisioning completato.</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot}: {reason}</source>
        <translation>Dispositivo {device} nello slot {slot}: {reason}</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and put it in the SCRAP bin; it was not registered.</source>
        <translation>Togli il dispositivo dallo slot {slot} e mettilo nel contenitore SCARTO; non è stato registrato.</translation>
    </message>
    <message>
        <source>Astarte rejected the secret just written to device {device} in slot {slot} (it was registered again elsewhere meanwhile).</source>
        <translation>Astarte ha rifiutato il segreto appena scritto sul dispositivo {device} nello slot {slot} (nel frattempo è stato registrato di nuovo altrove).</translation>
    </message>
    <message>
        <source>Astarte reports device {device} (slot {slot}) as already confirmed: its secret has been used to obtain a certificate.</source>
        <translation>Astarte riporta il dispositivo {device} (slot {slot}) come già confermato: il suo segreto è stato usato per ottenere un certificato.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for the supervisor (rework).</source>
        <translation>Metti da parte il dispositivo dello slot {slot} per il supervisore (rilavorazione).</translation>
    </message>
    <message>
        <source>Astarte reports device {device} (slot {slot}) as {status}.</source>
        <translation>Astarte riporta il dispositivo {device} (slot {slot}) come {status}.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for the supervisor.</source>
        <translation>Metti da parte il dispositivo dello slot {slot} per il supervisore.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for a firmware check.</source>
        <translation>Metti da parte il dispositivo dello slot {slot} per un controllo del firmware.</translation>
    </message>
    <message>
        <source>The device in slot {slot} changed its identity during the attempt: its {what} was {before}, now {after}.</source>
        <translation>Il dispositivo nello slot {slot} ha cambiato identità durante il tentativo: {what} era {before}, ora {after}.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for a firmware check; if it was swapped during the attempt, provision the device in the slot again.</source>
        <translation>Metti da parte il dispositivo dello slot {slot} per un controllo del firmware; se è stato sostituito durante il tentativo, ripeti il provisioning del dispositivo nello slot.</translation>
    </message>
    <message>
        <source>The {command} to the device in slot {slot} may or may not have completed ({unknown}), and the device no longer answers ({last}).</source>
        <translation>Non si sa se «{command}» sul dispositivo nello slot {slot} sia stato completato ({unknown}), e il dispositivo non risponde più ({last}).</translation>
    </message>
    <message>
        <source>After the write, the device in slot {slot} reports {state} storage with a digest that is not the secret just written.</source>
        <translation>Dopo la scrittura, il dispositivo nello slot {slot} riporta una memoria {state} con un digest che non è quello del segreto appena scritto.</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot} and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>Lascia il dispositivo nello slot {slot} e ripeti il provisioning: la stazione legge prima ciò che è stato memorizzato.</translation>
    </message>
    <message>
        <source>Reseat the device in slot {slot} and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>Reinserisci il dispositivo nello slot {slot} e ripeti il provisioning: la stazione legge prima ciò che è stato memorizzato.</translation>
    </message>
    <message>
        <source>The device in slot {slot} revealed a secret that does not match the digest it reports.</source>
        <translation>Il dispositivo nello slot {slot} ha rivelato un segreto che non corrisponde al digest che riporta.</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot} and provision it again: the station decides from what was stored.</source>
        <translation>Lascia il dispositivo nello slot {slot} e ripeti il provisioning: la stazione decide in base a ciò che è stato memorizzato.</translation>
    </message>
    <message>
        <source>The write to the device in slot {slot} was interrupted and its storage holds a secret other than the one just written.</source>
        <translation>La scrittura sul dispositivo nello slot {slot} è stata interrotta e la sua memoria contiene un segreto diverso da quello appena scritto.</translation>
    </message>
    <message>
        <source>The write to the device in slot {slot} was interrupted and its storage is now {state}.</source>
        <translation>La scrittura sul dispositivo nello slot {slot} è stata interrotta e la sua memoria ora è {state}.</translation>
    </message>
    <message>
        <source>Slot {slot}: the label of {unit} checks out.</source>
        <translation>Slot {slot}: l&apos;etichetta di {unit} è corretta.</translation>
    </message>
    <message>
        <source>Slot {slot}: the label scanned is of another unit (device {scanned}), not of {unit} (device {device}).</source>
        <translation>Slot {slot}: l&apos;etichetta scansionata è di un&apos;altra unità (dispositivo {scanned}), non di {unit} (dispositivo {device}).</translation>
    </message>
    <message>
        <source>The scanned label is of device {device}, which no slot here waits for (waiting: {waiting}).</source>
        <translation>L&apos;etichetta scansionata è del dispositivo {device}, che nessuno slot qui attende (in attesa: {waiting}).</translation>
    </message>
    <message>
        <source>Take that label off the unit it is on. Put each unit&apos;s own label on it (Line → Reprint label, slot N) and scan it again.</source>
        <translation>Togli quell&apos;etichetta dall&apos;unità su cui si trova. Metti su ogni unità la sua etichetta (Linea → Ristampa etichetta, slot N) e scansionala di nuovo.</translation>
    </message>
    <message>
        <source>Provisioned; its label checks out.</source>
        <translation>Provisioning completato; l&apos;etichetta è corretta.</translation>
    </message>
    <message>
        <source>{action} Slots {slots} wait for their labels: select the slot first (scan its SLOT: label or press its number), then scan its unit&apos;s label.</source>
        <translation>{action} Gli slot {slots} attendono le loro etichette: seleziona prima lo slot (scansiona la sua etichetta SLOT: o premi il suo numero), poi scansiona l&apos;etichetta della sua unità.</translation>
    </message>
    <message>
        <source>Slot {slot}: the new label of {unit} checks out. The journal keeps the attempt&apos;s FAIL and this check after it.</source>
        <translation>Slot {slot}: la nuova etichetta di {unit} è corretta. Il journal conserva l&apos;ERRORE del tentativo e, dopo, questa verifica.</translation>
    </message>
    <message>
        <source>Relabel: reprint with Line → Reprint label, slot {slot}, then scan it.</source>
        <translation>Rietichetta: ristampa con Linea → Ristampa etichetta, slot {slot}, poi scansionala.</translation>
    </message>
    <message>
        <source>Scan the label on {unit} in slot {slot}.</source>
        <translation>Scansiona l&apos;etichetta su {unit} nello slot {slot}.</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} was provisioned, but it was stopped before its label was scanned back ({reason}).</source>
        <translation>Slot {slot}: {unit} è stato sottoposto a provisioning, ma è stato fermato prima che la sua etichetta fosse riscansionata ({reason}).</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} was provisioned, but its label was not scanned back within {timeout_s} s, so it is not checked.</source>
        <translation>Slot {slot}: {unit} è stato sottoposto a provisioning, ma la sua etichetta non è stata riscansionata entro {timeout_s} s, quindi non è verificata.</translation>
    </message>
    <message>
        <source>Slot {slot}: the label scanned for {unit} does not read. {reason}</source>
        <translation>Slot {slot}: l&apos;etichetta scansionata per {unit} non è leggibile. {reason}</translation>
    </message>
    <message>
        <source>Provisioned; waiting for its label to be scanned back.</source>
        <translation>Provisioning completato; in attesa che l&apos;etichetta sia riscansionata.</translation>
    </message>
    <message>
        <source>The device holds a record for this device and realm that the journal does not know; checking whether Astarte accepts it.</source>
        <translation>Il dispositivo contiene un record per questo dispositivo e realm che il journal non conosce; si verifica se Astarte lo accetta.</translation>
    </message>
    <message>
        <source>Storage is empty.</source>
        <translation>La memoria è vuota.</translation>
    </message>
    <message>
        <source>An earlier attempt registered this device but nothing reached its storage; registering again (only the newest secret counts while the device is pending).</source>
        <translation>Un tentativo precedente ha registrato questo dispositivo ma nulla è arrivato nella sua memoria; viene registrato di nuovo (finché il dispositivo è in attesa conta solo il segreto più recente).</translation>
    </message>
    <message>
        <source>The device is locked with credentials this station did not record for it.</source>
        <translation>Il dispositivo è bloccato con credenziali che questa stazione non ha registrato per lui.</translation>
    </message>
    <message>
        <source>the device is locked with credentials this station did not record for it.</source>
        <translation>il dispositivo è bloccato con credenziali che questa stazione non ha registrato per lui.</translation>
    </message>
    <message>
        <source>The device passed here before and is locked.</source>
        <translation>Il dispositivo ha già superato il provisioning qui ed è bloccato.</translation>
    </message>
    <message>
        <source>the device passed here before and is locked.</source>
        <translation>il dispositivo ha già superato il provisioning qui ed è bloccato.</translation>
    </message>
    <message>
        <source>An interrupted attempt wrote, verified and locked this device; the stored digest matches the journal&apos;s intent.</source>
        <translation>Un tentativo interrotto ha scritto, verificato e bloccato questo dispositivo; il digest memorizzato corrisponde all&apos;intento nel journal.</translation>
    </message>
    <message>
        <source>The device holds the secret this station recorded last; resuming at the cloud check.</source>
        <translation>Il dispositivo contiene il segreto registrato per ultimo da questa stazione; si riprende dal controllo nel cloud.</translation>
    </message>
    <message>
        <source>Rewritable storage holds a record that is not this station&apos;s latest; registering again and rewriting it.</source>
        <translation>La memoria riscrivibile contiene un record che non è il più recente di questa stazione; si registra di nuovo e lo si riscrive.</translation>
    </message>
    <message>
        <source>Rewritable storage holds a partial record; registering again and rewriting it.</source>
        <translation>La memoria riscrivibile contiene un record parziale; si registra di nuovo e lo si riscrive.</translation>
    </message>
    <message>
        <source>Write-once storage holds a record that is not this station&apos;s latest secret for this device and realm; it can never hold a working one.</source>
        <translation>La memoria a scrittura singola contiene un record che non è il segreto più recente di questa stazione per questo dispositivo e realm; non potrà mai contenerne uno valido.</translation>
    </message>
    <message>
        <source>Write-once storage holds a partial record (power was lost while programming).</source>
        <translation>La memoria a scrittura singola contiene un record parziale (alimentazione persa durante la programmazione).</translation>
    </message>
    <message>
        <source>{cause} This line&apos;s MES is advisory: the unit goes on and its result is queued for the MES.</source>
        <translation>{cause} Il MES di questa linea è solo consultivo: l&apos;unità prosegue e il suo risultato viene messo in coda per il MES.</translation>
    </message>
    <message>
        <source>The MES allows this unit here.</source>
        <translation>Il MES consente questa unità qui.</translation>
    </message>
    <message>
        <source>The MES holds this unit: {reason}</source>
        <translation>Il MES trattiene questa unità: {reason}</translation>
    </message>
    <message>
        <source>{url} is not an MES facade URL.</source>
        <translation>{url} non è un URL di facciata MES.</translation>
    </message>
    <message>
        <source>Write it as https://&lt;mes-host&gt;/&lt;path&gt;, the base the plant&apos;s facade serves /route/check and /route/result under.</source>
        <translation>Scrivilo come https://&lt;mes-host&gt;/&lt;path&gt;, la base sotto cui la facciata dello stabilimento serve /route/check e /route/result.</translation>
    </message>
    <message numerus="yes">
        <source>%n results wait for the MES, kept in the journal. {cause}</source>
        <translation>
            <numerusform>%n risultato in attesa del MES, conservato nel journal. {cause}</numerusform>
            <numerusform>%n risultati in attesa del MES, conservati nel journal. {cause}</numerusform>
        </translation>
    </message>
    <message>
        <source>Device ID {shown} contains characters outside base64url: {bad}.</source>
        <translation>L&apos;ID dispositivo {shown} contiene caratteri fuori da base64url: {bad}.</translation>
    </message>
    <message>
        <source>Device ID {shown} contains characters outside base64url: {bad} (&apos;+&apos; and &apos;/&apos; are standard base64, not base64url).</source>
        <translation>L&apos;ID dispositivo {shown} contiene caratteri fuori da base64url: {bad} (&apos;+&apos; e &apos;/&apos; sono base64 standard, non base64url).</translation>
    </message>
    <message>
        <source>Use the canonical form: 22 characters of base64url (A-Z a-z 0-9 - _) without &apos;=&apos; padding, as `station` and astartectl print it.</source>
        <translation>Usa la forma canonica: 22 caratteri base64url (A-Z a-z 0-9 - _) senza riempimento &apos;=&apos;, come la stampano `station` e astartectl.</translation>
    </message>
    <message>
        <source>The device ID is empty.</source>
        <translation>L&apos;ID dispositivo è vuoto.</translation>
    </message>
    <message>
        <source>Device ID {shown} has {n} characters. Pairing would register it under its first 16 bytes only, the same device as {same}, so the longer form aliases another id.</source>
        <translation>L&apos;ID dispositivo {shown} ha {n} caratteri. Pairing lo registrerebbe solo con i primi 16 byte, lo stesso dispositivo di {same}, quindi la forma più lunga è un alias di un altro ID.</translation>
    </message>
    <message>
        <source>Device ID {shown} is not canonical: its last character carries bits beyond the 16 bytes, which Pairing ignores, so it is the same device as {same}.</source>
        <translation>L&apos;ID dispositivo {shown} non è canonico: il suo ultimo carattere porta bit oltre i 16 byte, che Pairing ignora, quindi è lo stesso dispositivo di {same}.</translation>
    </message>
    <message>
        <source>A device ID must be text, not {kind}.</source>
        <translation>Un ID dispositivo deve essere testo, non {kind}.</translation>
    </message>
    <message>
        <source>{value} is not a UUID.</source>
        <translation>{value} non è un UUID.</translation>
    </message>
    <message>
        <source>Device ID {shown} has &apos;=&apos; padding. Pairing would accept it as the same device as {core}, so the padded spelling would create a second name for one device.</source>
        <translation>L&apos;ID dispositivo {shown} ha riempimento &apos;=&apos;. Pairing lo accetterebbe come lo stesso dispositivo di {core}, quindi la grafia con riempimento creerebbe un secondo nome per un solo dispositivo.</translation>
    </message>
    <message>
        <source>Use {device}.</source>
        <translation>Usa {device}.</translation>
    </message>
    <message>
        <source>Give a UUID such as d93067fa-3344-4aeb-876a-6136668d5a9c.</source>
        <translation>Indica un UUID come d93067fa-3344-4aeb-876a-6136668d5a9c.</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} is not in its serial bootloader ({detail}).</source>
        <translation>L&apos;ESP32 nello slot {slot} non è nel suo bootloader seriale ({detail}).</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot}, hold BOOT (GPIO0 low) while the station resets the board, or check the jig&apos;s GPIO0 strap and the DTR/RTS wiring; then start again.</source>
        <translation>Reinserisci l&apos;unità nello slot {slot}, tieni premuto BOOT (GPIO0 basso) mentre la stazione resetta la scheda, oppure controlla il ponticello GPIO0 e il cablaggio DTR/RTS dell&apos;attrezzatura; poi riavvia.</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot}, check the jig&apos;s GPIO0 strap and the board&apos;s power; then start again.</source>
        <translation>Reinserisci l&apos;unità nello slot {slot}, controlla il ponticello GPIO0 dell&apos;attrezzatura e l&apos;alimentazione della scheda; poi riavvia.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside and tell the line&apos;s engineer which chip it carries.</source>
        <translation>Metti da parte l&apos;unità dello slot {slot} e comunica all&apos;ingegnere di linea quale chip monta.</translation>
    </message>
    <message>
        <source>The chip in slot {slot} is not one esptool knows ({detail}).</source>
        <translation>Il chip nello slot {slot} non è uno che esptool conosce ({detail}).</translation>
    </message>
    <message>
        <source>The chip in slot {slot} is an {chip}; the Astarte ESP32 SDK&apos;s hardware-ID rule is matched for {known} only.</source>
        <translation>Il chip nello slot {slot} è un {chip}; la regola dell&apos;ID hardware dell&apos;SDK ESP32 di Astarte vale solo per {known}.</translation>
    </message>
    <message>
        <source>reading the chip</source>
        <translation>la lettura del chip</translation>
    </message>
    <message>
        <source>reading the NVS partition</source>
        <translation>la lettura della partizione NVS</translation>
    </message>
    <message>
        <source>reading the partition table</source>
        <translation>la lettura della tabella delle partizioni</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>la riconnessione</translation>
    </message>
    <message>
        <source>resetting into the application</source>
        <translation>il riavvio nell&apos;applicazione</translation>
    </message>
    <message>
        <source>Flash encryption is enabled on the ESP32 in slot {slot}: a plaintext write would garble the encrypted flash and a read-back returns ciphertext.</source>
        <translation>Sull&apos;ESP32 nello slot {slot} è attiva la cifratura della flash: una scrittura in chiaro rovinerebbe la flash cifrata e una rilettura restituisce testo cifrato.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside; provision units before flash encryption is enabled, or use NVS encryption keys outside the station (docs/esp32.md).</source>
        <translation>Metti da parte l&apos;unità dello slot {slot}; esegui il provisioning delle unità prima di attivare la cifratura della flash, o usa chiavi di cifratura NVS fuori dalla stazione (docs/esp32.md).</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside for QA.</source>
        <translation>Metti da parte l&apos;unità dello slot {slot} per il controllo qualità.</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} disappeared ({detail}).</source>
        <translation>L&apos;ESP32 nello slot {slot} è scomparso ({detail}).</translation>
    </message>
    <message>
        <source>Reseat the unit and its cable in slot {slot}, then start again.</source>
        <translation>Reinserisci l&apos;unità e il suo cavo nello slot {slot}, poi riavvia.</translation>
    </message>
    <message>
        <source>The serial line to the ESP32 in slot {slot} failed ({detail}).</source>
        <translation>La linea seriale verso l&apos;ESP32 nello slot {slot} si è guastata ({detail}).</translation>
    </message>
    <message>
        <source>The flash of the ESP32 in slot {slot} does not hold what was written (its MD5 differs).</source>
        <translation>La flash dell&apos;ESP32 nello slot {slot} non contiene ciò che è stato scritto (l&apos;MD5 è diverso).</translation>
    </message>
    <message>
        <source>The station reads the partition back and decides; if it happens again, set the unit from slot {slot} aside (flash or power fault).</source>
        <translation>La stazione rilegge la partizione e decide; se succede di nuovo, metti da parte l&apos;unità dello slot {slot} (guasto della flash o dell&apos;alimentazione).</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} has no NVS partition labelled {label} (its partitions: {labels}).</source>
        <translation>L&apos;ESP32 nello slot {slot} non ha una partizione NVS con etichetta {label} (le sue partizioni: {labels}).</translation>
    </message>
    <message>
        <source>Set nvs_partition to the label the firmware passes to astarte_credentials_use_nvs_storage(), or flash firmware with that partition (docs/esp32.md).</source>
        <translation>Imposta nvs_partition all&apos;etichetta che il firmware passa a astarte_credentials_use_nvs_storage(), oppure scrivi un firmware con quella partizione (docs/esp32.md).</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} has no partition table at {offset}: its firmware has not been flashed, or the table sits elsewhere.</source>
        <translation>L&apos;ESP32 nello slot {slot} non ha una tabella delle partizioni a {offset}: il firmware non è stato scritto, oppure la tabella si trova altrove.</translation>
    </message>
    <message>
        <source>Flash the production firmware (bootloader, partition table, application) first, or set partition_table_offset to CONFIG_PARTITION_TABLE_OFFSET.</source>
        <translation>Scrivi prima il firmware di produzione (bootloader, tabella delle partizioni, applicazione), oppure imposta partition_table_offset a CONFIG_PARTITION_TABLE_OFFSET.</translation>
    </message>
    <message>
        <source>The NVS partition {label} of the ESP32 in slot {slot} cannot be rewritten without losing data: {detail}.</source>
        <translation>La partizione NVS {label} dell&apos;ESP32 nello slot {slot} non può essere riscritta senza perdere dati: {detail}.</translation>
    </message>
    <message>
        <source>Nothing was written. Give Astarte its own NVS partition (docs/esp32.md, &apos;Partition layout&apos;) or erase this one on a rework bench, then provision again.</source>
        <translation>Non è stato scritto nulla. Dai ad Astarte una propria partizione NVS (docs/esp32.md, &apos;Partition layout&apos;) o cancella questa su un banco di rilavorazione, poi ripeti il provisioning.</translation>
    </message>
    <message>
        <source>The NVS partition {label} in slot {slot} is marked encrypted.</source>
        <translation>La partizione NVS {label} nello slot {slot} è contrassegnata come cifrata.</translation>
    </message>
    <message>
        <source>Provision this line with NVS encryption keys outside the station; the station writes plaintext NVS only (docs/esp32.md).</source>
        <translation>Esegui il provisioning di questa linea con chiavi di cifratura NVS fuori dalla stazione; la stazione scrive solo NVS in chiaro (docs/esp32.md).</translation>
    </message>
    <message>
        <source>The NVS partition {label} of the ESP32 in slot {slot} is {size} bytes; NVS needs at least 0x3000 in whole 4 KiB pages.</source>
        <translation>La partizione NVS {label} dell&apos;ESP32 nello slot {slot} è di {size} byte; NVS richiede almeno 0x3000 in pagine intere da 4 KiB.</translation>
    </message>
    <message>
        <source>Flash firmware whose partition table gives NVS at least 0x3000 bytes (the SDK examples use 0x6000).</source>
        <translation>Scrivi un firmware la cui tabella delle partizioni dia a NVS almeno 0x3000 byte (gli esempi dell&apos;SDK usano 0x6000).</translation>
    </message>
    <message>
        <source>The port of slot {slot} ({port}) is held by another program.</source>
        <translation>La porta dello slot {slot} ({port}) è occupata da un altro programma.</translation>
    </message>
    <message>
        <source>Close the other program (a serial monitor?) and start again.</source>
        <translation>Chiudi l&apos;altro programma (un monitor seriale?) e riavvia.</translation>
    </message>
    <message>
        <source>The port of slot {slot} ({port}) could not be opened: {detail}</source>
        <translation>Impossibile aprire la porta dello slot {slot} ({port}): {detail}</translation>
    </message>
    <message>
        <source>Close any other program using it (a serial monitor?) and start again.</source>
        <translation>Chiudi ogni altro programma che la usa (un monitor seriale?) e riavvia.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside for reflashing its firmware.</source>
        <translation>Metti da parte l&apos;unità dello slot {slot} per riscriverne il firmware.</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot} and start again.</source>
        <translation>Reinserisci l&apos;unità nello slot {slot} e riavvia.</translation>
    </message>
    <message>
        <source>The NVS partition of the ESP32 in slot {slot} holds {count} credentials secrets; exactly one was expected.</source>
        <translation>La partizione NVS dell&apos;ESP32 nello slot {slot} contiene {count} segreti; ne era atteso esattamente uno.</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} is in secure download mode: its bootloader refuses flash reads and MD5 checks, so the station cannot verify a write.</source>
        <translation>L&apos;ESP32 nello slot {slot} è in modalità secure download: il suo bootloader rifiuta letture della flash e controlli MD5, quindi la stazione non può verificare una scrittura.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside: units for this line must be provisioned before secure download mode is enabled (docs/esp32.md).</source>
        <translation>Metti da parte l&apos;unità dello slot {slot}: le unità di questa linea vanno sottoposte a provisioning prima di attivare la modalità secure download (docs/esp32.md).</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} stopped answering while {doing} ({detail}).</source>
        <translation>L&apos;ESP32 nello slot {slot} ha smesso di rispondere durante {doing} ({detail}).</translation>
    </message>
    <message>
        <source>The partition table of the ESP32 in slot {slot} at {offset} is corrupt ({detail}).</source>
        <translation>La tabella delle partizioni dell&apos;ESP32 nello slot {slot} a {offset} è danneggiata ({detail}).</translation>
    </message>
    <message>
        <source>The NVS write to the ESP32 in slot {slot} was cut off ({detail}): part of the partition may be written.</source>
        <translation>La scrittura NVS sull&apos;ESP32 nello slot {slot} è stata interrotta ({detail}): parte della partizione potrebbe essere scritta.</translation>
    </message>
    <message>
        <source>Keep the unit in its slot: the station reads the partition back and decides from what is there. If the unit was unplugged, reseat it and provision it again.</source>
        <translation>Lascia l&apos;unità nel suo slot: la stazione rilegge la partizione e decide in base al contenuto. Se l&apos;unità è stata scollegata, reinseriscila e ripeti il provisioning.</translation>
    </message>
    <message numerus="yes">
        <source>secret digest of %n bytes (expected 32)</source>
        <translation>
            <numerusform>digest del segreto di %n byte (attesi 32)</numerusform>
            <numerusform>digest del segreto di %n byte (attesi 32)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hardware id of %n bytes (expected 4 to 64)</source>
        <translation>
            <numerusform>ID hardware di %n byte (attesi da 4 a 64)</numerusform>
            <numerusform>ID hardware di %n byte (attesi da 4 a 64)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet: backlog {backlog}</source>
        <translation>Flotta: arretrato {backlog}</translation>
    </message>
    <message>
        <source>{headline} · new registrations blocked</source>
        <translation>{headline} · nuove registrazioni bloccate</translation>
    </message>
    <message>
        <source>Fleet: connecting…</source>
        <translation>Flotta: connessione…</translation>
    </message>
    <message>
        <source>Fleet: shipping stopped, backlog {backlog}</source>
        <translation>Flotta: invio fermo, arretrato {backlog}</translation>
    </message>
    <message>
        <source>Fleet: live</source>
        <translation>Flotta: in linea</translation>
    </message>
    <message>
        <source>Fleet: offline, backlog {backlog}</source>
        <translation>Flotta: offline, arretrato {backlog}</translation>
    </message>
    <message>
        <source>{headline} · offline lot {lot}</source>
        <translation>{headline} · lotto offline {lot}</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorizzazione</translation>
    </message>
    <message>
        <source>Realm &apos;{realm}&apos; exists and accepts this target&apos;s token for registering devices (the test registered nothing).</source>
        <translation>Il realm &apos;{realm}&apos; esiste e accetta il token di questa destinazione per registrare dispositivi (il test non ha registrato nulla).</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenziali</translation>
    </message>
    <message>
        <source>{kind}: {detail}.</source>
        <translation>{kind}: {detail}.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Pairing at {url} reports healthy.</source>
        <translation>Pairing su {url} risulta in buono stato.</translation>
    </message>
    <message>
        <source>Pairing at {url} answers but reports itself unhealthy (503).</source>
        <translation>Pairing su {url} risponde ma si dichiara non in buono stato (503).</translation>
    </message>
    <message>
        <source>Astarte is starting or one of its services is down; try again in a minute and tell the Astarte operator if it persists.</source>
        <translation>Astarte si sta avviando o uno dei suoi servizi è fermo; riprova tra un minuto e, se persiste, avvisa il gestore di Astarte.</translation>
    </message>
    <message>
        <source>Issued token</source>
        <translation>Token emesso</translation>
    </message>
    <message>
        <source>Realm key</source>
        <translation>Chiave del realm</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Comando del token</translation>
    </message>
    <message>
        <source>Not run: {why}</source>
        <translation>Non eseguito: {why}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Astarte Pairing version {version}.</source>
        <translation>Astarte Pairing versione {version}.</translation>
    </message>
    <message>
        <source>there is no usable token (see Credentials)</source>
        <translation>non c&apos;è un token utilizzabile (vedi Credenziali)</translation>
    </message>
    <message>
        <source>the connection settings are wrong (see Health)</source>
        <translation>le impostazioni di connessione sono errate (vedi Stato)</translation>
    </message>
    <message>
        <source>Pairing could not be reached (see Health)</source>
        <translation>Pairing non è raggiungibile (vedi Stato)</translation>
    </message>
    <message>
        <source>allows registering</source>
        <translation>consente la registrazione</translation>
    </message>
    <message>
        <source>allows registering and unregistering (rework)</source>
        <translation>consente registrazione e deregistrazione (rilavorazione)</translation>
    </message>
    <message>
        <source>does NOT allow registering</source>
        <translation>NON consente la registrazione</translation>
    </message>
    <message>
        <source>does NOT allow registering and unregistering (rework)</source>
        <translation>NON consente la registrazione, ma la deregistrazione (rilavorazione) sì</translation>
    </message>
    <message>
        <source>Runs {program} for each token; nothing is stored here.</source>
        <translation>Esegue {program} per ogni token; qui non si conserva nulla.</translation>
    </message>
    <message>
        <source>Issued {algorithm} token EXPIRED at {when}; paste or import a new one.</source>
        <translation>Token {algorithm} emesso SCADUTO il {when}; incollane o importane uno nuovo.</translation>
    </message>
    <message>
        <source>Issued {algorithm} token, expires {when} (in {left}), {allows}.</source>
        <translation>Token {algorithm} emesso, scade il {when} (tra {left}), {allows}.</translation>
    </message>
    <message>
        <source>Issued {algorithm} token, never expires, {allows}.</source>
        <translation>Token {algorithm} emesso, non scade mai, {allows}.</translation>
    </message>
    <message>
        <source>{key} realm key in the OS keyring; each call gets its own token valid {ttl} s.</source>
        <translation>Chiave del realm {key} nel portachiavi del sistema; ogni chiamata riceve un proprio token valido {ttl} s.</translation>
    </message>
    <message>
        <source>backlog {backlog}</source>
        <translation>arretrato {backlog}</translation>
    </message>
    <message>
        <source>live</source>
        <translation>in linea</translation>
    </message>
    <message>
        <source>no heartbeat yet</source>
        <translation>ancora nessun segnale</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>shipper failed</source>
        <translation>invio fallito</translation>
    </message>
    <message>
        <source>shipper stopped</source>
        <translation>invio fermato</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silenziosa</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>in avvio</translation>
    </message>
    <message>
        <source>An override of {minutes} minutes is out of range; nothing was changed.</source>
        <translation>Una forzatura di {minutes} minuti è fuori intervallo; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Target &apos;{target}&apos; does not ask the MES (it has no mes_recipe); nothing was changed.</source>
        <translation>La destinazione «{target}» non interroga il MES (non ha mes_recipe); non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Only a target with an MES recipe and offline policy block needs an override.</source>
        <translation>Solo una destinazione con una ricetta MES e la regola offline «block» richiede una forzatura.</translation>
    </message>
    <message>
        <source>Write why, e.g. the MES ticket number.</source>
        <translation>Scrivi il motivo, es. il numero di ticket MES.</translation>
    </message>
    <message>
        <source>The station hit an internal error at &apos;{step}&apos; in slot {slot}; the device was left as it was at that step.</source>
        <translation>La stazione ha avuto un errore interno durante «{step}» nello slot {slot}; il dispositivo è stato lasciato com&apos;era in quel passo.</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again; if it repeats, report it to the station&apos;s maintainers with the log.</source>
        <translation>Ripeti il provisioning del dispositivo nello slot {slot}; se si ripete, segnalalo ai manutentori della stazione con il log.</translation>
    </message>
    <message>
        <source>Slot {slot} hit an internal error and may show a stale state.</source>
        <translation>Lo slot {slot} ha avuto un errore interno e potrebbe mostrare uno stato non aggiornato.</translation>
    </message>
    <message>
        <source>Restart the station; report the log to its maintainers.</source>
        <translation>Riavvia la stazione; invia il log ai suoi manutentori.</translation>
    </message>
    <message>
        <source>The station stopped {where}, after recording the intent to write credentials.</source>
        <translation>La stazione si è fermata {where}, dopo aver registrato l&apos;intento di scrivere le credenziali.</translation>
    </message>
    <message>
        <source>Provision the device from slot {slot} again (in any slot): the station checks what reached its storage and resumes or registers again as needed.</source>
        <translation>Ripeti il provisioning del dispositivo dello slot {slot} (in qualsiasi slot): la stazione controlla cosa è arrivato nella sua memoria e riprende o registra di nuovo se serve.</translation>
    </message>
    <message>
        <source>after &apos;{step}&apos; (or a later step)</source>
        <translation>dopo «{step}» (o un passo successivo)</translation>
    </message>
    <message>
        <source>before its first journaled step</source>
        <translation>prima del suo primo passo registrato</translation>
    </message>
    <message>
        <source>The station stopped {where}; nothing was written to the device.</source>
        <translation>La stazione si è fermata {where}; sul dispositivo non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The label for slot {slot} cannot be printed: {detail}.</source>
        <translation>L&apos;etichetta per lo slot {slot} non può essere stampata: {detail}.</translation>
    </message>
    <message>
        <source>Label the unit by hand from the journal entry, and tell the supervisor.</source>
        <translation>Etichetta l&apos;unità a mano dalla voce del journal e avvisa il supervisore.</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} passed and is in the journal, but its label did not print. {reason}</source>
        <translation>Slot {slot}: {unit} ha superato il provisioning ed è nel journal, ma la sua etichetta non è stata stampata. {reason}</translation>
    </message>
    <message>
        <source>{action} Then reprint it: Line → Reprint label, slot {slot}.</source>
        <translation>{action} Poi ristampala: Linea → Ristampa etichetta, slot {slot}.</translation>
    </message>
    <message>
        <source>The label of {unit} (slot {slot}) was printed again.</source>
        <translation>L&apos;etichetta di {unit} (slot {slot}) è stata ristampata.</translation>
    </message>
    <message>
        <source>The scanned code&apos;s check character does not match: it was read wrong.</source>
        <translation>Il carattere di controllo del codice scansionato non corrisponde: è stato letto male.</translation>
    </message>
    <message>
        <source>Scan the label again; if it fails again, reprint the label.</source>
        <translation>Scansiona di nuovo l&apos;etichetta; se fallisce ancora, ristampala.</translation>
    </message>
    <message>
        <source>The scanned code is not a device label&apos;s code.</source>
        <translation>Il codice scansionato non è il codice di un&apos;etichetta di dispositivo.</translation>
    </message>
    <message>
        <source>Scan the QR or DataMatrix code on the unit&apos;s label, not its serial barcode.</source>
        <translation>Scansiona il codice QR o DataMatrix sull&apos;etichetta dell&apos;unità, non il codice a barre del seriale.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again.</source>
        <translation>Scansiona di nuovo l&apos;etichetta dell&apos;unità nello slot {slot}.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again. If it repeats, set the scanner to a plain keyboard (US) layout with no prefix or suffix codes.</source>
        <translation>Scansiona di nuovo l&apos;etichetta dell&apos;unità nello slot {slot}. Se si ripete, imposta lo scanner su un layout di tastiera semplice (US) senza codici di prefisso o suffisso.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} holds a control character ({code}); a unit&apos;s serial is printable ASCII.</source>
        <translation>La scansione per lo slot {slot} contiene un carattere di controllo ({code}); il seriale di un&apos;unità è ASCII stampabile.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} was empty.</source>
        <translation>La scansione per lo slot {slot} era vuota.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} holds a non-ASCII character ({code}); a unit&apos;s serial is printable ASCII.</source>
        <translation>La scansione per lo slot {slot} contiene un carattere non ASCII ({code}); il seriale di un&apos;unità è ASCII stampabile.</translation>
    </message>
    <message>
        <source>Slot {slot} is not waiting for a label scan; serial {serial} was not used.</source>
        <translation>Lo slot {slot} non attende la scansione di un&apos;etichetta; il seriale {serial} non è stato usato.</translation>
    </message>
    <message>
        <source>Start the slot first; scan the unit&apos;s label when its tile asks for it.</source>
        <translation>Avvia prima lo slot; scansiona l&apos;etichetta dell&apos;unità quando il suo riquadro la chiede.</translation>
    </message>
    <message>
        <source>Serial {serial} is already the identity of the unit in slot {other}; slot {slot} cannot take it too.</source>
        <translation>Il seriale {serial} è già l&apos;identità dell&apos;unità nello slot {other}; lo slot {slot} non può prenderlo anche lui.</translation>
    </message>
    <message>
        <source>Check which unit carries this label. Scan the label of the unit in slot {slot}, not the one in slot {other}.</source>
        <translation>Controlla quale unità porta questa etichetta. Scansiona l&apos;etichetta dell&apos;unità nello slot {slot}, non quella nello slot {other}.</translation>
    </message>
    <message>
        <source>No label was scanned for slot {slot} within {timeout_s} s; the unit was not registered.</source>
        <translation>Nessuna etichetta scansionata per lo slot {slot} entro {timeout_s} s; l&apos;unità non è stata registrata.</translation>
    </message>
    <message>
        <source>Press Start on slot {slot} again and scan the unit&apos;s label when its tile asks for it.</source>
        <translation>Premi di nuovo Avvia sullo slot {slot} e scansiona l&apos;etichetta dell&apos;unità quando il suo riquadro la chiede.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} is {length} characters long; a unit&apos;s serial has at most {most}.</source>
        <translation>La scansione per lo slot {slot} è lunga {length} caratteri; il seriale di un&apos;unità ne ha al massimo {most}.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again. If it was the right label, the scanner may have read two codes at once: cover the other code.</source>
        <translation>Scansiona di nuovo l&apos;etichetta dell&apos;unità nello slot {slot}. Se era l&apos;etichetta giusta, lo scanner potrebbe aver letto due codici insieme: copri l&apos;altro codice.</translation>
    </message>
    <message>
        <source>Waiting for the unit&apos;s label to be scanned.</source>
        <translation>In attesa della scansione dell&apos;etichetta dell&apos;unità.</translation>
    </message>
    <message>
        <source>the port closed while reading</source>
        <translation>la porta si è chiusa durante la lettura</translation>
    </message>
    <message>
        <source>the port closed while writing</source>
        <translation>la porta si è chiusa durante la scrittura</translation>
    </message>
    <message>
        <source>The device in {place} disconnected: {detail}.</source>
        <translation>Il dispositivo ({place}) si è disconnesso: {detail}.</translation>
    </message>
    <message>
        <source>Reseat the device in {place}, check its USB cable, then start it again.</source>
        <translation>Reinserisci il dispositivo ({place}), controlla il cavo USB, poi avvialo di nuovo.</translation>
    </message>
    <message>
        <source>The device in {place} ({port}) disconnected: {detail}.</source>
        <translation>Il dispositivo ({place}, {port}) si è disconnesso: {detail}.</translation>
    </message>
    <message>
        <source>The answer to {what} from the device in {place} arrived garbled ({detail}).</source>
        <translation>La risposta a {what} dal dispositivo ({place}) è arrivata alterata ({detail}).</translation>
    </message>
    <message>
        <source>Reseat the device in {place} and check the cable and fixture contacts; if it repeats, try another slot and report the fixture.</source>
        <translation>Reinserisci il dispositivo ({place}) e controlla il cavo e i contatti dell&apos;attrezzatura; se si ripete, prova un altro slot e segnala l&apos;attrezzatura.</translation>
    </message>
    <message>
        <source>the port stopped working (input/output error)</source>
        <translation>la porta ha smesso di funzionare (errore di input/output)</translation>
    </message>
    <message>
        <source>The device in {place} stopped accepting data.</source>
        <translation>Il dispositivo ({place}) non accetta più dati.</translation>
    </message>
    <message>
        <source>Reseat the device in {place}; if it repeats, power-cycle it.</source>
        <translation>Reinserisci il dispositivo ({place}); se si ripete, spegnilo e riaccendilo.</translation>
    </message>
    <message>
        <source>Serial port {port} could not be opened: {reason}.</source>
        <translation>Impossibile aprire la porta seriale {port}: {reason}.</translation>
    </message>
    <message>
        <source>Check the fixture connection for {place}, then try again.</source>
        <translation>Controlla il collegamento dell&apos;attrezzatura per {place}, poi riprova.</translation>
    </message>
    <message>
        <source>Serial port {port} is in use by another program.</source>
        <translation>La porta seriale {port} è usata da un altro programma.</translation>
    </message>
    <message>
        <source>Close the other program using {port} (e.g. ModemManager, a serial terminal or a second station), then try again.</source>
        <translation>Chiudi l&apos;altro programma che usa {port} (ad es. ModemManager, un terminale seriale o una seconda stazione), poi riprova.</translation>
    </message>
    <message>
        <source>Permission denied opening serial port {port}.</source>
        <translation>Permesso negato nell&apos;aprire la porta seriale {port}.</translation>
    </message>
    <message>
        <source>Ask the administrator to add this user to the &apos;dialout&apos; group (or install the station&apos;s udev rules), then log in again.</source>
        <translation>Chiedi all&apos;amministratore di aggiungere questo utente al gruppo &apos;dialout&apos; (o di installare le regole udev della stazione), poi accedi di nuovo.</translation>
    </message>
    <message>
        <source>Serial port {port} does not exist.</source>
        <translation>La porta seriale {port} non esiste.</translation>
    </message>
    <message>
        <source>Check that the fixture is connected and powered and that the slot is mapped to the right port in the configuration.</source>
        <translation>Controlla che l&apos;attrezzatura sia collegata e alimentata e che lo slot sia associato alla porta giusta nella configurazione.</translation>
    </message>
    <message>
        <source>Serial slot {slot}&apos;s port {port} does not exist.</source>
        <translation>La porta seriale {port} dello slot {slot} non esiste.</translation>
    </message>
    <message>
        <source>The device in {place} did not answer {what} within {seconds} s.</source>
        <translation>Il dispositivo ({place}) non ha risposto a {what} entro {seconds} s.</translation>
    </message>
    <message>
        <source>Reseat the device in {place} and check that it is powered; if it keeps happening, power-cycle it.</source>
        <translation>Reinserisci il dispositivo ({place}) e controlla che sia alimentato; se continua, spegnilo e riaccendilo.</translation>
    </message>
    <message>
        <source>{cause} This target&apos;s MES offline policy is block: no unit is provisioned while the MES cannot be asked.</source>
        <translation>{cause} La regola MES offline di questa destinazione è «block»: nessuna unità viene sottoposta a provisioning finché non si può interrogare il MES.</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot}. {action}</source>
        <translation>Lascia il dispositivo nello slot {slot}. {action}</translation>
    </message>
    <message>
        <source>Slot {slot}: the MES holds {unit}: {reason}</source>
        <translation>Slot {slot}: il MES trattiene {unit}: {reason}</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside and give it to the supervisor with the MES&apos;s reason; it was not registered.</source>
        <translation>Metti da parte il dispositivo dello slot {slot} e consegnalo al supervisore con il motivo del MES; non è stato registrato.</translation>
    </message>
    <message>
        <source>The MES&apos;s answer to the route {what} is not the facade&apos;s: it {detail}.</source>
        <translation>La risposta del MES alla richiesta di route {what} non è quella della facciata: {detail}.</translation>
    </message>
    <message>
        <source>Tell the supervisor: the MES facade URL may point at another service, or the facade is broken. The target&apos;s offline policy decides whether units may go on.</source>
        <translation>Avvisa il supervisore: l&apos;URL della facciata MES potrebbe puntare a un altro servizio, o la facciata è guasta. La regola offline della destinazione decide se le unità possono proseguire.</translation>
    </message>
    <message>
        <source>The MES has taken every queued result.</source>
        <translation>Il MES ha accettato tutti i risultati in coda.</translation>
    </message>
    <message>
        <source>Nothing is lost: the station resends them until the MES takes them. Tell the supervisor if this lasts.</source>
        <translation>Non si perde nulla: la stazione li reinvia finché il MES non li accetta. Avvisa il supervisore se dura.</translation>
    </message>
    <message>
        <source>The MES did not answer the route {what} within {timeout_s} s.</source>
        <translation>Il MES non ha risposto alla richiesta di route {what} entro {timeout_s} s.</translation>
    </message>
    <message>
        <source>Tell the supervisor the MES is slow or down; the target&apos;s offline policy decides whether units may go on.</source>
        <translation>Avvisa il supervisore che il MES è lento o fermo; la regola offline della destinazione decide se le unità possono proseguire.</translation>
    </message>
    <message>
        <source>The MES cannot be reached for the route {what} ({kind}).</source>
        <translation>Il MES non è raggiungibile per la richiesta di route {what} ({kind}).</translation>
    </message>
    <message>
        <source>Tell the supervisor the MES is down or the network to it is; the target&apos;s offline policy decides whether units may go on.</source>
        <translation>Avvisa il supervisore che il MES o la rete verso di esso è fermo; la regola offline della destinazione decide se le unità possono proseguire.</translation>
    </message>
    <message numerus="yes">
        <source>Device ID {shown} has %n characters; a device ID has exactly 22 (16 bytes).</source>
        <translation>
            <numerusform>L&apos;ID dispositivo {shown} ha %n carattere; un ID dispositivo ne ha esattamente 22 (16 byte).</numerusform>
            <numerusform>L&apos;ID dispositivo {shown} ha %n caratteri; un ID dispositivo ne ha esattamente 22 (16 byte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the realm&apos;s private key as astartectl writes it (`&lt;realm&gt;_private.pem`: EC P-256/P-384/P-521 or RSA, PEM, not encrypted).</source>
        <translation>Usa la chiave privata del realm come la scrive astartectl (`&lt;realm&gt;_private.pem`: EC P-256/P-384/P-521 o RSA, PEM, non cifrata).</translation>
    </message>
    <message>
        <source>{what} could not be read: the PEM is corrupt or truncated ({reason}).</source>
        <translation>{what} non è stata letta: il PEM è corrotto o troncato ({reason}).</translation>
    </message>
    <message>
        <source>{what} uses curve {curve}; Astarte accepts only P-256, P-384 and P-521 (ES256/ES384/ES512).</source>
        <translation>{what} usa la curva {curve}; Astarte accetta solo P-256, P-384 e P-521 (ES256/ES384/ES512).</translation>
    </message>
    <message>
        <source>The EC key</source>
        <translation>La chiave EC</translation>
    </message>
    <message>
        <source>The EC key in {source}</source>
        <translation>La chiave EC in {source}</translation>
    </message>
    <message>
        <source>{what} is protected by a passphrase.</source>
        <translation>{what} è protetta da una passphrase.</translation>
    </message>
    <message>
        <source>Export it without a passphrase (e.g. `openssl pkey -in KEY -out PLAIN`), import that, then delete the plain copy.</source>
        <translation>Esportala senza passphrase (ad es. `openssl pkey -in KEY -out PLAIN`), importa quella, poi elimina la copia in chiaro.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Il file</translation>
    </message>
    <message>
        <source>The file in {source}</source>
        <translation>Il file in {source}</translation>
    </message>
    <message>
        <source>{path} is larger than {kib} KiB: too large to be a private key.</source>
        <translation>{path} è più grande di {kib} KiB: troppo grande per essere una chiave privata.</translation>
    </message>
    <message>
        <source>Choose the realm&apos;s private key file (&lt;realm&gt;_private.pem).</source>
        <translation>Scegli il file della chiave privata del realm (&lt;realm&gt;_private.pem).</translation>
    </message>
    <message>
        <source>check-scan: each label scanned back within {seconds} s</source>
        <translation>check-scan: ogni etichetta riletta entro {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Fixture {name}: %n slots at {baud} baud, provisioning into {target} (realm {realm})</source>
        <translation>
            <numerusform>Attrezzatura {name}: %n slot a {baud} baud, provisioning in {target} (realm {realm})</numerusform>
            <numerusform>Attrezzatura {name}: %n slot a {baud} baud, provisioning in {target} (realm {realm})</numerusform>
        </translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <source>label: {label}</source>
        <translation>etichetta: {label}</translation>
    </message>
    <message>
        <source>the built-in template</source>
        <translation>il modello integrato</translation>
    </message>
    <message>
        <source>template {path} checked</source>
        <translation>modello {path} verificato</translation>
    </message>
    <message>
        <source>slot {slot}: {port} ({profile})</source>
        <translation>slot {slot}: {port} ({profile})</translation>
    </message>
    <message>
        <source>Station {station}, journal {journal}</source>
        <translation>Stazione {station}, journal {journal}</translation>
    </message>
    <message>
        <source>Target {name}: {url} realm {realm}, tokens from {source}</source>
        <translation>Target {name}: {url} realm {realm}, token da {source}</translation>
    </message>
    <message>
        <source>{source}: `profiles.{kind}` names no device profile. Known: {known}.</source>
        <translation>{source}: `profiles.{kind}` non indica alcun profilo di dispositivo. Noti: {known}.</translation>
    </message>
    <message>
        <source>Correct the table&apos;s name in {source} (check the spelling), or remove it.</source>
        <translation>Correggi il nome della tabella in {source} (controlla l&apos;ortografia), o rimuovila.</translation>
    </message>
    <message>
        <source>Configuration {source} is valid.</source>
        <translation>La configurazione {source} è valida.</translation>
    </message>
    <message>
        <source>{path} was read, not copied. Delete it if it was only a transfer copy.</source>
        <translation>{path} è stato letto, non copiato. Eliminalo se era solo una copia di trasferimento.</translation>
    </message>
    <message>
        <source>Stored the realm key of target {target} in the OS keyring: {key}.</source>
        <translation>Chiave del realm del target {target} salvata nel portachiavi del sistema operativo: {key}.</translation>
    </message>
    <message>
        <source>Each Pairing call will get its own {algorithm} token, valid {ttl} s, allowing only that call.</source>
        <translation>Ogni chiamata a Pairing avrà il proprio token {algorithm}, valido {ttl} s, che consente solo quella chiamata.</translation>
    </message>
    <message>
        <source>The MES override of target {target} has ended.</source>
        <translation>La forzatura MES della destinazione {target} è terminata.</translation>
    </message>
    <message>
        <source>--minutes {minutes} is out of range; nothing was changed.</source>
        <translation>--minutes {minutes} è fuori intervallo; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Give 1 to {most} minutes (one shift at most), and renew it if needed.</source>
        <translation>Indica da 1 a {most} minuti (al massimo un turno), e rinnovala se serve.</translation>
    </message>
    <message>
        <source>An MES override needs a reason for the journal; nothing was changed.</source>
        <translation>Una forzatura MES richiede un motivo per il giornale; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Add --reason &quot;…&quot;, e.g. the MES ticket number.</source>
        <translation>Aggiungi --reason &quot;…&quot;, es. il numero di ticket MES.</translation>
    </message>
    <message>
        <source>Target {target} goes on while its MES is down, until {until} (each unit is journaled with this override).</source>
        <translation>La destinazione {target} prosegue mentre il suo MES è fermo, fino alle {until} (ogni unità è registrata nel giornale con questa forzatura).</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Allows registering devices: {register}; unregistering any device (rework): {unregister}.</source>
        <translation>Consente di registrare dispositivi: {register}; di deregistrare qualsiasi dispositivo (rilavorazione): {unregister}.</translation>
    </message>
    <message>
        <source>warning: this token cannot register devices (its a_pa does not allow POST agent/devices); provisioning with it will fail.</source>
        <translation>attenzione: questo token non può registrare dispositivi (il suo a_pa non consente POST agent/devices); il provisioning con esso fallirà.</translation>
    </message>
    <message>
        <source>Expiry: {when} UTC (in {left}); signed with {algorithm}.</source>
        <translation>Scadenza: {when} UTC (tra {left}); firmato con {algorithm}.</translation>
    </message>
    <message>
        <source>Expiry: none (the token never expires; prefer short-lived tokens).</source>
        <translation>Scadenza: nessuna (il token non scade mai; preferisci token di breve durata).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Paste the Pairing token (input is hidden):</source>
        <translation>Incolla il token di Pairing (l&apos;input è nascosto):</translation>
    </message>
    <message>
        <source>a_pa: {scopes}</source>
        <translation>a_pa: {scopes}</translation>
    </message>
    <message>
        <source>Standard input holds more than {kib} KiB: that is not a Pairing token.</source>
        <translation>Lo standard input contiene più di {kib} KiB: non è un token di Pairing.</translation>
    </message>
    <message>
        <source>Pipe in only the token, e.g. `astartectl utils gen-jwt pairing ... | station target set-token TARGET`.</source>
        <translation>Passa in ingresso solo il token, ad es. `astartectl utils gen-jwt pairing ... | station target set-token TARGET`.</translation>
    </message>
    <message>
        <source>Stored an issued token for target {target} in the OS keyring.</source>
        <translation>Token emesso per il target {target} salvato nel portachiavi del sistema operativo.</translation>
    </message>
    <message>
        <source>Unknown slot {slots} for this fixture.</source>
        <translation>Slot sconosciuto {slots} per questa attrezzatura.</translation>
    </message>
    <message>
        <source>Unknown slots {slots} for this fixture.</source>
        <translation>Slot sconosciuti {slots} per questa attrezzatura.</translation>
    </message>
    <message>
        <source>Use --slots all or a comma-separated list of: {slots}.</source>
        <translation>Usa --slots all o un elenco separato da virgole di: {slots}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <translation>
            <numerusform>%n etichetta</numerusform>
            <numerusform>%n etichette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n volta</numerusform>
            <numerusform>%n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>demo: the MES was asked {asked} and acknowledged {acked}; {printed} printed; {matched} scanned back and matched; the tower light showed {shown}</source>
        <translation>demo: il MES è stato interrogato {asked} e ha confermato {acked}; {printed} stampate; {matched} rilette e corrispondenti; la torretta luminosa ha mostrato {shown}</translation>
    </message>
    <message>
        <source>Made {made}; {ahead}.</source>
        <translation>Ho creato {made}; {ahead}.</translation>
    </message>
    <message numerus="yes">
        <source>the next %n months have theirs</source>
        <translation>
            <numerusform>il prossimo %n mese ha la sua</numerusform>
            <numerusform>i prossimi %n mesi hanno la loro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly partitions</source>
        <translation>
            <numerusform>%n partizione mensile</numerusform>
            <numerusform>%n partizioni mensili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device IDs registered twice.</source>
        <translation>
            <numerusform>%n ID dispositivo registrato due volte.</numerusform>
            <numerusform>%n ID dispositivo registrati due volte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each unit to rework: only one of them holds working credentials.</source>
        <translation>Manda ogni unità in rilavorazione: solo una di esse ha credenziali funzionanti.</translation>
    </message>
    <message>
        <source>Retired {month}: fleet.{name} ({events}) is detached from fleet.events and {rows}. Archive the table (pg_dump -t fleet.{name}), then drop it (DROP TABLE fleet.{name}).</source>
        <translation>{month} ritirato: fleet.{name} ({events}) è staccata da fleet.events e {rows}. Archivia la tabella (pg_dump -t fleet.{name}), poi eliminala (DROP TABLE fleet.{name}).</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt rows of that month are removed</source>
        <translation>
            <numerusform>%n riga di tentativo di quel mese è rimossa</numerusform>
            <numerusform>%n righe di tentativo di quel mese sono rimosse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stations.</source>
        <translation>
            <numerusform>%n stazione.</numerusform>
            <numerusform>%n stazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter when the slots are empty.</source>
        <translation>Premi Invio quando gli slot sono vuoti.</translation>
    </message>
    <message>
        <source>Assign the first {count} to slots {first}–{last} in this order? [Y/n, or the number of the one for this slot]</source>
        <translation>Assegnare le prime {count} agli slot {first}–{last} in quest&apos;ordine? [Y/n, o il numero di quella per questo slot]</translation>
    </message>
    <message>
        <source>Is this slot {slot}? [Y/n]</source>
        <translation>È lo slot {slot}? [Y/n]</translation>
    </message>
    <message>
        <source>Slot {slot}: {path}</source>
        <translation>Slot {slot}: {path}</translation>
    </message>
    <message>
        <source>slot {slot}: {binding}</source>
        <translation>slot {slot}: {binding}</translation>
    </message>
    <message>
        <source>Slot bindings for the config:</source>
        <translation>Associazioni degli slot per la configurazione:</translation>
    </message>
    <message>
        <source>Bound the slots of fixture {fixture} in {path}.</source>
        <translation>Slot dell&apos;attrezzatura {fixture} associati in {path}.</translation>
    </message>
    <message>
        <source>Found {port}</source>
        <translation>Trovato {port}</translation>
    </message>
    <message>
        <source>The input ended before every slot was learned; nothing was saved.</source>
        <translation>L&apos;input è terminato prima che ogni slot fosse appreso; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>run `station fixture learn` again in a terminal</source>
        <translation>esegui di nuovo `station fixture learn` in un terminale</translation>
    </message>
    <message>
        <source>A fixture has at least one slot.</source>
        <translation>Un&apos;attrezzatura ha almeno uno slot.</translation>
    </message>
    <message>
        <source>pass --slots 1 or more</source>
        <translation>passa --slots 1 o più</translation>
    </message>
    <message>
        <source>Not assigned. Unplug it and plug the right one in.</source>
        <translation>Non assegnato. Scollegalo e collega quello giusto.</translation>
    </message>
    <message>
        <source>Not assigned. Unplug it and try again.</source>
        <translation>Non assegnato. Scollegalo e riprova.</translation>
    </message>
    <message>
        <source>{port} is not on USB (or udev gave it no path): it cannot be a slot.</source>
        <translation>{port} non è su USB (o udev non gli ha dato un percorso): non può essere uno slot.</translation>
    </message>
    <message>
        <source>{port} is on the USB path of slot {slot} already.</source>
        <translation>{port} è già sul percorso USB dello slot {slot}.</translation>
    </message>
    <message>
        <source>Slot {slot}: plug a device (or the slot&apos;s adapter) into slot {slot} now…</source>
        <translation>Slot {slot}: collega ora un dispositivo (o l&apos;adattatore dello slot) allo slot {slot}…</translation>
    </message>
    <message>
        <source>interface {number}</source>
        <translation>interfaccia {number}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>seriale {serial}</translation>
    </message>
    <message>
        <source>{count} ports appeared with the same USB path {path}: udev cannot tell them apart, so they cannot be separate slots.</source>
        <translation>{count} porte sono comparse con lo stesso percorso USB {path}: udev non può distinguerle, quindi non possono essere slot separati.</translation>
    </message>
    <message>
        <source>Use one adapter per slot (or one whose ports are separate USB interfaces).</source>
        <translation>Usa un adattatore per slot (o uno le cui porte siano interfacce USB separate).</translation>
    </message>
    <message numerus="yes">
        <source>Saved the slot map of %n slots to {path}.</source>
        <translation>
            <numerusform>Mappa degli slot di %n slot salvata in {path}.</numerusform>
            <numerusform>Mappa degli slot di %n slot salvata in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ports appeared on one adapter:</source>
        <translation>{count} porte sono comparse su un adattatore:</translation>
    </message>
    <message>
        <source>Stable names /dev/provisioning/{fixture}/slotN: {command}</source>
        <translation>Nomi stabili /dev/provisioning/{fixture}/slotN: {command}</translation>
    </message>
    <message numerus="yes">
        <source>Learning %n slots of fixture {fixture}.</source>
        <translation>
            <numerusform>Apprendimento di %n slot dell&apos;attrezzatura {fixture}.</numerusform>
            <numerusform>Apprendimento di %n slot dell&apos;attrezzatura {fixture}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new serial port appeared for slot {slot} within {seconds} s.</source>
        <translation>Nessuna nuova porta seriale è comparsa per lo slot {slot} entro {seconds} s.</translation>
    </message>
    <message>
        <source>check the device&apos;s USB cable and the hub&apos;s power, then run the learning again</source>
        <translation>controlla il cavo USB del dispositivo e l&apos;alimentazione dell&apos;hub, poi ripeti l&apos;apprendimento</translation>
    </message>
    <message>
        <source>Unplug it and try again.</source>
        <translation>Scollegalo e riprova.</translation>
    </message>
    <message>
        <source>Unplug the devices from every slot first; leave hubs and cables where they stay.</source>
        <translation>Scollega prima i dispositivi da ogni slot; lascia hub e cavi dove restano.</translation>
    </message>
    <message>
        <source>USB path: {path}</source>
        <translation>Percorso USB: {path}</translation>
    </message>
    <message>
        <source>binding:  {binding}</source>
        <translation>associazione:  {binding}</translation>
    </message>
    <message>
        <source>ModemManager is running: it probes new serial ports for about 10 s. Install {rules} (the .deb does) so it leaves them alone.</source>
        <translation>ModemManager è in esecuzione: sonda le nuove porte seriali per circa 10 s. Installa {rules} (il .deb lo fa) perché le lasci stare.</translation>
    </message>
    <message>
        <source>No serial ports found.</source>
        <translation>Nessuna porta seriale trovata.</translation>
    </message>
    <message>
        <source>- (not on USB: cannot be a fixture slot)</source>
        <translation>- (non su USB: non può essere uno slot di un&apos;attrezzatura)</translation>
    </message>
    <message>
        <source>Slot map {path} does not exist.</source>
        <translation>La mappa degli slot {path} non esiste.</translation>
    </message>
    <message>
        <source>record one with `station fixture learn --out FILE`</source>
        <translation>registrane una con `station fixture learn --out FILE`</translation>
    </message>
    <message>
        <source>Wrote {path}. Apply it with:</source>
        <translation>Scritto {path}. Applicalo con:</translation>
    </message>
    <message>
        <source>There is no target {name}.</source>
        <translation>Non esiste il target {name}.</translation>
    </message>
    <message>
        <source>Refresh the list of targets.</source>
        <translation>Aggiorna l&apos;elenco dei target.</translation>
    </message>
    <message>
        <source>Choose the file that holds only the token (a JWT), or paste the token instead.</source>
        <translation>Scegli il file che contiene solo il token (un JWT), oppure incolla il token.</translation>
    </message>
    <message>
        <source>{path} is not text: it cannot hold a Pairing token.</source>
        <translation>{path} non è testo: non può contenere un token di Pairing.</translation>
    </message>
    <message>
        <source>{path} is larger than {kib} KiB: too large to be a Pairing token.</source>
        <translation>{path} è più grande di {kib} KiB: troppo grande per essere un token di Pairing.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossibile leggere {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file, or paste the token instead.</source>
        <translation>Controlla il percorso e di poter leggere il file, oppure incolla il token.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Controlla il percorso e di avere il permesso di leggere il file.</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>La chiave</translation>
    </message>
    <message>
        <source>The key in {source}</source>
        <translation>La chiave in {source}</translation>
    </message>
    <message>
        <source>{what} is a {kind} key; Astarte verifies only EC (ES256/384/512) and RSA tokens.</source>
        <translation>{what} è una chiave {kind}; Astarte verifica solo token EC (ES256/384/512) e RSA.</translation>
    </message>
    <message>
        <source>{what} is not a PEM key (no &apos;-----BEGIN&apos; line).</source>
        <translation>{what} non è una chiave PEM (nessuna riga &apos;-----BEGIN&apos;).</translation>
    </message>
    <message>
        <source>The private key</source>
        <translation>La chiave privata</translation>
    </message>
    <message>
        <source>The private key in {source}</source>
        <translation>La chiave privata in {source}</translation>
    </message>
    <message>
        <source>{what} holds a public key; signing tokens needs the realm&apos;s private key.</source>
        <translation>{what} contiene una chiave pubblica; per firmare i token serve la chiave privata del realm.</translation>
    </message>
    <message>
        <source>The RSA key</source>
        <translation>La chiave RSA</translation>
    </message>
    <message>
        <source>The RSA key in {source}</source>
        <translation>La chiave RSA in {source}</translation>
    </message>
    <message>
        <source>{what} has only {bits} bits.</source>
        <translation>{what} ha solo {bits} bit.</translation>
    </message>
    <message>
        <source>Use a realm key of at least {bits} bits.</source>
        <translation>Usa una chiave del realm di almeno {bits} bit.</translation>
    </message>
    <message>
        <source>the keyring entry of target {target}</source>
        <translation>la voce del portachiavi della destinazione {target}</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring) in this desktop session and unlock it, then try again. The station never falls back to storing keys or tokens in a file.</source>
        <translation>Avvia un Secret Service (gnome-keyring) in questa sessione desktop e sbloccalo, poi riprova. La stazione non ripiega mai sul salvataggio di chiavi o token in un file.</translation>
    </message>
    <message>
        <source>{target} is not a valid target name.</source>
        <translation>{target} non è un nome di destinazione valido.</translation>
    </message>
    <message>
        <source>Use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Usa da 1 a 64 lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, iniziando con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>Cannot {doing}: {reason}.</source>
        <translation>Impossibile {doing}: {reason}.</translation>
    </message>
    <message>
        <source>delete the {kind} of target {target}</source>
        <translation>eliminare {kind} della destinazione {target}</translation>
    </message>
    <message>
        <source>read the {kind} of target {target}</source>
        <translation>leggere {kind} della destinazione {target}</translation>
    </message>
    <message>
        <source>store the {kind} of target {target}</source>
        <translation>salvare {kind} della destinazione {target}</translation>
    </message>
    <message>
        <source>The key file has bytes that are not text around the PEM block.</source>
        <translation>Il file della chiave ha byte non di testo intorno al blocco PEM.</translation>
    </message>
    <message>
        <source>Export the key again as plain PEM (openssl pkey -in KEY -out PLAIN).</source>
        <translation>Esporta di nuovo la chiave come PEM semplice (openssl pkey -in KEY -out PLAIN).</translation>
    </message>
    <message>
        <source>Cannot {doing}: the keyring did not answer within {seconds} s; it is probably locked and waiting for its unlock prompt.</source>
        <translation>Impossibile {doing}: il portachiavi non ha risposto entro {seconds} s; probabilmente è bloccato e attende la sua richiesta di sblocco.</translation>
    </message>
    <message>
        <source>No password for the fleet role {role} is stored in this PC&apos;s keyring.</source>
        <translation>Nel portachiavi di questo PC non è salvata alcuna password per il ruolo di flotta {role}.</translation>
    </message>
    <message>
        <source>Plant IT gives the password printed by `station fleet add-station`; store it with `station fleet set-password`.</source>
        <translation>L&apos;IT dello stabilimento fornisce la password stampata da `station fleet add-station`; salvala con `station fleet set-password`.</translation>
    </message>
    <message>
        <source>No realm key is stored for target {target}.</source>
        <translation>Nessuna chiave del realm è salvata per la destinazione {target}.</translation>
    </message>
    <message>
        <source>A supervisor runs `station target import-key {name} --file &lt;realm&gt;_private.pem`.</source>
        <translation>Un supervisore esegue `station target import-key {name} --file &lt;realm&gt;_private.pem`.</translation>
    </message>
    <message>
        <source>No issued token is stored for target {target}.</source>
        <translation>Nessun token emesso è salvato per la destinazione {target}.</translation>
    </message>
    <message>
        <source>A supervisor pipes a token into `station target set-token {name}`.</source>
        <translation>Un supervisore passa un token a `station target set-token {name}`.</translation>
    </message>
    <message>
        <source>the keyring backend {name} keeps secrets in a file, not in the OS keyring</source>
        <translation>il backend del portachiavi {name} tiene i segreti in un file, non nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>il portachiavi è bloccato</translation>
    </message>
    <message>
        <source>no OS keyring backend is available</source>
        <translation>nessun backend del portachiavi di sistema è disponibile</translation>
    </message>
    <message>
        <source>the Secret Service could not open its collection (locked or not running)</source>
        <translation>il Secret Service non ha potuto aprire la sua raccolta (bloccato o non in esecuzione)</translation>
    </message>
    <message>
        <source>the keyring is configured as the null backend, which stores nothing</source>
        <translation>il portachiavi è configurato come backend nullo, che non salva nulla</translation>
    </message>
    <message>
        <source>the keyring reported {kind}</source>
        <translation>il portachiavi ha segnalato {kind}</translation>
    </message>
    <message>
        <source>Cannot use the keyring: {reason}.</source>
        <translation>Impossibile usare il portachiavi: {reason}.</translation>
    </message>
    <message>
        <source>Unlock the keyring: answer its unlock prompt on this PC&apos;s desktop (or unlock the &apos;Login&apos; keyring in Passwords and Keys), then try again. The station never falls back to storing keys or tokens in a file.</source>
        <translation>Sblocca il portachiavi: rispondi alla sua richiesta di sblocco sul desktop di questo PC (o sblocca il portachiavi &apos;Login&apos; in Password e chiavi), poi riprova. La stazione non ripiega mai sul salvataggio di chiavi o token in un file.</translation>
    </message>
    <message>
        <source>{what}: the device is already registered and has used its credentials secret.</source>
        <translation>{what}: il dispositivo è già registrato e ha usato il suo segreto.</translation>
    </message>
    <message>
        <source>It cannot be provisioned again until a supervisor approves rework and unregisters it.</source>
        <translation>Non può essere sottoposto di nuovo a provisioning finché un supervisore non approva la rilavorazione e non lo deregistra.</translation>
    </message>
    <message>
        <source>{what}: the version is not a string.</source>
        <translation>{what}: la versione non è una stringa.</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing.</source>
        <translation>Controlla che l&apos;URL di Pairing punti ad Astarte Pairing.</translation>
    </message>
    <message>
        <source>{what}: {host} did not accept a connection within {timeout} s.</source>
        <translation>{what}: {host} non ha accettato una connessione entro {timeout} s.</translation>
    </message>
    <message>
        <source>{what}: the device is not registered in realm {realm}.</source>
        <translation>{what}: il dispositivo non è registrato nel realm {realm}.</translation>
    </message>
    <message>
        <source>Check the device ID and realm.</source>
        <translation>Controlla l&apos;ID dispositivo e il realm.</translation>
    </message>
    <message>
        <source>{what}: the host name {host} could not be resolved (DNS).</source>
        <translation>{what}: impossibile risolvere il nome host {host} (DNS).</translation>
    </message>
    <message>
        <source>Check the Pairing URL&apos;s host name and this PC&apos;s DNS settings.</source>
        <translation>Controlla il nome host dell&apos;URL di Pairing e le impostazioni DNS di questo PC.</translation>
    </message>
    <message>
        <source>{what}: the connection to {host} was dropped mid-request.</source>
        <translation>{what}: la connessione a {host} si è interrotta a metà richiesta.</translation>
    </message>
    <message>
        <source>{what}: Pairing refused the call for realm {realm} (403){said}.</source>
        <translation>{what}: Pairing ha rifiutato la chiamata per il realm {realm} (403){said}.</translation>
    </message>
    <message>
        <source>Check, in this order: 1) the realm name is wrong or the realm does not exist on this Astarte; 2) the token&apos;s a_pa claim does not allow this call; 3) the token has expired (Astarte allows no clock skew: check this PC&apos;s clock); 4) the token was signed with a key that is not this realm&apos;s key</source>
        <translation>Controlla, in quest&apos;ordine: 1) il nome del realm è sbagliato o il realm non esiste su questo Astarte; 2) il claim a_pa del token non consente questa chiamata; 3) il token è scaduto (Astarte non ammette differenze di orologio: controlla l&apos;orologio di questo PC); 4) il token è stato firmato con una chiave che non è quella di questo realm</translation>
    </message>
    <message>
        <source>{what}: Pairing&apos;s device information is incomplete (status, version or broker URL missing).</source>
        <translation>{what}: le informazioni sul dispositivo di Pairing sono incomplete (manca stato, versione o URL del broker).</translation>
    </message>
    <message>
        <source>{what}: Pairing failed with an internal error ({status}){said}.</source>
        <translation>{what}: Pairing ha avuto un errore interno ({status}){said}.</translation>
    </message>
    <message>
        <source>Tell the Astarte operator; the Pairing logs show the cause.</source>
        <translation>Avvisa il gestore di Astarte; i log di Pairing mostrano la causa.</translation>
    </message>
    <message>
        <source>A 500 on registration often means the realm reached its device registration limit: ask the Astarte operator to check the realm&apos;s device_registration_limit. Tell the Astarte operator; the Pairing logs show the cause.</source>
        <translation>Un 500 in registrazione spesso significa che il realm ha raggiunto il limite di registrazione dei dispositivi: chiedi al gestore di Astarte di controllare device_registration_limit del realm. Avvisa il gestore di Astarte; i log di Pairing mostrano la causa.</translation>
    </message>
    <message>
        <source>The initial introspection is invalid: {problems}.</source>
        <translation>L&apos;introspezione iniziale non è valida: {problems}.</translation>
    </message>
    <message>
        <source>Every interface needs a name and a (major, minor) pair of integers.</source>
        <translation>Ogni interfaccia richiede un nome e una coppia di interi (major, minor).</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the token as invalid (401){said}.</source>
        <translation>{what}: Pairing ha rifiutato il token come non valido (401){said}.</translation>
    </message>
    <message>
        <source>The token is malformed or not signed by this realm&apos;s key: check the target&apos;s realm key or issued token.</source>
        <translation>Il token è malformato o non firmato con la chiave di questo realm: controlla la chiave del realm o il token emesso della destinazione.</translation>
    </message>
    <message>
        <source>{what}: the realm reached its device registration limit.</source>
        <translation>{what}: il realm ha raggiunto il limite di registrazione dei dispositivi.</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to raise the realm&apos;s device_registration_limit.</source>
        <translation>Chiedi al gestore di Astarte di aumentare device_registration_limit del realm.</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request as malformed (400){said}.</source>
        <translation>{what}: Pairing ha rifiutato la richiesta come malformata (400){said}.</translation>
    </message>
    <message>
        <source>Check the network cable, the PC&apos;s network settings and the Pairing URL.</source>
        <translation>Controlla il cavo di rete, le impostazioni di rete del PC e l&apos;URL di Pairing.</translation>
    </message>
    <message>
        <source>{what}: there is no Pairing API at this URL (404){said}.</source>
        <translation>{what}: a questo URL non c&apos;è un&apos;API di Pairing (404){said}.</translation>
    </message>
    <message>
        <source>Check the target&apos;s Pairing URL: through the Astarte ingress it ends in &apos;/pairing&apos; (https://api.&lt;domain&gt;/pairing); directly it is http://&lt;host&gt;:4003.</source>
        <translation>Controlla l&apos;URL di Pairing della destinazione: tramite l&apos;ingress di Astarte termina con &apos;/pairing&apos; (https://api.&lt;domain&gt;/pairing); diretto è http://&lt;host&gt;:4003.</translation>
    </message>
    <message>
        <source>{what}: there is no network route to {host}.</source>
        <translation>{what}: non c&apos;è un percorso di rete verso {host}.</translation>
    </message>
    <message>
        <source>{what}: Pairing did not receive the credentials secret (401){said}.</source>
        <translation>{what}: Pairing non ha ricevuto il segreto (401){said}.</translation>
    </message>
    <message>
        <source>A proxy between this station and Astarte may strip the Authorization header; ask the network administrator.</source>
        <translation>Un proxy tra questa stazione e Astarte potrebbe eliminare l&apos;header Authorization; chiedi all&apos;amministratore di rete.</translation>
    </message>
    <message>
        <source>{what}: Pairing&apos;s answer does not hold a credentials secret of the expected shape (44 characters of base64).</source>
        <translation>{what}: la risposta di Pairing non contiene un segreto della forma attesa (44 caratteri base64).</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing; do not write anything to the device.</source>
        <translation>Controlla che l&apos;URL di Pairing punti ad Astarte Pairing; non scrivere nulla sul dispositivo.</translation>
    </message>
    <message>
        <source>{what}: no time was left to reach Pairing.</source>
        <translation>{what}: non è rimasto tempo per raggiungere Pairing.</translation>
    </message>
    <message>
        <source>Check the network and the Pairing URL, then retry.</source>
        <translation>Controlla la rete e l&apos;URL di Pairing, poi riprova.</translation>
    </message>
    <message>
        <source>{what}: Pairing received no token (401){said}.</source>
        <translation>{what}: Pairing non ha ricevuto alcun token (401){said}.</translation>
    </message>
    <message>
        <source>A proxy between this station and Astarte may strip the Authorization header.</source>
        <translation>Un proxy tra questa stazione e Astarte potrebbe eliminare l&apos;header Authorization.</translation>
    </message>
    <message>
        <source>{what}: the token does not allow {method} {path} (403).</source>
        <translation>{what}: il token non consente {method} {path} (403).</translation>
    </message>
    <message>
        <source>Give the target a token whose a_pa claim allows this call (e.g. &apos;POST::agent/devices&apos;).</source>
        <translation>Dai alla destinazione un token il cui claim a_pa consenta questa chiamata (ad es. &apos;POST::agent/devices&apos;).</translation>
    </message>
    <message>
        <source>{what}: the answer ({status}) is not a Pairing API response.</source>
        <translation>{what}: la risposta ({status}) non è una risposta dell&apos;API di Pairing.</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing, not another service.</source>
        <translation>Controlla che l&apos;URL di Pairing punti ad Astarte Pairing e non a un altro servizio.</translation>
    </message>
    <message>
        <source>{what}: every registration place for this target stayed busy until the deadline.</source>
        <translation>{what}: tutti i posti di registrazione per questa destinazione sono rimasti occupati fino alla scadenza.</translation>
    </message>
    <message>
        <source>Retry; if it persists, Pairing is answering slowly.</source>
        <translation>Riprova; se persiste, Pairing risponde lentamente.</translation>
    </message>
    <message>
        <source>{what}: no connection to {host} became free within {timeout} s.</source>
        <translation>{what}: nessuna connessione a {host} si è liberata entro {timeout} s.</translation>
    </message>
    <message>
        <source>Lower the number of slots working at once.</source>
        <translation>Riduci il numero di slot che lavorano insieme.</translation>
    </message>
    <message>
        <source>Testing the connection: the server accepted a registration with an empty device ID, which Astarte Pairing never does.</source>
        <translation>Prova connessione: il server ha accettato una registrazione con un ID dispositivo vuoto, cosa che Astarte Pairing non fa mai.</translation>
    </message>
    <message>
        <source>{what}: a gateway in front of Pairing is limiting the request rate (429).</source>
        <translation>{what}: un gateway davanti a Pairing sta limitando la frequenza delle richieste (429).</translation>
    </message>
    <message>
        <source>Lower the number of registrations in flight for this target, or ask the Astarte operator to raise the ingress limit.</source>
        <translation>Riduci il numero di registrazioni in corso per questa destinazione, oppure chiedi al gestore di Astarte di aumentare il limite dell&apos;ingress.</translation>
    </message>
    <message>
        <source>Lower the number of registrations in flight for this target, or ask the Astarte operator to raise the ingress limit. It asked to wait {wait} s.</source>
        <translation>Riduci il numero di registrazioni in corso per questa destinazione, oppure chiedi al gestore di Astarte di aumentare il limite dell&apos;ingress. Ha chiesto di attendere {wait} s.</translation>
    </message>
    <message>
        <source>{what}: {host} did not answer in time (no complete reply within {timeout} s).</source>
        <translation>{what}: {host} non ha risposto in tempo (nessuna risposta completa entro {timeout} s).</translation>
    </message>
    <message>
        <source>{what}: {host} did not answer in time (no complete reply within {timeout} s). The registration may or may not have happened; registering again is safe because only the latest secret counts.</source>
        <translation>{what}: {host} non ha risposto in tempo (nessuna risposta completa entro {timeout} s). La registrazione potrebbe essere avvenuta o no; registrare di nuovo è sicuro perché conta solo il segreto più recente.</translation>
    </message>
    <message>
        <source>{realm} is not a valid Astarte realm name.</source>
        <translation>{realm} non è un nome di realm Astarte valido.</translation>
    </message>
    <message>
        <source>A realm name is lower-case letters and digits, starting with a letter, at most 48 characters.</source>
        <translation>Un nome di realm è fatto di lettere minuscole e cifre, inizia con una lettera, al massimo 48 caratteri.</translation>
    </message>
    <message>
        <source>{what}: {host} refused the connection (nothing listens on that port).</source>
        <translation>{what}: {host} ha rifiutato la connessione (nulla è in ascolto su quella porta).</translation>
    </message>
    <message>
        <source>Check the port in the Pairing URL and that Pairing is running.</source>
        <translation>Controlla la porta nell&apos;URL di Pairing e che Pairing sia in esecuzione.</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request (422).</source>
        <translation>{what}: Pairing ha rifiutato la richiesta (422).</translation>
    </message>
    <message>
        <source>Check the device ID and initial introspection.</source>
        <translation>Controlla l&apos;ID dispositivo e l&apos;introspezione iniziale.</translation>
    </message>
    <message>
        <source>The device ID must be 22 characters of base64url (16 bytes).</source>
        <translation>L&apos;ID dispositivo deve essere di 22 caratteri base64url (16 byte).</translation>
    </message>
    <message>
        <source>Every interface in the initial introspection needs non-negative integer major and minor versions.</source>
        <translation>Ogni interfaccia dell&apos;introspezione iniziale richiede versioni major e minor intere non negative.</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request: {fields}.</source>
        <translation>{what}: Pairing ha rifiutato la richiesta: {fields}.</translation>
    </message>
    <message>
        <source> (Pairing said: {detail})</source>
        <translation> (Pairing ha detto: {detail})</translation>
    </message>
    <message>
        <source>The credentials secret is not base64 text, so it cannot be an Astarte secret; nothing was sent.</source>
        <translation>Il segreto non è testo base64, quindi non può essere un segreto di Astarte; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>The device holds a record the station did not write: set it aside for the supervisor.</source>
        <translation>Il dispositivo contiene un record che la stazione non ha scritto: mettilo da parte per il supervisore.</translation>
    </message>
    <message>
        <source>{what}: Pairing does not accept this credentials secret (403){said}.</source>
        <translation>{what}: Pairing non accetta questo segreto (403){said}.</translation>
    </message>
    <message>
        <source>The device was registered again since (only the latest secret works), or it was unregistered, or realm {realm} is wrong.</source>
        <translation>Il dispositivo è stato registrato di nuovo nel frattempo (vale solo il segreto più recente), oppure è stato deregistrato, oppure il realm {realm} è sbagliato.</translation>
    </message>
    <message>
        <source>The target&apos;s token source gave an empty or malformed token; nothing was sent.</source>
        <translation>La sorgente dei token della destinazione ha dato un token vuoto o malformato; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Check the target&apos;s token settings (station target set-token, or the token command&apos;s output).</source>
        <translation>Controlla le impostazioni dei token della destinazione (station target set-token, o l&apos;output del comando del token).</translation>
    </message>
    <message>
        <source>{what}: the answer from {host} ({status}) is larger than {mib} MiB; no Pairing answer is, so it was not read.</source>
        <translation>{what}: la risposta da {host} ({status}) è più grande di {mib} MiB; nessuna risposta di Pairing lo è, quindi non è stata letta.</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing: another service or a proxy&apos;s page is answering.</source>
        <translation>Controlla che l&apos;URL di Pairing punti ad Astarte Pairing: risponde un altro servizio o la pagina di un proxy.</translation>
    </message>
    <message>
        <source>{what}: Pairing is not available ({status}){said}.</source>
        <translation>{what}: Pairing non è disponibile ({status}){said}.</translation>
    </message>
    <message>
        <source>The Astarte service or its gateway is down or restarting; try again in a minute and tell the Astarte operator if it persists.</source>
        <translation>Il servizio Astarte o il suo gateway è fermo o si sta riavviando; riprova tra un minuto e avvisa il gestore di Astarte se persiste.</translation>
    </message>
    <message>
        <source>{what}: Pairing answered with an unexpected status {status}{said}.</source>
        <translation>{what}: Pairing ha risposto con uno stato inatteso {status}{said}.</translation>
    </message>
    <message>
        <source>{what}: could not reach {host} ({kind}).</source>
        <translation>{what}: impossibile raggiungere {host} ({kind}).</translation>
    </message>
    <message>
        <source>Write it as https://api.&lt;your-domain&gt;/pairing (through the Astarte ingress) or http://&lt;host&gt;:4003 (the Pairing service directly).</source>
        <translation>Scrivilo come https://api.&lt;your-domain&gt;/pairing (tramite l&apos;ingress di Astarte) o http://&lt;host&gt;:4003 (il servizio Pairing diretto).</translation>
    </message>
    <message>
        <source>The Pairing URL {url} already contains /v1.</source>
        <translation>L&apos;URL di Pairing {url} contiene già /v1.</translation>
    </message>
    <message>
        <source>Leave out /v1 and the realm: the station adds them. {fix}</source>
        <translation>Ometti /v1 e il realm: li aggiunge la stazione. {fix}</translation>
    </message>
    <message>
        <source>{url} is not a Pairing URL.</source>
        <translation>{url} non è un URL di Pairing.</translation>
    </message>
    <message>
        <source>The Pairing URL {url} has a query or fragment.</source>
        <translation>L&apos;URL di Pairing {url} ha una query o un frammento.</translation>
    </message>
    <message>
        <source>The Pairing URL must not contain a user name or password.</source>
        <translation>L&apos;URL di Pairing non deve contenere un nome utente o una password.</translation>
    </message>
    <message>
        <source>Checking the secret of</source>
        <translation>Verifica del segreto di</translation>
    </message>
    <message>
        <source>Checking the secret of device {device}</source>
        <translation>Verifica del segreto del dispositivo {device}</translation>
    </message>
    <message>
        <source>Checking Pairing&apos;s health</source>
        <translation>Verifica dello stato di Pairing</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test della connessione</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Registering device {device}</source>
        <translation>Registrazione del dispositivo {device}</translation>
    </message>
    <message>
        <source>Unregistering</source>
        <translation>Deregistrazione</translation>
    </message>
    <message>
        <source>Unregistering device {device}</source>
        <translation>Deregistrazione del dispositivo {device}</translation>
    </message>
    <message>
        <source>Reading Pairing&apos;s version</source>
        <translation>Lettura della versione di Pairing</translation>
    </message>
    <message>
        <source>The CA bundle {path} does not exist.</source>
        <translation>Il bundle CA {path} non esiste.</translation>
    </message>
    <message>
        <source>Fix the target&apos;s CA bundle path, or remove it to use the system&apos;s trusted CAs only.</source>
        <translation>Correggi il percorso del bundle CA della destinazione, oppure rimuovilo per usare solo le CA attendibili del sistema.</translation>
    </message>
    <message>
        <source>The CA bundle {path} could not be loaded ({kind}): it must hold PEM certificates.</source>
        <translation>Impossibile caricare il bundle CA {path} ({kind}): deve contenere certificati PEM.</translation>
    </message>
    <message>
        <source>Export the CA certificates of the Astarte ingress as PEM.</source>
        <translation>Esporta in formato PEM i certificati CA dell&apos;ingress di Astarte.</translation>
    </message>
    <message>
        <source>The certificate of {host} failed verification: {detail}.</source>
        <translation>Il certificato di {host} non ha superato la verifica: {detail}.</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to check the ingress certificate.</source>
        <translation>Chiedi al gestore di Astarte di controllare il certificato dell&apos;ingress.</translation>
    </message>
    <message>
        <source>The certificate of {host} (or its CA) has expired.</source>
        <translation>Il certificato di {host} (o della sua CA) è scaduto.</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to renew the ingress certificate; also check this PC&apos;s clock.</source>
        <translation>Chiedi al gestore di Astarte di rinnovare il certificato dell&apos;ingress; controlla anche l&apos;orologio di questo PC.</translation>
    </message>
    <message>
        <source>The TLS handshake with {host} failed ({reason}).</source>
        <translation>L&apos;handshake TLS con {host} non è riuscito ({reason}).</translation>
    </message>
    <message>
        <source>Check the Pairing URL and port, and that the server supports TLS 1.2 or newer.</source>
        <translation>Controlla l&apos;URL di Pairing e la porta, e che il server supporti TLS 1.2 o successivo.</translation>
    </message>
    <message>
        <source>The certificate presented by {host} is for another host name or IP address.</source>
        <translation>Il certificato presentato da {host} è per un altro nome host o indirizzo IP.</translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for in the Pairing URL.</source>
        <translation>Nell&apos;URL di Pairing usa il nome host per cui è stato emesso il certificato.</translation>
    </message>
    <message>
        <source>{host} did not answer with TLS.</source>
        <translation>{host} non ha risposto con TLS.</translation>
    </message>
    <message>
        <source>If the Pairing service is reached directly without TLS, write the URL with http://; otherwise check the port.</source>
        <translation>Se il servizio Pairing si raggiunge direttamente senza TLS, scrivi l&apos;URL con http://; altrimenti controlla la porta.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>Il certificato di {host} non è ancora valido.</translation>
    </message>
    <message>
        <source>Check this PC&apos;s clock and time zone.</source>
        <translation>Controlla l&apos;orologio e il fuso orario di questo PC.</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs and {path}</source>
        <translation>le CA attendibili del sistema e {path}</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>le CA attendibili del sistema</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by a CA this station trusts ({trusted}).</source>
        <translation>Il certificato di {host} non è firmato da una CA di cui questa stazione si fida ({trusted}).</translation>
    </message>
    <message>
        <source>Set the target&apos;s CA bundle to the CA that signed the Astarte ingress certificate; if the CA is the right one, this may be an interception proxy.</source>
        <translation>Imposta come bundle CA della destinazione la CA che ha firmato il certificato dell&apos;ingress di Astarte; se la CA è quella giusta, può trattarsi di un proxy di intercettazione.</translation>
    </message>
    <message>
        <source>The token lifetime {ttl} s is outside {low} to {high} s.</source>
        <translation>La durata del token {ttl} s è fuori dall&apos;intervallo da {low} a {high} s.</translation>
    </message>
    <message>
        <source>Set the target&apos;s token_ttl_s to a value from {low} to {high} (docs/configuration.md).</source>
        <translation>Imposta token_ttl_s della destinazione a un valore da {low} a {high} (docs/configuration.md).</translation>
    </message>
    <message>
        <source>the fixture</source>
        <translation>attrezzatura</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>slot {slot}</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} already passed for realm {realm}.</source>
        <translation>Il dispositivo {device} nello slot {slot} ha già superato il provisioning per il realm {realm}.</translation>
    </message>
    <message>
        <source>Set the device in slot {slot} aside; provisioning it again needs a supervisor override.</source>
        <translation>Metti da parte il dispositivo nello slot {slot}; ripetere il provisioning richiede un&apos;autorizzazione del supervisore.</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} is being provisioned in slot {other} right now.</source>
        <translation>Il dispositivo {device} nello slot {slot} è in provisioning proprio ora nello slot {other}.</translation>
    </message>
    <message>
        <source>Remove the device from slot {slot}; two devices with one identity need a supervisor check (cloned serial?).</source>
        <translation>Togli il dispositivo dallo slot {slot}; due dispositivi con una sola identità richiedono un controllo del supervisore (seriale clonato?).</translation>
    </message>
    <message>
        <source>The device in slot {slot} reports an unusable device ID: {reason}</source>
        <translation>Il dispositivo nello slot {slot} riporta un ID dispositivo inutilizzabile: {reason}</translation>
    </message>
    <message>
        <source>Set the device in slot {slot} aside for a firmware check. {action}</source>
        <translation>Metti da parte il dispositivo nello slot {slot} per un controllo del firmware. {action}</translation>
    </message>
    <message>
        <source>The device in slot {slot} did not report an Astarte device ID, and this target takes the ID from the device.</source>
        <translation>Il dispositivo nello slot {slot} non ha riportato un ID dispositivo Astarte, e questa destinazione prende l&apos;ID dal dispositivo.</translation>
    </message>
    <message>
        <source>Check the firmware of the device in slot {slot}, or ask the supervisor to set the target&apos;s device-ID rule to derive IDs (uuid5).</source>
        <translation>Controlla il firmware del dispositivo nello slot {slot}, oppure chiedi al supervisore di impostare la regola degli ID della destinazione su ID derivati (uuid5).</translation>
    </message>
    <message>
        <source>The target derives device IDs but has no namespace UUID configured.</source>
        <translation>La destinazione deriva gli ID dei dispositivi ma non ha un UUID di namespace configurato.</translation>
    </message>
    <message>
        <source>Ask the supervisor to set the target&apos;s device-ID namespace.</source>
        <translation>Chiedi al supervisore di impostare il namespace degli ID della destinazione.</translation>
    </message>
    <message>
        <source>The device in slot {slot} has no hardware serial to derive its ID from.</source>
        <translation>Il dispositivo nello slot {slot} non ha un seriale hardware da cui derivare il suo ID.</translation>
    </message>
    <message>
        <source>Check the firmware of the device in slot {slot}, or ask the supervisor to derive IDs from the hardware id instead.</source>
        <translation>Controlla il firmware del dispositivo nello slot {slot}, oppure chiedi al supervisore di derivare gli ID dall&apos;ID hardware.</translation>
    </message>
    <message>
        <source>Serial {serial} of the device in slot {slot} is not allowed for this target.</source>
        <translation>Il seriale {serial} del dispositivo nello slot {slot} non è ammesso per questa destinazione.</translation>
    </message>
    <message>
        <source>Check that the device in slot {slot} belongs to this batch; the supervisor sets the allowed serials.</source>
        <translation>Controlla che il dispositivo nello slot {slot} appartenga a questo lotto; il supervisore imposta i seriali ammessi.</translation>
    </message>
    <message>
        <source>The device in slot {slot} has {kind} storage; this target accepts {accepted}.</source>
        <translation>Il dispositivo nello slot {slot} ha memoria {kind}; questa destinazione accetta {accepted}.</translation>
    </message>
    <message>
        <source>Check that the device in slot {slot} is the right model for this target.</source>
        <translation>Controlla che il dispositivo nello slot {slot} sia il modello giusto per questa destinazione.</translation>
    </message>
    <message>
        <source>{holders} is probing the port of {who} ({path}).</source>
        <translation>{holders} sta interrogando la porta di {who} ({path}).</translation>
    </message>
    <message>
        <source>install the station&apos;s udev rules (they tell ModemManager to ignore fixture adapters) and replug the fixture, or stop it: sudo systemctl stop ModemManager</source>
        <translation>installa le regole udev della stazione (dicono a ModemManager di ignorare gli adattatori dell&apos;attrezzatura) e ricollega l&apos;attrezzatura, oppure fermalo: sudo systemctl stop ModemManager</translation>
    </message>
    <message>
        <source>The port of {who} ({path}) is open in {holders}.</source>
        <translation>La porta di {who} ({path}) è aperta in {holders}.</translation>
    </message>
    <message>
        <source>close that program (a serial terminal or another station) and retry</source>
        <translation>chiudi quel programma (un terminale seriale o un&apos;altra stazione) e riprova</translation>
    </message>
    <message>
        <source>The port for {who} ({binding}) does not exist.</source>
        <translation>La porta per {who} ({binding}) non esiste.</translation>
    </message>
    <message>
        <source>check that the fixture for {who} is connected and powered, and that the station&apos;s udev rules are installed</source>
        <translation>controlla che l&apos;attrezzatura per {who} sia collegata e alimentata e che le regole udev della stazione siano installate</translation>
    </message>
    <message>
        <source>this slot</source>
        <translation>questo slot</translation>
    </message>
    <message>
        <source>The port of {who} ({path}) is in use by a program this user cannot see.</source>
        <translation>La porta di {who} ({path}) è usata da un programma che questo utente non può vedere.</translation>
    </message>
    <message>
        <source>close any serial terminal or other station on this PC, or replug the fixture</source>
        <translation>chiudi ogni terminale seriale o altra stazione su questo PC, oppure ricollega l&apos;attrezzatura</translation>
    </message>
    <message>
        <source>No serial port is present at {who}&apos;s USB location ({binding}).</source>
        <translation>Nessuna porta seriale presente nella posizione USB di {who} ({binding}).</translation>
    </message>
    <message>
        <source>plug the fixture&apos;s USB cable for {who} back in / check the hub and its power supply</source>
        <translation>ricollega il cavo USB dell&apos;attrezzatura per {who} / controlla l&apos;hub e la sua alimentazione</translation>
    </message>
    <message>
        <source>print head open</source>
        <translation>testina di stampa aperta</translation>
    </message>
    <message>
        <source>The label printer at {where} answered its status request with something that is not a Zebra status.</source>
        <translation>La stampante di etichette a {where} ha risposto alla richiesta di stato con qualcosa che non è uno stato Zebra.</translation>
    </message>
    <message>
        <source>Check that the configured address is the label printer.</source>
        <translation>Controlla che l&apos;indirizzo configurato sia quello della stampante di etichette.</translation>
    </message>
    <message>
        <source>out of labels</source>
        <translation>senza etichette</translation>
    </message>
    <message>
        <source>out of ribbon</source>
        <translation>senza nastro</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>The label printer at {where} is {problems}.</source>
        <translation>La stampante di etichette a {where} è: {problems}.</translation>
    </message>
    <message>
        <source>Fix the printer (load labels or ribbon, close the head, unpause it), then reprint the label from the slot.</source>
        <translation>Sistema la stampante (carica etichette o nastro, chiudi la testina, togli la pausa), poi ristampa l&apos;etichetta dallo slot.</translation>
    </message>
    <message>
        <source>The label printer at {where} did not report its status within {timeout} s; it stays silent while out of labels or ribbon or with its head open.</source>
        <translation>La stampante di etichette a {where} non ha riportato il suo stato entro {timeout} s; resta muta quando è senza etichette o nastro o con la testina aperta.</translation>
    </message>
    <message>
        <source>Check the printer&apos;s display and lights, fix it, then reprint the label.</source>
        <translation>Controlla il display e le spie della stampante, risolvi il problema, poi ristampa l&apos;etichetta.</translation>
    </message>
    <message>
        <source>The label printer at {where} cannot be reached ({reason}).</source>
        <translation>La stampante di etichette a {where} non è raggiungibile ({reason}).</translation>
    </message>
    <message>
        <source>Check that the printer is on and its network cable is in, then reprint the label.</source>
        <translation>Controlla che la stampante sia accesa e il cavo di rete collegato, poi ristampa l&apos;etichetta.</translation>
    </message>
    <message>
        <source>Interrupted attempt found; press Start to resume.</source>
        <translation>Trovato un tentativo interrotto; premi Avvia per riprendere.</translation>
    </message>
    <message>
        <source>Press Start on slot {slot} with the same device in it: the station checks what reached its storage and resumes, or registers it again, as needed.</source>
        <translation>Premi Avvia sullo slot {slot} con lo stesso dispositivo inserito: la stazione controlla cosa è arrivato nella sua memoria e riprende, o lo registra di nuovo, se serve.</translation>
    </message>
    <message>
        <source>Fixture {fixture} has no slot {slot}.</source>
        <translation>L&apos;attrezzatura {fixture} non ha lo slot {slot}.</translation>
    </message>
    <message>
        <source>Use one of: {slots}.</source>
        <translation>Usa uno di questi: {slots}.</translation>
    </message>
    <message>
        <source>{message} — {action}</source>
        <translation>{message} — {action}</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside and look it up in the journal.</source>
        <translation>Metti da parte il dispositivo dello slot {slot} e cercalo nel journal.</translation>
    </message>
    <message>
        <source>Slot {slot}: {message}</source>
        <translation>Slot {slot}: {message}</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again.</source>
        <translation>Ripeti il provisioning del dispositivo nello slot {slot}.</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and put it in the SCRAP bin.</source>
        <translation>Togli il dispositivo dallo slot {slot} e mettilo nel contenitore SCARTO.</translation>
    </message>
    <message>
        <source>{action} Then provision the device in slot {slot} again.</source>
        <translation>{action} Poi ripeti il provisioning del dispositivo nello slot {slot}.</translation>
    </message>
    <message>
        <source>The device in {place} gave an answer to {command} the station does not understand: {detail}.</source>
        <translation>Il dispositivo ({place}) ha dato a {command} una risposta che la stazione non capisce: {detail}.</translation>
    </message>
    <message>
        <source>The device firmware does not match this station: stop the line and call the supervisor.</source>
        <translation>Il firmware del dispositivo non è compatibile con questa stazione: ferma la linea e chiama il supervisore.</translation>
    </message>
    <message>
        <source>Write-once storage already holds a different record and cannot take another.</source>
        <translation>La memoria a scrittura singola contiene già un record diverso e non può riceverne un altro.</translation>
    </message>
    <message>
        <source>Do not retry: mark the unit SCRAP (or send it to rework if its storage is rewritable).</source>
        <translation>Non riprovare: segna l&apos;unità come SCARTO (o mandala in rilavorazione se la sua memoria è riscrivibile).</translation>
    </message>
    <message>
        <source>The device rejected the record as malformed (a missing field or a wrong length).</source>
        <translation>Il dispositivo ha rifiutato il record come malformato (un campo mancante o una lunghezza errata).</translation>
    </message>
    <message>
        <source>This is a station or firmware mismatch: stop the line and call the supervisor.</source>
        <translation>Stazione e firmware non sono compatibili: ferma la linea e chiama il supervisore.</translation>
    </message>
    <message>
        <source>The device has left factory mode (it is locked), so it refuses write and reveal.</source>
        <translation>Il dispositivo ha lasciato la modalità di fabbrica (è bloccato), quindi rifiuta scrittura e lettura del segreto.</translation>
    </message>
    <message>
        <source>This unit is already provisioned and locked; set it aside and check it in the journal.</source>
        <translation>Questa unità è già sottoposta a provisioning e bloccata; mettila da parte e controllala nel journal.</translation>
    </message>
    <message>
        <source>The device has no record to reveal.</source>
        <translation>Il dispositivo non ha un record da rivelare.</translation>
    </message>
    <message>
        <source>Provision the device again from the start.</source>
        <translation>Ripeti il provisioning del dispositivo dall&apos;inizio.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Riuscito.</translation>
    </message>
    <message>
        <source>The device&apos;s storage holds a partial record (power was lost while programming).</source>
        <translation>La memoria del dispositivo contiene un record parziale (alimentazione persa durante la programmazione).</translation>
    </message>
    <message>
        <source>Write-once storage: mark the unit SCRAP. Rewritable: provision it again.</source>
        <translation>Memoria a scrittura singola: segna l&apos;unità come SCARTO. Riscrivibile: ripeti il provisioning.</translation>
    </message>
    <message>
        <source>The device reported an unspecified error.</source>
        <translation>Il dispositivo ha segnalato un errore non specificato.</translation>
    </message>
    <message>
        <source>Power-cycle the device and try again; if it repeats, set the unit aside for rework.</source>
        <translation>Spegni e riaccendi il dispositivo e riprova; se si ripete, metti da parte l&apos;unità per la rilavorazione.</translation>
    </message>
    <message>
        <source>The device in {place} refused {command}: {meaning}</source>
        <translation>Il dispositivo ({place}) ha rifiutato {command}: {meaning}</translation>
    </message>
    <message>
        <source>The device in {place} refused {command}: {meaning} (rc {rc})</source>
        <translation>Il dispositivo ({place}) ha rifiutato {command}: {meaning} (rc {rc})</translation>
    </message>
    <message>
        <source>The {command} request for the device in {place} is {size} bytes, but the device takes at most {limit}; nothing was sent to it.</source>
        <translation>La richiesta {command} per il dispositivo ({place}) è di {size} byte, ma il dispositivo ne accetta al massimo {limit}; non gli è stato inviato nulla.</translation>
    </message>
    <message>
        <source>The target&apos;s realm and Pairing URL are too long for this device&apos;s firmware: stop the line and ask the supervisor to shorten them.</source>
        <translation>Il realm e l&apos;URL di Pairing della destinazione sono troppo lunghi per il firmware di questo dispositivo: ferma la linea e chiedi al supervisore di accorciarli.</translation>
    </message>
    <message>
        <source>message of {size} bytes is shorter than an SMP header</source>
        <translation>messaggio di {size} byte più corto di un&apos;intestazione SMP</translation>
    </message>
    <message>
        <source>body has bytes after its CBOR item</source>
        <translation>il corpo ha byte dopo il suo elemento CBOR</translation>
    </message>
    <message>
        <source>No answer to {command} from the device in {place}, so it is unknown whether it took effect ({cause})</source>
        <translation>Nessuna risposta a {command} dal dispositivo ({place}), quindi non si sa se sia andato a buon fine ({cause})</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device in {place} if needed and let the station re-read its state.</source>
        <translation>Non ripartire alla cieca: se serve reinserisci il dispositivo ({place}) e lascia che la stazione rilegga il suo stato.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Reading identity</source>
        <translation>Lettura identità</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>Checking policy</source>
        <translation>Verifica regole</translation>
    </message>
    <message>
        <source>Checking the write</source>
        <translation>Verifica scrittura</translation>
    </message>
    <message>
        <source>Recording in journal</source>
        <translation>Scrittura nel registro</translation>
    </message>
    <message>
        <source>Registering with Astarte</source>
        <translation>Registrazione su Astarte</translation>
    </message>
    <message>
        <source>Verifying with Astarte</source>
        <translation>Verifica con Astarte</translation>
    </message>
    <message>
        <source>Writing credentials</source>
        <translation>Scrittura credenziali</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connessione</translation>
    </message>
    <message>
        <source>reading identity</source>
        <translation>lettura dell&apos;identità</translation>
    </message>
    <message>
        <source>locking</source>
        <translation>blocco</translation>
    </message>
    <message>
        <source>checking policy</source>
        <translation>verifica delle regole</translation>
    </message>
    <message>
        <source>checking the write</source>
        <translation>verifica della scrittura</translation>
    </message>
    <message>
        <source>recording in journal</source>
        <translation>registrazione nel journal</translation>
    </message>
    <message>
        <source>registering with astarte</source>
        <translation>registrazione su Astarte</translation>
    </message>
    <message>
        <source>start</source>
        <translation>avvio</translation>
    </message>
    <message>
        <source>verifying with astarte</source>
        <translation>verifica con Astarte</translation>
    </message>
    <message>
        <source>writing credentials</source>
        <translation>scrittura delle credenziali</translation>
    </message>
    <message>
        <source>The device changed its identity during the attempt.</source>
        <translation>Il dispositivo ha cambiato identità durante il tentativo.</translation>
    </message>
    <message>
        <source>Set the device aside for a firmware check; if it was swapped during the attempt, provision the device in the slot again.</source>
        <translation>Metti da parte il dispositivo per un controllo del firmware; se è stato sostituito durante il tentativo, ripeti il provisioning del dispositivo nello slot.</translation>
    </message>
    <message>
        <source>After the write, the device reports a digest that is not the secret just written.</source>
        <translation>Dopo la scrittura, il dispositivo riporta un digest che non è quello del segreto appena scritto.</translation>
    </message>
    <message>
        <source>The device revealed a secret that does not match the digest it reports.</source>
        <translation>Il dispositivo ha rivelato un segreto che non corrisponde al digest che riporta.</translation>
    </message>
    <message>
        <source>The write to the device was interrupted and its storage changed.</source>
        <translation>La scrittura sul dispositivo è stata interrotta e la sua memoria è cambiata.</translation>
    </message>
    <message>
        <source>No answer to the write: it is unknown whether it took effect.</source>
        <translation>Nessuna risposta alla scrittura: non si sa se è andata a buon fine.</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device if needed and let the station re-read its state.</source>
        <translation>Non ripartire alla cieca: reinserisci il dispositivo se serve e lascia che la stazione rilegga il suo stato.</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} giorni</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
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
        <translation>{what} è firmato con {algorithm}; Pairing accetta solo {allowed}.</translation>
    </message>
    <message>
        <source>Mint the token with the realm&apos;s private key (astartectl utils gen-jwt pairing).</source>
        <translation>Genera il token con la chiave privata del realm (astartectl utils gen-jwt pairing).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <source>Ask for a new token.</source>
        <translation>Richiedi un nuovo token.</translation>
    </message>
    <message>
        <source>The token&apos;s {claim} claim is not a number of seconds.</source>
        <translation>Il claim {claim} del token non è un numero di secondi.</translation>
    </message>
    <message>
        <source>Check the token command of this target ({name}) by running it by hand.</source>
        <translation>Controlla il comando del token di questa destinazione ({name}) eseguendolo a mano.</translation>
    </message>
    <message>
        <source>The token command {name} failed with exit status {status}.</source>
        <translation>Il comando del token {name} è fallito con stato di uscita {status}.</translation>
    </message>
    <message>
        <source>The token command {name} failed with exit status {status}: {said}</source>
        <translation>Il comando del token {name} è fallito con stato di uscita {status}: {said}</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, current token expired; a new one is fetched when needed</source>
        <translation>{algorithm} da {name}, il token attuale è scaduto; se ne ottiene uno nuovo quando serve</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, current token expires in {left}; a new one is fetched when needed</source>
        <translation>{algorithm} da {name}, il token attuale scade tra {left}; se ne ottiene uno nuovo quando serve</translation>
    </message>
    <message>
        <source>The token command {name} printed {n} lines; it must print exactly one line: the token.</source>
        <translation>Il comando del token {name} ha stampato {n} righe; deve stampare esattamente una riga: il token.</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, no expiry</source>
        <translation>{algorithm} da {name}, senza scadenza</translation>
    </message>
    <message>
        <source>The token command {name} could not be started: {reason}.</source>
        <translation>Il comando del token {name} non è stato avviato: {reason}.</translation>
    </message>
    <message>
        <source>Check the token command of this target ({name}) by running it by hand. It must print only the token.</source>
        <translation>Controlla il comando del token di questa destinazione ({name}) eseguendolo a mano. Deve stampare solo il token.</translation>
    </message>
    <message>
        <source>runs {name} when a token is needed</source>
        <translation>esegue {name} quando serve un token</translation>
    </message>
    <message>
        <source>The token command {name} did not finish within {seconds} s and was stopped.</source>
        <translation>Il comando del token {name} non è terminato entro {seconds} s ed è stato fermato.</translation>
    </message>
    <message>
        <source>The token command {name} printed more than {kib} KiB and was stopped; a token is a few hundred bytes.</source>
        <translation>Il comando del token {name} ha stampato più di {kib} KiB ed è stato fermato; un token è di poche centinaia di byte.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} è vuoto.</translation>
    </message>
    <message>
        <source>{what} has expired (at {when} UTC).</source>
        <translation>{what} è scaduto (alle {when} UTC).</translation>
    </message>
    <message>
        <source>{what} has expired (at {when} UTC); it was not stored.</source>
        <translation>{what} è scaduto (alle {when} UTC); non è stato salvato.</translation>
    </message>
    <message>
        <source>{what} expires in seconds (at {when} UTC).</source>
        <translation>{what} scade tra pochi secondi (alle {when} UTC).</translation>
    </message>
    <message>
        <source>{what} expires within seconds (at {when} UTC); it was not stored.</source>
        <translation>{what} scade entro pochi secondi (alle {when} UTC); non è stato salvato.</translation>
    </message>
    <message>
        <source>{algorithm}, expired: a supervisor must set a new token</source>
        <translation>{algorithm}, scaduto: un supervisore deve impostare un nuovo token</translation>
    </message>
    <message>
        <source>{algorithm}, expires in {left}, allows {allows}</source>
        <translation>{algorithm}, scade tra {left}, consente {allows}</translation>
    </message>
    <message>
        <source>{algorithm}, expires in {left}, allows {allows}: ask a supervisor for a new token soon</source>
        <translation>{algorithm}, scade tra {left}, consente {allows}: chiedi presto un nuovo token a un supervisore</translation>
    </message>
    <message>
        <source>{algorithm}, never expires, allows {allows}</source>
        <translation>{algorithm}, non scade mai, consente {allows}</translation>
    </message>
    <message>
        <source>Provide the JWT itself: three base64url parts separated by dots, no &apos;Bearer &apos; prefix.</source>
        <translation>Fornisci il JWT stesso: tre parti base64url separate da punti, senza prefisso &apos;Bearer &apos;.</translation>
    </message>
    <message>
        <source>A supervisor provides a new token (station target set-token).</source>
        <translation>Un supervisore fornisce un nuovo token (station target set-token).</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>nessun algoritmo</translation>
    </message>
    <message>
        <source>{what} is not a readable JWT.</source>
        <translation>{what} non è un JWT leggibile.</translation>
    </message>
    <message>
        <source>{what} is not valid before {when} UTC, and Pairing allows no clock skew.</source>
        <translation>{what} non è valido prima delle {when} UTC, e Pairing non ammette sfasamenti dell&apos;orologio.</translation>
    </message>
    <message>
        <source>Check this PC&apos;s clock, or ask for a token without an &apos;nbf&apos; claim.</source>
        <translation>Controlla l&apos;orologio di questo PC, o richiedi un token senza claim &apos;nbf&apos;.</translation>
    </message>
    <message>
        <source>{key} key; each call gets its own token valid {ttl} s</source>
        <translation>chiave {key}; ogni chiamata ottiene un proprio token valido {ttl} s</translation>
    </message>
    <message>
        <source>{what} does not allow {scope} (its a_pa claim allows: {allowed}).</source>
        <translation>{what} non consente {scope} (il suo claim a_pa consente: {allowed}).</translation>
    </message>
    <message>
        <source>Ask for a token whose a_pa includes {claim}.</source>
        <translation>Richiedi un token il cui a_pa includa {claim}.</translation>
    </message>
    <message>
        <source>{what} contains spaces or line breaks.</source>
        <translation>{what} contiene spazi o a capo.</translation>
    </message>
    <message>
        <source>unusable ({kind})</source>
        <translation>inutilizzabile ({kind})</translation>
    </message>
    <message>
        <source>The token printed by {name}</source>
        <translation>Il token stampato da {name}</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>Il token</translation>
    </message>
    <message>
        <source>The issued token</source>
        <translation>Il token emesso</translation>
    </message>
    <message>
        <source>The issued token of target {target}</source>
        <translation>Il token emesso della destinazione {target}</translation>
    </message>
    <message>
        <source>The pasted token</source>
        <translation>Il token incollato</translation>
    </message>
    <message>
        <source>The token on standard input</source>
        <translation>Il token sullo standard input</translation>
    </message>
    <message>
        <source>all off</source>
        <translation>tutto spento</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message numerus="yes">
        <source>Port binding {binding} matches %n ports ({devices}).</source>
        <translation>
            <numerusform>L&apos;associazione di porta {binding} corrisponde a %n porta ({devices}).</numerusform>
            <numerusform>L&apos;associazione di porta {binding} corrisponde a %n porte ({devices}).</numerusform>
        </translation>
    </message>
    <message>
        <source>add the interface number or use the full USB location from `station fixture list-ports`</source>
        <translation>aggiungi il numero di interfaccia o usa la location USB completa da `station fixture list-ports`</translation>
    </message>
    <message>
        <source>write the slot&apos;s port path as `station fixture list-ports` shows it</source>
        <translation>scrivi il percorso di porta dello slot come lo mostra `station fixture list-ports`</translation>
    </message>
    <message>
        <source>USB location {location} is neither a sysfs location (1-1.2 or 1-1.2:1.0) nor a udev ID_PATH (pci-0000:00:14.0-usb-0:1.2:1.0).</source>
        <translation>La location USB {location} non è né una posizione sysfs (1-1.2 o 1-1.2:1.0) né un ID_PATH udev (pci-0000:00:14.0-usb-0:1.2:1.0).</translation>
    </message>
    <message>
        <source>copy the location from `station fixture list-ports`</source>
        <translation>copia la location da `station fixture list-ports`</translation>
    </message>
    <message>
        <source>USB serial number {serial} is empty or holds a comma, &apos;=&apos; or a space.</source>
        <translation>Il numero di serie USB {serial} è vuoto o contiene una virgola, &apos;=&apos; o uno spazio.</translation>
    </message>
    <message>
        <source>bind this slot by its USB location instead</source>
        <translation>associa invece questo slot tramite la sua location USB</translation>
    </message>
    <message>
        <source>Port path {path} holds a control character (a line break, a tab, ...).</source>
        <translation>Il percorso di porta {path} contiene un carattere di controllo (un a capo, una tabulazione, ...).</translation>
    </message>
    <message>
        <source>Port {path} is a kernel enumeration name: the number changes when adapters are replugged or the PC restarts, so the slot would follow the plug order instead of the physical place.</source>
        <translation>La porta {path} è un nome di enumerazione del kernel: il numero cambia quando gli adattatori vengono ricollegati o il PC si riavvia, quindi lo slot seguirebbe l&apos;ordine di collegamento invece della posizione fisica.</translation>
    </message>
    <message>
        <source>bind the slot by its USB path: /dev/serial/by-path/..., usb:location=... or /dev/provisioning/&lt;fixture&gt;/slotN (see `station fixture list-ports` and `station fixture learn`)</source>
        <translation>associa lo slot tramite il suo percorso USB: /dev/serial/by-path/..., usb:location=... o /dev/provisioning/&lt;fixture&gt;/slotN (vedi `station fixture list-ports` e `station fixture learn`)</translation>
    </message>
    <message>
        <source>USB {key} {value} is out of range.</source>
        <translation>{key} USB {value} è fuori intervallo.</translation>
    </message>
    <message>
        <source>use 4 hex digits</source>
        <translation>usa 4 cifre esadecimali</translation>
    </message>
    <message>
        <source>USB interface {value} is out of range.</source>
        <translation>L&apos;interfaccia USB {value} è fuori intervallo.</translation>
    </message>
    <message>
        <source>use a number from 0 to 255</source>
        <translation>usa un numero da 0 a 255</translation>
    </message>
    <message>
        <source>usb port binding names {key} twice.</source>
        <translation>L&apos;associazione di porta usb indica {key} due volte.</translation>
    </message>
    <message>
        <source>keep one</source>
        <translation>tienine uno</translation>
    </message>
    <message>
        <source>Port path {path} is not absolute.</source>
        <translation>Il percorso di porta {path} non è assoluto.</translation>
    </message>
    <message>
        <source>write the full path, starting with /dev/</source>
        <translation>scrivi il percorso completo, che inizia con /dev/</translation>
    </message>
    <message>
        <source>USB {key} {value} is not a hexadecimal number.</source>
        <translation>{key} USB {value} non è un numero esadecimale.</translation>
    </message>
    <message>
        <source>write it as 4 hex digits: {key}=0403</source>
        <translation>scrivilo con 4 cifre esadecimali: {key}=0403</translation>
    </message>
    <message>
        <source>usb port binding item {item} is not KEY=VALUE.</source>
        <translation>L&apos;elemento {item} dell&apos;associazione di porta usb non è KEY=VALUE.</translation>
    </message>
    <message>
        <source>use keys from {keys}, e.g. usb:location=1-1.2:1.0</source>
        <translation>usa chiavi tra {keys}, ad es. usb:location=1-1.2:1.0</translation>
    </message>
    <message>
        <source>USB {key} {value} is not a number.</source>
        <translation>{key} USB {value} non è un numero.</translation>
    </message>
    <message>
        <source>write the interface number: {key}=2</source>
        <translation>scrivi il numero dell&apos;interfaccia: {key}=2</translation>
    </message>
    <message>
        <source>A {kind} port binding holds exactly one path.</source>
        <translation>Un&apos;associazione di porta {kind} contiene esattamente un percorso.</translation>
    </message>
    <message>
        <source>write the slot&apos;s port as a single absolute path</source>
        <translation>scrivi la porta dello slot come un unico percorso assoluto</translation>
    </message>
    <message>
        <source>Port path {path} is longer than {limit} characters, which no path is.</source>
        <translation>Il percorso di porta {path} supera i {limit} caratteri, cosa che nessun percorso fa.</translation>
    </message>
    <message>
        <source>Port binding {binding} is neither an absolute path nor usb:KEY=VALUE,...</source>
        <translation>L&apos;associazione di porta {binding} non è né un percorso assoluto né usb:KEY=VALUE,...</translation>
    </message>
    <message>
        <source>write /dev/serial/by-path/..., /dev/provisioning/&lt;fixture&gt;/slotN or usb:location=&lt;USB path&gt;</source>
        <translation>scrivi /dev/serial/by-path/..., /dev/provisioning/&lt;fixture&gt;/slotN o usb:location=&lt;percorso USB&gt;</translation>
    </message>
    <message>
        <source>usb port binding has an unknown key {key}.</source>
        <translation>L&apos;associazione di porta usb ha una chiave sconosciuta {key}.</translation>
    </message>
    <message>
        <source>use keys from {keys}</source>
        <translation>usa chiavi tra {keys}</translation>
    </message>
    <message>
        <source>A usb port binding needs a location, or both vid and pid.</source>
        <translation>Un&apos;associazione di porta usb richiede una location, oppure sia vid sia pid.</translation>
    </message>
    <message>
        <source>write usb:location=&lt;USB path&gt; (see `station fixture list-ports`)</source>
        <translation>scrivi usb:location=&lt;percorso USB&gt; (vedi `station fixture list-ports`)</translation>
    </message>
    <message>
        <source>A usb port binding has no path.</source>
        <translation>Un&apos;associazione di porta usb non ha percorso.</translation>
    </message>
    <message>
        <source>remove the path</source>
        <translation>rimuovi il percorso</translation>
    </message>
    <message>
        <source>Port binding {binding} is a {expected} binding, not {kind}.</source>
        <translation>L&apos;associazione di porta {binding} è di tipo {expected}, non {kind}.</translation>
    </message>
    <message>
        <source>use PortBinding.parse() to build bindings from text</source>
        <translation>usa PortBinding.parse() per creare associazioni dal testo</translation>
    </message>
    <message>
        <source>{where} is an empty file (0 bytes), not a journal: it was cut short or created by something else. The station does not start a new journal in its place.</source>
        <translation>{where} è un file vuoto (0 byte), non un registro: è stato troncato o creato da altro. La stazione non avvia un nuovo registro al suo posto.</translation>
    </message>
    <message>
        <source>Restore the journal from its backup (then check it with `station journal verify`); if this station has never provisioned a device, delete the empty file instead.</source>
        <translation>Ripristina il registro dal suo backup (poi controllalo con `station journal verify`); se questa stazione non ha mai eseguito il provisioning di un dispositivo, elimina invece il file vuoto.</translation>
    </message>
    <message>
        <source>{where} is a folder; it must name the journal file.</source>
        <translation>{where} è una cartella; deve indicare il file del registro.</translation>
    </message>
    <message>
        <source>Set journal_path to a file in that folder, e.g. {example}, in {source}.</source>
        <translation>Imposta journal_path su un file in quella cartella, ad es. {example}, in {source}.</translation>
    </message>
    <message>
        <source>There is no configuration at {path}.</source>
        <translation>Non c&apos;è alcuna configurazione in {path}.</translation>
    </message>
    <message>
        <source>Give the configuration file with --config FILE, or ask the supervisor to set up this station (docs/configuration.md shows a complete example).</source>
        <translation>Indica il file di configurazione con --config FILE, o chiedi al supervisore di configurare questa stazione (docs/configuration.md mostra un esempio completo).</translation>
    </message>
    <message>
        <source>{source} was written by a newer station version (configuration schema {version}; this station understands up to {known}). It has not been changed.</source>
        <translation>{source} è stato scritto da una versione più recente della stazione (schema di configurazione {version}; questa stazione capisce fino al {known}). Non è stato modificato.</translation>
    </message>
    <message>
        <source>Upgrade the station software on this PC.</source>
        <translation>Aggiorna il software della stazione su questo PC.</translation>
    </message>
    <message>
        <source>Cannot back up {path} before migrating it ({reason}); it was not changed.</source>
        <translation>Impossibile fare una copia di {path} prima di migrarlo ({reason}); non è stato modificato.</translation>
    </message>
    <message>
        <source>Make the configuration folder writable, then start the station again.</source>
        <translation>Rendi scrivibile la cartella di configurazione, poi riavvia la stazione.</translation>
    </message>
    <message>
        <source>There is no fixture {name} in the configuration.</source>
        <translation>Nella configurazione non c&apos;è l&apos;attrezzatura {name}.</translation>
    </message>
    <message>
        <source>There is no target {name} in the configuration.</source>
        <translation>Nella configurazione non c&apos;è la destinazione {name}.</translation>
    </message>
    <message>
        <source>There is no target {name} in the configuration; nothing was stored.</source>
        <translation>Nella configurazione non c&apos;è la destinazione {name}; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Use one of: {targets}, or create the target first (Roles → Targets and keys…).</source>
        <translation>Usa una di queste: {targets}, oppure crea prima la destinazione (Ruoli → Destinazioni e chiavi…).</translation>
    </message>
    <message>
        <source>Target {target} gets its tokens from a command but names none.</source>
        <translation>La destinazione {target} ottiene i token da un comando ma non ne indica nessuno.</translation>
    </message>
    <message>
        <source>A supervisor sets the target&apos;s token command.</source>
        <translation>Un supervisore imposta il comando del token della destinazione.</translation>
    </message>
    <message>
        <source>Cannot save the configuration to {path} ({reason}); the previous file is unchanged.</source>
        <translation>Impossibile salvare la configurazione in {path} ({reason}); il file precedente è invariato.</translation>
    </message>
    <message>
        <source>Check that the configuration folder is writable and the disk has space.</source>
        <translation>Controlla che la cartella di configurazione sia scrivibile e che il disco abbia spazio.</translation>
    </message>
    <message>
        <source>{source} is not valid TOML: {detail}.</source>
        <translation>{source} non è TOML valido: {detail}.</translation>
    </message>
    <message>
        <source>Fix the syntax at the line and column shown in {source}.</source>
        <translation>Correggi la sintassi alla riga e colonna indicate in {source}.</translation>
    </message>
    <message>
        <source>{source} nests arrays or tables more than {depth} deep; no station setting is shaped like that.</source>
        <translation>{source} annida array o tabelle a più di {depth} livelli; nessuna impostazione della stazione ha questa forma.</translation>
    </message>
    <message>
        <source>Fix {source}: docs/configuration.md shows every setting and its form.</source>
        <translation>Correggi {source}: docs/configuration.md mostra ogni impostazione e la sua forma.</translation>
    </message>
    <message>
        <source>Fixture {fixture} names target {target}, which is not configured.</source>
        <translation>L&apos;attrezzatura {fixture} indica la destinazione {target}, che non è configurata.</translation>
    </message>
    <message>
        <source>A supervisor sets the fixture&apos;s active target to one of: {targets}.</source>
        <translation>Un supervisore imposta la destinazione attiva dell&apos;attrezzatura su una di: {targets}.</translation>
    </message>
    <message>
        <source>The configuration {path} cannot be read ({reason}).</source>
        <translation>La configurazione {path} non può essere letta ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions and that it is UTF-8 text.</source>
        <translation>Controlla i permessi del file e che sia testo UTF-8.</translation>
    </message>
    <message>
        <source>Use one of: {names}.</source>
        <translation>Usa uno di questi: {names}.</translation>
    </message>
    <message>
        <source>{source}: `schema_version` = {version} is not a version number (1, 2, ...).</source>
        <translation>{source}: `schema_version` = {version} non è un numero di versione (1, 2, ...).</translation>
    </message>
    <message>
        <source>Correct `schema_version` in {source}.</source>
        <translation>Correggi `schema_version` in {source}.</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has no [fixture] table.</source>
        <translation>{source}: la configurazione versione 1 non ha la tabella [fixture].</translation>
    </message>
    <message>
        <source>Add the fixture to {source} or write a new configuration.</source>
        <translation>Aggiungi l&apos;attrezzatura a {source} o scrivi una nuova configurazione.</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has no [[target]] tables.</source>
        <translation>{source}: la configurazione versione 1 non ha tabelle [[target]].</translation>
    </message>
    <message>
        <source>Add a target to {source} or write a new configuration.</source>
        <translation>Aggiungi una destinazione a {source} o scrivi una nuova configurazione.</translation>
    </message>
    <message>
        <source>{source}: `schema_version` is missing; the station cannot tell which layout the file uses.</source>
        <translation>{source}: manca `schema_version`; la stazione non può capire quale struttura usa il file.</translation>
    </message>
    <message>
        <source>Add `schema_version = 2` at the top of {source} if it follows the current layout.</source>
        <translation>Aggiungi `schema_version = 2` in cima a {source} se segue la struttura attuale.</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has unknown key `{key}`; it cannot be migrated. Allowed there: {allowed}.</source>
        <translation>{source}: la configurazione versione 1 ha la chiave sconosciuta `{key}`; non può essere migrata. Ammesse lì: {allowed}.</translation>
    </message>
    <message>
        <source>Remove or correct `{key}` in {source}, then start the station again.</source>
        <translation>Rimuovi o correggi `{key}` in {source}, poi riavvia la stazione.</translation>
    </message>
    <message>
        <source>{source}: `target[{n}]` has no name.</source>
        <translation>{source}: `target[{n}]` non ha nome.</translation>
    </message>
    <message>
        <source>Name every [[target]] in {source}.</source>
        <translation>Dai un nome a ogni [[target]] in {source}.</translation>
    </message>
    <message>
        <source>Check the printer and its CUPS queue (lpstat -p {queue}), then reprint the label.</source>
        <translation>Controlla la stampante e la sua coda CUPS (lpstat -p {queue}), poi ristampa l&apos;etichetta.</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not print job {job} within {seconds} s, so it was cancelled and cannot print late ({state}).</source>
        <translation>La coda CUPS {queue} della stampante di etichette non ha stampato il lavoro {job} entro {seconds} s, quindi è stato annullato e non può stampare in ritardo ({state}).</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not answer {command} within {seconds} s.</source>
        <translation>La coda CUPS {queue} della stampante di etichette non ha risposto a {command} entro {seconds} s.</translation>
    </message>
    <message>
        <source>no state reported</source>
        <translation>nessuno stato riportato</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} does not accept jobs.</source>
        <translation>La coda CUPS {queue} della stampante di etichette non accetta lavori.</translation>
    </message>
    <message>
        <source>The label goes to CUPS queue {queue}, but the CUPS command {command} is not installed.</source>
        <translation>L&apos;etichetta va alla coda CUPS {queue}, ma il comando CUPS {command} non è installato.</translation>
    </message>
    <message>
        <source>Install the CUPS client tools (Debian: cups-client), or set [line] printer to print straight to the printer.</source>
        <translation>Installa gli strumenti client di CUPS (Debian: cups-client), oppure imposta [line] printer per stampare direttamente sulla stampante.</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not take the label (lp said: {said}).</source>
        <translation>La coda CUPS {queue} della stampante di etichette non ha accettato l&apos;etichetta (lp ha detto: {said}).</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} refused {command}: {said}.</source>
        <translation>La coda CUPS {queue} della stampante di etichette ha rifiutato {command}: {said}.</translation>
    </message>
    <message>
        <source>Start it again ({command} {queue}, as the CUPS administrator), then reprint the label.</source>
        <translation>Riavviala ({command} {queue}, come amministratore CUPS), poi ristampa l&apos;etichetta.</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} is stopped ({state}).</source>
        <translation>La coda CUPS {queue} della stampante di etichette è ferma ({state}).</translation>
    </message>
    <message>
        <source>The barcode scanner on {port} is back.</source>
        <translation>Lo scanner di codici a barre su {port} è di nuovo disponibile.</translation>
    </message>
    <message>
        <source>The barcode scanner on {port} cannot be read ({reason}).</source>
        <translation>Lo scanner di codici a barre su {port} non può essere letto ({reason}).</translation>
    </message>
    <message>
        <source>Check the scanner&apos;s USB cable and that no other program holds its port, or fix [line] scanner_port; until then use a keyboard scanner or pick slots by hand.</source>
        <translation>Controlla il cavo USB dello scanner e che nessun altro programma ne occupi la porta, oppure correggi [line] scanner_port; nel frattempo usa uno scanner a tastiera o scegli gli slot a mano.</translation>
    </message>
    <message>
        <source>{source}: slot {slot} must be a number mapped to a USB path string.</source>
        <translation>{source}: lo slot {slot} deve essere un numero associato a una stringa di percorso USB.</translation>
    </message>
    <message>
        <source>write &quot;1&quot;: &quot;pci-0000:00:14.0-usb-0:1.2:1.0&quot;</source>
        <translation>scrivi &quot;1&quot;: &quot;pci-0000:00:14.0-usb-0:1.2:1.0&quot;</translation>
    </message>
    <message>
        <source>Fixture name {name} cannot be used in a device path.</source>
        <translation>Il nome dell&apos;attrezzatura {name} non può essere usato in un percorso di dispositivo.</translation>
    </message>
    <message>
        <source>use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>usa da 1 a 64 lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, iniziando con una lettera o una cifra</translation>
    </message>
    <message>
        <source>{source} has no &quot;slots&quot;.</source>
        <translation>{source} non ha &quot;slots&quot;.</translation>
    </message>
    <message>
        <source>record at least one slot</source>
        <translation>registra almeno uno slot</translation>
    </message>
    <message>
        <source>Slot {slot} is bound to {binding}, which names no udev USB path.</source>
        <translation>Lo slot {slot} è associato a {binding}, che non indica alcun percorso USB udev.</translation>
    </message>
    <message>
        <source>bind it to /dev/serial/by-path/... or usb:location=&lt;ID_PATH&gt;, or record the slots with `station fixture learn`</source>
        <translation>associalo a /dev/serial/by-path/... o a usb:location=&lt;ID_PATH&gt;, oppure registra gli slot con `station fixture learn`</translation>
    </message>
    <message>
        <source>Slot {slot}&apos;s USB path {key} is not a udev ID_PATH of a USB interface (like pci-0000:00:14.0-usb-0:1.2:1.0, optionally ending in -portN).</source>
        <translation>Il percorso USB {key} dello slot {slot} non è un ID_PATH udev di un&apos;interfaccia USB (come pci-0000:00:14.0-usb-0:1.2:1.0, eventualmente terminante con -portN).</translation>
    </message>
    <message>
        <source>record the slot map with `station fixture learn`, or copy the name from /dev/serial/by-path</source>
        <translation>registra la mappa degli slot con `station fixture learn`, o copia il nome da /dev/serial/by-path</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {detail} at line {line}.</source>
        <translation>{source} non è JSON valido: {detail} alla riga {line}.</translation>
    </message>
    <message>
        <source>fix the file or record it again with `station fixture learn`</source>
        <translation>correggi il file o registralo di nuovo con `station fixture learn`</translation>
    </message>
    <message>
        <source>Slots {first} and {slot} have the same USB path {key}: udev could not tell them apart.</source>
        <translation>Gli slot {first} e {slot} hanno lo stesso percorso USB {key}: udev non potrebbe distinguerli.</translation>
    </message>
    <message>
        <source>plug each slot&apos;s adapter into its own USB port; for a multi-port chip whose ports share one USB interface, give each slot its own adapter</source>
        <translation>collega l&apos;adattatore di ogni slot a una porta USB propria; per un chip multiporta le cui porte condividono un&apos;interfaccia USB, dai a ogni slot un adattatore proprio</translation>
    </message>
    <message>
        <source>{source} needs a &quot;fixture&quot; name and a &quot;slots&quot; object.</source>
        <translation>{source} richiede un nome &quot;fixture&quot; e un oggetto &quot;slots&quot;.</translation>
    </message>
    <message>
        <source>write {{&quot;fixture&quot;: &quot;line3&quot;, &quot;slots&quot;: {{&quot;1&quot;: &quot;pci-...-usb-0:1.2:1.0&quot;}}}}</source>
        <translation>scrivi {{&quot;fixture&quot;: &quot;line3&quot;, &quot;slots&quot;: {{&quot;1&quot;: &quot;pci-...-usb-0:1.2:1.0&quot;}}}}</translation>
    </message>
    <message>
        <source>Slot number {slot} is not positive.</source>
        <translation>Il numero di slot {slot} non è positivo.</translation>
    </message>
    <message>
        <source>number slots from 1</source>
        <translation>numera gli slot a partire da 1</translation>
    </message>
    <message>
        <source>slot map</source>
        <translation>La mappa degli slot</translation>
    </message>
    <message>
        <source>Cannot read slot map {path}: {reason}.</source>
        <translation>Impossibile leggere la mappa degli slot {path}: {reason}.</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>controlla il percorso</translation>
    </message>
    <message>
        <source>The fail sound cannot play: pacat exited with {status}.</source>
        <translation>Il suono di errore non può essere riprodotto: pacat è uscito con {status}.</translation>
    </message>
    <message>
        <source>The fail sound cannot play: {detail}.</source>
        <translation>Il suono di errore non può essere riprodotto: {detail}.</translation>
    </message>
    <message>
        <source>Check that the desktop session&apos;s sound server runs and a speaker is connected; the tile still shows FAIL.</source>
        <translation>Controlla che il server audio della sessione desktop sia in esecuzione e che un altoparlante sia collegato; il riquadro mostra comunque ERRORE.</translation>
    </message>
    <message>
        <source>The fail sound cannot play: pacat (pulseaudio-utils) is not installed.</source>
        <translation>Il suono di errore non può essere riprodotto: pacat (pulseaudio-utils) non è installato.</translation>
    </message>
    <message>
        <source>Ask the administrator to install pulseaudio-utils; the tile still shows FAIL.</source>
        <translation>Chiedi all&apos;amministratore di installare pulseaudio-utils; il riquadro mostra comunque ERRORE.</translation>
    </message>
    <message>
        <source>The fail sound did not finish playing within {seconds} s.</source>
        <translation>Il suono di errore non ha finito di suonare entro {seconds} s.</translation>
    </message>
    <message>
        <source>Check the PC&apos;s sound settings; the tile still shows FAIL.</source>
        <translation>Controlla le impostazioni audio del PC; il riquadro mostra comunque ERRORE.</translation>
    </message>
    <message>
        <source>The tower light is back.</source>
        <translation>La torretta è di nuovo disponibile.</translation>
    </message>
    <message>
        <source>blue blink</source>
        <translation>blu lampeggiante</translation>
    </message>
    <message>
        <source>blue steady</source>
        <translation>blu fisso</translation>
    </message>
    <message>
        <source>buzzer blink</source>
        <translation>cicalino a impulsi</translation>
    </message>
    <message>
        <source>buzzer steady</source>
        <translation>cicalino fisso</translation>
    </message>
    <message>
        <source>green blink</source>
        <translation>verde lampeggiante</translation>
    </message>
    <message>
        <source>green steady</source>
        <translation>verde fisso</translation>
    </message>
    <message>
        <source>{where} refused the command (NAK).</source>
        <translation>{where} ha rifiutato il comando (NAK).</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s network cable and address in the configuration; provisioning goes on without it.</source>
        <translation>Controlla il cavo di rete della torretta e il suo indirizzo nella configurazione; il provisioning prosegue senza di essa.</translation>
    </message>
    <message>
        <source>The network tower light at {host}:{port}</source>
        <translation>La torretta di rete a {host}:{port}</translation>
    </message>
    <message>
        <source>{where} gave no ACK.</source>
        <translation>{where} non ha dato ACK.</translation>
    </message>
    <message>
        <source>The Patlite tower at {path}</source>
        <translation>La torretta Patlite su {path}</translation>
    </message>
    <message>
        <source>Set the tower&apos;s control mode to PNS command control in its web set-up; provisioning goes on without it.</source>
        <translation>Imposta la modalità di controllo della torretta su PNS command control nella sua configurazione web; il provisioning prosegue senza di essa.</translation>
    </message>
    <message>
        <source>red blink</source>
        <translation>rosso lampeggiante</translation>
    </message>
    <message>
        <source>red steady</source>
        <translation>rosso fisso</translation>
    </message>
    <message>
        <source>The tower light on {port} cannot be reached ({kind}).</source>
        <translation>La torretta su {port} non è raggiungibile ({kind}).</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s USB cable and that no other program holds its port; provisioning goes on without it.</source>
        <translation>Controlla il cavo USB della torretta e che nessun altro programma ne occupi la porta; il provisioning prosegue senza di essa.</translation>
    </message>
    <message>
        <source>The Patlite tower at {path} took {written} of {size} bytes.</source>
        <translation>La torretta Patlite su {path} ha accettato {written} di {size} byte.</translation>
    </message>
    <message>
        <source>{where} cannot be reached ({reason}).</source>
        <translation>{where} non è raggiungibile ({reason}).</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s USB cable and the station&apos;s udev rules for it; provisioning goes on without it.</source>
        <translation>Controlla il cavo USB della torretta e le regole udev della stazione per essa; il provisioning prosegue senza di essa.</translation>
    </message>
    <message>
        <source>yellow blink</source>
        <translation>giallo lampeggiante</translation>
    </message>
    <message>
        <source>yellow steady</source>
        <translation>giallo fisso</translation>
    </message>
    <message>
        <source>The OS keyring failed to give the Wi-Fi password ({kind}).</source>
        <translation>Il portachiavi del sistema non è riuscito a dare la password Wi-Fi ({kind}).</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service (gnome-keyring), then start the slot again.</source>
        <translation>Avvia e sblocca un Secret Service (gnome-keyring), poi riavvia lo slot.</translation>
    </message>
    <message>
        <source>The OS keyring did not answer when asked for the Wi-Fi password.</source>
        <translation>Il portachiavi del sistema non ha risposto alla richiesta della password Wi-Fi.</translation>
    </message>
    <message>
        <source>Unlock the keyring on this PC&apos;s desktop, then start the slot again.</source>
        <translation>Sblocca il portachiavi sul desktop di questo PC, poi riavvia lo slot.</translation>
    </message>
    <message>
        <source>The OS keyring holds no Wi-Fi password for SSID {ssid}.</source>
        <translation>Il portachiavi del sistema non contiene una password Wi-Fi per l&apos;SSID {ssid}.</translation>
    </message>
    <message>
        <source>Ask the supervisor to store it: {command}.</source>
        <translation>Chiedi al supervisore di memorizzarla: {command}.</translation>
    </message>
    <message>
        <source>The OS keyring backend ({module}) would not keep the Wi-Fi password safe.</source>
        <translation>Il backend del portachiavi del sistema ({module}) non terrebbe al sicuro la password Wi-Fi.</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service (gnome-keyring) in this desktop session.</source>
        <translation>Avvia e sblocca un Secret Service (gnome-keyring) in questa sessione del desktop.</translation>
    </message>
    <message>
        <source>device ID</source>
        <translation>ID dispositivo</translation>
    </message>
    <message>
        <source>hardware ID</source>
        <translation>ID hardware</translation>
    </message>
    <message>
        <source>hardware serial</source>
        <translation>seriale hardware</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>{path} on the device in {place} is not valid JSON ({problem}). The station does not overwrite a file it cannot read: it may hold a working secret or settings someone needs.</source>
        <translation>{path} sul dispositivo ({place}) non è JSON valido ({problem}). La stazione non sovrascrive un file che non sa leggere: potrebbe contenere un segreto valido o impostazioni necessarie.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for the supervisor, who has the file checked and removed, or sets malformed_config = &quot;rewrite&quot; in {table} to let the station register the device again and overwrite such files.</source>
        <translation>Metti da parte il dispositivo ({place}) per il supervisore, che fa controllare e rimuovere il file, oppure imposta malformed_config = &quot;rewrite&quot; in {table} per far registrare di nuovo il dispositivo alla stazione e sovrascrivere tali file.</translation>
    </message>
    <message>
        <source>The configuration file for the device in {place} would be {size} bytes; the astarte_app sample reads at most {most}.</source>
        <translation>Il file di configurazione per il dispositivo ({place}) sarebbe di {size} byte; l&apos;esempio astarte_app ne legge al massimo {most}.</translation>
    </message>
    <message>
        <source>Shorten extra_fields in {table}.</source>
        <translation>Accorcia extra_fields in {table}.</translation>
    </message>
    <message>
        <source>the hash of {path}</source>
        <translation>l&apos;hash di {path}</translation>
    </message>
    <message>
        <source>reading {path}</source>
        <translation>la lettura di {path}</translation>
    </message>
    <message>
        <source>the upload of {path}</source>
        <translation>il caricamento di {path}</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check (docs/zephyr.md).</source>
        <translation>Metti da parte il dispositivo ({place}) per un controllo del firmware (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>The device in {place} was busy with another file operation and refused {doing}.</source>
        <translation>Il dispositivo ({place}) era occupato con un&apos;altra operazione sui file e ha rifiutato {doing}.</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it stays busy, power-cycle it and try once more.</source>
        <translation>Ripeti il provisioning del dispositivo ({place}); se resta occupato, spegnilo e riaccendilo e riprova una volta.</translation>
    </message>
    <message>
        <source>The device in {place} could not write {path}: its file system is full (or its flash failed).</source>
        <translation>Il dispositivo ({place}) non ha potuto scrivere {path}: il suo file system è pieno (o la sua flash è guasta).</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must leave room on the {mount} partition (at least two free 4 KiB blocks) or erase the files filling it; the station provisions it again afterwards.</source>
        <translation>Metti da parte il dispositivo ({place}). Il team firmware deve lasciare spazio sulla partizione {mount} (almeno due blocchi liberi da 4 KiB) o cancellare i file che la riempiono; poi la stazione ripete il provisioning.</translation>
    </message>
    <message>
        <source>The file system at {mount} on the device in {place} is read-only.</source>
        <translation>Il file system in {mount} sul dispositivo ({place}) è in sola lettura.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside: its firmware must mount the partition read-write.</source>
        <translation>Metti da parte il dispositivo ({place}): il suo firmware deve montare la partizione in lettura e scrittura.</translation>
    </message>
    <message>
        <source>The device in {place} refused {doing}: fs_mgmt error {name}.</source>
        <translation>Il dispositivo ({place}) ha rifiutato {doing}: errore fs_mgmt {name}.</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it repeats, set it aside for a firmware check.</source>
        <translation>Ripeti il provisioning del dispositivo ({place}); se si ripete, mettilo da parte per un controllo del firmware.</translation>
    </message>
    <message>
        <source>The device in {place} refused {what}: group {group} rc {rc}</source>
        <translation>Il dispositivo ({place}) ha rifiutato {what}: gruppo {group} rc {rc}</translation>
    </message>
    <message>
        <source>The device in {place} holds a {path} whose {kind} is not that of the {sent} bytes sent ({hashed} bytes hashed): it did not store what the station wrote.</source>
        <translation>Il dispositivo ({place}) contiene un {path} il cui {kind} non è quello dei {sent} byte inviati ({hashed} byte sottoposti a hash): non ha memorizzato ciò che la stazione ha scritto.</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it repeats, set it aside for a flash check.</source>
        <translation>Ripeti il provisioning del dispositivo ({place}); se si ripete, mettilo da parte per un controllo della flash.</translation>
    </message>
    <message>
        <source>The device in {place} reported hardware ID {before} and now {after} in the same session; the station cannot tell which unit it is.</source>
        <translation>Il dispositivo ({place}) ha riportato l&apos;ID hardware {before} e ora {after} nella stessa sessione; la stazione non può capire quale unità sia.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check: &apos;hwinfo devid&apos; must print the same ID every time.</source>
        <translation>Metti da parte il dispositivo ({place}) per un controllo del firmware: &apos;hwinfo devid&apos; deve stampare ogni volta lo stesso ID.</translation>
    </message>
    <message>
        <source>&apos;hwinfo devid&apos; on the device in {place} printed {shown} (status {ret}), not the &apos;Length: N&apos; and &apos;ID: 0x...&apos; lines the station reads the hardware ID from.</source>
        <translation>&apos;hwinfo devid&apos; sul dispositivo ({place}) ha stampato {shown} (stato {ret}), non le righe &apos;Length: N&apos; e &apos;ID: 0x...&apos; da cui la stazione legge l&apos;ID hardware.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check: its hwinfo driver must give the chip&apos;s unique ID (docs/zephyr.md).</source>
        <translation>Metti da parte il dispositivo ({place}) per un controllo del firmware: il suo driver hwinfo deve fornire l&apos;ID univoco del chip (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>The firmware of the device in {place} has no MCUmgr {group} group, which the station needs to provision a stock Zephyr device.</source>
        <translation>Il firmware del dispositivo ({place}) non ha il gruppo MCUmgr {group}, che serve alla stazione per il provisioning di un dispositivo Zephyr standard.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must build it with {kconfig} (docs/zephyr.md lists every option).</source>
        <translation>Metti da parte il dispositivo ({place}). Il team firmware deve compilarlo con {kconfig} (docs/zephyr.md elenca ogni opzione).</translation>
    </message>
    <message>
        <source>The shell of the device in {place} has no &apos;hwinfo&apos; command, so the station cannot read its hardware ID.</source>
        <translation>La shell del dispositivo ({place}) non ha il comando &apos;hwinfo&apos;, quindi la stazione non può leggerne l&apos;ID hardware.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must build it with {kconfig}, or the supervisor sets identity = &quot;label_scan&quot; in {table} so each unit is identified by the serial scanned from its label (docs/zephyr.md).</source>
        <translation>Metti da parte il dispositivo ({place}). Il team firmware deve compilarlo con {kconfig}, oppure il supervisore imposta identity = &quot;label_scan&quot; in {table} così ogni unità è identificata dal seriale scansionato dalla sua etichetta (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>{table} identity = &quot;label_scan&quot;, but nothing can hand the station a scanned label for {place} here.</source>
        <translation>{table} identity = &quot;label_scan&quot;, ma qui nulla può passare alla stazione un&apos;etichetta scansionata per {place}.</translation>
    </message>
    <message>
        <source>Provision through the operator screen or `station provision --serial`, or set identity = &quot;hwinfo&quot;.</source>
        <translation>Esegui il provisioning dalla schermata operatore o con `station provision --serial`, oppure imposta identity = &quot;hwinfo&quot;.</translation>
    </message>
    <message>
        <source>{path} on the device in {place} holds no credentialSecret ({state}).</source>
        <translation>{path} sul dispositivo ({place}) non contiene credentialSecret ({state}).</translation>
    </message>
    <message>
        <source>Provision the device in {place} again.</source>
        <translation>Ripeti il provisioning del dispositivo ({place}).</translation>
    </message>
    <message>
        <source>No answer to the reset of the device in {place} ({cause})</source>
        <translation>Nessuna risposta al riavvio del dispositivo ({place}) ({cause})</translation>
    </message>
    <message>
        <source>The file system at {mount} on the device in {place} is not mounted, so the station cannot read or write {path}.</source>
        <translation>Il file system in {mount} sul dispositivo ({place}) non è montato, quindi la stazione non può leggere né scrivere {path}.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. Its firmware must mount {mount} at boot (a zephyr,fstab littlefs entry with automount) and keep it mounted: the astarte_app sample unmounts it after reading the file (docs/zephyr.md).</source>
        <translation>Metti da parte il dispositivo ({place}). Il suo firmware deve montare {mount} all&apos;avvio (una voce zephyr,fstab littlefs con automount) e tenerlo montato: l&apos;esempio astarte_app lo smonta dopo aver letto il file (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>No answer to a chunk of the configuration upload from the device in {place}, so it is unknown how much of the file it stored ({cause})</source>
        <translation>Nessuna risposta dal dispositivo ({place}) a una parte del caricamento della configurazione, quindi non si sa quanto del file abbia memorizzato ({cause})</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device in {place} if needed and let the station re-read the file.</source>
        <translation>Non ripartire alla cieca: se serve reinserisci il dispositivo ({place}) e lascia che la stazione rilegga il file.</translation>
    </message>
    <message>
        <source>Reseat the device and check that it is powered; if it keeps happening, power-cycle it.</source>
        <translation>Reinserisci il dispositivo e verifica la corrente; se si ripete, riavvialo.</translation>
    </message>
    <message>
        <source>The device could not program its storage.</source>
        <translation>Il dispositivo non è riuscito a programmare la sua memoria.</translation>
    </message>
    <message>
        <source>Reseat the device and try once more; if it fails again the unit goes to rework.</source>
        <translation>Reinserisci il dispositivo e riprova una volta; se fallisce ancora l&apos;unità va in rilavorazione.</translation>
    </message>
    <message>
        <source>The device is busy with another operation.</source>
        <translation>Il dispositivo è occupato con un&apos;altra operazione.</translation>
    </message>
    <message>
        <source>incomplete frame abandoned</source>
        <translation>frame incompleto scartato</translation>
    </message>
    <message>
        <source>bad CRC</source>
        <translation>CRC errato</translation>
    </message>
    <message>
        <source>frame line interrupted by a new start marker</source>
        <translation>riga del frame interrotta da un nuovo marcatore di inizio</translation>
    </message>
    <message>
        <source>frame length field {total} is too small</source>
        <translation>campo lunghezza del frame {total} troppo piccolo</translation>
    </message>
    <message>
        <source>frame line longer than {limit} bytes</source>
        <translation>riga del frame più lunga di {limit} byte</translation>
    </message>
    <message>
        <source>frame line is not valid base64</source>
        <translation>riga del frame non è base64 valido</translation>
    </message>
    <message>
        <source>continuation line without a start line</source>
        <translation>riga di continuazione senza riga iniziale</translation>
    </message>
    <message>
        <source>a new frame started before the previous one was complete</source>
        <translation>un nuovo frame è iniziato prima che il precedente fosse completo</translation>
    </message>
    <message>
        <source>frame start line too short to hold a length</source>
        <translation>riga iniziale del frame troppo corta per contenere una lunghezza</translation>
    </message>
    <message>
        <source>frame announces {size} bytes, more than the {limit} allowed</source>
        <translation>il frame annuncia {size} byte, più dei {limit} ammessi</translation>
    </message>
    <message>
        <source>undecodable frame: {detail}</source>
        <translation>frame non decodificabile: {detail}</translation>
    </message>
    <message>
        <source>Another device answered on slot {slot}&apos;s port after a reconnect: its {what} is {found}, the unit identified in the slot has {expected}. Nothing more was sent to it.</source>
        <translation>Dopo una riconnessione ha risposto un altro dispositivo sulla porta dello slot {slot}: il suo {what} è {found}, l&apos;unità identificata nello slot ha {expected}. Non gli è stato inviato altro.</translation>
    </message>
    <message>
        <source>Another device answered on slot {slot}&apos;s port: reseat slot {slot}, then provision the unit again.</source>
        <translation>Un altro dispositivo ha risposto sulla porta dello slot {slot}: reinserisci lo slot {slot}, poi ripeti il provisioning dell&apos;unità.</translation>
    </message>
    <message>
        <source>invalid SMP header: {detail}</source>
        <translation>intestazione SMP non valida: {detail}</translation>
    </message>
    <message>
        <source>malformed err map</source>
        <translation>mappa err malformata</translation>
    </message>
    <message>
        <source>malformed rc</source>
        <translation>rc malformato</translation>
    </message>
    <message>
        <source>the echo came back different</source>
        <translation>l&apos;eco è tornato diverso</translation>
    </message>
    <message>
        <source>{key} missing or not {kind}</source>
        <translation>{key} mancante o non {kind}</translation>
    </message>
    <message>
        <source>negative programming time</source>
        <translation>tempo di programmazione negativo</translation>
    </message>
    <message>
        <source>storage is {state} but no secret digest was reported</source>
        <translation>la memoria è {state} ma non è stato riportato alcun digest del segreto</translation>
    </message>
    <message>
        <source>no secret in the answer</source>
        <translation>nessun segreto nella risposta</translation>
    </message>
    <message>
        <source>buf_size/buf_count missing or invalid</source>
        <translation>buf_size/buf_count mancante o non valido</translation>
    </message>
    <message>
        <source>unknown storage kind or state ({detail})</source>
        <translation>tipo o stato della memoria sconosciuto ({detail})</translation>
    </message>
    <message>
        <source>header announces {announced} body bytes but {arrived} arrived</source>
        <translation>l&apos;intestazione annuncia {announced} byte di corpo ma ne sono arrivati {arrived}</translation>
    </message>
    <message>
        <source>body is not a CBOR map with text keys</source>
        <translation>il corpo non è una mappa CBOR con chiavi di testo</translation>
    </message>
    <message>
        <source>body is not valid CBOR: {detail}</source>
        <translation>il corpo non è CBOR valido: {detail}</translation>
    </message>
    <message>
        <source>Wait a moment and try again; if it persists, power-cycle the device.</source>
        <translation>Attendi un momento e riprova; se persiste, spegni e riaccendi il dispositivo.</translation>
    </message>
    <message>
        <source>Astarte reports this device as already confirmed: its secret has been used.</source>
        <translation>Astarte segnala questo dispositivo come già confermato: il suo segreto è stato usato.</translation>
    </message>
    <message>
        <source>Set the device aside for the supervisor (rework).</source>
        <translation>Metti da parte il dispositivo per il supervisore (rilavorazione).</translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation>Il dispositivo non ha risposto.</translation>
    </message>
    <message>
        <source>The device&apos;s port vanished.</source>
        <translation>La porta del dispositivo è scomparsa.</translation>
    </message>
    <message>
        <source>Reseat the device and its cable, then provision it again.</source>
        <translation>Reinserisci il dispositivo e il cavo, poi ripeti il provisioning.</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Fermato dall&apos;operatore.</translation>
    </message>
    <message>
        <source>Provision the device again when ready.</source>
        <translation>Ripeti il provisioning quando sei pronto.</translation>
    </message>
    <message>
        <source>This device has already passed on this target.</source>
        <translation>Questo dispositivo ha già superato il test per questa destinazione.</translation>
    </message>
    <message>
        <source>Set the device aside and look it up in the journal.</source>
        <translation>Metti da parte il dispositivo e cercalo nel registro.</translation>
    </message>
    <message>
        <source>Another device answered on this slot&apos;s port.</source>
        <translation>Un altro dispositivo ha risposto su questa porta.</translation>
    </message>
    <message>
        <source>Reseat the slot, then provision the unit again.</source>
        <translation>Reinserisci l&apos;unità, poi ripeti il provisioning.</translation>
    </message>
    <message>
        <source>No label was scanned in time.</source>
        <translation>Nessuna etichetta scansionata in tempo.</translation>
    </message>
    <message>
        <source>Scan the unit&apos;s label, then provision it again.</source>
        <translation>Scansiona l&apos;etichetta dell&apos;unità, poi ripeti il provisioning.</translation>
    </message>
    <message>
        <source>Waiting for the unit&apos;s label.</source>
        <translation>In attesa dell&apos;etichetta dell&apos;unità.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot}.</source>
        <translation>Scansiona l&apos;etichetta dell&apos;unità nello slot {slot}.</translation>
    </message>
    <message>
        <source>target editor</source>
        <translation>editor dei target</translation>
    </message>
    <message>
        <source>A target named {name} exists already.</source>
        <translation>Esiste già un target chiamato {name}.</translation>
    </message>
    <message>
        <source>Choose another name, or edit the existing target.</source>
        <translation>Scegli un altro nome, o modifica il target esistente.</translation>
    </message>
    <message>
        <source>Target {name} is the active target of fixture {fixtures}; it was not deleted.</source>
        <translation>Il target {name} è il target attivo dell&apos;attrezzatura {fixtures}; non è stato eliminato.</translation>
    </message>
    <message>
        <source>Choose another active target for that fixture first.</source>
        <translation>Scegli prima un altro target attivo per quell&apos;attrezzatura.</translation>
    </message>
    <message>
        <source>is not a valid fixture name. Allowed: {rule}.</source>
        <translation>non è un nome di attrezzatura valido. Ammessi: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid profile name. Allowed: {rule}.</source>
        <translation>non è un nome di profilo valido. Ammessi: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid Astarte realm name. Allowed: {rule}.</source>
        <translation>non è un nome di realm Astarte valido. Ammessi: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid slot name. Allowed: 1-16 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>non è un nome di slot valido. Ammessi: da 1 a 16 lettere, cifre, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>is not a valid station ID. Allowed: {rule}.</source>
        <translation>non è un ID di stazione valido. Ammessi: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid target name. Allowed: {rule}.</source>
        <translation>non è un nome di target valido. Ammessi: {rule}.</translation>
    </message>
    <message>
        <source>= true needs print_label = true: only a printed label can be scanned back.</source>
        <translation>= true richiede print_label = true: solo un&apos;etichetta stampata può essere riletta.</translation>
    </message>
    <message>
        <source>= {value} holds a control character.</source>
        <translation>= {value} contiene un carattere di controllo.</translation>
    </message>
    <message>
        <source>Edit `{path}` in {source}.</source>
        <translation>Modifica `{path}` in {source}.</translation>
    </message>
    <message>
        <source>must be a partition label of 1 to 15 ASCII characters.</source>
        <translation>deve essere un&apos;etichetta di partizione di 1-15 caratteri ASCII.</translation>
    </message>
    <message>
        <source>is not a UUID.</source>
        <translation>non è un UUID.</translation>
    </message>
    <message>
        <source>Copy CONFIG_ASTARTE_HWID_UUID_NAMESPACE from the firmware&apos;s sdkconfig (form &quot;30349dbb-85b6-489e-a8ed-532e65c55c38&quot;).</source>
        <translation>Copia CONFIG_ASTARTE_HWID_UUID_NAMESPACE dallo sdkconfig del firmware (forma &quot;30349dbb-85b6-489e-a8ed-532e65c55c38&quot;).</translation>
    </message>
    <message>
        <source>is not an Astarte interface name (reverse domain, like org.example.Sensor).</source>
        <translation>non è un nome di interfaccia Astarte (dominio inverso, come org.example.Sensor).</translation>
    </message>
    <message>
        <source>= {value} is not a version. Allowed: [major, minor] with non-negative integers, not both 0.</source>
        <translation>= {value} non è una versione. Ammessi: [major, minor] con interi non negativi, non entrambi 0.</translation>
    </message>
    <message>
        <source>must be a table of interface = [major, minor], not {actual}.</source>
        <translation>deve essere una tabella di interface = [major, minor], non {actual}.</translation>
    </message>
    <message>
        <source>Remove it. The configuration never holds secrets, tokens or keys: realm keys and issued tokens are imported into the OS keyring from the supervisor&apos;s target editor.</source>
        <translation>Rimuovilo. La configurazione non contiene mai segreti, token o chiavi: le chiavi del realm e i token emessi si importano nel portachiavi del sistema operativo dall&apos;editor dei target del supervisore.</translation>
    </message>
    <message>
        <source>= {value} must be {low} to {high} characters long.</source>
        <translation>= {value} deve essere lungo da {low} a {high} caratteri.</translation>
    </message>
    <message>
        <source>is required when device_id_rule = &quot;uuid5&quot;: the namespace UUID of your product line.</source>
        <translation>è obbligatorio quando device_id_rule = &quot;uuid5&quot;: l&apos;UUID dello spazio dei nomi della tua linea di prodotto.</translation>
    </message>
    <message>
        <source>is set, but `line.mes_url` (the MES facade to ask) is not.</source>
        <translation>è impostato, ma `line.mes_url` (la facciata MES da interrogare) no.</translation>
    </message>
    <message>
        <source>Set `mes_url` in the [line] table of {source}, or remove mes_recipe.</source>
        <translation>Imposta `mes_url` nella tabella [line] di {source}, o rimuovi mes_recipe.</translation>
    </message>
    <message>
        <source>takes no options.</source>
        <translation>non accetta opzioni.</translation>
    </message>
    <message>
        <source>Remove the [{table}] table from the configuration.</source>
        <translation>Rimuovi la tabella [{table}] dalla configurazione.</translation>
    </message>
    <message>
        <source>= true needs a label printer, and neither `line.printer` nor `line.printer_queue` is set.</source>
        <translation>= true richiede una stampante di etichette, ma né `line.printer` né `line.printer_queue` è impostato.</translation>
    </message>
    <message>
        <source>Set `printer` in the [line] table of {source} (host or host:port), or `printer_queue` (a CUPS raw queue), or set print_label = false.</source>
        <translation>Imposta `printer` nella tabella [line] di {source} (host o host:porta), o `printer_queue` (una coda raw di CUPS), oppure imposta print_label = false.</translation>
    </message>
    <message>
        <source>= {value} names no target. Allowed: {allowed}.</source>
        <translation>= {value} non indica alcun target. Ammessi: {allowed}.</translation>
    </message>
    <message>
        <source>must hold at least one target table, e.g. [targets.plant-eu].</source>
        <translation>deve contenere almeno una tabella di target, ad es. [targets.plant-eu].</translation>
    </message>
    <message>
        <source>Add a target to {source} or create one in the supervisor&apos;s target editor.</source>
        <translation>Aggiungi un target a {source} o creane uno nell&apos;editor dei target del supervisore.</translation>
    </message>
    <message>
        <source>must hold at least one {table} table.</source>
        <translation>deve contenere almeno una tabella {table}.</translation>
    </message>
    <message>
        <source>= {value} is not an address ({detail}). Allowed: host or host:port, e.g. 192.0.2.10:{port}.</source>
        <translation>= {value} non è un indirizzo ({detail}). Ammessi: host o host:porta, ad es. 192.0.2.10:{port}.</translation>
    </message>
    <message>
        <source>= {value} is not allowed. Allowed: {allowed}.</source>
        <translation>= {value} non è ammesso. Ammessi: {allowed}.</translation>
    </message>
    <message>
        <source>= {value} is not a device path. Allowed: an absolute path such as /dev/serial/by-id/usb-...-if00 or /dev/hidraw0.</source>
        <translation>= {value} non è un percorso di dispositivo. Ammessi: un percorso assoluto come /dev/serial/by-id/usb-...-if00 o /dev/hidraw0.</translation>
    </message>
    <message>
        <source>is not a salted scrypt hash (scrypt$n$r$p$salt$hash). Passwords are never stored as they are.</source>
        <translation>non è un hash scrypt con salt (scrypt$n$r$p$salt$hash). Le password non vengono mai salvate così come sono.</translation>
    </message>
    <message>
        <source>Set the password with `station roles set-password qa|supervisor`, which writes the hash.</source>
        <translation>Imposta la password con `station roles set-password qa|supervisor`, che scrive l&apos;hash.</translation>
    </message>
    <message>
        <source>= {value} is not a CUPS queue name. Allowed: 1 to 127 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; and &apos;-&apos; (no spaces, &apos;/&apos; or &apos;#&apos;).</source>
        <translation>= {value} non è un nome di coda CUPS. Ammessi: da 1 a 127 lettere, cifre, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; e &apos;-&apos; (niente spazi, &apos;/&apos; o &apos;#&apos;).</translation>
    </message>
    <message>
        <source>= {value} is not a serial port&apos;s path. Allowed: an absolute path such as /dev/serial/by-id/usb-...-if00 or /dev/ttyACM0.</source>
        <translation>= {value} non è il percorso di una porta seriale. Ammessi: un percorso assoluto come /dev/serial/by-id/usb-...-if00 o /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(non mostrato)</translation>
    </message>
    <message>
        <source>must be a table, not {actual}.</source>
        <translation>deve essere una tabella, non {actual}.</translation>
    </message>
    <message>
        <source>= {value} is not a UUID (like 6ba7b810-9dad-11d1-80b4-00c04fd430c8).</source>
        <translation>= {value} non è un UUID (come 6ba7b810-9dad-11d1-80b4-00c04fd430c8).</translation>
    </message>
    <message>
        <source>= {value} is out of range. Allowed: {low} to {high}.</source>
        <translation>= {value} è fuori intervallo. Ammessi: da {low} a {high}.</translation>
    </message>
    <message>
        <source>= {value} holds a control character (a line break, a NUL, ...).</source>
        <translation>= {value} contiene un carattere di controllo (un a capo, un NUL, ...).</translation>
    </message>
    <message>
        <source>is empty; it must name a file.</source>
        <translation>è vuoto; deve indicare un file.</translation>
    </message>
    <message>
        <source>= {value} is longer than a path can be ({chars} characters, {bytes} bytes per name).</source>
        <translation>= {value} è più lungo di quanto possa essere un percorso ({chars} caratteri, {bytes} byte per nome).</translation>
    </message>
    <message>
        <source>= {value} is not a key a foot pedal can be set to send here. Allowed: F1 to F24, Pause, ScrollLock, Insert, Home, End, PageUp, PageDown, or empty (off).</source>
        <translation>= {value} non è un tasto che un pedale può inviare qui. Ammessi: da F1 a F24, Pause, ScrollLock, Insert, Home, End, PageUp, PageDown, o vuoto (spento).</translation>
    </message>
    <message>
        <source>Set the pedal to one of those keys (its own software does that) and name the same key in `{path}` in {source}.</source>
        <translation>Imposta il pedale su uno di quei tasti (lo fa il suo software) e indica lo stesso tasto in `{path}` in {source}.</translation>
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
        <translation>deve essere una tabella di tabelle [profiles.KIND], non {actual}.</translation>
    </message>
    <message>
        <source>= {value} is not a valid regular expression ({detail}). It is matched against the whole hardware serial, e.g. &quot;{example}&quot;.</source>
        <translation>= {value} non è un&apos;espressione regolare valida ({detail}). Viene confrontata con l&apos;intero seriale hardware, ad es. &quot;{example}&quot;.</translation>
    </message>
    <message>
        <source>= {value} nests too deeply to be a usable regular expression.</source>
        <translation>= {value} è annidata troppo in profondità per essere un&apos;espressione regolare utilizzabile.</translation>
    </message>
    <message>
        <source>= {value} repeats the {what} of `{other}`; each must differ.</source>
        <translation>= {value} ripete {what} di `{other}`; ognuno deve essere diverso.</translation>
    </message>
    <message>
        <source>is required ({kind}).</source>
        <translation>è obbligatorio ({kind}).</translation>
    </message>
    <message>
        <source>1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>da 1 a 64 lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, che inizino con una lettera o una cifra</translation>
    </message>
    <message>
        <source>1-48 lower-case letters and digits, starting with a letter ({pattern})</source>
        <translation>da 1 a 48 lettere minuscole e cifre, che inizino con una lettera ({pattern})</translation>
    </message>
    <message>
        <source>= {value} is not the current schema ({current}).</source>
        <translation>= {value} non è lo schema attuale ({current}).</translation>
    </message>
    <message>
        <source>Load the file with `load_config`, which migrates older versions.</source>
        <translation>Carica il file con `load_config`, che migra le versioni precedenti.</translation>
    </message>
    <message>
        <source>looks like it would hold a secret, token or key.</source>
        <translation>sembra destinato a contenere un segreto, un token o una chiave.</translation>
    </message>
    <message>
        <source>holds text shaped like a secret, token or key (not shown).</source>
        <translation>contiene testo con la forma di un segreto, un token o una chiave (non mostrato).</translation>
    </message>
    <message>
        <source>= {value} holds a space or a control character.</source>
        <translation>= {value} contiene uno spazio o un carattere di controllo.</translation>
    </message>
    <message>
        <source>must name at least one storage kind. Allowed: {allowed}.</source>
        <translation>deve indicare almeno un tipo di memoria. Ammessi: {allowed}.</translation>
    </message>
    <message>
        <source>= {value} is not a storage kind. Allowed: {allowed}.</source>
        <translation>= {value} non è un tipo di memoria. Ammessi: {allowed}.</translation>
    </message>
    <message>
        <source>is required when token_source = &quot;command&quot;: the program and its arguments, e.g. [&quot;/usr/local/bin/issue-token&quot;, &quot;--realm&quot;, &quot;plant1&quot;].</source>
        <translation>è obbligatorio quando token_source = &quot;command&quot;: il programma e i suoi argomenti, ad es. [&quot;/usr/local/bin/issue-token&quot;, &quot;--realm&quot;, &quot;plant1&quot;].</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings.</source>
        <translation>deve essere un array di stringhe non vuote.</translation>
    </message>
    <message>
        <source>is only used with token_source = &quot;command&quot; (this target uses {used}).</source>
        <translation>si usa solo con token_source = &quot;command&quot; (questo target usa {used}).</translation>
    </message>
    <message>
        <source>is required when tower = &quot;{kind}&quot;, e.g. &quot;{example}&quot;.</source>
        <translation>è obbligatorio quando tower = &quot;{kind}&quot;, ad es. &quot;{example}&quot;.</translation>
    </message>
    <message>
        <source>is not used with tower = &quot;{kind}&quot;.</source>
        <translation>non si usa con tower = &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>Remove `{path}`, or set tower to the driver that uses it.</source>
        <translation>Rimuovi `{path}`, o imposta tower sul driver che lo usa.</translation>
    </message>
    <message>
        <source>is set, and so is `line.printer`: labels go to one printer.</source>
        <translation>è impostato, e anche `line.printer`: le etichette vanno a una sola stampante.</translation>
    </message>
    <message>
        <source>In the [line] table of {source}, keep `printer` (straight to the printer) or `printer_queue` (through CUPS), not both.</source>
        <translation>Nella tabella [line] di {source} tieni `printer` (diretto alla stampante) o `printer_queue` (tramite CUPS), non entrambi.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabella</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un intero</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>is not a known setting. Allowed here: {allowed}.</source>
        <translation>non è un&apos;impostazione nota. Ammesse qui: {allowed}.</translation>
    </message>
    <message>
        <source>Remove or correct `{path}` in {source} (check the spelling).</source>
        <translation>Rimuovi o correggi `{path}` in {source} (controlla l&apos;ortografia).</translation>
    </message>
    <message>
        <source>= {value} must not carry a query, fragment or user name.</source>
        <translation>= {value} non deve contenere query, frammento o nome utente.</translation>
    </message>
    <message>
        <source>= {value} names a host longer than {limit} characters, which no DNS name or address is.</source>
        <translation>= {value} indica un host più lungo di {limit} caratteri, che non è né un nome DNS né un indirizzo.</translation>
    </message>
    <message>
        <source>= {value} is not {what} base URL. Allowed: https://host[:port][/path], e.g. {example}.</source>
        <translation>= {value} non è l&apos;URL di base di {what}. Ammessi: https://host[:port][/path], ad es. {example}.</translation>
    </message>
    <message>
        <source>= {value} uses plain http to a remote host; credentials would cross the network unencrypted. Allowed: https (plain http only to 127.0.0.1 or localhost).</source>
        <translation>= {value} usa http semplice verso un host remoto; le credenziali attraverserebbero la rete in chiaro. Ammessi: https (http semplice solo verso 127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>= {value} {problem}</source>
        <translation>= {value} {problem}</translation>
    </message>
    <message>
        <source>fixture name</source>
        <translation>il nome di attrezzatura</translation>
    </message>
    <message>
        <source>an MES facade</source>
        <translation>una facciata MES</translation>
    </message>
    <message>
        <source>a Pairing API</source>
        <translation>un&apos;API Pairing</translation>
    </message>
    <message>
        <source>port</source>
        <translation>la porta</translation>
    </message>
    <message>
        <source>slot name</source>
        <translation>il nome di slot</translation>
    </message>
    <message>
        <source>= {value} must be {kind}, not {actual}.</source>
        <translation>= {value} deve essere {kind}, non {actual}.</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contiene un carattere di controllo</translation>
    </message>
    <message>
        <source>is {value}, not a file under a mount point.</source>
        <translation>è {value}, non un file sotto un punto di mount.</translation>
    </message>
    <message>
        <source>Give the absolute path of the file, e.g. &quot;{example}&quot;.</source>
        <translation>Indica il percorso assoluto del file, ad es. &quot;{example}&quot;.</translation>
    </message>
    <message>
        <source>must be a table of strings.</source>
        <translation>deve essere una tabella di stringhe.</translation>
    </message>
    <message>
        <source>Write e.g. extra_fields = {example}.</source>
        <translation>Scrivi ad es. extra_fields = {example}.</translation>
    </message>
    <message>
        <source>sets {name}, which the station writes itself.</source>
        <translation>imposta {name}, che la stazione scrive da sé.</translation>
    </message>
    <message>
        <source>Remove {name}.</source>
        <translation>Rimuovi {name}.</translation>
    </message>
    <message>
        <source>is longer than {limit} bytes, more than fs_mgmt accepts by default.</source>
        <translation>è più lungo di {limit} byte, più di quanto fs_mgmt accetti di default.</translation>
    </message>
    <message>
        <source>Shorten it, or raise CONFIG_MCUMGR_GRP_FS_PATH_LEN in the firmware.</source>
        <translation>Accorcialo, o aumenta CONFIG_MCUMGR_GRP_FS_PATH_LEN nel firmware.</translation>
    </message>
    <message>
        <source>contains a quote or a backslash, which Zephyr&apos;s JSON parser does not unescape</source>
        <translation>contiene una virgoletta o una barra rovesciata, che il parser JSON di Zephyr non interpreta</translation>
    </message>
    <message>
        <source>{why}.</source>
        <translation>{why}.</translation>
    </message>
    <message>
        <source>Use a value without quotes, backslashes or control characters.</source>
        <translation>Usa un valore senza virgolette, barre rovesciate o caratteri di controllo.</translation>
    </message>
    <message>
        <source>{table} wifi_password is a secret and never belongs in the configuration file.</source>
        <translation>{table} wifi_password è un segreto e non va mai nel file di configurazione.</translation>
    </message>
    <message>
        <source>Remove it. A supervisor stores the Wi-Fi password in the OS keyring: keyring set provisioning-station wifi-password:&lt;SSID&gt; (docs/zephyr.md).</source>
        <translation>Rimuovilo. Un supervisore salva la password Wi-Fi nel portachiavi del sistema operativo: keyring set provisioning-station wifi-password:&lt;SSID&gt; (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>Device profile {kind} is not available in this installation ({detail}).</source>
        <translation>Il profilo di dispositivo {kind} non è disponibile in questa installazione ({detail}).</translation>
    </message>
    <message>
        <source>Install the station with this profile&apos;s dependencies, or choose another profile.</source>
        <translation>Installa la stazione con le dipendenze di questo profilo, o scegli un altro profilo.</translation>
    </message>
    <message>
        <source>Unknown device profile {kind}.</source>
        <translation>Profilo di dispositivo sconosciuto {kind}.</translation>
    </message>
    <message>
        <source>Set the fixture&apos;s or slot&apos;s profile to one of: {known}.</source>
        <translation>Imposta il profilo dell&apos;attrezzatura o dello slot su uno di: {known}.</translation>
    </message>
    <message>
        <source>The label template {path}</source>
        <translation>Il modello di etichetta {path}</translation>
    </message>
    <message>
        <source>The label template {path} (target {target})</source>
        <translation>Il modello di etichetta {path} (target {target})</translation>
    </message>
    <message>
        <source>The label template must start with ^XA and end with ^XZ.</source>
        <translation>Il modello di etichetta deve iniziare con ^XA e finire con ^XZ.</translation>
    </message>
    <message>
        <source>Start from the default template and change positions and sizes only.</source>
        <translation>Parti dal modello predefinito e cambia solo posizioni e dimensioni.</translation>
    </message>
    <message>
        <source>{where} is not plain ASCII (byte {offset} is 0x{byte}).</source>
        <translation>{where} non è ASCII semplice (il byte {offset} è 0x{byte}).</translation>
    </message>
    <message>
        <source>Keep label text to plain ASCII (a printer&apos;s font 0 prints nothing else); save the file without accents, symbols or a byte-order mark.</source>
        <translation>Limita il testo dell&apos;etichetta all&apos;ASCII semplice (il font 0 di una stampante non stampa altro); salva il file senza accenti, simboli o byte order mark.</translation>
    </message>
    <message>
        <source>The label template uses ^FH, which would read the &apos;_&apos; in device IDs as hex escapes.</source>
        <translation>Il modello di etichetta usa ^FH, che leggerebbe il &apos;_&apos; negli ID dispositivo come escape esadecimali.</translation>
    </message>
    <message>
        <source>Remove ^FH from the template.</source>
        <translation>Rimuovi ^FH dal modello.</translation>
    </message>
    <message>
        <source>{where} has no {fields} field, so the label would lack {needs}.</source>
        <translation>{where} non ha il campo {fields}, quindi all&apos;etichetta mancherebbe {needs}.</translation>
    </message>
    <message>
        <source>Put each field into the template (the built-in label shows where), then check again.</source>
        <translation>Inserisci ogni campo nel modello (l&apos;etichetta integrata mostra dove), poi controlla di nuovo.</translation>
    </message>
    <message>
        <source>The label template has a brace that neither opens nor closes a field ({reason}).</source>
        <translation>Il modello di etichetta ha una parentesi graffa che non apre né chiude un campo ({reason}).</translation>
    </message>
    <message>
        <source>{where} does not exist.</source>
        <translation>{where} non esiste.</translation>
    </message>
    <message>
        <source>Put the template file at {path}. Fix the target&apos;s label_template in the supervisor&apos;s target editor, or clear it to print the built-in label.</source>
        <translation>Metti il file del modello in {path}. Correggi label_template del target nell&apos;editor dei target del supervisore, oppure svuotalo per stampare l&apos;etichetta integrata.</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>the code in the QR and DataMatrix symbols that identifies the unit</source>
        <translation>il codice nei simboli QR e DataMatrix che identifica l&apos;unità</translation>
    </message>
    <message>
        <source>the device ID printed for people</source>
        <translation>l&apos;ID dispositivo stampato per le persone</translation>
    </message>
    <message>
        <source>the unit&apos;s serial printed for people</source>
        <translation>il seriale dell&apos;unità stampato per le persone</translation>
    </message>
    <message>
        <source>The label template has no {code} field, so its barcodes would not identify the unit.</source>
        <translation>Il modello di etichetta non ha il campo {code}, quindi i suoi codici a barre non identificherebbero l&apos;unità.</translation>
    </message>
    <message>
        <source>Put {code} in the QR or DataMatrix field.</source>
        <translation>Metti {code} nel campo QR o DataMatrix.</translation>
    </message>
    <message>
        <source>{where} is not a file.</source>
        <translation>{where} non è un file.</translation>
    </message>
    <message>
        <source>Name the template file itself. Fix the target&apos;s label_template in the supervisor&apos;s target editor, or clear it to print the built-in label.</source>
        <translation>Indica il file del modello stesso. Correggi label_template del target nell&apos;editor dei target del supervisore, oppure svuotalo per stampare l&apos;etichetta integrata.</translation>
    </message>
    <message>
        <source>{where} holds {char} at character {offset}, which is not plain ASCII.</source>
        <translation>{where} contiene {char} al carattere {offset}, che non è ASCII semplice.</translation>
    </message>
    <message>
        <source>Keep label text to plain ASCII (a printer&apos;s font 0 prints nothing else).</source>
        <translation>Limita il testo dell&apos;etichetta all&apos;ASCII semplice (il font 0 di una stampante non stampa altro).</translation>
    </message>
    <message>
        <source>{where} does not draw as a printer would: {problem}.</source>
        <translation>{where} non viene disegnato come farebbe una stampante: {problem}.</translation>
    </message>
    <message>
        <source>Fix the ZPL command at that position (the supervisor&apos;s label editor shows the label as it draws).</source>
        <translation>Correggi il comando ZPL in quella posizione (l&apos;editor delle etichette del supervisore mostra l&apos;etichetta come viene disegnata).</translation>
    </message>
    <message>
        <source>The label template</source>
        <translation>Il modello di etichetta</translation>
    </message>
    <message>
        <source>This template</source>
        <translation>Questo modello</translation>
    </message>
    <message>
        <source>{where} cannot be filled in for a unit ({reason}).</source>
        <translation>{where} non può essere compilato per un&apos;unità ({reason}).</translation>
    </message>
    <message>
        <source>Write each field as {serial}, {device_id} or {code}, and double other braces.</source>
        <translation>Scrivi ogni campo come {serial}, {device_id} o {code}, e raddoppia le altre parentesi graffe.</translation>
    </message>
    <message>
        <source>The label template names unknown fields: {names}.</source>
        <translation>Il modello di etichetta nomina campi sconosciuti: {names}.</translation>
    </message>
    <message>
        <source>Use only {fields}.</source>
        <translation>Usa solo {fields}.</translation>
    </message>
    <message>
        <source>{where} cannot be read ({reason}).</source>
        <translation>{where} non può essere letto ({reason}).</translation>
    </message>
    <message>
        <source>Let the user the station runs as read it (its owner or mode), then check again.</source>
        <translation>Consenti la lettura all&apos;utente con cui gira la stazione (proprietario o permessi), poi controlla di nuovo.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where} could not be written ({reason}).</source>
        <translation>{where} non è stato scritto ({reason}).</translation>
    </message>
    <message>
        <source>Save it in a folder the station&apos;s user may write to, or let that user write there.</source>
        <translation>Salvalo in una cartella in cui l&apos;utente della stazione può scrivere, oppure consenti a quell&apos;utente di scriverci.</translation>
    </message>
    <message>
        <source>choose the active target</source>
        <translation>scegliere la destinazione attiva</translation>
    </message>
    <message>
        <source>change the touch and pedal settings</source>
        <translation>modificare le impostazioni touch e del pedale</translation>
    </message>
    <message>
        <source>change realm targets</source>
        <translation>modificare le destinazioni del realm</translation>
    </message>
    <message>
        <source>export the journal</source>
        <translation>esportare il registro</translation>
    </message>
    <message>
        <source>import realm keys or tokens</source>
        <translation>importare chiavi del realm o token</translation>
    </message>
    <message>
        <source>override the MES offline policy</source>
        <translation>forzare la regola MES offline</translation>
    </message>
    <message>
        <source>override &apos;already passed&apos;</source>
        <translation>forzare &apos;già superato&apos;</translation>
    </message>
    <message>
        <source>unregister devices (rework)</source>
        <translation>annullare la registrazione dei dispositivi (rilavorazione)</translation>
    </message>
    <message>
        <source>view the journal</source>
        <translation>consultare il registro</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first} o {rest}</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Digitala di nuovo: </translation>
    </message>
    <message>
        <source>The {role} password is changed (only its hash is kept, in {path}).</source>
        <translation>La password di {role} è cambiata (si conserva solo il suo hash, in {path}).</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Le due password sono diverse; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Run the command again.</source>
        <translation>Esegui di nuovo il comando.</translation>
    </message>
    <message>
        <source>New {role} password: </source>
        <translation>Nuova password di {role}: </translation>
    </message>
    <message>
        <source>A {role} password is already set and there is no supervisor password to authorize changing it; nothing was changed.</source>
        <translation>Una password di {role} è già impostata e non c&apos;è una password del supervisore per autorizzarne la modifica; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Set the supervisor password first (`station roles set-password supervisor`), then run `station roles set-password {role_arg}` again: it asks for the supervisor password.</source>
        <translation>Imposta prima la password del supervisore (`station roles set-password supervisor`), poi esegui di nuovo `station roles set-password {role_arg}`: chiede la password del supervisore.</translation>
    </message>
    <message>
        <source>The {role} password is set (only its hash is kept, in {path}).</source>
        <translation>La password di {role} è impostata (si conserva solo il suo hash, in {path}).</translation>
    </message>
    <message>
        <source>Idle lock after {minutes} min; sign-in locked for {lockout} s after {attempts} wrong passwords (doubling on each further lockout).</source>
        <translation>Blocco per inattività dopo {minutes} min; accesso bloccato per {lockout} s dopo {attempts} password errate (il doppio a ogni blocco successivo).</translation>
    </message>
    <message>
        <source>{role}: NO password: nobody can sign in</source>
        <translation>{role}: NESSUNA password: nessuno può accedere</translation>
    </message>
    <message>
        <source>{role}: password set</source>
        <translation>{role}: password impostata</translation>
    </message>
    <message>
        <source>The password is shorter than {least} characters; nothing was changed.</source>
        <translation>La password è più corta di {least} caratteri; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Choose a longer password (a short sentence is easy to type and hard to guess).</source>
        <translation>Scegli una password più lunga (una breve frase è facile da digitare e difficile da indovinare).</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}, who may not {privilege}; nothing was changed.</source>
        <translation>{name} ha effettuato l&apos;accesso come {role}, che non può {privilege}; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Ask a {roles} to sign in (Roles menu) and do it.</source>
        <translation>Chiedi a un utente {roles} di accedere (menu Ruoli) e di farlo.</translation>
    </message>
    <message>
        <source>Overriding &apos;already passed&apos;</source>
        <translation>Forzare &apos;già superato&apos;</translation>
    </message>
    <message>
        <source>Unregistering a device</source>
        <translation>Annullare la registrazione di un dispositivo</translation>
    </message>
    <message>
        <source>{what} needs a reason (at least {least} characters); nothing was done.</source>
        <translation>{what} richiede un motivo (almeno {least} caratteri); non è stato fatto nulla.</translation>
    </message>
    <message>
        <source>Write why (for example &apos;returned by customer, RMA 4711&apos;); it goes into the journal.</source>
        <translation>Scrivi il motivo (ad esempio &apos;reso dal cliente, RMA 4711&apos;); finisce nel registro.</translation>
    </message>
    <message>
        <source>On this PC, run `station roles set-password {role_arg}` (it asks for the new password twice).</source>
        <translation>Su questo PC esegui `station roles set-password {role_arg}` (chiede due volte la nuova password).</translation>
    </message>
    <message>
        <source>A supervisor runs `station roles set-password {role_arg}` on this PC (it asks for the supervisor password, then the new password twice).</source>
        <translation>Un supervisore esegue `station roles set-password {role_arg}` su questo PC (chiede la password del supervisore, poi due volte la nuova password).</translation>
    </message>
    <message>
        <source>If you forgot it, a supervisor sets a new one with `station roles set-password {role_arg}`.</source>
        <translation>Se l&apos;hai dimenticata, un supervisore ne imposta una nuova con `station roles set-password {role_arg}`.</translation>
    </message>
    <message>
        <source>If it is forgotten, the PC&apos;s administrator removes supervisor_password_hash from the configuration file, then the first supervisor password is set again with `station roles set-password supervisor`.</source>
        <translation>Se è stata dimenticata, l&apos;amministratore del PC rimuove supervisor_password_hash dal file di configurazione, poi la prima password del supervisore si imposta di nuovo con `station roles set-password supervisor`.</translation>
    </message>
    <message>
        <source>Sign-in is locked after repeated wrong passwords; try again in {wait}.</source>
        <translation>L&apos;accesso è bloccato dopo ripetute password errate; riprova tra {wait}.</translation>
    </message>
    <message>
        <source>Wait, then sign in with the right password. {forgotten}</source>
        <translation>Attendi, poi accedi con la password giusta. {forgotten}</translation>
    </message>
    <message>
        <source>Wrong password. Sign-in is now locked for {wait} after repeated failures.</source>
        <translation>Password errata. Dopo ripetuti errori l&apos;accesso è ora bloccato per {wait}.</translation>
    </message>
    <message>
        <source>Wait, then try again; each further lockout doubles the wait.</source>
        <translation>Attendi, poi riprova; ogni blocco successivo raddoppia l&apos;attesa.</translation>
    </message>
    <message>
        <source>Enter your name: the journal records who used the role.</source>
        <translation>Inserisci il tuo nome: il registro annota chi ha usato il ruolo.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Scrivi il tuo nome.</translation>
    </message>
    <message>
        <source>No {role} password is set on this station, so nobody can sign in as {role}.</source>
        <translation>Su questa stazione non è impostata alcuna password di {role}, quindi nessuno può accedere come {role}.</translation>
    </message>
    <message>
        <source>{role} password: </source>
        <translation>Password di {role}: </translation>
    </message>
    <message>
        <source>The first line of standard input looks like a token, not the {role} password; nothing was changed.</source>
        <translation>La prima riga dello standard input sembra un token, non la password di {role}; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>When standard input is not a terminal, put the {role} password on its first line and anything else after it, e.g. {example}; or run the command at a terminal.</source>
        <translation>Quando lo standard input non è un terminale, metti la password di {role} nella prima riga e il resto dopo, ad es. {example}; oppure esegui il comando in un terminale.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong {role} password. %n more tries before sign-in is locked.</source>
        <translation>
            <numerusform>Password di {role} errata. Ancora %n tentativo prima che l&apos;accesso venga bloccato.</numerusform>
            <numerusform>Password di {role} errata. Ancora %n tentativi prima che l&apos;accesso venga bloccato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then type the password again.</source>
        <translation>Controlla il layout della tastiera e il Bloc Maiusc, poi digita di nuovo la password.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {reason}.</source>
        <translation>Impossibile aprire il registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the journal path and its permissions in the configuration.</source>
        <translation>Controlla il percorso del registro e i suoi permessi nella configurazione.</translation>
    </message>
    <message>
        <source>Cannot prepare the journal {path}: {reason}.</source>
        <translation>Impossibile preparare il registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the journal {path}: {reason}.</source>
        <translation>Impossibile leggere il registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it persists, run `station journal verify` and check the disk.</source>
        <translation>Riprova; se persiste, esegui `station journal verify` e controlla il disco.</translation>
    </message>
    <message>
        <source>Cannot write to the journal {path}: {reason}.</source>
        <translation>Impossibile scrivere nel registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration.</source>
        <translation>Controlla il percorso del registro nella configurazione.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Controlla il percorso.</translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation>record {seq}</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>tabelle</translation>
    </message>
    <message>
        <source>Journal {path} is DAMAGED: {reason}.
The hash chain was not checked: the file itself cannot be trusted.
{action}</source>
        <translation>Il registro {path} è DANNEGGIATO: {reason}.
La catena di hash non è stata controllata: del file stesso non ci si può fidare.
{action}</translation>
    </message>
    <message>
        <source>Journal {path} FAILED verification at {where}: {reason}.
{checked} records before it verified.
Keep this file for investigation and restore the journal from its backup.</source>
        <translation>Il registro {path} NON ha superato la verifica ({where}): {reason}.
{checked} record precedenti verificati.
Conserva questo file per l&apos;indagine e ripristina il registro dal suo backup.</translation>
    </message>
    <message>
        <source>There is no attempt {text} in {path}.</source>
        <translation>In {path} non c&apos;è il tentativo {text}.</translation>
    </message>
    <message>
        <source>copy the attempt ID from `station journal list`</source>
        <translation>copia l&apos;ID del tentativo da `station journal list`</translation>
    </message>
    <message>
        <source>--kind {kind} is not a kind of privileged event.</source>
        <translation>--kind {kind} non è un tipo di evento privilegiato.</translation>
    </message>
    <message>
        <source>--result {name} is not a result.</source>
        <translation>--result {name} non è un risultato.</translation>
    </message>
    <message>
        <source>{option} {text} is not a date or time.</source>
        <translation>{option} {text} non è una data né un&apos;ora.</translation>
    </message>
    <message>
        <source>write {option} 2026-03-01 or {option} 2026-03-01T14:30</source>
        <translation>scrivi {option} 2026-03-01 o {option} 2026-03-01T14:30</translation>
    </message>
    <message>
        <source>Several attempts start with {text}.</source>
        <translation>Più tentativi iniziano con {text}.</translation>
    </message>
    <message>
        <source>type more characters of the attempt ID</source>
        <translation>digita più caratteri dell&apos;ID del tentativo</translation>
    </message>
    <message>
        <source>use one of {names}</source>
        <translation>usa uno di questi: {names}</translation>
    </message>
    <message>
        <source>Journal {path} verified: {count} records, chain intact.</source>
        <translation>Registro {path} verificato: {count} record, catena integra.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged: SQLite reports the database file as malformed ({detail}).</source>
        <translation>Il registro {path} è danneggiato: SQLite segnala il file del database come malformato ({detail}).</translation>
    </message>
    <message>
        <source>Cannot read the journal {path} for export: {reason}.</source>
        <translation>Impossibile leggere il registro {path} per l&apos;esportazione: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it persists, run `station journal verify`.</source>
        <translation>Riprova; se persiste, esegui `station journal verify`.</translation>
    </message>
    <message>
        <source>Cannot write {what} to {path}: {reason}.</source>
        <translation>Impossibile scrivere {what} in {path}: {reason}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Scegli una cartella in cui puoi scrivere, con spazio libero.</translation>
    </message>
    <message>
        <source>the events</source>
        <translation>gli eventi</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>l&apos;esportazione</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database but not a station journal; it was not changed.</source>
        <translation>Il file {path} è un database SQLite ma non un registro della stazione; non è stato modificato.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read now: another program holds it locked ({reason}). This says nothing about the file.</source>
        <translation>Il registro {path} non si può leggere ora: un altro programma lo tiene bloccato ({reason}). Questo non dice nulla sul file.</translation>
    </message>
    <message>
        <source>Close other programs using the journal (another station window, a copy or backup in progress), then try again.</source>
        <translation>Chiudi gli altri programmi che usano il registro (un’altra finestra della stazione, una copia o un backup in corso), poi riprova.</translation>
    </message>
    <message>
        <source>The journal {path} was written by a newer station version (schema {version}; this station understands up to {known}). It has not been changed.</source>
        <translation>Il registro {path} è stato scritto da una versione più recente della stazione (schema {version}; questa stazione arriva fino a {known}). Non è stato modificato.</translation>
    </message>
    <message>
        <source>Upgrade the station software on this PC, or open a different journal.</source>
        <translation>Aggiorna il software della stazione su questo PC, oppure apri un altro registro.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the journal {path}: {reason}.</source>
        <translation>Impossibile creare la cartella per il registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Choose a journal path in a writable folder in the configuration.</source>
        <translation>Nella configurazione scegli un percorso del registro in una cartella scrivibile.</translation>
    </message>
    <message>
        <source>The journal {path} cannot use write-ahead logging (mode {mode}).</source>
        <translation>Il registro {path} non può usare il write-ahead logging (modalità {mode}).</translation>
    </message>
    <message>
        <source>Keep the journal on a local disk, not a network share.</source>
        <translation>Tieni il registro su un disco locale, non su una condivisione di rete.</translation>
    </message>
    <message>
        <source>There is no journal at {path}.</source>
        <translation>Non esiste un registro in {path}.</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration, or provision a device first.</source>
        <translation>Controlla il percorso del registro nella configurazione, oppure esegui prima il provisioning di un dispositivo.</translation>
    </message>
    <message>
        <source>Check the journal path.</source>
        <translation>Controlla il percorso del registro.</translation>
    </message>
    <message>
        <source>The file {path} is not a station journal ({reason}).</source>
        <translation>Il file {path} non è un registro della stazione ({reason}).</translation>
    </message>
    <message>
        <source>Cannot update the journal outbox: {reason}.</source>
        <translation>Impossibile aggiornare la coda d&apos;uscita del registro: {reason}.</translation>
    </message>
    <message>
        <source>Stop provisioning on this station. Keep this file for investigation, and restore the journal from its backup (docs/recovery.md, &apos;A journal that fails verification&apos;).</source>
        <translation>Interrompi il provisioning su questa stazione. Conserva questo file per l&apos;indagine e ripristina il registro dal suo backup (docs/recovery.md, &apos;A journal that fails verification&apos;).</translation>
    </message>
    <message>
        <source>The journal {path} could not be checked: {cause}. This says nothing about the file.</source>
        <translation>Il registro {path} non è stato controllato: {cause}. Questo non dice nulla sul file.</translation>
    </message>
    <message>
        <source>the check was interrupted ({reason})</source>
        <translation>il controllo è stato interrotto ({reason})</translation>
    </message>
    <message>
        <source>Verify again.</source>
        <translation>Verifica di nuovo.</translation>
    </message>
    <message>
        <source>the disk reported an I/O error ({reason})</source>
        <translation>il disco ha segnalato un errore di I/O ({reason})</translation>
    </message>
    <message>
        <source>Check the disk the journal is on (the system log for I/O errors, its free space), then verify again.</source>
        <translation>Controlla il disco su cui si trova il registro (il log di sistema per errori di I/O, lo spazio libero), poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>another program holds the journal locked ({reason})</source>
        <translation>un altro programma tiene bloccato il registro ({reason})</translation>
    </message>
    <message>
        <source>Close other programs using the journal (another station window, a copy or backup in progress), then verify again.</source>
        <translation>Chiudi gli altri programmi che usano il registro (un’altra finestra della stazione, una copia o un backup in corso), poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read as a station journal ({reason}).</source>
        <translation>Il registro {path} non si può leggere come registro della stazione ({reason}).</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration; restore the file from backup if it is damaged.</source>
        <translation>Controlla il percorso del registro nella configurazione; se il file è danneggiato, ripristinalo dal backup.</translation>
    </message>
    <message>
        <source>Cannot copy the journal {source} to {destination} before upgrading it: {reason}.</source>
        <translation>Impossibile copiare il registro {source} in {destination} prima dell&apos;aggiornamento: {reason}.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s folder has free space for a second copy of the journal and is writable.</source>
        <translation>Controlla che la cartella del registro abbia spazio per una seconda copia del registro e sia scrivibile.</translation>
    </message>
    <message>
        <source>The journal {path} must be upgraded to this station&apos;s format, but it does not verify ({reason}). It has not been changed.</source>
        <translation>Il registro {path} deve essere aggiornato al formato di questa stazione, ma non supera la verifica ({reason}). Non è stato modificato.</translation>
    </message>
    <message>
        <source>Restore the journal from its backup, or keep this copy for investigation and start a new journal; `station journal verify` shows the problem.</source>
        <translation>Ripristina il registro dal suo backup, oppure conserva questa copia per l&apos;indagine e inizia un nuovo registro; `station journal verify` mostra il problema.</translation>
    </message>
    <message>
        <source>Upgrading the journal {path} to this station&apos;s format failed ({reason}). The journal was put back as it was.</source>
        <translation>L&apos;aggiornamento del registro {path} al formato di questa stazione non è riuscito ({reason}). Il registro è stato riportato com&apos;era.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s disk has free space and is writable, then start the station again; if it fails again, keep running the previous station version and send the journal file to support.</source>
        <translation>Controlla che il disco del registro abbia spazio libero e sia scrivibile, poi riavvia la stazione; se non riesce di nuovo, continua a usare la versione precedente della stazione e invia il file del registro al supporto.</translation>
    </message>
    <message>
        <source>The journal {path} is being upgraded by another station process, which has held the lock {lock} for more than {seconds} s.</source>
        <translation>Il registro {path} è in aggiornamento da parte di un altro processo della stazione, che tiene il blocco {lock} da più di {seconds} s.</translation>
    </message>
    <message>
        <source>Wait for the other station process (or `station` command) on this PC to finish, or close it. If no other station process runs, the lock is stale: remove {lock} and start again.</source>
        <translation>Attendi che l’altro processo della stazione (o comando `station`) su questo PC finisca, oppure chiudilo. Se non è in esecuzione nessun altro processo della stazione, il blocco è obsoleto: rimuovi {lock} e riavvia.</translation>
    </message>
    <message>
        <source>Upgrading the journal {path} did not keep every record intact ({reason}; {after} records after, {before} before). The journal was put back as it was.</source>
        <translation>L&apos;aggiornamento del registro {path} non ha mantenuto intatti tutti i record ({reason}; {after} record dopo, {before} prima). Il registro è stato riportato com&apos;era.</translation>
    </message>
    <message>
        <source>Keep running the previous station version on this PC and send the journal file to support: this is a station bug.</source>
        <translation>Continua a usare la versione precedente della stazione su questo PC e invia il file del registro al supporto: è un bug della stazione.</translation>
    </message>
    <message>
        <source>Cannot create {lock} to upgrade the journal {path}: {reason}.</source>
        <translation>Impossibile creare {lock} per aggiornare il registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s folder is writable by the station&apos;s user.</source>
        <translation>Controlla che l&apos;utente della stazione possa scrivere nella cartella del registro.</translation>
    </message>
    <message>
        <source>the privileged action in record {seq} differs in the table</source>
        <translation>l&apos;azione privilegiata nel record {seq} è diversa nella tabella</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read to the end ({reason}).</source>
        <translation>Il registro {path} non si può leggere fino alla fine ({reason}).</translation>
    </message>
    <message>
        <source>Restore the journal from its backup and keep this copy for investigation.</source>
        <translation>Ripristina il registro dal suo backup e conserva questa copia per l&apos;indagine.</translation>
    </message>
    <message>
        <source>the {table} table holds {count} rows but the records explain {seen}</source>
        <translation>la tabella {table} contiene {count} righe ma i record ne spiegano {seen}</translation>
    </message>
    <message>
        <source>attempt {attempt}: the table says {key} = {table}, its records say {records}</source>
        <translation>tentativo {attempt}: la tabella dice {key} = {table}, i suoi record dicono {records}</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) is not in the form the station writes ({error})</source>
        <translation>il record {seq} ({kind}) non è nella forma che la stazione scrive ({error})</translation>
    </message>
    <message>
        <source>record {seq} does not match its hash: it was changed after it was written, or records were removed, inserted or reordered here</source>
        <translation>il record {seq} non corrisponde al suo hash: è stato modificato dopo la scrittura, oppure qui sono stati rimossi, inseriti o riordinati dei record</translation>
    </message>
    <message>
        <source>attempt {attempt}: its intents differ from its records</source>
        <translation>tentativo {attempt}: i suoi intenti differiscono dai suoi record</translation>
    </message>
    <message>
        <source>record {seq} stores a link to the record before it (prev_hash) that is not {before}: the link was changed after it was written</source>
        <translation>il record {seq} contiene un collegamento al record precedente (prev_hash) che non è {before}: il collegamento è stato modificato dopo la scrittura</translation>
    </message>
    <message>
        <source>record {seq}&apos;s hash</source>
        <translation>l&apos;hash del record {seq}</translation>
    </message>
    <message>
        <source>the chain&apos;s start (32 zero bytes)</source>
        <translation>l&apos;inizio della catena (32 byte a zero)</translation>
    </message>
    <message>
        <source>the database file is malformed: SQLite&apos;s integrity check reports {problem}</source>
        <translation>il file del database è malformato: il controllo di integrità di SQLite segnala {problem}</translation>
    </message>
    <message>
        <source>the database file is malformed: SQLite&apos;s integrity check reports {problem} (and {more} more)</source>
        <translation>il file del database è malformato: il controllo di integrità di SQLite segnala {problem} (e altri {more})</translation>
    </message>
    <message>
        <source>record {seq} is missing (the next record is {next})</source>
        <translation>manca il record {seq} (il record successivo è {next})</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) names no attempt</source>
        <translation>il record {seq} ({kind}) non indica alcun tentativo</translation>
    </message>
    <message>
        <source>attempt {attempt} is in the events but not in the table</source>
        <translation>il tentativo {attempt} è negli eventi ma non nella tabella</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) belongs to no open attempt</source>
        <translation>il record {seq} ({kind}) non appartiene ad alcun tentativo aperto</translation>
    </message>
    <message>
        <source>attempt {attempt}: its steps differ from its records</source>
        <translation>tentativo {attempt}: i suoi passi differiscono dai suoi record</translation>
    </message>
    <message>
        <source>record {seq} has an unknown kind {kind}</source>
        <translation>il record {seq} ha un tipo sconosciuto {kind}</translation>
    </message>
    <message>
        <source>Check that the disk holding the journal has free space and is writable. Provisioning stays stopped until the journal can be written.</source>
        <translation>Controlla che il disco del registro abbia spazio libero e sia scrivibile. Il provisioning resta fermo finché il registro non si può scrivere.</translation>
    </message>
    <message>
        <source>Put the device on a slot and check again, or confirm that you accept the risk.</source>
        <translation>Metti il dispositivo in uno slot e controlla di nuovo, oppure conferma di accettare il rischio.</translation>
    </message>
    <message>
        <source>{line} — {message} What to do: {action}</source>
        <translation>{line} — {message} Cosa fare: {action}</translation>
    </message>
    <message>
        <source>Give a DEVICE_ID or --slot.</source>
        <translation>Indica un DEVICE_ID o --slot.</translation>
    </message>
    <message>
        <source>See `station rework check --help`.</source>
        <translation>Vedi `station rework check --help`.</translation>
    </message>
    <message>
        <source>slot {slot}: {result}</source>
        <translation>slot {slot}: {result}</translation>
    </message>
    <message>
        <source>slot {slot}: {result} {device}</source>
        <translation>slot {slot}: {result} {device}</translation>
    </message>
    <message>
        <source>Unregistered {device} from realm {realm} (target {target}). It can be registered again: `station rework reprovision --slots &lt;slot&gt; --reason ...`.</source>
        <translation>Registrazione di {device} annullata nel realm {realm} (destinazione {target}). Può essere registrato di nuovo: `station rework reprovision --slots &lt;slot&gt; --reason ...`.</translation>
    </message>
    <message>
        <source>{message}
What to do: {action}</source>
        <translation>{message}
Cosa fare: {action}</translation>
    </message>
    <message>
        <source>The device on slot {slot} is {found}, not {device}.</source>
        <translation>Il dispositivo nello slot {slot} è {found}, non {device}.</translation>
    </message>
    <message>
        <source>Give the right slot, or leave out the device ID.</source>
        <translation>Indica lo slot giusto, oppure ometti l&apos;ID dispositivo.</translation>
    </message>
    <message>
        <source>Device {device} is not on a slot. The journal says it has {kind} storage and {written}; what it holds now cannot be checked.</source>
        <translation>Il dispositivo {device} non è in uno slot. Secondo il registro ha una memoria {kind} e {written}; ciò che contiene ora non si può controllare.</translation>
    </message>
    <message>
        <source>Device {device} is not on a slot and this station&apos;s journal has no record of it, so its storage cannot be checked. If it has write-once (OTP) storage that holds a secret, unregistering makes it scrap.</source>
        <translation>Il dispositivo {device} non è in uno slot e il registro di questa stazione non ne ha traccia, quindi la sua memoria non si può controllare. Se ha una memoria a scrittura singola (OTP) che contiene un segreto, annullarne la registrazione lo rende uno scarto.</translation>
    </message>
    <message>
        <source>has no write recorded here</source>
        <translation>qui non risulta alcuna scrittura</translation>
    </message>
    <message>
        <source>Device {device} (from the journal; it is not on a slot): {loss}</source>
        <translation>Dispositivo {device} (dal registro; non è in uno slot): {loss}</translation>
    </message>
    <message>
        <source>Put the device on a slot to check its storage, or unregister only if the unit is to be scrapped anyway.</source>
        <translation>Metti il dispositivo in uno slot per controllarne la memoria, oppure annulla la registrazione solo se l&apos;unità va comunque scartata.</translation>
    </message>
    <message>
        <source>was written by this station</source>
        <translation>è stato scritto da questa stazione</translation>
    </message>
    <message>
        <source>Device {device} has rewritable storage but is locked (out of factory mode): the station cannot write it until it is returned to factory mode.</source>
        <translation>Il dispositivo {device} ha una memoria riscrivibile ma è bloccato (fuori dalla modalità di fabbrica): la stazione non può scriverla finché non torna in modalità di fabbrica.</translation>
    </message>
    <message>
        <source>Unregister it, have the rework bench return it to factory mode (erase its secure storage), then provision it again with the &apos;already passed&apos; override.</source>
        <translation>Annullane la registrazione, fallo riportare in modalità di fabbrica al banco di rilavorazione (cancellandone la memoria sicura), poi ripeti il provisioning forzando &apos;già superato&apos;.</translation>
    </message>
    <message>
        <source>Slots {slots} did not finish within {timeout_s} s.</source>
        <translation>Gli slot {slots} non hanno finito entro {timeout_s} s.</translation>
    </message>
    <message>
        <source>Check the devices and the journal, then provision them again.</source>
        <translation>Controlla i dispositivi e il registro, poi ripeti il provisioning.</translation>
    </message>
    <message>
        <source>The storage check shown was for device {checked}, not {device}; nothing was sent.</source>
        <translation>Il controllo della memoria mostrato era per il dispositivo {checked}, non {device}; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Check the device again, then unregister it.</source>
        <translation>Controlla di nuovo il dispositivo, poi annullane la registrazione.</translation>
    </message>
    <message>
        <source>Device {device}: {loss}</source>
        <translation>Dispositivo {device}: {loss}</translation>
    </message>
    <message>
        <source>Unregister only if the unit is to be scrapped anyway (for example a tampered unit whose credentials must stop working); otherwise do not unregister it.</source>
        <translation>Annulla la registrazione solo se l&apos;unità va comunque scartata (per esempio un&apos;unità manomessa le cui credenziali devono smettere di funzionare); altrimenti non annullarla.</translation>
    </message>
    <message>
        <source>Its storage is write-once (OTP) and already holds a secret, so it cannot take a new one: after unregistering, the secret it holds stops working and the unit can never be provisioned again (scrap).</source>
        <translation>La sua memoria è a scrittura singola (OTP) e contiene già un segreto, quindi non può riceverne uno nuovo: dopo l&apos;annullamento della registrazione il segreto che contiene smette di funzionare e l&apos;unità non potrà mai più essere sottoposta a provisioning (scarto).</translation>
    </message>
    <message>
        <source>Device {device} has {kind} storage that is {state} and in factory mode: it can take a new secret.</source>
        <translation>Il dispositivo {device} ha una memoria {kind} {state} ed è in modalità di fabbrica: può ricevere un nuovo segreto.</translation>
    </message>
    <message>
        <source>Unregister it, then provision it again with the &apos;already passed&apos; override.</source>
        <translation>Annullane la registrazione, poi ripeti il provisioning forzando &apos;già superato&apos;.</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>danneggiata</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vuota</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloccata</translation>
    </message>
    <message>
        <source>written</source>
        <translation>scritta</translation>
    </message>
    <message>
        <source>{assessment} Nothing was sent.</source>
        <translation>{assessment} Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Confirm that you accept this (tick the confirmation) or leave the device as it is.</source>
        <translation>Conferma di accettarlo (spunta la conferma) oppure lascia il dispositivo com&apos;è.</translation>
    </message>
    <message>
        <source>{name} cannot be a fleet role name.</source>
        <translation>{name} non può essere un nome di ruolo della flotta.</translation>
    </message>
    <message>
        <source>Use the station&apos;s ID (e.g. line-a), not a reserved or group name.</source>
        <translation>Usa l&apos;ID della stazione (ad es. line-a), non un nome riservato o di gruppo.</translation>
    </message>
    <message>
        <source>A supervisor may open an offline lot (`station fleet lot open`) to go on.</source>
        <translation>Un supervisore può aprire un lotto offline (`station fleet lot open`) per proseguire.</translation>
    </message>
    <message>
        <source>{action} A supervisor may open an offline lot (`station fleet lot open`) to go on.</source>
        <translation>{action} Un supervisore può aprire un lotto offline (`station fleet lot open`) per proseguire.</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is {seconds} s ahead of the server&apos;s (leases use the server&apos;s clock)</source>
        <translation>l&apos;orologio di questo PC è avanti di {seconds} s rispetto a quello del server (le prenotazioni usano l&apos;orologio del server)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is {seconds} s behind the server&apos;s (leases use the server&apos;s clock)</source>
        <translation>l&apos;orologio di questo PC è indietro di {seconds} s rispetto a quello del server (le prenotazioni usano l&apos;orologio del server)</translation>
    </message>
    <message>
        <source>connected to {host}:{port}/{database} as {role} ({tls})</source>
        <translation>connesso a {host}:{port}/{database} come {role} ({tls})</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>nessun TLS</translation>
    </message>
    <message>
        <source>may ship events and claim device IDs</source>
        <translation>può inviare eventi e prenotare ID dispositivo</translation>
    </message>
    <message>
        <source>fleet schema version {version}</source>
        <translation>versione dello schema della flotta {version}</translation>
    </message>
    <message>
        <source>events shipped so far: up to seq {seq}</source>
        <translation>eventi inviati finora: fino a seq {seq}</translation>
    </message>
    <message>
        <source>Device {device_id} in slot {slot} was already provisioned by station {holder} ({when}). It was not registered again.</source>
        <translation>Il dispositivo {device_id} nello slot {slot} è già stato sottoposto a provisioning dalla stazione {holder} ({when}). Non è stato registrato di nuovo.</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and give it to the supervisor: either it was provisioned before, or two units carry the same hardware ID.</source>
        <translation>Togli il dispositivo dallo slot {slot} e consegnalo al supervisore: o è già stato sottoposto a provisioning, o due unità hanno lo stesso ID hardware.</translation>
    </message>
    <message>
        <source>Device {device_id} in slot {slot} is being provisioned by station {holder} right now (since {when}). It was not registered here.</source>
        <translation>Il dispositivo {device_id} nello slot {slot} è in provisioning in questo momento dalla stazione {holder} (dal {when}). Non è stato registrato qui.</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and give it to the supervisor: two units with the same hardware ID are on two lines.</source>
        <translation>Togli il dispositivo dallo slot {slot} e consegnalo al supervisore: due unità con lo stesso ID hardware sono su due linee.</translation>
    </message>
    <message>
        <source>The centre gave no answer to the claim of {device_id}.</source>
        <translation>Il centro non ha dato risposta alla prenotazione di {device_id}.</translation>
    </message>
    <message>
        <source>The central database did not answer a claim ({reason}).</source>
        <translation>Il database centrale non ha risposto a una prenotazione ({reason}).</translation>
    </message>
    <message>
        <source>New devices are not registered until the centre answers again; check the network to the central server.</source>
        <translation>I nuovi dispositivi non vengono registrati finché il centro non risponde di nuovo; controlla la rete verso il server centrale.</translation>
    </message>
    <message>
        <source>Could not create role {name}: {detail}</source>
        <translation>Impossibile creare il ruolo {name}: {detail}</translation>
    </message>
    <message>
        <source>Run it as the database superuser, after `station fleet init-db` on this database.</source>
        <translation>Eseguilo come superutente del database, dopo `station fleet init-db` su questo database.</translation>
    </message>
    <message>
        <source>Could not retire {month}: {detail}</source>
        <translation>Impossibile ritirare {month}: {detail}</translation>
    </message>
    <message>
        <source>Give a month before this one that has a partition of its own (`\d+ fleet.events` in psql lists them); run it as the database superuser.</source>
        <translation>Indica un mese precedente a questo che abbia una propria partizione (`\d+ fleet.events` in psql le elenca); eseguilo come superutente del database.</translation>
    </message>
    <message>
        <source>init-db failed and changed nothing: {detail}</source>
        <translation>init-db non è riuscito e non ha modificato nulla: {detail}</translation>
    </message>
    <message>
        <source>Fix what PostgreSQL names above (e.g. a half-made `fleet` schema left by hand needs dropping), then run init-db again as the database superuser.</source>
        <translation>Correggi ciò che PostgreSQL indica sopra (ad es. uno schema `fleet` creato a metà a mano va eliminato), poi esegui di nuovo init-db come superutente del database.</translation>
    </message>
    <message>
        <source>Not allowed to create the fleet schema: {detail}.</source>
        <translation>Non autorizzato a creare lo schema della flotta: {detail}.</translation>
    </message>
    <message>
        <source>Run init-db as the database superuser (postgres).</source>
        <translation>Esegui init-db come superutente del database (postgres).</translation>
    </message>
    <message>
        <source>last seen {when}</source>
        <translation>visto l&apos;ultima volta {when}</translation>
    </message>
    <message>
        <source>last seen {when} (lag {lag} s)</source>
        <translation>visto l&apos;ultima volta {when} (ritardo {lag} s)</translation>
    </message>
    <message>
        <source>--months {months} is out of range.</source>
        <translation>--months {months} è fuori intervallo.</translation>
    </message>
    <message>
        <source>Give 1 to 120 months (default 3).</source>
        <translation>Indica da 1 a 120 mesi (predefinito 3).</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>mai visto</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL as the administrator: {detail}</source>
        <translation>Impossibile connettersi a PostgreSQL come amministratore: {detail}</translation>
    </message>
    <message>
        <source>Run as the database superuser, e.g. `sudo -u postgres station fleet init-db --dsn dbname=fleet`, after `createdb fleet`.</source>
        <translation>Esegui come superutente del database, ad es. `sudo -u postgres station fleet init-db --dsn dbname=fleet`, dopo `createdb fleet`.</translation>
    </message>
    <message>
        <source>Could not make the monthly partitions: {detail}</source>
        <translation>Impossibile creare le partizioni mensili: {detail}</translation>
    </message>
    <message>
        <source>Run it as the database superuser, after `station fleet init-db`.</source>
        <translation>Eseguilo come superutente del database, dopo `station fleet init-db`.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Nessuna password sullo standard input.</translation>
    </message>
    <message>
        <source>Pipe it in: `station fleet set-password &lt; file`, or type it and press Enter.</source>
        <translation>Passala con una pipe: `station fleet set-password &lt; file`, oppure digitala e premi Invio.</translation>
    </message>
    <message>
        <source>--retire {month} is not a month.</source>
        <translation>--retire {month} non è un mese.</translation>
    </message>
    <message>
        <source>Give it as YYYY-MM, e.g. 2025-01.</source>
        <translation>Indicalo come YYYY-MM, ad es. 2025-01.</translation>
    </message>
    <message>
        <source>Fleet mode is off: the configuration has no [fleet] section.</source>
        <translation>La modalità flotta è disattivata: la configurazione non ha una sezione [fleet].</translation>
    </message>
    <message>
        <source>Add [fleet] with host, database and role (docs/fleet.md), then run this again.</source>
        <translation>Aggiungi [fleet] con host, database e role (docs/fleet.md), poi esegui di nuovo il comando.</translation>
    </message>
    <message>
        <source>Fleet mode is off: the configuration has no [fleet] section, so claims and lots do not apply.</source>
        <translation>La modalità flotta è disattivata: la configurazione non ha una sezione [fleet], quindi prenotazioni e lotti non si applicano.</translation>
    </message>
    <message>
        <source>Add [fleet] (docs/fleet.md) to use offline lots.</source>
        <translation>Aggiungi [fleet] (docs/fleet.md) per usare i lotti offline.</translation>
    </message>
    <message>
        <source>ok: {line}</source>
        <translation>ok: {line}</translation>
    </message>
    <message>
        <source>Password (shown once):</source>
        <translation>Password (mostrata una sola volta):</translation>
    </message>
    <message>
        <source>Password of fleet role {role}: </source>
        <translation>Password del ruolo della flotta {role}: </translation>
    </message>
    <message>
        <source>Stored the password of fleet role {role} in the keyring.</source>
        <translation>La password del ruolo della flotta {role} è stata salvata nel portachiavi.</translation>
    </message>
    <message>
        <source>{realm} {device_id}: registered by {station}</source>
        <translation>{realm} {device_id}: registrato da {station}</translation>
    </message>
    <message>
        <source>Created role {name} ({group}).</source>
        <translation>Ruolo {name} creato ({group}).</translation>
    </message>
    <message>
        <source>Reset the password of role {name} ({group}).</source>
        <translation>Password del ruolo {name} reimpostata ({group}).</translation>
    </message>
    <message>
        <source>Created the fleet schema in {database} on {host} (version {version}).</source>
        <translation>Schema della flotta creato in {database} su {host} (versione {version}).</translation>
    </message>
    <message>
        <source>The fleet schema in {database} on {host} is up to date (version {version}).</source>
        <translation>Lo schema della flotta in {database} su {host} è aggiornato (versione {version}).</translation>
    </message>
    <message>
        <source>Migrated the fleet schema in {database} on {host} from version {before} to {after}.</source>
        <translation>Schema della flotta in {database} su {host} migrato dalla versione {before} alla {after}.</translation>
    </message>
    <message>
        <source>{link}: acked seq {acked}, backlog {backlog}</source>
        <translation>{link}: confermato fino a seq {acked}, arretrato {backlog}</translation>
    </message>
    <message>
        <source>{link}: acked seq {acked}, backlog {backlog} ({problem})</source>
        <translation>{link}: confermato fino a seq {acked}, arretrato {backlog} ({problem})</translation>
    </message>
    <message>
        <source>shipped up to seq {seq}; backlog {backlog}</source>
        <translation>inviato fino a seq {seq}; arretrato {backlog}</translation>
    </message>
    <message>
        <source>The password read from standard input is shorter than 12 characters.</source>
        <translation>La password letta dallo standard input è più corta di 12 caratteri.</translation>
    </message>
    <message>
        <source>Give a longer password, or leave out --password-stdin to get a generated one.</source>
        <translation>Indica una password più lunga, oppure ometti --password-stdin per averne una generata.</translation>
    </message>
    <message>
        <source>{station}: {state}, {seen}; today {passed} passed, {failed} not</source>
        <translation>{station}: {state}, {seen}; oggi {passed} superati, {failed} no</translation>
    </message>
    <message>
        <source>{station}: {state}, {seen}; today {passed} passed, {failed} not; OFFLINE LOT {lot} open (by {by})</source>
        <translation>{station}: {state}, {seen}; oggi {passed} superati, {failed} no; LOTTO OFFLINE {lot} aperto (da {by})</translation>
    </message>
    <message>
        <source>Shipping is stopped and nothing is lost locally. Ask plant IT to compare this journal with the centre before shipping again (docs/fleet.md, &apos;Forked journal&apos;).</source>
        <translation>L&apos;invio è fermo e localmente non si perde nulla. Chiedi all&apos;IT dello stabilimento di confrontare questo registro con il centro prima di inviare di nuovo (docs/fleet.md, &apos;Forked journal&apos;).</translation>
    </message>
    <message>
        <source>The centre already holds a different event {seq} for journal {journal_id}: this journal was restored from an older backup or forked.</source>
        <translation>Il centro contiene già un evento {seq} diverso per il registro {journal_id}: questo registro è stato ripristinato da un backup più vecchio o si è biforcato.</translation>
    </message>
    <message>
        <source>The centre holds events up to seq {acked} of journal {journal_id}, but the local journal ends at seq {local}: it was restored from an older backup.</source>
        <translation>Il centro contiene eventi fino a seq {acked} del registro {journal_id}, ma il registro locale termina a seq {local}: è stato ripristinato da un backup più vecchio.</translation>
    </message>
    <message>
        <source>The centre holds a different event {seq} for journal {journal_id}: this journal was restored from an older backup or forked.</source>
        <translation>Il centro contiene un evento {seq} diverso per il registro {journal_id}: questo registro è stato ripristinato da un backup più vecchio o si è biforcato.</translation>
    </message>
    <message>
        <source>Events of this station&apos;s journal are already at the centre under another journal ID (the journal was copied or restored): {detail}</source>
        <translation>Eventi del registro di questa stazione sono già al centro con un altro ID di registro (il registro è stato copiato o ripristinato): {detail}</translation>
    </message>
    <message>
        <source>Put the device from slot {slot} aside for the supervisor (rework).</source>
        <translation>Metti da parte il dispositivo dello slot {slot} per il supervisore (rilavorazione).</translation>
    </message>
    <message>
        <source>This station&apos;s claim on device {device_id} ran out and another station took it; it was not locked (slot {slot}).</source>
        <translation>La prenotazione di questa stazione sul dispositivo {device_id} è scaduta e un&apos;altra stazione l&apos;ha presa; non è stato bloccato (slot {slot}).</translation>
    </message>
    <message>
        <source>This station&apos;s claim on device {device_id} ran out and another station took it; no secret was written to it (slot {slot}).</source>
        <translation>La prenotazione di questa stazione sul dispositivo {device_id} è scaduta e un&apos;altra stazione l&apos;ha presa; non vi è stato scritto alcun segreto (slot {slot}).</translation>
    </message>
    <message>
        <source>Offline lot {lot} is already open (by {by}, {since} UTC). Nothing was changed.</source>
        <translation>Il lotto offline {lot} è già aperto (da {by}, {since} UTC). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Close it first (`station fleet lot close`) if a new lot is meant.</source>
        <translation>Chiudilo prima (`station fleet lot close`) se si intende un nuovo lotto.</translation>
    </message>
    <message>
        <source>Closed offline lot {lot}: without the centre, this station registers nothing new again.</source>
        <translation>Lotto offline {lot} chiuso: senza il centro, questa stazione non registra più nulla di nuovo.</translation>
    </message>
    <message>
        <source>No offline lot is open: without the centre, nothing new is registered.</source>
        <translation>Nessun lotto offline è aperto: senza il centro non viene registrato nulla di nuovo.</translation>
    </message>
    <message>
        <source>No offline lot is open on this station. Nothing was changed.</source>
        <translation>Su questa stazione non è aperto alcun lotto offline. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>`station fleet lot status` shows the station&apos;s lot state.</source>
        <translation>`station fleet lot status` mostra lo stato del lotto della stazione.</translation>
    </message>
    <message>
        <source>Opened offline lot {lot}. While the centre does not answer, this station registers new devices without a claim and journals each one; close the lot with {how_to_close} when the centre is back.</source>
        <translation>Lotto offline {lot} aperto. Finché il centro non risponde, questa stazione registra i nuovi dispositivi senza prenotazione e annota ciascuno nel registro; chiudi il lotto con «{how_to_close}» quando il centro torna.</translation>
    </message>
    <message>
        <source>Offline lot {lot} is open since {since} UTC, by {by}: {reason}</source>
        <translation>Il lotto offline {lot} è aperto dal {since} UTC, da {by}: {reason}</translation>
    </message>
    <message>
        <source>The database {database} on {host} was never initialised for the fleet.</source>
        <translation>Il database {database} su {host} non è mai stato inizializzato per la flotta.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` once, as the database superuser.</source>
        <translation>L&apos;IT dello stabilimento esegue una volta `station fleet init-db`, come superutente del database.</translation>
    </message>
    <message>
        <source>The central database has fleet schema version {found}; this station understands up to {known}. Nothing was changed.</source>
        <translation>Il database centrale ha la versione {found} dello schema della flotta; questa stazione gestisce fino alla {known}. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Upgrade the station software to the version the other stations run.</source>
        <translation>Aggiorna il software della stazione alla versione usata dalle altre stazioni.</translation>
    </message>
    <message>
        <source>No claim on device {device_id} in realm {realm} to release: it was never claimed in this fleet, or it was released already. Nothing was changed.</source>
        <translation>Nessuna prenotazione del dispositivo {device_id} nel realm {realm} da rilasciare: non è mai stato prenotato in questa flotta, o è già stato rilasciato. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Check the device ID and the realm (`--realm`); the station&apos;s rework check shows the device&apos;s state.</source>
        <translation>Controlla l&apos;ID del dispositivo e il realm (`--realm`); il controllo di rilavorazione della stazione mostra lo stato del dispositivo.</translation>
    </message>
    <message>
        <source>The central database has no free connection for role {role}.</source>
        <translation>Il database centrale non ha connessioni libere per il ruolo {role}.</translation>
    </message>
    <message>
        <source>Close other station programs using this role, or ask plant IT to raise max_connections.</source>
        <translation>Chiudi gli altri programmi della stazione che usano questo ruolo, oppure chiedi all&apos;IT dello stabilimento di aumentare max_connections.</translation>
    </message>
    <message>
        <source>There is no database {database} on {host}:{port}.</source>
        <translation>Non esiste un database {database} su {host}:{port}.</translation>
    </message>
    <message>
        <source>Check [fleet] database, or ask plant IT to create it and run `station fleet init-db`.</source>
        <translation>Controlla [fleet] database, oppure chiedi all&apos;IT dello stabilimento di crearlo e di eseguire `station fleet init-db`.</translation>
    </message>
    <message>
        <source>Role {role} may log in but has no rights on the fleet schema.</source>
        <translation>Il ruolo {role} può accedere ma non ha diritti sullo schema della flotta.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet add-station {role}`: it puts the role in the `stations` group.</source>
        <translation>L&apos;IT dello stabilimento esegue `station fleet add-station {role}`: mette il ruolo nel gruppo `stations`.</translation>
    </message>
    <message>
        <source>The central database does not let role {role} log in from this PC.</source>
        <translation>Il database centrale non consente al ruolo {role} di accedere da questo PC.</translation>
    </message>
    <message>
        <source>Ask plant IT to run `station fleet add-station {role}` and to allow this PC in pg_hba.conf.</source>
        <translation>Chiedi all&apos;IT dello stabilimento di eseguire `station fleet add-station {role}` e di consentire questo PC in pg_hba.conf.</translation>
    </message>
    <message>
        <source>The centre refused: role {role} is not a fleet supervisor, so it may not release the claim on {device_id}. Nothing was changed.</source>
        <translation>Il centro ha rifiutato: il ruolo {role} non è un supervisore della flotta, quindi non può rilasciare la prenotazione di {device_id}. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Sign in with your own supervisor role (`--as NAME`); plant IT makes one with `station fleet add-supervisor NAME`.</source>
        <translation>Accedi con il tuo ruolo di supervisore (`--as NAME`); l&apos;IT dello stabilimento lo crea con `station fleet add-supervisor NAME`.</translation>
    </message>
    <message>
        <source>The centre did not record device {device_id} as provisioned by this station (its claim was taken over).</source>
        <translation>Il centro non ha registrato il dispositivo {device_id} come sottoposto a provisioning da questa stazione (la sua prenotazione è stata presa da un&apos;altra).</translation>
    </message>
    <message>
        <source>Put the device from slot {slot} aside for the supervisor: it holds working credentials but the fleet does not know it is done.</source>
        <translation>Metti da parte il dispositivo dello slot {slot} per il supervisore: ha credenziali funzionanti ma la flotta non sa che è completato.</translation>
    </message>
    <message>
        <source>Role {role} may not read the fleet&apos;s attempts.</source>
        <translation>Il ruolo {role} non può leggere i tentativi della flotta.</translation>
    </message>
    <message>
        <source>Sign in with a QA or supervisor role at the centre; plant IT makes one with `station fleet add-qa NAME`.</source>
        <translation>Accedi con un ruolo QA o supervisore al centro; l&apos;IT dello stabilimento lo crea con `station fleet add-qa NAME`.</translation>
    </message>
    <message>
        <source>Role {role} may not read the fleet&apos;s history.</source>
        <translation>Il ruolo {role} non può leggere la cronologia della flotta.</translation>
    </message>
    <message>
        <source>Use a QA or supervisor role (`station fleet add-qa NAME`, `station fleet add-supervisor NAME`).</source>
        <translation>Usa un ruolo QA o supervisore (`station fleet add-qa NAME`, `station fleet add-supervisor NAME`).</translation>
    </message>
    <message>
        <source>The central database has fleet schema version {found}; this station needs {needed}.</source>
        <translation>Il database centrale ha la versione {found} dello schema della flotta; questa stazione richiede la {needed}.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` with this station version to migrate it.</source>
        <translation>L&apos;IT dello stabilimento esegue `station fleet init-db` con questa versione della stazione per migrarlo.</translation>
    </message>
    <message>
        <source>The reason {reason} is too short; nothing was changed.</source>
        <translation>Il motivo {reason} è troppo breve; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Say why in at least {least} characters (e.g. &apos;rework RMA-1234: new board&apos;); QA reads it later.</source>
        <translation>Indica il motivo in almeno {least} caratteri (ad es. &apos;rework RMA-1234: new board&apos;); il QA lo legge in seguito.</translation>
    </message>
    <message>
        <source>The central database refused a fleet request ({detail}).</source>
        <translation>Il database centrale ha rifiutato una richiesta della flotta ({detail}).</translation>
    </message>
    <message>
        <source>Run `station fleet check` on this station; if it passes, report this with the station log. Nothing was lost locally.</source>
        <translation>Esegui `station fleet check` su questa stazione; se va a buon fine, segnala il problema con il log della stazione. Localmente non è andato perso nulla.</translation>
    </message>
    <message>
        <source>Released the claim on {device_id} in realm {realm}: a station may register it again. Recorded at the centre and in this station&apos;s journal.</source>
        <translation>Prenotazione di {device_id} nel realm {realm} rilasciata: una stazione può registrarlo di nuovo. Annotato al centro e nel registro di questa stazione.</translation>
    </message>
    <message>
        <source>Report this: the fleet schema may be damaged.</source>
        <translation>Segnala il problema: lo schema della flotta potrebbe essere danneggiato.</translation>
    </message>
    <message>
        <source>The central database lacks part of the fleet schema this station uses ({detail}): it was never initialised, or with an older station version.</source>
        <translation>Al database centrale manca una parte dello schema della flotta che questa stazione usa ({detail}): non è mai stato inizializzato, o lo è stato con una versione più vecchia della stazione.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` with this station&apos;s version; `station fleet check` on the station says what is missing.</source>
        <translation>L&apos;IT dello stabilimento esegue `station fleet init-db` con la versione di questa stazione; `station fleet check` sulla stazione dice cosa manca.</translation>
    </message>
    <message>
        <source>The fleet shipper stopped on an internal error.</source>
        <translation>L&apos;invio alla flotta si è fermato per un errore interno.</translation>
    </message>
    <message>
        <source>Report this with the station log; provisioning is not affected.</source>
        <translation>Segnala il problema con il log della stazione; il provisioning non è interessato.</translation>
    </message>
    <message>
        <source>The journal keeps everything; it ships when the centre answers.</source>
        <translation>Il registro conserva tutto; viene inviato quando il centro risponde.</translation>
    </message>
    <message>
        <source>The central database is unreachable.</source>
        <translation>Il database centrale non è raggiungibile.</translation>
    </message>
    <message>
        <source>The central database stopped answering ({detail}).</source>
        <translation>Il database centrale ha smesso di rispondere ({detail}).</translation>
    </message>
    <message>
        <source>Check the network to the central server; new devices are not registered until it answers, and the journal ships when it returns.</source>
        <translation>Controlla la rete verso il server centrale; i nuovi dispositivi non vengono registrati finché non risponde, e il registro viene inviato quando torna.</translation>
    </message>
    <message>
        <source>The TLS handshake with {host}:{port} failed: {detail}</source>
        <translation>L&apos;handshake TLS con {host}:{port} non è riuscito: {detail}</translation>
    </message>
    <message>
        <source>Check [fleet] ca_file, cert_file and key_file: the CA must be the plant CA that signed the server&apos;s certificate, the client certificate&apos;s CN must be {role}, and the key file must be readable only by this user (chmod 600).</source>
        <translation>Controlla [fleet] ca_file, cert_file e key_file: la CA deve essere la CA dello stabilimento che ha firmato il certificato del server, il CN del certificato client deve essere {role} e il file della chiave deve essere leggibile solo da questo utente (chmod 600).</translation>
    </message>
    <message>
        <source>The password holds a character that cannot be sent to the central database.</source>
        <translation>La password contiene un carattere che non può essere inviato al database centrale.</translation>
    </message>
    <message>
        <source>Type the password again; if it was stored with `station fleet set-password`, store it again.</source>
        <translation>Digita di nuovo la password; se è stata salvata con `station fleet set-password`, salvala di nuovo.</translation>
    </message>
    <message>
        <source>The role ({value}) holds a character that cannot be sent to the central database.</source>
        <translation>Il ruolo ({value}) contiene un carattere che non può essere inviato al database centrale.</translation>
    </message>
    <message>
        <source>Correct the role where it was set (the station&apos;s configuration, or the field it was typed in) to plain text, e.g. a host name of letters, digits, dots and dashes.</source>
        <translation>Correggi il ruolo dove è stato impostato (la configurazione della stazione o il campo in cui è stato digitato) in testo semplice, ad es. un nome host di lettere, cifre, punti e trattini.</translation>
    </message>
    <message>
        <source>The setting {setting} ({value}) holds a character that cannot be sent to the central database.</source>
        <translation>L&apos;impostazione {setting} ({value}) contiene un carattere che non può essere inviato al database centrale.</translation>
    </message>
    <message>
        <source>Correct the setting {setting} where it was set (the station&apos;s configuration, or the field it was typed in) to plain text, e.g. a host name of letters, digits, dots and dashes.</source>
        <translation>Correggi l&apos;impostazione {setting} dove è stata impostata (la configurazione della stazione o il campo in cui è stata digitata) in testo semplice, ad es. un nome host di lettere, cifre, punti e trattini.</translation>
    </message>
    <message>
        <source>The central database at {host}:{port} cannot be reached ({detail}).</source>
        <translation>Il database centrale su {host}:{port} non è raggiungibile ({detail}).</translation>
    </message>
    <message>
        <source>Check the network cable and that the central server is running; provisioning of new devices stays blocked until it answers, and the journal ships when it returns.</source>
        <translation>Controlla il cavo di rete e che il server centrale sia in funzione; il provisioning di nuovi dispositivi resta bloccato finché non risponde, e il registro viene inviato quando torna.</translation>
    </message>
    <message>
        <source>The central database refused the password of role {role}.</source>
        <translation>Il database centrale ha rifiutato la password del ruolo {role}.</translation>
    </message>
    <message>
        <source>Store the password plant IT gave for this station: `station fleet set-password`. If it was lost, plant IT runs `station fleet add-station {role}` again for a new one.</source>
        <translation>Salva la password che l&apos;IT dello stabilimento ha fornito per questa stazione: `station fleet set-password`. Se è andata persa, l&apos;IT dello stabilimento esegue di nuovo `station fleet add-station {role}` per una nuova.</translation>
    </message>
</context>
<context>
    <name>EngineStarter</name>
    <message>
        <source>Starting the station&apos;s engine…</source>
        <translation>Avvio del motore della stazione…</translation>
    </message>
</context>
<context>
    <name>ErrorClass</name>
    <message>
        <source>Aborted</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Already confirmed in Astarte</source>
        <translation>Già confermato in Astarte</translation>
    </message>
    <message>
        <source>Already passed</source>
        <translation>Già superato</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>Già provisionato</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Già registrato</translation>
    </message>
    <message>
        <source>Another device answered</source>
        <translation>Ha risposto un altro dispositivo</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>Garbled link</source>
        <translation>Collegamento disturbato</translation>
    </message>
    <message>
        <source>Credential missing</source>
        <translation>Credenziali mancanti</translation>
    </message>
    <message>
        <source>Device: already written</source>
        <translation>Dispositivo: già scritto</translation>
    </message>
    <message>
        <source>Device busy</source>
        <translation>Dispositivo occupato</translation>
    </message>
    <message>
        <source>Device confirmed in Astarte</source>
        <translation>Dispositivo confermato in Astarte</translation>
    </message>
    <message>
        <source>Device inhibited in Astarte</source>
        <translation>Dispositivo inibito in Astarte</translation>
    </message>
    <message>
        <source>Device: invalid record</source>
        <translation>Dispositivo: record non valido</translation>
    </message>
    <message>
        <source>Device not in factory mode</source>
        <translation>Dispositivo non in modalità fabbrica</translation>
    </message>
    <message>
        <source>Device: nothing stored</source>
        <translation>Dispositivo: nulla memorizzato</translation>
    </message>
    <message>
        <source>Device: programming failed</source>
        <translation>Dispositivo: programmazione fallita</translation>
    </message>
    <message>
        <source>Device storage corrupt</source>
        <translation>Memoria del dispositivo danneggiata</translation>
    </message>
    <message>
        <source>Device: unknown error</source>
        <translation>Dispositivo: errore sconosciuto</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Duplicate device</source>
        <translation>Dispositivo duplicato</translation>
    </message>
    <message>
        <source>Duplicate refused</source>
        <translation>Duplicato rifiutato</translation>
    </message>
    <message>
        <source>Flash checksum mismatch</source>
        <translation>Checksum flash non corrispondente</translation>
    </message>
    <message>
        <source>Flash protected</source>
        <translation>Flash protetta</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotta</translation>
    </message>
    <message>
        <source>Fleet journal forked</source>
        <translation>Registro di flotta biforcato</translation>
    </message>
    <message>
        <source>Fleet offline</source>
        <translation>Flotta offline</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Vietato</translation>
    </message>
    <message>
        <source>Identity changed</source>
        <translation>Identità cambiata</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Errore interno</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrotto a metà</translation>
    </message>
    <message>
        <source>Invalid device ID</source>
        <translation>ID dispositivo non valido</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Key invalid</source>
        <translation>Chiave non valida</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Portachiavi non disponibile</translation>
    </message>
    <message>
        <source>Label code</source>
        <translation>Codice etichetta</translation>
    </message>
    <message>
        <source>Label scan refused</source>
        <translation>Scansione etichetta rifiutata</translation>
    </message>
    <message>
        <source>Label scan timed out</source>
        <translation>Scansione etichetta scaduta</translation>
    </message>
    <message>
        <source>Learning timed out</source>
        <translation>Apprendimento scaduto</translation>
    </message>
    <message>
        <source>Lease lost</source>
        <translation>Prenotazione persa</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collegamento</translation>
    </message>
    <message>
        <source>MCUmgr error</source>
        <translation>Errore MCUmgr</translation>
    </message>
    <message>
        <source>Held by the MES</source>
        <translation>Bloccato dal MES</translation>
    </message>
    <message>
        <source>MES unavailable</source>
        <translation>MES non disponibile</translation>
    </message>
    <message>
        <source>No device ID</source>
        <translation>Nessun ID dispositivo</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non consentito</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Non risponde</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Not in bootloader</source>
        <translation>Non nel bootloader</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Non autorizzato</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non supportato</translation>
    </message>
    <message>
        <source>NVS carried over</source>
        <translation>NVS riportata</translation>
    </message>
    <message>
        <source>NVS partition</source>
        <translation>Partizione NVS</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <source>Partition table</source>
        <translation>Tabella delle partizioni</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Port ambiguous</source>
        <translation>Porta ambigua</translation>
    </message>
    <message>
        <source>Port busy</source>
        <translation>Porta occupata</translation>
    </message>
    <message>
        <source>Port missing</source>
        <translation>Porta mancante</translation>
    </message>
    <message>
        <source>Port not found</source>
        <translation>Porta non trovata</translation>
    </message>
    <message>
        <source>Port permission</source>
        <translation>Permesso della porta</translation>
    </message>
    <message>
        <source>Printer not ready</source>
        <translation>Stampante non pronta</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Richieste limitate</translation>
    </message>
    <message>
        <source>Read-back mismatch</source>
        <translation>Rilettura non corrispondente</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>Motivo richiesto</translation>
    </message>
    <message>
        <source>Record too big for the device</source>
        <translation>Record troppo grande per il dispositivo</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Risposta troppo grande</translation>
    </message>
    <message>
        <source>Read-back mismatch (Zephyr)</source>
        <translation>Rilettura non corrispondente (Zephyr)</translation>
    </message>
    <message>
        <source>Rework refused</source>
        <translation>Rilavorazione rifiutata</translation>
    </message>
    <message>
        <source>Role not set up</source>
        <translation>Ruolo non configurato</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulatore</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Scarto</translation>
    </message>
    <message>
        <source>Secret rejected</source>
        <translation>Segreto rifiutato</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Errore del server</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Accesso bloccato</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Accesso rifiutato</translation>
    </message>
    <message>
        <source>Sound unavailable</source>
        <translation>Audio non disponibile</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Storage not accepted</source>
        <translation>Memoria non accettata</translation>
    </message>
    <message>
        <source>Target invalid</source>
        <translation>Destinazione non valida</translation>
    </message>
    <message>
        <source>Target not active</source>
        <translation>Destinazione non attiva</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tempo scaduto</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Comando del token</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Token scaduto</translation>
    </message>
    <message>
        <source>Token invalid</source>
        <translation>Token non valido</translation>
    </message>
    <message>
        <source>Token missing</source>
        <translation>Token mancante</translation>
    </message>
    <message>
        <source>Token scope</source>
        <translation>Ambito del token</translation>
    </message>
    <message>
        <source>Token unusable</source>
        <translation>Token inutilizzabile</translation>
    </message>
    <message>
        <source>Tower light unavailable</source>
        <translation>Colonna luminosa non disponibile</translation>
    </message>
    <message>
        <source>udev rules</source>
        <translation>Regole udev</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Risposta inattesa</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Non raggiungibile</translation>
    </message>
    <message>
        <source>Unsupported chip</source>
        <translation>Chip non supportato</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Convalida</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Password Wi-Fi</translation>
    </message>
    <message>
        <source>Write interrupted</source>
        <translation>Scrittura interrotta</translation>
    </message>
    <message>
        <source>Write outcome unknown</source>
        <translation>Esito scrittura sconosciuto</translation>
    </message>
    <message>
        <source>Zephyr configuration malformed</source>
        <translation>Configurazione Zephyr malformata</translation>
    </message>
    <message>
        <source>Zephyr firmware</source>
        <translation>Firmware Zephyr</translation>
    </message>
    <message>
        <source>Zephyr file system</source>
        <translation>File system Zephyr</translation>
    </message>
    <message>
        <source>Zephyr file system full</source>
        <translation>File system Zephyr pieno</translation>
    </message>
    <message>
        <source>Zephyr file system busy</source>
        <translation>File system Zephyr occupato</translation>
    </message>
    <message>
        <source>Zephyr file system read-only</source>
        <translation>File system Zephyr in sola lettura</translation>
    </message>
    <message>
        <source>Zephyr file system not mounted</source>
        <translation>File system Zephyr non montato</translation>
    </message>
    <message>
        <source>Zephyr hash mismatch</source>
        <translation>Hash Zephyr non corrispondente</translation>
    </message>
    <message>
        <source>Zephyr hardware ID unreadable</source>
        <translation>ID hardware Zephyr illeggibile</translation>
    </message>
    <message>
        <source>Zephyr: no file system</source>
        <translation>Zephyr: nessun file system</translation>
    </message>
    <message>
        <source>Zephyr: no hardware ID</source>
        <translation>Zephyr: nessun ID hardware</translation>
    </message>
    <message>
        <source>Zephyr: no shell</source>
        <translation>Zephyr: nessuna shell</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The station hit an internal error. This is a bug in the station, not your doing.</source>
        <translation>La stazione ha avuto un errore interno. È un difetto della stazione, non un tuo errore.</translation>
    </message>
    <message>
        <source>Tell the line supervisor and send the error report (Show Details, Copy) to support; the journal and every finished slot are intact.</source>
        <translation>Avvisa il supervisore di linea e invia il rapporto d&apos;errore (Mostra dettagli, Copia) all&apos;assistenza; il registro e tutti gli slot finiti sono intatti.</translation>
    </message>
    <message>
        <source>{message} What to do: {action}</source>
        <translation>{message} Cosa fare: {action}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Cosa fare: {action}</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Errore interno</translation>
    </message>
    <message>
        <source>The station could not do that</source>
        <translation>La stazione non ha potuto farlo</translation>
    </message>
    <message>
        <source>Internal error, see the log at {path} and send it to support.</source>
        <translation>Errore interno, vedere il log in {path} e inviarlo all&apos;assistenza.</translation>
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
        <translation>Annulla esportazione</translation>
    </message>
    <message>
        <source>Export the shown attempts as {format}</source>
        <translation>Esporta i tentativi mostrati come {format}</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Esportazione in {file}…</translation>
    </message>
    <message>
        <source>Exporting to {file}: {done} of {total}</source>
        <translation>Esportazione in {file}: {done} di {total}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Exported {count} attempt(s) to {file}</source>
        <translation>
            <numerusform>✓ Esportato {count} tentativo in {file}</numerusform>
            <numerusform>✓ Esportati {count} tentativi in {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>✗ Export failed: </source>
        <translation>✗ Esportazione non riuscita: </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Any station</source>
        <translation>Qualsiasi stazione</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Any slot</source>
        <translation>Qualsiasi slot</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Qualsiasi operatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Qualsiasi destinazione</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Classe di errore</translation>
    </message>
    <message>
        <source>Any error class</source>
        <translation>Qualsiasi classe di errore</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Tutto il periodo</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ultime 24 ore</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervallo personalizzato</translation>
    </message>
    <message>
        <source>Not passed (FAIL, SCRAP, Aborted)</source>
        <translation>Non superato (ERRORE, SCARTO, Interrotto)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>Da (ora locale)</translation>
    </message>
    <message>
        <source>Until (not included)</source>
        <translation>Fino a (escluso)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Device ID or serial</source>
        <translation>ID dispositivo o seriale</translation>
    </message>
    <message>
        <source>station {value}</source>
        <translation>stazione {value}</translation>
    </message>
    <message>
        <source>slot {value}</source>
        <translation>slot {value}</translation>
    </message>
    <message>
        <source>operator {value}</source>
        <translation>operatore {value}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>destinazione {value}</translation>
    </message>
    <message>
        <source>error class {value}</source>
        <translation>classe di errore {value}</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Qualsiasi risultato</translation>
    </message>
    <message>
        <source>Device ID or hardware serial contains…</source>
        <translation>ID dispositivo o seriale hardware contiene…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
    <message>
        <source>now</source>
        <translation>adesso</translation>
    </message>
    <message>
        <source>{since} to {until}</source>
        <translation>da {since} a {until}</translation>
    </message>
    <message>
        <source>device/serial contains “{text}”</source>
        <translation>dispositivo/seriale contiene «{text}»</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>tutti i tentativi</translation>
    </message>
</context>
<context>
    <name>FleetDialogs</name>
    <message>
        <source>Only a signed-in supervisor may {what}; nothing was changed.</source>
        <translation>Solo un supervisore che ha effettuato l&apos;accesso può {what}; nulla è stato modificato.</translation>
    </message>
    <message>
        <source>Sign in as supervisor (Roles → Sign in as QA / supervisor…), then try again.</source>
        <translation>Accedi come supervisore (Ruoli → Accedi come QA / supervisore…), poi riprova.</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Ritardo</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Arretrato</translation>
    </message>
    <message>
        <source>Passed today</source>
        <translation>Superati oggi</translation>
    </message>
    <message>
        <source>Not passed today</source>
        <translation>Non superati oggi</translation>
    </message>
    <message>
        <source>Offline lot</source>
        <translation>Lotto offline</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} giorni</translation>
    </message>
    <message>
        <source>{count} (oldest {wait})</source>
        <translation>{count} (il più vecchio {wait})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Fleet: every station</source>
        <translation>Flotta: tutte le stazioni</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Attempts of every station…</source>
        <translation>Tentativi di tutte le stazioni…</translation>
    </message>
    <message>
        <source>Open the QA journal window on the central database (read-only)</source>
        <translation>Apri la finestra del registro QA sul database centrale (sola lettura)</translation>
    </message>
    <message>
        <source>Sign in with your own QA or supervisor role at {host}, then Refresh.</source>
        <translation>Accedi con il tuo ruolo QA o supervisore su {host}, poi Aggiorna.</translation>
    </message>
    <message>
        <source>Your role at the centre</source>
        <translation>Il tuo ruolo al centro</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Reading the centre…</source>
        <translation>Lettura del centro…</translation>
    </message>
    <message>
        <source>Signing in at the centre…</source>
        <translation>Accesso al centro…</translation>
    </message>
    <message>
        <source>The QA window reads every station&apos;s attempts.</source>
        <translation>La finestra QA legge i tentativi di tutte le stazioni.</translation>
    </message>
    <message>
        <source>{lot} (by {who})</source>
        <translation>{lot} (da {who})</translation>
    </message>
    <message numerus="yes">
        <source>{count} station(s), read at {time}</source>
        <translation>
            <numerusform>{count} stazione, letta alle {time}</numerusform>
            <numerusform>{count} stazioni, lette alle {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an offline lot open</source>
        <translation>
            <numerusform>%n con un lotto offline aperto</numerusform>
            <numerusform>%n con un lotto offline aperto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silent</source>
        <translation>
            <numerusform>%n silenziosa</numerusform>
            <numerusform>%n silenziose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}. Reads again every %n s.</source>
        <translation>
            <numerusform>{summary}. Rilegge ogni %n s.</numerusform>
            <numerusform>{summary}. Rilegge ogni %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPageAction</name>
    <message>
        <source>Fleet: every station…</source>
        <translation>Flotta: tutte le stazioni…</translation>
    </message>
</context>
<context>
    <name>FleetSupervisorActions</name>
    <message>
        <source>Fleet: offline lot…</source>
        <translation>Flotta: lotto offline…</translation>
    </message>
    <message>
        <source>Fleet: release a claim…</source>
        <translation>Flotta: rilascia una prenotazione…</translation>
    </message>
</context>
<context>
    <name>IntegrityBadge</name>
    <message>
        <source>Chain not yet verified in this session</source>
        <translation>Catena non ancora verificata in questa sessione</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verifica ora</translation>
    </message>
    <message>
        <source>Show that attempt</source>
        <translation>Mostra quel tentativo</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verifica della catena…</translation>
    </message>
    <message>
        <source>Verifying the chain… {share} % ({done} of {total} records)</source>
        <translation>Verifica della catena… {share} % ({done} di {total} record)</translation>
    </message>
    <message>
        <source>Chain intact: {count} records verified</source>
        <translation>Catena integra: {count} record verificati</translation>
    </message>
    <message>
        <source>Cannot verify: </source>
        <translation>Impossibile verificare: </translation>
    </message>
    <message>
        <source>Verification stopped before the end</source>
        <translation>Verifica interrotta prima della fine</translation>
    </message>
    <message>
        <source>first bad record #{seq}</source>
        <translation>primo record errato #{seq}</translation>
    </message>
    <message>
        <source>the tables disagree with the records</source>
        <translation>le tabelle non concordano con i record</translation>
    </message>
    <message>
        <source>Chain BROKEN — {where} (attempt {attempt}): {reason}</source>
        <translation>Catena SPEZZATA — {where} (tentativo {attempt}): {reason}</translation>
    </message>
    <message>
        <source>Chain BROKEN — {where}: {reason}</source>
        <translation>Catena SPEZZATA — {where}: {reason}</translation>
    </message>
    <message>
        <source>Every station&apos;s chain is verified on the station (station journal verify); the centre refuses a journal that forks from what it holds</source>
        <translation>La catena di ogni stazione è verificata sulla stazione (station journal verify); il centro rifiuta un registro che diverge da quanto già conserva</translation>
    </message>
</context>
<context>
    <name>KeyRouter</name>
    <message>
        <source>Still starting: the pedal was not taken.</source>
        <extracomment>Sees each scan first (the line&apos;s label check-scan); True when it took the scan.</extracomment>
        <translation>Avvio ancora in corso: il pedale non è stato accettato.</translation>
    </message>
    <message>
        <source>Scanned slot label {label} does not match any slot on this fixture.</source>
        <translation>L&apos;etichetta di slot scansionata {label} non corrisponde a nessuno slot di questa attrezzatura.</translation>
    </message>
    <message>
        <source>Check the label, or pick the slot by its number key.</source>
        <translation>Controlla l&apos;etichetta o scegli lo slot con il suo tasto numerico.</translation>
    </message>
    <message>
        <source>No slot shows serial {serial}.</source>
        <translation>Nessuno slot mostra il seriale {serial}.</translation>
    </message>
    <message>
        <source>Serial {serial} is highlighted.</source>
        <translation>Il seriale {serial} è evidenziato.</translation>
    </message>
    <message>
        <source>Slot {slot} took the scanned label.</source>
        <translation>Lo slot {slot} ha preso l&apos;etichetta scansionata.</translation>
    </message>
</context>
<context>
    <name>LabelRouting</name>
    <message>
        <source>Slots {slots} wait for a label scan; the station cannot tell which unit serial {serial} belongs to.</source>
        <translation>Gli slot {slots} attendono la scansione di un&apos;etichetta; la stazione non sa a quale unità appartenga il seriale {serial}.</translation>
    </message>
    <message>
        <source>Select the slot first (scan its SLOT: label or press its number), then scan the label of the unit in it.</source>
        <translation>Seleziona prima lo slot (scansiona la sua etichetta SLOT: o premi il suo numero), poi scansiona l&apos;etichetta dell&apos;unità che contiene.</translation>
    </message>
</context>
<context>
    <name>LabelTemplateEditor</name>
    <message>
        <source>Label template</source>
        <translation>Modello di etichetta</translation>
    </message>
    <message>
        <source>Shown for a sample unit: serial %1, device ID %2. Fields: {serial}, {device_id} and {code} (the QR and DataMatrix code).</source>
        <translation>Mostrato per un&apos;unità di esempio: seriale %1, ID dispositivo %2. Campi: {serial}, {device_id} e {code} (il codice QR e DataMatrix).</translation>
    </message>
    <message>
        <source>Start from the built-in label</source>
        <translation>Parti dall&apos;etichetta predefinita</translation>
    </message>
    <message>
        <source>The built-in label is shown instead.</source>
        <translation>Al suo posto è mostrata l&apos;etichetta integrata.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Nessuna anteprima</translation>
    </message>
    <message>
        <source>The label draws as the printer will print it.</source>
        <translation>L&apos;etichetta appare come la stamperà la stampante.</translation>
    </message>
    <message>
        <source>Save the label template</source>
        <translation>Salva il modello di etichetta</translation>
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
        <translation>Le forme plurali inglesi ({path}) mancano o sono illeggibili, quindi i conteggi si leggono come «2 event(s)».</translation>
    </message>
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
    <name>LineMenu</name>
    <message>
        <source>Acknowledge the failure on the tower</source>
        <translation>Conferma il guasto sulla torretta</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>Ristampa etichetta</translation>
    </message>
    <message>
        <source>Checking the scanned label…</source>
        <translation>Verifica dell&apos;etichetta scansionata…</translation>
    </message>
    <message>
        <source>Reprinting the label of slot {slot}…</source>
        <translation>Ristampa dell&apos;etichetta dello slot {slot}…</translation>
    </message>
    <message>
        <source>Slot {slot} has no label to reprint yet.</source>
        <translation>Lo slot {slot} non ha ancora un&apos;etichetta da ristampare.</translation>
    </message>
    <message>
        <source>Tower light: {signal}</source>
        <translation>Torretta: {signal}</translation>
    </message>
    <message>
        <source>Tower light: none configured</source>
        <translation>Torretta: nessuna configurata</translation>
    </message>
    <message>
        <source>Tower light: not set yet</source>
        <translation>Torretta: non ancora impostata</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} (not printed)</source>
        <translation>Slot {slot}: {unit} (non stampata)</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit}</source>
        <translation>Slot {slot}: {unit}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>Slot {slot}</translation>
    </message>
    <message numerus="yes">
        <source>%n to reprint</source>
        <translation>
            <numerusform>%n da ristampare</numerusform>
            <numerusform>%n da ristampare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to scan</source>
        <translation>
            <numerusform>%n da scansionare</numerusform>
            <numerusform>%n da scansionare</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Line ({counts})</source>
        <translation>&amp;Linea ({counts})</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linea</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Fleet: offline lot</source>
        <translation>Flotta: lotto offline</translation>
    </message>
    <message>
        <source>Why, for the journal (e.g. central server down)</source>
        <translation>Perché, per il giornale (es. server centrale fuori servizio)</translation>
    </message>
    <message>
        <source>Open lot</source>
        <translation>Apri lotto</translation>
    </message>
    <message>
        <source>Close lot</source>
        <translation>Chiudi lotto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>open an offline lot</source>
        <translation>aprire un lotto offline</translation>
    </message>
    <message>
        <source>close the offline lot</source>
        <translation>chiudere il lotto offline</translation>
    </message>
</context>
<context>
    <name>MesPage</name>
    <message>
        <source>MES: override and waiting results</source>
        <translation>MES: forzatura e risultati in attesa</translation>
    </message>
    <message>
        <source>Results the MES has not acknowledged</source>
        <translation>Risultati non ancora confermati dal MES</translation>
    </message>
    <message>
        <source>Tries are counted since this station started: a failed send is not journaled. The journal holds each result and, once the MES takes it, its acknowledgement.</source>
        <translation>I tentativi sono contati dall&apos;avvio di questa stazione: un invio fallito non viene registrato. Il registro contiene ogni risultato e, quando il MES lo accetta, la sua conferma.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Why (required; e.g. the MES ticket number)</source>
        <translation>Motivo (obbligatorio; es. il numero di ticket MES)</translation>
    </message>
    <message>
        <source>Start override</source>
        <translation>Avvia forzatura</translation>
    </message>
    <message>
        <source>End override</source>
        <translation>Termina forzatura</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Let a target with offline policy block go on</source>
        <translation>Far proseguire una destinazione con politica offline block</translation>
    </message>
    <message>
        <source>While the MES cannot be asked, units of this target are provisioned and their results queued; a refusal from an answering MES is never overridden. Journaled with your name and the reason; one shift at most.</source>
        <translation>Finché il MES non risponde, le unità di questa destinazione vengono configurate e i risultati messi in coda; un rifiuto da un MES che risponde non viene mai forzato. Registrato nel giornale con il tuo nome e il motivo; al massimo un turno.</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriale</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>In attesa dal</translation>
    </message>
    <message>
        <source>Tries since start</source>
        <translation>Tentativi dall&apos;avvio</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Prossimo tentativo</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>at the next start of a target that asks the MES</source>
        <translation>al prossimo avvio di una destinazione che interroga il MES</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>Nothing waits: the MES has every result (read at %1).</source>
        <translation>Nulla in attesa: il MES ha ogni risultato (letto alle %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) wait for the MES, kept in the journal (read at %1).</source>
        <translation>
            <numerusform>%n risultato attende il MES, conservato nel giornale (letto alle %1).</numerusform>
            <numerusform>%n risultati attendono il MES, conservati nel giornale (letti alle %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No target of this station asks the MES.</source>
        <translation>Nessuna destinazione di questa stazione interroga il MES.</translation>
    </message>
    <message>
        <source>No override in force for %1.</source>
        <translation>Nessuna forzatura attiva per %1.</translation>
    </message>
    <message>
        <source>Override in force for %1 until %2, by %3: %4</source>
        <translation>Forzatura attiva per %1 fino alle %2, da %3: %4</translation>
    </message>
</context>
<context>
    <name>MesPageAction</name>
    <message>
        <source>MES: override and waiting results…</source>
        <translation>MES: forzatura e risultati in attesa…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi avviso</translation>
    </message>
    <message>
        <source>{message} — What to do: {action}</source>
        <translation>{message} — Cosa fare: {action}</translation>
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
    <message numerus="yes">
        <source>Started %n slot(s).</source>
        <translation>
            <numerusform>Avviato %n slot.</numerusform>
            <numerusform>Avviati %n slot.</numerusform>
        </translation>
    </message>
    <message>
        <source>No slot is ready: load a device and try again.</source>
        <translation>Nessuno slot è pronto: inserisci un dispositivo e riprova.</translation>
    </message>
    <message>
        <source>Slot {slot} shows {state}: load a device before starting it.</source>
        <translation>Lo slot {slot} mostra {state}: inserisci un dispositivo prima di avviarlo.</translation>
    </message>
    <message>
        <source>Slot {slot} did not start ({state}).</source>
        <translation>Lo slot {slot} non è partito ({state}).</translation>
    </message>
    <message>
        <source>{problem} (checked {time})</source>
        <translation>{problem} (verificato alle {time})</translation>
    </message>
    <message>
        <source>checked {time}</source>
        <translation>verificato alle {time}</translation>
    </message>
    <message>
        <source>Stopping safely: aborting running slots and finishing their journal records…</source>
        <translation>Arresto sicuro: interruzione degli slot in corso e chiusura delle loro voci di registro…</translation>
    </message>
    <message>
        <source>Stopping safely…</source>
        <translation>Arresto sicuro…</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Choose a period and press Show summary.</source>
        <translation>Scegli un periodo e premi Mostra riepilogo.</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>Nessun tentativo in questo periodo</translation>
    </message>
    <message>
        <source>No failures in this period</source>
        <translation>Nessun errore in questo periodo</translation>
    </message>
    <message>
        <source>failures per error class</source>
        <translation>errori per classe di errore</translation>
    </message>
    <message>
        <source>cumulative share (right axis)</source>
        <translation>quota cumulativa (asse destro)</translation>
    </message>
    <message>
        <source>{label} {count} ({share} % cumulative)</source>
        <translation>{label} {count} ({share} % cumulativo)</translation>
    </message>
</context>
<context>
    <name>PasteTokenDialog</name>
    <message>
        <source>Issued token for {target}</source>
        <translation>Token emesso per {target}</translation>
    </message>
    <message>
        <source>Paste the Pairing token (a JWT). It goes straight into the OS keyring; the editor shows only its expiry and what it allows.</source>
        <translation>Incolla il token di Pairing (un JWT). Va direttamente nel portachiavi del sistema; l&apos;editor mostra solo la scadenza e cosa consente.</translation>
    </message>
    <message>
        <source>Store in keyring</source>
        <translation>Salva nel portachiavi</translation>
    </message>
</context>
<context>
    <name>Privilege</name>
    <message>
        <source>view the journal</source>
        <translation>consultare il registro</translation>
    </message>
    <message>
        <source>export the journal</source>
        <translation>esportare il registro</translation>
    </message>
    <message>
        <source>change realm targets</source>
        <translation>modificare le destinazioni del realm</translation>
    </message>
    <message>
        <source>choose the active target</source>
        <translation>scegliere la destinazione attiva</translation>
    </message>
    <message>
        <source>import realm keys or tokens</source>
        <translation>importare chiavi del realm o token</translation>
    </message>
    <message>
        <source>override &apos;already passed&apos;</source>
        <translation>forzare &apos;già superato&apos;</translation>
    </message>
    <message>
        <source>unregister devices (rework)</source>
        <translation>annullare la registrazione dei dispositivi (rilavorazione)</translation>
    </message>
    <message>
        <source>override the MES offline policy</source>
        <translation>forzare la regola MES offline</translation>
    </message>
    <message>
        <source>change the touch and pedal settings</source>
        <translation>modificare le impostazioni touch e del pedale</translation>
    </message>
</context>
<context>
    <name>QAAccess</name>
    <message>
        <source>Journal (QA)…</source>
        <translation>Registro (QA)…</translation>
    </message>
    <message>
        <source>Browse, filter, export and summarise the provisioning journal (read-only)</source>
        <translation>Sfoglia, filtra, esporta e riassumi il registro di provisioning (sola lettura)</translation>
    </message>
</context>
<context>
    <name>QAColumns</name>
    <message>
        <source>Started</source>
        <translation>Iniziato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID dispositivo</translation>
    </message>
    <message>
        <source>Hardware serial</source>
        <translation>Seriale hardware</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Classe di errore</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Sort by {column} (the journal sorts, not the PC)</source>
        <translation>Ordina per {column} (ordina il registro, non il PC)</translation>
    </message>
    <message>
        <source>(not in the journal)</source>
        <translation>(non nel registro)</translation>
    </message>
    <message>
        <source>{message}
What the operator was told: {action}</source>
        <translation>{message}
Cosa è stato detto all&apos;operatore: {action}</translation>
    </message>
    <message>
        <source>{label} (in exports: {raw})</source>
        <translation>{label} (nelle esportazioni: {raw})</translation>
    </message>
</context>
<context>
    <name>QAJob</name>
    <message>
        <source>Stopped by the QA user.</source>
        <translation>Interrotto dall&apos;utente QA.</translation>
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
        <translation>ERRORE</translation>
    </message>
    <message>
        <source>SCRAP</source>
        <translation>SCARTO</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperato</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>Già configurato</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Incompiuto</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Accesso fallito</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Accesso bloccato</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Destinazione modificata</translation>
    </message>
    <message>
        <source>Active target changed</source>
        <translation>Destinazione attiva modificata</translation>
    </message>
    <message>
        <source>Realm key imported</source>
        <translation>Chiave del realm importata</translation>
    </message>
    <message>
        <source>Token changed</source>
        <translation>Token modificato</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Forzatura</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Registrazione annullata</translation>
    </message>
    <message>
        <source>Unregister failed</source>
        <translation>Annullamento registrazione fallito</translation>
    </message>
    <message>
        <source>Role password changed</source>
        <translation>Password del ruolo modificata</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password modificata</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>Etichetta stampata</translation>
    </message>
    <message>
        <source>Label reprinted</source>
        <translation>Etichetta ristampata</translation>
    </message>
    <message>
        <source>Label scanned back</source>
        <translation>Etichetta riscansionata</translation>
    </message>
    <message>
        <source>MES check skipped (offline)</source>
        <translation>Verifica MES saltata (offline)</translation>
    </message>
    <message>
        <source>MES result queued</source>
        <translation>Risultato MES in coda</translation>
    </message>
    <message>
        <source>MES result acknowledged</source>
        <translation>Risultato MES confermato</translation>
    </message>
    <message>
        <source>MES block overridden</source>
        <translation>Blocco MES forzato</translation>
    </message>
    <message>
        <source>Touch and pedal settings changed</source>
        <translation>Impostazioni touch e pedale modificate</translation>
    </message>
    <message>
        <source>OTP (write-once)</source>
        <translation>OTP (scrivibile una volta)</translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation>Memoria sicura</translation>
    </message>
</context>
<context>
    <name>QAStandIn</name>
    <message>
        <source>Being read again: this row shows what was read before.</source>
        <translation>In rilettura: questa riga mostra quanto letto in precedenza.</translation>
    </message>
</context>
<context>
    <name>QAWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Chain not yet verified in this session ({records} records; Verify now takes a minute or two)</source>
        <translation>Catena non ancora verificata in questa sessione ({records} record; Verifica ora richiede un paio di minuti)</translation>
    </message>
    <message>
        <source>Provisioning journal (QA, read-only) — {0}</source>
        <translation>Registro di provisioning (QA, sola lettura) — {0}</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventi di audit</translation>
    </message>
    <message>
        <source>Searching the journal…</source>
        <translation>Ricerca nel registro…</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aggiornato {time}</translation>
    </message>
    <message numerus="yes">
        <source>{count} attempt(s) match ({filter})</source>
        <translation>
            <numerusform>{count} tentativo corrisponde ({filter})</numerusform>
            <numerusform>{count} tentativi corrispondono ({filter})</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected attempt does not match the filter any more.</source>
        <translation>Il tentativo selezionato non corrisponde più al filtro.</translation>
    </message>
    <message>
        <source>That attempt is not in the journal.</source>
        <translation>Quel tentativo non è nel registro.</translation>
    </message>
    <message>
        <source>Attempt {0} is not in the journal&apos;s attempt table.</source>
        <translation>Il tentativo {0} non è nella tabella dei tentativi del registro.</translation>
    </message>
    <message>
        <source>Its records may have been removed; keep this journal for investigation.</source>
        <translation>I suoi record potrebbero essere stati rimossi; conserva questo registro per l&apos;indagine.</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Non consentito</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Il registro non può essere aperto</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Export shown attempts as CSV…</source>
        <translation>Esporta i tentativi mostrati come CSV…</translation>
    </message>
    <message>
        <source>Export shown attempts as JSON Lines…</source>
        <translation>Esporta i tentativi mostrati come JSON Lines…</translation>
    </message>
    <message>
        <source>Verify the chain now</source>
        <translation>Verifica ora la catena</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Aggiorna ora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ReleaseClaimDialog</name>
    <message>
        <source>Fleet: release a claim for rework</source>
        <translation>Flotta: rilascia una prenotazione per rilavorazione</translation>
    </message>
    <message>
        <source>Why, for the journal (e.g. rework RMA-1234)</source>
        <translation>Perché, per il giornale (es. rilavorazione RMA-1234)</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Rilascia prenotazione</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID dispositivo</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>This station&apos;s supervisor password</source>
        <translation>Password supervisore di questa stazione</translation>
    </message>
    <message>
        <source>Your role at the centre</source>
        <translation>Il tuo ruolo nel centro</translation>
    </message>
    <message>
        <source>Its password</source>
        <translation>La sua password</translation>
    </message>
    <message>
        <source>release a claim</source>
        <translation>rilasciare una prenotazione</translation>
    </message>
    <message>
        <source>Releasing at the centre…</source>
        <translation>Rilascio nel centro…</translation>
    </message>
</context>
<context>
    <name>ReworkDialog</name>
    <message>
        <source>Not on a slot</source>
        <translation>Non in uno slot</translation>
    </message>
    <message>
        <source>Rework: unregister a device</source>
        <translation>Rilavorazione: annulla la registrazione di un dispositivo</translation>
    </message>
    <message>
        <source>Target {name}: realm {realm} at {url}</source>
        <translation>Destinazione {name}: realm {realm} su {url}</translation>
    </message>
    <message>
        <source>22-character Astarte device ID</source>
        <translation>ID dispositivo Astarte di 22 caratteri</translation>
    </message>
    <message>
        <source>Check storage</source>
        <translation>Controlla memoria</translation>
    </message>
    <message>
        <source>Check the device&apos;s storage first.</source>
        <translation>Controlla prima la memoria del dispositivo.</translation>
    </message>
    <message>
        <source>I understand: this unit may never hold working credentials again.</source>
        <translation>Ho capito: questa unità potrebbe non avere mai più credenziali valide.</translation>
    </message>
    <message>
        <source>Why (required; e.g. &apos;returned by customer, RMA 4711&apos;)</source>
        <translation>Perché (obbligatorio; ad es. &apos;reso dal cliente, RMA 4711&apos;)</translation>
    </message>
    <message>
        <source>Unregister device</source>
        <translation>Annulla registrazione</translation>
    </message>
    <message>
        <source>Allow provisioning again (override &apos;already passed&apos;)</source>
        <translation>Consenti di nuovo il provisioning (forza &apos;già superato&apos;)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID dispositivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Slot {slot}: {device}</source>
        <translation>Slot {slot}: {device}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>Slot {slot}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>The device on slot {slot} is {device}, not {typed}.</source>
        <translation>Il dispositivo nello slot {slot} è {device}, non {typed}.</translation>
    </message>
    <message>
        <source>Choose the right slot, or clear the device ID to use the slot&apos;s.</source>
        <translation>Scegli lo slot giusto, o svuota l&apos;ID dispositivo per usare quello dello slot.</translation>
    </message>
    <message>
        <source>{message}
What to do: {action}</source>
        <translation>{message}
Cosa fare: {action}</translation>
    </message>
    <message>
        <source>The storage could not be checked: </source>
        <translation>Impossibile controllare la memoria: </translation>
    </message>
    <message>
        <source>Unregistering…</source>
        <translation>Annullamento registrazione…</translation>
    </message>
    <message>
        <source>Device {device} is unregistered from realm {realm}. It can be registered again; allow provisioning it again when it is back on a slot.</source>
        <translation>Il dispositivo {device} non è più registrato nel realm {realm}. Può essere registrato di nuovo; consenti di nuovo il provisioning quando torna in uno slot.</translation>
    </message>
    <message>
        <source>Not unregistered: </source>
        <translation>Registrazione non annullata: </translation>
    </message>
    <message>
        <source>Override recorded: slot {slot} may provision a device that already passed. It ends after that attempt or when the supervisor session ends.</source>
        <translation>Forzatura registrata: lo slot {slot} può configurare un dispositivo già superato. Termina dopo quel tentativo o alla fine della sessione del supervisore.</translation>
    </message>
    <message>
        <source>Override recorded: the next attempt on any slot may provision a device that already passed. It ends after that attempt or when the supervisor session ends.</source>
        <translation>Forzatura registrata: il prossimo tentativo in qualsiasi slot può configurare un dispositivo già superato. Termina dopo quel tentativo o alla fine della sessione del supervisore.</translation>
    </message>
    <message>
        <source>Not allowed: </source>
        <translation>Non consentito: </translation>
    </message>
    <message>
        <source>{name} is signed in as {role}; only a supervisor may unregister devices.</source>
        <translation>{name} ha effettuato l&apos;accesso come {role}; solo un supervisore può annullare la registrazione dei dispositivi.</translation>
    </message>
    <message>
        <source>Ask a supervisor to sign in (Roles menu).</source>
        <translation>Chiedi a un supervisore di accedere (menu Ruoli).</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
</context>
<context>
    <name>RoleController</name>
    <message>
        <source>The privileged session was locked after {minutes} min without input; sign in again to continue.</source>
        <translation>La sessione privilegiata è stata bloccata dopo {minutes} min senza input; accedi di nuovo per continuare.</translation>
    </message>
    <message>
        <source>Needs a supervisor sign-in ({privilege}).</source>
        <translation>Richiede l&apos;accesso di un supervisore ({privilege}).</translation>
    </message>
</context>
<context>
    <name>RoleSignInDialog</name>
    <message>
        <source>QA / supervisor sign-in</source>
        <translation>Accesso QA / supervisore</translation>
    </message>
    <message>
        <source>Sign in for privileged work</source>
        <translation>Accedi per le operazioni riservate</translation>
    </message>
    <message>
        <source>Your name (recorded in the journal)</source>
        <translation>Il tuo nome (registrato nel registro)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Sign-in is locked after repeated wrong passwords.</source>
        <translation>L&apos;accesso è bloccato dopo ripetute password errate.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>You may try again.</source>
        <translation>Puoi riprovare.</translation>
    </message>
</context>
<context>
    <name>SetupNeededDialog</name>
    <message>
        <source>The station is not set up yet</source>
        <translation>La stazione non è ancora configurata</translation>
    </message>
    <message>
        <source>This station has no configuration yet.</source>
        <translation>Questa stazione non ha ancora una configurazione.</translation>
    </message>
    <message>
        <source>A supervisor sets the station up: write the configuration file at the path above (which fixture, the port of each slot, the Astarte realm; docs/configuration.md has a complete example), check it with the command below, then press Try again.</source>
        <translation>Un supervisore configura la stazione: scrivi il file di configurazione nel percorso sopra (quale attrezzatura, la porta di ogni slot, il realm Astarte; docs/configuration.md ha un esempio completo), controllalo con il comando sotto, poi premi Riprova.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>La stazione non può avviarsi</translation>
    </message>
    <message>
        <source>Correct the configuration, then press Try again.</source>
        <translation>Correggi la configurazione, poi premi Riprova.</translation>
    </message>
    <message>
        <source>The station looks for its configuration at:
{path}</source>
        <translation>La stazione cerca la sua configurazione in:
{path}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Cosa fare: {action}</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copia il comando</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Operator sign-in</source>
        <translation>Accesso operatore</translation>
    </message>
    <message>
        <source>Who is operating this station?</source>
        <translation>Chi usa questa stazione?</translation>
    </message>
    <message>
        <source>Your name is recorded in the journal with every device you provision.</source>
        <translation>Il tuo nome viene registrato nel registro con ogni dispositivo che configuri.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
</context>
<context>
    <name>SlotTile</name>
    <message>
        <source>Starting</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Cosa fare: {action}</translation>
    </message>
    <message>
        <source>Slot {slot}: {state}</source>
        <translation>Slot {slot}: {state}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>Slot {slot}</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID dispositivo</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriale</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Avvia</translation>
    </message>
    <message>
        <source>■ Abort</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <source>✓ Clear</source>
        <translation>✓ Fatto</translation>
    </message>
    <message>
        <source>◀ scanned</source>
        <translation>◀ scansionato</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Cannot register</source>
        <translation>Registrazione impossibile</translation>
    </message>
    <message>
        <source>○ No device</source>
        <translation>○ Vuoto</translation>
    </message>
    <message>
        <source>● Loaded</source>
        <translation>● Inserito</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Vuoto</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ERRORE</translation>
    </message>
    <message>
        <source>SCRAP</source>
        <translation>SCARTO</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>Già configurato</translation>
    </message>
    <message>
        <source>Pairing OK</source>
        <translation>Pairing OK</translation>
    </message>
    <message>
        <source>Pairing unreachable</source>
        <translation>Pairing non raggiungibile</translation>
    </message>
    <message>
        <source>Pairing: checking…</source>
        <translation>Pairing: verifica…</translation>
    </message>
</context>
<context>
    <name>StationApp</name>
    <message>
        <source>The station cannot start</source>
        <extracomment>The `[line]` settings the window takes, read again on each (re)start: pedal key, touch mode.</extracomment>
        <translation>La stazione non può avviarsi</translation>
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
        <translation>{step} {duration} non riuscito</translation>
    </message>
    <message>
        <source>total {duration}</source>
        <translation>totale {duration}</translation>
    </message>
    <message>
        <source>No steps recorded</source>
        <translation>Nessun passo registrato</translation>
    </message>
    <message>
        <source>{duration}  ✗ failed</source>
        <translation>{duration}  ✗ fallito</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Error class</source>
        <translation>Classe di errore</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Errori</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulativo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superati</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riusciti</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>Scartati</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Incompiuti</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation>Resa al primo passaggio</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>Unità all&apos;ora</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Non identificati</translation>
    </message>
    <message>
        <source>Provisioning summary</source>
        <translation>Riepilogo del provisioning</translation>
    </message>
    <message>
        <source>{passed} (including {recovered} recovered after a restart)</source>
        <translation>{passed} (di cui {recovered} recuperati dopo un riavvio)</translation>
    </message>
    <message>
        <source>{yield_} ({first} of {devices} devices)</source>
        <translation>{yield_} ({first} di {devices} dispositivi)</translation>
    </message>
    <message>
        <source>{count} attempt (not in the yield)</source>
        <translation>{count} tentativo (non nella resa)</translation>
    </message>
    <message>
        <source>{count} attempts (not in the yield)</source>
        <translation>{count} tentativi (non nella resa)</translation>
    </message>
    <message>
        <source>— (only {active} of production)</source>
        <translation>— (solo {active} di produzione)</translation>
    </message>
    <message>
        <source>{rate} (over {active} of active production)</source>
        <translation>{rate} (su {active} di produzione attiva)</translation>
    </message>
    <message>
        <source>Cannot write the PDF report to {path}.</source>
        <translation>Impossibile scrivere il report PDF in {path}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Scegli una cartella in cui puoi scrivere, con spazio libero.</translation>
    </message>
    <message>
        <source>The PDF report {path} was not written.</source>
        <translation>Il report PDF {path} non è stato scritto.</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periodo: {period}</translation>
    </message>
    <message>
        <source>Attempts included: {scope}</source>
        <translation>Tentativi inclusi: {scope}</translation>
    </message>
    <message>
        <source>Journal: {journal}</source>
        <translation>Registro: {journal}</translation>
    </message>
    <message>
        <source>Journal integrity: {state}</source>
        <translation>Integrità del registro: {state}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Stampato {time}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Failures by error class (Pareto)</source>
        <translation>Errori per classe di errore (Pareto)</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Intervallo di date</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Mattino</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Pomeriggio</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Notte</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domenica</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Riepiloga</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>A (incluso)</translation>
    </message>
    <message>
        <source>Choose a period and press Show summary.</source>
        <translation>Scegli un periodo e premi Mostra riepilogo.</translation>
    </message>
    <message>
        <source>Only attempts matching the table&apos;s other filters</source>
        <translation>Solo i tentativi che corrispondono agli altri filtri della tabella</translation>
    </message>
    <message>
        <source>Show summary</source>
        <translation>Mostra riepilogo</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <source>{shift} ({start}–{end})</source>
        <translation>{shift} ({start}–{end})</translation>
    </message>
    <message>
        <source>{shift} shift of {day} ({hours})</source>
        <translation>turno {shift} di {day} ({hours})</translation>
    </message>
    <message>
        <source>The date range ends before it begins.</source>
        <translation>L&apos;intervallo di date finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>Choose a &apos;To&apos; date on or after &apos;From&apos;.</source>
        <translation>Scegli una data &apos;A&apos; uguale o successiva a &apos;Da&apos;.</translation>
    </message>
    <message>
        <source>{first} to {last} (whole days)</source>
        <translation>da {first} a {last} (giorni interi)</translation>
    </message>
    <message>
        <source>{start}–{end} local time</source>
        <translation>{start}–{end} ora locale</translation>
    </message>
    <message>
        <source>matching the table&apos;s filters ({filter}), period as above</source>
        <translation>corrispondenti ai filtri della tabella ({filter}), periodo come sopra</translation>
    </message>
    <message>
        <source>every attempt started in the period</source>
        <translation>ogni tentativo iniziato nel periodo</translation>
    </message>
    <message>
        <source>Computing the summary for {period}…</source>
        <translation>Calcolo del riepilogo per {period}…</translation>
    </message>
    <message>
        <source>Summary for {period}; {scope}.</source>
        <translation>Riepilogo per {period}; {scope}.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Salva il riepilogo come PDF</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Report PDF (*.pdf)</translation>
    </message>
    <message>
        <source>There is no summary to print yet.</source>
        <translation>Non c&apos;è ancora un riepilogo da stampare.</translation>
    </message>
    <message>
        <source>Press Show summary first.</source>
        <translation>Premi prima Mostra riepilogo.</translation>
    </message>
    <message>
        <source>PDF report written to {path}.</source>
        <translation>Report PDF scritto in {path}.</translation>
    </message>
</context>
<context>
    <name>SupervisorTools</name>
    <message>
        <source>Sign in as QA / supervisor…</source>
        <translation>Accedi come QA / supervisore…</translation>
    </message>
    <message>
        <source>Sign out (back to operator)</source>
        <translation>Esci (torna all&apos;operatore)</translation>
    </message>
    <message>
        <source>Targets and keys…</source>
        <translation>Destinazioni e chiavi…</translation>
    </message>
    <message>
        <source>Rework: unregister a device…</source>
        <translation>Rilavorazione: annulla la registrazione di un dispositivo…</translation>
    </message>
    <message>
        <source>Role: {role} ({name})</source>
        <translation>Ruolo: {role} ({name})</translation>
    </message>
    <message>
        <source>the supervisor session ended</source>
        <translation>la sessione del supervisore è terminata</translation>
    </message>
    <message>
        <source>This station&apos;s engine cannot apply an override from the screen.</source>
        <translation>Il motore di questa stazione non può applicare una forzatura dallo schermo.</translation>
    </message>
    <message>
        <source>Provision the device with `station rework reprovision --slots SLOT --reason WHY`.</source>
        <translation>Esegui il provisioning del dispositivo con `station rework reprovision --slots SLOT --reason WHY`.</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>lo slot {slot}</translation>
    </message>
    <message>
        <source>the next attempt</source>
        <translation>il prossimo tentativo</translation>
    </message>
    <message>
        <source>Supervisor override: {where} may provision a device that already passed.</source>
        <translation>Forzatura del supervisore: {where} può eseguire il provisioning di un dispositivo già superato.</translation>
    </message>
    <message>
        <source>Load the reworked device and press Provision.</source>
        <translation>Carica il dispositivo rilavorato e premi Provisioning.</translation>
    </message>
    <message>
        <source>The &apos;already passed&apos; override has ended ({why}).</source>
        <translation>La forzatura &apos;già superato&apos; è terminata ({why}).</translation>
    </message>
    <message>
        <source>slot {slot} finished its attempt</source>
        <translation>lo slot {slot} ha terminato il tentativo</translation>
    </message>
    <message>
        <source>The active target is now {target} (realm {realm})</source>
        <translation>La destinazione attiva è ora {target} (realm {realm})</translation>
    </message>
    <message>
        <source>The settings of target {target} (realm {realm}) changed</source>
        <translation>Le impostazioni della destinazione {target} (realm {realm}) sono cambiate</translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation>{what}.</translation>
    </message>
    <message>
        <source>Restart the station to provision with them.</source>
        <translation>Riavvia la stazione per eseguire il provisioning con esse.</translation>
    </message>
    <message>
        <source>{what}; the screen restarts to use it when no slot is working.</source>
        <translation>{what}; lo schermo si riavvia per usarla quando nessuno slot è al lavoro.</translation>
    </message>
    <message>
        <source>Now provisioning with target {target} (realm {realm}) as saved; the shift counters and each slot&apos;s last result were kept, and {name} is still signed in.</source>
        <translation>Provisioning ora con la destinazione {target} (realm {realm}) come salvata; i contatori del turno e l&apos;ultimo risultato di ogni slot sono stati mantenuti, e {name} ha ancora l&apos;accesso.</translation>
    </message>
    <message>
        <source>Now provisioning with target {target} (realm {realm}) as saved; the shift counters and each slot&apos;s last result were kept.</source>
        <translation>Provisioning ora con la destinazione {target} (realm {realm}) come salvata; i contatori del turno e l&apos;ultimo risultato di ogni slot sono stati mantenuti.</translation>
    </message>
</context>
<context>
    <name>TargetField</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Pairing URL</source>
        <translation>URL di Pairing</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Token source</source>
        <translation>Origine del token</translation>
    </message>
    <message>
        <source>Token lifetime (s)</source>
        <translation>Durata del token (s)</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Comando del token</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundle CA</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID dispositivo</translation>
    </message>
    <message>
        <source>UUIDv5 namespace</source>
        <translation>Namespace UUIDv5</translation>
    </message>
    <message>
        <source>Identity field</source>
        <translation>Campo di identità</translation>
    </message>
    <message>
        <source>Accepted storage</source>
        <translation>Memoria accettata</translation>
    </message>
    <message>
        <source>Initial introspection</source>
        <translation>Introspezione iniziale</translation>
    </message>
    <message>
        <source>Registrations in flight</source>
        <translation>Registrazioni in corso</translation>
    </message>
    <message>
        <source>Serial allowlist</source>
        <translation>Elenco seriali consentiti</translation>
    </message>
    <message>
        <source>&apos;Confirmed&apos; counts as pass</source>
        <translation>&apos;Confermato&apos; conta come superato</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Stampa etichette</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>Modello di etichetta</translation>
    </message>
    <message>
        <source>Check-scan labels</source>
        <translation>Scansione di controllo etichette</translation>
    </message>
    <message>
        <source>Check-scan deadline (s)</source>
        <translation>Scadenza della scansione di controllo (s)</translation>
    </message>
    <message>
        <source>MES recipe</source>
        <translation>Ricetta MES</translation>
    </message>
    <message>
        <source>MES offline</source>
        <translation>MES offline</translation>
    </message>
    <message>
        <source>Names the target here and its keyring entries; letters, digits, . _ -</source>
        <translation>Dà il nome alla destinazione qui e alle sue voci nel portachiavi; lettere, cifre, . _ -</translation>
    </message>
    <message>
        <source>e.g. https://api.astarte.example.com/pairing</source>
        <translation>es. https://api.astarte.example.com/pairing</translation>
    </message>
    <message>
        <source>Lower-case letters and digits, starting with a letter</source>
        <translation>Lettere minuscole e cifre, iniziando con una lettera</translation>
    </message>
    <message>
        <source>Realm key or issued token in the keyring, or a command</source>
        <translation>Chiave del realm o token emesso nel portachiavi, oppure un comando</translation>
    </message>
    <message>
        <source>Minted tokens live this long: {low} to {high} s</source>
        <translation>Durata dei token generati: da {low} a {high} s</translation>
    </message>
    <message>
        <source>Program and arguments, one per line</source>
        <translation>Programma e argomenti, uno per riga</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the Astarte certificate</source>
        <translation>File PEM della CA che ha firmato il certificato di Astarte</translation>
    </message>
    <message>
        <source>From the device, or UUIDv5 over an identity field</source>
        <translation>Dal dispositivo, oppure UUIDv5 su un campo di identità</translation>
    </message>
    <message>
        <source>The product line&apos;s namespace UUID</source>
        <translation>L&apos;UUID del namespace della linea di prodotto</translation>
    </message>
    <message>
        <source>Which identity field the UUIDv5 is taken over</source>
        <translation>Su quale campo di identità si calcola l&apos;UUIDv5</translation>
    </message>
    <message>
        <source>Storage kinds this target provisions</source>
        <translation>Tipi di memoria di cui questa destinazione esegue il provisioning</translation>
    </message>
    <message>
        <source>One per line: interface major.minor</source>
        <translation>Una per riga: interfaccia major.minor</translation>
    </message>
    <message>
        <source>{low} to {high} at once; Slot count when unset</source>
        <translation>Da {low} a {high} alla volta; se non impostato, il numero di slot</translation>
    </message>
    <message>
        <source>Regular expression the whole serial matches</source>
        <translation>Espressione regolare a cui corrisponde l&apos;intero seriale</translation>
    </message>
    <message>
        <source>At the cloud check</source>
        <translation>Al controllo nel cloud</translation>
    </message>
    <message>
        <source>After each PASS, on the line&apos;s label printer</source>
        <translation>Dopo ogni OK, sulla stampante di etichette della linea</translation>
    </message>
    <message>
        <source>ZPL file; empty: the built-in 2 x 1 inch label</source>
        <translation>File ZPL; vuoto: l&apos;etichetta integrata da 2 x 1 pollici</translation>
    </message>
    <message>
        <source>Scan each printed label back before the unit leaves</source>
        <translation>Scansiona ogni etichetta stampata prima che l&apos;unità esca</translation>
    </message>
    <message>
        <source>How long a unit waits for its label&apos;s scan: {low} to {high} s</source>
        <translation>Quanto un&apos;unità attende la scansione della sua etichetta: da {low} a {high} s</translation>
    </message>
    <message>
        <source>Empty: the MES is not asked for this target</source>
        <translation>Vuoto: il MES non viene interpellato per questa destinazione</translation>
    </message>
    <message>
        <source>Block, or allow and queue the results</source>
        <translation>Blocca, oppure consenti e metti in coda i risultati</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Realm key in the OS keyring</source>
        <translation>Chiave del realm nel portachiavi del sistema</translation>
    </message>
    <message>
        <source>Issued token in the OS keyring</source>
        <translation>Token emesso nel portachiavi del sistema</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Comando del token</translation>
    </message>
    <message>
        <source>Reported by the device</source>
        <translation>Riportato dal dispositivo</translation>
    </message>
    <message>
        <source>UUIDv5 of an identity field</source>
        <translation>UUIDv5 di un campo di identità</translation>
    </message>
    <message>
        <source>Correct the field marked in the form.</source>
        <translation>Correggi il campo segnato nel modulo.</translation>
    </message>
    <message>
        <source>One argument per line, the program first</source>
        <translation>Un argomento per riga, prima il programma</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs only</source>
        <translation>Vuoto: solo le CA attendibili del sistema</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Slot count</source>
        <translation>Numero di slot</translation>
    </message>
    <message>
        <source>Empty: every serial</source>
        <translation>Vuoto: ogni seriale</translation>
    </message>
    <message>
        <source>A device Astarte reports as confirmed passes</source>
        <translation>Un dispositivo che Astarte riporta come confermato è superato</translation>
    </message>
    <message>
        <source>Print the unit&apos;s label after each PASS</source>
        <translation>Stampa l&apos;etichetta dell&apos;unità dopo ogni OK</translation>
    </message>
    <message>
        <source>Empty: the built-in 2 x 1 inch label</source>
        <translation>Vuoto: l&apos;etichetta integrata da 2 x 1 pollici</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Scan each printed label back before the unit leaves</source>
        <extracomment>Where a relative `label_template` is taken from (the configuration file&apos;s folder).</extracomment>
        <translation>Scansiona ogni etichetta stampata prima che l&apos;unità esca</translation>
    </message>
    <message>
        <source>Empty: the MES is not asked</source>
        <translation>Vuoto: il MES non viene interpellato</translation>
    </message>
    <message>
        <source>Block: no unit while the MES cannot be asked</source>
        <translation>Blocca: nessuna unità finché il MES non risponde</translation>
    </message>
    <message>
        <source>Allow and queue the results</source>
        <translation>Consenti e metti in coda i risultati</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>Bundle CA (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>File PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Line {n} ({line!r}) is not &apos;interface major.minor&apos;, e.g. &apos;{example}&apos;.</source>
        <translation>La riga {n} ({line!r}) non è &apos;interfaccia major.minor&apos;, ad es. &apos;{example}&apos;.</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <source>Realm targets and keys</source>
        <translation>Destinazioni del realm e chiavi</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuova destinazione</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Why (recorded in the journal with the change)</source>
        <translation>Perché (registrato nel registro con la modifica)</translation>
    </message>
    <message>
        <source>Save target</source>
        <translation>Salva destinazione</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Destinazioni</translation>
    </message>
    <message>
        <source>Active target per fixture</source>
        <translation>Destinazione attiva per attrezzatura</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Rendi attiva</translation>
    </message>
    <message numerus="yes">
        <source>ℹ {target} is the active target of fixture {fixtures}: saving a change restarts the operator screen on it as soon as no slot is working. The shift counters, each slot&apos;s last result and your sign-in are kept.</source>
        <translation>
            <numerusform>ℹ {target} è la destinazione attiva dell&apos;attrezzatura {fixtures}: salvare una modifica riavvia lo schermo operatore su di essa appena nessuno slot è al lavoro. I contatori del turno, l&apos;ultimo risultato di ogni slot e il tuo accesso vengono mantenuti.</numerusform>
            <numerusform>ℹ {target} è la destinazione attiva delle attrezzature {fixtures}: salvare una modifica riavvia lo schermo operatore su di essa appena nessuno slot è al lavoro. I contatori del turno, l&apos;ultimo risultato di ogni slot e il tuo accesso vengono mantenuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>the new target</source>
        <translation>la nuova destinazione</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to {target}?</source>
        <translation>Scartare le modifiche non salvate a {target}?</translation>
    </message>
    <message>
        <source>Cancel goes back to the editor; Save target keeps the changes.</source>
        <translation>Annulla torna all&apos;editor; Salva destinazione mantiene le modifiche.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Non salvato: </translation>
    </message>
    <message>
        <source>Not done: </source>
        <translation>Non eseguito: </translation>
    </message>
    <message>
        <source>Target {target!r} saved.</source>
        <translation>Destinazione {target!r} salvata.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvataggio</translation>
    </message>
    <message>
        <source>Target {target!r} deleted, with its keyring entries.</source>
        <translation>Destinazione {target!r} eliminata, con le sue voci nel portachiavi.</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>Fixture {fixture} now provisions into {target!r}.</source>
        <translation>L&apos;attrezzatura {fixture} ora esegue il provisioning in {target!r}.</translation>
    </message>
    <message>
        <source>Saving the active target</source>
        <translation>Salvataggio della destinazione attiva</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}; only a supervisor may open the target editor.</source>
        <translation>{name} ha effettuato l&apos;accesso come {role}; solo un supervisore può aprire l&apos;editor delle destinazioni.</translation>
    </message>
    <message>
        <source>Ask a supervisor to sign in (Roles menu).</source>
        <translation>Chiedi a un supervisore di accedere (menu Ruoli).</translation>
    </message>
</context>
<context>
    <name>TouchPage</name>
    <message>
        <source>Touch and foot pedal</source>
        <translation>Touch e pedale</translation>
    </message>
    <message>
        <source>Touch mode: every control at least 15 mm, for gloves</source>
        <translation>Modalità touch: ogni comando almeno 15 mm, per i guanti</translation>
    </message>
    <message>
        <source>No pedal</source>
        <translation>Nessun pedale</translation>
    </message>
    <message>
        <source>Why (for the journal)</source>
        <translation>Perché (per il registro)</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>Salva e applica</translation>
    </message>
    <message>
        <source>Foot pedal key</source>
        <translation>Tasto del pedale</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The operator screen takes these over as soon as they are saved. The pedal must be set to send the key named here (its own software does that).</source>
        <translation>La schermata dell&apos;operatore li adotta appena salvati. Il pedale deve inviare il tasto indicato qui (lo imposta il suo software).</translation>
    </message>
    <message>
        <source>Saved; the operator screen uses them now.</source>
        <translation>Salvato; la schermata dell&apos;operatore li usa ora.</translation>
    </message>
</context>
<context>
    <name>TouchPageAction</name>
    <message>
        <source>Touch and foot pedal…</source>
        <translation>Touch e pedale…</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattiva</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Touch mode is now %1; foot pedal key: %2.</source>
        <translation>La modalità touch ora è %1; tasto del pedale: %2.</translation>
    </message>
</context>
</TS>
