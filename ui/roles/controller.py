"""The role the screen works in: sign-in, sign-out, idle lock, and gating of actions.

`RoleController` wraps the Qt-free `RoleSession`. While a QA or supervisor role is signed in,
any key press or mouse click anywhere in the application counts as activity; a timer signs a QA
or supervisor session out once it has been idle for the configured time (the journal records
why). Actions registered with `gate` are enabled only while the current role holds their
privilege; the action functions behind them check the role again, so the gate is a
convenience, not the protection.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from station.roles import Actor, AuditLog, Authenticator, Privilege, Role, RoleSession
from ui.i18n.languages import languages
from ui.roles.privilege_words import privilege_words
from ui.roles.signin_dialog import RoleSignInDialog

log = logging.getLogger(__name__)

IDLE_CHECK_MS = 5_000
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class RoleController(QObject):
    """Signals:
    roleChanged(Actor): who acts now (after a sign-in, a sign-out or the idle lock).
    locked(str): the idle lock signed the privileged role out; the text says so.
    """

    roleChanged = Signal(object)
    locked = Signal(str)

    def __init__(
        self,
        operator: str,
        authenticator: Authenticator,
        audit: AuditLog,
        *,
        idle_timeout_s: float,
        idle_check_ms: int = IDLE_CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = RoleSession(operator, authenticator, audit, idle_timeout_s=idle_timeout_s)
        self._gated: list[tuple[QAction, Privilege]] = []
        self._dialog: RoleSignInDialog | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("idle-lock")
        self._timer.setInterval(idle_check_ms)
        self._timer.timeout.connect(self.check_idle)
        self._timer.start()
        languages().changed.connect(self._reword_gates)
        self._watching = False

    # -- who acts ------------------------------------------------------------------------

    @property
    def actor(self) -> Actor:
        return self.session.actor

    def may(self, privilege: Privilege) -> bool:
        return self.actor.may(privilege)

    def set_operator(self, name: str) -> None:
        self.session.operator = name
        if not self.session.elevated:
            self._changed()

    def adopt(self, actor: Actor) -> None:
        """Make a checked actor current (the sign-in dialog calls this on success)."""
        self.session.adopt(actor)
        self._changed()

    @Slot()
    def sign_out(self) -> None:
        if self.session.sign_out("signed out") is not None:
            self._changed()

    @Slot()
    def check_idle(self) -> None:
        if self.session.lock_if_idle():
            minutes = self.session.idle.timeout_s / 60
            said = self.tr(
                "The privileged session was locked after {minutes} min without input; "
                "sign in again to continue."
            )
            self.locked.emit(said.format(minutes=f"{minutes:g}"))
            self._changed()

    def open_sign_in(self, parent: QWidget | None = None, role: Role = Role.SUPERVISOR) -> None:
        if self._dialog is not None:
            self._dialog.raise_()
            return
        name = self.actor.name if self.session.elevated else ""
        dialog = RoleSignInDialog(self.session.authenticator, role=role, name=name, parent=parent)
        self._dialog = dialog
        dialog.signedIn.connect(self.adopt)

        def finished(_result: int) -> None:
            self._dialog = None
            dialog.wait_idle()  # a password check takes a fraction of a second at most
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    @property
    def sign_in_dialog(self) -> RoleSignInDialog | None:
        return self._dialog

    # -- gating --------------------------------------------------------------------------

    def gate(self, action: QAction, privilege: Privilege) -> None:
        self._gated.append((action, privilege))
        self._apply(action, privilege)

    def _apply(self, action: QAction, privilege: Privilege) -> None:
        allowed = self.may(privilege)
        action.setEnabled(allowed)
        needs = self.tr("Needs a supervisor sign-in ({privilege}).")
        action.setToolTip("" if allowed else needs.format(privilege=privilege_words(privilege)))

    @Slot()
    def _reword_gates(self) -> None:
        for action, privilege in self._gated:
            self._apply(action, privilege)

    def _changed(self) -> None:
        for action, privilege in self._gated:
            self._apply(action, privilege)
        self._watch_activity(self.session.elevated)
        self.roleChanged.emit(self.actor)

    # -- activity ------------------------------------------------------------------------

    def _watch_activity(self, on: bool) -> None:
        """Watch the application's input only while a QA or supervisor session can go idle.
        An application-wide filter in Python takes the interpreter lock for every event of
        every widget, each paint included (see ui/operator/window_events.py), so the operator's
        screen runs without it."""
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    @property
    def watching_activity(self) -> bool:
        return self._watching

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.session.touch()
        return False

    def stop(self) -> None:
        self._timer.stop()
        self._watch_activity(False)
