"""The messages of station/catalogue/journal.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP

# fmt: off
TEXTS: dict[str, str] = {
    "journal.cannot_open": QT_TRANSLATE_NOOP("EngineMessage", "Cannot open the journal {path}: {reason}."),
    "journal.cannot_open.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the journal path and its permissions in the configuration."),
    "journal.cannot_prepare": QT_TRANSLATE_NOOP("EngineMessage", "Cannot prepare the journal {path}: {reason}."),
    "journal.cannot_read": QT_TRANSLATE_NOOP("EngineMessage", "Cannot read the journal {path}: {reason}."),
    "journal.cannot_read.action": QT_TRANSLATE_NOOP("EngineMessage", "Try again; if it persists, run `station journal verify` and check the disk."),
    "journal.cannot_write": QT_TRANSLATE_NOOP("EngineMessage", "Cannot write to the journal {path}: {reason}."),
    "journal.check_path.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the journal path in the configuration."),
    "journal.check_the_path.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the path."),
    "journal.damaged": QT_TRANSLATE_NOOP("EngineMessage", "The journal {path} is damaged: SQLite reports the database file as malformed ({detail})."),
    "journal.export.cannot_read": QT_TRANSLATE_NOOP("EngineMessage", "Cannot read the journal {path} for export: {reason}."),
    "journal.export.cannot_read.action": QT_TRANSLATE_NOOP("EngineMessage", "Try again; if it persists, run `station journal verify`."),
    "journal.file.cannot_write": QT_TRANSLATE_NOOP("EngineMessage", "Cannot write {what} to {path}: {reason}."),
    "journal.file.cannot_write.action": QT_TRANSLATE_NOOP("EngineMessage", "Choose a folder you can write to, with free space."),
    "journal.file.events": QT_TRANSLATE_NOOP("EngineMessage", "the events"),
    "journal.file.export": QT_TRANSLATE_NOOP("EngineMessage", "the export"),
    "journal.foreign": QT_TRANSLATE_NOOP("EngineMessage", "The file {path} is an SQLite database but not a station journal; it was not changed."),
    "journal.locked": QT_TRANSLATE_NOOP("EngineMessage", "The journal {path} cannot be read now: another program holds it locked ({reason}). This says nothing about the file."),
    "journal.locked.action": QT_TRANSLATE_NOOP("EngineMessage", "Close other programs using the journal (another station window, a copy or backup in progress), then try again."),
    "journal.newer": QT_TRANSLATE_NOOP("EngineMessage", "The journal {path} was written by a newer station version (schema {version}; this station understands up to {known}). It has not been changed."),
    "journal.newer.action": QT_TRANSLATE_NOOP("EngineMessage", "Upgrade the station software on this PC, or open a different journal."),
    "journal.no_folder": QT_TRANSLATE_NOOP("EngineMessage", "Cannot create the folder for the journal {path}: {reason}."),
    "journal.no_folder.action": QT_TRANSLATE_NOOP("EngineMessage", "Choose a journal path in a writable folder in the configuration."),
    "journal.no_wal": QT_TRANSLATE_NOOP("EngineMessage", "The journal {path} cannot use write-ahead logging (mode {mode})."),
    "journal.no_wal.action": QT_TRANSLATE_NOOP("EngineMessage", "Keep the journal on a local disk, not a network share."),
    "journal.none": QT_TRANSLATE_NOOP("EngineMessage", "There is no journal at {path}."),
    "journal.none.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the journal path in the configuration, or provision a device first."),
    "journal.none.check.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the journal path."),
    "journal.not_a_journal": QT_TRANSLATE_NOOP("EngineMessage", "The file {path} is not a station journal ({reason})."),
    "journal.outbox.cannot_update": QT_TRANSLATE_NOOP("EngineMessage", "Cannot update the journal outbox: {reason}."),
    "journal.restore.action": QT_TRANSLATE_NOOP("EngineMessage", "Stop provisioning on this station. Keep this file for investigation, and restore the journal from its backup (docs/recovery.md, 'A journal that fails verification')."),
    "journal.unchecked": QT_TRANSLATE_NOOP("EngineMessage", "The journal {path} could not be checked: {cause}. This says nothing about the file."),
    "journal.unchecked.interrupted": QT_TRANSLATE_NOOP("EngineMessage", "the check was interrupted ({reason})"),
    "journal.unchecked.interrupted.action": QT_TRANSLATE_NOOP("EngineMessage", "Verify again."),
    "journal.unchecked.io": QT_TRANSLATE_NOOP("EngineMessage", "the disk reported an I/O error ({reason})"),
    "journal.unchecked.io.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the disk the journal is on (the system log for I/O errors, its free space), then verify again."),
    "journal.unchecked.locked": QT_TRANSLATE_NOOP("EngineMessage", "another program holds the journal locked ({reason})"),
    "journal.unchecked.locked.action": QT_TRANSLATE_NOOP("EngineMessage", "Close other programs using the journal (another station window, a copy or backup in progress), then verify again."),
    "journal.unreadable": QT_TRANSLATE_NOOP("EngineMessage", "The journal {path} cannot be read as a station journal ({reason})."),
    "journal.unreadable.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the journal path in the configuration; restore the file from backup if it is damaged."),
    "journal.upgrade.cannot_copy": QT_TRANSLATE_NOOP("EngineMessage", "Cannot copy the journal {source} to {destination} before upgrading it: {reason}."),
    "journal.upgrade.cannot_copy.action": QT_TRANSLATE_NOOP("EngineMessage", "Check that the journal's folder has free space for a second copy of the journal and is writable."),
    "journal.upgrade.does_not_verify": QT_TRANSLATE_NOOP("EngineMessage", "The journal {path} must be upgraded to this station's format, but it does not verify ({reason}). It has not been changed."),
    "journal.upgrade.does_not_verify.action": QT_TRANSLATE_NOOP("EngineMessage", "Restore the journal from its backup, or keep this copy for investigation and start a new journal; `station journal verify` shows the problem."),
    "journal.upgrade.failed": QT_TRANSLATE_NOOP("EngineMessage", "Upgrading the journal {path} to this station's format failed ({reason}). The journal was put back as it was."),
    "journal.upgrade.failed.action": QT_TRANSLATE_NOOP("EngineMessage", "Check that the journal's disk has free space and is writable, then start the station again; if it fails again, keep running the previous station version and send the journal file to support."),
    "journal.upgrade.held": QT_TRANSLATE_NOOP("EngineMessage", "The journal {path} is being upgraded by another station process, which has held the lock {lock} for more than {seconds} s."),
    "journal.upgrade.held.action": QT_TRANSLATE_NOOP("EngineMessage", "Wait for the other station process (or `station` command) on this PC to finish, or close it. If no other station process runs, the lock is stale: remove {lock} and start again."),
    "journal.upgrade.lost_records": QT_TRANSLATE_NOOP("EngineMessage", "Upgrading the journal {path} did not keep every record intact ({reason}; {after} records after, {before} before). The journal was put back as it was."),
    "journal.upgrade.lost_records.action": QT_TRANSLATE_NOOP("EngineMessage", "Keep running the previous station version on this PC and send the journal file to support: this is a station bug."),
    "journal.upgrade.no_lock": QT_TRANSLATE_NOOP("EngineMessage", "Cannot create {lock} to upgrade the journal {path}: {reason}."),
    "journal.upgrade.no_lock.action": QT_TRANSLATE_NOOP("EngineMessage", "Check that the journal's folder is writable by the station's user."),
    "journal.verify.cannot_read": QT_TRANSLATE_NOOP("EngineMessage", "The journal {path} cannot be read to the end ({reason})."),
    "journal.verify.cannot_read.action": QT_TRANSLATE_NOOP("EngineMessage", "Restore the journal from its backup and keep this copy for investigation."),
    "journal.write.action": QT_TRANSLATE_NOOP("EngineMessage", "Check that the disk holding the journal has free space and is writable. Provisioning stays stopped until the journal can be written."),
}
# fmt: on
