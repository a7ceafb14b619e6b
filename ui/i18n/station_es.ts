<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttemptDetailPane</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <source>Hardware serial</source>
        <translation>Número de serie del hardware</translation>
    </message>
    <message>
        <source>Model / firmware / storage</source>
        <translation>Modelo / firmware / almacenamiento</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>Perfil del dispositivo</translation>
    </message>
    <message>
        <source>Slot / station</source>
        <translation>Ranura / estación</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operario</translation>
    </message>
    <message>
        <source>Target / realm</source>
        <translation>Destino / realm</translation>
    </message>
    <message>
        <source>Pairing URL</source>
        <translation>URL de Pairing</translation>
    </message>
    <message>
        <source>Started → finished</source>
        <translation>Inicio → fin</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Clase de error</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Action shown to the operator</source>
        <translation>Acción mostrada al operario</translation>
    </message>
    <message>
        <source>Secret fingerprint (SHA-256)</source>
        <translation>Huella del secreto (SHA-256)</translation>
    </message>
    <message>
        <source>Write intents</source>
        <translation>Intenciones de escritura</translation>
    </message>
    <message>
        <source>Link statistics</source>
        <translation>Estadísticas del enlace</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Device console (excerpt)</source>
        <translation>Consola del dispositivo (extracto)</translation>
    </message>
    <message>
        <source>Select an attempt to see its details.</source>
        <translation>Seleccione un intento para ver sus detalles.</translation>
    </message>
    <message>
        <source>device not identified</source>
        <translation>dispositivo no identificado</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>(not identified)</source>
        <translation>(no identificado)</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(no leído)</translation>
    </message>
    <message>
        <source>(no secret was written)</source>
        <translation>(no se escribió ningún secreto)</translation>
    </message>
    <message>
        <source>(no console output recorded)</source>
        <translation>(no se registró salida de consola)</translation>
    </message>
