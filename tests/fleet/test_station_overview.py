"""`fleet.station_overview` lists the stations of its own database only, even when the cluster
holds several fleet databases (roles are cluster-wide); a version-5 centre migrates with the
stations that already shipped to it (real PostgreSQL)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from station.fleet import schema
from station.fleet.heartbeat import V10
from station.fleet.lots import close_lot, open_lot
from station.fleet.schema import add_login, init_db, new_password, schema_version
from station.fleet.supervise import StationRow, station_overview
from station.journal import Journal
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


def _comparable(rows: list[StationRow]) -> list[StationRow]:
    # The heartbeat's age is read on the centre's clock at each read.
    return [dataclasses.replace(row, heartbeat_age_s=None) for row in rows]


def test_version_11_reads_the_same_overview_from_its_own_table(
    pg_cluster: PgCluster,
    pg_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The overview of version 11 (`fleet.station_shipped`, kept by a trigger) is the one the
    version-10 view read from the history, for the history a migration finds and for what
    arrives after it: newest arrival and its lag, today's counts, the open lot."""
    db = FleetDb(pg_cluster, pg_database)
    admin = db.admin()
    with monkeypatch.context() as at_v10:
        at_v10.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:10])
        assert init_db(admin) == (0, 10)
    (a, a_pw), (b, b_pw) = db.add_station(), db.add_station()
    db.add_station()  # never shipped
    qa, qa_pw = db.add_qa()
    now = datetime.now(UTC)
    start = max(now - timedelta(minutes=10), now.replace(hour=0, minute=0, second=1))
    journal_a, journal_b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    seed_journal(journal_a, 12, start=start, interval_s=20, station_id=a.role)
    seed_journal(journal_b, 5, station_id=b.role, seed=3)  # another day
    with Journal.open(journal_a, station_id=a.role) as journal:
        lot = open_lot(journal, actor="Sam (supervisor)", reason="central server down, INC-7")
    ship_all(a, a_pw, journal_a)
    ship_all(b, b_pw, journal_b)

    def overview() -> list[StationRow]:
        with db.connect_as(qa, qa_pw) as conn:
            return _comparable(station_overview(conn))

    before = overview()
    assert {r.station_id: r.open_lot for r in before}[a.role] == lot.lot_id
    assert sum(r.passed_today + r.failed_today for r in before) == 12
    assert init_db(admin) == (10, schema_version())
    assert overview() == before

    # After the migration the trigger keeps it: A's lot closes, B ships more.
    with Journal.open(journal_a, station_id=a.role) as journal:
        close_lot(journal, actor="Sam (supervisor)", reason="centre is back, INC-7")
    seed_journal(journal_b, 3, start=start, interval_s=20, station_id=b.role, seed=4)
    ship_all(a, a_pw, journal_a)
    ship_all(b, b_pw, journal_b)
    after = {r.station_id: r for r in overview()}
    assert after[a.role].open_lot is None and after[a.role].lot_opened_by is None
    assert after[b.role].passed_today + after[b.role].failed_today == 3
    # The version-10 view's own text, run beside the new one on the same history.
    (v10_view,) = [s for s in V10 if "VIEW fleet.station_overview" in s]
    query = v10_view.split(" AS\n", 1)[1]
    rows = admin.execute(
        "SELECT station_id, last_seen, ship_lag_s, passed_today, failed_today, open_lot, "
        f"lot_opened_by FROM ({query}) v ORDER BY station_id"
    ).fetchall()
    assert [r[:7] for r in rows] == [
        (
            r.station_id,
            r.last_seen,
            r.ship_lag_s,
            r.passed_today,
            r.failed_today,
            r.open_lot,
            r.lot_opened_by,
        )
        for r in sorted(after.values(), key=lambda r: r.station_id)
    ]
    for conn in db.opened:
        conn.close()
