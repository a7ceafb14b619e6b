"""Streaming export of filtered attempts to CSV or JSON Lines, one line per attempt.

Rows are read from a connection of the export's own and written as they come, so a million
attempts export in constant memory, off the GUI thread, with progress and cancel. Exports hold
fingerprints, never secrets (the journal holds none).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

from station.cancel import CancelToken
from station.journal.atomic import replace_when_complete
from station.journal.csv_cells import spreadsheet_safe
from station.journal.model import STEP_NAMES, JournalError, from_us, iso
from station.journal.query import EVERYTHING, AttemptFilter
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
)
STEP_COLUMNS: tuple[str, ...] = tuple(f"{name}_s" for name in STEP_NAMES)
CSV_COLUMNS: tuple[str, ...] = (*BASE_COLUMNS, *STEP_COLUMNS, "steps", "console_excerpt")

_REPORT_EVERY = 1_000

_SELECT = """
SELECT attempt_id, station_id, started_us, finished_us, slot, operator, target_name, realm,
       pairing_url, device_id, hardware_serial, model, firmware, storage_kind, result,
       error_class, message, action, fingerprint, link_stats, console_excerpt,
       (SELECT json_group_array(json_array(step, started_us, duration_s, ok, detail))
          FROM (SELECT * FROM steps WHERE attempt_ref = attempts.id ORDER BY position))
FROM attempts
"""


def export(
    journal_path: Path,
    destination: Path | IO[str],
    attempt_filter: AttemptFilter = EVERYTHING,
    *,
    format: ExportFormat = "csv",
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Export the attempts `attempt_filter` selects, oldest first; returns how many.

    A `Path` destination is written to a temporary file beside it and renamed into place only
    when the export completes, so a cancelled or failed export never leaves half a file.
    """
    if format not in ("csv", "jsonl"):
        raise ValueError(f"unknown export format {format!r}")
    journal_path = Path(journal_path)
    if not journal_path.exists():
        raise JournalError(f"There is no journal at {journal_path}.", "Check the journal path.")
    check_supported(journal_path, read_version(journal_path))
    if isinstance(destination, Path):
        return _export_to_path(
            journal_path,
            destination=destination,
            attempt_filter=attempt_filter,
            fmt=format,
            progress=progress,
            cancel=cancel,
        )
    return _export_to_stream(
        journal_path,
        stream=destination,
        attempt_filter=attempt_filter,
        fmt=format,
        progress=progress,
        cancel=cancel,
    )


def _export_to_path(
    journal_path: Path,
    *,
    destination: Path,
    attempt_filter: AttemptFilter,
    fmt: ExportFormat,
    progress: Progress | None,
    cancel: CancelToken | None,
) -> int:
    with replace_when_complete(destination, "the export") as stream:
        return _export_to_stream(
            journal_path,
            stream=stream,
            attempt_filter=attempt_filter,
            fmt=fmt,
            progress=progress,
            cancel=cancel,
        )


def _export_to_stream(
    journal_path: Path,
    *,
    stream: IO[str],
    attempt_filter: AttemptFilter,
    fmt: ExportFormat,
    progress: Progress | None,
    cancel: CancelToken | None,
) -> int:
    conn = sqlite3.connect(f"{journal_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("BEGIN")  # one snapshot: the count and the rows agree while the station writes
        where, params = attempt_filter.where()
        (total,) = conn.execute(
            f"SELECT COUNT(*) FROM attempts WHERE {where}",  # noqa: S608
            params,
        ).fetchone()
        rows = conn.execute(f"{_SELECT} WHERE {where} ORDER BY started_us, id", params)
        writer = _csv_writer(stream) if fmt == "csv" else _jsonl_writer(stream)
        done = 0
        for record in _records(rows):
            writer(record)
            done += 1
            if done % _REPORT_EVERY == 0:
                if progress is not None:
                    progress(done, total)
                if cancel is not None:
                    cancel.check()
        if progress is not None:
            progress(done, total)
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


def _records(rows: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    for r in rows:
        started = from_us(r[2])
        finished = None if r[3] is None else from_us(r[3])
        steps = [
            {
                "step": s[0],
                "started_at": iso(from_us(s[1])),
                "duration_s": s[2],
                "ok": bool(s[3]),
                "detail": s[4],
            }
            for s in json.loads(r[21])
        ]
        yield {
            "attempt_id": r[0],
            "station_id": r[1],
            "started_at": iso(started),
            "finished_at": None if finished is None else iso(finished),
            "duration_s": None if finished is None else (finished - started).total_seconds(),
            "slot": r[4],
            "operator": r[5],
            "target_name": r[6],
            "realm": r[7],
            "pairing_url": r[8],
            "device_id": r[9],
            "hardware_serial": r[10],
            "model": r[11],
            "firmware": r[12],
            "storage_kind": r[13],
            "result": r[14],
            "error_class": r[15],
            "message": r[16],
            "action": r[17],
            "fingerprint": r[18],
            "link_stats": json.loads(r[19]),
            "steps": steps,
            "console_excerpt": plain_console(r[20]),  # the journal keeps it as captured
        }


def _csv_writer(stream: IO[str]) -> Callable[[dict[str, Any]], None]:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)

    def write(record: dict[str, Any]) -> None:
        durations: dict[str, float] = {}
        for step in record["steps"]:
            # A repeated step (a retry inside one attempt) reports its total time.
            durations[step["step"]] = durations.get(step["step"], 0.0) + step["duration_s"]
        cells: list[Any] = [_cell(record[c]) for c in BASE_COLUMNS]
        cells.extend(_cell(durations.get(name)) for name in STEP_NAMES)
        cells.append(json.dumps(record["steps"], ensure_ascii=False, separators=(",", ":")))
        cells.append(spreadsheet_safe(record["console_excerpt"]))
        writer.writerow(cells)

    return write


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, separators=(",", ":"))
    if isinstance(value, str):
        return spreadsheet_safe(value)
    return value


def _jsonl_writer(stream: IO[str]) -> Callable[[dict[str, Any]], None]:
    def write(record: dict[str, Any]) -> None:
        stream.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        stream.write("\n")

    return write


def export_text(
    journal_path: Path, attempt_filter: AttemptFilter = EVERYTHING, *, format: ExportFormat
) -> str:
    """The whole export as one string (small selections, tests and previews)."""
    buffer = io.StringIO()
    export(journal_path, buffer, attempt_filter, format=format)
    return buffer.getvalue()
