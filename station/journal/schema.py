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
from station.text import Text

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

#: The intent records by their own device ID and realm (the engine's "which secret did this
#: station last set out to write to this device?", newest by `seq`), and by attempt.
INTENT_DEVICE_SQL = "json_extract(payload, '$.device_id')"
INTENT_REALM_SQL = "json_extract(payload, '$.realm')"
INTENT_INDEXES: tuple[str, str] = (
    f"CREATE INDEX events_intent_by_device ON events ({INTENT_DEVICE_SQL}, {INTENT_REALM_SQL}) "
    "WHERE kind = 'attempt.intent'",
    "CREATE INDEX events_intent_by_attempt ON events (attempt_ref) WHERE kind = 'attempt.intent'",
)

#: `intent_records`: every intent as the `intents` table of journals before schema 5 showed it,
#: a temporary view on each connection (no schema object, so no upgrade): over the intent
#: records and their partial indexes from schema 5 on, over the old table before, so a reader of
#: a journal not upgraded yet (a kept copy, another station's file) asks through its indexes too.
INTENT_RECORDS_VIEW = (
    "CREATE TEMP VIEW intent_records AS SELECT seq, attempt_ref, "  # noqa: S608
    f"{INTENT_DEVICE_SQL} AS device_id, {INTENT_REALM_SQL} AS realm, "
    "json_extract(payload, '$.fingerprint') AS fingerprint, at_us AS recorded_us "
    "FROM main.events WHERE kind = 'attempt.intent'"
)
_OLD_INTENT_RECORDS_VIEW = (
    "CREATE TEMP VIEW intent_records AS SELECT seq, attempt_ref, device_id, realm, "
    "fingerprint, recorded_us FROM main.intents"
)

#: The fingerprint of the newest intent for (device ID, realm): an index range, newest first.
LATEST_INTENT_SQL = (
    "SELECT fingerprint FROM intent_records WHERE device_id = ? AND realm = ? "
    "ORDER BY seq DESC LIMIT 1"
)
#: An attempt's intents as the detail shows them: (seq, device ID, realm, fingerprint, at_us).
ATTEMPT_INTENTS_SQL = (
    "SELECT seq, device_id, realm, fingerprint, recorded_us FROM intent_records "
    "WHERE attempt_ref = ? ORDER BY seq"
)


def add_intent_records_view(conn: sqlite3.Connection, version: int) -> None:
    """`intent_records` on `conn`, a connection to a journal at `version` (1 or later)."""
    conn.execute(INTENT_RECORDS_VIEW if version >= FOLDED_INTENTS else _OLD_INTENT_RECORDS_VIEW)


_EVENTS_APPEND_ONLY: tuple[str, ...] = (
    """CREATE TRIGGER events_no_update BEFORE UPDATE ON events
       BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END""",
    """CREATE TRIGGER events_no_delete BEFORE DELETE ON events
       BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END""",
)

# Compact events: the time as integer microseconds instead of 32 characters of ISO text, the
# attempt as its row id instead of a 36-character UUID, and no stored `prev_hash` (it always
# equalled the previous row's `hash`; verify recomputes the chain). The hash still covers the
# ISO time and the UUID (`chain.EVENT_ROWS_SQL` puts them back together), so every stored hash
# stays valid and a fleet's central copy of the chain still matches. `upgrade.py` verifies the
# journal before and after this step and keeps the old file.
_V4: tuple[str, ...] = (
    """CREATE TABLE events_compact (
        seq INTEGER PRIMARY KEY,
        at_us INTEGER NOT NULL,
        attempt_ref INTEGER REFERENCES attempts(id),
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        hash BLOB NOT NULL
    )""",
    # Stored times are always UTC ISO text with microseconds (`model.iso`); one that is not
    # comes out different, and the verification after the upgrade refuses the result.
    "INSERT INTO events_compact (seq, at_us, attempt_ref, kind, payload, hash) "
    "SELECT e.seq, CAST(strftime('%s', substr(e.ts, 1, 19)) AS INTEGER) * 1000000 "
    "+ CAST(substr(e.ts, 21, 6) AS INTEGER), a.id, e.kind, e.payload, e.hash "
    "FROM events AS e LEFT JOIN attempts AS a ON a.attempt_id = e.attempt_id ORDER BY e.seq",
    "DROP TABLE events",
    "ALTER TABLE events_compact RENAME TO events",
    *_EVENTS_APPEND_ONLY,
)

