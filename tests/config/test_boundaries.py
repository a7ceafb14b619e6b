"""Every validated setting at the edges of its rule: the last value allowed and the first refused.

Each case edits one key of a valid document and parses it: an allowed value must load (and be
the value the configuration then holds), a refused one must fail naming that key.
"""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from station.config import StationConfig, parse_config
from station.errors import ConfigError
from station.pairing.client import validate_realm
from tests.config.examples import PLANT

BASE: dict[str, Any] = tomllib.loads(PLANT)
BASE["fleet"] = {"host": "fleet.plant.example", "database": "fleet", "role": "line3-pc1"}
UUID = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"

#: (dotted key, value, allowed?). Keys are edited in BASE; `targets.plant-eu` is "T".
CASES: list[tuple[str, Any, bool]] = [
    # Realm: ^[a-z][a-z0-9]{0,47}$
    ("T.realm", "a", True),
    ("T.realm", "a" * 48, True),
    ("T.realm", "a" * 49, False),
    ("T.realm", "z9" * 24, True),
    ("T.realm", "", False),
    ("T.realm", "1plant", False),
    ("T.realm", "plant-eu", False),
    ("T.realm", "plant_eu", False),
    ("T.realm", "Plant", False),
    ("T.realm", "plant eu", False),
    # Station ID (and fixture and target names): 1-64 of [A-Za-z0-9._-], not starting with . _ -
    ("station_id", "a", True),
    ("station_id", "1", True),
    ("station_id", "a" * 64, True),
    ("station_id", "a" * 65, False),
    ("station_id", "", False),
    ("station_id", "-a", False),
    ("station_id", "_a", False),
    ("station_id", ".a", False),
    ("station_id", "9line-3_pc.1", True),
    ("station_id", "line 3", False),
    ("station_id", "line3/pc1", False),
    ("fixtures.0.name", "1", True),
    ("fixtures.0.name", "L" * 64, True),
    ("fixtures.0.name", "L" * 65, False),
    ("fixtures.0.name", "-line3", False),
    ("fixtures.0.name", "line_3.a-b", True),
    # Slot names: 1-16 of [A-Za-z0-9_-], not starting with _ or -, no dots
    ("fixtures.0.slots.0.name", "9", True),
    ("fixtures.0.slots.0.name", "s" * 16, True),
    ("fixtures.0.slots.0.name", "s" * 17, False),
    ("fixtures.0.slots.0.name", "_1", False),
    ("fixtures.0.slots.0.name", "-1", False),
    ("fixtures.0.slots.0.name", "a_b-c", True),
    ("fixtures.0.slots.0.name", "1.1", False),
    ("fixtures.0.slots.0.name", "", False),
    # Integer ranges: both ends and one past each
    ("T.token_ttl_s", 29, False),
    ("T.token_ttl_s", 30, True),
    ("T.token_ttl_s", 3600, True),
    ("T.token_ttl_s", 3601, False),
    ("T.check_scan_timeout_s", 4, False),
    ("T.check_scan_timeout_s", 5, True),
    ("T.check_scan_timeout_s", 3600, True),
    ("T.check_scan_timeout_s", 3601, False),
    ("T.check_scan_timeout_s", 120.0, False),
    ("T.check_scan_timeout_s", True, False),
    ("T.check_scan_timeout_s", "120", False),
    ("T.max_registrations_in_flight", 0, False),
    ("T.max_registrations_in_flight", 1, True),
    ("T.max_registrations_in_flight", 64, True),
    ("T.max_registrations_in_flight", 65, False),
    ("fixtures.0.baud", 1199, False),
    ("fixtures.0.baud", 1200, True),
    ("fixtures.0.baud", 4_000_000, True),
    ("fixtures.0.baud", 4_000_001, False),
    ("roles.idle_lock_minutes", 0, False),
    ("roles.idle_lock_minutes", 1, True),
    ("roles.idle_lock_minutes", 240, True),
    ("roles.idle_lock_minutes", 241, False),
    ("roles.signin_attempts", 0, False),
    ("roles.signin_attempts", 1, True),
    ("roles.signin_attempts", 20, True),
    ("roles.signin_attempts", 21, False),
    ("roles.signin_lockout_s", 4, False),
    ("roles.signin_lockout_s", 5, True),
    ("roles.signin_lockout_s", 3600, True),
    ("roles.signin_lockout_s", 3601, False),
    # Types: a boolean is not an integer, a string is not a boolean, a float is not an integer
    ("fixtures.0.baud", True, False),
    ("fixtures.0.baud", 115200.0, False),
    ("fixtures.0.auto_start", "true", False),
    ("fixtures.0.auto_start", 1, False),
    ("fixtures.0.auto_start", False, True),
    ("T.confirmed_counts_as_pass", "yes", False),
    ("T.realm", 7, False),
    # Choices: exact, case-sensitive
    ("T.token_source", "issued_token", True),
    ("T.token_source", "Realm_key", False),
    ("T.token_source", "", False),
    ("T.device_id_field", "hardware_id", True),
    ("T.device_id_field", "serial", False),
    ("T.device_id_rule", "device", True),
    ("T.device_id_rule", "uuid4", False),
    ("T.accepted_storage", ["secure", "otp"], True),
    ("T.accepted_storage", ["otp"], True),
    ("T.accepted_storage", [], False),
    ("T.accepted_storage", ["OTP"], False),
    ("T.accepted_storage", "otp", False),
    # Namespace UUID
    ("T.device_id_namespace", UUID.replace("-", ""), True),
    ("T.device_id_namespace", UUID[:-1], False),
    ("T.device_id_namespace", "", False),
    # Pairing URL: https anywhere, plain http only on loopback, nothing after the path
    ("T.pairing_url", "https://a", True),
    ("T.pairing_url", "https://astarte.example.com:8443/pairing", True),
    ("T.pairing_url", "http://127.0.0.1:4003", True),
    ("T.pairing_url", "http://localhost/pairing", True),
    ("T.pairing_url", "http://[::1]:4003", True),
    ("T.pairing_url", "https://" + "a" * 253, True),
    ("T.pairing_url", "https://" + "a" * 254 + "/pairing", False),
    ("T.pairing_url", "http://127.0.0.2", False),
    ("T.pairing_url", "http://10.0.0.1/pairing", False),
    ("T.pairing_url", "ftp://astarte.example.com", False),
    ("T.pairing_url", "https:///pairing", False),
    ("T.pairing_url", "https://a/pairing?x=1", False),
    ("T.pairing_url", "https://a/pairing#top", False),
    ("T.pairing_url", "https://user@a/pairing", False),
    # Serial allowlist: any valid regular expression
    ("T.allowlist_pattern", "SN[0-9]+", True),
    ("T.allowlist_pattern", "SN[0-9", False),
    ("T.allowlist_pattern", "(", False),
    # Interface names (reverse domain) and their versions
    ("T.initial_introspection", {"a.b": [0, 1]}, True),
    ("T.initial_introspection", {"a.b": [1, 0]}, True),
    ("T.initial_introspection", {"a-1.b-2": [1, 0]}, True),
    ("T.initial_introspection", {"a": [1, 0]}, False),
    ("T.initial_introspection", {"1a.b": [1, 0]}, False),
    ("T.initial_introspection", {"a..b": [1, 0]}, False),
    ("T.initial_introspection", {"a.b": [0, 0]}, False),
    ("T.initial_introspection", {"a.b": [-1, 0]}, False),
    ("T.initial_introspection", {"a.b": [1]}, False),
    ("T.initial_introspection", {"a.b": [1, 0, 0]}, False),
    ("T.initial_introspection", {"a.b": [True, 0]}, False),
    ("T.initial_introspection", [1, 0], False),
    # Port bindings
    ("fixtures.0.slots.0.port", "/dev/provisioning/line3/slot1", True),
    ("fixtures.0.slots.0.port", "/dev/" + "p" * 4091, True),
    ("fixtures.0.slots.0.port", "/dev/" + "p" * 4092, False),
    ("fixtures.0.slots.0.port", "/dev/ttyUSB0", False),
    ("fixtures.0.slots.0.port", "/dev/ttyACM12", False),
    ("fixtures.0.slots.0.port", "dev/pts/3", False),
    ("fixtures.0.slots.0.port", "usb:vid=0403,pid=6001", True),
    ("fixtures.0.slots.0.port", "usb:vid=ffff,pid=0000", True),
    ("fixtures.0.slots.0.port", "usb:vid=10000,pid=6001", False),
    ("fixtures.0.slots.0.port", "usb:vid=0403", False),
    ("fixtures.0.slots.0.port", "usb:location=1-1.4:1.0,interface=255", True),
    ("fixtures.0.slots.0.port", "usb:location=1-1.4,interface=256", False),
    ("fixtures.0.slots.0.port", "usb:location=1-1.4,colour=red", False),
    # Paths: printable, within Linux's limits (relative ones are taken from the file's folder)
    ("journal_path", "j.db", True),
    ("journal_path", "/" + "d" * 255 + "/j.db", True),
    ("journal_path", "/" + "d" * 256 + "/j.db", False),
    ("journal_path", "/" + "d/" * 2046 + "j", True),
    ("journal_path", "/" + "d/" * 2048 + "j", False),
    ("journal_path", "j\x00.db", False),
    ("journal_path", "j\n.db", False),
    ("journal_path", "", False),
    ("journal_path", "  ", False),
    ("T.ca_bundle", "ca.pem", True),
    ("T.ca_bundle", "ca\t.pem", False),
    ("T.ca_bundle", "c" * 256, False),
    # The fleet's server, database and role
    ("fleet.host", "a", True),
    ("fleet.host", "h" * 253, True),
    ("fleet.host", "h" * 254, False),
    ("fleet.host", "", False),
    ("fleet.host", "  ", False),
    ("fleet.host", "db centre", False),
    ("fleet.host", "::1", True),
    ("fleet.port", 0, False),
    ("fleet.port", 1, True),
    ("fleet.port", 65535, True),
    ("fleet.port", 65536, False),
    ("fleet.database", "f", True),
    ("fleet.database", "f" * 63, True),
    ("fleet.database", "f" * 64, False),
    ("fleet.database", "", False),
    ("fleet.database", "fleet\x00", False),
    ("fleet.role", "line3-pc1", True),
    ("fleet.role", "r" * 63, True),
    ("fleet.role", "r" * 64, False),
    ("fleet.role", "", False),
    ("fleet.claim_ttl_s", 29, False),
    ("fleet.claim_ttl_s", 30, True),
    ("fleet.claim_ttl_s", 3600, True),
    ("fleet.claim_ttl_s", 3601, False),
    # The active target must name a target
    ("fixtures.0.active_target", "lab", True),
    ("fixtures.0.active_target", "Lab", False),
]


