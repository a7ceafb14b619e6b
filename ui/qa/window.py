"""The QA journal window: browse and filter attempts, explain one, export, summarise, verify,
and list the privileged events.

Only QA and supervisors may open it, and only they may export from it: the window checks the
actor itself when it opens and at each export, whatever menu opened it. It is read-only by
construction: every connection it opens is `mode=ro`, none is the station writer's. The window
opens empty and fills from worker threads (keys, details, choices, summary, export, verification
each have their own, so a year-long summary never holds up a click on a row). New attempts are
picked up by polling the journal head every couple of seconds.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.errors import StationError
from station.journal import AttemptDetail, AttemptFilter
from station.journal.qa_source import LocalJournal, QASource, close_readers, open_readers
from station.roles import Privilege
from ui.errors import describe, error_box, is_bug, present_error
from ui.i18n.numbers import whole
from ui.operator.notice_bar import NoticeBar
from ui.qa.access import ActorSource, check
from ui.qa.audit_view import AuditEventsView
from ui.qa.columns import COLUMN_INDEX, COLUMNS
from ui.qa.detail_pane import AttemptDetailPane
from ui.qa.elided import ElidedLabel
from ui.qa.export_panel import ExportPanel
from ui.qa.filter_bar import CHOICE_COLUMNS, FilterBar
from ui.qa.integrity import chain_badge
from ui.qa.kept_selection import KeptSelection
from ui.qa.summary_view import SummaryView
from ui.qa.table_model import AttemptTableModel
from ui.qa.window_parts import JournalMenu, attempt_table, open_failed_title, orient_splitter
from ui.screen_fit import fit_to_screen
from ui.tasks import Tasks

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 2_000
PREFERRED_SIZE = QSize(1500, 900)
CHOICES_REFRESH_S = 30.0
SHUTDOWN_WAIT_MS = 15_000
AUTO_VERIFY_MAX_RECORDS = 200_000


class QAWindow(QMainWindow):
    """Signals:
    closed(): the window closed and every worker and connection it had is finished.
    detailShown(object): the detail pane now shows this AttemptDetail.
    """

    closed = Signal()
    detailShown = Signal(object)

    def __init__(
        self,
        source: Path | QASource,
        parent: QWidget | None = None,
        *,
        actor: ActorSource,
        poll_interval_ms: int = POLL_INTERVAL_MS,
        verify_on_open: bool = True,
    ) -> None:
        check(actor, Privilege.VIEW_JOURNAL)  # before anything opens: NotPermitted, nothing shown
        super().__init__(parent)
        self.actor = actor
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)  # its own window, owned by parent
        self.setObjectName("qa-window")
        self.source = LocalJournal(source) if isinstance(source, Path) else source
        self.journal_path = self.source.journal_path  # None on the fleet's database
        self._open_readers()
        self._key_tasks = Tasks("qa-keys", 1, self)
        self._detail_tasks = Tasks("qa-detail", 1, self)
        self._detail_generation = 0
        self._choices_at = 0.0
        self._shut_down = False
        self.detail: AttemptDetail | None = None

        self._detail_waiting: int | None = None  # a selected row whose page is on its way
        self.model = AttemptTableModel(self._page_reader, self._key_reader, self._key_tasks, self)
        self.filters = FilterBar()
        self.notices = NoticeBar()
        self.table = self._build_table()
        self.selection = KeptSelection(self.model, self.table, self._lost_selection, self)
        self.detail_pane = AttemptDetailPane()
        self.integrity = chain_badge(self.journal_path)
        self.export_panel = ExportPanel(self.source, lambda: self.model.attempt_filter, actor=actor)
        self.summary = SummaryView(
            self.source,
            lambda: self.model.attempt_filter,
            self.filters.describe,
            self.integrity.text,
            actor=actor,
        )
        self.count_label = ElidedLabel(self.tr("Loading…"))
        self.count_label.setObjectName("qa-count")
        self.live_label = QLabel("")
        self.live_label.setObjectName("qa-live")
        self._build_layout()
        self._build_actions()
        self._connect()
        self._count: int | None = None
        self.retranslate()

        self._poll = QTimer(self)
        self._poll.setObjectName("qa-journal-poll")
        self._poll.setInterval(poll_interval_ms)
        self._poll.setTimerType(Qt.TimerType.CoarseTimer)
        self._poll.timeout.connect(self.model.poll)
        if self.audit_view is not None:
            self._poll.timeout.connect(self.audit_view.poll)
        self._poll.start()

        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # loads the first keys
        self._load_choices()
        if verify_on_open and self.journal_path is not None:
            self._verify_if_small()

    def _open_readers(self) -> None:
        self._page_reader, self._key_reader, self._detail_query = open_readers(self.source)
        try:
            path = self.journal_path
            self.audit_view = None if path is None else AuditEventsView(path)
        except BaseException:
            close_readers(self._page_reader, self._key_reader, self._detail_query)
            raise

    @property
    def audit(self) -> AuditEventsView:
        """The privileged events tab (a journal file's; the fleet's window has none)."""
        if self.audit_view is None:
            raise LookupError("the fleet's database has no audit tab: each station lists its own")
        return self.audit_view

    def _verify_if_small(self) -> None:
        # Verification replays every record in Python: seconds for a shift's journal, a minute
        # or two for a year's. A big one is checked when QA asks, not behind the station's back.
        try:
            records = self._page_reader.head_seq()
        except StationError as exc:
            self._on_failure(exc)
            return
        if records <= AUTO_VERIFY_MAX_RECORDS:
            self.integrity.verify_now()
        else:
            self.integrity.set_not_checked(
                lambda: self.tr(
                    "Chain not yet verified in this session ({records} records; "
                    "Verify now takes a minute or two)"
                ).format(records=whole(records))
            )

    def _build_table(self) -> QTableView:
        return attempt_table(self.model, self.model.fonts)

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("qa-splitter")
        self.splitter = splitter
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the table gets the larger share on any width
        attempts = QWidget()
        layout = QVBoxLayout(attempts)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("qa-tabs")
        self.tabs.addTab(attempts, "")
        self.tabs.addTab(self.summary, "")
        if self.audit_view is not None:
            self.tabs.addTab(self.audit_view, "")
        # The station column and filter say something only where there are several stations.
        station = COLUMN_INDEX["station"]
        self.table.setColumnHidden(station, self.journal_path is not None)
        self.table.horizontalHeader().moveSection(station, 1)
        self.filters.fields["station"].setVisible(self.journal_path is None)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.notices)
        outer.addWidget(self.integrity)
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        status = self.statusBar()
        status.addWidget(self.count_label, 1)
        status.addWidget(self.live_label)
        status.addPermanentWidget(self.export_panel)

    def _build_actions(self) -> None:
        menu = JournalMenu(
            self, self.export_panel.ask, self.integrity.verify_now, self.model.reload
        )
        self.journal_menu = menu
        self.export_csv_action, self.export_jsonl_action = menu.export_csv, menu.export_jsonl
        self.verify_action, self.refresh_action = menu.verify, menu.refresh
        self.verify_action.setEnabled(self.journal_path is not None)

    def retranslate(self) -> None:
        """The window's own texts (its panels re-word themselves from `LanguageChange`)."""
        self.setWindowTitle(
            self.tr("Provisioning journal (QA, read-only) — {0}").format(self.source.title)
        )
        titles = (self.tr("Attempts"), self.tr("Summary"), self.tr("Audit events"))
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, titles[index])
        self.journal_menu.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count is not None:
            self._show_count(self._count)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect(self) -> None:
        self.filters.changed.connect(self._on_filter)
        self.model.keysApplied.connect(self._on_keys_applied)
        self.model.loadingChanged.connect(self._on_loading)
        self.model.loadFailed.connect(self._on_failure)
        # A page came over the network link: the selected row's detail may be waiting for it.
        self.model.dataChanged.connect(
            lambda *_: (
                self._detail_waiting is None
                or self._on_current_row(self.table.currentIndex(), None)
            )
        )
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row)
        self.integrity.showRecord.connect(self.show_attempt)
        self.export_panel.exportFailed.connect(self._on_failure)
        if self.audit_view is not None:
            self.audit_view.failed.connect(self._on_failure)
        self._key_tasks.failed.connect(self._on_failure)
        self._detail_tasks.failed.connect(self._on_failure)

    @Slot(object)
    def _on_filter(self, attempt_filter: AttemptFilter) -> None:
        self.model.set_filter(attempt_filter)

    @Slot(bool)
    def _on_loading(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(self.tr("Searching the journal…"))

    @Slot(int, bool)
    def _on_keys_applied(self, count: int, live: bool) -> None:
        self._show_count(count)
        if live:
            now = f"{datetime.now().astimezone():%H:%M:%S}"
            self.live_label.setText(self.tr("Updated {time}").format(time=now))
            self._refresh_detail_if_open()
            if datetime.now().timestamp() - self._choices_at > CHOICES_REFRESH_S:
                self._load_choices()
        self.selection.keys_applied()

    def _show_count(self, count: int) -> None:
        self._count = count
        said = self.tr("{count} attempt(s) match ({filter})", "", count)
        self.count_label.setText(said.format(count=whole(count), filter=self.filters.describe()))

    def _lost_selection(self) -> None:
        self.detail = None
        self.detail_pane.show_nothing(
            self.tr("The selected attempt does not match the filter any more.")
        )

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        if self.selection.resetting:
            return
        ref = self.model.ref_at(current.row()) if current.isValid() else None
        if ref == self.selection.ref and self.detail is not None and self._detail_waiting is None:
            return
        self.selection.ref = ref
        if ref is None:
            self.detail_pane.show_nothing()
            return
        row = self.model.attempt_at(current.row())
        self._detail_waiting = ref if row is None else None
        if row is not None:
            self._load_detail(row.attempt_id)

    def _load_detail(self, attempt_id: str) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        query = self._detail_query

        def done(value: AttemptDetail | None) -> None:
            if generation != self._detail_generation or self._shut_down:
                return
            if value is None:
                self.detail_pane.show_nothing(self.tr("That attempt is not in the journal."))
                return
            self.detail = value
            self.detail_pane.show_detail(value)
            self.detailShown.emit(value)

        self._detail_tasks.run(lambda: query.attempt(attempt_id), done)

    def _refresh_detail_if_open(self) -> None:
        if self.detail is not None and not self.detail.row.finished:
            self._load_detail(self.detail.row.attempt_id)

    @Slot(str)
    def show_attempt(self, attempt_id: str) -> None:
        """Select `attempt_id` in the table, clearing the filters if they hide it."""
        ref = self._page_reader.ref_of(attempt_id)
        if ref is None:
            self._on_failure(
                StationError(
                    self.tr("Attempt {0} is not in the journal's attempt table.").format(
                        attempt_id
                    ),
                    self.tr(
                        "Its records may have been removed; keep this journal for investigation."
                    ),
                )
            )
            return
        self.tabs.setCurrentIndex(0)
        self.selection.go_to(ref, self.filters.clear)

    def _load_choices(self) -> None:
        self._choices_at = datetime.now().timestamp()
        query = self._detail_query
        keys = [key for key, _label, _any in CHOICE_COLUMNS]

        def work() -> dict[str, list[str]]:
            return {key: query.distinct(key) for key in keys}

        def done(value: dict[str, list[str]]) -> None:
            if self._shut_down:
                return
            for key, values in value.items():
                self.filters.set_choices(key, values)

        self._detail_tasks.run(work, done)

    @Slot(object)
    def _on_failure(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.notices.show_notice(describe(exc))
        if is_bug(exc):
            present_error(exc, self)  # the one a panel opened already, if it did

    def shutdown(self) -> None:
        """Stop polling and every worker, then close the connections. Idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        self._poll.stop()
        if not self.model.close(SHUTDOWN_WAIT_MS):
            log.error("the QA table's row reader did not finish within the shutdown wait")
        self.export_panel.shutdown(SHUTDOWN_WAIT_MS)
        self.integrity.shutdown(SHUTDOWN_WAIT_MS)
        self.summary.shutdown(SHUTDOWN_WAIT_MS)
        if self.audit_view is not None:
            self.audit_view.shutdown(SHUTDOWN_WAIT_MS)
        for tasks in (self._key_tasks, self._detail_tasks):
            if not tasks.wait(SHUTDOWN_WAIT_MS):
                log.error("QA worker %s did not finish within the shutdown wait", tasks)
        close_readers(self._page_reader, self._key_reader, self._detail_query)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        orient_splitter(self.splitter, event.size().width())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
        self.closed.emit()


# Windows and messages opened without a parent are kept alive here until they close.
_OPEN: set[QWidget] = set()


def open_qa_window(
    source: Path | QASource, parent: QWidget | None = None, *, actor: ActorSource
) -> QAWindow | None:
    """Open the QA journal window for `actor` on a journal file or the fleet's database (None,
    after telling the user why, if the role may not view the journal or it won't open)."""
    try:
        window = QAWindow(source, parent, actor=actor)
    except StationError as exc:
        box = error_box(exc, open_failed_title(exc), parent)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setObjectName("qa-open-failed")
        _OPEN.add(box)
        box.finished.connect(lambda _result: _forget(box))
        box.open()
        return None
    _OPEN.add(window)
    window.closed.connect(lambda: _forget(window))
    window.show()
    fit_to_screen(window, PREFERRED_SIZE)  # once shown, so the window frame is known
    return window


def _forget(widget: QWidget) -> None:
    _OPEN.discard(widget)
    widget.deleteLater()
