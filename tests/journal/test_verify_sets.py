"""The set-based half of `verify` (`verify_sets`): it must pass every journal the writer writes
(or each would be replayed at a tenth of the speed), and it must never pass a table that
disagrees with its records; `verify` then names the row exactly as the replay always has."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

from station.journal import Journal, verify
from station.journal.chain import EVENT_ROWS_SQL, GENESIS, event_hash
from station.journal.schema import FOLDED_INTENTS
from station.journal.synthetic import seed_journal
from station.journal.upgrade import upgrade_verified
from station.journal.verify import _TEXT_EVENT_ROWS
from station.journal.verify_sets import chain_intact, steps_agree, tables_agree
from tests.journal.helpers import (
    SCHEMA3_FIXTURE,
    T0,
    as_schema4,
    full_attempt,
    schema1_journal,
)


def _decided(path: Path, *, compact: bool = True) -> tuple[bool, bool]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = EVENT_ROWS_SQL if compact else _TEXT_EVENT_ROWS
        intact = chain_intact(conn, rows, lambda _: None)
        try:
            agree = tables_agree(conn, compact)
        except sqlite3.OperationalError:  # text SQLite's JSON reader refuses: so does verify
            agree = False
        return intact, agree
    finally:
        conn.close()


def _journal(tmp_path: Path) -> Path:
    """Four attempts (records 4n+1 to 4n+4) and a privileged action (record 17); attempt 2
    (row 2, records 5-8) has a profile and facts."""
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        for n in range(4):
            full_attempt(journal, device_id=f"d{n}", serial=f"S{n}")
        journal.record_event("override", actor="sam", details={"device": "d1"}, reason="rework")
    return path


def _tamper(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_journals_the_writer_writes_are_passed_without_a_replay(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    with Journal.open(path, station_id="s") as journal:
        attempt = journal.begin_attempt(
            slot="2", operator="bo", target_name="t", realm="plant1", pairing_url="https://p"
        )
        journal.update_device(
            attempt,
            device_id="d9",
            hardware_serial="S9",
            model="m",
            firmware="f",
            storage_kind="nvs",
            profile="esp32-astarte-nvs",
            facts={"mac": "aa:bb", "chip": 'ESP32 "S3" \\ rev 2'},
        )
        # A measured duration needs all 17 digits; the table must still match it exactly.
        journal.record_step(attempt, "identify", started_at=T0, duration_s=0.1 + 0.2, ok=False)
        journal.finish_attempt(
            attempt,
            result="FAIL",
            error_class="timeout",
            message="no answer",
            action="retry",
            link_stats={"retries": 2, "rtt_ms": 1.0000000000000002},
            console_excerpt="boot\n\x07",
        )
        journal.begin_attempt(  # left unfinished, as a crash leaves it
            slot="3", operator="bo", target_name="t", realm="plant1", pairing_url="https://p"
        )
    assert _decided(path) == (True, True)
    seeded = tmp_path / "seeded.sqlite"
    seed_journal(seeded, 300)
    assert _decided(seeded) == (True, True)


def test_old_format_journals_are_passed_without_a_replay(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(SCHEMA3_FIXTURE, old)
    assert _decided(old, compact=False) == (True, True)
    upgrade_verified(old, 3)
    assert _decided(old) == (True, True)
    first = schema1_journal(tmp_path / "schema1.sqlite")
    upgrade_verified(first, 1)
    assert _decided(first) == (True, True)


def _one_device(tmp_path: Path, facts: dict[str, str]) -> Path:
    """A journal of one attempt whose device has `facts`."""
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        attempt = journal.begin_attempt(
            slot="1", operator="o", target_name="t", realm="r", pairing_url="https://p"
        )
        journal.update_device(
            attempt,
            device_id="d",
            hardware_serial="S",
            model="m",
            firmware="f",
            storage_kind="nvs",
            profile="p",
            facts=facts,
        )
    return path


def test_facts_beyond_printable_ascii_are_left_to_the_replay(tmp_path: Path) -> None:
    path = _one_device(tmp_path, {"chip": "ESP32–S3"})
    assert _decided(path) == (True, False)
    seen: list[tuple[int, int]] = []
    result = verify(path, progress=lambda done, total: seen.append((done, total)))
    assert (result.ok, result.checked, result.reason) == (True, 2, "2 records verified")
    assert seen == [(0, 2), (2, 2)]  # its size, then the replay's own end, reported once


def test_facts_are_compared_by_what_they_say_not_the_order_a_record_lists_them(
    tmp_path: Path,
) -> None:
    """The table holds a device's facts sorted by key, as the writer stores them; a record
    that lists the same facts in another order (no writer's: it writes canonical JSON, so
    only a chain written again can hold one) says the same, and the replay, which the set
    check leaves such a record to, must not name the table as differing."""
    path = _one_device(tmp_path, {"chip": "esp32", "mac": "aa:bb"})
    _rechained(
        path,
        "UPDATE events SET payload = replace(payload, "
        """'"facts":{"chip":"esp32","mac":"aa:bb"}', '"facts":{"mac":"aa:bb","chip":"esp32"}')"""
        " WHERE seq = 2",
    )
    assert _decided(path) == (True, False)
    result = verify(path)
    assert (result.ok, result.checked, result.reason) == (True, 2, "2 records verified")


def test_sqlite_reads_json_numbers_as_python_does() -> None:
    """The set comparison reads durations with SQLite's JSON reader: it must give the same
    double as Python's for every text `json.dumps` writes, or an edit of a step's duration in
    its last bits would pass."""
    rng = random.Random(17)
    values = [rng.random() * 10 ** rng.randint(-7, 5) for _ in range(20_000)]
    values += [
        struct.unpack("<d", struct.pack("<Q", rng.getrandbits(62)))[0] for _ in range(20_000)
    ]
    conn = sqlite3.connect(":memory:")
    try:
        differ = [
            v
            for v in values
            if conn.execute("SELECT ? ->> 0", (json.dumps([v]),)).fetchone()[0] != v
        ]
    finally:
        conn.close()
    assert differ == []


def _attempt_edit(column: str, value: str) -> str:
    return f"UPDATE attempts SET {column} = {value} WHERE id = 2"


# Every column of an attempt's row, edited alone to disagree with attempt 2's records.
_ATTEMPT_EDITS = {
    "station_id": "'other'",
    "slot": "'9'",
    "operator": "'mallory'",
    "target_name": "'line-z'",
    "realm": "'plant9'",
    "pairing_url": "'https://evil.example.com'",
    "started_us": "started_us + 1",
    "finished_us": "finished_us - 1",
    "device_id": "'dX'",
    "hardware_serial": "'SX'",
    "model": "'other'",
    "firmware": "'9.9'",
    "storage_kind": "'nvs'",
    "profile": "'smp'",
    "facts": """'{"chip": "x"}'""",
    "result": "'FAIL'",
    "error_class": "'timeout'",
    "message": "'fine'",
    "action": "'none'",
    "fingerprint": "'c' || substr(fingerprint, 2)",
    "link_stats": """'{"retries":1}'""",
    "console_excerpt": "'boot'",
    "last_seq": "last_seq - 1",
}


@pytest.mark.parametrize("column", sorted(_ATTEMPT_EDITS))
def test_each_attempt_column_edited_is_named(tmp_path: Path, column: str) -> None:
    path = _journal(tmp_path)
    _tamper(path, _attempt_edit(column, _ATTEMPT_EDITS[column]))
    assert _decided(path) == (True, False)
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, 8, 7)
    assert result.reason.startswith("attempt ")
    assert f": the table says {column} = " in result.reason


_STEP_EDITS = {
    "step": "step = 'identify'",
    "started_us": "started_us = started_us + 1",
    # The next double after 0.25: an edit in the last bit is still an edit.
    "duration_s": "duration_s = 0.25000000000000006",
    "ok": "ok = 1 - ok",
    "detail": "detail = 'x'",
    "position": "position = position + 5",
    "attempt_ref": "attempt_ref = 3, position = 5",
}


@pytest.mark.parametrize("column", sorted(_STEP_EDITS))
def test_each_step_column_edited_is_named(tmp_path: Path, column: str) -> None:
    path = _journal(tmp_path)
    _tamper(path, f"UPDATE steps SET {_STEP_EDITS[column]} WHERE attempt_ref = 2 AND position = 0")
    assert _decided(path) == (True, False)
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, 8)
    assert result.reason.endswith(": its steps differ from its records")


_INTENT_EDITS = {
    "device_id": "device_id = 'dX'",
    "realm": "realm = 'plant9'",
    "fingerprint": "fingerprint = 'c' || substr(fingerprint, 2)",
    "recorded_us": "recorded_us = recorded_us + 1",
    "seq": "seq = 99",
    "attempt_ref": "attempt_ref = 3",
}


@pytest.mark.parametrize("column", sorted(_INTENT_EDITS))
def test_each_intent_column_edited_is_named(tmp_path: Path, column: str) -> None:
    path = as_schema4(_journal(tmp_path))  # only journals from before schema 5 have the table
    _tamper(path, f"UPDATE intents SET {_INTENT_EDITS[column]} WHERE seq = 7")
    assert _decided(path) == (True, False)
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, 8)
    assert result.reason.endswith(": its intents differ from its records")


_AUDIT_EDITS = {
    "at_us": "at_us = at_us + 1",
    "kind": "kind = 'signin'",
    "actor": "actor = 'mallory'",
    "details": """details = '{"device":"d2"}'""",
    "reason": "reason = ''",
}


@pytest.mark.parametrize("column", sorted(_AUDIT_EDITS))
def test_each_audit_column_edited_is_named(tmp_path: Path, column: str) -> None:
    path = _journal(tmp_path)
    _tamper(path, f"UPDATE audit SET {_AUDIT_EDITS[column]} WHERE seq = 17")
    assert _decided(path) == (True, False)
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, 17)
    assert result.reason == "the privileged action in record 17 differs in the table"


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("DELETE FROM steps WHERE attempt_ref = 2 AND position = 1", "its steps differ"),
        ("DELETE FROM intents WHERE seq = 7", "its intents differ"),
        (
            "INSERT INTO steps VALUES (2, 2, 'extra', 0, 0.1, 1, '')",
            "its steps differ",
        ),
        (
            f"INSERT INTO intents VALUES (100, 2, 'd1', 'plant1', '{'e' * 64}', 0)",
            "its intents differ",
        ),
    ],
)
def test_rows_removed_or_added_are_named(tmp_path: Path, statement: str, reason: str) -> None:
    path = _journal(tmp_path)
    if "intents" in statement:  # only journals from before schema 5 have the table
        as_schema4(path)
    _tamper(path, statement)
    assert _decided(path) == (True, False)
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, 8)
    assert reason in result.reason


def _rechained(path: Path, *statements: str) -> Path:
    """Edit records and write every hash again from the start, as a forger with the file and
    the (public) hash rule can: the chain is intact, so only the replay's rules find the edit,
    and the set comparison must leave such a journal to the replay."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER events_no_update")
        for statement in statements:
            conn.execute(statement)
        prev = GENESIS
        rows = conn.execute(f"{EVENT_ROWS_SQL} ORDER BY e.seq").fetchall()
        for seq, ts, attempt_id, kind, payload, _ in rows:
            prev = event_hash(
                prev, seq=seq, ts=ts, attempt_id=attempt_id, kind=kind, payload=payload
            )
            conn.execute("UPDATE events SET hash = ? WHERE seq = ?", (prev, seq))
        conn.commit()
    finally:
        conn.close()
    return path


