"""Discovery: each port's USB path is the one udev computes, from the sysfs layout it sees.

The sysfs trees are rebuilt from the recorded udev dumps (DEVPATH and the driver), so the
ID_PATH we derive is checked against the ID_PATH udev itself recorded for the same adapter.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from serial.tools.list_ports_common import ListPortInfo

from station.config.port_binding import PortBinding
from station.ports.discovery import candidate_from_info, id_path_from_sysfs, list_candidate_ports
from tests.udev.rules_matcher import load_dump

DUMPS = Path(__file__).parents[1] / "udev" / "dumps"
USB_DUMPS = sorted(p for p in DUMPS.glob("*.properties") if "ttyS" not in p.name)
USB_SERIAL_DRIVERS = {"ftdi_sio", "cp210x"}


def _build_sysfs(root: Path, env: dict[str, str]) -> None:
    """Lay out the parts of /sys that pyserial and path_id read for this tty."""
    for subsystem in ("pci", "usb", "usb-serial", "tty"):
        (root / "bus" / subsystem).mkdir(parents=True, exist_ok=True)
    tty_dir = root / env["DEVPATH"].lstrip("/")
    tty_dir.mkdir(parents=True)
    name = tty_dir.name
    usb_serial = env["ID_USB_DRIVER"] in USB_SERIAL_DRIVERS
    device_dir = tty_dir.parent.parent  # .../<intf>/<ttyUSB0>/tty/ttyUSB0 or .../<intf>/tty/ttyACM0
    node = device_dir
    while node != root / "devices":
        if node.name.startswith("0000:"):
            sub = "pci"
        elif node.name.startswith("usb") or "-" in node.name:
            sub = "usb"
        else:
            sub = ""
        if node == device_dir and usb_serial:
            sub = "usb-serial"
            (node / "port_number").write_text("0\n")
        if sub:
            (node / "subsystem").symlink_to(os.path.relpath(root / "bus" / sub, node))
        node = node.parent
    interface_dir = device_dir.parent if usb_serial else device_dir
    (interface_dir / "bInterfaceNumber").write_text(env["ID_USB_INTERFACE_NUM"] + "\n")
    (root / "class" / "tty").mkdir(parents=True, exist_ok=True)
    (root / "class" / "tty" / name).symlink_to(tty_dir)
    (tty_dir / "device").symlink_to(os.path.relpath(device_dir, tty_dir))


def _by_path_name(env: dict[str, str]) -> str | None:
    for link in env.get("DEVLINKS", "").split():
        if "/serial/by-path/" in link:
            return link.rsplit("/", 1)[1]
    return None


@pytest.mark.parametrize("dump", USB_DUMPS, ids=lambda p: p.stem)
def test_usb_path_matches_what_udev_recorded(dump: Path, tmp_path: Path) -> None:
    env = load_dump(dump).env
    sys_root = tmp_path / "sys"
    _build_sysfs(sys_root, env)
    device_dir = Path(
        os.path.realpath(sys_root / "class/tty" / Path(env["DEVNAME"]).name / "device")
    )
    assert id_path_from_sysfs(device_dir, sys_root=str(sys_root)) == env["ID_PATH"]

    info = ListPortInfo(env["DEVNAME"], skip_link_detection=True)
    cand = candidate_from_info(info, sys_root=str(sys_root), by_path_dir=str(tmp_path / "none"))
    assert cand.usb_path == env["ID_PATH"]
    assert cand.interface_number == int(env["ID_USB_INTERFACE_NUM"])
    # the slot key is the name udev gives the port under /dev/serial/by-path (when it makes one)
    by_path = _by_path_name(env)
    if by_path is not None:
        assert cand.slot_key == by_path
    else:
        assert cand.slot_key == env["ID_PATH"]


def test_by_path_links_are_found_and_name_the_usb_path(tmp_path: Path) -> None:
    master, slave = os.openpty()
    try:
        device = os.ttyname(slave)
        by_path = tmp_path / "by-path"
        by_path.mkdir()
        name = "pci-0000:00:14.0-usb-0:1.2:1.0-port0"
        (by_path / "pci-0000:00:14.0-usb-0:1.9:1.0-port0").symlink_to("/dev/null")
        (by_path / name).symlink_to(device)
        info = ListPortInfo(device, skip_link_detection=True)
        info.vid, info.pid, info.location = 0x10C4, 0xEA60, "1-1.2"
        cand = candidate_from_info(info, by_path_dir=str(by_path), sys_root=str(tmp_path))
        assert cand.by_path == str(by_path / name)
        assert cand.usb_path == "pci-0000:00:14.0-usb-0:1.2:1.0"
        assert cand.suggested_binding() == PortBinding.from_path(str(by_path / name))
    finally:
        os.close(slave)
        os.close(master)


def test_a_port_without_links_suggests_its_location(tmp_path: Path) -> None:
    info = ListPortInfo("/dev/ttyUSB9", skip_link_detection=True)
    info.vid, info.pid, info.location = 0x0403, 0x6011, "3-2:1.1"
    info.serial_number, info.product, info.description = "FT9QX1AB", "Quad RS232-HS", "Quad"
    cand = candidate_from_info(info, by_path_dir=str(tmp_path), sys_root=str(tmp_path))
    assert cand.interface_number == 1
    assert cand.usb_path is None
    assert str(cand.suggested_binding()) == "usb:location=3-2:1.1"


def test_the_built_in_port_list_runs_here() -> None:
    # whatever this machine has: every entry is well-formed and USB ports sort first
    ports = list_candidate_ports()
    usb_flags = [p.is_usb for p in ports]
    assert usb_flags == sorted(usb_flags, reverse=True)
    for p in ports:
        assert p.device.startswith("/dev/")
