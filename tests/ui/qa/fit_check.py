"""The QA window at 1280 x 800 in a shipped language, for the fit tests of every language
(test_german_fit.py, test_language_fit.py): the window opened and shown on each tab the same
way, and what is cut on it measured the same way."""

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
from tests.ui.qa.conftest import WAIT_MS, QAWindowFactory
from ui.i18n.languages import Languages
from ui.qa.elided import ElidedLabel
from ui.qa.window import QAWindow

SIZE = (1280, 800)


def _text_room(button: QAbstractButton) -> int:
    if isinstance(button, QCheckBox):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        rect = button.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button)
        return rect.width()
    return button.contentsRect().width() - 8  # a push button's frame and padding


def cut(page: QWidget) -> list[str]:
    """The visible buttons and one-line labels of `page` whose text is wider than their room
    (an elided label is cut on purpose: it carries its whole text as a tooltip)."""
    found = []
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            need = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            if need > _text_room(button):
                found.append(f"button {button.text()!r}: {need} px > {_text_room(button)}")
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.wordWrap():
            continue
        if isinstance(label, ElidedLabel):
            continue
        need = max(label.fontMetrics().horizontalAdvance(x) for x in label.text().split("\n"))
        if need > label.contentsRect().width():
            found.append(f"label {label.text()!r}: {need} px > {label.contentsRect().width()}")
    return found


def tabs_cut(window: QAWindow) -> list[str]:
    bar = window.tabs.tabBar()
    return [
        bar.tabText(i)
        for i in range(bar.count())
        if bar.fontMetrics().horizontalAdvance(bar.tabText(i)) > bar.tabRect(i).width()
    ]


def _keeps_the_size(qtbot: QtBot, window: QAWindow) -> None:
    qtbot.wait(300)  # the filter flow lays out again at the new width
    # No word pushes the window past a 1280 x 800 screen to make room for itself.
    assert window.minimumSizeHint().width() <= SIZE[0], window.minimumSizeHint()
    assert (window.width(), window.height()) == SIZE


def attempts_tab(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    journal: SeededJournal,
    languages: Languages,
    language: str,
) -> QAWindow:
    """The QA window in `language` at 1280 x 800 on its attempts tab, a row's detail shown;
    nothing cut on its tabs, filters and chain badge."""
    assert languages.switch(language) is None
    window = qa_window(journal.path)
    window.resize(*SIZE)
    _keeps_the_size(qtbot, window)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=WAIT_MS)
    assert tabs_cut(window) == []
    assert cut(window.filters) == []
    assert cut(window.integrity) == []
    return window


def summary_tab(qtbot: QtBot, window: QAWindow, journal: SeededJournal) -> None:
    """The summary of the journal's first day on show, the window still 1280 x 800 and
    nothing on the summary tab cut."""
    with qtbot.waitSignal(window.summary.computed, timeout=WAIT_MS):
        window.tabs.setCurrentWidget(window.summary)
        start = journal.start.astimezone()
        window.summary.day.setDate(QDate(start.year, start.month, start.day))
        window.summary.compute()
    _keeps_the_size(qtbot, window)
    assert cut(window.summary) == []
