"""A verify that could not check the journal (another program holds it locked) is told apart
from a damaged file: the cause and what to do about it, never the restore action. Real
malformed-file errors stay damage. The errors here come from SQLite itself, from real causes."""

from __future__ import annotations

import importlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.journal import Journal, JournalError, verify
from station.journal.damage import RESTORE_ACTION
from station.journal.verify_failures import could_not_check
from tests.journal.helpers import full_attempt

# The module, not the `verify` function `station.journal` exports under the same name.
verify_module = importlib.import_module("station.journal.verify")
_integrity_of = verify_module._integrity_of


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite"
    with Journal.open(path, station_id="s") as opened:
        full_attempt(opened)
    return path


@pytest.fixture
def locked(journal: Path) -> Iterator[Path]:
    """The journal held by another program's exclusive lock (as `locking_mode = EXCLUSIVE`
    holds a WAL journal), for as long as the test runs."""
    holder = sqlite3.connect(journal, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield journal
    finally:
        holder.execute("COMMIT")
        holder.close()


def _integrity_check_error(path: Path) -> sqlite3.DatabaseError:
    """What SQLite raises when verify's integrity check runs on `path` (without waiting)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
    try:
        with pytest.raises(sqlite3.DatabaseError) as raised:
            conn.execute("PRAGMA integrity_check(10)").fetchall()
        return raised.value
    finally:
        conn.close()


def test_a_journal_locked_by_another_program_could_not_be_checked(locked: Path) -> None:
    exc = _integrity_check_error(locked)
    error = could_not_check(locked, exc)
    assert error is not None
    assert error.message == (
        f"The journal {locked} could not be checked: another program holds the journal locked "
        "(database is locked). This says nothing about the file."
    )
    assert error.action == (
        "Close other programs using the journal (another station window, a copy or backup in "
        "progress), then verify again."
    )
    assert RESTORE_ACTION not in error.action


def test_a_malformed_file_stays_damage(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    path.write_bytes(b"not a database, " * 512)
    exc = _integrity_check_error(path)
    assert exc.sqlite_errorcode == sqlite3.SQLITE_NOTADB
    assert could_not_check(path, exc) is None


def test_verify_reports_a_check_that_could_not_run_as_not_checked(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The integrity check runs on a connection of its own, beside the chain walk, so a lock
    taken between the two is a race a test cannot set up. Here the check meets, at its start,
    the real error SQLite gives while another program holds a copy of the journal locked; verify
    must say the journal could not be checked (an error with its cause), not that it is
    malformed."""
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(journal.read_bytes())
    holder = sqlite3.connect(copy, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        monkeypatch.setattr(verify_module, "_integrity_of", lambda _path: _integrity_of(copy))
        with pytest.raises(JournalError) as raised:
            verify(journal)
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert raised.value.message == (
        f"The journal {journal} could not be checked: another program holds the journal locked "
        "(database is locked). This says nothing about the file."
    )
    assert raised.value.action.startswith("Close other programs using the journal")


def test_a_journal_locked_before_verify_reads_its_version_is_told_as_locked(locked: Path) -> None:
    # Verify (like opening, export and upgrade) first reads the schema version; a lock held
    # there is the same environment problem, never a wrong path or a file to restore.
    with pytest.raises(JournalError) as raised:
        verify(locked)
    assert raised.value.message == (
        f"The journal {locked} cannot be read now: another program holds it locked (database is "
        "locked). This says nothing about the file."
    )
    assert raised.value.action.startswith("Close other programs using the journal")
    assert RESTORE_ACTION not in raised.value.action


def _interrupted(path: Path) -> sqlite3.OperationalError:
    """What SQLite raises when a statement on `path` is interrupted (here by a progress handler
    that asks it to stop, as `Connection.interrupt` does from another thread)."""
    conn = sqlite3.connect(path)
    try:
        conn.set_progress_handler(lambda: 1, 1)
        with pytest.raises(sqlite3.OperationalError) as raised:
            conn.execute("PRAGMA integrity_check(10)").fetchall()
        return raised.value
    finally:
        conn.close()


def test_an_interrupted_check_could_not_be_checked(journal: Path) -> None:
    # A stopped check found nothing either way: verify again, no restore.
    exc = _interrupted(journal)
    assert exc.sqlite_errorcode == sqlite3.SQLITE_INTERRUPT
    error = could_not_check(journal, exc)
    assert error is not None
    assert error.message == (
        f"The journal {journal} could not be checked: the check was interrupted (interrupted). "
        "This says nothing about the file."
    )
    assert error.action == "Verify again."


def test_an_io_error_sqlite_reports_could_not_be_checked(journal: Path) -> None:
    """A disk that fails a read (EIO) makes SQLite raise SQLITE_IOERR_READ, an extended code
    whose primary is SQLITE_IOERR; no test can make a disk fail, so the error is built as the
    sqlite3 module builds it. It is the disk's problem, not the file's."""
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = sqlite3.SQLITE_IOERR_READ
    error = could_not_check(journal, exc)
    assert error is not None
    assert error.message == (
        f"The journal {journal} could not be checked: the disk reported an I/O error (disk I/O "
        "error). This says nothing about the file."
    )
    assert error.action == (
        "Check the disk the journal is on (the system log for I/O errors, its free space), then "
        "verify again."
    )


def test_an_os_error_could_not_be_checked(journal: Path) -> None:
    # The check can fail in the operating system before SQLite has a say (no SQLite code at
    # all): that is the disk's or the system's problem too, told as an I/O error.
    with pytest.raises(OSError) as raised:
        journal.parent.read_bytes()  # a directory: the system refuses the read
    error = could_not_check(journal, raised.value)
    assert error is not None
    assert error.message == (
        f"The journal {journal} could not be checked: the disk reported an I/O error "
        f"({raised.value}). This says nothing about the file."
    )
    assert error.action.startswith("Check the disk the journal is on")


def test_errors_that_are_no_environment_problem_are_left_to_the_caller(journal: Path) -> None:
    # Neither an SQLite error of another kind nor an error that is not the system's says that
    # the journal could not be checked: the caller reports them as it always has.
    conn = sqlite3.connect(journal)
    try:
        with pytest.raises(sqlite3.OperationalError) as sql_error:
            conn.execute("SELECT * FROM no_such_table")
    finally:
        conn.close()
    assert sql_error.value.sqlite_errorcode == sqlite3.SQLITE_ERROR
    assert could_not_check(journal, sql_error.value) is None
    assert could_not_check(journal, ValueError("not a journal problem")) is None


def test_an_integrity_check_that_ended_on_another_error_is_no_verdict_on_the_file(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An integrity check that ended on an error that is neither damage nor a cause this
    station knows (here SQLite's own: the file it was to check could not be opened) gave no
    answer. No answer is never "sound", and it is no finding of damage either: verify ends as it
    does when its own walk meets such an error, naming the file and SQLite's words, even though
    the chain and the tables agree."""
    gone = tmp_path / "gone.sqlite"
    with pytest.raises(sqlite3.OperationalError) as raised:
        _integrity_of(gone)
    assert raised.value.sqlite_errorcode == sqlite3.SQLITE_CANTOPEN
    assert could_not_check(journal, raised.value) is None
    monkeypatch.setattr(verify_module, "_integrity_of", lambda _path: _integrity_of(gone))
    with pytest.raises(JournalError) as again:
        verify(journal)
    assert again.value.message == (
        f"The journal {journal} cannot be read to the end (unable to open database file)."
    )
    assert again.value.action == (
        "Restore the journal from its backup and keep this copy for investigation."
    )


def test_a_walk_sqlite_interrupts_could_not_be_checked(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verify's own walk can also end short on an environment error (a lock, the disk), which
    no test can cause at that point; SQLite's interrupt ends it the same way, for real: a
    progress handler on verify's own connection (the second this thread opens, after the one
    that reads the version) stops its first statement. The journal was not checked, which
    verify must say with the journal's name, not that it cannot be read to the end."""
    connect = sqlite3.connect
    opened: list[sqlite3.Connection] = []

    def connect_and_stop(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = connect(*args, **kwargs)
        if threading.current_thread() is threading.main_thread():
            opened.append(conn)
            if len(opened) == 2:
                conn.set_progress_handler(lambda: 1, 1)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect_and_stop)
    with pytest.raises(JournalError) as raised:
        verify(journal)
    assert len(opened) == 2
    assert raised.value.message == (
        f"The journal {journal} could not be checked: the check was interrupted (interrupted). "
        "This says nothing about the file."
    )
    assert raised.value.action == "Verify again."
