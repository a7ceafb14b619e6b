"""Shipping a real journal to a real PostgreSQL: idempotent, gap-free, loud on a fork, and
surviving a server crash with the backlog drained afterwards."""

from __future__ import annotations

import shutil
import sqlite3
import time
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from station.fleet.connect import FleetSettings, connect
from station.fleet.journal_source import JournalSource
from station.fleet.shipper import Shipper, ShipperStatus, central_acked, ship_batch
from station.journal.synthetic import seed_journal
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import FleetDb


def _local_events(path: Path) -> int:
    with JournalSource.open(path) as source:
        return source.max_seq()


def _central(fleet_db: FleetDb, role: str) -> tuple[int, int, int]:
    """(rows, max seq, gaps) of one station at the centre."""
    row = (
        fleet_db.admin()
        .execute(
            "SELECT count(*), coalesce(max(seq), 0), count(*) FILTER (WHERE step <> 1) FROM ("
            " SELECT seq, seq - lag(seq, 1, 0::bigint) OVER (PARTITION BY journal_id ORDER BY seq)"
            " AS step FROM fleet.events WHERE station_id = %s) s",
            (role,),
        )
        .fetchone()
    )
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def _ship_all(settings: FleetSettings, password: str, journal: Path, **kw: float) -> ShipperStatus:
    shipper = Shipper(settings, password, journal, idle_poll_s=0.05, **kw)  # type: ignore[arg-type]
    shipper.start()
    local = _local_events(journal)
    assert shipper.wait_for(lambda s: s.link == "live" and s.acked_seq == local, 30), (
        shipper.status()
    )
    shipper.stop()
    return shipper.status()


def test_a_journal_ships_completely_and_shipping_again_changes_nothing(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    settings, password = fleet_db.add_station()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 300, station_id=settings.role)
    local = _local_events(journal)
    status = _ship_all(settings, password, journal, batch=250)
    assert (status.acked_seq, status.shipped_events, status.backlog) == (local, local, 0)
    assert _central(fleet_db, settings.role) == (local, local, 0)

    # A lost ack: the same batch sent again is a no-op, not an error.
    with JournalSource.open(journal) as source, connect(settings, password) as conn:
        journal_id = source.journal_id()
        assert journal_id is not None
        assert ship_batch(conn, journal_id, source.events_after(0, 100)) == 0
        assert central_acked(conn, journal_id) == local
    # A restarted station resumes from the centre's cursor and ships nothing twice.
    seed_journal(journal, 20, station_id=settings.role, seed=2)
    status = _ship_all(settings, password, journal)
    assert status.shipped_events == _local_events(journal) - local
    assert _central(fleet_db, settings.role) == (_local_events(journal),) * 2 + (0,)


def test_a_journal_the_centre_already_holds_has_no_backlog(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    """A second shipper (`station fleet ship --until-idle` after the station's own) sends
    nothing and reports the centre's cursor, so it sees no backlog."""
    settings, password = fleet_db.add_station()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 30, station_id=settings.role)
    local = _local_events(journal)
    _ship_all(settings, password, journal)
    again = Shipper(settings, password, journal, idle_poll_s=0.05)
    again.start()
    try:
        assert again.wait_for(lambda s: s.link == "live" and s.backlog == 0, 30), again.status()
    finally:
        again.stop()
    assert (again.status().acked_seq, again.status().shipped_events) == (local, 0)


def test_a_journal_restored_from_an_old_backup_stops_shipping_loudly(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    settings, password = fleet_db.add_station()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 10, station_id=settings.role)
    backup = tmp_path / "backup.sqlite"
    shutil.copy(journal, backup)
    seed_journal(journal, 10, station_id=settings.role, seed=2)
    _ship_all(settings, password, journal)
    shipped = _central(fleet_db, settings.role)

    # The backup goes on with different events under seqs the centre already holds.
    seed_journal(backup, 15, station_id=settings.role, seed=3)
    shipper = Shipper(settings, password, backup, idle_poll_s=0.05)
    shipper.start()
    assert shipper.wait_for(lambda s: s.link == "failed", 30)
    shipper.stop()
    status = shipper.status()
    assert "restored from an older backup or forked" in status.problem
    assert "nothing is lost locally" in status.action
    assert _central(fleet_db, settings.role) == shipped


def test_a_copied_journal_under_a_new_id_collides_loudly(fleet_db: FleetDb, tmp_path: Path) -> None:
    settings, password = fleet_db.add_station()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 5, station_id=settings.role)
    _ship_all(settings, password, journal)
    copy = tmp_path / "copy.sqlite"
    shutil.copy(journal, copy)
    with sqlite3.connect(copy) as db:
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('journal_id', ?)",
            (str(uuid.uuid4()),),
        )
    shipper = Shipper(settings, password, copy, idle_poll_s=0.05)
    shipper.start()
    assert shipper.wait_for(lambda s: s.link == "failed", 30)
    shipper.stop()
    assert "under another journal ID" in shipper.status().problem


@pytest.mark.slow
def test_a_server_crash_loses_nothing_and_the_backlog_drains(
    pg_cluster: PgCluster, fleet_db: FleetDb, tmp_path: Path
) -> None:
    settings, password = fleet_db.add_station()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 200, station_id=settings.role)
    shipper = Shipper(settings, password, journal, idle_poll_s=0.05, batch=100)
    shipper.start()
    try:
        assert shipper.wait_for(lambda s: s.link == "live", 30)
        pg_cluster.stop("immediate")
        # The station keeps journaling while the centre is down.
        seed_journal(journal, 300, station_id=settings.role, seed=2)
        assert shipper.wait_for(lambda s: s.link == "offline", 10), shipper.status()
        assert shipper.status().backlog > 0
        time.sleep(1)
        pg_cluster.start()
        local = _local_events(journal)
        assert shipper.wait_for(lambda s: s.link == "live" and s.acked_seq == local, 60), (
            shipper.status()
        )
    finally:
        shipper.stop()
        if shipper.status().link != "stopped":
            pg_cluster.start()
    assert _central(fleet_db, settings.role) == (local, local, 0)


def test_a_centre_never_initialised_stops_shipping_with_an_action_not_a_bug(
    fleet_db: FleetDb, pg_cluster: PgCluster, tmp_path: Path
) -> None:
    settings, password = fleet_db.add_station()
    empty = replace(settings, database=pg_cluster.create_database())
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 5, station_id=settings.role)
    local = _local_events(journal)
    shipper = Shipper(empty, password, journal, idle_poll_s=0.05)
    shipper.start()
    assert shipper.wait_for(lambda s: s.link == "failed", 15), shipper.status()
    shipper.stop()
    status = shipper.status()
    assert "lacks part of the fleet schema" in status.problem
    assert "station fleet init-db" in status.action
    assert _local_events(journal) == local > 0  # nothing lost locally
