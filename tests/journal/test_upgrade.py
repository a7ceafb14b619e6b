"""Upgrading a journal written before the compact event format: verified before and after, the
old file kept, every record and every hash carried over, and nothing changed when it fails."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from station.fleet.journal_source import JournalSource
from station.journal import (
    AttemptFilter,
    Journal,
    JournalError,
    JournalQuery,
    Outbox,
    schema,
    verify,
)
from station.journal.qa_queries import QAReader
from tests.journal.helpers import RECORDS_PER_ATTEMPT, SCHEMA3_FIXTURE, full_attempt

_OLD_ROWS = "SELECT seq, ts, attempt_id, kind, payload, prev_hash, hash FROM events ORDER BY seq"


def _old_journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite"
    shutil.copy(SCHEMA3_FIXTURE, path)
    return path


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _version(path: Path) -> int:
    return int(_rows(path, "PRAGMA user_version")[0][0])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _details(path: Path) -> list[Any]:
    with JournalQuery.open(path) as q:
        return [q.attempt(a) for a in q.keys(AttemptFilter())]


def test_the_fixture_is_an_intact_old_journal() -> None:
    assert _version(SCHEMA3_FIXTURE) == 3
    result = verify(SCHEMA3_FIXTURE)
    assert (result.ok, result.checked) == (True, 19)


def test_an_old_journal_is_upgraded_with_every_record_and_hash(tmp_path: Path) -> None:
    path = _old_journal(tmp_path)
    old_events = _rows(path, _OLD_ROWS)
    old_details = _details(path)
    with Journal.open(path, station_id="station-3") as journal:
        assert _version(path) == schema.schema_version()
        new_attempt = full_attempt(journal, device_id="dev-new")
    # The old file is kept beside it, still verifying as it did.
    kept = tmp_path / "journal.schema3.sqlite"
    assert _version(kept) == 3
    assert _rows(kept, _OLD_ROWS) == old_events
    assert verify(kept).ok
    # The upgraded journal holds the same records with the same hashes, and goes on.
    result = verify(path)
    assert (result.ok, result.checked) == (True, 19 + RECORDS_PER_ATTEMPT)
    details = _details(path)
    assert [d for d in details if d.row.attempt_id != new_attempt] == old_details
    with Outbox.open(path, station_id="station-3") as outbox:
        shipped = [(e.seq, e.at, e.attempt_id, e.kind, e.hash) for e in outbox.events_after(0, 19)]
    assert shipped == [(r[0], r[1], r[2], r[3], bytes(r[6]).hex()) for r in old_events]
    # The fleet's view of the chain, links included, is what the central store already holds.
    with JournalSource.open(path) as source:
        events = source.events_after(0, 19) + source.events_after(19, 1)
    assert [(e.seq, e.ts, e.attempt_id, e.kind, e.payload, e.prev_hash, e.hash) for e in events][
        :19
    ] == [(*r[:5], bytes(r[5]), bytes(r[6])) for r in old_events]
    assert events[19].prev_hash == events[18].hash


def test_a_journal_that_does_not_verify_is_not_upgraded(tmp_path: Path) -> None:
    path = _old_journal(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET payload = replace(payload, 'plant1', 'plantX') WHERE seq = 1")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(JournalError) as info:
        Journal.open(path, station_id="station-3")
    assert "does not verify (record 1 does not match its hash" in info.value.message
    assert "has not been changed" in info.value.message
    assert "Restore the journal from its backup" in info.value.action
    assert _digest(path) == before
    assert not (tmp_path / "journal.schema3.sqlite").exists()


def test_an_upgrade_that_changes_a_record_is_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the conversion wrong (here: every time one microsecond late), verification after
    it catches that and the old journal is put back."""
    path = _old_journal(tmp_path)
    old_events = _rows(path, _OLD_ROWS)
    wrong = [s.replace("AS INTEGER), a.id", "AS INTEGER) + 1, a.id") for s in schema.MIGRATIONS[3]]
    assert wrong != list(schema.MIGRATIONS[3])
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:3], wrong])
    with pytest.raises(JournalError) as info:
        Journal.open(path, station_id="station-3")
    assert "did not keep every record intact" in info.value.message
    assert "put back as it was" in info.value.message
    assert _version(path) == 3
    assert _rows(path, _OLD_ROWS) == old_events
    assert verify(path).ok
    # A later upgrade, by a correct station, keeps a copy of its own beside the first.
    monkeypatch.undo()
    with Journal.open(path, station_id="station-3"):
        pass
    assert (tmp_path / "journal.schema3-2.sqlite").exists()
    assert verify(path).ok


def test_readers_read_a_journal_the_station_has_not_upgraded_yet(tmp_path: Path) -> None:
    """A QA PC or the shipper may open an old journal before the station has: they only read,
    so they read its events as compact ones, and the file stays as it was."""
    path = _old_journal(tmp_path)
    before = _digest(path)
    old_events = _rows(path, _OLD_ROWS)
    with JournalQuery.open(path) as query:
        head, touched = query.changed_since(16)
        assert head == 19
        assert touched == [r[2] for r in old_events[16:] if r[2] is not None][:1]
    with QAReader.open(path) as reader:
        assert reader.attempt_of_event(4) == old_events[3][2]
        assert reader.attempt_of_event(17) is None  # the privileged action
    with JournalSource.open(path) as source:
        events = source.events_after(0, 100)
    assert [
        (e.seq, e.ts, e.attempt_id, e.kind, e.payload, e.prev_hash, e.hash) for e in events
    ] == [(*r[:5], bytes(r[5]), bytes(r[6])) for r in old_events]
    assert _digest(path) == before
    assert _version(path) == 3
