"""The QA table's rows, read a page at a time and kept in a bounded cache.

A journal file answers a page of rows (a primary-key look-up of a few hundred) in a millisecond
or two, so its pages are read on the GUI thread when the view first paints them. The fleet's
central database is across a network link that may be slow or stalled: there every page is read
on a worker of its own, the rows show as waiting until it comes, and `arrived` tells the model
which page to repaint. Answers read before the rows moved (a reset, an insert, a refresh) are
dropped: the cache is keyed by position. Meanwhile the rows read before, by attempt, stand in
(`stale`), so new attempts arriving at the top do not blank the rows already showing; the
table marks them as old (`ui.qa.stand_in`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from station.journal import AttemptRow
from station.journal.qa_source import AttemptKeys
from ui.qa.lazy_table import PageCache
from ui.tasks import Tasks


class RowPages(QObject):
    """Signals:
    arrived(int): a page read in the background is cached (its number).
    failed(object): a page could not be read; reported once until `clear(errors=True)`.
    """

    arrived = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        reader: AttemptKeys,
        cache_pages: int,
        parent: QObject | None = None,
        *,
        background: bool,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._cache: PageCache[AttemptRow] = PageCache(cache_pages)
        self._tasks = Tasks("qa-rows", 1, self) if background else None
        self._reading: set[int] = set()
        # Pages whose read failed: asked again only after the rows are read again (a reload or
        # a live update), not on every repaint of a dead link, which would queue reads for ever.
        self._failed: set[int] = set()
        self._stale: dict[int, AttemptRow] = {}  # the rows cleared last, by ref
        self._epoch = 0  # bumped when rows move: an answer read before belongs elsewhere
        self._error_shown = False
        self._closed = False
        self.fetches = 0  # pages read (tests check the table stays lazy)

    @property
    def background(self) -> bool:
        return self._tasks is not None

    @property
    def reads_queued(self) -> int:
        """Page reads waiting or running in the background."""
        return 0 if self._tasks is None else self._tasks.pending

    def __len__(self) -> int:
        return len(self._cache)

    def get(self, page: int, refs: Sequence[int]) -> dict[int, AttemptRow] | None:
        """The rows of `page` (whose refs are `refs`); None while they are read in the
        background, {} if they could not be read."""
        rows = self._cache.get(page)
        if rows is not None:
            return rows
        if self._tasks is None:
            try:
                rows = self._reader.rows_by_ref(refs)
            except Exception as exc:  # noqa: BLE001 - data() must not raise; reported once
                self._fail(exc)
                return {}
            self.fetches += 1
            self._cache.put(page, rows)
            return rows
        self._read_in_background(page, list(refs))
        return None

    def _read_in_background(self, page: int, refs: list[int]) -> None:
        assert self._tasks is not None
        if page in self._reading or page in self._failed or self._closed:
            return
        self._reading.add(page)
        epoch, reader = self._epoch, self._reader

        def done(rows: dict[int, AttemptRow]) -> None:
            if self._closed or epoch != self._epoch:
                return  # the rows moved meanwhile; a repaint asks again
            self._reading.discard(page)
            self.fetches += 1
            self._cache.put(page, rows)
            self.arrived.emit(page)

        def failed(exc: BaseException) -> None:
            if epoch == self._epoch:
                self._reading.discard(page)
                self._failed.add(page)
            self._fail(exc)

        self._tasks.run(lambda: reader.rows_by_ref(refs), done, failed)

    def stale(self, ref: int) -> AttemptRow | None:
        """The attempt as read before the rows last moved, to show while it is read again."""
        return self._stale.get(ref)

    def _fail(self, exc: BaseException) -> None:
        if not self._error_shown and not self._closed:
            self._error_shown = True
            self.failed.emit(exc)

    def clear(self, *, errors: bool = False) -> None:
        """Forget every page (the rows moved or changed); `errors` reports the next failure."""
        if self._tasks is not None and len(self._cache):  # cleared twice: keep the first
            self._stale = {ref: row for rows in self._cache.pages() for ref, row in rows.items()}
        self._cache.clear()
        self._reading.clear()
        self._failed.clear()
        self._epoch += 1
        if errors:
            self._error_shown = False

    def close(self, timeout_ms: int) -> bool:
        """Stop using the reader: drop answers still to come and wait for a read in flight."""
        self._closed = True
        return self._tasks is None or self._tasks.wait(timeout_ms)
