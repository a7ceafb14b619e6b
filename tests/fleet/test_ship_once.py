"""`station fleet ship --until-idle` beside a running station: it ships and leaves, but only the
station's own shipper may tell the centre the station stopped (real PostgreSQL, real keyring).
"""

from __future__ import annotations

from pathlib import Path

import keyring.backend
import pytest

from station.cli import main
from station.fleet.shipper import Shipper
from station.journal import Journal
from station.pairing.keystore import store_fleet_password
from tests.config.examples import PLANT
from tests.fleet.conftest import FleetDb

pytestmark = pytest.mark.keyring


def _link_at_centre(fleet_db: FleetDb, role: str) -> str:
    row = (
        fleet_db.admin()
        .execute("SELECT link FROM fleet.station_heartbeat WHERE station_id = %s", (role,))
        .fetchone()
    )
    assert row is not None
    return str(row[0])


def _journal_one(journal: Journal) -> None:
    attempt = journal.begin_attempt(
        slot="1", operator="op", target_name="t", realm="r", pairing_url="https://x"
    )
    journal.finish_attempt(attempt, result="FAIL", error_class="timeout")


def test_a_one_off_ship_leaves_the_running_station_live_at_the_centre(
    fleet_db: FleetDb,
    tmp_path: Path,
    secret_service: keyring.backend.KeyringBackend,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings, password = fleet_db.add_station()
    store_fleet_password(settings.role, password)
    config = tmp_path / "station.toml"
    config.write_text(
        PLANT + f'\n[fleet]\nhost = "127.0.0.1"\nport = {settings.port}\n'
        f'database = "{settings.database}"\nrole = "{settings.role}"\n',
        encoding="utf-8",
    )
    # The station's own shipper, beating rarely, so only a stray beat could change the row.
    with Journal.open(tmp_path / "journal.sqlite", station_id=settings.role) as journal:
        _journal_one(journal)
        station = Shipper(settings, password, journal.path, heartbeat_every_s=600)
        station.start()
        try:
            assert station.wait_for(lambda s: s.link == "live" and s.backlog == 0, 30)
            assert _link_at_centre(fleet_db, settings.role) == "live"
            _journal_one(journal)  # something for the one-off run to find, maybe
            rc = main(["fleet", "ship", "--config", str(config), "--until-idle"])
            assert rc == 0, capsys.readouterr().err
            assert "backlog 0" in capsys.readouterr().out
            assert _link_at_centre(fleet_db, settings.role) == "live"
        finally:
            station.stop()
    assert _link_at_centre(fleet_db, settings.role) == "stopped"
