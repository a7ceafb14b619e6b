"""Claims inside a real provisioning attempt (simulated device on a pty, Pairing stand-in over
HTTPS, real journal, real PostgreSQL): one registration per device ID fleet-wide, and none at
all while the centre is unreachable."""

from __future__ import annotations

import time
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


def _history(fleet_db: FleetDb, device_id: str) -> list[tuple[Any, ...]]:
    return (
        fleet_db.admin()
        .execute(
            "SELECT state, token FROM fleet.claim_history WHERE device_id = %s ORDER BY id",
            (device_id,),
        )
        .fetchall()
    )


def test_a_failed_attempt_does_not_block_the_same_stations_retry(
    fleet_db: FleetDb, engine_rig: Callable[..., EngineRig]
) -> None:
    settings, password = fleet_db.add_station()
    rig = engine_rig(slots=1)
    gate = FleetGate(ClaimClient(settings, password), ttl_s=600)
    rig.standin.set_faults(error_rate=1.0, error_status=500, match="POST")
    failed = rig.provision("1", fleet=gate)
    assert failed.result is Result.FAIL
    assert failed.error_class == "server_error"
    device_id = rig.device_id("1")
    assert _claims_of(fleet_db, device_id) == [(settings.role, "leased")]

    # The retry comes at once, well inside the 600-s lease the failed attempt left.
    rig.standin.set_faults(error_rate=0.0)
    retry = rig.provision("1", fleet=gate)
    gate.close()
    assert retry.result is Result.PASS, retry.message
    assert _claims_of(fleet_db, device_id) == [(settings.role, "done")]
    (s1, t1), (s2, t2), (s3, t3) = _history(fleet_db, device_id)
    assert (s1, s2, s3) == ("leased", "leased", "done")
    assert t1 != t2 == t3  # the retry holds a new token: the failed attempt's is fenced off


def test_a_resumed_device_takes_and_completes_its_claim(
    fleet_db: FleetDb, engine_rig: Callable[..., EngineRig]
) -> None:
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    rig = engine_rig(slots=1, faults="slot1:unplug@reveal")
    gate = FleetGate(ClaimClient(a, a_pw), ttl_s=600)
    first = rig.provision("1", fleet=gate)
    assert first.result is Result.FAIL
    rig.fixture.wait_exit("1")
    rig.fixture.plug("1")
    second = rig.provision("1", fleet=gate)
    gate.close()
    assert second.result is Result.RECOVERED, second.message
    device_id = rig.device_id("1")
    assert _claims_of(fleet_db, device_id) == [(a.role, "done")]
    # The fleet now refuses the ID everywhere else.
    other = ClaimClient(b, b_pw)
    assert (other.claim(REALM, device_id).state, other.claim(REALM, device_id).granted) == (
        "done",
        False,
    )
    other.close()


def test_a_device_another_station_finished_is_not_locked_on_resume(
    fleet_db: FleetDb, engine_rig: Callable[..., EngineRig]
) -> None:
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    rig = engine_rig(slots=1, faults="slot1:unplug@reveal")
    gate = FleetGate(ClaimClient(a, a_pw), ttl_s=1)
    assert rig.provision("1", fleet=gate).result is Result.FAIL
    device_id = rig.device_id("1")
    # A's lease runs out; station B finishes a unit carrying the same ID meanwhile.
    other = ClaimClient(b, b_pw)
    deadline = time.monotonic() + 10
    while not (claim := other.claim(REALM, device_id)).granted:
        assert time.monotonic() < deadline, claim
        time.sleep(0.2)
    assert other.complete(claim)
    other.close()
    rig.fixture.wait_exit("1")
    rig.fixture.plug("1")
    resumed = rig.provision("1", fleet=gate)
    gate.close()
    assert resumed.result is Result.FAIL
    assert resumed.error_class == "duplicate_refused"
    assert f"already provisioned by station {b.role}" in resumed.message
    assert not rig.fixture.device("1").locked


def test_a_refusal_by_the_centre_is_an_environment_error_and_recovery_completes_the_claim(
    fleet_db: FleetDb, engine_rig: Callable[..., EngineRig]
) -> None:
    """The centre refuses `complete` after the device was locked (a grant plant IT took away):
    the attempt fails with an action, not as an internal error; once the grant is back, the
    next attempt finds the device locked with this station's secret and completes the claim."""
    settings, password = fleet_db.add_station()
    admin = fleet_db.admin()
    complete = "FUNCTION fleet.complete_claim(text, text, bigint)"
    admin.execute(f"REVOKE EXECUTE ON {complete} FROM stations")
    rig = engine_rig(slots=1)
    gate = FleetGate(ClaimClient(settings, password), ttl_s=600)
    first = rig.provision("1", fleet=gate)
    assert first.result is Result.FAIL
    assert first.error_class == "fleet"
    assert f"Role {settings.role} may log in but has no rights" in first.message
    assert "add-station" in first.action
    assert rig.fixture.device("1").locked
    device_id = rig.device_id("1")
    assert _claims_of(fleet_db, device_id) == [(settings.role, "leased")]

    admin.execute(f"GRANT EXECUTE ON {complete} TO stations")
    issued = len(rig.standin.issued_secrets())
    second = rig.provision("1", fleet=gate)
    gate.close()
    assert second.result is Result.RECOVERED, second.message
    assert len(rig.standin.issued_secrets()) == issued  # nothing registered again
    assert _claims_of(fleet_db, device_id) == [(settings.role, "done")]
