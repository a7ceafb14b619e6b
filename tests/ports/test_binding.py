"""Slot bindings: the config text, what is refused and why, and which port a binding matches."""

from __future__ import annotations

import pytest

from station.config.port_binding import PortBinding, parse_location
from station.errors import ConfigError
from station.ports.discovery import PortCandidate

FT4232 = "pci-0000:00:14.0-usb-0:1.3"


def _port(device: str, location: str, intf: int, **kw: object) -> PortCandidate:
    return PortCandidate(
        device=device,
        usb_location=location,
        usb_path=f"{FT4232}:1.{intf}",
        interface_number=intf,
        port_number=0,
        vid=kw.pop("vid", 0x0403),  # type: ignore[arg-type]
        pid=kw.pop("pid", 0x6011),  # type: ignore[arg-type]
        serial_number=kw.pop("serial", "FT9QX1AB"),  # type: ignore[arg-type]
    )


QUAD = [_port(f"/dev/ttyUSB{2 + i}", f"1-1.3:1.{i}", i) for i in range(4)]


@pytest.mark.parametrize(
    "text",
    [
        "/dev/serial/by-path/pci-0000:00:14.0-usb-0:1.2:1.0-port0",
        "/dev/provisioning/line3/slot2",
        "/dev/pts/7",
        "usb:location=1-1.3:1.2",
        "usb:location=pci-0000:00:14.0-usb-0:1.3:1.2",
        "usb:location=pci-0000:00:14.0-usb-0:1.4.3:1.0-port2",
        "usb:vid=0403,pid=6011,serial=FT9QX1AB,interface=1",
        "usb:location=1-1.3,interface=3",
    ],
)
def test_config_text_round_trips(text: str) -> None:
    binding = PortBinding.parse(text)
    assert str(binding) == text
    assert PortBinding.parse(str(binding)) == binding


def test_kinds() -> None:
    assert PortBinding.parse("/dev/serial/by-path/x-usb-0:1:1.0").kind == "by_path"
    assert PortBinding.parse("/dev/provisioning/a/slot1").kind == "path"
    assert PortBinding.parse("usb:vid=0x0403,pid=6001").kind == "usb"
    assert str(PortBinding.parse("usb:vid=403,pid=6001")) == "usb:vid=0403,pid=6001"


@pytest.mark.parametrize(
    "device", ["/dev/ttyUSB0", "/dev/ttyACM3", "/dev/ttyCH9344USB1", "/dev/ttyS0", "/dev/ttyAMA0"]
)
def test_enumeration_names_are_refused_with_the_reason_and_a_way_out(device: str) -> None:
    with pytest.raises(ConfigError) as info:
        PortBinding.parse(device)
    assert device in info.value.message
    assert "replugged" in info.value.message
    assert "/dev/serial/by-path" in info.value.action
    assert "station fixture learn" in info.value.action


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ttyUSB0", "neither an absolute path"),
        ("usb:", "not KEY=VALUE"),
        ("usb:place=1-1", "unknown key 'place'"),
        ("usb:vid=0403", "needs a location, or both vid and pid"),
        ("usb:vid=zz,pid=1", "not a hexadecimal"),
        ("usb:vid=12345,pid=1", "out of range"),
        ("usb:location=1-1,location=1-2", "twice"),
        ("usb:location=usb1", "neither a sysfs location"),
        ("usb:location=1-1,interface=x", "not a number"),
        ("usb:location=1-1,interface=300", "out of range"),
    ],
)
def test_bad_text_is_named(text: str, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        PortBinding.parse(text)


def test_location_forms() -> None:
    assert parse_location("1-1.3") == parse_location("1-1.3")
    sysfs = parse_location("1-1.3:1.2")
    assert sysfs is not None and (sysfs.port, sysfs.interface, sysfs.is_id_path) == (
        "1-1.3",
        2,
        False,
    )
    udev = parse_location("platform-xhci-hcd.0.auto-usb-0:1.1:1.0-port3")
    assert udev is not None
    assert (udev.port, udev.interface, udev.port_number) == (
        "platform-xhci-hcd.0.auto-usb-0:1.1",
        0,
        3,
    )
    assert parse_location("pci-0000:00:14.0") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("usb:location=1-1.3:1.2", "/dev/ttyUSB4"),
        ("usb:location=1-1.3,interface=1", "/dev/ttyUSB3"),
        (f"usb:location={FT4232}:1.3", "/dev/ttyUSB5"),
        (f"usb:location={FT4232}:1.0-port0", "/dev/ttyUSB2"),
        ("usb:vid=0403,pid=6011,serial=FT9QX1AB,interface=2", "/dev/ttyUSB4"),
    ],
)
def test_a_binding_matches_exactly_one_port_of_a_quad_chip(text: str, expected: str) -> None:
    binding = PortBinding.parse(text)
    assert [p.device for p in QUAD if p.matches(binding)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "usb:location=1-1.4:1.0",
        "usb:location=1-1.3:1.2,interface=1",
        f"usb:location={FT4232}:1.0-port1",
        "usb:vid=0403,pid=6001",
        "usb:vid=0403,pid=6011,serial=OTHER",
        "/dev/ttyUSB2".replace("tty", "serial/by-path/"),
    ],
)
def test_bindings_that_match_nothing(text: str) -> None:
    binding = PortBinding.parse(text)
    assert [p for p in QUAD if p.matches(binding)] == []


def test_a_quad_chip_without_interface_matches_all_four() -> None:
    binding = PortBinding.parse("usb:vid=0403,pid=6011")
    assert len([p for p in QUAD if p.matches(binding)]) == 4
