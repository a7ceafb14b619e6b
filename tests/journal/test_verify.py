"""`verify` finds tampering with the raw file and names the first bad record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station.cancel import Cancelled, CancelToken
from station.journal import Journal, JournalError, verify
from station.journal.chain import EVENT_ROWS_SQL, GENESIS, event_hash
from station.journal.synthetic import seed_journal
from tests.journal.helpers import as_schema4, full_attempt, station_writing


def _broken(seq: int) -> str:
    """What verify says of the first record whose hash does not match."""
    return (
        f"record {seq} does not match its hash: it was changed after it was written, or "
        "records were removed, inserted or reordered here"
    )


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
    assert result.checked == 4 * 4 + 1
    assert result.first_bad_seq is None


def test_an_edited_record_is_named(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(
        path,
        "UPDATE events SET payload = replace(payload, '\"FAIL\"', '\"PASS\"') WHERE seq = 8",
        "UPDATE events SET payload = replace(payload, 'd1', 'dX') WHERE seq = 6",
    )
    result = verify(path)
    assert not result.ok
    assert result.first_bad_seq == 6
    assert result.reason == _broken(6)


def test_a_deleted_record_is_named(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(path, "DELETE FROM events WHERE seq = 10")
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, 10, 9)
    assert result.reason == "record 10 is missing (the next record is 11)"


def test_reordered_records_are_named(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    columns = "at_us, attempt_ref, kind, payload, hash"
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
    assert result.reason == _broken(14)


def test_renumbered_records_are_named(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(
        path,
        "UPDATE events SET seq = -1 WHERE seq = 12",
        "UPDATE events SET seq = 12 WHERE seq = 13",
        "UPDATE events SET seq = 13 WHERE seq = -1",
    )
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, 12)
    assert result.reason == _broken(12)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("UPDATE attempts SET result = 'PASS', error_class = '' WHERE id = 2", "result"),
        ("UPDATE steps SET duration_s = 0.01 WHERE attempt_ref = 2", "steps"),
        (
            "UPDATE intents SET fingerprint = 'c' || substr(fingerprint, 2) WHERE seq = 7",
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
    if "intents" in statement:  # only journals from before schema 5 have the table
        as_schema4(path)
    _tamper(path, statement)
    result = verify(path)
    assert not result.ok
    assert expected in result.reason


def test_a_removed_tail_shows_in_the_tables(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    # Deleting the last events leaves a valid chain; the attempt rows still say what they said.
    _tamper(path, "DELETE FROM events WHERE seq >= 13")
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
    assert seen[-1] == (17, 17)


def test_verify_while_the_station_writes(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with station_writing(path, before=30):
        results = [verify(path) for _ in range(5)]
    assert all(r.ok for r in results), [r.reason for r in results]
    assert results[-1].checked >= results[0].checked >= 30 * 4


# Edit-and-fix-the-tables: each case edits one hashed field of stored events *and* rewrites the
# materialised tables to match, as a careful attacker would, so the table replay finds nothing
# and only the hash chain can. The layout of `_journal`: attempt n (0-3) is records 4n+1 to
# 4n+4 (begin, device, intent carrying the connect step, finish carrying the write step);
# record 17 is a privileged override. The stored time is integer microseconds (hashed as ISO
# text) and the stored attempt is its row id (hashed as the attempt's UUID).
_BACKDATED_US = 1_767_582_000_000_000  # 2026-01-05T03:00:00Z
_CHANGED = {
    "ts": (
        f"UPDATE events SET at_us = {_BACKDATED_US} WHERE seq = 17",
        f"UPDATE audit SET at_us = {_BACKDATED_US} WHERE seq = 17",
    ),
    # An intent is its record alone (schema 5): no table row to fix.
    "ts of an intent": (f"UPDATE events SET at_us = {_BACKDATED_US} WHERE seq = 11",),
    "kind": (
        "UPDATE events SET kind = 'privileged.signin' WHERE seq = 17",
        "UPDATE audit SET kind = 'signin' WHERE seq = 17",
    ),
    # The UUID is stored once, in the attempt's row; its records hash it.
    "attempt_id": (
        "UPDATE attempts SET attempt_id = 'ffffffff-0000-4000-8000-000000000000' WHERE id = 4",
    ),
    # Attempt 2's intent (record 11) moved to attempt 3.
    "attempt of a record": ("UPDATE events SET attempt_ref = 4 WHERE seq = 11",),
    "payload": (
        "UPDATE events SET payload = replace(payload, '\"PASS\"', '\"FAIL\"') WHERE seq = 8",
        "UPDATE attempts SET result = 'FAIL' WHERE id = 2",
    ),
    # A step folded into a record (attempt 1's connect step, in its intent, record 7).
    "step inside a record": (
        "UPDATE events SET payload = replace(payload, '0.25', '0.05') WHERE seq = 7",
        "UPDATE steps SET duration_s = 0.05 WHERE attempt_ref = 2 AND step = 'connect'",
    ),
    # Record 15 (attempt 3's intent, carrying its connect step) removed with its rows and the
    # records after it renumbered down: only `seq` inside the hash gives it away.
    "seq": (
        "DELETE FROM events WHERE seq = 15",
        "DELETE FROM steps WHERE attempt_ref = 4 AND step = 'connect'",
        "UPDATE events SET seq = 15 WHERE seq = 16",
        "UPDATE events SET seq = 16 WHERE seq = 17",
        "UPDATE attempts SET last_seq = 15 WHERE id = 4",
        "UPDATE audit SET seq = 16 WHERE seq = 17",
    ),
}
_FIRST_BAD = {
    "ts": 17,
    "ts of an intent": 11,
    "kind": 17,
    "attempt_id": 13,
    "attempt of a record": 11,
    "payload": 8,
    "seq": 15,
    "step inside a record": 7,
}


@pytest.mark.parametrize("field", sorted(_CHANGED))
def test_each_hashed_field_is_covered(tmp_path: Path, field: str) -> None:
    path = _journal(tmp_path)
    _tamper(path, *_CHANGED[field])
    result = verify(path)
    bad = _FIRST_BAD[field]
    assert (result.ok, result.first_bad_seq, result.checked) == (False, bad, bad - 1)
    assert result.reason == _broken(bad)


def test_the_chain_link_is_covered(tmp_path: Path) -> None:
    """No link is stored, but each hash covers the previous one: record 9 rewritten with a
    hash of its own fields on a chain that starts afresh there is caught at 9."""
    path = _journal(tmp_path)
    conn = sqlite3.connect(path)
    try:
        seq, ts, attempt_id, kind, payload, _ = conn.execute(
            f"{EVENT_ROWS_SQL} WHERE e.seq = 9"
        ).fetchone()
    finally:
        conn.close()
    fresh = event_hash(GENESIS, seq=seq, ts=ts, attempt_id=attempt_id, kind=kind, payload=payload)
    _tamper(path, f"UPDATE events SET hash = x'{fresh.hex()}' WHERE seq = 9")
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, 9, 8)
    assert result.reason == _broken(9)


def test_a_table_only_edit_names_the_field(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(path, "UPDATE attempts SET fingerprint = 'c' || substr(fingerprint, 2) WHERE id = 3")
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, 12)
    assert result.reason.startswith("attempt ")
    assert "the table says fingerprint = 'caaa" in result.reason


def test_every_privileged_action_is_counted(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    with Journal.open(path, station_id="s") as journal:
        journal.record_event("signin", actor="ann", details={}, reason="")
    assert verify(path).ok  # two audit rows, two privileged records
    # An invented audit row, for a record that does not exist: the records explain two.
    _tamper(path, "INSERT INTO audit VALUES (99, 0, 'override', 'sam', '{}', 'rework')")
    result = verify(path)
    assert (result.ok, result.checked, result.first_bad_seq) == (False, 18, None)
    assert result.reason == "the audit table holds 3 rows but the records explain 2"


def test_an_edited_privileged_action_names_its_record(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(path, "UPDATE audit SET actor = 'mallory' WHERE seq = 17")
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, 17, 16)
    assert result.reason == "the privileged action in record 17 differs in the table"


def _index_out_of_step(tmp_path: Path, attempts: int) -> Path:
    """A journal whose `attempts_by_device` index no longer matches its table: SQLite's
    integrity check reports one problem per attempt row (at most ten)."""
    path = _journal(tmp_path, attempts=attempts)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, 'device_id', 'slot') "
            "WHERE name = 'attempts_by_device'"
        )
        conn.commit()
    finally:
        conn.close()
    return path


@pytest.mark.parametrize(
    ("attempts", "more"), [(1, ""), (2, " (and 1 more)"), (12, " (and 9 more)")]
)
def test_a_malformed_file_names_the_first_problem_and_counts_the_rest(
    tmp_path: Path, attempts: int, more: str
) -> None:
    result = verify(_index_out_of_step(tmp_path, attempts))
    assert (result.ok, result.damaged, result.checked, result.first_bad_seq) == (
        False,
        True,
        0,
        None,
    )
    assert result.reason == (
        "the database file is malformed: SQLite's integrity check reports "
        f"'row 1 missing from index attempts_by_device'{more}"
    )


def test_a_missing_journal_is_named_with_an_action(tmp_path: Path) -> None:
    path = tmp_path / "none.sqlite"
    with pytest.raises(JournalError) as caught:
        verify(path)
    assert caught.value.message == f"There is no journal at {path}."
    assert caught.value.action == "Check the journal path."
    assert not path.exists()  # verify never creates one


@pytest.mark.parametrize(
    ("table", "statement"),
    [
        (
            "steps",
            "INSERT INTO steps (attempt_ref, position, step, started_us, duration_s, ok, detail) "
            "VALUES (999, 0, 'write', 0, 0.1, 1, '')",
        ),
        (
            "intents",
            "INSERT INTO intents VALUES (999, 999, 'dX', 'plant1', 'ab', 0)",
        ),
    ],
)
def test_rows_no_record_explains_name_their_table(
    tmp_path: Path, table: str, statement: str
) -> None:
    path = _journal(tmp_path)
    if table == "intents":  # only journals from before schema 5 have the table
        as_schema4(path)
    _tamper(path, statement)
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, None)
    assert result.reason.startswith(f"the {table} table holds "), result.reason


def test_a_cancelled_verify_stops_at_its_next_progress_point(tmp_path: Path) -> None:
    # Just past one progress point: the records an attempt takes are measured, not assumed.
    sample = tmp_path / "sample.sqlite"
    seed_journal(sample, 200)
    per_attempt = verify(sample).checked / 200
    path = tmp_path / "j.sqlite"
    seed_journal(path, int(21_000 / per_attempt) + 1)
    seen: list[tuple[int, int]] = []
    cancel = CancelToken()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    full = verify(path, progress=progress)
    assert full.ok and full.checked > 20_000
    total = full.checked
    assert seen == [(n, total) for n in range(0, total, 20_000)] + [(total, total)]
    cancel.cancel("The supervisor closed the window.")
    with pytest.raises(Cancelled, match=r"^The supervisor closed the window\.$"):
        verify(path, cancel=cancel)


def test_a_table_page_too_damaged_to_walk_is_named_as_damage(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    conn = sqlite3.connect(path)
    try:
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'events'"
        ).fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    with path.open("r+b") as raw:
        raw.seek((root - 1) * page_size)
        raw.write(b"\xff" * 100)
    result = verify(path)
    assert (result.ok, result.damaged, result.checked) == (False, True, 0)
    assert result.reason == (
        "the database file is malformed: SQLite's integrity check reports "
        "'database disk image is malformed'"
    )


def test_a_journal_that_cannot_be_read_to_the_end_says_restore(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(path, "DROP TABLE events")
    with pytest.raises(JournalError) as caught:
        verify(path)
    assert caught.value.message.startswith(f"The journal {path} cannot be read to the end (")
    assert "events" in caught.value.message
    assert caught.value.action == (
        "Restore the journal from its backup and keep this copy for investigation."
    )


def test_a_journal_from_a_newer_station_is_refused_by_name(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA user_version = 99")
    finally:
        conn.close()
    before = path.read_bytes()
    with pytest.raises(JournalError) as caught:
        verify(path)
    assert caught.value.message.startswith(
        f"The journal {path} was written by a newer station version (schema 99;"
    )
    assert path.read_bytes() == before


def test_a_chain_broken_past_two_progress_points_reports_each_point_once(tmp_path: Path) -> None:
    """The fast walk reports its start, 20,000 and 40,000 before it finds the break; the
    replay that then names the record must not report any of them again."""
    path = tmp_path / "j.sqlite"
    seed_journal(path, 11_000)  # a little over 42,000 records
    _tamper(path, "UPDATE events SET payload = payload || ' ' WHERE seq = 40001")
    seen: list[tuple[int, int]] = []
    result = verify(path, progress=lambda done, total: seen.append((done, total)))
    assert (result.ok, result.first_bad_seq, result.checked) == (False, 40_001, 40_000)
    assert result.reason == _broken(40_001)
    total = seen[0][1]
    assert total > 40_001
    assert seen == [(0, total), (20_000, total), (40_000, total)]


def test_a_journal_with_no_records_yet_verifies(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    Journal.open(path, station_id="s").close()
    seen: list[tuple[int, int]] = []
    result = verify(path, progress=lambda done, total: seen.append((done, total)))
    assert (result.ok, result.checked, result.first_bad_seq) == (True, 0, None)
    assert result.reason == "0 records verified"
    assert seen == [(0, 0)]


def test_an_attempt_with_only_its_begin_is_named_at_that_record(tmp_path: Path) -> None:
    """A station stopped right after an attempt began leaves that record alone: an edit to the
    attempt's row is named at the begin record itself."""
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal)
        begun = journal.begin_attempt(
            slot="2", operator="alice", target_name="t", realm="r", pairing_url="https://p"
        )
    _tamper(path, "UPDATE attempts SET operator = 'mallory' WHERE id = 2")
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, 5, 5)
    assert result.reason == (
        f"attempt {begun}: the table says operator = 'mallory', its records say 'alice'"
    )
