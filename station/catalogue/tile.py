"""A verdict's short cause and action on a translated tile, by error class.

The engine's full message (with the device's detail) goes to the journal, the tooltip and the
touch popup; a tile read at a glance from a metre away shows this short pair for its error
class instead, where there is one (`BY_CLASS`). Placeholders: {slot}.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "tile.reprovision.action": (
        "Leave the device in the slot and provision it again: the station reads what was stored "
        "before doing anything else."
    ),
    "tile.firmware_check.action": "Set the device aside for a firmware check.",
    "tile.identity_changed": "The device changed its identity during the attempt.",
    "tile.identity_changed.action": (
        "Set the device aside for a firmware check; if it was swapped during the attempt, "
        "provision the device in the slot again."
    ),
    "tile.read_back_mismatch": (
        "After the write, the device reports a digest that is not the secret just written."
    ),
    "tile.reveal_mismatch": (
        "The device revealed a secret that does not match the digest it reports."
    ),
    "tile.write_interrupted": "The write to the device was interrupted and its storage changed.",
    "tile.write_unknown": "No answer to the write: it is unknown whether it took effect.",
    "tile.write_unknown.action": (
        "Do not start again blindly: reseat the device if needed and let the station re-read "
        "its state."
    ),
    "tile.already_confirmed": (
        "Astarte reports this device as already confirmed: its secret has been used."
    ),
    "tile.already_confirmed.action": "Set the device aside for the supervisor (rework).",
    "tile.not_answering": "The device did not answer in time.",
    "tile.not_answering.action": (
        "Reseat the device and check that it is powered; if it keeps happening, power-cycle it."
    ),
    "tile.disconnected": "The device's port vanished.",
    "tile.disconnected.action": "Reseat the device and its cable, then provision it again.",
    "tile.aborted": "Stopped by the operator.",
    "tile.aborted.action": "Provision the device again when ready.",
    "tile.program_failed": "The device could not program its storage.",
    "tile.program_failed.action": (
        "Reseat the device and try once more; if it fails again the unit goes to rework."
    ),
    "tile.device_busy": "The device is busy with another operation.",
    "tile.device_busy.action": (
        "Wait a moment and try again; if it persists, power-cycle the device."
    ),
    "tile.another_device": "Another device answered on this slot's port.",
    "tile.another_device.action": "Reseat the slot, then provision the unit again.",
    "tile.already_passed": "This device has already passed on this target.",
    "tile.already_passed.action": "Set the device aside and look it up in the journal.",
    "tile.label_scan_timeout": "No label was scanned in time.",
    "tile.label_scan_timeout.action": "Scan the unit's label, then provision it again.",
    "tile.awaiting_label": "Waiting for the unit's label.",
    "tile.awaiting_label.action": "Scan the label of the unit in slot {slot}.",
}

# error class -> (cause ID, action ID) of its short tile text.
BY_CLASS: dict[str, tuple[str, str]] = {
    "identity_changed": ("tile.identity_changed", "tile.identity_changed.action"),
    "read_back_mismatch": ("tile.read_back_mismatch", "tile.reprovision.action"),
    "reveal_mismatch": ("tile.reveal_mismatch", "tile.firmware_check.action"),
    "write_interrupted": ("tile.write_interrupted", "tile.reprovision.action"),
    "write_unknown": ("tile.write_unknown", "tile.write_unknown.action"),
    "already_confirmed": ("tile.already_confirmed", "tile.already_confirmed.action"),
    "timeout": ("tile.not_answering", "tile.not_answering.action"),
    "not_answering": ("tile.not_answering", "tile.not_answering.action"),
    "disconnected": ("tile.disconnected", "tile.disconnected.action"),
    "aborted": ("tile.aborted", "tile.aborted.action"),
    "device_program_failed": ("tile.program_failed", "tile.program_failed.action"),
    "device_busy": ("tile.device_busy", "tile.device_busy.action"),
    "another_device": ("tile.another_device", "tile.another_device.action"),
    "already_passed": ("tile.already_passed", "tile.already_passed.action"),
    "label_scan_timeout": ("tile.label_scan_timeout", "tile.label_scan_timeout.action"),
}
AWAITING_LABEL = ("tile.awaiting_label", "tile.awaiting_label.action")
