"""`station fleet init-db` and `add-station` as plant IT runs them."""

from __future__ import annotations

import subprocess
import sys

import psycopg

from station.fleet.claims import ClaimClient
from station.fleet.connect import FleetSettings
from station.fleet.schema import schema_version
from tests.fixtures.postgres import PgCluster


def _station(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "station", "fleet", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
        check=False,
    )


def test_init_db_then_add_station_gives_a_role_that_can_claim(
    pg_cluster: PgCluster, pg_database: str
) -> None:
    dsn = pg_cluster.admin_dsn(pg_database)
    first = _station("init-db", "--dsn", dsn)
    assert first.returncode == 0, first.stderr
    assert "Created the fleet schema" in first.stdout
    again = _station("init-db", "--dsn", dsn)
    assert again.returncode == 0, again.stderr
    assert f"up to date (version {schema_version()})" in again.stdout

    added = _station("add-station", "line-cli", "--dsn", dsn)
    assert added.returncode == 0, added.stderr
    password = added.stdout.split("Password (shown once): ")[1].strip()
    settings = FleetSettings(
        host="127.0.0.1", port=pg_cluster.port, database=pg_database, role="line-cli"
    )
    client = ClaimClient(settings, password)
    assert client.claim("r", "dev-cli").granted
    client.close()

    # Re-keying an existing role with a chosen password: the old one stops working.
    rekey = _station("add-station", "line-cli", "--dsn", dsn, "--password-stdin", stdin="x" * 20)
    assert rekey.returncode == 0, rekey.stderr
    assert "x" * 20 not in rekey.stdout
    assert "Reset the password" in rekey.stdout
    with psycopg.connect(
        host="127.0.0.1",
        port=pg_cluster.port,
        dbname=pg_database,
        user="line-cli",
        password="x" * 20,
    ):
        pass


def test_init_db_without_a_reachable_server_says_what_to_do() -> None:
    out = _station("init-db", "--dsn", "host=127.0.0.1 port=1 connect_timeout=2")
    assert out.returncode == 1
    assert "Cannot connect to PostgreSQL as the administrator" in out.stderr
    assert "what to do: Run as the database superuser" in out.stderr
