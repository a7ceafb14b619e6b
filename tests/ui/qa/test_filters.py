"""Each filter in the QA window shows exactly the attempts it should, computed independently."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from station.journal import UNFINISHED
from station.journal.model import to_us
from tests.fixtures.journal import SeededJournal
from tests.ui.i18n_fixtures import qm_dir, station_languages
from tests.ui.qa.conftest import WAIT_MS, QAWindowFactory, fetch_all
from ui.i18n.languages import Languages
from ui.qa.filter_bar import NOT_PASSED
from ui.qa.table_cells import ATTEMPT_ID_ROLE
from ui.qa.window import QAWindow

Raw = dict[str, Any]
__all__ = ["qm_dir", "station_languages"]


def shown(window: QAWindow) -> list[str]:
    model = window.model
    return [model.index(r, 0).data(ATTEMPT_ID_ROLE) for r in range(model.rowCount())]


def apply(qtbot: QtBot, window: QAWindow, change: Callable[[], None]) -> None:
    with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
        change()
        window.filters.apply_now()  # skip the typing debounce
    fetch_all(qtbot, window.model)  # scroll to the end: every matching row


def contains(text: str) -> Callable[[Raw], bool]:
    needle = text.lower()
    return lambda a: (
        needle in (a["device_id"] or "").lower() or needle in (a["hardware_serial"] or "").lower()
    )


def test_each_filter_shows_exactly_the_matching_attempts(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    seeded_journal: SeededJournal,
    station_languages: Languages,
) -> None:
    window = qa_window(seeded_journal.path)
    raw = seeded_journal.attempts
    bar = window.filters
    fetch_all(qtbot, window.model)
    assert sorted(shown(window)) == sorted(a["attempt_id"] for a in raw)

    some_device = next(a for a in raw[400:] if a["device_id"])["device_id"]
    since = seeded_journal.start + timedelta(hours=2)
    until = seeded_journal.start + timedelta(hours=5, minutes=30)
    cases: list[tuple[str, Callable[[], None], Callable[[Raw], bool]]] = [
        (
            "time range",
            lambda: bar.set_custom_range(since, until),
            lambda a: to_us(since) <= a["started_us"] < to_us(until),
        ),
        (
            "result FAIL",
            lambda: bar.choose_result(frozenset({"FAIL"})),
            lambda a: a["result"] == "FAIL",
        ),
        (
            "unfinished",
            lambda: bar.choose_result(frozenset({UNFINISHED})),
            lambda a: a["result"] is None,
        ),
        (
            "not passed",
            lambda: bar.choose_result(NOT_PASSED),
            lambda a: a["result"] in NOT_PASSED,
        ),
        (
            "device ID substring",
            lambda: bar.text.setText(some_device[5:13]),
            contains(some_device[5:13]),
        ),
        (
            "device ID substring, other case",
            lambda: bar.text.setText(some_device[2:9].swapcase()),
            contains(some_device[2:9]),
        ),
        ("two characters", lambda: bar.text.setText("xY"), contains("xY")),
        ("serial", lambda: bar.text.setText("SN1000012"), contains("SN1000012")),
        ("crash serial", lambda: bar.text.setText("SNCRASH"), contains("SNCRASH")),
        ("slot", lambda: bar.choose("slot", "4"), lambda a: a["slot"] == "4"),
        ("operator", lambda: bar.choose("operator", "bob"), lambda a: a["operator"] == "bob"),
        ("target", lambda: bar.choose("target", "line-b"), lambda a: a["target_name"] == "line-b"),
        (
            "error class",
            lambda: bar.choose("error_class", "timeout"),
            lambda a: a["error_class"] == "timeout",
        ),
    ]
    for name, change, predicate in cases:
        bar.clear()
        qtbot.waitUntil(lambda: not window.model.loading, timeout=WAIT_MS)
        apply(qtbot, window, change)
        expected = [a["attempt_id"] for a in raw if predicate(a)]
        assert expected, f"the seeded journal has no case for {name}"
        assert sorted(shown(window)) == sorted(expected), name
        match = "attempt matches" if len(expected) == 1 else "attempts match"
        assert window.count_label.text().startswith(f"{len(expected):,} {match} ("), name


def test_filters_combine(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    window = qa_window(seeded_journal.path)
    bar = window.filters
    since = seeded_journal.start
    until = seeded_journal.start + timedelta(hours=10)

    def change() -> None:
        bar.set_custom_range(since, until)
        bar.choose_result(frozenset({"FAIL"}))
        bar.choose("slot", "4")
        bar.choose("target", "line-a")

    apply(qtbot, window, change)
    expected = [
        a["attempt_id"]
        for a in seeded_journal.attempts
        if to_us(since) <= a["started_us"] < to_us(until)
        and a["result"] == "FAIL"
        and a["slot"] == "4"
        and a["target_name"] == "line-a"
    ]
    assert expected
    assert sorted(shown(window)) == sorted(expected)


def test_choices_come_from_the_journal(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    window = qa_window(seeded_journal.path)
    raw = seeded_journal.attempts
    combo = window.filters.choices["operator"]
    operators = sorted({a["operator"] for a in raw})
    qtbot.waitUntil(lambda: combo.count() == len(operators) + 1, timeout=WAIT_MS)
    assert [combo.itemData(i) for i in range(1, combo.count())] == operators
    classes = sorted({a["error_class"] for a in raw} - {""})
    errors = window.filters.choices["error_class"]
    assert [errors.itemData(i) for i in range(1, errors.count())] == classes


@pytest.mark.parametrize("keystrokes", ["SN10000", "SN1000012"])
def test_typing_runs_one_query_after_the_pause(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal, keystrokes: str
) -> None:
    window = qa_window(seeded_journal.path)
    applied: list[int] = []
    window.model.keysApplied.connect(lambda n, _live: applied.append(n))
    from PySide6.QtTest import QTest

    window.filters.text.setFocus()
    with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
        QTest.keyClicks(window.filters.text, keystrokes)
    qtbot.wait(500)
    expected = [a for a in seeded_journal.attempts if contains(keystrokes)(a)]
    assert applied == [len(expected)]


def test_period_presets_cover_whole_local_days() -> None:
    from datetime import datetime, time

    from ui.qa.filter_bar import period_bounds

    now = datetime(2026, 3, 10, 15, 30).astimezone()
    midnight = datetime.combine(now.date(), time(0)).astimezone()
    assert period_bounds("All time", now) == (None, None)
    assert period_bounds("Last 24 hours", now) == (now - timedelta(hours=24), None)
    assert period_bounds("Today", now) == (midnight, midnight + timedelta(days=1))
    assert period_bounds("Yesterday", now) == (midnight - timedelta(days=1), midnight)
    assert period_bounds("Last 7 days", now) == (
        midnight - timedelta(days=6),
        midnight + timedelta(days=1),
    )
