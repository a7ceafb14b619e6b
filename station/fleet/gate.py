"""The fleet's three calls in a provisioning attempt, each failing closed.

The transaction asks `before_register` (claim the device ID centrally), `before_write` (renew:
the lease must still be ours before the secret goes into the device, or before a recovered
device is locked) and `at_pass` (complete: the ID becomes permanently this station's, at PASS
or RECOVERED). Any "no", and any silence from the centre, raises
a StationError: the attempt stops and the operator is told why. A station whose centre is
unreachable keeps journaling but registers nothing new.
"""

from __future__ import annotations

from station.fleet.claims import Claim, ClaimClient
from station.fleet.errors import ClaimRefused, FleetError, LeaseLost


class FleetGate:
    def __init__(self, client: ClaimClient, ttl_s: int) -> None:
        self._client = client
        self._ttl_s = ttl_s

    def close(self) -> None:
        self._client.close()

    def before_register(self, realm: str, device_id: str, *, slot: str) -> Claim:
        claim = self._client.claim(realm, device_id, self._ttl_s)
        if claim.granted:
            return claim
        when = claim.since.strftime("%Y-%m-%d %H:%M:%S %Z")
        if claim.state == "done":
            raise ClaimRefused(
                f"Device {device_id} in slot {slot} was already provisioned by station "
                f"{claim.holder} ({when}). It was not registered again.",
                f"Take the device out of slot {slot} and give it to the supervisor: either it "
                "was provisioned before, or two units carry the same hardware ID.",
            )
        raise ClaimRefused(
            f"Device {device_id} in slot {slot} is being provisioned by station {claim.holder} "
            f"right now (since {when}). It was not registered here.",
            f"Take the device out of slot {slot} and give it to the supervisor: two units with "
            "the same hardware ID are on two lines.",
        )

    def before_write(self, claim: Claim, *, slot: str, step: str = "write") -> None:
        """`step` is the irreversible step the renewal guards: "write" or "lock"."""
        if not self._client.renew(claim, self._ttl_s):
            left = "no secret was written to it" if step == "write" else "it was not locked"
            raise LeaseLost(
                f"This station's claim on device {claim.device_id} ran out and another station "
                f"took it; {left} (slot {slot}).",
                f"Put the device from slot {slot} aside for the supervisor (rework).",
            )

    def at_pass(self, claim: Claim, *, slot: str) -> None:
        if not self._client.complete(claim):
            raise FleetError(
                f"The centre did not record device {claim.device_id} as provisioned by this "
                "station (its claim was taken over).",
                f"Put the device from slot {slot} aside for the supervisor: it holds working "
                "credentials but the fleet does not know it is done.",
                error_class="lease_lost",
            )
