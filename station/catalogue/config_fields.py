"""The configuration's field errors (station/config/): what `station config check` prints and
the supervisor's target editor shows under the field, each rule's English word for word.

A field error is "<source>: `<path>` <problem>" (`field.problem`); its problem is one of the
messages below, quoting the offending value as `shown` cut it (never translated: it is the
file's own text)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # station/config/options.py: Where.fail and the checks several options share.
    "field.problem": "{source}: `{path}` {problem}",
    "field.problem.here": "`{path}` {problem}",
    "field.edit.action": "Edit `{path}` in {source}.",
    "field.keyring.action": (
        "Remove it. The configuration never holds secrets, tokens or keys: realm keys and issued "
        "tokens are imported into the OS keyring from the supervisor's target editor."
    ),
    "field.type.bool": "a boolean",
    "field.type.int": "an integer",
    "field.type.float": "a number",
    "field.type.str": "a string",
    "field.type.list": "an array",
    "field.type.dict": "a table",
    "field.type.true_false": "true or false",
    "field.not_shown": "(not shown)",
    "field.required": "is required ({kind}).",
    "field.wrong_type": "= {value} must be {kind}, not {actual}.",
    "field.not_table": "must be a table, not {actual}.",
    "field.secret_key": "looks like it would hold a secret, token or key.",
    "field.secret_value": "holds text shaped like a secret, token or key (not shown).",
    "field.unknown_key": "is not a known setting. Allowed here: {allowed}.",
    "field.unknown_key.action": "Remove or correct `{path}` in {source} (check the spelling).",
    "field.not_allowed": "= {value} is not allowed. Allowed: {allowed}.",
    "field.out_of_range": "= {value} is out of range. Allowed: {low} to {high}.",
    "field.value_problem": "= {value} {problem}",
    "field.length": "= {value} must be {low} to {high} characters long.",
    "field.control_char": "= {value} holds a control character.",
    "field.space_or_control": "= {value} holds a space or a control character.",
    "field.path.empty": "is empty; it must name a file.",
    "field.path.control_char": "= {value} holds a control character (a line break, a NUL, ...).",
    "field.path.too_long": (
        "= {value} is longer than a path can be ({chars} characters, {bytes} bytes per name)."
    ),
    # station/config/names.py: the naming rules, as "Allowed: ..." states them.
    "field.rule.name": "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit",
    "field.rule.realm": ("1-48 lower-case letters and digits, starting with a letter ({pattern})"),
    "field.bad_realm": "is not a valid Astarte realm name. Allowed: {rule}.",
    "field.bad_target_name": "is not a valid target name. Allowed: {rule}.",
    "field.bad_profile_name": "is not a valid profile name. Allowed: {rule}.",
    "field.bad_fixture_name": "is not a valid fixture name. Allowed: {rule}.",
    "field.bad_station_id": "is not a valid station ID. Allowed: {rule}.",
    "field.bad_slot_name": "is not a valid slot name. Allowed: 1-16 letters, digits, '_' or '-'.",
    # station/config/parse.py: rules about whole tables and between options.
    "field.no_targets": "must hold at least one target table, e.g. [targets.plant-eu].",
    "field.no_targets.action": (
        "Add a target to {source} or create one in the supervisor's target editor."
    ),
    "field.none": "must hold at least one {table} table.",
    "field.what.fixture_name": "fixture name",
    "field.what.port": "port",
    "field.what.slot_name": "slot name",
    "field.repeats": "= {value} repeats the {what} of `{other}`; each must differ.",
    "field.two_printers": "is set, and so is `line.printer`: labels go to one printer.",
    "field.two_printers.action": (
        "In the [line] table of {source}, keep `printer` (straight to the printer) or "
        "`printer_queue` (through CUPS), not both."
    ),
    "field.no_printer": (
        "= true needs a label printer, and neither `line.printer` nor `line.printer_queue` is set."
    ),
    "field.no_printer.action": (
        "Set `printer` in the [line] table of {source} (host or host:port), or "
        "`printer_queue` (a CUPS raw queue), or set print_label = false."
    ),
    "field.no_mes_url": "is set, but `line.mes_url` (the MES facade to ask) is not.",
    "field.no_mes_url.action": (
        "Set `mes_url` in the [line] table of {source}, or remove mes_recipe."
    ),
    "field.profiles_not_table": "must be a table of [profiles.KIND] tables, not {actual}.",
    "field.token_command.required": (
        'is required when token_source = "command": the program and its arguments, '
        'e.g. ["/usr/local/bin/issue-token", "--realm", "plant1"].'
    ),
    "field.token_command.strings": "must be an array of non-empty strings.",
    "field.token_command.unused": (
        'is only used with token_source = "command" (this target uses {used}).'
    ),
    "field.check_scan.no_label": (
        "= true needs print_label = true: only a printed label can be scanned back."
    ),
    "field.namespace.required": (
        'is required when device_id_rule = "uuid5": the namespace UUID of your product line.'
    ),
    "field.no_such_target": "= {value} names no target. Allowed: {allowed}.",
    "field.tower.required": 'is required when tower = "{kind}", e.g. "{example}".',
    "field.tower.unused": 'is not used with tower = "{kind}".',
    "field.tower.unused.action": ("Remove `{path}`, or set tower to the driver that uses it."),
    # station/config/target_section.py, sections.py, line_section.py: one option's checks.
    "field.what.pairing": "a Pairing API",
    "field.what.mes": "an MES facade",
    "field.url.not_base": (
        "= {value} is not {what} base URL. Allowed: https://host[:port][/path], e.g. {example}."
    ),
    "field.url.host_too_long": (
        "= {value} names a host longer than {limit} characters, which no DNS name or address is."
    ),
    "field.url.plain_http": (
        "= {value} uses plain http to a remote host; credentials would cross the network "
        "unencrypted. Allowed: https (plain http only to 127.0.0.1 or localhost)."
    ),
    "field.url.extras": "= {value} must not carry a query, fragment or user name.",
    "field.not_uuid": "= {value} is not a UUID (like 6ba7b810-9dad-11d1-80b4-00c04fd430c8).",
    "field.storage.none": "must name at least one storage kind. Allowed: {allowed}.",
    "field.storage.unknown": "= {value} is not a storage kind. Allowed: {allowed}.",
    "field.introspection.not_table": (
        "must be a table of interface = [major, minor], not {actual}."
    ),
    "field.introspection.bad_name": (
        "is not an Astarte interface name (reverse domain, like org.example.Sensor)."
    ),
    "field.introspection.bad_version": (
        "= {value} is not a version. Allowed: [major, minor] with non-negative integers, not "
        "both 0."
    ),
    "field.regex.invalid": (
        "= {value} is not a valid regular expression ({detail}). It is matched against the "
        'whole hardware serial, e.g. "{example}".'
    ),
    "field.regex.too_deep": "= {value} nests too deeply to be a usable regular expression.",
    "field.schema": "= {value} is not the current schema ({current}).",
    "field.schema.action": "Load the file with `load_config`, which migrates older versions.",
    "field.port_binding": "= {value}: {problem}",
    "field.not_device_path": (
        "= {value} is not a device path. Allowed: an absolute path such as "
        "/dev/serial/by-id/usb-...-if00 or /dev/hidraw0."
    ),
    "field.not_password_hash": (
        "is not a salted scrypt hash (scrypt$n$r$p$salt$hash). Passwords are never stored "
        "as they are."
    ),
    "field.not_password_hash.action": (
        "Set the password with `station roles set-password qa|supervisor`, which writes the hash."
    ),
    "field.pedal_key": (
        "= {value} is not a key a foot pedal can be set to send here. Allowed: F1 to F24, "
        "Pause, ScrollLock, Insert, Home, End, PageUp, PageDown, or empty (off)."
    ),
    "field.pedal_key.action": (
        "Set the pedal to one of those keys (its own software does that) and name the same "
        "key in `{path}` in {source}."
    ),
    "field.not_serial_path": (
        "= {value} is not a serial port's path. Allowed: an absolute path such as "
        "/dev/serial/by-id/usb-...-if00 or /dev/ttyACM0."
    ),
    "field.not_queue_name": (
        "= {value} is not a CUPS queue name. Allowed: 1 to 127 letters, digits, '_', '.', '@' "
        "and '-' (no spaces, '/' or '#')."
    ),
    "field.not_address": (
        "= {value} is not an address ({detail}). Allowed: host or host:port, e.g. "
        "192.0.2.10:{port}."
    ),
    # station/targets/fields.py: the target editor's own refusals.
    "editor.source": "target editor",  # station/targets/fields.py SOURCE
    "editor.target_exists": "A target named {name} exists already.",
    "editor.target_exists.action": "Choose another name, or edit the existing target.",
    "editor.target_in_use": (
        "Target {name} is the active target of fixture {fixtures}; it was not deleted."
    ),
    "editor.target_in_use.action": "Choose another active target for that fixture first.",
    # station/profiles/: a profile's [profiles.<kind>] table, and which profiles exist.
    "field.no_options": "takes no options.",
    "field.no_options.action": "Remove the [{table}] table from the configuration.",
    "profile.unknown": "Unknown device profile {kind}.",
    "profile.unknown.action": "Set the fixture's or slot's profile to one of: {known}.",
    "profile.not_installed": (
        "Device profile {kind} is not available in this installation ({detail})."
    ),
    "profile.not_installed.action": (
        "Install the station with this profile's dependencies, or choose another profile."
    ),
    "field.esp32.not_uuid": "is not a UUID.",
    "field.esp32.not_uuid.action": (
        "Copy CONFIG_ASTARTE_HWID_UUID_NAMESPACE from the firmware's sdkconfig (form "
        '"30349dbb-85b6-489e-a8ed-532e65c55c38").'
    ),
    "field.esp32.label": "must be a partition label of 1 to 15 ASCII characters.",
    "field.zephyr.not_file": "is {value}, not a file under a mount point.",
    "field.zephyr.not_file.action": 'Give the absolute path of the file, e.g. "{example}".',
    "field.zephyr.path_too_long": (
        "is longer than {limit} bytes, more than fs_mgmt accepts by default."
    ),
    "field.zephyr.path_too_long.action": (
        "Shorten it, or raise CONFIG_MCUMGR_GRP_FS_PATH_LEN in the firmware."
    ),
    "field.zephyr.quote": (
        "contains a quote or a backslash, which Zephyr's JSON parser does not unescape"
    ),
    "field.zephyr.control_char": "contains a control character",
    "field.zephyr.unsafe": "{why}.",
    "field.zephyr.unsafe.action": (
        "Use a value without quotes, backslashes or control characters."
    ),
    "field.zephyr.not_strings": "must be a table of strings.",
    "field.zephyr.not_strings.action": "Write e.g. extra_fields = {example}.",
    "field.zephyr.own_field": "sets {name}, which the station writes itself.",
    "field.zephyr.own_field.action": "Remove {name}.",
    "field.zephyr.wifi_password": (
        "{table} wifi_password is a secret and never belongs in the configuration file."
    ),
    "field.zephyr.wifi_password.action": (
        "Remove it. A supervisor stores the Wi-Fi password in the OS keyring: keyring set "
        "provisioning-station wifi-password:<SSID> (docs/zephyr.md)."
    ),
}
