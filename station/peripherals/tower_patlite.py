"""Patlite towers: the LR6-USB over hidraw, and the LA6-POE over its PNS socket protocol.

LR6-USB (USB HID 191a:8003) takes one 8-byte output report:
`[0x00 version, 0x00 command, buzzer (limit << 4 | pattern), pitch (A << 4 | B),
red << 4 | yellow, green << 4 | blue, white << 4, 0x00]`, each LED nibble 0 off, 1 on, 2-5 a
flashing pattern, F keep. Through Linux hidraw a device without numbered reports is written
with a leading report number 0, so nine bytes go to the node (`/dev/hidrawN`, made writable for
the station by a udev rule). Layout from Patlite's LR6-USB command table as implemented by
ts-klassen/ptltectl (src/main.rs, `build_report`).

LA6-POE (Ethernet, TCP port 10000 by default) takes PNS frames: product category "AB", a
command letter, one zero byte, a big-endian 16-bit data size and the data. The operation
control command "S" carries six bytes: LED units 1 to 5 (0 off, 1 on, 2 flashing, 9 no change)
and the buzzer (0 stop, 1 and 2 patterns). The tower answers one byte: ACK 0x06 or NAK 0x15.
Layout from Patlite's own example, PATLITE-Corporation/LA6-POE_windows_python_example
(src/main.py, `pns_run_control_command`). Which unit holds which colour is the tower's
configuration; the default is the usual top-down red, yellow, green, blue, white.
"""

from __future__ import annotations

import os
import socket
import struct
from collections.abc import Sequence

from station.peripherals.tower import Lamp, Light, TowerSignal, TowerUnavailable
from station.text import Text

# -- LR6-USB ---------------------------------------------------------------------------------

_LR6_LED = {Light.OFF: 0x0, Light.STEADY: 0x1, Light.BLINK: 0x2}
_LR6_BUZZER = {Light.OFF: 0x0, Light.STEADY: 0x1, Light.BLINK: 0x2}
# The tower's own default pitches, as its vendor tool sends them when none is given.
_LR6_PITCH = 0xEF


def lr6_report(signal: TowerSignal) -> bytes:
    """The 8-byte LR6-USB output report for `signal` (white is never used: off)."""
    buzzer = _LR6_BUZZER[signal.buzzer]  # limit 0: continuous while the signal lasts
    pitch = _LR6_PITCH if buzzer else 0x00
    red, yellow = _LR6_LED[signal.light(Lamp.RED)], _LR6_LED[signal.light(Lamp.YELLOW)]
    green, blue = _LR6_LED[signal.light(Lamp.GREEN)], _LR6_LED[signal.light(Lamp.BLUE)]
    return bytes([0x00, 0x00, buzzer, pitch, red << 4 | yellow, green << 4 | blue, 0x00, 0x00])


class PatliteUsbTower:
    """An LR6-USB through its hidraw node."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self._fd = os.open(path, os.O_WRONLY | os.O_NOCTTY)
        except OSError as exc:
            raise _unavailable(Text.of("tower.patlite_at", path=path), exc, _USB_ACTION) from None

    def show(self, signal: TowerSignal) -> None:
        report = b"\x00" + lr6_report(signal)  # report number 0: the device numbers none
        try:
            written = os.write(self._fd, report)
        except OSError as exc:
            raise _unavailable(
                Text.of("tower.patlite_at", path=self.path), exc, _USB_ACTION
            ) from None
        if written != len(report):
            raise TowerUnavailable(
                Text.of("tower.short_write", path=self.path, written=written, size=len(report)),
                _USB_ACTION,
            )

    def close(self) -> None:
        os.close(self._fd)


_USB_ACTION = Text.of("tower.usb.action")

# -- LA6-POE (PNS) ---------------------------------------------------------------------------

PNS_PORT = 10000
PNS_PRODUCT = b"AB"
PNS_ACK, PNS_NAK = 0x06, 0x15
_PNS_LED = {Light.OFF: 0x00, Light.STEADY: 0x01, Light.BLINK: 0x02}
_PNS_BUZZER = {Light.OFF: 0x00, Light.STEADY: 0x01, Light.BLINK: 0x02}
DEFAULT_UNITS: tuple[Lamp | None, ...] = (Lamp.RED, Lamp.YELLOW, Lamp.GREEN, Lamp.BLUE, None)


def pns_frame(command: bytes, data: bytes) -> bytes:
    return struct.pack(">2ssxH", PNS_PRODUCT, command, len(data)) + data


def pns_run_control(signal: TowerSignal, units: Sequence[Lamp | None] = DEFAULT_UNITS) -> bytes:
    """The PNS "S" frame for `signal`; `units` names the lamp of each LED unit, top down."""
    if len(units) != 5:
        raise ValueError("an LA6 tower has five LED units")
    leds = bytes(_PNS_LED[signal.light(lamp)] if lamp else 0x00 for lamp in units)
    return pns_frame(b"S", leds + bytes([_PNS_BUZZER[signal.buzzer]]))


class PnsTower:
    """An LA6-POE on the plant network: one short connection per change, so a tower that was
    power-cycled meanwhile needs no reconnect logic."""

    def __init__(
        self,
        host: str,
        port: int = PNS_PORT,
        *,
        units: Sequence[Lamp | None] = DEFAULT_UNITS,
        timeout: float = 2.0,
    ) -> None:
        self.host, self.port, self.units, self.timeout = host, port, tuple(units), timeout

    def show(self, signal: TowerSignal) -> None:
        where = Text.of("tower.network_at", host=self.host, port=self.port)
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout) as sock:
                sock.sendall(pns_run_control(signal, self.units))
                answer = sock.recv(1)
        except OSError as exc:
            raise _unavailable(where, exc, _NET_ACTION) from None
        if answer != bytes([PNS_ACK]):
            said = "tower.nak" if answer == bytes([PNS_NAK]) else "tower.no_ack"
            raise TowerUnavailable(Text.of(said, where=where), Text.of("tower.pns.action"))

    def close(self) -> None:
        return None  # nothing held between changes


_NET_ACTION = Text.of("tower.network.action")


def _unavailable(where: Text, exc: OSError, action: Text) -> TowerUnavailable:
    reason = exc.strerror or type(exc).__name__
    return TowerUnavailable(Text.of("tower.unreachable", where=where, reason=reason), action)
