"""The messages of station/catalogue/fleet.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP

# fmt: off
TEXTS: dict[str, str] = {
    "fleet.bad_role_name": QT_TRANSLATE_NOOP("EngineMessage", "{name} cannot be a fleet role name."),
    "fleet.bad_role_name.action": QT_TRANSLATE_NOOP("EngineMessage", "Use the station's ID (e.g. line-a), not a reserved or group name."),
    "fleet.claim.done": QT_TRANSLATE_NOOP("EngineMessage", "Device {device_id} in slot {slot} was already provisioned by station {holder} ({when}). It was not registered again."),
    "fleet.claim.done.action": QT_TRANSLATE_NOOP("EngineMessage", "Take the device out of slot {slot} and give it to the supervisor: either it was provisioned before, or two units carry the same hardware ID."),
    "fleet.claim.held": QT_TRANSLATE_NOOP("EngineMessage", "Device {device_id} in slot {slot} is being provisioned by station {holder} right now (since {when}). It was not registered here."),
    "fleet.claim.held.action": QT_TRANSLATE_NOOP("EngineMessage", "Take the device out of slot {slot} and give it to the supervisor: two units with the same hardware ID are on two lines."),
    "fleet.claim.no_answer": QT_TRANSLATE_NOOP("EngineMessage", "The centre gave no answer to the claim of {device_id}."),
    "fleet.claim.unreachable": QT_TRANSLATE_NOOP("EngineMessage", "The central database did not answer a claim ({reason})."),
    "fleet.claim.unreachable.action": QT_TRANSLATE_NOOP("EngineMessage", "New devices are not registered until the centre answers again; check the network to the central server."),
    "fleet.forked.action": QT_TRANSLATE_NOOP("EngineMessage", "Shipping is stopped and nothing is lost locally. Ask plant IT to compare this journal with the centre before shipping again (docs/fleet.md, 'Forked journal')."),
    "fleet.forked.already": QT_TRANSLATE_NOOP("EngineMessage", "The centre already holds a different event {seq} for journal {journal_id}: this journal was restored from an older backup or forked."),
    "fleet.forked.behind": QT_TRANSLATE_NOOP("EngineMessage", "The centre holds events up to seq {acked} of journal {journal_id}, but the local journal ends at seq {local}: it was restored from an older backup."),
    "fleet.forked.event": QT_TRANSLATE_NOOP("EngineMessage", "The centre holds a different event {seq} for journal {journal_id}: this journal was restored from an older backup or forked."),
    "fleet.forked.other_id": QT_TRANSLATE_NOOP("EngineMessage", "Events of this station's journal are already at the centre under another journal ID (the journal was copied or restored): {detail}"),
    "fleet.lease_lost.action": QT_TRANSLATE_NOOP("EngineMessage", "Put the device from slot {slot} aside for the supervisor (rework)."),
    "fleet.lease_lost.lock": QT_TRANSLATE_NOOP("EngineMessage", "This station's claim on device {device_id} ran out and another station took it; it was not locked (slot {slot})."),
    "fleet.lease_lost.write": QT_TRANSLATE_NOOP("EngineMessage", "This station's claim on device {device_id} ran out and another station took it; no secret was written to it (slot {slot})."),
    "fleet.lot.already_open": QT_TRANSLATE_NOOP("EngineMessage", "Offline lot {lot} is already open (by {by}, {since} UTC). Nothing was changed."),
    "fleet.lot.already_open.action": QT_TRANSLATE_NOOP("EngineMessage", "Close it first (`station fleet lot close`) if a new lot is meant."),
    "fleet.lot.none_open": QT_TRANSLATE_NOOP("EngineMessage", "No offline lot is open on this station. Nothing was changed."),
    "fleet.lot.none_open.action": QT_TRANSLATE_NOOP("EngineMessage", "`station fleet lot status` shows the station's lot state."),
    "fleet.never_initialised": QT_TRANSLATE_NOOP("EngineMessage", "The database {database} on {host} was never initialised for the fleet."),
    "fleet.never_initialised.action": QT_TRANSLATE_NOOP("EngineMessage", "Plant IT runs `station fleet init-db` once, as the database superuser."),
    "fleet.newer_schema": QT_TRANSLATE_NOOP("EngineMessage", "The central database has fleet schema version {found}; this station understands up to {known}. Nothing was changed."),
    "fleet.newer_schema.action": QT_TRANSLATE_NOOP("EngineMessage", "Upgrade the station software to the version the other stations run."),
    "fleet.no_claim_to_release": QT_TRANSLATE_NOOP("EngineMessage", "No claim on device {device_id} in realm {realm} to release: it was never claimed in this fleet, or it was released already. Nothing was changed."),
    "fleet.no_claim_to_release.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the device ID and the realm (`--realm`); the station's rework check shows the device's state."),
    "fleet.no_connection": QT_TRANSLATE_NOOP("EngineMessage", "The central database has no free connection for role {role}."),
    "fleet.no_connection.action": QT_TRANSLATE_NOOP("EngineMessage", "Close other station programs using this role, or ask plant IT to raise max_connections."),
    "fleet.no_database": QT_TRANSLATE_NOOP("EngineMessage", "There is no database {database} on {host}:{port}."),
    "fleet.no_database.action": QT_TRANSLATE_NOOP("EngineMessage", "Check [fleet] database, or ask plant IT to create it and run `station fleet init-db`."),
    "fleet.no_grants": QT_TRANSLATE_NOOP("EngineMessage", "Role {role} may log in but has no rights on the fleet schema."),
    "fleet.no_grants.action": QT_TRANSLATE_NOOP("EngineMessage", "Plant IT runs `station fleet add-station {role}`: it puts the role in the `stations` group."),
    "fleet.no_login": QT_TRANSLATE_NOOP("EngineMessage", "The central database does not let role {role} log in from this PC."),
    "fleet.no_login.action": QT_TRANSLATE_NOOP("EngineMessage", "Ask plant IT to run `station fleet add-station {role}` and to allow this PC in pg_hba.conf."),
    "fleet.not_a_supervisor": QT_TRANSLATE_NOOP("EngineMessage", "The centre refused: role {role} is not a fleet supervisor, so it may not release the claim on {device_id}. Nothing was changed."),
    "fleet.not_a_supervisor.action": QT_TRANSLATE_NOOP("EngineMessage", "Sign in with your own supervisor role (`--as NAME`); plant IT makes one with `station fleet add-supervisor NAME`."),
    "fleet.not_completed": QT_TRANSLATE_NOOP("EngineMessage", "The centre did not record device {device_id} as provisioned by this station (its claim was taken over)."),
    "fleet.not_completed.action": QT_TRANSLATE_NOOP("EngineMessage", "Put the device from slot {slot} aside for the supervisor: it holds working credentials but the fleet does not know it is done."),
    "fleet.not_qa.attempts": QT_TRANSLATE_NOOP("EngineMessage", "Role {role} may not read the fleet's attempts."),
    "fleet.not_qa.attempts.action": QT_TRANSLATE_NOOP("EngineMessage", "Sign in with a QA or supervisor role at the centre; plant IT makes one with `station fleet add-qa NAME`."),
    "fleet.not_qa.history": QT_TRANSLATE_NOOP("EngineMessage", "Role {role} may not read the fleet's history."),
    "fleet.not_qa.history.action": QT_TRANSLATE_NOOP("EngineMessage", "Use a QA or supervisor role (`station fleet add-qa NAME`, `station fleet add-supervisor NAME`)."),
    "fleet.older_schema": QT_TRANSLATE_NOOP("EngineMessage", "The central database has fleet schema version {found}; this station needs {needed}."),
    "fleet.older_schema.action": QT_TRANSLATE_NOOP("EngineMessage", "Plant IT runs `station fleet init-db` with this station version to migrate it."),
    "fleet.reason_too_short": QT_TRANSLATE_NOOP("EngineMessage", "The reason {reason} is too short; nothing was changed."),
    "fleet.reason_too_short.action": QT_TRANSLATE_NOOP("EngineMessage", "Say why in at least {least} characters (e.g. 'rework RMA-1234: new board'); QA reads it later."),
    "fleet.refused": QT_TRANSLATE_NOOP("EngineMessage", "The central database refused a fleet request ({detail})."),
    "fleet.refused.action": QT_TRANSLATE_NOOP("EngineMessage", "Run `station fleet check` on this station; if it passes, report this with the station log. Nothing was lost locally."),
    "fleet.schema_damaged.action": QT_TRANSLATE_NOOP("EngineMessage", "Report this: the fleet schema may be damaged."),
    "fleet.schema_missing": QT_TRANSLATE_NOOP("EngineMessage", "The central database lacks part of the fleet schema this station uses ({detail}): it was never initialised, or with an older station version."),
    "fleet.schema_missing.action": QT_TRANSLATE_NOOP("EngineMessage", "Plant IT runs `station fleet init-db` with this station's version; `station fleet check` on the station says what is missing."),
    "fleet.stopped_answering": QT_TRANSLATE_NOOP("EngineMessage", "The central database stopped answering ({detail})."),
    "fleet.stopped_answering.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the network to the central server; new devices are not registered until it answers, and the journal ships when it returns."),
    "fleet.tls_failed": QT_TRANSLATE_NOOP("EngineMessage", "The TLS handshake with {host}:{port} failed: {detail}"),
    "fleet.tls_failed.action": QT_TRANSLATE_NOOP("EngineMessage", "Check [fleet] ca_file, cert_file and key_file: the CA must be the plant CA that signed the server's certificate, the client certificate's CN must be {role}, and the key file must be readable only by this user (chmod 600)."),
    "fleet.unencodable.password": QT_TRANSLATE_NOOP("EngineMessage", "The password holds a character that cannot be sent to the central database."),
    "fleet.unencodable.password.action": QT_TRANSLATE_NOOP("EngineMessage", "Type the password again; if it was stored with `station fleet set-password`, store it again."),
    "fleet.unencodable.role": QT_TRANSLATE_NOOP("EngineMessage", "The role ({value}) holds a character that cannot be sent to the central database."),
    "fleet.unencodable.role.action": QT_TRANSLATE_NOOP("EngineMessage", "Correct the role where it was set (the station's configuration, or the field it was typed in) to plain text, e.g. a host name of letters, digits, dots and dashes."),
    "fleet.unencodable.setting": QT_TRANSLATE_NOOP("EngineMessage", "The setting {setting} ({value}) holds a character that cannot be sent to the central database."),
    "fleet.unencodable.setting.action": QT_TRANSLATE_NOOP("EngineMessage", "Correct the setting {setting} where it was set (the station's configuration, or the field it was typed in) to plain text, e.g. a host name of letters, digits, dots and dashes."),
    "fleet.unreachable": QT_TRANSLATE_NOOP("EngineMessage", "The central database at {host}:{port} cannot be reached ({detail})."),
    "fleet.unreachable.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the network cable and that the central server is running; provisioning of new devices stays blocked until it answers, and the journal ships when it returns."),
    "fleet.wrong_password": QT_TRANSLATE_NOOP("EngineMessage", "The central database refused the password of role {role}."),
    "fleet.wrong_password.action": QT_TRANSLATE_NOOP("EngineMessage", "Store the password plant IT gave for this station: `station fleet set-password`. If it was lost, plant IT runs `station fleet add-station {role}` again for a new one."),
}
# fmt: on
