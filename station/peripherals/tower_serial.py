"""Serial tower lights with a one-byte command per lamp (Adafruit #5125 and its clones).

The tower enumerates as a USB serial port at 9600 baud. Each command is one byte: the high
nibble says what (1 on, 2 off, 4 blink) and the low nibble which lamp (1 red, 2 yellow, 4 green,
8 buzzer), e.g. 0x11 red on, 0x24 green off, 0x48 buzzer blinking. It has no blue lamp: a signal
that asks for the operator with blue shows it as yellow blinking instead, so that the request is
not lost (yellow alone would read as "working").
"""

from __future__ import annotations

import serial

from station.link.vanished import PORT_FAILURES
from station.peripherals.tower import Lamp, Light, TowerSignal, TowerUnavailable
from station.text import Text

BAUD = 9600
_LAMP_BITS = {Lamp.RED: 0x01, Lamp.YELLOW: 0x02, Lamp.GREEN: 0x04}
_BUZZER = 0x08
_ACTION = {Light.STEADY: 0x10, Light.OFF: 0x20, Light.BLINK: 0x40}


def commands_for(signal: TowerSignal) -> bytes:
    """The bytes that put the whole tower into `signal` (every lamp and the buzzer, in order)."""
    yellow = signal.light(Lamp.YELLOW)
    if signal.light(Lamp.BLUE) is not Light.OFF and yellow is Light.OFF:
        yellow = Light.BLINK
    lights = {
        Lamp.RED: signal.light(Lamp.RED),
        Lamp.YELLOW: yellow,
        Lamp.GREEN: signal.light(Lamp.GREEN),
    }
    out = bytes(_ACTION[lights[lamp]] | bit for lamp, bit in _LAMP_BITS.items())
    return out + bytes([_ACTION[signal.buzzer] | _BUZZER])


class SerialTower:
    def __init__(self, port: str, *, write_timeout: float = 1.0) -> None:
        self.port = port
        try:
            self._serial = serial.Serial(
                port, BAUD, timeout=0.2, write_timeout=write_timeout, exclusive=True
            )
        except PORT_FAILURES as exc:  # termios.error too: an unplug mid-flush
            raise _unavailable(port, exc) from None
        self._shown: bytes | None = None

    def show(self, signal: TowerSignal) -> None:
        data = commands_for(signal)
        if data == self._shown:
            return  # the tower keeps its state; resending only costs line time
        try:
            self._serial.write(data)
            self._serial.flush()
        except PORT_FAILURES as exc:  # termios.error too: an unplug mid-flush
            self._shown = None
            raise _unavailable(self.port, exc) from None
        self._shown = data

    def close(self) -> None:
        self._serial.close()


def _unavailable(port: str, exc: BaseException) -> TowerUnavailable:
    return TowerUnavailable(
        Text.of("tower.serial_unreachable", port=port, kind=type(exc).__name__),
        Text.of("tower.serial_unreachable.action"),
    )
