"""The messages of station/catalogue/cli.py marked for translation, by ID.

Written by `make translations-update` (python -m ui.i18n.generate); do not edit: change
the English in station/catalogue/ and run it again.
"""

# ruff: noqa: E501

from __future__ import annotations

from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.i18n.languages import counted_noop as translate

# fmt: off
TEXTS: dict[str, str] = {
    "cli.config.check_scan": QT_TRANSLATE_NOOP("EngineMessage", "check-scan: each label scanned back within {seconds} s"),
    "cli.config.fixture": translate("EngineMessage", "Fixture {name}: %n slots at {baud} baud, provisioning into {target} (realm {realm})", "", 0),
    "cli.config.in_source": QT_TRANSLATE_NOOP("EngineMessage", "{source}: {message}"),
    "cli.config.label": QT_TRANSLATE_NOOP("EngineMessage", "label: {label}"),
    "cli.config.label.built_in": QT_TRANSLATE_NOOP("EngineMessage", "the built-in template"),
    "cli.config.label.checked": QT_TRANSLATE_NOOP("EngineMessage", "template {path} checked"),
    "cli.config.slot": QT_TRANSLATE_NOOP("EngineMessage", "slot {slot}: {port} ({profile})"),
    "cli.config.station": QT_TRANSLATE_NOOP("EngineMessage", "Station {station}, journal {journal}"),
    "cli.config.target": QT_TRANSLATE_NOOP("EngineMessage", "Target {name}: {url} realm {realm}, tokens from {source}"),
    "cli.config.unknown_profile": QT_TRANSLATE_NOOP("EngineMessage", "{source}: `profiles.{kind}` names no device profile. Known: {known}."),
    "cli.config.unknown_profile.action": QT_TRANSLATE_NOOP("EngineMessage", "Correct the table's name in {source} (check the spelling), or remove it."),
    "cli.config.valid": QT_TRANSLATE_NOOP("EngineMessage", "Configuration {source} is valid."),
    "cli.key.read_not_copied": QT_TRANSLATE_NOOP("EngineMessage", "{path} was read, not copied. Delete it if it was only a transfer copy."),
    "cli.key.stored": QT_TRANSLATE_NOOP("EngineMessage", "Stored the realm key of target {target} in the OS keyring: {key}."),
    "cli.key.tokens": QT_TRANSLATE_NOOP("EngineMessage", "Each Pairing call will get its own {algorithm} token, valid {ttl} s, allowing only that call."),
    "cli.no": QT_TRANSLATE_NOOP("EngineMessage", "no"),
    "cli.no.loud": QT_TRANSLATE_NOOP("EngineMessage", "NO"),
    "cli.token.allows": QT_TRANSLATE_NOOP("EngineMessage", "Allows registering devices: {register}; unregistering any device (rework): {unregister}."),
    "cli.token.cannot_register": QT_TRANSLATE_NOOP("EngineMessage", "warning: this token cannot register devices (its a_pa does not allow POST agent/devices); provisioning with it will fail."),
    "cli.token.expiry": QT_TRANSLATE_NOOP("EngineMessage", "Expiry: {when} UTC (in {left}); signed with {algorithm}."),
    "cli.token.no_expiry": QT_TRANSLATE_NOOP("EngineMessage", "Expiry: none (the token never expires; prefer short-lived tokens)."),
    "cli.token.no_scopes": QT_TRANSLATE_NOOP("EngineMessage", "(none)"),
    "cli.token.paste": QT_TRANSLATE_NOOP("EngineMessage", "Paste the Pairing token (input is hidden):"),
    "cli.token.scopes": QT_TRANSLATE_NOOP("EngineMessage", "a_pa: {scopes}"),
    "cli.token.stdin_too_large": QT_TRANSLATE_NOOP("EngineMessage", "Standard input holds more than {kib} KiB: that is not a Pairing token."),
    "cli.token.stdin_too_large.action": QT_TRANSLATE_NOOP("EngineMessage", "Pipe in only the token, e.g. `astartectl utils gen-jwt pairing ... | station target set-token TARGET`."),
    "cli.token.stored": QT_TRANSLATE_NOOP("EngineMessage", "Stored an issued token for target {target} in the OS keyring."),
    "cli.yes": QT_TRANSLATE_NOOP("EngineMessage", "yes"),
    "learn.ask_empty": QT_TRANSLATE_NOOP("EngineMessage", "Press Enter when the slots are empty."),
    "learn.ask_several": QT_TRANSLATE_NOOP("EngineMessage", "Assign the first {count} to slots {first}–{last} in this order? [Y/n, or the number of the one for this slot]"),
    "learn.ask_slot": QT_TRANSLATE_NOOP("EngineMessage", "Is this slot {slot}? [Y/n]"),
    "learn.assigned": QT_TRANSLATE_NOOP("EngineMessage", "Slot {slot}: {path}"),
    "learn.binding": QT_TRANSLATE_NOOP("EngineMessage", "slot {slot}: {binding}"),
    "learn.bindings": QT_TRANSLATE_NOOP("EngineMessage", "Slot bindings for the config:"),
    "learn.bound": QT_TRANSLATE_NOOP("EngineMessage", "Bound the slots of fixture {fixture} in {path}."),
    "learn.found": QT_TRANSLATE_NOOP("EngineMessage", "Found {port}"),
    "learn.input_ended": QT_TRANSLATE_NOOP("EngineMessage", "The input ended before every slot was learned; nothing was saved."),
    "learn.input_ended.action": QT_TRANSLATE_NOOP("EngineMessage", "run `station fixture learn` again in a terminal"),
    "learn.no_slots": QT_TRANSLATE_NOOP("EngineMessage", "A fixture has at least one slot."),
    "learn.no_slots.action": QT_TRANSLATE_NOOP("EngineMessage", "pass --slots 1 or more"),
    "learn.not_assigned": QT_TRANSLATE_NOOP("EngineMessage", "Not assigned. Unplug it and plug the right one in."),
    "learn.not_assigned.again": QT_TRANSLATE_NOOP("EngineMessage", "Not assigned. Unplug it and try again."),
    "learn.not_usb": QT_TRANSLATE_NOOP("EngineMessage", "{port} is not on USB (or udev gave it no path): it cannot be a slot."),
    "learn.path_taken": QT_TRANSLATE_NOOP("EngineMessage", "{port} is on the USB path of slot {slot} already."),
    "learn.plug": QT_TRANSLATE_NOOP("EngineMessage", "Slot {slot}: plug a device (or the slot's adapter) into slot {slot} now…"),
    "learn.port.interface": QT_TRANSLATE_NOOP("EngineMessage", "interface {number}"),
    "learn.port.serial": QT_TRANSLATE_NOOP("EngineMessage", "serial {serial}"),
    "learn.same_path": QT_TRANSLATE_NOOP("EngineMessage", "{count} ports appeared with the same USB path {path}: udev cannot tell them apart, so they cannot be separate slots."),
    "learn.same_path.action": QT_TRANSLATE_NOOP("EngineMessage", "Use one adapter per slot (or one whose ports are separate USB interfaces)."),
    "learn.saved": translate("EngineMessage", "Saved the slot map of %n slots to {path}.", "", 0),
    "learn.several": QT_TRANSLATE_NOOP("EngineMessage", "{count} ports appeared on one adapter:"),
    "learn.stable_names": QT_TRANSLATE_NOOP("EngineMessage", "Stable names /dev/provisioning/{fixture}/slotN: {command}"),
    "learn.start": translate("EngineMessage", "Learning %n slots of fixture {fixture}.", "", 0),
    "learn.timeout": QT_TRANSLATE_NOOP("EngineMessage", "No new serial port appeared for slot {slot} within {seconds} s."),
    "learn.timeout.action": QT_TRANSLATE_NOOP("EngineMessage", "check the device's USB cable and the hub's power, then run the learning again"),
    "learn.try_again": QT_TRANSLATE_NOOP("EngineMessage", "Unplug it and try again."),
    "learn.unplug_all": QT_TRANSLATE_NOOP("EngineMessage", "Unplug the devices from every slot first; leave hubs and cables where they stay."),
    "learn.usb_path": QT_TRANSLATE_NOOP("EngineMessage", "USB path: {path}"),
    "targets.no_such": QT_TRANSLATE_NOOP("EngineMessage", "There is no target {name}."),
    "targets.no_such.action": QT_TRANSLATE_NOOP("EngineMessage", "Refresh the list of targets."),
    "targets.token_file.action": QT_TRANSLATE_NOOP("EngineMessage", "Choose the file that holds only the token (a JWT), or paste the token instead."),
    "targets.token_file.not_text": QT_TRANSLATE_NOOP("EngineMessage", "{path} is not text: it cannot hold a Pairing token."),
    "targets.token_file.too_large": QT_TRANSLATE_NOOP("EngineMessage", "{path} is larger than {kib} KiB: too large to be a Pairing token."),
    "targets.token_file.unreadable": QT_TRANSLATE_NOOP("EngineMessage", "Cannot read {path}: {reason}."),
    "targets.token_file.unreadable.action": QT_TRANSLATE_NOOP("EngineMessage", "Check the path and that you may read the file, or paste the token instead."),
}
# fmt: on
