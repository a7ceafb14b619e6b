"""Resolving a slot's binding now, and waiting for its port to come back after a replug."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from serial.tools.list_ports_common import ListPortInfo

from station.cancel import Cancelled, CancelToken, Deadline
from station.config.port_binding import PortBinding
from station.ports.discovery import PortCandidate, candidate_from_info
from station.ports.resolve import PortAmbiguous, PortNotPresent, resolve, wait_for

NO_SYS = "/nonexistent-sys"


def _usb(device: str, location: str, tmp: Path, **attrs: object) -> PortCandidate:
    info = ListPortInfo(device, skip_link_detection=True)
    info.vid, info.pid, info.location = 0x0403, 0x6001, location
    info.serial_number = "A50285BI"
    for key, value in attrs.items():
        setattr(info, key, value)
    return candidate_from_info(info, sys_root=NO_SYS, by_path_dir=str(tmp))


def _scripted(*lists: list[PortCandidate]) -> Callable[[], list[PortCandidate]]:
    """A port lister that returns each list in turn, then keeps returning the last one."""
    it: Iterator[list[PortCandidate]] = iter(lists)
    last: list[PortCandidate] = []

    def ports() -> list[PortCandidate]:
        nonlocal last
        last = next(it, last)
        return list(last)

    return ports


def test_a_pty_path_resolves_while_it_exists() -> None:
    master, slave = os.openpty()
    path = os.ttyname(slave)
    binding = PortBinding.parse(path)
    assert resolve(binding) == path
    os.close(slave)
    os.close(master)
    assert not os.path.exists(path) or resolve(binding) == path  # pts numbers can be reused
    assert resolve(PortBinding.parse("/dev/provisioning/nowhere/slot1")) is None


def test_a_link_resolves_to_the_device_it_points_at(tmp_path: Path) -> None:
    master, slave = os.openpty()
    try:
        link = tmp_path / "slot1"
        link.symlink_to(os.ttyname(slave))
        assert resolve(PortBinding.parse(str(link))) == os.ttyname(slave)
    finally:
        os.close(slave)
        os.close(master)


def test_usb_binding_follows_the_port_to_its_new_tty(tmp_path: Path) -> None:
    binding = PortBinding.parse("usb:location=1-1.2")
    before = [_usb("/dev/ttyUSB0", "1-1.1", tmp_path), _usb("/dev/ttyUSB1", "1-1.2", tmp_path)]
    # the adapter in 1-1.2 resets: gone for two polls, then back as ttyUSB2
    after = [_usb("/dev/ttyUSB0", "1-1.1", tmp_path), _usb("/dev/ttyUSB2", "1-1.2", tmp_path)]
    ports = _scripted(before, before[:1], before[:1], after)
    assert resolve(binding, ports=ports) == "/dev/ttyUSB1"
    got = wait_for(binding, Deadline(30), CancelToken(), ports=ports, poll=0.01)
    assert got == "/dev/ttyUSB2"


def test_wait_for_gives_up_at_the_deadline_with_an_action(tmp_path: Path) -> None:
    binding = PortBinding.parse("usb:location=1-1.2")
    ports = _scripted([_usb("/dev/ttyUSB0", "1-1.1", tmp_path)])
    with pytest.raises(PortNotPresent) as info:
        wait_for(binding, Deadline(0.2), CancelToken(), slot="2", ports=ports, poll=0.02)
    assert "slot 2" in info.value.message
    assert "usb:location=1-1.2" in info.value.message
    assert "plug the fixture's USB cable for slot 2 back in" in info.value.action
    assert info.value.error_class == "port_missing"


def test_a_missing_path_names_the_fixture_check() -> None:
    binding = PortBinding.parse("/dev/provisioning/line3/slot4")
    with pytest.raises(PortNotPresent) as info:
        wait_for(binding, Deadline(0), CancelToken(), slot="4")
    assert "/dev/provisioning/line3/slot4" in info.value.message
    assert "udev rules" in info.value.action


def test_wait_for_stops_when_cancelled(tmp_path: Path) -> None:
    binding = PortBinding.parse("usb:location=1-1.2")
    cancel = CancelToken()
    timer = threading.Timer(0.1, cancel.cancel)
    timer.start()
    try:
        with pytest.raises(Cancelled):
            wait_for(binding, Deadline(60), cancel, ports=_scripted([]), poll=0.02)
    finally:
        timer.cancel()
        timer.join()


def test_an_ambiguous_binding_is_a_config_error(tmp_path: Path) -> None:
    quad = [
        _usb(f"/dev/ttyUSB{i}", f"1-1.3:1.{i}", tmp_path, pid=0x6011, serial_number="FT9QX1AB")
        for i in range(4)
    ]
    with pytest.raises(PortAmbiguous) as info:
        resolve(PortBinding.parse("usb:vid=0403,pid=6011"), ports=_scripted(quad))
    assert info.value.message == (
        "Port binding usb:vid=0403,pid=6011 matches 4 ports "
        "(/dev/ttyUSB0, /dev/ttyUSB1, /dev/ttyUSB2, /dev/ttyUSB3)."
    )
    assert "interface" in info.value.action
    # By its message ID, the count a plural (the screens translate it).
    assert info.value.message_id == "binding.ambiguous"
    assert info.value.text.params["count"] == 4
    assert info.value.action_text.id == "binding.ambiguous.action"
    ok = PortBinding.parse("usb:vid=0403,pid=6011,interface=3")
    assert resolve(ok, ports=_scripted(quad)) == "/dev/ttyUSB3"
