"""A serial barcode scanner unplugged on a real pty: reported once with its action, read again
when it is back, and its thread never dies (whichever exception the unplug surfaced as)."""

from __future__ import annotations

import os
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

from station.peripherals.serial_scanner import SerialScanner
from tests.peripherals.unplug_at import UnplugAt

WAIT_S = 30.0


def _pty() -> tuple[int, str]:
    master, slave = os.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    return master, path


def _point(link: Path, path: str) -> None:
    spare = link.with_suffix(".new")
    spare.symlink_to(path)
    spare.replace(link)


def _until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_a_scanner_unplugged_while_and_after_its_port_opens_is_offline_then_back(
    tmp_path: Path,
) -> None:
    first_master, first = _pty()
    link = tmp_path / "scanner"
    _point(link, first)
    scans: list[str] = []
    problems: list[tuple[str, str, str]] = []
    # Unplugged just as pyserial flushes the freshly opened port: termios.error.
    unplug = UnplugAt(first_master, termios.tcflush)
    threading.setprofile(unplug)
    try:
        scanner = SerialScanner(
            str(link),
            scans.append,
            lambda level, message, action: problems.append(
                (level, message.english, action.english if action else "")
            ),
        )
        scanner.start()
    finally:
        threading.setprofile(None)  # (the scanner's thread keeps it; it fires only once)
    second_master = -1
    try:
        _until(lambda: len(problems) == 1)
        assert unplug.done.is_set()
        level, message, action = problems[0]
        assert level == "warning" and "cannot be read" in message, problems
        # The system's words for the errno, not termios.error's tuple.
        assert message.endswith("cannot be read (Input/output error)."), message
        assert "USB cable" in action and "scanner_port" in action
        assert not scanner.reading.is_set()

        second_master, second = _pty()
        _point(link, second)  # plugged back, under its stable name
        _until(scanner.reading.is_set)
        assert problems[1] == ("info", f"The barcode scanner on {link} is back.", "")
        os.write(second_master, b"LABEL-1\r\n")
        _until(lambda: scans == ["LABEL-1"])

        os.close(second_master)  # unplugged while reading
        second_master = -1
        _until(lambda: len(problems) == 3)
        assert problems[2][0] == "warning" and "USB cable" in problems[2][2]
        _until(lambda: not scanner.reading.is_set())
        assert scanner._thread.is_alive()
    finally:
        scanner.stop()
        if second_master >= 0:
            os.close(second_master)
    assert not scanner._thread.is_alive()
