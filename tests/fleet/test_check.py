"""`[fleet]` in the configuration and `station fleet check`: every failure names its fix.

The password lives in the real Secret Service (`make test` starts a private one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring.backend
import pytest

from station.cli import main
from station.config.store import load_config, save_config
from station.errors import ConfigError
from station.fleet.schema import schema_version
from station.pairing.keystore import store_fleet_password
from tests.config.examples import PLANT
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import FleetDb

pytestmark = pytest.mark.keyring


def _config(tmp_path: Path, fleet: str) -> Path:
    path = tmp_path / "station.toml"
    path.write_text(PLANT + "\n[fleet]\n" + fleet, encoding="utf-8")
    return path


def _fleet_table(port: int, database: str, role: str) -> str:
    return f'host = "127.0.0.1"\nport = {port}\ndatabase = "{database}"\nrole = "{role}"\n'


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    rc = main(["fleet", "check", "--config", str(path)])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_the_fleet_table_round_trips_and_refuses_a_password(tmp_path: Path) -> None:
    path = _config(tmp_path, _fleet_table(6543, "fleet", "line3-pc1") + 'ca_file = "ca.pem"\n')
    config = load_config(path)
    assert config.fleet is not None
    assert (config.fleet.port, config.fleet.role, config.fleet.claim_ttl_s) == (
        6543,
        "line3-pc1",
        120,
    )
    assert config.fleet.ca_file == tmp_path / "ca.pem"
    save_config(config, path)
    assert load_config(path).fleet == config.fleet
    without = tmp_path / "plain.toml"
    without.write_text(PLANT, encoding="utf-8")
    assert load_config(without).fleet is None
    bad = _config(tmp_path, _fleet_table(1, "f", "r") + 'password = "hunter2hunter2"\n')
    with pytest.raises(ConfigError, match="would hold a secret"):
        load_config(bad)


def test_check_passes_and_says_what_it_found(
    fleet_db: FleetDb,
    tmp_path: Path,
    secret_service: keyring.backend.KeyringBackend,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings, password = fleet_db.add_station()
    store_fleet_password(settings.role, password)
    rc, out, err = _check(
        _config(tmp_path, _fleet_table(settings.port, fleet_db.name, settings.role)), capsys
    )
    assert rc == 0, err
    assert f"ok: fleet schema version {schema_version()}" in out
    assert "ok: may ship events and claim device IDs" in out


def test_check_explains_a_wrong_password_and_a_missing_one(
    fleet_db: FleetDb,
    tmp_path: Path,
    secret_service: keyring.backend.KeyringBackend,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings, _ = fleet_db.add_station()
    path = _config(tmp_path, _fleet_table(settings.port, fleet_db.name, settings.role))
    rc, _, err = _check(path, capsys)
    assert rc == 1
    assert "No password for the fleet role" in err
    assert "station fleet set-password" in err
    store_fleet_password(settings.role, "not-the-password")
    rc, _, err = _check(path, capsys)
    assert rc == 1
    assert f"refused the password of role {settings.role}" in err
    assert "what to do:" in err


def test_check_explains_an_uninitialised_db_a_newer_schema_and_missing_grants(
    pg_cluster: PgCluster,
    fleet_db: FleetDb,
    tmp_path: Path,
    secret_service: keyring.backend.KeyringBackend,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings, password = fleet_db.add_station()
    store_fleet_password(settings.role, password)

    # A database nobody ran init-db on (the role may connect to it: plant IT granted CONNECT).
    empty = pg_cluster.create_database()
    rc, _, err = _check(
        _config(tmp_path, _fleet_table(settings.port, empty, settings.role)), capsys
    )
    assert rc == 1
    assert "was never initialised for the fleet" in err
    assert "station fleet init-db" in err

    # A role that logs in but is in no fleet group.
    admin: Any = fleet_db.admin()
    lonely = settings.role + "-x"
    admin.execute(f"CREATE ROLE \"{lonely}\" LOGIN PASSWORD '{password}'")
    admin.execute(f'GRANT CONNECT ON DATABASE "{fleet_db.name}" TO "{lonely}"')
    store_fleet_password(lonely, password)
    rc, _, err = _check(
        _config(tmp_path, _fleet_table(settings.port, fleet_db.name, lonely)), capsys
    )
    assert rc == 1
    assert f"Role {lonely} may log in but has no rights" in err

    # A centre migrated by a newer station.
    admin.execute("INSERT INTO fleet.schema_version (version) VALUES (%s)", (schema_version() + 1,))
    rc, _, err = _check(
        _config(tmp_path, _fleet_table(settings.port, fleet_db.name, settings.role)), capsys
    )
    assert rc == 1
    assert "this station understands up to" in err
    assert "Upgrade the station software" in err


def test_check_explains_an_unreachable_centre(
    tmp_path: Path,
    secret_service: keyring.backend.KeyringBackend,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store_fleet_password("line3-pc1", "whatever-password")
    rc, _, err = _check(_config(tmp_path, _fleet_table(1, "fleet", "line3-pc1")), capsys)
    assert rc == 1
    assert "cannot be reached" in err


def test_ship_until_idle_sends_the_configured_journal(
    fleet_db: FleetDb,
    tmp_path: Path,
    secret_service: keyring.backend.KeyringBackend,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from station.journal.synthetic import seed_journal

    settings, password = fleet_db.add_station()
    store_fleet_password(settings.role, password)
    path = _config(tmp_path, _fleet_table(settings.port, fleet_db.name, settings.role))
    seed_journal(tmp_path / "journal.sqlite", 12, station_id=settings.role)
    rc = main(["fleet", "ship", "--config", str(path), "--until-idle"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    row = (
        fleet_db.admin()
        .execute(
            "SELECT count(*), max(seq) FROM fleet.events WHERE station_id = %s", (settings.role,)
        )
        .fetchone()
    )
    assert row is not None
    assert f"shipped up to seq {row[1]}; backlog 0" in out.out
    assert row[0] == row[1] > 12
