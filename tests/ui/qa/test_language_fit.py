"""Italian, Spanish and Simplified Chinese fit the QA window at 1280 x 800 as German does
(test_german_fit.py): no button, tab, caption or one-line label of the attempts and summary
tabs is cut, and what is shown is the language's own words, not the English source."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.fixtures.journal import SeededJournal
from tests.ui.i18n_fixtures import qm_dir, station_languages
from tests.ui.qa.conftest import WAIT_MS, QAWindowFactory
from tests.ui.qa.test_german_fit import _cut, _tabs_cut
from ui.i18n.languages import Languages

__all__ = ["qm_dir", "station_languages"]


def _own(context: str, english: str) -> str:
    said = QCoreApplication.translate(context, english)
    assert said != english, f"{english!r} is not translated"
    return said


@pytest.mark.parametrize("language", ["it", "es", "zh_CN"])
def test_the_qa_window_fits_1280_by_800(
    language: str,
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    seeded_journal: SeededJournal,
    station_languages: Languages,
) -> None:
    assert station_languages.switch(language) is None
    window = qa_window(seeded_journal.path)
    window.resize(1280, 800)
    qtbot.wait(300)  # the filter flow lays out again at the new width
    assert window.minimumSizeHint().width() <= 1280, window.minimumSizeHint()
    assert (window.width(), window.height()) == (1280, 800)
    assert window.tabs.tabText(0) == _own("QAWindow", "Attempts")
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=WAIT_MS)
    assert _tabs_cut(window) == []
    assert _cut(window.filters) == []
    assert _cut(window.integrity) == []

    with qtbot.waitSignal(window.summary.computed, timeout=WAIT_MS):
        window.tabs.setCurrentWidget(window.summary)
        start = seeded_journal.start.astimezone()
        window.summary.day.setDate(QDate(start.year, start.month, start.day))
        window.summary.compute()
    qtbot.wait(300)
    assert window.minimumSizeHint().width() <= 1280, window.minimumSizeHint()
    assert (window.width(), window.height()) == (1280, 800)
    assert window.summary.show_button.text() == _own("SummaryView", "Show summary")
    shown = {label.text() for label in window.summary.findChildren(QLabel)}
    assert "Attempts" not in shown and "Passed" not in shown
    assert _cut(window.summary) == []
