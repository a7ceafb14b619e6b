"""The read-only connection every journal reader (QA view, audit view, CLI queries) stands on.

Readers never share the station writer's connection: each opens the file with `mode=ro`, so a
bug in a viewer can never write, and each serialises its own calls with a lock so one instance
may be handed between threads.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from station.journal.model import JournalError
from station.journal.schema import (
    COMPACT_EVENTS,
    COMPACT_EVENTS_VIEW,
    add_intent_records_view,
    check_supported,
    read_version,
)
from station.text import Text


def open_read_only(path: Path) -> sqlite3.Connection:
    """A `mode=ro` connection to an existing journal of a version this station can read."""
    if not path.exists():
        raise JournalError(Text.of("journal.none", path=str(path)), Text.of("journal.none.action"))
    version = read_version(path)
    check_supported(path, version)
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        conn.execute("PRAGMA busy_timeout = 10000")
        if 0 < version < COMPACT_EVENTS:
            # Not upgraded yet (the station does that when it next opens it): read its events
            # as compact ones, so every reader's questions work on it unchanged.
            conn.execute(COMPACT_EVENTS_VIEW)
        if version > 0:
            add_intent_records_view(conn, version)
    except sqlite3.Error as exc:
        raise JournalError(
            Text.of("journal.cannot_open", path=str(path), reason=str(exc)),
            Text.of("journal.check_the_path.action"),
        ) from exc
    return conn


class JournalReader:
    """A read-only connection with its lock; subclasses add the questions they ask."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path
        self._lock = threading.Lock()
        self._closed = False

    @classmethod
    def open(cls, path: Path) -> Self:
        path = Path(path)
        return cls(open_read_only(path), path)

    @property
    def path(self) -> Path:
        return self._path

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
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

    def _execute(self, sql: str, params: Sequence[Any]) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise self._read_error(exc) from exc

    def _read_error(self, exc: sqlite3.Error) -> JournalError:
        return JournalError(
            Text.of("journal.cannot_read", path=str(self._path), reason=str(exc)),
            Text.of("journal.cannot_read.action"),
        )
