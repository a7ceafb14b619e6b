"""Rework: check what a device's storage can still take, unregister it, allow it again.

The storage check comes first and the Unregister button stays disabled until it has run for
the device ID shown: when the device is on a slot its own `identify` answers; otherwise the
journal's record does, with a warning. A check that says the unit may be lost (write-once
storage holding a secret, or unknown storage) needs the confirmation box ticked as well. After
unregistering, "Allow provisioning again" records the 'already passed' override and hands it to
the operator screen for that slot's next attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.config import StationConfig
from station.engine.policy import decide_device_id
from station.engine.setup import policy_for
from station.errors import StationError
from station.journal import Journal, JournalQuery
from station.pairing.device_id import validate_device_id
from station.rework.assess import (
    Assessment,
    assess_from_journal,
    assess_identity,
    identify_on_slot,
)
from station.rework.reprovision import grant_override
from station.rework.unregister import Unregistered, unregister_device
from station.roles import NotPermitted, Privilege
from ui import theme
from ui.errors import show_failure
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.roles.controller import RoleController
from ui.supervisor.lifetime import delete_when_idle
from ui.tasks import Tasks

NOT_ON_A_SLOT = QT_TRANSLATE_NOOP("ReworkDialog", "Not on a slot")
SlotDevices = Callable[[], dict[str, str | None]]


def _fit(label: QLabel) -> None:
    """Give a wrapped label the height its text needs (top-level dialogs do not ask for it)."""
    width = max(label.width(), label.minimumSizeHint().width(), 400)
    label.setMinimumHeight(label.heightForWidth(width))


class ReworkDialog(QDialog):
    """Signals:
    overrideGranted(str): the override was journaled for this slot ("" when not on a slot).
    """

    overrideGranted = Signal(str)

    def __init__(
        self,
        config: StationConfig,
        fixture: str,
        journal: Journal,
        roles: RoleController,
        slot_devices: SlotDevices,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rework")
        self.setWindowTitle(self.tr("Rework: unregister a device"))
        self.config = config
        self.fixture = fixture
        self.journal = journal
        self.roles = roles
        self._slot_devices = slot_devices
        self._tasks = Tasks("supervisor-rework", 1, self)
        self.assessment: Assessment | None = None
        self.unregistered: Unregistered | None = None
        self._build(config)
        self._fill_slots()
        self.slot.currentIndexChanged.connect(self._slot_chosen)
        self.device_id.textChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.check_button.clicked.connect(self.check_storage)
        self.unregister_button.clicked.connect(self.unregister)
        self.override_button.clicked.connect(self.allow_again)
        roles.roleChanged.connect(self._role_changed)
        self._update()

    def _build(self, config: StationConfig) -> None:
        target = config.active_target(self.fixture)
        heading = QLabel(
            self.tr("Target {name}: realm {realm} at {url}").format(
                name=target.name, realm=target.realm, url=target.pairing_url
            )
        )
        heading.setFont(theme.font(theme.BODY_PT, bold=True))
        self.slot = QComboBox()
        self.slot.setObjectName("rework-slot")
        self.device_id = QLineEdit()
        self.device_id.setObjectName("rework-device-id")
        self.device_id.setPlaceholderText(self.tr("22-character Astarte device ID"))
        self.check_button = QPushButton(self.tr("Check storage"))
        self.check_button.setObjectName("check-storage")
        self.verdict = QLabel(self.tr("Check the device's storage first."))
        self.verdict.setObjectName("assessment")
        self.verdict.setWordWrap(True)
        self.confirm = QCheckBox(
            self.tr("I understand: this unit may never hold working credentials again.")
        )
        self.confirm.setObjectName("confirm-loss")
        self.confirm.setVisible(False)
        self.reason = QLineEdit()
        self.reason.setObjectName("rework-reason")
        self.reason.setPlaceholderText(
            self.tr("Why (required; e.g. 'returned by customer, RMA 4711')")
        )
        self.unregister_button = QPushButton(self.tr("Unregister device"))
        self.unregister_button.setObjectName("unregister")
        self.override_button = QPushButton(
            self.tr("Allow provisioning again (override 'already passed')")
        )
        self.override_button.setObjectName("allow-again")
        self.status = QLabel("")
        self.status.setObjectName("rework-status")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Slot"), self.slot)
        form.addRow(self.tr("Device ID"), self.device_id)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.verdict)
        layout.addWidget(self.confirm)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.unregister_button)
        layout.addWidget(self.override_button)
        layout.addWidget(self.status)
        self.setMinimumWidth(640)

    def _fill_slots(self) -> None:
        self.slot.addItem(self.tr(NOT_ON_A_SLOT), None)
        for slot, device in self._slot_devices().items():
            if device:
                label = self.tr("Slot {slot}: {device}").format(slot=slot, device=device)
            else:
                label = self.tr("Slot {slot}").format(slot=slot)
            self.slot.addItem(label, slot)

    def choose_slot(self, slot: str) -> None:
        index = self.slot.findData(slot)
        if index >= 0:
            self.slot.setCurrentIndex(index)

    @Slot()
    def _slot_chosen(self) -> None:
        slot = self.slot.currentData()
        device = self._slot_devices().get(slot) if slot else None
        if device:
            self.device_id.setText(device)
        self._forget_assessment()

    def _say_verdict(self, text: str) -> None:
        self.verdict.setText(text)
        _fit(self.verdict)
        self.adjustSize()

    def _say_status(self, text: str) -> None:
        self.status.setText(text)
        _fit(self.status)
        self.adjustSize()

    def _forget_assessment(self) -> None:
        self.assessment = None
        self._say_verdict(self.tr("Check the device's storage first."))
        self.confirm.setChecked(False)
        self.confirm.setVisible(False)
        self._update()

    @Slot()
    def _update(self) -> None:
        assessment = self.assessment
        ready = (
            assessment is not None
            and self.unregistered is None
            and assessment.device_id == self.device_id.text().strip()
            and (not assessment.needs_confirmation or self.confirm.isChecked())
            and bool(self.reason.text().strip())
        )
        self.unregister_button.setEnabled(ready)
        self.override_button.setEnabled(self.unregistered is not None)

    # -- actions ---------------------------------------------------------------------------

    @Slot()
    def check_storage(self) -> None:
        slot = self.slot.currentData()
        typed = self.device_id.text().strip()
        config, fixture = self.config, self.fixture
        journal_path = Path(self.journal.path)
        self._say_verdict(self.tr("Checking…"))

        def work() -> Assessment:
            if slot:
                identity = identify_on_slot(config, fixture, slot)
                policy = policy_for(config.active_target(fixture))
                device_id = decide_device_id(identity, policy.device_id_rule, slot=slot)
                if typed and typed != device_id:
                    raise StationError(
                        self.tr("The device on slot {slot} is {device}, not {typed}.").format(
                            slot=slot, device=device_id, typed=typed
                        ),
                        self.tr("Choose the right slot, or clear the device ID to use the slot's."),
                    )
                return assess_identity(identity, device_id)
            with JournalQuery.open(journal_path) as query:
                return assess_from_journal(query, validate_device_id(typed))

        def done(value: Assessment) -> None:
            self.assessment = value
            self.device_id.blockSignals(True)
            self.device_id.setText(value.device_id)
            self.device_id.blockSignals(False)
            warn = "⚠ " if value.needs_confirmation else ""
            said = self.tr("{message}\nWhat to do: {action}")
            self._say_verdict(warn + said.format(message=value.message, action=value.action))
            self.confirm.setVisible(value.needs_confirmation)
            self._update()

        def failed(exc: BaseException) -> None:
            before = self.tr("The storage could not be checked: ")
            show_failure(exc, self._say_verdict, self, before=before)
            self._update()

        self._tasks.run(work, done, failed)

    @Slot()
    def unregister(self) -> None:
        assessment = self.assessment
        if assessment is None:
            return
        actor, reason = self.roles.actor, self.reason.text()
        target = self.config.active_target(self.fixture)
        confirmed = self.confirm.isChecked()
        device_id = self.device_id.text().strip()
        self.unregister_button.setEnabled(False)
        self._say_status(self.tr("Unregistering…"))

        def done(value: Unregistered) -> None:
            self.unregistered = value
            self._say_status(
                self.tr(
                    "Device {device} is unregistered from realm {realm}. It can be registered "
                    "again; allow provisioning it again when it is back on a slot."
                ).format(device=value.device_id, realm=value.realm)
            )
            self._update()

        def failed(exc: BaseException) -> None:
            show_failure(exc, self._say_status, self, before=self.tr("Not unregistered: "))
            self._update()

        self._tasks.run(
            lambda: unregister_device(
                actor,
                target,
                device_id,
                self.journal,
                reason=reason,
                assessment=assessment,
                confirmed_loss=confirmed,
            ),
            done,
            failed,
        )

    @Slot()
    def allow_again(self) -> None:
        slot = self.slot.currentData() or ""
        actor, reason = self.roles.actor, self.reason.text()
        target = self.config.active_target(self.fixture).name

        def done(_value: object) -> None:
            if slot:
                said = self.tr(
                    "Override recorded: slot {slot} may provision a device that already passed. "
                    "It ends after that attempt or when the supervisor session ends."
                ).format(slot=slot)
            else:
                said = self.tr(
                    "Override recorded: the next attempt on any slot may provision a device that "
                    "already passed. It ends after that attempt or when the supervisor session "
                    "ends."
                )
            self._say_status(said)
            self.override_button.setEnabled(False)
            self.overrideGranted.emit(slot)

        self._tasks.run(
            lambda: grant_override(
                actor,
                self.journal,
                reason=reason,
                fixture=self.fixture,
                slots=[slot] if slot else [],
                target=target,
            ),
            done,
            lambda exc: show_failure(exc, self._say_status, self, before=self.tr("Not allowed: ")),
        )

    @Slot(object)
    def _role_changed(self, _actor: object) -> None:
        if not self.roles.may(Privilege.UNREGISTER):
            self.reject()

    def done(self, result: int) -> None:
        super().done(result)
        delete_when_idle(self, self._tasks)

    def wait_idle(self, timeout_ms: int = 60_000) -> bool:
        return self._tasks.wait(timeout_ms)


def open_rework(
    config: StationConfig,
    fixture: str,
    journal: Journal,
    roles: RoleController,
    slot_devices: SlotDevices,
    *,
    parent: QWidget | None = None,
) -> ReworkDialog:
    """Open the rework dialog for a supervisor; `NotPermitted` for anyone else."""
    if not roles.may(Privilege.UNREGISTER):
        actor = roles.actor
        raise NotPermitted(
            QCoreApplication.translate(
                "ReworkDialog",
                "{name} is signed in as {role}; only a supervisor may unregister devices.",
            ).format(name=actor.name, role=QCoreApplication.translate("Role", actor.role.label)),
            QCoreApplication.translate("ReworkDialog", "Ask a supervisor to sign in (Roles menu)."),
        )
    dialog = ReworkDialog(config, fixture, journal, roles, slot_devices, parent=parent)
    dialog.open()
    return dialog
