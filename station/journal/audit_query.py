"""Privileged events as QA reads them: filter, list lazily, and write out.

Sign-ins, target changes, key imports, token changes, overrides and unregisters are journal
events in the `audit` table (chained like every record). A year of a busy line holds tens of
thousands; the QA view keeps only their sequence numbers (an `array('q')`) and fetches rows a
page at a time by primary key, like the attempts table. The connection is read-only.
"""

from __future__ import annotations

import csv
import json
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Literal

from station.journal.atomic import replace_when_complete
from station.journal.csv_cells import spreadsheet_safe
from station.journal.model import AuditEvent, iso, to_us
from station.journal.read_only import JournalReader
from station.journal.row_mapping import AUDIT_COLUMNS, audit_event
from station.text import Text

AuditFormat = Literal["table", "jsonl", "csv"]
AUDIT_FORMATS: tuple[AuditFormat, ...] = ("table", "jsonl", "csv")

#: The kinds the station writes (older journals may hold others; filters accept those too).
AUDIT_KINDS: tuple[str, ...] = (
    "signin",
    "signin_failed",
    "signin_locked",
    "signout",
    "role_password_change",
    "target_change",
    "active_target_change",
    "key_import",
    "token_change",
    "override",
    "unregister",
    "unregister_failed",
    "label_print",
    "label_reprint",
    "label_check",
    "mes_offline_allowed",
    "mes_result",
    "mes_result_ack",
    "mes_override",
    "line_settings_change",
)
CSV_COLUMNS: tuple[str, ...] = ("seq", "at", "kind", "actor", "reason", "details")
_CHUNK = 500  # seqs per `IN (...)`, well under SQLite's variable limit


