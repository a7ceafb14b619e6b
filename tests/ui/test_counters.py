"""Shift counters from finished attempts."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station.engine.events import AttemptFinished, Result, SlotSnapshot, SlotState
from ui.operator.counters import ShiftCounters
from ui.operator.counters_view import CountersView

_STATE = {
    Result.PASS: SlotState.PASS,
    Result.FAIL: SlotState.FAIL,
    Result.SCRAP: SlotState.SCRAP,
    Result.ABORTED: SlotState.ABORTED,
    Result.ALREADY_PROVISIONED: SlotState.ALREADY_PROVISIONED,
}


def _done(result: Result, device: str | None, elapsed: float = 10.0) -> AttemptFinished:
    snap = SlotSnapshot(
        "1", "loc", _STATE[result], device_id=device, result=result, elapsed_s=elapsed
    )
    return AttemptFinished(snap)


def test_counts_yield_and_rate() -> None:
    c = ShiftCounters()
    t0 = 1_000_000.0
    c.record(_done(Result.PASS, "a"), t0 + 10)  # shift starts at t0
    c.record(_done(Result.FAIL, "b"), t0 + 600)
    c.record(_done(Result.PASS, "b"), t0 + 900)  # b passes on its second attempt
    c.record(_done(Result.SCRAP, "c"), t0 + 1200)
    c.record(_done(Result.ABORTED, "d"), t0 + 1300)  # not a verdict on d
    c.record(_done(Result.PASS, "d"), t0 + 1500)
    c.record(_done(Result.ALREADY_PROVISIONED, "a"), t0 + 1600)
    f = c.figures(t0 + 1800)
    assert (f.passed, f.failed, f.scrap, f.aborted, f.attempts) == (3, 1, 1, 1, 7)
    # units a, b, c, d; first verdicts PASS, FAIL, SCRAP, PASS
    assert f.first_pass_yield == pytest.approx(0.5)
    assert f.units_per_hour == pytest.approx(3 * 3600 / 1800)


def test_no_rate_until_a_minute_of_shift() -> None:
    c = ShiftCounters()
    c.record(_done(Result.PASS, "a", elapsed=5.0), 100.0)
    f = c.figures(110.0)
    assert f.units_per_hour is None
    assert f.first_pass_yield == 1.0
    assert c.figures(200.0).units_per_hour == pytest.approx(3600 / 105)


def test_unidentified_failures_are_units_of_their_own() -> None:
    c = ShiftCounters()
    c.record(_done(Result.FAIL, None), 10.0)
    c.record(_done(Result.FAIL, None), 20.0)
    c.record(_done(Result.PASS, "x"), 30.0)
    assert c.figures(40.0).first_pass_yield == pytest.approx(1 / 3)


def test_counters_view_shows_figures(qtbot: QtBot) -> None:
    view = CountersView()
    qtbot.addWidget(view)
    assert view._passed.value.text() == "0"
    assert view._fpy.value.text() == "—"
    view.on_attempt_finished(_done(Result.PASS, "a"))
    view.on_attempt_finished(_done(Result.FAIL, "b"))
    assert view._passed.value.text() == "1"
    assert view._failed.value.text() == "1"
    assert view._scrap.value.text() == "0"
    assert view._fpy.value.text() == "50 %"
    assert view.figures.passed == 1
