"""Italian, Spanish and Simplified Chinese fit the QA window at 1280 x 800 as German does
(test_german_fit.py): no button, tab, caption or one-line label of the attempts and summary
tabs is cut, and what is shown is the language's own words, not the English source."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.fixtures.journal import SeededJournal
from tests.ui.i18n_fixtures import qm_dir, station_languages
from tests.ui.qa.conftest import QAWindowFactory
from tests.ui.qa.fit_check import attempts_tab, summary_tab
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
    window = attempts_tab(qtbot, qa_window, seeded_journal, station_languages, language)
    assert window.tabs.tabText(0) == _own("QAWindow", "Attempts")

    summary_tab(qtbot, window, seeded_journal)
    assert window.summary.show_button.text() == _own("SummaryView", "Show summary")
    shown = {label.text() for label in window.summary.findChildren(QLabel)}
    assert "Attempts" not in shown and "Passed" not in shown
