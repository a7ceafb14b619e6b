"""Cancel flags and deadlines for blocking I/O.

Every blocking call in the core takes a `Deadline` (absolute, monotonic) and a `CancelToken`.
Long waits are sliced so that an operator's abort is noticed within `CancelToken.POLL` seconds.
"""

from __future__ import annotations

import threading
import time

from station.errors import StationError
from station.text import Text, as_text


class Cancelled(StationError):
    """The operator (or shutdown) asked this work to stop."""

    error_class = "aborted"

    def __init__(self, message: str | Text = "", action: str | Text = "") -> None:
        super().__init__(message or Text.of("abort.by_operator"), action)


class CancelToken:
    POLL = 0.05

    def __init__(self) -> None:
        self._event = threading.Event()
        self.reason_text = Text.plain("")

    @property
    def reason(self) -> str:
        """Why it was cancelled, in English ("" until it is)."""
        return self.reason_text.english

    def cancel(self, reason: str | Text = "") -> None:
        self.reason_text = as_text(reason or Text.of("abort.by_operator"))
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if cancellation was requested."""
        if self._event.is_set():
            raise Cancelled(self.reason_text)

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; return True early if cancelled."""
        return self._event.wait(max(0.0, seconds))


class Deadline:
    """An absolute point on the monotonic clock."""

    __slots__ = ("at",)

    def __init__(self, seconds_from_now: float) -> None:
        self.at = time.monotonic() + seconds_from_now

    @classmethod
    def never(cls) -> Deadline:
        d = cls(0)
        d.at = float("inf")
        return d

    def remaining(self) -> float:
        return max(0.0, self.at - time.monotonic())

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.at

    def sooner(self, seconds: float) -> Deadline:
        """The earlier of this deadline and `seconds` from now."""
        d = Deadline(seconds)
        d.at = min(d.at, self.at)
        return d
