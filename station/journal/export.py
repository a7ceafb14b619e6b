"""Streaming export of filtered attempts to CSV or JSON Lines, one line per attempt.

Rows are read from a connection of the export's own and written as they come, so a million
attempts export in constant memory, off the GUI thread, with progress and cancel. Exports hold
fingerprints, never secrets (the journal holds none).

SQLite prepares every value: times, step totals, the formula guard and, for JSON Lines, the
whole line are SQL expressions, and `csv.writer` quotes in C. Per-row Python (datetimes, dicts,
`json.loads`/`dumps`) used to cost twenty times the query itself. The per-step JSON, most of a
line's bytes, is always in JSON Lines and only on request in CSV: the per-step durations are
CSV columns already.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Literal

from station.cancel import CancelToken
from station.journal.atomic import replace_when_complete
from station.journal.attempt_query import EVERYTHING, AttemptFilter
from station.journal.chain import iso_from_us_sql
from station.journal.csv_cells import FORMULA_STARTS
from station.journal.model import STEP_NAMES, JournalError
from station.journal.schema import check_supported, read_version
from station.journal.terminal import plain_console

ExportFormat = Literal["csv", "jsonl"]
Progress = Callable[[int, int], None]

BASE_COLUMNS: tuple[str, ...] = (
    "attempt_id",
    "station_id",
    "started_at",
    "finished_at",
    "duration_s",
    "slot",
    "operator",
    "target_name",
    "realm",
    "pairing_url",
    "device_id",
    "hardware_serial",
    "model",
    "firmware",
    "storage_kind",
    "result",
    "error_class",
    "message",
    "action",
    "fingerprint",
    "link_stats",
    "profile",
    "facts",
)
STEP_COLUMNS: tuple[str, ...] = tuple(f"{name}_s" for name in STEP_NAMES)
#: The CSV's columns; `steps=True` adds the per-step JSON as `steps` before `console_excerpt`.
CSV_COLUMNS: tuple[str, ...] = (*BASE_COLUMNS, *STEP_COLUMNS, "console_excerpt")

_BATCH = 1_000  # rows per write, and how often progress and cancel are looked at

# Text a device, a person or the configuration wrote, in CSV column order: the base columns
# from the slot to the fingerprint (times, durations and JSON are the station's own).
_TEXT_COLUMNS = BASE_COLUMNS[BASE_COLUMNS.index("slot") : BASE_COLUMNS.index("fingerprint") + 1]

_FORMULA_CODES = ", ".join(str(ord(c)) for c in FORMULA_STARTS)
_APOSTROPHE = "''''"  # SQL for a text of one apostrophe


def _iso(us: str) -> str:
    """ISO 8601 UTC with microseconds, as `model.iso` writes it, from integer microseconds."""
    return f"CASE WHEN {us} IS NULL THEN NULL ELSE {iso_from_us_sql(us)} END"


def _guarded(expr: str) -> str:
    """The formula guard of `csv_cells.spreadsheet_safe`, in SQL. `unicode()` reads the first
    character's code point without copying a substring: a third of the CSV query's time went
    to the guard."""
    return (
        f"CASE WHEN unicode({expr}) IN ({_FORMULA_CODES}) THEN {_APOSTROPHE} || {expr} "
        f"ELSE {expr} END"
    )


_DURATION = "(a.finished_us - a.started_us) / 1000000.0"

# Every SQL text below is built from constants (column and step names), never from input.
_STEPS_JSON = f"""(SELECT json_group_array(json_object(
        'step', s.step, 'started_at', {_iso("s.started_us")}, 'duration_s', s.duration_s,
        'ok', json(CASE s.ok WHEN 0 THEN 'false' ELSE 'true' END), 'detail', s.detail))
    FROM (SELECT * FROM steps WHERE attempt_ref = a.id ORDER BY position) AS s)"""  # noqa: S608

_JSONL_SELECT = f"""SELECT json_object(
    'attempt_id', a.attempt_id, 'station_id', a.station_id,
    'started_at', {_iso("a.started_us")}, 'finished_at', {_iso("a.finished_us")},
    'duration_s', {_DURATION}, 'slot', a.slot, 'operator', a.operator,
    'target_name', a.target_name, 'realm', a.realm, 'pairing_url', a.pairing_url,
    'device_id', a.device_id, 'hardware_serial', a.hardware_serial, 'model', a.model,
    'firmware', a.firmware, 'storage_kind', a.storage_kind, 'profile', a.profile,
    'facts', json(a.facts), 'result', a.result, 'error_class', a.error_class,
    'message', a.message, 'action', a.action, 'fingerprint', a.fingerprint,
    'link_stats', json(a.link_stats), 'steps', json({_STEPS_JSON}),
    'console_excerpt', plain_console(a.console_excerpt))
