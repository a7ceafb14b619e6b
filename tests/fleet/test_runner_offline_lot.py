"""A fleet station whose centre is down, as the GUI and `station provision` run it: under a
supervisor's offline lot it still provisions, and once it reaches the centre again it gives the
centre the claim of every device it passed offline (demo fixture on ptys, Pairing stand-in,
real PostgreSQL, real keyring)."""

from __future__ import annotations

import dataclasses
import socket
import time
from pathlib import Path
from typing import Any

import keyring.backend
import pytest

from station.cancel import Deadline
from station.config import load_config
from station.config.model import FleetConfig, StationConfig
from station.demo import DemoEnvironment
from station.engine.events import AttemptFinished, Result, SlotState
from station.engine.runner import FixtureRunner
from station.fleet.lots import open_lot
from station.journal import Journal
from station.pairing.keystore import store_fleet_password
from tests.fleet.conftest import FleetDb
from tests.fleet.test_runner_fleet import Events

pytestmark = pytest.mark.keyring


def _closed_port() -> int:
    """A loopback port nothing listens on (a centre that is down refuses the connection)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _provision_one(config: StationConfig, env: DemoEnvironment, journal: Journal) -> Any:
    events = Events()
    runner = FixtureRunner(
        config=config,
        fixture=env.fixture_name,
        journal=journal,
        operator="tester",
        sink=events,
        presence_interval_s=0.2,
    )
    try:
        events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.READY)
        assert runner.start("1")
        events.wait_for(lambda items: any(isinstance(e, AttemptFinished) for e in items))
    finally:
        runner.shutdown(30)
    (finished,) = [e for e in events.items if isinstance(e, AttemptFinished)]
    return finished.snapshot


def _claims(admin: Any, device_id: str) -> list[tuple[Any, ...]]:
    rows = admin.execute(
        "SELECT station_id, state FROM fleet.claims WHERE device_id = %s", (device_id,)
    ).fetchall()
    return list(rows)


def test_a_device_passed_under_an_offline_lot_gets_its_claim_once_the_centre_answers(
    fleet_db: FleetDb, tmp_path: Path, secret_service: keyring.backend.KeyringBackend
) -> None:
    settings, password = fleet_db.add_station()
    store_fleet_password(settings.role, password)
    live = FleetConfig(
        host=settings.host, port=settings.port, database=settings.database, role=settings.role
    )
    down = dataclasses.replace(live, host="127.0.0.1", port=_closed_port())
    admin = fleet_db.admin()
    with DemoEnvironment(tmp_path / "demo", slots=1, bcrypt_cost=4) as env:
        config = load_config(env.config_path)
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            open_lot(journal, actor="Sam", reason="the centre is down for maintenance")
            offline = _provision_one(dataclasses.replace(config, fleet=down), env, journal)
            assert offline.result is Result.PASS, offline.message
            assert offline.device_id is not None
            assert _claims(admin, offline.device_id) == []

            # The centre answers again: the station's link back-fills the claim by itself.
            events = Events()
            runner = FixtureRunner(
                config=dataclasses.replace(config, fleet=live),
                fixture=env.fixture_name,
                journal=journal,
                operator="tester",
                sink=events,
                presence_interval_s=None,
            )
            try:
                deadline = Deadline(60.0)
                while _claims(admin, offline.device_id) != [(settings.role, "done")]:
                    assert not deadline.expired, _claims(admin, offline.device_id)
                    time.sleep(0.1)
            finally:
                runner.shutdown(30)
