"""`station fixture learn` driven by a scripted sequence of port lists and typed answers."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from station.cancel import CancelToken
from station.errors import UsageError
from station.ports.discovery import PortCandidate
from station.ports.learn import LearnTimeout, Session, learn
from station.ports.slotmap import SlotMap

PCI = "pci-0000:00:14.0-usb-0"
ROOT = Path(__file__).resolve().parents[2]


def _port(
    n: int, hub_port: str, intf: int = 0, *, serial: bool = True, **kw: object
) -> PortCandidate:
    return PortCandidate(
        device=f"/dev/ttyUSB{n}",
        usb_location=f"1-{hub_port}:1.{intf}",
        usb_path=f"{PCI}:{hub_port}:1.{intf}",
        interface_number=intf,
        port_number=0 if serial else None,
        vid=0x0403,
        pid=0x6001,
        serial_number=f"SN{n}",
        product="FT232R USB UART",
        **kw,  # type: ignore[arg-type]
    )


class Ports:
    """Each call returns the next scripted list; the last one repeats."""

    def __init__(self, *script: list[PortCandidate]) -> None:
        self.script = list(script)
        self.calls = 0

    def __call__(self) -> list[PortCandidate]:
        self.calls += 1
        if len(self.script) > 1:
            return list(self.script.pop(0))
        return list(self.script[0])


def _session(ports: Callable[[], list[PortCandidate]], answers: str, slots: int) -> Session:
    return Session(
        fixture="line3",
        slots=slots,
        inp=io.StringIO(answers),
        out=io.StringIO(),
        ports=ports,
        poll=0.001,
        slot_timeout=5,
    )


def test_two_slots_plugged_in_turn() -> None:
    serial0 = PortCandidate(device="/dev/ttyS0")
    a, b = _port(0, "1.1"), _port(1, "1.2")
    ports = Ports(
        [serial0],  # baseline for slot 1
        [serial0],
        [serial0, a],  # slot 1's device appears
        [serial0, a],  # settle check
        [serial0, a],  # baseline for slot 2 (it stays plugged)
        [serial0, a, b],
    )
    session = _session(ports, "\n\ny\n", slots=2)
    slot_map = learn(session)
    assert slot_map == SlotMap("line3", {1: f"{PCI}:1.1:1.0-port0", 2: f"{PCI}:1.2:1.0-port0"})
    text = session.out.getvalue()  # type: ignore[attr-defined]
    assert "Slot 1: plug a device" in text
    assert "/dev/ttyUSB1, 0403:6001, FT232R USB UART, serial SN1" in text
    assert text.startswith("Learning 2 slots of fixture 'line3'.\n")
    assert "  Is this slot 2? [Y/n] " in text


def test_a_rejected_port_is_retried_after_a_replug() -> None:
    wrong, right = _port(0, "1.3"), _port(1, "1.1")
    ports = Ports(
        [],
        [wrong],
        [wrong],  # settle
        [wrong],  # baseline for the retry: still plugged
        [],  # unplugged
        [right],
        [right],
    )
    slot_map = learn(_session(ports, "\nn\ny\n", slots=1))
    assert slot_map.slots == {1: f"{PCI}:1.1:1.0-port0"}


def test_a_quad_adapter_fills_four_slots_in_interface_order() -> None:
    quad = [_port(2 + i, "1.3", i) for i in (2, 0, 3, 1)]  # they show up in any order
    ports = Ports([], quad[:2], quad, quad)
    session = _session(ports, "\n\n", slots=4)
    slot_map = learn(session)
    assert slot_map.slots == {n: f"{PCI}:1.3:1.{n - 1}-port0" for n in range(1, 5)}


def test_one_port_of_a_quad_adapter_can_be_picked() -> None:
    quad = [_port(2 + i, "1.3", i) for i in range(4)]
    ports = Ports([], quad, quad)
    slot_map = learn(_session(ports, "\n3\ny\n", slots=1))
    assert slot_map.slots == {1: f"{PCI}:1.3:1.2-port0"}


def test_ports_that_udev_cannot_separate_are_refused_and_the_slot_retried() -> None:
    shared = [
        PortCandidate(
            device=f"/dev/ttyCH9344USB{i}",
            usb_path=f"{PCI}:1.4.3:1.0",
            interface_number=0,
            vid=0x1A86,
        )
        for i in range(4)
    ]
    good = _port(7, "1.1")
    ports = Ports([], shared, shared, shared, [*shared, good], [*shared, good])
    session = _session(ports, "\ny\n", slots=1)
    assert learn(session).slots == {1: f"{PCI}:1.1:1.0-port0"}
    assert "udev cannot tell them apart" in session.out.getvalue()  # type: ignore[attr-defined]


def test_the_same_usb_path_cannot_be_two_slots() -> None:
    a = _port(0, "1.1")
    a_again = _port(5, "1.1")  # replugged into the same socket: new tty, same path
    b = _port(1, "1.2")
    ports = Ports([], [a], [a], [], [a_again], [a_again], [a_again], [a_again, b], [a_again, b])
    session = _session(ports, "\ny\ny\n", slots=2)
    assert learn(session).slots == {1: f"{PCI}:1.1:1.0-port0", 2: f"{PCI}:1.2:1.0-port0"}
    assert "is on the USB path of slot 1 already" in session.out.getvalue()  # type: ignore[attr-defined]


def test_a_port_without_usb_path_cannot_be_a_slot() -> None:
    pty_like = PortCandidate(device="/dev/ttyS4")
    ports = Ports([], [pty_like], [pty_like])
    session = _session(ports, "\n", slots=1)
    session.slot_timeout = 0.05
    with pytest.raises(LearnTimeout) as info:
        learn(session)
    assert "cannot be a slot" in session.out.getvalue()  # type: ignore[attr-defined]
    assert "slot 1" in info.value.message
    assert session.out.getvalue().startswith("Learning 1 slot of fixture")  # type: ignore[attr-defined]
    assert "hub" in info.value.action


def test_input_ending_loses_nothing_and_says_so() -> None:
    ports = Ports([], [_port(0, "1.1")], [_port(0, "1.1")])
    with pytest.raises(UsageError, match="nothing was saved"):
        learn(_session(ports, "\n", slots=1))


def test_cancel_stops_the_wait() -> None:
    session = _session(Ports([]), "\n", slots=1)
    session.cancel = CancelToken()
    session.cancel.cancel()
    with pytest.raises(Exception, match="Stopped"):
        learn(session)


def test_the_command_is_registered_and_writes_rules(tmp_path: Path) -> None:
    slot_map = tmp_path / "slots.json"
    SlotMap("line9", {1: f"{PCI}:1.1:1.0-port0"}).save(slot_map)
    out = tmp_path / "71.rules"
    proc = subprocess.run(
        [sys.executable, "-m", "station", "fixture", "udev-rules", "--slot-map", str(slot_map),
         "--out", str(out)],
        capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert 'SYMLINK+="provisioning/line9/slot1"' in out.read_text()
    assert "udevadm control --reload-rules" in proc.stderr

    proc = subprocess.run(
        [sys.executable, "-m", "station", "fixture", "udev-rules", "--slot-map",
         '{"fixture": "line9", "slots": {"1": "/dev/ttyUSB0"}}'],
        capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 1
    assert "not a udev ID_PATH" in proc.stderr

    proc = subprocess.run(
        [sys.executable, "-m", "station", "fixture", "list-ports", "--json"],
        capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
