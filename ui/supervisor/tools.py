"""The supervisor's entry points on the operator window: sign-in, targets, rework, override.

`attach_supervisor_tools` adds to the window's Roles menu and toolbar: sign in as QA or
supervisor, sign out, "Targets and keys…" and "Rework…". The last two are enabled only for a
signed-in supervisor, and refuse to open otherwise. The current role is shown in the toolbar.

When a fixture's active target changes, the operator screen is told at once (a notice, and the
banner after a restart of the screen, which the supervisor is offered when nothing is running);
a rework override applies to the next attempt on its slot and ends after it, or when the
supervisor session ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from station.config import StationConfig
from station.engine.events import AttemptFinished, StationNotice
from station.errors import StationError
from station.journal import Journal
from station.roles import Authenticator, Privilege, Role
from station.targets.actions import TargetBook
from ui import theme
from ui.errors import describe
from ui.i18n.languages import languages
from ui.operator.window import OperatorWindow
from ui.qa.menu import qa_access
from ui.roles.controller import RoleController
from ui.supervisor.carry import ShiftCarry, capture, restore
from ui.supervisor.rework_dialog import ReworkDialog, open_rework
from ui.supervisor.targets_editor import TargetsEditor, open_targets_editor

log = logging.getLogger(__name__)
QA_JOURNAL_ACTION = "qa-open-journal"
SIGNIN_HISTORY = 200
RESTART_POLL_MS = 1000


class SupervisorTools(QObject):
    def __init__(
        self,
        window: OperatorWindow,
        *,
        config: StationConfig,
        config_path: Path,
        journal: Journal,
        fixture: str,
        restart: Callable[[ShiftCarry], None] | None = None,
        carried: ShiftCarry | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("supervisor-tools")
        self.window = window
        self.journal = journal
        self.fixture = fixture
        self._restart = restart
        self.book = TargetBook(config, config_path, journal)
        authenticator = Authenticator(config.roles, journal)
        # A restart of the screen (or the station) does not reset a running lockout.
        authenticator.throttle.restore(journal.audit_events(limit=SIGNIN_HISTORY))
        self.roles = RoleController(
            window.operator,
            authenticator,
            journal,
            idle_timeout_s=config.roles.idle_lock_minutes * 60,
            parent=self,
        )
        self.editor: TargetsEditor | None = None
        self.rework: ReworkDialog | None = None
        self._override_slot: str | None = None
        self._running_target = config.active_target(fixture)
        self._handed_over = False

        self.sign_in_action = self._action("role-sign-in")
        self.sign_out_action = self._action("role-sign-out")
        self.targets_action = self._action("open-targets")
        self.rework_action = self._action("open-rework")
        self._retranslate()
        languages().changed.connect(self._retranslate)
        self.role_label = QLabel()
        self.role_label.setObjectName("role-label")
        self.role_label.setFont(theme.font(theme.BODY_PT, bold=True))

        menu = window.roles_menu
        menu.addSeparator()
        for action in (
            self.sign_in_action,
            self.sign_out_action,
            self.targets_action,
            self.rework_action,
        ):
            menu.addAction(action)
        toolbar = window.roles_toolbar
        toolbar.addAction(self.sign_in_action)
        toolbar.addAction(self.targets_action)
        toolbar.addAction(self.rework_action)
        toolbar.addWidget(self.role_label)

        self.roles.gate(self.targets_action, Privilege.EDIT_TARGETS)
        self.roles.gate(self.rework_action, Privilege.UNREGISTER)
        # The QA journal view (added by ui.qa before these tools) opens for QA and supervisors:
        # the action is greyed for others, and the window itself checks who is acting when it
        # opens and at each export, and closes when that session ends.
        for action in menu.actions():
            if action.objectName() == QA_JOURNAL_ACTION:
                self.roles.gate(action, Privilege.VIEW_JOURNAL)
                access = qa_access(action)
                access.bind(lambda: self.roles.actor)
                self.roles.roleChanged.connect(access.role_changed)
        self.sign_in_action.triggered.connect(lambda: self.roles.open_sign_in(window))
        self.sign_out_action.triggered.connect(self.roles.sign_out)
        self.targets_action.triggered.connect(self.open_targets)
        self.rework_action.triggered.connect(lambda _checked=False: self.open_rework())
        self.roles.roleChanged.connect(self._role_changed)
        self.roles.locked.connect(lambda text: self._notice("info", text))
        window.bridge.attemptFinished.connect(self._attempt_finished)
        window.closed.connect(self._window_closed)
        if carried is not None:
            restore(carried, window, self.roles)
        self._role_changed(self.roles.actor)

    def _action(self, name: str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        return action

    def _retranslate(self) -> None:
        self.sign_in_action.setText(self.tr("Sign in as QA / supervisor…"))
        self.sign_out_action.setText(self.tr("Sign out (back to operator)"))
        self.targets_action.setText(self.tr("Targets and keys…"))
        self.rework_action.setText(self.tr("Rework: unregister a device…"))
        if hasattr(self, "role_label"):
            self._show_role()

    def _show_role(self) -> None:
        actor = self.roles.actor
        role = QCoreApplication.translate("Role", actor.role.label)
        said = self.tr("Role: {role} ({name})").format(role=role, name=actor.name)
        self.role_label.setText(f"  {said}  ")

    # -- opening the screens ---------------------------------------------------------------

    def _sync_operator(self) -> None:
        self.roles.set_operator(self.window.operator)

    def _notice(self, level: str, message: str, action: str = "") -> None:
        self.window.notices.show_notice(StationNotice(level, message, action))

    @Slot()
    def open_targets(self) -> TargetsEditor | None:
        self._sync_operator()
        try:
            editor = open_targets_editor(self.book, self.roles, self.journal, self.window)
        except StationError as exc:
            self.window.notices.show_notice(describe(exc, "warning"))
            return None
        editor.configSaved.connect(self._config_saved)
        editor.destroyed.connect(lambda: setattr(self, "editor", None))
        self.editor = editor
        return editor

    def open_rework(self, slot: str | None = None) -> ReworkDialog | None:
        self._sync_operator()

        def slot_devices() -> dict[str, str | None]:
            return {s.slot: s.device_id for s in self.window.snapshots()}

        try:
            dialog = open_rework(
                self.book.config,
                self.fixture,
                self.journal,
                self.roles,
                slot_devices,
                parent=self.window,
            )
        except StationError as exc:
            self.window.notices.show_notice(describe(exc, "warning"))
            return None
        if slot is not None:
            dialog.choose_slot(slot)
        dialog.overrideGranted.connect(self._override_granted)
        dialog.destroyed.connect(lambda: setattr(self, "rework", None))
        self.rework = dialog
        return dialog

    # -- role changes, override, active target ---------------------------------------------

    @Slot(object)
    def _role_changed(self, _actor: object) -> None:
        actor = self.roles.actor
        self._show_role()
        self.sign_out_action.setEnabled(actor.role is not Role.OPERATOR)
        if not self.roles.may(Privilege.OVERRIDE) and self._override_slot is not None:
            self._end_override(self.tr("the supervisor session ended"))

    def _set_override(self, on: bool) -> None:
        setter = getattr(self.window.runner, "set_override_passed", None)
        if setter is None:
            raise StationError(
                self.tr("This station's engine cannot apply an override from the screen."),
                self.tr(
                    "Provision the device with "
                    "`station rework reprovision --slots SLOT --reason WHY`."
                ),
            )
        setter(on)

    @Slot(str)
    def _override_granted(self, slot: str) -> None:
        try:
            self._set_override(True)
        except StationError as exc:
            self.window.notices.show_notice(describe(exc))
            return
        self._override_slot = slot
        where = self.tr("slot {slot}").format(slot=slot) if slot else self.tr("the next attempt")
        self._notice(
            "warning",
            self.tr(
                "Supervisor override: {where} may provision a device that already passed."
            ).format(where=where),
            self.tr("Load the reworked device and press Provision."),
        )

    def _end_override(self, why: str) -> None:
        self._override_slot = None
        try:
            self._set_override(False)
        except StationError:
            return
        self._notice(
            "info", self.tr("The 'already passed' override has ended ({why}).").format(why=why)
        )

    @Slot(object)
    def _attempt_finished(self, event: object) -> None:
        if self._override_slot is None or not isinstance(event, AttemptFinished):
            return
        if self._override_slot in ("", event.snapshot.slot):
            said = self.tr("slot {slot} finished its attempt")
            self._end_override(said.format(slot=event.snapshot.slot))

    @property
    def override_active(self) -> bool:
        return self._override_slot is not None

    @Slot(object)
    def _config_saved(self, config: object) -> None:
        """The runner works with the target as it was when it started: when the fixture's
        target (which one, or its settings) changed, the screen restarts on the new one."""
        assert isinstance(config, StationConfig)
        target = config.active_target(self.fixture)
        if target == self._running_target:
            return
        what = (
            self.tr("The active target is now {target} (realm {realm})")
            if target.name != self._running_target.name
            else self.tr("The settings of target {target} (realm {realm}) changed")
        ).format(target=target.name, realm=target.realm)
        # What the screen will run once restarted: a second save must not restart it twice.
        self._running_target = target
        if self._restart is None:
            self._notice(
                "warning",
                self.tr("{what}.").format(what=what),
                self.tr("Restart the station to provision with them."),
            )
            return
        said = self.tr("{what}; the screen restarts to use it when no slot is working.")
        self._notice("warning", said.format(what=what))
        self._restart_when_idle()

    def _restart_when_idle(self) -> None:
        if self._restart is None or self.window.shutting_down:
            return
        if self.window.runner.busy:
            QTimer.singleShot(RESTART_POLL_MS, self, self._restart_when_idle)
            return
        target = self._running_target
        if self.roles.session.elevated:
            said = self.tr(
                "Now provisioning with target {target} (realm {realm}) as saved; the shift "
                "counters and each slot's last result were kept, and {name} is still signed in."
            )
        else:
            said = self.tr(
                "Now provisioning with target {target} (realm {realm}) as saved; the shift "
                "counters and each slot's last result were kept."
            )
        text = said.format(target=target.name, realm=target.realm, name=self.roles.actor.name)
        notice = StationNotice("info", text)
        carry = capture(self.window, self.roles, notice)
        self._handed_over = True  # the session goes on in the new window: no sign-out
        self._restart(carry)

    @Slot()
    def _window_closed(self) -> None:
        # A privileged session must end in the journal, whatever closed the screen; one handed
        # to the restarted screen goes on there and ends there.
        if not self._handed_over and self.roles.session.elevated:
            self.roles.session.sign_out("the operator screen closed")
        self.roles.stop()
