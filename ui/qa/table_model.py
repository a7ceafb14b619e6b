"""The QA journal table: a lazy model over SQLite that reads ids by keyset page, rows by page.

The model holds the row ids of the pages the view has asked for (fetchMore, as it scrolls), never
the whole filter's ids, and reads rows a page at a time, keeping the most recently used pages.
The count shown to the user comes from a COUNT query. Filtering and sorting re-query the first
page on a worker thread; a generation number drops answers a newer request has overtaken. Live
updates insert new attempts at the newest end when that is provably right, and otherwise re-read
the rows loaded so far, inserting or resetting, so the view keeps its selection where it can.
"""

from __future__ import annotations

import logging
from array import array

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from station.journal import AttemptFilter, AttemptRow
from station.journal.qa_queries import KeyPage, KeySnapshot
from station.journal.qa_source import AttemptKeys
from ui import theme
from ui.qa.columns import COLUMNS, missing_text
from ui.qa.row_pages import RowPages
from ui.qa.stand_in import marked
from ui.qa.table_cells import REF_ROLE, ROW_ROLES, WAITING, column_look, header, row_cell
from ui.tasks import Tasks

log = logging.getLogger(__name__)

PAGE_SIZE = 200
CACHE_PAGES = 32

_AnyIndex = QModelIndex | QPersistentModelIndex


