"""`verify` replaying journals from before the compact format (schema 3: one record per step,
the hashed columns stored as hashed) and from before intents were folded into their records
(schema 4: an `intents` table beside them). The set-based check passes such journals whole, so
the replay that names a problem only runs once something disagrees: these tests make the last
thing it checks disagree, so that every record before it must be replayed exactly as the
station wrote it, and QA reads the one real problem, not an invented one earlier."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from station.journal import verify
from station.journal.chain import GENESIS, event_hash
from tests.journal.helpers import SCHEMA3_FIXTURE, SCHEMA4_FIXTURE

#: Per fixture: its records, and its `intents` table's rows (each explained by one record).
_FIXTURES = {
    "schema3": (SCHEMA3_FIXTURE, 19, 2),
    "schema4": (SCHEMA4_FIXTURE, 17, 4),
}


def _copy(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.sqlite"
    shutil.copy(_FIXTURES[name][0], path)
    return path


def _tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _attempt_id(path: Path, row: int) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (attempt_id,) = conn.execute(
            "SELECT attempt_id FROM attempts WHERE id = ?", (row,)
        ).fetchone()
        return str(attempt_id)
    finally:
        conn.close()


@pytest.mark.parametrize("name", sorted(_FIXTURES))
def test_an_unexplained_intent_row_is_named_after_every_record_replays(
    tmp_path: Path, name: str
) -> None:
    """The count of intents is the replay's very last check: every attempt before it (step
    records, several intents, a RECOVERED finish with its fingerprint, an attempt never
    finished) must have matched its table row, steps and intents, and every table's count
    up to it."""
    path = _copy(tmp_path, name)
    _, records, intents = _FIXTURES[name]
    _tamper(path, "INSERT INTO intents VALUES (999, 999, 'dev-x', 'plant1', 'ab', 0)")
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, None, records)
    assert result.reason == (
        f"the intents table holds {intents + 1} rows but the records explain {intents}"
    )


@pytest.mark.parametrize(
    ("name", "last_seq"),
    [("schema3", 19), ("schema4", 17)],
)
def test_an_unfinished_attempt_edited_is_named_at_its_last_record(
    tmp_path: Path, name: str, last_seq: int
) -> None:
    """An attempt never finished is compared after the last record, at its own last record
    (here: a step record in schema 3, an intent record in schema 4)."""
    path = _copy(tmp_path, name)
    _tamper(path, "UPDATE attempts SET operator = 'mallory' WHERE id = 4")
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (
        False,
        last_seq,
        _FIXTURES[name][1],
    )
    assert result.reason == (
        f"attempt {_attempt_id(path, 4)}: the table says operator = 'mallory', its records "
        "say 'bob'"
        if name == "schema3"
        else f"attempt {_attempt_id(path, 4)}: the table says operator = 'mallory', its "
        "records say 'alice'"
    )


@pytest.mark.parametrize(
    ("name", "row", "last_seq", "checked"),
    # A finished attempt is compared at its finish, before that record counts as checked; an
    # unfinished one after the last record.
    [("schema3", 1, 6, 5), ("schema3", 4, 19, 19)],
)
def test_an_attempt_removed_from_the_table_is_named(
    tmp_path: Path, name: str, row: int, last_seq: int, checked: int
) -> None:
    """Before the compact format a record names its attempt by UUID, so an attempt's row (with
    its steps and intents) can go while its records stay intact: verify names the attempt the
    records still hold, at its last record. (From schema 4 on a record names its attempt by
    the row, so the same edit breaks the chain there.)"""
    path = _copy(tmp_path, name)
    attempt_id = _attempt_id(path, row)
    _tamper(
        path,
        f"DELETE FROM steps WHERE attempt_ref = {row}",
        f"DELETE FROM intents WHERE attempt_ref = {row}",
        f"DELETE FROM attempts WHERE id = {row}",
    )
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, last_seq, checked)
    assert result.reason == f"attempt {attempt_id} is in the events but not in the table"


def _relink(path: Path, seq: int, link: bytes) -> None:
    """Only record `seq`'s stored link changed, as an editor would (past the append-only
    trigger, which it puts back)."""
    _tamper(
        path,
        "DROP TRIGGER events_no_update",
        f"UPDATE events SET prev_hash = x'{link.hex()}' WHERE seq = {int(seq)}",
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END",
    )


def test_a_stored_link_edited_alone_is_named(tmp_path: Path) -> None:
    """A schema-3 record stores its link (`prev_hash`), which a journal not upgraded yet ships
    to the centre as stored; its own hash never covers that column, so only comparing the link
    with the previous record's hash finds the edit. Every record before it replays intact."""
    path = _copy(tmp_path, "schema3")
    assert verify(path).ok
    _relink(path, 7, bytes(32))
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked, result.damaged) == (
        False,
        7,
        6,
        False,
    )
    assert result.reason == (
        "record 7 stores a link to the record before it (prev_hash) that is not record 6's "
        "hash: the link was changed after it was written"
    )


