"""A supervisor's fleet actions on the station's screen: the offline lot and releasing a claim.

They do what `station fleet lot open|close` and `station fleet release-claim` do, through the
same station code (`station.fleet.lots`, `station.fleet.supervise.release_for_rework`), so the
journal records the same events and the person reads the same words and errors. The Roles menu
offers them to a signed-in supervisor only (the rework privilege), and each dialog checks again
who is acting when it writes.

- The lot needs the signed-in supervisor and a reason; it works with the centre down, which is
  when a lot is needed.
- Releasing a claim asks two proofs, as the command does: the station's supervisor password
  again (throttled and journaled like every sign-in here), then the password of the
  supervisor's own role at the centre, which the centre checks.

Every journal read and write, sign-in and central call runs off the GUI thread (`ui.tasks`).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.config import StationConfig
from station.fleet.connect import FleetSettings
from station.fleet.lots import (
    Lot,
    close_lot,
    closed_words,
    current_lot,
    open_lot,
    opened_words,
    status_words,
)
from station.fleet.supervise import check_reason, release_for_rework
from station.journal import Journal
from station.roles import Actor, Authenticator, NotPermitted, Privilege, Role
from station.text import Text
from ui.errors import show_failure
from ui.operator.engine_words import render
from ui.supervisor.tools import SupervisorTools
from ui.tasks import Tasks

ActorSource = Callable[[], Actor]


def _supervisor(actor: Actor, what: str) -> Actor:
    if actor.role is not Role.SUPERVISOR:
        raise NotPermitted(
            QCoreApplication.translate(
                "FleetDialogs", "Only a signed-in supervisor may {what}; nothing was changed."
            ).format(what=what),
            QCoreApplication.translate(
                "FleetDialogs",
                "Sign in as supervisor (Roles → Sign in as QA / supervisor…), then try again.",
            ),
        )
    return actor


def _result_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class LotDialog(QDialog):
    """Open or close this station's offline lot, with who (the signed-in supervisor) and why."""

    def __init__(self, journal: Journal, actor: ActorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fleet-lot-dialog")
        self.setWindowTitle(self.tr("Fleet: offline lot"))
        self._journal = journal
        self._actor = actor
        self._tasks = Tasks("fleet-lot", parent=self)
        self.state = _result_label("lot-state")
        self.reason = QLineEdit()
        self.reason.setObjectName("lot-reason")
        self.reason.setPlaceholderText(self.tr("Why, for the journal (e.g. central server down)"))
        self.open_button = QPushButton(self.tr("Open lot"))
        self.open_button.setObjectName("lot-open")
        self.open_button.clicked.connect(self.open_lot)
        self.close_button = QPushButton(self.tr("Close lot"))
        self.close_button.setObjectName("lot-close")
        self.close_button.clicked.connect(self.close_lot)
        self.outcome = _result_label("lot-result")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        self.resize(640, 240)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.open_button.setEnabled(False)
        self.close_button.setEnabled(False)
        journal = self._journal
        self._tasks.run(lambda: current_lot(journal), self._show_lot, self._failed)

    def _show_lot(self, lot: Lot | None) -> None:
        self.state.setText(render(status_words(lot)))
        self.open_button.setEnabled(lot is None)
        self.close_button.setEnabled(lot is not None)

    @Slot()
    def open_lot(self) -> None:
        journal, how_to_close = self._journal, self.tr("Close lot")

        def work(actor: Actor, why: str) -> Text:
            lot = open_lot(journal, actor=actor.journal_name, reason=why)
            return opened_words(lot, how_to_close)

        self._write(work, self.tr("open an offline lot"))

    @Slot()
    def close_lot(self) -> None:
        journal = self._journal

        def work(actor: Actor, why: str) -> Text:
            return closed_words(close_lot(journal, actor=actor.journal_name, reason=why))

        self._write(work, self.tr("close the offline lot"))

    def _write(self, work: Callable[[Actor, str], Text], what: str) -> None:
        actor, reason = self._actor(), self.reason.text()
        self.open_button.setEnabled(False)
        self.close_button.setEnabled(False)

        def run() -> Text:
            # The reason is checked first, as the command does, so nothing half happens.
            why = check_reason(reason)
            return work(_supervisor(actor, what), why)

        self._tasks.run(run, self._written, self._failed)

    def _written(self, said: Text) -> None:
        self.outcome.setText(render(said))
        self.reason.clear()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        show_failure(exc, self.outcome.setText, self)
        self.refresh()

    def wait(self, timeout_ms: int) -> bool:
        """Tests: block until the work in flight is done."""
        return self._tasks.wait(timeout_ms)


class ReleaseClaimDialog(QDialog):
    """Release a device ID's claim at the centre for rework (`station fleet release-claim`)."""

    def __init__(
        self,
        journal: Journal,
        authenticator: Authenticator,
        settings: FleetSettings,
        actor: ActorSource,
        *,
        realm: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fleet-release-dialog")
        self.setWindowTitle(self.tr("Fleet: release a claim for rework"))
        self._journal = journal
        self._auth = authenticator
        # A person's role, not the station's: the station's client certificate is not offered.
        self._settings = replace(settings, cert_file=None)
        self._actor = actor
        self._tasks = Tasks("fleet-release", parent=self)
        self.device = self._field("claim-device")
        self.realm = self._field("claim-realm", realm)
        self.reason = self._field("claim-reason")
        self.reason.setPlaceholderText(self.tr("Why, for the journal (e.g. rework RMA-1234)"))
        self.station_password = self._field("claim-station-password", secret=True)
        self.central_role = self._field("claim-central-role", getpass.getuser())
        self.central_password = self._field("claim-central-password", secret=True)
        self.release_button = QPushButton(self.tr("Release claim"))
        self.release_button.setObjectName("claim-release")
        self.release_button.clicked.connect(self.release)
        self.outcome = _result_label("claim-result")
        form = QFormLayout()
        form.addRow(self.tr("Device ID"), self.device)
        form.addRow(self.tr("Realm"), self.realm)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("This station's supervisor password"), self.station_password)
        form.addRow(self.tr("Your role at the centre"), self.central_role)
        form.addRow(self.tr("Its password"), self.central_password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.release_button)
        layout.addWidget(self.outcome)
        self.resize(640, 320)

    @staticmethod
    def _field(name: str, text: str = "", *, secret: bool = False) -> QLineEdit:
        field = QLineEdit(text)
        field.setObjectName(name)
        if secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    @Slot()
    def release(self) -> None:
        actor = self._actor()
        device_id, realm = self.device.text().strip(), self.realm.text().strip()
        reason, station_pw = self.reason.text(), self.station_password.text()
        settings = replace(self._settings, role=self.central_role.text().strip())
        central_pw = self.central_password.text()
        journal, auth = self._journal, self._auth
        what = self.tr("release a claim")

        def run() -> Text:
            why = check_reason(reason)  # before a password try is spent, as the command does
            signed_in = _supervisor(actor, what)
            proven = auth.sign_in(signed_in.name, Role.SUPERVISOR, station_pw)
            return release_for_rework(
                journal,
                proven.journal_name,
                settings,
                central_pw,
                realm=realm,
                device_id=device_id,
                reason=why,
            )

        self.release_button.setEnabled(False)
        self.outcome.setText(self.tr("Releasing at the centre…"))
        self._tasks.run(run, self._released, self._failed)

    def _released(self, said: Text) -> None:
        self.release_button.setEnabled(True)
        self.outcome.setText(render(said))
        for field in (self.device, self.reason, self.station_password, self.central_password):
            field.clear()

    def _failed(self, exc: BaseException) -> None:
        self.release_button.setEnabled(True)
        self.station_password.clear()
        self.central_password.clear()
        show_failure(exc, self.outcome.setText, self)

    def wait(self, timeout_ms: int) -> bool:
        """Tests: block until the work in flight is done."""
        return self._tasks.wait(timeout_ms)


class FleetSupervisorActions(QObject):
    """Roles menu: "Fleet: offline lot…" and "Fleet: release a claim…", supervisors only."""

    def __init__(self, tools: SupervisorTools, config: StationConfig) -> None:
        super().__init__(tools)
        self.setObjectName("fleet-supervisor-actions")
        assert config.fleet is not None
        self._tools = tools
        self._settings = FleetSettings.from_config(config.fleet)
        self._realm = config.active_target(tools.fixture).realm
        self.lot_dialog: LotDialog | None = None
        self.release_dialog: ReleaseClaimDialog | None = None
        self.lot_action = QAction(self.tr("Fleet: offline lot…"), self)
        self.lot_action.setObjectName("open-fleet-lot")
        self.release_action = QAction(self.tr("Fleet: release a claim…"), self)
        self.release_action.setObjectName("open-fleet-release")
        for action in (self.lot_action, self.release_action):
            tools.window.roles_menu.addAction(action)
            tools.roles.gate(action, Privilege.UNREGISTER)  # supervisors, as rework
        self.lot_action.triggered.connect(self.open_lot)
        self.release_action.triggered.connect(self.open_release)

    def _actor(self) -> Actor:
        return self._tools.roles.actor

    @Slot()
    def open_lot(self) -> LotDialog:
        if self.lot_dialog is None:
            self.lot_dialog = LotDialog(self._tools.journal, self._actor, self._tools.window)
        self.lot_dialog.refresh()
        self.lot_dialog.show()
        self.lot_dialog.raise_()
        return self.lot_dialog

    @Slot()
    def open_release(self) -> ReleaseClaimDialog:
        if self.release_dialog is None:
            self.release_dialog = ReleaseClaimDialog(
                self._tools.journal,
                self._tools.roles.session.authenticator,
                self._settings,
                self._actor,
                realm=self._realm,
                parent=self._tools.window,
            )
        self.release_dialog.show()
        self.release_dialog.raise_()
        return self.release_dialog
