"""A claim lost inside a real attempt (simulated device on a pty, Pairing stand-in over HTTPS,
real journal, real PostgreSQL): the lease runs out and another station takes the device ID just
before an irreversible step, so this station neither writes nor locks, and says which."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from station.cancel import Deadline
from station.engine.events import Result, Step
from station.fleet.claims import ClaimClient
from station.fleet.gate import FleetGate
from tests.fixtures.engine import REALM, EngineRig
from tests.fleet.conftest import FleetDb


def _expired(admin: psycopg.Connection[tuple[Any, ...]], device_id: str) -> bool:
    row = admin.execute(
        "SELECT expires_at < now() FROM fleet.claims WHERE realm = %s AND device_id = %s",
        (REALM, device_id),
    ).fetchone()
    return row is not None and bool(row[0])


def _taken_over_at(
    fleet_db: FleetDb, thief: ClaimClient, at: Step
) -> Callable[[Step, str | None, str | None], None]:
    """A step listener: when the attempt reaches `at`, it waits (on the slot's thread) for its
    lease to run out, then `thief`, another station, claims the device ID."""
    admin = fleet_db.admin()

    def on_step(step: Step, device_id: str | None, _serial: str | None) -> None:
        if step is not at:
            return
        assert device_id is not None
        deadline = Deadline(30.0)
        while not _expired(admin, device_id):
            assert not deadline.expired, "the lease never ran out"
            time.sleep(0.05)
        assert thief.claim(REALM, device_id).granted

    return on_step


@pytest.mark.parametrize(
    ("at", "words", "written"),
    [(Step.WRITE, "no secret was written to it", False), (Step.LOCK, "it was not locked", True)],
)
def test_a_lease_lost_before_an_irreversible_step_stops_the_attempt_before_it(
    fleet_db: FleetDb, engine_rig: Callable[..., EngineRig], at: Step, words: str, written: bool
) -> None:
    settings, password = fleet_db.add_station()
    rig = engine_rig(slots=1)
    gate = FleetGate(ClaimClient(settings, password), ttl_s=1)
    other, other_pw = fleet_db.add_station()
    thief = ClaimClient(other, other_pw)
    try:
        outcome = rig.provision("1", fleet=gate, on_step=_taken_over_at(fleet_db, thief, at))
    finally:
        gate.close()
        thief.close()
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "lease_lost"), outcome
    assert words in outcome.message and "(slot 1)" in outcome.message
    assert "aside for the supervisor" in outcome.action
    device = rig.fixture.device("1")
    assert (rig.stored_secret("1") is not None) is written
    assert not device.locked
