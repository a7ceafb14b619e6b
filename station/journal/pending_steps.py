"""Steps waiting to be folded into their attempt's next record.

A step is a timing note for QA: nothing the engine does next depends on it being on disk. Each
used to be a hash-chained record of its own, committed alone: about nine of an attempt's twelve
records, most of the journal's bytes and most of its commits. Now a step waits here, in memory,
and is written inside the attempt's next record (the device, the intent or the finish), in the
same transaction. The intent is still its own durable record before the device write, exactly
as before; a crash loses at most the steps since the attempt's last record, never a record the
engine relies on.

A record carries them in the order they were recorded, in the compact form (`record_form.py`;
records written before it hold `"steps": [[step, started_us, duration_s, ok, detail], ...]`);
`verify` replays either into the `steps` table.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from typing import Any

Step = list[Any]  # [step, started_us, duration_s, ok, detail], as held and as the table keeps it


class PendingSteps:
    """Steps recorded but not yet written, by attempt ID; shared by the slot threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._steps: dict[str, list[Step]] = {}

    def open(self, attempt_id: str) -> None:
        """An attempt this writer began: its steps may be held without asking the file."""
        with self._lock:
            self._steps.setdefault(attempt_id, [])

    def add(self, attempt_id: str, step: Step) -> bool:
        """Hold `step`; False if this writer does not know the attempt (the caller checks the
        file, then calls `open`)."""
        with self._lock:
            held = self._steps.get(attempt_id)
            if held is None:
                return False
            held.append(step)
            return True

    def take(self, attempt_id: str) -> list[Step]:
        with self._lock:
            held = self._steps.get(attempt_id)
            if not held:
                return []
            self._steps[attempt_id] = []
            return held

    def put_back(self, attempt_id: str, steps: list[Step]) -> None:
        """Steps taken for a record that was not written: they go with the next one."""
        if steps:
            with self._lock:
                self._steps[attempt_id] = [*steps, *self._steps.get(attempt_id, [])]

    def close(self, attempt_id: str) -> None:
        with self._lock:
            self._steps.pop(attempt_id, None)


def insert_steps(conn: sqlite3.Connection, ref: int, steps: Sequence[Step]) -> None:
    """The `steps` rows of the steps a record carries, after the attempt's earlier ones."""
    if not steps:
        return
    (first,) = conn.execute(
        "SELECT COALESCE(MAX(position) + 1, 0) FROM steps WHERE attempt_ref = ?", (ref,)
    ).fetchone()
    conn.executemany(
        "INSERT INTO steps (attempt_ref, position, step, started_us, duration_s, ok, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (ref, first + n, name, started_us, duration_s, int(ok), detail)
            for n, (name, started_us, duration_s, ok, detail) in enumerate(steps)
        ],
    )
