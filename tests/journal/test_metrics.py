"""The one definition of first-pass yield and units per hour (station.journal.metrics)."""

from __future__ import annotations

import pytest

from station.journal.metrics import IDLE_GAP_S, Outcome, active_seconds, production


def _o(result: str, unit: str | None, start: float, end: float) -> Outcome:
    return Outcome(result, unit, start, end)


def test_retries_of_an_unidentified_unit_do_not_count_as_units() -> None:
    # The shift the operator screen read as 60 % and QA as 100 %: three units pass first time,
    # and a fourth fails twice at identify before passing.
    made = production(
        [
            _o("PASS", "a", 0, 10),
            _o("PASS", "b", 10, 20),
            _o("FAIL", None, 20, 25),
            _o("FAIL", None, 25, 30),
            _o("PASS", "c", 30, 40),
        ]
    )
    assert (made.units, made.first_pass_units, made.unidentified) == (3, 3, 2)
    assert made.first_pass_yield == 1.0


def test_first_verdict_decides_and_only_verdicts_count() -> None:
    made = production(
        [
            _o("ABORTED", "a", 0, 5),  # not a verdict on a
            _o("PASS", "a", 5, 10),
            _o("FAIL", "b", 10, 20),
            _o("PASS", "b", 20, 30),  # b needed a retry
            _o("RECOVERED", "c", 30, 40),  # a pass, without rework
            _o("SCRAP", "d", 40, 50),
            _o("ALREADY_PROVISIONED", "e", 50, 55),  # nothing was done: no unit
        ]
    )
    assert made.units == 4
    assert made.first_pass_units == 2  # a and c
    assert made.passed == 3  # a, b's retry, c
    assert made.first_pass_yield == pytest.approx(0.5)


def test_the_order_is_by_start_time_not_by_arrival() -> None:
    made = production([_o("PASS", "a", 100, 110), _o("FAIL", "a", 0, 10)])
    assert made.first_pass_yield == 0.0


def test_units_per_hour_is_over_active_production_time() -> None:
    # Two runs of 30 minutes, 6 hours apart: 60 passes are 60 per hour, not 60 per 6.5 hours.
    first = [_o("PASS", f"a{i}", i * 60.0, i * 60.0 + 30) for i in range(30)]
    second = [_o("PASS", f"b{i}", 21_600 + i * 60.0, 21_600 + i * 60.0 + 30) for i in range(30)]
    made = production(first + second)
    assert made.active_s == pytest.approx(2 * (29 * 60 + 30))
    assert made.units_per_hour is not None
    assert made.units_per_hour == pytest.approx(60 * 3600 / made.active_s)
    assert 60 < made.units_per_hour < 62


def test_short_gaps_are_production_and_long_gaps_are_breaks() -> None:
    assert active_seconds([(0, 10), (5, 20)]) == 20  # overlapping slots
    assert active_seconds([(0, 10), (10 + IDLE_GAP_S - 1, 10 + IDLE_GAP_S)]) == 10 + IDLE_GAP_S
    assert active_seconds([(0, 10), (10 + IDLE_GAP_S, 20 + IDLE_GAP_S)]) == 20
    assert active_seconds([]) == 0


def test_no_rate_before_a_minute_of_production() -> None:
    assert production([_o("PASS", "a", 0, 30)]).units_per_hour is None
    assert production([_o("PASS", "a", 0, 30), _o("PASS", "b", 30, 60)]).units_per_hour == 120
    assert production([]).first_pass_yield is None
