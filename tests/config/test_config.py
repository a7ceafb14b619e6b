"""Loading, validating, saving and migrating the station configuration on real files."""

from __future__ import annotations

import os
import tomllib
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.config import (
    CURRENT_SCHEMA_VERSION,
    check_password,
    default_config_path,
    hash_password,
    load_config,
    save_config,
)
from station.config.toml_writer import dumps
from station.errors import ConfigError
from tests.config.examples import PLANT, V1

FAKE_SECRET = "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2V" + "="


def _write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_plant_configuration_loads_with_every_setting(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, PLANT))
    assert config.schema_version == CURRENT_SCHEMA_VERSION
    assert config.station_id == "line3-pc1"
    assert config.journal_path == tmp_path / "journal.sqlite"  # relative to the file
    assert config.roles.idle_lock_minutes == 15
    assert config.default_fixture == "line3"
    fixture = config.fixture("line3")
    assert (fixture.baud, fixture.auto_start, fixture.active_target) == (230400, True, "plant-eu")
    assert [s.name for s in fixture.slots] == ["1", "2", "3"]
    assert [s.port.kind for s in fixture.slots] == ["by_path", "usb", "path"]
    assert fixture.slot("2").port.location == "1-1.3:1.0"
    eu = config.active_target("line3")
    assert eu.name == "plant-eu" and eu.realm == "planteu"
    assert eu.token_source == "realm_key" and eu.token_ttl_s == 600
    assert eu.ca_bundle == tmp_path / "ca" / "plant-ca.pem"
    assert eu.device_id_rule == "uuid5"
    assert eu.device_id_namespace == uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
    assert eu.device_id_field == "hardware_serial"
    assert eu.accepted_storage == frozenset({"otp"})
    assert eu.initial_introspection == {"org.example.Sensor": (1, 0), "org.example.Status": (0, 3)}
    assert eu.max_registrations_in_flight == 2
    assert eu.allowlist_pattern == "SN1[0-9]{7}"
    assert eu.confirmed_counts_as_pass is True
    lab = config.target("lab")
    assert lab.token_command == ("/usr/local/bin/issue-token", "--realm", "lab1")
    # Defaults.
    assert lab.token_ttl_s == 300 and lab.max_registrations_in_flight is None
    assert lab.device_id_rule == "device"
    assert lab.accepted_storage == frozenset({"otp", "secure", "nvs", "file"})
    assert lab.confirmed_counts_as_pass is False and lab.allowlist_pattern is None


def test_save_then_load_gives_the_same_configuration(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, PLANT))
    out = tmp_path / "copy" / "station.toml"
    save_config(config, out)
    assert load_config(out) == config
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_saving_keeps_the_previous_file_as_bak(tmp_path: Path) -> None:
    path = _write(tmp_path, PLANT)
    config = load_config(path)
    save_config(config, path)
    assert (tmp_path / "config.toml.bak").read_text() == PLANT
    assert load_config(path) == config


@pytest.mark.parametrize("broken", ["replace", "fsync"])
def test_a_failed_save_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    path = _write(tmp_path, PLANT)
    config = load_config(path)

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, broken, fail)
    with pytest.raises(ConfigError) as info:
        save_config(config, path)
    assert "previous file is unchanged" in info.value.message
    assert "No space left" in info.value.message
    monkeypatch.undo()
    assert path.read_text() == PLANT
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_invalid_configuration_is_never_saved(tmp_path: Path) -> None:
    import dataclasses

    config = load_config(_write(tmp_path, PLANT))
    bad = dataclasses.replace(
        config,
        targets={**config.targets, "lab": dataclasses.replace(config.target("lab"), realm="Lab")},
    )
    target = tmp_path / "new.toml"
    with pytest.raises(ConfigError, match=r"targets\.lab\.realm"):
        save_config(bad, target)
    assert not target.exists()


