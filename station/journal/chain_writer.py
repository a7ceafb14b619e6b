"""Appending hash-chained events durably, with group commit: the journal writer's engine room.

`ChainWriter` owns the writing connection, the chain head and the transaction. `Journal` (in
`store.py`) says what each event means and which tables it updates; this module only makes
sure each event lands in the chain, with its table updates, in a transaction that is on disk
before the caller goes on.

Group commit: many slot threads write at once (about 4 records per attempt, 16 to 64 slots).
One fsync per record made them queue behind each other's disk flushes; here the writes that
arrive while a commit is under way are committed together by one thread, the next leader, so
one fsync serves many slots, and no write waits longer than the commit already running.

A writer whose record is committed is woken at once and goes on: it does not take the
connection's lock again, so it never waits behind the next group's fsync (with 64 slots that
convoy, every committed writer queueing for the lock while another group flushed, was most of
the engine's journal time).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from station.journal.chain import GENESIS, canonical_json, event_hash
from station.journal.connection import failure
from station.journal.damage import is_damage
from station.journal.model import JournalError, iso, to_us
from station.text import Param, Text

T = TypeVar("T")
Clock = Callable[[], datetime]


class ChainWriter:
    """The journal's one writing connection. `lock` also guards the engine's reads on it."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock) -> None:
        self.conn = conn
        self._path = path
        self.clock = clock
        # Held by the thread that writes (a commit's leader, or a batch's owner) and by the
        # engine's queries; `_queue` is where slot threads leave their writes for the leader.
        self.lock = threading.RLock()
        # Guards the queue and who leads the next commit; waiters sleep on it until their
        # write is committed or it is their turn to lead.
        self._turn = threading.Condition(threading.Lock())
        self._queue: list[PendingWrite[Any]] = []
        self._leading = False
        # Commits the writes queued by `submit` when no writing thread is there to lead.
        self._committer: threading.Thread | None = None
        self._stopping = False
        self._batch_thread: int | None = None
        self._batch_broken = False
        # The chain head while this writer holds a transaction (carried in memory, not read
        # back for every event).
        self._head: tuple[int, bytes] = (0, GENESIS)
        self._closed = False
        self.commits = 0  # transactions committed, for benches and tests of the grouping
        # Called after each commit, under the writer's lock: the fleet shipper's cue that new
        # events are durable (`Journal.on_commit`). Each must return at once and never raise.
        self.on_commit: list[Callable[[], None]] = []
        # Set once SQLite reports the file malformed: every later call refuses, so provisioning
        # stops instead of writing on into a damaged file.
        self._damage: JournalError | None = None

    def close(self) -> None:
        # Writes still queued behind are committed before the connection closes.
        with self._turn:
            self._stopping = True
            self._turn.notify_all()
            committer = self._committer
        if committer is not None and committer is not threading.current_thread():
            committer.join()
        with self.lock:
            if not self._closed:
                self._closed = True
                self.conn.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes of this thread into one transaction (bulk imports, benchmarks).

        Inside a batch nothing is durable until the batch ends, so the engine never uses it.
        Other threads' writes wait for the batch to end.
        """
        with self.lock:
            self.check_open()
            if self._batch_thread is not None:
                raise RuntimeError("journal batches do not nest")
            self._begin()
            self._batch_thread = threading.get_ident()
            try:
                yield
                if self._batch_broken:
                    raise RuntimeError("a write in this batch failed; the batch was rolled back")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self._execute_write("COMMIT")
                self._committed()
            finally:
                self._batch_thread = None
                self._batch_broken = False

    def run(self, work: Callable[[], T]) -> T:
        """Run one write (its checks, its event, its tables) and return once it is on disk.

        Group commit: a thread that finds a commit under way leaves its write in the queue and
        sleeps; when that commit ends, one waiting thread leads the next and commits every
        queued write in one transaction, so one fsync covers the records of many slots. No
        write waits for anything but the commit already under way: the leader commits as soon
        as it holds the connection, whatever is queued. Each write has a savepoint of its own,
        so one that fails (an unknown attempt, a refused value) is taken back alone and its
        error goes to its own caller. A write counts as done only once its commit is.
        """
        if self._batch_thread == threading.get_ident():
            return self._in_batch(work)
        write = PendingWrite(work, self._turn)
        with self._turn:
            self._queue.append(write)
            while not write.done and self._leading:
                self._turn.wait()
            if write.done:
                return write.outcome()
            self._leading = True
        try:
            with self.lock:
                self._commit_queued()
        finally:
            with self._turn:
                self._leading = False
                self._turn.notify_all()
        return write.outcome()

    def submit(self, work: Callable[[], T]) -> PendingWrite[T]:
        """Queue one write and return at once, while it is committed behind the caller.

        For a record nothing waits on right away: the caller goes on (a Pairing round trip,
        say) while its fsync runs, and calls `wait()` on the result before anything that must
        follow it on disk. Writes keep the order they were queued in, so a later `run` of the
        same thread never lands before it.
        """
        write = PendingWrite(work, self._turn)
        if self._batch_thread == threading.get_ident():
            try:
                write.finish(self._in_batch(work))
            except BaseException as exc:  # noqa: BLE001 - raised to the caller by `wait()`
                write.fail(exc)
            return write
        with self._turn:
            if self._stopping:
                write.fail(RuntimeError("the journal is closed"))
                return write
            self._queue.append(write)
            if self._committer is None:
                self._committer = threading.Thread(
                    target=self._commit_behind, name="journal-commit", daemon=True
                )
                self._committer.start()
            self._turn.notify_all()
        return write

    def _commit_behind(self) -> None:
        """The committer's loop: lead a commit whenever writes are queued and nobody leads."""
        while True:
            with self._turn:
                while self._leading or not self._queue:
                    if self._stopping and not self._queue:
                        return
                    self._turn.wait()
                self._leading = True
            try:
                with self.lock:
                    self._commit_queued()
            finally:
                with self._turn:
                    self._leading = False
                    self._turn.notify_all()

    def queued(self) -> int:
        """How many writes wait for the next commit."""
        with self._turn:
            return len(self._queue)

    def _commit_queued(self) -> None:
        # Taken only once the connection is ours: everything that queued meanwhile goes too.
        with self._turn:
            writes, self._queue = self._queue, []
        if not writes:
            return
        try:
            self.check_open()
            self._begin()
        except BaseException as exc:  # noqa: BLE001 - handed to every waiting caller, who raises it
            for write in writes:
                write.fail(exc)
            return
        conn = self.conn
        try:
            for write in writes:
                head = self._head
                conn.execute("SAVEPOINT write")
                try:
                    write.run()
                    conn.execute("RELEASE write")
                except BaseException as exc:
                    self._head = head
                    if not conn.in_transaction:  # SQLite gave up the whole transaction
                        raise
                    write.fail(self._journal_error(exc))
                    conn.execute("ROLLBACK TO write")
                    conn.execute("RELEASE write")
            conn.execute("COMMIT")
            self.commits += 1
        except BaseException as exc:  # noqa: BLE001 - handed to every waiting caller, who raises it
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            error = self._journal_error(exc)
            for write in writes:
                write.fail(error)
            return
        for write in writes:
            write.committed()
        self._committed()

    def _committed(self) -> None:
        for listener in self.on_commit:
            listener()

    def _in_batch(self, work: Callable[[], T]) -> T:
        if self._batch_broken:
            raise RuntimeError("an earlier write in this batch failed")
        try:
            return work()
        except BaseException as exc:
            # A half-applied event inside a batch cannot be taken back on its own.
            self._batch_broken = True
            error = self._journal_error(exc)
            if error is exc:
                raise
            raise error from exc

    def _begin(self) -> None:
        """Start a write transaction and load the chain head."""
        self._execute_write("BEGIN IMMEDIATE")
        try:
            last = self.conn.execute(
                "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        except sqlite3.Error as exc:
            self.conn.execute("ROLLBACK")
            raise self.fail(Text.of("journal.cannot_read", **self._said(exc)), exc) from exc
        self._head = (0, GENESIS) if last is None else (int(last[0]), bytes(last[1]))

    @property
    def next_seq(self) -> int:
        """The sequence number the next `append` in this transaction will get."""
        return self._head[0] + 1

    def append(
        self,
        attempt: tuple[int, str] | None,
        kind: str,
        payload: Mapping[str, Any],
        apply: Callable[[int], None],
        now: datetime | None = None,
    ) -> int:
        """Append one chained event and apply it to the materialised tables (inside `run`).

        `attempt` is the attempt's row id and UUID: the row id is stored, the UUID hashed.
        """
        moment = now or self.clock()
        text = canonical_json(payload)
        prev_seq, prev_hash = self._head
        seq = prev_seq + 1
        ref, attempt_id = (None, None) if attempt is None else attempt
        digest = event_hash(
            prev_hash, seq=seq, ts=iso(moment), attempt_id=attempt_id, kind=kind, payload=text
        )
        self.conn.execute(
            "INSERT INTO events (seq, at_us, attempt_ref, kind, payload, hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (seq, to_us(moment), ref, kind, text, digest),
        )
        apply(seq)
        self._head = (seq, digest)
        return seq

    def _journal_error(self, exc: BaseException) -> BaseException:
        if isinstance(exc, sqlite3.Error):
            return self.fail(Text.of("journal.cannot_write", **self._said(exc)), exc)
        return exc

    def _execute_write(self, sql: str) -> None:
        try:
            self.conn.execute(sql)
        except sqlite3.Error as exc:
            raise self.fail(Text.of("journal.cannot_write", **self._said(exc)), exc) from exc

    def check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the journal is closed")
        if self._damage is not None:
            raise self._damage

    def _said(self, exc: sqlite3.Error) -> dict[str, Param]:
        """A failed call's parameters: the journal's path and SQLite's own words."""
        return {"path": str(self._path), "reason": str(exc)}

    def fail(self, message: Text, exc: sqlite3.Error) -> JournalError:
        error = failure(self._path, message, exc)
        if is_damage(exc):
            self._damage = error
        return error


class PendingWrite(Generic[T]):
    """One caller's write, waiting in the group-commit queue for its outcome."""

    __slots__ = ("_error", "_turn", "_value", "_work", "done")

    def __init__(self, work: Callable[[], T], turn: threading.Condition) -> None:
        self._work = work
        self._turn = turn
        self._value: T | None = None
        self._error: BaseException | None = None
        self.done = False

    def wait(self) -> T:
        """Its outcome once it is on disk: its value, or its error raised."""
        with self._turn:
            while not self.done:
                self._turn.wait()
        return self.outcome()

    def finish(self, value: T) -> None:
        self._value, self.done = value, True

    def run(self) -> None:
        """Apply the write inside the open transaction; it is done only once that commits."""
        self._value = self._work()

    def committed(self) -> None:
        if self._error is None:
            self.done = True

    def fail(self, error: BaseException) -> None:
        self._value, self._error, self.done = None, error, True

    def outcome(self) -> T:
        if self._error is not None:
            raise self._error
        return cast(T, self._value)
