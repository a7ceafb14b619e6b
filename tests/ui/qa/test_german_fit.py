"""German, the longest of the shipped languages, fits the QA window at 1280 x 800: on a real
window over a seeded journal, no button, tab, caption or one-line label of the attempts and
summary tabs is cut (the count line elides on purpose and carries its whole text as a tooltip;
how it is measured: fit_check.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.fixtures.journal import SeededJournal
from tests.ui.i18n_fixtures import qm_dir, station_languages
from tests.ui.qa.conftest import QAWindowFactory
from tests.ui.qa.fit_check import attempts_tab, summary_tab
from ui.i18n.languages import Languages

__all__ = ["qm_dir", "station_languages"]


def test_the_german_qa_window_fits_1280_by_800(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    seeded_journal: SeededJournal,
    station_languages: Languages,
) -> None:
    window = attempts_tab(qtbot, qa_window, seeded_journal, station_languages, "de")
    assert window.tabs.tabText(0) == "Versuche"
    assert window.filters.clear_button.text() == "Filter löschen"
    assert window.menuBar().actions()[0].text() == "&Journal"

    summary_tab(qtbot, window, seeded_journal)
    assert window.summary.show_button.text() == "Zusammenfassung zeigen"
    shown = {label.text() for label in window.summary.findChildren(QLabel)}
    assert {"Versuche", "Bestanden", "Erstdurchlaufquote", "Einheiten pro Stunde"} <= shown