</context>
<context>
    <name>AuditEventsView</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Who (part of the name)</source>
        <translation>Quién (parte del nombre)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} evento</numerusform>
            <numerusform>{count} eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>made on this station for each device</source>
        <translation>generado en esta estación para cada dispositivo</translation>
    </message>
    <message>
        <source>fetched for each device</source>
        <translation>obtenido para cada dispositivo</translation>
    </message>
    <message>
        <source>issued token</source>
        <translation>token emitido</translation>
    </message>
    <message>
        <source>ask a supervisor to set a new token (Roles → Targets and keys) before this one runs out.</source>
        <translation>pida a un supervisor que configure un token nuevo (Roles → Destinos y claves) antes de que caduque este.</translation>
    </message>
    <message>
        <source>ask a supervisor to check this target&apos;s token (Roles → Targets and keys); nothing can be provisioned until then.</source>
        <translation>pida a un supervisor que revise el token de este destino (Roles → Destinos y claves); hasta entonces no se puede aprovisionar nada.</translation>
    </message>
    <message>
        <source>call the supervisor: the central database does not answer, so no device can be registered now.</source>
        <translation>llame al supervisor: la base de datos central no responde, así que ahora no se puede registrar ningún dispositivo.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>expires in under a minute</source>
        <translation>caduca en menos de un minuto</translation>
    </message>
    <message>
        <source>expires in {minutes} min</source>
        <translation>caduca en {minutes} min</translation>
    </message>
    <message>
        <source>expires in {hours} h {minutes} min</source>
        <translation>caduca en {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>Target: loading…</source>
        <translation>Destino: cargando…</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Operario: {name}</translation>
    </message>
    <message>
        <source>Target: {name}  ·  realm {realm}</source>
        <translation>Destino: {name}  ·  realm {realm}</translation>
    </message>
    <message>
        <source>Pairing URL: {url}</source>
        <translation>URL de Pairing: {url}</translation>
    </message>
    <message>
        <source>Target: not available</source>
        <translation>Destino: no disponible</translation>
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
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>✗ Token unusable: {reason} What to do: {action}</source>
        <translation>✗ Token inutilizable: {reason} Qué hacer: {action}</translation>
    </message>
    <message>
        <source>⚠ {token}. What to do: {action}</source>
        <translation>⚠ {token}. Qué hacer: {action}</translation>
    </message>
    <message>
        <source>Pairing answers ({detail}), but no token can be made for the target.</source>
        <translation>Pairing responde ({detail}), pero no se puede generar un token para el destino.</translation>
    </message>
    <message>
        <source>✗ {fleet}. What to do: {action}</source>
        <translation>✗ {fleet}. Qué hacer: {action}</translation>
    </message>
</context>
<context>
    <name>ClosePrompt</name>
    <message>
        <source>Closing aborts them safely: each attempt is finished in the journal, and a device that was being written is checked the next time it is loaded. Close anyway?</source>
        <translation>Cerrar los cancela de forma segura: cada intento se cierra en el registro y un dispositivo que se estaba escribiendo se comprueba la próxima vez que se cargue. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>1 slot is still provisioning.</source>
        <translation>1 ranura sigue aprovisionando.</translation>
    </message>
    <message>
        <source>{count} slots are still provisioning.</source>
        <translation>{count} ranuras siguen aprovisionando.</translation>
    </message>
    <message>
        <source>Every slot has finished. Close now?</source>
        <translation>Todas las ranuras han terminado. ¿Cerrar ahora?</translation>
    </message>
    <message>
        <source>Slots are still working</source>
        <translation>Hay ranuras trabajando</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Abort and close</source>
        <translation>Cancelar y cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>{fields} is not valid (see the form)</source>
        <translation>{fields} no es válido (vea el formulario)</translation>
    </message>
    <message>
        <source>{fields} are not valid (see the form)</source>
        <translation>{fields} no son válidos (vea el formulario)</translation>
    </message>
    <message>
        <source>Test connection (registers nothing)</source>
        <translation>Probar conexión (no registra nada)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>The form changed since the last test: test again.</source>
        <translation>El formulario cambió desde la última prueba: pruebe de nuevo.</translation>
    </message>
    <message>
        <source>Test connection not run: {reason}</source>
        <translation>Prueba de conexión no realizada: {reason}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>The form changed during the test: test again.</source>
        <translation>El formulario cambió durante la prueba: pruebe de nuevo.</translation>
    </message>
    <message>
        <source>Test connection: the form changed during the test.</source>
        <translation>Prueba de conexión: el formulario cambió durante la prueba.</translation>
    </message>
    <message>
        <source>Test connection: ran {ran} of {total} checks; the others need the settings marked in the form.</source>
        <translation>Prueba de conexión: se hicieron {ran} de {total} comprobaciones; las demás necesitan los ajustes marcados en el formulario.</translation>
    </message>
    <message>
        <source>Test connection: every check passed.</source>
        <translation>Prueba de conexión: todas las comprobaciones superadas.</translation>
    </message>
    <message>
        <source>Test connection: see the failed checks and what to do.</source>
        <translation>Prueba de conexión: vea las comprobaciones fallidas y qué hacer.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Correctos</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ Fallidos</translation>
    </message>
    <message>
        <source>⚠ Scrap</source>
        <translation>⚠ Desecho</translation>
    </message>
    <message>
        <source>Units / active hour</source>
        <translation>Unidades / hora activa</translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation>Rendimiento a la primera</translation>
    </message>
    <message>
        <source>Passed units per hour over {minutes} min of active production (breaks of 10 minutes or more left out).</source>
        <translation>Unidades correctas por hora en {minutes} min de producción activa (sin contar pausas de 10 minutos o más).</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Save the target first, then import its key or token.</source>
        <translation>Guarde primero el destino y luego importe su clave o su token.</translation>
    </message>
    <message>
        <source>Credentials (OS keyring; never shown)</source>
        <translation>Credenciales (llavero del sistema; nunca se muestran)</translation>
    </message>
    <message>
        <source>Import realm key from file…</source>
        <translation>Importar clave del realm desde archivo…</translation>
    </message>
    <message>
        <source>Paste issued token…</source>
        <translation>Pegar token emitido…</translation>
    </message>
    <message>
        <source>Issued token from file…</source>
        <translation>Token emitido desde archivo…</translation>
    </message>
    <message>
        <source>Reading the keyring…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>Save the target first, then import its key.</source>
        <translation>Guarde primero el destino y luego importe su clave.</translation>
    </message>
    <message>
        <source>Imported the realm key of {target!r} into the OS keyring ({key!r}). {path} was only read; delete it if it was a transfer copy.</source>
        <translation>Clave del realm de {target!r} importada al llavero del sistema ({key!r}). {path} solo se leyó; bórrelo si era una copia de transferencia.</translation>
    </message>
    <message>
        <source>Importing the key</source>
        <translation>Importando la clave</translation>
    </message>
    <message>
        <source>Save the target first, then set its token.</source>
        <translation>Guarde primero el destino y luego configure su token.</translation>
    </message>
    <message>
        <source>Stored an issued token for {target!r} in the OS keyring.</source>
        <translation>Token emitido para {target!r} guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Storing the token</source>
        <translation>Guardando el token</translation>
    </message>
    <message>
        <source>Realm private key (PEM)</source>
        <translation>Clave privada del realm (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Issued token file</source>
        <translation>Archivo del token emitido</translation>
    </message>
</context>
<context>
    <name>DetailPopup</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>EngineMessage</name>
    <message>
        <source>Leave the device in the slot and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>Deje el dispositivo en la ranura y aprovisiónelo de nuevo: la estación lee primero lo que se guardó.</translation>
    </message>
    <message>
        <source>Set the device aside for a firmware check.</source>
        <translation>Aparte el dispositivo para revisar el firmware.</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again when ready.</source>
        <translation>Aprovisione de nuevo el dispositivo de la ranura {slot} cuando esté listo.</translation>
    </message>
    <message>
        <source>Stopped by the operator</source>
        <translation>Detenido por el operario</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again when ready: the station resumes at the cloud check without registering it again.</source>
        <translation>Aprovisione de nuevo el dispositivo de la ranura {slot} cuando esté listo: la estación continúa en la comprobación en la nube sin volver a registrarlo.</translation>
    </message>
    <message>
        <source>The station is shutting down.</source>
        <translation>La estación se está cerrando.</translation>
    </message>
    <message>
        <source>The station is shutting down</source>
        <translation>La estación se está cerrando</translation>
    </message>
    <message>
        <source>Stopped by the operator at &apos;{step}&apos;.</source>
        <translation>Detenido por el operario en «{step}».</translation>
    </message>
    <message>
        <source>Stopped by the operator at &apos;{step}&apos;. {reason}</source>
        <translation>Detenido por el operario en «{step}». {reason}</translation>
    </message>
    <message>
        <source>{reason} The write in progress was allowed to finish, then the station stopped. {held}</source>
        <translation>{reason} Se dejó terminar la escritura en curso y después la estación se detuvo. {held}</translation>
    </message>
    <message>
        <source>The device was read back: its storage holds the secret this attempt recorded (the digest matches the journal&apos;s intent).</source>
        <translation>Se releyó el dispositivo: su memoria contiene el secreto que registró este intento (el resumen coincide con la intención del diario).</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} is already provisioned and locked ({reason})</source>
        <translation>El dispositivo {device} de la ranura {slot} ya está aprovisionado y bloqueado ({reason})</translation>
    </message>
    <message>
        <source>Astarte no longer accepts the secret in the write-once storage of device {device} in slot {slot}; it can never hold a working one.</source>
        <translation>Astarte ya no acepta el secreto de la memoria de una sola escritura del dispositivo {device} de la ranura {slot}; nunca podrá contener uno válido.</translation>
    </message>
    <message>
        <source>Astarte rejected the secret just written to the write-once storage of device {device} in slot {slot} (it was registered again elsewhere meanwhile).</source>
        <translation>Astarte rechazó el secreto recién escrito en la memoria de una sola escritura del dispositivo {device} de la ranura {slot} (mientras tanto se registró de nuevo en otro lugar).</translation>
    </message>
    <message>
        <source>Provisioned.</source>
        <translation>Aprovisionado.</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot}: {reason}</source>
        <translation>Dispositivo {device} de la ranura {slot}: {reason}</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and put it in the SCRAP bin; it was not registered.</source>
        <translation>Saque el dispositivo de la ranura {slot} y póngalo en el contenedor de DESECHO; no se registró.</translation>
    </message>
    <message>
        <source>Astarte rejected the secret just written to device {device} in slot {slot} (it was registered again elsewhere meanwhile).</source>
        <translation>Astarte rechazó el secreto recién escrito en el dispositivo {device} de la ranura {slot} (mientras tanto se registró de nuevo en otro lugar).</translation>
    </message>
    <message>
        <source>Astarte reports device {device} (slot {slot}) as already confirmed: its secret has been used to obtain a certificate.</source>
        <translation>Astarte informa de que el dispositivo {device} (ranura {slot}) ya está confirmado: su secreto se usó para obtener un certificado.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for the supervisor (rework).</source>
        <translation>Aparte el dispositivo de la ranura {slot} para el supervisor (retrabajo).</translation>
    </message>
    <message>
        <source>Astarte reports device {device} (slot {slot}) as {status}.</source>
        <translation>Astarte informa del dispositivo {device} (ranura {slot}) como {status}.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for the supervisor.</source>
        <translation>Aparte el dispositivo de la ranura {slot} para el supervisor.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for a firmware check.</source>
        <translation>Aparte el dispositivo de la ranura {slot} para revisar el firmware.</translation>
    </message>
    <message>
        <source>The device in slot {slot} changed its identity during the attempt: its {what} was {before}, now {after}.</source>
        <translation>El dispositivo de la ranura {slot} cambió de identidad durante el intento: su {what} era {before}, ahora {after}.</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for a firmware check; if it was swapped during the attempt, provision the device in the slot again.</source>
        <translation>Aparte el dispositivo de la ranura {slot} para revisar el firmware; si se cambió durante el intento, aprovisione de nuevo el dispositivo de la ranura.</translation>
    </message>
    <message>
        <source>The {command} to the device in slot {slot} may or may not have completed ({unknown}), and the device no longer answers ({last}).</source>
        <translation>No se sabe si «{command}» en el dispositivo de la ranura {slot} se completó ({unknown}), y el dispositivo ya no responde ({last}).</translation>
    </message>
    <message>
        <source>After the write, the device in slot {slot} reports {state} storage with a digest that is not the secret just written.</source>
        <translation>Tras la escritura, el dispositivo de la ranura {slot} informa de una memoria {state} con un resumen que no es el del secreto recién escrito.</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot} and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>Deje el dispositivo en la ranura {slot} y aprovisiónelo de nuevo: la estación lee primero lo que se guardó.</translation>
    </message>
    <message>
        <source>Reseat the device in slot {slot} and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>Vuelva a colocar el dispositivo en la ranura {slot} y aprovisiónelo de nuevo: la estación lee primero lo que se guardó.</translation>
    </message>
    <message>
        <source>The device in slot {slot} revealed a secret that does not match the digest it reports.</source>
        <translation>El dispositivo de la ranura {slot} reveló un secreto que no coincide con el resumen que informa.</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot} and provision it again: the station decides from what was stored.</source>
        <translation>Deje el dispositivo en la ranura {slot} y aprovisiónelo de nuevo: la estación decide según lo que se guardó.</translation>
    </message>
    <message>
        <source>The write to the device in slot {slot} was interrupted and its storage holds a secret other than the one just written.</source>
        <translation>La escritura en el dispositivo de la ranura {slot} se interrumpió y su memoria contiene un secreto distinto del recién escrito.</translation>
    </message>
    <message>
        <source>The write to the device in slot {slot} was interrupted and its storage is now {state}.</source>
        <translation>La escritura en el dispositivo de la ranura {slot} se interrumpió y su memoria ahora está {state}.</translation>
    </message>
    <message>
        <source>Slot {slot}: the label of {unit} checks out.</source>
        <translation>Ranura {slot}: la etiqueta de {unit} es correcta.</translation>
    </message>
    <message>
        <source>Slot {slot}: the label scanned is of another unit (device {scanned}), not of {unit} (device {device}).</source>
        <translation>Ranura {slot}: la etiqueta escaneada es de otra unidad (dispositivo {scanned}), no de {unit} (dispositivo {device}).</translation>
    </message>
    <message>
        <source>The scanned label is of device {device}, which no slot here waits for (waiting: {waiting}).</source>
        <translation>La etiqueta escaneada es del dispositivo {device}, que ninguna ranura de aquí espera (esperando: {waiting}).</translation>
    </message>
    <message>
        <source>Take that label off the unit it is on. Put each unit&apos;s own label on it (Line → Reprint label, slot N) and scan it again.</source>
        <translation>Quite esa etiqueta de la unidad en la que está. Ponga a cada unidad su propia etiqueta (Línea → Reimprimir etiqueta, ranura N) y escanéela de nuevo.</translation>
    </message>
    <message>
        <source>Provisioned; its label checks out.</source>
        <translation>Aprovisionado; su etiqueta es correcta.</translation>
    </message>
    <message>
        <source>{action} Slots {slots} wait for their labels: select the slot first (scan its SLOT: label or press its number), then scan its unit&apos;s label.</source>
        <translation>{action} Las ranuras {slots} esperan sus etiquetas: seleccione primero la ranura (escanee su etiqueta SLOT: o pulse su número) y después escanee la etiqueta de su unidad.</translation>
    </message>
    <message>
        <source>Slot {slot}: the new label of {unit} checks out. The journal keeps the attempt&apos;s FAIL and this check after it.</source>
        <translation>Ranura {slot}: la nueva etiqueta de {unit} es correcta. El diario conserva el FALLO del intento y, después, esta comprobación.</translation>
    </message>
    <message>
        <source>Relabel: reprint with Line → Reprint label, slot {slot}, then scan it.</source>
        <translation>Reetiquete: reimprima con Línea → Reimprimir etiqueta, ranura {slot}, y escanéela.</translation>
    </message>
    <message>
        <source>Scan the label on {unit} in slot {slot}.</source>
        <translation>Escanee la etiqueta de {unit} en la ranura {slot}.</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} was provisioned, but it was stopped before its label was scanned back ({reason}).</source>
        <translation>Ranura {slot}: {unit} se aprovisionó, pero se detuvo antes de volver a escanear su etiqueta ({reason}).</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} was provisioned, but its label was not scanned back within {timeout_s} s, so it is not checked.</source>
        <translation>Ranura {slot}: {unit} se aprovisionó, pero su etiqueta no se volvió a escanear en {timeout_s} s, así que no está comprobada.</translation>
    </message>
    <message>
        <source>Slot {slot}: the label scanned for {unit} does not read. {reason}</source>
        <translation>Ranura {slot}: la etiqueta escaneada para {unit} no se puede leer. {reason}</translation>
    </message>
    <message>
        <source>Provisioned; waiting for its label to be scanned back.</source>
        <translation>Aprovisionado; esperando a que se vuelva a escanear su etiqueta.</translation>
    </message>
    <message>
        <source>The device holds a record for this device and realm that the journal does not know; checking whether Astarte accepts it.</source>
        <translation>El dispositivo contiene un registro para este dispositivo y realm que el diario no conoce; se comprueba si Astarte lo acepta.</translation>
    </message>
    <message>
        <source>Storage is empty.</source>
        <translation>La memoria está vacía.</translation>
    </message>
    <message>
        <source>An earlier attempt registered this device but nothing reached its storage; registering again (only the newest secret counts while the device is pending).</source>
        <translation>Un intento anterior registró este dispositivo pero nada llegó a su memoria; se registra de nuevo (mientras el dispositivo está pendiente solo cuenta el secreto más reciente).</translation>
    </message>
    <message>
        <source>The device is locked with credentials this station did not record for it.</source>
        <translation>El dispositivo está bloqueado con credenciales que esta estación no registró para él.</translation>
    </message>
    <message>
        <source>the device is locked with credentials this station did not record for it.</source>
        <translation>el dispositivo está bloqueado con credenciales que esta estación no registró para él.</translation>
    </message>
    <message>
        <source>The device passed here before and is locked.</source>
        <translation>El dispositivo ya pasó aquí y está bloqueado.</translation>
    </message>
    <message>
        <source>the device passed here before and is locked.</source>
        <translation>el dispositivo ya pasó aquí y está bloqueado.</translation>
    </message>
    <message>
        <source>An interrupted attempt wrote, verified and locked this device; the stored digest matches the journal&apos;s intent.</source>
        <translation>Un intento interrumpido escribió, verificó y bloqueó este dispositivo; el resumen guardado coincide con la intención del diario.</translation>
    </message>
    <message>
        <source>The device holds the secret this station recorded last; resuming at the cloud check.</source>
        <translation>El dispositivo contiene el secreto que esta estación registró por última vez; se continúa en la comprobación en la nube.</translation>
    </message>
    <message>
        <source>Rewritable storage holds a record that is not this station&apos;s latest; registering again and rewriting it.</source>
        <translation>La memoria reescribible contiene un registro que no es el más reciente de esta estación; se registra de nuevo y se reescribe.</translation>
    </message>
    <message>
        <source>Rewritable storage holds a partial record; registering again and rewriting it.</source>
        <translation>La memoria reescribible contiene un registro parcial; se registra de nuevo y se reescribe.</translation>
    </message>
    <message>
        <source>Write-once storage holds a record that is not this station&apos;s latest secret for this device and realm; it can never hold a working one.</source>
        <translation>La memoria de una sola escritura contiene un registro que no es el secreto más reciente de esta estación para este dispositivo y realm; nunca podrá contener uno válido.</translation>
    </message>
    <message>
        <source>Write-once storage holds a partial record (power was lost while programming).</source>
        <translation>La memoria de una sola escritura contiene un registro parcial (se perdió la alimentación al programar).</translation>
    </message>
    <message>
        <source>{cause} This line&apos;s MES is advisory: the unit goes on and its result is queued for the MES.</source>
        <translation>{cause} El MES de esta línea es solo consultivo: la unidad continúa y su resultado queda en cola para el MES.</translation>
    </message>
    <message>
        <source>The MES allows this unit here.</source>
        <translation>El MES permite esta unidad aquí.</translation>
    </message>
    <message>
        <source>The MES holds this unit: {reason}</source>
        <translation>El MES retiene esta unidad: {reason}</translation>
    </message>
    <message>
        <source>{url} is not an MES facade URL.</source>
        <translation>{url} no es una URL de fachada del MES.</translation>
    </message>
    <message>
        <source>Write it as https://&lt;mes-host&gt;/&lt;path&gt;, the base the plant&apos;s facade serves /route/check and /route/result under.</source>
        <translation>Escríbala como https://&lt;mes-host&gt;/&lt;path&gt;, la base bajo la que la fachada de la planta sirve /route/check y /route/result.</translation>
    </message>
    <message numerus="yes">
        <source>%n results wait for the MES, kept in the journal. {cause}</source>
        <translation>
            <numerusform>%n resultado espera al MES, guardado en el diario. {cause}</numerusform>
            <numerusform>%n resultados esperan al MES, guardados en el diario. {cause}</numerusform>
        </translation>
    </message>
    <message>
        <source>Device ID {shown} contains characters outside base64url: {bad}.</source>
        <translation>El ID de dispositivo {shown} contiene caracteres fuera de base64url: {bad}.</translation>
    </message>
    <message>
        <source>Device ID {shown} contains characters outside base64url: {bad} (&apos;+&apos; and &apos;/&apos; are standard base64, not base64url).</source>
        <translation>El ID de dispositivo {shown} contiene caracteres fuera de base64url: {bad} (&apos;+&apos; y &apos;/&apos; son base64 estándar, no base64url).</translation>
    </message>
    <message>
        <source>Use the canonical form: 22 characters of base64url (A-Z a-z 0-9 - _) without &apos;=&apos; padding, as `station` and astartectl print it.</source>
        <translation>Use la forma canónica: 22 caracteres base64url (A-Z a-z 0-9 - _) sin relleno &apos;=&apos;, como la imprimen `station` y astartectl.</translation>
    </message>
    <message>
        <source>The device ID is empty.</source>
        <translation>El ID de dispositivo está vacío.</translation>
    </message>
    <message>
        <source>Device ID {shown} has {n} characters. Pairing would register it under its first 16 bytes only, the same device as {same}, so the longer form aliases another id.</source>
        <translation>El ID de dispositivo {shown} tiene {n} caracteres. Pairing lo registraría solo con sus primeros 16 bytes, el mismo dispositivo que {same}, así que la forma más larga es un alias de otro ID.</translation>
    </message>
    <message>
        <source>Device ID {shown} is not canonical: its last character carries bits beyond the 16 bytes, which Pairing ignores, so it is the same device as {same}.</source>
        <translation>El ID de dispositivo {shown} no es canónico: su último carácter lleva bits más allá de los 16 bytes, que Pairing ignora, así que es el mismo dispositivo que {same}.</translation>
    </message>
    <message>
        <source>A device ID must be text, not {kind}.</source>
        <translation>Un ID de dispositivo debe ser texto, no {kind}.</translation>
    </message>
    <message>
        <source>{value} is not a UUID.</source>
        <translation>{value} no es un UUID.</translation>
    </message>
    <message>
        <source>Device ID {shown} has &apos;=&apos; padding. Pairing would accept it as the same device as {core}, so the padded spelling would create a second name for one device.</source>
        <translation>El ID de dispositivo {shown} tiene relleno &apos;=&apos;. Pairing lo aceptaría como el mismo dispositivo que {core}, así que la forma con relleno crearía un segundo nombre para un mismo dispositivo.</translation>
    </message>
    <message>
        <source>Use {device}.</source>
        <translation>Use {device}.</translation>
    </message>
    <message>
        <source>Give a UUID such as d93067fa-3344-4aeb-876a-6136668d5a9c.</source>
        <translation>Indique un UUID como d93067fa-3344-4aeb-876a-6136668d5a9c.</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} is not in its serial bootloader ({detail}).</source>
        <translation>El ESP32 de la ranura {slot} no está en su bootloader serie ({detail}).</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot}, hold BOOT (GPIO0 low) while the station resets the board, or check the jig&apos;s GPIO0 strap and the DTR/RTS wiring; then start again.</source>
        <translation>Vuelva a colocar la unidad en la ranura {slot}, mantenga pulsado BOOT (GPIO0 bajo) mientras la estación reinicia la placa, o revise el puente GPIO0 y el cableado DTR/RTS del útil; después empiece de nuevo.</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot}, check the jig&apos;s GPIO0 strap and the board&apos;s power; then start again.</source>
        <translation>Vuelva a colocar la unidad en la ranura {slot}, revise el puente GPIO0 del útil y la alimentación de la placa; después empiece de nuevo.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside and tell the line&apos;s engineer which chip it carries.</source>
        <translation>Aparte la unidad de la ranura {slot} y diga al ingeniero de línea qué chip lleva.</translation>
    </message>
    <message>
        <source>The chip in slot {slot} is not one esptool knows ({detail}).</source>
        <translation>El chip de la ranura {slot} no es uno que esptool conozca ({detail}).</translation>
    </message>
    <message>
        <source>The chip in slot {slot} is an {chip}; the Astarte ESP32 SDK&apos;s hardware-ID rule is matched for {known} only.</source>
        <translation>El chip de la ranura {slot} es un {chip}; la regla de ID de hardware del SDK ESP32 de Astarte solo vale para {known}.</translation>
    </message>
    <message>
        <source>reading the chip</source>
        <translation>la lectura del chip</translation>
    </message>
    <message>
        <source>reading the NVS partition</source>
        <translation>la lectura de la partición NVS</translation>
    </message>
    <message>
        <source>reading the partition table</source>
        <translation>la lectura de la tabla de particiones</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>la reconexión</translation>
    </message>
    <message>
        <source>resetting into the application</source>
        <translation>el reinicio en la aplicación</translation>
    </message>
    <message>
        <source>Flash encryption is enabled on the ESP32 in slot {slot}: a plaintext write would garble the encrypted flash and a read-back returns ciphertext.</source>
        <translation>El ESP32 de la ranura {slot} tiene activado el cifrado de flash: una escritura en claro corrompería la flash cifrada y una relectura devuelve texto cifrado.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside; provision units before flash encryption is enabled, or use NVS encryption keys outside the station (docs/esp32.md).</source>
        <translation>Aparte la unidad de la ranura {slot}; aprovisione las unidades antes de activar el cifrado de flash, o use claves de cifrado NVS fuera de la estación (docs/esp32.md).</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside for QA.</source>
        <translation>Aparte la unidad de la ranura {slot} para calidad.</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} disappeared ({detail}).</source>
        <translation>El ESP32 de la ranura {slot} desapareció ({detail}).</translation>
    </message>
    <message>
        <source>Reseat the unit and its cable in slot {slot}, then start again.</source>
        <translation>Vuelva a conectar la unidad y su cable en la ranura {slot} y empiece de nuevo.</translation>
    </message>
    <message>
        <source>The serial line to the ESP32 in slot {slot} failed ({detail}).</source>
        <translation>La línea serie con el ESP32 de la ranura {slot} falló ({detail}).</translation>
    </message>
    <message>
        <source>The flash of the ESP32 in slot {slot} does not hold what was written (its MD5 differs).</source>
        <translation>La flash del ESP32 de la ranura {slot} no contiene lo que se escribió (su MD5 no coincide).</translation>
    </message>
    <message>
        <source>The station reads the partition back and decides; if it happens again, set the unit from slot {slot} aside (flash or power fault).</source>
        <translation>La estación relee la partición y decide; si vuelve a ocurrir, aparte la unidad de la ranura {slot} (fallo de flash o de alimentación).</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} has no NVS partition labelled {label} (its partitions: {labels}).</source>
        <translation>El ESP32 de la ranura {slot} no tiene una partición NVS con la etiqueta {label} (sus particiones: {labels}).</translation>
    </message>
    <message>
        <source>Set nvs_partition to the label the firmware passes to astarte_credentials_use_nvs_storage(), or flash firmware with that partition (docs/esp32.md).</source>
        <translation>Ajuste nvs_partition a la etiqueta que el firmware pasa a astarte_credentials_use_nvs_storage(), o grabe un firmware con esa partición (docs/esp32.md).</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} has no partition table at {offset}: its firmware has not been flashed, or the table sits elsewhere.</source>
        <translation>El ESP32 de la ranura {slot} no tiene tabla de particiones en {offset}: su firmware no se ha grabado, o la tabla está en otro sitio.</translation>
    </message>
    <message>
        <source>Flash the production firmware (bootloader, partition table, application) first, or set partition_table_offset to CONFIG_PARTITION_TABLE_OFFSET.</source>
        <translation>Grabe primero el firmware de producción (bootloader, tabla de particiones, aplicación), o ajuste partition_table_offset a CONFIG_PARTITION_TABLE_OFFSET.</translation>
    </message>
    <message>
        <source>The NVS partition {label} of the ESP32 in slot {slot} cannot be rewritten without losing data: {detail}.</source>
        <translation>La partición NVS {label} del ESP32 de la ranura {slot} no se puede reescribir sin perder datos: {detail}.</translation>
    </message>
    <message>
        <source>Nothing was written. Give Astarte its own NVS partition (docs/esp32.md, &apos;Partition layout&apos;) or erase this one on a rework bench, then provision again.</source>
        <translation>No se escribió nada. Dé a Astarte su propia partición NVS (docs/esp32.md, &apos;Partition layout&apos;) o borre esta en un banco de retrabajo y aprovisione de nuevo.</translation>
    </message>
    <message>
        <source>The NVS partition {label} in slot {slot} is marked encrypted.</source>
        <translation>La partición NVS {label} de la ranura {slot} está marcada como cifrada.</translation>
    </message>
    <message>
        <source>Provision this line with NVS encryption keys outside the station; the station writes plaintext NVS only (docs/esp32.md).</source>
        <translation>Aprovisione esta línea con claves de cifrado NVS fuera de la estación; la estación solo escribe NVS en claro (docs/esp32.md).</translation>
    </message>
    <message>
        <source>The NVS partition {label} of the ESP32 in slot {slot} is {size} bytes; NVS needs at least 0x3000 in whole 4 KiB pages.</source>
        <translation>La partición NVS {label} del ESP32 de la ranura {slot} tiene {size} bytes; NVS necesita al menos 0x3000 en páginas enteras de 4 KiB.</translation>
    </message>
    <message>
        <source>Flash firmware whose partition table gives NVS at least 0x3000 bytes (the SDK examples use 0x6000).</source>
        <translation>Grabe un firmware cuya tabla de particiones dé a NVS al menos 0x3000 bytes (los ejemplos del SDK usan 0x6000).</translation>
    </message>
    <message>
        <source>The port of slot {slot} ({port}) is held by another program.</source>
        <translation>El puerto de la ranura {slot} ({port}) lo ocupa otro programa.</translation>
    </message>
    <message>
        <source>Close the other program (a serial monitor?) and start again.</source>
        <translation>Cierre el otro programa (¿un monitor serie?) y empiece de nuevo.</translation>
    </message>
    <message>
        <source>The port of slot {slot} ({port}) could not be opened: {detail}</source>
        <translation>No se pudo abrir el puerto de la ranura {slot} ({port}): {detail}</translation>
    </message>
    <message>
        <source>Close any other program using it (a serial monitor?) and start again.</source>
        <translation>Cierre cualquier otro programa que lo use (¿un monitor serie?) y empiece de nuevo.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside for reflashing its firmware.</source>
        <translation>Aparte la unidad de la ranura {slot} para volver a grabar su firmware.</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot} and start again.</source>
        <translation>Vuelva a colocar la unidad en la ranura {slot} y empiece de nuevo.</translation>
    </message>
    <message>
        <source>The NVS partition of the ESP32 in slot {slot} holds {count} credentials secrets; exactly one was expected.</source>
        <translation>La partición NVS del ESP32 de la ranura {slot} contiene {count} secretos; se esperaba exactamente uno.</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} is in secure download mode: its bootloader refuses flash reads and MD5 checks, so the station cannot verify a write.</source>
        <translation>El ESP32 de la ranura {slot} está en modo de descarga segura: su bootloader rechaza lecturas de flash y comprobaciones MD5, así que la estación no puede verificar una escritura.</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside: units for this line must be provisioned before secure download mode is enabled (docs/esp32.md).</source>
        <translation>Aparte la unidad de la ranura {slot}: las unidades de esta línea deben aprovisionarse antes de activar el modo de descarga segura (docs/esp32.md).</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} stopped answering while {doing} ({detail}).</source>
        <translation>El ESP32 de la ranura {slot} dejó de responder durante {doing} ({detail}).</translation>
    </message>
    <message>
        <source>The partition table of the ESP32 in slot {slot} at {offset} is corrupt ({detail}).</source>
        <translation>La tabla de particiones del ESP32 de la ranura {slot} en {offset} está dañada ({detail}).</translation>
    </message>
    <message>
        <source>The NVS write to the ESP32 in slot {slot} was cut off ({detail}): part of the partition may be written.</source>
        <translation>La escritura NVS en el ESP32 de la ranura {slot} se cortó ({detail}): puede que parte de la partición esté escrita.</translation>
    </message>
    <message>
        <source>Keep the unit in its slot: the station reads the partition back and decides from what is there. If the unit was unplugged, reseat it and provision it again.</source>
        <translation>Deje la unidad en su ranura: la estación relee la partición y decide según su contenido. Si la unidad se desconectó, vuelva a colocarla y aprovisiónela de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>secret digest of %n bytes (expected 32)</source>
        <translation>
            <numerusform>resumen del secreto de %n byte (se esperaban 32)</numerusform>
            <numerusform>resumen del secreto de %n bytes (se esperaban 32)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hardware id of %n bytes (expected 4 to 64)</source>
        <translation>
            <numerusform>ID de hardware de %n byte (se esperaban de 4 a 64)</numerusform>
            <numerusform>ID de hardware de %n bytes (se esperaban de 4 a 64)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet: backlog {backlog}</source>
        <translation>Flota: pendientes {backlog}</translation>
    </message>
    <message>
        <source>{headline} · new registrations blocked</source>
        <translation>{headline} · registros nuevos bloqueados</translation>
    </message>
    <message>
        <source>Fleet: connecting…</source>
        <translation>Flota: conectando…</translation>
    </message>
    <message>
        <source>Fleet: shipping stopped, backlog {backlog}</source>
        <translation>Flota: envío detenido, pendientes {backlog}</translation>
    </message>
    <message>
        <source>Fleet: live</source>
        <translation>Flota: en línea</translation>
    </message>
    <message>
        <source>Fleet: offline, backlog {backlog}</source>
        <translation>Flota: sin conexión, pendientes {backlog}</translation>
    </message>
    <message>
        <source>{headline} · offline lot {lot}</source>
        <translation>{headline} · lote sin conexión {lot}</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Realm &apos;{realm}&apos; exists and accepts this target&apos;s token for registering devices (the test registered nothing).</source>
        <translation>El realm &apos;{realm}&apos; existe y acepta el token de este destino para registrar dispositivos (la prueba no registró nada).</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>{kind}: {detail}.</source>
        <translation>{kind}: {detail}.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pairing at {url} reports healthy.</source>
        <translation>Pairing en {url} informa de que funciona correctamente.</translation>
    </message>
    <message>
        <source>Pairing at {url} answers but reports itself unhealthy (503).</source>
        <translation>Pairing en {url} responde pero informa de que no funciona bien (503).</translation>
    </message>
    <message>
        <source>Astarte is starting or one of its services is down; try again in a minute and tell the Astarte operator if it persists.</source>
        <translation>Astarte se está iniciando o uno de sus servicios está caído; inténtelo de nuevo en un minuto y, si persiste, avise al operador de Astarte.</translation>
    </message>
    <message>
        <source>Issued token</source>
        <translation>Token emitido</translation>
    </message>
    <message>
        <source>Realm key</source>
        <translation>Clave del realm</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Comando del token</translation>
    </message>
    <message>
        <source>Not run: {why}</source>
        <translation>No ejecutado: {why}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Astarte Pairing version {version}.</source>
        <translation>Astarte Pairing, versión {version}.</translation>
    </message>
    <message>
        <source>there is no usable token (see Credentials)</source>
        <translation>no hay ningún token utilizable (vea Credenciales)</translation>
    </message>
    <message>
        <source>the connection settings are wrong (see Health)</source>
        <translation>los ajustes de conexión son incorrectos (vea Estado)</translation>
    </message>
    <message>
        <source>Pairing could not be reached (see Health)</source>
        <translation>no se pudo alcanzar Pairing (vea Estado)</translation>
    </message>
    <message>
        <source>allows registering</source>
        <translation>permite registrar</translation>
    </message>
    <message>
        <source>allows registering and unregistering (rework)</source>
        <translation>permite registrar y dar de baja (retrabajo)</translation>
    </message>
    <message>
        <source>does NOT allow registering</source>
        <translation>NO permite registrar</translation>
    </message>
    <message>
        <source>does NOT allow registering and unregistering (rework)</source>
        <translation>NO permite registrar, pero sí dar de baja (retrabajo)</translation>
    </message>
    <message>
        <source>Runs {program} for each token; nothing is stored here.</source>
        <translation>Ejecuta {program} para cada token; aquí no se guarda nada.</translation>
    </message>
    <message>
        <source>Issued {algorithm} token EXPIRED at {when}; paste or import a new one.</source>
        <translation>Token {algorithm} emitido CADUCADO el {when}; pegue o importe uno nuevo.</translation>
    </message>
    <message>
        <source>Issued {algorithm} token, expires {when} (in {left}), {allows}.</source>
        <translation>Token {algorithm} emitido, caduca el {when} (dentro de {left}), {allows}.</translation>
    </message>
    <message>
        <source>Issued {algorithm} token, never expires, {allows}.</source>
        <translation>Token {algorithm} emitido, no caduca nunca, {allows}.</translation>
    </message>
    <message>
        <source>{key} realm key in the OS keyring; each call gets its own token valid {ttl} s.</source>
        <translation>Clave del realm {key} en el llavero del sistema; cada llamada obtiene su propio token válido {ttl} s.</translation>
    </message>
    <message>
        <source>backlog {backlog}</source>
        <translation>pendientes {backlog}</translation>
    </message>
    <message>
        <source>live</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>no heartbeat yet</source>
        <translation>aún sin latido</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>shipper failed</source>
        <translation>envío fallido</translation>
    </message>
    <message>
        <source>shipper stopped</source>
        <translation>envío detenido</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>en silencio</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>An override of {minutes} minutes is out of range; nothing was changed.</source>
        <translation>Una anulación de {minutes} minutos está fuera de rango; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Target &apos;{target}&apos; does not ask the MES (it has no mes_recipe); nothing was changed.</source>
        <translation>El destino «{target}» no consulta al MES (no tiene mes_recipe); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Only a target with an MES recipe and offline policy block needs an override.</source>
        <translation>Solo un destino con receta MES y política sin conexión «block» necesita una anulación.</translation>
    </message>
    <message>
        <source>Write why, e.g. the MES ticket number.</source>
        <translation>Escriba el motivo, p. ej., el número de incidencia del MES.</translation>
    </message>
    <message>
        <source>The station hit an internal error at &apos;{step}&apos; in slot {slot}; the device was left as it was at that step.</source>
        <translation>La estación tuvo un error interno en «{step}» en la ranura {slot}; el dispositivo quedó como estaba en ese paso.</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again; if it repeats, report it to the station&apos;s maintainers with the log.</source>
        <translation>Aprovisione de nuevo el dispositivo de la ranura {slot}; si se repite, comuníquelo a los responsables de la estación con el archivo de log.</translation>
    </message>
    <message>
        <source>Slot {slot} hit an internal error and may show a stale state.</source>
        <translation>La ranura {slot} tuvo un error interno y puede mostrar un estado desactualizado.</translation>
    </message>
    <message>
        <source>Restart the station; report the log to its maintainers.</source>
        <translation>Reinicie la estación; envíe el archivo de log a sus responsables.</translation>
    </message>
    <message>
        <source>The station stopped {where}, after recording the intent to write credentials.</source>
        <translation>La estación se detuvo {where}, después de registrar la intención de escribir las credenciales.</translation>
    </message>
    <message>
        <source>Provision the device from slot {slot} again (in any slot): the station checks what reached its storage and resumes or registers again as needed.</source>
        <translation>Aprovisione de nuevo el dispositivo de la ranura {slot} (en cualquier ranura): la estación comprueba qué llegó a su memoria y continúa o lo registra de nuevo según haga falta.</translation>
    </message>
    <message>
        <source>after &apos;{step}&apos; (or a later step)</source>
        <translation>después de «{step}» (o un paso posterior)</translation>
    </message>
    <message>
        <source>before its first journaled step</source>
        <translation>antes de su primer paso registrado</translation>
    </message>
    <message>
        <source>The station stopped {where}; nothing was written to the device.</source>
        <translation>La estación se detuvo {where}; no se escribió nada en el dispositivo.</translation>
    </message>
    <message>
        <source>The label for slot {slot} cannot be printed: {detail}.</source>
        <translation>La etiqueta de la ranura {slot} no se puede imprimir: {detail}.</translation>
    </message>
    <message>
        <source>Label the unit by hand from the journal entry, and tell the supervisor.</source>
        <translation>Etiquete la unidad a mano a partir de la entrada del diario y avise al supervisor.</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} passed and is in the journal, but its label did not print. {reason}</source>
        <translation>Ranura {slot}: {unit} pasó y está en el diario, pero su etiqueta no se imprimió. {reason}</translation>
    </message>
    <message>
        <source>{action} Then reprint it: Line → Reprint label, slot {slot}.</source>
        <translation>{action} Después reimprímala: Línea → Reimprimir etiqueta, ranura {slot}.</translation>
    </message>
    <message>
        <source>The label of {unit} (slot {slot}) was printed again.</source>
        <translation>La etiqueta de {unit} (ranura {slot}) se imprimió de nuevo.</translation>
    </message>
    <message>
        <source>The scanned code&apos;s check character does not match: it was read wrong.</source>
        <translation>El carácter de control del código escaneado no coincide: se leyó mal.</translation>
    </message>
    <message>
        <source>Scan the label again; if it fails again, reprint the label.</source>
        <translation>Escanee de nuevo la etiqueta; si vuelve a fallar, reimprímala.</translation>
    </message>
    <message>
        <source>The scanned code is not a device label&apos;s code.</source>
        <translation>El código escaneado no es el código de una etiqueta de dispositivo.</translation>
    </message>
    <message>
        <source>Scan the QR or DataMatrix code on the unit&apos;s label, not its serial barcode.</source>
        <translation>Escanee el código QR o DataMatrix de la etiqueta de la unidad, no su código de barras de número de serie.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again.</source>
        <translation>Escanee de nuevo la etiqueta de la unidad de la ranura {slot}.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again. If it repeats, set the scanner to a plain keyboard (US) layout with no prefix or suffix codes.</source>
        <translation>Escanee de nuevo la etiqueta de la unidad de la ranura {slot}. Si se repite, configure el escáner con una distribución de teclado simple (US) sin códigos de prefijo ni sufijo.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} holds a control character ({code}); a unit&apos;s serial is printable ASCII.</source>
        <translation>El escaneo de la ranura {slot} contiene un carácter de control ({code}); el número de serie de una unidad es ASCII imprimible.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} was empty.</source>
        <translation>El escaneo de la ranura {slot} estaba vacío.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} holds a non-ASCII character ({code}); a unit&apos;s serial is printable ASCII.</source>
        <translation>El escaneo de la ranura {slot} contiene un carácter no ASCII ({code}); el número de serie de una unidad es ASCII imprimible.</translation>
    </message>
    <message>
        <source>Slot {slot} is not waiting for a label scan; serial {serial} was not used.</source>
        <translation>La ranura {slot} no espera el escaneo de una etiqueta; el número de serie {serial} no se usó.</translation>
    </message>
    <message>
        <source>Start the slot first; scan the unit&apos;s label when its tile asks for it.</source>
        <translation>Inicie primero la ranura; escanee la etiqueta de la unidad cuando su recuadro la pida.</translation>
    </message>
    <message>
        <source>Serial {serial} is already the identity of the unit in slot {other}; slot {slot} cannot take it too.</source>
        <translation>El número de serie {serial} ya es la identidad de la unidad de la ranura {other}; la ranura {slot} no puede tomarlo también.</translation>
    </message>
    <message>
        <source>Check which unit carries this label. Scan the label of the unit in slot {slot}, not the one in slot {other}.</source>
        <translation>Compruebe qué unidad lleva esta etiqueta. Escanee la etiqueta de la unidad de la ranura {slot}, no la de la ranura {other}.</translation>
    </message>
    <message>
        <source>No label was scanned for slot {slot} within {timeout_s} s; the unit was not registered.</source>
        <translation>No se escaneó ninguna etiqueta para la ranura {slot} en {timeout_s} s; la unidad no se registró.</translation>
    </message>
    <message>
        <source>Press Start on slot {slot} again and scan the unit&apos;s label when its tile asks for it.</source>
        <translation>Pulse de nuevo Iniciar en la ranura {slot} y escanee la etiqueta de la unidad cuando su recuadro la pida.</translation>
    </message>
    <message>
        <source>The scan for slot {slot} is {length} characters long; a unit&apos;s serial has at most {most}.</source>
        <translation>El escaneo de la ranura {slot} tiene {length} caracteres; el número de serie de una unidad tiene como máximo {most}.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again. If it was the right label, the scanner may have read two codes at once: cover the other code.</source>
        <translation>Escanee de nuevo la etiqueta de la unidad de la ranura {slot}. Si era la etiqueta correcta, el escáner pudo leer dos códigos a la vez: tape el otro código.</translation>
    </message>
    <message>
        <source>Waiting for the unit&apos;s label to be scanned.</source>
        <translation>Esperando el escaneo de la etiqueta de la unidad.</translation>
    </message>
    <message>
        <source>the port closed while reading</source>
        <translation>el puerto se cerró durante la lectura</translation>
    </message>
    <message>
        <source>the port closed while writing</source>
        <translation>el puerto se cerró durante la escritura</translation>
    </message>
    <message>
        <source>The device in {place} disconnected: {detail}.</source>
        <translation>El dispositivo en {place} se desconectó: {detail}.</translation>
    </message>
    <message>
        <source>Reseat the device in {place}, check its USB cable, then start it again.</source>
        <translation>Vuelva a colocar el dispositivo en {place}, revise su cable USB y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>The device in {place} ({port}) disconnected: {detail}.</source>
        <translation>El dispositivo en {place} ({port}) se desconectó: {detail}.</translation>
    </message>
    <message>
        <source>The answer to {what} from the device in {place} arrived garbled ({detail}).</source>
        <translation>La respuesta a {what} del dispositivo en {place} llegó corrupta ({detail}).</translation>
    </message>
    <message>
        <source>Reseat the device in {place} and check the cable and fixture contacts; if it repeats, try another slot and report the fixture.</source>
        <translation>Vuelva a colocar el dispositivo en {place} y revise el cable y los contactos del útil; si se repite, pruebe otra ranura y notifique el útil.</translation>
    </message>
    <message>
        <source>the port stopped working (input/output error)</source>
        <translation>el puerto dejó de funcionar (error de entrada/salida)</translation>
    </message>
    <message>
        <source>The device in {place} stopped accepting data.</source>
        <translation>El dispositivo en {place} dejó de aceptar datos.</translation>
    </message>
    <message>
        <source>Reseat the device in {place}; if it repeats, power-cycle it.</source>
        <translation>Vuelva a colocar el dispositivo en {place}; si se repite, apáguelo y enciéndalo.</translation>
    </message>
    <message>
        <source>Serial port {port} could not be opened: {reason}.</source>
        <translation>No se pudo abrir el puerto serie {port}: {reason}.</translation>
    </message>
    <message>
        <source>Check the fixture connection for {place}, then try again.</source>
        <translation>Revise la conexión del útil para {place} y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Serial port {port} is in use by another program.</source>
        <translation>El puerto serie {port} lo está usando otro programa.</translation>
    </message>
    <message>
        <source>Close the other program using {port} (e.g. ModemManager, a serial terminal or a second station), then try again.</source>
        <translation>Cierre el otro programa que usa {port} (p. ej. ModemManager, un terminal serie o una segunda estación) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Permission denied opening serial port {port}.</source>
        <translation>Permiso denegado al abrir el puerto serie {port}.</translation>
    </message>
    <message>
        <source>Ask the administrator to add this user to the &apos;dialout&apos; group (or install the station&apos;s udev rules), then log in again.</source>
        <translation>Pida al administrador que añada este usuario al grupo &apos;dialout&apos; (o que instale las reglas udev de la estación) y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Serial port {port} does not exist.</source>
        <translation>El puerto serie {port} no existe.</translation>
    </message>
    <message>
        <source>Check that the fixture is connected and powered and that the slot is mapped to the right port in the configuration.</source>
        <translation>Compruebe que el útil está conectado y encendido y que la ranura está asignada al puerto correcto en la configuración.</translation>
    </message>
    <message>
        <source>Serial slot {slot}&apos;s port {port} does not exist.</source>
        <translation>El puerto serie {port} de la ranura {slot} no existe.</translation>
    </message>
    <message>
        <source>The device in {place} did not answer {what} within {seconds} s.</source>
        <translation>El dispositivo en {place} no respondió a {what} en {seconds} s.</translation>
    </message>
    <message>
        <source>Reseat the device in {place} and check that it is powered; if it keeps happening, power-cycle it.</source>
        <translation>Vuelva a colocar el dispositivo en {place} y compruebe que tiene alimentación; si sigue ocurriendo, apáguelo y enciéndalo.</translation>
    </message>
    <message>
        <source>{cause} This target&apos;s MES offline policy is block: no unit is provisioned while the MES cannot be asked.</source>
        <translation>{cause} La política MES sin conexión de este destino es «block»: no se aprovisiona ninguna unidad mientras no se pueda consultar al MES.</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot}. {action}</source>
        <translation>Deje el dispositivo en la ranura {slot}. {action}</translation>
    </message>
    <message>
        <source>Slot {slot}: the MES holds {unit}: {reason}</source>
        <translation>Ranura {slot}: el MES retiene {unit}: {reason}</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside and give it to the supervisor with the MES&apos;s reason; it was not registered.</source>
        <translation>Aparte el dispositivo de la ranura {slot} y entrégueselo al supervisor con el motivo del MES; no se registró.</translation>
    </message>
    <message>
        <source>The MES&apos;s answer to the route {what} is not the facade&apos;s: it {detail}.</source>
        <translation>La respuesta del MES a la consulta de ruta {what} no es la de la fachada: {detail}.</translation>
    </message>
    <message>
        <source>Tell the supervisor: the MES facade URL may point at another service, or the facade is broken. The target&apos;s offline policy decides whether units may go on.</source>
        <translation>Avise al supervisor: la URL de la fachada del MES puede apuntar a otro servicio, o la fachada está averiada. La política sin conexión del destino decide si las unidades pueden seguir.</translation>
    </message>
    <message>
        <source>The MES has taken every queued result.</source>
        <translation>El MES ha aceptado todos los resultados en cola.</translation>
    </message>
    <message>
        <source>Nothing is lost: the station resends them until the MES takes them. Tell the supervisor if this lasts.</source>
        <translation>No se pierde nada: la estación los reenvía hasta que el MES los acepte. Avise al supervisor si se prolonga.</translation>
    </message>
    <message>
        <source>The MES did not answer the route {what} within {timeout_s} s.</source>
        <translation>El MES no respondió a la consulta de ruta {what} en {timeout_s} s.</translation>
    </message>
    <message>
        <source>Tell the supervisor the MES is slow or down; the target&apos;s offline policy decides whether units may go on.</source>
        <translation>Avise al supervisor de que el MES va lento o está caído; la política sin conexión del destino decide si las unidades pueden seguir.</translation>
    </message>
    <message>
        <source>The MES cannot be reached for the route {what} ({kind}).</source>
        <translation>No se puede llegar al MES para la consulta de ruta {what} ({kind}).</translation>
    </message>
    <message>
        <source>Tell the supervisor the MES is down or the network to it is; the target&apos;s offline policy decides whether units may go on.</source>
        <translation>Avise al supervisor de que el MES o la red hacia él está caído; la política sin conexión del destino decide si las unidades pueden seguir.</translation>
    </message>
    <message numerus="yes">
        <source>Device ID {shown} has %n characters; a device ID has exactly 22 (16 bytes).</source>
        <translation>
            <numerusform>El ID de dispositivo {shown} tiene %n carácter; un ID de dispositivo tiene exactamente 22 (16 bytes).</numerusform>
            <numerusform>El ID de dispositivo {shown} tiene %n caracteres; un ID de dispositivo tiene exactamente 22 (16 bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the realm&apos;s private key as astartectl writes it (`&lt;realm&gt;_private.pem`: EC P-256/P-384/P-521 or RSA, PEM, not encrypted).</source>
        <translation>Use la clave privada del realm tal como la escribe astartectl (`&lt;realm&gt;_private.pem`: EC P-256/P-384/P-521 o RSA, PEM, sin cifrar).</translation>
    </message>
    <message>
        <source>{what} could not be read: the PEM is corrupt or truncated ({reason}).</source>
        <translation>{what} no se pudo leer: el PEM está dañado o truncado ({reason}).</translation>
    </message>
    <message>
        <source>{what} uses curve {curve}; Astarte accepts only P-256, P-384 and P-521 (ES256/ES384/ES512).</source>
        <translation>{what} usa la curva {curve}; Astarte solo acepta P-256, P-384 y P-521 (ES256/ES384/ES512).</translation>
    </message>
    <message>
        <source>The EC key</source>
        <translation>La clave EC</translation>
    </message>
    <message>
        <source>The EC key in {source}</source>
        <translation>La clave EC en {source}</translation>
    </message>
    <message>
        <source>{what} is protected by a passphrase.</source>
        <translation>{what} está protegida por una frase de contraseña.</translation>
    </message>
    <message>
        <source>Export it without a passphrase (e.g. `openssl pkey -in KEY -out PLAIN`), import that, then delete the plain copy.</source>
        <translation>Expórtela sin frase de contraseña (p. ej. `openssl pkey -in KEY -out PLAIN`), importe esa y luego borre la copia sin cifrar.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>The file in {source}</source>
        <translation>El archivo en {source}</translation>
    </message>
    <message>
        <source>{path} is larger than {kib} KiB: too large to be a private key.</source>
        <translation>{path} ocupa más de {kib} KiB: demasiado grande para ser una clave privada.</translation>
    </message>
    <message>
        <source>Choose the realm&apos;s private key file (&lt;realm&gt;_private.pem).</source>
        <translation>Elija el archivo de la clave privada del realm (&lt;realm&gt;_private.pem).</translation>
    </message>
    <message>
        <source>check-scan: each label scanned back within {seconds} s</source>
        <translation>escaneo de control: cada etiqueta escaneada de vuelta en {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Fixture {name}: %n slots at {baud} baud, provisioning into {target} (realm {realm})</source>
        <translation>
            <numerusform>Útil {name}: %n ranura a {baud} baudios, aprovisionando en {target} (realm {realm})</numerusform>
            <numerusform>Útil {name}: %n ranuras a {baud} baudios, aprovisionando en {target} (realm {realm})</numerusform>
        </translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <source>label: {label}</source>
        <translation>etiqueta: {label}</translation>
    </message>
    <message>
        <source>the built-in template</source>
        <translation>la plantilla integrada</translation>
    </message>
    <message>
        <source>template {path} checked</source>
        <translation>plantilla {path} comprobada</translation>
    </message>
    <message>
        <source>slot {slot}: {port} ({profile})</source>
        <translation>ranura {slot}: {port} ({profile})</translation>
    </message>
    <message>
        <source>Station {station}, journal {journal}</source>
        <translation>Estación {station}, diario {journal}</translation>
    </message>
    <message>
        <source>Target {name}: {url} realm {realm}, tokens from {source}</source>
        <translation>Destino {name}: {url} realm {realm}, tokens de {source}</translation>
    </message>
    <message>
        <source>{source}: `profiles.{kind}` names no device profile. Known: {known}.</source>
        <translation>{source}: `profiles.{kind}` no nombra ningún perfil de dispositivo. Conocidos: {known}.</translation>
    </message>
    <message>
        <source>Correct the table&apos;s name in {source} (check the spelling), or remove it.</source>
        <translation>Corrija el nombre de la tabla en {source} (revise la ortografía), o elimínela.</translation>
    </message>
    <message>
        <source>Configuration {source} is valid.</source>
        <translation>La configuración {source} es válida.</translation>
    </message>
    <message>
        <source>{path} was read, not copied. Delete it if it was only a transfer copy.</source>
        <translation>{path} se leyó, no se copió. Elimínelo si solo era una copia de transferencia.</translation>
    </message>
    <message>
        <source>Stored the realm key of target {target} in the OS keyring: {key}.</source>
        <translation>Clave de realm del destino {target} guardada en el llavero del sistema operativo: {key}.</translation>
    </message>
    <message>
        <source>Each Pairing call will get its own {algorithm} token, valid {ttl} s, allowing only that call.</source>
        <translation>Cada llamada a Pairing obtendrá su propio token {algorithm}, válido {ttl} s, que solo permite esa llamada.</translation>
    </message>
    <message>
        <source>The MES override of target {target} has ended.</source>
        <translation>La anulación del MES del destino {target} ha terminado.</translation>
    </message>
    <message>
        <source>--minutes {minutes} is out of range; nothing was changed.</source>
        <translation>--minutes {minutes} está fuera de rango; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Give 1 to {most} minutes (one shift at most), and renew it if needed.</source>
        <translation>Indique de 1 a {most} minutos (un turno como máximo) y renuévela si hace falta.</translation>
    </message>
    <message>
        <source>An MES override needs a reason for the journal; nothing was changed.</source>
        <translation>Una anulación del MES necesita un motivo para el registro; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Add --reason &quot;…&quot;, e.g. the MES ticket number.</source>
        <translation>Añada --reason &quot;…&quot;, p. ej., el número de incidencia del MES.</translation>
    </message>
    <message>
        <source>Target {target} goes on while its MES is down, until {until} (each unit is journaled with this override).</source>
        <translation>El destino {target} sigue mientras su MES está caído, hasta las {until} (cada unidad se registra con esta anulación).</translation>
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
        <translation>Permite registrar dispositivos: {register}; anular el registro de cualquier dispositivo (retrabajo): {unregister}.</translation>
    </message>
    <message>
        <source>warning: this token cannot register devices (its a_pa does not allow POST agent/devices); provisioning with it will fail.</source>
        <translation>advertencia: este token no puede registrar dispositivos (su a_pa no permite POST agent/devices); el aprovisionamiento con él fallará.</translation>
    </message>
    <message>
        <source>Expiry: {when} UTC (in {left}); signed with {algorithm}.</source>
        <translation>Caducidad: {when} UTC (en {left}); firmado con {algorithm}.</translation>
    </message>
    <message>
        <source>Expiry: none (the token never expires; prefer short-lived tokens).</source>
        <translation>Caducidad: ninguna (el token nunca caduca; prefiera tokens de corta duración).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Paste the Pairing token (input is hidden):</source>
        <translation>Pegue el token de Pairing (la entrada está oculta):</translation>
    </message>
    <message>
        <source>a_pa: {scopes}</source>
        <translation>a_pa: {scopes}</translation>
    </message>
    <message>
        <source>Standard input holds more than {kib} KiB: that is not a Pairing token.</source>
        <translation>La entrada estándar contiene más de {kib} KiB: no es un token de Pairing.</translation>
    </message>
    <message>
        <source>Pipe in only the token, e.g. `astartectl utils gen-jwt pairing ... | station target set-token TARGET`.</source>
        <translation>Pase por la tubería solo el token, p. ej. `astartectl utils gen-jwt pairing ... | station target set-token TARGET`.</translation>
    </message>
    <message>
        <source>Stored an issued token for target {target} in the OS keyring.</source>
        <translation>Token emitido para el destino {target} guardado en el llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>Unknown slot {slots} for this fixture.</source>
        <translation>Ranura desconocida {slots} para este útil.</translation>
    </message>
    <message>
        <source>Unknown slots {slots} for this fixture.</source>
        <translation>Ranuras desconocidas {slots} para este útil.</translation>
    </message>
    <message>
        <source>Use --slots all or a comma-separated list of: {slots}.</source>
        <translation>Use --slots all o una lista separada por comas de: {slots}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>demo: the MES was asked {asked} and acknowledged {acked}; {printed} printed; {matched} scanned back and matched; the tower light showed {shown}</source>
        <translation>demo: se consultó al MES {asked} y confirmó {acked}; {printed} impresas; {matched} escaneadas de vuelta y coincidentes; la torre de luz mostró {shown}</translation>
    </message>
    <message>
        <source>Made {made}; {ahead}.</source>
        <translation>Creado: {made}; {ahead}.</translation>
    </message>
    <message numerus="yes">
        <source>the next %n months have theirs</source>
        <translation>
            <numerusform>el próximo %n mes tiene la suya</numerusform>
            <numerusform>los próximos %n meses tienen la suya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly partitions</source>
        <translation>
            <numerusform>%n partición mensual</numerusform>
            <numerusform>%n particiones mensuales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device IDs registered twice.</source>
        <translation>
            <numerusform>%n ID de dispositivo registrado dos veces.</numerusform>
            <numerusform>%n ID de dispositivo registrados dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each unit to rework: only one of them holds working credentials.</source>
        <translation>Envíe cada unidad a retrabajo: solo una de ellas tiene credenciales válidas.</translation>
    </message>
    <message>
        <source>Retired {month}: fleet.{name} ({events}) is detached from fleet.events and {rows}. Archive the table (pg_dump -t fleet.{name}), then drop it (DROP TABLE fleet.{name}).</source>
        <translation>{month} retirado: fleet.{name} ({events}) se separa de fleet.events y {rows}. Archive la tabla (pg_dump -t fleet.{name}) y luego elimínela (DROP TABLE fleet.{name}).</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt rows of that month are removed</source>
        <translation>
            <numerusform>se elimina %n fila de intento de ese mes</numerusform>
            <numerusform>se eliminan %n filas de intento de ese mes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stations.</source>
        <translation>
            <numerusform>%n estación.</numerusform>
            <numerusform>%n estaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter when the slots are empty.</source>
        <translation>Pulse Intro cuando las ranuras estén vacías.</translation>
    </message>
    <message>
        <source>Assign the first {count} to slots {first}–{last} in this order? [Y/n, or the number of the one for this slot]</source>
        <translation>¿Asignar los primeros {count} a las ranuras {first}–{last} en este orden? [Y/n, o el número del de esta ranura]</translation>
    </message>
    <message>
        <source>Is this slot {slot}? [Y/n]</source>
        <translation>¿Es la ranura {slot}? [Y/n]</translation>
    </message>
    <message>
        <source>Slot {slot}: {path}</source>
        <translation>Ranura {slot}: {path}</translation>
    </message>
    <message>
        <source>slot {slot}: {binding}</source>
        <translation>ranura {slot}: {binding}</translation>
    </message>
    <message>
        <source>Slot bindings for the config:</source>
        <translation>Vínculos de ranuras para la configuración:</translation>
    </message>
    <message>
        <source>Bound the slots of fixture {fixture} in {path}.</source>
        <translation>Ranuras del útil {fixture} vinculadas en {path}.</translation>
    </message>
    <message>
        <source>Found {port}</source>
        <translation>Encontrado {port}</translation>
    </message>
    <message>
        <source>The input ended before every slot was learned; nothing was saved.</source>
        <translation>La entrada terminó antes de aprender todas las ranuras; no se guardó nada.</translation>
    </message>
    <message>
        <source>run `station fixture learn` again in a terminal</source>
        <translation>ejecute de nuevo `station fixture learn` en un terminal</translation>
    </message>
    <message>
        <source>A fixture has at least one slot.</source>
        <translation>Un útil tiene al menos una ranura.</translation>
    </message>
    <message>
        <source>pass --slots 1 or more</source>
        <translation>indique --slots 1 o más</translation>
    </message>
    <message>
        <source>Not assigned. Unplug it and plug the right one in.</source>
        <translation>No asignado. Desconéctelo y conecte el correcto.</translation>
    </message>
    <message>
        <source>Not assigned. Unplug it and try again.</source>
        <translation>No asignado. Desconéctelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{port} is not on USB (or udev gave it no path): it cannot be a slot.</source>
        <translation>{port} no está en USB (o udev no le dio ruta): no puede ser una ranura.</translation>
    </message>
    <message>
        <source>{port} is on the USB path of slot {slot} already.</source>
        <translation>{port} ya está en la ruta USB de la ranura {slot}.</translation>
    </message>
    <message>
        <source>Slot {slot}: plug a device (or the slot&apos;s adapter) into slot {slot} now…</source>
        <translation>Ranura {slot}: conecte ahora un dispositivo (o el adaptador de la ranura) en la ranura {slot}…</translation>
    </message>
    <message>
        <source>interface {number}</source>
        <translation>interfaz {number}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>número de serie {serial}</translation>
    </message>
    <message>
        <source>{count} ports appeared with the same USB path {path}: udev cannot tell them apart, so they cannot be separate slots.</source>
        <translation>Aparecieron {count} puertos con la misma ruta USB {path}: udev no puede distinguirlos, así que no pueden ser ranuras separadas.</translation>
    </message>
    <message>
        <source>Use one adapter per slot (or one whose ports are separate USB interfaces).</source>
        <translation>Use un adaptador por ranura (o uno cuyos puertos sean interfaces USB separadas).</translation>
    </message>
    <message numerus="yes">
        <source>Saved the slot map of %n slots to {path}.</source>
        <translation>
            <numerusform>Mapa de ranuras de %n ranura guardado en {path}.</numerusform>
            <numerusform>Mapa de ranuras de %n ranuras guardado en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ports appeared on one adapter:</source>
        <translation>Aparecieron {count} puertos en un adaptador:</translation>
    </message>
    <message>
        <source>Stable names /dev/provisioning/{fixture}/slotN: {command}</source>
        <translation>Nombres estables /dev/provisioning/{fixture}/slotN: {command}</translation>
    </message>
    <message numerus="yes">
        <source>Learning %n slots of fixture {fixture}.</source>
        <translation>
            <numerusform>Aprendiendo %n ranura del útil {fixture}.</numerusform>
            <numerusform>Aprendiendo %n ranuras del útil {fixture}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new serial port appeared for slot {slot} within {seconds} s.</source>
        <translation>No apareció ningún puerto serie nuevo para la ranura {slot} en {seconds} s.</translation>
    </message>
    <message>
        <source>check the device&apos;s USB cable and the hub&apos;s power, then run the learning again</source>
        <translation>compruebe el cable USB del dispositivo y la alimentación del hub, y repita el aprendizaje</translation>
    </message>
    <message>
        <source>Unplug it and try again.</source>
        <translation>Desconéctelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Unplug the devices from every slot first; leave hubs and cables where they stay.</source>
        <translation>Desconecte primero los dispositivos de todas las ranuras; deje los hubs y cables donde están.</translation>
    </message>
    <message>
        <source>USB path: {path}</source>
        <translation>Ruta USB: {path}</translation>
    </message>
    <message>
        <source>binding:  {binding}</source>
        <translation>vínculo:  {binding}</translation>
    </message>
    <message>
        <source>ModemManager is running: it probes new serial ports for about 10 s. Install {rules} (the .deb does) so it leaves them alone.</source>
        <translation>ModemManager se está ejecutando: sondea los puertos serie nuevos durante unos 10 s. Instale {rules} (el .deb lo hace) para que los deje en paz.</translation>
    </message>
    <message>
        <source>No serial ports found.</source>
        <translation>No se encontraron puertos serie.</translation>
    </message>
    <message>
        <source>- (not on USB: cannot be a fixture slot)</source>
        <translation>- (no está en USB: no puede ser una ranura de útil)</translation>
    </message>
    <message>
        <source>Slot map {path} does not exist.</source>
        <translation>El mapa de ranuras {path} no existe.</translation>
    </message>
    <message>
        <source>record one with `station fixture learn --out FILE`</source>
        <translation>grabe uno con `station fixture learn --out FILE`</translation>
    </message>
    <message>
        <source>Wrote {path}. Apply it with:</source>
        <translation>Escrito {path}. Aplíquelo con:</translation>
    </message>
    <message>
        <source>There is no target {name}.</source>
        <translation>No existe el destino {name}.</translation>
    </message>
    <message>
        <source>Refresh the list of targets.</source>
        <translation>Actualice la lista de destinos.</translation>
    </message>
    <message>
        <source>Choose the file that holds only the token (a JWT), or paste the token instead.</source>
        <translation>Elija el archivo que contiene solo el token (un JWT), o pegue el token en su lugar.</translation>
    </message>
    <message>
        <source>{path} is not text: it cannot hold a Pairing token.</source>
        <translation>{path} no es texto: no puede contener un token de Pairing.</translation>
    </message>
    <message>
        <source>{path} is larger than {kib} KiB: too large to be a Pairing token.</source>
        <translation>{path} ocupa más de {kib} KiB: demasiado para ser un token de Pairing.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file, or paste the token instead.</source>
        <translation>Compruebe la ruta y que puede leer el archivo, o pegue el token en su lugar.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Compruebe la ruta y que tiene permiso para leer el archivo.</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>La clave</translation>
    </message>
    <message>
        <source>The key in {source}</source>
        <translation>La clave en {source}</translation>
    </message>
    <message>
        <source>{what} is a {kind} key; Astarte verifies only EC (ES256/384/512) and RSA tokens.</source>
        <translation>{what} es una clave {kind}; Astarte solo verifica tokens EC (ES256/384/512) y RSA.</translation>
    </message>
    <message>
        <source>{what} is not a PEM key (no &apos;-----BEGIN&apos; line).</source>
        <translation>{what} no es una clave PEM (no hay línea &apos;-----BEGIN&apos;).</translation>
    </message>
    <message>
        <source>The private key</source>
        <translation>La clave privada</translation>
    </message>
    <message>
        <source>The private key in {source}</source>
        <translation>La clave privada en {source}</translation>
    </message>
    <message>
        <source>{what} holds a public key; signing tokens needs the realm&apos;s private key.</source>
        <translation>{what} contiene una clave pública; para firmar tokens hace falta la clave privada del realm.</translation>
    </message>
    <message>
        <source>The RSA key</source>
        <translation>La clave RSA</translation>
    </message>
    <message>
        <source>The RSA key in {source}</source>
        <translation>La clave RSA en {source}</translation>
    </message>
    <message>
        <source>{what} has only {bits} bits.</source>
        <translation>{what} tiene solo {bits} bits.</translation>
    </message>
    <message>
        <source>Use a realm key of at least {bits} bits.</source>
        <translation>Use una clave del realm de al menos {bits} bits.</translation>
    </message>
    <message>
        <source>the keyring entry of target {target}</source>
        <translation>la entrada del llavero del destino {target}</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring) in this desktop session and unlock it, then try again. The station never falls back to storing keys or tokens in a file.</source>
        <translation>Inicie un Secret Service (gnome-keyring) en esta sesión de escritorio y desbloquéelo; luego vuelva a intentarlo. La estación nunca recurre a guardar claves o tokens en un archivo.</translation>
    </message>
    <message>
        <source>{target} is not a valid target name.</source>
        <translation>{target} no es un nombre de destino válido.</translation>
    </message>
    <message>
        <source>Use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Cannot {doing}: {reason}.</source>
        <translation>No se puede {doing}: {reason}.</translation>
    </message>
    <message>
        <source>delete the {kind} of target {target}</source>
        <translation>borrar {kind} del destino {target}</translation>
    </message>
    <message>
        <source>read the {kind} of target {target}</source>
        <translation>leer {kind} del destino {target}</translation>
    </message>
    <message>
        <source>store the {kind} of target {target}</source>
        <translation>guardar {kind} del destino {target}</translation>
    </message>
    <message>
        <source>The key file has bytes that are not text around the PEM block.</source>
        <translation>El archivo de clave tiene bytes que no son texto alrededor del bloque PEM.</translation>
    </message>
    <message>
        <source>Export the key again as plain PEM (openssl pkey -in KEY -out PLAIN).</source>
        <translation>Exporte de nuevo la clave como PEM simple (openssl pkey -in KEY -out PLAIN).</translation>
    </message>
    <message>
        <source>Cannot {doing}: the keyring did not answer within {seconds} s; it is probably locked and waiting for its unlock prompt.</source>
        <translation>No se puede {doing}: el llavero no respondió en {seconds} s; probablemente está bloqueado esperando su solicitud de desbloqueo.</translation>
    </message>
    <message>
        <source>No password for the fleet role {role} is stored in this PC&apos;s keyring.</source>
        <translation>En el llavero de este PC no hay ninguna contraseña guardada para el rol de flota {role}.</translation>
    </message>
    <message>
        <source>Plant IT gives the password printed by `station fleet add-station`; store it with `station fleet set-password`.</source>
        <translation>El departamento de TI de la planta da la contraseña impresa por `station fleet add-station`; guárdela con `station fleet set-password`.</translation>
    </message>
    <message>
        <source>No realm key is stored for target {target}.</source>
        <translation>No hay ninguna clave del realm guardada para el destino {target}.</translation>
    </message>
    <message>
        <source>A supervisor runs `station target import-key {name} --file &lt;realm&gt;_private.pem`.</source>
        <translation>Un supervisor ejecuta `station target import-key {name} --file &lt;realm&gt;_private.pem`.</translation>
    </message>
    <message>
        <source>No issued token is stored for target {target}.</source>
        <translation>No hay ningún token emitido guardado para el destino {target}.</translation>
    </message>
    <message>
        <source>A supervisor pipes a token into `station target set-token {name}`.</source>
        <translation>Un supervisor pasa un token a `station target set-token {name}`.</translation>
    </message>
    <message>
        <source>the keyring backend {name} keeps secrets in a file, not in the OS keyring</source>
        <translation>el backend de llavero {name} guarda los secretos en un archivo, no en el llavero del sistema</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>el llavero está bloqueado</translation>
    </message>
    <message>
        <source>no OS keyring backend is available</source>
        <translation>no hay ningún backend de llavero del sistema disponible</translation>
    </message>
    <message>
        <source>the Secret Service could not open its collection (locked or not running)</source>
        <translation>el Secret Service no pudo abrir su colección (bloqueado o sin ejecutarse)</translation>
    </message>
    <message>
        <source>the keyring is configured as the null backend, which stores nothing</source>
        <translation>el llavero está configurado como backend nulo, que no guarda nada</translation>
    </message>
    <message>
        <source>the keyring reported {kind}</source>
        <translation>el llavero informó de {kind}</translation>
    </message>
    <message>
        <source>Cannot use the keyring: {reason}.</source>
        <translation>No se puede usar el llavero: {reason}.</translation>
    </message>
    <message>
        <source>Unlock the keyring: answer its unlock prompt on this PC&apos;s desktop (or unlock the &apos;Login&apos; keyring in Passwords and Keys), then try again. The station never falls back to storing keys or tokens in a file.</source>
        <translation>Desbloquee el llavero: responda a su solicitud de desbloqueo en el escritorio de este PC (o desbloquee el llavero &apos;Login&apos; en Contraseñas y claves) y vuelva a intentarlo. La estación nunca recurre a guardar claves o tokens en un archivo.</translation>
    </message>
    <message>
        <source>{what}: the device is already registered and has used its credentials secret.</source>
        <translation>{what}: el dispositivo ya está registrado y ha usado su secreto.</translation>
    </message>
    <message>
        <source>It cannot be provisioned again until a supervisor approves rework and unregisters it.</source>
        <translation>No se puede aprovisionar de nuevo hasta que un supervisor apruebe el retrabajo y anule su registro.</translation>
    </message>
    <message>
        <source>{what}: the version is not a string.</source>
        <translation>{what}: la versión no es un texto.</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing.</source>
        <translation>Compruebe que la URL de Pairing apunta a Astarte Pairing.</translation>
    </message>
    <message>
        <source>{what}: {host} did not accept a connection within {timeout} s.</source>
        <translation>{what}: {host} no aceptó una conexión en {timeout} s.</translation>
    </message>
    <message>
        <source>{what}: the device is not registered in realm {realm}.</source>
        <translation>{what}: el dispositivo no está registrado en el realm {realm}.</translation>
    </message>
    <message>
        <source>Check the device ID and realm.</source>
        <translation>Compruebe el ID de dispositivo y el realm.</translation>
    </message>
    <message>
        <source>{what}: the host name {host} could not be resolved (DNS).</source>
        <translation>{what}: no se pudo resolver el nombre de host {host} (DNS).</translation>
    </message>
    <message>
        <source>Check the Pairing URL&apos;s host name and this PC&apos;s DNS settings.</source>
        <translation>Compruebe el nombre de host de la URL de Pairing y la configuración DNS de este PC.</translation>
    </message>
    <message>
        <source>{what}: the connection to {host} was dropped mid-request.</source>
        <translation>{what}: la conexión con {host} se cortó a mitad de la petición.</translation>
    </message>
    <message>
        <source>{what}: Pairing refused the call for realm {realm} (403){said}.</source>
        <translation>{what}: Pairing rechazó la llamada para el realm {realm} (403){said}.</translation>
    </message>
    <message>
        <source>Check, in this order: 1) the realm name is wrong or the realm does not exist on this Astarte; 2) the token&apos;s a_pa claim does not allow this call; 3) the token has expired (Astarte allows no clock skew: check this PC&apos;s clock); 4) the token was signed with a key that is not this realm&apos;s key</source>
        <translation>Compruebe, en este orden: 1) el nombre del realm es erróneo o el realm no existe en este Astarte; 2) el claim a_pa del token no permite esta llamada; 3) el token ha caducado (Astarte no admite desfase de reloj: compruebe el reloj de este PC); 4) el token se firmó con una clave que no es la de este realm</translation>
    </message>
    <message>
        <source>{what}: Pairing&apos;s device information is incomplete (status, version or broker URL missing).</source>
        <translation>{what}: la información del dispositivo de Pairing está incompleta (falta el estado, la versión o la URL del broker).</translation>
    </message>
    <message>
        <source>{what}: Pairing failed with an internal error ({status}){said}.</source>
        <translation>{what}: Pairing falló con un error interno ({status}){said}.</translation>
    </message>
    <message>
        <source>Tell the Astarte operator; the Pairing logs show the cause.</source>
        <translation>Avise al operador de Astarte; los registros de Pairing muestran la causa.</translation>
    </message>
    <message>
        <source>A 500 on registration often means the realm reached its device registration limit: ask the Astarte operator to check the realm&apos;s device_registration_limit. Tell the Astarte operator; the Pairing logs show the cause.</source>
        <translation>Un 500 al registrar suele significar que el realm alcanzó su límite de registro de dispositivos: pida al operador de Astarte que revise device_registration_limit del realm. Avise al operador de Astarte; los registros de Pairing muestran la causa.</translation>
    </message>
    <message>
        <source>The initial introspection is invalid: {problems}.</source>
        <translation>La introspección inicial no es válida: {problems}.</translation>
    </message>
    <message>
        <source>Every interface needs a name and a (major, minor) pair of integers.</source>
        <translation>Cada interfaz necesita un nombre y un par de enteros (major, minor).</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the token as invalid (401){said}.</source>
        <translation>{what}: Pairing rechazó el token por no válido (401){said}.</translation>
    </message>
    <message>
        <source>The token is malformed or not signed by this realm&apos;s key: check the target&apos;s realm key or issued token.</source>
        <translation>El token está mal formado o no está firmado con la clave de este realm: revise la clave del realm o el token emitido del destino.</translation>
    </message>
    <message>
        <source>{what}: the realm reached its device registration limit.</source>
        <translation>{what}: el realm alcanzó su límite de registro de dispositivos.</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to raise the realm&apos;s device_registration_limit.</source>
        <translation>Pida al operador de Astarte que aumente device_registration_limit del realm.</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request as malformed (400){said}.</source>
        <translation>{what}: Pairing rechazó la petición por mal formada (400){said}.</translation>
    </message>
    <message>
        <source>Check the network cable, the PC&apos;s network settings and the Pairing URL.</source>
        <translation>Compruebe el cable de red, la configuración de red del PC y la URL de Pairing.</translation>
    </message>
    <message>
        <source>{what}: there is no Pairing API at this URL (404){said}.</source>
        <translation>{what}: en esta URL no hay una API de Pairing (404){said}.</translation>
    </message>
    <message>
        <source>Check the target&apos;s Pairing URL: through the Astarte ingress it ends in &apos;/pairing&apos; (https://api.&lt;domain&gt;/pairing); directly it is http://&lt;host&gt;:4003.</source>
        <translation>Revise la URL de Pairing del destino: a través del ingress de Astarte termina en &apos;/pairing&apos; (https://api.&lt;domain&gt;/pairing); directamente es http://&lt;host&gt;:4003.</translation>
    </message>
    <message>
        <source>{what}: there is no network route to {host}.</source>
        <translation>{what}: no hay ruta de red hacia {host}.</translation>
    </message>
    <message>
        <source>{what}: Pairing did not receive the credentials secret (401){said}.</source>
        <translation>{what}: Pairing no recibió el secreto (401){said}.</translation>
    </message>
    <message>
        <source>A proxy between this station and Astarte may strip the Authorization header; ask the network administrator.</source>
        <translation>Un proxy entre esta estación y Astarte puede quitar la cabecera Authorization; consulte al administrador de red.</translation>
    </message>
    <message>
        <source>{what}: Pairing&apos;s answer does not hold a credentials secret of the expected shape (44 characters of base64).</source>
        <translation>{what}: la respuesta de Pairing no contiene un secreto con la forma esperada (44 caracteres base64).</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing; do not write anything to the device.</source>
        <translation>Compruebe que la URL de Pairing apunta a Astarte Pairing; no escriba nada en el dispositivo.</translation>
    </message>
    <message>
        <source>{what}: no time was left to reach Pairing.</source>
        <translation>{what}: no quedó tiempo para llegar a Pairing.</translation>
    </message>
    <message>
        <source>Check the network and the Pairing URL, then retry.</source>
        <translation>Compruebe la red y la URL de Pairing y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{what}: Pairing received no token (401){said}.</source>
        <translation>{what}: Pairing no recibió ningún token (401){said}.</translation>
    </message>
    <message>
        <source>A proxy between this station and Astarte may strip the Authorization header.</source>
        <translation>Un proxy entre esta estación y Astarte puede quitar la cabecera Authorization.</translation>
    </message>
    <message>
        <source>{what}: the token does not allow {method} {path} (403).</source>
        <translation>{what}: el token no permite {method} {path} (403).</translation>
    </message>
    <message>
        <source>Give the target a token whose a_pa claim allows this call (e.g. &apos;POST::agent/devices&apos;).</source>
        <translation>Dé al destino un token cuyo claim a_pa permita esta llamada (p. ej. &apos;POST::agent/devices&apos;).</translation>
    </message>
    <message>
        <source>{what}: the answer ({status}) is not a Pairing API response.</source>
        <translation>{what}: la respuesta ({status}) no es una respuesta de la API de Pairing.</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing, not another service.</source>
        <translation>Compruebe que la URL de Pairing apunta a Astarte Pairing y no a otro servicio.</translation>
    </message>
    <message>
        <source>{what}: every registration place for this target stayed busy until the deadline.</source>
        <translation>{what}: todos los puestos de registro de este destino siguieron ocupados hasta el plazo.</translation>
    </message>
    <message>
        <source>Retry; if it persists, Pairing is answering slowly.</source>
        <translation>Vuelva a intentarlo; si persiste, Pairing responde con lentitud.</translation>
    </message>
    <message>
        <source>{what}: no connection to {host} became free within {timeout} s.</source>
        <translation>{what}: ninguna conexión con {host} quedó libre en {timeout} s.</translation>
    </message>
    <message>
        <source>Lower the number of slots working at once.</source>
        <translation>Reduzca el número de ranuras que trabajan a la vez.</translation>
    </message>
    <message>
        <source>Testing the connection: the server accepted a registration with an empty device ID, which Astarte Pairing never does.</source>
        <translation>Prueba de conexión: el servidor aceptó un registro con un ID de dispositivo vacío, algo que Astarte Pairing nunca hace.</translation>
    </message>
    <message>
        <source>{what}: a gateway in front of Pairing is limiting the request rate (429).</source>
        <translation>{what}: una pasarela delante de Pairing limita la tasa de peticiones (429).</translation>
    </message>
    <message>
        <source>Lower the number of registrations in flight for this target, or ask the Astarte operator to raise the ingress limit.</source>
        <translation>Reduzca el número de registros en curso para este destino, o pida al operador de Astarte que aumente el límite del ingress.</translation>
    </message>
    <message>
        <source>Lower the number of registrations in flight for this target, or ask the Astarte operator to raise the ingress limit. It asked to wait {wait} s.</source>
        <translation>Reduzca el número de registros en curso para este destino, o pida al operador de Astarte que aumente el límite del ingress. Pidió esperar {wait} s.</translation>
    </message>
    <message>
        <source>{what}: {host} did not answer in time (no complete reply within {timeout} s).</source>
        <translation>{what}: {host} no respondió a tiempo (ninguna respuesta completa en {timeout} s).</translation>
    </message>
    <message>
        <source>{what}: {host} did not answer in time (no complete reply within {timeout} s). The registration may or may not have happened; registering again is safe because only the latest secret counts.</source>
        <translation>{what}: {host} no respondió a tiempo (ninguna respuesta completa en {timeout} s). El registro puede haberse hecho o no; registrar de nuevo es seguro porque solo cuenta el secreto más reciente.</translation>
    </message>
    <message>
        <source>{realm} is not a valid Astarte realm name.</source>
        <translation>{realm} no es un nombre de realm de Astarte válido.</translation>
    </message>
    <message>
        <source>A realm name is lower-case letters and digits, starting with a letter, at most 48 characters.</source>
        <translation>Un nombre de realm consta de letras minúsculas y dígitos, empieza por una letra y tiene como máximo 48 caracteres.</translation>
    </message>
    <message>
        <source>{what}: {host} refused the connection (nothing listens on that port).</source>
        <translation>{what}: {host} rechazó la conexión (nada escucha en ese puerto).</translation>
    </message>
    <message>
        <source>Check the port in the Pairing URL and that Pairing is running.</source>
        <translation>Compruebe el puerto de la URL de Pairing y que Pairing esté en marcha.</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request (422).</source>
        <translation>{what}: Pairing rechazó la petición (422).</translation>
    </message>
    <message>
        <source>Check the device ID and initial introspection.</source>
        <translation>Compruebe el ID de dispositivo y la introspección inicial.</translation>
    </message>
    <message>
        <source>The device ID must be 22 characters of base64url (16 bytes).</source>
        <translation>El ID de dispositivo debe tener 22 caracteres base64url (16 bytes).</translation>
    </message>
    <message>
        <source>Every interface in the initial introspection needs non-negative integer major and minor versions.</source>
        <translation>Cada interfaz de la introspección inicial necesita versiones mayor y menor enteras no negativas.</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request: {fields}.</source>
        <translation>{what}: Pairing rechazó la petición: {fields}.</translation>
    </message>
    <message>
        <source> (Pairing said: {detail})</source>
        <translation> (Pairing dijo: {detail})</translation>
    </message>
    <message>
        <source>The credentials secret is not base64 text, so it cannot be an Astarte secret; nothing was sent.</source>
        <translation>El secreto no es texto base64, así que no puede ser un secreto de Astarte; no se envió nada.</translation>
    </message>
    <message>
        <source>The device holds a record the station did not write: set it aside for the supervisor.</source>
        <translation>El dispositivo contiene un registro que la estación no escribió: apártelo para el supervisor.</translation>
    </message>
    <message>
        <source>{what}: Pairing does not accept this credentials secret (403){said}.</source>
        <translation>{what}: Pairing no acepta este secreto (403){said}.</translation>
    </message>
    <message>
        <source>The device was registered again since (only the latest secret works), or it was unregistered, or realm {realm} is wrong.</source>
        <translation>El dispositivo se registró de nuevo desde entonces (solo vale el secreto más reciente), o se anuló su registro, o el realm {realm} es erróneo.</translation>
    </message>
    <message>
        <source>The target&apos;s token source gave an empty or malformed token; nothing was sent.</source>
        <translation>La fuente de tokens del destino dio un token vacío o mal formado; no se envió nada.</translation>
    </message>
    <message>
        <source>Check the target&apos;s token settings (station target set-token, or the token command&apos;s output).</source>
        <translation>Revise la configuración de tokens del destino (station target set-token, o la salida del comando de token).</translation>
    </message>
    <message>
        <source>{what}: the answer from {host} ({status}) is larger than {mib} MiB; no Pairing answer is, so it was not read.</source>
        <translation>{what}: la respuesta de {host} ({status}) ocupa más de {mib} MiB; ninguna respuesta de Pairing es tan grande, así que no se leyó.</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing: another service or a proxy&apos;s page is answering.</source>
        <translation>Compruebe que la URL de Pairing apunta a Astarte Pairing: responde otro servicio o la página de un proxy.</translation>
    </message>
    <message>
        <source>{what}: Pairing is not available ({status}){said}.</source>
        <translation>{what}: Pairing no está disponible ({status}){said}.</translation>
    </message>
    <message>
        <source>The Astarte service or its gateway is down or restarting; try again in a minute and tell the Astarte operator if it persists.</source>
        <translation>El servicio de Astarte o su pasarela está caído o reiniciándose; vuelva a intentarlo en un minuto y avise al operador de Astarte si persiste.</translation>
    </message>
    <message>
        <source>{what}: Pairing answered with an unexpected status {status}{said}.</source>
        <translation>{what}: Pairing respondió con un estado inesperado {status}{said}.</translation>
    </message>
    <message>
        <source>{what}: could not reach {host} ({kind}).</source>
        <translation>{what}: no se pudo llegar a {host} ({kind}).</translation>
    </message>
    <message>
        <source>Write it as https://api.&lt;your-domain&gt;/pairing (through the Astarte ingress) or http://&lt;host&gt;:4003 (the Pairing service directly).</source>
        <translation>Escríbala como https://api.&lt;your-domain&gt;/pairing (a través del ingress de Astarte) o http://&lt;host&gt;:4003 (el servicio Pairing directamente).</translation>
    </message>
    <message>
        <source>The Pairing URL {url} already contains /v1.</source>
        <translation>La URL de Pairing {url} ya contiene /v1.</translation>
    </message>
    <message>
        <source>Leave out /v1 and the realm: the station adds them. {fix}</source>
        <translation>Omita /v1 y el realm: la estación los añade. {fix}</translation>
    </message>
    <message>
        <source>{url} is not a Pairing URL.</source>
        <translation>{url} no es una URL de Pairing.</translation>
    </message>
    <message>
        <source>The Pairing URL {url} has a query or fragment.</source>
        <translation>La URL de Pairing {url} tiene una consulta o un fragmento.</translation>
    </message>
    <message>
        <source>The Pairing URL must not contain a user name or password.</source>
        <translation>La URL de Pairing no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>Checking the secret of</source>
        <translation>Comprobación del secreto de</translation>
    </message>
    <message>
        <source>Checking the secret of device {device}</source>
        <translation>Comprobación del secreto del dispositivo {device}</translation>
    </message>
    <message>
        <source>Checking Pairing&apos;s health</source>
        <translation>Comprobación del estado de Pairing</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Registering device {device}</source>
        <translation>Registro del dispositivo {device}</translation>
    </message>
    <message>
        <source>Unregistering</source>
        <translation>Anulación del registro</translation>
    </message>
    <message>
        <source>Unregistering device {device}</source>
        <translation>Anulación del registro del dispositivo {device}</translation>
    </message>
    <message>
        <source>Reading Pairing&apos;s version</source>
        <translation>Lectura de la versión de Pairing</translation>
    </message>
    <message>
        <source>The CA bundle {path} does not exist.</source>
        <translation>El paquete de CA {path} no existe.</translation>
    </message>
    <message>
        <source>Fix the target&apos;s CA bundle path, or remove it to use the system&apos;s trusted CAs only.</source>
        <translation>Corrija la ruta del paquete de CA del destino, o quítela para usar solo las CA de confianza del sistema.</translation>
    </message>
    <message>
        <source>The CA bundle {path} could not be loaded ({kind}): it must hold PEM certificates.</source>
        <translation>No se pudo cargar el paquete de CA {path} ({kind}): debe contener certificados PEM.</translation>
    </message>
    <message>
        <source>Export the CA certificates of the Astarte ingress as PEM.</source>
        <translation>Exporte como PEM los certificados de CA del ingress de Astarte.</translation>
    </message>
    <message>
        <source>The certificate of {host} failed verification: {detail}.</source>
        <translation>El certificado de {host} no superó la verificación: {detail}.</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to check the ingress certificate.</source>
        <translation>Pida al operador de Astarte que revise el certificado del ingress.</translation>
    </message>
    <message>
        <source>The certificate of {host} (or its CA) has expired.</source>
        <translation>El certificado de {host} (o de su CA) ha caducado.</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to renew the ingress certificate; also check this PC&apos;s clock.</source>
        <translation>Pida al operador de Astarte que renueve el certificado del ingress; compruebe también el reloj de este PC.</translation>
    </message>
    <message>
        <source>The TLS handshake with {host} failed ({reason}).</source>
        <translation>El protocolo de enlace TLS con {host} falló ({reason}).</translation>
    </message>
    <message>
        <source>Check the Pairing URL and port, and that the server supports TLS 1.2 or newer.</source>
        <translation>Compruebe la URL de Pairing y el puerto, y que el servidor admita TLS 1.2 o posterior.</translation>
    </message>
    <message>
        <source>The certificate presented by {host} is for another host name or IP address.</source>
        <translation>El certificado que presenta {host} es para otro nombre de host o dirección IP.</translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for in the Pairing URL.</source>
        <translation>Use en la URL de Pairing el nombre de host para el que se emitió el certificado.</translation>
    </message>
    <message>
        <source>{host} did not answer with TLS.</source>
        <translation>{host} no respondió con TLS.</translation>
    </message>
    <message>
        <source>If the Pairing service is reached directly without TLS, write the URL with http://; otherwise check the port.</source>
        <translation>Si al servicio Pairing se accede directamente sin TLS, escriba la URL con http://; si no, compruebe el puerto.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>El certificado de {host} aún no es válido.</translation>
    </message>
    <message>
        <source>Check this PC&apos;s clock and time zone.</source>
        <translation>Compruebe el reloj y la zona horaria de este PC.</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs and {path}</source>
        <translation>las CA de confianza del sistema y {path}</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>las CA de confianza del sistema</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by a CA this station trusts ({trusted}).</source>
        <translation>El certificado de {host} no está firmado por una CA en la que confíe esta estación ({trusted}).</translation>
    </message>
    <message>
        <source>Set the target&apos;s CA bundle to the CA that signed the Astarte ingress certificate; if the CA is the right one, this may be an interception proxy.</source>
        <translation>Establezca como paquete de CA del destino la CA que firmó el certificado del ingress de Astarte; si la CA es la correcta, puede tratarse de un proxy de interceptación.</translation>
    </message>
    <message>
        <source>The token lifetime {ttl} s is outside {low} to {high} s.</source>
        <translation>La duración del token {ttl} s está fuera del intervalo de {low} a {high} s.</translation>
    </message>
    <message>
        <source>Set the target&apos;s token_ttl_s to a value from {low} to {high} (docs/configuration.md).</source>
        <translation>Establezca token_ttl_s del destino en un valor de {low} a {high} (docs/configuration.md).</translation>
    </message>
    <message>
        <source>the fixture</source>
        <translation>el útil</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>la ranura {slot}</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} already passed for realm {realm}.</source>
        <translation>El dispositivo {device} de la ranura {slot} ya pasó para el realm {realm}.</translation>
    </message>
    <message>
        <source>Set the device in slot {slot} aside; provisioning it again needs a supervisor override.</source>
        <translation>Aparte el dispositivo de la ranura {slot}; aprovisionarlo de nuevo requiere una autorización del supervisor.</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} is being provisioned in slot {other} right now.</source>
        <translation>El dispositivo {device} de la ranura {slot} se está aprovisionando ahora mismo en la ranura {other}.</translation>
    </message>
    <message>
        <source>Remove the device from slot {slot}; two devices with one identity need a supervisor check (cloned serial?).</source>
        <translation>Retire el dispositivo de la ranura {slot}; dos dispositivos con una misma identidad requieren una revisión del supervisor (¿número de serie clonado?).</translation>
    </message>
    <message>
        <source>The device in slot {slot} reports an unusable device ID: {reason}</source>
        <translation>El dispositivo de la ranura {slot} informa de un ID de dispositivo inutilizable: {reason}</translation>
    </message>
    <message>
        <source>Set the device in slot {slot} aside for a firmware check. {action}</source>
        <translation>Aparte el dispositivo de la ranura {slot} para revisar el firmware. {action}</translation>
    </message>
    <message>
        <source>The device in slot {slot} did not report an Astarte device ID, and this target takes the ID from the device.</source>
        <translation>El dispositivo de la ranura {slot} no informó de un ID de dispositivo de Astarte, y este destino toma el ID del dispositivo.</translation>
    </message>
    <message>
        <source>Check the firmware of the device in slot {slot}, or ask the supervisor to set the target&apos;s device-ID rule to derive IDs (uuid5).</source>
        <translation>Revise el firmware del dispositivo de la ranura {slot}, o pida al supervisor que configure la regla de ID del destino para derivar los ID (uuid5).</translation>
    </message>
    <message>
        <source>The target derives device IDs but has no namespace UUID configured.</source>
        <translation>El destino deriva los ID de dispositivo pero no tiene configurado un UUID de espacio de nombres.</translation>
    </message>
    <message>
        <source>Ask the supervisor to set the target&apos;s device-ID namespace.</source>
        <translation>Pida al supervisor que configure el espacio de nombres de ID del destino.</translation>
    </message>
    <message>
        <source>The device in slot {slot} has no hardware serial to derive its ID from.</source>
        <translation>El dispositivo de la ranura {slot} no tiene número de serie del hardware del que derivar su ID.</translation>
    </message>
    <message>
        <source>Check the firmware of the device in slot {slot}, or ask the supervisor to derive IDs from the hardware id instead.</source>
        <translation>Revise el firmware del dispositivo de la ranura {slot}, o pida al supervisor que derive los ID del ID de hardware.</translation>
    </message>
    <message>
        <source>Serial {serial} of the device in slot {slot} is not allowed for this target.</source>
        <translation>El número de serie {serial} del dispositivo de la ranura {slot} no está permitido para este destino.</translation>
    </message>
    <message>
        <source>Check that the device in slot {slot} belongs to this batch; the supervisor sets the allowed serials.</source>
        <translation>Compruebe que el dispositivo de la ranura {slot} pertenece a este lote; el supervisor define los números de serie permitidos.</translation>
    </message>
    <message>
        <source>The device in slot {slot} has {kind} storage; this target accepts {accepted}.</source>
        <translation>El dispositivo de la ranura {slot} tiene memoria {kind}; este destino acepta {accepted}.</translation>
    </message>
    <message>
        <source>Check that the device in slot {slot} is the right model for this target.</source>
        <translation>Compruebe que el dispositivo de la ranura {slot} es el modelo correcto para este destino.</translation>
    </message>
    <message>
        <source>{holders} is probing the port of {who} ({path}).</source>
        <translation>{holders} está sondeando el puerto de {who} ({path}).</translation>
    </message>
    <message>
        <source>install the station&apos;s udev rules (they tell ModemManager to ignore fixture adapters) and replug the fixture, or stop it: sudo systemctl stop ModemManager</source>
        <translation>instale las reglas udev de la estación (indican a ModemManager que ignore los adaptadores del útil) y vuelva a conectar el útil, o deténgalo: sudo systemctl stop ModemManager</translation>
    </message>
    <message>
        <source>The port of {who} ({path}) is open in {holders}.</source>
        <translation>El puerto de {who} ({path}) está abierto en {holders}.</translation>
    </message>
    <message>
        <source>close that program (a serial terminal or another station) and retry</source>
        <translation>cierre ese programa (un terminal serie u otra estación) y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>The port for {who} ({binding}) does not exist.</source>
        <translation>El puerto de {who} ({binding}) no existe.</translation>
    </message>
    <message>
        <source>check that the fixture for {who} is connected and powered, and that the station&apos;s udev rules are installed</source>
        <translation>compruebe que el útil de {who} está conectado y encendido y que las reglas udev de la estación están instaladas</translation>
    </message>
    <message>
        <source>this slot</source>
        <translation>esta ranura</translation>
    </message>
    <message>
        <source>The port of {who} ({path}) is in use by a program this user cannot see.</source>
        <translation>El puerto de {who} ({path}) lo usa un programa que este usuario no puede ver.</translation>
    </message>
    <message>
        <source>close any serial terminal or other station on this PC, or replug the fixture</source>
        <translation>cierre cualquier terminal serie u otra estación de este PC, o vuelva a conectar el útil</translation>
    </message>
    <message>
        <source>No serial port is present at {who}&apos;s USB location ({binding}).</source>
        <translation>No hay ningún puerto serie en la posición USB de {who} ({binding}).</translation>
    </message>
    <message>
        <source>plug the fixture&apos;s USB cable for {who} back in / check the hub and its power supply</source>
        <translation>vuelva a conectar el cable USB del útil de {who} / revise el hub y su alimentación</translation>
    </message>
    <message>
        <source>print head open</source>
        <translation>cabezal de impresión abierto</translation>
    </message>
    <message>
        <source>The label printer at {where} answered its status request with something that is not a Zebra status.</source>
        <translation>La impresora de etiquetas en {where} respondió a la consulta de estado con algo que no es un estado Zebra.</translation>
    </message>
    <message>
        <source>Check that the configured address is the label printer.</source>
        <translation>Compruebe que la dirección configurada es la de la impresora de etiquetas.</translation>
    </message>
    <message>
        <source>out of labels</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>out of ribbon</source>
        <translation>sin cinta</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>The label printer at {where} is {problems}.</source>
        <translation>La impresora de etiquetas en {where} está: {problems}.</translation>
    </message>
    <message>
        <source>Fix the printer (load labels or ribbon, close the head, unpause it), then reprint the label from the slot.</source>
        <translation>Arregle la impresora (cargue etiquetas o cinta, cierre el cabezal, quite la pausa) y reimprima la etiqueta desde la ranura.</translation>
    </message>
    <message>
        <source>The label printer at {where} did not report its status within {timeout} s; it stays silent while out of labels or ribbon or with its head open.</source>
        <translation>La impresora de etiquetas en {where} no informó de su estado en {timeout} s; se queda callada sin etiquetas o cinta o con el cabezal abierto.</translation>
    </message>
    <message>
        <source>Check the printer&apos;s display and lights, fix it, then reprint the label.</source>
        <translation>Revise la pantalla y las luces de la impresora, corrija el fallo y reimprima la etiqueta.</translation>
    </message>
    <message>
        <source>The label printer at {where} cannot be reached ({reason}).</source>
        <translation>No se puede llegar a la impresora de etiquetas en {where} ({reason}).</translation>
    </message>
    <message>
        <source>Check that the printer is on and its network cable is in, then reprint the label.</source>
        <translation>Compruebe que la impresora está encendida y su cable de red conectado y reimprima la etiqueta.</translation>
    </message>
    <message>
        <source>Interrupted attempt found; press Start to resume.</source>
        <translation>Se encontró un intento interrumpido; pulse Iniciar para reanudar.</translation>
    </message>
    <message>
        <source>Press Start on slot {slot} with the same device in it: the station checks what reached its storage and resumes, or registers it again, as needed.</source>
        <translation>Pulse Iniciar en la ranura {slot} con el mismo dispositivo dentro: la estación comprueba qué llegó a su memoria y continúa, o lo registra de nuevo, según haga falta.</translation>
    </message>
    <message>
        <source>Fixture {fixture} has no slot {slot}.</source>
        <translation>El útil {fixture} no tiene la ranura {slot}.</translation>
    </message>
    <message>
        <source>Use one of: {slots}.</source>
        <translation>Use uno de estos: {slots}.</translation>
    </message>
    <message>
        <source>{message} — {action}</source>
        <translation>{message} — {action}</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside and look it up in the journal.</source>
        <translation>Aparte el dispositivo de la ranura {slot} y búsquelo en el diario.</translation>
    </message>
    <message>
        <source>Slot {slot}: {message}</source>
        <translation>Ranura {slot}: {message}</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again.</source>
        <translation>Aprovisione de nuevo el dispositivo de la ranura {slot}.</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and put it in the SCRAP bin.</source>
        <translation>Saque el dispositivo de la ranura {slot} y póngalo en el contenedor de DESECHO.</translation>
    </message>
    <message>
        <source>{action} Then provision the device in slot {slot} again.</source>
        <translation>{action} Después aprovisione de nuevo el dispositivo de la ranura {slot}.</translation>
    </message>
    <message>
        <source>The device in {place} gave an answer to {command} the station does not understand: {detail}.</source>
        <translation>El dispositivo en {place} dio a {command} una respuesta que la estación no entiende: {detail}.</translation>
    </message>
    <message>
        <source>The device firmware does not match this station: stop the line and call the supervisor.</source>
        <translation>El firmware del dispositivo no corresponde a esta estación: detenga la línea y llame al supervisor.</translation>
    </message>
    <message>
        <source>Write-once storage already holds a different record and cannot take another.</source>
        <translation>La memoria de una sola escritura ya contiene un registro distinto y no admite otro.</translation>
    </message>
    <message>
        <source>Do not retry: mark the unit SCRAP (or send it to rework if its storage is rewritable).</source>
        <translation>No lo reintente: marque la unidad como DESECHO (o envíela a retrabajo si su memoria es reescribible).</translation>
    </message>
    <message>
        <source>The device rejected the record as malformed (a missing field or a wrong length).</source>
        <translation>El dispositivo rechazó el registro por mal formado (falta un campo o la longitud es errónea).</translation>
    </message>
    <message>
        <source>This is a station or firmware mismatch: stop the line and call the supervisor.</source>
        <translation>La estación y el firmware no corresponden: detenga la línea y llame al supervisor.</translation>
    </message>
    <message>
        <source>The device has left factory mode (it is locked), so it refuses write and reveal.</source>
        <translation>El dispositivo ha salido del modo de fábrica (está bloqueado), así que rechaza la escritura y la lectura del secreto.</translation>
    </message>
    <message>
        <source>This unit is already provisioned and locked; set it aside and check it in the journal.</source>
        <translation>Esta unidad ya está aprovisionada y bloqueada; apártela y revísela en el diario.</translation>
    </message>
    <message>
        <source>The device has no record to reveal.</source>
        <translation>El dispositivo no tiene ningún registro que revelar.</translation>
    </message>
    <message>
        <source>Provision the device again from the start.</source>
        <translation>Aprovisione el dispositivo de nuevo desde el principio.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>The device&apos;s storage holds a partial record (power was lost while programming).</source>
        <translation>La memoria del dispositivo contiene un registro parcial (se perdió la alimentación al programar).</translation>
    </message>
    <message>
        <source>Write-once storage: mark the unit SCRAP. Rewritable: provision it again.</source>
        <translation>Memoria de una sola escritura: marque la unidad como DESECHO. Reescribible: aprovisiónela de nuevo.</translation>
    </message>
    <message>
        <source>The device reported an unspecified error.</source>
        <translation>El dispositivo informó de un error no especificado.</translation>
    </message>
    <message>
        <source>Power-cycle the device and try again; if it repeats, set the unit aside for rework.</source>
        <translation>Apague y encienda el dispositivo y vuelva a intentarlo; si se repite, aparte la unidad para retrabajo.</translation>
    </message>
    <message>
        <source>The device in {place} refused {command}: {meaning}</source>
        <translation>El dispositivo en {place} rechazó {command}: {meaning}</translation>
    </message>
    <message>
        <source>The device in {place} refused {command}: {meaning} (rc {rc})</source>
        <translation>El dispositivo en {place} rechazó {command}: {meaning} (rc {rc})</translation>
    </message>
    <message>
        <source>The {command} request for the device in {place} is {size} bytes, but the device takes at most {limit}; nothing was sent to it.</source>
        <translation>La petición {command} para el dispositivo en {place} ocupa {size} bytes, pero el dispositivo acepta como máximo {limit}; no se le envió nada.</translation>
    </message>
    <message>
        <source>The target&apos;s realm and Pairing URL are too long for this device&apos;s firmware: stop the line and ask the supervisor to shorten them.</source>
        <translation>El realm y la URL de Pairing del destino son demasiado largos para el firmware de este dispositivo: detenga la línea y pida al supervisor que los acorte.</translation>
    </message>
    <message>
        <source>message of {size} bytes is shorter than an SMP header</source>
        <translation>mensaje de {size} bytes más corto que una cabecera SMP</translation>
    </message>
    <message>
        <source>body has bytes after its CBOR item</source>
        <translation>el cuerpo tiene bytes después de su elemento CBOR</translation>
    </message>
    <message>
        <source>No answer to {command} from the device in {place}, so it is unknown whether it took effect ({cause})</source>
        <translation>Sin respuesta a {command} del dispositivo en {place}, así que no se sabe si se aplicó ({cause})</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device in {place} if needed and let the station re-read its state.</source>
        <translation>No vuelva a empezar a ciegas: si hace falta, vuelva a colocar el dispositivo en {place} y deje que la estación relea su estado.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Reading identity</source>
        <translation>Leyendo identidad</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueando</translation>
    </message>
    <message>
        <source>Checking policy</source>
        <translation>Comprobando reglas</translation>
    </message>
    <message>
        <source>Checking the write</source>
        <translation>Comprobando la escritura</translation>
    </message>
    <message>
        <source>Recording in journal</source>
        <translation>Anotando en el registro</translation>
    </message>
    <message>
        <source>Registering with Astarte</source>
        <translation>Registrando en Astarte</translation>
    </message>
    <message>
        <source>Verifying with Astarte</source>
        <translation>Verificando con Astarte</translation>
    </message>
    <message>
        <source>Writing credentials</source>
        <translation>Escribiendo credenciales</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>reading identity</source>
        <translation>lectura de la identidad</translation>
    </message>
    <message>
        <source>locking</source>
        <translation>bloqueo</translation>
    </message>
    <message>
        <source>checking policy</source>
        <translation>comprobación de reglas</translation>
    </message>
    <message>
        <source>checking the write</source>
        <translation>comprobación de la escritura</translation>
    </message>
    <message>
        <source>recording in journal</source>
        <translation>registro en el diario</translation>
    </message>
    <message>
        <source>registering with astarte</source>
        <translation>registro en Astarte</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>verifying with astarte</source>
        <translation>verificación con Astarte</translation>
    </message>
    <message>
        <source>writing credentials</source>
        <translation>escritura de credenciales</translation>
    </message>
    <message>
        <source>The device changed its identity during the attempt.</source>
        <translation>El dispositivo cambió de identidad durante el intento.</translation>
    </message>
    <message>
        <source>Set the device aside for a firmware check; if it was swapped during the attempt, provision the device in the slot again.</source>
        <translation>Aparte el dispositivo para revisar el firmware; si se cambió durante el intento, aprovisione de nuevo el dispositivo de la ranura.</translation>
    </message>
    <message>
        <source>After the write, the device reports a digest that is not the secret just written.</source>
        <translation>Tras la escritura, el dispositivo informa de un resumen que no es el del secreto recién escrito.</translation>
    </message>
    <message>
        <source>The device revealed a secret that does not match the digest it reports.</source>
        <translation>El dispositivo reveló un secreto que no coincide con el resumen que informa.</translation>
    </message>
    <message>
        <source>The write to the device was interrupted and its storage changed.</source>
        <translation>La escritura en el dispositivo se interrumpió y su memoria cambió.</translation>
    </message>
    <message>
        <source>No answer to the write: it is unknown whether it took effect.</source>
        <translation>Sin respuesta a la escritura: no se sabe si se aplicó.</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device if needed and let the station re-read its state.</source>
        <translation>No vuelva a iniciar a ciegas: recoloque el dispositivo si hace falta y deje que la estación vuelva a leer su estado.</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
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
        <translation>{what} está firmado con {algorithm}; Pairing solo acepta {allowed}.</translation>
    </message>
    <message>
        <source>Mint the token with the realm&apos;s private key (astartectl utils gen-jwt pairing).</source>
        <translation>Genere el token con la clave privada del realm (astartectl utils gen-jwt pairing).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Ask for a new token.</source>
        <translation>Solicite un token nuevo.</translation>
    </message>
    <message>
        <source>The token&apos;s {claim} claim is not a number of seconds.</source>
        <translation>El claim {claim} del token no es un número de segundos.</translation>
    </message>
    <message>
        <source>Check the token command of this target ({name}) by running it by hand.</source>
        <translation>Revise el comando de token de este destino ({name}) ejecutándolo a mano.</translation>
    </message>
    <message>
        <source>The token command {name} failed with exit status {status}.</source>
        <translation>El comando de token {name} falló con el estado de salida {status}.</translation>
    </message>
    <message>
        <source>The token command {name} failed with exit status {status}: {said}</source>
        <translation>El comando de token {name} falló con el estado de salida {status}: {said}</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, current token expired; a new one is fetched when needed</source>
        <translation>{algorithm} de {name}, el token actual caducó; se obtiene uno nuevo cuando hace falta</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, current token expires in {left}; a new one is fetched when needed</source>
        <translation>{algorithm} de {name}, el token actual caduca en {left}; se obtiene uno nuevo cuando hace falta</translation>
    </message>
    <message>
        <source>The token command {name} printed {n} lines; it must print exactly one line: the token.</source>
        <translation>El comando de token {name} imprimió {n} líneas; debe imprimir exactamente una línea: el token.</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, no expiry</source>
        <translation>{algorithm} de {name}, sin caducidad</translation>
    </message>
    <message>
        <source>The token command {name} could not be started: {reason}.</source>
        <translation>El comando de token {name} no se pudo iniciar: {reason}.</translation>
    </message>
    <message>
        <source>Check the token command of this target ({name}) by running it by hand. It must print only the token.</source>
        <translation>Revise el comando de token de este destino ({name}) ejecutándolo a mano. Debe imprimir solo el token.</translation>
    </message>
    <message>
        <source>runs {name} when a token is needed</source>
        <translation>ejecuta {name} cuando se necesita un token</translation>
    </message>
    <message>
        <source>The token command {name} did not finish within {seconds} s and was stopped.</source>
        <translation>El comando de token {name} no terminó en {seconds} s y se detuvo.</translation>
    </message>
    <message>
        <source>The token command {name} printed more than {kib} KiB and was stopped; a token is a few hundred bytes.</source>
        <translation>El comando de token {name} imprimió más de {kib} KiB y se detuvo; un token ocupa unos cientos de bytes.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} está vacío.</translation>
    </message>
    <message>
        <source>{what} has expired (at {when} UTC).</source>
        <translation>{what} ha caducado (a las {when} UTC).</translation>
    </message>
    <message>
        <source>{what} has expired (at {when} UTC); it was not stored.</source>
        <translation>{what} ha caducado (a las {when} UTC); no se guardó.</translation>
    </message>
    <message>
        <source>{what} expires in seconds (at {when} UTC).</source>
        <translation>{what} caduca en segundos (a las {when} UTC).</translation>
    </message>
    <message>
        <source>{what} expires within seconds (at {when} UTC); it was not stored.</source>
        <translation>{what} caduca en segundos (a las {when} UTC); no se guardó.</translation>
    </message>
    <message>
        <source>{algorithm}, expired: a supervisor must set a new token</source>
        <translation>{algorithm}, caducado: un supervisor debe configurar un token nuevo</translation>
    </message>
    <message>
        <source>{algorithm}, expires in {left}, allows {allows}</source>
        <translation>{algorithm}, caduca en {left}, permite {allows}</translation>
    </message>
    <message>
        <source>{algorithm}, expires in {left}, allows {allows}: ask a supervisor for a new token soon</source>
        <translation>{algorithm}, caduca en {left}, permite {allows}: pida pronto un token nuevo a un supervisor</translation>
    </message>
    <message>
        <source>{algorithm}, never expires, allows {allows}</source>
        <translation>{algorithm}, no caduca nunca, permite {allows}</translation>
    </message>
    <message>
        <source>Provide the JWT itself: three base64url parts separated by dots, no &apos;Bearer &apos; prefix.</source>
        <translation>Proporcione el JWT en sí: tres partes base64url separadas por puntos, sin el prefijo &apos;Bearer &apos;.</translation>
    </message>
    <message>
        <source>A supervisor provides a new token (station target set-token).</source>
        <translation>Un supervisor proporciona un token nuevo (station target set-token).</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>ningún algoritmo</translation>
    </message>
    <message>
        <source>{what} is not a readable JWT.</source>
        <translation>{what} no es un JWT legible.</translation>
    </message>
    <message>
        <source>{what} is not valid before {when} UTC, and Pairing allows no clock skew.</source>
        <translation>{what} no es válido antes de las {when} UTC, y Pairing no admite desfase de reloj.</translation>
    </message>
    <message>
        <source>Check this PC&apos;s clock, or ask for a token without an &apos;nbf&apos; claim.</source>
        <translation>Compruebe el reloj de este PC, o solicite un token sin claim &apos;nbf&apos;.</translation>
    </message>
    <message>
        <source>{key} key; each call gets its own token valid {ttl} s</source>
        <translation>clave {key}; cada llamada obtiene su propio token válido {ttl} s</translation>
    </message>
    <message>
        <source>{what} does not allow {scope} (its a_pa claim allows: {allowed}).</source>
        <translation>{what} no permite {scope} (su claim a_pa permite: {allowed}).</translation>
    </message>
    <message>
        <source>Ask for a token whose a_pa includes {claim}.</source>
        <translation>Solicite un token cuyo a_pa incluya {claim}.</translation>
    </message>
    <message>
        <source>{what} contains spaces or line breaks.</source>
        <translation>{what} contiene espacios o saltos de línea.</translation>
    </message>
    <message>
        <source>unusable ({kind})</source>
        <translation>inutilizable ({kind})</translation>
    </message>
    <message>
        <source>The token printed by {name}</source>
        <translation>El token impreso por {name}</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>El token</translation>
    </message>
    <message>
        <source>The issued token</source>
        <translation>El token emitido</translation>
    </message>
    <message>
        <source>The issued token of target {target}</source>
        <translation>El token emitido del destino {target}</translation>
    </message>
    <message>
        <source>The pasted token</source>
        <translation>El token pegado</translation>
    </message>
    <message>
        <source>The token on standard input</source>
        <translation>El token de la entrada estándar</translation>
    </message>
    <message>
        <source>all off</source>
        <translation>todo apagado</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message numerus="yes">
        <source>Port binding {binding} matches %n ports ({devices}).</source>
        <translation>
            <numerusform>La asociación de puerto {binding} coincide con %n puerto ({devices}).</numerusform>
            <numerusform>La asociación de puerto {binding} coincide con %n puertos ({devices}).</numerusform>
        </translation>
    </message>
    <message>
        <source>add the interface number or use the full USB location from `station fixture list-ports`</source>
        <translation>añada el número de interfaz o use la location USB completa de `station fixture list-ports`</translation>
    </message>
    <message>
        <source>write the slot&apos;s port path as `station fixture list-ports` shows it</source>
        <translation>escriba la ruta de puerto de la ranura tal como la muestra `station fixture list-ports`</translation>
    </message>
    <message>
        <source>USB location {location} is neither a sysfs location (1-1.2 or 1-1.2:1.0) nor a udev ID_PATH (pci-0000:00:14.0-usb-0:1.2:1.0).</source>
        <translation>La location USB {location} no es ni una posición sysfs (1-1.2 o 1-1.2:1.0) ni un ID_PATH de udev (pci-0000:00:14.0-usb-0:1.2:1.0).</translation>
    </message>
    <message>
        <source>copy the location from `station fixture list-ports`</source>
        <translation>copie la location de `station fixture list-ports`</translation>
    </message>
    <message>
        <source>USB serial number {serial} is empty or holds a comma, &apos;=&apos; or a space.</source>
        <translation>El número de serie USB {serial} está vacío o contiene una coma, &apos;=&apos; o un espacio.</translation>
    </message>
    <message>
        <source>bind this slot by its USB location instead</source>
        <translation>asocie en su lugar esta ranura por su location USB</translation>
    </message>
    <message>
        <source>Port path {path} holds a control character (a line break, a tab, ...).</source>
        <translation>La ruta de puerto {path} contiene un carácter de control (un salto de línea, un tabulador, ...).</translation>
    </message>
    <message>
        <source>Port {path} is a kernel enumeration name: the number changes when adapters are replugged or the PC restarts, so the slot would follow the plug order instead of the physical place.</source>
        <translation>El puerto {path} es un nombre de enumeración del kernel: el número cambia al volver a conectar adaptadores o al reiniciar el PC, así que la ranura seguiría el orden de conexión en lugar del lugar físico.</translation>
    </message>
    <message>
        <source>bind the slot by its USB path: /dev/serial/by-path/..., usb:location=... or /dev/provisioning/&lt;fixture&gt;/slotN (see `station fixture list-ports` and `station fixture learn`)</source>
        <translation>asocie la ranura por su ruta USB: /dev/serial/by-path/..., usb:location=... o /dev/provisioning/&lt;fixture&gt;/slotN (vea `station fixture list-ports` y `station fixture learn`)</translation>
    </message>
    <message>
        <source>USB {key} {value} is out of range.</source>
        <translation>{key} USB {value} está fuera de rango.</translation>
    </message>
    <message>
        <source>use 4 hex digits</source>
        <translation>use 4 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>USB interface {value} is out of range.</source>
        <translation>La interfaz USB {value} está fuera de rango.</translation>
    </message>
    <message>
        <source>use a number from 0 to 255</source>
        <translation>use un número de 0 a 255</translation>
    </message>
    <message>
        <source>usb port binding names {key} twice.</source>
        <translation>La asociación de puerto usb indica {key} dos veces.</translation>
    </message>
    <message>
        <source>keep one</source>
        <translation>conserve uno</translation>
    </message>
    <message>
        <source>Port path {path} is not absolute.</source>
        <translation>La ruta de puerto {path} no es absoluta.</translation>
    </message>
    <message>
        <source>write the full path, starting with /dev/</source>
        <translation>escriba la ruta completa, empezando por /dev/</translation>
    </message>
    <message>
        <source>USB {key} {value} is not a hexadecimal number.</source>
        <translation>{key} USB {value} no es un número hexadecimal.</translation>
    </message>
    <message>
        <source>write it as 4 hex digits: {key}=0403</source>
        <translation>escríbalo con 4 dígitos hexadecimales: {key}=0403</translation>
    </message>
    <message>
        <source>usb port binding item {item} is not KEY=VALUE.</source>
        <translation>El elemento {item} de la asociación de puerto usb no es KEY=VALUE.</translation>
    </message>
    <message>
        <source>use keys from {keys}, e.g. usb:location=1-1.2:1.0</source>
        <translation>use claves de {keys}, p. ej. usb:location=1-1.2:1.0</translation>
    </message>
    <message>
        <source>USB {key} {value} is not a number.</source>
        <translation>{key} USB {value} no es un número.</translation>
    </message>
    <message>
        <source>write the interface number: {key}=2</source>
        <translation>escriba el número de interfaz: {key}=2</translation>
    </message>
    <message>
        <source>A {kind} port binding holds exactly one path.</source>
        <translation>Una asociación de puerto {kind} contiene exactamente una ruta.</translation>
    </message>
    <message>
        <source>write the slot&apos;s port as a single absolute path</source>
        <translation>escriba el puerto de la ranura como una única ruta absoluta</translation>
    </message>
    <message>
        <source>Port path {path} is longer than {limit} characters, which no path is.</source>
        <translation>La ruta de puerto {path} supera los {limit} caracteres, cosa que ninguna ruta hace.</translation>
    </message>
    <message>
        <source>Port binding {binding} is neither an absolute path nor usb:KEY=VALUE,...</source>
        <translation>La asociación de puerto {binding} no es ni una ruta absoluta ni usb:KEY=VALUE,...</translation>
    </message>
    <message>
        <source>write /dev/serial/by-path/..., /dev/provisioning/&lt;fixture&gt;/slotN or usb:location=&lt;USB path&gt;</source>
        <translation>escriba /dev/serial/by-path/..., /dev/provisioning/&lt;fixture&gt;/slotN o usb:location=&lt;ruta USB&gt;</translation>
    </message>
    <message>
        <source>usb port binding has an unknown key {key}.</source>
        <translation>La asociación de puerto usb tiene una clave desconocida {key}.</translation>
    </message>
    <message>
        <source>use keys from {keys}</source>
        <translation>use claves de {keys}</translation>
    </message>
    <message>
        <source>A usb port binding needs a location, or both vid and pid.</source>
        <translation>Una asociación de puerto usb necesita una location, o bien vid y pid.</translation>
    </message>
    <message>
        <source>write usb:location=&lt;USB path&gt; (see `station fixture list-ports`)</source>
        <translation>escriba usb:location=&lt;ruta USB&gt; (vea `station fixture list-ports`)</translation>
    </message>
    <message>
        <source>A usb port binding has no path.</source>
        <translation>Una asociación de puerto usb no tiene ruta.</translation>
    </message>
    <message>
        <source>remove the path</source>
        <translation>quite la ruta</translation>
    </message>
    <message>
        <source>Port binding {binding} is a {expected} binding, not {kind}.</source>
        <translation>La asociación de puerto {binding} es de tipo {expected}, no {kind}.</translation>
    </message>
    <message>
        <source>use PortBinding.parse() to build bindings from text</source>
        <translation>use PortBinding.parse() para crear asociaciones a partir de texto</translation>
    </message>
    <message>
        <source>{where} is an empty file (0 bytes), not a journal: it was cut short or created by something else. The station does not start a new journal in its place.</source>
        <translation>{where} es un archivo vacío (0 bytes), no un registro: se truncó o lo creó otra cosa. La estación no inicia un registro nuevo en su lugar.</translation>
    </message>
    <message>
        <source>Restore the journal from its backup (then check it with `station journal verify`); if this station has never provisioned a device, delete the empty file instead.</source>
        <translation>Restaure el registro desde su copia de seguridad (y compruébelo con `station journal verify`); si esta estación nunca ha aprovisionado un dispositivo, borre en su lugar el archivo vacío.</translation>
    </message>
    <message>
        <source>{where} is a folder; it must name the journal file.</source>
        <translation>{where} es una carpeta; debe indicar el archivo del registro.</translation>
    </message>
    <message>
        <source>Set journal_path to a file in that folder, e.g. {example}, in {source}.</source>
        <translation>Configure journal_path con un archivo de esa carpeta, p. ej. {example}, en {source}.</translation>
    </message>
    <message>
        <source>There is no configuration at {path}.</source>
        <translation>No hay ninguna configuración en {path}.</translation>
    </message>
    <message>
        <source>Give the configuration file with --config FILE, or ask the supervisor to set up this station (docs/configuration.md shows a complete example).</source>
        <translation>Indique el archivo de configuración con --config ARCHIVO, o pida al supervisor que configure esta estación (docs/configuration.md muestra un ejemplo completo).</translation>
    </message>
    <message>
        <source>{source} was written by a newer station version (configuration schema {version}; this station understands up to {known}). It has not been changed.</source>
        <translation>{source} fue escrito por una versión más reciente de la estación (esquema de configuración {version}; esta estación entiende hasta el {known}). No se ha modificado.</translation>
    </message>
    <message>
        <source>Upgrade the station software on this PC.</source>
        <translation>Actualice el software de la estación en este PC.</translation>
    </message>
    <message>
        <source>Cannot back up {path} before migrating it ({reason}); it was not changed.</source>
        <translation>No se puede hacer copia de {path} antes de migrarlo ({reason}); no se ha modificado.</translation>
    </message>
    <message>
        <source>Make the configuration folder writable, then start the station again.</source>
        <translation>Haga que la carpeta de configuración sea escribible y vuelva a iniciar la estación.</translation>
    </message>
    <message>
        <source>There is no fixture {name} in the configuration.</source>
        <translation>En la configuración no hay ningún útil {name}.</translation>
    </message>
    <message>
        <source>There is no target {name} in the configuration.</source>
        <translation>En la configuración no hay ningún destino {name}.</translation>
    </message>
    <message>
        <source>There is no target {name} in the configuration; nothing was stored.</source>
        <translation>En la configuración no hay ningún destino {name}; no se guardó nada.</translation>
    </message>
    <message>
        <source>Use one of: {targets}, or create the target first (Roles → Targets and keys…).</source>
        <translation>Use uno de estos: {targets}, o cree primero el destino (Roles → Destinos y claves…).</translation>
    </message>
    <message>
        <source>Target {target} gets its tokens from a command but names none.</source>
        <translation>El destino {target} obtiene sus tokens de un comando pero no indica ninguno.</translation>
    </message>
    <message>
        <source>A supervisor sets the target&apos;s token command.</source>
        <translation>Un supervisor establece el comando del token del destino.</translation>
    </message>
    <message>
        <source>Cannot save the configuration to {path} ({reason}); the previous file is unchanged.</source>
        <translation>No se puede guardar la configuración en {path} ({reason}); el archivo anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>Check that the configuration folder is writable and the disk has space.</source>
        <translation>Compruebe que la carpeta de configuración es escribible y que el disco tiene espacio.</translation>
    </message>
    <message>
        <source>{source} is not valid TOML: {detail}.</source>
        <translation>{source} no es TOML válido: {detail}.</translation>
    </message>
    <message>
        <source>Fix the syntax at the line and column shown in {source}.</source>
        <translation>Corrija la sintaxis en la línea y columna indicadas en {source}.</translation>
    </message>
    <message>
        <source>{source} nests arrays or tables more than {depth} deep; no station setting is shaped like that.</source>
        <translation>{source} anida arrays o tablas a más de {depth} niveles; ningún ajuste de la estación tiene esa forma.</translation>
    </message>
    <message>
        <source>Fix {source}: docs/configuration.md shows every setting and its form.</source>
        <translation>Corrija {source}: docs/configuration.md muestra cada ajuste y su forma.</translation>
    </message>
    <message>
        <source>Fixture {fixture} names target {target}, which is not configured.</source>
        <translation>El útil {fixture} indica el destino {target}, que no está configurado.</translation>
    </message>
    <message>
        <source>A supervisor sets the fixture&apos;s active target to one of: {targets}.</source>
        <translation>Un supervisor establece el destino activo del útil en uno de: {targets}.</translation>
    </message>
    <message>
        <source>The configuration {path} cannot be read ({reason}).</source>
        <translation>No se puede leer la configuración {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions and that it is UTF-8 text.</source>
        <translation>Compruebe los permisos del archivo y que sea texto UTF-8.</translation>
    </message>
    <message>
        <source>Use one of: {names}.</source>
        <translation>Use uno de estos: {names}.</translation>
    </message>
    <message>
        <source>{source}: `schema_version` = {version} is not a version number (1, 2, ...).</source>
        <translation>{source}: `schema_version` = {version} no es un número de versión (1, 2, ...).</translation>
    </message>
    <message>
        <source>Correct `schema_version` in {source}.</source>
        <translation>Corrija `schema_version` en {source}.</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has no [fixture] table.</source>
        <translation>{source}: la configuración de versión 1 no tiene la tabla [fixture].</translation>
    </message>
    <message>
        <source>Add the fixture to {source} or write a new configuration.</source>
        <translation>Añada el útil a {source} o escriba una configuración nueva.</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has no [[target]] tables.</source>
        <translation>{source}: la configuración de versión 1 no tiene tablas [[target]].</translation>
    </message>
    <message>
        <source>Add a target to {source} or write a new configuration.</source>
        <translation>Añada un destino a {source} o escriba una configuración nueva.</translation>
    </message>
    <message>
        <source>{source}: `schema_version` is missing; the station cannot tell which layout the file uses.</source>
        <translation>{source}: falta `schema_version`; la estación no puede saber qué estructura usa el archivo.</translation>
    </message>
    <message>
        <source>Add `schema_version = 2` at the top of {source} if it follows the current layout.</source>
        <translation>Añada `schema_version = 2` al principio de {source} si sigue la estructura actual.</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has unknown key `{key}`; it cannot be migrated. Allowed there: {allowed}.</source>
        <translation>{source}: la configuración de versión 1 tiene la clave desconocida `{key}`; no se puede migrar. Permitidas allí: {allowed}.</translation>
    </message>
    <message>
        <source>Remove or correct `{key}` in {source}, then start the station again.</source>
        <translation>Quite o corrija `{key}` en {source} y vuelva a iniciar la estación.</translation>
    </message>
    <message>
        <source>{source}: `target[{n}]` has no name.</source>
        <translation>{source}: `target[{n}]` no tiene nombre.</translation>
    </message>
    <message>
        <source>Name every [[target]] in {source}.</source>
        <translation>Dé nombre a cada [[target]] en {source}.</translation>
    </message>
    <message>
        <source>Check the printer and its CUPS queue (lpstat -p {queue}), then reprint the label.</source>
        <translation>Revise la impresora y su cola CUPS (lpstat -p {queue}) y reimprima la etiqueta.</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not print job {job} within {seconds} s, so it was cancelled and cannot print late ({state}).</source>
        <translation>La cola CUPS {queue} de la impresora de etiquetas no imprimió el trabajo {job} en {seconds} s, así que se canceló y no puede imprimirse tarde ({state}).</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not answer {command} within {seconds} s.</source>
        <translation>La cola CUPS {queue} de la impresora de etiquetas no respondió a {command} en {seconds} s.</translation>
    </message>
    <message>
        <source>no state reported</source>
        <translation>no se informó ningún estado</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} does not accept jobs.</source>
        <translation>La cola CUPS {queue} de la impresora de etiquetas no acepta trabajos.</translation>
    </message>
    <message>
        <source>The label goes to CUPS queue {queue}, but the CUPS command {command} is not installed.</source>
        <translation>La etiqueta va a la cola CUPS {queue}, pero el comando CUPS {command} no está instalado.</translation>
    </message>
    <message>
        <source>Install the CUPS client tools (Debian: cups-client), or set [line] printer to print straight to the printer.</source>
        <translation>Instale las herramientas cliente de CUPS (Debian: cups-client), o configure [line] printer para imprimir directamente en la impresora.</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not take the label (lp said: {said}).</source>
        <translation>La cola CUPS {queue} de la impresora de etiquetas no aceptó la etiqueta (lp dijo: {said}).</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} refused {command}: {said}.</source>
        <translation>La cola CUPS {queue} de la impresora de etiquetas rechazó {command}: {said}.</translation>
    </message>
    <message>
        <source>Start it again ({command} {queue}, as the CUPS administrator), then reprint the label.</source>
        <translation>Vuelva a iniciarla ({command} {queue}, como administrador de CUPS) y reimprima la etiqueta.</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} is stopped ({state}).</source>
        <translation>La cola CUPS {queue} de la impresora de etiquetas está detenida ({state}).</translation>
    </message>
    <message>
        <source>The barcode scanner on {port} is back.</source>
        <translation>El escáner de códigos de barras en {port} ha vuelto.</translation>
    </message>
    <message>
        <source>The barcode scanner on {port} cannot be read ({reason}).</source>
        <translation>No se puede leer el escáner de códigos de barras en {port} ({reason}).</translation>
    </message>
    <message>
        <source>Check the scanner&apos;s USB cable and that no other program holds its port, or fix [line] scanner_port; until then use a keyboard scanner or pick slots by hand.</source>
        <translation>Revise el cable USB del escáner y que ningún otro programa ocupe su puerto, o corrija [line] scanner_port; mientras tanto, use un escáner de teclado o elija las ranuras a mano.</translation>
    </message>
    <message>
        <source>{source}: slot {slot} must be a number mapped to a USB path string.</source>
        <translation>{source}: la ranura {slot} debe ser un número asociado a una cadena de ruta USB.</translation>
    </message>
    <message>
        <source>write &quot;1&quot;: &quot;pci-0000:00:14.0-usb-0:1.2:1.0&quot;</source>
        <translation>escriba &quot;1&quot;: &quot;pci-0000:00:14.0-usb-0:1.2:1.0&quot;</translation>
    </message>
    <message>
        <source>Fixture name {name} cannot be used in a device path.</source>
        <translation>El nombre del útil {name} no puede usarse en una ruta de dispositivo.</translation>
    </message>
    <message>
        <source>use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>{source} has no &quot;slots&quot;.</source>
        <translation>{source} no tiene &quot;slots&quot;.</translation>
    </message>
    <message>
        <source>record at least one slot</source>
        <translation>registre al menos una ranura</translation>
    </message>
    <message>
        <source>Slot {slot} is bound to {binding}, which names no udev USB path.</source>
        <translation>La ranura {slot} está asociada a {binding}, que no indica ninguna ruta USB de udev.</translation>
    </message>
    <message>
        <source>bind it to /dev/serial/by-path/... or usb:location=&lt;ID_PATH&gt;, or record the slots with `station fixture learn`</source>
        <translation>asóciela a /dev/serial/by-path/... o a usb:location=&lt;ID_PATH&gt;, o registre las ranuras con `station fixture learn`</translation>
    </message>
    <message>
        <source>Slot {slot}&apos;s USB path {key} is not a udev ID_PATH of a USB interface (like pci-0000:00:14.0-usb-0:1.2:1.0, optionally ending in -portN).</source>
        <translation>La ruta USB {key} de la ranura {slot} no es un ID_PATH de udev de una interfaz USB (como pci-0000:00:14.0-usb-0:1.2:1.0, opcionalmente terminada en -portN).</translation>
    </message>
    <message>
        <source>record the slot map with `station fixture learn`, or copy the name from /dev/serial/by-path</source>
        <translation>registre el mapa de ranuras con `station fixture learn`, o copie el nombre de /dev/serial/by-path</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {detail} at line {line}.</source>
        <translation>{source} no es JSON válido: {detail} en la línea {line}.</translation>
    </message>
    <message>
        <source>fix the file or record it again with `station fixture learn`</source>
        <translation>corrija el archivo o regístrelo de nuevo con `station fixture learn`</translation>
    </message>
    <message>
        <source>Slots {first} and {slot} have the same USB path {key}: udev could not tell them apart.</source>
        <translation>Las ranuras {first} y {slot} tienen la misma ruta USB {key}: udev no podría distinguirlas.</translation>
    </message>
    <message>
        <source>plug each slot&apos;s adapter into its own USB port; for a multi-port chip whose ports share one USB interface, give each slot its own adapter</source>
        <translation>conecte el adaptador de cada ranura a su propio puerto USB; para un chip multipuerto cuyos puertos comparten una interfaz USB, dé a cada ranura su propio adaptador</translation>
    </message>
    <message>
        <source>{source} needs a &quot;fixture&quot; name and a &quot;slots&quot; object.</source>
        <translation>{source} necesita un nombre &quot;fixture&quot; y un objeto &quot;slots&quot;.</translation>
    </message>
    <message>
        <source>write {{&quot;fixture&quot;: &quot;line3&quot;, &quot;slots&quot;: {{&quot;1&quot;: &quot;pci-...-usb-0:1.2:1.0&quot;}}}}</source>
        <translation>escriba {{&quot;fixture&quot;: &quot;line3&quot;, &quot;slots&quot;: {{&quot;1&quot;: &quot;pci-...-usb-0:1.2:1.0&quot;}}}}</translation>
    </message>
    <message>
        <source>Slot number {slot} is not positive.</source>
        <translation>El número de ranura {slot} no es positivo.</translation>
    </message>
    <message>
        <source>number slots from 1</source>
        <translation>numere las ranuras desde 1</translation>
    </message>
    <message>
        <source>slot map</source>
        <translation>El mapa de ranuras</translation>
    </message>
    <message>
        <source>Cannot read slot map {path}: {reason}.</source>
        <translation>No se puede leer el mapa de ranuras {path}: {reason}.</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>compruebe la ruta</translation>
    </message>
    <message>
        <source>The fail sound cannot play: pacat exited with {status}.</source>
        <translation>El sonido de fallo no puede reproducirse: pacat terminó con {status}.</translation>
    </message>
    <message>
        <source>The fail sound cannot play: {detail}.</source>
        <translation>El sonido de fallo no puede reproducirse: {detail}.</translation>
    </message>
    <message>
        <source>Check that the desktop session&apos;s sound server runs and a speaker is connected; the tile still shows FAIL.</source>
        <translation>Compruebe que el servidor de sonido de la sesión de escritorio funciona y que hay un altavoz conectado; el recuadro sigue mostrando FALLO.</translation>
    </message>
    <message>
        <source>The fail sound cannot play: pacat (pulseaudio-utils) is not installed.</source>
        <translation>El sonido de fallo no puede reproducirse: pacat (pulseaudio-utils) no está instalado.</translation>
    </message>
    <message>
        <source>Ask the administrator to install pulseaudio-utils; the tile still shows FAIL.</source>
        <translation>Pida al administrador que instale pulseaudio-utils; el recuadro sigue mostrando FALLO.</translation>
    </message>
    <message>
        <source>The fail sound did not finish playing within {seconds} s.</source>
        <translation>El sonido de fallo no terminó de reproducirse en {seconds} s.</translation>
    </message>
    <message>
        <source>Check the PC&apos;s sound settings; the tile still shows FAIL.</source>
        <translation>Revise la configuración de sonido del PC; el recuadro sigue mostrando FALLO.</translation>
    </message>
    <message>
        <source>The tower light is back.</source>
        <translation>La baliza ha vuelto.</translation>
    </message>
    <message>
        <source>blue blink</source>
        <translation>azul intermitente</translation>
    </message>
    <message>
        <source>blue steady</source>
        <translation>azul fijo</translation>
    </message>
    <message>
        <source>buzzer blink</source>
        <translation>zumbador intermitente</translation>
    </message>
    <message>
        <source>buzzer steady</source>
        <translation>zumbador fijo</translation>
    </message>
    <message>
        <source>green blink</source>
        <translation>verde intermitente</translation>
    </message>
    <message>
        <source>green steady</source>
        <translation>verde fijo</translation>
    </message>
    <message>
        <source>{where} refused the command (NAK).</source>
        <translation>{where} rechazó la orden (NAK).</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s network cable and address in the configuration; provisioning goes on without it.</source>
        <translation>Revise el cable de red de la baliza y su dirección en la configuración; el aprovisionamiento sigue sin ella.</translation>
    </message>
    <message>
        <source>The network tower light at {host}:{port}</source>
        <translation>La baliza de red en {host}:{port}</translation>
    </message>
    <message>
        <source>{where} gave no ACK.</source>
        <translation>{where} no dio ACK.</translation>
    </message>
    <message>
        <source>The Patlite tower at {path}</source>
        <translation>La baliza Patlite en {path}</translation>
    </message>
    <message>
        <source>Set the tower&apos;s control mode to PNS command control in its web set-up; provisioning goes on without it.</source>
        <translation>Ajuste el modo de control de la baliza a PNS command control en su configuración web; el aprovisionamiento sigue sin ella.</translation>
    </message>
    <message>
        <source>red blink</source>
        <translation>rojo intermitente</translation>
    </message>
    <message>
        <source>red steady</source>
        <translation>rojo fijo</translation>
    </message>
    <message>
        <source>The tower light on {port} cannot be reached ({kind}).</source>
        <translation>No se puede llegar a la baliza en {port} ({kind}).</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s USB cable and that no other program holds its port; provisioning goes on without it.</source>
        <translation>Revise el cable USB de la baliza y que ningún otro programa ocupe su puerto; el aprovisionamiento sigue sin ella.</translation>
    </message>
    <message>
        <source>The Patlite tower at {path} took {written} of {size} bytes.</source>
        <translation>La baliza Patlite en {path} aceptó {written} de {size} bytes.</translation>
    </message>
    <message>
        <source>{where} cannot be reached ({reason}).</source>
        <translation>No se puede llegar a {where} ({reason}).</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s USB cable and the station&apos;s udev rules for it; provisioning goes on without it.</source>
        <translation>Revise el cable USB de la baliza y las reglas udev de la estación para ella; el aprovisionamiento sigue sin ella.</translation>
    </message>
    <message>
        <source>yellow blink</source>
        <translation>amarillo intermitente</translation>
    </message>
    <message>
        <source>yellow steady</source>
        <translation>amarillo fijo</translation>
    </message>
    <message>
        <source>The OS keyring failed to give the Wi-Fi password ({kind}).</source>
        <translation>El llavero del sistema no pudo dar la contraseña Wi-Fi ({kind}).</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service (gnome-keyring), then start the slot again.</source>
        <translation>Inicie y desbloquee un Secret Service (gnome-keyring) y vuelva a iniciar la ranura.</translation>
    </message>
    <message>
        <source>The OS keyring did not answer when asked for the Wi-Fi password.</source>
        <translation>El llavero del sistema no respondió al pedirle la contraseña Wi-Fi.</translation>
    </message>
    <message>
        <source>Unlock the keyring on this PC&apos;s desktop, then start the slot again.</source>
        <translation>Desbloquee el llavero en el escritorio de este PC y vuelva a iniciar la ranura.</translation>
    </message>
    <message>
        <source>The OS keyring holds no Wi-Fi password for SSID {ssid}.</source>
        <translation>El llavero del sistema no contiene una contraseña Wi-Fi para el SSID {ssid}.</translation>
    </message>
    <message>
        <source>Ask the supervisor to store it: {command}.</source>
        <translation>Pida al supervisor que la guarde: {command}.</translation>
    </message>
    <message>
        <source>The OS keyring backend ({module}) would not keep the Wi-Fi password safe.</source>
        <translation>El backend del llavero del sistema ({module}) no guardaría la contraseña Wi-Fi de forma segura.</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service (gnome-keyring) in this desktop session.</source>
        <translation>Inicie y desbloquee un Secret Service (gnome-keyring) en esta sesión de escritorio.</translation>
    </message>
    <message>
        <source>device ID</source>
        <translation>ID de dispositivo</translation>
    </message>
    <message>
        <source>hardware ID</source>
        <translation>ID de hardware</translation>
    </message>
    <message>
        <source>hardware serial</source>
        <translation>número de serie del hardware</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{path} on the device in {place} is not valid JSON ({problem}). The station does not overwrite a file it cannot read: it may hold a working secret or settings someone needs.</source>
        <translation>{path} en el dispositivo en {place} no es JSON válido ({problem}). La estación no sobrescribe un archivo que no puede leer: puede contener un secreto válido o ajustes que alguien necesita.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for the supervisor, who has the file checked and removed, or sets malformed_config = &quot;rewrite&quot; in {table} to let the station register the device again and overwrite such files.</source>
        <translation>Aparte el dispositivo de {place} para el supervisor, que hace revisar y borrar el archivo, o ajusta malformed_config = &quot;rewrite&quot; en {table} para que la estación registre de nuevo el dispositivo y sobrescriba esos archivos.</translation>
    </message>
    <message>
        <source>The configuration file for the device in {place} would be {size} bytes; the astarte_app sample reads at most {most}.</source>
        <translation>El archivo de configuración del dispositivo en {place} tendría {size} bytes; el ejemplo astarte_app lee como máximo {most}.</translation>
    </message>
    <message>
        <source>Shorten extra_fields in {table}.</source>
        <translation>Acorte extra_fields en {table}.</translation>
    </message>
    <message>
        <source>the hash of {path}</source>
        <translation>el hash de {path}</translation>
    </message>
    <message>
        <source>reading {path}</source>
        <translation>la lectura de {path}</translation>
    </message>
    <message>
        <source>the upload of {path}</source>
        <translation>la carga de {path}</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check (docs/zephyr.md).</source>
        <translation>Aparte el dispositivo de {place} para revisar el firmware (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>The device in {place} was busy with another file operation and refused {doing}.</source>
        <translation>El dispositivo en {place} estaba ocupado con otra operación de archivos y rechazó {doing}.</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it stays busy, power-cycle it and try once more.</source>
        <translation>Aprovisione de nuevo el dispositivo en {place}; si sigue ocupado, apáguelo y enciéndalo y vuelva a intentarlo una vez.</translation>
    </message>
    <message>
        <source>The device in {place} could not write {path}: its file system is full (or its flash failed).</source>
        <translation>El dispositivo en {place} no pudo escribir {path}: su sistema de archivos está lleno (o su flash falló).</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must leave room on the {mount} partition (at least two free 4 KiB blocks) or erase the files filling it; the station provisions it again afterwards.</source>
        <translation>Aparte el dispositivo de {place}. El equipo de firmware debe dejar espacio en la partición {mount} (al menos dos bloques libres de 4 KiB) o borrar los archivos que la llenan; después la estación lo aprovisiona de nuevo.</translation>
    </message>
    <message>
        <source>The file system at {mount} on the device in {place} is read-only.</source>
        <translation>El sistema de archivos en {mount} del dispositivo en {place} es de solo lectura.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside: its firmware must mount the partition read-write.</source>
        <translation>Aparte el dispositivo de {place}: su firmware debe montar la partición en lectura y escritura.</translation>
    </message>
    <message>
        <source>The device in {place} refused {doing}: fs_mgmt error {name}.</source>
        <translation>El dispositivo en {place} rechazó {doing}: error fs_mgmt {name}.</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it repeats, set it aside for a firmware check.</source>
        <translation>Aprovisione de nuevo el dispositivo en {place}; si se repite, apártelo para revisar el firmware.</translation>
    </message>
    <message>
        <source>The device in {place} refused {what}: group {group} rc {rc}</source>
        <translation>El dispositivo en {place} rechazó {what}: grupo {group} rc {rc}</translation>
    </message>
    <message>
        <source>The device in {place} holds a {path} whose {kind} is not that of the {sent} bytes sent ({hashed} bytes hashed): it did not store what the station wrote.</source>
        <translation>El dispositivo en {place} tiene un {path} cuyo {kind} no es el de los {sent} bytes enviados ({hashed} bytes con hash): no guardó lo que escribió la estación.</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it repeats, set it aside for a flash check.</source>
        <translation>Aprovisione de nuevo el dispositivo en {place}; si se repite, apártelo para revisar la flash.</translation>
    </message>
    <message>
        <source>The device in {place} reported hardware ID {before} and now {after} in the same session; the station cannot tell which unit it is.</source>
        <translation>El dispositivo en {place} informó del ID de hardware {before} y ahora {after} en la misma sesión; la estación no puede saber qué unidad es.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check: &apos;hwinfo devid&apos; must print the same ID every time.</source>
        <translation>Aparte el dispositivo de {place} para revisar el firmware: &apos;hwinfo devid&apos; debe imprimir siempre el mismo ID.</translation>
    </message>
    <message>
        <source>&apos;hwinfo devid&apos; on the device in {place} printed {shown} (status {ret}), not the &apos;Length: N&apos; and &apos;ID: 0x...&apos; lines the station reads the hardware ID from.</source>
        <translation>&apos;hwinfo devid&apos; en el dispositivo en {place} imprimió {shown} (estado {ret}), no las líneas &apos;Length: N&apos; e &apos;ID: 0x...&apos; de las que la estación lee el ID de hardware.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check: its hwinfo driver must give the chip&apos;s unique ID (docs/zephyr.md).</source>
        <translation>Aparte el dispositivo de {place} para revisar el firmware: su controlador hwinfo debe dar el ID único del chip (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>The firmware of the device in {place} has no MCUmgr {group} group, which the station needs to provision a stock Zephyr device.</source>
        <translation>El firmware del dispositivo en {place} no tiene el grupo MCUmgr {group}, que la estación necesita para aprovisionar un dispositivo Zephyr estándar.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must build it with {kconfig} (docs/zephyr.md lists every option).</source>
        <translation>Aparte el dispositivo de {place}. El equipo de firmware debe compilarlo con {kconfig} (docs/zephyr.md enumera cada opción).</translation>
    </message>
    <message>
        <source>The shell of the device in {place} has no &apos;hwinfo&apos; command, so the station cannot read its hardware ID.</source>
        <translation>La shell del dispositivo en {place} no tiene el comando &apos;hwinfo&apos;, así que la estación no puede leer su ID de hardware.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must build it with {kconfig}, or the supervisor sets identity = &quot;label_scan&quot; in {table} so each unit is identified by the serial scanned from its label (docs/zephyr.md).</source>
        <translation>Aparte el dispositivo de {place}. El equipo de firmware debe compilarlo con {kconfig}, o el supervisor ajusta identity = &quot;label_scan&quot; en {table} para que cada unidad se identifique por el número de serie escaneado de su etiqueta (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>{table} identity = &quot;label_scan&quot;, but nothing can hand the station a scanned label for {place} here.</source>
        <translation>{table} identity = &quot;label_scan&quot;, pero aquí nada puede entregar a la estación una etiqueta escaneada para {place}.</translation>
    </message>
    <message>
        <source>Provision through the operator screen or `station provision --serial`, or set identity = &quot;hwinfo&quot;.</source>
        <translation>Aprovisione desde la pantalla del operario o con `station provision --serial`, o ajuste identity = &quot;hwinfo&quot;.</translation>
    </message>
    <message>
        <source>{path} on the device in {place} holds no credentialSecret ({state}).</source>
        <translation>{path} en el dispositivo en {place} no contiene credentialSecret ({state}).</translation>
    </message>
    <message>
        <source>Provision the device in {place} again.</source>
        <translation>Aprovisione de nuevo el dispositivo en {place}.</translation>
    </message>
    <message>
        <source>No answer to the reset of the device in {place} ({cause})</source>
        <translation>Sin respuesta al reinicio del dispositivo en {place} ({cause})</translation>
    </message>
    <message>
        <source>The file system at {mount} on the device in {place} is not mounted, so the station cannot read or write {path}.</source>
        <translation>El sistema de archivos en {mount} del dispositivo en {place} no está montado, así que la estación no puede leer ni escribir {path}.</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. Its firmware must mount {mount} at boot (a zephyr,fstab littlefs entry with automount) and keep it mounted: the astarte_app sample unmounts it after reading the file (docs/zephyr.md).</source>
        <translation>Aparte el dispositivo de {place}. Su firmware debe montar {mount} al arrancar (una entrada zephyr,fstab littlefs con automount) y mantenerlo montado: el ejemplo astarte_app lo desmonta tras leer el archivo (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>No answer to a chunk of the configuration upload from the device in {place}, so it is unknown how much of the file it stored ({cause})</source>
        <translation>Sin respuesta del dispositivo en {place} a un fragmento de la carga de la configuración, así que no se sabe cuánto del archivo guardó ({cause})</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device in {place} if needed and let the station re-read the file.</source>
        <translation>No vuelva a empezar a ciegas: si hace falta, vuelva a colocar el dispositivo en {place} y deje que la estación relea el archivo.</translation>
    </message>
    <message>
        <source>Reseat the device and check that it is powered; if it keeps happening, power-cycle it.</source>
        <translation>Recoloque el dispositivo y revise la corriente; si se repite, reinícielo.</translation>
    </message>
    <message>
        <source>The device could not program its storage.</source>
        <translation>El dispositivo no pudo programar su memoria.</translation>
    </message>
    <message>
        <source>Reseat the device and try once more; if it fails again the unit goes to rework.</source>
        <translation>Vuelva a colocar el dispositivo e inténtelo una vez más; si falla de nuevo, la unidad va a retrabajo.</translation>
    </message>
    <message>
        <source>The device is busy with another operation.</source>
        <translation>El dispositivo está ocupado con otra operación.</translation>
    </message>
    <message>
        <source>incomplete frame abandoned</source>
        <translation>trama incompleta descartada</translation>
    </message>
    <message>
        <source>bad CRC</source>
        <translation>CRC incorrecto</translation>
    </message>
    <message>
        <source>frame line interrupted by a new start marker</source>
        <translation>línea de trama interrumpida por una nueva marca de inicio</translation>
    </message>
    <message>
        <source>frame length field {total} is too small</source>
        <translation>el campo de longitud de trama {total} es demasiado pequeño</translation>
    </message>
    <message>
        <source>frame line longer than {limit} bytes</source>
        <translation>línea de trama de más de {limit} bytes</translation>
    </message>
    <message>
        <source>frame line is not valid base64</source>
        <translation>la línea de trama no es base64 válido</translation>
    </message>
    <message>
        <source>continuation line without a start line</source>
        <translation>línea de continuación sin línea inicial</translation>
    </message>
    <message>
        <source>a new frame started before the previous one was complete</source>
        <translation>una trama nueva empezó antes de completarse la anterior</translation>
    </message>
    <message>
        <source>frame start line too short to hold a length</source>
        <translation>línea inicial de trama demasiado corta para contener una longitud</translation>
    </message>
    <message>
        <source>frame announces {size} bytes, more than the {limit} allowed</source>
        <translation>la trama anuncia {size} bytes, más de los {limit} permitidos</translation>
    </message>
    <message>
        <source>undecodable frame: {detail}</source>
        <translation>trama no decodificable: {detail}</translation>
    </message>
    <message>
        <source>Another device answered on slot {slot}&apos;s port after a reconnect: its {what} is {found}, the unit identified in the slot has {expected}. Nothing more was sent to it.</source>
        <translation>Tras una reconexión respondió otro dispositivo en el puerto de la ranura {slot}: su {what} es {found}, la unidad identificada en la ranura tiene {expected}. No se le envió nada más.</translation>
    </message>
    <message>
        <source>Another device answered on slot {slot}&apos;s port: reseat slot {slot}, then provision the unit again.</source>
        <translation>Otro dispositivo respondió en el puerto de la ranura {slot}: vuelva a colocar la ranura {slot} y aprovisione la unidad de nuevo.</translation>
    </message>
    <message>
        <source>invalid SMP header: {detail}</source>
        <translation>cabecera SMP no válida: {detail}</translation>
    </message>
    <message>
        <source>malformed err map</source>
        <translation>mapa err mal formado</translation>
    </message>
    <message>
        <source>malformed rc</source>
        <translation>rc mal formado</translation>
    </message>
    <message>
        <source>the echo came back different</source>
        <translation>el eco volvió distinto</translation>
    </message>
    <message>
        <source>{key} missing or not {kind}</source>
        <translation>{key} falta o no es {kind}</translation>
    </message>
    <message>
        <source>negative programming time</source>
        <translation>tiempo de programación negativo</translation>
    </message>
    <message>
        <source>storage is {state} but no secret digest was reported</source>
        <translation>el almacenamiento está {state} pero no se informó ningún resumen del secreto</translation>
    </message>
    <message>
        <source>no secret in the answer</source>
        <translation>no hay secreto en la respuesta</translation>
    </message>
    <message>
        <source>buf_size/buf_count missing or invalid</source>
        <translation>buf_size/buf_count falta o no es válido</translation>
    </message>
    <message>
        <source>unknown storage kind or state ({detail})</source>
        <translation>tipo o estado de almacenamiento desconocido ({detail})</translation>
    </message>
    <message>
        <source>header announces {announced} body bytes but {arrived} arrived</source>
        <translation>la cabecera anuncia {announced} bytes de cuerpo pero llegaron {arrived}</translation>
    </message>
    <message>
        <source>body is not a CBOR map with text keys</source>
        <translation>el cuerpo no es un mapa CBOR con claves de texto</translation>
    </message>
    <message>
        <source>body is not valid CBOR: {detail}</source>
        <translation>el cuerpo no es CBOR válido: {detail}</translation>
    </message>
    <message>
        <source>Wait a moment and try again; if it persists, power-cycle the device.</source>
        <translation>Espere un momento y vuelva a intentarlo; si persiste, apague y encienda el dispositivo.</translation>
    </message>
    <message>
        <source>Astarte reports this device as already confirmed: its secret has been used.</source>
        <translation>Astarte indica que este dispositivo ya está confirmado: su secreto ya se usó.</translation>
    </message>
    <message>
        <source>Set the device aside for the supervisor (rework).</source>
        <translation>Aparte el dispositivo para el supervisor (retrabajo).</translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation>El dispositivo no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The device&apos;s port vanished.</source>
        <translation>El puerto del dispositivo desapareció.</translation>
    </message>
    <message>
        <source>Reseat the device and its cable, then provision it again.</source>
        <translation>Vuelva a conectar el dispositivo y el cable y aprovisiónelo de nuevo.</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Detenido por el operario.</translation>
    </message>
    <message>
        <source>Provision the device again when ready.</source>
        <translation>Aprovisione el dispositivo de nuevo cuando esté listo.</translation>
    </message>
    <message>
        <source>This device has already passed on this target.</source>
        <translation>Este dispositivo ya pasó en este destino.</translation>
    </message>
    <message>
        <source>Set the device aside and look it up in the journal.</source>
        <translation>Aparte el dispositivo y búsquelo en el registro.</translation>
    </message>
    <message>
        <source>Another device answered on this slot&apos;s port.</source>
        <translation>Otro dispositivo respondió en este puerto.</translation>
    </message>
    <message>
        <source>Reseat the slot, then provision the unit again.</source>
        <translation>Vuelva a colocar la unidad y aprovisiónela de nuevo.</translation>
    </message>
    <message>
        <source>No label was scanned in time.</source>
        <translation>No se escaneó ninguna etiqueta a tiempo.</translation>
    </message>
    <message>
        <source>Scan the unit&apos;s label, then provision it again.</source>
        <translation>Escanee la etiqueta de la unidad y aprovisiónela de nuevo.</translation>
    </message>
    <message>
        <source>Waiting for the unit&apos;s label.</source>
        <translation>Esperando la etiqueta de la unidad.</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot}.</source>
        <translation>Escanee la etiqueta de la unidad de la ranura {slot}.</translation>
    </message>
    <message>
        <source>target editor</source>
        <translation>editor de destinos</translation>
    </message>
    <message>
        <source>A target named {name} exists already.</source>
        <translation>Ya existe un destino llamado {name}.</translation>
    </message>
    <message>
        <source>Choose another name, or edit the existing target.</source>
        <translation>Elija otro nombre, o edite el destino existente.</translation>
    </message>
    <message>
        <source>Target {name} is the active target of fixture {fixtures}; it was not deleted.</source>
        <translation>El destino {name} es el destino activo del útil {fixtures}; no se ha eliminado.</translation>
    </message>
    <message>
        <source>Choose another active target for that fixture first.</source>
        <translation>Elija primero otro destino activo para ese útil.</translation>
    </message>
    <message>
        <source>is not a valid fixture name. Allowed: {rule}.</source>
        <translation>no es un nombre de útil válido. Permitido: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid profile name. Allowed: {rule}.</source>
        <translation>no es un nombre de perfil válido. Permitido: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid Astarte realm name. Allowed: {rule}.</source>
        <translation>no es un nombre de realm de Astarte válido. Permitido: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid slot name. Allowed: 1-16 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>no es un nombre de ranura válido. Permitido: de 1 a 16 letras, dígitos, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>is not a valid station ID. Allowed: {rule}.</source>
        <translation>no es un ID de estación válido. Permitido: {rule}.</translation>
    </message>
    <message>
        <source>is not a valid target name. Allowed: {rule}.</source>
        <translation>no es un nombre de destino válido. Permitido: {rule}.</translation>
    </message>
    <message>
        <source>= true needs print_label = true: only a printed label can be scanned back.</source>
        <translation>= true necesita print_label = true: solo una etiqueta impresa puede escanearse de vuelta.</translation>
    </message>
    <message>
        <source>= {value} holds a control character.</source>
        <translation>= {value} contiene un carácter de control.</translation>
    </message>
    <message>
        <source>Edit `{path}` in {source}.</source>
        <translation>Edite `{path}` en {source}.</translation>
    </message>
    <message>
        <source>must be a partition label of 1 to 15 ASCII characters.</source>
        <translation>debe ser una etiqueta de partición de 1 a 15 caracteres ASCII.</translation>
    </message>
    <message>
        <source>is not a UUID.</source>
        <translation>no es un UUID.</translation>
    </message>
    <message>
        <source>Copy CONFIG_ASTARTE_HWID_UUID_NAMESPACE from the firmware&apos;s sdkconfig (form &quot;30349dbb-85b6-489e-a8ed-532e65c55c38&quot;).</source>
        <translation>Copie CONFIG_ASTARTE_HWID_UUID_NAMESPACE del sdkconfig del firmware (forma &quot;30349dbb-85b6-489e-a8ed-532e65c55c38&quot;).</translation>
    </message>
    <message>
        <source>is not an Astarte interface name (reverse domain, like org.example.Sensor).</source>
        <translation>no es un nombre de interfaz de Astarte (dominio inverso, como org.example.Sensor).</translation>
    </message>
    <message>
        <source>= {value} is not a version. Allowed: [major, minor] with non-negative integers, not both 0.</source>
        <translation>= {value} no es una versión. Permitido: [major, minor] con enteros no negativos, no ambos 0.</translation>
    </message>
    <message>
        <source>must be a table of interface = [major, minor], not {actual}.</source>
        <translation>debe ser una tabla de interface = [major, minor], no {actual}.</translation>
    </message>
    <message>
        <source>Remove it. The configuration never holds secrets, tokens or keys: realm keys and issued tokens are imported into the OS keyring from the supervisor&apos;s target editor.</source>
        <translation>Elimínelo. La configuración nunca contiene secretos, tokens ni claves: las claves de realm y los tokens emitidos se importan en el llavero del sistema operativo desde el editor de destinos del supervisor.</translation>
    </message>
    <message>
        <source>= {value} must be {low} to {high} characters long.</source>
        <translation>= {value} debe tener de {low} a {high} caracteres.</translation>
    </message>
    <message>
        <source>is required when device_id_rule = &quot;uuid5&quot;: the namespace UUID of your product line.</source>
        <translation>es obligatorio cuando device_id_rule = &quot;uuid5&quot;: el UUID de espacio de nombres de su línea de producto.</translation>
    </message>
    <message>
        <source>is set, but `line.mes_url` (the MES facade to ask) is not.</source>
        <translation>está definido, pero `line.mes_url` (la fachada MES a consultar) no.</translation>
    </message>
    <message>
        <source>Set `mes_url` in the [line] table of {source}, or remove mes_recipe.</source>
        <translation>Defina `mes_url` en la tabla [line] de {source}, o elimine mes_recipe.</translation>
    </message>
    <message>
        <source>takes no options.</source>
        <translation>no admite opciones.</translation>
    </message>
    <message>
        <source>Remove the [{table}] table from the configuration.</source>
        <translation>Elimine la tabla [{table}] de la configuración.</translation>
    </message>
    <message>
        <source>= true needs a label printer, and neither `line.printer` nor `line.printer_queue` is set.</source>
        <translation>= true necesita una impresora de etiquetas, y no está definido ni `line.printer` ni `line.printer_queue`.</translation>
    </message>
    <message>
        <source>Set `printer` in the [line] table of {source} (host or host:port), or `printer_queue` (a CUPS raw queue), or set print_label = false.</source>
        <translation>Defina `printer` en la tabla [line] de {source} (host o host:puerto), o `printer_queue` (una cola raw de CUPS), o defina print_label = false.</translation>
    </message>
    <message>
        <source>= {value} names no target. Allowed: {allowed}.</source>
        <translation>= {value} no nombra ningún destino. Permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>must hold at least one target table, e.g. [targets.plant-eu].</source>
        <translation>debe contener al menos una tabla de destino, p. ej. [targets.plant-eu].</translation>
    </message>
    <message>
        <source>Add a target to {source} or create one in the supervisor&apos;s target editor.</source>
        <translation>Añada un destino a {source} o cree uno en el editor de destinos del supervisor.</translation>
    </message>
    <message>
        <source>must hold at least one {table} table.</source>
        <translation>debe contener al menos una tabla {table}.</translation>
    </message>
    <message>
        <source>= {value} is not an address ({detail}). Allowed: host or host:port, e.g. 192.0.2.10:{port}.</source>
        <translation>= {value} no es una dirección ({detail}). Permitido: host o host:puerto, p. ej. 192.0.2.10:{port}.</translation>
    </message>
    <message>
        <source>= {value} is not allowed. Allowed: {allowed}.</source>
        <translation>= {value} no está permitido. Permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>= {value} is not a device path. Allowed: an absolute path such as /dev/serial/by-id/usb-...-if00 or /dev/hidraw0.</source>
        <translation>= {value} no es una ruta de dispositivo. Permitido: una ruta absoluta como /dev/serial/by-id/usb-...-if00 o /dev/hidraw0.</translation>
    </message>
    <message>
        <source>is not a salted scrypt hash (scrypt$n$r$p$salt$hash). Passwords are never stored as they are.</source>
        <translation>no es un hash scrypt con sal (scrypt$n$r$p$salt$hash). Las contraseñas nunca se guardan tal cual.</translation>
    </message>
    <message>
        <source>Set the password with `station roles set-password qa|supervisor`, which writes the hash.</source>
        <translation>Defina la contraseña con `station roles set-password qa|supervisor`, que escribe el hash.</translation>
    </message>
    <message>
        <source>= {value} is not a CUPS queue name. Allowed: 1 to 127 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; and &apos;-&apos; (no spaces, &apos;/&apos; or &apos;#&apos;).</source>
        <translation>= {value} no es un nombre de cola de CUPS. Permitido: de 1 a 127 letras, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; y &apos;-&apos; (sin espacios, &apos;/&apos; ni &apos;#&apos;).</translation>
    </message>
    <message>
        <source>= {value} is not a serial port&apos;s path. Allowed: an absolute path such as /dev/serial/by-id/usb-...-if00 or /dev/ttyACM0.</source>
        <translation>= {value} no es la ruta de un puerto serie. Permitido: una ruta absoluta como /dev/serial/by-id/usb-...-if00 o /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(no se muestra)</translation>
    </message>
    <message>
        <source>must be a table, not {actual}.</source>
        <translation>debe ser una tabla, no {actual}.</translation>
    </message>
    <message>
        <source>= {value} is not a UUID (like 6ba7b810-9dad-11d1-80b4-00c04fd430c8).</source>
        <translation>= {value} no es un UUID (como 6ba7b810-9dad-11d1-80b4-00c04fd430c8).</translation>
    </message>
    <message>
        <source>= {value} is out of range. Allowed: {low} to {high}.</source>
        <translation>= {value} está fuera de rango. Permitido: de {low} a {high}.</translation>
    </message>
    <message>
        <source>= {value} holds a control character (a line break, a NUL, ...).</source>
        <translation>= {value} contiene un carácter de control (un salto de línea, un NUL, ...).</translation>
    </message>
    <message>
        <source>is empty; it must name a file.</source>
        <translation>está vacío; debe indicar un archivo.</translation>
    </message>
    <message>
        <source>= {value} is longer than a path can be ({chars} characters, {bytes} bytes per name).</source>
        <translation>= {value} es más largo de lo que puede ser una ruta ({chars} caracteres, {bytes} bytes por nombre).</translation>
    </message>
    <message>
        <source>= {value} is not a key a foot pedal can be set to send here. Allowed: F1 to F24, Pause, ScrollLock, Insert, Home, End, PageUp, PageDown, or empty (off).</source>
        <translation>= {value} no es una tecla que un pedal pueda enviar aquí. Permitido: F1 a F24, Pause, ScrollLock, Insert, Home, End, PageUp, PageDown, o vacío (desactivado).</translation>
    </message>
    <message>
        <source>Set the pedal to one of those keys (its own software does that) and name the same key in `{path}` in {source}.</source>
        <translation>Configure el pedal con una de esas teclas (lo hace su propio software) e indique la misma tecla en `{path}` en {source}.</translation>
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
        <translation>debe ser una tabla de tablas [profiles.KIND], no {actual}.</translation>
    </message>
    <message>
        <source>= {value} is not a valid regular expression ({detail}). It is matched against the whole hardware serial, e.g. &quot;{example}&quot;.</source>
        <translation>= {value} no es una expresión regular válida ({detail}). Se compara con el número de serie de hardware completo, p. ej. &quot;{example}&quot;.</translation>
    </message>
    <message>
        <source>= {value} nests too deeply to be a usable regular expression.</source>
        <translation>= {value} está anidada demasiado para ser una expresión regular utilizable.</translation>
    </message>
    <message>
        <source>= {value} repeats the {what} of `{other}`; each must differ.</source>
        <translation>= {value} repite {what} de `{other}`; cada uno debe ser distinto.</translation>
    </message>
    <message>
        <source>is required ({kind}).</source>
        <translation>es obligatorio ({kind}).</translation>
    </message>
    <message>
        <source>1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>1-48 lower-case letters and digits, starting with a letter ({pattern})</source>
        <translation>de 1 a 48 letras minúsculas y dígitos, empezando por una letra ({pattern})</translation>
    </message>
    <message>
        <source>= {value} is not the current schema ({current}).</source>
        <translation>= {value} no es el esquema actual ({current}).</translation>
    </message>
    <message>
        <source>Load the file with `load_config`, which migrates older versions.</source>
        <translation>Cargue el archivo con `load_config`, que migra las versiones anteriores.</translation>
    </message>
    <message>
        <source>looks like it would hold a secret, token or key.</source>
        <translation>parece destinado a contener un secreto, un token o una clave.</translation>
    </message>
    <message>
        <source>holds text shaped like a secret, token or key (not shown).</source>
        <translation>contiene texto con forma de secreto, token o clave (no se muestra).</translation>
    </message>
    <message>
        <source>= {value} holds a space or a control character.</source>
        <translation>= {value} contiene un espacio o un carácter de control.</translation>
    </message>
    <message>
        <source>must name at least one storage kind. Allowed: {allowed}.</source>
        <translation>debe indicar al menos un tipo de almacenamiento. Permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>= {value} is not a storage kind. Allowed: {allowed}.</source>
        <translation>= {value} no es un tipo de almacenamiento. Permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>is required when token_source = &quot;command&quot;: the program and its arguments, e.g. [&quot;/usr/local/bin/issue-token&quot;, &quot;--realm&quot;, &quot;plant1&quot;].</source>
        <translation>es obligatorio cuando token_source = &quot;command&quot;: el programa y sus argumentos, p. ej. [&quot;/usr/local/bin/issue-token&quot;, &quot;--realm&quot;, &quot;plant1&quot;].</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings.</source>
        <translation>debe ser un array de cadenas no vacías.</translation>
    </message>
    <message>
        <source>is only used with token_source = &quot;command&quot; (this target uses {used}).</source>
        <translation>solo se usa con token_source = &quot;command&quot; (este destino usa {used}).</translation>
    </message>
    <message>
        <source>is required when tower = &quot;{kind}&quot;, e.g. &quot;{example}&quot;.</source>
        <translation>es obligatorio cuando tower = &quot;{kind}&quot;, p. ej. &quot;{example}&quot;.</translation>
    </message>
    <message>
        <source>is not used with tower = &quot;{kind}&quot;.</source>
        <translation>no se usa con tower = &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>Remove `{path}`, or set tower to the driver that uses it.</source>
        <translation>Elimine `{path}`, o ponga en tower el controlador que lo usa.</translation>
    </message>
    <message>
        <source>is set, and so is `line.printer`: labels go to one printer.</source>
        <translation>está definido, y también `line.printer`: las etiquetas van a una sola impresora.</translation>
    </message>
    <message>
        <source>In the [line] table of {source}, keep `printer` (straight to the printer) or `printer_queue` (through CUPS), not both.</source>
        <translation>En la tabla [line] de {source}, conserve `printer` (directo a la impresora) o `printer_queue` (a través de CUPS), no ambos.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>is not a known setting. Allowed here: {allowed}.</source>
        <translation>no es un ajuste conocido. Permitidos aquí: {allowed}.</translation>
    </message>
    <message>
        <source>Remove or correct `{path}` in {source} (check the spelling).</source>
        <translation>Elimine o corrija `{path}` en {source} (revise la ortografía).</translation>
    </message>
    <message>
        <source>= {value} must not carry a query, fragment or user name.</source>
        <translation>= {value} no debe llevar consulta, fragmento ni nombre de usuario.</translation>
    </message>
    <message>
        <source>= {value} names a host longer than {limit} characters, which no DNS name or address is.</source>
        <translation>= {value} indica un host de más de {limit} caracteres, que no es ningún nombre DNS ni dirección.</translation>
    </message>
    <message>
        <source>= {value} is not {what} base URL. Allowed: https://host[:port][/path], e.g. {example}.</source>
        <translation>= {value} no es la URL base de {what}. Permitido: https://host[:port][/path], p. ej. {example}.</translation>
    </message>
    <message>
        <source>= {value} uses plain http to a remote host; credentials would cross the network unencrypted. Allowed: https (plain http only to 127.0.0.1 or localhost).</source>
        <translation>= {value} usa http sin cifrar hacia un host remoto; las credenciales cruzarían la red sin cifrar. Permitido: https (http solo hacia 127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>= {value} {problem}</source>
        <translation>= {value} {problem}</translation>
    </message>
    <message>
        <source>fixture name</source>
        <translation>el nombre de útil</translation>
    </message>
    <message>
        <source>an MES facade</source>
        <translation>una fachada MES</translation>
    </message>
    <message>
        <source>a Pairing API</source>
        <translation>una API de Pairing</translation>
    </message>
    <message>
        <source>port</source>
        <translation>el puerto</translation>
    </message>
    <message>
        <source>slot name</source>
        <translation>el nombre de ranura</translation>
    </message>
    <message>
        <source>= {value} must be {kind}, not {actual}.</source>
        <translation>= {value} debe ser {kind}, no {actual}.</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
    <message>
        <source>is {value}, not a file under a mount point.</source>
        <translation>es {value}, no un archivo bajo un punto de montaje.</translation>
    </message>
    <message>
        <source>Give the absolute path of the file, e.g. &quot;{example}&quot;.</source>
        <translation>Indique la ruta absoluta del archivo, p. ej. &quot;{example}&quot;.</translation>
    </message>
    <message>
        <source>must be a table of strings.</source>
        <translation>debe ser una tabla de cadenas.</translation>
    </message>
    <message>
        <source>Write e.g. extra_fields = {example}.</source>
        <translation>Escriba p. ej. extra_fields = {example}.</translation>
    </message>
    <message>
        <source>sets {name}, which the station writes itself.</source>
        <translation>define {name}, que la estación escribe por sí misma.</translation>
    </message>
    <message>
        <source>Remove {name}.</source>
        <translation>Elimine {name}.</translation>
    </message>
    <message>
        <source>is longer than {limit} bytes, more than fs_mgmt accepts by default.</source>
        <translation>ocupa más de {limit} bytes, más de lo que fs_mgmt acepta por defecto.</translation>
    </message>
    <message>
        <source>Shorten it, or raise CONFIG_MCUMGR_GRP_FS_PATH_LEN in the firmware.</source>
        <translation>Acórtelo, o aumente CONFIG_MCUMGR_GRP_FS_PATH_LEN en el firmware.</translation>
    </message>
    <message>
        <source>contains a quote or a backslash, which Zephyr&apos;s JSON parser does not unescape</source>
        <translation>contiene una comilla o una barra invertida, que el analizador JSON de Zephyr no interpreta</translation>
    </message>
    <message>
        <source>{why}.</source>
        <translation>{why}.</translation>
    </message>
    <message>
        <source>Use a value without quotes, backslashes or control characters.</source>
        <translation>Use un valor sin comillas, barras invertidas ni caracteres de control.</translation>
    </message>
    <message>
        <source>{table} wifi_password is a secret and never belongs in the configuration file.</source>
        <translation>{table} wifi_password es un secreto y nunca debe estar en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Remove it. A supervisor stores the Wi-Fi password in the OS keyring: keyring set provisioning-station wifi-password:&lt;SSID&gt; (docs/zephyr.md).</source>
        <translation>Elimínelo. Un supervisor guarda la contraseña Wi-Fi en el llavero del sistema operativo: keyring set provisioning-station wifi-password:&lt;SSID&gt; (docs/zephyr.md).</translation>
    </message>
    <message>
        <source>Device profile {kind} is not available in this installation ({detail}).</source>
        <translation>El perfil de dispositivo {kind} no está disponible en esta instalación ({detail}).</translation>
    </message>
    <message>
        <source>Install the station with this profile&apos;s dependencies, or choose another profile.</source>
        <translation>Instale la estación con las dependencias de este perfil, o elija otro perfil.</translation>
    </message>
    <message>
        <source>Unknown device profile {kind}.</source>
        <translation>Perfil de dispositivo desconocido {kind}.</translation>
    </message>
    <message>
        <source>Set the fixture&apos;s or slot&apos;s profile to one of: {known}.</source>
        <translation>Ponga el perfil del útil o de la ranura en uno de: {known}.</translation>
    </message>
    <message>
        <source>The label template {path}</source>
        <translation>La plantilla de etiqueta {path}</translation>
    </message>
    <message>
        <source>The label template {path} (target {target})</source>
        <translation>La plantilla de etiqueta {path} (destino {target})</translation>
    </message>
    <message>
        <source>The label template must start with ^XA and end with ^XZ.</source>
        <translation>La plantilla de etiqueta debe empezar con ^XA y terminar con ^XZ.</translation>
    </message>
    <message>
        <source>Start from the default template and change positions and sizes only.</source>
        <translation>Parta de la plantilla predeterminada y cambie solo posiciones y tamaños.</translation>
    </message>
    <message>
        <source>{where} is not plain ASCII (byte {offset} is 0x{byte}).</source>
        <translation>{where} no es ASCII simple (el byte {offset} es 0x{byte}).</translation>
    </message>
    <message>
        <source>Keep label text to plain ASCII (a printer&apos;s font 0 prints nothing else); save the file without accents, symbols or a byte-order mark.</source>
        <translation>Limite el texto de la etiqueta a ASCII simple (la fuente 0 de una impresora no imprime otra cosa); guarde el archivo sin acentos, símbolos ni marca de orden de bytes.</translation>
    </message>
    <message>
        <source>The label template uses ^FH, which would read the &apos;_&apos; in device IDs as hex escapes.</source>
        <translation>La plantilla de etiqueta usa ^FH, que leería el &apos;_&apos; de los ID de dispositivo como escapes hexadecimales.</translation>
    </message>
    <message>
        <source>Remove ^FH from the template.</source>
        <translation>Quite ^FH de la plantilla.</translation>
    </message>
    <message>
        <source>{where} has no {fields} field, so the label would lack {needs}.</source>
        <translation>{where} no tiene el campo {fields}, así que a la etiqueta le faltaría {needs}.</translation>
    </message>
    <message>
        <source>Put each field into the template (the built-in label shows where), then check again.</source>
        <translation>Ponga cada campo en la plantilla (la etiqueta integrada muestra dónde) y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>The label template has a brace that neither opens nor closes a field ({reason}).</source>
        <translation>La plantilla de etiqueta tiene una llave que no abre ni cierra ningún campo ({reason}).</translation>
    </message>
    <message>
        <source>{where} does not exist.</source>
        <translation>{where} no existe.</translation>
    </message>
    <message>
        <source>Put the template file at {path}. Fix the target&apos;s label_template in the supervisor&apos;s target editor, or clear it to print the built-in label.</source>
        <translation>Ponga el archivo de plantilla en {path}. Corrija label_template del destino en el editor de destinos del supervisor, o vacíelo para imprimir la etiqueta integrada.</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>the code in the QR and DataMatrix symbols that identifies the unit</source>
        <translation>el código de los símbolos QR y DataMatrix que identifica la unidad</translation>
    </message>
    <message>
        <source>the device ID printed for people</source>
        <translation>el ID de dispositivo impreso para las personas</translation>
    </message>
    <message>
        <source>the unit&apos;s serial printed for people</source>
        <translation>el número de serie de la unidad impreso para las personas</translation>
    </message>
    <message>
        <source>The label template has no {code} field, so its barcodes would not identify the unit.</source>
        <translation>La plantilla de etiqueta no tiene el campo {code}, así que sus códigos de barras no identificarían la unidad.</translation>
    </message>
    <message>
        <source>Put {code} in the QR or DataMatrix field.</source>
        <translation>Ponga {code} en el campo QR o DataMatrix.</translation>
    </message>
    <message>
        <source>{where} is not a file.</source>
        <translation>{where} no es un archivo.</translation>
    </message>
    <message>
        <source>Name the template file itself. Fix the target&apos;s label_template in the supervisor&apos;s target editor, or clear it to print the built-in label.</source>
        <translation>Indique el propio archivo de plantilla. Corrija label_template del destino en el editor de destinos del supervisor, o vacíelo para imprimir la etiqueta integrada.</translation>
    </message>
    <message>
        <source>{where} holds {char} at character {offset}, which is not plain ASCII.</source>
        <translation>{where} contiene {char} en el carácter {offset}, que no es ASCII simple.</translation>
    </message>
    <message>
        <source>Keep label text to plain ASCII (a printer&apos;s font 0 prints nothing else).</source>
        <translation>Limite el texto de la etiqueta a ASCII simple (la fuente 0 de una impresora no imprime otra cosa).</translation>
    </message>
    <message>
        <source>{where} does not draw as a printer would: {problem}.</source>
        <translation>{where} no se dibuja como lo haría una impresora: {problem}.</translation>
    </message>
    <message>
        <source>Fix the ZPL command at that position (the supervisor&apos;s label editor shows the label as it draws).</source>
        <translation>Corrija el comando ZPL en esa posición (el editor de etiquetas del supervisor muestra la etiqueta tal como se dibuja).</translation>
    </message>
    <message>
        <source>The label template</source>
        <translation>La plantilla de etiqueta</translation>
    </message>
    <message>
        <source>This template</source>
        <translation>Esta plantilla</translation>
    </message>
    <message>
        <source>{where} cannot be filled in for a unit ({reason}).</source>
        <translation>{where} no se puede rellenar para una unidad ({reason}).</translation>
    </message>
    <message>
        <source>Write each field as {serial}, {device_id} or {code}, and double other braces.</source>
        <translation>Escriba cada campo como {serial}, {device_id} o {code}, y duplique las demás llaves.</translation>
    </message>
    <message>
        <source>The label template names unknown fields: {names}.</source>
        <translation>La plantilla de etiqueta nombra campos desconocidos: {names}.</translation>
    </message>
    <message>
        <source>Use only {fields}.</source>
        <translation>Use solo {fields}.</translation>
    </message>
    <message>
        <source>{where} cannot be read ({reason}).</source>
        <translation>{where} no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>Let the user the station runs as read it (its owner or mode), then check again.</source>
        <translation>Permita leerla al usuario con el que se ejecuta la estación (su propietario o sus permisos) y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where} could not be written ({reason}).</source>
        <translation>{where} no se pudo escribir ({reason}).</translation>
    </message>
    <message>
        <source>Save it in a folder the station&apos;s user may write to, or let that user write there.</source>
        <translation>Guárdela en una carpeta en la que el usuario de la estación pueda escribir, o permita a ese usuario escribir allí.</translation>
    </message>
    <message>
        <source>choose the active target</source>
        <translation>elegir el destino activo</translation>
    </message>
    <message>
        <source>change the touch and pedal settings</source>
        <translation>cambiar los ajustes táctiles y de pedal</translation>
    </message>
    <message>
        <source>change realm targets</source>
        <translation>cambiar los destinos del realm</translation>
    </message>
    <message>
        <source>export the journal</source>
        <translation>exportar el registro</translation>
    </message>
    <message>
        <source>import realm keys or tokens</source>
        <translation>importar claves del realm o tokens</translation>
    </message>
    <message>
        <source>override the MES offline policy</source>
        <translation>anular la política de MES sin conexión</translation>
    </message>
    <message>
        <source>override &apos;already passed&apos;</source>
        <translation>anular «ya superado»</translation>
    </message>
    <message>
        <source>unregister devices (rework)</source>
        <translation>dar de baja dispositivos (retrabajo)</translation>
    </message>
    <message>
        <source>view the journal</source>
        <translation>ver el registro</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operario</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first} o {rest}</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbala de nuevo: </translation>
    </message>
    <message>
        <source>The {role} password is changed (only its hash is kept, in {path}).</source>
        <translation>La contraseña de {role} ha cambiado (solo se guarda su hash, en {path}).</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Run the command again.</source>
        <translation>Vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>New {role} password: </source>
        <translation>Nueva contraseña de {role}: </translation>
    </message>
    <message>
        <source>A {role} password is already set and there is no supervisor password to authorize changing it; nothing was changed.</source>
        <translation>Ya hay una contraseña de {role} y no hay contraseña de supervisor para autorizar el cambio; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Set the supervisor password first (`station roles set-password supervisor`), then run `station roles set-password {role_arg}` again: it asks for the supervisor password.</source>
        <translation>Establezca primero la contraseña de supervisor (`station roles set-password supervisor`) y vuelva a ejecutar `station roles set-password {role_arg}`: pide la contraseña de supervisor.</translation>
    </message>
    <message>
        <source>The {role} password is set (only its hash is kept, in {path}).</source>
        <translation>La contraseña de {role} está establecida (solo se guarda su hash, en {path}).</translation>
    </message>
    <message>
        <source>Idle lock after {minutes} min; sign-in locked for {lockout} s after {attempts} wrong passwords (doubling on each further lockout).</source>
        <translation>Bloqueo por inactividad tras {minutes} min; acceso bloqueado {lockout} s tras {attempts} contraseñas incorrectas (el doble en cada bloqueo siguiente).</translation>
    </message>
    <message>
        <source>{role}: NO password: nobody can sign in</source>
        <translation>{role}: SIN contraseña: nadie puede iniciar sesión</translation>
    </message>
    <message>
        <source>{role}: password set</source>
        <translation>{role}: contraseña establecida</translation>
    </message>
    <message>
        <source>The password is shorter than {least} characters; nothing was changed.</source>
        <translation>La contraseña tiene menos de {least} caracteres; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Choose a longer password (a short sentence is easy to type and hard to guess).</source>
        <translation>Elija una contraseña más larga (una frase corta es fácil de escribir y difícil de adivinar).</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}, who may not {privilege}; nothing was changed.</source>
        <translation>{name} ha iniciado sesión como {role}, que no puede {privilege}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Ask a {roles} to sign in (Roles menu) and do it.</source>
        <translation>Pida a un usuario de {roles} que inicie sesión (menú Roles) y lo haga.</translation>
    </message>
    <message>
        <source>Overriding &apos;already passed&apos;</source>
        <translation>Anular «ya superado»</translation>
    </message>
    <message>
        <source>Unregistering a device</source>
        <translation>Dar de baja un dispositivo</translation>
    </message>
    <message>
        <source>{what} needs a reason (at least {least} characters); nothing was done.</source>
        <translation>{what} requiere un motivo (al menos {least} caracteres); no se ha hecho nada.</translation>
    </message>
    <message>
        <source>Write why (for example &apos;returned by customer, RMA 4711&apos;); it goes into the journal.</source>
        <translation>Escriba el motivo (por ejemplo «devuelto por el cliente, RMA 4711»); queda en el registro.</translation>
    </message>
    <message>
        <source>On this PC, run `station roles set-password {role_arg}` (it asks for the new password twice).</source>
        <translation>En este PC, ejecute `station roles set-password {role_arg}` (pide dos veces la nueva contraseña).</translation>
    </message>
    <message>
        <source>A supervisor runs `station roles set-password {role_arg}` on this PC (it asks for the supervisor password, then the new password twice).</source>
        <translation>Un supervisor ejecuta `station roles set-password {role_arg}` en este PC (pide la contraseña de supervisor y luego dos veces la nueva contraseña).</translation>
    </message>
    <message>
        <source>If you forgot it, a supervisor sets a new one with `station roles set-password {role_arg}`.</source>
        <translation>Si la ha olvidado, un supervisor establece una nueva con `station roles set-password {role_arg}`.</translation>
    </message>
    <message>
        <source>If it is forgotten, the PC&apos;s administrator removes supervisor_password_hash from the configuration file, then the first supervisor password is set again with `station roles set-password supervisor`.</source>
        <translation>Si se ha olvidado, el administrador del PC quita supervisor_password_hash del archivo de configuración y luego se vuelve a establecer la primera contraseña de supervisor con `station roles set-password supervisor`.</translation>
    </message>
    <message>
        <source>Sign-in is locked after repeated wrong passwords; try again in {wait}.</source>
        <translation>El acceso está bloqueado tras varias contraseñas incorrectas; vuelva a intentarlo en {wait}.</translation>
    </message>
    <message>
        <source>Wait, then sign in with the right password. {forgotten}</source>
        <translation>Espere y luego inicie sesión con la contraseña correcta. {forgotten}</translation>
    </message>
    <message>
        <source>Wrong password. Sign-in is now locked for {wait} after repeated failures.</source>
        <translation>Contraseña incorrecta. Tras varios fallos, el acceso queda bloqueado durante {wait}.</translation>
    </message>
    <message>
        <source>Wait, then try again; each further lockout doubles the wait.</source>
        <translation>Espere y vuelva a intentarlo; cada bloqueo siguiente duplica la espera.</translation>
    </message>
    <message>
        <source>Enter your name: the journal records who used the role.</source>
        <translation>Escriba su nombre: el registro anota quién usó el rol.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>No {role} password is set on this station, so nobody can sign in as {role}.</source>
        <translation>En esta estación no hay contraseña de {role}, así que nadie puede iniciar sesión como {role}.</translation>
    </message>
    <message>
        <source>{role} password: </source>
        <translation>Contraseña de {role}: </translation>
    </message>
    <message>
        <source>The first line of standard input looks like a token, not the {role} password; nothing was changed.</source>
        <translation>La primera línea de la entrada estándar parece un token, no la contraseña de {role}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>When standard input is not a terminal, put the {role} password on its first line and anything else after it, e.g. {example}; or run the command at a terminal.</source>
        <translation>Cuando la entrada estándar no es un terminal, ponga la contraseña de {role} en su primera línea y lo demás después, p. ej. {example}; o ejecute el comando en un terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong {role} password. %n more tries before sign-in is locked.</source>
        <translation>
            <numerusform>Contraseña de {role} incorrecta. Queda %n intento antes de que se bloquee el acceso.</numerusform>
            <numerusform>Contraseña de {role} incorrecta. Quedan %n intentos antes de que se bloquee el acceso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then type the password again.</source>
        <translation>Compruebe la distribución del teclado y el Bloq Mayús, y vuelva a escribir la contraseña.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {reason}.</source>
        <translation>No se puede abrir el registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the journal path and its permissions in the configuration.</source>
        <translation>Compruebe la ruta del registro y sus permisos en la configuración.</translation>
    </message>
    <message>
        <source>Cannot prepare the journal {path}: {reason}.</source>
        <translation>No se puede preparar el registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the journal {path}: {reason}.</source>
        <translation>No se puede leer el registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it persists, run `station journal verify` and check the disk.</source>
        <translation>Vuelva a intentarlo; si persiste, ejecute `station journal verify` y compruebe el disco.</translation>
    </message>
    <message>
        <source>Cannot write to the journal {path}: {reason}.</source>
        <translation>No se puede escribir en el registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration.</source>
        <translation>Compruebe la ruta del registro en la configuración.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Compruebe la ruta.</translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation>registro {seq}</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>tablas</translation>
    </message>
    <message>
        <source>Journal {path} is DAMAGED: {reason}.
The hash chain was not checked: the file itself cannot be trusted.
{action}</source>
        <translation>El registro {path} está DAÑADO: {reason}.
No se comprobó la cadena de hash: no se puede confiar en el propio archivo.
{action}</translation>
    </message>
    <message>
        <source>Journal {path} FAILED verification at {where}: {reason}.
{checked} records before it verified.
Keep this file for investigation and restore the journal from its backup.</source>
        <translation>El registro {path} NO superó la verificación ({where}): {reason}.
{checked} registros anteriores verificados.
Conserve este archivo para la investigación y restaure el registro desde su copia de seguridad.</translation>
    </message>
    <message>
        <source>There is no attempt {text} in {path}.</source>
        <translation>En {path} no hay ningún intento {text}.</translation>
    </message>
    <message>
        <source>copy the attempt ID from `station journal list`</source>
        <translation>copie el ID del intento de `station journal list`</translation>
    </message>
    <message>
        <source>--kind {kind} is not a kind of privileged event.</source>
        <translation>--kind {kind} no es un tipo de evento privilegiado.</translation>
    </message>
    <message>
        <source>--result {name} is not a result.</source>
        <translation>--result {name} no es un resultado.</translation>
    </message>
    <message>
        <source>{option} {text} is not a date or time.</source>
        <translation>{option} {text} no es una fecha ni una hora.</translation>
    </message>
    <message>
        <source>write {option} 2026-03-01 or {option} 2026-03-01T14:30</source>
        <translation>escriba {option} 2026-03-01 o {option} 2026-03-01T14:30</translation>
    </message>
    <message>
        <source>Several attempts start with {text}.</source>
        <translation>Varios intentos empiezan por {text}.</translation>
    </message>
    <message>
        <source>type more characters of the attempt ID</source>
        <translation>escriba más caracteres del ID del intento</translation>
    </message>
    <message>
        <source>use one of {names}</source>
        <translation>use uno de estos: {names}</translation>
    </message>
    <message>
        <source>Journal {path} verified: {count} records, chain intact.</source>
        <translation>Registro {path} verificado: {count} registros, cadena intacta.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged: SQLite reports the database file as malformed ({detail}).</source>
        <translation>El registro {path} está dañado: SQLite indica que el archivo de base de datos está malformado ({detail}).</translation>
    </message>
    <message>
        <source>Cannot read the journal {path} for export: {reason}.</source>
        <translation>No se puede leer el registro {path} para exportarlo: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it persists, run `station journal verify`.</source>
        <translation>Vuelva a intentarlo; si persiste, ejecute `station journal verify`.</translation>
    </message>
    <message>
        <source>Cannot write {what} to {path}: {reason}.</source>
        <translation>No se puede escribir {what} en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Elija una carpeta en la que pueda escribir y con espacio libre.</translation>
    </message>
    <message>
        <source>the events</source>
        <translation>los eventos</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database but not a station journal; it was not changed.</source>
        <translation>El archivo {path} es una base de datos SQLite pero no un registro de la estación; no se ha modificado.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read now: another program holds it locked ({reason}). This says nothing about the file.</source>
        <translation>El registro {path} no se puede leer ahora: otro programa lo mantiene bloqueado ({reason}). Esto no dice nada del archivo.</translation>
    </message>
    <message>
        <source>Close other programs using the journal (another station window, a copy or backup in progress), then try again.</source>
        <translation>Cierre los demás programas que usan el registro (otra ventana de la estación, una copia o copia de seguridad en curso) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The journal {path} was written by a newer station version (schema {version}; this station understands up to {known}). It has not been changed.</source>
        <translation>El registro {path} lo escribió una versión más reciente de la estación (esquema {version}; esta estación entiende hasta {known}). No se ha modificado.</translation>
    </message>
    <message>
        <source>Upgrade the station software on this PC, or open a different journal.</source>
        <translation>Actualice el software de la estación en este PC o abra otro registro.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the journal {path}: {reason}.</source>
        <translation>No se puede crear la carpeta del registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Choose a journal path in a writable folder in the configuration.</source>
        <translation>Elija en la configuración una ruta del registro en una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>The journal {path} cannot use write-ahead logging (mode {mode}).</source>
        <translation>El registro {path} no puede usar el registro de escritura anticipada (modo {mode}).</translation>
    </message>
    <message>
        <source>Keep the journal on a local disk, not a network share.</source>
        <translation>Guarde el registro en un disco local, no en un recurso compartido de red.</translation>
    </message>
    <message>
        <source>There is no journal at {path}.</source>
        <translation>No hay ningún registro en {path}.</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration, or provision a device first.</source>
        <translation>Compruebe la ruta del registro en la configuración o aprovisione primero un dispositivo.</translation>
    </message>
    <message>
        <source>Check the journal path.</source>
        <translation>Compruebe la ruta del registro.</translation>
    </message>
    <message>
        <source>The file {path} is not a station journal ({reason}).</source>
        <translation>El archivo {path} no es un registro de la estación ({reason}).</translation>
    </message>
    <message>
        <source>Cannot update the journal outbox: {reason}.</source>
        <translation>No se puede actualizar la bandeja de salida del registro: {reason}.</translation>
    </message>
    <message>
        <source>Stop provisioning on this station. Keep this file for investigation, and restore the journal from its backup (docs/recovery.md, &apos;A journal that fails verification&apos;).</source>
        <translation>Detenga el aprovisionamiento en esta estación. Conserve este archivo para investigarlo y restaure el registro desde su copia de seguridad (docs/recovery.md, «A journal that fails verification»).</translation>
    </message>
    <message>
        <source>The journal {path} could not be checked: {cause}. This says nothing about the file.</source>
        <translation>No se ha podido comprobar el registro {path}: {cause}. Esto no dice nada del archivo.</translation>
    </message>
    <message>
        <source>the check was interrupted ({reason})</source>
        <translation>la comprobación se interrumpió ({reason})</translation>
    </message>
    <message>
        <source>Verify again.</source>
        <translation>Vuelva a verificar.</translation>
    </message>
    <message>
        <source>the disk reported an I/O error ({reason})</source>
        <translation>el disco informó de un error de E/S ({reason})</translation>
    </message>
    <message>
        <source>Check the disk the journal is on (the system log for I/O errors, its free space), then verify again.</source>
        <translation>Compruebe el disco donde está el registro (el registro del sistema por errores de E/S, su espacio libre) y vuelva a verificar.</translation>
    </message>
    <message>
        <source>another program holds the journal locked ({reason})</source>
        <translation>otro programa mantiene bloqueado el registro ({reason})</translation>
    </message>
    <message>
        <source>Close other programs using the journal (another station window, a copy or backup in progress), then verify again.</source>
        <translation>Cierre los demás programas que usan el registro (otra ventana de la estación, una copia o copia de seguridad en curso) y vuelva a verificar.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read as a station journal ({reason}).</source>
        <translation>El registro {path} no se puede leer como registro de la estación ({reason}).</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration; restore the file from backup if it is damaged.</source>
        <translation>Compruebe la ruta del registro en la configuración; si el archivo está dañado, restáurelo desde la copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot copy the journal {source} to {destination} before upgrading it: {reason}.</source>
        <translation>No se puede copiar el registro {source} en {destination} antes de actualizarlo: {reason}.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s folder has free space for a second copy of the journal and is writable.</source>
        <translation>Compruebe que la carpeta del registro tiene espacio para una segunda copia del registro y permiso de escritura.</translation>
    </message>
    <message>
        <source>The journal {path} must be upgraded to this station&apos;s format, but it does not verify ({reason}). It has not been changed.</source>
        <translation>El registro {path} debe actualizarse al formato de esta estación, pero no supera la verificación ({reason}). No se ha modificado.</translation>
    </message>
    <message>
        <source>Restore the journal from its backup, or keep this copy for investigation and start a new journal; `station journal verify` shows the problem.</source>
        <translation>Restaure el registro desde su copia de seguridad, o conserve esta copia para investigarla y empiece un registro nuevo; `station journal verify` muestra el problema.</translation>
    </message>
    <message>
        <source>Upgrading the journal {path} to this station&apos;s format failed ({reason}). The journal was put back as it was.</source>
        <translation>La actualización del registro {path} al formato de esta estación ha fallado ({reason}). El registro se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s disk has free space and is writable, then start the station again; if it fails again, keep running the previous station version and send the journal file to support.</source>
        <translation>Compruebe que el disco del registro tiene espacio libre y permiso de escritura, y vuelva a iniciar la estación; si vuelve a fallar, siga usando la versión anterior de la estación y envíe el archivo del registro a soporte.</translation>
    </message>
    <message>
        <source>The journal {path} is being upgraded by another station process, which has held the lock {lock} for more than {seconds} s.</source>
        <translation>Otro proceso de la estación está actualizando el registro {path} y mantiene el bloqueo {lock} desde hace más de {seconds} s.</translation>
    </message>
    <message>
        <source>Wait for the other station process (or `station` command) on this PC to finish, or close it. If no other station process runs, the lock is stale: remove {lock} and start again.</source>
        <translation>Espere a que termine el otro proceso de la estación (o comando `station`) en este PC, o ciérrelo. Si no hay otro proceso de la estación en marcha, el bloqueo está obsoleto: elimine {lock} y vuelva a empezar.</translation>
    </message>
    <message>
        <source>Upgrading the journal {path} did not keep every record intact ({reason}; {after} records after, {before} before). The journal was put back as it was.</source>
        <translation>La actualización del registro {path} no mantuvo intactos todos los registros ({reason}; {after} registros después, {before} antes). El registro se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Keep running the previous station version on this PC and send the journal file to support: this is a station bug.</source>
        <translation>Siga usando la versión anterior de la estación en este PC y envíe el archivo del registro a soporte: es un error de la estación.</translation>
    </message>
    <message>
        <source>Cannot create {lock} to upgrade the journal {path}: {reason}.</source>
        <translation>No se puede crear {lock} para actualizar el registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s folder is writable by the station&apos;s user.</source>
        <translation>Compruebe que el usuario de la estación puede escribir en la carpeta del registro.</translation>
    </message>
    <message>
        <source>the privileged action in record {seq} differs in the table</source>
        <translation>la acción privilegiada del registro {seq} difiere en la tabla</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read to the end ({reason}).</source>
        <translation>El registro {path} no se puede leer hasta el final ({reason}).</translation>
    </message>
    <message>
        <source>Restore the journal from its backup and keep this copy for investigation.</source>
        <translation>Restaure el registro desde su copia de seguridad y conserve esta copia para investigarla.</translation>
    </message>
    <message>
        <source>the {table} table holds {count} rows but the records explain {seen}</source>
        <translation>la tabla {table} contiene {count} filas pero los registros explican {seen}</translation>
    </message>
    <message>
        <source>attempt {attempt}: the table says {key} = {table}, its records say {records}</source>
        <translation>intento {attempt}: la tabla dice {key} = {table}, sus registros dicen {records}</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) is not in the form the station writes ({error})</source>
        <translation>el registro {seq} ({kind}) no tiene la forma que escribe la estación ({error})</translation>
    </message>
    <message>
        <source>record {seq} does not match its hash: it was changed after it was written, or records were removed, inserted or reordered here</source>
        <translation>el registro {seq} no coincide con su hash: se modificó después de escribirse, o aquí se eliminaron, insertaron o reordenaron registros</translation>
    </message>
    <message>
        <source>attempt {attempt}: its intents differ from its records</source>
        <translation>intento {attempt}: sus intenciones difieren de sus registros</translation>
    </message>
    <message>
        <source>record {seq} stores a link to the record before it (prev_hash) that is not {before}: the link was changed after it was written</source>
        <translation>el registro {seq} guarda un enlace al registro anterior (prev_hash) que no es {before}: el enlace se modificó después de escribirse</translation>
    </message>
    <message>
        <source>record {seq}&apos;s hash</source>
        <translation>el hash del registro {seq}</translation>
    </message>
    <message>
        <source>the chain&apos;s start (32 zero bytes)</source>
        <translation>el inicio de la cadena (32 bytes a cero)</translation>
    </message>
    <message>
        <source>the database file is malformed: SQLite&apos;s integrity check reports {problem}</source>
        <translation>el archivo de la base de datos está mal formado: la comprobación de integridad de SQLite informa {problem}</translation>
    </message>
    <message>
        <source>the database file is malformed: SQLite&apos;s integrity check reports {problem} (and {more} more)</source>
        <translation>el archivo de la base de datos está mal formado: la comprobación de integridad de SQLite informa {problem} (y {more} más)</translation>
    </message>
    <message>
        <source>record {seq} is missing (the next record is {next})</source>
        <translation>falta el registro {seq} (el siguiente registro es {next})</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) names no attempt</source>
        <translation>el registro {seq} ({kind}) no indica ningún intento</translation>
    </message>
    <message>
        <source>attempt {attempt} is in the events but not in the table</source>
        <translation>el intento {attempt} está en los eventos pero no en la tabla</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) belongs to no open attempt</source>
        <translation>el registro {seq} ({kind}) no pertenece a ningún intento abierto</translation>
    </message>
    <message>
        <source>attempt {attempt}: its steps differ from its records</source>
        <translation>intento {attempt}: sus pasos difieren de sus registros</translation>
    </message>
    <message>
        <source>record {seq} has an unknown kind {kind}</source>
        <translation>el registro {seq} tiene un tipo desconocido {kind}</translation>
    </message>
    <message>
        <source>Check that the disk holding the journal has free space and is writable. Provisioning stays stopped until the journal can be written.</source>
        <translation>Compruebe que el disco del registro tiene espacio libre y permiso de escritura. El aprovisionamiento sigue detenido hasta que se pueda escribir el registro.</translation>
    </message>
    <message>
        <source>Put the device on a slot and check again, or confirm that you accept the risk.</source>
        <translation>Coloque el dispositivo en una ranura y compruebe de nuevo, o confirme que acepta el riesgo.</translation>
    </message>
    <message>
        <source>{line} — {message} What to do: {action}</source>
        <translation>{line} — {message} Qué hacer: {action}</translation>
    </message>
    <message>
        <source>Give a DEVICE_ID or --slot.</source>
        <translation>Indique un DEVICE_ID o --slot.</translation>
    </message>
    <message>
        <source>See `station rework check --help`.</source>
        <translation>Vea `station rework check --help`.</translation>
    </message>
    <message>
        <source>slot {slot}: {result}</source>
        <translation>ranura {slot}: {result}</translation>
    </message>
    <message>
        <source>slot {slot}: {result} {device}</source>
        <translation>ranura {slot}: {result} {device}</translation>
    </message>
    <message>
        <source>Unregistered {device} from realm {realm} (target {target}). It can be registered again: `station rework reprovision --slots &lt;slot&gt; --reason ...`.</source>
        <translation>{device} se dio de baja del realm {realm} (destino {target}). Puede registrarse de nuevo: `station rework reprovision --slots &lt;slot&gt; --reason ...`.</translation>
    </message>
    <message>
        <source>{message}