def test_the_first_records_link_must_be_the_chains_start(tmp_path: Path) -> None:
    path = _copy(tmp_path, "schema3")
    conn = sqlite3.connect(path)
    (second_hash,) = conn.execute("SELECT hash FROM events WHERE seq = 2").fetchone()
    conn.close()
    _relink(path, 1, bytes(second_hash))
    result = verify(path)
    assert (result.ok, result.first_bad_seq, result.checked) == (False, 1, 0)
    assert result.reason == (
        "record 1 stores a link to the record before it (prev_hash) that is not the chain's "
        "start (32 zero bytes): the link was changed after it was written"
    )


def _rechained(path: Path, *statements: str) -> None:
    """Schema-3 records edited and every hash and link written again from the start, as a
    forger with the file and the (public) hash rule can: the chain is intact, so only the
    replay's comparison of the records with the tables can find the edit."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER events_no_update")
        for statement in statements:
            conn.execute(statement)
        prev = GENESIS
        rows = conn.execute(
            "SELECT seq, ts, attempt_id, kind, payload FROM events ORDER BY seq"
        ).fetchall()
        for seq, ts, attempt_id, kind, payload in rows:
            digest = event_hash(
                prev, seq=seq, ts=ts, attempt_id=attempt_id, kind=kind, payload=payload
            )
            conn.execute(
                "UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq)
            )
            prev = digest
        conn.commit()
    finally:
        conn.close()


#: Per time a schema-3 record holds for its attempt 1: the record, its time there (seconds past
#: 08:00:00), the time a forger writes instead, and the table's column that shows it.
_OWN_TIMES = {
    "started_at": (1, 1, -59, "started_us"),
    "finished_at": (6, 6, 66, "finished_us"),
}
_EIGHT_AM_US = 1_772_438_400_000_000  # 2026-03-02T08:00:00+00:00


def _at(seconds: int) -> str:
    return (datetime(2026, 3, 2, 8, tzinfo=UTC) + timedelta(seconds=seconds)).isoformat(
        timespec="microseconds"
    )


@pytest.mark.parametrize("key", sorted(_OWN_TIMES))
def test_an_old_records_own_start_or_finish_time_is_what_the_table_must_show(
    tmp_path: Path, key: str
) -> None:
    """Before the compact format a begin record holds its attempt's start (`started_at`) and
    a finish record its end (`finished_at`) beside the record's own time; the table shows
    those, so a table that still shows the record's time after the payload's was changed (and
    the chain written again) disagrees with its records, and verify names the attempt."""
    seq, was, now, column = _OWN_TIMES[key]
    path = _copy(tmp_path, "schema3")
    attempt_id = _attempt_id(path, 1)
    _rechained(
        path,
        f'UPDATE events SET payload = replace(payload, \'"{key}":"{_at(was)}\', '
        f'\'"{key}":"{_at(now)}\') WHERE seq = {seq}',
    )
    result = verify(path)
    # The attempt is compared at its finish (record 6), before that record counts as checked.
    assert (result.ok, result.first_bad_seq, result.checked) == (False, 6, 5)
    assert result.reason == (
        f"attempt {attempt_id}: the table says {column} = {_EIGHT_AM_US + was * 1_000_000}, "
        f"its records say {_EIGHT_AM_US + now * 1_000_000}"
    )
