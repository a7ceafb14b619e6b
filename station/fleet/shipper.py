"""The shipper: one thread per station streaming its journal's events to the centre.

Its whole state is one number, "acked up to seq N". After every (re)connect N is read back from
the centre, which is the truth: that covers a commit whose answer was lost with the link (the
in-doubt commit), a centre restored from an older backup, and a station restarted. Each batch
goes in one statement, so one transaction and one round trip: the events as arrays, an INSERT
whose trigger records each event's (station_id, journal_id, seq) and hash in `fleet.event_keys`
(`partitioning.py`), so a re-sent event is a no-op, a forked one is found by comparing hashes,
and a copied one raises.

PASS never waits for the shipper: it reads the journal on its own read-only connection, and a
dead centre only grows the backlog, which `status()` reports.

The station's journal wakes the shipper after each commit (`Journal.on_commit(shipper.wake)`), so
an event leaves as soon as it is durable; the idle poll is only the fallback for a journal
written by another process (`station fleet ship` beside a running station).
"""

from __future__ import annotations

import logging
import random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import psycopg
from psycopg import errors as pgerrors

from station.errors import StationError
from station.fleet.batch_checks import FORK_IN_TRIGGER, FORKED_SQLSTATE
from station.fleet.connect import FleetSettings, connect, explain_db_error
from station.fleet.errors import FleetError, JournalForked
from station.fleet.heartbeat import (
    HEARTBEAT_EVERY_S,
    RETRY_REFUSED_S,
    parse_station_ts,
    send_heartbeat,
)
from station.fleet.journal_source import JournalSource, LocalEvent
from station.fleet.months import PARTITIONS_EVERY_S, ensure_current_partitions
from station.fleet.schema import central_version
from station.text import NOTHING, Text

log = logging.getLogger(__name__)

Link = Literal["starting", "live", "backlog", "offline", "stopped", "failed"]

BATCH = 1000
IDLE_POLL_S = 0.2
BACKOFF_FIRST_S = 0.5
BACKOFF_MAX_S = 30.0

Conn = psycopg.Connection[tuple[Any, ...]]


@dataclass(frozen=True)
class ShipperStatus:
    """What the operator banner and the supervisor's fleet page show."""

    link: Link
    acked_seq: int
    local_seq: int
    shipped_events: int = 0
    reconnects: int = 0
    last_ack_monotonic: float | None = None
    #: Why the link is down or failed, and what to do (by message ID for the screens).
    problem_text: Text = NOTHING
    action_text: Text = NOTHING

    @property
    def problem(self) -> str:
        return self.problem_text.english

    @property
    def action(self) -> str:
        return self.action_text.english

    @property
    def backlog(self) -> int:
        return max(0, self.local_seq - self.acked_seq)


# One statement, so one transaction and one round trip per batch: on a loaded machine each
# round trip waits for the centre's backend and then this thread to be given a CPU, and the
# staged COPY took eight of them (F2 in bench/fleet_bench.py prints the parts of the lag).
# The batch arrives as arrays (COPY straight into a table with row-level security is refused
# by PostgreSQL 15). No ON CONFLICT: `events` is partitioned by month, so its keys' uniqueness
# lives in `fleet.event_keys`, whose trigger skips an event the centre holds already (a re-sent
# batch), refuses the same content under another key (`partitioning.py`) and, from central
# version 15, raises `FORKED_SQLSTATE` for another event under a key it holds
# (`batch_checks.py`): then the batch inserts nothing and announces nothing. In seq order, so
# the fork reported is the batch's first.
# One notification per batch, never per row (per-row NOTIFY serialises commits).
_SHIP = """WITH inserted AS (
    INSERT INTO fleet.events
        (journal_id, seq, station_ts, attempt_id, kind, realm, device_id, payload, prev_hash, hash)
    SELECT %(journal)s, seq, station_ts::timestamptz, attempt_id, kind,
           payload::jsonb->>'realm', payload::jsonb->>'device_id', payload::jsonb, prev_hash, hash
      FROM unnest(%(seq)b::bigint[], %(ts)b::text[], %(attempt)b::text[], %(kind)b::text[],
                  %(payload)b::text[], %(prev)b::bytea[], %(hash)b::bytea[])
        AS b(seq, station_ts, attempt_id, kind, payload, prev_hash, hash)
     ORDER BY seq
    RETURNING 1
)
SELECT (SELECT count(*) FROM inserted), NULL::bigint,
       pg_notify('fleet_events', current_user || ':' || %(last)s)"""