FROM {{source}} AS a ORDER BY a.started_us, a.id"""  # noqa: S608


def _csv_select(steps: bool) -> str:
    """The CSV's cells for each attempt, ready for `csv.writer`.

    The step totals come from a join grouped by attempt, in the time order the index already
    gives, so each attempt's steps are read once and nothing is sorted.
    """
    cells = [
        "a.attempt_id",
        "a.station_id",
        _iso("a.started_us"),
        _iso("a.finished_us"),
        _DURATION,
        *(_guarded(f"a.{c}") for c in _TEXT_COLUMNS),
        "json(a.link_stats)",
        _guarded("a.profile"),
        "json(a.facts)",
        *(f"sum(t.duration_s) FILTER (WHERE t.step = '{name}')" for name in STEP_NAMES),
    ]
    if steps:
        cells.append(_STEPS_JSON)
    cells.append(_guarded("plain_console(a.console_excerpt)"))
    return (
        f"SELECT {', '.join(cells)} FROM {{source}} AS a "  # noqa: S608
        "LEFT JOIN steps AS t ON t.attempt_ref = a.id "
        "GROUP BY a.started_us, a.id ORDER BY a.started_us, a.id"
    )


def export(
    journal_path: Path,
    destination: Path | IO[str],
    attempt_filter: AttemptFilter = EVERYTHING,
    *,
    format: ExportFormat = "csv",
    steps: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Export the attempts `attempt_filter` selects, oldest first; returns how many.

    `steps` adds the per-step JSON to a CSV (JSON Lines always has it). A `Path` destination
    is written to a temporary file beside it and renamed into place only when the export
    completes, so a cancelled or failed export never leaves half a file.
    """
    if format not in ("csv", "jsonl"):
        raise ValueError(f"unknown export format {format!r}")
    journal_path = Path(journal_path)
    if not journal_path.exists():
        raise JournalError(f"There is no journal at {journal_path}.", "Check the journal path.")
    check_supported(journal_path, read_version(journal_path))
    if format == "csv":
        columns = (*CSV_COLUMNS[:-1], "steps", CSV_COLUMNS[-1]) if steps else CSV_COLUMNS
        query = (_csv_select(steps), columns)
    else:
        query = (_JSONL_SELECT, ())
    if isinstance(destination, Path):
        with replace_when_complete(destination, "the export") as stream:
            return _write(journal_path, stream, attempt_filter, query, progress, cancel)
    return _write(journal_path, destination, attempt_filter, query, progress, cancel)


def _write(  # noqa: PLR0917 - private, called twice from `export`
    journal_path: Path,
    stream: IO[str],
    attempt_filter: AttemptFilter,
    query: tuple[str, tuple[str, ...]],
    progress: Progress | None,
    cancel: CancelToken | None,
) -> int:
    select, columns = query
    conn = sqlite3.connect(f"{journal_path.resolve().as_uri()}?mode=ro", uri=True)
    # The journal keeps the console as captured; people read it without terminal control codes.
    conn.create_function("plain_console", 1, plain_console, deterministic=True)
    try:
        conn.execute("BEGIN")  # one snapshot: the count and the rows agree while the station writes
        where, params = attempt_filter.where()
        (total,) = conn.execute(
            f"SELECT COUNT(*) FROM attempts WHERE {where}",  # noqa: S608
            params,
        ).fetchone()
        # The filter names `attempts`' own columns; applied inside the source they stay
        # unambiguous beside the joined steps.
        source = f"(SELECT * FROM {_attempts(conn)} WHERE {where})"  # noqa: S608
        rows = conn.execute(select.format(source=source), params)
        write = _csv_rows(stream, columns) if columns else _json_lines(stream)
        done = 0
        while batch := rows.fetchmany(_BATCH):
            write(batch)
            done += len(batch)
            if progress is not None:
                progress(done, total)
            if cancel is not None:
                cancel.check()
        if progress is not None and done == 0:
            progress(0, total)
        if cancel is not None:
            cancel.check()  # a cancel that came during the last rows still wins
        return done
    except sqlite3.Error as exc:
        raise JournalError(
            f"Cannot read the journal {journal_path} for export: {exc}.",
            "Try again; if it persists, run `station journal verify`.",
        ) from exc
    finally:
        conn.close()


def _csv_rows(stream: IO[str], columns: tuple[str, ...]) -> Callable[[list[Any]], None]:
    writer = csv.writer(stream, lineterminator="\r\n")  # CRLF: RFC 4180, what spreadsheets expect
    writer.writerow(columns)
    return writer.writerows


def _json_lines(stream: IO[str]) -> Callable[[list[Any]], None]:
    def write(batch: list[Any]) -> None:
        stream.write("\n".join(r[0] for r in batch) + "\n")

    return write


def _attempts(conn: sqlite3.Connection) -> str:
    """`attempts`, or for a journal from before profiles (an old copy an export only reads,
    never migrates) the same with those columns empty."""
    columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(attempts)")}
    if {"profile", "facts"} <= columns:
        return "attempts"
    return "(SELECT *, NULL AS profile, '{}' AS facts FROM attempts)"


def export_text(
    journal_path: Path,
    attempt_filter: AttemptFilter = EVERYTHING,
    *,
    format: ExportFormat,
    steps: bool = False,
) -> str:
    """The whole export as one string (small selections, tests and previews)."""
    buffer = io.StringIO()
    export(journal_path, buffer, attempt_filter, format=format, steps=steps)
    return buffer.getvalue()
