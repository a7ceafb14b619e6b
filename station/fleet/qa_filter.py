"""The QA attempt filter and sort keys in the central database's SQL (`fleet.attempts`).

`AttemptFilter` is the one definition of what a filter selects; `attempt_query.py` turns it into
SQLite for a station's journal, this module into PostgreSQL for the fleet, field for field, so
the QA window, its exports and its summary select the same attempts on either.

Every SQL text here is built from constants (column names from the tables below), never from
input: values travel as parameters.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from station.journal.attempt_query import ORDER_COLUMNS, UNFINISHED, AttemptFilter

# Sort keys (the ones `attempt_query.ORDER_COLUMNS` offers) over `fleet.attempts`' columns.
ORDER: dict[str, str] = {
    "started_at": "started_at",
    "finished_at": "finished_at",
    "duration": "(finished_at - started_at)",
    "slot": "slot",
    "operator": "operator",
    "target": "target_name",
    "realm": "realm",
    "device_id": "device_id",
    "hardware_serial": "hardware_serial",
    "result": "result",
    "error_class": "coalesce(error_class, '')",
    "station": "station_id",
}
assert set(ORDER) == set(ORDER_COLUMNS)

# Filter drop-downs: the values a column takes.
DISTINCT: dict[str, str] = {
    "slot": "slot",
    "operator": "operator",
    "target": "target_name",
    "realm": "realm",
    "result": "result",
    "error_class": "error_class",
    "station": "station_id",
}

# Ties after the sort value: start time, then the attempt's central identity.
TIE = "started_at, station_id, journal_id, attempt_id"

Key = tuple[str, str, str]  # (station_id, journal_id, attempt_id): one attempt fleet-wide


def where(attempt_filter: AttemptFilter) -> tuple[str, list[Any]]:
    """The condition over `fleet.attempts` and its parameters."""
    f = attempt_filter
    clauses: list[str] = []
    params: list[Any] = []
    if f.since is not None:
        clauses.append("started_at >= %s")
        params.append(f.since)
    if f.until is not None:
        clauses.append("started_at < %s")
        params.append(f.until)
    if f.results:
        named = sorted(f.results - {UNFINISHED})
        parts = []
        if named:
            parts.append("result = ANY(%s)")
            params.append(named)
        if UNFINISHED in f.results:
            parts.append("result IS NULL")
        clauses.append(f"({' OR '.join(parts)})")
    for column, value in (
        ("slot", f.slot),
        ("operator", f.operator),
        ("target_name", f.target),
        ("realm", f.realm),
        ("coalesce(error_class, '')", f.error_class),
        ("station_id", f.station),
    ):
        if value is not None:
            clauses.append(f"{column} = %s")
            params.append(value)
    text = f.text.strip()
    if text:
        # Case-insensitive substring, as the journal's trigram search is.
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(device_id ILIKE %s OR hardware_serial ILIKE %s)")
        params.extend((pattern, pattern))
    return (" AND ".join(clauses) or "true"), params


def order(order_by: str, descending: bool) -> str:
    """ORDER BY text: NULLs sort as the journal sorts them (first ascending, last descending)."""
    if order_by not in ORDER:
        raise ValueError(f"cannot sort by {order_by!r}; choose from {sorted(ORDER)}")
    direction = "DESC" if descending else "ASC"
    nulls = "NULLS LAST" if descending else "NULLS FIRST"
    ties = ", ".join(f"{c} {direction}" for c in TIE.split(", "))
    if order_by == "started_at":
        return ties
    return f"{ORDER[order_by]} {direction} {nulls}, {ties}"


def after(
    order_by: str, descending: bool, value: Any, started: datetime, key: Key
) -> tuple[str, list[Any]]:
    """The condition for rows that sort after the row (`value`, `started`, `key`).

    NULL-safe, as `order` sorts: a row comparison with a NULL is never true.
    """
    op = "<" if descending else ">"
    tail = f"({TIE}) {op} (%s, %s, %s::uuid, %s)"
    tail_params: list[Any] = [started, *key]
    if order_by == "started_at":
        return tail, tail_params
    column = ORDER[order_by]
    if value is None:
        if descending:
            return f"({column} IS NULL AND {tail})", tail_params
        return f"({column} IS NOT NULL OR ({column} IS NULL AND {tail}))", tail_params
    nulls_after = f" OR {column} IS NULL" if descending else ""
    return (
        f"({column} {op} %s{nulls_after} OR ({column} = %s AND {tail}))",
        [value, value, *tail_params],
    )
