"""The fleet's three calls in a provisioning attempt, each failing closed.

The transaction asks `before_register` (claim the device ID centrally), `before_write` (renew:
the lease must still be ours before the secret goes into the device, or before a recovered
device is locked) and `at_pass` (complete: the ID becomes permanently this station's, at PASS
or RECOVERED). Any "no", and any silence from the centre, raises
a StationError: the attempt stops and the operator is told why. A station whose centre is
unreachable keeps journaling but registers nothing new.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Literal

from station.fleet.claims import OFFLINE_LOT, Claim, ClaimClient
from station.fleet.errors import ClaimRefused, FleetError, FleetUnreachable, LeaseLost
from station.fleet.lots import OfflineLots
from station.text import Text

log = logging.getLogger(__name__)

#: The irreversible steps a renewed lease guards.
IrreversibleStep = Literal["write", "lock"]
_LEASE_LOST: dict[str, str] = {
    "write": "fleet.lease_lost.write",
    "lock": "fleet.lease_lost.lock",
}


class FleetGate:
    def __init__(self, client: ClaimClient, ttl_s: int, lots: OfflineLots | None = None) -> None:
        """`lots`: where a supervisor's offline lot is read (None: never register offline)."""
        self._client = client
        self._ttl_s = ttl_s
        self._lots = lots

    @property
    def client(self) -> ClaimClient:
        return self._client

    def close(self) -> None:
        self._client.close()

    def before_register(self, realm: str, device_id: str, *, slot: str) -> Claim:
        try:
            claim = self._client.claim(realm, device_id, self._ttl_s)
        except FleetUnreachable as exc:
            return self._offline(exc, realm, device_id, slot=slot)
        if claim.granted:
            return claim
        when = claim.since.strftime("%Y-%m-%d %H:%M:%S %Z")
        params = {"device_id": device_id, "slot": slot, "holder": claim.holder, "when": when}
        if claim.state == "done":
            raise ClaimRefused(
                Text.of("fleet.claim.done", **params), Text.of("fleet.claim.done.action", slot=slot)
            )
        raise ClaimRefused(
            Text.of("fleet.claim.held", **params), Text.of("fleet.claim.held.action", slot=slot)
        )

    def _offline(self, exc: FleetUnreachable, realm: str, device_id: str, *, slot: str) -> Claim:
        """The centre is silent: go on only under a supervisor's open offline lot, and journal
        the registration under it (the centre checks it for duplicates once it is shipped)."""
        lot = self._lots.current() if self._lots is not None else None
        if lot is None or self._lots is None:
            raise exc
        self._lots.record_registration(lot, realm=realm, device_id=device_id, slot=slot)
        log.warning(
            "slot %s: %s registered without the centre, in offline lot %s",
            slot,
            device_id,
            lot.lot_id,
        )
        return Claim(realm, device_id, None, lot.lot_id, OFFLINE_LOT, datetime.now(UTC))

    def before_write(self, claim: Claim, *, slot: str, step: IrreversibleStep = "write") -> None:
        """`step` is the irreversible step the renewal guards: "write" or "lock"."""
        if claim.offline:
            return
        if not self._client.renew(claim, self._ttl_s):
            # Looked up, not chosen by "write or else": a step this does not know is our bug,
            # never worded as a lock that did not happen.
            raise LeaseLost(
                Text.of(_LEASE_LOST[step], device_id=claim.device_id, slot=slot),
                Text.of("fleet.lease_lost.action", slot=slot),
            )

    def at_pass(self, claim: Claim, *, slot: str) -> None:
        if claim.offline:
            return  # the lot's registration event is what the centre checks
        if not self._client.complete(claim):
            raise FleetError(
                Text.of("fleet.not_completed", device_id=claim.device_id),
                Text.of("fleet.not_completed.action", slot=slot),
                error_class="lease_lost",
            )
