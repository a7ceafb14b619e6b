"""Start and stop one simulated ESP32 as its own process (tests, bench, the sandbox fixture)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

from station.errors import StationError
from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.server import prepare, state_paths

START_TIMEOUT_S = 30.0  # two shared cores may be busy starting many interpreters


class SimulatorError(StationError):
    error_class = "sandbox"


class SimulatedEsp32:
    """`with SimulatedEsp32(state_dir, ChipSpec(chip="esp32s3")) as dev: dev.port`"""

    def __init__(
        self,
        state_dir: Path,
        spec: ChipSpec | None = None,
        *,
        table: str = "default",
        faults: str = "",
        baud: int | None = None,
    ) -> None:
        self.state_dir = Path(state_dir)
        self.spec = spec or ChipSpec()
        self.table = table
        self.faults = faults
        self.baud = baud
        self.process: subprocess.Popen[bytes] | None = None
        self.port = ""

    @property
    def flash_file(self) -> Path:
        return state_paths(self.state_dir)[1]

    def flash(self, offset: int, length: int) -> bytes:
        with self.flash_file.open("rb") as f:
            f.seek(offset)
            return f.read(length)

    def start(self, faults: str | None = None) -> str:
        if faults is not None:
            self.faults = faults
        prepare(self.state_dir, self.spec, self.table)
        port_file = state_paths(self.state_dir)[2]
        port_file.unlink(missing_ok=True)
        log = (self.state_dir / "device.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "station.sandbox.esp32", str(self.state_dir),
             "--faults", self.faults, "--watch-stdin",
             *(["--baud", str(self.baud)] if self.baud else [])],
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=log,
        )  # fmt: skip
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not port_file.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise SimulatorError(
                    f"The simulated ESP32 in {self.state_dir} did not start.",
                    f"Read {self.state_dir / 'device.log'}.",
                )
            time.sleep(0.02)
        self.port = port_file.read_text(encoding="utf-8").strip()
        return self.port

    def stop(self) -> int | None:
        proc, self.process = self.process, None
        if proc is None:
            return None
        if proc.poll() is None:
            proc.terminate()
        try:
            code = proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        if proc.stdin:
            proc.stdin.close()
        return code

    def restart(self, faults: str | None = None) -> str:
        self.stop()
        return self.start(faults)

    def __enter__(self) -> SimulatedEsp32:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
