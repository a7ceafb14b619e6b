"""Shift counters: what this session produced, from the attempts the engine reported.

Definitions (also in docs/operator-screen.md):
- passed / failed / scrap: attempts that ended PASS (or RECOVERED) / FAIL / SCRAP in this
  session.
- units per hour: passed units per hour of shift, measured from the start of the session's first
  attempt to now (shown once a minute of shift has passed, so a first unit does not read as
  thousands per hour).
- first-pass yield: of the units attempted this session, the share whose first attempt that
  reached a verdict (PASS, FAIL or SCRAP) was a PASS. Aborted and already-provisioned attempts
  are not verdicts on the unit and do not count. A unit is its device ID, else its hardware
  serial; an attempt that never identified its device is a unit of its own.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from station.engine.events import AttemptFinished, Result

# RECOVERED closes an attempt the station resumed after a restart and found provisioned: the
# unit passed, without rework.
_PASSED = (Result.PASS, Result.RECOVERED)
_VERDICTS = (*_PASSED, Result.FAIL, Result.SCRAP)
MIN_UPH_WINDOW_S = 60.0


@dataclass(frozen=True)
class ShiftFigures:
    passed: int
    failed: int
    scrap: int
    aborted: int
    attempts: int
    units_per_hour: float | None
    first_pass_yield: float | None  # 0.0 to 1.0


class ShiftCounters:
    """Accumulates finished attempts of one session. Pure Python, GUI thread only."""

    def __init__(self) -> None:
        self._counts: dict[Result, int] = dict.fromkeys(Result, 0)
        self._first_verdict: dict[str, Result] = {}
        self._shift_start: float | None = None
        self._anonymous = itertools.count(1)

    def record(self, attempt: AttemptFinished, finished_at: float) -> None:
        """Count one attempt; `finished_at` is wall-clock seconds when it was reported."""
        snap = attempt.snapshot
        if snap.result is None:
            return
        self._counts[snap.result] += 1
        started = finished_at - max(snap.elapsed_s, 0.0)
        if self._shift_start is None or started < self._shift_start:
            self._shift_start = started
        if snap.result in _VERDICTS:
            key = snap.device_id or snap.hardware_serial
            if key is None:
                key = f"attempt:{snap.attempt_id or next(self._anonymous)}"
            self._first_verdict.setdefault(key, snap.result)

    def figures(self, now: float) -> ShiftFigures:
        passed = sum(self._counts[r] for r in _PASSED)
        uph: float | None = None
        if self._shift_start is not None:
            window = now - self._shift_start
            if window >= MIN_UPH_WINDOW_S:
                uph = passed * 3600.0 / window
        fpy: float | None = None
        if self._first_verdict:
            first_pass = sum(1 for r in self._first_verdict.values() if r in _PASSED)
            fpy = first_pass / len(self._first_verdict)
        return ShiftFigures(
            passed=passed,
            failed=self._counts[Result.FAIL],
            scrap=self._counts[Result.SCRAP],
            aborted=self._counts[Result.ABORTED],
            attempts=sum(self._counts.values()),
            units_per_hour=uph,
            first_pass_yield=fpy,
        )