def _set(document: dict[str, Any], dotted: str, value: Any) -> str:
    """Set `dotted` in `document`; return the key path the station's messages use."""
    parts = dotted.replace("T.", "targets.plant-eu.", 1).split(".")
    node: Any = document
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    node[parts[-1]] = value
    message_path = ""
    for part in parts:
        message_path += f"[{part}]" if part.isdigit() else (f".{part}" if message_path else part)
    return message_path


def _parse(document: dict[str, Any], tmp_path: Path) -> StationConfig:
    return parse_config(
        document, source="station.toml", base_dir=tmp_path, default_journal=tmp_path / "j"
    )


@pytest.mark.parametrize(("key", "value", "allowed"), CASES)
def test_each_rule_at_its_edges(tmp_path: Path, key: str, value: Any, allowed: bool) -> None:
    document = copy.deepcopy(BASE)
    message_path = _set(document, key, value)
    if allowed:
        _parse(document, tmp_path)
        return
    with pytest.raises(ConfigError) as info:
        _parse(document, tmp_path)
    assert f"`{message_path}" in info.value.message
    assert info.value.action


@pytest.mark.parametrize(
    ("name", "allowed"),
    [("a", True), ("1", True), ("t" * 64, True), ("t" * 65, False), ("-t", False),
     ("plant.eu_2-b", True), ("plant eu", False), ("", False)],
)  # fmt: skip
def test_target_names_at_their_edges(tmp_path: Path, name: str, allowed: bool) -> None:
    document = copy.deepcopy(BASE)
    document["targets"][name] = document["targets"].pop("lab")
    if allowed:
        assert name in _parse(document, tmp_path).targets
        return
    with pytest.raises(ConfigError, match="not a valid target name"):
        _parse(document, tmp_path)


def test_an_allowed_value_is_the_value_loaded(tmp_path: Path) -> None:
    document = copy.deepcopy(BASE)
    _set(document, "T.realm", "a" * 48)
    _set(document, "station_id", "  line3  ")
    config = _parse(document, tmp_path)
    assert config.targets["plant-eu"].realm == "a" * 48
    assert config.station_id == "line3"


@pytest.mark.parametrize(
    ("realm", "allowed"), [(value, ok) for key, value, ok in CASES if key == "T.realm"]
)
def test_the_pairing_client_takes_exactly_the_realms_the_configuration_takes(
    realm: Any, allowed: bool
) -> None:
    if allowed:
        assert validate_realm(realm) == realm
    else:
        with pytest.raises(ConfigError, match="not a valid Astarte realm name"):
            validate_realm(realm)
