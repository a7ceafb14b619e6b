"""Patlite tower stand-ins for the tests and the demo: an LA6-POE on loopback TCP, an LR6-USB
behind a hidraw-like node.

Each decodes what the station sends with the vendor's documented layout, written out here on its
own (not imported from the driver), so a test that compares the two sides checks the driver
against the protocol, not against itself.

- LA6-POE, PNS operation control (Patlite's LA6-POE example, `pns_run_control_command`): the
  frame is "AB", the command letter "S", one zero byte, a big-endian 16-bit data size, then five
  LED unit bytes (top down; 0 off, 1 on, 2 flashing, 9 no change) and one buzzer byte (0 stop,
  1 and 2 patterns). The tower answers ACK 0x06, or NAK 0x15 to anything else.
- LR6-USB (ts-klassen/ptltectl `build_report`): one 8-byte output report, `version 0, command 0,
  buzzer (limit << 4 | pattern), pitch (A << 4 | B), red << 4 | yellow, green << 4 | blue,
  white << 4, 0`; through hidraw a device without numbered reports is written with a leading
  report number 0, so every write(2) is nine bytes. The node here is a named pipe: like a hidraw
  node each write(2) is one report, and a closed reader is an unplugged tower (EPIPE).
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import stat
import struct
import threading
from pathlib import Path

ACK, NAK = 0x06, 0x15
PNS_UNITS = ("red", "yellow", "green", "blue", "white")  # the tower's default, top down
PNS_LED = {0: "off", 1: "on", 2: "blink", 9: "keep"}
PNS_BUZZER = {0: "off", 1: "pattern 1", 2: "pattern 2"}
LR6_REPORT_BYTES = 9  # the report number, then the 8-byte report
LR6_LED = {0x0: "off", 0x1: "on", 0x2: "blink", 0x3: "pattern 3", 0x4: "pattern 4"}
LR6_LED |= {0x5: "pattern 5", 0xF: "keep"}


def describe_pns(frame: bytes) -> dict[str, str]:
    """The lamps and buzzer a PNS "S" frame sets (ValueError for anything else)."""
    product, command, size = struct.unpack(">2ssxH", frame[:6])
    data = frame[6:]
    if product != b"AB" or command != b"S" or size != 6 or len(data) != 6:
        raise ValueError(f"not a PNS operation control frame: {frame!r}")
    lamps = {unit: PNS_LED[value] for unit, value in zip(PNS_UNITS, data[:5], strict=True)}
    return {**lamps, "buzzer": PNS_BUZZER[data[5]]}


def describe_lr6(report: bytes) -> dict[str, str]:
    """The lamps and buzzer an LR6-USB write (report number 0 and the report) sets."""
    if len(report) != LR6_REPORT_BYTES or report[:3] != b"\x00\x00\x00" or report[8] != 0:
        raise ValueError(f"not an LR6-USB report write: {report.hex(' ')}")
    buzzer, pitch, red_yellow, green_blue, white = report[3:8]
    lamps = {
        "red": LR6_LED[red_yellow >> 4],
        "yellow": LR6_LED[red_yellow & 0x0F],
        "green": LR6_LED[green_blue >> 4],
        "blue": LR6_LED[green_blue & 0x0F],
        "white": LR6_LED[white >> 4],
    }
    limit, pattern = buzzer >> 4, buzzer & 0x0F
    sound = "off" if pattern == 0 else f"pattern {pattern}, pitch {pitch:02X}, limit {limit}"
    return {**lamps, "buzzer": sound}


class PnsTowerStandIn:
    """An LA6-POE on 127.0.0.1: records each frame, answers ACK (or NAK with `refuse`)."""

    def __init__(self, *, refuse: bool = False) -> None:
        self.refuse = refuse
        self._lock = threading.Lock()
        self._frames: list[bytes] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._server.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, name="pns-tower", daemon=True)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def frames(self) -> list[bytes]:
        with self._lock:
            return list(self._frames)

    def shown(self) -> list[dict[str, str]]:
        return [describe_pns(f) for f in self.frames]

    def start(self) -> PnsTowerStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Unplug: the port stops answering."""
        with contextlib.suppress(OSError):  # wakes the accept()
            self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()
        self._thread.join(5)

    def __enter__(self) -> PnsTowerStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                with contextlib.suppress(OSError):
                    while len(data) < 6 or len(data) < 6 + int.from_bytes(data[4:6], "big"):
                        chunk = conn.recv(64)
                        if not chunk:
                            break
                        data += chunk
                try:
                    describe_pns(data)
                    good = not self.refuse
                except (ValueError, KeyError, struct.error):
                    good = False
                with self._lock:
                    self._frames.append(data)
                with contextlib.suppress(OSError):
                    conn.sendall(bytes([ACK if good else NAK]))


class HidrawTowerStandIn:
    """An LR6-USB's hidraw node, as a named pipe at `path`: records each report written."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._received = bytearray()
        self._fd = -1
        self._stop_r, self._stop_w = -1, -1
        self._thread: threading.Thread | None = None

    @property
    def received(self) -> bytes:
        with self._lock:
            return bytes(self._received)

    def reports(self) -> list[bytes]:
        data = self.received
        return [data[i : i + LR6_REPORT_BYTES] for i in range(0, len(data), LR6_REPORT_BYTES)]

    def shown(self) -> list[dict[str, str]]:
        return [describe_lr6(r) for r in self.reports()]

    def start(self) -> HidrawTowerStandIn:
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISFIFO(self.path.stat().st_mode):
                self.path.unlink()
        os.mkfifo(self.path, 0o600)
        # Reader first, without blocking, so the station's O_WRONLY open finds it.
        self._fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
        self._stop_r, self._stop_w = os.pipe()
        self._thread = threading.Thread(target=self._read, name="hidraw-tower", daemon=True)
        self._thread.start()
        return self

    def unplug(self) -> None:
        """The tower goes away: the reader closes, so the station's next write fails (EPIPE)."""
        self.stop()

    def stop(self) -> None:
        if self._thread is None:
            return
        os.write(self._stop_w, b"x")
        self._thread.join(5)
        self._thread = None
        for fd in (self._fd, self._stop_r, self._stop_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def __enter__(self) -> HidrawTowerStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _read(self) -> None:
        while True:
            ready, _, _ = select.select([self._fd, self._stop_r], [], [])
            if self._stop_r in ready:
                return
            try:
                data = os.read(self._fd, 4096)
            except BlockingIOError:
                continue
            except OSError:
                return
            if not data:  # no writer now (the station closed it): wait for the next one
                select.select([self._stop_r], [], [], 0.02)
                continue
            with self._lock:
                self._received += data
