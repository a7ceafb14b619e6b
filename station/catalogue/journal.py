"""The journal's failures a person sees when the station starts, a write or read fails, or QA
verifies, exports or upgrades it. The file's path, SQLite's and the system's words stay as they
were given (parameters)."""

from __future__ import annotations

from station.catalogue._plural import Plural

TEXTS: dict[str, str | Plural] = {
    # station/journal/connection.py: opening the journal for writing.
    "journal.no_folder": "Cannot create the folder for the journal {path}: {reason}.",
    "journal.no_folder.action": "Choose a journal path in a writable folder in the configuration.",
    "journal.cannot_open": "Cannot open the journal {path}: {reason}.",
    "journal.cannot_open.action": (
        "Check the journal path and its permissions in the configuration."
    ),
    "journal.no_wal": "The journal {path} cannot use write-ahead logging (mode {mode}).",
    "journal.no_wal.action": "Keep the journal on a local disk, not a network share.",
    "journal.cannot_prepare": "Cannot prepare the journal {path}: {reason}.",
    "journal.write.action": (
        "Check that the disk holding the journal has free space and is writable. Provisioning "
        "stays stopped until the journal can be written."
    ),
    "journal.not_a_journal": "The file {path} is not a station journal ({reason}).",
    "journal.foreign": (
        "The file {path} is an SQLite database but not a station journal; it was not changed."
    ),
    "journal.check_path.action": "Check the journal path in the configuration.",
    # station/journal/chain_writer.py, outbox.py: a write or read that failed.
    "journal.cannot_write": "Cannot write to the journal {path}: {reason}.",
    "journal.outbox.cannot_update": "Cannot update the journal outbox: {reason}.",
    # station/journal/read_only.py: every reader (QA view, audit view, CLI queries).
    "journal.none": "There is no journal at {path}.",
    "journal.none.action": (
        "Check the journal path in the configuration, or provision a device first."
    ),
    "journal.check_the_path.action": "Check the path.",
    "journal.cannot_read": "Cannot read the journal {path}: {reason}.",
    "journal.cannot_read.action": (
        "Try again; if it persists, run `station journal verify` and check the disk."
    ),
    # station/journal/schema.py: the journal's version.
    "journal.newer": (
        "The journal {path} was written by a newer station version (schema {version}; this "
        "station understands up to {known}). It has not been changed."
    ),
    "journal.newer.action": (
        "Upgrade the station software on this PC, or open a different journal."
    ),
    "journal.locked": (
        "The journal {path} cannot be read now: another program holds it locked ({reason}). "
        "This says nothing about the file."
    ),
    "journal.locked.action": (
        "Close other programs using the journal (another station window, a copy or backup in "
        "progress), then try again."
    ),
    "journal.unreadable": "The journal {path} cannot be read as a station journal ({reason}).",
    "journal.unreadable.action": (
        "Check the journal path in the configuration; restore the file from backup if it is "
        "damaged."
    ),
    # station/journal/atomic.py: a file written out of the journal.
    "journal.file.cannot_write": "Cannot write {what} to {path}: {reason}.",
    "journal.file.cannot_write.action": "Choose a folder you can write to, with free space.",
    "journal.file.export": "the export",
    "journal.file.events": "the events",
    # station/journal/damage.py: a malformed file.
    "journal.damaged": (
        "The journal {path} is damaged: SQLite reports the database file as malformed ({detail})."
    ),
    "journal.restore.action": (
        "Stop provisioning on this station. Keep this file for investigation, and restore the "
        "journal from its backup (docs/recovery.md, 'A journal that fails verification')."
    ),
    # station/journal/verify_failures.py: a verify that could not check the file.
    "journal.unchecked": (
        "The journal {path} could not be checked: {cause}. This says nothing about the file."
    ),
    "journal.unchecked.locked": "another program holds the journal locked ({reason})",
    "journal.unchecked.locked.action": (
        "Close other programs using the journal (another station window, a copy or backup in "
        "progress), then verify again."
    ),
    "journal.unchecked.io": "the disk reported an I/O error ({reason})",
    "journal.unchecked.io.action": (
        "Check the disk the journal is on (the system log for I/O errors, its free space), then "
        "verify again."
    ),
    "journal.unchecked.interrupted": "the check was interrupted ({reason})",
    "journal.unchecked.interrupted.action": "Verify again.",
    # station/journal/export.py, verify.py: QA's export and verify.
    "journal.none.check.action": "Check the journal path.",
    "journal.export.cannot_read": "Cannot read the journal {path} for export: {reason}.",
    "journal.export.cannot_read.action": (
        "Try again; if it persists, run `station journal verify`."
    ),
    # Why a verify failed (verify.py): the QA window shows it, the command line and the
    # journal's own messages say the English. Record numbers and kinds, table names and the
    # values compared stay as the file holds them, SQLite's and Python's words as given.
    "journal.verify.missing": "record {seq} is missing (the next record is {next})",
    "journal.verify.hash": (
        "record {seq} does not match its hash: it was changed after it was written, or records "
        "were removed, inserted or reordered here"
    ),
    "journal.verify.link": (
        "record {seq} stores a link to the record before it (prev_hash) that is not {before}: "
        "the link was changed after it was written"
    ),
    "journal.verify.link.start": "the chain's start (32 zero bytes)",
    "journal.verify.link.previous": "record {seq}'s hash",
    "journal.verify.form": "record {seq} ({kind}) is not in the form the station writes ({error})",
    "journal.verify.no_attempt": "record {seq} ({kind}) names no attempt",
    "journal.verify.not_open": "record {seq} ({kind}) belongs to no open attempt",
    "journal.verify.unknown_kind": "record {seq} has an unknown kind {kind}",
    "journal.verify.not_in_table": "attempt {attempt} is in the events but not in the table",
    "journal.verify.field_differs": (
        "attempt {attempt}: the table says {key} = {table}, its records say {records}"
    ),
    "journal.verify.steps_differ": "attempt {attempt}: its steps differ from its records",
    "journal.verify.intents_differ": "attempt {attempt}: its intents differ from its records",
    "journal.verify.audit_differs": "the privileged action in record {seq} differs in the table",
    "journal.verify.count_differs": (
        "the {table} table holds {count} rows but the records explain {seen}"
    ),
    "journal.verify.malformed": (
        "the database file is malformed: SQLite's integrity check reports {problem}"
    ),
    "journal.verify.malformed.more": (
        "the database file is malformed: SQLite's integrity check reports {problem} (and {more} "
        "more)"
    ),
    # `station journal` (cli.py): the option's value quoted as typed.
    "journal.cli.not_a_time": "{option} {text} is not a date or time.",
    "journal.cli.not_a_time.action": "write {option} 2026-03-01 or {option} 2026-03-01T14:30",
    "journal.cli.not_a_result": "--result {name} is not a result.",
    "journal.cli.not_a_kind": "--kind {kind} is not a kind of privileged event.",
    "journal.cli.use_one_of.action": "use one of {names}",
    "journal.cli.several": "Several attempts start with {text}.",
    "journal.cli.several.action": "type more characters of the attempt ID",
    "journal.cli.no_attempt": "There is no attempt {text} in {path}.",
    "journal.cli.no_attempt.action": "copy the attempt ID from `station journal list`",
    "journal.cli.verified": "Journal {path} verified: {count} records, chain intact.",
    "journal.cli.damaged": (
        "Journal {path} is DAMAGED: {reason}.\nThe hash chain was not checked: the file itself "
        "cannot be trusted.\n{action}"
    ),
    "journal.cli.at_record": "record {seq}",
    "journal.cli.at_tables": "tables",
    "journal.cli.failed": (
        "Journal {path} FAILED verification at {where}: {reason}.\n{checked} records before it "
        "verified.\nKeep this file for investigation and restore the journal from its backup."
    ),
    "journal.verify.cannot_read": "The journal {path} cannot be read to the end ({reason}).",
    "journal.verify.cannot_read.action": (
        "Restore the journal from its backup and keep this copy for investigation."
    ),
    # station/journal/upgrade.py: upgrading an older journal when the station opens it.
    "journal.upgrade.no_lock": "Cannot create {lock} to upgrade the journal {path}: {reason}.",
    "journal.upgrade.no_lock.action": (
        "Check that the journal's folder is writable by the station's user."
    ),
    "journal.upgrade.held": (
        "The journal {path} is being upgraded by another station process, which has held the "
        "lock {lock} for more than {seconds} s."
    ),
    "journal.upgrade.held.action": (
        "Wait for the other station process (or `station` command) on this PC to finish, or "
        "close it. If no other station process runs, the lock is stale: remove {lock} and start "
        "again."
    ),
    "journal.upgrade.does_not_verify": (
        "The journal {path} must be upgraded to this station's format, but it does not verify "
        "({reason}). It has not been changed."
    ),
    "journal.upgrade.does_not_verify.action": (
        "Restore the journal from its backup, or keep this copy for investigation and start a "
        "new journal; `station journal verify` shows the problem."
    ),
    "journal.upgrade.failed": (
        "Upgrading the journal {path} to this station's format failed ({reason}). The journal "
        "was put back as it was."
    ),
    "journal.upgrade.failed.action": (
        "Check that the journal's disk has free space and is writable, then start the station "
        "again; if it fails again, keep running the previous station version and send the "
        "journal file to support."
    ),
    "journal.upgrade.lost_records": (
        "Upgrading the journal {path} did not keep every record intact ({reason}; {after} "
        "records after, {before} before). The journal was put back as it was."
    ),
    "journal.upgrade.lost_records.action": (
        "Keep running the previous station version on this PC and send the journal file to "
        "support: this is a station bug."
    ),
    "journal.upgrade.cannot_copy": (
        "Cannot copy the journal {source} to {destination} before upgrading it: {reason}."
    ),
    "journal.upgrade.cannot_copy.action": (
        "Check that the journal's folder has free space for a second copy of the journal and "
        "is writable."
    ),
}
