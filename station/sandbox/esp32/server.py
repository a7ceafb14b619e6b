"""The simulated ESP32's process loop: SLIP frames on the master side of a pty.

The device's state directory holds `flash.bin` (the SPI flash, written in place), `chip.json`
(its ChipSpec) and, while it runs, `port` (the pty path a client opens). The process stops on
SIGTERM, or when its stdin closes if asked to watch it (the fixture going away).
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import signal
import sys
import time
import tty
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from station.sandbox.esp32 import faults as faults_module
from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.flash import Flash, create
from station.sandbox.esp32.rom import Bootloader, ChipReset, Unplugged

log = logging.getLogger(__name__)

EXIT_STOPPED = 0
EXIT_UNPLUGGED = 10

_END, _ESC, _ESC_END, _ESC_ESC = 0xC0, 0xDB, 0xDC, 0xDD
DOWNLOAD_BANNER = (
    b"ets Jun  8 2016 00:22:57\r\n\r\nrst:0x1 (POWERON_RESET),"
    b"boot:0x3 (DOWNLOAD_BOOT(UART0/UART1/SDIO_REI_REO_V2))\r\nwaiting for download\r\n"
)
APP_BANNER = (
    b"ets Jun  8 2016 00:22:57\r\n\r\nrst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n"
    b"I (29) boot: ESP-IDF v5.1.2 2nd stage bootloader\r\n"
    b"I (311) ASTARTE_HANDLER: waiting for credentials\r\n"
)
APP_LOG_EVERY_S = 0.2
GARBAGE = b"\x00\xfe~line noise~\xff"


def state_paths(state_dir: Path) -> tuple[Path, Path, Path]:
    return state_dir / "chip.json", state_dir / "flash.bin", state_dir / "port"


def prepare(state_dir: Path, spec: ChipSpec, table: str = "default") -> None:
    """A new device in `state_dir` (kept as it is if one is there already)."""
    chip_file, flash_file, _ = state_paths(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True)
    if not flash_file.exists():
        create(flash_file, spec.flash_size, table)
    if not chip_file.exists():
        spec.save(chip_file)


class Line:
    """SLIP on the pty master."""

    def __init__(
        self, fd: int, *, garbage: bool, watch_stdin: bool, baud: int | None = None
    ) -> None:
        self.fd = fd
        self.garbage = garbage
        self.watch_stdin = watch_stdin
        # A pty moves bytes at memory speed; with a baud rate each byte costs a UART's 10 bits.
        self.byte_s = 10 / baud if baud else 0.0
        self.bytes_in = 0
        self.bytes_out = 0
        self._buffer = bytearray()
        self._frame: bytearray | None = None
        self._escape = False
        self._frames: list[bytes] = []
        self._control = bytearray()
        self.on_command: Callable[[str], str] | None = None

    def send(self, payload: bytes) -> None:
        body = payload.replace(b"\xdb", b"\xdb\xdd").replace(b"\xc0", b"\xdb\xdc")
        self.write_raw((GARBAGE if self.garbage else b"") + b"\xc0" + body + b"\xc0")

    def write_raw(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            _, ready, _ = select.select([], [self.fd], [], 2.0)
            if not ready:
                return  # nobody reads: a UART drops what it cannot send
            sent = os.write(self.fd, view)
            self.bytes_out += sent
            if self.byte_s:
                time.sleep(sent * self.byte_s)
            view = view[sent:]

    def receive(self, timeout: float) -> bytes | None:
        deadline = time.monotonic() + timeout
        while not self._frames:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if not self._fill(left):
                continue
        return self._frames.pop(0)

    def _fill(self, timeout: float) -> bool:
        watched = [self.fd] + ([sys.stdin.fileno()] if self.watch_stdin else [])
        ready, _, _ = select.select(watched, [], [], min(timeout, 0.1))
        if self.watch_stdin and sys.stdin.fileno() in ready:
            self._stdin()
        if self.fd not in ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False  # no client has the port open
        self.bytes_in += len(data)
        if self.byte_s:
            time.sleep(len(data) * self.byte_s)
        for b in data:
            self._byte(b)
        return True

    def _stdin(self) -> None:
        data = os.read(0, 4096)
        if not data:
            raise SystemExit(EXIT_STOPPED)  # the fixture is gone
        self._control += data
        while b"\n" in self._control and self.on_command is not None:
            text, _, rest = bytes(self._control).partition(b"\n")
            self._control = bytearray(rest)
            sys.stdout.write(self.on_command(text.decode("utf-8", "replace")) + "\n")
            sys.stdout.flush()

    def _byte(self, b: int) -> None:
        if self._frame is None:
            if b == _END:
                self._frame = bytearray()
            return  # bytes between frames are noise to the ROM
        if self._escape:
            self._escape = False
            self._frame.append({_ESC_END: _END, _ESC_ESC: _ESC}.get(b, b))
        elif b == _ESC:
            self._escape = True
        elif b == _END:
            if self._frame:
                self._frames.append(bytes(self._frame))
                self._frame = bytearray()
        else:
            self._frame.append(b)


class _Chip:
    """The chip behind the line: its bootloader, replaced whole by a reset or new faults."""

    def __init__(
        self,
        spec: ChipSpec,
        flash: Flash,
        faults: faults_module.Faults,
        line: Line,
        marker: Path | None = None,
    ):
        self.spec, self.flash, self.line, self.marker = spec, flash, line, marker
        self.restart(faults)

    def restart(self, faults: faults_module.Faults) -> None:
        self.boot = Bootloader(self.spec, self.flash, faults, self.line.send, self.line.receive)
        self.boot.on_stall = self._stalled
        self.line.garbage = "garbage" in faults

    def _stalled(self) -> None:
        log.info("fault: stalled in a flash write")
        if self.marker is not None:
            self.marker.write_text("stalled\n", encoding="utf-8")

    def command(self, text: str) -> str:
        name, _, arg = text.strip().partition(" ")
        if name == "faults":
            try:
                self.restart(faults_module.parse(arg))
            except ValueError as exc:
                return f"error {exc}"
            return "ok"
        if name == "reset":
            self.restart(self.boot.faults)
            self.line.write_raw(DOWNLOAD_BANNER)
            return "ok"
        return f"error unknown command {name!r}"

    def run(self) -> int:
        if "no_sync" in self.boot.faults:
            _run_application(self.line)
        while True:
            frame = self.line.receive(1.0)
            if frame is None:
                continue
            try:
                self.boot.handle(frame)
            except ChipReset:
                log.info("fault: chip reset during a flash write")
                self.line.write_raw(DOWNLOAD_BANNER)
                self.restart(faults_module.Faults())  # the fault has happened
            except Unplugged:
                log.info("fault: unplugged during a flash write")
                return EXIT_UNPLUGGED


def serve(
    state_dir: Path,
    faults_spec: str = "",
    *,
    watch_stdin: bool = False,
    fds: tuple[int, int] | None = None,
    control: bool = False,
    baud: int | None = None,
) -> int:
    """Run the chip until stopped. `fds`: a pty (master, slave) the caller made (the fixture);
    `baud`: pace the line like a UART at that rate; `control`: stdin takes `faults <spec>` /
    `reset` lines, answered on stdout, and "ready" is printed once the chip listens (the SMP
    simulator's control protocol)."""
    chip_file, flash_file, port_file = state_paths(state_dir)
    spec = ChipSpec.load(chip_file)
    faults = faults_module.parse(faults_spec)
    master, slave = fds if fds is not None else os.openpty()
    tty.setraw(slave)
    port = os.ttyname(slave)
    flash = Flash(flash_file)
    line = Line(master, garbage="garbage" in faults, watch_stdin=watch_stdin or control, baud=baud)
    chip = _Chip(spec, flash, faults, line, marker=state_dir / "stalled")
    if control:
        line.on_command = chip.command
    tmp = port_file.with_suffix(".tmp")
    tmp.write_text(port + "\n", encoding="utf-8")
    os.replace(tmp, port_file)
    log.info("%s on %s (faults: %s)", spec.chip, port, faults_spec or "none")

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(EXIT_STOPPED)

    signal.signal(signal.SIGTERM, stop)
    try:
        if control:
            sys.stdout.write("ready\n")
            sys.stdout.flush()
        return chip.run()
    except SystemExit as stop_code:
        return int(stop_code.code or 0)
    finally:
        log.info("wire: %d bytes in, %d bytes out", line.bytes_in, line.bytes_out)
        with contextlib.suppress(OSError):
            port_file.unlink()
        flash.close()
        os.close(master)
        os.close(slave)


def _run_application(line: Line) -> None:
    """GPIO0 was not held low: the application runs and the ROM never hears a SYNC."""
    while True:
        line.write_raw(APP_BANNER)
        line.receive(APP_LOG_EVERY_S)  # whatever the host sends, the application ignores
