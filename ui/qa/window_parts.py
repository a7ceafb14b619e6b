"""Parts of the QA window: its Journal menu and toolbar (worded in the screens' language and
re-worded when it changes: the window calls `retranslate` on `LanguageChange`), the attempts
table, and where the detail pane goes on a narrow screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QSplitter, QTableView

from station.journal.export import ExportFormat
from station.roles import NotPermitted
from ui import theme
from ui.qa.columns import COLUMNS
from ui.qa.lazy_table import lazy_table_view

SIDE_BY_SIDE_MIN_WIDTH = 1100


class JournalMenu:
    """The actions of the window's Journal menu, each calling what it names."""

    def __init__(
        self,
        window: QMainWindow,
        export: Callable[[ExportFormat], None],
        verify: Callable[[], None],
        refresh: Callable[[], None],
    ) -> None:
        self.menu = window.menuBar().addMenu("")
        self.export_csv = QAction(window)
        self.export_csv.triggered.connect(lambda: export("csv"))
        self.export_jsonl = QAction(window)
        self.export_jsonl.triggered.connect(lambda: export("jsonl"))
        self.verify = QAction(window)
        self.verify.triggered.connect(verify)
        self.refresh = QAction(window)
        self.refresh.setShortcut("F5")
        self.refresh.triggered.connect(refresh)
        self.close = QAction(window)
        self.close.triggered.connect(window.close)
        for action in (self.export_csv, self.export_jsonl, self.verify, self.refresh):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.close)
        toolbar = window.addToolBar("QA")
        toolbar.setObjectName("qa-toolbar")
        toolbar.setMovable(False)
        toolbar.setFont(theme.font(theme.BODY_PT))
        for action in (self.export_csv, self.export_jsonl, self.refresh):
            toolbar.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("QAWindow", "&Journal"))
        self.export_csv.setText(
            QCoreApplication.translate("QAWindow", "Export shown attempts as CSV…")
        )
        self.export_jsonl.setText(
            QCoreApplication.translate("QAWindow", "Export shown attempts as JSON Lines…")
        )
        self.verify.setText(QCoreApplication.translate("QAWindow", "Verify the chain now"))
        self.refresh.setText(QCoreApplication.translate("QAWindow", "Refresh now"))
        self.close.setText(QCoreApplication.translate("QAWindow", "Close"))


def attempt_table(model: QAbstractItemModel, fonts: tuple[QFont, QFont]) -> QTableView:
    """The attempts table, each column as wide as its sample value or its title."""
    table = lazy_table_view(model, "qa-table")
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSortIndicatorShown(True)
    title_metrics = QFontMetrics(header.font())
    for index, column in enumerate(COLUMNS):
        metrics = QFontMetrics(fonts[1] if column.mono else fonts[0])
        title = QCoreApplication.translate("QAColumns", column.title)
        width = max(
            metrics.horizontalAdvance(column.sample),
            title_metrics.horizontalAdvance(title) + 16,  # room for the sort arrow
        )
        table.setColumnWidth(index, width + 24)
    table.setSortingEnabled(True)
    return table


def orient_splitter(splitter: QSplitter, width: int) -> None:
    # Below SIDE_BY_SIDE_MIN_WIDTH the detail pane goes under the table: beside it, it would be
    # too narrow for a device ID in its heading and would scroll sideways.
    wanted = (
        Qt.Orientation.Horizontal if width >= SIDE_BY_SIDE_MIN_WIDTH else Qt.Orientation.Vertical
    )
    if splitter.orientation() != wanted:
        splitter.setOrientation(wanted)
        splitter.setSizes([600, 400])


def open_failed_title(exc: BaseException) -> str:
    """The title of the box that says why the window did not open."""
    if isinstance(exc, NotPermitted):
        return QCoreApplication.translate("QAWindow", "Not permitted")
    return QCoreApplication.translate("QAWindow", "The journal cannot be opened")