@dataclass(frozen=True)
class AuditFilter:
    """Which privileged events to show; the default selects all of them.

    `since` is inclusive, `until` exclusive. `actor` is a case-insensitive substring, because
    the journal names an actor with their role ("Sam Lee (supervisor)") and a failed sign-in
    with the typed name only.
    """

    kinds: frozenset[str] = frozenset()
    since: datetime | None = None
    until: datetime | None = None
    actor: str = ""

    def __post_init__(self) -> None:
        for moment in (self.since, self.until):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("filter times must be timezone-aware")

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.kinds:
            kinds = sorted(self.kinds)
            clauses.append(f"kind IN ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        if self.since is not None:
            clauses.append("at_us >= ?")
            params.append(to_us(self.since))
        if self.until is not None:
            clauses.append("at_us < ?")
            params.append(to_us(self.until))
        actor = self.actor.strip()
        if actor:
            escaped = actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            clauses.append("actor LIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
        return (" AND ".join(clauses) or "1"), params


ALL_EVENTS = AuditFilter()


class AuditReader(JournalReader):
    """A read-only connection to a journal's privileged events. Calls are serialised; give a
    worker thread that runs long queries its own reader."""

    def head(self) -> int:
        """The newest event's sequence number (0 for none): a cheap "anything new?" check."""
        with self._lock:
            (seq,) = self._execute("SELECT COALESCE(MAX(seq), 0) FROM audit", []).fetchone()
        return int(seq)

    def count(self, audit_filter: AuditFilter = ALL_EVENTS) -> int:
        where, params = audit_filter.where()
        with self._lock:
            (n,) = self._execute(
                f"SELECT COUNT(*) FROM audit WHERE {where}",  # noqa: S608
                params,
            ).fetchone()
        return int(n)

    def seqs(
        self, audit_filter: AuditFilter = ALL_EVENTS, *, newest_first: bool = True
    ) -> array[int]:
        """Sequence numbers of the selected events, in display order (journal order is time
        order: events are appended as they happen)."""
        where, params = audit_filter.where()
        direction = "DESC" if newest_first else "ASC"
        found = array("q")
        with self._lock:
            cursor = self._execute(
                f"SELECT seq FROM audit WHERE {where} ORDER BY seq {direction}",  # noqa: S608
                params,
            )
            while batch := cursor.fetchmany(10_000):
                found.extend(r[0] for r in batch)
        return found

    def events(self, seqs: Sequence[int]) -> dict[int, AuditEvent]:
        """The events for `seqs` by sequence number (a page of the table)."""
        found: dict[int, AuditEvent] = {}
        with self._lock:
            for start in range(0, len(seqs), _CHUNK):
                chunk = [int(s) for s in seqs[start : start + _CHUNK]]
                marks = ", ".join("?" * len(chunk))
                for row in self._execute(
                    f"SELECT {AUDIT_COLUMNS} FROM audit WHERE seq IN ({marks})",  # noqa: S608
                    chunk,
                ):
                    found[int(row[0])] = audit_event(row)
        return found

    def iter_events(self, audit_filter: AuditFilter = ALL_EVENTS) -> Iterator[AuditEvent]:
        """Every selected event, oldest first, streamed (constant memory).

        The reader is busy until the iteration ends: finish it before other calls.
        """
        where, params = audit_filter.where()
        with self._lock:
            cursor = self._execute(
                f"SELECT {AUDIT_COLUMNS} FROM audit WHERE {where} ORDER BY seq",  # noqa: S608
                params,
            )
            while batch := cursor.fetchmany(1_000):
                yield from (audit_event(row) for row in batch)

    def kinds(self) -> list[str]:
        """The kinds present in this journal (for a filter's choices)."""
        with self._lock:
            return [
                r[0] for r in self._execute("SELECT DISTINCT kind FROM audit ORDER BY kind", [])
            ]


# -- writing events out -----------------------------------------------------------------------


def details_text(details: dict[str, str]) -> str:
    """Details in one line, as a table cell shows them: `key=value; key=value`."""
    return "; ".join(f"{k}={v}" for k, v in details.items())


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def record(event: AuditEvent) -> dict[str, Any]:
    """One event as JSON Lines and CSV write it (time in UTC ISO 8601)."""
    return {
        "seq": event.seq,
        "at": iso(event.at),
        "kind": event.kind,
        "actor": event.actor,
        "reason": event.reason,
        "details": dict(event.details),
    }


def write_events(events: Iterable[AuditEvent], stream: IO[str], fmt: AuditFormat) -> int:
    """Write `events` in `fmt`; returns how many. `table` is for people (local time)."""
    writers: dict[str, Callable[[Iterable[AuditEvent], IO[str]], int]] = {
        "table": _write_table,
        "jsonl": _write_jsonl,
        "csv": _write_csv,
    }
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}")
    return writers[fmt](events, stream)


def _write_jsonl(events: Iterable[AuditEvent], stream: IO[str]) -> int:
    count = 0
    for event in events:
        stream.write(json.dumps(record(event), ensure_ascii=False, separators=(",", ":")) + "\n")
        count += 1
    return count


def _write_csv(events: Iterable[AuditEvent], stream: IO[str]) -> int:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for event in events:
        row = record(event)
        row["details"] = json.dumps(row["details"], ensure_ascii=False, sort_keys=True)
        writer.writerow([_csv_cell(row[c]) for c in CSV_COLUMNS])
        count += 1
    return count


def _csv_cell(value: Any) -> Any:
    return spreadsheet_safe(value) if isinstance(value, str) else value


def _write_table(events: Iterable[AuditEvent], stream: IO[str]) -> int:
    # Widths from the rows themselves would need them all in memory first; fixed widths for
    # the short columns keep the output streaming, the free text goes last.
    stream.write(f"{'TIME':<19}  {'KIND':<20}  {'ACTOR':<28}  REASON | DETAILS\n")
    count = 0
    for event in events:
        reason = event.reason or "-"
        stream.write(
            f"{local_time(event.at):<19}  {event.kind:<20}  {event.actor:<28}  {reason} | "
            f"{details_text(event.details)}".rstrip()
            + "\n"
        )
        count += 1
    return count


def write_events_to_path(events: Iterable[AuditEvent], path: Path, fmt: AuditFormat) -> int:
    """Like `write_events`, into a temporary file renamed over `path` only when complete."""
    with replace_when_complete(path, Text.of("journal.file.events")) as stream:
        return write_events(events, stream, fmt)
