"""Opening the journal file for writing: the checks before it is touched, and the settings
every writing connection (the writer's, the outbox's) needs.

WAL lets the QA readers, exports and verify read while the station writes; `synchronous=FULL`
makes every commit survive a power cut before the call returns.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from station.journal.damage import damaged, is_damage
from station.journal.model import JournalError
from station.journal.schema import (
    add_intent_records_view,
    check_supported,
    migrate,
    read_version,
    schema_version,
)
from station.journal.upgrade import upgrade_verified
from station.text import Text

WRITE = Text.of("journal.write.action")
#: What to do when the journal cannot be written, in English.
WRITE_ACTION = WRITE.english


def open_for_writing(path: Path, *, station_id: str, created_at: str) -> sqlite3.Connection:
    """A writing connection to the journal at `path`, created or migrated to this version.

    A journal from a newer station version, or an SQLite file that is not a journal, is
    refused and left untouched.
    """
    if path.exists():
        version = read_version(path)
        check_supported(path, version)
        if version == 0:
            _refuse_foreign_database(path)
        elif version < schema_version():
            upgrade_verified(path, version)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise JournalError(
                Text.of("journal.no_folder", path=str(path), reason=str(exc.strerror)),
                Text.of("journal.no_folder.action"),
            ) from exc
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise JournalError(
            Text.of("journal.cannot_open", path=str(path), reason=str(exc)),
            Text.of("journal.cannot_open.action"),
        ) from exc
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        (mode,) = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if str(mode).lower() != "wal":
            raise JournalError(
                Text.of("journal.no_wal", path=str(path), mode=str(mode)),
                Text.of("journal.no_wal.action"),
            )
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
        add_intent_records_view(conn, schema_version())
        # `journal_id` names this file to a fleet's central store, which keys shipped events
        # by it: a copied file shipping under the same id is caught there.
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('station_id', ?), "
            "('created_at', ?), ('journal_id', ?)",
            (station_id, created_at, str(uuid.uuid4())),
        )
    except sqlite3.Error as exc:
        conn.close()
        said = Text.of("journal.cannot_prepare", path=str(path), reason=str(exc))
        raise failure(path, said, exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def failure(path: Path, message: Text, exc: sqlite3.Error) -> JournalError:
    """A failed journal call: a malformed file is named as such, never as a disk-space problem."""
    if is_damage(exc):
        return damaged(path, str(exc))
    return JournalError(message, WRITE)


def _refuse_foreign_database(path: Path) -> None:
    """A version-0 file that already holds tables belongs to something else: leave it alone."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (tables,) = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise JournalError(
            Text.of("journal.not_a_journal", path=str(path), reason=str(exc)),
            Text.of("journal.check_path.action"),
        ) from exc
    finally:
        conn.close()
    if tables:
        raise JournalError(
            Text.of("journal.foreign", path=str(path)), Text.of("journal.check_path.action")
        )