@pytest.mark.parametrize(
    ("statement", "seq", "reason"),
    [
        (
            "UPDATE events SET kind = 'attempt.bogus' WHERE seq = 6",
            6,
            "record 6 has an unknown kind 'attempt.bogus'",
        ),
        (
            "UPDATE events SET attempt_ref = NULL WHERE seq = 6",
            6,
            "record 6 (attempt.device) names no attempt",
        ),
        (
            "UPDATE events SET attempt_ref = 1 WHERE seq = 10",
            10,
            "record 10 (attempt.device) belongs to no open attempt",
        ),
        (
            "UPDATE events SET kind = 'attempt.begin' WHERE seq = 10",
            10,
            "record 10 (attempt.begin) is not in the form the station writes (KeyError(",
        ),
        (
            "UPDATE events SET payload = 'not json' WHERE seq = 10",
            10,
            "record 10 (attempt.device) is not in the form the station writes (JSONDecodeError(",
        ),
    ],
)
def test_records_out_of_the_writers_order_are_left_to_the_replay(
    tmp_path: Path, statement: str, seq: int, reason: str
) -> None:
    path = _rechained(_journal(tmp_path), statement)
    assert _decided(path) == (True, False)
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, seq)
    assert result.reason.startswith(reason), result.reason


def test_a_record_sqlite_cannot_read_as_json_is_left_to_the_replay(tmp_path: Path) -> None:
    """A link statistic may be NaN: Python writes it as `NaN`, which SQLite's JSON reader
    refuses. The journal still verifies, through the replay."""
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal)
        attempt = journal.begin_attempt(
            slot="1", operator="o", target_name="t", realm="r", pairing_url="https://p"
        )
        journal.finish_attempt(attempt, result="FAIL", link_stats={"rate": float("nan")})
    assert _decided(path) == (True, False)
    result = verify(path)
    assert (result.ok, result.checked) == (True, 6)


