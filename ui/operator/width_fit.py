"""The operator window laid out for its screen's width, and again after a language switch.

On a screen too narrow for one row under the fixture, the counters go below the controls. A
language switch changes every least size: once each widget has its new words the window is laid
out for its screen again, and any width the longer words pushed it past that screen by is taken
back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QBoxLayout, QMainWindow, QWidget


class WidthFit(QObject):
    """Lays `window` out for a screen width; `bottom` is the row under its fixture."""

    def __init__(self, window: QMainWindow, bottom: QBoxLayout) -> None:
        super().__init__(window)
        self._window = window
        self._bottom = bottom
        self.width = 0  # the screen width `fit` laid the window out for (0: not yet)

    def fit(self, width: int) -> None:
        """Lay the window out for a screen `width` pixels wide (the counters go below the
        controls when one row would be wider), so its minimum width fits that screen."""
        self.width = width
        self._bottom.setDirection(QBoxLayout.Direction.LeftToRight)
        central = self._window.centralWidget()
        assert central is not None
        layout = central.layout()
        # The row's own least width, not the central widget's: that one stays cached across
        # the row's change of direction, so a re-fit from the stacked row measured the stacked
        # width and kept a row wider than the screen (1362 px in Italian on a 1280 px screen).
        need = self._bottom.minimumSize().width()
        if layout is not None:
            sides = layout.contentsMargins()
            need += sides.left() + sides.right()
        if need > width:
            self._bottom.setDirection(QBoxLayout.Direction.TopToBottom)

    def language_changed(self) -> None:
        if self.width:
            # Once every widget has its new words (each gets the event on its own): a
            # longer language may need the counters below the controls on this screen.
            QTimer.singleShot(0, self, self.refit)

    def resized(self, new_width: int) -> None:
        if self.width and new_width > self.width:
            # Pushed past its screen by a least size that grew (a language's longer words,
            # laid out after the switch's own re-fit): lay it out for the screen again.
            QTimer.singleShot(0, self, self.refit)

    @Slot()
    def refit(self) -> None:
        """Lay the window out again for its screen after a language switch, and take back
        any width the switch's longer words had pushed it past that screen by meanwhile."""
        window = self._window
        central = window.centralWidget()
        assert central is not None
        for widget in (*central.findChildren(QWidget), central, window):
            layout = widget.layout()
            if layout is not None:
                layout.activate()  # every least size in the new words, innermost first
        self.fit(self.width)
        for widget in (central, window):
            layout = widget.layout()
            if layout is not None:
                layout.activate()
        if window.width() > self.width:
            window.resize(self.width, window.height())
