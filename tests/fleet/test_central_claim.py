"""One attempt's central claim on its own (`CentralClaim`, the real `FleetGate` and `ClaimClient`
against the session's PostgreSQL): taken once per device ID however often the transaction asks,
renewed before the step it names, completed at the end, and nothing at all without a fleet. A
second claim per attempt would be a second fencing token, and a step named wrong would tell the
operator a lock was lost when it was the secret's write."""

from __future__ import annotations

from typing import Any

import pytest

from station.engine.central_claim import CentralClaim
from station.fleet.claims import ClaimClient
from station.fleet.errors import LeaseLost
from station.fleet.gate import FleetGate
from station.text import Text
from tests.fleet.conftest import FleetDb

REALM = "plant1"


def _history(fleet_db: FleetDb, device_id: str) -> list[tuple[Any, ...]]:
    return (
        fleet_db.admin()
        .execute(
            "SELECT realm, state FROM fleet.claim_history WHERE device_id = %s ORDER BY token",
            (device_id,),
        )
        .fetchall()
    )


def _state(fleet_db: FleetDb, device_id: str) -> str | None:
    row = (
        fleet_db.admin()
        .execute("SELECT state FROM fleet.claims WHERE device_id = %s", (device_id,))
        .fetchone()
    )
    return None if row is None else str(row[0])


def test_without_a_fleet_it_does_nothing() -> None:
    claim = CentralClaim(None, slot="1")
    claim.take(REALM, "dev-A")
    claim.confirm("write")
    claim.complete()


def test_an_attempt_claims_its_id_once_renews_it_and_completes_it(fleet_db: FleetDb) -> None:
    settings, password = fleet_db.add_station()
    gate = FleetGate(ClaimClient(settings, password), ttl_s=60)
    try:
        claim = CentralClaim(gate, slot="1")
        claim.confirm("write")  # nothing taken yet: nothing to renew or complete
        claim.complete()
        claim.take(REALM, "dev-A")
        claim.take(REALM, "dev-A")  # asked again in the same attempt: the same claim
        assert _history(fleet_db, "dev-A") == [(REALM, "leased")]
        claim.confirm("lock")
        claim.complete()
        assert _state(fleet_db, "dev-A") == "done"
    finally:
        gate.close()


def test_another_id_or_realm_is_a_claim_of_its_own(fleet_db: FleetDb) -> None:
    settings, password = fleet_db.add_station()
    gate = FleetGate(ClaimClient(settings, password), ttl_s=60)
    try:
        claim = CentralClaim(gate, slot="1")
        claim.take(REALM, "dev-A")
        claim.take(REALM, "dev-B")
        claim.take("plant2", "dev-B")
        assert _history(fleet_db, "dev-A") == [(REALM, "leased")]
        assert _history(fleet_db, "dev-B") == [(REALM, "leased"), ("plant2", "leased")]
        claim.complete()  # the claim it holds is the last one taken
        assert _state(fleet_db, "dev-B") == "leased"  # realm plant1's row, not completed
        states = (
            fleet_db.admin()
            .execute("SELECT realm, state FROM fleet.claims WHERE device_id = 'dev-B'")
            .fetchall()
        )
        assert sorted(states) == [("plant1", "leased"), ("plant2", "done")]
    finally:
        gate.close()


def test_a_lost_lease_names_the_step_it_stopped_on_this_slot(fleet_db: FleetDb) -> None:
    settings, password = fleet_db.add_station()
    other, other_password = fleet_db.add_station()
    gate = FleetGate(ClaimClient(settings, password), ttl_s=1)
    thief = ClaimClient(other, other_password)
    try:
        claim = CentralClaim(gate, slot="3")
        claim.take(REALM, "dev-A")
        fleet_db.admin().execute(
            "UPDATE fleet.claims SET expires_at = clock_timestamp() - interval '1 s' "
            "WHERE device_id = 'dev-A'"
        )
        assert thief.claim(REALM, "dev-A").granted
        with pytest.raises(LeaseLost) as lost:
            claim.confirm("lock")
        assert lost.value.text == Text.of("fleet.lease_lost.lock", device_id="dev-A", slot="3")
        assert lost.value.action_text == Text.of("fleet.lease_lost.action", slot="3")
    finally:
        gate.close()
        thief.close()
