"""Request/response over one serial port: sequence matching, deadlines, console capture.

`SmpLink` owns the port for its whole life and must only be used from the thread that created
it (the slot's worker thread); every public call asserts that. A request is one SMP frame out
and the response with the same sequence number, group and command back, before a `Deadline`.
While waiting, everything else on the line is sorted out: console text goes to a bounded log,
stale or foreign frames are skipped, corrupt frames are counted and the decoder resyncs.
"""

from __future__ import annotations

import math
import os
import threading
import time
from dataclasses import asdict, dataclass
from typing import Any, TypeAlias

from smp.header import Header

from station.cancel import CancelToken, Deadline
from station.link.errors import CorruptLink, LinkTimeout
from station.link.framing import (
    ConsoleText,
    FrameDecoder,
    FrameError,
    MalformedMessage,
    build_message,
    encode_frame,
    parse_message,
)
from station.link.port import SerialPort
from station.text import Text

BITS_PER_BYTE = 10  # start + 8 data + stop on an 8N1 UART
DEFAULT_LINE_LENGTH = 127  # Zephyr's console line, markers and newline included
CONSOLE_LOG_LIMIT = 16 * 1024
DEFAULT_MARGIN = 1.0  # device processing and host scheduling, on top of the wire time

_Parsed: TypeAlias = tuple[Header, dict[str, Any]]

# Response op for each request op (SMP: READ 0 -> READ_RSP 1, WRITE 2 -> WRITE_RSP 3).
_RESPONSE_OP = {0: 1, 2: 3}


def framed_size(message_len: int, line_length: int = DEFAULT_LINE_LENGTH) -> int:
    """Bytes on the wire for an SMP message of `message_len` bytes in console framing."""
    b64 = 4 * math.ceil((message_len + 4) / 3)
    per_line = ((line_length - 4) // 4) * 4
    lines = max(1, math.ceil(b64 / per_line))
    return b64 + 3 * lines


def wire_seconds(n_bytes: int, baud: int) -> float:
    return n_bytes * BITS_PER_BYTE / baud


def command_timeout(
    *,
    baud: int,
    request_bytes: int,
    response_bytes: int,
    program_bytes: int = 0,
    program_us_per_byte: int = 0,
    margin: float = DEFAULT_MARGIN,
    line_length: int = DEFAULT_LINE_LENGTH,
) -> float:
    """Seconds to allow for one exchange: both frames on the wire, programming, and a margin.

    `request_bytes`/`response_bytes` are SMP message sizes (header + CBOR); framing overhead is
    added here. The margin covers the device's own processing and a busy host.
    """
    wire = framed_size(request_bytes, line_length) + framed_size(response_bytes, line_length)
    programming = program_bytes * program_us_per_byte / 1_000_000
    return wire_seconds(wire, baud) + programming + margin


@dataclass
class LinkStats:
    """Counters for one session, recorded in the journal with each transaction."""

    frames_sent: int = 0
    frames_received: int = 0
    retries: int = 0
    timeouts: int = 0
    crc_errors: int = 0
    resyncs: int = 0
    malformed: int = 0
    stale_frames: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    console_bytes: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class Response:
    op: int
    sequence: int
    body: dict[str, Any]


class SmpLink:
    def __init__(
        self,
        port: SerialPort,
        *,
        cancel: CancelToken,
        line_length: int = DEFAULT_LINE_LENGTH,
        console_limit: int = CONSOLE_LOG_LIMIT,
        max_frame: int = 8192,
    ) -> None:
        self._owner = threading.get_ident()
        self.port = port
        self.cancel = cancel
        self.line_length = line_length
        self.stats = LinkStats()
        self._decoder = FrameDecoder(max_console=4096, max_frame=max_frame)
        self._console = bytearray()
        self._console_limit = console_limit
        # Start at a random sequence number so answers meant for an earlier session (a
        # station restart with the device still talking) cannot match our first requests.
        self._seq = os.urandom(1)[0]

    @property
    def baud(self) -> int:
        return self.port.baud

    def _assert_owner(self) -> None:
        assert threading.get_ident() == self._owner, (
            "SmpLink used from a thread that does not own it"
        )

    def console_log(self) -> bytes:
        """The last bytes of console text seen on the line (bounded)."""
        self._assert_owner()
        return bytes(self._console)

    def note_retry(self) -> None:
        self.stats.retries += 1

    def request(
        self,
        op: int,
        group: int,
        command: int,
        body: dict[str, Any],
        *,
        deadline: Deadline,
        what: str,
        cancellable: bool = True,
    ) -> Response:
        """Send one request and return the matching response's body.

        Raises LinkTimeout if nothing matching arrived before `deadline` (CorruptLink instead if
        corrupt data was seen meanwhile), Disconnected if the port went away, Cancelled if the
        token fires while `cancellable`. Frames with another sequence number are skipped.
        """
        self._assert_owner()
        if cancellable:
            self.cancel.check()
        self._drain()
        self._seq = (self._seq + 1) & 0xFF
        seq = self._seq
        wire = encode_frame(build_message(op, group, command, seq, body), self.line_length)
        self.port.write(wire)
        self.stats.frames_sent += 1
        self.stats.bytes_out += len(wire)
        sent_at = time.monotonic()
        expected_op = _RESPONSE_OP.get(op, op | 1)
        corruption: Text | None = None
        while True:
            if cancellable:
                self.cancel.check()
            if deadline.expired:
                break
            data = self.port.read()
            if not data:
                continue
            for item in self._absorb(data):
                if isinstance(item, Text):
                    corruption = item
                    continue
                header, rbody = item
                if (
                    header.sequence == seq
                    and header.group_id == group
                    and header.command_id == command
                    and header.op == expected_op
                ):
                    return Response(int(header.op), seq, rbody)
                self.stats.stale_frames += 1
        self.stats.timeouts += 1
        self._resync()
        slot, path = self.port.slot, self.port.path
        if corruption is not None:
            raise CorruptLink.garbled(what, corruption, slot=slot, port=path)
        waited = time.monotonic() - sent_at
        raise LinkTimeout.waiting_for(what, waited, slot=slot, port=path)

    def _drain(self) -> None:
        """Absorb whatever is already waiting (late answers, log lines) before a new request."""
        for _ in range(64):  # bounded: a device that streams endlessly must not hold us here
            data = self.port.read_nowait()
            if not data:
                return
            # No request is open, so every complete message here answers an earlier one.
            self.stats.stale_frames += sum(not isinstance(i, Text) for i in self._absorb(data))

    def _resync(self) -> None:
        for item in self._decoder.reset():
            if isinstance(item, FrameError):
                self.stats.resyncs += 1

    def _absorb(self, data: bytes) -> list[_Parsed | Text]:
        """Feed bytes to the decoder; return parsed messages and problem texts, in order."""
        self.stats.bytes_in += len(data)
        out: list[_Parsed | Text] = []
        for item in self._decoder.feed(data):
            if isinstance(item, ConsoleText):
                self._keep_console(item.data)
            elif isinstance(item, FrameError):
                self.stats.resyncs += 1
                if item.text.id == "frame.bad_crc":
                    self.stats.crc_errors += 1
                out.append(item.text)
            else:
                self.stats.frames_received += 1
                try:
                    out.append(parse_message(item.message))
                except MalformedMessage as exc:
                    self.stats.malformed += 1
                    out.append(exc.text)
        return out

    def _keep_console(self, data: bytes) -> None:
        self.stats.console_bytes += len(data)
        self._console += data
        excess = len(self._console) - self._console_limit
        if excess > 0:
            del self._console[:excess]
