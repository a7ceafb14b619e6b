"""German, the longest of the shipped languages, fits the QA window at 1280 x 800: on a real
window over a seeded journal, no button, tab, caption or one-line label of the attempts and
summary tabs is cut (the count line elides on purpose and carries its whole text as a tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.fixtures.journal import SeededJournal
from tests.ui.i18n_fixtures import qm_dir, station_languages
from tests.ui.qa.conftest import WAIT_MS, QAWindowFactory
from ui.i18n.languages import Languages
from ui.qa.elided import ElidedLabel
from ui.qa.window import QAWindow

__all__ = ["qm_dir", "station_languages"]


def _text_room(button: QAbstractButton) -> int:
    if isinstance(button, QCheckBox):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        rect = button.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button)
        return rect.width()
    return button.contentsRect().width() - 8  # a push button's frame and padding


def _cut(page: QWidget) -> list[str]:
    """The visible buttons and one-line labels of `page` whose text is wider than their room."""
    cut = []
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            need = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            if need > _text_room(button):
                cut.append(f"button {button.text()!r}: {need} px > {_text_room(button)}")
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.wordWrap():
            continue
        if isinstance(label, ElidedLabel):
            continue
        need = max(label.fontMetrics().horizontalAdvance(x) for x in label.text().split("\n"))
        if need > label.contentsRect().width():
            cut.append(f"label {label.text()!r}: {need} px > {label.contentsRect().width()}")
    return cut


def _tabs_cut(window: QAWindow) -> list[str]:
    bar = window.tabs.tabBar()
    return [
        bar.tabText(i)
        for i in range(bar.count())
        if bar.fontMetrics().horizontalAdvance(bar.tabText(i)) > bar.tabRect(i).width()
    ]


def test_the_german_qa_window_fits_1280_by_800(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    seeded_journal: SeededJournal,
    station_languages: Languages,
) -> None:
    assert station_languages.switch("de") is None
    window = qa_window(seeded_journal.path)
    window.resize(1280, 800)
    qtbot.wait(300)  # the filter flow lays out again at the new width
    # No German word pushes the window past a 1280 x 800 screen to make room for itself.
    assert window.minimumSizeHint().width() <= 1280, window.minimumSizeHint()
    assert (window.width(), window.height()) == (1280, 800)
    assert window.tabs.tabText(0) == "Versuche"
    assert window.filters.clear_button.text() == "Filter löschen"
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=WAIT_MS)
    assert _tabs_cut(window) == []
    assert _cut(window.filters) == []
    assert _cut(window.integrity) == []
    assert window.menuBar().actions()[0].text() == "&Journal"

    with qtbot.waitSignal(window.summary.computed, timeout=WAIT_MS):
        window.tabs.setCurrentWidget(window.summary)
        start = seeded_journal.start.astimezone()
        window.summary.day.setDate(QDate(start.year, start.month, start.day))
        window.summary.compute()
    qtbot.wait(300)
    assert window.minimumSizeHint().width() <= 1280, window.minimumSizeHint()
    assert (window.width(), window.height()) == (1280, 800)
    assert window.summary.show_button.text() == "Zusammenfassung zeigen"
    shown = {label.text() for label in window.summary.findChildren(QLabel)}
    assert {"Versuche", "Bestanden", "Erstdurchlaufquote", "Einheiten pro Stunde"} <= shown
    assert _cut(window.summary) == []
