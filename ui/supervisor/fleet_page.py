"""The supervisor's fleet page: every station as the centre sees it.

Opened from the Roles menu ("Fleet: every station…") by QA or a supervisor on a station in
fleet mode. The person signs in at the centre with their own role (`station fleet
add-supervisor` or `add-qa`); the password is used for the one read and kept nowhere. The read
runs off the GUI thread (`ui.tasks`); Refresh reads again.
"""

from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Slot
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
from station.fleet.supervise import StationRow, station_overview
from station.roles import Privilege
from ui import theme
from ui.errors import in_words
from ui.qa.access import ActorSource
from ui.qa.window import QAWindow, open_qa_window
from ui.supervisor.tools import SupervisorTools
from ui.tasks import Tasks

COLUMNS = ("Station", "Last seen", "Lag", "Passed today", "Not passed today", "Offline lot")


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
    return f"{seconds / 86400:.0f} days"


def _seen(row: StationRow) -> str:
    if row.last_seen is None:
        return "never"
    return row.last_seen.astimezone().strftime("%Y-%m-%d %H:%M:%S")


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
        self.setWindowTitle("Fleet: every station")
        # A person's role, not the station's: the station's client certificate is not offered.
        self._settings = replace(settings, cert_file=None)
        self._tasks = Tasks("fleet-page", parent=self)
        self.role = QLineEdit(getpass.getuser())
        self.role.setObjectName("fleet-role")
        self.password = QLineEdit()
        self.password.setObjectName("fleet-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setObjectName("fleet-refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.password.returnPressed.connect(self.refresh)
        # Every station's attempts in the QA window, read with the role signed in here.
        self.qa_button = QPushButton(self.tr("Attempts of every station…"))
        self.qa_button.setObjectName("fleet-open-qa")
        self.qa_button.setToolTip(
            self.tr("Open the QA journal window on the central database (read-only)")
        )
        self.qa_button.clicked.connect(self.open_qa)
        self.qa_button.setVisible(actor is not None)
        self.qa_window: QAWindow | None = None
        self.status = QLabel(
            f"Sign in with your own QA or supervisor role at {settings.host}, then Refresh."
        )
        self.status.setObjectName("fleet-status")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("fleet-stations")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the lot, with who opened it
        self.table.verticalHeader().hide()
        self.table.setFont(theme.font(theme.BODY_PT))

        form = QFormLayout()
        form.addRow("Your role at the centre", self.role)
        form.addRow("Password", self.password)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.qa_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.resize(900, 480)

    @Slot()
    def refresh(self) -> None:
        settings = replace(self._settings, role=self.role.text().strip())
        password = self.password.text()
        self.refresh_button.setEnabled(False)
        self.status.setText("Reading the centre…")
        self._tasks.run(lambda: read_stations(settings, password), self._show, self._failed)

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
        self.status.setText(self.tr("Signing in at the centre…"))

        def opened(_ok: object) -> None:
            self.qa_button.setEnabled(True)
            self.status.setText(self.tr("The QA window reads every station's attempts."))
            self.qa_window = open_qa_window(source, self.parentWidget(), actor=actor)

        def failed(exc: BaseException) -> None:
            self.qa_button.setEnabled(True)
            self._failed(exc)

        self._tasks.run(lambda: source.open_keys().close(), opened, failed)

    def _show(self, rows: list[StationRow]) -> None:
        self.refresh_button.setEnabled(True)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            lot = f"{row.open_lot} (by {row.lot_opened_by})" if row.open_lot else ""
            lag = "" if row.ship_lag_s is None else lag_words(row.ship_lag_s)
            cells = (
                row.station_id,
                _seen(row),
                lag,
                str(row.passed_today),
                str(row.failed_today),
                lot,
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long lot name is cut in its cell
                if row.open_lot:
                    item.setBackground(QColor(theme.YELLOW))
                self.table.setItem(i, j, item)
        lots = sum(1 for r in rows if r.open_lot)
        self.status.setText(
            f"{len(rows)} station(s), read at {datetime.now():%H:%M:%S}"
            + (f"; {lots} with an offline lot open." if lots else ".")
        )

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(in_words(exc))

    def wait(self, timeout_ms: int) -> bool:
        """Tests: block until the read in flight is done."""
        return self._tasks.wait(timeout_ms)


class FleetPageAction(QObject):
    """The Roles menu's "Fleet: every station…", for QA and supervisors, in fleet mode only."""

    def __init__(self, tools: SupervisorTools, settings: FleetSettings) -> None:
        super().__init__(tools)
        self.setObjectName("fleet-page-action")
        self._window = tools.window
        self._settings = settings
        self._actor: ActorSource = lambda: tools.roles.actor
        self.page: FleetPage | None = None
        self.action = QAction("Fleet: every station…", self)
        self.action.setObjectName("open-fleet")
        tools.window.roles_menu.addAction(self.action)
        tools.roles.gate(self.action, Privilege.VIEW_JOURNAL)  # read-only, like the journal
        self.action.triggered.connect(self.open)

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
    return FleetPageAction(tools, FleetSettings.from_config(config.fleet))
