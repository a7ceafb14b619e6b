"""The operator window's way into the QA journal view: one "Journal (QA)…" menu action.

The roles engineer will put this behind a QA sign-in; until then the action opens the view
directly. A second click raises the window already open instead of opening another.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.qa.window import QAWindow, open_qa_window


def add_qa_action(window: QMainWindow, journal_path: Path) -> QAction:
    """Add "Journal (QA)…" to the window's Roles menu (or a new one) and return the action."""
    menu = getattr(window, "roles_menu", None)
    if not isinstance(menu, QMenu):
        menu = window.menuBar().addMenu("&Roles")
    action = QAction("Journal (QA)…", window)
    action.setObjectName("qa-open-journal")
    action.setToolTip("Browse, filter, export and summarise the provisioning journal (read-only)")
    opened: list[QAWindow] = []

    def open_or_raise() -> None:
        if opened and opened[0].isVisible():
            opened[0].raise_()
            opened[0].activateWindow()
            return
        opened.clear()
        qa = open_qa_window(Path(journal_path), window)
        if qa is not None:
            opened.append(qa)
            qa.closed.connect(opened.clear)

    def close_with_owner() -> None:
        # The QA window is the owner's child: close it (joining its workers, closing its
        # connections) before Qt deletes it along with the owner.
        if opened:
            opened[0].close()

    action.triggered.connect(open_or_raise)
    owner_closed = getattr(window, "closed", None)
    if owner_closed is not None:
        owner_closed.connect(close_with_owner)
    menu.addAction(action)
    return action


def qa_window_hook(journal_path: Path) -> Callable[[QMainWindow, object], None]:
    """A window hook for `ui.app.run_operator_screen` that adds the QA action."""

    def hook(window: QMainWindow, _session: object) -> None:
        add_qa_action(window, journal_path)

    return hook
