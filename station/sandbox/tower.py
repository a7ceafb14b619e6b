"""A serial tower light on a pseudo-terminal, for the demo and the tests.

It plays the one-byte tower (Adafruit #5125): the station opens `port` as it would the tower's
USB serial port, and every byte it writes arrives here, is kept in `received`, and updates the
lamps. The decoding table is written out here on its own, from the tower's documented commands
(high nibble 1 on, 2 off, 4 blink; low nibble 1 red, 2 yellow, 4 green, 8 buzzer), so a test
that compares the two sides checks the driver against the protocol, not against itself.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import tty
from collections.abc import Callable
from pathlib import Path

_LAMPS = {0x01: "red", 0x02: "yellow", 0x04: "green", 0x08: "buzzer"}
_ACTIONS = {0x10: "on", 0x20: "off", 0x40: "blink"}
COMMAND_BYTES = 4  # one per lamp and the buzzer


class PtyTower:
    """Open with `start()`; `port` is a stable link to the pty's device, for the configuration."""

    def __init__(
        self, link: Path, *, on_change: Callable[[dict[str, str]], None] | None = None
    ) -> None:
        self.link = Path(os.path.abspath(link))
        #: Called with the lamps (on this tower's reader thread) whenever one changes.
        self.on_change = on_change
        self._lock = threading.Lock()
        self._received = bytearray()
        self._lamps = {name: "off" for name in _LAMPS.values()}
        self._shown: list[str] = []
        self._master = -1
        self._slave = -1
        self._thread: threading.Thread | None = None
        self._stop_r, self._stop_w = -1, -1

    @property
    def port(self) -> str:
        return str(self.link)

    def start(self) -> PtyTower:
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)  # raw before the station opens it: bytes pass as they are
        self.link.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            self.link.unlink()
        self.link.symlink_to(os.ttyname(self._slave))
        self._stop_r, self._stop_w = os.pipe()
        self._thread = threading.Thread(target=self._read, name="pty-tower", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is None:
            return
        os.write(self._stop_w, b"x")
        self._thread.join(5)
        self._thread = None
        for fd in (self._master, self._slave, self._stop_r, self._stop_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            self.link.unlink()

    def __enter__(self) -> PtyTower:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def received(self) -> bytes:
        with self._lock:
            return bytes(self._received)

    @property
    def lamps(self) -> dict[str, str]:
        """Each lamp and the buzzer: "on", "off" or "blink"."""
        with self._lock:
            return dict(self._lamps)

    def describe(self) -> str:
        return _describe(self.lamps)

    @property
    def shown(self) -> list[str]:
        """What the tower showed, in order: one description per whole-tower command."""
        with self._lock:
            return list(self._shown)

    def _read(self) -> None:
        while True:
            ready, _, _ = select.select([self._master, self._stop_r], [], [])
            if self._stop_r in ready:
                return
            try:
                data = os.read(self._master, 256)
            except OSError:
                return  # the slave side closed for good
            if not data:
                return
            changed = False
            with self._lock:
                for byte in data:
                    self._received.append(byte)
                    lamp, action = _LAMPS.get(byte & 0x0F), _ACTIONS.get(byte & 0xF0)
                    if lamp is not None and action is not None and self._lamps[lamp] != action:
                        self._lamps[lamp] = action
                        changed = True
                    # The station sends the whole tower at once (red, yellow, green, buzzer).
                    if len(self._received) % COMMAND_BYTES == 0:
                        self._shown.append(_describe(self._lamps))
                lamps = dict(self._lamps)
            if changed and self.on_change is not None:
                self.on_change(lamps)


def _describe(lamps: dict[str, str]) -> str:
    lit = [f"{name} {state}" for name, state in lamps.items() if state != "off"]
    return ", ".join(lit) or "all off"
