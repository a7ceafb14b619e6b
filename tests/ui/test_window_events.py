"""The operator window looks only at its own, its bars' and its focus widget's events, never at
every event of the application (a paint of each tile label would take the interpreter lock)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.operator.window_events import WindowEvents


class Seen(QWidget):
    """A window that notes which of its objects' events its filter saw."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, QEvent.Type]] = []
        layout = QVBoxLayout(self)
        self.label = QLabel("slot 1")
        self.label.setObjectName("label")
        self.first = QLineEdit()
        self.first.setObjectName("first")
        self.second = QLineEdit()
        self.second.setObjectName("second")
        for widget in (self.label, self.first, self.second):
            layout.addWidget(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append((watched.objectName(), event.type()))
        return False

    def keys_seen_by(self) -> list[str]:
        return [name for name, kind in self.seen if kind == QEvent.Type.KeyPress]


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_only_the_focus_widget_and_the_fixed_objects_are_watched(qtbot: QtBot) -> None:
    window = Seen()
    window.setObjectName("window")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    events = WindowEvents(window, (window,))

    window.seen.clear()
    window.label.repaint()
    assert not [name for name, _ in window.seen if name == "label"], "a label's paint was seen"

    _focus(qtbot, window.first)
    assert events.focus is window.first
    QTest.keyClick(window.first, Qt.Key.Key_A)
    _focus(qtbot, window.second)
    assert events.focus is window.second
    QTest.keyClick(window.first, Qt.Key.Key_B)  # no longer the focus widget: not watched
    QTest.keyClick(window.second, Qt.Key.Key_C)
    QTest.keyClick(window, Qt.Key.Key_D)  # the window itself is always watched
    assert window.keys_seen_by() == ["first", "second", "window"]

    events.stop()
    window.seen.clear()
    QTest.keyClick(window.second, Qt.Key.Key_E)
    QTest.keyClick(window, Qt.Key.Key_F)
    assert window.keys_seen_by() == []


def test_a_focus_widget_of_another_window_is_not_watched(qtbot: QtBot) -> None:
    window, other = Seen(), Seen()
    for w in (window, other):
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
    events = WindowEvents(window, (window,))
    _focus(qtbot, other.first)
    assert events.focus is None
    QTest.keyClick(other.first, Qt.Key.Key_A)
    assert window.keys_seen_by() == []
    events.stop()


def test_a_window_deleted_without_stopping_is_let_go(qtbot: QtBot) -> None:
    window = Seen()
    window.show()
    qtbot.waitExposed(window)
    events = WindowEvents(window, (window,))
    _focus(qtbot, window.first)
    other = Seen()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    _focus(qtbot, other.first)  # a focus change after it: no error, nothing watched
    assert events.focus is None
    events.stop()  # stopping again is harmless