# A centre before version 15 needs the fork check in the statement: `forked` reads the centre
# as it was before this batch, an event it holds under the same key with another hash.
_SHIP_BEFORE_V15 = """WITH batch AS (
    SELECT * FROM unnest(%(seq)b::bigint[], %(ts)b::text[], %(attempt)b::text[], %(kind)b::text[],
                         %(payload)b::text[], %(prev)b::bytea[], %(hash)b::bytea[])
        AS b(seq, station_ts, attempt_id, kind, payload, prev_hash, hash)
), forked AS (
    SELECT b.seq FROM batch b JOIN fleet.events e
        ON e.station_id = current_user AND e.journal_id = %(journal)s AND e.seq = b.seq
     WHERE e.hash <> b.hash ORDER BY b.seq LIMIT 1
), inserted AS (
    INSERT INTO fleet.events
        (journal_id, seq, station_ts, attempt_id, kind, realm, device_id, payload, prev_hash, hash)
    SELECT %(journal)s, seq, station_ts::timestamptz, attempt_id, kind,
           payload::jsonb->>'realm', payload::jsonb->>'device_id', payload::jsonb, prev_hash, hash
      FROM batch WHERE NOT EXISTS (SELECT FROM forked) ORDER BY seq
    RETURNING 1
), announced AS (
    SELECT pg_notify('fleet_events', current_user || ':' || %(last)s)
     WHERE NOT EXISTS (SELECT FROM forked)
)
SELECT (SELECT count(*) FROM inserted), (SELECT seq FROM forked),
       (SELECT count(*) FROM announced)"""


_FORK_ACTION = Text.of("fleet.forked.action")


def central_acked(conn: Conn, journal_id: uuid.UUID) -> int:
    row = conn.execute(
        # The role as text in the collation of `station_id`, so that the primary key serves
        # the comparison on a centre of any version (`batch_checks.py`).
        "SELECT coalesce(max(seq), 0) FROM fleet.events "
        'WHERE station_id = current_user::text COLLATE "default" AND journal_id = %s',
        (journal_id,),
    ).fetchone()
    return int(row[0]) if row else 0


def check_head(conn: Conn, source: JournalSource, journal_id: uuid.UUID, acked: int) -> None:
    """The centre's last event of this journal must be the local one: the hash chain makes
    one comparison prove the whole shipped prefix is the same history."""
    if acked == 0:
        return
    row = conn.execute(
        "SELECT hash FROM fleet.events "
        'WHERE station_id = current_user::text COLLATE "default" AND journal_id = %s AND seq = %s',
        (journal_id, acked),
    ).fetchone()
    local = source.hash_at(acked)
    if local is None:
        raise JournalForked(
            Text.of(
                "fleet.forked.behind",
                acked=acked,
                journal_id=str(journal_id),
                local=source.max_seq(),
            ),
            _FORK_ACTION,
        )
    if row is None or bytes(row[0]) != local:
        raise JournalForked(
            Text.of("fleet.forked.event", seq=acked, journal_id=str(journal_id)), _FORK_ACTION
        )


def ship_batch(
    conn: Conn, journal_id: uuid.UUID, events: list[LocalEvent], *, fork_in_trigger: bool = True
) -> int:
    """Send `events` in one transaction (one statement on the shipper's autocommit
    connection); returns how many were new at the centre. `fork_in_trigger`: the centre's
    version is `FORK_IN_TRIGGER` or later (`central_checks_forks`)."""
    params = {
        "journal": journal_id,
        "seq": [e.seq for e in events],
        "ts": [e.ts for e in events],
        "attempt": [e.attempt_id for e in events],
        "kind": [e.kind for e in events],
        "payload": [e.payload for e in events],
        "prev": [e.prev_hash for e in events],
        "hash": [e.hash for e in events],
        "last": str(events[-1].seq),
    }
    try:
        row = conn.execute(_SHIP if fork_in_trigger else _SHIP_BEFORE_V15, params).fetchone()
    except pgerrors.UniqueViolation as exc:
        raise JournalForked(
            Text.of("fleet.forked.other_id", detail=str(exc.diag.message_detail)), _FORK_ACTION
        ) from exc
    except psycopg.DatabaseError as exc:
        if exc.sqlstate != FORKED_SQLSTATE:
            raise
        raise _forked(exc.diag.message_detail, journal_id) from exc
    assert row is not None
    if row[1] is not None:
        raise _forked(row[1], journal_id)
    return int(row[0])


