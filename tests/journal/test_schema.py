"""Schema versions: fresh journals, upgrades, and refusal of what this station cannot read."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from station.journal import Journal, JournalError, schema, verify
from tests.journal.helpers import full_attempt


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_a_new_journal_is_at_the_current_version_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s"):
        pass
    assert _user_version(path) == schema.schema_version()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_a_journal_from_a_newer_station_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() + 3}")
    conn.close()
    before = _digest(path)
    with pytest.raises(JournalError) as info:
        Journal.open(path, station_id="s")
    assert "newer station version" in info.value.message
    assert str(schema.schema_version() + 3) in info.value.message
    assert "Upgrade the station" in info.value.action
    with pytest.raises(JournalError, match="newer station"):
        verify(path)
    assert _digest(path) == before
    assert (
        not (tmp_path / "j.sqlite-wal").exists() or (tmp_path / "j.sqlite-wal").stat().st_size == 0
    )


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(JournalError, match="not a station journal"):
        Journal.open(path, station_id="s")
    assert _digest(path) == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not a database at all " * 50)
    with pytest.raises(JournalError, match="cannot be read"):
        Journal.open(path, station_id="s")


def test_pending_migrations_run_on_open_and_keep_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        attempt = full_attempt(journal)
    current = schema.schema_version()
    upgraded = [
        *schema.MIGRATIONS,
        ("ALTER TABLE attempts ADD COLUMN label TEXT NOT NULL DEFAULT 'none'",),
    ]
    monkeypatch.setattr(schema, "MIGRATIONS", upgraded)
    with Journal.open(path, station_id="s") as journal:
        assert journal.attempt(attempt) is not None
    assert _user_version(path) == current + 1
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT label FROM attempts").fetchall() == [("none",)]
    finally:
        conn.close()
    assert verify(path).ok


def test_a_failing_migration_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal)
    current = schema.schema_version()
    broken = [
        *schema.MIGRATIONS,
        ("CREATE TABLE extra (x INTEGER)", "ALTER TABLE no_such_table ADD COLUMN y"),
    ]
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(JournalError):
        Journal.open(path, station_id="s")
    assert _user_version(path) == current
    conn = sqlite3.connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "extra" not in names
