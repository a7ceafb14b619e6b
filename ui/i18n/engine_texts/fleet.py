"""The messages of station/catalogue/fleet.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP

# fmt: off
TEXTS: dict[str, str] = {
    "fleet.claim.done": QT_TRANSLATE_NOOP("EngineMessage", "Device {device_id} in slot {slot} was already provisioned by station {holder} ({when}). It was not registered again."),
    "fleet.claim.done.action": QT_TRANSLATE_NOOP("EngineMessage", "Take the device out of slot {slot} and give it to the supervisor: either it was provisioned before, or two units carry the same hardware ID."),
    "fleet.claim.held": QT_TRANSLATE_NOOP("EngineMessage", "Device {device_id} in slot {slot} is being provisioned by station {holder} right now (since {when}). It was not registered here."),
    "fleet.claim.held.action": QT_TRANSLATE_NOOP("EngineMessage", "Take the device out of slot {slot} and give it to the supervisor: two units with the same hardware ID are on two lines."),
    "fleet.claim.no_answer": QT_TRANSLATE_NOOP("EngineMessage", "The centre gave no answer to the claim of {device_id}."),
    "fleet.claim.unreachable": QT_TRANSLATE_NOOP("EngineMessage", "The central database did not answer a claim ({reason})."),
    "fleet.claim.unreachable.action": QT_TRANSLATE_NOOP("EngineMessage", "New devices are not registered until the centre answers again; check the network to the central server."),
    "fleet.lease_lost.action": QT_TRANSLATE_NOOP("EngineMessage", "Put the device from slot {slot} aside for the supervisor (rework)."),
    "fleet.lease_lost.lock": QT_TRANSLATE_NOOP("EngineMessage", "This station's claim on device {device_id} ran out and another station took it; it was not locked (slot {slot})."),
    "fleet.lease_lost.write": QT_TRANSLATE_NOOP("EngineMessage", "This station's claim on device {device_id} ran out and another station took it; no secret was written to it (slot {slot})."),
    "fleet.not_completed": QT_TRANSLATE_NOOP("EngineMessage", "The centre did not record device {device_id} as provisioned by this station (its claim was taken over)."),
    "fleet.not_completed.action": QT_TRANSLATE_NOOP("EngineMessage", "Put the device from slot {slot} aside for the supervisor: it holds working credentials but the fleet does not know it is done."),
    "fleet.schema_damaged.action": QT_TRANSLATE_NOOP("EngineMessage", "Report this: the fleet schema may be damaged."),
}
# fmt: on