What to do: {action}</source>
        <translation>{message}
Qué hacer: {action}</translation>
    </message>
    <message>
        <source>The device on slot {slot} is {found}, not {device}.</source>
        <translation>El dispositivo de la ranura {slot} es {found}, no {device}.</translation>
    </message>
    <message>
        <source>Give the right slot, or leave out the device ID.</source>
        <translation>Indique la ranura correcta u omita el ID de dispositivo.</translation>
    </message>
    <message>
        <source>Device {device} is not on a slot. The journal says it has {kind} storage and {written}; what it holds now cannot be checked.</source>
        <translation>El dispositivo {device} no está en ninguna ranura. Según el registro tiene almacenamiento {kind} y {written}; no se puede comprobar lo que contiene ahora.</translation>
    </message>
    <message>
        <source>Device {device} is not on a slot and this station&apos;s journal has no record of it, so its storage cannot be checked. If it has write-once (OTP) storage that holds a secret, unregistering makes it scrap.</source>
        <translation>El dispositivo {device} no está en ninguna ranura y el registro de esta estación no tiene constancia de él, así que no se puede comprobar su almacenamiento. Si tiene memoria de una sola escritura (OTP) con un secreto, darlo de baja lo convierte en desecho.</translation>
    </message>
    <message>
        <source>has no write recorded here</source>
        <translation>aquí no consta ninguna escritura</translation>
    </message>
    <message>
        <source>Device {device} (from the journal; it is not on a slot): {loss}</source>
        <translation>Dispositivo {device} (según el registro; no está en ninguna ranura): {loss}</translation>
    </message>
    <message>
        <source>Put the device on a slot to check its storage, or unregister only if the unit is to be scrapped anyway.</source>
        <translation>Coloque el dispositivo en una ranura para comprobar su almacenamiento, o dé de baja el dispositivo solo si la unidad va a desecharse de todos modos.</translation>
    </message>
    <message>
        <source>was written by this station</source>
        <translation>fue escrito por esta estación</translation>
    </message>
    <message>
        <source>Device {device} has rewritable storage but is locked (out of factory mode): the station cannot write it until it is returned to factory mode.</source>
        <translation>El dispositivo {device} tiene almacenamiento reescribible pero está bloqueado (fuera del modo de fábrica): la estación no puede escribirlo hasta que vuelva al modo de fábrica.</translation>
    </message>
    <message>
        <source>Unregister it, have the rework bench return it to factory mode (erase its secure storage), then provision it again with the &apos;already passed&apos; override.</source>
        <translation>Dele de baja, haga que el banco de retrabajo lo devuelva al modo de fábrica (borrando su almacenamiento seguro) y aprovisiónelo de nuevo anulando &apos;ya pasó&apos;.</translation>
    </message>
    <message>
        <source>Slots {slots} did not finish within {timeout_s} s.</source>
        <translation>Las ranuras {slots} no terminaron en {timeout_s} s.</translation>
    </message>
    <message>
        <source>Check the devices and the journal, then provision them again.</source>
        <translation>Compruebe los dispositivos y el registro, y aprovisiónelos de nuevo.</translation>
    </message>
    <message>
        <source>The storage check shown was for device {checked}, not {device}; nothing was sent.</source>
        <translation>La comprobación de almacenamiento mostrada era del dispositivo {checked}, no de {device}; no se envió nada.</translation>
    </message>
    <message>
        <source>Check the device again, then unregister it.</source>
        <translation>Compruebe de nuevo el dispositivo y después dele de baja.</translation>
    </message>
    <message>
        <source>Device {device}: {loss}</source>
        <translation>Dispositivo {device}: {loss}</translation>
    </message>
    <message>
        <source>Unregister only if the unit is to be scrapped anyway (for example a tampered unit whose credentials must stop working); otherwise do not unregister it.</source>
        <translation>Dé de baja solo si la unidad va a desecharse de todos modos (por ejemplo, una unidad manipulada cuyas credenciales deben dejar de funcionar); si no, no la dé de baja.</translation>
    </message>
    <message>
        <source>Its storage is write-once (OTP) and already holds a secret, so it cannot take a new one: after unregistering, the secret it holds stops working and the unit can never be provisioned again (scrap).</source>
        <translation>Su memoria es de una sola escritura (OTP) y ya contiene un secreto, así que no puede recibir uno nuevo: tras darla de baja, el secreto que contiene deja de funcionar y la unidad nunca podrá aprovisionarse de nuevo (desecho).</translation>
    </message>
    <message>
        <source>Device {device} has {kind} storage that is {state} and in factory mode: it can take a new secret.</source>
        <translation>El dispositivo {device} tiene almacenamiento {kind} en estado {state} y está en modo de fábrica: puede recibir un secreto nuevo.</translation>
    </message>
    <message>
        <source>Unregister it, then provision it again with the &apos;already passed&apos; override.</source>
        <translation>Dele de baja y aprovisiónelo de nuevo anulando &apos;ya pasó&apos;.</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>{assessment} Nothing was sent.</source>
        <translation>{assessment} No se envió nada.</translation>
    </message>
    <message>
        <source>Confirm that you accept this (tick the confirmation) or leave the device as it is.</source>
        <translation>Confirme que lo acepta (marque la confirmación) o deje el dispositivo como está.</translation>
    </message>
    <message>
        <source>{name} cannot be a fleet role name.</source>
        <translation>{name} no puede ser un nombre de rol de la flota.</translation>
    </message>
    <message>
        <source>Use the station&apos;s ID (e.g. line-a), not a reserved or group name.</source>
        <translation>Use el ID de la estación (p. ej. line-a), no un nombre reservado o de grupo.</translation>
    </message>
    <message>
        <source>A supervisor may open an offline lot (`station fleet lot open`) to go on.</source>
        <translation>Un supervisor puede abrir un lote sin conexión (`station fleet lot open`) para continuar.</translation>
    </message>
    <message>
        <source>{action} A supervisor may open an offline lot (`station fleet lot open`) to go on.</source>
        <translation>{action} Un supervisor puede abrir un lote sin conexión (`station fleet lot open`) para continuar.</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is {seconds} s ahead of the server&apos;s (leases use the server&apos;s clock)</source>
        <translation>el reloj de este PC va {seconds} s adelantado respecto al del servidor (las reservas usan el reloj del servidor)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is {seconds} s behind the server&apos;s (leases use the server&apos;s clock)</source>
        <translation>el reloj de este PC va {seconds} s atrasado respecto al del servidor (las reservas usan el reloj del servidor)</translation>
    </message>
    <message>
        <source>connected to {host}:{port}/{database} as {role} ({tls})</source>
        <translation>conectado a {host}:{port}/{database} como {role} ({tls})</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sin TLS</translation>
    </message>
    <message>
        <source>may ship events and claim device IDs</source>
        <translation>puede enviar eventos y reservar ID de dispositivo</translation>
    </message>
    <message>
        <source>fleet schema version {version}</source>
        <translation>versión del esquema de la flota {version}</translation>
    </message>
    <message>
        <source>events shipped so far: up to seq {seq}</source>
        <translation>eventos enviados hasta ahora: hasta seq {seq}</translation>
    </message>
    <message>
        <source>Device {device_id} in slot {slot} was already provisioned by station {holder} ({when}). It was not registered again.</source>
        <translation>El dispositivo {device_id} de la ranura {slot} ya fue aprovisionado por la estación {holder} ({when}). No se registró de nuevo.</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and give it to the supervisor: either it was provisioned before, or two units carry the same hardware ID.</source>
        <translation>Saque el dispositivo de la ranura {slot} y entréguelo al supervisor: o ya fue aprovisionado, o dos unidades llevan el mismo ID de hardware.</translation>
    </message>
    <message>
        <source>Device {device_id} in slot {slot} is being provisioned by station {holder} right now (since {when}). It was not registered here.</source>
        <translation>El dispositivo {device_id} de la ranura {slot} se está aprovisionando ahora mismo en la estación {holder} (desde {when}). No se registró aquí.</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and give it to the supervisor: two units with the same hardware ID are on two lines.</source>
        <translation>Saque el dispositivo de la ranura {slot} y entréguelo al supervisor: dos unidades con el mismo ID de hardware están en dos líneas.</translation>
    </message>
    <message>
        <source>The centre gave no answer to the claim of {device_id}.</source>
        <translation>El centro no dio respuesta a la reserva de {device_id}.</translation>
    </message>
    <message>
        <source>The central database did not answer a claim ({reason}).</source>
        <translation>La base de datos central no respondió a una reserva ({reason}).</translation>
    </message>
    <message>
        <source>New devices are not registered until the centre answers again; check the network to the central server.</source>
        <translation>No se registran dispositivos nuevos hasta que el centro vuelva a responder; compruebe la red hacia el servidor central.</translation>
    </message>
    <message>
        <source>Could not create role {name}: {detail}</source>
        <translation>No se pudo crear el rol {name}: {detail}</translation>
    </message>
    <message>
        <source>Run it as the database superuser, after `station fleet init-db` on this database.</source>
        <translation>Ejecútelo como superusuario de la base de datos, después de `station fleet init-db` en esta base de datos.</translation>
    </message>
    <message>
        <source>Could not retire {month}: {detail}</source>
        <translation>No se pudo retirar {month}: {detail}</translation>
    </message>
    <message>
        <source>Give a month before this one that has a partition of its own (`\d+ fleet.events` in psql lists them); run it as the database superuser.</source>
        <translation>Indique un mes anterior a este que tenga su propia partición (`\d+ fleet.events` en psql las lista); ejecútelo como superusuario de la base de datos.</translation>
    </message>
    <message>
        <source>init-db failed and changed nothing: {detail}</source>
        <translation>init-db falló y no cambió nada: {detail}</translation>
    </message>
    <message>
        <source>Fix what PostgreSQL names above (e.g. a half-made `fleet` schema left by hand needs dropping), then run init-db again as the database superuser.</source>
        <translation>Corrija lo que PostgreSQL indica arriba (p. ej. hay que eliminar un esquema `fleet` creado a medias a mano) y vuelva a ejecutar init-db como superusuario de la base de datos.</translation>
    </message>
    <message>
        <source>Not allowed to create the fleet schema: {detail}.</source>
        <translation>No se permite crear el esquema de la flota: {detail}.</translation>
    </message>
    <message>
        <source>Run init-db as the database superuser (postgres).</source>
        <translation>Ejecute init-db como superusuario de la base de datos (postgres).</translation>
    </message>
    <message>
        <source>last seen {when}</source>
        <translation>visto por última vez {when}</translation>
    </message>
    <message>
        <source>last seen {when} (lag {lag} s)</source>
        <translation>visto por última vez {when} (retraso {lag} s)</translation>
    </message>
    <message>
        <source>--months {months} is out of range.</source>
        <translation>--months {months} está fuera de rango.</translation>
    </message>
    <message>
        <source>Give 1 to 120 months (default 3).</source>
        <translation>Indique de 1 a 120 meses (por defecto 3).</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>nunca visto</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL as the administrator: {detail}</source>
        <translation>No se puede conectar a PostgreSQL como administrador: {detail}</translation>
    </message>
    <message>
        <source>Run as the database superuser, e.g. `sudo -u postgres station fleet init-db --dsn dbname=fleet`, after `createdb fleet`.</source>
        <translation>Ejecútelo como superusuario de la base de datos, p. ej. `sudo -u postgres station fleet init-db --dsn dbname=fleet`, después de `createdb fleet`.</translation>
    </message>
    <message>
        <source>Could not make the monthly partitions: {detail}</source>
        <translation>No se pudieron crear las particiones mensuales: {detail}</translation>
    </message>
    <message>
        <source>Run it as the database superuser, after `station fleet init-db`.</source>
        <translation>Ejecútelo como superusuario de la base de datos, después de `station fleet init-db`.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>No hay contraseña en la entrada estándar.</translation>
    </message>
    <message>
        <source>Pipe it in: `station fleet set-password &lt; file`, or type it and press Enter.</source>
        <translation>Páselo por una tubería: `station fleet set-password &lt; file`, o escríbalo y pulse Intro.</translation>
    </message>
    <message>
        <source>--retire {month} is not a month.</source>
        <translation>--retire {month} no es un mes.</translation>
    </message>
    <message>
        <source>Give it as YYYY-MM, e.g. 2025-01.</source>
        <translation>Indíquelo como YYYY-MM, p. ej. 2025-01.</translation>
    </message>
    <message>
        <source>Fleet mode is off: the configuration has no [fleet] section.</source>
        <translation>El modo flota está desactivado: la configuración no tiene sección [fleet].</translation>
    </message>
    <message>
        <source>Add [fleet] with host, database and role (docs/fleet.md), then run this again.</source>
        <translation>Añada [fleet] con host, database y role (docs/fleet.md) y vuelva a ejecutar esto.</translation>
    </message>
    <message>
        <source>Fleet mode is off: the configuration has no [fleet] section, so claims and lots do not apply.</source>
        <translation>El modo flota está desactivado: la configuración no tiene sección [fleet], así que las reservas y los lotes no se aplican.</translation>
    </message>
    <message>
        <source>Add [fleet] (docs/fleet.md) to use offline lots.</source>
        <translation>Añada [fleet] (docs/fleet.md) para usar lotes sin conexión.</translation>
    </message>
    <message>
        <source>ok: {line}</source>
        <translation>ok: {line}</translation>
    </message>
    <message>
        <source>Password (shown once):</source>
        <translation>Contraseña (se muestra una sola vez):</translation>
    </message>
    <message>
        <source>Password of fleet role {role}: </source>
        <translation>Contraseña del rol de flota {role}: </translation>
    </message>
    <message>
        <source>Stored the password of fleet role {role} in the keyring.</source>
        <translation>Se guardó la contraseña del rol de flota {role} en el llavero.</translation>
    </message>
    <message>
        <source>{realm} {device_id}: registered by {station}</source>
        <translation>{realm} {device_id}: registrado por {station}</translation>
    </message>
    <message>
        <source>Created role {name} ({group}).</source>
        <translation>Rol {name} creado ({group}).</translation>
    </message>
    <message>
        <source>Reset the password of role {name} ({group}).</source>
        <translation>Contraseña del rol {name} restablecida ({group}).</translation>
    </message>
    <message>
        <source>Created the fleet schema in {database} on {host} (version {version}).</source>
        <translation>Se creó el esquema de la flota en {database} en {host} (versión {version}).</translation>
    </message>
    <message>
        <source>The fleet schema in {database} on {host} is up to date (version {version}).</source>
        <translation>El esquema de la flota en {database} en {host} está al día (versión {version}).</translation>
    </message>
    <message>
        <source>Migrated the fleet schema in {database} on {host} from version {before} to {after}.</source>
        <translation>Se migró el esquema de la flota en {database} en {host} de la versión {before} a la {after}.</translation>
    </message>
    <message>
        <source>{link}: acked seq {acked}, backlog {backlog}</source>
        <translation>{link}: confirmado hasta seq {acked}, pendientes {backlog}</translation>
    </message>
    <message>
        <source>{link}: acked seq {acked}, backlog {backlog} ({problem})</source>
        <translation>{link}: confirmado hasta seq {acked}, pendientes {backlog} ({problem})</translation>
    </message>
    <message>
        <source>shipped up to seq {seq}; backlog {backlog}</source>
        <translation>enviado hasta seq {seq}; pendientes {backlog}</translation>
    </message>
    <message>
        <source>The password read from standard input is shorter than 12 characters.</source>
        <translation>La contraseña leída de la entrada estándar tiene menos de 12 caracteres.</translation>
    </message>
    <message>
        <source>Give a longer password, or leave out --password-stdin to get a generated one.</source>
        <translation>Indique una contraseña más larga, u omita --password-stdin para obtener una generada.</translation>
    </message>
    <message>
        <source>{station}: {state}, {seen}; today {passed} passed, {failed} not</source>
        <translation>{station}: {state}, {seen}; hoy {passed} aprobados, {failed} no</translation>
    </message>
    <message>
        <source>{station}: {state}, {seen}; today {passed} passed, {failed} not; OFFLINE LOT {lot} open (by {by})</source>
        <translation>{station}: {state}, {seen}; hoy {passed} aprobados, {failed} no; LOTE SIN CONEXIÓN {lot} abierto (por {by})</translation>
    </message>
    <message>
        <source>Shipping is stopped and nothing is lost locally. Ask plant IT to compare this journal with the centre before shipping again (docs/fleet.md, &apos;Forked journal&apos;).</source>
        <translation>El envío está detenido y no se pierde nada localmente. Pida a TI de la planta que compare este registro con el centro antes de volver a enviar (docs/fleet.md, &apos;Forked journal&apos;).</translation>
    </message>
    <message>
        <source>The centre already holds a different event {seq} for journal {journal_id}: this journal was restored from an older backup or forked.</source>
        <translation>El centro ya tiene un evento {seq} distinto para el registro {journal_id}: este registro se restauró desde una copia de seguridad más antigua o se bifurcó.</translation>
    </message>
    <message>
        <source>The centre holds events up to seq {acked} of journal {journal_id}, but the local journal ends at seq {local}: it was restored from an older backup.</source>
        <translation>El centro tiene eventos hasta seq {acked} del registro {journal_id}, pero el registro local termina en seq {local}: se restauró desde una copia de seguridad más antigua.</translation>
    </message>
    <message>
        <source>The centre holds a different event {seq} for journal {journal_id}: this journal was restored from an older backup or forked.</source>
        <translation>El centro tiene un evento {seq} distinto para el registro {journal_id}: este registro se restauró desde una copia de seguridad más antigua o se bifurcó.</translation>
    </message>
    <message>
        <source>Events of this station&apos;s journal are already at the centre under another journal ID (the journal was copied or restored): {detail}</source>
        <translation>Hay eventos del registro de esta estación ya en el centro con otro ID de registro (el registro se copió o se restauró): {detail}</translation>
    </message>
    <message>
        <source>Put the device from slot {slot} aside for the supervisor (rework).</source>
        <translation>Aparte el dispositivo de la ranura {slot} para el supervisor (retrabajo).</translation>
    </message>
    <message>
        <source>This station&apos;s claim on device {device_id} ran out and another station took it; it was not locked (slot {slot}).</source>
        <translation>La reserva de esta estación sobre el dispositivo {device_id} caducó y otra estación la tomó; no se bloqueó (ranura {slot}).</translation>
    </message>
    <message>
        <source>This station&apos;s claim on device {device_id} ran out and another station took it; no secret was written to it (slot {slot}).</source>
        <translation>La reserva de esta estación sobre el dispositivo {device_id} caducó y otra estación la tomó; no se escribió ningún secreto en él (ranura {slot}).</translation>
    </message>
    <message>
        <source>Offline lot {lot} is already open (by {by}, {since} UTC). Nothing was changed.</source>
        <translation>El lote sin conexión {lot} ya está abierto (por {by}, {since} UTC). No se cambió nada.</translation>
    </message>
    <message>
        <source>Close it first (`station fleet lot close`) if a new lot is meant.</source>
        <translation>Ciérrelo primero (`station fleet lot close`) si se quiere un lote nuevo.</translation>
    </message>
    <message>
        <source>Closed offline lot {lot}: without the centre, this station registers nothing new again.</source>
        <translation>Lote sin conexión {lot} cerrado: sin el centro, esta estación vuelve a no registrar nada nuevo.</translation>
    </message>
    <message>
        <source>No offline lot is open: without the centre, nothing new is registered.</source>
        <translation>No hay ningún lote sin conexión abierto: sin el centro no se registra nada nuevo.</translation>
    </message>
    <message>
        <source>No offline lot is open on this station. Nothing was changed.</source>
        <translation>No hay ningún lote sin conexión abierto en esta estación. No se cambió nada.</translation>
    </message>
    <message>
        <source>`station fleet lot status` shows the station&apos;s lot state.</source>
        <translation>`station fleet lot status` muestra el estado de lote de la estación.</translation>
    </message>
    <message>
        <source>Opened offline lot {lot}. While the centre does not answer, this station registers new devices without a claim and journals each one; close the lot with {how_to_close} when the centre is back.</source>
        <translation>Lote sin conexión {lot} abierto. Mientras el centro no responda, esta estación registra dispositivos nuevos sin reserva y anota cada uno en el registro; cierre el lote con «{how_to_close}» cuando vuelva el centro.</translation>
    </message>
    <message>
        <source>Offline lot {lot} is open since {since} UTC, by {by}: {reason}</source>
        <translation>El lote sin conexión {lot} está abierto desde {since} UTC, por {by}: {reason}</translation>
    </message>
    <message>
        <source>The database {database} on {host} was never initialised for the fleet.</source>
        <translation>La base de datos {database} en {host} nunca se inicializó para la flota.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` once, as the database superuser.</source>
        <translation>TI de la planta ejecuta una vez `station fleet init-db`, como superusuario de la base de datos.</translation>
    </message>
    <message>
        <source>The central database has fleet schema version {found}; this station understands up to {known}. Nothing was changed.</source>
        <translation>La base de datos central tiene la versión {found} del esquema de la flota; esta estación entiende hasta la {known}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Upgrade the station software to the version the other stations run.</source>
        <translation>Actualice el software de la estación a la versión que usan las demás estaciones.</translation>
    </message>
    <message>
        <source>No claim on device {device_id} in realm {realm} to release: it was never claimed in this fleet, or it was released already. Nothing was changed.</source>
        <translation>No hay ninguna reserva del dispositivo {device_id} en el realm {realm} que liberar: nunca se reservó en esta flota, o ya se liberó. No se cambió nada.</translation>
    </message>
    <message>
        <source>Check the device ID and the realm (`--realm`); the station&apos;s rework check shows the device&apos;s state.</source>
        <translation>Compruebe el ID del dispositivo y el realm (`--realm`); la comprobación de retrabajo de la estación muestra el estado del dispositivo.</translation>
    </message>
    <message>
        <source>The central database has no free connection for role {role}.</source>
        <translation>La base de datos central no tiene ninguna conexión libre para el rol {role}.</translation>
    </message>
    <message>
        <source>Close other station programs using this role, or ask plant IT to raise max_connections.</source>
        <translation>Cierre otros programas de la estación que usen este rol, o pida a TI de la planta que aumente max_connections.</translation>
    </message>
    <message>
        <source>There is no database {database} on {host}:{port}.</source>
        <translation>No hay ninguna base de datos {database} en {host}:{port}.</translation>
    </message>
    <message>
        <source>Check [fleet] database, or ask plant IT to create it and run `station fleet init-db`.</source>
        <translation>Compruebe [fleet] database, o pida a TI de la planta que la cree y ejecute `station fleet init-db`.</translation>
    </message>
    <message>
        <source>Role {role} may log in but has no rights on the fleet schema.</source>
        <translation>El rol {role} puede iniciar sesión, pero no tiene derechos sobre el esquema de la flota.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet add-station {role}`: it puts the role in the `stations` group.</source>
        <translation>TI de la planta ejecuta `station fleet add-station {role}`: pone el rol en el grupo `stations`.</translation>
    </message>
    <message>
        <source>The central database does not let role {role} log in from this PC.</source>
        <translation>La base de datos central no deja que el rol {role} inicie sesión desde este PC.</translation>
    </message>
    <message>
        <source>Ask plant IT to run `station fleet add-station {role}` and to allow this PC in pg_hba.conf.</source>
        <translation>Pida a TI de la planta que ejecute `station fleet add-station {role}` y que permita este PC en pg_hba.conf.</translation>
    </message>
    <message>
        <source>The centre refused: role {role} is not a fleet supervisor, so it may not release the claim on {device_id}. Nothing was changed.</source>
        <translation>El centro lo rechazó: el rol {role} no es supervisor de la flota, así que no puede liberar la reserva de {device_id}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Sign in with your own supervisor role (`--as NAME`); plant IT makes one with `station fleet add-supervisor NAME`.</source>
        <translation>Inicie sesión con su propio rol de supervisor (`--as NAME`); TI de la planta lo crea con `station fleet add-supervisor NAME`.</translation>
    </message>
    <message>
        <source>The centre did not record device {device_id} as provisioned by this station (its claim was taken over).</source>
        <translation>El centro no registró el dispositivo {device_id} como aprovisionado por esta estación (su reserva fue tomada por otra).</translation>
    </message>
    <message>
        <source>Put the device from slot {slot} aside for the supervisor: it holds working credentials but the fleet does not know it is done.</source>
        <translation>Aparte el dispositivo de la ranura {slot} para el supervisor: tiene credenciales válidas, pero la flota no sabe que está terminado.</translation>
    </message>
    <message>
        <source>Role {role} may not read the fleet&apos;s attempts.</source>
        <translation>El rol {role} no puede leer los intentos de la flota.</translation>
    </message>
    <message>
        <source>Sign in with a QA or supervisor role at the centre; plant IT makes one with `station fleet add-qa NAME`.</source>
        <translation>Inicie sesión con un rol de calidad o de supervisor en el centro; TI de la planta lo crea con `station fleet add-qa NAME`.</translation>
    </message>
    <message>
        <source>Role {role} may not read the fleet&apos;s history.</source>
        <translation>El rol {role} no puede leer el historial de la flota.</translation>
    </message>
    <message>
        <source>Use a QA or supervisor role (`station fleet add-qa NAME`, `station fleet add-supervisor NAME`).</source>
        <translation>Use un rol de calidad o de supervisor (`station fleet add-qa NAME`, `station fleet add-supervisor NAME`).</translation>
    </message>
    <message>
        <source>The central database has fleet schema version {found}; this station needs {needed}.</source>
        <translation>La base de datos central tiene la versión {found} del esquema de la flota; esta estación necesita la {needed}.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` with this station version to migrate it.</source>
        <translation>TI de la planta ejecuta `station fleet init-db` con esta versión de la estación para migrarla.</translation>
    </message>
    <message>
        <source>The reason {reason} is too short; nothing was changed.</source>
        <translation>El motivo {reason} es demasiado corto; no se cambió nada.</translation>
    </message>
    <message>
        <source>Say why in at least {least} characters (e.g. &apos;rework RMA-1234: new board&apos;); QA reads it later.</source>
        <translation>Indique el motivo en al menos {least} caracteres (p. ej. &apos;rework RMA-1234: new board&apos;); calidad lo lee después.</translation>
    </message>
    <message>
        <source>The central database refused a fleet request ({detail}).</source>
        <translation>La base de datos central rechazó una solicitud de la flota ({detail}).</translation>
    </message>
    <message>
        <source>Run `station fleet check` on this station; if it passes, report this with the station log. Nothing was lost locally.</source>
        <translation>Ejecute `station fleet check` en esta estación; si la pasa, informe de esto con el archivo de log de la estación. No se perdió nada localmente.</translation>
    </message>
    <message>
        <source>Released the claim on {device_id} in realm {realm}: a station may register it again. Recorded at the centre and in this station&apos;s journal.</source>
        <translation>Reserva de {device_id} en el realm {realm} liberada: una estación puede registrarlo de nuevo. Anotado en el centro y en el registro de esta estación.</translation>
    </message>
    <message>
        <source>Report this: the fleet schema may be damaged.</source>
        <translation>Informe de esto: el esquema de la flota puede estar dañado.</translation>
    </message>
    <message>
        <source>The central database lacks part of the fleet schema this station uses ({detail}): it was never initialised, or with an older station version.</source>
        <translation>A la base de datos central le falta parte del esquema de la flota que usa esta estación ({detail}): nunca se inicializó, o se hizo con una versión más antigua de la estación.</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` with this station&apos;s version; `station fleet check` on the station says what is missing.</source>
        <translation>TI de la planta ejecuta `station fleet init-db` con la versión de esta estación; `station fleet check` en la estación indica lo que falta.</translation>
    </message>
    <message>
        <source>The fleet shipper stopped on an internal error.</source>
        <translation>El envío a la flota se detuvo por un error interno.</translation>
    </message>
    <message>
        <source>Report this with the station log; provisioning is not affected.</source>
        <translation>Informe de esto con el archivo de log de la estación; el aprovisionamiento no se ve afectado.</translation>
    </message>
    <message>
        <source>The journal keeps everything; it ships when the centre answers.</source>
        <translation>El registro lo conserva todo; se envía cuando el centro responda.</translation>
    </message>
    <message>
        <source>The central database is unreachable.</source>
        <translation>No se puede acceder a la base de datos central.</translation>
    </message>
    <message>
        <source>The central database stopped answering ({detail}).</source>
        <translation>La base de datos central dejó de responder ({detail}).</translation>
    </message>
    <message>
        <source>Check the network to the central server; new devices are not registered until it answers, and the journal ships when it returns.</source>
        <translation>Compruebe la red hacia el servidor central; no se registran dispositivos nuevos hasta que responda, y el registro se envía cuando vuelva.</translation>
    </message>
    <message>
        <source>The TLS handshake with {host}:{port} failed: {detail}</source>
        <translation>El protocolo de enlace TLS con {host}:{port} falló: {detail}</translation>
    </message>
    <message>
        <source>Check [fleet] ca_file, cert_file and key_file: the CA must be the plant CA that signed the server&apos;s certificate, the client certificate&apos;s CN must be {role}, and the key file must be readable only by this user (chmod 600).</source>
        <translation>Compruebe [fleet] ca_file, cert_file y key_file: la CA debe ser la CA de la planta que firmó el certificado del servidor, el CN del certificado de cliente debe ser {role} y el archivo de clave solo debe poder leerlo este usuario (chmod 600).</translation>
    </message>
    <message>
        <source>The password holds a character that cannot be sent to the central database.</source>
        <translation>La contraseña contiene un carácter que no se puede enviar a la base de datos central.</translation>
    </message>
    <message>
        <source>Type the password again; if it was stored with `station fleet set-password`, store it again.</source>
        <translation>Escriba de nuevo la contraseña; si se guardó con `station fleet set-password`, guárdela de nuevo.</translation>
    </message>
    <message>
        <source>The role ({value}) holds a character that cannot be sent to the central database.</source>
        <translation>El rol ({value}) contiene un carácter que no se puede enviar a la base de datos central.</translation>
    </message>
    <message>
        <source>Correct the role where it was set (the station&apos;s configuration, or the field it was typed in) to plain text, e.g. a host name of letters, digits, dots and dashes.</source>
        <translation>Corrija el rol donde se estableció (la configuración de la estación o el campo en que se escribió) a texto simple, p. ej. un nombre de host de letras, dígitos, puntos y guiones.</translation>
    </message>
    <message>
        <source>The setting {setting} ({value}) holds a character that cannot be sent to the central database.</source>
        <translation>El ajuste {setting} ({value}) contiene un carácter que no se puede enviar a la base de datos central.</translation>
    </message>
    <message>
        <source>Correct the setting {setting} where it was set (the station&apos;s configuration, or the field it was typed in) to plain text, e.g. a host name of letters, digits, dots and dashes.</source>
        <translation>Corrija el ajuste {setting} donde se estableció (la configuración de la estación o el campo en que se escribió) a texto simple, p. ej. un nombre de host de letras, dígitos, puntos y guiones.</translation>
    </message>
    <message>
        <source>The central database at {host}:{port} cannot be reached ({detail}).</source>
        <translation>No se puede acceder a la base de datos central en {host}:{port} ({detail}).</translation>
    </message>
    <message>
        <source>Check the network cable and that the central server is running; provisioning of new devices stays blocked until it answers, and the journal ships when it returns.</source>
        <translation>Compruebe el cable de red y que el servidor central esté en marcha; el aprovisionamiento de dispositivos nuevos sigue bloqueado hasta que responda, y el registro se envía cuando vuelva.</translation>
    </message>
    <message>
        <source>The central database refused the password of role {role}.</source>
        <translation>La base de datos central rechazó la contraseña del rol {role}.</translation>
    </message>
    <message>
        <source>Store the password plant IT gave for this station: `station fleet set-password`. If it was lost, plant IT runs `station fleet add-station {role}` again for a new one.</source>
        <translation>Guarde la contraseña que el departamento de TI de la planta dio para esta estación: `station fleet set-password`. Si se perdió, TI de la planta ejecuta de nuevo `station fleet add-station {role}` para una nueva.</translation>
    </message>
