"""Tower lights: the IEC 60073 table, and each driver byte-exact on a real pty, file or socket."""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import termios
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.peripherals.tower import Lamp, Light, TowerSignal, TowerUnavailable, signal_for
from station.peripherals.tower_patlite import (
    PNS_ACK,
    PNS_NAK,
    PatliteUsbTower,
    PnsTower,
    lr6_report,
)
from station.peripherals.tower_serial import SerialTower, commands_for
from tests.peripherals.unplug_at import UnplugAt

RED_BLINK_BLUE = TowerSignal({Lamp.RED: Light.BLINK, Lamp.BLUE: Light.STEADY}, Light.BLINK)


@pytest.mark.parametrize(
    ("states", "acknowledged", "expected"),
    [
        ([], False, "all off"),
        (["no_device", "ready"], False, "all off"),
        (["working", "ready"], False, "yellow steady"),
        (["pass", "pass", "no_device"], False, "green steady"),
        (["pass", "working"], False, "yellow steady"),
        (["pass", "fail"], False, "red blink, blue steady, buzzer blink"),
        (["scrap"], True, "red steady, blue steady"),
        (["fail", "working"], False, "red blink, yellow steady, blue steady, buzzer blink"),
        (["aborted", "pass"], False, "blue steady"),
        (["already_provisioned"], False, "blue steady"),
    ],
)
def test_the_signal_for_the_fixture_follows_the_table(
    states: list[str], acknowledged: bool, expected: str
) -> None:
    assert signal_for(states, acknowledged=acknowledged).describe() == expected


def test_the_buzzer_can_be_turned_off() -> None:
    assert signal_for(["fail"], buzzer=False).buzzer is Light.OFF


# -- serial ------------------------------------------------------------------------------------


@pytest.fixture
def pty() -> Iterator[tuple[int, str]]:
    master, slave = os.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    yield master, path
    with contextlib.suppress(OSError):  # a test may have unplugged it already
        os.close(master)


def _read(master: int, n: int) -> bytes:
    out = b""
    while len(out) < n:
        out += os.read(master, n - len(out))
    return out


def test_serial_tower_bytes_on_a_pty(pty: tuple[int, str]) -> None:
    master, path = pty
    tower = SerialTower(path)
    try:
        tower.show(signal_for(["working"]))
        assert _read(master, 4) == bytes([0x21, 0x12, 0x24, 0x28])
        # No blue lamp: the operator's call shows as yellow blinking beside the red.
        tower.show(RED_BLINK_BLUE)
        assert _read(master, 4) == bytes([0x41, 0x42, 0x24, 0x48])
        tower.show(signal_for(["pass"]))
        assert _read(master, 4) == bytes([0x21, 0x22, 0x14, 0x28])
    finally:
        tower.close()


def test_serial_tower_does_not_resend_an_unchanged_signal(pty: tuple[int, str]) -> None:
    master, path = pty
    tower = SerialTower(path)
    try:
        tower.show(signal_for(["working"]))
        tower.show(signal_for(["working", "ready"]))
        tower.show(signal_for(["pass"]))
        assert _read(master, 8) == commands_for(signal_for(["working"])) + commands_for(
            signal_for(["pass"])
        )
    finally:
        tower.close()


def test_serial_tower_missing_or_unplugged_is_reported(
    tmp_path: Path, pty: tuple[int, str]
) -> None:
    with pytest.raises(TowerUnavailable, match="USB cable"):
        SerialTower(str(tmp_path / "ttyUSB9"))
    master, path = pty
    tower = SerialTower(path)
    os.close(master)  # the tower is unplugged
    with pytest.raises(TowerUnavailable, match="cannot be reached"):
        tower.show(signal_for(["fail"]))
    tower.close()