def _edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'realm = "planteu"',
            'realm = "Plant EU"',
            ["targets.plant-eu.realm", "'Plant EU'", "^[a-z][a-z0-9]{0,47}$"],
        ),
        ('realm = "lab1"', 'realm = "' + "a" * 49 + '"', ["targets.lab.realm", "1-48"]),
        (
            'token_source = "realm_key"',
            'token_source = "magic"',
            ["targets.plant-eu.token_source", "'magic'", "realm_key, issued_token, command"],
        ),
        (
            "token_ttl_s = 600",
            "token_ttl_s = 7200",
            ["targets.plant-eu.token_ttl_s", "7200", "30 to 3600"],
        ),
        (
            "token_ttl_s = 600",
            'token_ttl_s = "600"',
            ["targets.plant-eu.token_ttl_s", "must be an integer"],
        ),
        (
            'device_id_namespace = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"\n',
            "",
            ["targets.plant-eu.device_id_namespace", "required", "uuid5"],
        ),
        (
            'device_id_namespace = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"',
            'device_id_namespace = "line3"',
            ["device_id_namespace", "'line3'", "not a UUID"],
        ),
        (
            'accepted_storage = ["otp"]',
            'accepted_storage = ["flash"]',
            ["accepted_storage[0]", "'flash'", "otp, secure"],
        ),
        (
            '"org.example.Sensor" = [1, 0]',
            '"org.example.Sensor" = [0, 0]',
            ["initial_introspection", "org.example.Sensor", "[major, minor]"],
        ),
        (
            "max_registrations_in_flight = 2",
            "max_registrations_in_flight = 0",
            ["max_registrations_in_flight", "1 to 64"],
        ),
        (
            'allowlist_pattern = "SN1[0-9]{7}"',
            'allowlist_pattern = "SN1[0-9"',
            ["allowlist_pattern", "'SN1[0-9'", "regular expression"],
        ),
        (
            'pairing_url = "https://api.astarte.example.com/pairing"',
            'pairing_url = "http://api.astarte.example.com/pairing"',
            ["targets.plant-eu.pairing_url", "plain http", "https"],
        ),
        (
            'pairing_url = "https://api.astarte.example.com/pairing"',
            'pairing_url = "api.example.com"',
            ["pairing_url", "'api.example.com'", "https://host"],
        ),
        (
            'token_command = ["/usr/local/bin/issue-token", "--realm", "lab1"]',
            "",
            ["targets.lab.token_command", "required", "command"],
        ),
        (
            'active_target = "plant-eu"',
            'active_target = "plant-us"',
            ["fixtures[0].active_target", "'plant-us'", "lab, plant-eu"],
        ),
        ("baud = 230400", "baud = 300", ["fixtures[0].baud", "300", "1200 to 4000000"]),
        ("auto_start = true", 'auto_start = "yes"', ["fixtures[0].auto_start", "true or false"]),
        (
            'port = "usb:location=1-1.3:1.0"',
            'port = "/dev/ttyUSB1"',
            ["fixtures[0].slots[1].port", "'/dev/ttyUSB1'", "enumeration", "replug"],
        ),
        (
            'port = "usb:location=1-1.3:1.0"',
            'port = "COM3"',
            ["fixtures[0].slots[1].port", "'COM3'", "absolute path"],
        ),
        (
            'name = "2"',
            'name = "1"',
            ["fixtures[0].slots[1].name", "'1'", "repeats", "fixtures[0].slots[0].name"],
        ),
        (
            'port = "usb:location=1-1.3:1.0"',
            'port = "/dev/provisioning/line3/slot3"',
            ["fixtures[0].slots[2].port", "repeats"],
        ),
        (
            "idle_lock_minutes = 15",
            "idle_lock_minutes = 0",
            ["roles.idle_lock_minutes", "1 to 240"],
        ),
        ("[roles]", '[roles]\nqa_password_hash = "hunter2"', ["roles.qa_password_hash", "scrypt"]),
        (
            'realm = "planteu"',
            'realm = "planteu"\nrealmm = "x"',
            ["targets.plant-eu.realmm", "not a known setting", "realm"],
        ),
        ('station_id = "line3-pc1"', 'station_id = "line 3"', ["station_id", "'line 3'"]),
        ("schema_version = 2\n", "", ["schema_version", "missing"]),
    ],
)
def test_validation_names_the_key_the_value_and_what_is_allowed(
    tmp_path: Path, old: str, new: str, expected: list[str]
) -> None:
    path = _write(tmp_path, _edit(PLANT, old, new))
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = info.value.message
    for fragment in expected:
        assert fragment in message
    assert str(path) in message
    assert info.value.action


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('realm = "planteu"', f'realm = "planteu"\nrealm_key = "{FAKE_SECRET}"'),
        ('realm = "lab1"', 'realm = "lab1"\ntoken = "eyJhbGciOiJFUzI1NiJ9.eyJhIjoxfQ.c2ln"'),
        ('allowlist_pattern = "SN1[0-9]{7}"', f'allowlist_pattern = "{FAKE_SECRET}"'),
        ("[roles]", '[roles]\nsupervisor_password = "letmein"'),
        (
            'station_id = "line3-pc1"',
            'station_id = "line3-pc1"\nprivate_key = "-----BEGIN EC PRIVATE KEY-----"',
        ),
    ],
)
def test_secrets_are_refused_and_never_echoed(tmp_path: Path, old: str, new: str) -> None:
    path = _write(tmp_path, _edit(PLANT, old, new))
    with pytest.raises(ConfigError) as info:
        load_config(path)
    text = str(info.value)
    assert "keyring" in info.value.action
    for leaked in (FAKE_SECRET, "eyJhbGciOiJFUzI1NiJ9", "letmein", "BEGIN EC"):
        assert leaked not in text


def test_broken_toml_names_the_line(tmp_path: Path) -> None:
    text = PLANT.replace('realm = "lab1"', "realm = lab1")
    line = text.splitlines().index("realm = lab1") + 1
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match=f"line {line}"):
        load_config(path)


def test_a_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "absent.toml")
    assert "--config" in info.value.action