def _forked(seq: object, journal_id: uuid.UUID) -> JournalForked:
    return JournalForked(
        Text.of("fleet.forked.already", seq=str(seq), journal_id=str(journal_id)), _FORK_ACTION
    )


def central_checks_forks(conn: Conn) -> bool:
    """Does the centre's key trigger refuse a forked event itself (version 15 or later)?"""
    return (central_version(conn) or 0) >= FORK_IN_TRIGGER


class Shipper:
    """Ship the journal at `journal_path` until `stop()`; never raises into the station.

    `password` may be a function (read from the keyring at each connect). `final_heartbeat`:
    say "stopped" (or "failed") to the centre when it ends; False for a one-off run beside the
    station's own shipper (`station fleet ship --until-idle`), which must not make a running
    station look stopped until its next heartbeat."""

    def __init__(
        self,
        settings: FleetSettings,
        password: str | Callable[[], str | None] | None,
        journal_path: Path,
        *,
        batch: int = BATCH,
        idle_poll_s: float | None = None,
        heartbeat_every_s: float = HEARTBEAT_EVERY_S,
        on_status: Callable[[ShipperStatus], None] | None = None,
        final_heartbeat: bool = True,
    ) -> None:
        self._settings = settings
        self._password = password
        self._journal_path = journal_path
        self._batch = batch
        # Read at construction, not import: the module's value is the default (None).
        self._idle_poll_s = IDLE_POLL_S if idle_poll_s is None else idle_poll_s
        self._on_status = on_status
        self._heartbeat_every_s = heartbeat_every_s
        self._final_heartbeat = final_heartbeat
        self._stop = threading.Event()
        # Set by `wake()` (a journal commit) or `stop()`; cleared before each look at the journal,
        # so a commit made while a batch is under way is never missed.
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._status = ShipperStatus(link="starting", acked_seq=0, local_seq=0)
        # Owned by the shipper thread alone.
        self._conn: Conn | None = None
        self._journal_id: uuid.UUID | None = None
        self._fork_in_trigger = True  # read from the centre at each connect
        self._acked = 0
        self._partitions_due = 0.0  # monotonic time to make sure this month and next exist
        self._heartbeat_due = 0.0  # monotonic time of the next heartbeat
        self._thread = threading.Thread(target=self._run, name="fleet-shipper", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """New events are durable: ship now instead of at the next poll. Never blocks."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def status(self) -> ShipperStatus:
        with self._lock:
            return self._status

    def wait_for(self, predicate: Callable[[ShipperStatus], bool], timeout: float) -> bool:
        """Poll until `predicate(status)` (for tests, benches and the `ship --until-idle` CLI)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if predicate(self.status()):
                return True
            time.sleep(0.01)
        return predicate(self.status())

    def _set(self, **changes: Any) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)
            status = self._status
        if self._on_status is not None:
            self._on_status(status)

    def _run(self) -> None:
        try:
            with JournalSource.open(self._journal_path) as source:
                self._loop(source)
        except StationError as exc:
            log.warning("fleet shipping stopped: %s", exc)
            self._set(link="failed", problem_text=exc.text, action_text=exc.action_text)
            return
        except Exception:
            log.exception("fleet shipper failed")
            self._set(
                link="failed",
                problem_text=Text.of("fleet.shipper.internal"),
                action_text=Text.of("fleet.shipper.internal.action"),
            )
            return
        self._set(link="stopped")

    def _loop(self, source: JournalSource) -> None:
        backoff = BACKOFF_FIRST_S
        try:
            while not self._stop.is_set():
                self._wake.clear()
                local = source.max_seq()
                try:
                    busy = self._ship_once(source, local)
                    backoff = BACKOFF_FIRST_S
                except JournalForked:
                    raise
                except (psycopg.OperationalError, FleetError) as exc:
                    self._offline(exc, local)
                    # Jitter spreads fifty stations' reconnects after a central restart.
                    self._stop.wait(backoff * random.uniform(0.5, 1.0))  # noqa: S311
                    backoff = min(backoff * 2, BACKOFF_MAX_S)
                    continue
                except psycopg.Error as exc:
                    # A refusal (no grant, a schema without fleet.events): shipping cannot go on
                    # until plant IT acts; the status says what to do, the journal keeps all.
                    raise explain_db_error(exc, self._settings.role) from exc
                if not busy:
                    self._wake.wait(self._idle_poll_s)
        finally:
            if self._conn is not None:
                if self._final_heartbeat:
                    self._last_heartbeat(source)
                self._conn.close()

    def _ship_once(self, source: JournalSource, local: int) -> bool:
        """Ship one batch; True when more may be waiting right away."""
        if self._journal_id is None:
            self._journal_id = source.journal_id()
            if self._journal_id is None:  # an empty journal has nothing to ship yet
                self._set(local_seq=local)
                return False
        if self._conn is None:
            # A function is asked at each connect: the keyring may be filled after start-up.
            password = self._password() if callable(self._password) else self._password
            self._conn = connect(self._settings, password, application="shipper")
            self._partitions_due = 0.0
            self._heartbeat_due = 0.0  # the centre learns at once that the station is back
            self._fork_in_trigger = central_checks_forks(self._conn)
            self._acked = central_acked(self._conn, self._journal_id)
            check_head(self._conn, source, self._journal_id, self._acked)
            # The status reports the centre's cursor at once: a journal the centre already
            # holds whole has no backlog, though this shipper sent nothing (`ship --until-idle`
            # after a station's own shipper drained it).
            self._set(acked_seq=self._acked)
        if time.monotonic() >= self._partitions_due:
            ensure_current_partitions(self._conn)
            self._partitions_due = time.monotonic() + PARTITIONS_EVERY_S
        events = source.events_after(self._acked, self._batch)
        if events:
            new = ship_batch(
                self._conn, self._journal_id, events, fork_in_trigger=self._fork_in_trigger
            )
            self._acked = events[-1].seq
            self._set(
                acked_seq=self._acked,
                local_seq=max(local, self._acked),
                shipped_events=self._status.shipped_events + new,
                last_ack_monotonic=time.monotonic(),
            )
        link: Link = "live" if local <= self._acked else "backlog"
        if link != self._status.link or local != self._status.local_seq:
            self._set(
                link=link,
                local_seq=max(local, self._acked),
                problem_text=NOTHING,
                action_text=NOTHING,
            )
        if time.monotonic() >= self._heartbeat_due:
            self._heartbeat(source, link, max(local, self._acked))
        return len(events) == self._batch

    def _heartbeat(self, source: JournalSource, link: Link, local: int) -> None:
        """Tell the centre the backlog the centre itself cannot see (`heartbeat.py`)."""
        assert self._conn is not None
        oldest = None
        if local > self._acked:
            waiting = source.events_after(self._acked, 1)
            oldest = parse_station_ts(waiting[0].ts) if waiting else None
        accepted = send_heartbeat(
            self._conn,
            journal_id=self._journal_id,
            link=link,
            local_seq=local,
            acked_seq=self._acked,
            oldest_unshipped_at=oldest,
        )
        every = (
            self._heartbeat_every_s if accepted else max(RETRY_REFUSED_S, self._heartbeat_every_s)
        )
        self._heartbeat_due = time.monotonic() + every

    def _last_heartbeat(self, source: JournalSource) -> None:
        """A station closing says so: the centre shows it stopped (or failed), not silent."""
        link: Link = "stopped" if self._stop.is_set() else "failed"
        try:
            self._heartbeat(source, link, max(source.max_seq(), self._acked))
        except (psycopg.Error, StationError) as exc:
            log.info("no last heartbeat to the centre: %s", str(exc).strip())

    def _offline(self, exc: Exception, local: int) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        # PostgreSQL's own words where the failure is not one of ours, as they were given.
        message = exc.text if isinstance(exc, FleetError) else Text.plain(str(exc).strip())
        action = exc.action_text if isinstance(exc, FleetError) else NOTHING
        self._set(
            link="offline",
            local_seq=local,
            reconnects=self._status.reconnects + 1,
            problem_text=message if message.english else Text.of("fleet.shipper.unreachable"),
            action_text=action if action.english else Text.of("fleet.shipper.keeps.action"),
        )
