"""The fleet benches' throwaway centre: a fleet database in a real PostgreSQL cluster, station
roles made on it, and the few questions the figures ask it."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import psycopg

from station.fleet.connect import FleetSettings
from station.fleet.journal_source import JournalSource
from station.fleet.names import STATIONS
from station.fleet.schema import add_login, init_db
from station.sandbox.pgcluster import PgCluster

REALM = "bench"
FINGERPRINT = "ab" * 32


class Centre:
    def __init__(self, cluster: PgCluster) -> None:
        self.cluster = cluster
        self.db = cluster.create_database()
        with psycopg.connect(cluster.admin_dsn(self.db), autocommit=True) as conn:
            init_db(conn)

    def station(self, name: str, group: str = STATIONS) -> tuple[FleetSettings, str]:
        password = uuid.uuid4().hex
        with psycopg.connect(self.cluster.admin_dsn(self.db), autocommit=True) as conn:
            add_login(conn, name, password, group)
        settings = FleetSettings(
            host="127.0.0.1", port=self.cluster.port, database=self.db, role=name
        )
        return settings, password

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.cluster.admin_dsn(self.db), autocommit=True) as conn:
            return conn.execute(sql.encode(), params).fetchall()

    def counts(self, role: str) -> tuple[int, int, int]:
        """(rows, max seq, gaps) of one station."""
        (row,) = self.query(
            "SELECT count(*), coalesce(max(seq), 0), count(*) FILTER (WHERE step <> 1) FROM ("
            " SELECT seq, seq - lag(seq, 1, 0::bigint) OVER (PARTITION BY journal_id ORDER BY"
            " seq) AS step FROM fleet.events WHERE station_id = %s) s",
            (role,),
        )
        return int(row[0]), int(row[1]), int(row[2])


def local_max(path: Path) -> int:
    with JournalSource.open(path) as source:
        return source.max_seq()


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
