"""The fleet's failures a person sees: the operator's refusals when another station holds or
finished a device ID, a claim the centre took back, and a centre that does not answer. The
station's and device's names, the time and PostgreSQL's own words stay as they were given
(parameters)."""

from __future__ import annotations

from station.catalogue._plural import Plural

TEXTS: dict[str, str | Plural] = {
    # station/fleet/gate.py: the claim before registering, its renewal, and its completion.
    "fleet.claim.done": (
        "Device {device_id} in slot {slot} was already provisioned by station {holder} "
        "({when}). It was not registered again."
    ),
    "fleet.claim.done.action": (
        "Take the device out of slot {slot} and give it to the supervisor: either it was "
        "provisioned before, or two units carry the same hardware ID."
    ),
    "fleet.claim.held": (
        "Device {device_id} in slot {slot} is being provisioned by station {holder} right now "
        "(since {when}). It was not registered here."
    ),
    "fleet.claim.held.action": (
        "Take the device out of slot {slot} and give it to the supervisor: two units with the "
        "same hardware ID are on two lines."
    ),
    "fleet.lease_lost.write": (
        "This station's claim on device {device_id} ran out and another station took it; no "
        "secret was written to it (slot {slot})."
    ),
    "fleet.lease_lost.lock": (
        "This station's claim on device {device_id} ran out and another station took it; it "
        "was not locked (slot {slot})."
    ),
    "fleet.lease_lost.action": (
        "Put the device from slot {slot} aside for the supervisor (rework)."
    ),
    "fleet.not_completed": (
        "The centre did not record device {device_id} as provisioned by this station (its "
        "claim was taken over)."
    ),
    "fleet.not_completed.action": (
        "Put the device from slot {slot} aside for the supervisor: it holds working "
        "credentials but the fleet does not know it is done."
    ),
    # station/fleet/claims.py: the claim's call to the centre.
    "fleet.claim.no_answer": "The centre gave no answer to the claim of {device_id}.",
    "fleet.schema_damaged.action": "Report this: the fleet schema may be damaged.",
    "fleet.claim.unreachable": "The central database did not answer a claim ({reason}).",
    "fleet.claim.unreachable.action": (
        "New devices are not registered until the centre answers again; check the network to "
        "the central server."
    ),
}
