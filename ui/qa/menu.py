"""The operator window's way into the QA journal view: one "Journal (QA)…" menu action.

The action opens the window for whoever the role tools say is acting; until roles are bound
(`qa_access(action).bind(...)`, which the supervisor tools do) that is the operator, so the
window refuses to open: it fails closed. A second click raises the window already open instead
of opening another, and the window closes when the session that opened it loses the right to
see the journal (sign-out, the idle lock).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from station.roles import Actor, Privilege, Role
from ui.i18n.languages import languages
from ui.qa.access import ActorSource
from ui.qa.window import QAWindow, open_qa_window

ACCESS_NAME = "qa-access"


class QAAccess(QObject):
    """Who the QA action opens the window for, and the window it opened (if still open)."""

    def __init__(self, action: QAction, owner: QMainWindow, journal_path: Path) -> None:
        super().__init__(action)
        self.setObjectName(ACCESS_NAME)
        self._owner = owner
        self._journal_path = Path(journal_path)
        self._actor: ActorSource = self._operator
        self.window: QAWindow | None = None

    def _operator(self) -> Actor:
        return Actor(str(getattr(self._owner, "operator", "operator")), Role.OPERATOR)

    def bind(self, actor: ActorSource) -> None:
        """From now on, open (and export) as whoever `actor()` returns at that moment."""
        self._actor = actor

    @property
    def actor(self) -> Actor:
        return self._actor()

    @Slot()
    def open_or_raise(self) -> QAWindow | None:
        if self.window is not None and self.window.isVisible():
            self.window.raise_()
            self.window.activateWindow()
            return self.window
        self.window = None
        qa = open_qa_window(self._journal_path, self._owner, actor=self._actor)
        if qa is not None:
            self.window = qa
            qa.closed.connect(self._forget)
        return qa

    @Slot()
    def role_changed(self) -> None:
        """Close the window once the current actor may no longer view the journal."""
        if self.window is not None and not self._actor().may(Privilege.VIEW_JOURNAL):
            self.close_window()

    def close_window(self) -> None:
        # Closing joins the window's workers and closes its connections before Qt deletes it.
        if self.window is not None:
            self.window.close()

    @Slot()
    def word_action(self) -> None:
        """The action's words in the screens' language (again on each switch)."""
        action = self.parent()
        assert isinstance(action, QAction)
        action.setText(self.tr("Journal (QA)…"))
        action.setToolTip(
            self.tr("Browse, filter, export and summarise the provisioning journal (read-only)")
        )

    @Slot()
    def _forget(self) -> None:
        self.window = None


def add_qa_action(window: QMainWindow, journal_path: Path) -> QAction:
    """Add "Journal (QA)…" to the window's Roles menu (or a new one) and return the action."""
    menu = getattr(window, "roles_menu", None)
    if not isinstance(menu, QMenu):
        menu = window.menuBar().addMenu(QCoreApplication.translate("OperatorMenus", "&Roles"))
    action = QAction(window)
    action.setObjectName("qa-open-journal")
    access = QAAccess(action, window, journal_path)
    access.word_action()
    languages().changed.connect(access.word_action)
    action.triggered.connect(lambda _checked=False: access.open_or_raise())
    owner_closed = getattr(window, "closed", None)
    if owner_closed is not None:
        owner_closed.connect(access.close_window)
    menu.addAction(action)
    return action


def qa_access(action: QAction) -> QAAccess:
    """The access object behind a "Journal (QA)…" action made by `add_qa_action`."""
    access = action.findChild(QAAccess, ACCESS_NAME)
    if access is None:
        raise LookupError("this action was not made by add_qa_action")
    return access


def qa_window_hook(journal_path: Path) -> Callable[[QMainWindow, object], None]:
    """A window hook for `ui.app.run_operator_screen` that adds the QA action."""

    def hook(window: QMainWindow, _session: object) -> None:
        add_qa_action(window, journal_path)

    return hook
