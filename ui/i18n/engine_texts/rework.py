"""The messages of station/catalogue/rework.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP

# fmt: off
TEXTS: dict[str, str] = {
    "rework.check_again.action": QT_TRANSLATE_NOOP("EngineMessage", "Put the device on a slot and check again, or confirm that you accept the risk."),
    "rework.cli.failed": QT_TRANSLATE_NOOP("EngineMessage", "{line} — {message} What to do: {action}"),
    "rework.cli.no_device": QT_TRANSLATE_NOOP("EngineMessage", "Give a DEVICE_ID or --slot."),
    "rework.cli.no_device.action": QT_TRANSLATE_NOOP("EngineMessage", "See `station rework check --help`."),
    "rework.cli.result": QT_TRANSLATE_NOOP("EngineMessage", "slot {slot}: {result}"),
    "rework.cli.result.device": QT_TRANSLATE_NOOP("EngineMessage", "slot {slot}: {result} {device}"),
    "rework.cli.unregistered": QT_TRANSLATE_NOOP("EngineMessage", "Unregistered {device} from realm {realm} (target {target}). It can be registered again: `station rework reprovision --slots <slot> --reason ...`."),
    "rework.cli.what_to_do": QT_TRANSLATE_NOOP("EngineMessage", "{message}\nWhat to do: {action}"),
    "rework.cli.wrong_device": QT_TRANSLATE_NOOP("EngineMessage", "The device on slot {slot} is {found}, not {device}."),
    "rework.cli.wrong_device.action": QT_TRANSLATE_NOOP("EngineMessage", "Give the right slot, or leave out the device ID."),
    "rework.journal.kind": QT_TRANSLATE_NOOP("EngineMessage", "Device {device} is not on a slot. The journal says it has {kind} storage and {written}; what it holds now cannot be checked."),
    "rework.journal.none": QT_TRANSLATE_NOOP("EngineMessage", "Device {device} is not on a slot and this station's journal has no record of it, so its storage cannot be checked. If it has write-once (OTP) storage that holds a secret, unregistering makes it scrap."),
    "rework.journal.not_written": QT_TRANSLATE_NOOP("EngineMessage", "has no write recorded here"),
    "rework.journal.otp": QT_TRANSLATE_NOOP("EngineMessage", "Device {device} (from the journal; it is not on a slot): {loss}"),
    "rework.journal.otp.action": QT_TRANSLATE_NOOP("EngineMessage", "Put the device on a slot to check its storage, or unregister only if the unit is to be scrapped anyway."),
    "rework.journal.written": QT_TRANSLATE_NOOP("EngineMessage", "was written by this station"),
    "rework.locked": QT_TRANSLATE_NOOP("EngineMessage", "Device {device} has rewritable storage but is locked (out of factory mode): the station cannot write it until it is returned to factory mode."),
    "rework.locked.action": QT_TRANSLATE_NOOP("EngineMessage", "Unregister it, have the rework bench return it to factory mode (erase its secure storage), then provision it again with the 'already passed' override."),
    "rework.not_finished": QT_TRANSLATE_NOOP("EngineMessage", "Slots {slots} did not finish within {timeout_s} s."),
    "rework.not_finished.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the devices and the journal, then provision them again."),
    "rework.other_device": QT_TRANSLATE_NOOP("EngineMessage", "The storage check shown was for device {checked}, not {device}; nothing was sent."),
    "rework.other_device.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the device again, then unregister it."),
    "rework.otp": QT_TRANSLATE_NOOP("EngineMessage", "Device {device}: {loss}"),
    "rework.otp.action": QT_TRANSLATE_NOOP("EngineMessage", "Unregister only if the unit is to be scrapped anyway (for example a tampered unit whose credentials must stop working); otherwise do not unregister it."),
    "rework.otp_loss": QT_TRANSLATE_NOOP("EngineMessage", "Its storage is write-once (OTP) and already holds a secret, so it cannot take a new one: after unregistering, the secret it holds stops working and the unit can never be provisioned again (scrap)."),
    "rework.reprovisionable": QT_TRANSLATE_NOOP("EngineMessage", "Device {device} has {kind} storage that is {state} and in factory mode: it can take a new secret."),
    "rework.reprovisionable.action": QT_TRANSLATE_NOOP("EngineMessage", "Unregister it, then provision it again with the 'already passed' override."),
    "rework.storage.corrupt": QT_TRANSLATE_NOOP("EngineMessage", "corrupt"),
    "rework.storage.empty": QT_TRANSLATE_NOOP("EngineMessage", "empty"),
    "rework.storage.locked": QT_TRANSLATE_NOOP("EngineMessage", "locked"),
    "rework.storage.written": QT_TRANSLATE_NOOP("EngineMessage", "written"),
    "rework.unconfirmed": QT_TRANSLATE_NOOP("EngineMessage", "{assessment} Nothing was sent."),
    "rework.unconfirmed.action": QT_TRANSLATE_NOOP("EngineMessage", "Confirm that you accept this (tick the confirmation) or leave the device as it is."),
}
# fmt: on
