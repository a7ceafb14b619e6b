"""A test hook that kills the station at a named point of the transaction, like a power cut.

Only the crash-matrix tests use it: with `STATION_CRASH_AT=<point>[:<slot>]` in the environment,
the process ends with `os._exit(137)` (what a SIGKILL looks like to a parent) when a transaction
reaches that point, optionally only on one slot. Without the variable every call is a no-op.
Nothing is flushed or closed on the way out, on purpose: that is what a crash does.
"""

from __future__ import annotations

import os
import threading
from enum import StrEnum

ENV = "STATION_CRASH_AT"
EXIT_CODE = 137  # 128 + SIGKILL
# How long after the write request starts the process dies for `during_write`: the device may
# or may not have started programming, and recovery must cope with both.
DURING_WRITE_DELAY_S = 0.002


class CrashPoint(StrEnum):
    AFTER_REGISTER = "after_register"
    AFTER_INTENT = "after_intent"
    DURING_WRITE = "during_write"
    AFTER_WRITE = "after_write"
    AFTER_READ_BACK = "after_read_back"
    AFTER_VERIFY = "after_verify"
    AFTER_LOCK = "after_lock"
    BEFORE_FINISH = "before_finish"
    # After the finish record, before anything else the attempt does (its MES result is sent).
    AFTER_FINISH = "after_finish"


#: The points inside the device transaction, which the crash matrices walk: after the finish
#: the attempt is closed, and what a kill there must not lose is tested where it is written.
TRANSACTION_POINTS = tuple(p for p in CrashPoint if p is not CrashPoint.AFTER_FINISH)


def _armed(point: CrashPoint, slot: str) -> bool:
    spec = os.environ.get(ENV, "")
    if not spec:
        return False
    name, _, only_slot = spec.partition(":")
    return name == point.value and (not only_slot or only_slot == slot)


def crash_if(point: CrashPoint, slot: str) -> None:
    if _armed(point, slot):
        os._exit(EXIT_CODE)


def arm_during_write(slot: str) -> threading.Timer | None:
    """For `during_write`: a timer that kills the process while the write is in flight."""
    if not _armed(CrashPoint.DURING_WRITE, slot):
        return None
    timer = threading.Timer(DURING_WRITE_DELAY_S, os._exit, args=(EXIT_CODE,))
    timer.daemon = True
    timer.start()
    return timer
