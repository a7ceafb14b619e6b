"""The QA journal table: a lazy model over SQLite that holds row ids and fetches rows by page.

The model keeps one 8-byte row id per attempt in the current filter and sort order (a million
attempts cost 8 MB), and reads the rows a page at a time, keeping the most recently used pages.
Filtering and sorting re-query the ids in SQL on a worker thread; a generation number drops any
answer that a newer request has overtaken, so a fast typist never sees a stale table. Live
updates re-read the ids off-thread too, and when the new attempts only add rows at one end the
model inserts them instead of resetting, so the view keeps its selection and scroll position.
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from station.journal import AttemptFilter, AttemptRow
from station.journal.qa_queries import KeySnapshot, QAReader
from ui import theme
from ui.qa import looks
from ui.qa.labels import error_class_label
from ui.qa.lazy_table import PageCache
from ui.tasks import Tasks

log = logging.getLogger(__name__)

REF_ROLE = Qt.ItemDataRole.UserRole + 1
ATTEMPT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

PAGE_SIZE = 200
CACHE_PAGES = 32

_AnyIndex = QModelIndex | QPersistentModelIndex


_TIME = "2026-01-01 00:00:00"


@dataclass(frozen=True)
class Column:
    title: str
    order_by: str  # a key of station.journal.attempt_query.ORDER_COLUMNS
    text: Callable[[AttemptRow], str]
    sample: str  # a typical widest value, for the column's initial width
    mono: bool = False
    right: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("Started", "started_at", lambda r: looks.local_time(r.started_at), _TIME),
    Column("Result", "result", lambda r: looks.result_text(r.result), "✓ UNFINISHED"),
    Column("Slot", "slot", lambda r: r.slot, "Slot"),
    Column("Device ID", "device_id", lambda r: r.device_id or "", "M" * 22, mono=True),
    Column(
        "Hardware serial",
        "hardware_serial",
        lambda r: r.hardware_serial or "",
        "SN0000000000",
        mono=True,
    ),
    Column("Operator", "operator", lambda r: r.operator, "operator"),
    Column("Target", "target", lambda r: r.target_name, "line-a-01"),
    Column("Realm", "realm", lambda r: r.realm, "plant-01"),
    Column(
        "Error class",
        "error_class",
        lambda r: error_class_label(r.error_class),
        "Readback mismatch",
    ),
    Column(
        "Duration", "duration", lambda r: looks.duration_text(r.duration_s), "00.00 s", right=True
    ),
    Column("Finished", "finished_at", lambda r: looks.local_time(r.finished_at), _TIME),
)
COLUMN_INDEX: dict[str, int] = {c.order_by: i for i, c in enumerate(COLUMNS)}
RESULT_COLUMN = COLUMN_INDEX["result"]
MISSING = "(not in the journal)"
_ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        ATTEMPT_ID_ROLE,
        ROW_ROLE,
    }
)


class AttemptTableModel(QAbstractTableModel):
    """Attempts matching a filter, in a sort order, read lazily from the journal.

    `page_reader` is used on the GUI thread for page fetches only (primary-key look-ups of a
    few hundred rows); `key_reader` runs the id queries on `tasks`' worker thread.

    Signals:
        loadingChanged(bool): an id query started (True) or its answer was applied (False).
        firstPageShown(int): the first screenful of a new query is showing (its row count);
            the complete set follows with keysApplied.
        keysApplied(int, bool): a complete set of ids is showing; (row count, came from a live
            poll).
        loadFailed(object): a query failed; the StationError (or our bug) that stopped it.
    """

    loadingChanged = Signal(bool)
    firstPageShown = Signal(int)
    keysApplied = Signal(int, bool)
    loadFailed = Signal(object)

    def __init__(
        self,
        page_reader: QAReader,
        key_reader: QAReader,
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
        self._refs: array[int] = array("q")
        self._cache: PageCache[AttemptRow] = PageCache(cache_pages)
        self._filter = AttemptFilter()
        self._order_by = "started_at"
        self._descending = True
        self._generation = 0
        # The head and largest id the showing ids were read at (their refs are not kept twice).
        self._snapshot: KeySnapshot | None = None
        self._loading = False
        self._polling = False
        self._partial = False  # showing only the first screenful of the current query
        self._page_error_shown = False
        self._closed = False
        # How the model has been working (tests check it stays lazy and incremental).
        self.page_fetches = 0
        self.full_loads = 0
        self.incremental_updates = 0
        self.fonts = (theme.font(theme.SMALL_PT), theme.font(theme.SMALL_PT, mono=True))

    # -- what is showing ------------------------------------------------------------------

    @property
    def attempt_filter(self) -> AttemptFilter:
        return self._filter

    @property
    def order(self) -> tuple[str, bool]:
        return self._order_by, self._descending

    @property
    def head_seq(self) -> int:
        """The journal head the showing ids were read at (-1 before the first load)."""
        return -1 if self._snapshot is None else self._snapshot.head_seq

    @property
    def loading(self) -> bool:
        return self._loading

    def ref_at(self, row: int) -> int | None:
        return int(self._refs[row]) if 0 <= row < len(self._refs) else None

    def row_of(self, ref: int) -> int | None:
        try:
            return self._refs.index(ref)
        except ValueError:
            return None

    @property
    def cached_pages(self) -> int:
        return len(self._cache)

    def refs(self) -> array[int]:
        """A copy of the ids in display order."""
        return array("q", self._refs)

    def attempt_at(self, row: int) -> AttemptRow | None:
        ref = self.ref_at(row)
        if ref is None:
            return None
        return self._page(row // self._page_size).get(ref)

    # -- requests -------------------------------------------------------------------------

    def set_filter(self, attempt_filter: AttemptFilter) -> None:
        self._filter = attempt_filter
        self.reload()

    def set_order(self, order_by: str, *, descending: bool) -> None:
        self._order_by = order_by
        self._descending = descending
        self.reload()

    def reload(self) -> None:
        """Re-query the ids for the current filter and order, off the GUI thread.

        The first screenful is read first (a LIMIT query answers in milliseconds even at a
        million attempts) and shown at once; the complete set follows and is appended, so the
        view never waits for a full id scan before it shows anything.
        """
        if self._closed:
            return
        self._generation += 1
        generation = self._generation
        reader, where, order_by, descending = (
            self._keys,
            self._filter,
            self._order_by,
            self._descending,
        )
        first = self._page_size

        def full() -> None:
            self._tasks.run(
                lambda: reader.refs(where, order_by, descending=descending),
                lambda snap: self._on_keys(generation, snap, live=False),
                lambda exc: self._on_failed(generation, exc),
            )

        def shown_first(snap: KeySnapshot) -> None:
            if self._closed or generation != self._generation:
                return
            if len(snap.refs) < first:
                self._on_keys(generation, snap, live=False)  # that was all of them
                return
            self._reset(snap.refs)
            self._partial = True
            self.firstPageShown.emit(len(snap.refs))
            full()

        self._set_loading(True)
        self._tasks.run(
            lambda: reader.refs(where, order_by, descending=descending, limit=first),
            shown_first,
            lambda exc: self._on_failed(generation, exc),
        )

    def poll(self) -> None:
        """Look for new journal records; if there are any, update the ids off-thread.

        New attempts at the top (or bottom) are added without re-reading every id; anything
        else (a row changing place or membership) re-reads them all.
        """
        if self._closed or self._loading or self._polling or self._snapshot is None:
            return  # a load in flight already brings the newest head
        self._polling = True
        generation = self._generation
        reader, where, order_by, descending, known = (
            self._keys,
            self._filter,
            self._order_by,
            self._descending,
            self._snapshot,
        )
        edge = self.ref_at(0 if descending else len(self._refs) - 1)

        def work() -> tuple[bool, KeySnapshot] | None:
            if reader.head_seq() == known.head_seq:
                return None
            added = reader.additions(where, order_by, descending=descending, since=known, edge=edge)
            if added is not None:
                return True, added
            return False, reader.refs(where, order_by, descending=descending)

        def done(value: tuple[bool, KeySnapshot] | None) -> None:
            self._polling = False
            if value is None:
                return
            incremental, snap = value
            if incremental:
                self._on_additions(generation, snap)
            else:
                self._on_keys(generation, snap, live=True)

        def failed(exc: BaseException) -> None:
            self._polling = False
            self._on_failed(generation, exc)

        self._tasks.run(work, done, failed)

    def close(self) -> None:
        """Stop applying answers (the window is closing and its readers will close)."""
        self._closed = True

    # -- answers --------------------------------------------------------------------------

    def _on_keys(self, generation: int, snap: KeySnapshot, *, live: bool) -> None:
        if self._closed or generation != self._generation:
            return  # overtaken by a newer filter or sort
        self.full_loads += 1
        old, new = self._refs, snap.refs
        self._snapshot = KeySnapshot(snap.head_seq, snap.max_id, array("q"))
        self._page_error_shown = False
        if not live and not (self._partial and new[: len(old)] == old):
            self._reset(new)
            self._partial = False
        elif not live:
            self._append(new)
            self._partial = False
            self._refresh_rows()  # the first page was read a moment earlier
        elif new == old:
            self._refresh_rows()
        elif len(new) > len(old) and new[len(new) - len(old) :] == old:
            # Newest first and only new attempts: insert them on top.
            self._cache.clear()
            self.beginInsertRows(QModelIndex(), 0, len(new) - len(old) - 1)
            self._refs = new
            self.endInsertRows()
            self._refresh_rows()
        elif len(new) > len(old) and new[: len(old)] == old:
            self._cache.clear()
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._refs = new
            self.endInsertRows()
            self._refresh_rows()
        else:
            # Rows changed place (an unfinished attempt finished under a result filter, or
            # under a sort by result): the view restores the selection by id after the reset.
            self._reset(new)
        self._set_loading(False)
        self.keysApplied.emit(len(self._refs), live)

    def _on_additions(self, generation: int, snap: KeySnapshot) -> None:
        if self._closed or generation != self._generation or self._snapshot is None:
            return
        self._snapshot = KeySnapshot(snap.head_seq, snap.max_id, array("q"))
        self.incremental_updates += 1
        added = snap.refs
        if added:
            self._cache.clear()
            if self._descending:
                self.beginInsertRows(QModelIndex(), 0, len(added) - 1)
                self._refs = added + self._refs
            else:
                start = len(self._refs)
                self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
                self._refs = self._refs + added
            self.endInsertRows()
        self._refresh_rows()
        self.keysApplied.emit(len(self._refs), True)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if self._closed or generation != self._generation:
            return
        self._set_loading(False)
        self.loadFailed.emit(exc)

    def _reset(self, refs: array[int]) -> None:
        self.beginResetModel()
        self._refs = refs
        self._cache.clear()
        self.endResetModel()

    def _append(self, refs: array[int]) -> None:
        """Show `refs`, which extend the ids showing; the view keeps selection and scroll."""
        if len(refs) > len(self._refs):
            self.beginInsertRows(QModelIndex(), len(self._refs), len(refs) - 1)
            self._refs = refs
            self.endInsertRows()

    def _refresh_rows(self) -> None:
        # Rows already shown may have changed (an unfinished attempt finished).
        self._cache.clear()
        if self._refs:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._refs) - 1, len(COLUMNS) - 1)
            )

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    # -- pages ----------------------------------------------------------------------------

    def _page(self, page: int) -> dict[int, AttemptRow]:
        rows = self._cache.get(page)
        if rows is not None:
            return rows
        start = page * self._page_size
        refs = self._refs[start : start + self._page_size]
        try:
            rows = self._pages.rows_by_ref(refs)
        except Exception as exc:  # noqa: BLE001 - data() must not raise; reported once instead
            if not self._page_error_shown:
                self._page_error_shown = True
                self.loadFailed.emit(exc)
            return {}
        self.page_fetches += 1
        self._cache.put(page, rows)
        return rows

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._refs)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._refs):
            return None
        if role == REF_ROLE:
            return int(self._refs[index.row()])
        if role in (Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole):
            return self._look(COLUMNS[index.column()], role)
        if role not in _ROW_ROLES:
            return None
        row = self._page(index.row() // self._page_size).get(int(self._refs[index.row()]))
        if row is None:
            return MISSING if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        return self._row_data(row, index.column(), role)

    def _look(self, column: Column, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole:
            return self.fonts[1] if column.mono else self.fonts[0]
        horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)

    def _row_data(self, row: AttemptRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column].text(row)
        if role == ATTEMPT_ID_ROLE:
            return row.attempt_id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        colours = looks.result_colours(row.result) if column == RESULT_COLUMN else None
        if colours is None:
            return None
        background, foreground = colours
        return QColor(background if role == Qt.ItemDataRole.BackgroundRole else foreground)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Sort by {COLUMNS[section].title.lower()} (the journal sorts, not the PC)"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (COLUMNS[column].order_by, descending) == (self._order_by, self._descending) and (
            self._snapshot is not None or self._loading
        ):
            return
        self.set_order(COLUMNS[column].order_by, descending=descending)


def _tooltip(row: AttemptRow, column: int) -> str | None:
    if column == RESULT_COLUMN and row.message:
        return f"{row.message}\nWhat the operator was told: {row.action or '—'}"
    if column == COLUMN_INDEX["error_class"] and row.error_class:
        return f"{error_class_label(row.error_class)} (in exports: {row.error_class})"
    return COLUMNS[column].text(row) or None
