"""The QA window's reader on the central database: every station's attempts, read-only.

It answers the questions `station.journal.qa_source` names, over `fleet.attempts` (one row per
attempt, kept from the shipped events: `attempt_rows.py`) with a QA login role. Read-only is the
role's doing: the `fleet_qa` group is granted SELECT and nothing else, so PostgreSQL refuses any
write whatever this code did; the session is also `default_transaction_read_only`, so a write
fails here before it gets there.

The QA table keeps integer refs (8 bytes each, see `qa_queries.py`). A central attempt is named
by (station, journal, attempt ID), so each reader of one window hands out refs from one shared
`RefBook`: the same attempt always gets the same ref, whichever reader saw it first.
"""

from __future__ import annotations

import json
import threading
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg import errors as pgerrors

from station.fleet import qa_filter
from station.fleet.connect import FleetSettings, check_schema, connect, explain_db_error
from station.fleet.errors import FleetError
from station.fleet.names import QA, SUPERVISORS
from station.fleet.qa_filter import Key
from station.fleet.qa_replay import CentralEvent, replay
from station.journal.attempt_query import EVERYTHING, AttemptFilter, Summary, summarise
from station.journal.metrics import Outcome, unit_of
from station.journal.model import AttemptDetail, AttemptRow, from_us, to_us
from station.journal.qa_queries import KeyPage, KeySnapshot
from station.text import Text

Conn = psycopg.Connection[tuple[Any, ...]]

ROW_COLUMNS = (
    "attempt_id, station_id, slot, operator, target_name, realm, pairing_url, started_at, "
    "finished_at, device_id, hardware_serial, model, firmware, storage_kind, result, "
    "coalesce(error_class, ''), coalesce(message, ''), coalesce(action, ''), fingerprint"
)
_KEY = "station_id, journal_id::text, attempt_id"

# Every committed write anywhere in the cluster moves this number; equal numbers mean nothing
# was committed in between (the live view's cheap "anything new?").
_HEAD = (
    "SELECT pg_snapshot_xmin(s)::text::bigint + pg_snapshot_xmax(s)::text::bigint "
    "FROM pg_current_snapshot() AS s"
)


