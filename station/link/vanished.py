"""What pyserial (and esptool through it) lets out when the tty under an open port vanishes.

An unplug reaches the station as one of three exception types depending on which system call
hit the dead tty first: `serial.SerialException` (reads, writes, `tcgetattr`), a bare `OSError`
(`in_waiting`'s ioctl, DTR/RTS), or `termios.error` (`tcsetattr`, `tcflush`, `tcdrain`:
pyserial does not wrap those, and `termios.error` is not an `OSError`). Every catch of "the
port failed" names `PORT_FAILURES` so that none of them forgets the third.
"""

from __future__ import annotations

import termios

import serial

#: Everything a serial call can raise because the device or its tty went away.
PORT_FAILURES: tuple[type[Exception], ...] = (serial.SerialException, OSError, termios.error)


def errno_of(exc: BaseException) -> int | None:
    """The errno behind a port failure; `termios.error` carries it only as its first arg."""
    number = getattr(exc, "errno", None)
    if isinstance(number, int):
        return number
    if isinstance(exc, termios.error) and exc.args and isinstance(exc.args[0], int):
        return int(exc.args[0])
    return None