class AttemptTableModel(QAbstractTableModel):
    """Attempts matching a filter, in a sort order, read lazily from the journal.

    `page_reader` serves row pages only (primary-key look-ups of a few hundred rows): on the
    GUI thread for a journal file, on a worker of its own over a network link (`row_pages.py`);
    `key_reader` runs the id queries on `tasks`' worker thread.

    Signals:
        loadingChanged(bool): an id query started (True) or its answer was applied (False).
        firstPageShown(int): the first page of a new query is showing (its row count).
        keysApplied(int, bool): a query's answer is applied; (attempts matching, from COUNT;
            came from a live poll). More rows come by fetchMore.
        loadFailed(object): a query failed; the StationError (or our bug) that stopped it.
        revealed(int, bool): `reveal(ref)` answered; (ref, it matches and is showing).
    """

    loadingChanged = Signal(bool)
    firstPageShown = Signal(int)
    keysApplied = Signal(int, bool)
    loadFailed = Signal(object)
    revealed = Signal(int, bool)

    def __init__(
        self,
        page_reader: AttemptKeys,
        key_reader: AttemptKeys,
        tasks: Tasks,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        cache_pages: int = CACHE_PAGES,
    ) -> None:
        super().__init__(parent)
        self._keys = key_reader
        self._tasks = tasks
        self._page_size = page_size
        self._refs: array[int] = array("q")
        self._rows = RowPages(page_reader, cache_pages, self, background=page_reader.over_network)
        self._rows.arrived.connect(self._on_rows_arrived)
        self._rows.failed.connect(self.loadFailed)
        self._filter = AttemptFilter()
        self._order_by = "started_at"
        self._descending = True
        self._generation = 0
        # The head and largest id the showing ids were read at (their refs are not kept twice).
        self._snapshot: KeySnapshot | None = None
        self._loading = False
        self._polling = False
        self._count = 0  # attempts matching, from a COUNT query; rows are loaded by page
        self._after: tuple[object, int, int] | None = None  # where the next keyset page begins
        self._more = False
        self._fetching = False
        self._reveal_next: int | None = None  # a reveal waiting for the page in flight
        self._closed = False
        # How the model has been working (tests check it stays lazy and incremental).
        self.full_loads = 0
        self.incremental_updates = 0
        self.peak_ids = 0  # the most row ids held at once (the bench prints it)
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

    @property
    def count(self) -> int:  # attempts matching (COUNT); rowCount is the rows read so far
        return self._count

    def ref_at(self, row: int) -> int | None:
        return int(self._refs[row]) if 0 <= row < len(self._refs) else None

    def row_of(self, ref: int) -> int | None:
        try:
            return self._refs.index(ref)
        except ValueError:
            return None

    @property
    def cached_pages(self) -> int:
        return len(self._rows)

    @property
    def page_fetches(self) -> int:  # row pages read
        return self._rows.fetches

    @property
    def row_reads_queued(self) -> int:  # row pages being read in the background
        return self._rows.reads_queued

    def attempt_at(self, row: int) -> AttemptRow | None:
        # None if there is none, or while its page is read over the network link.
        ref = self.ref_at(row)
        rows = None if ref is None else self._page(row // self._page_size)
        return None if rows is None or ref is None else rows.get(ref)

    # -- requests -------------------------------------------------------------------------

    def set_filter(self, attempt_filter: AttemptFilter) -> None:
        if attempt_filter == self._filter and (self._snapshot is not None or self._loading):
            return  # the same question (the filter bar re-applied it); polling keeps it fresh
        self._filter = attempt_filter
        self.reload()

    def set_order(self, order_by: str, *, descending: bool) -> None:
        self._order_by = order_by
        self._descending = descending
        self.reload()

    def reveal(self, ref: int) -> None:
        """Read the pages down to row `ref` (a selection to keep beyond the rows read), off the
        GUI thread; `revealed(ref, found)` says whether it matches and is now showing."""
        generation, after = self._generation, self._after
        reader, where, order_by, descending = self._keys, self._filter, *self.order
        if self._fetching:
            self._reveal_next = ref  # after the page in flight, which may bring it
            return
        if not self._more or self.row_of(ref) is not None:
            self.revealed.emit(ref, self.row_of(ref) is not None)
            return
        self._fetching = True

        def done(page: KeyPage | None) -> None:
            if self._closed or generation != self._generation:
                return
            self._fetching = False
            if page is not None:
                self._after = page.last or after
                self._insert(len(self._refs), page.refs, at_end=True)
            self.revealed.emit(ref, page is not None)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
            self._on_failed(generation, exc)

        self._tasks.run(
            lambda: reader.page_until(where, order_by, descending=descending, after=after, ref=ref),
            done,
            failed,
        )

    def reload(self) -> None:
        """Re-query the first page for the current filter and order, off the GUI thread.

        Only the first page of ids is read (a LIMIT query answers in milliseconds even at a
        million attempts); the view asks for more with fetchMore as it scrolls, a keyset page
        at a time, so the ids of a whole journal are never held at once. The count for the
        label follows from a COUNT query.
        """
        if self._closed:
            return
        self._generation += 1
        generation = self._generation
        reader, where, order_by, descending = self._keys, self._filter, *self.order
        size = self._page_size
        self._fetching = False
        self._reveal_next = None

        def shown_first(page: KeyPage) -> None:
            if self._closed or generation != self._generation:
                return
            self._snapshot = KeySnapshot(page.head_seq, page.max_id, array("q"))
            self._after, self._more = page.last, page.more
            self._rows.clear(errors=True)
            self._reset(page.refs)
            self.firstPageShown.emit(len(page.refs))
            self._count_then_apply(generation, live=False)

        self._set_loading(True)
        self._tasks.run(
            lambda: reader.page(where, order_by, descending=descending, limit=size),
            shown_first,
            lambda exc: self._on_failed(generation, exc),
        )

    def _count_then_apply(self, generation: int, *, live: bool) -> None:
        reader, where = self._keys, self._filter

        def counted(count: int) -> None:
            if self._closed or generation != self._generation:
                return
            self._count = count
            self.full_loads += 1
            self._set_loading(False)
            self.keysApplied.emit(count, live)

        self._tasks.run(
            lambda: reader.count(where), counted, lambda exc: self._on_failed(generation, exc)
        )

    def canFetchMore(self, parent: _AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching and not self._closed

    def fetchMore(self, parent: _AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Read the next keyset page off the GUI thread; its rows are appended when it comes."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        reader, where, order_by, descending = self._keys, self._filter, *self.order
        size, after = self._page_size, self._after

        def done(page: KeyPage) -> None:
            if self._closed or generation != self._generation:
                return
            self._fetching = False
            self._after, self._more = (page.last or after), page.more
            self._insert(len(self._refs), page.refs, at_end=True)
            ref, self._reveal_next = self._reveal_next, None
            if ref is not None:
                self.reveal(ref)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
            self._on_failed(generation, exc)

        self._tasks.run(
            lambda: reader.page(where, order_by, descending=descending, limit=size, after=after),
            done,
            failed,
        )

    def poll(self) -> None:
        """Look for new journal records; if there are any, update the rows off-thread.

        New attempts at the top (or bottom) are added without re-reading anything else;
        otherwise the rows loaded so far (and a page beyond) are read again and compared.
        """
        if self._closed or self._loading or self._polling or self._snapshot is None:
            return  # a load in flight already brings the newest head
        self._polling = True
        generation = self._generation
        reader, where, order_by, descending = self._keys, self._filter, *self.order
        known = self._snapshot
        edge = self.ref_at(0 if descending else len(self._refs) - 1)
        window = len(self._refs) + self._page_size

        def work() -> tuple[KeySnapshot | KeyPage, int] | None:
            if reader.head_seq() == known.head_seq:
                return None
            added = reader.additions(where, order_by, descending=descending, since=known, edge=edge)
            if added is not None:
                return added, -1
            page = reader.page(where, order_by, descending=descending, limit=window)
            return page, reader.count(where)

        def done(value: tuple[KeySnapshot | KeyPage, int] | None) -> None:
            self._polling = False
            if value is None or self._closed or generation != self._generation:
                return
            answer, count = value
            if isinstance(answer, KeySnapshot):
                self._on_additions(answer)
            else:
                self._on_reread(answer, count)

        def failed(exc: BaseException) -> None:
            self._polling = False
            self._on_failed(generation, exc)

        self._tasks.run(work, done, failed)

    def close(self, timeout_ms: int = 0) -> bool:  # the window closes, then its readers
        """Stop; wait up to `timeout_ms` for a row page being read (False: still reading)."""
        self._closed = True
        return self._rows.close(timeout_ms)

    # -- answers --------------------------------------------------------------------------

    def _on_reread(self, page: KeyPage, count: int) -> None:
        """Apply a live re-read of the loaded rows: insert at either end if the rows showing
        are still there in the same order, otherwise reset (the view restores the selection)."""
        self.full_loads += 1
        self._snapshot = KeySnapshot(page.head_seq, page.max_id, array("q"))
        old, new = self._refs, page.refs
        self._generation += 1  # a page in flight was read from the old position: drop it
        self._fetching, self._reveal_next = False, None
        self._after, self._more = page.last, page.more
        self._count = count
        top = new.index(old[0]) if old and old[0] in new else -1
        if not old:
            self._insert(0, new, at_end=True)
        elif top >= 0 and new[top : top + len(old)] == old:
            self._insert(0, new[:top], at_end=False)
            self._insert(len(self._refs), new[top + len(old) :], at_end=True)
        else:
            # Rows changed place (an unfinished attempt finished under a result filter, or
            # under a sort by result).
            self._reset(new)
        self._refresh_rows()
        self.keysApplied.emit(count, True)

    def _on_additions(self, snap: KeySnapshot) -> None:
        if self._snapshot is None:
            return
        self._snapshot = KeySnapshot(snap.head_seq, snap.max_id, array("q"))
        self.incremental_updates += 1
        added = snap.refs
        self._count += len(added)
        if self._descending:
            self._insert(0, added, at_end=False)
        elif not self._more:
            self._insert(len(self._refs), added, at_end=True)
        # else: ascending and not all read yet: the keyset pages reach the new rows.
        self._refresh_rows()
        self.keysApplied.emit(self._count, True)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if self._closed or generation != self._generation:
            return
        self._set_loading(False)
        self.loadFailed.emit(exc)

    def _reset(self, refs: array[int]) -> None:
        self.beginResetModel()
        self._refs = array("q", refs)
        self._rows.clear()
        self.endResetModel()
        self.peak_ids = max(self.peak_ids, len(self._refs))

    def _insert(self, row: int, refs: array[int], *, at_end: bool) -> None:  # keeps selection
        if not refs:
            return
        # Cached pages are keyed by position: rows moved down, or the last page grew.
        self._rows.clear()
        self.beginInsertRows(QModelIndex(), row, row + len(refs) - 1)
        self._refs = self._refs[:row] + refs + self._refs[row:]
        self.endInsertRows()
        self.peak_ids = max(self.peak_ids, len(self._refs))

    def _refresh_rows(self) -> None:
        # Rows already shown may have changed (an unfinished attempt finished).
        self._rows.clear()
        if self._refs:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._refs) - 1, len(COLUMNS) - 1)
            )

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    def _page(self, page: int) -> dict[int, AttemptRow] | None:  # None: read in background
        start = page * self._page_size
        return self._rows.get(page, self._refs[start : start + self._page_size])

    def _on_rows_arrived(self, page: int) -> None:
        first, last = page * self._page_size, min(len(self._refs), (page + 1) * self._page_size)
        if first < last:
            self.dataChanged.emit(self.index(first, 0), self.index(last - 1, len(COLUMNS) - 1))

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
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column_look(COLUMNS[index.column()], role, self.fonts)
        if role not in ROW_ROLES:
            return None
        rows = self._page(index.row() // self._page_size)  # None: on its way over the link
        ref = int(self._refs[index.row()])
        row = self._rows.stale(ref) if rows is None else rows.get(ref)
        column, font = index.column(), role == Qt.ItemDataRole.FontRole
        if row is None and not font:
            said = WAITING if rows is None else missing_text()
            return said if role == Qt.ItemDataRole.DisplayRole and column == 0 else None
        if font or row is None:
            shown = column_look(COLUMNS[column], role, self.fonts)
        else:
            shown = row_cell(row, column, role)
        return marked(shown, role) if rows is None and row is not None else shown  # stand-in

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return header(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (COLUMNS[column].order_by, descending) == (self._order_by, self._descending) and (
            self._snapshot is not None or self._loading
        ):
            return
        self.set_order(COLUMNS[column].order_by, descending=descending)
