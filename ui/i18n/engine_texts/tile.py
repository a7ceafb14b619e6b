"""The messages of station/catalogue/tile.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP

# fmt: off
TEXTS: dict[str, str] = {
    "tile.aborted": QT_TRANSLATE_NOOP("EngineMessage", "Stopped by the operator."),
    "tile.aborted.action": QT_TRANSLATE_NOOP("EngineMessage", "Provision the device again when ready."),
    "tile.already_confirmed": QT_TRANSLATE_NOOP("EngineMessage", "Astarte reports this device as already confirmed: its secret has been used."),
    "tile.already_confirmed.action": QT_TRANSLATE_NOOP("EngineMessage", "Set the device aside for the supervisor (rework)."),
    "tile.already_passed": QT_TRANSLATE_NOOP("EngineMessage", "This device has already passed on this target."),
    "tile.already_passed.action": QT_TRANSLATE_NOOP("EngineMessage", "Set the device aside and look it up in the journal."),
    "tile.another_device": QT_TRANSLATE_NOOP("EngineMessage", "Another device answered on this slot's port."),
    "tile.another_device.action": QT_TRANSLATE_NOOP("EngineMessage", "Reseat the slot, then provision the unit again."),
    "tile.awaiting_label": QT_TRANSLATE_NOOP("EngineMessage", "Waiting for the unit's label."),
    "tile.awaiting_label.action": QT_TRANSLATE_NOOP("EngineMessage", "Scan the label of the unit in slot {slot}."),
    "tile.device_busy": QT_TRANSLATE_NOOP("EngineMessage", "The device is busy with another operation."),
    "tile.device_busy.action": QT_TRANSLATE_NOOP("EngineMessage", "Wait a moment and try again; if it persists, power-cycle the device."),
    "tile.disconnected": QT_TRANSLATE_NOOP("EngineMessage", "The device's port vanished."),
    "tile.disconnected.action": QT_TRANSLATE_NOOP("EngineMessage", "Reseat the device and its cable, then provision it again."),
    "tile.firmware_check.action": QT_TRANSLATE_NOOP("EngineMessage", "Set the device aside for a firmware check."),
    "tile.identity_changed": QT_TRANSLATE_NOOP("EngineMessage", "The device changed its identity during the attempt."),
    "tile.identity_changed.action": QT_TRANSLATE_NOOP("EngineMessage", "Set the device aside for a firmware check; if it was swapped during the attempt, provision the device in the slot again."),
    "tile.label_scan_timeout": QT_TRANSLATE_NOOP("EngineMessage", "No label was scanned in time."),
    "tile.label_scan_timeout.action": QT_TRANSLATE_NOOP("EngineMessage", "Scan the unit's label, then provision it again."),
    "tile.not_answering": QT_TRANSLATE_NOOP("EngineMessage", "The device did not answer in time."),
    "tile.not_answering.action": QT_TRANSLATE_NOOP("EngineMessage", "Reseat the device and check that it is powered; if it keeps happening, power-cycle it."),
    "tile.program_failed": QT_TRANSLATE_NOOP("EngineMessage", "The device could not program its storage."),
    "tile.program_failed.action": QT_TRANSLATE_NOOP("EngineMessage", "Reseat the device and try once more; if it fails again the unit goes to rework."),
    "tile.read_back_mismatch": QT_TRANSLATE_NOOP("EngineMessage", "After the write, the device reports a digest that is not the secret just written."),
    "tile.reprovision.action": QT_TRANSLATE_NOOP("EngineMessage", "Leave the device in the slot and provision it again: the station reads what was stored before doing anything else."),
    "tile.reveal_mismatch": QT_TRANSLATE_NOOP("EngineMessage", "The device revealed a secret that does not match the digest it reports."),
    "tile.write_interrupted": QT_TRANSLATE_NOOP("EngineMessage", "The write to the device was interrupted and its storage changed."),
    "tile.write_unknown": QT_TRANSLATE_NOOP("EngineMessage", "No answer to the write: it is unknown whether it took effect."),
    "tile.write_unknown.action": QT_TRANSLATE_NOOP("EngineMessage", "Do not start again blindly: reseat the device if needed and let the station re-read its state."),
}
# fmt: on
