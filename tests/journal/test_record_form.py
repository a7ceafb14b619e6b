"""The compact record form (`record_form.py`): steps as [code, offset_us, duration_s(, ok(,
detail))] under `"s"`, finish records without their empty fields. The station writes it; every
reader reads it and the old form alike, so a journal (or a centre) holding both shows QA the
same attempts, steps and exports as if one form had written it all; and the chain covers the
compact text exactly as it covered the old."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from station.journal import Journal, verify
from station.journal.chain import EVENT_ROWS_SQL, GENESIS, event_hash
from station.journal.export import export_text
from station.journal.record_form import STEP_CODES, carried_steps, finish_field
from station.journal.verify_sets import chain_intact, tables_agree
from tests.journal.helpers import SCHEMA4_FIXTURE, old_record_form

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


class _Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _attempts(journal: Journal, clock: _Clock) -> list[str]:
    """A PASS with every step of the transaction, and a FAIL with what the compact form must
    keep apart: a step the code table lacks, failed steps with and without a detail, a step
    with a detail that went well, a measured duration of 17 digits, and a step that started
    before its attempt (the wall clock stepped back)."""
    made = []
    clock.now = T0
    attempt = journal.begin_attempt(
        slot="1", operator="al", target_name="t", realm="plant1", pairing_url="https://p"
    )
    made.append(attempt)
    moment = T0
    for n, name in enumerate(STEP_CODES):
        journal.record_step(attempt, name, started_at=moment, duration_s=0.25 + n, ok=True)
        moment += timedelta(seconds=1, microseconds=7)
        if name == "identify":
            clock.now = moment
            journal.update_device(
                attempt,
                device_id="dev-1",
                hardware_serial="SN1",
                model="m",
                firmware="1.0",
                storage_kind="otp",
            )
        if name == "record_intent":
            clock.now = moment
            journal.record_intent(attempt, device_id="dev-1", fingerprint="a" * 64)
    clock.now = moment
    journal.finish_attempt(attempt, result="PASS", link_stats={"frames": 3})

    clock.now = T0 + timedelta(minutes=1)
    attempt = journal.begin_attempt(
        slot="2", operator="al", target_name="t", realm="plant1", pairing_url="https://p"
    )
    made.append(attempt)
    start = clock.now
    for name, offset_s, duration_s, ok, detail in (
        ("warm_up", -0.5, 0.1, True, ""),
        ("connect", 0.0, 0.1 + 0.2, True, "retried once"),
        ("identify", 0.4, 1.5, False, ""),
        ("identify", 2.0, 0.000001, False, "no answer from the unit"),
    ):
        journal.record_step(
            attempt,
            name,
            started_at=start + timedelta(seconds=offset_s),
            duration_s=duration_s,
            ok=ok,
            detail=detail,
        )
    clock.now = start + timedelta(seconds=3)
    journal.finish_attempt(
        attempt,
        result="FAIL",
        error_class="timeout",
        message="The unit did not answer.",
        action="Reseat it.",
        console_excerpt="boot\n",
    )
    return made


def _written(path: Path, *, old: bool) -> list[str]:
    clock = _Clock()
    with Journal.open(path, station_id="s", clock=clock) as journal:
        if old:
            with old_record_form():
                return _attempts(journal, clock)
        return _attempts(journal, clock)


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _fast(path: Path) -> tuple[bool, bool]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return chain_intact(conn, EVENT_ROWS_SQL, lambda _: None), tables_agree(conn, True)
    finally:
        conn.close()


def _payloads(path: Path) -> list[tuple[str, dict[str, Any]]]:
    return [(k, json.loads(p)) for k, p in _rows(path, "SELECT kind, payload FROM events")]


def test_both_forms_give_qa_the_same_attempts_steps_and_exports(tmp_path: Path) -> None:
    old, new = tmp_path / "old.sqlite", tmp_path / "new.sqlite"
    old_ids, new_ids = _written(old, old=True), _written(new, old=False)
    # Each form as written: the old under "steps" with every finish field, the new compact.
    assert all("s" not in p for _, p in _payloads(old))
    assert all("steps" not in p for _, p in _payloads(new))
    assert sum("s" in p for _, p in _payloads(new)) == 4
    every = {"error_class", "message", "action", "console_excerpt", "link_stats"}
    assert all(every <= p.keys() for k, p in _payloads(old) if k == "attempt.finish")
    old_size = sum(len(p) for (p,) in _rows(old, "SELECT payload FROM events"))
    new_size = sum(len(p) for (p,) in _rows(new, "SELECT payload FROM events"))
    assert new_size < old_size * 0.7

    # The tables the writer keeps and QA reads are the same, row for row.
    for sql in (
        "SELECT * FROM steps ORDER BY attempt_ref, position",
        "SELECT * FROM attempts ORDER BY id",
    ):
        renamed = dict(zip(old_ids, new_ids, strict=True))
        assert _rows(new, sql) == [
            tuple(renamed.get(v, v) if isinstance(v, str) else v for v in row)
            for row in _rows(old, sql)
        ]
    # And so are the details and the exports (steps as JSON too), but for the attempt IDs.
    with Journal.open(old, station_id="s") as a, Journal.open(new, station_id="s") as b:
        for old_id, new_id in zip(old_ids, new_ids, strict=True):
            was, now = a.attempt(old_id), b.attempt(new_id)
            assert was is not None and now is not None
            assert replace(was, row=replace(was.row, attempt_id=new_id)) == now
    for fmt, steps in (("csv", True), ("csv", False), ("jsonl", True)):
        text = export_text(old, format=fmt, steps=steps)  # type: ignore[arg-type]
        for old_id, new_id in zip(old_ids, new_ids, strict=True):
            text = text.replace(old_id, new_id)
        assert export_text(new, format=fmt, steps=steps) == text  # type: ignore[arg-type]

    # Both verify, on the fast path: the set check reads both forms.
    for path in (old, new):
        assert _fast(path) == (True, True)
        assert verify(path).ok


def test_the_compact_steps_keep_each_value_as_given(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    _, failed = _written(path, old=False)
    with Journal.open(path, station_id="s") as journal:
        detail = journal.attempt(failed)
    assert detail is not None
    start = T0 + timedelta(minutes=1)
    assert [(s.step, s.started_at - start, s.duration_s, s.ok, s.detail) for s in detail.steps] == [
        ("warm_up", timedelta(seconds=-0.5), 0.1, True, ""),
        ("connect", timedelta(0), 0.1 + 0.2, True, "retried once"),
        ("identify", timedelta(seconds=0.4), 1.5, False, ""),
        ("identify", timedelta(seconds=2), 0.000001, False, "no answer from the unit"),
    ]
    finish = _payloads(path)[-1][1]
    assert finish["s"] == [
        ["warm_up", -500000, 0.1],
        [0, 0, 0.30000000000000004, 1, "retried once"],
        [1, 400000, 1.5, 0],
        [1, 2000000, 1e-06, 0, "no answer from the unit"],
    ]


def test_a_compact_record_hashes_as_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A golden vector: the text the station stores for a compact finish record, and its hash
    on the chain, byte for byte. A change to either is a change to the record format."""
    ids = iter(uuid.UUID(int=n) for n in range(1, 10))
    monkeypatch.setattr(uuid, "uuid4", lambda: next(ids))
    path = tmp_path / "j.sqlite"
    _written(path, old=False)
    seq, ts, attempt_id, kind, payload, stored = _rows(
        path, f"{EVENT_ROWS_SQL} WHERE e.kind = 'attempt.finish' ORDER BY e.seq LIMIT 1"
    )[0]
    assert (seq, ts, attempt_id, kind) == (
        4,
        "2026-03-02T08:00:09.000063+00:00",
        "00000000-0000-0000-0000-000000000002",
        "attempt.finish",
    )
    assert payload == (
        '{"link_stats":{"frames":3},"result":"PASS","s":[[5,5000035,5.25],'
        "[6,6000042,6.25],[7,7000049,7.25],[8,8000056,8.25]]}"
    )
    prev = _rows(path, "SELECT hash FROM events WHERE seq = 3")[0][0]
    assert (
        event_hash(prev, seq=seq, ts=ts, attempt_id=attempt_id, kind=kind, payload=payload)
        == stored
    )
    assert stored.hex() == "eca9e593315403301c799b61fc1a784a866dbb22a7f0db668bee398211791ae8"


