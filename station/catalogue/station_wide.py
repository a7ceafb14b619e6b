"""Texts the station shows beside the slots: the token's state, the tower light, the fleet link."""

from __future__ import annotations

from station.catalogue._plural import Plural

TEXTS: dict[str, str | Plural] = {
    # A failure as one line: what happened, then what to do (`str(StationError)`).
    "said.with_action": "{message} — {action}",
    # How long a token has left (station/pairing/tokens/scope.py).
    "time.expired": "expired",
    "time.seconds": "{n} s",
    "time.minutes": "{n} min",
    "time.hours_minutes": "{h} h {m} min",
    "time.days": "{n} days",
    # The target's token on the banner (station/pairing/tokens/).
    "token.unusable": "unusable ({kind})",
    "token.allows_nothing": "nothing",
    "token.issued.no_expiry": "{algorithm}, never expires, allows {allows}",
    "token.issued.expired": "{algorithm}, expired: a supervisor must set a new token",
    "token.issued.expires_in": "{algorithm}, expires in {left}, allows {allows}",
    "token.issued.expires_soon": (
        "{algorithm}, expires in {left}, allows {allows}: ask a supervisor for a new token soon"
    ),
    "token.command.runs": "runs {name} when a token is needed",
    "token.command.no_expiry": "{algorithm} from {name}, no expiry",
    "token.command.expires_in": (
        "{algorithm} from {name}, current token expires in {left}; a new one is fetched when needed"
    ),
    "token.command.expired": (
        "{algorithm} from {name}, current token expired; a new one is fetched when needed"
    ),
    "token.realm_key": "{key} key; each call gets its own token valid {ttl} s",
    # The tower light's signal (station/peripherals/tower.py), e.g. "red blink, blue steady".
    "tower.all_off": "all off",
    "tower.and": "{first}, {rest}",
    "tower.red.steady": "red steady",
    "tower.red.blink": "red blink",
    "tower.yellow.steady": "yellow steady",
    "tower.yellow.blink": "yellow blink",
    "tower.green.steady": "green steady",
    "tower.green.blink": "green blink",
    "tower.blue.steady": "blue steady",
    "tower.blue.blink": "blue blink",
    "tower.buzzer.steady": "buzzer steady",
    "tower.buzzer.blink": "buzzer blink",
    # The fleet link on the banner (station/fleet/link_state.py).
    "fleet.live": "Fleet: live",
    "fleet.backlog": "Fleet: backlog {backlog}",
    "fleet.offline": "Fleet: offline, backlog {backlog}",
    "fleet.failed": "Fleet: shipping stopped, backlog {backlog}",
    "fleet.connecting": "Fleet: connecting…",
    "fleet.blocked": "{headline} · new registrations blocked",
    "fleet.offline_lot": "{headline} · offline lot {lot}",
    # A list of words ("out of labels, paused").
    "list.and": "{first}, {rest}",
    # The label printer (station/peripherals/printer.py) and the unit's label (station/line/).
    "printer.out_of_labels": "out of labels",
    "printer.paused": "paused",
    "printer.head_open": "print head open",
    "printer.out_of_ribbon": "out of ribbon",
    "printer.not_zebra": (
        "The label printer at {where} answered its status request with something that is not "
        "a Zebra status."
    ),
    "printer.not_zebra.action": "Check that the configured address is the label printer.",
    "printer.problems": "The label printer at {where} is {problems}.",
    "printer.problems.action": (
        "Fix the printer (load labels or ribbon, close the head, unpause it), then reprint the "
        "label from the slot."
    ),
    "printer.silent": (
        "The label printer at {where} did not report its status within {timeout} s; it stays "
        "silent while out of labels or ribbon or with its head open."
    ),
    "printer.silent.action": (
        "Check the printer's display and lights, fix it, then reprint the label."
    ),
    "printer.unreachable": "The label printer at {where} cannot be reached ({reason}).",
    "printer.unreachable.action": (
        "Check that the printer is on and its network cable is in, then reprint the label."
    ),
    "label.cannot_render": "The label for slot {slot} cannot be printed: {detail}.",
    "label.cannot_render.action": (
        "Label the unit by hand from the journal entry, and tell the supervisor."
    ),
    "label.reprinted": "The label of {unit} (slot {slot}) was printed again.",
    "label.not_printed": (
        "Slot {slot}: {unit} passed and is in the journal, but its label did not print. {reason}"
    ),
    "label.reprint.action": "{action} Then reprint it: Line → Reprint label, slot {slot}.",
    # A barcode scanner on a serial port (station/peripherals/serial_scanner.py).
    "scanner.unreachable": "The barcode scanner on {port} cannot be read ({reason}).",
    "scanner.unreachable.action": (
        "Check the scanner's USB cable and that no other program holds its port, or fix "
        "[line] scanner_port; until then use a keyboard scanner or pick slots by hand."
    ),
    "scanner.back": "The barcode scanner on {port} is back.",
    # The tower light's drivers (station/peripherals/tower_*.py, station/line/signals.py).
    "tower.serial_unreachable": "The tower light on {port} cannot be reached ({kind}).",
    "tower.serial_unreachable.action": (
        "Check the tower light's USB cable and that no other program holds its port; "
        "provisioning goes on without it."
    ),
    "tower.patlite_at": "The Patlite tower at {path}",
    "tower.network_at": "The network tower light at {host}:{port}",
    "tower.unreachable": "{where} cannot be reached ({reason}).",
    "tower.short_write": "The Patlite tower at {path} took {written} of {size} bytes.",
    "tower.usb.action": (
        "Check the tower light's USB cable and the station's udev rules for it; provisioning "
        "goes on without it."
    ),
    "tower.network.action": (
        "Check the tower light's network cable and address in the configuration; provisioning "
        "goes on without it."
    ),
    "tower.nak": "{where} refused the command (NAK).",
    "tower.no_ack": "{where} gave no ACK.",
    "tower.pns.action": (
        "Set the tower's control mode to PNS command control in its web set-up; provisioning "
        "goes on without it."
    ),
    "tower.back": "The tower light is back.",
    # The label printer through a CUPS queue (station/peripherals/printer_cups.py).
    "printer.cups.not_installed": (
        "The label goes to CUPS queue {queue}, but the CUPS command {command} is not installed."
    ),
    "printer.cups.not_installed.action": (
        "Install the CUPS client tools (Debian: cups-client), or set [line] printer to print "
        "straight to the printer."
    ),
    "printer.cups.action": (
        "Check the printer and its CUPS queue (lpstat -p {queue}), then reprint the label."
    ),
    "printer.cups.restart.action": (
        "Start it again ({command} {queue}, as the CUPS administrator), then reprint the label."
    ),
    "printer.cups.not_taken": (
        "The label printer's CUPS queue {queue} did not take the label (lp said: {said})."
    ),
    "printer.cups.job_late": (
        "The label printer's CUPS queue {queue} did not print job {job} within {seconds} s, so it "
        "was cancelled and cannot print late ({state})."
    ),
    "printer.cups.stopped": "The label printer's CUPS queue {queue} is stopped ({state}).",
    "printer.cups.not_accepting": "The label printer's CUPS queue {queue} does not accept jobs.",
    "printer.cups.no_answer": (
        "The label printer's CUPS queue {queue} did not answer {command} within {seconds} s."
    ),
    "printer.cups.refused": "The label printer's CUPS queue {queue} refused {command}: {said}.",
    "printer.cups.no_state": "no state reported",
    # The fail sound (station/peripherals/sound.py).
    "sound.no_pacat": "The fail sound cannot play: pacat (pulseaudio-utils) is not installed.",
    "sound.no_pacat.action": (
        "Ask the administrator to install pulseaudio-utils; the tile still shows FAIL."
    ),
    "sound.timeout": "The fail sound did not finish playing within {seconds} s.",
    "sound.timeout.action": "Check the PC's sound settings; the tile still shows FAIL.",
    "sound.failed": "The fail sound cannot play: {detail}.",
    "sound.exited": "The fail sound cannot play: pacat exited with {status}.",
    "sound.failed.action": (
        "Check that the desktop session's sound server runs and a speaker is connected; the tile "
        "still shows FAIL."
    ),
    # The fixture's slot map (station/ports/slotmap.py): what a supervisor fixes in it.
    "slotmap.source": "slot map",
    "slotmap.fixture_name": "Fixture name {name} cannot be used in a device path.",
    # The configuration's fixture-name rule (station/config/names.py NAME_RULE).
    "slotmap.fixture_name.action": (
        "use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"
    ),
    "slotmap.not_id_path": (
        "Slot {slot}'s USB path {key} is not a udev ID_PATH of a USB interface (like "
        "pci-0000:00:14.0-usb-0:1.2:1.0, optionally ending in -portN)."
    ),
    "slotmap.not_id_path.action": (
        "record the slot map with `station fixture learn`, or copy the name from "
        "/dev/serial/by-path"
    ),
    "slotmap.slot_not_positive": "Slot number {slot} is not positive.",
    "slotmap.slot_not_positive.action": "number slots from 1",
    "slotmap.same_path": (
        "Slots {first} and {slot} have the same USB path {key}: udev could not tell them apart."
    ),
    "slotmap.same_path.action": (
        "plug each slot's adapter into its own USB port; for a multi-port chip whose ports "
        "share one USB interface, give each slot its own adapter"
    ),
    "slotmap.not_json": "{source} is not valid JSON: {detail} at line {line}.",
    "slotmap.not_json.action": "fix the file or record it again with `station fixture learn`",
    "slotmap.shape": '{source} needs a "fixture" name and a "slots" object.',
    "slotmap.shape.action": (
        'write {{"fixture": "line3", "slots": {{"1": "pci-...-usb-0:1.2:1.0"}}}}'
    ),
    "slotmap.no_slots": '{source} has no "slots".',
    "slotmap.no_slots.action": "record at least one slot",
    "slotmap.bad_slot": "{source}: slot {slot} must be a number mapped to a USB path string.",
    "slotmap.bad_slot.action": 'write "1": "pci-0000:00:14.0-usb-0:1.2:1.0"',
    "slotmap.unreadable": "Cannot read slot map {path}: {reason}.",
    "slotmap.unreadable.action": "check the path",
    "slotmap.no_usb_path": "Slot {slot} is bound to {binding}, which names no udev USB path.",
    "slotmap.no_usb_path.action": (
        "bind it to /dev/serial/by-path/... or usb:location=<ID_PATH>, or record the slots "
        "with `station fixture learn`"
    ),
    # The configuration file (station/config/store.py), as the set-up screen shows it.
    "config.missing": "There is no configuration at {path}.",
    "config.missing.action": (
        "Give the configuration file with --config FILE, or ask the supervisor to set up this "
        "station (docs/configuration.md shows a complete example)."
    ),
    "config.unreadable": "The configuration {path} cannot be read ({reason}).",
    "config.unreadable.action": "Check the file's permissions and that it is UTF-8 text.",
    "config.newer": (
        "{source} was written by a newer station version (configuration schema {version}; this "
        "station understands up to {known}). It has not been changed."
    ),
    "config.newer.action": "Upgrade the station software on this PC.",
    "config.no_backup": (
        "Cannot back up {path} before migrating it ({reason}); it was not changed."
    ),
    "config.no_backup.action": (
        "Make the configuration folder writable, then start the station again."
    ),
    "config.not_toml": "{source} is not valid TOML: {detail}.",
    "config.not_toml.action": "Fix the syntax at the line and column shown in {source}.",
    "config.too_deep": (
        "{source} nests arrays or tables more than {depth} deep; no station setting is shaped "
        "like that."
    ),
    "config.too_deep.action": (
        "Fix {source}: docs/configuration.md shows every setting and its form."
    ),
    "config.journal_folder": "{where} is a folder; it must name the journal file.",
    "config.journal_folder.action": (
        "Set journal_path to a file in that folder, e.g. {example}, in {source}."
    ),
    "config.journal_empty": (
        "{where} is an empty file (0 bytes), not a journal: it was cut short or created by "
        "something else. The station does not start a new journal in its place."
    ),
    "config.journal_empty.action": (
        "Restore the journal from its backup (then check it with `station journal verify`); if "
        "this station has never provisioned a device, delete the empty file instead."
    ),
    "config.not_saved": (
        "Cannot save the configuration to {path} ({reason}); the previous file is unchanged."
    ),
    "config.not_saved.action": (
        "Check that the configuration folder is writable and the disk has space."
    ),
    # A fixture or target the configuration does not have (station/config/model.py).
    "config.no_fixture": "There is no fixture {name} in the configuration.",
    "config.no_target": "There is no target {name} in the configuration.",
    "config.use_one_of.action": "Use one of: {names}.",
    # A fixture's active target that the configuration lacks (station/engine/setup.py).
    "config.unknown_target": ("Fixture {fixture} names target {target}, which is not configured."),
    "config.unknown_target.action": (
        "A supervisor sets the fixture's active target to one of: {targets}."
    ),
    "config.no_targets": "(none)",
    # A target a supervisor's command at the command line names (station/targets/).
    "config.no_target_stored": (
        "There is no target {name} in the configuration; nothing was stored."
    ),
    "config.no_target_stored.action": (
        "Use one of: {targets}, or create the target first (Roles → Targets and keys…)."
    ),
    "config.no_token_command": "Target {target} gets its tokens from a command but names none.",
    "config.no_token_command.action": "A supervisor sets the target's token command.",
    # A usb binding that matches more than one port (station/ports/resolve.py).
    "binding.ambiguous": Plural(
        "Port binding {binding} matches {count} port ({devices}).",
        "Port binding {binding} matches {count} ports ({devices}).",
    ),
    "binding.ambiguous.action": (
        "add the interface number or use the full USB location from `station fixture list-ports`"
    ),
    # A slot's port binding in the configuration (station/config/port_binding.py).
    "binding.one_path": "A {kind} port binding holds exactly one path.",
    "binding.one_path.action": "write the slot's port as a single absolute path",
    "binding.wrong_kind": "Port binding {binding} is a {expected} binding, not {kind}.",
    "binding.wrong_kind.action": "use PortBinding.parse() to build bindings from text",
    "binding.usb_path": "A usb port binding has no path.",
    "binding.usb_path.action": "remove the path",
    "binding.usb_needs": "A usb port binding needs a location, or both vid and pid.",
    "binding.usb_needs.action": (
        "write usb:location=<USB path> (see `station fixture list-ports`)"
    ),
    "binding.bad_location": (
        "USB location {location} is neither a sysfs location (1-1.2 or 1-1.2:1.0) nor a udev "
        "ID_PATH (pci-0000:00:14.0-usb-0:1.2:1.0)."
    ),
    "binding.bad_location.action": "copy the location from `station fixture list-ports`",
    "binding.id_range": "USB {key} {value} is out of range.",
    "binding.id_range.action": "use 4 hex digits",
    "binding.interface_range": "USB interface {value} is out of range.",
    "binding.interface_range.action": "use a number from 0 to 255",
    "binding.bad_serial": ("USB serial number {serial} is empty or holds a comma, '=' or a space."),
    "binding.bad_serial.action": "bind this slot by its USB location instead",
    "binding.unknown_form": (
        "Port binding {binding} is neither an absolute path nor usb:KEY=VALUE,..."
    ),
    "binding.unknown_form.action": (
        "write /dev/serial/by-path/..., /dev/provisioning/<fixture>/slotN or "
        "usb:location=<USB path>"
    ),
    "binding.not_key_value": "usb port binding item {item} is not KEY=VALUE.",
    "binding.not_key_value.action": "use keys from {keys}, e.g. usb:location=1-1.2:1.0",
    "binding.unknown_key": "usb port binding has an unknown key {key}.",
    "binding.unknown_key.action": "use keys from {keys}",
    "binding.key_twice": "usb port binding names {key} twice.",
    "binding.key_twice.action": "keep one",
    "binding.control_char": (
        "Port path {path} holds a control character (a line break, a tab, ...)."
    ),
    "binding.as_listed.action": (
        "write the slot's port path as `station fixture list-ports` shows it"
    ),
    "binding.too_long": "Port path {path} is longer than {limit} characters, which no path is.",
    "binding.not_absolute": "Port path {path} is not absolute.",
    "binding.not_absolute.action": "write the full path, starting with /dev/",
    "binding.enumerated": (
        "Port {path} is a kernel enumeration name: the number changes when adapters are "
        "replugged or the PC restarts, so the slot would follow the plug order instead of the "
        "physical place."
    ),
    "binding.enumerated.action": (
        "bind the slot by its USB path: /dev/serial/by-path/..., usb:location=... or "
        "/dev/provisioning/<fixture>/slotN (see `station fixture list-ports` and "
        "`station fixture learn`)"
    ),
    "binding.not_hex": "USB {key} {value} is not a hexadecimal number.",
    "binding.not_hex.action": "write it as 4 hex digits: {key}=0403",
    "binding.not_number": "USB {key} {value} is not a number.",
    "binding.not_number.action": "write the interface number: {key}=2",
    # Migrating an old configuration (station/config/migrate.py).
    "migrate.unknown_key": (
        "{source}: version-1 configuration has unknown key `{key}`; it cannot be migrated. "
        "Allowed there: {allowed}."
    ),
    "migrate.unknown_key.action": (
        "Remove or correct `{key}` in {source}, then start the station again."
    ),
    "migrate.no_fixture": "{source}: version-1 configuration has no [fixture] table.",
    "migrate.no_fixture.action": "Add the fixture to {source} or write a new configuration.",
    "migrate.no_targets": "{source}: version-1 configuration has no [[target]] tables.",
    "migrate.no_targets.action": "Add a target to {source} or write a new configuration.",
    "migrate.unnamed_target": "{source}: `target[{n}]` has no name.",
    "migrate.unnamed_target.action": "Name every [[target]] in {source}.",
    "migrate.no_version": (
        "{source}: `schema_version` is missing; the station cannot tell which layout the file uses."
    ),
    "migrate.no_version.action": (
        "Add `schema_version = 2` at the top of {source} if it follows the current layout."
    ),
    "migrate.bad_version": (
        "{source}: `schema_version` = {version} is not a version number (1, 2, ...)."
    ),
    "migrate.bad_version.action": "Correct `schema_version` in {source}.",
}
