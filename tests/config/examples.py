"""Configuration texts shared by the config tests, and the configuration parsed from one."""

from __future__ import annotations

import tomllib
from pathlib import Path

from station.config.model import StationConfig
from station.config.parse import parse_config


def parsed(text: str, tmp_path: Path) -> StationConfig:
    """`text` as the station parses a `station.toml` in `tmp_path`."""
    return parse_config(
        tomllib.loads(text),
        source="station.toml",
        base_dir=tmp_path,
        default_journal=tmp_path / "journal.sqlite",
    )


PLANT = """\
schema_version = 2
station_id = "line3-pc1"
journal_path = "journal.sqlite"

[roles]
idle_lock_minutes = 15

[targets.plant-eu]
pairing_url = "https://api.astarte.example.com/pairing"
realm = "planteu"
token_source = "realm_key"
token_ttl_s = 600
ca_bundle = "ca/plant-ca.pem"
device_id_rule = "uuid5"
device_id_namespace = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
device_id_field = "hardware_serial"
accepted_storage = ["otp"]
max_registrations_in_flight = 2
allowlist_pattern = "SN1[0-9]{7}"
confirmed_counts_as_pass = true

[targets.plant-eu.initial_introspection]
"org.example.Sensor" = [1, 0]
"org.example.Status" = [0, 3]

[targets.lab]
pairing_url = "http://127.0.0.1:4003"
realm = "lab1"
token_source = "command"
token_command = ["/usr/local/bin/issue-token", "--realm", "lab1"]

[[fixtures]]
name = "line3"
active_target = "plant-eu"
baud = 230400
auto_start = true

[[fixtures.slots]]
name = "1"
port = "/dev/serial/by-path/pci-0000:00:14.0-usb-0:1.2:1.0-port0"

[[fixtures.slots]]
name = "2"
port = "usb:location=1-1.3:1.0"

[[fixtures.slots]]
name = "3"
port = "/dev/provisioning/line3/slot3"
"""

V1 = """\
version = 1
station_id = "old-pc"
journal = "/var/lib/station/journal.sqlite"
idle_lock_minutes = 5

[fixture]
name = "bench"
target = "plant-eu"
baud = 115200
ports = ["/dev/serial/by-path/pci-0000:00:14.0-usb-0:1.1:1.0-port0", "usb:location=1-1.4:1.0"]

[[target]]
name = "plant-eu"
url = "https://api.astarte.example.com/pairing"
realm = "planteu"
token = "issued_token"
token_ttl = 900
device_id = "uuid5"
namespace = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
storage = ["otp", "secure"]

[[target]]
name = "staging"
url = "https://staging.example.com/pairing"
realm = "staging"
token = "realm_key"
"""
