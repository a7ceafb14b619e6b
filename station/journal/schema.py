"""The journal's SQLite schema and its migrations.

The schema version lives in `PRAGMA user_version`. `MIGRATIONS[i]` takes a journal from version
`i` to `i + 1`; each runs in one transaction together with the version bump, so a crash mid-way
leaves the old version intact. A journal written by a newer station is refused without being
touched, because an older station cannot know what the newer schema promises.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from station.journal.model import JournalError

_V1: tuple[str, ...] = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # The source of truth: an append-only, hash-chained log of every write.
    """CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        attempt_id TEXT,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        prev_hash BLOB NOT NULL,
        hash BLOB NOT NULL
    )""",
    """CREATE TRIGGER events_no_update BEFORE UPDATE ON events
       BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END""",
    """CREATE TRIGGER events_no_delete BEFORE DELETE ON events
       BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END""",
    # Materialised from the events in the same transaction, for fast queries; `verify` replays
    # the events and checks these tables agree.
    """CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        attempt_id TEXT NOT NULL UNIQUE,
        station_id TEXT NOT NULL,
        slot TEXT NOT NULL,
        operator TEXT NOT NULL,
        target_name TEXT NOT NULL,
        realm TEXT NOT NULL,
        pairing_url TEXT NOT NULL,
        started_us INTEGER NOT NULL,
        finished_us INTEGER,
        device_id TEXT,
        hardware_serial TEXT,
        model TEXT,
        firmware TEXT,
        storage_kind TEXT,
        result TEXT,
        error_class TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL DEFAULT '',
        fingerprint TEXT,
        link_stats TEXT NOT NULL DEFAULT '{}',
        console_excerpt TEXT NOT NULL DEFAULT '',
        last_seq INTEGER NOT NULL
    )""",
    """CREATE TABLE steps (
        attempt_ref INTEGER NOT NULL REFERENCES attempts(id),
        position INTEGER NOT NULL,
        step TEXT NOT NULL,
        started_us INTEGER NOT NULL,
        duration_s REAL NOT NULL,
        ok INTEGER NOT NULL,
        detail TEXT NOT NULL,
        PRIMARY KEY (attempt_ref, position)
    ) WITHOUT ROWID""",
    """CREATE TABLE intents (
        seq INTEGER PRIMARY KEY,
        attempt_ref INTEGER NOT NULL REFERENCES attempts(id),
        device_id TEXT NOT NULL,
        realm TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        recorded_us INTEGER NOT NULL
    )""",
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at_us INTEGER NOT NULL,
        kind TEXT NOT NULL,
        actor TEXT NOT NULL,
        details TEXT NOT NULL,
        reason TEXT NOT NULL
    )""",
    "CREATE TABLE outbox (seq INTEGER PRIMARY KEY)",
    # QA filters: each index leads with the filtered column and ends with the default sort key,
    # so a filtered, time-ordered page is an index range scan.
    "CREATE INDEX attempts_by_time ON attempts (started_us)",
    "CREATE INDEX attempts_by_device ON attempts (device_id, realm, result)",
    "CREATE INDEX attempts_by_serial ON attempts (hardware_serial)",
    "CREATE INDEX attempts_by_result ON attempts (result, started_us)",
    "CREATE INDEX attempts_by_slot ON attempts (slot, started_us)",
    "CREATE INDEX attempts_by_operator ON attempts (operator, started_us)",
    "CREATE INDEX attempts_by_target ON attempts (target_name, started_us)",
    "CREATE INDEX attempts_by_error ON attempts (error_class, started_us)",
    "CREATE INDEX attempts_unfinished ON attempts (id) WHERE result IS NULL",
    "CREATE INDEX intents_by_device ON intents (device_id, realm, seq)",
    "CREATE INDEX intents_by_attempt ON intents (attempt_ref)",
    # Substring search over device ID and hardware serial: a trigram index answers `%text%` at a
    # million attempts without scanning them. It indexes `attempts` rows by id.
    """CREATE VIRTUAL TABLE attempt_search USING fts5(
        device_id, hardware_serial,
        content='attempts', content_rowid='id', tokenize='trigram'
    )""",
)

# Which device profile identified the device, and what it recorded about it for QA (chip,
# MAC, revision, partition, storage, ... as a JSON object of text values; never a secret).
_V2: tuple[str, ...] = (
    "ALTER TABLE attempts ADD COLUMN profile TEXT",
    "ALTER TABLE attempts ADD COLUMN facts TEXT NOT NULL DEFAULT '{}'",
)

# The outbox becomes a cursor: everything after `meta.shipped_through` is still to ship, so
# shipping empties it with one write and no event costs an outbox row. Rows left in the old
# table mean those events (and, conservatively, any gap before the last of them) are unshipped;
# the central store takes a re-sent event as the same event.
_V3: tuple[str, ...] = (
    "INSERT OR REPLACE INTO meta (key, value) SELECT 'shipped_through', "
    "CAST(COALESCE((SELECT MIN(seq) - 1 FROM outbox), (SELECT MAX(seq) FROM events), 0) AS TEXT)",
    "DROP TABLE outbox",
)

MIGRATIONS: list[Sequence[str]] = [_V1, _V2, _V3]


def schema_version() -> int:
    return len(MIGRATIONS)


def read_version(path: Path) -> int:
    """The version of an existing journal, read without modifying the file."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from exc
    try:
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        return int(version)
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc
    finally:
        conn.close()


def check_supported(path: Path, version: int) -> None:
    current = schema_version()
    if version > current:
        raise JournalError(
            f"The journal {path} was written by a newer station version (schema {version}; "
            f"this station understands up to {current}). It has not been changed.",
            "Upgrade the station software on this PC, or open a different journal.",
        )


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every pending migration, each in its own transaction with its version bump."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    for index in range(int(version), len(MIGRATIONS)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[index]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {index + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _unreadable(path: Path, exc: Exception) -> JournalError:
    return JournalError(
        f"The journal {path} cannot be read as a station journal ({exc}).",
        "Check the journal path in the configuration; restore the file from backup if it is "
        "damaged.",
    )