class RefBook:
    """Integer refs for central attempts, shared by the readers of one window (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: list[Key] = []
        self._refs: dict[Key, int] = {}

    def ref(self, key: Key) -> int:
        with self._lock:
            ref = self._refs.get(key)
            if ref is None:
                ref = self._refs[key] = len(self._keys) + 1
                self._keys.append(key)
            return ref

    def key(self, ref: int) -> Key | None:
        with self._lock:
            return self._keys[ref - 1] if 0 < ref <= len(self._keys) else None


def open_qa_connection(settings: FleetSettings, password: str | None) -> Conn:
    """A read-only connection as a QA (or supervisor) role, on a schema this station knows."""
    conn = connect(settings, password, application=f"qa {settings.role}")
    try:
        conn.execute("SET default_transaction_read_only = on")
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        check_schema(conn)
        row = conn.execute(
            "SELECT pg_has_role(current_user, %s, 'MEMBER') OR "
            "pg_has_role(current_user, %s, 'MEMBER')",
            (QA, SUPERVISORS),
        ).fetchone()
        if row is None or not row[0]:
            # A station's role reads its own rows only: it would show one station as the fleet.
            raise not_qa(settings.role)
    except pgerrors.InsufficientPrivilege as exc:
        conn.close()
        raise not_qa(settings.role) from exc
    except psycopg.Error as exc:
        conn.close()
        raise explain_db_error(exc, settings.role) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def not_qa(role: str) -> FleetError:
    return FleetError(
        Text.of("fleet.not_qa.attempts", role=role),
        Text.of("fleet.not_qa.attempts.action"),
        error_class="forbidden",
    )


class FleetQAReader:
    """One read-only connection to the centre; calls are serialised by a lock."""

    over_network = True  # the link to the centre may be slow or stalled

    def __init__(self, conn: Conn, book: RefBook) -> None:
        self._conn = conn
        self._book = book
        self._lock = threading.Lock()
        self._closed = False

    @classmethod
    def open(cls, settings: FleetSettings, password: str | None, book: RefBook) -> FleetQAReader:
        return cls(open_qa_connection(settings, password), book)

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._conn.close()

    def __enter__(self) -> FleetQAReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the table ----------------------------------------------------------------------------

    def page(
        self,
        attempt_filter: AttemptFilter = EVERYTHING,
        order_by: str = "started_at",
        *,
        descending: bool = True,
        limit: int,
        after: tuple[Any, int, int] | None = None,
    ) -> KeyPage:
        where, params = qa_filter.where(attempt_filter)
        clauses = [f"({where})"]
        if after is not None:
            clause, extra = self._after(order_by, descending, after)
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
        key = self._book.key(ref)
        if key is None:
            return None
        where, params = qa_filter.where(attempt_filter)
        found = self._one(
            f"SELECT {qa_filter.ORDER[order_by]}, started_at FROM fleet.attempts "  # noqa: S608
            f"WHERE ({where}) AND station_id = %s AND journal_id = %s::uuid AND attempt_id = %s",
            [*params, *key],
        )
        if found is None:
            return None
        beyond, extra = qa_filter.after(order_by, descending, found[0], found[1], key)
        clauses = [f"({where})", f"NOT coalesce({beyond}, false)"]
        params = [*params, *extra]
        if after is not None:
            clause, more = self._after(order_by, descending, after)
            clauses.append(clause)
            params.extend(more)
        page = self._page(" AND ".join(clauses), params, order_by, descending, None)
        return KeyPage(page.head_seq, page.max_id, page.refs, page.last, more=True)

    def _after(
        self, order_by: str, descending: bool, after: tuple[Any, int, int]
    ) -> tuple[str, list[Any]]:
        value, started_us, ref = after
        key = self._book.key(ref)
        if key is None:
            raise ValueError(f"ref {ref} was not handed out by this window's readers")
        return qa_filter.after(order_by, descending, value, from_us(started_us), key)

    def _page(
        self, where: str, params: list[Any], order_by: str, descending: bool, limit: int | None
    ) -> KeyPage:
        sql = (
            f"SELECT {_KEY}, {qa_filter.ORDER[order_by]}, started_at "  # noqa: S608
            f"FROM fleet.attempts WHERE {where} ORDER BY {qa_filter.order(order_by, descending)}"
        )
        if limit is not None:
            sql += " LIMIT %s"
            params = [*params, limit]
        with self._snapshot() as head:
            rows = self._conn.execute(sql.encode(), params).fetchall()
        refs = array("q", (self._book.ref((r[0], r[1], r[2])) for r in rows))
        last = None if not rows else (rows[-1][3], to_us(rows[-1][4]), refs[-1])
        more = limit is not None and len(rows) == limit
        return KeyPage(head_seq=head, max_id=0, refs=refs, last=last, more=more)

    def count(self, attempt_filter: AttemptFilter = EVERYTHING) -> int:
        where, params = qa_filter.where(attempt_filter)
        row = self._one(f"SELECT count(*) FROM fleet.attempts WHERE {where}", params)  # noqa: S608
        return 0 if row is None else int(row[0])

    def additions(
        self,
        attempt_filter: AttemptFilter,
        order_by: str,
        *,
        descending: bool,
        since: KeySnapshot,
        edge: int | None,
    ) -> KeySnapshot | None:
        """Always None: stations ship out of order and finish attempts late, so the view
        re-reads the rows it shows (a keyset page and a count) instead."""
        return None

    def head_seq(self) -> int:
        row = self._one(_HEAD, [])
        return 0 if row is None else int(row[0])

    def rows_by_ref(self, refs: Sequence[int]) -> dict[int, AttemptRow]:
        keys = {key: int(ref) for ref in refs if (key := self._book.key(int(ref))) is not None}
        if not keys:
            return {}
        stations, journals, attempts = (list(column) for column in zip(*keys, strict=True))
        rows = self._all(
            f"SELECT {_KEY}, {ROW_COLUMNS} FROM fleet.attempts "  # noqa: S608
            "WHERE (station_id, journal_id, attempt_id) IN "
            "(SELECT * FROM unnest(%s::text[], %s::uuid[], %s::text[]))",
            [stations, journals, attempts],
        )
        return {keys[(r[0], r[1], r[2])]: _row(r[3:]) for r in rows}

    def ref_of(self, attempt_id: str) -> int | None:
        row = self._one(
            f"SELECT {_KEY} FROM fleet.attempts WHERE attempt_id = %s "  # noqa: S608
            "ORDER BY station_id, journal_id LIMIT 1",
            [attempt_id],
        )
        return None if row is None else self._book.ref((row[0], row[1], row[2]))

    # -- detail, choices, summary -------------------------------------------------------------

    def attempt(self, attempt_id: str) -> AttemptDetail | None:
        """The attempt's detail, replayed from its shipped events (`qa_replay.py`)."""
        with self._snapshot():
            first = self._conn.execute(
                f"SELECT {_KEY} FROM fleet.attempts WHERE attempt_id = %s "  # noqa: S608
                "ORDER BY station_id, journal_id LIMIT 1",
                [attempt_id],
            ).fetchone()
            if first is None:
                return None
            rows = self._conn.execute(
                "SELECT seq, kind, station_ts, payload FROM fleet.events "
                "WHERE station_id = %s AND journal_id = %s::uuid AND attempt_id = %s ORDER BY seq",
                list(first),
            ).fetchall()
        events = [CentralEvent(int(r[0]), str(r[1]), r[2], _payload(r[3])) for r in rows]
        return replay(str(first[0]), attempt_id, events)

    def distinct(self, column: str) -> list[str]:
        if column not in qa_filter.DISTINCT:
            raise ValueError(f"no distinct values for {column!r}")
        name = qa_filter.DISTINCT[column]
        return [
            str(r[0])
            for r in self._all(
                f"SELECT DISTINCT {name} FROM fleet.attempts "  # noqa: S608
                f"WHERE {name} IS NOT NULL ORDER BY {name}",
                [],
            )
        ]

    def summary(self, attempt_filter: AttemptFilter = EVERYTHING) -> Summary:
        """The same figures as a journal's summary (`attempt_query.summarise`), fleet-wide."""
        where, params = qa_filter.where(attempt_filter)
        with self._snapshot():
            rows = self._conn.execute(
                "SELECT result, device_id, hardware_serial, started_at, "  # noqa: S608
                "coalesce(finished_at, started_at), coalesce(error_class, '') "
                f"FROM fleet.attempts WHERE {where}".encode(),
                params,
            ).fetchall()
        by_result: dict[str, int] = {}
        classes: dict[str, int] = {}
        outcomes: list[Outcome] = []
        unfinished = 0
        for result, device, serial, start, end, error_class in rows:
            if result is None:
                unfinished += 1
                continue
            by_result[result] = by_result.get(result, 0) + 1
            outcomes.append(Outcome(result, unit_of(device, serial), _s(start), _s(end)))
            if result != "PASS" and error_class != "":
                classes[error_class] = classes.get(error_class, 0) + 1
        ranked = sorted(classes.items(), key=lambda item: (-item[1], item[0]))
        return summarise(by_result, unfinished, outcomes, ranked)

    def stations(self) -> list[str]:
        """The stations with attempts at the centre (the station filter's choices)."""
        return self.distinct("station")

    # -- internals ----------------------------------------------------------------------------

    @contextmanager
    def _snapshot(self) -> Iterator[int]:
        """One repeatable-read snapshot (inside the lock); gives its change number (`_HEAD`)."""
        with self._lock:
            try:
                with self._conn.transaction():
                    row = self._conn.execute(_HEAD).fetchone()
                    yield 0 if row is None else int(row[0])
            except pgerrors.InsufficientPrivilege as exc:
                raise not_qa(self._conn.info.user) from exc
            except psycopg.Error as exc:
                raise explain_db_error(exc, self._conn.info.user) from exc

    def _all(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql.encode(), params).fetchall()
            except pgerrors.InsufficientPrivilege as exc:
                raise not_qa(self._conn.info.user) from exc
            except psycopg.Error as exc:
                raise explain_db_error(exc, self._conn.info.user) from exc

    def _one(self, sql: str, params: list[Any]) -> tuple[Any, ...] | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None


def _row(r: Sequence[Any]) -> AttemptRow:
    return AttemptRow(
        attempt_id=str(r[0]),
        station_id=str(r[1]),
        slot=str(r[2] or ""),
        operator=str(r[3] or ""),
        target_name=str(r[4] or ""),
        realm=str(r[5] or ""),
        pairing_url=str(r[6] or ""),
        started_at=r[7].astimezone(UTC),
        finished_at=None if r[8] is None else r[8].astimezone(UTC),
        device_id=r[9],
        hardware_serial=r[10],
        model=r[11],
        firmware=r[12],
        storage_kind=r[13],
        result=r[14],
        error_class=str(r[15]),
        message=str(r[16]),
        action=str(r[17]),
        fingerprint=r[18],
    )


def _payload(value: Any) -> dict[str, Any]:
    return dict(json.loads(value) if isinstance(value, str | bytes) else value)


def _s(moment: datetime) -> float:
    return moment.timestamp()
