"""The outbox a fleet shipper reads: events after a sequence number, and a cursor that says how
far the central store has confirmed them. Shipping empties it; no event costs an outbox row."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from station.journal import Journal, Outbox, verify
from station.journal.record_form import carried_steps
from tests.journal.helpers import SCHEMA3_FIXTURE, full_attempt


def _journal(tmp_path: Path, attempts: int = 2) -> Path:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        for n in range(attempts):
            full_attempt(journal, device_id=f"d{n}")
    return path


def test_events_after_a_seq_in_order(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    with Outbox.open(path, station_id="s") as outbox:
        assert [e.seq for e in outbox.events_after(0, limit=3)] == [1, 2, 3]
        tail = outbox.events_after(5)
        assert [e.seq for e in tail] == [6, 7, 8]
        assert [e.kind for e in tail] == ["attempt.device", "attempt.intent", "attempt.finish"]
        assert [s[0] for s in carried_steps(tail[1].payload, 0)] == ["connect"]
        assert [s[0] for s in carried_steps(tail[2].payload, 0)] == ["write"]
        assert outbox.events_after(8) == []
        conn = sqlite3.connect(path)
        try:
            (stored,) = conn.execute("SELECT hash FROM events WHERE seq = 8").fetchone()
        finally:
            conn.close()
        assert tail[-1].hash == bytes(stored).hex()
        assert tail[-1].payload["result"] == "PASS"


def test_shipping_moves_the_cursor_forward_only(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    with Outbox.open(path, station_id="s") as outbox:
        assert outbox.shipped_through() == 0
        assert len(outbox.pending(limit=100)) == 8
        outbox.mark_shipped(5)
        assert [e.seq for e in outbox.pending(limit=100)] == [6, 7, 8]
        outbox.mark_shipped(3)  # a late acknowledgement of an older batch
        assert outbox.shipped_through() == 5
        with pytest.raises(ValueError, match="ends at 8"):
            outbox.mark_shipped(9)
        outbox.mark_shipped(8)
        assert outbox.pending() == []
    # The cursor is the journal's, not the connection's: it survives a restart.
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal, device_id="later")
    with Outbox.open(path, station_id="s") as outbox:
        assert [e.seq for e in outbox.pending()] == list(range(9, 13))
        assert outbox.journal_id
    assert verify(path).ok


def test_a_journal_with_an_outbox_table_keeps_what_was_unshipped(tmp_path: Path) -> None:
    """A journal written before the cursor: its outbox rows say what is still to ship."""
    path = tmp_path / "old.sqlite"
    shutil.copy(SCHEMA3_FIXTURE, path)
    # Played back as the old writer left it: events 1-4 shipped, 5 and 6 still in the outbox.
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE outbox (seq INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO outbox (seq) VALUES (5), (6)")
    conn.execute("DELETE FROM meta WHERE key = 'shipped_through'")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with Outbox.open(path, station_id="s") as outbox:
        assert outbox.shipped_through() == 4
        assert [e.seq for e in outbox.pending()] == list(range(5, 20))
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "outbox" not in tables
