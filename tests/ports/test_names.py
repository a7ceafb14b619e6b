"""The names a slot map and a udev rule take, at the edges of their rules."""

from __future__ import annotations

import json

import pytest

from station.config.port_binding import PortBinding, parse_location
from station.errors import ConfigError
from station.ports.slotmap import SlotMap, check_fixture_name, check_slot_key

KEY = "pci-0000:00:14.0-usb-0:1.2:1.0"


@pytest.mark.parametrize(
    ("name", "allowed"),
    [("1", True), ("a", True), ("L" * 64, True), ("L" * 65, False), ("line.3_a-b", True),
     ("-line3", False), ("_line3", False), (".line3", False), ("", False), ("line 3", False),
     ("line/3", False), ("line3\n", False), ("line3\r", False)],
)  # fmt: skip
def test_fixture_names_follow_the_configurations_rule(name: str, allowed: bool) -> None:
    if allowed:
        assert check_fixture_name(name) == name
        assert SlotMap(name, {1: KEY}).fixture == name
    else:
        with pytest.raises(ConfigError, match="cannot be used in a device path"):
            check_fixture_name(name)


@pytest.mark.parametrize(
    ("key", "allowed"),
    [(KEY, True), (f"{KEY}-port0", True), ("platform-xhci-hcd.0.auto-usb-0:1.1:1.0", True),
     (f"{KEY}\n", False), (f"\n{KEY}", False), ("pci-0000:00:14.0-usb-0:1.2", False),
     ("1-1.2:1.0", False), (f"{KEY} ", False), (f'{KEY}"', False), ("", False)],
)  # fmt: skip
def test_slot_keys_are_whole_interface_id_paths(key: str, allowed: bool) -> None:
    if allowed:
        assert check_slot_key(key, 1) == key
    else:
        with pytest.raises(ConfigError, match="not a udev ID_PATH"):
            check_slot_key(key, 1)


@pytest.mark.parametrize("text", ["1-1.2\n", f"{KEY}\n", " 1-1.2", "1-1.2:1.0x", "1-"])
def test_a_location_with_anything_around_it_is_not_a_location(text: str) -> None:
    assert parse_location(text) is None


@pytest.mark.parametrize(
    ("path", "enumerated"),
    [("/dev/ttyUSB0", True), ("/dev/ttyACM12", True), ("/dev/ttyS0", True),
     ("/dev/rfcomm0", True), ("/dev/ttyUSB", False), ("/dev/ttyUSB0x", False),
     ("/dev/ttyUSB0/", False)],
)  # fmt: skip
def test_kernel_enumeration_names_are_refused_exactly(path: str, enumerated: bool) -> None:
    if enumerated:
        with pytest.raises(ConfigError, match="kernel enumeration name"):
            PortBinding.from_path(path)
    else:
        assert str(PortBinding.from_path(path)) == path


@pytest.mark.parametrize("path", ["/dev/ttyUSB0\n", "/dev/pts/\t3", "/dev/serial/by-path/a\x1bb"])
def test_a_path_with_a_control_character_is_refused(path: str) -> None:
    with pytest.raises(ConfigError, match="control character"):
        PortBinding.from_path(path)
    # The configuration's form is stripped first, so only a character inside the path is left.
    with pytest.raises(ConfigError, match="control character"):
        PortBinding.parse("/dev/provisioning/line3\n/slot1")


@pytest.mark.parametrize("name", ["²", "１", "9" * 5000, "1.0", "-1", " 1", ""])
def test_a_slot_map_file_names_slots_by_ascii_numbers_only(name: str) -> None:
    text = json.dumps({"fixture": "line3", "slots": {name: KEY}})
    with pytest.raises(ConfigError, match="must be a number mapped to a USB path") as info:
        SlotMap.from_json(text, source="line3.json")
    assert len(info.value.message) < 200


def test_a_slot_map_file_with_numbered_slots_loads() -> None:
    text = json.dumps({"fixture": "line3", "slots": {"1": KEY, "12": f"{KEY}-port1"}})
    assert SlotMap.from_json(text, source="line3.json").slots == {1: KEY, 12: f"{KEY}-port1"}
