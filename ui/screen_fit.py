"""Open a window at its preferred size, or at the screen's free area when that is smaller.

Panel PCs on production lines are commonly 1280 x 800 or 1366 x 768: a window that opens at a
fixed 1500 x 900 there puts its buttons and status bar off screen, where touch users cannot
reach them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Size `window` to `preferred`, bounded by its screen's available area (less the frame the
    window manager adds, known once it is shown), and centre it there."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(preferred)
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    room = area.size() - frame
    window.resize(preferred.boundedTo(room).expandedTo(window.minimumSizeHint()).boundedTo(room))
    outer = window.frameGeometry()
    outer.moveCenter(area.center())
    window.move(max(outer.left(), area.left()), max(outer.top(), area.top()))
