"""Opening a device's serial port safely, and translating pyserial failures into link errors.

Policy (see docs/protocol.md, "Modem-control lines"): the port is locked exclusively, flow
control is off, DTR and RTS are set deasserted *before* the port is opened (pyserial applies
the configured states as part of `open()`) and are never toggled afterwards, because many
boards wire DTR/RTS to their reset and boot-mode pins. Every write has a timeout, because
without one a device that stops reading blocks the writer for ever.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import time

import serial

from station.link.errors import (
    Disconnected,
    LinkError,
    LinkTimeout,
    PortAccessDenied,
    PortBusy,
    PortNotFound,
    where,
)
from station.link.lock_grace import lock_refused, retry_while_locked
from station.link.vanished import PORT_FAILURES, errno_of
from station.text import Text

#: Longest a single read blocks; bounds how late a cancel or deadline is noticed.
READ_SLICE = 0.05

_MISSING_ERRNOS = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ENOTDIR}
_ACCESS_ERRNOS = {errno.EACCES, errno.EPERM}


class SerialPort:
    """One open serial port. Not thread-safe: it belongs to its slot's owner thread."""

    def __init__(self, ser: serial.Serial, *, path: str, baud: int, slot: str) -> None:
        self._ser = ser
        self.path = path
        self.baud = baud
        self.slot = slot

    @classmethod
    def open(
        cls, path: str, *, baud: int = 115200, slot: str = "", write_timeout: float = 2.0
    ) -> SerialPort:
        ser = serial.Serial()
        ser.port = path
        ser.baudrate = baud
        ser.bytesize = serial.EIGHTBITS
        ser.parity = serial.PARITY_NONE
        ser.stopbits = serial.STOPBITS_ONE
        ser.timeout = READ_SLICE
        ser.write_timeout = write_timeout
        ser.xonxoff = False
        ser.rtscts = False
        ser.dsrdtr = False
        ser.exclusive = True
        ser.dtr = False
        ser.rts = False
        try:
            retry_while_locked(ser.open, path=path)
        except PORT_FAILURES as exc:
            raise _open_error(exc, path=path, slot=slot) from None
        return cls(ser, path=path, baud=baud, slot=slot)

    @property
    def is_open(self) -> bool:
        return bool(self._ser.is_open)

    def read(self, limit: int = 4096) -> bytes:
        """Whatever has arrived, up to `limit` bytes; waits at most READ_SLICE for the first.

        One wait and one read on the descriptor pyserial opened (non-blocking), not pyserial's
        `read`: it has no call for "wait for the first byte, then take what has come", so the
        station asked `in_waiting` first and, with nothing there yet, read a single byte and
        went round again for the rest. Half the reads of a 16-slot batch returned one byte,
        and each round trip was three system calls and a pass through the frame decoder.
        """
        fd = self._descriptor()
        try:
            ready, _, _ = select.select([fd], [], [], READ_SLICE)
            if not ready:
                return b""
            data = os.read(fd, max(1, limit))  # a read of 0 bytes is empty: not a hangup
        except (BlockingIOError, InterruptedError):
            return b""  # woken for nothing: the caller's loop checks its deadline and reads again
        except PORT_FAILURES as exc:  # a tty whose peer is gone reads EIO
            raise self._io_error(exc) from None
        if not data:
            # What pyserial says of a tty that is ready to read and gives nothing: it is gone.
            raise Disconnected.unplugged(
                Text.of("link.closed_reading"), slot=self.slot, port=self.path
            )
        return data

    def read_nowait(self, limit: int = 4096) -> bytes:
        """Only what has already arrived, without waiting."""
        try:
            waiting = self._ser.in_waiting
            return bytes(self._ser.read(min(waiting, limit))) if waiting else b""
        except PORT_FAILURES as exc:
            raise self._io_error(exc) from None

    def write(self, data: bytes) -> None:
        """All of `data`, or LinkTimeout once write_timeout has passed with some of it untaken.

        Straight to the descriptor: a request is a few hundred bytes, which the tty takes whole
        in one system call, where pyserial's write adds a wait for the port to be writable again
        after every write. What the tty did not take waits here for room (pyserial's write would
        try it again at once, and again, a busy loop until the device read some or the time was
        up). A write that fails goes to pyserial's write, whose errors are the ones mapped below.
        """
        fd = self._descriptor()
        timeout = self._ser.write_timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        rest = memoryview(data)
        try:
            while rest:
                try:
                    rest = rest[os.write(fd, rest) :]
                except BlockingIOError:
                    pass  # the tty is full: wait for room below
                except OSError:
                    self._ser.write(rest)
                    return
                if not rest:
                    return  # no flush(): tcdrain has no timeout
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise serial.SerialTimeoutException("Write timeout")
                _, room, _ = select.select([], [fd], [], left)
                if not room:
                    raise serial.SerialTimeoutException("Write timeout")
        except serial.SerialTimeoutException:
            raise LinkTimeout(
                Text.of("link.not_accepting", place=self._place),
                Text.of("link.not_accepting.action", place=self._place),
                slot=self.slot,
                port=self.path,
            ) from None
        except PORT_FAILURES as exc:
            raise self._io_error(exc) from None

    def close(self) -> None:
        # Closing a port whose device is gone can fail; it is closed either way.
        with contextlib.suppress(*PORT_FAILURES):
            self._ser.close()

    def _descriptor(self) -> int:
        """pyserial's descriptor while the port is open, asked each time, never kept: once the
        port is closed its number is the next one opened, another slot's port, and a read or a
        write on the kept number would be that slot's."""
        fd = self._ser.fd
        if fd is None:
            raise self._io_error(serial.PortNotOpenError())
        return fd

    @property
    def _place(self) -> Text:
        return where(self.slot, self.path)

    def _io_error(self, exc: BaseException) -> LinkError:
        return Disconnected.unplugged(_describe(exc), slot=self.slot, port=self.path)


def _describe(exc: BaseException) -> Text:
    number = errno_of(exc)
    if number in (errno.EIO, errno.ENXIO, errno.ENODEV):
        return Text.of("link.io_error")
    text = str(exc)
    if "readiness to read but returned no data" in text:
        return Text.of("link.closed_reading")
    if text.startswith("write failed"):
        return Text.of("link.closed_writing")
    return Text.plain(text or type(exc).__name__)


def _open_error(exc: BaseException, *, path: str, slot: str) -> LinkError:
    number = errno_of(exc)
    if number == errno.EBUSY or lock_refused(exc):
        return PortBusy.held(slot=slot, port=path)
    if number in _MISSING_ERRNOS:
        return PortNotFound.missing(slot=slot, port=path)
    if number in _ACCESS_ERRNOS:
        return PortAccessDenied.denied(slot=slot, port=path)
    place = where(slot, path)
    return LinkError(
        Text.of("link.open_failed", port=path, reason=str(exc)),
        Text.of("link.open_failed.action", place=place),
        slot=slot,
        port=path,
    )
