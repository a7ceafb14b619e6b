"""The outbox: journal events a central store has not acknowledged yet.

The events table is the outbox; a cursor in `meta` (`shipped_through`) says how far a central
store has confirmed it. A fleet shipper reads `events_after(cursor)` in sequence order, stores
them centrally (idempotently, keyed by `journal_id` and `seq`), then calls `mark_shipped(seq)`.
Shipping thereby empties the outbox with one small write, and an event costs no outbox row.

The shipper runs beside the slots: it has a connection of its own, reads without blocking the
writer (WAL), and takes the write lock only for the cursor.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from station.journal.chain import EVENT_ROWS_SQL
from station.journal.connection import failure, open_for_writing
from station.journal.model import OutboxItem, iso
from station.text import Text


class Outbox:
    """What is still to ship from one journal file. Open it with `Outbox.open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path
        self._lock = threading.Lock()
        (self.journal_id,) = conn.execute(
            "SELECT value FROM meta WHERE key = 'journal_id'"
        ).fetchone()

    @classmethod
    def open(cls, path: Path, *, station_id: str) -> Outbox:
        path = Path(path)
        conn = open_for_writing(path, station_id=station_id, created_at=iso(datetime.now(UTC)))
        return cls(conn, path)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def shipped_through(self) -> int:
        """The last sequence number the central store has confirmed (0 for none)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT value FROM meta WHERE key = 'shipped_through'"
            ).fetchone()
        return 0 if row is None else int(row[0])

    def pending(self, limit: int = 500) -> list[OutboxItem]:
        """The oldest events not shipped yet, at most `limit`, in sequence order."""
        return self.events_after(self.shipped_through(), limit)

    def events_after(self, seq: int, limit: int = 500) -> list[OutboxItem]:
        """Events with a sequence number above `seq`, oldest first, at most `limit`.

        Sequence numbers are dense (1, 2, 3, ...) and never reused, so a shipper that remembers
        the last one it stored can always continue from there.
        """
        with self._lock:
            try:
                rows = self._conn.execute(
                    f"{EVENT_ROWS_SQL} WHERE e.seq > ? ORDER BY e.seq LIMIT ?",
                    (int(seq), int(limit)),
                ).fetchall()
            except sqlite3.Error as exc:
                message = Text.of("journal.cannot_read", path=str(self._path), reason=str(exc))
                raise failure(self._path, message, exc) from exc
        return [
            OutboxItem(
                seq=r[0],
                at=r[1],
                attempt_id=r[2],
                kind=r[3],
                payload=json.loads(r[4]),
                hash=bytes(r[5]).hex(),
            )
            for r in rows
        ]

    def mark_shipped(self, through_seq: int) -> None:
        """Record that the central store holds every event up to and including `through_seq`.

        The cursor never moves back (a late acknowledgement of an older batch changes nothing)
        and never past the newest event (nothing unwritten can have been shipped).
        """
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                (head,) = self._conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()
                if through_seq > head:
                    self._conn.execute("ROLLBACK")
                    raise ValueError(
                        f"cannot mark record {through_seq} shipped: the journal ends at {head}"
                    )
                self._conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('shipped_through', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                    "WHERE CAST(value AS INTEGER) < CAST(excluded.value AS INTEGER)",
                    (str(int(through_seq)),),
                )
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                message = Text.of("journal.outbox.cannot_update", reason=str(exc))
                raise failure(self._path, message, exc) from exc
