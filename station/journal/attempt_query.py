"""The attempt filter, and the read-only questions about attempts (counts, rows, summaries).

Everything here is built for a journal of a million attempts: filters map onto the indexes in
`schema.py`, the device-ID/serial substring search uses the trigram index, and the table model
works from `keys` (ids only) and fetches `rows` a page at a time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from station.journal.metrics import Outcome, production, unit_of
from station.journal.model import (
    RESULTS,
    AttemptDetail,
    AttemptRow,
    AuditEvent,
    to_us,
)
from station.journal.read_only import JournalReader
from station.journal.row_mapping import (
    ATTEMPT_COLUMNS,
    AUDIT_COLUMNS,
    attempt_row,
    audit_event,
    fetch_attempt,
)

UNFINISHED = "UNFINISHED"
"""A pseudo-result for filters: attempts begun but not finished (running, or left by a crash)."""

# Sort keys the table model may ask for, and the SQL each one sorts by.
ORDER_COLUMNS: dict[str, str] = {
    "started_at": "started_us",
    "finished_at": "finished_us",
    "duration": "(finished_us - started_us)",
    "slot": "slot",
    "operator": "operator",
    "target": "target_name",
    "realm": "realm",
    "device_id": "device_id",
    "hardware_serial": "hardware_serial",
    "result": "result",
    "error_class": "error_class",
    "station": "station_id",
}

# Columns QA may list the distinct values of (for filter drop-downs).
DISTINCT_COLUMNS: dict[str, str] = {
    "slot": "slot",
    "operator": "operator",
    "target": "target_name",
    "realm": "realm",
    "result": "result",
    "error_class": "error_class",
    "station": "station_id",
}

_TRIGRAM = 3  # the trigram index answers substrings of at least this many characters
_CHUNK = 500  # ids per `IN (...)`, well under SQLite's variable limit


@dataclass(frozen=True)
class AttemptFilter:
    """Which attempts to show. Every field narrows the set; the default matches everything.

    `since` is inclusive and `until` exclusive, both on the attempt's start time. `text` is a
    case-insensitive substring of the device ID or the hardware serial. `results` holds result
    strings and may include `UNFINISHED`.
    """

    since: datetime | None = None
    until: datetime | None = None
    results: frozenset[str] = frozenset()
    text: str = ""
    slot: str | None = None
    operator: str | None = None
    target: str | None = None
    realm: str | None = None
    error_class: str | None = None
    station: str | None = None  # the station's ID (its role at the centre)

    def __post_init__(self) -> None:
        unknown = set(self.results) - RESULTS - {UNFINISHED}
        if unknown:
            raise ValueError(f"unknown results in filter: {sorted(unknown)}")
        for moment in (self.since, self.until):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("filter times must be timezone-aware")

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over `attempts` and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.since is not None:
            clauses.append("started_us >= ?")
            params.append(to_us(self.since))
        if self.until is not None:
            clauses.append("started_us < ?")
            params.append(to_us(self.until))
        if self.results:
            named = sorted(self.results - {UNFINISHED})
            parts = []
            if named:
                parts.append(f"result IN ({', '.join('?' * len(named))})")
                params.extend(named)
            if UNFINISHED in self.results:
                parts.append("result IS NULL")
            clauses.append(f"({' OR '.join(parts)})")
        for column, value in (
            ("slot", self.slot),
            ("operator", self.operator),
            ("target_name", self.target),
            ("realm", self.realm),
            ("error_class", self.error_class),
            ("station_id", self.station),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        text = self.text.strip()
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            if len(text) >= _TRIGRAM:
                # The trigram index keeps no positions (schema 6): it narrows to the attempts
                # holding every trigram of the text, and LIKE keeps those holding it whole.
                clauses.append(
                    "id IN (SELECT rowid FROM attempt_search WHERE attempt_search MATCH ?)"
                )
                params.append(_every_trigram(text))
            clauses.append("(device_id LIKE ? ESCAPE '\\' OR hardware_serial LIKE ? ESCAPE '\\')")
            params.extend((pattern, pattern))
        return (" AND ".join(clauses) or "1"), params


def _every_trigram(text: str) -> str:
    """An FTS5 query for the rows holding each trigram of `text` (each a quoted string)."""
    trigrams = dict.fromkeys(text[i : i + _TRIGRAM] for i in range(len(text) - _TRIGRAM + 1))
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams)


EVERYTHING = AttemptFilter()


@dataclass(frozen=True)
class ParetoEntry:
    error_class: str
    count: int
    share: float  # of all failures with a class
    cumulative_share: float


@dataclass(frozen=True)
class Summary:
    """Shift, day or range figures for the attempts a filter selects.

    `devices`, `first_pass_devices`, `first_pass_yield`, `units_per_hour` and `window_s` (the
    active production time) are `station.journal.metrics.production` over the selected
    attempts: the one definition the operator's counters use too.
    """

    attempts: int
    passed: int
    failed: int
    scrapped: int
    unfinished: int
    by_result: dict[str, int]
    devices: int
    first_pass_devices: int
    first_pass_yield: float | None
    window_s: float | None
    units_per_hour: float | None
    pareto: tuple[ParetoEntry, ...] = field(default_factory=tuple)
    unidentified: int = 0  # verdicts on attempts that identified no device: not in the yield


class JournalQuery(JournalReader):
    """Read-only access to a journal. Safe to share between threads (calls are serialised);
    give a long export or a background count its own instance so it does not hold up the view.
    """

    # -- the table model ----------------------------------------------------------------------

    def count(self, attempt_filter: AttemptFilter = EVERYTHING) -> int:
        where, params = attempt_filter.where()
        (n,) = self._one(f"SELECT COUNT(*) FROM attempts WHERE {where}", params)  # noqa: S608
        return int(n)

    def keys(
        self,
        attempt_filter: AttemptFilter = EVERYTHING,
        order_by: str = "started_at",
        *,
        descending: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[str]:
        """Attempt ids in display order; ties are broken by start time, then insertion."""
        if order_by not in ORDER_COLUMNS:
            raise ValueError(f"cannot sort by {order_by!r}; choose from {sorted(ORDER_COLUMNS)}")
        where, params = attempt_filter.where()
        direction = "DESC" if descending else "ASC"
        order = f"{ORDER_COLUMNS[order_by]} {direction}"
        if order_by != "started_at":
            order += f", started_us {direction}"
        sql = (
            f"SELECT attempt_id FROM attempts WHERE {where} "  # noqa: S608
            f"ORDER BY {order}, id {direction}"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        with self._lock:
            return [r[0] for r in self._execute(sql, params).fetchall()]

    def rows(self, ids: Sequence[str]) -> list[AttemptRow]:
        """The rows for `ids`, in the same order; ids not in the journal are left out."""
        found: dict[str, AttemptRow] = {}
        with self._lock:
            for start in range(0, len(ids), _CHUNK):
                chunk = list(ids[start : start + _CHUNK])
                marks = ", ".join("?" * len(chunk))
                for r in self._execute(
                    f"SELECT {ATTEMPT_COLUMNS} FROM attempts "  # noqa: S608
                    f"WHERE attempt_id IN ({marks})",
                    chunk,
                ):
                    found[r[0]] = attempt_row(r)
        return [found[i] for i in ids if i in found]

    def ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        """Attempt ids starting with `prefix` (people type the first characters of a UUID)."""
        with self._lock:
            return [
                r[0]
                for r in self._execute(
                    "SELECT attempt_id FROM attempts WHERE attempt_id >= ? AND attempt_id < ? "
                    "ORDER BY attempt_id LIMIT ?",
                    [prefix, prefix + "\U0010ffff", limit],
                )
            ]

    def attempt(self, attempt_id: str) -> AttemptDetail | None:
        with self._lock:
            try:
                return fetch_attempt(self._conn, attempt_id)
            except sqlite3.Error as exc:
                raise self._read_error(exc) from exc

    def distinct(self, column: str) -> list[str]:
        """The values a filter drop-down can offer for `column`."""
        if column not in DISTINCT_COLUMNS:
            raise ValueError(f"no distinct values for {column!r}")
        name = DISTINCT_COLUMNS[column]
        sql = (
            f"SELECT DISTINCT {name} FROM attempts WHERE {name} IS NOT NULL "  # noqa: S608
            f"ORDER BY {name}"
        )
        with self._lock:
            return [r[0] for r in self._execute(sql, []).fetchall()]

    # -- live updates ---------------------------------------------------------------------

    def head_seq(self) -> int:
        (seq,) = self._one("SELECT COALESCE(MAX(seq), 0) FROM events", [])
        return int(seq)

    def changed_since(self, seq: int) -> tuple[int, list[str]]:
        """The new head and the attempts touched by events after `seq` (new or updated rows)."""
        with self._lock:
            rows = self._execute(
                "SELECT e.seq, a.attempt_id FROM events AS e "
                "LEFT JOIN attempts AS a ON a.id = e.attempt_ref WHERE e.seq > ? ORDER BY e.seq",
                [seq],
            ).fetchall()
        head = rows[-1][0] if rows else seq
        touched = list(dict.fromkeys(r[1] for r in rows if r[1] is not None))
        return head, touched

    def audit_events(self, limit: int = 100) -> list[AuditEvent]:
        with self._lock:
            rows = self._execute(
                f"SELECT {AUDIT_COLUMNS} FROM audit ORDER BY seq DESC LIMIT ?",  # noqa: S608
                [limit],
            ).fetchall()
        return [audit_event(r) for r in rows]

    # -- summary --------------------------------------------------------------------------

    def summary(self, attempt_filter: AttemptFilter = EVERYTHING) -> Summary:
        where, params = attempt_filter.where()
        with self._lock, self._snapshot():
            by_result: dict[str, int] = {}
            unfinished = 0
            for result, n in self._execute(
                f"SELECT result, COUNT(*) FROM attempts WHERE {where} GROUP BY result",  # noqa: S608
                params,
            ):
                if result is None:
                    unfinished = n
                else:
                    by_result[result] = n
            outcomes = [
                Outcome(result, unit_of(device, serial), start / 1e6, end / 1e6)
                for result, device, serial, start, end in self._execute(
                    "SELECT result, device_id, hardware_serial, started_us, "  # noqa: S608
                    "COALESCE(finished_us, started_us) FROM attempts "
                    f"WHERE result IS NOT NULL AND {where}",
                    params,
                )
            ]
            classes = self._execute(
                "SELECT error_class, COUNT(*) FROM attempts "  # noqa: S608
                f"WHERE result IS NOT NULL AND result != 'PASS' AND error_class != '' AND {where} "
                "GROUP BY error_class ORDER BY COUNT(*) DESC, error_class",
                params,
            ).fetchall()
        return summarise(by_result, unfinished, outcomes, classes)

    # -- internals ----------------------------------------------------------------------------

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Run several statements on one read snapshot, so their figures agree."""
        self._execute("BEGIN", [])
        try:
            yield
        finally:
            self._conn.execute("COMMIT")

    def _one(self, sql: str, params: list[Any]) -> tuple[Any, ...]:
        with self._lock:
            row: tuple[Any, ...] = self._execute(sql, params).fetchone()
            return row


