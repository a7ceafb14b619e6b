"""Shift counters from finished attempts; they agree with the QA summary of the same attempts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from station.engine.events import AttemptFinished, Result, SlotSnapshot, SlotState
from station.journal import AttemptFilter, Journal, JournalQuery
from tests.fixtures.journal import begin_line_a_attempt
from ui.operator.counters import ShiftCounters, ShiftFigures
from ui.operator.counters_view import CountersView

_STATE = {
    Result.PASS: SlotState.PASS,
    Result.RECOVERED: SlotState.PASS,
    Result.FAIL: SlotState.FAIL,
    Result.SCRAP: SlotState.SCRAP,
    Result.ABORTED: SlotState.ABORTED,
    Result.ALREADY_PROVISIONED: SlotState.ALREADY_PROVISIONED,
}


def _done(
    result: Result, device: str | None, elapsed: float = 10.0, serial: str | None = None
) -> AttemptFinished:
    snap = SlotSnapshot(
        "1",
        "loc",
        _STATE[result],
        device_id=device,
        hardware_serial=serial,
        result=result,
        elapsed_s=elapsed,
    )
    return AttemptFinished(snap)


def test_every_result_kind_is_counted_where_it_belongs() -> None:
    assert set(_STATE) == set(Result)  # a new result kind must be placed here too
    c = ShiftCounters()
    for n, result in enumerate(Result):
        c.record(_done(result, f"unit-{n}"), 100.0 + n * 20)
    f = c.figures()
    assert f.attempts == len(Result)
    assert f.passed == 2  # PASS and RECOVERED: a recovered unit passed, without rework
    assert (f.failed, f.scrap, f.aborted) == (1, 1, 1)
    # Units with a verdict: PASS, RECOVERED, FAIL, SCRAP; two of them passed first time.
    assert f.first_pass_yield == pytest.approx(0.5)


def test_no_attempts_reads_as_the_journal_metrics_of_none() -> None:
    from station.journal.metrics import production

    made = production([])
    f = ShiftCounters().figures()
    assert (f.passed, f.failed, f.scrap, f.aborted, f.attempts) == (0, 0, 0, 0, 0)
    assert (f.units_per_hour, f.first_pass_yield, f.active_s) == (
        made.units_per_hour,
        made.first_pass_yield,
        made.active_s,
    )


def test_recovered_alone_counts_as_passed() -> None:
    c = ShiftCounters()
    c.record(_done(Result.RECOVERED, "r"), 100.0)
    f = c.figures()
    assert (f.passed, f.failed, f.scrap, f.aborted, f.attempts) == (1, 0, 0, 0, 1)
    assert f.first_pass_yield == 1.0


def test_counts_yield_and_rate() -> None:
    c = ShiftCounters()
    t0 = 1_000_000.0
    c.record(_done(Result.PASS, "a"), t0 + 10)  # production starts at t0
    c.record(_done(Result.FAIL, "b"), t0 + 300)
    c.record(_done(Result.PASS, "b"), t0 + 500)  # b passes on its second attempt
    c.record(_done(Result.SCRAP, "c"), t0 + 700)
    c.record(_done(Result.ABORTED, "d"), t0 + 800)  # not a verdict on d
    c.record(_done(Result.PASS, "d"), t0 + 900)
    c.record(_done(Result.ALREADY_PROVISIONED, "a"), t0 + 1000)
    f = c.figures()
    assert (f.passed, f.failed, f.scrap, f.aborted, f.attempts) == (3, 1, 1, 1, 7)
    # units a, b, c, d; first verdicts PASS, FAIL, SCRAP, PASS
    assert f.first_pass_yield == pytest.approx(0.5)
    assert f.active_s == pytest.approx(1000)
    assert f.units_per_hour == pytest.approx(3 * 3600 / 1000)


def test_a_break_does_not_dilute_the_rate() -> None:
    c = ShiftCounters()
    c.record(_done(Result.PASS, "a", elapsed=30.0), 1030.0)
    c.record(_done(Result.PASS, "b", elapsed=30.0), 1060.0)
    c.record(_done(Result.PASS, "c", elapsed=30.0), 1060.0 + 3 * 3600)  # after a long stop
    f = c.figures()
    assert f.active_s == pytest.approx(90)
    assert f.units_per_hour == pytest.approx(3 * 3600 / 90)


def test_no_rate_until_a_minute_of_production() -> None:
    c = ShiftCounters()
    c.record(_done(Result.PASS, "a", elapsed=5.0), 100.0)
    f = c.figures()
    assert f.units_per_hour is None
    assert f.first_pass_yield == 1.0
    c.record(_done(Result.PASS, "b", elapsed=5.0), 160.0)
    assert c.figures().units_per_hour == pytest.approx(2 * 3600 / 65)


def test_unidentified_failures_are_not_units() -> None:
    # A unit that does not answer identify twice, then passes: one unit, passed first time as
    # far as anyone can tell, and not three units of which two failed (issue: 60 % vs 100 %).
    c = ShiftCounters()
    c.record(_done(Result.FAIL, None), 10.0)
    c.record(_done(Result.FAIL, None), 20.0)
    c.record(_done(Result.PASS, "x"), 30.0)
    c.record(_done(Result.PASS, None, serial="SN-1"), 40.0)  # a serial is a unit too
    f = c.figures()
    assert f.failed == 2
    assert f.first_pass_yield == 1.0


def test_counters_and_qa_summary_agree_on_the_same_attempts(tmp_path: Path) -> None:
    """Both sides read one shift: the counters from engine events, QA from the journal."""
    start = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    clock = {"now": start}
    shift = [  # (minutes from start, duration s, device or None, result)
        (0, 40, "dev-a", Result.PASS),
        (1, 40, "dev-b", Result.PASS),
        (2, 15, None, Result.FAIL),  # no answer to identify
        (3, 15, None, Result.FAIL),
        (4, 40, "dev-c", Result.PASS),  # the same unit, answering at last
        (5, 40, "dev-d", Result.FAIL),
        (6, 40, "dev-d", Result.PASS),
        (7, 40, "dev-e", Result.RECOVERED),
        (8, 10, "dev-f", Result.ABORTED),
        (120, 40, "dev-g", Result.PASS),  # after a two-hour stop
    ]
    counters = ShiftCounters()
    path = tmp_path / "journal.sqlite"
    with Journal.open(path, station_id="st", clock=lambda: clock["now"]) as journal:
        for minute, seconds, device, result in shift:
            began = start + timedelta(minutes=minute)
            clock["now"] = began
            attempt = begin_line_a_attempt(journal, "1")
            if device is not None:
                journal.update_device(
                    attempt,
                    device_id=device,
                    hardware_serial=f"SN-{device}",
                    model="m",
                    firmware="1",
                    storage_kind="otp",
                )
            clock["now"] = began + timedelta(seconds=seconds)
            journal.finish_attempt(attempt, result=str(result), link_stats={})
            counters.record(_done(result, device, elapsed=seconds), clock["now"].timestamp())
    with JournalQuery.open(path) as query:
        summary = query.summary(AttemptFilter())
    mine = counters.figures()
    # Units a, b, c, d, e, g (f was only aborted); d needed a retry.
    assert mine.first_pass_yield == summary.first_pass_yield == pytest.approx(5 / 6)
    assert mine.units_per_hour == pytest.approx(summary.units_per_hour)
    assert summary.window_s == pytest.approx(8 * 60 + 10 + 40)  # the stop is left out
    assert summary.unidentified == 2


def test_counters_view_shows_figures(qtbot: QtBot) -> None:
    view = CountersView()
    qtbot.addWidget(view)
    assert view._passed.value.text() == "0"
    assert view._fpy.value.text() == "—"
    view.on_attempt_finished(_done(Result.PASS, "a"))
    view.on_attempt_finished(_done(Result.FAIL, "b"))
    view.on_attempt_finished(_done(Result.RECOVERED, "c"))
    assert view.figures.passed == 2  # the figures are current at once
    qtbot.waitUntil(lambda: view._passed.value.text() == "2", timeout=5_000)  # one repaint
    assert view._failed.value.text() == "1"
    assert view._scrap.value.text() == "0"
    assert view._fpy.value.text() == "67 %"
    assert view.figures.passed == 2
    assert "active production" in view._uph.toolTip()


def test_a_burst_of_attempts_is_counted_once_not_once_per_attempt(qtbot: QtBot) -> None:
    view = CountersView()
    qtbot.addWidget(view)
    computed: list[int] = []
    inner = view.counters.figures

    def counting(now: float | None = None) -> ShiftFigures:
        computed.append(1)
        return inner(now)

    view.counters.figures = counting  # type: ignore[method-assign]
    for n in range(16):  # a whole fixture finishing together
        view.on_attempt_finished(_done(Result.PASS, f"unit-{n}"))
    qtbot.waitUntil(lambda: view._passed.value.text() == "16", timeout=5_000)
    assert len(computed) == 1
