"""First-pass yield and units per hour: the one definition the operator's shift counters, the QA
summary and `station journal summary` all use (docs/qa.md, "Production figures").

- A **verdict** is an attempt that ended PASS, RECOVERED, FAIL or SCRAP. ABORTED and
  ALREADY_PROVISIONED say nothing about the unit and are not verdicts.
- A **unit** is a device ID, else a hardware serial. An attempt that identified neither is not a
  unit: a unit that fails to answer and then passes on a retry would otherwise count twice, once
  as a failure that never passes. Such attempts stay in the attempt counts and are reported as
  `unidentified`.
- **First-pass yield**: of the units with a verdict in the period, the share whose first verdict
  in the period was a pass (PASS or RECOVERED).
- **Units per hour**: passing attempts per hour of **active production time**: the time during
  which attempts ran, with the gaps between them that are shorter than `IDLE_GAP_S` (loading the
  next units) counted as production and longer gaps (breaks, a stopped line) left out. Not given
  until `MIN_ACTIVE_S` of production, so a first unit does not read as thousands per hour.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

PASSED: frozenset[str] = frozenset({"PASS", "RECOVERED"})
VERDICTS: frozenset[str] = PASSED | {"FAIL", "SCRAP"}
IDLE_GAP_S = 600.0
MIN_ACTIVE_S = 60.0


@dataclass(frozen=True)
class Outcome:
    """One finished attempt as the figures see it. Times are seconds on any one clock."""

    result: str
    unit: str | None
    started_s: float
    finished_s: float


@dataclass(frozen=True)
class Production:
    passed: int  # passing attempts (PASS and RECOVERED)
    units: int  # units with a verdict
    first_pass_units: int
    unidentified: int  # verdicts on attempts that identified no unit
    active_s: float
    first_pass_yield: float | None  # 0.0 to 1.0; None without a unit
    units_per_hour: float | None  # None until MIN_ACTIVE_S of production


def unit_of(device_id: str | None, hardware_serial: str | None) -> str | None:
    return device_id or hardware_serial or None


def active_seconds(intervals: Iterable[tuple[float, float]]) -> float:
    """Length of the union of `intervals`, with gaps under IDLE_GAP_S filled in."""
    total = 0.0
    begin: float | None = None
    end = 0.0
    for start, finish in sorted(intervals):
        if begin is None:
            begin, end = start, max(finish, start)
        elif start - end < IDLE_GAP_S:
            end = max(end, finish)
        else:
            total += end - begin
            begin, end = start, max(finish, start)
    if begin is not None:
        total += end - begin
    return total


def production(outcomes: Iterable[Outcome]) -> Production:
    ordered = sorted(outcomes, key=lambda o: (o.started_s, o.finished_s))
    first_verdict: dict[str, str] = {}
    unidentified = 0
    for o in ordered:
        if o.result not in VERDICTS:
            continue
        if o.unit is None:
            unidentified += 1
        else:
            first_verdict.setdefault(o.unit, o.result)
    passed = sum(1 for o in ordered if o.result in PASSED)
    first_pass = sum(1 for r in first_verdict.values() if r in PASSED)
    active = active_seconds((o.started_s, o.finished_s) for o in ordered)
    return Production(
        passed=passed,
        units=len(first_verdict),
        first_pass_units=first_pass,
        unidentified=unidentified,
        active_s=active,
        first_pass_yield=first_pass / len(first_verdict) if first_verdict else None,
        units_per_hour=passed * 3600.0 / active if active >= MIN_ACTIVE_S else None,
    )
