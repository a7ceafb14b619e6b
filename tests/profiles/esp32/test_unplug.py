"""An unplug mid-write whose tty fails with `termios.error`, provoked for real.

When a flash write loses its port, esptool closes it, waits and reopens the same path. On a
busy station that path may by then name another tty, and if that one vanishes in turn while
pyserial sets it up, `tcsetattr`/`tcflush` raise `termios.error`, which is neither a
`SerialException` nor an `OSError`. The test makes that happen every time: the session opens the
device through a symlink (as udev's by-id names are), the simulated chip unplugs during the
write, the symlink is pointed at a pty the test owns, and the test closes that pty's master the
moment esptool has sent SYNC to it and is between two connection attempts.
"""

from __future__ import annotations

import base64
import os
import pty
import select
import termios
import threading
import time
from pathlib import Path

import pytest
import serial
from esptool.loader import SYNC_TIMEOUT

from station.cancel import CancelToken
from station.errors import OutcomeUnknown
from station.link.errors import Disconnected
from station.link.port import SerialPort
from station.link.vanished import PORT_FAILURES, errno_of
from station.profiles import open_profile
from station.profiles.base import ProvisioningRecord
from station.profiles.esp32.profile import Esp32Profile
from station.sandbox.esp32.process import SimulatedEsp32
from station.secret import Secret

#: esptool's SYNC request as it starts on the line (SLIP end, direction 0, command 0x08).
SYNC_FRAME = bytes([0xC0, 0x00, 0x08])

#: Rounds of unplugging until esptool's reconnect is reached. A round that ends at once (the
#: unplug seen first as an OSError, more likely on a loaded machine) costs well under a second.
ROUNDS = 15


def _record() -> ProvisioningRecord:
    secret = Secret(base64.b64encode(os.urandom(32)).decode())
    return ProvisioningRecord("x_O1P18zXfK3WxGmPUN7vw", "plant", "https://pairing", secret)


class _VanishingTty:
    """Once the chip is unplugged, the symlink names a pty whose master closes as soon as
    esptool has sent it a SYNC: esptool's next tcflush then fails on a hung-up tty."""

    def __init__(self, link: Path, device: SimulatedEsp32) -> None:
        self.link = link
        self.device = device
        self.master, slave = pty.openpty()
        self.slave_path = os.ttyname(slave)
        os.close(slave)  # with no slave open, the master polls as hung up until one opens
        self.closed = threading.Event()
        self.done = threading.Event()  # the write has ended: stop waiting for esptool
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        process = self.device.process
        assert process is not None
        while process.poll() is None and not self.done.is_set():
            time.sleep(0.005)
        spare = self.link.with_suffix(".new")
        spare.symlink_to(self.slave_path)
        spare.replace(self.link)
        # esptool reopens the path and sends SYNC; left unanswered, its read times out after
        # SYNC_TIMEOUT and it sleeps 50 ms before flushing the input (tcflush) to try again.
        # Closing the master inside that sleep hangs the tty up just before the tcflush.
        seen = b""
        while SYNC_FRAME not in seen and not self.done.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.5)
            if ready:
                try:
                    seen += os.read(self.master, 4096)
                except OSError:  # no slave open yet
                    time.sleep(0.005)
        if SYNC_FRAME in seen:
            time.sleep(SYNC_TIMEOUT + 0.025)
            self.closed.set()
        os.close(self.master)

    def end(self) -> None:
        self.done.set()
        self.thread.join(10)


def test_a_tty_vanishing_under_esptools_reconnect_is_an_unknown_outcome(
    esp32: SimulatedEsp32, tmp_path: Path
) -> None:
    profile = open_profile("esp32-astarte-nvs", {"connect_attempts": 1})
    assert isinstance(profile, Esp32Profile)
    # esptool retries (and so reaches the second tty) only when the unplug surfaced as a
    # SerialException; when the kernel reported it first as a bare OSError the write ends at
    # once. Either is an unknown outcome; a few rounds make sure the termios path was taken.
    causes: list[str] = []
    for round_ in range(ROUNDS):
        link = tmp_path / f"ttyESP-slot3-{round_}"
        esp32.start(faults="unplug@write:1")
        link.symlink_to(esp32.port)
        with profile.open(str(link), baud=115200, cancel=CancelToken(), slot="3") as session:
            session.identify()
            vanishing = _VanishingTty(link, esp32)
            try:
                with pytest.raises(OutcomeUnknown) as caught:
                    session.write(_record())
            finally:
                vanishing.end()
        esp32.stop()
        assert caught.value.command == "write"
        assert caught.value.action_text.id == "esp32.write_cut.action"
        assert "slot 3" in caught.value.message
        causes.append(type(caught.value.__context__).__name__)
        if vanishing.closed.is_set():
            # the failure was the hung-up tty's tcflush (its cause is kept as the context)
            assert isinstance(caught.value.__context__, termios.error), causes
            return
    pytest.fail(f"esptool never reached the second tty in {ROUNDS} rounds (causes: {causes})")


def test_pyserial_lets_termios_error_out_of_a_hung_up_tty() -> None:
    """The premise: tcflush on a tty whose master closed is a termios.error, and it is caught."""
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    port = serial.Serial(path, 115200, timeout=0.05)
    try:
        os.close(master)
        with pytest.raises(termios.error) as caught:
            port.reset_input_buffer()
        assert not isinstance(caught.value, (OSError, serial.SerialException))
        assert isinstance(caught.value, PORT_FAILURES)
        assert errno_of(caught.value) == 5
    finally:
        port.close()


def test_the_link_reports_a_hung_up_tty_as_disconnected() -> None:
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    port = SerialPort.open(path, slot="3")
    try:
        os.close(master)
        with pytest.raises(Disconnected) as caught:
            port.read()
        assert caught.value.action_text.id == "link.disconnected.action"
    finally:
        port.close()
