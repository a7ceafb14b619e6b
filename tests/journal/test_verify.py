"""`verify` finds tampering with the raw file and names the first bad record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station.journal import Journal, verify
from tests.journal.helpers import full_attempt, station_writing


def _journal(tmp_path: Path, attempts: int = 4) -> Path:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        for n in range(attempts):
            full_attempt(journal, device_id=f"d{n}", serial=f"S{n}")
        journal.record_event("override", actor="sam", details={"device": "d1"}, reason="rework")
    return path


def _tamper(path: Path, *statements: str) -> None:
    """Edit the file as an attacker with the sqlite3 shell would: triggers dropped first."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER events_no_update")
        conn.execute("DROP TRIGGER events_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_an_untouched_journal_verifies(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    result = verify(path)
    assert result.ok
    assert result.checked == 4 * 6 + 1
    assert result.first_bad_seq is None


def test_an_edited_record_is_named(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(
        path,
        "UPDATE events SET payload = replace(payload, '\"FAIL\"', '\"PASS\"') WHERE seq = 12",
        "UPDATE events SET payload = replace(payload, 'd1', 'dX') WHERE seq = 8",
    )
    result = verify(path)
    assert not result.ok
    assert result.first_bad_seq == 8
    assert "changed" in result.reason


def test_a_deleted_record_is_named(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(path, "DELETE FROM events WHERE seq = 10")
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, 10, 9)
    assert "missing" in result.reason


def test_reordered_records_are_named(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    columns = "ts, attempt_id, kind, payload, prev_hash, hash"
    _tamper(
        path,
        f"CREATE TEMP TABLE a AS SELECT {columns} FROM events WHERE seq = 14",
        f"CREATE TEMP TABLE b AS SELECT {columns} FROM events WHERE seq = 15",
        "DELETE FROM events WHERE seq IN (14, 15)",
        f"INSERT INTO events (seq, {columns}) SELECT 14, {columns} FROM b",
        f"INSERT INTO events (seq, {columns}) SELECT 15, {columns} FROM a",
    )
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, 14)


def test_renumbered_records_are_named(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(
        path,
        "UPDATE events SET seq = -1 WHERE seq = 20",
        "UPDATE events SET seq = 20 WHERE seq = 21",
        "UPDATE events SET seq = 21 WHERE seq = -1",
    )
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, 20)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("UPDATE attempts SET result = 'PASS', error_class = '' WHERE id = 2", "result"),
        ("UPDATE steps SET duration_s = 0.01 WHERE attempt_ref = 2", "steps"),
        (
            "UPDATE intents SET fingerprint = 'c' || substr(fingerprint, 2) WHERE seq = 10",
            "intents",
        ),
        ("UPDATE audit SET reason = 'no reason'", "privileged action"),
    ],
)
def test_edits_to_what_qa_reads_are_caught(tmp_path: Path, statement: str, expected: str) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal, device_id="d0")
        full_attempt(journal, device_id="d1", result="FAIL", error_class="timeout")
        journal.record_event("override", actor="sam", details={}, reason="rework")
    _tamper(path, statement)
    result = verify(path)
    assert not result.ok
    assert expected in result.reason


def test_a_removed_tail_shows_in_the_tables(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    # Deleting the last events leaves a valid chain; the attempt rows still say what they said.
    _tamper(path, "DELETE FROM events WHERE seq >= 19")
    result = verify(path)
    assert not result.ok
    assert "attempt" in result.reason


def test_an_invented_attempt_row_is_caught(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(
        path,
        "INSERT INTO attempts (attempt_id, station_id, slot, operator, target_name, realm, "
        "pairing_url, started_us, last_seq, result) "
        "VALUES ('fake', 's', '1', 'o', 't', 'r', 'u', 0, 1, 'PASS')",
    )
    result = verify(path)
    assert not result.ok
    assert "attempts table" in result.reason


def test_progress_is_reported(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    assert verify(path, progress=progress).ok
    assert seen[-1] == (25, 25)


def test_verify_while_the_station_writes(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with station_writing(path, before=30):
        results = [verify(path) for _ in range(5)]
    assert all(r.ok for r in results), [r.reason for r in results]
    assert results[-1].checked >= results[0].checked >= 30 * 6
