"""What the QA journal view asks beyond `attempt_query.py`: compact keys and periods.

The view holds one key per attempt in the current filter and sort order. At a million attempts
UUID strings would cost ~85 MB of Python objects; the integer row ids kept here in an
`array('q')` cost 8 MB and come out of SQLite several times faster. Rows are then fetched a page
at a time by row id (the primary key). Filters and sort keys are the ones `attempt_query.py`
defines, so the view, the CLI and the exports always agree on what a filter selects.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from station.journal.attempt_query import EVERYTHING, ORDER_COLUMNS, AttemptFilter
from station.journal.model import AttemptDetail, AttemptRow
from station.journal.read_only import JournalReader
from station.journal.row_mapping import ATTEMPT_COLUMNS, attempt_row, fetch_attempt

_CHUNK = 500  # ids per `IN (...)`, well under SQLite's variable limit


@dataclass(frozen=True)
class KeySnapshot:
    """Row ids in display order, and the journal head they were read at (one snapshot).

    `max_id` is the largest attempt row id in the journal at that moment, matching or not, so
    a later look for additions knows exactly which rows are new.
    """

    head_seq: int
    max_id: int
    refs: array[int]


@dataclass(frozen=True)
class KeyPage:
    """One page of row ids in display order, read after a keyset position (one snapshot).

    `last` is where the next page begins: the sort value, start time and row id of the page's
    last row (None when the page is empty). `more` says a next page may hold rows.
    """

    head_seq: int
    max_id: int
    refs: array[int]
    last: tuple[Any, int, int] | None
    more: bool


class QAReader(JournalReader):
    """A read-only connection for the QA view. Calls are serialised by a lock; give each
    thread that runs long queries its own reader so the GUI's page fetches never wait.
    """

    over_network = False  # a page of rows is a millisecond's primary-key look-up in the file

    def refs(
        self,
        attempt_filter: AttemptFilter = EVERYTHING,
        order_by: str = "started_at",
        *,
        descending: bool = True,
        limit: int | None = None,
    ) -> KeySnapshot:
        """Row ids of the attempts `attempt_filter` selects, in display order (the first
        `limit` of them if given).

        Ties are broken by start time, then insertion, exactly as `JournalQuery.keys` does.
        """
        if order_by not in ORDER_COLUMNS:
            raise ValueError(f"cannot sort by {order_by!r}; choose from {sorted(ORDER_COLUMNS)}")
        where, params = attempt_filter.where()
        direction = "DESC" if descending else "ASC"
        order = f"{ORDER_COLUMNS[order_by]} {direction}"
        if order_by != "started_at":
            order += f", started_us {direction}"
        sql = f"SELECT id FROM attempts WHERE {where} ORDER BY {order}, id {direction}"  # noqa: S608
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        with self._lock, self._head_snapshot() as (head, max_id):
            refs = array("q")
            cursor = self._execute(sql, params)
            while batch := cursor.fetchmany(10_000):
                refs.extend(r[0] for r in batch)
        return KeySnapshot(head_seq=head, max_id=max_id, refs=refs)

    def page(
        self,
        attempt_filter: AttemptFilter = EVERYTHING,
        order_by: str = "started_at",
        *,
        descending: bool = True,
        limit: int,
        after: tuple[Any, int, int] | None = None,
    ) -> KeyPage:
        """At most `limit` row ids in display order, starting just after the keyset position
        `after` (a previous page's `last`), or at the top when it is None.

        Keyset rather than OFFSET: the next page is an index seek however deep it is, and rows
        added meanwhile neither repeat nor go missing. Ties are broken exactly as `refs` does.
        """
        if order_by not in ORDER_COLUMNS:
            raise ValueError(f"cannot sort by {order_by!r}; choose from {sorted(ORDER_COLUMNS)}")
        where, params = attempt_filter.where()
        clauses, params = [f"({where})"], list(params)
        if after is not None:
            clause, extra = _after(order_by, descending, after)
            clauses.append(clause)
            params.extend(extra)
        return self._page(" AND ".join(clauses), params, order_by, descending, limit)

    def page_until(
        self,
        attempt_filter: AttemptFilter,
        order_by: str,
        *,
        descending: bool,
        after: tuple[Any, int, int] | None,
        ref: int,
    ) -> KeyPage | None:
        """The ids after the keyset position `after` up to and including row `ref` (so the view
        can show a selected attempt beyond the pages read), or None if `ref` does not match."""
        if order_by not in ORDER_COLUMNS:
            raise ValueError(f"cannot sort by {order_by!r}; choose from {sorted(ORDER_COLUMNS)}")
        where, params = attempt_filter.where()
        row = self._one(
            f"SELECT {ORDER_COLUMNS[order_by]}, started_us FROM attempts "  # noqa: S608
            f"WHERE ({where}) AND id = ?",
            [*params, ref],
        )
        if row is None:
            return None
        # A clause with a NULL comparison is NULL, which WHERE treats as false; NOT must too.
        beyond, extra = _after(order_by, descending, (row[0], int(row[1]), ref))
        clauses, params = [f"({where})", f"NOT COALESCE({beyond}, 0)"], [*params, *extra]
        if after is not None:
            clause, extra = _after(order_by, descending, after)
            clauses.append(clause)
            params.extend(extra)
        page = self._page(" AND ".join(clauses), params, order_by, descending, None)
        return KeyPage(page.head_seq, page.max_id, page.refs, page.last, more=True)

    def _page(
        self, where: str, params: list[Any], order_by: str, descending: bool, limit: int | None
    ) -> KeyPage:
        direction = "DESC" if descending else "ASC"
        value = ORDER_COLUMNS[order_by]
        order = f"started_us {direction}, id {direction}"
        if order_by != "started_at":
            order = f"{value} {direction}, {order}"
        sql = f"SELECT id, {value}, started_us FROM attempts WHERE {where} ORDER BY {order}"  # noqa: S608
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        with self._lock, self._head_snapshot() as (head, max_id):
            rows = self._execute(sql, params).fetchall()
        last = None if not rows else (rows[-1][1], int(rows[-1][2]), int(rows[-1][0]))
        return KeyPage(
            head_seq=head,
            max_id=max_id,
            refs=array("q", (int(r[0]) for r in rows)),
            last=last,
            more=limit is not None and len(rows) == limit,
        )

    def count(self, attempt_filter: AttemptFilter = EVERYTHING) -> int:
        """How many attempts `attempt_filter` selects (for the "N attempts" label)."""
        where, params = attempt_filter.where()
        row = self._one(f"SELECT COUNT(*) FROM attempts WHERE {where}", list(params))  # noqa: S608
        assert row is not None
        return int(row[0])

    def additions(
        self,
        attempt_filter: AttemptFilter,
        order_by: str,
        *,
        descending: bool,
        since: KeySnapshot,
        edge: int | None,
    ) -> KeySnapshot | None:
        """The ids to add at the far end of the display (the top when newest first) after
        `since`, or None when the journal changed in a way only a full `refs` can show.

        `edge` is the id currently shown first when `descending`, last otherwise. Re-reading a
        million ids takes about a second; a busy line changes the journal every few seconds,
        so the live view asks this cheap question first.
        """
        if order_by != "started_at":
            return None
        where, params = attempt_filter.where()
        direction = "DESC" if descending else "ASC"
        with self._lock, self._head_snapshot() as (head, max_id):
            if (
                _changes_membership(attempt_filter)
                and self._execute(
                    "SELECT 1 FROM events WHERE seq > ? AND attempt_ref <= ? LIMIT 1",
                    [since.head_seq, since.max_id],
                ).fetchone()
            ):
                return None  # an attempt already there may now match, or no longer
            # NOT INDEXED: the few new rows are a primary-key range; left to itself the
            # planner walks a filter or time index over the whole journal to find them.
            added = self._execute(
                f"SELECT id, started_us FROM attempts NOT INDEXED "  # noqa: S608
                f"WHERE ({where}) AND id > ? ORDER BY started_us {direction}, id {direction}",
                [*params, since.max_id],
            ).fetchall()
            if added and edge is not None:
                row = self._execute(
                    "SELECT started_us FROM attempts WHERE id = ?", [edge]
                ).fetchone()
                if row is None:
                    return None
                # New rows join at the end only if they sort beyond the current edge.
                if min((int(r[1]), int(r[0])) for r in added) < (int(row[0]), edge):
                    return None
        return KeySnapshot(
            head_seq=head, max_id=max_id, refs=array("q", (int(r[0]) for r in added))
        )

    def rows_by_ref(self, refs: Sequence[int]) -> dict[int, AttemptRow]:
        """The rows for `refs`; ids no longer in the journal are simply absent."""
        found: dict[int, AttemptRow] = {}
        with self._lock:
            for start in range(0, len(refs), _CHUNK):
                chunk = [int(r) for r in refs[start : start + _CHUNK]]
                marks = ", ".join("?" * len(chunk))
                for r in self._execute(
                    f"SELECT id, {ATTEMPT_COLUMNS} FROM attempts WHERE id IN ({marks})",  # noqa: S608
                    chunk,
                ):
                    found[int(r[0])] = attempt_row(r[1:])
        return found

    def ref_of(self, attempt_id: str) -> int | None:
        row = self._one("SELECT id FROM attempts WHERE attempt_id = ?", [attempt_id])
        return None if row is None else int(row[0])

    def head_seq(self) -> int:
        row = self._one("SELECT COALESCE(MAX(seq), 0) FROM events", [])
        assert row is not None
        return int(row[0])

    def attempt(self, attempt_id: str) -> AttemptDetail | None:
        with self._lock:
            try:
                return fetch_attempt(self._conn, attempt_id)
            except sqlite3.Error as exc:
                raise self._read_error(exc) from exc

    def attempt_of_event(self, seq: int) -> str | None:
        """The attempt a journal record belongs to (None for privileged actions)."""
        row = self._one(
            "SELECT a.attempt_id FROM events AS e JOIN attempts AS a ON a.id = e.attempt_ref "
            "WHERE e.seq = ?",
            [seq],
        )
        return None if row is None or row[0] is None else str(row[0])

    @contextmanager
    def _head_snapshot(self) -> Iterator[tuple[int, int]]:
        """Open one read snapshot (inside the lock) and give its journal head and largest
        attempt id: whatever the block reads then agrees with them, so a later poll that sees a
        larger head knows for sure the answer may have changed."""
        self._execute("BEGIN", [])
        try:
            (head,) = self._execute("SELECT COALESCE(MAX(seq), 0) FROM events", []).fetchone()
            (max_id,) = self._execute("SELECT COALESCE(MAX(id), 0) FROM attempts", []).fetchone()
            yield int(head), int(max_id)
        finally:
            self._conn.execute("COMMIT")

    def _one(self, sql: str, params: list[Any]) -> tuple[Any, ...] | None:
        with self._lock:
            row: tuple[Any, ...] | None = self._execute(sql, params).fetchone()
            return row


def _after(order_by: str, descending: bool, after: tuple[Any, int, int]) -> tuple[str, list[Any]]:
    """The SQL condition for rows that sort after `after` (NULL-safe: SQLite sorts NULL first
    ascending and last descending, and a row-value comparison with NULL is never true)."""
    value = ORDER_COLUMNS[order_by]
    sort_value, started, ref = after
    op = "<" if descending else ">"
    tail = f"(started_us, id) {op} (?, ?)"
    if order_by == "started_at":
        return tail, [started, ref]
    if sort_value is None:
        if descending:
            return f"({value} IS NULL AND {tail})", [started, ref]
        return f"({value} IS NOT NULL OR ({value} IS NULL AND {tail}))", [started, ref]
    nulls_after = f" OR {value} IS NULL" if descending else ""
    return (
        f"({value} {op} ?{nulls_after} OR ({value} = ? AND {tail}))",
        [sort_value, sort_value, started, ref],
    )


def _changes_membership(attempt_filter: AttemptFilter) -> bool:
    """Whether records added to an existing attempt can change if the filter selects it."""
    return bool(attempt_filter.results or attempt_filter.text.strip()) or (
        attempt_filter.error_class is not None
    )


# -- reporting periods -------------------------------------------------------------------------


@dataclass(frozen=True)
class Shift:
    name: str
    start: time
    hours: int


# The usual three-shift pattern; a night shift belongs to the day it starts on.
SHIFTS: tuple[Shift, ...] = (
    Shift("Early", time(6, 0), 8),
    Shift("Late", time(14, 0), 8),
    Shift("Night", time(22, 0), 8),
)


def _local(moment: datetime, tz: tzinfo | None) -> datetime:
    # A naive datetime's astimezone() applies the PC's own zone rules for that date (DST
    # included); an explicit zone is used as given.
    return moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()


def shift_period(day: date, shift: Shift, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """[since, until) of `shift` starting on `day`, in local time unless `tz` is given."""
    begin = datetime.combine(day, shift.start)
    return _local(begin, tz), _local(begin + timedelta(hours=shift.hours), tz)


def day_period(day: date, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    return date_range_period(day, day, tz)


def date_range_period(
    first: date, last: date, tz: tzinfo | None = None
) -> tuple[datetime, datetime]:
    """[since, until) covering whole days `first` to `last`, both included."""
    if last < first:
        raise ValueError("the range ends before it begins")
    return (
        _local(datetime.combine(first, time(0)), tz),
        _local(datetime.combine(last + timedelta(days=1), time(0)), tz),
    )
