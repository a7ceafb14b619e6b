"""One batch is one statement at the centre: all of it or none of it, a re-sent batch is a no-op,
a batch that disagrees with what the centre holds inserts nothing and raises, and each batch
that lands is announced once (real journals, real PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.fleet.connect import connect
from station.fleet.errors import JournalForked
from station.fleet.journal_source import JournalSource
from station.fleet.shipper import central_acked, ship_batch
from station.journal.synthetic import seed_journal
from station.text import Text
from tests.fleet.conftest import FleetDb


def test_batches_land_whole_once_and_each_is_announced_once(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    settings, password = fleet_db.add_station()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 20, station_id=settings.role)
    listener = fleet_db.admin()
    listener.execute("LISTEN fleet_events")
    with JournalSource.open(journal) as source, connect(settings, password) as conn:
        journal_id = source.journal_id()
        assert journal_id is not None
        first, second = source.events_after(0, 30), source.events_after(30, 1000)
        assert (ship_batch(conn, journal_id, first), central_acked(conn, journal_id)) == (30, 30)
        assert ship_batch(conn, journal_id, first) == 0  # a lost ack: sent again, a no-op
        assert ship_batch(conn, journal_id, second) == len(second)
        assert central_acked(conn, journal_id) == second[-1].seq
    heard = [n.payload for n in listener.notifies(timeout=2, stop_after=3)]
    assert heard == [
        f"{settings.role}:30",
        f"{settings.role}:30",
        f"{settings.role}:{second[-1].seq}",
    ]


def test_a_batch_unlike_the_centres_events_inserts_nothing_and_raises(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    """Another history under the same journal ID and seqs (the shipper's head check missed
    it, e.g. a second shipper raced it): half new, half different, and none of it lands."""
    settings, password = fleet_db.add_station()
    shipped, other = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    seed_journal(shipped, 5, station_id=settings.role, seed=1)
    seed_journal(other, 10, station_id=settings.role, seed=2)
    listener = fleet_db.admin()
    with JournalSource.open(shipped) as a, JournalSource.open(other) as b:
        journal_id = a.journal_id()
        assert journal_id is not None
        held = a.events_after(0, 8)
        forked = b.events_after(0, 16)
        assert forked[-1].seq > held[-1].seq
        with connect(settings, password) as conn:
            ship_batch(conn, journal_id, held)
            listener.execute("LISTEN fleet_events")
            with pytest.raises(JournalForked, match=f"different event 1 for journal {journal_id}"):
                ship_batch(conn, journal_id, forked)
            # By message ID for the screens; what to do points to docs/fleet.md.
            with pytest.raises(JournalForked) as again:
                ship_batch(conn, journal_id, forked)
            assert again.value.text == Text.of(
                "fleet.forked.already", seq="1", journal_id=str(journal_id)
            )
            assert again.value.action_text == Text.of("fleet.forked.action")
            assert again.value.action.endswith("(docs/fleet.md, 'Forked journal').")
            assert central_acked(conn, journal_id) == held[-1].seq
    ((rows,),) = listener.execute(
        "SELECT count(*) FROM fleet.events WHERE station_id = %s", (settings.role,)
    ).fetchall()
    assert rows == len(held)
    assert list(listener.notifies(timeout=1)) == []
