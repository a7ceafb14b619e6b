"""The supervisor's MES page: the override of `block`, and the results waiting for the MES.

Opened from the Roles menu ("MES: override and waiting results…") by a signed-in supervisor on a
station whose line names an MES. The override form writes through the same station code as
`station mes override` (`station.engine.mes_override`: a supervisor, a reason, at most one shift,
journaled). The list shows every result the MES has not acknowledged: from the running engine's
outbox (with its tries, last error and next retry) or, when the running target asks no MES, from
the journal. Every read and write runs off the GUI thread (`ui.tasks`), and the list is read
again every `REFRESH_MS` while the page is open. A read that fails says why on the page, and
our own bug is logged once, not at every read (`ui.read_failures`).

What QA can rely on is what the journal holds: each result (`mes_result`) and, once the MES takes
it, its acknowledgement (`mes_result_ack`); so "Waiting since" is the result's own time from
the journal, the same after a restart. A failed send is not journaled: the sender tries every
few seconds for as long as the MES is away, and an append-only journal would take a record per
try. The tries are therefore labelled for what they are, the sends tried since this station
started, and the page says so under the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.config import StationConfig
from station.config.model import TargetConfig
from station.engine.mes_outbox import WaitingResult, pending_in
from station.engine.mes_override import (
    MAX_MINUTES,
    Override,
    end_override,
    override_in_force,
    start_override,
)
from station.journal import Journal
from station.roles import Actor, Privilege
from ui import theme
from ui.i18n.languages import languages
from ui.read_failures import RepeatedReadFailures
from ui.said import Said
from ui.supervisor.tools import SupervisorTools
from ui.tasks import Tasks

REFRESH_MS = 2000
LAST_ERROR = 5  # the column that takes the room left: an MES's error is read in full
DEFAULT_MINUTES = 60


@dataclass(frozen=True)
class MesView:
    """One read for the page: what waits, whether the engine's sender has it, the overrides."""

    waiting: list[WaitingResult]
    from_outbox: bool
    overrides: dict[str, Override | None]


def read_mes_view(runner: object, journal: Journal, targets: list[str]) -> MesView:
    """Off the GUI thread: the engine's outbox if it has one, else the journal."""
    from_engine: Callable[[], list[WaitingResult] | None] | None = getattr(
        runner, "mes_waiting", None
    )
    waiting = from_engine() if from_engine is not None else None
    from_outbox = waiting is not None
    if waiting is None:
        waiting = [WaitingResult(r, 0, "", None) for r in pending_in(journal)]
    overrides = {name: override_in_force(journal, name) for name in targets}
    return MesView(waiting, from_outbox, overrides)


