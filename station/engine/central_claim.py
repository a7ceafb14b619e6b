"""The fleet's claim on the device ID one attempt works on (fleet mode; a no-op without it).

Every path that ends with this station's credentials in a device takes the claim, so the centre
knows every ID this station finished, however it finished it:

- the claim is taken once the storage decision says the attempt goes on (before Pairing
  register, and before a recovery touches the device);
- it is renewed before each irreversible step (the secret's write, the lock);
- it is completed at PASS and at RECOVERED, including a device an interrupted attempt already
  locked (the crash may have come between the lock and the completion).

A refusal, a lost lease or a silent centre raises the gate's StationError, so the attempt stops
before the next irreversible step (fail closed).
"""

from __future__ import annotations

from station.fleet.claims import Claim
from station.fleet.gate import FleetGate, IrreversibleStep


class CentralClaim:
    """The claim of one attempt on one slot; owned by the slot's thread."""

    def __init__(self, gate: FleetGate | None, *, slot: str) -> None:
        self._gate = gate
        self._slot = slot
        self._claim: Claim | None = None

    def take(self, realm: str, device_id: str) -> None:
        """Claim `device_id`, once per attempt."""
        if self._gate is None:
            return
        held = self._claim
        if held is not None and (held.realm, held.device_id) == (realm, device_id):
            return
        self._claim = self._gate.before_register(realm, device_id, slot=self._slot)

    def confirm(self, step: IrreversibleStep) -> None:
        """Before an irreversible step ("write" or "lock"): the lease must still be ours."""
        if self._gate is not None and self._claim is not None:
            self._gate.before_write(self._claim, slot=self._slot, step=step)

    def complete(self) -> None:
        """At PASS or RECOVERED: the ID becomes permanently this station's."""
        if self._gate is not None and self._claim is not None:
            self._gate.at_pass(self._claim, slot=self._slot)