</context>
<context>
    <name>EngineStarter</name>
    <message>
        <source>Starting the station&apos;s engine…</source>
        <translation>Iniciando el motor de la estación…</translation>
    </message>
</context>
<context>
    <name>ErrorClass</name>
    <message>
        <source>Aborted</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Already confirmed in Astarte</source>
        <translation>Ya confirmado en Astarte</translation>
    </message>
    <message>
        <source>Already passed</source>
        <translation>Ya superado</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>Ya aprovisionado</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Ya registrado</translation>
    </message>
    <message>
        <source>Another device answered</source>
        <translation>Otro dispositivo respondió</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Garbled link</source>
        <translation>Enlace con errores</translation>
    </message>
    <message>
        <source>Credential missing</source>
        <translation>Faltan credenciales</translation>
    </message>
    <message>
        <source>Device: already written</source>
        <translation>Dispositivo: ya escrito</translation>
    </message>
    <message>
        <source>Device busy</source>
        <translation>Dispositivo ocupado</translation>
    </message>
    <message>
        <source>Device confirmed in Astarte</source>
        <translation>Dispositivo confirmado en Astarte</translation>
    </message>
    <message>
        <source>Device inhibited in Astarte</source>
        <translation>Dispositivo inhibido en Astarte</translation>
    </message>
    <message>
        <source>Device: invalid record</source>
        <translation>Dispositivo: registro no válido</translation>
    </message>
    <message>
        <source>Device not in factory mode</source>
        <translation>Dispositivo fuera del modo de fábrica</translation>
    </message>
    <message>
        <source>Device: nothing stored</source>
        <translation>Dispositivo: nada almacenado</translation>
    </message>
    <message>
        <source>Device: programming failed</source>
        <translation>Dispositivo: programación fallida</translation>
    </message>
    <message>
        <source>Device storage corrupt</source>
        <translation>Almacenamiento del dispositivo dañado</translation>
    </message>
    <message>
        <source>Device: unknown error</source>
        <translation>Dispositivo: error desconocido</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Duplicate device</source>
        <translation>Dispositivo duplicado</translation>
    </message>
    <message>
        <source>Duplicate refused</source>
        <translation>Duplicado rechazado</translation>
    </message>
    <message>
        <source>Flash checksum mismatch</source>
        <translation>Suma de flash no coincide</translation>
    </message>
    <message>
        <source>Flash protected</source>
        <translation>Flash protegida</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Fleet journal forked</source>
        <translation>Diario de flota bifurcado</translation>
    </message>
    <message>
        <source>Fleet offline</source>
        <translation>Flota sin conexión</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>Identity changed</source>
        <translation>Identidad cambiada</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Invalid device ID</source>
        <translation>ID de dispositivo no válido</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Key invalid</source>
        <translation>Clave no válida</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>Label code</source>
        <translation>Código de etiqueta</translation>
    </message>
    <message>
        <source>Label scan refused</source>
        <translation>Escaneo de etiqueta rechazado</translation>
    </message>
    <message>
        <source>Label scan timed out</source>
        <translation>Escaneo de etiqueta agotado</translation>
    </message>
    <message>
        <source>Learning timed out</source>
        <translation>Aprendizaje agotado</translation>
    </message>
    <message>
        <source>Lease lost</source>
        <translation>Reserva perdida</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>MCUmgr error</source>
        <translation>Error de MCUmgr</translation>
    </message>
    <message>
        <source>Held by the MES</source>
        <translation>Retenido por el MES</translation>
    </message>
    <message>
        <source>MES unavailable</source>
        <translation>MES no disponible</translation>
    </message>
    <message>
        <source>No device ID</source>
        <translation>Sin ID de dispositivo</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Not in bootloader</source>
        <translation>Fuera del cargador de arranque</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Sin autorización</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>No compatible</translation>
    </message>
    <message>
        <source>NVS carried over</source>
        <translation>NVS arrastrada</translation>
    </message>
    <message>
        <source>NVS partition</source>
        <translation>Partición NVS</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <source>Partition table</source>
        <translation>Tabla de particiones</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Port ambiguous</source>
        <translation>Puerto ambiguo</translation>
    </message>
    <message>
        <source>Port busy</source>
        <translation>Puerto ocupado</translation>
    </message>
    <message>
        <source>Port missing</source>
        <translation>Falta el puerto</translation>
    </message>
    <message>
        <source>Port not found</source>
        <translation>Puerto no encontrado</translation>
    </message>
    <message>
        <source>Port permission</source>
        <translation>Permiso del puerto</translation>
    </message>
    <message>
        <source>Printer not ready</source>
        <translation>Impresora no lista</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de peticiones</translation>
    </message>
    <message>
        <source>Read-back mismatch</source>
        <translation>Relectura no coincide</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>Motivo obligatorio</translation>
    </message>
    <message>
        <source>Record too big for the device</source>
        <translation>Registro demasiado grande para el dispositivo</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>Read-back mismatch (Zephyr)</source>
        <translation>Relectura no coincide (Zephyr)</translation>
    </message>
    <message>
        <source>Rework refused</source>
        <translation>Retrabajo rechazado</translation>
    </message>
    <message>
        <source>Role not set up</source>
        <translation>Rol sin configurar</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Desecho</translation>
    </message>
    <message>
        <source>Secret rejected</source>
        <translation>Secreto rechazado</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Inicio de sesión bloqueado</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Sound unavailable</source>
        <translation>Sonido no disponible</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Storage not accepted</source>
        <translation>Almacenamiento no aceptado</translation>
    </message>
    <message>
        <source>Target invalid</source>
        <translation>Destino no válido</translation>
    </message>
    <message>
        <source>Target not active</source>
        <translation>Destino no activo</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo agotado</translation>
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
        <translation>Token caducado</translation>
    </message>
    <message>
        <source>Token invalid</source>
        <translation>Token no válido</translation>
    </message>
    <message>
        <source>Token missing</source>
        <translation>Falta el token</translation>
    </message>
    <message>
        <source>Token scope</source>
        <translation>Alcance del token</translation>
    </message>
    <message>
        <source>Token unusable</source>
        <translation>Token inutilizable</translation>
    </message>
    <message>
        <source>Tower light unavailable</source>
        <translation>Torre de señales no disponible</translation>
    </message>
    <message>
        <source>udev rules</source>
        <translation>Reglas udev</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inalcanzable</translation>
    </message>
    <message>
        <source>Unsupported chip</source>
        <translation>Chip no compatible</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Contraseña Wi-Fi</translation>
    </message>
    <message>
        <source>Write interrupted</source>
        <translation>Escritura interrumpida</translation>
    </message>
    <message>
        <source>Write outcome unknown</source>
        <translation>Resultado de escritura desconocido</translation>
    </message>
    <message>
        <source>Zephyr configuration malformed</source>
        <translation>Configuración Zephyr mal formada</translation>
    </message>
    <message>
        <source>Zephyr firmware</source>
        <translation>Firmware Zephyr</translation>
    </message>
    <message>
        <source>Zephyr file system</source>
        <translation>Sistema de archivos Zephyr</translation>
    </message>
    <message>
        <source>Zephyr file system full</source>
        <translation>Sistema de archivos Zephyr lleno</translation>
    </message>
    <message>
        <source>Zephyr file system busy</source>
        <translation>Sistema de archivos Zephyr ocupado</translation>
    </message>
    <message>
        <source>Zephyr file system read-only</source>
        <translation>Sistema de archivos Zephyr de solo lectura</translation>
    </message>
    <message>
        <source>Zephyr file system not mounted</source>
        <translation>Sistema de archivos Zephyr sin montar</translation>
    </message>
    <message>
        <source>Zephyr hash mismatch</source>
        <translation>Hash de Zephyr no coincide</translation>
    </message>
    <message>
        <source>Zephyr hardware ID unreadable</source>
        <translation>ID de hardware Zephyr ilegible</translation>
    </message>
    <message>
        <source>Zephyr: no file system</source>
        <translation>Zephyr: sin sistema de archivos</translation>
    </message>
    <message>
        <source>Zephyr: no hardware ID</source>
        <translation>Zephyr: sin ID de hardware</translation>
    </message>
    <message>
        <source>Zephyr: no shell</source>
        <translation>Zephyr: sin shell</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The station hit an internal error. This is a bug in the station, not your doing.</source>
        <translation>La estación tuvo un error interno. Es un fallo de la estación, no suyo.</translation>
    </message>
    <message>
        <source>Tell the line supervisor and send the error report (Show Details, Copy) to support; the journal and every finished slot are intact.</source>
        <translation>Avise al supervisor de línea y envíe el informe de error (Mostrar detalles, Copiar) a soporte; el registro y todas las ranuras terminadas están intactos.</translation>
    </message>
    <message>
        <source>{message} What to do: {action}</source>
        <translation>{message} Qué hacer: {action}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Qué hacer: {action}</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <source>The station could not do that</source>
        <translation>La estación no pudo hacerlo</translation>
    </message>
    <message>
        <source>Internal error, see the log at {path} and send it to support.</source>
        <translation>Error interno, consulte el archivo de log en {path} y envíelo al soporte.</translation>
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
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Export the shown attempts as {format}</source>
        <translation>Exportar los intentos mostrados como {format}</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exportando a {file}…</translation>
    </message>
    <message>
        <source>Exporting to {file}: {done} of {total}</source>
        <translation>Exportando a {file}: {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Exported {count} attempt(s) to {file}</source>
        <translation>
            <numerusform>✓ Exportado {count} intento a {file}</numerusform>
            <numerusform>✓ Exportados {count} intentos a {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>✗ Export failed: </source>
        <translation>✗ La exportación falló: </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Any station</source>
        <translation>Cualquier estación</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Ranura</translation>
    </message>
    <message>
        <source>Any slot</source>
        <translation>Cualquier ranura</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operario</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Cualquier operario</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Cualquier destino</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Clase de error</translation>
    </message>
    <message>
        <source>Any error class</source>
        <translation>Cualquier clase de error</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Not passed (FAIL, SCRAP, Aborted)</source>
        <translation>No superado (FALLO, DESECHO, Cancelado)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>Desde (hora local)</translation>
    </message>
    <message>
        <source>Until (not included)</source>
        <translation>Hasta (no incluido)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Device ID or serial</source>
        <translation>ID del dispositivo o número de serie</translation>
    </message>
    <message>
        <source>station {value}</source>
        <translation>estación {value}</translation>
    </message>
    <message>
        <source>slot {value}</source>
        <translation>ranura {value}</translation>
    </message>
    <message>
        <source>operator {value}</source>
        <translation>operario {value}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>destino {value}</translation>
    </message>
    <message>
        <source>error class {value}</source>
        <translation>clase de error {value}</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Device ID or hardware serial contains…</source>
        <translation>El ID del dispositivo o el número de serie contiene…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>{since} to {until}</source>
        <translation>de {since} a {until}</translation>
    </message>
    <message>
        <source>device/serial contains “{text}”</source>
        <translation>dispositivo/número de serie contiene «{text}»</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>todos los intentos</translation>
    </message>
</context>
<context>
    <name>FleetDialogs</name>
    <message>
        <source>Only a signed-in supervisor may {what}; nothing was changed.</source>
        <translation>Solo un supervisor con la sesión iniciada puede {what}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Sign in as supervisor (Roles → Sign in as QA / supervisor…), then try again.</source>
        <translation>Inicie sesión como supervisor (Roles → Acceder como calidad / supervisor…) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Passed today</source>
        <translation>Superados hoy</translation>
    </message>
    <message>
        <source>Not passed today</source>
        <translation>No superados hoy</translation>
    </message>
    <message>
        <source>Offline lot</source>
        <translation>Lote sin conexión</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <source>{count} (oldest {wait})</source>
        <translation>{count} (el más antiguo {wait})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Fleet: every station</source>
        <translation>Flota: todas las estaciones</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Attempts of every station…</source>
        <translation>Intentos de todas las estaciones…</translation>
    </message>
    <message>
        <source>Open the QA journal window on the central database (read-only)</source>
        <translation>Abrir la ventana del registro de calidad en la base de datos central (solo lectura)</translation>
    </message>
    <message>
        <source>Sign in with your own QA or supervisor role at {host}, then Refresh.</source>
        <translation>Inicie sesión con su propio rol de calidad o supervisor en {host} y luego pulse Actualizar.</translation>
    </message>
    <message>
        <source>Your role at the centre</source>
        <translation>Su rol en el centro</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Reading the centre…</source>
        <translation>Leyendo el centro…</translation>
    </message>
    <message>
        <source>Signing in at the centre…</source>
        <translation>Iniciando sesión en el centro…</translation>
    </message>
    <message>
        <source>The QA window reads every station&apos;s attempts.</source>
        <translation>La ventana de calidad lee los intentos de todas las estaciones.</translation>
    </message>
    <message>
        <source>{lot} (by {who})</source>
        <translation>{lot} (por {who})</translation>
    </message>
    <message numerus="yes">
        <source>{count} station(s), read at {time}</source>
        <translation>
            <numerusform>{count} estación, leída a las {time}</numerusform>
            <numerusform>{count} estaciones, leídas a las {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an offline lot open</source>
        <translation>
            <numerusform>%n con un lote sin conexión abierto</numerusform>
            <numerusform>%n con un lote sin conexión abierto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silent</source>
        <translation>
            <numerusform>%n en silencio</numerusform>
            <numerusform>%n en silencio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}. Reads again every %n s.</source>
        <translation>
            <numerusform>{summary}. Vuelve a leer cada %n s.</numerusform>
            <numerusform>{summary}. Vuelve a leer cada %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPageAction</name>
    <message>
        <source>Fleet: every station…</source>
        <translation>Flota: todas las estaciones…</translation>
    </message>
</context>
<context>
    <name>FleetSupervisorActions</name>
    <message>
        <source>Fleet: offline lot…</source>
        <translation>Flota: lote sin conexión…</translation>
    </message>
    <message>
        <source>Fleet: release a claim…</source>
        <translation>Flota: liberar una reserva…</translation>
    </message>
</context>
<context>
    <name>IntegrityBadge</name>
    <message>
        <source>Chain not yet verified in this session</source>
        <translation>Cadena aún no verificada en esta sesión</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verificar ahora</translation>
    </message>
    <message>
        <source>Show that attempt</source>
        <translation>Mostrar ese intento</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verificando la cadena…</translation>
    </message>
    <message>
        <source>Verifying the chain… {share} % ({done} of {total} records)</source>
        <translation>Verificando la cadena… {share} % ({done} de {total} registros)</translation>
    </message>
    <message>
        <source>Chain intact: {count} records verified</source>
        <translation>Cadena íntegra: {count} registros verificados</translation>
    </message>
    <message>
        <source>Cannot verify: </source>
        <translation>No se puede verificar: </translation>
    </message>
    <message>
        <source>Verification stopped before the end</source>
        <translation>Verificación detenida antes del final</translation>
    </message>
    <message>
        <source>first bad record #{seq}</source>
        <translation>primer registro erróneo #{seq}</translation>
    </message>
    <message>
        <source>the tables disagree with the records</source>
        <translation>las tablas no coinciden con los registros</translation>
    </message>
    <message>
        <source>Chain BROKEN — {where} (attempt {attempt}): {reason}</source>
        <translation>Cadena ROTA — {where} (intento {attempt}): {reason}</translation>
    </message>
    <message>
        <source>Chain BROKEN — {where}: {reason}</source>
        <translation>Cadena ROTA — {where}: {reason}</translation>
    </message>
    <message>
        <source>Every station&apos;s chain is verified on the station (station journal verify); the centre refuses a journal that forks from what it holds</source>
        <translation>La cadena de cada estación se verifica en la estación (station journal verify); el centro rechaza un registro que se bifurca de lo que ya tiene</translation>
    </message>
</context>
<context>
    <name>KeyRouter</name>
    <message>
        <source>Still starting: the pedal was not taken.</source>
        <extracomment>Sees each scan first (the line&apos;s label check-scan); True when it took the scan.</extracomment>
        <translation>Todavía iniciando: no se aceptó el pedal.</translation>
    </message>
    <message>
        <source>Scanned slot label {label} does not match any slot on this fixture.</source>
        <translation>La etiqueta de ranura escaneada {label} no corresponde a ninguna ranura de este útil.</translation>
    </message>
    <message>
        <source>Check the label, or pick the slot by its number key.</source>
        <translation>Revise la etiqueta o elija la ranura con su tecla numérica.</translation>
    </message>
    <message>
        <source>No slot shows serial {serial}.</source>
        <translation>Ninguna ranura muestra el número de serie {serial}.</translation>
    </message>
    <message>
        <source>Serial {serial} is highlighted.</source>
        <translation>El número de serie {serial} está resaltado.</translation>
    </message>
    <message>
        <source>Slot {slot} took the scanned label.</source>
        <translation>La ranura {slot} tomó la etiqueta escaneada.</translation>
    </message>
</context>
<context>
    <name>LabelRouting</name>
    <message>
        <source>Slots {slots} wait for a label scan; the station cannot tell which unit serial {serial} belongs to.</source>
        <translation>Las ranuras {slots} esperan un escaneo de etiqueta; la estación no sabe a qué unidad pertenece el número de serie {serial}.</translation>
    </message>
    <message>
        <source>Select the slot first (scan its SLOT: label or press its number), then scan the label of the unit in it.</source>
        <translation>Seleccione primero la ranura (escanee su etiqueta SLOT: o pulse su número) y después escanee la etiqueta de la unidad que contiene.</translation>
    </message>
</context>
<context>
    <name>LabelTemplateEditor</name>
    <message>
        <source>Label template</source>
        <translation>Plantilla de etiqueta</translation>
    </message>
    <message>
        <source>Shown for a sample unit: serial %1, device ID %2. Fields: {serial}, {device_id} and {code} (the QR and DataMatrix code).</source>
        <translation>Mostrado para una unidad de ejemplo: número de serie %1, ID de dispositivo %2. Campos: {serial}, {device_id} y {code} (el código QR y DataMatrix).</translation>
    </message>
    <message>
        <source>Start from the built-in label</source>
        <translation>Empezar con la etiqueta incorporada</translation>
    </message>
    <message>
        <source>The built-in label is shown instead.</source>
        <translation>En su lugar se muestra la etiqueta integrada.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>The label draws as the printer will print it.</source>
        <translation>La etiqueta se dibuja tal como la imprimirá la impresora.</translation>
    </message>
    <message>
        <source>Save the label template</source>
        <translation>Guardar la plantilla de etiqueta</translation>
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
        <translation>Las formas de plural en inglés ({path}) faltan o no se pueden leer, así que los recuentos se leen como «2 event(s)».</translation>
    </message>
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
    <name>LineMenu</name>
    <message>
        <source>Acknowledge the failure on the tower</source>
        <translation>Confirmar el fallo en la baliza</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>Reimprimir etiqueta</translation>
    </message>
    <message>
        <source>Checking the scanned label…</source>
        <translation>Comprobando la etiqueta escaneada…</translation>
    </message>
    <message>
        <source>Reprinting the label of slot {slot}…</source>
        <translation>Reimprimiendo la etiqueta de la ranura {slot}…</translation>
    </message>
    <message>
        <source>Slot {slot} has no label to reprint yet.</source>
        <translation>La ranura {slot} aún no tiene etiqueta que reimprimir.</translation>
    </message>
    <message>
        <source>Tower light: {signal}</source>
        <translation>Baliza: {signal}</translation>
    </message>
    <message>
        <source>Tower light: none configured</source>
        <translation>Baliza: ninguna configurada</translation>
    </message>
    <message>
        <source>Tower light: not set yet</source>
        <translation>Baliza: aún sin estado</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} (not printed)</source>
        <translation>Ranura {slot}: {unit} (sin imprimir)</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit}</source>
        <translation>Ranura {slot}: {unit}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>Ranura {slot}</translation>
    </message>
    <message numerus="yes">
        <source>%n to reprint</source>
        <translation>
            <numerusform>%n por reimprimir</numerusform>
            <numerusform>%n por reimprimir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to scan</source>
        <translation>
            <numerusform>%n por escanear</numerusform>
            <numerusform>%n por escanear</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Line ({counts})</source>
        <translation>&amp;Línea ({counts})</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Línea</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Fleet: offline lot</source>
        <translation>Flota: lote sin conexión</translation>
    </message>
    <message>
        <source>Why, for the journal (e.g. central server down)</source>
        <translation>Por qué, para el diario (p. ej. servidor central caído)</translation>
    </message>
    <message>
        <source>Open lot</source>
        <translation>Abrir lote</translation>
    </message>
    <message>
        <source>Close lot</source>
        <translation>Cerrar lote</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>open an offline lot</source>
        <translation>abrir un lote sin conexión</translation>
    </message>
    <message>
        <source>close the offline lot</source>
        <translation>cerrar el lote sin conexión</translation>
    </message>