def summarise(
    by_result: dict[str, int],
    unfinished: int,
    outcomes: Sequence[Outcome],
    classes: Sequence[tuple[str, int]],
) -> Summary:
    """The summary of attempts counted `by_result`, with `unfinished` ones, the `outcomes` of
    the finished ones and the failure counts by error class, most frequent first. Every reader
    (this journal's, the fleet's) computes its figures here, so they cannot disagree."""
    attempts = sum(by_result.values()) + unfinished
    made = production(outcomes)
    total_failures = sum(n for _, n in classes)
    pareto: list[ParetoEntry] = []
    running = 0
    for error_class, n in classes:
        running += n
        pareto.append(
            ParetoEntry(
                error_class=error_class,
                count=n,
                share=n / total_failures,
                cumulative_share=running / total_failures,
            )
        )
    return Summary(
        attempts=attempts,
        passed=by_result.get("PASS", 0),
        failed=by_result.get("FAIL", 0),
        scrapped=by_result.get("SCRAP", 0),
        unfinished=unfinished,
        by_result=by_result,
        devices=made.units,
        first_pass_devices=made.first_pass_units,
        first_pass_yield=made.first_pass_yield,
        window_s=made.active_s,
        units_per_hour=made.units_per_hour,
        pareto=tuple(pareto),
        unidentified=made.unidentified,
    )
