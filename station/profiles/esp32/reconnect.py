"""After every reconnect inside an attempt, the chip on the port must be the one identified.

A reconnect reopens the slot's port by its name. After an unplug that name (a `/dev/ttyUSBn`,
a `/dev/pts/N`, or a link moved by udev) may already belong to another unit, and esptool would
reset it, load its stub and flash our NVS image into it: a unit written with another device's
credentials, or its own destroyed. So the chip's base MAC (what the hardware ID is derived
from) is read back after every connection but the first, before anything else is sent, and a
different one ends the attempt with `AnotherDeviceAnswered`.

Two reconnects exist: the session's own (`Esp32Session._ready`, after a failed exchange) and
esptool's, inside `write_flash`, which on a lost connection reopens the port, connects, loads
the stub again and rewrites the whole image. The second is reached only through the loader's
`connect`, so `ReconnectGuard` wraps that one method of the loader the write is given.

Where udev gave the adapter a by-id name, that name is the one opened (`stable_name`), so a
reconnect finds the same adapter or none; the check covers the adapters that have no such name.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from esptool.loader import ESPLoader

from station.errors import AnotherDeviceAnswered
from station.text import Text

log = logging.getLogger(__name__)

#: udev's links named after the USB device itself (vendor, product, serial), not its place.
BY_ID = Path("/dev/serial/by-id")


def stable_name(port: str, by_id: Path = BY_ID) -> str:
    """The by-id link naming the tty `port` names, where udev made one, else `port`.

    esptool reopens the name it was given. A kernel name (`/dev/ttyUSB3`) goes to whichever
    adapter enumerates next; a by-id name belongs to one adapter (to one chip, for boards whose
    USB serial number is the chip's MAC), so a reconnect through it finds the same unit or
    nothing. The MAC check below stays: adapters without a serial number share by-id names.
    """
    if os.path.dirname(port) == str(by_id):
        return port
    try:
        links = sorted(by_id.iterdir())
    except OSError:  # no USB serial device at all, or no udev
        return port
    real = os.path.realpath(port)
    for link in links:
        if os.path.realpath(link) == real:
            log.info("%s is reopened as %s after a reconnect", port, link)
            return str(link)
    return port


def another_device(slot: str, expected: bytes, found: bytes) -> AnotherDeviceAnswered:
    log.warning(
        "slot %s: after a reconnect the chip's MAC is %s, not %s: another device answered",
        slot,
        found.hex(":"),
        expected.hex(":"),
    )
    return AnotherDeviceAnswered(
        Text.of(
            "link.another_device",
            slot=slot,
            what=Text.of("word.hardware_serial"),
            found=found.hex(":"),
            expected=expected.hex(":"),
        ),
        Text.of("link.another_device.action", slot=slot),
    )


def check_same_chip(esp: ESPLoader, expected: bytes | None, slot: str) -> None:
    """Raise `AnotherDeviceAnswered` if the chip `esp` is connected to has another base MAC
    than `expected` (None: nothing identified yet, so nothing to compare)."""
    if expected is None:
        return
    found = bytes(esp.read_mac())
    if found != expected:
        raise another_device(slot, expected, found)


class ReconnectGuard:
    """Makes esptool's own reconnects through one loader (write_flash's retry after a lost
    connection) check the chip before the stub is loaded and the image written again, and
    counts them: after one, the loader the session holds is no longer the one talking to the
    chip (esptool went on with a fresh stub loader of its own)."""

    def __init__(self, esp: ESPLoader, expected: bytes | None, slot: str) -> None:
        self.reconnects = 0
        connect = type(esp).connect

        def checked_connect(*args: Any, **kwargs: Any) -> Any:
            answer = connect(esp, *args, **kwargs)
            self.reconnects += 1
            check_same_chip(esp, expected, slot)
            log.info("slot %s: esptool reconnected to the chip identified", slot)
            return answer

        esp.connect = checked_connect