@pytest.mark.parametrize(("ref", "last_seq"), [(1, 4), (2, 8), (3, 12), (4, 16)])
def test_an_edited_step_is_found_in_either_half(tmp_path: Path, ref: int, last_seq: int) -> None:
    """Verify compares the steps of odd and even attempt rows on two connections."""
    path = _journal(tmp_path)
    _tamper(path, f"UPDATE steps SET duration_s = 0.375 WHERE attempt_ref = {ref}")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        halves = [steps_agree(conn, True, part, 2) for part in (0, 1)]
    finally:
        conn.close()
    assert halves == [ref % 2 == 1, ref % 2 == 0]
    assert _decided(path) == (True, False)  # all the steps at once: either half
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, last_seq)
    assert result.reason.endswith(": its steps differ from its records")


def test_the_replay_after_a_table_mismatch_shows_its_progress(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    seed_journal(path, 6_000)
    _tamper(path, "UPDATE attempts SET operator = 'mallory' WHERE id = 5999")
    seen: list[tuple[int, int]] = []
    result = verify(path, progress=lambda done, total: seen.append((done, total)))
    assert not result.ok and "the table says operator = 'mallory'" in result.reason
    total = seen[0][1]
    walked = [(n, total) for n in range(0, total, 20_000)]
    # Its size and the chain walk, then the replay from the start up to the attempt it names.
    assert seen[: len(walked)] == walked
    replayed = [(n, total) for n in range(20_000, result.checked + 1, 20_000)]
    assert replayed and seen[len(walked) :] == replayed


@pytest.mark.parametrize(
    ("seq", "reason"),
    [
        (10, "record 10 is missing (the next record is 11)"),
        (1, "record 1 is missing (the next record is 2)"),
    ],
)
def test_a_rechained_journal_with_a_record_missing_is_not_intact(
    tmp_path: Path, seq: int, reason: str
) -> None:
    """Every hash written again over the records left: only the numbering shows the gap."""
    path = _rechained(
        _journal(tmp_path), "DROP TRIGGER events_no_delete", f"DELETE FROM events WHERE seq = {seq}"
    )
    assert _decided(path)[0] is False
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, seq, seq - 1)
    assert result.reason == reason


def test_a_time_sqlite_cannot_render_is_named_as_an_edit(tmp_path: Path) -> None:
    """A stored time past the year 9999 gives no hashed text at all (SQLite's date functions
    end there). The writer never stores one, so it is an edit: the chain is not intact, and
    verify names the record instead of failing on it."""
    path = _journal(tmp_path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER events_no_update")
        conn.execute("UPDATE events SET at_us = 900000000000000000 WHERE seq = 6")
        conn.commit()
    finally:
        conn.close()
    assert _decided(path)[0] is False
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, 6, 5)
    assert result.reason == (
        "record 6 does not match its hash: it was changed after it was written, or records "
        "were removed, inserted or reordered here"
    )


def test_a_schema5_journal_is_compared_without_an_intents_table(tmp_path: Path) -> None:
    """From schema 5 on there is no `intents` table; `tables_agree` reads the version."""
    path = _journal(tmp_path)
    _tamper(path, f"PRAGMA user_version = {FOLDED_INTENTS}")
    assert _decided(path) == (True, True)
    assert verify(path).ok
