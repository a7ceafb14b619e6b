"""Exports from the central database: the same CSV and JSON Lines files a journal gives, with
every station's attempts.

The columns, their order and their formats are `station.journal.export`'s (a QA tool reading a
station's export reads the fleet's). Rows come from the shipped events, replayed per attempt
(`qa_replay.py`), streamed through a server-side cursor in one read snapshot, so a large export
runs in constant memory and its count and rows agree while stations keep shipping.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import psycopg

from station.cancel import CancelToken
from station.fleet import qa_filter
from station.fleet.connect import explain_db_error
from station.fleet.qa_replay import CentralEvent, replay
from station.journal.atomic import replace_when_complete
from station.journal.attempt_query import AttemptFilter
from station.journal.csv_cells import spreadsheet_safe
from station.journal.export import CSV_COLUMNS, ExportFormat
from station.journal.model import STEP_NAMES, AttemptDetail, iso
from station.journal.terminal import plain_console

Conn = psycopg.Connection[tuple[Any, ...]]
Progress = Callable[[int, int], None]

_BATCH = 1_000


def export_fleet(
    conn: Conn,
    destination: Path | IO[str],
    attempt_filter: AttemptFilter,
    *,
    format: ExportFormat = "csv",
    steps: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Export the attempts `attempt_filter` selects at the centre, oldest first; returns how
    many. A `Path` destination appears only once the export is complete."""
    if format not in ("csv", "jsonl"):
        raise ValueError(f"unknown export format {format!r}")
    if isinstance(destination, Path):
        with replace_when_complete(destination, "the export") as stream:
            return _write(conn, stream, attempt_filter, format, steps, progress, cancel)
    return _write(conn, destination, attempt_filter, format, steps, progress, cancel)


def _write(  # noqa: PLR0917 - private, called twice from `export_fleet`
    conn: Conn,
    stream: IO[str],
    attempt_filter: AttemptFilter,
    format: ExportFormat,
    steps: bool,
    progress: Progress | None,
    cancel: CancelToken | None,
) -> int:
    where, params = qa_filter.where(attempt_filter)
    if format == "csv":
        columns = (*CSV_COLUMNS[:-1], "steps", CSV_COLUMNS[-1]) if steps else CSV_COLUMNS
        # Every cell but a number quoted, as the station's export writes it.
        writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(columns)

        def write(detail: AttemptDetail) -> None:
            writer.writerow(csv_cells(detail, steps=steps))
    else:

        def write(detail: AttemptDetail) -> None:
            stream.write(json_line(detail) + "\n")

    done = 0
    try:
        with conn.transaction():
            row = conn.execute(
                f"SELECT count(*) FROM fleet.attempts WHERE {where}".encode(),  # noqa: S608
                params,
            ).fetchone()
            total = 0 if row is None else int(row[0])
            for detail in _details(conn, where, params):
                write(detail)
                done += 1
                if done % _BATCH == 0:
                    if progress is not None:
                        progress(done, total)
                    if cancel is not None:
                        cancel.check()
    except psycopg.Error as exc:
        raise explain_db_error(exc, conn.info.user) from exc
    if progress is not None:
        progress(done, total)
    if cancel is not None:
        cancel.check()  # a cancel that came during the last rows still wins
    return done


