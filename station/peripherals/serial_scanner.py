"""A barcode scanner on a serial port (USB-CDC `/dev/ttyACM*`, or RS-232): one code per line.

Such a scanner sends what it read followed by CR, LF or CR LF, with no keyboard layout in the
way. `SerialScanner` owns its port on a thread of its own, like a fixture's port: it reads
lines, hands each non-empty one (without its terminator and surrounding spaces) to `on_scan`,
and never blocks its caller. A port that cannot be opened, or that goes away (the scanner
unplugged), is reported once through `on_problem` with the operator's action; the thread then
tries again every `RETRY_S` and says so once it is back. Bytes that are not ASCII are replaced
(U+FFFD), so the routing refuses them with its own message rather than the reader failing.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

import serial

from station.cancel import CancelToken
from station.link.vanished import PORT_FAILURES, errno_of
from station.text import Text

log = logging.getLogger(__name__)

BAUD = 9600
RETRY_S = 1.0
#: A line longer than this is not a code (a scanner left streaming, or the wrong device).
MAX_LINE = 512

ScanSink = Callable[[str], None]
#: Told (level, message, action) when the scanner goes away or comes back; "back" has no action.
ProblemSink = Callable[[str, Text, Text | None], None]


def split_lines(pending: bytes, data: bytes) -> tuple[list[str], bytes]:
    """The complete codes in `pending + data`, and what is left of an unfinished one. CR, LF
    and CR LF each end a code; empty lines (the LF after a CR) are dropped."""
    buffer = pending + data
    codes: list[str] = []
    start = 0
    for index, byte in enumerate(buffer):
        if byte in (0x0D, 0x0A):
            text = buffer[start:index].decode("ascii", errors="replace").strip()
            if text:
                codes.append(text)
            start = index + 1
    rest = buffer[start:]
    if len(rest) > MAX_LINE:
        log.warning("dropped %d bytes from the scanner with no line end", len(rest))
        rest = b""
    return codes, rest


class SerialScanner:
    def __init__(
        self,
        port: str,
        on_scan: ScanSink,
        on_problem: ProblemSink,
        *,
        baud: int = BAUD,
    ) -> None:
        self.port = port
        self.baud = baud
        self._on_scan = on_scan
        self._on_problem = on_problem
        self._stop = CancelToken()
        #: Set while the port is open and read (tests wait on it before they write).
        self.reading = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"scanner {port}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.cancel("the station is closing")
        self._thread.join(timeout)

    def _run(self) -> None:
        reported = False
        while not self._stop.cancelled:
            try:
                link = serial.Serial(self.port, self.baud, timeout=0.2, exclusive=True)
            except PORT_FAILURES as exc:
                if not reported:
                    reported = True
                    self._on_problem("warning", *_unreachable(self.port, exc))
                self._stop.wait(RETRY_S)
                continue
            if reported:
                reported = False
                self._on_problem("info", Text.of("scanner.back", port=self.port), None)
            self.reading.set()
            try:
                self._read(link)
            except PORT_FAILURES as exc:
                reported = True
                self._on_problem("warning", *_unreachable(self.port, exc))
                self._stop.wait(RETRY_S)
            finally:
                self.reading.clear()
                link.close()

    def _read(self, link: serial.Serial) -> None:
        pending = b""
        while not self._stop.cancelled:
            data = link.read(max(1, link.in_waiting))
            if not data:
                continue
            codes, pending = split_lines(pending, data)
            for code in codes:
                try:
                    self._on_scan(code)
                except Exception:  # the scanner's thread must outlive a bug in a receiver
                    log.exception(
                        "a scan from %s could not be handed on (this is a bug)", self.port
                    )


def _unreachable(port: str, exc: BaseException) -> tuple[Text, Text]:
    # The system's words for the errno ("Input/output error" for an unplug) read better than
    # the exception's repr, which for termios.error is a tuple.
    number = errno_of(exc)
    reason = os.strerror(number) if number is not None else str(exc) or type(exc).__name__
    return (
        Text.of("scanner.unreachable", port=port, reason=reason),
        Text.of("scanner.unreachable.action"),
    )
