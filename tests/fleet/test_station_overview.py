"""`fleet.station_overview` lists the stations of its own database only, even when the cluster
holds several fleet databases (roles are cluster-wide); a version-5 centre migrates with the
stations that already shipped to it (real PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from station.fleet import schema
from station.fleet.schema import add_login, init_db, new_password, schema_version
from station.fleet.supervise import station_overview
from station.journal.synthetic import seed_journal
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import FleetDb, ship_all


def _overview(db: FleetDb) -> list[str]:
    qa, password = db.add_qa()
    with db.connect_as(qa, password) as conn:
        return [row.station_id for row in station_overview(conn)]


def test_the_overview_lists_only_this_databases_stations(
    pg_cluster: PgCluster, fleet_db: FleetDb
) -> None:
    other = FleetDb(pg_cluster, pg_cluster.create_database())
    with psycopg.connect(pg_cluster.admin_dsn(other.name), autocommit=True) as conn:
        init_db(conn)
    mine, _ = fleet_db.add_station()
    theirs, _ = other.add_station()
    assert _overview(fleet_db) == [mine.role]
    assert _overview(other) == [theirs.role]
    # add-station run again (a new password) does not list the station twice.
    with psycopg.connect(pg_cluster.admin_dsn(fleet_db.name), autocommit=True) as conn:
        assert not add_login(conn, mine.role, new_password(), "stations")
    assert _overview(fleet_db) == [mine.role]


def test_a_version_5_centre_keeps_the_stations_that_shipped_to_it(
    pg_cluster: PgCluster,
    pg_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = FleetDb(pg_cluster, pg_database)
    admin = db.admin()
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:5])
    assert init_db(admin) == (0, 5)
    shipped, password = db.add_station()
    silent, _ = db.add_station()  # added before version 6 and never shipped: unknown here
    qa, qa_password = db.add_qa()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 5, station_id=shipped.role)
    ship_all(shipped, password, journal)
    monkeypatch.undo()

    assert init_db(admin) == (5, schema_version())
    assert init_db(admin) == (schema_version(), schema_version())  # idempotent
    with db.connect_as(qa, qa_password) as conn:
        assert [row.station_id for row in station_overview(conn)] == [shipped.role]
    limit = admin.execute(
        "SELECT rolconnlimit FROM pg_roles WHERE rolname = %s", (qa.role,)
    ).fetchone()
    assert limit == (8,)  # room for the QA window's connections
    assert silent.role not in _overview(db)
    for conn in db.opened:
        conn.close()
