"""The idle lock: a QA or supervisor session falls back to operator after a quiet spell.

A privileged session left open on a line PC is an open door; the lock needs no one to remember
to sign out. The clock is injectable so the policy is tested without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


class IdleLock:
    def __init__(self, timeout_s: float, *, clock: Clock = time.monotonic) -> None:
        if timeout_s <= 0:
            raise ValueError("the idle timeout must be positive")
        self.timeout_s = float(timeout_s)
        self._clock = clock
        self._last = clock()

    def touch(self) -> None:
        """Input happened: the quiet spell starts again."""
        self._last = self._clock()

    @property
    def idle_s(self) -> float:
        return max(0.0, self._clock() - self._last)

    @property
    def remaining_s(self) -> float:
        return max(0.0, self.timeout_s - self.idle_s)

    @property
    def expired(self) -> bool:
        return self.idle_s >= self.timeout_s
