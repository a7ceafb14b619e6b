"""Measure the QA window as it opens on the current screen, and again narrowed.

Run as a program under a Qt screen of a chosen size (`python -m tests.ui.qa.window_probe
--journal PATH [--narrow WIDTH] [--screenshot FILE]`); it prints one JSON object: the screen's
available area, the window's frame, and for the attempts and summary tabs every control that
is off the window or narrower than its text.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from station.roles import Actor, Role
from ui.app import application
from ui.qa.access import fixed
from ui.qa.elided import ElidedLabel
from ui.qa.window import QAWindow, open_qa_window

WAIT_MS = 30_000


def _inside(window: QWidget, widget: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _cut_sideways(window: QWidget, widget: QWidget) -> bool:
    """Whether `widget` reaches past the left or right of the nearest scroll area around it
    that never scrolls sideways (its part out there can never be seen)."""
    area = next((a for a in _ancestors(widget, window) if isinstance(a, QScrollArea)), None)
    if area is None or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return False
    left = widget.mapTo(area.viewport(), QPoint(0, 0)).x()
    return left < 0 or left + widget.width() > area.viewport().width()


def problems(window: QWidget, root: QWidget) -> list[str]:
    """Visible controls under `root` that are cut off by the window or too narrow for their
    text (a label or button showing less than its words)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() == 0:
            continue
        name = widget.objectName() or type(widget).__name__
        scrolled = any(isinstance(a, QScrollArea) for a in _ancestors(widget, window))
        if (
            isinstance(widget, QLabel | QAbstractButton | QComboBox)
            and not scrolled  # below the fold of a scroll area is fine; see "no_sideways"
            and not _inside(window, widget)
        ):
            found.append(f"{name} is outside the window")
        if isinstance(widget, QLabel | QAbstractButton | QComboBox | QLineEdit) and _cut_sideways(
            window, widget
        ):
            found.append(
                f"{name} is cut at the side of a scroll area that does not scroll sideways"
            )
        text = ""
        if isinstance(widget, QLabel) and not isinstance(widget, ElidedLabel):
            if widget.wordWrap() or "\n" in widget.text():
                continue
            text = widget.text()
            need = widget.fontMetrics().horizontalAdvance(text)
            room = widget.contentsRect().width()
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox):
            text = widget.text()
            need = widget.minimumSizeHint().width()
            room = widget.width()
        elif isinstance(widget, QCheckBox):
            text = widget.text()
            need = widget.sizeHint().width()
            room = widget.width()
        else:
            continue
        if text and room < need:
            found.append(f"{name} “{text}” has {room} px for {need} px")
    return found


def _wait(app: QApplication, condition: Any) -> None:
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(WAIT_MS)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the QA window did not finish loading")
        app.processEvents()


def measure(window: QAWindow, app: QApplication) -> dict[str, Any]:
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    result: dict[str, Any] = {
        "available": [available.x(), available.y(), available.width(), available.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    }
    window.tabs.setCurrentIndex(0)
    app.processEvents()
    result["attempts"] = problems(window, window)
    result["filter_rows"] = len({f.geometry().bottom() for f in window.filters.fields.values()})
    result["must_see"] = {
        "clear_filters": _inside(window, window.filters.clear_button)
        and window.filters.clear_button.isVisible(),
        "verify_now": _inside(window, window.integrity.verify_button)
        and window.integrity.verify_button.isVisible(),
        "status_bar": _inside(window, window.statusBar()) and window.statusBar().isVisible(),
        "table_rows_shown": window.table.viewport().height() > 100,
        "no_sideways": not window.detail_pane.horizontalScrollBar().isVisible(),
    }
    window.tabs.setCurrentWidget(window.summary)
    app.processEvents()
    result["summary"] = problems(window, window.summary)
    result["must_see"].update(
        show_summary=_inside(window, window.summary.show_button)
        and window.summary.show_button.isVisible(),
        export_pdf=_inside(window, window.summary.pdf_button)
        and window.summary.pdf_button.isVisible(),
    )
    window.tabs.setCurrentIndex(0)
    app.processEvents()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--narrow", type=int, default=0, help="then narrow it to this width")
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--summary-day", default="", help="YYYY-MM-DD to summarise first")
    args = parser.parse_args(argv)
    app = application()  # the station's style and type, as `station gui` has them
    window = open_qa_window(args.journal, actor=fixed(Actor("Quinn", Role.QA)))
    assert window is not None
    loaded: list[int] = []
    window.model.keysApplied.connect(lambda n, _live: loaded.append(n))
    _wait(app, lambda: loaded)
    if args.summary_day:
        day = QDate.fromString(args.summary_day, "yyyy-MM-dd")
        window.summary.day.setDate(day)
        done: list[object] = []
        window.summary.computed.connect(done.append)
        window.summary.compute()
        _wait(app, lambda: done)
    if window.model.rowCount():
        window.table.selectRow(0)
        _wait(app, lambda: window.detail is not None)
    app.processEvents()
    out = {"opened": measure(window, app)}
    if args.screenshot:
        window.grab().save(str(args.screenshot))
        window.tabs.setCurrentWidget(window.summary)
        app.processEvents()
        shot = args.screenshot
        window.grab().save(str(shot.with_name(f"{shot.stem}-summary{shot.suffix}")))
        window.tabs.setCurrentIndex(0)
        app.processEvents()
    if args.narrow:
        window.resize(args.narrow, window.height())
        app.processEvents()
        out["narrowed"] = measure(window, app)
        if args.screenshot:
            shot = args.screenshot
            window.grab().save(str(shot.with_name(f"{shot.stem}-narrow{shot.suffix}")))
    window.close()
    app.processEvents()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
