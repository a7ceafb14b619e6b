"""Upgrading a schema-4 journal (written by the station before intents were folded into their
records): verified before and after, the old file kept, and every question the `intents` table
answered answered the same from the records."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from station.journal import AttemptFilter, Journal, JournalError, JournalQuery, schema, verify
from station.journal.read_only import open_read_only
from tests.journal.helpers import (
    FP_A,
    RECORDS_PER_ATTEMPT,
    SCHEMA4_FIXTURE,
    as_schema4,
    full_attempt,
)

_OLD_INTENTS = "SELECT seq, attempt_ref, device_id, realm, fingerprint, recorded_us FROM intents"
_EVENTS = "SELECT seq, at_us, attempt_ref, kind, payload, hash FROM events ORDER BY seq"


def _rows(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _version(path: Path) -> int:
    return int(_rows(path, "PRAGMA user_version")[0][0])


def _tables(path: Path) -> set[str]:
    return {r[0] for r in _rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def _old_latest(path: Path, device_id: str, realm: str) -> str | None:
    """What the schema-4 station answered: its `intents` table's newest row for the device."""
    rows = _rows(
        path,
        "SELECT fingerprint FROM intents WHERE device_id = ? AND realm = ? "
        "ORDER BY seq DESC LIMIT 1",
        (device_id, realm),
    )
    return str(rows[0][0]) if rows else None


def _schema4_journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite"
    shutil.copy(SCHEMA4_FIXTURE, path)
    return path


def test_the_fixture_is_an_intact_schema4_journal() -> None:
    assert _version(SCHEMA4_FIXTURE) == 4
    assert "intents" in _tables(SCHEMA4_FIXTURE)
    assert len(_rows(SCHEMA4_FIXTURE, _OLD_INTENTS)) == 4
    result = verify(SCHEMA4_FIXTURE)
    assert (result.ok, result.checked) == (True, 17)


def test_a_schema4_journal_is_upgraded_and_answers_as_before(tmp_path: Path) -> None:
    path = _schema4_journal(tmp_path)
    old_events = _rows(path, _EVENTS)
    old_intents = _rows(path, _OLD_INTENTS)
    with JournalQuery.open(path) as q:
        old_details = [q.attempt(a) for a in q.keys(AttemptFilter())]
    asked = [("dev-1", "plant1"), ("dev-2", "plant2"), ("dev-4", "plant1"), ("dev-4b", "plant1")]
    old_answers = [_old_latest(path, d, r) for d, r in asked]
    assert old_answers == [FP_A, "c" * 64, None, "d" * 64]

    with Journal.open(path, station_id="station-4") as journal:
        assert _version(path) == schema.schema_version()
        assert [journal.latest_intent_fingerprint(d, r) for d, r in asked] == old_answers
        new_attempt = full_attempt(journal, device_id="dev-1", fingerprint="e" * 64)
        assert journal.latest_intent_fingerprint("dev-1", "plant1") == "e" * 64

    # The old file is kept beside it, as it was, and still verifies.
    kept = tmp_path / "journal.schema4.sqlite"
    assert _version(kept) == 4
    assert _rows(kept, _EVENTS) == old_events
    assert _rows(kept, _OLD_INTENTS) == old_intents
    assert verify(kept).ok
    # The upgraded journal has no intents table, the same records, and verifies.
    assert "intents" not in _tables(path)
    assert _rows(path, _EVENTS)[:17] == old_events
    result = verify(path)
    assert (result.ok, result.checked) == (True, 17 + RECORDS_PER_ATTEMPT)
    # Each attempt's detail, its intents included, reads as it did from the table.
    with JournalQuery.open(path) as q:
        details = [q.attempt(a) for a in q.keys(AttemptFilter())]
    assert [d for d in details if d is not None and d.row.attempt_id != new_attempt] == (
        old_details
    )
    shown = sorted(
        (i.seq, i.device_id, i.realm, i.fingerprint, d.row.attempt_id)
        for d in details
        if d is not None
        for i in d.intents
    )
    ids = {ref: a for ref, a in _rows(path, "SELECT id, attempt_id FROM attempts")}
    assert shown == [(s, d, r, f, ids[ref]) for s, ref, d, r, f, _ in old_intents] + [
        (17 + 3, "dev-1", "plant1", "e" * 64, new_attempt)  # its intent is its third record
    ]


