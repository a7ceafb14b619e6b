"""Latency and failures the stand-in injects, as a real network and ingress would.

Two ways to ask for trouble: standing rates (a fraction of requests fail, drawn from a seeded
generator so a run can be replayed) and one-shot faults queued for the next matching requests,
which is what tests use when they need a failure to happen exactly once.

Kinds:
- `error`: a 5xx from the ingress (HTML body) or, for 500, from Pairing itself (JSON body);
- `throttle`: 429 from the ingress, with Retry-After;
- `timeout`: the connection is held without an answer, then closed;
- `reset`: the connection is reset (TCP RST) without an answer;
- `timeout_after` / `reset_after`: the same, but after Pairing processed the request, so the
  state changed (a secret rotated) and the client never learns it: the unknown-outcome case;
- `trickle`: Pairing's real answer, headers at once, then the body one byte every
  `trickle_interval_s`: a congested link or a stalling proxy, which per-read timeouts never
  catch because every read gets a byte in time;
- `oversize`: Pairing's real answer padded with trailing spaces (still valid JSON) to
  `oversize_bytes`, as a misrouted URL's download or a proxy's page would be; bodiless answers
  (204) are left alone.
"""

from __future__ import annotations

import collections
import dataclasses
import random
import re
import threading
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal[
    "error", "throttle", "timeout", "reset", "timeout_after", "reset_after", "trickle", "oversize"
]
FAULT_KINDS: tuple[FaultKind, ...] = (
    "error",
    "throttle",
    "timeout",
    "reset",
    "timeout_after",
    "reset_after",
    "trickle",
    "oversize",
)


@dataclass(frozen=True)
class Faults:
    latency_s: float = 0.0
    error_rate: float = 0.0
    error_status: int = 503
    throttle_rate: float = 0.0
    retry_after_s: int | None = 1
    timeout_rate: float = 0.0
    reset_rate: float = 0.0
    hold_s: float = 30.0  # how long a `timeout` holds the connection before closing it
    trickle_rate: float = 0.0
    trickle_interval_s: float = 0.05  # pause before each byte of a trickled body
    oversize_rate: float = 0.0
    oversize_bytes: int = 2 * 1024 * 1024
    # Only requests whose "METHOD /path" matches (re.search) get errors, throttling, timeouts or
    # resets; None means all. Latency applies to every request.
    match: str | None = None
    seed: int | None = None

    def __post_init__(self) -> None:
        for name in (
            "error_rate",
            "throttle_rate",
            "timeout_rate",
            "reset_rate",
            "trickle_rate",
            "oversize_rate",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")
        rates = (
            self.error_rate,
            self.throttle_rate,
            self.timeout_rate,
            self.reset_rate,
            self.trickle_rate,
            self.oversize_rate,
        )
        if sum(rates) > 1.0:
            raise ValueError("fault rates add up to more than 1")
        if not 500 <= self.error_status <= 599:
            raise ValueError(f"error_status must be a 5xx status, not {self.error_status}")
        if self.latency_s < 0 or self.hold_s < 0 or self.trickle_interval_s < 0:
            raise ValueError("latency_s, hold_s and trickle_interval_s cannot be negative")
        if self.oversize_bytes < 0:
            raise ValueError(f"oversize_bytes cannot be negative, not {self.oversize_bytes}")
        if self.match is not None:
            try:
                re.compile(self.match)
            except re.error as exc:
                raise ValueError(f"match is not a valid regular expression: {exc}") from exc


@dataclass(frozen=True)
class _OneShot:
    kind: FaultKind
    match: re.Pattern[str] | None


class FaultPlan:
    """Thread-safe: the HTTP threads ask it, the test or CLI changes it at any time."""

    def __init__(self, faults: Faults | None = None) -> None:
        self._lock = threading.Lock()
        self._queue: collections.deque[_OneShot] = collections.deque()
        self._faults = Faults()
        self._match: re.Pattern[str] | None = None
        self._rng = random.Random()  # noqa: S311 - fault injection, not security
        self.set(faults or Faults())

    @property
    def faults(self) -> Faults:
        with self._lock:
            return self._faults

    def set(self, faults: Faults) -> None:
        with self._lock:
            self._faults = faults
            self._match = None if faults.match is None else re.compile(faults.match)
            self._rng = random.Random(faults.seed)  # noqa: S311

    def update(self, **changes: object) -> Faults:
        with self._lock:
            current = self._faults
        new = dataclasses.replace(current, **changes)  # type: ignore[arg-type]
        self.set(new)
        return new

    def inject(self, kind: FaultKind, count: int = 1, match: str | None = None) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; choose from {', '.join(FAULT_KINDS)}")
        pattern = None if match is None else re.compile(match)
        with self._lock:
            self._queue.extend(_OneShot(kind, pattern) for _ in range(count))

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._faults = Faults()
            self._match = None

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def decide(self, method: str, path: str) -> FaultKind | None:
        subject = f"{method} {path}"
        with self._lock:
            for shot in self._queue:
                if shot.match is None or shot.match.search(subject):
                    self._queue.remove(shot)
                    return shot.kind
            f = self._faults
            if self._match is not None and not self._match.search(subject):
                return None
            draw = self._rng.random()
        for kind, rate in (
            ("error", f.error_rate),
            ("throttle", f.throttle_rate),
            ("timeout", f.timeout_rate),
            ("reset", f.reset_rate),
            ("trickle", f.trickle_rate),
            ("oversize", f.oversize_rate),
        ):
            if draw < rate:
                return kind  # type: ignore[return-value]
            draw -= rate
        return None