#: The first version with compact events; upgrading to it is verified (see `upgrade.py`).
COMPACT_EVENTS = 4

#: For a reader of a journal the station has not upgraded yet (it only reads, so it cannot):
#: the old events shown as compact ones, in the reader's own temporary schema, where the name
#: hides the file's table. Same conversion as `_V4`.
COMPACT_EVENTS_VIEW = (
    "CREATE TEMP VIEW events AS SELECT o.seq, "
    "CAST(strftime('%s', substr(o.ts, 1, 19)) AS INTEGER) * 1000000 "
    "+ CAST(substr(o.ts, 21, 6) AS INTEGER) AS at_us, "
    "(SELECT a.id FROM main.attempts AS a WHERE a.attempt_id = o.attempt_id) AS attempt_ref, "
    "o.kind, o.payload, o.hash FROM main.events AS o"
)

# Intents folded into their records: the `intents` table repeated, row for row, what each
# `attempt.intent` record holds (device, realm, fingerprint, time), and cost about a twentieth
# of the file. The two questions it answered are now answered from the records through two
# partial indexes over intent records alone: the station's latest intent for a device (the
# intent's own device ID and realm, exactly what the table held) and an attempt's intents.
# The records are hashed, so what the engine reads here is under the chain's tamper evidence
# directly. `upgrade.py` verifies the journal before (the table still agrees with the records)
# and after this step, and keeps the old file.
_V5: tuple[str, ...] = (
    "DROP INDEX intents_by_device",
    "DROP INDEX intents_by_attempt",
    "DROP TABLE intents",
    INTENT_INDEXES[0],
    INTENT_INDEXES[1],
)

#: The first version without the `intents` table (intents are read from their records).
FOLDED_INTENTS = 5

# The substring index keeps which attempts hold each trigram, not where (`detail=none`) nor
# each row's length (`columnsize=0`): 55 bytes an attempt instead of 137. A search asks for
# the attempts holding every trigram of the text and checks the text whole with LIKE on the
# few it finds (`attempt_query.AttemptFilter`); rebuilt here from the attempts' own columns.
_V6: tuple[str, ...] = (
    "DROP TABLE attempt_search",
    """CREATE VIRTUAL TABLE attempt_search USING fts5(
        device_id, hardware_serial,
        content='attempts', content_rowid='id', tokenize='trigram', detail='none', columnsize=0
    )""",
    "INSERT INTO attempt_search (attempt_search) VALUES ('rebuild')",
)

MIGRATIONS: list[Sequence[str]] = [_V1, _V2, _V3, _V4, _V5, _V6]


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
            Text.of("journal.newer", path=str(path), version=version, known=current),
            Text.of("journal.newer.action"),
        )


def migrate(conn: sqlite3.Connection, up_to: int | None = None) -> None:
    """Apply every pending migration (or those up to version `up_to`), each in its own
    transaction with its version bump.

    The version is read inside each transaction, so two connections opening the same old
    journal at once (the writer and the outbox) never apply a step twice.
    """
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            index = int(version)
            if index >= (len(MIGRATIONS) if up_to is None else up_to):
                conn.execute("COMMIT")
                return
            for statement in MIGRATIONS[index]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {index + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _unreadable(path: Path, exc: Exception) -> JournalError:
    # A journal another program holds locked is not a wrong path or a damaged file: sending
    # the user to a backup for it would lose what the file holds.
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return JournalError(
            Text.of("journal.locked", path=str(path), reason=str(exc)),
            Text.of("journal.locked.action"),
        )
    return JournalError(
        Text.of("journal.unreadable", path=str(path), reason=str(exc)),
        Text.of("journal.unreadable.action"),
    )
