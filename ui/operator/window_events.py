"""Which objects' events the operator window looks at: its own, its menu bar's and roles
toolbar's, and the focus widget's while the focus is in the window. Never the application's.

An application-wide event filter written in Python is called for every event of every widget:
each paint of each label of sixteen tiles. Each call takes the interpreter lock, and between
two events Qt runs without it, so while the engine's slot threads run Python the GUI thread
queues for the lock again at every event. A repaint of the fixture then took tens of
milliseconds of waiting for a few of work (bench/gui_bench.py's longest stall). The window
needs far less: a typed key is delivered first to the focus widget (or to the window when no
widget has the focus), and the roles toolbar is placed on its own and the menu bar's resizes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget


class WindowEvents:
    """Keep `window` installed as the event filter of `fixed` (the window, its menu bar, its
    roles toolbar) and of whichever widget of the window has the keyboard focus."""

    def __init__(self, window: QWidget, fixed: tuple[QObject, ...]) -> None:
        self._window = window
        self._fixed = fixed
        self._focus: QWidget | None = None
        self._stopped = False
        for watched in fixed:
            watched.installEventFilter(window)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        app.focusChanged.connect(self._follow)
        self._follow(None, QApplication.focusWidget())

    @property
    def focus(self) -> QWidget | None:
        """The focus widget whose events the window sees now (None: none in the window)."""
        return self._focus

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._window):  # deleted without being stopped
            self.stop()
            return
        self._release_focus()
        if new is None or any(new is watched for watched in self._fixed):
            return
        if new.window() is self._window:
            new.installEventFilter(self._window)
            self._focus = new

    def _release_focus(self) -> None:
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and shiboken6.isValid(self._window):
            focus.removeEventFilter(self._window)

    def stop(self) -> None:
        """Look at no more events (the window is closing, or was deleted)."""
        if self._stopped:
            return
        self._stopped = True
        self._app.focusChanged.disconnect(self._follow)
        self._release_focus()
        if not shiboken6.isValid(self._window):
            return  # its filters went with it
        for watched in self._fixed:
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self._window)