def _tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER events_no_update")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_a_compact_step_edited_with_its_table_row_is_named_at_its_record(tmp_path: Path) -> None:
    """An attacker edits a step's duration in the record and in the `steps` table to match:
    the tables agree with the records, but the record no longer matches its hash."""
    path = tmp_path / "j.sqlite"
    _written(path, old=False)
    _tamper(
        path,
        "UPDATE events SET payload = replace(payload, '[1,400000,1.5,0]', '[1,400000,0.5,0]') "
        "WHERE kind = 'attempt.finish' AND instr(payload, '[1,400000,1.5,0]')",
        "UPDATE steps SET duration_s = 0.5 WHERE duration_s = 1.5",
    )
    (seq,) = _rows(path, "SELECT seq FROM events WHERE instr(payload, '[1,400000,0.5,0]')")[0]
    assert _fast(path) == (False, True)
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, seq)
    assert result.reason.startswith(f"record {seq} does not match its hash")


@pytest.mark.parametrize(
    "edit",
    [
        "started_us = started_us + 1",
        "duration_s = 1.501",
        "ok = 1",
        "detail = 'x'",
        "step = 'connect'",
    ],
)
def test_a_compact_step_edited_in_the_table_alone_is_named(tmp_path: Path, edit: str) -> None:
    path = tmp_path / "j.sqlite"
    _, failed = _written(path, old=False)
    _tamper(path, f"UPDATE steps SET {edit} WHERE duration_s = 1.5")
    assert _fast(path) == (True, False)
    result = verify(path)
    (last,) = _rows(path, "SELECT MAX(seq) FROM events")[0]
    assert (result.ok, result.first_bad_seq) == (False, last)
    assert result.reason == f"attempt {failed}: its steps differ from its records"


