"""Read-only connections for the questions the engine asks while slots write.

The policy step asks two questions of every device (has it passed? which secret did the station
last set out to write to it?). Asked on the writer's connection they waited for its lock, which
a commit holds through its fsync: with 64 slots, up to most of a second. With WAL a reader
never waits for the writer, so they are asked here, each on a connection of its own.

What a reader sees: every commit that ended before its query began. That is what the engine
needs: the records these questions are about (an earlier attempt's intent and finish) were
committed before that attempt released its device, which is before another slot could claim it.
Each query is read to its end, so no connection keeps an old snapshot open between questions.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from station.journal.model import JournalError
from station.journal.read_only import open_read_only
from station.journal.schema import LATEST_INTENT_SQL
from station.text import Text

# Names a failed read (a damaged file as such), as the writer does: `ChainWriter.fail`.
Failure = Callable[[Text, sqlite3.Error], JournalError]


class ReaderPool:
    """Idle read-only connections to one journal, taken by one thread at a time."""

    def __init__(self, path: Path, fail: Failure) -> None:
        self._path = path
        self._fail = fail
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._closed = False

    def latest_intent_fingerprint(self, device_id: str, realm: str) -> str | None:
        """Fingerprint of the last secret this station set out to write to that device."""
        rows = self.rows(LATEST_INTENT_SQL, (device_id, realm))
        return str(rows[0][0]) if rows else None

    def has_passed(self, device_id: str, realm: str) -> bool:
        # RECOVERED is a pass too: the device holds credentials Pairing accepted, and is locked.
        rows = self.rows(
            "SELECT 1 FROM attempts WHERE device_id = ? AND realm = ? "
            "AND result IN ('PASS', 'RECOVERED') LIMIT 1",
            (device_id, realm),
        )
        return bool(rows)

    def rows(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        """All rows of one query, read in one snapshot."""
        try:
            return self._rows(sql, params)
        except sqlite3.Error as exc:
            said = Text.of("journal.cannot_read", path=str(self._path), reason=str(exc))
            raise self._fail(said, exc) from exc

    def _rows(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        with self._lock:
            if self._closed:
                raise RuntimeError("the journal is closed")
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = open_read_only(self._path)
        try:
            rows: list[tuple[Any, ...]] = conn.execute(sql, params).fetchall()
        except BaseException:
            conn.close()  # a connection that failed is not handed out again
            raise
        with self._lock:
            if not self._closed:
                self._idle.append(conn)
                return rows
        conn.close()
        return rows

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
