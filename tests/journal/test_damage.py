"""A journal file SQLite reports as malformed is named as damaged, with the restore action
(issue #16.19): by `verify`, by `station journal verify`, and by the writer, which then refuses
every further write so provisioning stops instead of carrying on."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from station.journal import Journal, JournalError, verify
from station.journal.damage import RESTORE_ACTION
from tests.journal.helpers import full_attempt


def _damaged_journal(tmp_path: Path, index: str = "attempts_by_time") -> Path:
    """A journal with one index page overwritten, as a failing disk or a stray write leaves it.

    The events table is untouched, so the hash chain alone would still verify."""
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        for n in range(40):
            full_attempt(journal, device_id=f"d{n}", serial=f"S{n}")
    conn = sqlite3.connect(path)
    try:
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    with path.open("r+b") as raw:
        raw.seek((root - 1) * page_size + 8)
        raw.write(bytes(range(7, 255)) * 4)
    return path


def test_verify_names_a_malformed_file(tmp_path: Path) -> None:
    path = _damaged_journal(tmp_path)
    result = verify(path)
    assert (result.ok, result.damaged, result.first_bad_seq) == (False, True, None)
    assert "malformed" in result.reason
    assert "integrity check" in result.reason


def test_an_intact_journal_passes_the_integrity_check(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal)
    result = verify(path)
    assert (result.ok, result.damaged) == (True, False)


def test_the_cli_says_damaged_and_how_to_restore(tmp_path: Path) -> None:
    path = _damaged_journal(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "station", "journal", "verify", "--journal", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "DAMAGED" in done.stdout
    assert "malformed" in done.stdout
    assert "restore the journal from its backup" in done.stdout
    assert "chain intact" not in done.stdout


def test_the_writer_names_the_damage_and_stops(tmp_path: Path) -> None:
    path = _damaged_journal(tmp_path)
    with Journal.open(path, station_id="s") as journal:
        # A new attempt goes into the overwritten index, which SQLite finds malformed.
        with pytest.raises(JournalError) as first:
            full_attempt(journal, device_id="new-1")
        assert "damaged" in first.value.message
        assert "malformed" in first.value.message
        assert first.value.action == RESTORE_ACTION
        assert "free space" not in first.value.action
        # From now on the journal refuses every write, even one the damage would not touch.
        with pytest.raises(JournalError) as again:
            journal.record_event("signin", actor="sam", details={})
        assert again.value.action == RESTORE_ACTION
