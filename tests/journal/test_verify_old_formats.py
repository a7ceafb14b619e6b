"""`verify` replaying journals from before the compact format (schema 3: one record per step,
the hashed columns stored as hashed) and from before intents were folded into their records
(schema 4: an `intents` table beside them). The set-based check passes such journals whole, so
the replay that names a problem only runs once something disagrees: these tests make the last
thing it checks disagree, so that every record before it must be replayed exactly as the
station wrote it, and QA reads the one real problem, not an invented one earlier."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from station.journal import verify
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
