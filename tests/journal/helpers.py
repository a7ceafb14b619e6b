"""Small helpers shared by the journal tests."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from station.journal import Journal, store
from station.journal.record_form import OLD_STEPS

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
#: A journal as the station wrote it before the compact event format (schema 3, 19 records:
#: a PASS, a FAIL, a RECOVERED attempt with a profile and facts, a privileged action and an
#: unfinished attempt). Kept byte for byte: the upgrade must carry such files over intact.
SCHEMA3_FIXTURE = Path(__file__).parent / "fixtures" / "schema3.sqlite"


def schema1_journal(path: Path) -> Path:
    """A journal as stations wrote it before device profiles (schema 1): the schema-3 fixture
    up to its first attempt with a profile (records 1-12, two attempts with none), with the two
    later schema steps taken back (no profile columns; the outbox still a table)."""
    shutil.copy(SCHEMA3_FIXTURE, path)
    conn = sqlite3.connect(path)
    try:
        conn.executescript(
            """
            DROP TRIGGER events_no_delete;
            INSERT INTO attempt_search (attempt_search) VALUES ('delete-all');
            DELETE FROM steps WHERE attempt_ref IN (SELECT id FROM attempts
                WHERE attempt_id IN (SELECT attempt_id FROM events WHERE seq >= 13));
            DELETE FROM intents WHERE attempt_ref IN (SELECT id FROM attempts
                WHERE attempt_id IN (SELECT attempt_id FROM events WHERE seq >= 13));
            DELETE FROM attempts
                WHERE attempt_id IN (SELECT attempt_id FROM events WHERE seq >= 13);
            DELETE FROM audit WHERE seq >= 13;
            DELETE FROM events WHERE seq >= 13;
            INSERT INTO attempt_search (attempt_search) VALUES ('rebuild');
            CREATE TRIGGER events_no_delete BEFORE DELETE ON events
                BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END;
            ALTER TABLE attempts DROP COLUMN facts;
            ALTER TABLE attempts DROP COLUMN profile;
            CREATE TABLE outbox (seq INTEGER PRIMARY KEY);
            DELETE FROM meta WHERE key = 'shipped_through';
            PRAGMA user_version = 1;
            """
        )
    finally:
        conn.close()
    return path


#: A journal as the station wrote it before intents were folded into their records (schema 4,
#: 17 records): a PASS; a FAIL with two intents; a privileged action; a RECOVERED attempt
#: (fingerprint in its finish, with a privileged record); an unfinished attempt whose intent
#: names another device than its device record. Kept byte for byte, like the schema-3 one.
SCHEMA4_FIXTURE = Path(__file__).parent / "fixtures" / "schema4.sqlite"


def as_schema4(path: Path) -> Path:
    """The journal at `path`, written by this station, taken back to schema 4: its `intents`
    table rebuilt from the intent records, as the schema-4 writer kept it. For the tests of
    what verify checks in such journals before it upgrades them."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(
            """
            DROP INDEX events_intent_by_device;
            DROP INDEX events_intent_by_attempt;
            CREATE TABLE intents (
                seq INTEGER PRIMARY KEY,
                attempt_ref INTEGER NOT NULL REFERENCES attempts(id),
                device_id TEXT NOT NULL,
                realm TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                recorded_us INTEGER NOT NULL
            );
            INSERT INTO intents SELECT seq, attempt_ref, json_extract(payload, '$.device_id'),
                json_extract(payload, '$.realm'), json_extract(payload, '$.fingerprint'), at_us
                FROM events WHERE kind = 'attempt.intent' ORDER BY seq;
            CREATE INDEX intents_by_device ON intents (device_id, realm, seq);
            CREATE INDEX intents_by_attempt ON intents (attempt_ref);
            PRAGMA user_version = 4;
            """
        )
    finally:
        conn.close()
    return path


FP_A = "a" * 64
FP_B = "b" * 64
# Shaped like an Astarte credentials secret; must never reach the journal file.
FAKE_SECRET = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5"[:43] + "="


class SteppingClock:
    """A clock that moves forward by `step` every time it is read."""

    def __init__(self, start: datetime = T0, step: timedelta = timedelta(seconds=1)) -> None:
        self.now = start
        self.step = step

    def __call__(self) -> datetime:
        current = self.now
        self.now += self.step
        return current


#: What `full_attempt` writes: begin, device, the intent carrying the connect step, and the
#: finish carrying the write step (steps ride in the attempt's next record).
RECORDS_PER_ATTEMPT = 4


def full_attempt(
    journal: Journal,
    *,
    slot: str = "1",
    device_id: str = "dev-1",
    serial: str = "SN1",
    realm: str = "plant1",
    result: str = "PASS",
    error_class: str = "",
    fingerprint: str = FP_A,
) -> str:
    attempt = journal.begin_attempt(
        slot=slot,
        operator="alice",
        target_name="line-a",
        realm=realm,
        pairing_url="https://pairing.example.com",
    )
    journal.update_device(
        attempt,
        device_id=device_id,
        hardware_serial=serial,
        model="sensor",
        firmware="1.0",
        storage_kind="otp",
    )
    journal.record_step(attempt, "connect", started_at=T0, duration_s=0.25, ok=True)
    journal.record_intent(attempt, device_id=device_id, fingerprint=fingerprint)
    journal.record_step(
        attempt, "write", started_at=T0, duration_s=0.5, ok=result == "PASS", detail="w"
    )
    journal.finish_attempt(attempt, result=result, error_class=error_class)
    return attempt


@contextmanager
def station_writing(path: Path, *, before: int) -> Iterator[None]:
    """A journal at `path` holding `before` finished attempts, and the station's writer adding
    more from its own thread, as fast as it can, until the block ends."""
    with Journal.open(path, station_id="s") as journal:
        for n in range(before):
            full_attempt(journal, device_id=f"d{n}")
        stop = threading.Event()

        def keep_writing() -> None:
            n = before
            while not stop.is_set():
                full_attempt(journal, device_id=f"d{n}")
                n += 1

        writer = threading.Thread(target=keep_writing)
        writer.start()
        try:
            yield
        finally:
            stop.set()
            writer.join(30)


@contextmanager
def old_record_form() -> Iterator[None]:
    """The writer as stations wrote before the compact record form (`record_form.py`), for the
    tests that read both: steps under `"steps"` as held ([step, started_us, duration_s, ok,
    detail]) and finish records with every field, empty or not."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "COMPACT_STEPS", OLD_STEPS)
        patch.setattr(store, "compact_steps", lambda steps, started_us: [list(s) for s in steps])
        patch.setattr(store, "compact_finish", dict)
        yield