@pytest.mark.parametrize("call", [termios.tcflush, termios.tcdrain], ids=["opening", "flushing"])
def test_serial_tower_unplugged_mid_call_is_unavailable_not_a_crash(
    pty: tuple[int, str], call: object
) -> None:
    """An unplug in the middle of opening the port (pyserial's tcflush) or just after a write
    (its tcdrain) surfaces as termios.error, which is neither an OSError nor a SerialException:
    the tower is then unavailable with its action, like any other unplug."""
    master, path = pty
    unplug = UnplugAt(master, call)
    tower: SerialTower | None = None
    sys.setprofile(unplug)
    try:
        with pytest.raises(TowerUnavailable) as caught:
            tower = SerialTower(path)
            tower.show(signal_for(["fail"]))
    finally:
        sys.setprofile(None)
        if tower is not None:
            tower.close()
    assert unplug.done.is_set()
    assert isinstance(caught.value.__context__, termios.error)
    assert caught.value.action_text.id == "tower.serial_unreachable.action"
    assert caught.value.error_class == "tower_unavailable"


# -- Patlite LR6-USB ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signal", "report"),
    [
        # [version, command, buzzer, pitch, red<<4|yellow, green<<4|blue, white<<4, 0]
        (TowerSignal(), [0, 0, 0x00, 0x00, 0x00, 0x00, 0, 0]),
        (signal_for(["working"]), [0, 0, 0x00, 0x00, 0x01, 0x00, 0, 0]),
        (signal_for(["pass"]), [0, 0, 0x00, 0x00, 0x00, 0x10, 0, 0]),
        (RED_BLINK_BLUE, [0, 0, 0x02, 0xEF, 0x20, 0x01, 0, 0]),
    ],
)
def test_lr6_report_matches_the_command_table(signal: TowerSignal, report: list[int]) -> None:
    assert lr6_report(signal) == bytes(report)


def test_lr6_writes_report_number_zero_then_the_report(tmp_path: Path) -> None:
    node = tmp_path / "hidraw0"  # a file where /dev/hidraw0 would be: the same write(2)
    node.touch()
    tower = PatliteUsbTower(str(node))
    try:
        tower.show(RED_BLINK_BLUE)
    finally:
        tower.close()
    assert node.read_bytes() == b"\x00" + lr6_report(RED_BLINK_BLUE)


def test_lr6_missing_node_is_reported(tmp_path: Path) -> None:
    with pytest.raises(TowerUnavailable, match="udev rules"):
        PatliteUsbTower(str(tmp_path / "hidraw7"))


# -- Patlite LA6-POE over PNS ------------------------------------------------------------------


class FakeLa6:
    """A loopback LA6: records each connection's bytes and answers one byte."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.received: list[bytes] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with conn:
                data = b""
                while len(data) < 6 or len(data) < 6 + int.from_bytes(data[4:6], "big"):
                    chunk = conn.recv(64)
                    if not chunk:
                        break
                    data += chunk
                self.received.append(data)
                conn.sendall(self.answer)

    def close(self) -> None:
        with contextlib.suppress(OSError):  # wakes the accept() below
            self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()
        self._thread.join(2)


def test_pns_frame_reaches_the_tower_and_is_acknowledged() -> None:
    fake = FakeLa6(bytes([PNS_ACK]))
    try:
        PnsTower("127.0.0.1", fake.port).show(RED_BLINK_BLUE)
    finally:
        fake.close()
    # "AB", "S", 0x00, size 6, units top-down red, yellow, green, blue, white, then the buzzer
    assert fake.received == [b"ABS\x00\x00\x06" + bytes([2, 0, 0, 1, 0, 2])]


def test_pns_nak_and_a_dead_address_are_reported() -> None:
    fake = FakeLa6(bytes([PNS_NAK]))
    try:
        with pytest.raises(TowerUnavailable, match="NAK"):
            PnsTower("127.0.0.1", fake.port).show(signal_for(["pass"]))
    finally:
        fake.close()
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with pytest.raises(TowerUnavailable, match="network cable"):
        PnsTower("127.0.0.1", port, timeout=1.0).show(signal_for(["pass"]))
