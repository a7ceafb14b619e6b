"""SMP over the serial console: frame codec and message helpers.

The line format is Zephyr MCUmgr's "SMP over console": a frame's first line starts with the
bytes 06 09, each continuation line with 04 14, every line ends with a newline and carries
base64 text. Decoded, the lines give a big-endian 16-bit length, the SMP message and a
CRC-16/XMODEM of the message. Encoding, reassembly and the CRC check are the `smp` package's
(`smp.packet`); this module adds what a noisy factory line needs on top of it: splitting the
byte stream into console text and frame lines, bounding every buffer, and turning each kind of
corruption into a typed `FrameError` after which decoding simply carries on with the next
frame.
"""

from __future__ import annotations

import binascii
import io
import re
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any

import cbor2
import smp.packet
from smp.exceptions import SMPBadContinueDelimiter, SMPBadCRC, SMPBadStartDelimiter
from smp.header import OP, Flag, Header, Version

from station.text import Text

START_MARKER = smp.packet.START_DELIMITER  # b"\x06\x09"
CONTINUATION_MARKER = smp.packet.CONTINUE_DELIMITER  # b"\x04\x14"
_NEWLINE = 0x0A
_START0 = START_MARKER[0]
_CONT0 = CONTINUATION_MARKER[0]

# Each frame line is independently decodable base64 (the encoder cuts on 4-character groups).
_BASE64_LINE = re.compile(rb"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")

MIN_LINE_LENGTH = 8  # below this a line carries no base64 group and the encoder never ends


