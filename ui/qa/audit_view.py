"""The QA window's "Audit events" tab: the journal's privileged events, read-only, newest first.

Like the attempts table, the model holds only sequence numbers (8 bytes per event) and reads
rows a page at a time by primary key, so tens of thousands of sign-ins and changes cost little;
the sequence numbers are re-read on a worker thread when the filter changes or the journal
gains an event. Nothing here can change the journal: the readers are `mode=ro`.
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.journal import AuditEvent
from station.journal.audit_query import AUDIT_KINDS, AuditFilter, AuditReader, details_text
from ui import theme
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.i18n.numbers import whole
from ui.qa import looks
from ui.qa.columns import missing_text
from ui.qa.labels import audit_kind_label
from ui.qa.lazy_table import PageCache, lazy_table_view
from ui.tasks import Tasks

log = logging.getLogger(__name__)

PAGE_SIZE = 200
CACHE_PAGES = 16
TYPING_PAUSE_MS = 300
ANY_KIND = QT_TRANSLATE_NOOP("AuditEventsView", "All kinds")


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditEventsView", text)


_AnyIndex = QModelIndex | QPersistentModelIndex
# (title, text of an event, a typical widest value for the initial width)
COLUMNS: tuple[tuple[str, Callable[[AuditEvent], str], str], ...] = (
    (
        QT_TRANSLATE_NOOP("AuditEventsView", "Time"),
        lambda e: looks.local_time(e.at),
        "2026-01-01 00:00:00",
    ),
    (
        QT_TRANSLATE_NOOP("AuditEventsView", "Kind"),
        lambda e: audit_kind_label(e.kind),
        "Active target changed",
    ),
    (
        QT_TRANSLATE_NOOP("AuditEventsView", "Actor"),
        lambda e: e.actor,
        "Firstname Lastname (supervisor)",
    ),
    (
        QT_TRANSLATE_NOOP("AuditEventsView", "Reason"),
        lambda e: e.reason,
        "returned by customer, RMA 4711",
    ),
    (QT_TRANSLATE_NOOP("AuditEventsView", "Details"), lambda e: details_text(e.details), ""),
)


class AuditTableModel(QAbstractTableModel):
    """Privileged events matching a filter, newest first, read lazily.

    `page_reader` serves page fetches on the GUI thread (primary-key look-ups); `key_reader`
    runs the sequence-number queries on `tasks`' worker.

    Signals:
        loaded(int): a complete set of events is showing (its row count).
        loadFailed(object): a query failed; the StationError (or our bug) that stopped it.
    """

    loaded = Signal(int)
    loadFailed = Signal(object)

    def __init__(
        self,
        page_reader: AuditReader,
        key_reader: AuditReader,
        tasks: Tasks,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        cache_pages: int = CACHE_PAGES,
    ) -> None:
        super().__init__(parent)
        self._pages = page_reader
        self._keys = key_reader
        self._tasks = tasks
        self._page_size = page_size
        self._seqs: array[int] = array("q")
        self._cache: PageCache[AuditEvent] = PageCache(cache_pages)
        self._filter = AuditFilter()
        self._generation = 0
        self._head = -1  # the journal's newest event when the showing seqs were read
        self._closed = False
        self.page_fetches = 0  # tests check the model stays lazy

    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def event_at(self, row: int) -> AuditEvent | None:
        if not 0 <= row < len(self._seqs):
            return None
        return self._page(row // self._page_size).get(int(self._seqs[row]))

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self._filter = audit_filter
        self.reload()

    def reload(self) -> None:
        if self._closed:
            return
        self._generation += 1
        generation, reader, where = self._generation, self._keys, self._filter

        def work() -> tuple[int, array[int]]:
            head = reader.head()  # first: an event added meanwhile is picked up by a poll
            return head, reader.seqs(where)

        self._tasks.run(
            work,
            lambda value: self._apply(generation, value),
            lambda exc: self._failed(generation, exc),
        )

    def poll(self) -> None:
        """Reload if the journal has a privileged event the table has not read yet."""
        if self._closed or self._head < 0:
            return
        generation, reader, seen = self._generation, self._keys, self._head

        def newer(head: int) -> None:
            if not self._closed and generation == self._generation and head != seen:
                self.reload()

        self._tasks.run(reader.head, newer, lambda exc: self._failed(generation, exc))

    def close(self) -> None:
        self._closed = True

    def _apply(self, generation: int, value: tuple[int, array[int]]) -> None:
        if self._closed or generation != self._generation:
            return
        head, seqs = value
        self.beginResetModel()
        self._seqs = seqs
        self._cache.clear()
        self._head = int(head)
        self.endResetModel()
        self.loaded.emit(len(seqs))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation and not self._closed:
            self.loadFailed.emit(exc)

    def _page(self, page: int) -> dict[int, AuditEvent]:
        cached = self._cache.get(page)
        if cached is not None:
            return cached
        start = page * self._page_size
        seqs = self._seqs[start : start + self._page_size]
        try:
            rows = self._pages.events(seqs)
        except Exception as exc:  # noqa: BLE001 - shown once, the table stays usable
            self.loadFailed.emit(exc)
            rows = {}
        self.page_fetches += 1
        self._cache.put(page, rows)
        return rows

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._seqs)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        event = self.event_at(index.row())
        if event is None:
            return missing_text() if role == Qt.ItemDataRole.DisplayRole else None
        text = COLUMNS[index.column()][1](event)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return _t(COLUMNS[section][0])
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AuditEventsView(QWidget):
    """Filters (kind, who) over the read-only table; loads on first show.

    Signals:
        failed(object): a StationError (or our bug) to show in the window's notice bar.
    """

    failed = Signal(object)

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qa-audit")
        self._page_reader = AuditReader.open(journal_path)
        try:
            self._key_reader = AuditReader.open(journal_path)
        except BaseException:
            self._page_reader.close()
            raise
        self._tasks = Tasks("qa-audit", 1, self)
        self.model = AuditTableModel(self._page_reader, self._key_reader, self._tasks, self)
        self._started = False
        self._shut_down = False

        self.kind = QComboBox()
        self.kind.setObjectName("qa-audit-kind")
        self.kind.addItem(_t(ANY_KIND), None)
        for kind in AUDIT_KINDS:
            self.kind.addItem(audit_kind_label(kind), kind)
        self.actor = QLineEdit()
        self.actor.setObjectName("qa-audit-actor")
        self.actor.setClearButtonEnabled(True)
        self.count_label = QLabel("")
        self.count_label.setObjectName("qa-audit-count")
        self.table = self._build_table()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._apply_filter)

        row = QHBoxLayout()
        self.kind_caption, self.who_caption = QLabel(), QLabel()
        row.addWidget(self.kind_caption)
        row.addWidget(self.kind)
        row.addWidget(self.who_caption)
        row.addWidget(self.actor, 1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._count: int | None = None
        self.retranslate()

        self.kind.currentIndexChanged.connect(lambda _index: self._apply_filter())
        self.actor.textChanged.connect(lambda _text: self._typing.start())
        self.model.loaded.connect(self._on_loaded)
        self.model.loadFailed.connect(self.failed)
        self._tasks.failed.connect(self.failed)

    def retranslate(self) -> None:
        self.kind_caption.setText(QCoreApplication.translate("AuditEventsView", "Kind"))
        self.who_caption.setText(self.tr("Who"))
        self.actor.setPlaceholderText(self.tr("Who (part of the name)"))
        self.kind.setItemText(0, _t(ANY_KIND))
        for index in range(1, self.kind.count()):
            self.kind.setItemText(index, audit_kind_label(self.kind.itemData(index)))
        if self._count is not None:
            self._on_loaded(self._count)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_table(self) -> QTableView:
        table = lazy_table_view(self.model, "qa-audit-table")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        metrics = QFontMetrics(theme.font(theme.SMALL_PT))
        for index, (title, _text, sample) in enumerate(COLUMNS):
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(_t(title)))
            table.setColumnWidth(index, width + 24)
        table.setFont(theme.font(theme.SMALL_PT))
        return table

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self) -> None:
        """Load the events and the kinds this journal holds (the first show does this)."""
        if self._started or self._shut_down:
            return
        self._started = True
        reader = self._key_reader
        self._tasks.run(reader.kinds, self._add_kinds)
        self.model.reload()

    def poll(self) -> None:
        if self._started:
            self.model.poll()

    def current_filter(self) -> AuditFilter:
        kind = self.kind.currentData()
        return AuditFilter(
            kinds=frozenset() if kind is None else frozenset({kind}),
            actor=self.actor.text(),
        )

    @Slot()
    def _apply_filter(self) -> None:
        if self._started:
            self.count_label.setText(self.tr("Searching…"))
            self.model.set_filter(self.current_filter())

    def _add_kinds(self, kinds: list[str]) -> None:
        known = {self.kind.itemData(i) for i in range(self.kind.count())}
        for kind in kinds:
            if kind not in known:
                self.kind.addItem(audit_kind_label(kind), kind)  # a kind an older station wrote

    @Slot(int)
    def _on_loaded(self, count: int) -> None:
        self._count = count
        said = self.tr("{count} event(s)", "", count)
        self.count_label.setText(said.format(count=whole(count)))

    def shutdown(self, timeout_ms: int) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self._typing.stop()
        self.model.close()
        if not self._tasks.wait(timeout_ms):
            log.error("QA audit worker did not finish within the shutdown wait")
        self._page_reader.close()
        self._key_reader.close()
