"""A fresh fleet database per test, in the session's throwaway PostgreSQL cluster."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from station.fleet.connect import FleetSettings
from station.fleet.names import QA, STATIONS, SUPERVISORS
from station.fleet.schema import add_login, init_db, new_password
from station.fleet.shipper import Shipper
from station.journal.synthetic import seed_journal
from tests.fixtures.postgres import PgCluster


@dataclass
class FleetDb:
    cluster: PgCluster
    name: str
    opened: list[psycopg.Connection[tuple[Any, ...]]] = field(default_factory=list)

    def admin(self) -> psycopg.Connection[tuple[Any, ...]]:
        conn = psycopg.connect(self.cluster.admin_dsn(self.name), autocommit=True)
        self.opened.append(conn)
        return conn

    def add(self, kind: str = STATIONS, prefix: str = "st") -> tuple[FleetSettings, str]:
        """A new login role (names are cluster-wide, so each is unique) and its password."""
        name = f"{prefix}-{uuid.uuid4().hex[:8]}"
        password = new_password()
        with psycopg.connect(self.cluster.admin_dsn(self.name), autocommit=True) as conn:
            add_login(conn, name, password, kind)
        return self.settings(name), password

    def add_station(self) -> tuple[FleetSettings, str]:
        return self.add(STATIONS, "st")

    def add_qa(self) -> tuple[FleetSettings, str]:
        return self.add(QA, "qa")

    def add_supervisor(self) -> tuple[FleetSettings, str]:
        return self.add(SUPERVISORS, "sv")

    def settings(self, role: str) -> FleetSettings:
        return FleetSettings(
            host="127.0.0.1", port=self.cluster.port, database=self.name, role=role
        )

    def connect_as(
        self, settings: FleetSettings, password: str
    ) -> psycopg.Connection[tuple[Any, ...]]:
        conn = psycopg.connect(
            host=settings.host,
            port=settings.port,
            dbname=settings.database,
            user=settings.role,
            password=password,
            autocommit=True,
        )
        self.opened.append(conn)
        return conn


@pytest.fixture
def fleet_db(pg_cluster: PgCluster, pg_database: str) -> Iterator[FleetDb]:
    db = FleetDb(pg_cluster, pg_database)
    with psycopg.connect(pg_cluster.admin_dsn(pg_database), autocommit=True) as conn:
        init_db(conn)
    yield db
    for conn in db.opened:
        conn.close()


START = datetime(2025, 3, 3, 6, 0, tzinfo=UTC)


def ship_all(settings: FleetSettings, password: str, journal: Path) -> None:
    shipper = Shipper(settings, password, journal, idle_poll_s=0.05)
    shipper.start()
    try:
        assert shipper.wait_for(lambda s: s.link == "live" and s.backlog == 0, 60), shipper.status()
    finally:
        shipper.stop()


@pytest.fixture
def two_stations(fleet_db: FleetDb, tmp_path: Path) -> tuple[FleetDb, dict[str, Path]]:
    """Stations A (30 attempts) and B (20, interleaved in time) shipped to the centre."""
    journals: dict[str, Path] = {}
    for count, offset, seed in ((30, 0, 1), (20, 7, 2)):
        settings, password = fleet_db.add_station()
        journal = tmp_path / f"{settings.role}.sqlite"
        seed_journal(
            journal,
            count,
            start=START + timedelta(seconds=offset),
            station_id=settings.role,
            seed=seed,
        )
        ship_all(settings, password, journal)
        journals[settings.role] = journal
    return fleet_db, journals
