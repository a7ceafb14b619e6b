"""The supervisor's fleet page: every station as the centre sees it.

Opened from the Roles menu ("Fleet: every station…") by QA or a supervisor on a station in
fleet mode. The person signs in at the centre with their own role (`station fleet
add-supervisor` or `add-qa`); the password is kept by the open page only, for its reads. Each
read runs off the GUI thread (`ui.tasks`). After a read succeeds the page reads again every
`REFRESH_EVERY_MS` with the same role, so a station going silent or a backlog growing shows by
itself; editing the role or the password stops that until the next Refresh (a mistyped password
is never retried on its own). A read that fails says why on the page, never in a dialog: the
environment's fault with what to do, our own bug as an internal error logged once
(`ui.read_failures`).
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.config import StationConfig
from station.fleet.connect import FleetSettings, connect
from station.fleet.qa_database import FleetDatabase
from station.fleet.supervise import StationRow, station_overview, station_state_text
from station.roles import Privilege
from ui import theme
from ui.errors import in_words, is_bug, present_error
from ui.i18n.languages import QT_TRANSLATE_NOOP, languages
from ui.operator.engine_words import render
from ui.qa.access import ActorSource
from ui.qa.window import QAWindow, open_qa_window
from ui.read_failures import RepeatedReadFailures
from ui.supervisor.fleet_dialogs import FleetSupervisorActions
from ui.supervisor.tools import SupervisorTools
from ui.tasks import Tasks

# The English sources, shown through QCoreApplication.translate("FleetPage").
COLUMNS = (
    QT_TRANSLATE_NOOP("FleetPage", "Station"),
    QT_TRANSLATE_NOOP("FleetPage", "State"),
    QT_TRANSLATE_NOOP("FleetPage", "Last seen"),
    QT_TRANSLATE_NOOP("FleetPage", "Lag"),
    QT_TRANSLATE_NOOP("FleetPage", "Backlog"),
    QT_TRANSLATE_NOOP("FleetPage", "Passed today"),
    QT_TRANSLATE_NOOP("FleetPage", "Not passed today"),
    QT_TRANSLATE_NOOP("FleetPage", "Offline lot"),
)
# How often an open page reads the centre again (the stations beat every 5 s).
REFRESH_EVERY_MS = 10_000


def read_stations(settings: FleetSettings, password: str) -> list[StationRow]:
    with connect(settings, password, application=f"fleet page {settings.role}") as conn:
        return station_overview(conn)


def lag_words(seconds: float) -> str:
    """A replayed backlog arrives days after its station time: say so in a unit one reads."""
    if seconds < 120:
        return f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.0f} h"
    days = QCoreApplication.translate("FleetPage", "{days} days")
    return days.format(days=f"{seconds / 86400:.0f}")


def backlog_words(row: StationRow) -> str:
    """The events a station has not shipped yet, and how long the oldest has waited."""
    if row.backlog is None:
        return ""
    if row.backlog and row.backlog_wait_s is not None:
        said = QCoreApplication.translate("FleetPage", "{count} (oldest {wait})")
        return said.format(count=row.backlog, wait=lag_words(max(row.backlog_wait_s, 0.0)))
    return str(row.backlog)


def _seen(row: StationRow) -> str:
    if row.last_seen is None:
        return QCoreApplication.translate("FleetPage", "never")
    return row.last_seen.astimezone().strftime("%Y-%m-%d %H:%M:%S")


log = logging.getLogger(__name__)


class FleetPage(QDialog):
    def __init__(
        self,
        settings: FleetSettings,
        parent: QWidget | None = None,
        *,
        actor: ActorSource | None = None,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self.setObjectName("fleet-page")
        # What the status line says, worded again in each language switched to (`_say`).
        self._words: Callable[[], str] = str
        self._rows: list[StationRow] | None = None
        self._read_at = datetime.now()
        # A person's role, not the station's: the station's client certificate is not offered.
        self._settings = replace(settings, cert_file=None)
        self._tasks = Tasks("fleet-page", parent=self)  # the QA window's sign-in
        self.role = QLineEdit(getpass.getuser())
        self.role.setObjectName("fleet-role")
        self.password = QLineEdit()
        self.password.setObjectName("fleet-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("fleet-refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.password.returnPressed.connect(self.refresh)
        self.timer = self._auto_refresh_timer()
        # Every station's attempts in the QA window, read with the role signed in here.
        self.qa_button = QPushButton()
        self.qa_button.setObjectName("fleet-open-qa")
        self.qa_button.clicked.connect(self.open_qa)
        self.qa_button.setVisible(actor is not None)
        self.qa_window: QAWindow | None = None
        self.status = QLabel()
        self.status.setObjectName("fleet-status")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("fleet-stations")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the lot, with who opened it
        self.table.verticalHeader().hide()
        self.table.setFont(theme.font(theme.BODY_PT))

        form = QFormLayout()
        self.role_caption, self.password_caption = QLabel(), QLabel()
        form.addRow(self.role_caption, self.role)
        form.addRow(self.password_caption, self.password)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.qa_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.resize(900, 480)
        host = settings.host
        self._say(
            lambda: self.tr(
                "Sign in with your own QA or supervisor role at {host}, then Refresh."
            ).format(host=host)
        )
        self.retranslate()

    def retranslate(self) -> None:
        """Every text the page set, in the screens' language (the rows too, as last read)."""
        self.setWindowTitle(self.tr("Fleet: every station"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.qa_button.setText(self.tr("Attempts of every station…"))
        self.qa_button.setToolTip(
            self.tr("Open the QA journal window on the central database (read-only)")
        )
        self.role_caption.setText(self.tr("Your role at the centre"))
        self.password_caption.setText(self.tr("Password"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        if self._rows is not None:
            self._fill(self._rows)
        self.status.setText(self._words())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, words: Callable[[], str]) -> None:
        self._words = words
        self.status.setText(words())

    def _auto_refresh_timer(self) -> QTimer:
        """Reads again with the role and password of the last read that worked."""
        self._reads = Tasks("fleet-page-read", parent=self, log_bugs=False)
        self._read_failures = RepeatedReadFailures("fleet page")
        timer = QTimer(self)
        timer.setObjectName("fleet-auto-refresh")
        timer.setInterval(REFRESH_EVERY_MS)
        timer.timeout.connect(self._auto_refresh)
        self._signed_in: tuple[FleetSettings, str] | None = None
        self._reading = False
        self.role.textEdited.connect(self._credentials_edited)
        self.password.textEdited.connect(self._credentials_edited)
        return timer

    @Slot()
    def refresh(self) -> None:
        settings = replace(self._settings, role=self.role.text().strip())
        self._read(settings, self.password.text())

    def _read(self, settings: FleetSettings, password: str) -> None:
        if self._reading:  # the timer never stacks reads behind a slow centre
            return
        self._reading = True
        self.refresh_button.setEnabled(False)
        self._say(lambda: self.tr("Reading the centre…"))

        def shown(rows: list[StationRow]) -> None:
            self._signed_in = (settings, password)
            self._show(rows)
            if not self.timer.isActive():
                self.timer.start()

        self._reads.run(lambda: read_stations(settings, password), shown, self._failed)

    @Slot()
    def _auto_refresh(self) -> None:
        if self._signed_in is not None and self.isVisible():
            self._read(*self._signed_in)

    @Slot()
    def _credentials_edited(self) -> None:
        self._signed_in = None
        self.timer.stop()

    @Slot()
    def open_qa(self) -> None:
        """The QA window on every station's attempts, as the role typed here. The sign-in is
        tried off the GUI thread first: a wrong password, a station's role or a silent centre
        is told in the page and nothing opens. The role's grants make it read-only."""
        actor = self._actor
        if actor is None:
            return
        source = FleetDatabase(
            replace(self._settings, role=self.role.text().strip()), self.password.text()
        )
        self.qa_button.setEnabled(False)
        self._say(lambda: self.tr("Signing in at the centre…"))

        def opened(_ok: object) -> None:
            self.qa_button.setEnabled(True)
            try:
                window = open_qa_window(source, self.parentWidget(), actor=actor)
            except Exception as exc:
                log.exception("building the fleet's QA window failed")
                source.close_unused()
                self._qa_failed(exc)
                return
            self.qa_window = window
            if window is None:  # refused, and said so in a box of its own
                source.close_unused()  # the readers signed in for it stay open otherwise
                self._say(str)
                return
            self._say(lambda: self.tr("The QA window reads every station's attempts."))

        # Signing in opens the window's readers, so building it waits on no network.
        self._tasks.run(source.prepare, opened, self._qa_failed)

    def _qa_failed(self, exc: BaseException) -> None:
        """A refused sign-in in the environment's words, or our bug with the crash dialog too.
        The refresh's state is not this one's: a read of the stations may still be running."""
        self.qa_button.setEnabled(True)
        self._say(lambda: in_words(exc))  # worded again on a language switch
        if is_bug(exc):
            present_error(exc, self)  # the task runner logged it with its trace

    def _show(self, rows: list[StationRow]) -> None:
        self._reading = False
        self.refresh_button.setEnabled(True)
        self._rows, self._read_at = rows, datetime.now()
        self._fill(rows)
        self._say(lambda: self._summary(rows))

    def _fill(self, rows: list[StationRow]) -> None:
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            by = self.tr("{lot} (by {who})")
            lot = by.format(lot=row.open_lot, who=row.lot_opened_by) if row.open_lot else ""
            lag = "" if row.ship_lag_s is None else lag_words(row.ship_lag_s)
            state = render(station_state_text(row))
            if row.silent and row.heartbeat_age_s is not None:
                state += f" ({lag_words(row.heartbeat_age_s)})"
            cells = (
                row.station_id,
                state,
                _seen(row),
                lag,
                backlog_words(row),
                str(row.passed_today),
                str(row.failed_today),
                lot,
            )
            # A silent station or a failed shipper first, then an open lot, then a backlog.
            colour = None
            if row.silent or row.link == "failed":
                colour = theme.VERMILLION
            elif row.open_lot or row.backlog:
                colour = theme.YELLOW
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long lot name is cut in its cell
                if colour is not None:
                    item.setBackground(QColor(colour))
                self.table.setItem(i, j, item)

    def _summary(self, rows: list[StationRow]) -> str:
        lots = sum(1 for r in rows if r.open_lot)
        silent = sum(1 for r in rows if r.silent)
        parts = [
            self.tr("{count} station(s), read at {time}", "", len(rows)).format(
                count=len(rows), time=f"{self._read_at:%H:%M:%S}"
            )
        ]
        if lots:
            parts.append(self.tr("%n with an offline lot open", "", lots))
        if silent:
            parts.append(self.tr("%n silent", "", silent))
        said = self.tr("{summary}. Reads again every %n s.", "", REFRESH_EVERY_MS // 1000)
        return said.format(summary="; ".join(parts))

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        self.refresh_button.setEnabled(True)
        self._say(self._read_failures.words(exc))

    def wait(self, timeout_ms: int) -> bool:
        """Tests: block until the read and the sign-in in flight are done."""
        return self._reads.wait(timeout_ms) and self._tasks.wait(timeout_ms)


class FleetPageAction(QObject):
    """The Roles menu's "Fleet: every station…", for QA and supervisors, in fleet mode only."""

    def __init__(self, tools: SupervisorTools, settings: FleetSettings) -> None:
        super().__init__(tools)
        self.setObjectName("fleet-page-action")
        self._window = tools.window
        self._settings = settings
        self._actor: ActorSource = lambda: tools.roles.actor
        self.page: FleetPage | None = None
        self.action = QAction(self)
        self.action.setObjectName("open-fleet")
        self._word_action()
        languages().changed.connect(self._word_action)
        tools.window.roles_menu.addAction(self.action)
        tools.roles.gate(self.action, Privilege.VIEW_JOURNAL)  # read-only, like the journal
        self.action.triggered.connect(self.open)

    @Slot()
    def _word_action(self) -> None:
        self.action.setText(self.tr("Fleet: every station…"))

    @Slot()
    def open(self) -> FleetPage:
        if self.page is None:
            self.page = FleetPage(self._settings, self._window, actor=self._actor)
            self.page.destroyed.connect(self._closed)
        self.page.show()
        self.page.raise_()
        return self.page

    @Slot()
    def _closed(self) -> None:
        self.page = None


def attach_fleet_page(tools: SupervisorTools, config: StationConfig) -> FleetPageAction | None:
    if config.fleet is None:
        return None
    FleetSupervisorActions(tools, config)  # the lot and release-claim dialogs, supervisors only
    return FleetPageAction(tools, FleetSettings.from_config(config.fleet))
