"""A supervisor's rework: what a device's storage can still take, an unregister that was not
sent, and `station rework` at the command line (station/rework/)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # What the device's storage can still take (assess.py). The storage kind as the device
    # names it (otp, secure, nvs, file); its state a word of its own.
    "rework.storage.empty": "empty",
    "rework.storage.written": "written",
    "rework.storage.locked": "locked",
    "rework.storage.corrupt": "corrupt",
    "rework.otp_loss": (
        "Its storage is write-once (OTP) and already holds a secret, so it cannot take a new "
        "one: after unregistering, the secret it holds stops working and the unit can never be "
        "provisioned again (scrap)."
    ),
    "rework.otp": "Device {device}: {loss}",
    "rework.otp.action": (
        "Unregister only if the unit is to be scrapped anyway (for example a tampered unit whose "
        "credentials must stop working); otherwise do not unregister it."
    ),
    "rework.locked": (
        "Device {device} has rewritable storage but is locked (out of factory mode): the station "
        "cannot write it until it is returned to factory mode."
    ),
    "rework.locked.action": (
        "Unregister it, have the rework bench return it to factory mode (erase its secure "
        "storage), then provision it again with the 'already passed' override."
    ),
    "rework.reprovisionable": (
        "Device {device} has {kind} storage that is {state} and in factory mode: it can take a "
        "new secret."
    ),
    "rework.reprovisionable.action": (
        "Unregister it, then provision it again with the 'already passed' override."
    ),
    "rework.journal.otp": "Device {device} (from the journal; it is not on a slot): {loss}",
    "rework.journal.otp.action": (
        "Put the device on a slot to check its storage, or unregister only if the unit is to be "
        "scrapped anyway."
    ),
    "rework.journal.kind": (
        "Device {device} is not on a slot. The journal says it has {kind} storage and {written}; "
        "what it holds now cannot be checked."
    ),
    "rework.journal.written": "was written by this station",
    "rework.journal.not_written": "has no write recorded here",
    "rework.journal.none": (
        "Device {device} is not on a slot and this station's journal has no record of it, so "
        "its storage cannot be checked. If it has write-once (OTP) storage that holds a secret, "
        "unregistering makes it scrap."
    ),
    "rework.check_again.action": (
        "Put the device on a slot and check again, or confirm that you accept the risk."
    ),
    # An unregister that was not sent (unregister.py).
    "rework.other_device": (
        "The storage check shown was for device {checked}, not {device}; nothing was sent."
    ),
    "rework.other_device.action": "Check the device again, then unregister it.",
    "rework.unconfirmed": "{assessment} Nothing was sent.",
    "rework.unconfirmed.action": (
        "Confirm that you accept this (tick the confirmation) or leave the device as it is."
    ),
    # Provisioning again with the override (reprovision.py).
    "rework.not_finished": "Slots {slots} did not finish within {timeout_s} s.",
    "rework.not_finished.action": "Check the devices and the journal, then provision them again.",
    # `station rework` (cli.py).
    "rework.cli.wrong_device": "The device on slot {slot} is {found}, not {device}.",
    "rework.cli.wrong_device.action": "Give the right slot, or leave out the device ID.",
    "rework.cli.no_device": "Give a DEVICE_ID or --slot.",
    "rework.cli.no_device.action": "See `station rework check --help`.",
    "rework.cli.what_to_do": "{message}\nWhat to do: {action}",
    "rework.cli.unregistered": (
        "Unregistered {device} from realm {realm} (target {target}). It can be registered again: "
        "`station rework reprovision --slots <slot> --reason ...`."
    ),
    "rework.cli.result": "slot {slot}: {result}",
    "rework.cli.result.device": "slot {slot}: {result} {device}",
    "rework.cli.failed": "{line} — {message} What to do: {action}",
}
