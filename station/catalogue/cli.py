"""What the command line says that no screen shows: `station fixture learn`'s prompts, `station
config check`'s summary, `station targets ...` key and token imports. The command line prints
the English; the IDs keep one source and let tests check every message made."""

from __future__ import annotations

from station.catalogue._plural import Plural

TEXTS: dict[str, str | Plural] = {
    # station/ports/learn.py: `station fixture learn`, slot by slot.
    "learn.input_ended": "The input ended before every slot was learned; nothing was saved.",
    "learn.input_ended.action": "run `station fixture learn` again in a terminal",
    "learn.port.serial": "serial {serial}",
    "learn.port.interface": "interface {number}",
    "learn.no_slots": "A fixture has at least one slot.",
    "learn.no_slots.action": "pass --slots 1 or more",
    "learn.start": Plural(
        "Learning {count} slot of fixture {fixture}.",
        "Learning {count} slots of fixture {fixture}.",
    ),
    "learn.unplug_all": (
        "Unplug the devices from every slot first; leave hubs and cables where they stay."
    ),
    "learn.ask_empty": "Press Enter when the slots are empty.",
    "learn.plug": "Slot {slot}: plug a device (or the slot's adapter) into slot {slot} now…",
    "learn.timeout": "No new serial port appeared for slot {slot} within {seconds} s.",
    "learn.timeout.action": (
        "check the device's USB cable and the hub's power, then run the learning again"
    ),
    "learn.not_usb": "{port} is not on USB (or udev gave it no path): it cannot be a slot.",
    "learn.path_taken": "{port} is on the USB path of slot {slot} already.",
    "learn.try_again": "Unplug it and try again.",
    "learn.same_path": (
        "{count} ports appeared with the same USB path {path}: udev cannot tell them apart, so "
        "they cannot be separate slots."
    ),
    "learn.same_path.action": (
        "Use one adapter per slot (or one whose ports are separate USB interfaces)."
    ),
    "learn.found": "Found {port}",
    "learn.usb_path": "USB path: {path}",
    "learn.ask_slot": "Is this slot {slot}? [Y/n]",
    "learn.not_assigned": "Not assigned. Unplug it and plug the right one in.",
    "learn.several": "{count} ports appeared on one adapter:",
    "learn.ask_several": (
        "Assign the first {count} to slots {first}–{last} in this order? [Y/n, or the number of "
        "the one for this slot]"
    ),
    "learn.assigned": "Slot {slot}: {path}",
    "learn.not_assigned.again": "Not assigned. Unplug it and try again.",
    # station/ports/cli.py: what `station fixture learn` saved.
    "learn.saved": Plural(
        "Saved the slot map of {count} slot to {path}.",
        "Saved the slot map of {count} slots to {path}.",
    ),
    "learn.bound": "Bound the slots of fixture {fixture} in {path}.",
    "learn.bindings": "Slot bindings for the config:",
    "learn.binding": "slot {slot}: {binding}",
    "learn.stable_names": "Stable names /dev/provisioning/{fixture}/slotN: {command}",
    # station/ports/cli.py: `station fixture list` and `udev-rules`.
    "ports.list.none": "No serial ports found.",
    "ports.list.binding": "binding:  {binding}",
    "ports.list.not_usb": "- (not on USB: cannot be a fixture slot)",
    "ports.list.modem_manager": (
        "ModemManager is running: it probes new serial ports for about 10 s. Install {rules} "
        "(the .deb does) so it leaves them alone."
    ),
    "ports.udev.written": "Wrote {path}. Apply it with:",
    "ports.udev.no_slot_map": "Slot map {path} does not exist.",
    "ports.udev.no_slot_map.action": "record one with `station fixture learn --out FILE`",
    # station/config/cli.py: `station config check`.
    "cli.config.valid": "Configuration {source} is valid.",
    "cli.config.station": "Station {station}, journal {journal}",
    "cli.config.fixture": Plural(
        "Fixture {name}: {count} slot at {baud} baud, provisioning into {target} (realm {realm})",
        "Fixture {name}: {count} slots at {baud} baud, provisioning into {target} (realm {realm})",
    ),
    "cli.config.slot": "slot {slot}: {port} ({profile})",
    "cli.config.target": "Target {name}: {url} realm {realm}, tokens from {source}",
    "cli.config.label": "label: {label}",
    "cli.config.label.checked": "template {path} checked",
    "cli.config.label.built_in": "the built-in template",
    "cli.config.check_scan": "check-scan: each label scanned back within {seconds} s",
    "cli.config.in_source": "{source}: {message}",
    "cli.config.unknown_profile": (
        "{source}: `profiles.{kind}` names no device profile. Known: {known}."
    ),
    "cli.config.unknown_profile.action": (
        "Correct the table's name in {source} (check the spelling), or remove it."
    ),
    # station/targets/credentials_cli.py: `station target import-key` and `set-token`.
    "cli.yes": "yes",
    "cli.no": "no",
    "cli.no.loud": "NO",
    "cli.key.stored": "Stored the realm key of target {target} in the OS keyring: {key}.",
    "cli.key.tokens": (
        "Each Pairing call will get its own {algorithm} token, valid {ttl} s, allowing only "
        "that call."
    ),
    "cli.key.read_not_copied": (
        "{path} was read, not copied. Delete it if it was only a transfer copy."
    ),
    "cli.token.paste": "Paste the Pairing token (input is hidden):",
    "cli.token.stdin_too_large": (
        "Standard input holds more than {kib} KiB: that is not a Pairing token."
    ),
    "cli.token.stdin_too_large.action": (
        "Pipe in only the token, e.g. `astartectl utils gen-jwt pairing ... | station target "
        "set-token TARGET`."
    ),
    "cli.token.stored": "Stored an issued token for target {target} in the OS keyring.",
    "cli.token.no_expiry": "Expiry: none (the token never expires; prefer short-lived tokens).",
    "cli.token.expiry": "Expiry: {when} UTC (in {left}); signed with {algorithm}.",
    "cli.token.scopes": "a_pa: {scopes}",
    "cli.token.no_scopes": "(none)",
    "cli.token.allows": (
        "Allows registering devices: {register}; unregistering any device (rework): {unregister}."
    ),
    "cli.token.cannot_register": (
        "warning: this token cannot register devices (its a_pa does not allow POST "
        "agent/devices); provisioning with it will fail."
    ),
    # station/targets/actions.py: the supervisor's target actions (editor and command line).
    "targets.no_such": "There is no target {name}.",
    "targets.no_such.action": "Refresh the list of targets.",
    "targets.token_file.unreadable": "Cannot read {path}: {reason}.",
    "targets.token_file.unreadable.action": (
        "Check the path and that you may read the file, or paste the token instead."
    ),
    "targets.token_file.too_large": (
        "{path} is larger than {kib} KiB: too large to be a Pairing token."
    ),
    "targets.token_file.not_text": "{path} is not text: it cannot hold a Pairing token.",
    "targets.token_file.action": (
        "Choose the file that holds only the token (a JWT), or paste the token instead."
    ),
    # Counted words the command line's summaries put in a sentence.
    "count.times": Plural("{count} time", "{count} times"),
    "count.results": Plural("{count} result", "{count} results"),
    "count.labels": Plural("{count} label", "{count} labels"),
    "count.events": Plural("{count} event", "{count} events"),
    # station/demo_headless.py: the whole line's summary after `station demo --headless`.
    "demo.line": (
        "demo: the MES was asked {asked} and acknowledged {acked}; {printed} printed; "
        "{matched} scanned back and matched; the tower light showed {shown}"
    ),
    # station/engine/cli.py: `station run --slots`.
    "cli.unknown_slot": "Unknown slot {slots} for this fixture.",
    "cli.unknown_slots": "Unknown slots {slots} for this fixture.",
    "cli.unknown_slots.action": "Use --slots all or a comma-separated list of: {slots}.",
    # station/line/cli.py: `station mes override`.
    "cli.mes.minutes": "--minutes {minutes} is out of range; nothing was changed.",
    "cli.mes.minutes.action": (
        "Give 1 to {most} minutes (one shift at most), and renew it if needed."
    ),
    "cli.mes.no_reason": "An MES override needs a reason for the journal; nothing was changed.",
    "cli.mes.no_reason.action": 'Add --reason "…", e.g. the MES ticket number.',
    "cli.mes.ended": "The MES override of target {target} has ended.",
    "cli.mes.started": (
        "Target {target} goes on while its MES is down, until {until} (each unit is journaled "
        "with this override)."
    ),
    # station/fleet/cli.py and supervisor_cli.py: the centre's maintenance and overview.
    "fleet.partitions": "Made {made}; {ahead}.",
    "fleet.partitions_made": Plural("{count} monthly partition", "{count} monthly partitions"),
    "fleet.partitions_ahead": Plural(
        "the next {count} month has its own", "the next {count} months have theirs"
    ),
    "fleet.retired": (
        "Retired {month}: fleet.{name} ({events}) is detached from fleet.events and {rows}. "
        "Archive the table (pg_dump -t fleet.{name}), then drop it (DROP TABLE fleet.{name})."
    ),
    "fleet.rows_removed": Plural(
        "{count} attempt row of that month is removed",
        "{count} attempt rows of that month are removed",
    ),
    "fleet.registered_twice": Plural(
        "{count} device ID registered twice.", "{count} device IDs registered twice."
    ),
    "fleet.registered_twice.action": (
        "Give each unit to rework: only one of them holds working credentials."
    ),
    "fleet.stations_count": Plural("{count} station.", "{count} stations."),
}
