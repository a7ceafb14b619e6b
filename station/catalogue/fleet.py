"""The fleet's failures a person sees: the operator's refusals when another station holds or
finished a device ID, a claim the centre took back, and a centre that does not answer. The
station's and device's names, the time and PostgreSQL's own words stay as they were given
(parameters)."""

from __future__ import annotations

from station.catalogue._plural import Plural

TEXTS: dict[str, str | Plural] = {
    # station/fleet/gate.py: the claim before registering, its renewal, and its completion.
    "fleet.claim.done": (
        "Device {device_id} in slot {slot} was already provisioned by station {holder} "
        "({when}). It was not registered again."
    ),
    "fleet.claim.done.action": (
        "Take the device out of slot {slot} and give it to the supervisor: either it was "
        "provisioned before, or two units carry the same hardware ID."
    ),
    "fleet.claim.held": (
        "Device {device_id} in slot {slot} is being provisioned by station {holder} right now "
        "(since {when}). It was not registered here."
    ),
    "fleet.claim.held.action": (
        "Take the device out of slot {slot} and give it to the supervisor: two units with the "
        "same hardware ID are on two lines."
    ),
    "fleet.lease_lost.write": (
        "This station's claim on device {device_id} ran out and another station took it; no "
        "secret was written to it (slot {slot})."
    ),
    "fleet.lease_lost.lock": (
        "This station's claim on device {device_id} ran out and another station took it; it "
        "was not locked (slot {slot})."
    ),
    "fleet.lease_lost.action": (
        "Put the device from slot {slot} aside for the supervisor (rework)."
    ),
    "fleet.not_completed": (
        "The centre did not record device {device_id} as provisioned by this station (its "
        "claim was taken over)."
    ),
    "fleet.not_completed.action": (
        "Put the device from slot {slot} aside for the supervisor: it holds working "
        "credentials but the fleet does not know it is done."
    ),
    # station/fleet/claims.py: the claim's call to the centre.
    "fleet.claim.no_answer": "The centre gave no answer to the claim of {device_id}.",
    "fleet.schema_damaged.action": "Report this: the fleet schema may be damaged.",
    "fleet.claim.unreachable": "The central database did not answer a claim ({reason}).",
    "fleet.claim.unreachable.action": (
        "New devices are not registered until the centre answers again; check the network to "
        "the central server."
    ),
    # station/fleet/connect.py: signing in to the centre, and what it refuses.
    "fleet.unencodable.setting": (
        "The setting {setting} ({value}) holds a character that cannot be sent to the central "
        "database."
    ),
    "fleet.unencodable.setting.action": (
        "Correct the setting {setting} where it was set (the station's configuration, or the "
        "field it was typed in) to plain text, e.g. a host name of letters, digits, dots and "
        "dashes."
    ),
    "fleet.unencodable.role": (
        "The role ({value}) holds a character that cannot be sent to the central database."
    ),
    "fleet.unencodable.role.action": (
        "Correct the role where it was set (the station's configuration, or the field it was "
        "typed in) to plain text, e.g. a host name of letters, digits, dots and dashes."
    ),
    "fleet.unencodable.password": (
        "The password holds a character that cannot be sent to the central database."
    ),
    "fleet.unencodable.password.action": (
        "Type the password again; if it was stored with `station fleet set-password`, store it "
        "again."
    ),
    "fleet.wrong_password": "The central database refused the password of role {role}.",
    "fleet.wrong_password.action": (
        "Store the password plant IT gave for this station: `station fleet set-password`. If it "
        "was lost, plant IT runs `station fleet add-station {role}` again for a new one."
    ),
    "fleet.tls_failed": "The TLS handshake with {host}:{port} failed: {detail}",
    "fleet.tls_failed.action": (
        "Check [fleet] ca_file, cert_file and key_file: the CA must be the plant CA that signed "
        "the server's certificate, the client certificate's CN must be {role}, and the key file "
        "must be readable only by this user (chmod 600)."
    ),
    "fleet.no_database": "There is no database {database} on {host}:{port}.",
    "fleet.no_database.action": (
        "Check [fleet] database, or ask plant IT to create it and run `station fleet init-db`."
    ),
    "fleet.no_login": "The central database does not let role {role} log in from this PC.",
    "fleet.no_login.action": (
        "Ask plant IT to run `station fleet add-station {role}` and to allow this PC in "
        "pg_hba.conf."
    ),
    "fleet.no_connection": "The central database has no free connection for role {role}.",
    "fleet.no_connection.action": (
        "Close other station programs using this role, or ask plant IT to raise max_connections."
    ),
    "fleet.unreachable": ("The central database at {host}:{port} cannot be reached ({detail})."),
    "fleet.unreachable.action": (
        "Check the network cable and that the central server is running; provisioning of new "
        "devices stays blocked until it answers, and the journal ships when it returns."
    ),
    "fleet.never_initialised": (
        "The database {database} on {host} was never initialised for the fleet."
    ),
    "fleet.never_initialised.action": (
        "Plant IT runs `station fleet init-db` once, as the database superuser."
    ),
    "fleet.older_schema": (
        "The central database has fleet schema version {found}; this station needs {needed}."
    ),
    "fleet.older_schema.action": (
        "Plant IT runs `station fleet init-db` with this station version to migrate it."
    ),
    "fleet.no_grants": "Role {role} may log in but has no rights on the fleet schema.",
    "fleet.no_grants.action": (
        "Plant IT runs `station fleet add-station {role}`: it puts the role in the `stations` "
        "group."
    ),
    "fleet.stopped_answering": "The central database stopped answering ({detail}).",
    "fleet.stopped_answering.action": (
        "Check the network to the central server; new devices are not registered until it "
        "answers, and the journal ships when it returns."
    ),
    "fleet.schema_missing": (
        "The central database lacks part of the fleet schema this station uses ({detail}): it "
        "was never initialised, or with an older station version."
    ),
    "fleet.schema_missing.action": (
        "Plant IT runs `station fleet init-db` with this station's version; `station fleet "
        "check` on the station says what is missing."
    ),
    "fleet.refused": "The central database refused a fleet request ({detail}).",
    "fleet.refused.action": (
        "Run `station fleet check` on this station; if it passes, report this with the station "
        "log. Nothing was lost locally."
    ),
    # station/fleet/schema.py: a centre newer than this station, a name that cannot be a role.
    "fleet.newer_schema": (
        "The central database has fleet schema version {found}; this station understands up to "
        "{known}. Nothing was changed."
    ),
    "fleet.newer_schema.action": (
        "Upgrade the station software to the version the other stations run."
    ),
    "fleet.bad_role_name": "{name} cannot be a fleet role name.",
    "fleet.bad_role_name.action": (
        "Use the station's ID (e.g. line-a), not a reserved or group name."
    ),
    # station/fleet/supervise.py, qa_reader.py: the supervisor's and QA's reads and releases.
    "fleet.reason_too_short": "The reason {reason} is too short; nothing was changed.",
    "fleet.reason_too_short.action": (
        "Say why in at least {least} characters (e.g. 'rework RMA-1234: new board'); QA reads "
        "it later."
    ),
    "fleet.not_a_supervisor": (
        "The centre refused: role {role} is not a fleet supervisor, so it may not release the "
        "claim on {device_id}. Nothing was changed."
    ),
    "fleet.not_a_supervisor.action": (
        "Sign in with your own supervisor role (`--as NAME`); plant IT makes one with `station "
        "fleet add-supervisor NAME`."
    ),
    "fleet.no_claim_to_release": (
        "No claim on device {device_id} in realm {realm} to release: it was never claimed in "
        "this fleet, or it was released already. Nothing was changed."
    ),
    "fleet.no_claim_to_release.action": (
        "Check the device ID and the realm (`--realm`); the station's rework check shows the "
        "device's state."
    ),
    "fleet.not_qa.history": "Role {role} may not read the fleet's history.",
    "fleet.not_qa.history.action": (
        "Use a QA or supervisor role (`station fleet add-qa NAME`, `station fleet "
        "add-supervisor NAME`)."
    ),
    "fleet.not_qa.attempts": "Role {role} may not read the fleet's attempts.",
    "fleet.not_qa.attempts.action": (
        "Sign in with a QA or supervisor role at the centre; plant IT makes one with `station "
        "fleet add-qa NAME`."
    ),
    # station/fleet/lots.py: opening and closing an offline lot.
    "fleet.lot.already_open": (
        "Offline lot {lot} is already open (by {by}, {since} UTC). Nothing was changed."
    ),
    "fleet.lot.already_open.action": (
        "Close it first (`station fleet lot close`) if a new lot is meant."
    ),
    "fleet.lot.none_open": "No offline lot is open on this station. Nothing was changed.",
    "fleet.lot.none_open.action": "`station fleet lot status` shows the station's lot state.",
    # station/fleet/lots.py, supervise.py: what the lot dialog, the release dialog and their
    # commands say once done.
    "fleet.lot.opened": (
        "Opened offline lot {lot}. While the centre does not answer, this station registers new "
        "devices without a claim and journals each one; close the lot with {how_to_close} when "
        "the centre is back."
    ),
    "fleet.lot.closed": (
        "Closed offline lot {lot}: without the centre, this station registers nothing new again."
    ),
    "fleet.lot.none": "No offline lot is open: without the centre, nothing new is registered.",
    "fleet.lot.status": "Offline lot {lot} is open since {since} UTC, by {by}: {reason}",
    "fleet.released": (
        "Released the claim on {device_id} in realm {realm}: a station may register it again. "
        "Recorded at the centre and in this station's journal."
    ),
    # station/fleet/shipper.py, link.py: the operator banner's tooltip on the fleet link.
    "fleet.shipper.internal": "The fleet shipper stopped on an internal error.",
    "fleet.shipper.internal.action": (
        "Report this with the station log; provisioning is not affected."
    ),
    "fleet.shipper.unreachable": "The central database is unreachable.",
    "fleet.shipper.keeps.action": (
        "The journal keeps everything; it ships when the centre answers."
    ),
    "fleet.blocked.open_lot": (
        "A supervisor may open an offline lot (`station fleet lot open`) to go on."
    ),
    "fleet.blocked.open_lot.after": (
        "{action} A supervisor may open an offline lot (`station fleet lot open`) to go on."
    ),
    # station/fleet/shipper.py: the centre holds another history of this journal.
    "fleet.forked.behind": (
        "The centre holds events up to seq {acked} of journal {journal_id}, but the local "
        "journal ends at seq {local}: it was restored from an older backup."
    ),
    "fleet.forked.event": (
        "The centre holds a different event {seq} for journal {journal_id}: this journal was "
        "restored from an older backup or forked."
    ),
    "fleet.forked.already": (
        "The centre already holds a different event {seq} for journal {journal_id}: this "
        "journal was restored from an older backup or forked."
    ),
    "fleet.forked.other_id": (
        "Events of this station's journal are already at the centre under another journal ID "
        "(the journal was copied or restored): {detail}"
    ),
    "fleet.forked.action": (
        "Shipping is stopped and nothing is lost locally. Ask plant IT to compare this journal "
        "with the centre before shipping again (docs/fleet.md, 'Forked journal')."
    ),
    # station/fleet/cli.py, check.py, supervisor_cli.py, lot_cli.py: the command line, which
    # prints the English.
    "fleet.cli.off": "Fleet mode is off: the configuration has no [fleet] section.",
    "fleet.cli.off.action": (
        "Add [fleet] with host, database and role (docs/fleet.md), then run this again."
    ),
    "fleet.cli.off_lots": (
        "Fleet mode is off: the configuration has no [fleet] section, so claims and lots do not "
        "apply."
    ),
    "fleet.cli.off_lots.action": "Add [fleet] (docs/fleet.md) to use offline lots.",
    "fleet.cli.ok": "ok: {line}",
    "fleet.check.connected": "connected to {host}:{port}/{database} as {role} ({tls})",
    "fleet.check.no_tls": "no TLS",
    "fleet.check.schema": "fleet schema version {version}",
    "fleet.check.rights": "may ship events and claim device IDs",
    "fleet.check.clock_ahead": (
        "this PC's clock is {seconds} s ahead of the server's (leases use the server's clock)"
    ),
    "fleet.check.clock_behind": (
        "this PC's clock is {seconds} s behind the server's (leases use the server's clock)"
    ),
    "fleet.check.shipped": "events shipped so far: up to seq {seq}",
    "fleet.cli.ship_status": "{link}: acked seq {acked}, backlog {backlog}",
    "fleet.cli.ship_status.problem": "{link}: acked seq {acked}, backlog {backlog} ({problem})",
    "fleet.cli.shipped": "shipped up to seq {seq}; backlog {backlog}",
    "fleet.cli.no_password": "No password on standard input.",
    "fleet.cli.no_password.action": (
        "Pipe it in: `station fleet set-password < file`, or type it and press Enter."
    ),
    "fleet.cli.password_stored": "Stored the password of fleet role {role} in the keyring.",
    "fleet.cli.no_admin": "Cannot connect to PostgreSQL as the administrator: {detail}",
    "fleet.cli.no_admin.action": (
        "Run as the database superuser, e.g. `sudo -u postgres station fleet init-db --dsn "
        "dbname=fleet`, after `createdb fleet`."
    ),
    "fleet.cli.init_not_allowed": "Not allowed to create the fleet schema: {detail}.",
    "fleet.cli.init_not_allowed.action": "Run init-db as the database superuser (postgres).",
    "fleet.cli.init_failed": "init-db failed and changed nothing: {detail}",
    "fleet.cli.init_failed.action": (
        "Fix what PostgreSQL names above (e.g. a half-made `fleet` schema left by hand needs "
        "dropping), then run init-db again as the database superuser."
    ),
    "fleet.cli.schema_current": (
        "The fleet schema in {database} on {host} is up to date (version {version})."
    ),
    "fleet.cli.schema_created": (
        "Created the fleet schema in {database} on {host} (version {version})."
    ),
    "fleet.cli.schema_migrated": (
        "Migrated the fleet schema in {database} on {host} from version {before} to {after}."
    ),
    "fleet.cli.months": "--months {months} is out of range.",
    "fleet.cli.months.action": "Give 1 to 120 months (default 3).",
    "fleet.cli.no_partitions": "Could not make the monthly partitions: {detail}",
    "fleet.cli.no_partitions.action": (
        "Run it as the database superuser, after `station fleet init-db`."
    ),
    "fleet.cli.not_a_month": "--retire {month} is not a month.",
    "fleet.cli.not_a_month.action": "Give it as YYYY-MM, e.g. 2025-01.",
    "fleet.cli.cannot_retire": "Could not retire {month}: {detail}",
    "fleet.cli.cannot_retire.action": (
        "Give a month before this one that has a partition of its own (`\\d+ fleet.events` in "
        "psql lists them); run it as the database superuser."
    ),
    "fleet.cli.short_password": (
        "The password read from standard input is shorter than 12 characters."
    ),
    "fleet.cli.short_password.action": (
        "Give a longer password, or leave out --password-stdin to get a generated one."
    ),
    "fleet.cli.cannot_add_role": "Could not create role {name}: {detail}",
    "fleet.cli.cannot_add_role.action": (
        "Run it as the database superuser, after `station fleet init-db` on this database."
    ),
    "fleet.cli.role_created": "Created role {name} ({group}).",
    "fleet.cli.role_reset": "Reset the password of role {name} ({group}).",
    # The password itself is printed after it, never put in a message.
    "fleet.cli.password_once": "Password (shown once):",
    "fleet.cli.password_prompt": "Password of fleet role {role}: ",
    "fleet.cli.registered_by": "{realm} {device_id}: registered by {station}",
    "fleet.cli.never_seen": "never seen",
    "fleet.cli.last_seen": "last seen {when}",
    "fleet.cli.last_seen_lag": "last seen {when} (lag {lag} s)",
    "fleet.cli.station": "{station}: {state}, {seen}; today {passed} passed, {failed} not",
    "fleet.cli.station_lot": (
        "{station}: {state}, {seen}; today {passed} passed, {failed} not; OFFLINE LOT {lot} open "
        "(by {by})"
    ),
}
