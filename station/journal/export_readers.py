"""An export's lines read on several connections at once, written in order.

SQLite formats every line (`export_lines.py`): on one connection that is one core, and the
file writes wait behind it. A large export is cut into spans of start time; reader threads
each take the next span on a connection of their own, while the caller's thread writes the
finished spans in order. `sqlite3` lets go of the GIL while SQLite works, so the readers run on
every core of the station PC, and the writes overlap them.

Every reader sees the snapshot the attempts were counted in: the other connections start their
read transactions right after the counting one, and must all see its last record (`max(seq)`);
every change to the tables an export reads is written with a record, so the same last record
means the same content. If the station commits in between, they all start again; after a few
tries the export reads everything on the one connection that counts.

Memory stays bounded: a span holds at most `_QUEUED` batches before its reader waits, and
readers start at most `_AHEAD` spans beyond the one being written.
"""

from __future__ import annotations

import itertools
import os
import queue
import sqlite3
import threading
from collections.abc import Callable, Generator, Sequence
from contextlib import suppress
from typing import Any

SPAN_ROWS = 2_000  # attempts per span, on average
BATCH = 1_000  # lines per write, and how often progress and cancel are looked at
_QUEUED = 8
_AHEAD = 8
_TRIES = 5
_WAIT_S = 0.1  # how often a waiting thread looks whether the export has stopped

Batch = tuple[int, str]  # (lines, their text)
_DONE = None  # the end of a span in its queue


def readers_wanted(total: int) -> int:
    """How many connections an export of `total` attempts reads on."""
    if total < 2 * SPAN_ROWS:
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def open_snapshot(
    connect: Callable[[], sqlite3.Connection], count_sql: str, params: Sequence[Any]
) -> tuple[list[sqlite3.Connection], tuple[Any, ...]]:
    """Connections inside read transactions on one snapshot, as many as the export wants, and
    the first row of `count_sql` (its first value the number of attempts) in that snapshot."""
    for last_try in [False] * (_TRIES - 1) + [True]:
        conns = [connect()]
        try:
            conns[0].execute("BEGIN")
            counted = tuple(conns[0].execute(count_sql, params).fetchone())
            wanted = 1 if last_try else readers_wanted(int(counted[0]))
            head = _head(conns[0])
            for _ in range(wanted - 1):
                conns.append(connect())
                conns[-1].execute("BEGIN")
            if all(_head(conn) == head for conn in conns[1:]):
                return conns, counted
        except BaseException:
            for conn in conns:
                conn.close()
            raise
        for conn in conns:  # the station committed in between: start again
            conn.close()
    raise AssertionError("unreachable: the last try reads on one connection")


def _head(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT max(seq) FROM events").fetchone()
    return None if row is None else row[0]


def spans(first_us: int, last_us: int, total: int) -> list[tuple[int, int]]:
    """Half-open ranges of start time covering `first_us`..`last_us`, about `SPAN_ROWS`
    attempts each if they are spread evenly (a crowded span only reads on fewer cores)."""
    count = max(1, -(-total // SPAN_ROWS))
    width = (last_us - first_us) // count + 1
    bounds = [min(first_us + i * width, last_us + 1) for i in range(count)] + [last_us + 1]
    return list(itertools.pairwise(bounds))


def read_in_order(
    conns: Sequence[sqlite3.Connection],
    select: str,
    params: Sequence[Any],
    ranges: Sequence[tuple[int, int]],
    end: str,
) -> Generator[Batch]:
    """The lines of `select` (which takes `params` and then a span's two bounds), span by
    span in order, as batches joined with `end`. Closing the iterator stops the readers."""
    stop = threading.Event()
    ahead = threading.Semaphore(_AHEAD)
    queues: list[queue.Queue[Batch | BaseException | None]] = [queue.Queue(_QUEUED) for _ in ranges]
    taken = itertools.count()
    take = threading.Lock()

    def put(k: int, item: Batch | BaseException | None) -> bool:
        while not stop.is_set():
            with suppress(queue.Full):
                queues[k].put(item, timeout=_WAIT_S)
                return True
        return False

    def read(conn: sqlite3.Connection) -> None:
        k = -1
        try:
            while not stop.is_set():
                while not ahead.acquire(timeout=_WAIT_S):
                    if stop.is_set():
                        return
                with take:
                    k = next(taken)
                if k >= len(ranges):
                    return
                rows = conn.execute(select, (*params, *ranges[k]))
                while batch := rows.fetchmany(BATCH):
                    if not put(k, (len(batch), end.join([line for (line,) in batch]) + end)):
                        return
                put(k, _DONE)
        except BaseException as exc:  # noqa: BLE001 - handed to the writing thread, which raises it
            if k >= 0:
                put(min(k, len(ranges) - 1), exc)

    threads = [threading.Thread(target=read, args=(c,), daemon=True) for c in conns]
    for thread in threads:
        thread.start()
    try:
        for k in range(len(ranges)):
            while (item := _get(queues[k], threads)) is not _DONE:
                if isinstance(item, BaseException):
                    raise item
                yield item
            ahead.release()
    finally:
        stop.set()
        for thread in threads:
            thread.join()


def _get(
    waiting: queue.Queue[Batch | BaseException | None], threads: list[threading.Thread]
) -> Batch | BaseException | None:
    while True:
        with suppress(queue.Empty):
            return waiting.get(timeout=_WAIT_S)
        if not any(t.is_alive() for t in threads):  # a reader died without a word: a bug
            with suppress(queue.Empty):
                return waiting.get_nowait()
            return RuntimeError("the export's readers stopped before the last span")
