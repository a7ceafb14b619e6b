"""Claims inside a real provisioning attempt (simulated device on a pty, Pairing stand-in over
HTTPS, real journal, real PostgreSQL): one registration per device ID fleet-wide, and none at
all while the centre is unreachable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from station.engine.events import Result
from station.fleet.claims import ClaimClient
from station.fleet.connect import FleetSettings
from station.fleet.gate import FleetGate
from tests.fixtures.engine import REALM, EngineRig
from tests.fleet.conftest import FleetDb


def _claims_of(fleet_db: FleetDb, device_id: str) -> list[tuple[Any, ...]]:
    return (
        fleet_db.admin()
        .execute(
            "SELECT station_id, state FROM fleet.claims WHERE realm = %s AND device_id = %s",
            (REALM, device_id),
        )
        .fetchall()
    )


def test_a_pass_completes_the_claim_and_another_station_is_refused(
    fleet_db: FleetDb, engine_rig: Callable[..., EngineRig]
) -> None:
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    rig = engine_rig(slots=2)
    gate_a = FleetGate(ClaimClient(a, a_pw), ttl_s=120)
    outcome = rig.provision("1", fleet=gate_a)
    assert outcome.result is Result.PASS, outcome.message
    device_id = rig.device_id("1")
    assert _claims_of(fleet_db, device_id) == [(a.role, "done")]

    # Station B gets the same ID (a second unit with the same hardware ID, or the same unit
    # moved lines): it is refused before Pairing is called.
    gate_b = FleetGate(ClaimClient(b, b_pw), ttl_s=120)
    issued = len(rig.standin.issued_secrets())
    claim = gate_b._client.claim(REALM, rig.device_id("2"))  # B already holds slot 2's ID
    assert claim.granted
    other = engine_rig(slots=1)
    outcome_b = other.provision("1", fleet=gate_a)
    assert outcome_b.result is Result.PASS  # a different device ID: A may go on
    outcome_c = rig.provision("2", fleet=gate_a)
    assert outcome_c.result is Result.FAIL
    assert outcome_c.error_class == "duplicate_refused"
    assert f"is being provisioned by station {b.role}" in outcome_c.message
    assert "supervisor" in outcome_c.action
    assert len(rig.standin.issued_secrets()) == issued  # nothing registered for slot 2
    assert rig.stored_secret("2") is None
    gate_a.close()
    gate_b.close()


def test_with_the_centre_unreachable_nothing_is_registered(
    fleet_db: FleetDb, engine_rig: Callable[..., EngineRig]
) -> None:
    rig = engine_rig(slots=1)
    dead = FleetSettings(host="127.0.0.1", port=1, database="fleet", role="nobody")
    gate = FleetGate(ClaimClient(dead, "x"), ttl_s=120)
    outcome = rig.provision("1", fleet=gate)
    gate.close()
    assert outcome.result is Result.FAIL
    assert outcome.error_class == "fleet_offline"
    assert "provisioning of new devices stays blocked" in outcome.action
    assert rig.standin.issued_secrets() == []
    assert rig.stored_secret("1") is None
    # The attempt is journaled all the same.
    assert rig.journal.attempt(outcome.attempt_id) is not None