def _details(conn: Conn, where: str, params: list[Any]) -> Iterator[AttemptDetail]:
    """Each selected attempt's detail, oldest first, from one pass over their events."""
    sql = (
        "SELECT a.station_id, a.journal_id, a.attempt_id, e.seq, e.kind, e.station_ts, "  # noqa: S608
        "e.payload FROM (SELECT station_id, journal_id, attempt_id, started_at "
        f"FROM fleet.attempts WHERE {where}) AS a "
        "JOIN fleet.events AS e ON e.station_id = a.station_id "
        "AND e.journal_id = a.journal_id AND e.attempt_id = a.attempt_id "
        "ORDER BY a.started_at, a.station_id, a.journal_id, a.attempt_id, e.seq"
    )
    with conn.cursor(name="qa_export") as cursor:
        cursor.itersize = _BATCH * 8
        cursor.execute(sql.encode(), params)
        key: tuple[Any, ...] | None = None
        events: list[CentralEvent] = []
        for station, journal, attempt, seq, kind, ts, payload in cursor:
            if (station, journal, attempt) != key:
                if key is not None:
                    yield replay(str(key[0]), str(key[2]), events)
                key, events = (station, journal, attempt), []
            events.append(CentralEvent(int(seq), str(kind), ts, _payload(payload)))
        if key is not None:
            yield replay(str(key[0]), str(key[2]), events)


def _payload(value: Any) -> dict[str, Any]:
    return dict(json.loads(value) if isinstance(value, str | bytes) else value)


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _sorted(mapping: dict[str, Any]) -> dict[str, Any]:
    """Keys in order, as the journal stores them (the centre's jsonb keeps its own order)."""
    return dict(sorted(mapping.items()))


def _text(value: str | None) -> str | None:
    return None if value is None else spreadsheet_safe(value)


def _steps_json(detail: AttemptDetail) -> list[dict[str, Any]]:
    return [
        {
            "step": s.step,
            "started_at": iso(s.started_at),
            "duration_s": s.duration_s,
            "ok": s.ok,
            "detail": s.detail,
        }
        for s in detail.steps
    ]


def csv_cells(detail: AttemptDetail, *, steps: bool) -> list[Any]:
    """One CSV row, in `station.journal.export.CSV_COLUMNS` order (with `steps` if asked)."""
    r = detail.row
    totals: dict[str, float] = {}
    for s in detail.steps:
        totals[s.step] = totals.get(s.step, 0.0) + s.duration_s
    cells: list[Any] = [
        r.attempt_id,
        r.station_id,
        iso(r.started_at),
        None if r.finished_at is None else iso(r.finished_at),
        r.duration_s,
        *(
            _text(value)
            for value in (
                r.slot,
                r.operator,
                r.target_name,
                r.realm,
                r.pairing_url,
                r.device_id,
                r.hardware_serial,
                r.model,
                r.firmware,
                r.storage_kind,
                r.result,
                r.error_class,
                r.message,
                r.action,
                r.fingerprint,
            )
        ),
        _compact(_sorted(detail.link_stats)) if r.finished else None,
        _text(detail.profile),
        _compact(_sorted(detail.facts)),
        *(totals.get(name) for name in STEP_NAMES),
    ]
    if steps:
        cells.append(_compact(_steps_json(detail)))
    cells.append(spreadsheet_safe(plain_console(detail.console_excerpt)))
    return cells


def json_line(detail: AttemptDetail) -> str:
    """One JSON Lines record, with the keys in `station.journal.export`'s order."""
    r = detail.row
    return _compact(
        {
            "attempt_id": r.attempt_id,
            "station_id": r.station_id,
            "started_at": iso(r.started_at),
            "finished_at": None if r.finished_at is None else iso(r.finished_at),
            "duration_s": r.duration_s,
            "slot": r.slot,
            "operator": r.operator,
            "target_name": r.target_name,
            "realm": r.realm,
            "pairing_url": r.pairing_url,
            "device_id": r.device_id,
            "hardware_serial": r.hardware_serial,
            "model": r.model,
            "firmware": r.firmware,
            "storage_kind": r.storage_kind,
            "profile": detail.profile,
            "facts": _sorted(detail.facts),
            "result": r.result,
            "error_class": r.error_class,
            "message": r.message,
            "action": r.action,
            "fingerprint": r.fingerprint,
            "link_stats": _sorted(detail.link_stats) if r.finished else None,
            "steps": _steps_json(detail),
            "console_excerpt": plain_console(detail.console_excerpt),
        }
    )