</context>
<context>
    <name>MesPage</name>
    <message>
        <source>MES: override and waiting results</source>
        <translation>MES: anulación y resultados en espera</translation>
    </message>
    <message>
        <source>Results the MES has not acknowledged</source>
        <translation>Resultados que el MES no ha confirmado</translation>
    </message>
    <message>
        <source>Tries are counted since this station started: a failed send is not journaled. The journal holds each result and, once the MES takes it, its acknowledgement.</source>
        <translation>Los intentos se cuentan desde que se inició esta estación: un envío fallido no se registra. El registro guarda cada resultado y, cuando el MES lo acepta, su confirmación.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Why (required; e.g. the MES ticket number)</source>
        <translation>Motivo (obligatorio; p. ej., el número de incidencia del MES)</translation>
    </message>
    <message>
        <source>Start override</source>
        <translation>Iniciar anulación</translation>
    </message>
    <message>
        <source>End override</source>
        <translation>Terminar anulación</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Let a target with offline policy block go on</source>
        <translation>Dejar continuar un destino con política sin conexión block</translation>
    </message>
    <message>
        <source>While the MES cannot be asked, units of this target are provisioned and their results queued; a refusal from an answering MES is never overridden. Journaled with your name and the reason; one shift at most.</source>
        <translation>Mientras no se pueda consultar al MES, las unidades de este destino se aprovisionan y sus resultados quedan en cola; nunca se anula un rechazo de un MES que responde. Se registra con su nombre y el motivo; como máximo un turno.</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Esperando desde</translation>
    </message>
    <message>
        <source>Tries since start</source>
        <translation>Intentos desde el inicio</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>at the next start of a target that asks the MES</source>
        <translation>en el próximo inicio de un destino que consulte al MES</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Nothing waits: the MES has every result (read at %1).</source>
        <translation>Nada en espera: el MES tiene todos los resultados (leído a las %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) wait for the MES, kept in the journal (read at %1).</source>
        <translation>
            <numerusform>%n resultado espera al MES, guardado en el registro (leído a las %1).</numerusform>
            <numerusform>%n resultados esperan al MES, guardados en el registro (leídos a las %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No target of this station asks the MES.</source>
        <translation>Ningún destino de esta estación consulta al MES.</translation>
    </message>
    <message>
        <source>No override in force for %1.</source>
        <translation>No hay anulación activa para %1.</translation>
    </message>
    <message>
        <source>Override in force for %1 until %2, by %3: %4</source>
        <translation>Anulación activa para %1 hasta las %2, por %3: %4</translation>
    </message>
</context>
<context>
    <name>MesPageAction</name>
    <message>
        <source>MES: override and waiting results…</source>
        <translation>MES: anulación y resultados en espera…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>{message} — What to do: {action}</source>
        <translation>{message} — Qué hacer: {action}</translation>
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
    <message numerus="yes">
        <source>Started %n slot(s).</source>
        <translation>
            <numerusform>Iniciada %n ranura.</numerusform>
            <numerusform>Iniciadas %n ranuras.</numerusform>
        </translation>
    </message>
    <message>
        <source>No slot is ready: load a device and try again.</source>
        <translation>Ninguna ranura está lista: cargue un dispositivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Slot {slot} shows {state}: load a device before starting it.</source>
        <translation>La ranura {slot} muestra {state}: cargue un dispositivo antes de iniciarla.</translation>
    </message>
    <message>
        <source>Slot {slot} did not start ({state}).</source>
        <translation>La ranura {slot} no se inició ({state}).</translation>
    </message>
    <message>
        <source>{problem} (checked {time})</source>
        <translation>{problem} (comprobado a las {time})</translation>
    </message>
    <message>
        <source>checked {time}</source>
        <translation>comprobado a las {time}</translation>
    </message>
    <message>
        <source>Stopping safely: aborting running slots and finishing their journal records…</source>
        <translation>Parada segura: cancelando las ranuras en curso y cerrando sus registros…</translation>
    </message>
    <message>
        <source>Stopping safely…</source>
        <translation>Parada segura…</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Choose a period and press Show summary.</source>
        <translation>Elija un periodo y pulse Mostrar resumen.</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>Ningún intento en este periodo</translation>
    </message>
    <message>
        <source>No failures in this period</source>
        <translation>Ningún fallo en este periodo</translation>
    </message>
    <message>
        <source>failures per error class</source>
        <translation>fallos por clase de error</translation>
    </message>
    <message>
        <source>cumulative share (right axis)</source>
        <translation>porcentaje acumulado (eje derecho)</translation>
    </message>
    <message>
        <source>{label} {count} ({share} % cumulative)</source>
        <translation>{label} {count} ({share} % acumulado)</translation>
    </message>
</context>
<context>
    <name>PasteTokenDialog</name>
    <message>
        <source>Issued token for {target}</source>
        <translation>Token emitido para {target}</translation>
    </message>
    <message>
        <source>Paste the Pairing token (a JWT). It goes straight into the OS keyring; the editor shows only its expiry and what it allows.</source>
        <translation>Pegue el token de Pairing (un JWT). Va directamente al llavero del sistema; el editor solo muestra su caducidad y lo que permite.</translation>
    </message>
    <message>
        <source>Store in keyring</source>
        <translation>Guardar en el llavero</translation>
    </message>
</context>
<context>
    <name>Privilege</name>
    <message>
        <source>view the journal</source>
        <translation>ver el registro</translation>
    </message>
    <message>
        <source>export the journal</source>
        <translation>exportar el registro</translation>
    </message>
    <message>
        <source>change realm targets</source>
        <translation>cambiar los destinos del realm</translation>
    </message>
    <message>
        <source>choose the active target</source>
        <translation>elegir el destino activo</translation>
    </message>
    <message>
        <source>import realm keys or tokens</source>
        <translation>importar claves del realm o tokens</translation>
    </message>
    <message>
        <source>override &apos;already passed&apos;</source>
        <translation>anular «ya superado»</translation>
    </message>
    <message>
        <source>unregister devices (rework)</source>
        <translation>dar de baja dispositivos (retrabajo)</translation>
    </message>
    <message>
        <source>override the MES offline policy</source>
        <translation>anular la política de MES sin conexión</translation>
    </message>
    <message>
        <source>change the touch and pedal settings</source>
        <translation>cambiar los ajustes táctiles y de pedal</translation>
    </message>
</context>
<context>
    <name>QAAccess</name>
    <message>
        <source>Journal (QA)…</source>
        <translation>Registro (calidad)…</translation>
    </message>
    <message>
        <source>Browse, filter, export and summarise the provisioning journal (read-only)</source>
        <translation>Consultar, filtrar, exportar y resumir el registro de aprovisionamiento (solo lectura)</translation>
    </message>
</context>
<context>
    <name>QAColumns</name>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Ranura</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <source>Hardware serial</source>
        <translation>Número de serie del hardware</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operario</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Clase de error</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Sort by {column} (the journal sorts, not the PC)</source>
        <translation>Ordenar por {column} (ordena el registro, no el PC)</translation>
    </message>
    <message>
        <source>(not in the journal)</source>
        <translation>(no está en el registro)</translation>
    </message>
    <message>
        <source>{message}
What the operator was told: {action}</source>
        <translation>{message}
Lo que se le dijo al operario: {action}</translation>
    </message>
    <message>
        <source>{label} (in exports: {raw})</source>
        <translation>{label} (en las exportaciones: {raw})</translation>
    </message>
</context>
<context>
    <name>QAJob</name>
    <message>
        <source>Stopped by the QA user.</source>
        <translation>Detenido por el usuario de calidad.</translation>
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
        <translation>FALLO</translation>
    </message>
    <message>
        <source>SCRAP</source>
        <translation>DESECHO</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>Ya aprovisionado</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Inicio de sesión bloqueado</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Destino cambiado</translation>
    </message>
    <message>
        <source>Active target changed</source>
        <translation>Destino activo cambiado</translation>
    </message>
    <message>
        <source>Realm key imported</source>
        <translation>Clave del realm importada</translation>
    </message>
    <message>
        <source>Token changed</source>
        <translation>Token cambiado</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Unregister failed</source>
        <translation>Baja fallida</translation>
    </message>
    <message>
        <source>Role password changed</source>
        <translation>Contraseña del rol cambiada</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>Etiqueta impresa</translation>
    </message>
    <message>
        <source>Label reprinted</source>
        <translation>Etiqueta reimpresa</translation>
    </message>
    <message>
        <source>Label scanned back</source>
        <translation>Etiqueta escaneada de vuelta</translation>
    </message>
    <message>
        <source>MES check skipped (offline)</source>
        <translation>Consulta al MES omitida (sin conexión)</translation>
    </message>
    <message>
        <source>MES result queued</source>
        <translation>Resultado del MES en cola</translation>
    </message>
    <message>
        <source>MES result acknowledged</source>
        <translation>Resultado del MES confirmado</translation>
    </message>
    <message>
        <source>MES block overridden</source>
        <translation>Bloqueo del MES anulado</translation>
    </message>
    <message>
        <source>Touch and pedal settings changed</source>
        <translation>Ajustes táctiles y de pedal cambiados</translation>
    </message>
    <message>
        <source>OTP (write-once)</source>
        <translation>OTP (una sola escritura)</translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation>Almacenamiento seguro</translation>
    </message>
</context>
<context>
    <name>QAStandIn</name>
    <message>
        <source>Being read again: this row shows what was read before.</source>
        <translation>Se está leyendo de nuevo: esta fila muestra lo leído antes.</translation>
    </message>
</context>
<context>
    <name>QAWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Chain not yet verified in this session ({records} records; Verify now takes a minute or two)</source>
        <translation>Cadena aún no verificada en esta sesión ({records} registros; Verificar ahora tarda uno o dos minutos)</translation>
    </message>
    <message>
        <source>Provisioning journal (QA, read-only) — {0}</source>
        <translation>Registro de aprovisionamiento (calidad, solo lectura) — {0}</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <source>Searching the journal…</source>
        <translation>Buscando en el registro…</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Actualizado {time}</translation>
    </message>
    <message numerus="yes">
        <source>{count} attempt(s) match ({filter})</source>
        <translation>
            <numerusform>{count} intento coincide ({filter})</numerusform>
            <numerusform>{count} intentos coinciden ({filter})</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected attempt does not match the filter any more.</source>
        <translation>El intento seleccionado ya no coincide con el filtro.</translation>
    </message>
    <message>
        <source>That attempt is not in the journal.</source>
        <translation>Ese intento no está en el registro.</translation>
    </message>
    <message>
        <source>Attempt {0} is not in the journal&apos;s attempt table.</source>
        <translation>El intento {0} no está en la tabla de intentos del registro.</translation>
    </message>
    <message>
        <source>Its records may have been removed; keep this journal for investigation.</source>
        <translation>Es posible que sus registros se hayan eliminado; conserve este registro para la investigación.</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>No se puede abrir el registro</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Export shown attempts as CSV…</source>
        <translation>Exportar los intentos mostrados como CSV…</translation>
    </message>
    <message>
        <source>Export shown attempts as JSON Lines…</source>
        <translation>Exportar los intentos mostrados como JSON Lines…</translation>
    </message>
    <message>
        <source>Verify the chain now</source>
        <translation>Verificar la cadena ahora</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ReleaseClaimDialog</name>
    <message>
        <source>Fleet: release a claim for rework</source>
        <translation>Flota: liberar una reserva para retrabajo</translation>
    </message>
    <message>
        <source>Why, for the journal (e.g. rework RMA-1234)</source>
        <translation>Por qué, para el diario (p. ej. retrabajo RMA-1234)</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Liberar reserva</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
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
        <translation>Contraseña de supervisor de esta estación</translation>
    </message>
    <message>
        <source>Your role at the centre</source>
        <translation>Su rol en el centro</translation>
    </message>
    <message>
        <source>Its password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>release a claim</source>
        <translation>liberar una reserva</translation>
    </message>
    <message>
        <source>Releasing at the centre…</source>
        <translation>Liberando en el centro…</translation>
    </message>
</context>
<context>
    <name>ReworkDialog</name>
    <message>
        <source>Not on a slot</source>
        <translation>Fuera de ranura</translation>
    </message>
    <message>
        <source>Rework: unregister a device</source>
        <translation>Retrabajo: dar de baja un dispositivo</translation>
    </message>
    <message>
        <source>Target {name}: realm {realm} at {url}</source>
        <translation>Destino {name}: realm {realm} en {url}</translation>
    </message>
    <message>
        <source>22-character Astarte device ID</source>
        <translation>ID de dispositivo Astarte de 22 caracteres</translation>
    </message>
    <message>
        <source>Check storage</source>
        <translation>Comprobar almacenamiento</translation>
    </message>
    <message>
        <source>Check the device&apos;s storage first.</source>
        <translation>Compruebe primero el almacenamiento del dispositivo.</translation>
    </message>
    <message>
        <source>I understand: this unit may never hold working credentials again.</source>
        <translation>Entiendo: esta unidad quizá nunca vuelva a tener credenciales válidas.</translation>
    </message>
    <message>
        <source>Why (required; e.g. &apos;returned by customer, RMA 4711&apos;)</source>
        <translation>Por qué (obligatorio; p. ej., &apos;devuelto por el cliente, RMA 4711&apos;)</translation>
    </message>
    <message>
        <source>Unregister device</source>
        <translation>Dar de baja el dispositivo</translation>
    </message>
    <message>
        <source>Allow provisioning again (override &apos;already passed&apos;)</source>
        <translation>Permitir aprovisionar de nuevo (anular &apos;ya pasó&apos;)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Ranura</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Slot {slot}: {device}</source>
        <translation>Ranura {slot}: {device}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>Ranura {slot}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The device on slot {slot} is {device}, not {typed}.</source>
        <translation>El dispositivo de la ranura {slot} es {device}, no {typed}.</translation>
    </message>
    <message>
        <source>Choose the right slot, or clear the device ID to use the slot&apos;s.</source>
        <translation>Elija la ranura correcta o borre el ID para usar el de la ranura.</translation>
    </message>
    <message>
        <source>{message}
What to do: {action}</source>
        <translation>{message}
Qué hacer: {action}</translation>
    </message>
    <message>
        <source>The storage could not be checked: </source>
        <translation>No se pudo comprobar el almacenamiento: </translation>
    </message>
    <message>
        <source>Unregistering…</source>
        <translation>Dando de baja…</translation>
    </message>
    <message>
        <source>Device {device} is unregistered from realm {realm}. It can be registered again; allow provisioning it again when it is back on a slot.</source>
        <translation>El dispositivo {device} se dio de baja del realm {realm}. Puede registrarse de nuevo; permita aprovisionarlo otra vez cuando vuelva a una ranura.</translation>
    </message>
    <message>
        <source>Not unregistered: </source>
        <translation>No dado de baja: </translation>
    </message>
    <message>
        <source>Override recorded: slot {slot} may provision a device that already passed. It ends after that attempt or when the supervisor session ends.</source>
        <translation>Anulación registrada: la ranura {slot} puede aprovisionar un dispositivo que ya pasó. Termina tras ese intento o al cerrar la sesión del supervisor.</translation>
    </message>
    <message>
        <source>Override recorded: the next attempt on any slot may provision a device that already passed. It ends after that attempt or when the supervisor session ends.</source>
        <translation>Anulación registrada: el próximo intento en cualquier ranura puede aprovisionar un dispositivo que ya pasó. Termina tras ese intento o al cerrar la sesión del supervisor.</translation>
    </message>
    <message>
        <source>Not allowed: </source>
        <translation>No permitido: </translation>
    </message>
    <message>
        <source>{name} is signed in as {role}; only a supervisor may unregister devices.</source>
        <translation>{name} ha iniciado sesión como {role}; solo un supervisor puede dar de baja dispositivos.</translation>
    </message>
    <message>
        <source>Ask a supervisor to sign in (Roles menu).</source>
        <translation>Pida a un supervisor que inicie sesión (menú Roles).</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Operator</source>
        <translation>Operario</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>Calidad</translation>
    </message>
</context>
<context>
    <name>RoleController</name>
    <message>
        <source>The privileged session was locked after {minutes} min without input; sign in again to continue.</source>
        <translation>La sesión privilegiada se bloqueó tras {minutes} min sin actividad; inicie sesión de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Needs a supervisor sign-in ({privilege}).</source>
        <translation>Requiere que un supervisor inicie sesión ({privilege}).</translation>
    </message>
</context>
<context>
    <name>RoleSignInDialog</name>
    <message>
        <source>QA / supervisor sign-in</source>
        <translation>Acceso de calidad / supervisor</translation>
    </message>
    <message>
        <source>Sign in for privileged work</source>
        <translation>Inicie sesión para tareas con privilegios</translation>
    </message>
    <message>
        <source>Your name (recorded in the journal)</source>
        <translation>Su nombre (se anota en el registro)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in is locked after repeated wrong passwords.</source>
        <translation>El acceso está bloqueado tras varias contraseñas incorrectas.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>You may try again.</source>
        <translation>Puede volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SetupNeededDialog</name>
    <message>
        <source>The station is not set up yet</source>
        <translation>La estación aún no está configurada</translation>
    </message>
    <message>
        <source>This station has no configuration yet.</source>
        <translation>Esta estación aún no tiene configuración.</translation>
    </message>
    <message>
        <source>A supervisor sets the station up: write the configuration file at the path above (which fixture, the port of each slot, the Astarte realm; docs/configuration.md has a complete example), check it with the command below, then press Try again.</source>
        <translation>Un supervisor configura la estación: escriba el archivo de configuración en la ruta de arriba (qué útil, el puerto de cada ranura, el realm de Astarte; docs/configuration.md tiene un ejemplo completo), compruébelo con el comando de abajo y pulse Reintentar.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>La estación no puede iniciarse</translation>
    </message>
    <message>
        <source>Correct the configuration, then press Try again.</source>
        <translation>Corrija la configuración y pulse Reintentar.</translation>
    </message>
    <message>
        <source>The station looks for its configuration at:
{path}</source>
        <translation>La estación busca su configuración en:
{path}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Qué hacer: {action}</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copiar el comando</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Operator sign-in</source>
        <translation>Acceso del operario</translation>
    </message>
    <message>
        <source>Who is operating this station?</source>
        <translation>¿Quién maneja esta estación?</translation>
    </message>
    <message>
        <source>Your name is recorded in the journal with every device you provision.</source>
        <translation>Su nombre se anota en el registro con cada dispositivo que aprovisione.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SlotTile</name>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Qué hacer: {action}</translation>
    </message>
    <message>
        <source>Slot {slot}: {state}</source>
        <translation>Ranura {slot}: {state}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>Ranura {slot}</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <source>■ Abort</source>
        <translation>■ Parar</translation>
    </message>
    <message>
        <source>✓ Clear</source>
        <translation>✓ Borrar</translation>
    </message>
    <message>
        <source>◀ scanned</source>
        <translation>◀ escaneado</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Cannot register</source>
        <translation>No se puede registrar</translation>
    </message>
    <message>
        <source>○ No device</source>
        <translation>○ Vacía</translation>
    </message>
    <message>
        <source>● Loaded</source>
        <translation>● Cargado</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>SCRAP</source>
        <translation>DESECHO</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>Ya aprovisionado</translation>
    </message>
    <message>
        <source>Pairing OK</source>
        <translation>Pairing OK</translation>
    </message>
    <message>
        <source>Pairing unreachable</source>
        <translation>Pairing inaccesible</translation>
    </message>
    <message>
        <source>Pairing: checking…</source>
        <translation>Pairing: comprobando…</translation>
    </message>
</context>
<context>
    <name>StationApp</name>
    <message>
        <source>The station cannot start</source>
        <extracomment>The `[line]` settings the window takes, read again on each (re)start: pedal key, touch mode.</extracomment>
        <translation>La estación no puede iniciarse</translation>
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
        <translation>{step} {duration} falló</translation>
    </message>
    <message>
        <source>total {duration}</source>
        <translation>total {duration}</translation>
    </message>
    <message>
        <source>No steps recorded</source>
        <translation>No se registraron pasos</translation>
    </message>
    <message>
        <source>{duration}  ✗ failed</source>
        <translation>{duration}  ✗ falló</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Error class</source>
        <translation>Clase de error</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>Desechados</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation>Rendimiento a la primera</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>Unidades por hora</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>No identificados</translation>
    </message>
    <message>
        <source>Provisioning summary</source>
        <translation>Resumen del aprovisionamiento</translation>
    </message>
    <message>
        <source>{passed} (including {recovered} recovered after a restart)</source>
        <translation>{passed} (incluidos {recovered} recuperados tras un reinicio)</translation>
    </message>
    <message>
        <source>{yield_} ({first} of {devices} devices)</source>
        <translation>{yield_} ({first} de {devices} dispositivos)</translation>
    </message>
    <message>
        <source>{count} attempt (not in the yield)</source>
        <translation>{count} intento (no cuenta en el rendimiento)</translation>
    </message>
    <message>
        <source>{count} attempts (not in the yield)</source>
        <translation>{count} intentos (no cuentan en el rendimiento)</translation>
    </message>
    <message>
        <source>— (only {active} of production)</source>
        <translation>— (solo {active} de producción)</translation>
    </message>
    <message>
        <source>{rate} (over {active} of active production)</source>
        <translation>{rate} (sobre {active} de producción activa)</translation>
    </message>
    <message>
        <source>Cannot write the PDF report to {path}.</source>
        <translation>No se puede escribir el informe PDF en {path}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Elija una carpeta en la que pueda escribir y con espacio libre.</translation>
    </message>
    <message>
        <source>The PDF report {path} was not written.</source>
        <translation>El informe PDF {path} no se escribió.</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Período: {period}</translation>
    </message>
    <message>
        <source>Attempts included: {scope}</source>
        <translation>Intentos incluidos: {scope}</translation>
    </message>
    <message>
        <source>Journal: {journal}</source>
        <translation>Registro: {journal}</translation>
    </message>
    <message>
        <source>Journal integrity: {state}</source>
        <translation>Integridad del registro: {state}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Impreso {time}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Failures by error class (Pareto)</source>
        <translation>Fallos por clase de error (Pareto)</translation>
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
        <translation>Día</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Hasta (incluido)</translation>
    </message>
    <message>
        <source>Choose a period and press Show summary.</source>
        <translation>Elija un período y pulse Mostrar resumen.</translation>
    </message>
    <message>
        <source>Only attempts matching the table&apos;s other filters</source>
        <translation>Solo los intentos que coinciden con los demás filtros de la tabla</translation>
    </message>
    <message>
        <source>Show summary</source>
        <translation>Mostrar resumen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>{shift} ({start}–{end})</source>
        <translation>{shift} ({start}–{end})</translation>
    </message>
    <message>
        <source>{shift} shift of {day} ({hours})</source>
        <translation>turno de {shift} del {day} ({hours})</translation>
    </message>
    <message>
        <source>The date range ends before it begins.</source>
        <translation>El intervalo de fechas termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose a &apos;To&apos; date on or after &apos;From&apos;.</source>
        <translation>Elija una fecha «Hasta» igual o posterior a «Desde».</translation>
    </message>
    <message>
        <source>{first} to {last} (whole days)</source>
        <translation>de {first} a {last} (días completos)</translation>
    </message>
    <message>
        <source>{start}–{end} local time</source>
        <translation>{start}–{end} hora local</translation>
    </message>
    <message>
        <source>matching the table&apos;s filters ({filter}), period as above</source>
        <translation>que coinciden con los filtros de la tabla ({filter}), período como arriba</translation>
    </message>
    <message>
        <source>every attempt started in the period</source>
        <translation>cada intento iniciado en el período</translation>
    </message>
    <message>
        <source>Computing the summary for {period}…</source>
        <translation>Calculando el resumen de {period}…</translation>
    </message>
    <message>
        <source>Summary for {period}; {scope}.</source>
        <translation>Resumen de {period}; {scope}.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>There is no summary to print yet.</source>
        <translation>Todavía no hay ningún resumen para imprimir.</translation>
    </message>
    <message>
        <source>Press Show summary first.</source>
        <translation>Pulse primero Mostrar resumen.</translation>
    </message>
    <message>
        <source>PDF report written to {path}.</source>
        <translation>Informe PDF escrito en {path}.</translation>
    </message>
</context>
<context>
    <name>SupervisorTools</name>
    <message>
        <source>Sign in as QA / supervisor…</source>
        <translation>Acceder como calidad / supervisor…</translation>
    </message>
    <message>
        <source>Sign out (back to operator)</source>
        <translation>Cerrar sesión (volver a operario)</translation>
    </message>
    <message>
        <source>Targets and keys…</source>
        <translation>Destinos y claves…</translation>
    </message>
    <message>
        <source>Rework: unregister a device…</source>
        <translation>Retrabajo: dar de baja un dispositivo…</translation>
    </message>
    <message>
        <source>Role: {role} ({name})</source>
        <translation>Rol: {role} ({name})</translation>
    </message>
    <message>
        <source>the supervisor session ended</source>
        <translation>la sesión del supervisor terminó</translation>
    </message>
    <message>
        <source>This station&apos;s engine cannot apply an override from the screen.</source>
        <translation>El motor de esta estación no puede aplicar una anulación desde la pantalla.</translation>
    </message>
    <message>
        <source>Provision the device with `station rework reprovision --slots SLOT --reason WHY`.</source>
        <translation>Aprovisione el dispositivo con `station rework reprovision --slots SLOT --reason WHY`.</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>la ranura {slot}</translation>
    </message>
    <message>
        <source>the next attempt</source>
        <translation>el próximo intento</translation>
    </message>
    <message>
        <source>Supervisor override: {where} may provision a device that already passed.</source>
        <translation>Anulación del supervisor: {where} puede aprovisionar un dispositivo que ya superó.</translation>
    </message>
    <message>
        <source>Load the reworked device and press Provision.</source>
        <translation>Cargue el dispositivo retrabajado y pulse Aprovisionar.</translation>
    </message>
    <message>
        <source>The &apos;already passed&apos; override has ended ({why}).</source>
        <translation>La anulación «ya superado» ha terminado ({why}).</translation>
    </message>
    <message>
        <source>slot {slot} finished its attempt</source>
        <translation>la ranura {slot} terminó su intento</translation>
    </message>
    <message>
        <source>The active target is now {target} (realm {realm})</source>
        <translation>El destino activo es ahora {target} (realm {realm})</translation>
    </message>
    <message>
        <source>The settings of target {target} (realm {realm}) changed</source>
        <translation>Los ajustes del destino {target} (realm {realm}) cambiaron</translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation>{what}.</translation>
    </message>
    <message>
        <source>Restart the station to provision with them.</source>
        <translation>Reinicie la estación para aprovisionar con ellos.</translation>
    </message>
    <message>
        <source>{what}; the screen restarts to use it when no slot is working.</source>
        <translation>{what}; la pantalla se reinicia para usarlo cuando ninguna ranura esté trabajando.</translation>
    </message>
    <message>
        <source>Now provisioning with target {target} (realm {realm}) as saved; the shift counters and each slot&apos;s last result were kept, and {name} is still signed in.</source>
        <translation>Aprovisionando ahora con el destino {target} (realm {realm}) tal como se guardó; se conservaron los contadores del turno y el último resultado de cada ranura, y {name} sigue con la sesión iniciada.</translation>
    </message>
    <message>
        <source>Now provisioning with target {target} (realm {realm}) as saved; the shift counters and each slot&apos;s last result were kept.</source>
        <translation>Aprovisionando ahora con el destino {target} (realm {realm}) tal como se guardó; se conservaron los contadores del turno y el último resultado de cada ranura.</translation>
    </message>
</context>
<context>
    <name>TargetField</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pairing URL</source>
        <translation>URL de Pairing</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Token source</source>
        <translation>Origen del token</translation>
    </message>
    <message>
        <source>Token lifetime (s)</source>
        <translation>Duración del token (s)</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Comando del token</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Paquete de CA</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <source>UUIDv5 namespace</source>
        <translation>Espacio de nombres UUIDv5</translation>
    </message>
    <message>
        <source>Identity field</source>
        <translation>Campo de identidad</translation>
    </message>
    <message>
        <source>Accepted storage</source>
        <translation>Almacenamiento aceptado</translation>
    </message>
    <message>
        <source>Initial introspection</source>
        <translation>Introspección inicial</translation>
    </message>
    <message>
        <source>Registrations in flight</source>
        <translation>Registros simultáneos</translation>
    </message>
    <message>
        <source>Serial allowlist</source>
        <translation>Lista de números de serie permitidos</translation>
    </message>
    <message>
        <source>&apos;Confirmed&apos; counts as pass</source>
        <translation>«Confirmado» cuenta como superado</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Imprimir etiquetas</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>Plantilla de etiqueta</translation>
    </message>
    <message>
        <source>Check-scan labels</source>
        <translation>Escaneo de control de etiquetas</translation>
    </message>
    <message>
        <source>Check-scan deadline (s)</source>
        <translation>Plazo del escaneo de control (s)</translation>
    </message>
    <message>
        <source>MES recipe</source>
        <translation>Receta MES</translation>
    </message>
    <message>
        <source>MES offline</source>
        <translation>MES sin conexión</translation>
    </message>
    <message>
        <source>Names the target here and its keyring entries; letters, digits, . _ -</source>
        <translation>Nombra el destino aquí y sus entradas del llavero; letras, dígitos, . _ -</translation>
    </message>
    <message>
        <source>e.g. https://api.astarte.example.com/pairing</source>
        <translation>p. ej. https://api.astarte.example.com/pairing</translation>
    </message>
    <message>
        <source>Lower-case letters and digits, starting with a letter</source>
        <translation>Letras minúsculas y dígitos, empezando por una letra</translation>
    </message>
    <message>
        <source>Realm key or issued token in the keyring, or a command</source>
        <translation>Clave del realm o token emitido en el llavero, o un comando</translation>
    </message>
    <message>
        <source>Minted tokens live this long: {low} to {high} s</source>
        <translation>Duración de los tokens generados: de {low} a {high} s</translation>
    </message>
    <message>
        <source>Program and arguments, one per line</source>
        <translation>Programa y argumentos, uno por línea</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the Astarte certificate</source>
        <translation>Archivo PEM de la CA que firmó el certificado de Astarte</translation>
    </message>
    <message>
        <source>From the device, or UUIDv5 over an identity field</source>
        <translation>Del dispositivo, o UUIDv5 sobre un campo de identidad</translation>
    </message>
    <message>
        <source>The product line&apos;s namespace UUID</source>
        <translation>El UUID del espacio de nombres de la línea de producto</translation>
    </message>
    <message>
        <source>Which identity field the UUIDv5 is taken over</source>
        <translation>Sobre qué campo de identidad se calcula el UUIDv5</translation>
    </message>
    <message>
        <source>Storage kinds this target provisions</source>
        <translation>Tipos de almacenamiento que aprovisiona este destino</translation>
    </message>
    <message>
        <source>One per line: interface major.minor</source>
        <translation>Una por línea: interfaz major.minor</translation>
    </message>
    <message>
        <source>{low} to {high} at once; Slot count when unset</source>
        <translation>De {low} a {high} a la vez; sin valor, el número de ranuras</translation>
    </message>
    <message>
        <source>Regular expression the whole serial matches</source>
        <translation>Expresión regular con la que coincide el número de serie completo</translation>
    </message>
    <message>
        <source>At the cloud check</source>
        <translation>En la comprobación en la nube</translation>
    </message>
    <message>
        <source>After each PASS, on the line&apos;s label printer</source>
        <translation>Tras cada OK, en la impresora de etiquetas de la línea</translation>
    </message>
    <message>
        <source>ZPL file; empty: the built-in 2 x 1 inch label</source>
        <translation>Archivo ZPL; vacío: la etiqueta integrada de 2 x 1 pulgadas</translation>
    </message>
    <message>
        <source>Scan each printed label back before the unit leaves</source>
        <translation>Escanee cada etiqueta impresa antes de que salga la unidad</translation>
    </message>
    <message>
        <source>How long a unit waits for its label&apos;s scan: {low} to {high} s</source>
        <translation>Cuánto espera una unidad el escaneo de su etiqueta: de {low} a {high} s</translation>
    </message>
    <message>
        <source>Empty: the MES is not asked for this target</source>
        <translation>Vacío: no se consulta al MES para este destino</translation>
    </message>
    <message>
        <source>Block, or allow and queue the results</source>
        <translation>Bloquear, o permitir y poner en cola los resultados</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Realm key in the OS keyring</source>
        <translation>Clave del realm en el llavero del sistema</translation>
    </message>
    <message>
        <source>Issued token in the OS keyring</source>
        <translation>Token emitido en el llavero del sistema</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>Comando del token</translation>
    </message>
    <message>
        <source>Reported by the device</source>
        <translation>Informado por el dispositivo</translation>
    </message>
    <message>
        <source>UUIDv5 of an identity field</source>
        <translation>UUIDv5 de un campo de identidad</translation>
    </message>
    <message>
        <source>Correct the field marked in the form.</source>
        <translation>Corrija el campo marcado en el formulario.</translation>
    </message>
    <message>
        <source>One argument per line, the program first</source>
        <translation>Un argumento por línea, primero el programa</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs only</source>
        <translation>Vacío: solo las CA de confianza del sistema</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Slot count</source>
        <translation>Número de ranuras</translation>
    </message>
    <message>
        <source>Empty: every serial</source>
        <translation>Vacío: cualquier número de serie</translation>
    </message>
    <message>
        <source>A device Astarte reports as confirmed passes</source>
        <translation>Un dispositivo que Astarte informa como confirmado se da por superado</translation>
    </message>
    <message>
        <source>Print the unit&apos;s label after each PASS</source>
        <translation>Imprimir la etiqueta de la unidad tras cada OK</translation>
    </message>
    <message>
        <source>Empty: the built-in 2 x 1 inch label</source>
        <translation>Vacío: la etiqueta integrada de 2 x 1 pulgadas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Scan each printed label back before the unit leaves</source>
        <extracomment>Where a relative `label_template` is taken from (the configuration file&apos;s folder).</extracomment>
        <translation>Escanee cada etiqueta impresa antes de que salga la unidad</translation>
    </message>
    <message>
        <source>Empty: the MES is not asked</source>
        <translation>Vacío: no se consulta al MES</translation>
    </message>
    <message>
        <source>Block: no unit while the MES cannot be asked</source>
        <translation>Bloquear: ninguna unidad mientras no se pueda consultar al MES</translation>
    </message>
    <message>
        <source>Allow and queue the results</source>
        <translation>Permitir y poner en cola los resultados</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>Paquete de CA (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Line {n} ({line!r}) is not &apos;interface major.minor&apos;, e.g. &apos;{example}&apos;.</source>
        <translation>La línea {n} ({line!r}) no es «interfaz major.minor», p. ej. «{example}».</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <source>Realm targets and keys</source>
        <translation>Destinos del realm y claves</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuevo destino</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Why (recorded in the journal with the change)</source>
        <translation>Por qué (se anota en el registro con el cambio)</translation>
    </message>
    <message>
        <source>Save target</source>
        <translation>Guardar destino</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Active target per fixture</source>
        <translation>Destino activo por útil</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Activar</translation>
    </message>
    <message numerus="yes">
        <source>ℹ {target} is the active target of fixture {fixtures}: saving a change restarts the operator screen on it as soon as no slot is working. The shift counters, each slot&apos;s last result and your sign-in are kept.</source>
        <translation>
            <numerusform>ℹ {target} es el destino activo del útil {fixtures}: guardar un cambio reinicia la pantalla del operario con él en cuanto ninguna ranura esté trabajando. Se conservan los contadores del turno, el último resultado de cada ranura y su sesión.</numerusform>
            <numerusform>ℹ {target} es el destino activo de los útiles {fixtures}: guardar un cambio reinicia la pantalla del operario con él en cuanto ninguna ranura esté trabajando. Se conservan los contadores del turno, el último resultado de cada ranura y su sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>the new target</source>
        <translation>el nuevo destino</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to {target}?</source>
        <translation>¿Descartar los cambios sin guardar de {target}?</translation>
    </message>
    <message>
        <source>Cancel goes back to the editor; Save target keeps the changes.</source>
        <translation>Cancelar vuelve al editor; Guardar destino conserva los cambios.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>No guardado: </translation>
    </message>
    <message>
        <source>Not done: </source>
        <translation>No realizado: </translation>
    </message>
    <message>
        <source>Target {target!r} saved.</source>
        <translation>Destino {target!r} guardado.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Target {target!r} deleted, with its keyring entries.</source>
        <translation>Destino {target!r} eliminado, con sus entradas del llavero.</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <source>Fixture {fixture} now provisions into {target!r}.</source>
        <translation>El útil {fixture} ahora aprovisiona en {target!r}.</translation>
    </message>
    <message>
        <source>Saving the active target</source>
        <translation>Guardando el destino activo</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}; only a supervisor may open the target editor.</source>
        <translation>{name} ha iniciado sesión como {role}; solo un supervisor puede abrir el editor de destinos.</translation>
    </message>
    <message>
        <source>Ask a supervisor to sign in (Roles menu).</source>
        <translation>Pida a un supervisor que inicie sesión (menú Roles).</translation>
    </message>
</context>
<context>
    <name>TouchPage</name>
    <message>
        <source>Touch and foot pedal</source>
        <translation>Táctil y pedal</translation>
    </message>
    <message>
        <source>Touch mode: every control at least 15 mm, for gloves</source>
        <translation>Modo táctil: cada control de al menos 15 mm, para guantes</translation>
    </message>
    <message>
        <source>No pedal</source>
        <translation>Sin pedal</translation>
    </message>
    <message>
        <source>Why (for the journal)</source>
        <translation>Por qué (para el registro)</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>Guardar y aplicar</translation>
    </message>
    <message>
        <source>Foot pedal key</source>
        <translation>Tecla del pedal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The operator screen takes these over as soon as they are saved. The pedal must be set to send the key named here (its own software does that).</source>
        <translation>La pantalla del operador los aplica en cuanto se guardan. El pedal debe enviar la tecla indicada aquí (lo configura su propio software).</translation>
    </message>
    <message>
        <source>Saved; the operator screen uses them now.</source>
        <translation>Guardado; la pantalla del operador ya los usa.</translation>
    </message>
</context>
<context>
    <name>TouchPageAction</name>
    <message>
        <source>Touch and foot pedal…</source>
        <translation>Táctil y pedal…</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Touch mode is now %1; foot pedal key: %2.</source>
        <translation>El modo táctil está ahora %1; tecla del pedal: %2.</translation>
    </message>
</context>
</TS>