class MalformedMessage(ValueError):
    """An SMP message whose CRC was right but whose header or CBOR body is not valid."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.english)
        #: What is wrong, by message ID: it can reach an operator inside a garbled-answer message.
        self.text = text


@dataclass(frozen=True, slots=True)
class Frame:
    """One complete SMP message (header + CBOR body) whose CRC was checked."""

    message: bytes


@dataclass(frozen=True, slots=True)
class ConsoleText:
    """Bytes on the line that are not part of a frame: boot logs, log lines, shell prompts."""

    data: bytes


@dataclass(frozen=True, slots=True)
class FrameError:
    """A frame that was dropped as corrupt; the decoder has already resynchronised."""

    #: What was wrong, by message ID: it can reach an operator inside a garbled-answer message.
    text: Text

    @property
    def reason(self) -> str:
        return self.text.english


DecodedItem = Frame | ConsoleText | FrameError


def encode_frame(smp_message: bytes, line_length: int = 127) -> bytes:
    """All lines of one frame (start line, continuation lines), each newline terminated.

    `line_length` is the longest line the receiver accepts, markers and newline included.
    """
    if line_length < MIN_LINE_LENGTH:
        raise ValueError(f"line_length must be at least {MIN_LINE_LENGTH}, not {line_length}")
    if len(smp_message) > 0xFFFF - 2:
        raise ValueError(f"an SMP message of {len(smp_message)} bytes does not fit one frame")
    return b"".join(smp.packet.encode(smp_message, line_length=line_length))


def build_message(op: int, group: int, command: int, seq: int, body: Mapping[str, Any]) -> bytes:
    """An SMP v2 message: 8-byte header followed by the CBOR-encoded body."""
    payload = cbor2.dumps(dict(body))
    header = Header(
        op=OP(op),
        version=Version.V2,
        flags=Flag(0),
        length=len(payload),
        group_id=group,
        sequence=seq & 0xFF,
        command_id=command,
    )
    return bytes(header) + payload


def parse_message(message: bytes) -> tuple[Header, dict[str, Any]]:
    """Split an SMP message into its header and CBOR map; `MalformedMessage` if it is not one."""
    if len(message) < Header.SIZE:
        raise MalformedMessage(Text.of("smp.short_message", size=len(message)))
    try:
        header = Header.loads(message[: Header.SIZE])
    except ValueError as exc:
        raise MalformedMessage(Text.of("smp.bad_header", detail=str(exc))) from None
    payload = message[Header.SIZE :]
    if header.length != len(payload):
        raise MalformedMessage(
            Text.of("smp.length_mismatch", announced=header.length, arrived=len(payload))
        )
    if not payload:
        return header, {}
    stream = io.BytesIO(payload)
    try:
        body = cbor2.CBORDecoder(stream).decode()
    except (cbor2.CBORError, ValueError, TypeError, RecursionError) as exc:
        raise MalformedMessage(Text.of("smp.not_cbor", detail=str(exc))) from None
    if stream.tell() != len(payload):
        raise MalformedMessage(Text.of("smp.trailing_bytes"))
    if not isinstance(body, dict) or not all(isinstance(k, str) for k in body):
        raise MalformedMessage(Text.of("smp.not_a_map"))
    return header, body


class FrameDecoder:
    """Incremental decoder of a console byte stream into frames, console text and errors.

    Memory is bounded by `max_console` (longest console line kept before it is flushed) and
    `max_frame` (largest SMP message accepted; a frame announcing more is dropped at its first
    line). Console lines between the lines of a frame are passed through without breaking the
    frame, because devices print logs at any time. A start marker anywhere, even inside a
    frame line, begins a new frame: base64 never contains 0x06, so a start marker means the
    sender restarted (a reboot or a dropped newline).
    """

    _LINE_START = 0
    _CONSOLE = 1
    _FRAME_LINE = 2
    _DISCARD = 3

    def __init__(self, max_console: int = 8192, max_frame: int = 8192) -> None:
        if max_console < 2 or max_frame < 1:
            raise ValueError("max_console must be >= 2 and max_frame >= 1")
        self.max_console = max_console
        self.max_frame = max_frame
        # A single line may carry a whole frame: base64 of length + message + CRC, plus markers.
        self.max_line = 4 * ((max_frame + 4 + 2) // 3) + len(START_MARKER) + 2
        self._buf = bytearray()
        self._state = self._LINE_START
        self._reassembly: Generator[None, bytes, bytes] | None = None
        self._line_is_first = False

    @property
    def in_frame(self) -> bool:
        """True while a frame has started and its last line has not arrived."""
        return self._reassembly is not None

    @property
    def buffered(self) -> int:
        """Bytes held that have not been reported yet (for tests of the memory bound)."""
        return len(self._buf)

    def reset(self) -> list[DecodedItem]:
        """Forget any partial frame (e.g. after a timeout); report it if there was one."""
        out: list[DecodedItem] = []
        if self._reassembly is not None:
            out.append(FrameError(Text.of("frame.abandoned")))
        self._abandon()
        self._buf.clear()
        self._state = self._LINE_START
        return out

    def feed(self, data: bytes) -> list[DecodedItem]:
        self._buf += data
        out: list[DecodedItem] = []
        while self._step(out):
            pass
        return out

    # Each step either consumes bytes, changes state towards consuming them, or returns False
    # because it needs more input: that is what makes `feed` terminate on any input.
    def _step(self, out: list[DecodedItem]) -> bool:
        buf = self._buf
        if not buf:
            return False
        if self._state == self._LINE_START:
            return self._at_line_start(out)
        if self._state == self._CONSOLE:
            return self._console(out)
        if self._state == self._FRAME_LINE:
            return self._frame_line(out)
        return self._discard(out)

    def _at_line_start(self, out: list[DecodedItem]) -> bool:
        buf = self._buf
        if len(buf) < 2:
            if buf[0] in (_START0, _CONT0):
                return False
            self._state = self._CONSOLE
            return True
        head = bytes(buf[:2])
        if head == START_MARKER:
            self._begin_frame(out)
        elif head == CONTINUATION_MARKER:
            if self._reassembly is None:
                out.append(FrameError(Text.of("frame.orphan_continuation")))
                del buf[:2]
                self._state = self._DISCARD
            else:
                self._line_is_first = False
                self._state = self._FRAME_LINE
        else:
            self._state = self._CONSOLE
        return True

    def _console(self, out: list[DecodedItem]) -> bool:
        buf = self._buf
        newline = buf.find(b"\n")
        start = buf.find(START_MARKER, 0, len(buf) if newline == -1 else newline)
        if start != -1 and (newline == -1 or start < newline):
            if start:
                out.append(ConsoleText(bytes(buf[:start])))
                del buf[:start]
            self._begin_frame(out)
            return True
        if newline != -1:
            out.append(ConsoleText(bytes(buf[: newline + 1])))
            del buf[: newline + 1]
            self._state = self._LINE_START
            return True
        if len(buf) >= self.max_console:
            keep = 1 if buf[-1] == _START0 else 0
            out.append(ConsoleText(bytes(buf[: len(buf) - keep])))
            del buf[: len(buf) - keep]
        return False

    def _discard(self, out: list[DecodedItem]) -> bool:
        buf = self._buf
        newline = buf.find(b"\n")
        start = buf.find(START_MARKER, 0, len(buf) if newline == -1 else newline)
        if start != -1 and (newline == -1 or start < newline):
            del buf[:start]
            self._begin_frame(out)
            return True
        if newline != -1:
            del buf[: newline + 1]
            self._state = self._LINE_START
            return True
        keep = 1 if buf[-1] == _START0 else 0
        del buf[: len(buf) - keep]
        return False

    def _begin_frame(self, out: list[DecodedItem]) -> None:
        if self._reassembly is not None:
            out.append(FrameError(Text.of("frame.restarted")))
            self._abandon()
        self._line_is_first = True
        self._state = self._FRAME_LINE

    def _frame_line(self, out: list[DecodedItem]) -> bool:
        buf = self._buf
        newline = buf.find(b"\n", 2, self.max_line)
        restart = buf.find(START_MARKER, 2, newline if newline != -1 else self.max_line)
        if restart != -1:
            out.append(FrameError(Text.of("frame.interrupted")))
            self._abandon()
            del buf[:restart]
            self._begin_frame(out)
            return True
        if newline == -1:
            if len(buf) >= self.max_line:
                out.append(FrameError(Text.of("frame.line_too_long", limit=self.max_line)))
                self._abandon()
                del buf[:2]
                self._state = self._DISCARD
                return True
            return False
        line = bytes(buf[: newline + 1])
        del buf[: newline + 1]
        self._state = self._LINE_START
        item = self._take_line(line)
        if item is not None:
            out.append(item)
        return True

    def _take_line(self, line: bytes) -> DecodedItem | None:
        text = line[2:-1]
        if text.endswith(b"\r"):  # some consoles translate newlines to CR LF
            text = text[:-1]
        if _BASE64_LINE.fullmatch(text) is None:
            self._abandon()
            return FrameError(Text.of("frame.not_base64"))
        if self._line_is_first:
            problem = self._start_line_problem(text)
            if problem is not None:
                return FrameError(problem)
            self._reassembly = smp.packet.decode()
            next(self._reassembly)
        return self._reassemble(text)

    def _reassemble(self, text: bytes) -> DecodedItem | None:
        # Continuation lines only reach here while a frame is open (see _at_line_start).
        assert self._reassembly is not None
        marker = START_MARKER if self._line_is_first else CONTINUATION_MARKER
        try:
            self._reassembly.send(marker + text + b"\n")
        except StopIteration as done:
            self._reassembly = None
            return Frame(bytes(done.value))
        except SMPBadCRC:
            self._reassembly = None
            return FrameError(Text.of("frame.bad_crc"))
        except (SMPBadStartDelimiter, SMPBadContinueDelimiter, binascii.Error, ValueError) as exc:
            self._reassembly = None
            return FrameError(Text.of("frame.undecodable", detail=str(exc)))
        return None

    def _start_line_problem(self, text: bytes) -> Text | None:
        if len(text) < 4:
            return Text.of("frame.start_too_short")
        total = int.from_bytes(binascii.a2b_base64(text[:4])[:2], "big")
        if total < 2:
            return Text.of("frame.length_too_small", total=total)
        if total - 2 > self.max_frame:
            return Text.of("frame.too_large", size=total - 2, limit=self.max_frame)
        return None

    def _abandon(self) -> None:
        if self._reassembly is not None:
            self._reassembly.close()
        self._reassembly = None
