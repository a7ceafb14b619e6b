"""The fleet link inside a station's process: the shipper runs on its own thread and the state
the operator banner shows (live / backlog N / offline; blocked or not) follows the real centre
and the supervisor's offline lot (real PostgreSQL, real journal)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from station.fleet.link import FleetLink
from station.fleet.link_state import FleetLinkState
from station.fleet.lots import OfflineLots, open_lot
from station.journal import Journal
from station.journal.synthetic import seed_journal
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import FleetDb


def _until(states: list[FleetLinkState], ok: Callable[[FleetLinkState], bool], s: float) -> bool:
    end = time.monotonic() + s
    while time.monotonic() < end:
        if states and ok(states[-1]):
            return True
        time.sleep(0.02)
    return False


@pytest.mark.slow
def test_the_link_state_follows_the_centre_and_the_lot(
    pg_cluster: PgCluster, fleet_db: FleetDb, tmp_path: Path
) -> None:
    settings, password = fleet_db.add_station()
    path = tmp_path / "journal.sqlite"
    seed_journal(path, 50, station_id=settings.role)
    states: list[FleetLinkState] = []
    threads: set[str] = set()

    def changed(state: FleetLinkState) -> None:
        threads.add(threading.current_thread().name)
        states.append(state)

    journal = Journal.open(path, station_id=settings.role)
    link = FleetLink(
        settings, lambda: password, path, OfflineLots(journal, fresh_s=0), changed, watch_s=0.05
    )
    link.start()
    try:
        assert _until(states, lambda s: s.link == "live" and s.backlog == 0, 30), states[-1:]
        assert states[-1].headline == "Fleet: live"
        assert not states[-1].registrations_blocked

        pg_cluster.stop("immediate")
        down = time.monotonic()
        seed_journal(path, 20, station_id=settings.role, seed=2)  # journaling goes on
        assert _until(states, lambda s: s.link == "offline", 10), states[-1:]
        detected = time.monotonic() - down
        assert _until(states, lambda s: s.backlog > 0, 5), states[-1:]
        offline = states[-1]
        assert offline.registrations_blocked
        assert "new registrations blocked" in offline.headline
        assert f"backlog {offline.backlog}" in offline.headline
        assert "station fleet lot open" in offline.action

        lot = open_lot(journal, actor="Sam (supervisor)", reason="central server down, INC-45")
        assert _until(states, lambda s: s.lot == lot.lot_id, 5), states[-1:]
        assert not states[-1].registrations_blocked
        assert f"offline lot {lot.lot_id}" in states[-1].headline

        pg_cluster.start()
        assert _until(states, lambda s: s.link == "live" and s.backlog == 0, 60), states[-1:]
    finally:
        link.stop()
        journal.close()
        if not _is_up(pg_cluster):
            pg_cluster.start()
    # The state reached its listener from the link's own thread, never the caller's.
    assert threads == {"fleet-link"}
    print(f"offline detected after {detected:.2f} s")


def _is_up(cluster: PgCluster) -> bool:
    import psycopg

    try:
        with psycopg.connect(cluster.admin_dsn(), connect_timeout=2):
            return True
    except psycopg.OperationalError:
        return False
