"""The device link's and the device profiles' messages (station/link/, station/profiles/)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Where the device is (station/link/errors.py `where`).
    "place.slot": "slot {slot}",
    "place.fixture": "the fixture",
    # The serial link (station/link/).
    "link.timeout": "The device in {place} did not answer {what} within {seconds} s.",
    "link.timeout.action": (
        "Reseat the device in {place} and check that it is powered; if it keeps happening, "
        "power-cycle it."
    ),
    "link.garbled": "The answer to {what} from the device in {place} arrived garbled ({detail}).",
    "link.garbled.action": (
        "Reseat the device in {place} and check the cable and fixture contacts; if it repeats, "
        "try another slot and report the fixture."
    ),
    "link.disconnected": "The device in {place} disconnected: {detail}.",
    "link.disconnected_port": "The device in {place} ({port}) disconnected: {detail}.",
    "link.disconnected.action": (
        "Reseat the device in {place}, check its USB cable, then start it again."
    ),
    "link.io_error": "the port stopped working (input/output error)",
    "link.closed_reading": "the port closed while reading",
    "link.closed_writing": "the port closed while writing",
    "link.not_accepting": "The device in {place} stopped accepting data.",
    "link.not_accepting.action": "Reseat the device in {place}; if it repeats, power-cycle it.",
    "link.port_busy": "Serial port {port} is in use by another program.",
    "link.port_busy.action": (
        "Close the other program using {port} (e.g. ModemManager, a serial terminal or a second "
        "station), then try again."
    ),
    "link.slot_port_missing": "Serial slot {slot}'s port {port} does not exist.",
    "link.port_missing": "Serial port {port} does not exist.",
    "link.port_missing.action": (
        "Check that the fixture is connected and powered and that the slot is mapped to the "
        "right port in the configuration."
    ),
    "link.port_denied": "Permission denied opening serial port {port}.",
    "link.port_denied.action": (
        "Ask the administrator to add this user to the 'dialout' group (or install the "
        "station's udev rules), then log in again."
    ),
    "link.open_failed": "Serial port {port} could not be opened: {reason}.",
    "link.open_failed.action": "Check the fixture connection for {place}, then try again.",
    # The SMP profile's conversation (station/profiles/smp/).
    "smp.refused": "The device in {place} refused {command}: {meaning}",
    "smp.refused_rc": "The device in {place} refused {command}: {meaning} (rc {rc})",
    "smp.protocol": (
        "The device in {place} gave an answer to {command} the station does not understand: "
        "{detail}."
    ),
    "smp.protocol.action": (
        "The device firmware does not match this station: stop the line and call the supervisor."
    ),
    "smp.write_unknown": (
        "No answer to {command} from the device in {place}, so it is unknown whether it took "
        "effect ({cause})"
    ),
    "smp.write_unknown.action": (
        "Do not start again blindly: reseat the device in {place} if needed and let the station "
        "re-read its state."
    ),
    # The provisioning group's refusal codes (station/profiles/smp/protocol.py, docs/protocol.md).
    "smp.rc.ok": "Success.",
    "smp.rc.unknown": "The device reported an unspecified error.",
    "smp.rc.unknown.action": (
        "Power-cycle the device and try again; if it repeats, set the unit aside for rework."
    ),
    "smp.rc.not_factory_mode": (
        "The device has left factory mode (it is locked), so it refuses write and reveal."
    ),
    "smp.rc.not_factory_mode.action": (
        "This unit is already provisioned and locked; set it aside and check it in the journal."
    ),
    "smp.rc.already_written": (
        "Write-once storage already holds a different record and cannot take another."
    ),
    "smp.rc.already_written.action": (
        "Do not retry: mark the unit SCRAP (or send it to rework if its storage is rewritable)."
    ),
    "smp.rc.invalid_record": (
        "The device rejected the record as malformed (a missing field or a wrong length)."
    ),
    "smp.rc.invalid_record.action": (
        "This is a station or firmware mismatch: stop the line and call the supervisor."
    ),
    "smp.rc.nothing_stored": "The device has no record to reveal.",
    "smp.rc.nothing_stored.action": "Provision the device again from the start.",
    "smp.rc.storage_corrupt": (
        "The device's storage holds a partial record (power was lost while programming)."
    ),
    "smp.rc.storage_corrupt.action": (
        "Write-once storage: mark the unit SCRAP. Rewritable: provision it again."
    ),
    "smp.rc.program_failed": "The device could not program its storage.",
    "smp.rc.program_failed.action": (
        "Reseat the device and try once more; if it fails again the unit goes to rework."
    ),
    "smp.rc.busy": "The device is busy with another operation.",
    "smp.rc.busy.action": "Wait a moment and try again; if it persists, power-cycle the device.",
}
