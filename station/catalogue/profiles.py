"""The device link's and the device profiles' messages (station/link/, station/profiles/)."""

from __future__ import annotations

from station.catalogue._plural import Plural

TEXTS: dict[str, str | Plural] = {
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
    "link.another_device": (
        "Another device answered on slot {slot}'s port after a reconnect: its {what} is "
        "{found}, the unit identified in the slot has {expected}. Nothing more was sent to it."
    ),
    "link.another_device.action": (
        "Another device answered on slot {slot}'s port: reseat slot {slot}, then provision "
        "the unit again."
    ),
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
    # What was wrong with a frame or an SMP message on the console (station/link/framing.py):
    # the detail of a garbled answer.
    "frame.bad_crc": "bad CRC",
    "frame.not_base64": "frame line is not valid base64",
    "frame.undecodable": "undecodable frame: {detail}",
    "frame.abandoned": "incomplete frame abandoned",
    "frame.orphan_continuation": "continuation line without a start line",
    "frame.restarted": "a new frame started before the previous one was complete",
    "frame.interrupted": "frame line interrupted by a new start marker",
    "frame.line_too_long": "frame line longer than {limit} bytes",
    "frame.start_too_short": "frame start line too short to hold a length",
    "frame.length_too_small": "frame length field {total} is too small",
    "frame.too_large": "frame announces {size} bytes, more than the {limit} allowed",
    "smp.short_message": "message of {size} bytes is shorter than an SMP header",
    "smp.bad_header": "invalid SMP header: {detail}",
    "smp.length_mismatch": "header announces {announced} body bytes but {arrived} arrived",
    "smp.not_cbor": "body is not valid CBOR: {detail}",
    "smp.trailing_bytes": "body has bytes after its CBOR item",
    "smp.not_a_map": "body is not a CBOR map with text keys",
    "smp.refused": "The device in {place} refused {command}: {meaning}",
    "smp.refused_rc": "The device in {place} refused {command}: {meaning} (rc {rc})",
    "smp.protocol": (
        "The device in {place} gave an answer to {command} the station does not understand: "
        "{detail}."
    ),
    "smp.protocol.action": (
        "The device firmware does not match this station: stop the line and call the supervisor."
    ),
    "smp.request_too_big": (
        "The {command} request for the device in {place} is {size} bytes, but the device takes "
        "at most {limit}; nothing was sent to it."
    ),
    "smp.request_too_big.action": (
        "The target's realm and Pairing URL are too long for this device's firmware: stop the "
        "line and ask the supervisor to shorten them."
    ),
    # The detail of an answer that breaks the SMP protocol (station/profiles/smp/client.py).
    "smp.detail.echo_differs": "the echo came back different",
    "smp.detail.params_invalid": "buf_size/buf_count missing or invalid",
    "smp.detail.no_secret": "no secret in the answer",
    "smp.detail.bad_err_map": "malformed err map",
    "smp.detail.bad_rc": "malformed rc",
    "smp.detail.field_missing": "{key} missing or not {kind}",
    "smp.detail.hwid_size": Plural(
        "hardware id of {n} byte (expected 4 to 64)",
        "hardware id of {n} bytes (expected 4 to 64)",
        count="n",
    ),
    "smp.detail.storage_unknown": "unknown storage kind or state ({detail})",
    "smp.detail.digest_size": Plural(
        "secret digest of {n} byte (expected 32)",
        "secret digest of {n} bytes (expected 32)",
        count="n",
    ),
    "smp.detail.no_digest": "storage is {state} but no secret digest was reported",
    "smp.detail.negative_program_time": "negative programming time",
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
    # The ESP32 profile (station/profiles/esp32/profile.py, docs/esp32.md).
    "esp32.doing.chip": "reading the chip",
    "esp32.doing.partition_table": "reading the partition table",
    "esp32.doing.nvs": "reading the NVS partition",
    "esp32.doing.reconnecting": "reconnecting",
    "esp32.doing.reset": "resetting into the application",
    "esp32.chip_unmatched": (
        "The chip in slot {slot} is an {chip}; the Astarte ESP32 SDK's hardware-ID rule is "
        "matched for {known} only."
    ),
    "esp32.chip.action": (
        "Set the unit from slot {slot} aside and tell the line's engineer which chip it carries."
    ),
    "esp32.chip_unknown": "The chip in slot {slot} is not one esptool knows ({detail}).",
    "esp32.no_table": (
        "The ESP32 in slot {slot} has no partition table at {offset}: its firmware has not been "
        "flashed, or the table sits elsewhere."
    ),
    "esp32.no_table.action": (
        "Flash the production firmware (bootloader, partition table, application) first, or set "
        "partition_table_offset to CONFIG_PARTITION_TABLE_OFFSET."
    ),
    "esp32.table_corrupt": (
        "The partition table of the ESP32 in slot {slot} at {offset} is corrupt ({detail})."
    ),
    "esp32.reflash.action": "Set the unit from slot {slot} aside for reflashing its firmware.",
    "esp32.no_nvs": (
        "The ESP32 in slot {slot} has no NVS partition labelled {label} (its partitions: {labels})."
    ),
    "esp32.no_nvs.action": (
        "Set nvs_partition to the label the firmware passes to "
        "astarte_credentials_use_nvs_storage(), or flash firmware with that partition "
        "(docs/esp32.md)."
    ),
    "esp32.nvs_size": (
        "The NVS partition {label} of the ESP32 in slot {slot} is {size} bytes; NVS needs at "
        "least 0x3000 in whole 4 KiB pages."
    ),
    "esp32.nvs_size.action": (
        "Flash firmware whose partition table gives NVS at least 0x3000 bytes (the SDK examples "
        "use 0x6000)."
    ),
    "esp32.nvs_encrypted": "The NVS partition {label} in slot {slot} is marked encrypted.",
    "esp32.nvs_encrypted.action": (
        "Provision this line with NVS encryption keys outside the station; the station writes "
        "plaintext NVS only (docs/esp32.md)."
    ),
    "esp32.not_carried": (
        "The NVS partition {label} of the ESP32 in slot {slot} cannot be rewritten without "
        "losing data: {detail}."
    ),
    "esp32.not_carried.action": (
        "Nothing was written. Give Astarte its own NVS partition (docs/esp32.md, 'Partition "
        "layout') or erase this one on a rework bench, then provision again."
    ),
    "esp32.md5": (
        "The flash of the ESP32 in slot {slot} does not hold what was written (its MD5 differs)."
    ),
    "esp32.md5.action": (
        "The station reads the partition back and decides; if it happens again, set the unit "
        "from slot {slot} aside (flash or power fault)."
    ),
    "esp32.write_cut": (
        "The NVS write to the ESP32 in slot {slot} was cut off ({detail}): part of the "
        "partition may be written."
    ),
    "esp32.write_cut.action": (
        "Keep the unit in its slot: the station reads the partition back and decides from what "
        "is there. If the unit was unplugged, reseat it and provision it again."
    ),
    "esp32.secret_count": (
        "The NVS partition of the ESP32 in slot {slot} holds {count} credentials secrets; "
        "exactly one was expected."
    ),
    "esp32.for_qa.action": "Set the unit from slot {slot} aside for QA.",
    "esp32.stopped_answering": (
        "The ESP32 in slot {slot} stopped answering while {doing} ({detail})."
    ),
    "esp32.reseat.action": "Reseat the unit in slot {slot} and start again.",
    "esp32.gone": "The ESP32 in slot {slot} disappeared ({detail}).",
    "esp32.gone.action": "Reseat the unit and its cable in slot {slot}, then start again.",
    "esp32.line_failed": "The serial line to the ESP32 in slot {slot} failed ({detail}).",
    "esp32.port_unopened": "The port of slot {slot} ({port}) could not be opened: {detail}",
    "esp32.port_unopened.action": (
        "Close any other program using it (a serial monitor?) and start again."
    ),
    "esp32.port_held": "The port of slot {slot} ({port}) is held by another program.",
    "esp32.port_held.action": "Close the other program (a serial monitor?) and start again.",
    "esp32.bootloader": ("The ESP32 in slot {slot} is not in its serial bootloader ({detail})."),
    "esp32.bootloader.strap_action": (
        "Reseat the unit in slot {slot}, check the jig's GPIO0 strap and the board's power; "
        "then start again."
    ),
    "esp32.bootloader.boot_action": (
        "Reseat the unit in slot {slot}, hold BOOT (GPIO0 low) while the station resets the "
        "board, or check the jig's GPIO0 strap and the DTR/RTS wiring; then start again."
    ),
    "esp32.secure_download": (
        "The ESP32 in slot {slot} is in secure download mode: its bootloader refuses flash "
        "reads and MD5 checks, so the station cannot verify a write."
    ),
    "esp32.secure_download.action": (
        "Set the unit from slot {slot} aside: units for this line must be provisioned before "
        "secure download mode is enabled (docs/esp32.md)."
    ),
    "esp32.flash_encrypted": (
        "Flash encryption is enabled on the ESP32 in slot {slot}: a plaintext write would "
        "garble the encrypted flash and a read-back returns ciphertext."
    ),
    "esp32.flash_encrypted.action": (
        "Set the unit from slot {slot} aside; provision units before flash encryption is "
        "enabled, or use NVS encryption keys outside the station (docs/esp32.md)."
    ),
    # The Zephyr MCUmgr profile (station/profiles/zephyr/, docs/zephyr.md).
    "zephyr.missing_group": (
        "The firmware of the device in {place} has no MCUmgr {group} group, which the station "
        "needs to provision a stock Zephyr device."
    ),
    "zephyr.missing_group.action": (
        "Set the device from {place} aside. The firmware team must build it with {kconfig} "
        "(docs/zephyr.md lists every option)."
    ),
    "zephyr.group_error": "The device in {place} refused {what}: group {group} rc {rc}",
    "zephyr.firmware_check.action": (
        "Set the device from {place} aside for a firmware check (docs/zephyr.md)."
    ),
    "zephyr.upload_unknown": (
        "No answer to a chunk of the configuration upload from the device in {place}, so it is "
        "unknown how much of the file it stored ({cause})"
    ),
    "zephyr.upload_unknown.action": (
        "Do not start again blindly: reseat the device in {place} if needed and let the station "
        "re-read the file."
    ),
    "zephyr.reset_unknown": "No answer to the reset of the device in {place} ({cause})",
    "zephyr.no_scanner": (
        '{table} identity = "label_scan", but nothing can hand the station a scanned label for '
        "{place} here."
    ),
    "zephyr.no_scanner.action": (
        "Provision through the operator screen or `station provision --serial`, or set "
        'identity = "hwinfo".'
    ),
    "zephyr.no_hwinfo": (
        "The shell of the device in {place} has no 'hwinfo' command, so the station cannot "
        "read its hardware ID."
    ),
    "zephyr.no_hwinfo.action": (
        "Set the device from {place} aside. The firmware team must build it with {kconfig}, or "
        'the supervisor sets identity = "label_scan" in {table} so each unit is identified by '
        "the serial scanned from its label (docs/zephyr.md)."
    ),
    "zephyr.hwinfo_unreadable": (
        "'hwinfo devid' on the device in {place} printed {shown} (status {ret}), not the "
        "'Length: N' and 'ID: 0x...' lines the station reads the hardware ID from."
    ),
    "zephyr.hwinfo_unreadable.action": (
        "Set the device from {place} aside for a firmware check: its hwinfo driver must give "
        "the chip's unique ID (docs/zephyr.md)."
    ),
    "zephyr.hwid_changed": (
        "The device in {place} reported hardware ID {before} and now {after} in the same "
        "session; the station cannot tell which unit it is."
    ),
    "zephyr.hwid_changed.action": (
        "Set the device from {place} aside for a firmware check: 'hwinfo devid' must print the "
        "same ID every time."
    ),
    "zephyr.doing.read": "reading {path}",
    "zephyr.doing.upload": "the upload of {path}",
    "zephyr.doing.hash": "the hash of {path}",
    "zephyr.config_malformed": (
        "{path} on the device in {place} is not valid JSON ({problem}). The station does not "
        "overwrite a file it cannot read: it may hold a working secret or settings someone "
        "needs."
    ),
    "zephyr.config_malformed.action": (
        "Set the device from {place} aside for the supervisor, who has the file checked and "
        'removed, or sets malformed_config = "rewrite" in {table} to let the station register '
        "the device again and overwrite such files."
    ),
    "zephyr.unmounted": (
        "The file system at {mount} on the device in {place} is not mounted, so the station "
        "cannot read or write {path}."
    ),
    "zephyr.unmounted.action": (
        "Set the device from {place} aside. Its firmware must mount {mount} at boot (a "
        "zephyr,fstab littlefs entry with automount) and keep it mounted: the astarte_app "
        "sample unmounts it after reading the file (docs/zephyr.md)."
    ),
    "zephyr.fs_full": (
        "The device in {place} could not write {path}: its file system is full (or its flash "
        "failed)."
    ),
    "zephyr.fs_full.action": (
        "Set the device from {place} aside. The firmware team must leave room on the {mount} "
        "partition (at least two free 4 KiB blocks) or erase the files filling it; the station "
        "provisions it again afterwards."
    ),
    "zephyr.fs_read_only": "The file system at {mount} on the device in {place} is read-only.",
    "zephyr.fs_read_only.action": (
        "Set the device from {place} aside: its firmware must mount the partition read-write."
    ),
    "zephyr.fs_busy": (
        "The device in {place} was busy with another file operation and refused {doing}."
    ),
    "zephyr.fs_busy.action": (
        "Provision the device in {place} again; if it stays busy, power-cycle it and try once more."
    ),
    "zephyr.fs_refused": "The device in {place} refused {doing}: fs_mgmt error {name}.",
    "zephyr.fs_refused.action": (
        "Provision the device in {place} again; if it repeats, set it aside for a firmware check."
    ),
    "zephyr.config_too_big": (
        "The configuration file for the device in {place} would be {size} bytes; the "
        "astarte_app sample reads at most {most}."
    ),
    "zephyr.config_too_big.action": "Shorten extra_fields in {table}.",
    "zephyr.hash_mismatch": (
        "The device in {place} holds a {path} whose {kind} is not that of the {sent} bytes sent "
        "({hashed} bytes hashed): it did not store what the station wrote."
    ),
    "zephyr.hash_mismatch.action": (
        "Provision the device in {place} again; if it repeats, set it aside for a flash check."
    ),
    "zephyr.no_secret": "{path} on the device in {place} holds no credentialSecret ({state}).",
    "zephyr.provision_again.action": "Provision the device in {place} again.",
    # The Wi-Fi password a Zephyr configuration file carries (station/profiles/zephyr/wifi.py).
    "wifi.unsafe_backend": (
        "The OS keyring backend ({module}) would not keep the Wi-Fi password safe."
    ),
    "wifi.unsafe_backend.action": (
        "Start and unlock a Secret Service (gnome-keyring) in this desktop session."
    ),
    "wifi.no_answer": "The OS keyring did not answer when asked for the Wi-Fi password.",
    "wifi.no_answer.action": "Unlock the keyring on this PC's desktop, then start the slot again.",
    "wifi.failed": "The OS keyring failed to give the Wi-Fi password ({kind}).",
    "wifi.failed.action": (
        "Start and unlock a Secret Service (gnome-keyring), then start the slot again."
    ),
    "wifi.none": "The OS keyring holds no Wi-Fi password for SSID {ssid}.",
    "wifi.none.action": "Ask the supervisor to store it: {command}.",
    # A slot's serial port (station/ports/).
    "ports.this_slot": "this slot",
    "ports.modem_manager": "{holders} is probing the port of {who} ({path}).",
    "ports.modem_manager.action": (
        "install the station's udev rules (they tell ModemManager to ignore fixture adapters) "
        "and replug the fixture, or stop it: sudo systemctl stop ModemManager"
    ),
    "ports.open_in": "The port of {who} ({path}) is open in {holders}.",
    "ports.open_in.action": "close that program (a serial terminal or another station) and retry",
    "ports.unseen": "The port of {who} ({path}) is in use by a program this user cannot see.",
    "ports.unseen.action": (
        "close any serial terminal or other station on this PC, or replug the fixture"
    ),
    "ports.path_missing": "The port for {who} ({binding}) does not exist.",
    "ports.path_missing.action": (
        "check that the fixture for {who} is connected and powered, and that the station's "
        "udev rules are installed"
    ),
    "ports.usb_missing": "No serial port is present at {who}'s USB location ({binding}).",
    "ports.usb_missing.action": (
        "plug the fixture's USB cable for {who} back in / check the hub and its power supply"
    ),
}