def test_a_journal_of_both_forms_replays_every_record_before_the_one_edit(tmp_path: Path) -> None:
    """The station's own journal from before the compact form (the schema-4 fixture, upgraded
    on open), then compact attempts: it verifies on the fast path, and with one edit to the
    last attempt's steps, the replay reads every record of both forms before it and names only
    that attempt."""
    path = tmp_path / "j.sqlite"
    path.write_bytes(SCHEMA4_FIXTURE.read_bytes())
    ids = _written(path, old=False)
    kinds = {("s" in p, "steps" in p) for _, p in _payloads(path)}
    assert kinds == {(False, False), (True, False), (False, True)}
    assert _fast(path) == (True, True)
    assert verify(path).ok
    _tamper(path, "UPDATE steps SET detail = 'edited' WHERE duration_s = 1.5")
    result = verify(path)
    assert result.reason == f"attempt {ids[1]}: its steps differ from its records"


def _rechained(path: Path, old: str, new: str) -> None:
    """One record edited and every hash written again, as a forger with the hash rule can."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER events_no_update")
        conn.execute("UPDATE events SET payload = replace(payload, ?, ?)", (old, new))
        prev = GENESIS
        for seq, ts, attempt_id, kind, payload, _ in conn.execute(
            f"{EVENT_ROWS_SQL} ORDER BY e.seq"
        ).fetchall():
            prev = event_hash(
                prev, seq=seq, ts=ts, attempt_id=attempt_id, kind=kind, payload=payload
            )
            conn.execute("UPDATE events SET hash = ? WHERE seq = ?", (prev, seq))
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("old", "new", "error"),
    [
        ("[1,400000,1.5,0]", "[99,400000,1.5,0]", "KeyError(99)"),
        ("[1,400000,1.5,0]", "[1,400000]", "ValueError("),
        # Steps the set check's SQL read as a writer's (true as 1, 3.0 as 3, a null detail as
        # '', a sixth value unread): the replay, and the centre, read them otherwise or not at
        # all, so verify must not pass them on the fast path.
        ("[1,400000,1.5,0]", "[1.0,400000,1.5,0]", "ValueError('not a step code"),
        ("[1,400000,1.5,0]", "[true,400000,1.5,0]", "ValueError('not a step code"),
        ("[1,400000,1.5,0]", "[1,400000.0,1.5,0]", "ValueError('not a compact step"),
        ("[1,400000,1.5,0]", '[1,"400000",1.5,0]', "ValueError('not a compact step"),
        ("[1,400000,1.5,0]", '[1,400000,"1.5",0]', "ValueError('not a compact step"),
        ("[1,400000,1.5,0]", "[1,400000,1.5,false]", "ValueError('not a compact step"),
        ("[1,400000,1.5,0]", "[1,400000,1.5,0.0]", "ValueError('not a compact step"),
        ("[1,400000,1.5,0]", "[1,400000,1.5,0,null]", "ValueError('not a compact step"),
        ("[1,400000,1.5,0]", '[1,400000,1.5,0,"",7]', "ValueError('not a compact step"),
        ("[5,5000035,5.25]", "[5,5000035,5.25,null]", "ValueError('not a compact step"),
        ("[5,5000035,5.25]", "[5,5000035,5.25,1,null]", "ValueError('not a compact step"),
        ('"retried once"]', '"retried once",1]', "ValueError('not a compact step"),
    ],
)
def test_a_compact_step_no_writer_writes_is_named_by_the_replay(
    tmp_path: Path, old: str, new: str, error: str
) -> None:
    path = tmp_path / "j.sqlite"
    _written(path, old=False)
    _rechained(path, old, new)
    (seq,) = _rows(path, f"SELECT seq FROM events WHERE instr(payload, '{new}')")[0]
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, seq)
    assert result.reason.startswith(
        f"record {seq} (attempt.finish) is not in the form the station writes ({error}"
    )


def test_the_readers_take_a_step_the_code_table_lacks_by_its_name() -> None:
    assert carried_steps({"s": [["warm_up", 5, 0.5]]}, 10) == [["warm_up", 15, 0.5, True, ""]]
    assert carried_steps({"steps": [["x", 5, 0.5, False, "d"]]}, 10) == [["x", 5, 0.5, False, "d"]]
    assert carried_steps({}, 10) == []


@pytest.mark.parametrize(
    "steps", [{}, {"a": [0, 5, 0.5]}, "", "ab", None, [[0, 5, 0.5, True]], [[0, 5, 0.5, 1, None]]]
)
def test_the_readers_refuse_compact_steps_in_no_writer_s_form(steps: Any) -> None:
    """Refused, not read some other way: an empty mapping or text as no steps, a null detail
    as the centre's 'None'."""
    with pytest.raises((ValueError, TypeError)):
        carried_steps({"s": steps}, 10)


