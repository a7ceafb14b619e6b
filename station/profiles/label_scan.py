"""A serial scanned from a unit's label, as a device's identity, for firmware that cannot say it.

`LabelScans` is the per-slot scan inbox the fixture runner owns. A profile whose identity is
the label (zephyr-mcumgr-fs with `identity = "label_scan"`) calls `wait` on the slot's thread
while it identifies the device; the operator screen's scanner (or `station provision --serial`)
calls `give` from any other thread. `give` answers at once: the serial is taken, or refused
with what was wrong and what to do. While a slot waits, the runner's listener shows the
operator the action "Scan the label of the unit in slot N"; a wait ends with the serial, with
the cancel flag (the operator's abort), or at its deadline as a clear failure.

The rule from a scanned serial to the identity the engine uses (docs/zephyr.md):
- the serial is the scanned text without surrounding spaces: 1 to `MAX_LENGTH` printable ASCII
  characters (no control characters; spaces inside are kept);
- the hardware serial is that text as scanned; the hardware ID is its ASCII bytes;
- the device ID then comes from the hardware ID (or the serial) by the target's own rule.

A serial is held by its slot from the moment it is taken until the slot's device session ends,
so the same label cannot be given to a second slot while the first one is working with it.
Pure Python, no Qt: the GUI and the CLI are two callers of the same `give`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from station.cancel import CancelToken, Deadline
from station.errors import StationError
from station.text import Text

MAX_LENGTH = 64
DEFAULT_TIMEOUT_S = 120.0

#: Told on the slot's thread when a slot starts (True) or stops (False) waiting for a scan.
WaitListener = Callable[[str, bool], None]


class ScanRefused(StationError):
    """A scanned serial the station cannot take; the slot keeps waiting."""

    error_class = "label_scan_refused"


class ScanTimedOut(StationError):
    error_class = "label_scan_timeout"


def scan_action(slot: str) -> Text:
    return Text.of("label_scan.scan.action", slot=slot)


def checked_serial(text: str, slot: str) -> str:
    """The serial in a scanned text, or `ScanRefused` naming what is wrong with it."""
    serial = text.strip()
    if not serial:
        raise ScanRefused(
            Text.of("label_scan.empty", slot=slot), Text.of("label_scan.again.action", slot=slot)
        )
    if len(serial) > MAX_LENGTH:
        raise ScanRefused(
            Text.of("label_scan.too_long", slot=slot, length=len(serial), most=MAX_LENGTH),
            Text.of("label_scan.too_long.action", slot=slot),
        )
    bad = next((ch for ch in serial if not " " <= ch <= "~"), None)
    if bad is not None:
        control = ord(bad) < 0x20 or ord(bad) == 0x7F
        raise ScanRefused(
            Text.of(
                "label_scan.control_char" if control else "label_scan.non_ascii",
                slot=slot,
                code=f"U+{ord(bad):04X}",
            ),
            Text.of("label_scan.bad_char.action", slot=slot),
        )
    return serial


def hardware_id_of(serial: str) -> bytes:
    """The hardware ID of a unit identified by its label: the serial's ASCII bytes."""
    return serial.encode("ascii")


class LabelScans:
    """The scan inbox of every slot of one fixture; every method is thread-safe."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._waiting: set[str] = set()
        self._given: dict[str, str] = {}  # slot -> serial taken, not yet picked up by `wait`
        self._held: dict[str, str] = {}  # slot -> serial its device session works with
        self._listener: WaitListener | None = None

    def set_listener(self, listener: WaitListener | None) -> None:
        self._listener = listener

    def waiting(self) -> list[str]:
        """The slots waiting for a scan now."""
        with self._cond:
            return sorted(self._waiting)

    def give(self, slot: str, text: str) -> str:
        """Hand a scanned text to `slot`; the serial taken, or `ScanRefused`."""
        serial = checked_serial(text, slot)
        with self._cond:
            if slot not in self._waiting or slot in self._given:
                raise ScanRefused(
                    Text.of("label_scan.not_waiting", slot=slot, serial=serial),
                    Text.of("label_scan.not_waiting.action"),
                )
            owners = {**self._held, **self._given}
            other = next((s for s, held in owners.items() if held == serial and s != slot), None)
            if other is not None:
                raise ScanRefused(
                    Text.of("label_scan.taken", serial=serial, other=other, slot=slot),
                    Text.of("label_scan.taken.action", slot=slot, other=other),
                )
            self._given[slot] = serial
            self._cond.notify_all()
        return serial

    def wait(self, slot: str, *, timeout_s: float, cancel: CancelToken) -> str:
        """On the slot's thread: the serial scanned for `slot`. Raises `Cancelled` on abort and
        `ScanTimedOut` at the deadline; either way the slot holds no serial."""
        deadline = Deadline(timeout_s)
        with self._cond:
            self._waiting.add(slot)
            self._given.pop(slot, None)
        self._tell(slot, True)
        try:
            with self._cond:
                while slot not in self._given:
                    cancel.check()
                    if deadline.expired:
                        raise ScanTimedOut(
                            Text.of("label_scan.timed_out", slot=slot, timeout_s=timeout_s),
                            Text.of("label_scan.timed_out.action", slot=slot),
                        )
                    # Sliced, so an abort is noticed within the cancel token's poll interval.
                    self._cond.wait(min(CancelToken.POLL, deadline.remaining()))
                serial = self._given.pop(slot)
                self._held[slot] = serial
                return serial
        finally:
            with self._cond:
                self._waiting.discard(slot)
            self._tell(slot, False)

    def release(self, slot: str) -> None:
        """The slot's device session ended: its serial is free for another slot."""
        with self._cond:
            self._held.pop(slot, None)
            self._given.pop(slot, None)

    def _tell(self, slot: str, waiting: bool) -> None:
        listener = self._listener
        if listener is not None:
            listener(slot, waiting)


@runtime_checkable
class UsesLabelScans(Protocol):
    """A profile that may identify a unit by its scanned label: the runner hands it the inbox."""

    def use_label_scans(self, scans: LabelScans) -> None: ...
