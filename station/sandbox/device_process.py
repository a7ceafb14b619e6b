"""One simulated device's process on a real pty: started, spoken to on its control line, stopped.

`SimulatedFixture` decides what each slot runs and keeps the manifest; a `DeviceProcess` is one
running device. The device's interpreter gets both ends of a fresh pty (the station opens the
slave's name as its serial port) and a control channel on its stdin/stdout, where it answers
each command with one line: "ready" once it listens, "ok" or the reason it refused.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import time
import tty
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from station.sandbox.slot_firmware import FixtureError

START_TIMEOUT_S = 30.0  # generous: two shared cores may be starting many interpreters
STOP_TIMEOUT_S = 10.0

#: The device's command line, given the pty's master and slave file descriptors.
CommandFor = Callable[[int, int], list[str]]


@dataclass
class DeviceProcess:
    slot: str
    port: str
    process: subprocess.Popen[bytes]
    log_path: Path
    replies: bytearray = field(default_factory=bytearray)

    @classmethod
    def launch(cls, slot: str, command_for: CommandFor, log_path: Path) -> DeviceProcess:
        """Start the device on a new pty; its stderr goes to `log_path` (appended)."""
        master, slave = os.openpty()
        try:
            # Raw before the station ever opens it: no echo of the device's output back into
            # the device, no newline translation of frames.
            tty.setraw(slave)
            port = os.ttyname(slave)
            with log_path.open("ab") as log:
                process = subprocess.Popen(
                    command_for(master, slave),
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=log,
                    pass_fds=(master, slave),
                    # Ctrl-C on the terminal reaches the fixture only; it stops devices in order.
                    process_group=0,
                )
        finally:
            os.close(master)
            os.close(slave)
        return cls(slot=slot, port=port, process=process, log_path=log_path)

    @property
    def pid(self) -> int:
        return self.process.pid

    def exit_code(self) -> int | None:
        """None while the device runs."""
        return self.process.poll()

    def await_ready(self, timeout: float) -> None:
        """Wait for the device's "ready"; if it does not come, stop the device and say so."""
        reply = self.reply(timeout)
        if reply != "ready":
            self.stop()
            raise FixtureError(
                f"simulated device {self.slot} did not start ({reply or 'no answer'})",
                f"see {self.log_path}",
            )

    def control(self, command: str) -> None:
        """Send one control command (`reset`, `faults SPEC`); FixtureError unless it says ok."""
        assert self.process.stdin is not None
        self.process.stdin.write(command.encode("utf-8") + b"\n")
        self.process.stdin.flush()
        reply = self.reply(STOP_TIMEOUT_S)
        if reply != "ok":
            raise FixtureError(
                f"simulated device {self.slot} refused {command.split(maxsplit=1)[0]!r}: "
                f"{reply or 'no answer'}",
                f"see {self.log_path}",
            )

    def reply(self, timeout: float) -> str:
        """One line from the device's control channel; '' on timeout or exit."""
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self.replies:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return ""
            readable, _, _ = select.select([fd], [], [], remaining)
            if not readable:
                return ""
            chunk = os.read(fd, 4096)
            if not chunk:
                return ""
            self.replies += chunk
        line, _, rest = bytes(self.replies).partition(b"\n")
        self.replies = bytearray(rest)
        return line.decode("utf-8", "replace").strip()

    def stop(self) -> None:
        """Stop the device as a power switch would (SIGTERM, then SIGKILL), then reap it."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.reap()

    def reap(self) -> None:
        """Collect the exited process and close its control pipes."""
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                # BrokenPipe: the device exited with our last command unread.
                with contextlib.suppress(BrokenPipeError):
                    pipe.close()
