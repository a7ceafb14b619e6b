"""A port locked for an instant is not a port held by another program.

Serial ports are opened with an exclusive `flock`, which belongs to the open file, not to the
process. Every program the station starts (a token command, a label printer, a light's helper)
is forked from a process that may have a port open at that moment, and between the fork and
the exec the child holds a copy of that descriptor, and with it the lock. A slot that closes
its port after the presence check and opens it again for the attempt can land in that window
and be told "busy" by a lock nobody holds a millisecond later: a false FAIL that sends the
operator hunting for a serial terminal that is not there. Measured on a loaded two-core
machine, such a lock is gone within 10 ms; a real holder (ModemManager, a terminal, another
station) keeps it for seconds or for ever, so a short grace tells the two apart.

A child starved of the CPU (a machine kept busy by lower-priority work, whose children share
its priority) can take longer than the grace to reach its exec. Its lock is still recorded
against the process that took it, this one, which no other program can be: such a lock is
waited out for longer, bounded all the same.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from typing import TypeVar

from station.link.locks import exclusive_lockers
from station.link.vanished import errno_of

T = TypeVar("T")

#: How long a lock may be in the way before the port counts as held.
LOCK_GRACE_S = 1.0
#: How long a lock this process took, left in a child not yet exec'd, may be in the way.
OWN_LOCK_S = 5.0
#: The pause between two tries: far shorter than the grace, far longer than a failed open.
RETRY_EVERY_S = 0.02


def lock_refused(exc: BaseException) -> bool:
    """The open failed only because another open file holds the port's exclusive lock."""
    return errno_of(exc) in (errno.EAGAIN, errno.EWOULDBLOCK) or "exclusively lock" in str(exc)


def retry_while_locked(
    open_port: Callable[[], T],
    *,
    path: str,
    locked: Callable[[BaseException], bool] = lock_refused,
    grace_s: float = LOCK_GRACE_S,
    own_lock_s: float = OWN_LOCK_S,
) -> T:
    """`open_port()`, tried again while it fails only on the lock of `path`: for at most
    `grace_s`, or `own_lock_s` while the lock is this process's own; after that, or on any
    other failure, its exception is raised unchanged."""
    began = time.monotonic()
    while True:
        try:
            return open_port()
        except Exception as exc:
            if not locked(exc):
                raise
            waited = time.monotonic() - began
            if waited >= grace_s and (waited >= own_lock_s or not _own_lock(path)):
                raise
        time.sleep(RETRY_EVERY_S)


def _own_lock(path: str) -> bool:
    return os.getpid() in exclusive_lockers(path)
