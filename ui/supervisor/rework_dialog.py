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

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
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
from ui.operator.engine_words import render
from ui.roles.controller import RoleController
from ui.supervisor.lifetime import delete_when_idle
from ui.tasks import Tasks

NOT_ON_A_SLOT = QT_TRANSLATE_NOOP("ReworkDialog", "Not on a slot")
SlotDevices = Callable[[], dict[str, str | None]]


def _fit(label: QLabel) -> None:
    """Give a wrapped label the height its text needs (top-level dialogs do not ask for it)."""
    width = max(label.width(), label.minimumSizeHint().width(), 400)
    label.setMinimumHeight(label.heightForWidth(width))


def _as_words(words: str | Callable[[], str]) -> Callable[[], str]:
    """A text that is the same in every language (a station message), or what words one."""
    if callable(words):
        return words
    return lambda: words


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
        # What the verdict and status lines say, worded again in each language switched to.
        self._verdict_words: Callable[[], str] = str
        self._status_words: Callable[[], str] = str
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
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        """Every text the dialog set, in the screens' language (the verdict and status too)."""
        self.setWindowTitle(self.tr("Rework: unregister a device"))
        target = self._target
        self.heading.setText(
            self.tr("Target {name}: realm {realm} at {url}").format(
                name=target.name, realm=target.realm, url=target.pairing_url
            )
        )
        self.device_id.setPlaceholderText(self.tr("22-character Astarte device ID"))
        self.check_button.setText(self.tr("Check storage"))
        self.confirm.setText(
            self.tr("I understand: this unit may never hold working credentials again.")
        )
        self.reason.setPlaceholderText(
            self.tr("Why (required; e.g. 'returned by customer, RMA 4711')")
        )
        self.unregister_button.setText(self.tr("Unregister device"))
        self.override_button.setText(
            self.tr("Allow provisioning again (override 'already passed')")
        )
        for caption, text in zip(
            self._captions, (self.tr("Slot"), self.tr("Device ID"), self.tr("Reason")), strict=True
        ):
            caption.setText(text)
        for index in range(self.slot.count()):
            self.slot.setItemText(index, self._slot_label(self.slot.itemData(index)))
        self._say_verdict(self._verdict_words)
        if self.status.text():  # nothing said yet: nothing to fit
            self._say_status(self._status_words)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build(self, config: StationConfig) -> None:
        self._target = config.active_target(self.fixture)
        heading = self.heading = QLabel()
        heading.setFont(theme.font(theme.BODY_PT, bold=True))
        self.slot = QComboBox()
        self.slot.setObjectName("rework-slot")
        self.device_id = QLineEdit()
        self.device_id.setObjectName("rework-device-id")
        self.check_button = QPushButton()
        self.check_button.setObjectName("check-storage")
        self._verdict_words = lambda: self.tr("Check the device's storage first.")
        self.verdict = QLabel()
        self.verdict.setObjectName("assessment")
        self.verdict.setWordWrap(True)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirm-loss")
        self.confirm.setVisible(False)
        self.reason = QLineEdit()
        self.reason.setObjectName("rework-reason")
        self.unregister_button = QPushButton()
        self.unregister_button.setObjectName("unregister")
        self.override_button = QPushButton()
        self.override_button.setObjectName("allow-again")
        self.status = QLabel("")
        self.status.setObjectName("rework-status")
        self.status.setWordWrap(True)

        form = QFormLayout()
        self._captions = (QLabel(), QLabel(), QLabel())  # slot, device ID, reason
        form.addRow(self._captions[0], self.slot)
        form.addRow(self._captions[1], self.device_id)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.verdict)
        layout.addWidget(self.confirm)
        layout.addWidget(self._captions[2])
        layout.addWidget(self.reason)
        layout.addWidget(self.unregister_button)
        layout.addWidget(self.override_button)
        layout.addWidget(self.status)
        self.setMinimumWidth(640)

    def _fill_slots(self) -> None:
        self._devices = self._slot_devices()  # as the slots held them when the dialog opened
        self.slot.addItem(self._slot_label(None), None)
        for slot in self._devices:
            self.slot.addItem(self._slot_label(slot), slot)

    def _slot_label(self, slot: str | None) -> str:
        if slot is None:
            return self.tr(NOT_ON_A_SLOT)
        device = self._devices.get(slot)
        if device:
            return self.tr("Slot {slot}: {device}").format(slot=slot, device=device)
        return self.tr("Slot {slot}").format(slot=slot)

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

    def _say_verdict(self, words: str | Callable[[], str]) -> None:
        """Show the verdict (a callable is worded again on each language switch)."""
        self._verdict_words = _as_words(words)
        self.verdict.setText(self._verdict_words())
        _fit(self.verdict)
        self.adjustSize()

    def _say_status(self, words: str | Callable[[], str]) -> None:
        """Show the status (a callable is worded again on each language switch)."""
        self._status_words = _as_words(words)
        self.status.setText(self._status_words())
        _fit(self.status)
        self.adjustSize()

    def _forget_assessment(self) -> None:
        self.assessment = None
        self._say_verdict(lambda: self.tr("Check the device's storage first."))
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
        self._say_verdict(lambda: self.tr("Checking…"))

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
            self._say_verdict(
                lambda: (
                    warn
                    + self.tr("{message}\nWhat to do: {action}").format(
                        message=render(value.text), action=render(value.action_text)
                    )
                )
            )
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
        self._say_status(lambda: self.tr("Unregistering…"))

        def done(value: Unregistered) -> None:
            self.unregistered = value
            self._say_status(
                lambda: self.tr(
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