def _clock(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%H:%M:%S")


def _since(finished_at: str) -> str:
    """When a result was journaled (its attempt's finish), in local time; as written if odd."""
    try:
        moment = datetime.fromisoformat(finished_at)
    except ValueError:
        return finished_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class MesPage(QDialog):
    def __init__(
        self,
        config: StationConfig,
        journal: Journal,
        runner: object,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mes-page")
        self._view: MesView | None = None  # the last read, shown again in a new language
        self._read_at = ""
        self._journal = journal
        self._runner = runner
        self._actor = actor
        self._targets: dict[str, TargetConfig] = {
            t.name: t for t in config.targets.values() if t.mes_recipe is not None
        }
        self._reads = Tasks("mes-page-read", parent=self, log_bugs=False)
        self._read_failures = RepeatedReadFailures("MES page")
        self._failure: Callable[[], str] | None = None  # the last read's failure, if it failed
        self._writes = Tasks("mes-page-write", parent=self)
        self._overrides: dict[str, Override | None] = {}

        override_box = self._override_box()
        self._build_table()

        layout = QVBoxLayout(self)
        layout.addWidget(override_box)
        self.waiting_caption = QLabel()
        layout.addWidget(self.waiting_caption)
        layout.addWidget(self.waiting_state)
        layout.addWidget(self.table, 1)
        self.tries_note = QLabel(wordWrap=True)
        self.tries_note.setObjectName("mes-tries-note")
        layout.addWidget(self.tries_note)
        self.resize(960, 560)
        self.retranslate()

        self._timer = QTimer(self)
        self._timer.setObjectName("mes-page-refresh")
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._show_override()
        self.refresh()

    def _override_box(self) -> QGroupBox:
        self.target = QComboBox()
        self.target.setObjectName("mes-override-target")
        self.target.addItems(sorted(self._targets))
        self.target.currentTextChanged.connect(lambda _name: self._show_override())
        self.minutes = QSpinBox()
        self.minutes.setObjectName("mes-override-minutes")
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.reason = QLineEdit()
        self.reason.setObjectName("mes-override-reason")
        self.start_button = QPushButton()
        self.start_button.setObjectName("mes-override-start")
        self.start_button.clicked.connect(self.start_override)
        self.end_button = QPushButton()
        self.end_button.setObjectName("mes-override-end")
        self.end_button.clicked.connect(self.end_override)
        self.override_state = QLabel()
        self.override_state.setObjectName("mes-override-state")
        self.override_state.setWordWrap(True)
        self.refusal = QLabel()  # why the last start or end was refused (kept until the next)
        self.refusal.setObjectName("mes-override-refusal")
        self.refusal.setWordWrap(True)
        self._refusal_said = Said(self.refusal)

        form = QFormLayout()
        self._captions = (QLabel(), QLabel(), QLabel())
        fields = (self.target, self.minutes, self.reason)
        for caption, field in zip(self._captions, fields, strict=True):
            form.addRow(caption, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        override_box = self.override_box = QGroupBox()
        box_layout = QVBoxLayout(override_box)
        self.override_note = QLabel(wordWrap=True)
        box_layout.addWidget(self.override_note)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.override_state)
        box_layout.addWidget(self.refusal)
        return override_box

    def retranslate(self) -> None:
        """Every text the page set, in the screens' language (the last read shown again)."""
        self.setWindowTitle(self.tr("MES: override and waiting results"))
        self.minutes.setSuffix(self.tr(" min"))
        self.reason.setPlaceholderText(self.tr("Why (required; e.g. the MES ticket number)"))
        self.start_button.setText(self.tr("Start override"))
        self.end_button.setText(self.tr("End override"))
        for caption, text in zip(
            self._captions, (self.tr("Target"), self.tr("For"), self.tr("Reason")), strict=True
        ):
            caption.setText(text)
        self.override_box.setTitle(self.tr("Let a target with offline policy block go on"))
        self.override_note.setText(
            self.tr(
                "While the MES cannot be asked, units of this target are provisioned and "
                "their results queued; a refusal from an answering MES is never overridden. "
                "Journaled with your name and the reason; one shift at most."
            )
        )
        self.columns = (
            self.tr("Serial"),
            self.tr("Device"),
            self.tr("Result"),
            self.tr("Waiting since"),
            self.tr("Tries since start"),
            self.tr("Last error"),
            self.tr("Next retry"),
        )
        self.table.setHorizontalHeaderLabels(self.columns)
        self.waiting_caption.setText(self.tr("Results the MES has not acknowledged"))
        self.tries_note.setText(
            self.tr(
                "Tries are counted since this station started: a failed send is not journaled. "
                "The journal holds each result and, once the MES takes it, its acknowledgement."
            )
        )
        if self._failure is not None:
            self.waiting_state.setText(self._failure())
        elif self._view is not None:
            self._fill(self._view)
        else:
            self.waiting_state.setText(self.tr("Reading…"))
        self._refusal_said.reword()
        self._show_override()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("mes-waiting")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)  # the last error is read in full, not in a tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LAST_ERROR, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setFont(theme.font(theme.BODY_PT))
        self.waiting_state = QLabel()
        self.waiting_state.setObjectName("mes-waiting-state")
        self.waiting_state.setWordWrap(True)

    # -- reading -------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read again off the GUI thread; a read still under way is not doubled."""
        if self._reads.pending:
            return
        runner, journal, names = self._runner, self._journal, list(self._targets)
        self._reads.run(lambda: read_mes_view(runner, journal, names), self._show, self._failed)

    def _show(self, view: MesView) -> None:
        self._view, self._read_at = view, datetime.now().strftime("%H:%M:%S")
        self._failure = None
        self._overrides = view.overrides
        self._show_override()
        self._fill(view)

    def _fill(self, view: MesView) -> None:
        self.table.setRowCount(len(view.waiting))
        for i, item in enumerate(view.waiting):
            unit = item.result
            if not view.from_outbox:
                tries, retry = "", self.tr("at the next start of a target that asks the MES")
            else:
                tries = str(item.tries)
                retry = _clock(item.next_try) if item.next_try else self.tr("now")
            since = _since(unit.finished_at)
            cells = (
                unit.serial,
                unit.device_id,
                unit.outcome,
                since,
                tries,
                item.last_error,
                retry,
            )
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        read_at = self._read_at
        if not view.waiting:
            text = self.tr("Nothing waits: the MES has every result (read at %1).").replace(
                "%1", read_at
            )
        else:
            text = self.tr(
                "%n result(s) wait for the MES, kept in the journal (read at %1).",
                "",
                len(view.waiting),
            ).replace("%1", read_at)
        self.waiting_state.setText(text)

    def _failed(self, exc: BaseException) -> None:
        # On the page, never a dialog: the read comes again in REFRESH_MS.
        self._failure = self._read_failures.words(exc)
        self.waiting_state.setText(self._failure())

    def _show_override(self) -> None:
        name = self.target.currentText()
        if not name:
            self.override_state.setText(self.tr("No target of this station asks the MES."))
            self.start_button.setEnabled(False)
            self.end_button.setEnabled(False)
            return
        override = self._overrides.get(name)
        if override is None:
            self.override_state.setText(self.tr("No override in force for %1.").replace("%1", name))
        else:
            self.override_state.setText(
                self.tr("Override in force for %1 until %2, by %3: %4")
                .replace("%1", name)
                .replace("%2", _clock(override.until))
                .replace("%3", override.actor)
                .replace("%4", override.reason)
            )
        self.end_button.setEnabled(override is not None)

    # -- the override --------------------------------------------------------------------------

    @Slot()
    def start_override(self) -> None:
        target = self._targets.get(self.target.currentText())
        if target is None:
            return
        actor, minutes, reason = self._actor(), self.minutes.value(), self.reason.text()
        journal = self._journal
        self._write(lambda: start_override(journal, target, actor, minutes=minutes, reason=reason))

    @Slot()
    def end_override(self) -> None:
        target = self._targets.get(self.target.currentText())
        if target is None:
            return
        actor, reason, journal = self._actor(), self.reason.text(), self._journal
        self._write(lambda: end_override(journal, target, actor, reason=reason))

    def _write(self, work: Callable[[], Any]) -> None:
        self.start_button.setEnabled(False)
        self.end_button.setEnabled(False)
        self._writes.run(work, lambda _until: self._written(), self._refused)

    def _written(self) -> None:
        self.start_button.setEnabled(True)
        self._refusal_said.clear()
        self.reason.clear()
        self.refresh()

    def _refused(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self._show_override()
        self._refusal_said.fail(exc, self)

    def wait(self, timeout_ms: int) -> bool:
        """Tests: block until the reads and writes in flight are done."""
        return self._writes.wait(timeout_ms) and self._reads.wait(timeout_ms)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._timer.isActive():  # opened again after a close: read at once
            self._timer.start()
            self.refresh()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)


class MesPageAction(QObject):
    """The Roles menu's "MES: override and waiting results…", for supervisors."""

    def __init__(self, tools: SupervisorTools, config: StationConfig) -> None:
        super().__init__(tools)
        self.setObjectName("mes-page-action")
        self._tools = tools
        self._config = config
        self.page: MesPage | None = None
        self.action = QAction(self)
        self._retranslate()
        languages().changed.connect(self._retranslate)  # a language switch re-words the entry
        self.action.setObjectName("open-mes")
        tools.window.roles_menu.addAction(self.action)
        tools.roles.gate(self.action, Privilege.MES_OVERRIDE)
        self.action.triggered.connect(self.open)
        tools.roles.roleChanged.connect(self._role_changed)

    @Slot()
    def _retranslate(self) -> None:
        self.action.setText(self.tr("MES: override and waiting results…"))

    @Slot()
    def open(self) -> MesPage:
        if self.page is None:
            tools = self._tools
            self.page = MesPage(
                self._config,
                tools.journal,
                tools.window.runner,
                lambda: tools.roles.actor,
                tools.window,
            )
            self.page.destroyed.connect(self._closed)
        self.page.show()
        self.page.raise_()
        return self.page

    @Slot()
    def _closed(self) -> None:
        self.page = None

    @Slot(object)
    def _role_changed(self, _actor: object) -> None:
        # The page goes with the supervisor session (its writes check the role again anyway).
        if self.page is not None and not self._tools.roles.may(Privilege.MES_OVERRIDE):
            self.page.close()


def attach_mes_page(tools: SupervisorTools, config: StationConfig) -> MesPageAction | None:
    """The MES page's menu entry, on a station whose line names an MES."""
    if config.line.mes_url is None:
        return None
    return MesPageAction(tools, config)