def test_a_newer_configuration_is_refused_untouched(tmp_path: Path) -> None:
    text = PLANT.replace("schema_version = 2", "schema_version = 9")
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match="newer station version"):
        load_config(path)
    assert path.read_text() == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


def test_a_version_1_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = _write(tmp_path, V1)
    config = load_config(path)
    # The original is kept byte for byte, and the file now holds the current layout.
    assert (tmp_path / "config.toml.v1.bak").read_text() == V1
    migrated = tomllib.loads(path.read_text())
    assert migrated["schema_version"] == CURRENT_SCHEMA_VERSION
    assert "fixture" not in migrated and "target" not in migrated
    assert config.station_id == "old-pc"
    assert config.journal_path == Path("/var/lib/station/journal.sqlite")
    assert config.roles.idle_lock_minutes == 5
    fixture = config.fixture("bench")
    assert fixture.active_target == "plant-eu"
    assert [(s.name, str(s.port)) for s in fixture.slots] == [
        ("1", "/dev/serial/by-path/pci-0000:00:14.0-usb-0:1.1:1.0-port0"),
        ("2", "usb:location=1-1.4:1.0"),
    ]
    eu = config.target("plant-eu")
    assert (eu.pairing_url, eu.realm, eu.token_source, eu.token_ttl_s) == (
        "https://api.astarte.example.com/pairing",
        "planteu",
        "issued_token",
        900,
    )
    assert eu.device_id_rule == "uuid5"
    assert str(eu.device_id_namespace) == "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
    assert config.target("staging").token_source == "realm_key"
    # Loading again is a plain load: no second backup.
    assert load_config(path) == config
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "config.toml",
        "config.toml.bak",
        "config.toml.v1.bak",
    ]


def test_a_version_1_file_that_cannot_migrate_is_left_alone(tmp_path: Path) -> None:
    text = V1.replace('realm = "staging"', 'realm = "Staging!"')
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match=r"targets\.staging\.realm"):
        load_config(path)
    assert path.read_text() == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


def test_a_version_1_file_with_an_unknown_key_says_which(tmp_path: Path) -> None:
    path = _write(tmp_path, V1.replace("baud = 115200", "baud = 115200\nparity = 'N'"))
    with pytest.raises(ConfigError, match=r"fixture\.parity"):
        load_config(path)


def test_the_default_location_is_the_platform_config_folder() -> None:
    path = default_config_path()
    assert path.name == "config.toml"
    assert path.parent.name == "provisioning-station"


def test_password_hashes_are_salted_scrypt() -> None:
    first = hash_password("correct horse")
    second = hash_password("correct horse")
    assert first.startswith("scrypt$") and first != second
    assert check_password("correct horse", first)
    assert not check_password("wrong horse", first)
    assert not check_password("correct horse", "plain text")


def test_a_password_hash_round_trips_through_the_file(tmp_path: Path) -> None:
    encoded = hash_password("qa-pass")
    path = _write(tmp_path, PLANT.replace("[roles]", f'[roles]\nqa_password_hash = "{encoded}"'))
    config = load_config(path)
    assert config.roles.qa_password_hash == encoded
    save_config(config, path)
    assert check_password("qa-pass", load_config(path).roles.qa_password_hash or "")


@given(st.text())
def test_the_writer_quotes_any_string(text: str) -> None:
    assert tomllib.loads(dumps({"value": text, "t": {text or "k": 1}}))["value"] == text


def test_unsaveable_relative_paths_are_a_bug_not_a_file(tmp_path: Path) -> None:
    import dataclasses

    config = dataclasses.replace(load_config(_write(tmp_path, PLANT)), journal_path=Path("j.db"))
    with pytest.raises(ValueError, match="absolute"):
        save_config(config, tmp_path / "x.toml")
    assert not (tmp_path / "x.toml").exists()
    assert os.listdir(tmp_path) == ["config.toml"]


def test_the_documented_examples_load(tmp_path: Path) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"
    blocks = docs.read_text(encoding="utf-8").split("```toml\n")[1:]
    examples = [b.split("```")[0] for b in blocks if b.startswith("schema_version = 2")]
    assert len(examples) == 2
    for n, text in enumerate(examples):
        config = load_config(_write(tmp_path, text, f"example{n}.toml"))
        assert config.fixtures and config.targets


def test_an_unknown_fixture_or_target_names_those_there_are(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, PLANT))
    with pytest.raises(ConfigError) as info:
        config.fixture("line4")
    assert info.value.message == "There is no fixture 'line4' in the configuration."
    assert info.value.action == "Use one of: line3."
    with pytest.raises(KeyError):  # a lookup may still be caught as one
        config.target("plant-us")
    with pytest.raises(ConfigError, match="no target 'plant-us'") as info:
        config.target("plant-us")
    assert info.value.action == "Use one of: lab, plant-eu."
    # By message ID (the start's error box translates it); the names as the file has them.
    assert info.value.message_id == "config.no_target"
    assert info.value.text.params == {"name": "'plant-us'"}
    assert info.value.action_text.params == {"names": "lab, plant-eu"}
