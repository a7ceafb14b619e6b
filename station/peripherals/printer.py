"""Label printers on raw TCP (port 9100): ask `~HS` first, then send the label.

ZPL over 9100 has no end-of-job answer, so a finished `sendall` only says the bytes left. What
the station can know is whether the printer was ready just before: `~HS` answers three
STX...ETX lines; the first line's fields 2 and 3 are paper out and pause, the second line's 3
and 4 are head up and ribbon out (Zebra's ~HS description). Newer firmware sends no answer at
all while the media or ribbon is out or the head is open, so silence is "not ready" too.

A direct socket fails at once when the printer is off; a CUPS queue would accept the job and
print the stale label by itself when the printer returns, long after the unit left, which is
why per-unit labels go straight to the printer by default (`printer_cups.py` is the CUPS kind,
for plants that share printers that way: it cancels a job that has not printed in time).
"""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass

from station.errors import StationError
from station.text import Text, listed

PORT = 9100
_STX, _ETX = b"\x02", b"\x03"


class PrinterNotReady(StationError):
    """The printer cannot print this label now; the unit's result stands and the label waits."""

    error_class = "printer_not_ready"


@dataclass(frozen=True)
class PrinterStatus:
    paper_out: bool
    paused: bool
    head_up: bool
    ribbon_out: bool

    @property
    def problems(self) -> list[str]:
        return [text.english for text in self.problem_texts]

    @property
    def problem_texts(self) -> list[Text]:
        names = (
            (self.paper_out, "printer.out_of_labels"),
            (self.paused, "printer.paused"),
            (self.head_up, "printer.head_open"),
            (self.ribbon_out, "printer.out_of_ribbon"),
        )
        return [Text.of(message_id) for flag, message_id in names if flag]


def parse_host_status(answer: bytes) -> PrinterStatus:
    """The flags of a `~HS` answer; `ValueError` if it is not one."""
    lines = [part.split(_ETX, 1)[0] for part in answer.split(_STX)[1:]]
    if len(lines) < 2:
        raise ValueError("a ~HS answer has three STX...ETX lines")
    first = lines[0].decode("ascii", "replace").split(",")
    second = lines[1].decode("ascii", "replace").split(",")
    if len(first) < 3 or len(second) < 4:
        raise ValueError("a ~HS line is missing fields")
    return PrinterStatus(
        paper_out=first[1].strip() == "1",
        paused=first[2].strip() == "1",
        head_up=second[2].strip() == "1",
        ribbon_out=second[3].strip() == "1",
    )


class RawTcpPrinter:
    def __init__(self, host: str, port: int = PORT, *, timeout: float = 3.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def status(self) -> PrinterStatus:
        with self._connect() as sock:
            sock.sendall(b"~HS")
            answer = self._read_status(sock)
        try:
            return parse_host_status(answer)
        except ValueError:
            raise PrinterNotReady(
                Text.of("printer.not_zebra", where=self.where),
                Text.of("printer.not_zebra.action"),
            ) from None

    def print_label(self, zpl: str) -> None:
        """Send one label after checking the printer is ready; `PrinterNotReady` otherwise."""
        state = self.status()
        if state.problems:
            raise PrinterNotReady(
                Text.of("printer.problems", where=self.where, problems=listed(state.problem_texts)),
                Text.of("printer.problems.action"),
            )
        with self._connect() as sock:
            try:
                sock.sendall(zpl.encode("ascii"))
            except OSError as exc:
                raise self._unreachable(exc) from None

    def _connect(self) -> socket.socket:
        try:
            return socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise self._unreachable(exc) from None

    def _read_status(self, sock: socket.socket) -> bytes:
        deadline = time.monotonic() + self.timeout
        answer = b""
        while answer.count(_ETX) < 3:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            sock.settimeout(left)
            try:
                chunk = sock.recv(256)
            except TimeoutError:
                break
            except OSError as exc:
                raise self._unreachable(exc) from None
            if not chunk:
                break
            answer += chunk
        if answer.count(_ETX) < 2:
            raise PrinterNotReady(
                Text.of("printer.silent", where=self.where, timeout=self.timeout),
                Text.of("printer.silent.action"),
            )
        return answer

    def _unreachable(self, exc: OSError) -> PrinterNotReady:
        reason = exc.strerror or type(exc).__name__
        return PrinterNotReady(
            Text.of("printer.unreachable", where=self.where, reason=reason),
            Text.of("printer.unreachable.action"),
        )
