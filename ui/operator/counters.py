"""Shift counters: what this session produced, from the attempts the engine reported.

- passed / failed / scrap / aborted: attempts that ended PASS or RECOVERED / FAIL / SCRAP /
  ABORTED in this session. RECOVERED closes an attempt the station resumed after a restart and
  found provisioned: the unit passed, without rework.
- units per hour and first-pass yield: `station.journal.metrics`, the one definition the QA
  summary also uses (docs/qa.md, "Production figures"): units per hour over active production
  time, first-pass yield over identified units.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from station.engine.events import AttemptFinished, Result

if TYPE_CHECKING:
    from station.journal.metrics import Outcome


@dataclass(frozen=True)
class ShiftFigures:
    passed: int
    failed: int
    scrap: int
    aborted: int
    attempts: int
    units_per_hour: float | None
    first_pass_yield: float | None  # 0.0 to 1.0
    active_s: float = 0.0  # the production time units per hour is taken over


class ShiftCounters:
    """Accumulates finished attempts of one session. Pure Python, GUI thread only.

    A session holds a shift's attempts (thousands at most), so the figures are recomputed from
    all of them rather than kept incrementally under a second definition.
    """

    def __init__(self) -> None:
        self._outcomes: list[Outcome] = []

    def record(self, attempt: AttemptFinished, finished_at: float) -> None:
        """Count one attempt; `finished_at` is wall-clock seconds when it was reported."""
        # Imported on first use: the journal package is the engine's (loaded by then), and the
        # window's first frame should not wait for it.
        from station.journal.metrics import Outcome, unit_of

        snap = attempt.snapshot
        if snap.result is None:
            return
        self._outcomes.append(
            Outcome(
                result=str(snap.result),
                unit=unit_of(snap.device_id, snap.hardware_serial),
                started_s=finished_at - max(snap.elapsed_s, 0.0),
                finished_s=finished_at,
            )
        )

    def figures(self, now: float | None = None) -> ShiftFigures:
        """The figures so far. `now` is not needed (the production time ends with the last
        finished attempt) and is accepted for callers that refresh on a clock."""
        if not self._outcomes:  # nothing finished: no production time, so no rate or yield
            return ShiftFigures(0, 0, 0, 0, 0, units_per_hour=None, first_pass_yield=None)
        from station.journal.metrics import PASSED, production

        counts = {r: 0 for r in Result}
        for o in self._outcomes:
            counts[Result(o.result)] += 1
        made = production(self._outcomes)
        return ShiftFigures(
            passed=sum(counts[Result(r)] for r in PASSED),
            failed=counts[Result.FAIL],
            scrap=counts[Result.SCRAP],
            aborted=counts[Result.ABORTED],
            attempts=len(self._outcomes),
            units_per_hour=made.units_per_hour,
            first_pass_yield=made.first_pass_yield,
            active_s=made.active_s,
        )
