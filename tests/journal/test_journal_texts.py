"""The journal's failures are catalogue messages (station/catalogue/journal.py): the screens say
them in the person's language, the command line and the logs keep the English word for word.
The file's path and SQLite's or the system's words are parameters, as they were given. Each
failure here is a real one: a real file, a real SQLite error."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from station.journal import Journal, JournalError, verify
from station.journal.atomic import replace_when_complete
from station.journal.damage import RESTORE_ACTION
from station.journal.export import export
from station.journal.qa_queries import QAReader
from station.journal.schema import schema_version
from station.journal.verify_failures import could_not_check
from station.text import Text
from tests.journal.helpers import SCHEMA3_FIXTURE


def test_no_journal_where_a_reader_looks(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.sqlite"
    with pytest.raises(JournalError) as raised:
        QAReader.open(path)
    assert raised.value.text == Text.of("journal.none", path=str(path))
    assert raised.value.action_text.id == "journal.none.action"
    assert str(raised.value) == (
        f"There is no journal at {path}. — Check the journal path in the configuration, or "
        "provision a device first."
    )
    # verify and export say the same with their shorter action.
    for attempt in (lambda: verify(path), lambda: export(path, tmp_path / "x.csv")):
        with pytest.raises(JournalError) as said:
            attempt()
        assert said.value.message_id == "journal.none"
        assert said.value.action == "Check the journal path."


def test_a_journal_from_a_newer_station_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 3}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(JournalError) as raised:
        Journal.open(path, station_id="s")
    assert raised.value.message_id == "journal.newer"
    assert raised.value.text.params == {
        "path": str(path),
        "version": schema_version() + 3,
        "known": schema_version(),
    }
    assert raised.value.message == (
        f"The journal {path} was written by a newer station version (schema "
        f"{schema_version() + 3}; this station understands up to {schema_version()}). It has "
        "not been changed."
    )
    assert path.read_bytes() == before


def test_another_program_s_database_and_a_file_that_is_no_database(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE customers (name TEXT)")
    conn.close()
    with pytest.raises(JournalError) as raised:
        Journal.open(foreign, station_id="s")
    assert raised.value.text == Text.of("journal.foreign", path=str(foreign))
    assert raised.value.action == "Check the journal path in the configuration."
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is a text file, not SQLite " * 64)
    with pytest.raises(JournalError) as unreadable:
        Journal.open(garbage, station_id="s")
    assert unreadable.value.message_id == "journal.unreadable"
    reason = unreadable.value.text.params["reason"]
    assert reason == "file is not a database"  # SQLite's words, as SQLite says them
    assert unreadable.value.message == (
        f"The journal {garbage} cannot be read as a station journal (file is not a database)."
    )


def test_a_journal_another_program_holds_locked(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    Journal.open(path, station_id="s").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
        with pytest.raises(sqlite3.DatabaseError) as locked:
            conn.execute("PRAGMA integrity_check(10)").fetchall()
        conn.close()
    finally:
        holder.execute("COMMIT")
        holder.close()
    error = could_not_check(path, locked.value)
    assert error is not None
    assert error.text == Text.of(
        "journal.unchecked",
        path=str(path),
        cause=Text.of("journal.unchecked.locked", reason=str(locked.value)),
    )
    assert error.action_text.id == "journal.unchecked.locked.action"
    assert error.message == (
        f"The journal {path} could not be checked: another program holds the journal locked "
        f"({locked.value}). This says nothing about the file."
    )
    assert RESTORE_ACTION not in error.action


def test_a_file_written_out_of_the_journal_names_what_it_was(tmp_path: Path) -> None:
    where = tmp_path / "gone" / "export.csv"
    with (
        pytest.raises(JournalError) as raised,
        replace_when_complete(where, Text.of("journal.file.export")),
    ):
        pass
    assert raised.value.text.params["what"] == Text.of("journal.file.export")
    assert raised.value.message == (
        f"Cannot write the export to {where.parent}: No such file or directory."
    )
    assert raised.value.action == "Choose a folder you can write to, with free space."
    # A caller that names the file in plain words still gets the message by its ID.
    with pytest.raises(JournalError) as plain, replace_when_complete(where, "the summary"):
        pass
    assert plain.value.message_id == "journal.file.cannot_write"
    assert plain.value.message.startswith("Cannot write the summary to ")


def test_an_old_journal_that_does_not_verify_is_not_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copy(SCHEMA3_FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET payload = replace(payload, 'plant1', 'plantX') WHERE seq = 1")
    conn.commit()
    conn.close()
    with pytest.raises(JournalError) as raised:
        Journal.open(path, station_id="s")
    assert raised.value.message_id == "journal.upgrade.does_not_verify"
    reason = raised.value.text.params["reason"]
    # The verify's reason nested by its own ID (the QA window translates it too).
    assert reason == Text.of("journal.verify.hash", seq=1)
    assert str(reason).startswith("record 1 does not match its hash")
    assert raised.value.message == (
        f"The journal {path} must be upgraded to this station's format, but it does not verify "
        f"({reason}). It has not been changed."
    )
    assert raised.value.action_text.id == "journal.upgrade.does_not_verify.action"