@pytest.mark.parametrize("key", ["error_class", "message", "action", "console_excerpt"])
def test_a_finish_field_written_as_null_is_named_by_the_replay(tmp_path: Path, key: str) -> None:
    """A compact finish record leaves an empty field out; a null in its place is no writer's.
    The set check's SQL read it as '' (the row's value) and passed it, while the centre showed
    it as 'None': verify names it, and every reader refuses it."""
    path = tmp_path / "j.sqlite"
    _written(path, old=False)
    old = '{"link_stats":{"frames":3},"result":"PASS"'
    new = '{"link_stats":{"frames":3},"' + key + '":null,"result":"PASS"'
    _rechained(path, old, new)
    (seq,) = _rows(path, f"SELECT seq FROM events WHERE instr(payload, '{new}')")[0]
    assert _fast(path) == (True, False)
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, seq)
    assert result.reason.startswith(
        f"record {seq} (attempt.finish) is not in the form the station writes (ValueError("
    )
    with pytest.raises(ValueError, match="null"):
        finish_field(
            json.loads(_rows(path, f"SELECT payload FROM events WHERE seq = {seq}")[0][0]), key
        )


def test_a_record_with_steps_in_both_forms_is_named_by_the_replay(tmp_path: Path) -> None:
    """No writer writes both keys; read by the compact one, the other would be what a station
    from before the compact form shows: verify names the record."""
    path = tmp_path / "j.sqlite"
    _written(path, old=False)
    old = '"result":"PASS","s":'
    new = '"result":"PASS","steps":[["connect",1,0.5,true,""]],"s":'
    _rechained(path, old, new)
    (seq,) = _rows(path, f"SELECT seq FROM events WHERE instr(payload, '{new}')")[0]
    assert _fast(path) == (True, False)
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, seq)
    assert result.reason.startswith(
        f"record {seq} (attempt.finish) is not in the form the station writes (ValueError("
    )