def _plans(path: Path) -> tuple[str, str]:
    """How a reader's connection answers the latest-intent and the detail's question."""
    conn = open_read_only(path)
    try:
        latest = conn.execute(f"EXPLAIN QUERY PLAN {schema.LATEST_INTENT_SQL}", ("d", "r"))
        detail = conn.execute(f"EXPLAIN QUERY PLAN {schema.ATTEMPT_INTENTS_SQL}", (1,))
        return str(latest.fetchall()), str(detail.fetchall())
    finally:
        conn.close()


def test_the_intent_questions_read_an_index_of_intent_records(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal)
    latest, detail = _plans(path)
    assert "USING INDEX events_intent_by_device" in latest
    assert "USING INDEX events_intent_by_attempt" in detail
    # Newest first straight from the index, with nothing sorted.
    assert "TEMP B-TREE" not in latest + detail


def test_a_journal_not_upgraded_yet_is_read_through_its_intents_table() -> None:
    """A kept copy, or another station's file, read without being upgraded."""
    latest, detail = _plans(SCHEMA4_FIXTURE)
    assert "USING INDEX intents_by_device" in latest
    assert "USING INDEX intents_by_attempt" in detail
    conn = open_read_only(SCHEMA4_FIXTURE)
    try:
        assert conn.execute(schema.LATEST_INTENT_SQL, ("dev-2", "plant2")).fetchall() == [
            ("c" * 64,)
        ]
    finally:
        conn.close()


def test_a_schema4_journal_whose_intents_table_was_edited_is_not_upgraded(
    tmp_path: Path,
) -> None:
    path = _schema4_journal(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE intents SET fingerprint = '{}' WHERE seq = 8".format("f" * 64))
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(JournalError) as info:
        Journal.open(path, station_id="station-4")
    assert "does not verify" in info.value.message
    assert "its intents differ from its records" in info.value.message
    assert path.read_bytes() == before
    assert not (tmp_path / "journal.schema4.sqlite").exists()


def test_a_round_trip_through_schema4_upgrades_a_large_journal(tmp_path: Path) -> None:
    """The writer's own journal taken back to schema 4 comes forward again, intact."""
    path = tmp_path / "journal.sqlite"
    with Journal.open(path, station_id="s") as journal:
        for n in range(50):
            full_attempt(journal, device_id=f"d{n % 7}", fingerprint=f"{n % 16:x}" * 64)
    records = _rows(path, _EVENTS)
    as_schema4(path)
    answers = [_old_latest(path, f"d{n}", "plant1") for n in range(7)]
    with Journal.open(path, station_id="s") as journal:
        assert [journal.latest_intent_fingerprint(f"d{n}", "plant1") for n in range(7)] == answers
    assert _rows(path, _EVENTS) == records
    assert verify(path).checked == 50 * RECORDS_PER_ATTEMPT


def test_two_processes_opening_an_old_journal_at_once_upgrade_it_once(tmp_path: Path) -> None:
    """The station and a command beside it: one upgrades, the other waits and goes on."""
    path = _schema4_journal(tmp_path)
    opened: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def open_it(name: str) -> None:
        try:
            start.wait()
            with Journal.open(path, station_id="station-4") as journal:
                full_attempt(journal, device_id=f"dev-{name}")
            opened.append(name)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert sorted(opened) == ["a", "b"]
    assert _version(path) == schema.schema_version()
    kept = sorted(p.name for p in tmp_path.glob("journal.schema*.sqlite"))
    assert kept == ["journal.schema4.sqlite"]
    assert _version(tmp_path / "journal.schema4.sqlite") == 4
    result = verify(path)
    assert (result.ok, result.checked) == (True, 17 + 2 * RECORDS_PER_ATTEMPT)
