"""A station in fleet mode, as the GUI and `station provision` run it: the runner claims at the
centre and ships its journal from a thread of its own, publishing the link's state as engine
events (demo fixture on ptys, Pairing stand-in, real PostgreSQL, real keyring)."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring.backend
import pytest

from station.config import load_config
from station.config.model import FleetConfig
from station.demo import DemoEnvironment
from station.engine.events import AttemptFinished, Event, FleetLinkChanged, Result, SlotState
from station.engine.runner import FixtureRunner, fleet_gate
from station.fleet.errors import FleetError
from station.fleet.lots import OfflineLots
from station.journal import Journal
from station.pairing.keystore import store_fleet_password
from tests.fleet.conftest import FleetDb

pytestmark = pytest.mark.keyring


class Events:
    def __init__(self) -> None:
        self.items: list[Event] = []
        self.cond = threading.Condition()

    def __call__(self, event: Event) -> None:
        with self.cond:
            self.items.append(event)
            self.cond.notify_all()

    def wait_for(self, check: Callable[[list[Event]], bool], timeout: float = 60.0) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: check(self.items), timeout), self.items[-3:]

    def fleet(self) -> list[FleetLinkChanged]:
        return [e for e in self.items if isinstance(e, FleetLinkChanged)]


def _live_and_drained(items: list[Event]) -> bool:
    fleet = [e.state for e in items if isinstance(e, FleetLinkChanged)]
    return bool(fleet) and fleet[-1].link == "live" and fleet[-1].backlog == 0


def test_a_fleet_station_claims_ships_and_reports_its_link(
    fleet_db: FleetDb, tmp_path: Path, secret_service: keyring.backend.KeyringBackend
) -> None:
    settings, password = fleet_db.add_station()
    store_fleet_password(settings.role, password)
    with DemoEnvironment(tmp_path / "demo", slots=1, bcrypt_cost=4) as env:
        config = dataclasses.replace(
            load_config(env.config_path),
            fleet=FleetConfig(
                host=settings.host, port=settings.port, database=settings.database,
                role=settings.role,
            ),
        )  # fmt: skip
        events = Events()
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            runner = FixtureRunner(
                config=config,
                fixture=env.fixture_name,
                journal=journal,
                operator="tester",
                sink=events,
                presence_interval_s=0.2,
            )
            try:
                events.wait_for(_live_and_drained)
                events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.READY)
                assert runner.start("1")
                events.wait_for(lambda items: any(isinstance(e, AttemptFinished) for e in items))
                (finished,) = [e for e in events.items if isinstance(e, AttemptFinished)]
                assert finished.snapshot.result is Result.PASS, finished.snapshot.message
                device_id = finished.snapshot.device_id
                # The attempt's events reach the centre without anyone running `fleet ship`.
                admin = fleet_db.admin()
                deadline = time.monotonic() + 30
                while _passes_at_centre(admin, settings.role) != 1:
                    assert time.monotonic() < deadline, "the PASS never reached the centre"
                    time.sleep(0.1)
            finally:
                runner.shutdown(30)
    assert admin.execute(
        "SELECT station_id, state FROM fleet.claims WHERE device_id = %s", (device_id,)
    ).fetchall() == [(settings.role, "done")]
    assert all(not e.state.registrations_blocked for e in events.fleet())


def _passes_at_centre(admin: Any, role: str) -> int:
    row = admin.execute(
        "SELECT count(*) FROM fleet.attempts WHERE station_id = %s AND result = 'PASS'", (role,)
    ).fetchone()
    return int(row[0])


def test_a_certificate_station_never_asks_the_keyring_for_a_password(
    fleet_db: FleetDb, tmp_path: Path, secret_service: keyring.backend.KeyringBackend
) -> None:
    """With `cert_file` set the station authenticates with its certificate only: its claims
    never read a fleet password from the keyring (which holds none here). The test centre
    offers no TLS, so the claim fails on TLS, never on a missing password."""
    settings, _password = fleet_db.add_station()
    cert = tmp_path / "station.crt"
    cert.write_text("not sent: the centre offers no TLS\n")
    config = FleetConfig(
        host=settings.host, port=settings.port, database=settings.database,
        role=settings.role, cert_file=cert,
    )  # fmt: skip
    with Journal.open(tmp_path / "journal.db", station_id="s") as journal:
        gate = fleet_gate(config, OfflineLots(journal))
        try:
            with pytest.raises(FleetError) as refused:
                gate.before_register("plant1", "dev-cert", slot="1")
        finally:
            gate.close()
    assert refused.value.message.startswith(f"The TLS handshake with {settings.host}:")
    admin = fleet_db.admin()
    assert admin.execute("SELECT count(*) FROM fleet.claims").fetchone() == (0,)
