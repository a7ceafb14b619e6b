"""Streaming export of filtered attempts to CSV or JSON Lines, one line per attempt.

Rows are read from a connection of the export's own and written as they come, so a million
attempts export in constant memory, off the GUI thread, with progress and cancel. Exports hold
fingerprints, never secrets (the journal holds none).

SQLite writes each line whole (`export_lines.py`), and Python writes a batch of lines at a time:
per-row Python (datetimes, dicts, `json.loads`/`dumps`, `csv.writer`) used to cost more than the
query itself. In CSV every cell but a number is quoted (RFC 4180 allows it; it is what
`csv.QUOTE_NONNUMERIC` writes), text with the formula guard of `csv_cells`. The per-step JSON,
most of a line's bytes, is always in JSON Lines and only on request in CSV: the per-step
durations are CSV columns already.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import IO, Literal

from station.cancel import CancelToken
from station.journal.atomic import replace_when_complete
from station.journal.attempt_query import EVERYTHING, AttemptFilter
from station.journal.csv_cells import spreadsheet_safe
from station.journal.export_lines import JSONL_LINE_SQL, TEXT_COLUMNS, csv_line_sql
from station.journal.model import STEP_NAMES, JournalError
from station.journal.schema import check_supported, read_version
from station.journal.terminal import plain_console
from station.text import Text

ExportFormat = Literal["csv", "jsonl"]
Progress = Callable[[int, int], None]

# The order `export_lines.csv_line_sql` writes the cells in.
BASE_COLUMNS: tuple[str, ...] = (
    "attempt_id",
    "station_id",
    "started_at",
    "finished_at",
    "duration_s",
    *TEXT_COLUMNS,
    "link_stats",
    "profile",
    "facts",
)
STEP_COLUMNS: tuple[str, ...] = tuple(f"{name}_s" for name in STEP_NAMES)
#: The CSV's columns; `steps=True` adds the per-step JSON as `steps` before `console_excerpt`.
CSV_COLUMNS: tuple[str, ...] = (*BASE_COLUMNS, *STEP_COLUMNS, "console_excerpt")

_BATCH = 1_000  # lines per write, and how often progress and cancel are looked at


def _console_cell(text: str) -> str:
    """A console excerpt as people read it, as a CSV cell: plain text, formula-guarded."""
    return spreadsheet_safe(plain_console(text))


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
        raise JournalError(
            Text.of("journal.none", path=str(journal_path)), Text.of("journal.none.check.action")
        )
    check_supported(journal_path, read_version(journal_path))
    if format == "csv":
        columns = (*CSV_COLUMNS[:-1], "steps", CSV_COLUMNS[-1]) if steps else CSV_COLUMNS
        # Every cell but a number is quoted, the header's too. CRLF as RFC 4180 says.
        query = (csv_line_sql(steps), ",".join(f'"{c}"' for c in columns) + "\r\n", "\r\n")
    else:
        query = (JSONL_LINE_SQL, "", "\n")
    if isinstance(destination, Path):
        with replace_when_complete(destination, Text.of("journal.file.export")) as stream:
            return _write(journal_path, stream, attempt_filter, query, progress, cancel)
    return _write(journal_path, destination, attempt_filter, query, progress, cancel)


def _write(  # noqa: PLR0917 - private, called twice from `export`
    journal_path: Path,
    stream: IO[str],
    attempt_filter: AttemptFilter,
    query: tuple[str, str, str],
    progress: Progress | None,
    cancel: CancelToken | None,
) -> int:
    select, header, end = query
    where, params = attempt_filter.where()
    conn = sqlite3.connect(f"{journal_path.resolve().as_uri()}?mode=ro", uri=True)
    # The journal keeps the console as captured; people read it without terminal control codes.
    conn.create_function("plain_console", 1, plain_console, deterministic=True)
    conn.create_function("console_cell", 1, _console_cell, deterministic=True)
    try:
        conn.execute("BEGIN")  # one snapshot: the count and the rows agree while the station writes
        (total,) = conn.execute(
            f"SELECT COUNT(*) FROM attempts WHERE {where}",  # noqa: S608
            params,
        ).fetchone()
        # The filter names `attempts`' own columns; applied inside the source they stay
        # unambiguous beside the joined steps.
        source = f"(SELECT * FROM {_attempts(conn)} WHERE {where})"  # noqa: S608
        rows = conn.execute(select.format(source=source), params)
        stream.write(header)
        done = 0
        while batch := rows.fetchmany(_BATCH):
            stream.write(end.join([line for (line,) in batch]) + end)
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
            Text.of("journal.export.cannot_read", path=str(journal_path), reason=str(exc)),
            Text.of("journal.export.cannot_read.action"),
        ) from exc
    finally:
        conn.close()


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
