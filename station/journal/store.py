"""The journal writer: one connection, shared by the slot threads behind a lock.

Every write appends one hash-chained row to `events` and updates the materialised tables in the
same transaction. With WAL and `synchronous=FULL` each write is on disk when its method returns,
so the engine can rely on "recorded" meaning "survives a power cut" before its next side effect
(above all before it burns a secret into write-once storage).
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from station.journal.chain import GENESIS, canonical_json, event_hash
from station.journal.damage import damaged, is_damage
from station.journal.model import (
    RESULTS,
    AttemptDetail,
    AttemptRow,
    AuditEvent,
    JournalError,
    OutboxItem,
    iso,
    to_us,
)
from station.journal.read import (
    ATTEMPT_COLUMNS,
    AUDIT_COLUMNS,
    attempt_row,
    audit_event,
    fetch_attempt,
)
from station.journal.redact import bounded_excerpt, redact
from station.journal.schema import check_supported, migrate, read_version

Clock = Callable[[], datetime]

_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
_EVENT_KIND = re.compile(r"[a-z][a-z0-9_]{0,39}")
_STEP = re.compile(r"[a-z][a-z0-9_]{0,39}")

_WRITE_ACTION = (
    "Check that the disk holding the journal has free space and is writable. Provisioning "
    "stays stopped until the journal can be written."
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Journal:
    """Append-only provisioning journal. Open it with `Journal.open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, station_id: str, clock: Clock) -> None:
        self._conn = conn
        self._path = path
        self._station_id = station_id
        self._clock = clock
        self._lock = threading.RLock()
        self._in_batch = False
        # Inside a batch this writer owns the transaction, so the chain head can be carried
        # in memory instead of read back for every event.
        self._batch_head: tuple[int, bytes] | None = None
        self._batch_broken = False
        self._closed = False
        # Set once SQLite reports the file malformed: every later call refuses, so provisioning
        # stops instead of writing on into a damaged file.
        self._damage: JournalError | None = None

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, station_id: str, clock: Clock | None = None) -> Journal:
        """Open (creating or migrating) the journal at `path`.

        A journal from a newer station version is refused and left untouched. `clock` lets
        tests and imports supply timestamps; it must return timezone-aware datetimes.
        """
        if not station_id.strip():
            raise ValueError("station_id must not be empty")
        path = Path(path)
        if path.exists():
            version = read_version(path)
            check_supported(path, version)
            if version == 0:
                _refuse_foreign_database(path)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise JournalError(
                    f"Cannot create the folder for the journal {path}: {exc.strerror}.",
                    "Choose a journal path in a writable folder in the configuration.",
                ) from exc
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise JournalError(
                f"Cannot open the journal {path}: {exc}.",
                "Check the journal path and its permissions in the configuration.",
            ) from exc
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            (mode,) = conn.execute("PRAGMA journal_mode = WAL").fetchone()
            if str(mode).lower() != "wal":
                raise JournalError(
                    f"The journal {path} cannot use write-ahead logging (mode {mode}).",
                    "Keep the journal on a local disk, not a network share.",
                )
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
            conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('station_id', ?), "
                "('created_at', ?)",
                (station_id, iso((clock or _utc_now)())),
            )
        except sqlite3.Error as exc:
            conn.close()
            raise _failure(path, f"Cannot prepare the journal {path}: {exc}.", exc) from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, station_id, clock or _utc_now)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def station_id(self) -> str:
        return self._station_id

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

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes into one transaction (bulk imports and benchmarks).

        Inside a batch nothing is durable until the batch ends, so the engine never uses it.
        """
        with self._lock:
            self._check_open()
            if self._in_batch:
                raise RuntimeError("journal batches do not nest")
            self._execute_write("BEGIN IMMEDIATE")
            self._in_batch = True
            try:
                yield
                if self._batch_broken:
                    raise RuntimeError("a write in this batch failed; the batch was rolled back")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._execute_write("COMMIT")
            finally:
                self._in_batch = False
                self._batch_head = None
                self._batch_broken = False

    # -- writes ----------------------------------------------------------------------------

    def begin_attempt(
        self, *, slot: str, operator: str, target_name: str, realm: str, pairing_url: str
    ) -> str:
        attempt_id = str(uuid.uuid4())
        with self._lock:
            now = self._clock()
            payload = {
                "station_id": self._station_id,
                "slot": slot,
                "operator": operator,
                "target_name": target_name,
                "realm": realm,
                "pairing_url": pairing_url,
                "started_at": iso(now),
            }

            def apply(seq: int) -> None:
                self._conn.execute(
                    "INSERT INTO attempts (attempt_id, station_id, slot, operator, target_name, "
                    "realm, pairing_url, started_us, last_seq) VALUES (?,?,?,?,?,?,?,?,?)",
                    (
                        attempt_id,
                        self._station_id,
                        slot,
                        operator,
                        target_name,
                        realm,
                        pairing_url,
                        to_us(now),
                        seq,
                    ),
                )

            self._append(attempt_id, "attempt.begin", payload, apply, now)
        return attempt_id

    def update_device(
        self,
        attempt_id: str,
        *,
        device_id: str | None,
        hardware_serial: str,
        model: str,
        firmware: str,
        storage_kind: str,
        profile: str | None = None,
        facts: Mapping[str, str] | None = None,
    ) -> None:
        payload: dict[str, Any] = {
            "device_id": device_id,
            "hardware_serial": hardware_serial,
            "model": model,
            "firmware": firmware,
            "storage_kind": storage_kind,
        }
        if profile is not None:
            # Only when known, so the events of journals written before profiles stay as they were.
            payload["profile"] = profile
            payload["facts"] = dict(facts or {})
        facts_text = json.dumps(payload.get("facts", {}), sort_keys=True)
        with self._lock:
            ref, old_device, old_serial = self._open_attempt(
                attempt_id, "id, device_id, hardware_serial"
            )

            def apply(seq: int) -> None:
                if old_device is not None or old_serial is not None:
                    self._conn.execute(
                        "INSERT INTO attempt_search (attempt_search, rowid, device_id, "
                        "hardware_serial) VALUES ('delete', ?, ?, ?)",
                        (ref, old_device, old_serial),
                    )
                self._conn.execute(
                    "UPDATE attempts SET device_id = ?, hardware_serial = ?, model = ?, "
                    "firmware = ?, storage_kind = ?, profile = ?, facts = ?, last_seq = ? "
                    "WHERE id = ?",
                    (
                        device_id,
                        hardware_serial,
                        model,
                        firmware,
                        storage_kind,
                        profile,
                        facts_text,
                        seq,
                        ref,
                    ),
                )
                self._conn.execute(
                    "INSERT INTO attempt_search (rowid, device_id, hardware_serial) "
                    "VALUES (?, ?, ?)",
                    (ref, device_id, hardware_serial),
                )

            self._append(attempt_id, "attempt.device", payload, apply)

    def record_step(
        self,
        attempt_id: str,
        step: str,
        *,
        started_at: datetime,
        duration_s: float,
        ok: bool,
        detail: str = "",
    ) -> None:
        step = str(step)
        if not _STEP.fullmatch(step):
            raise ValueError(f"step name {step!r} is not a lower-case identifier")
        if duration_s < 0:
            raise ValueError("a step cannot take negative time")
        started_us = to_us(started_at)
        payload = {
            "step": step,
            "started_at": iso(started_at),
            "duration_s": float(duration_s),
            "ok": bool(ok),
            "detail": redact(detail),
        }
        with self._lock:
            (ref,) = self._open_attempt(attempt_id, "id")

            def apply(seq: int) -> None:
                self._conn.execute(
                    "INSERT INTO steps (attempt_ref, position, step, started_us, duration_s, ok, "
                    "detail) SELECT ?, COALESCE(MAX(position) + 1, 0), ?, ?, ?, ?, ? "
                    "FROM steps WHERE attempt_ref = ?",
                    (
                        ref,
                        step,
                        started_us,
                        payload["duration_s"],
                        int(ok),
                        payload["detail"],
                        ref,
                    ),
                )
                self._touch(ref, seq)

            self._append(attempt_id, "attempt.step", payload, apply)

    def record_intent(self, attempt_id: str, *, device_id: str, fingerprint: str) -> None:
        """Durably record that a secret with `fingerprint` is about to be written to the device.

        Only the hex SHA-256 fingerprint is accepted: anything else is refused, so a secret can
        never reach the journal through this call by mistake.
        """
        if not _FINGERPRINT.fullmatch(fingerprint):
            raise ValueError("fingerprint must be a lower-case hex SHA-256 (64 characters)")
        with self._lock:
            ref, realm = self._open_attempt(attempt_id, "id, realm")
            now = self._clock()
            payload = {"device_id": device_id, "realm": realm, "fingerprint": fingerprint}

            def apply(seq: int) -> None:
                self._conn.execute(
                    "INSERT INTO intents (seq, attempt_ref, device_id, realm, fingerprint, "
                    "recorded_us) VALUES (?, ?, ?, ?, ?, ?)",
                    (seq, ref, device_id, realm, fingerprint, to_us(now)),
                )
                self._conn.execute(
                    "UPDATE attempts SET fingerprint = ?, last_seq = ? WHERE id = ?",
                    (fingerprint, seq, ref),
                )

            self._append(attempt_id, "attempt.intent", payload, apply, now)

    def finish_attempt(
        self,
        attempt_id: str,
        *,
        result: str,
        error_class: str = "",
        message: str = "",
        action: str = "",
        link_stats: Mapping[str, int | float] | None = None,
        console_excerpt: str = "",
        fingerprint: str | None = None,
    ) -> None:
        """Record how the attempt ended.

        `fingerprint` is that of the secret the device was proven to hold. A RECOVERED attempt
        records no intent of its own (the secret was written by an earlier attempt), so this is
        where its row gets the fingerprint QA exports promise for every provisioned device.
        `None` keeps whatever the attempt's intent recorded.
        """
        result = str(result)
        if result not in RESULTS:
            raise ValueError(f"unknown result {result!r}; expected one of {sorted(RESULTS)}")
        if fingerprint is not None and not _FINGERPRINT.fullmatch(fingerprint):
            raise ValueError("fingerprint must be a lower-case hex SHA-256 (64 characters)")
        stats = _clean_stats(link_stats or {})
        excerpt = bounded_excerpt(console_excerpt)
        with self._lock:
            (ref,) = self._open_attempt(attempt_id, "id")
            now = self._clock()
            payload = {
                "result": result,
                "error_class": str(error_class),
                "message": redact(message),
                "action": redact(action),
                "link_stats": stats,
                "console_excerpt": excerpt,
                "finished_at": iso(now),
            }
            if fingerprint is not None:
                payload["fingerprint"] = fingerprint

            def apply(seq: int) -> None:
                self._conn.execute(
                    "UPDATE attempts SET result = ?, error_class = ?, message = ?, action = ?, "
                    "link_stats = ?, console_excerpt = ?, finished_us = ?, last_seq = ?, "
                    "fingerprint = COALESCE(?, fingerprint) WHERE id = ?",
                    (
                        result,
                        payload["error_class"],
                        payload["message"],
                        payload["action"],
                        canonical_json(stats),
                        excerpt,
                        to_us(now),
                        seq,
                        fingerprint,
                        ref,
                    ),
                )

            self._append(attempt_id, "attempt.finish", payload, apply, now)

    def record_event(
        self, kind: str, *, actor: str, details: Mapping[str, str], reason: str = ""
    ) -> int:
        """Record a privileged action (target change, key import, override, sign-in, ...).

        Returns the event's sequence number.
        """
        if not _EVENT_KIND.fullmatch(kind):
            raise ValueError(f"event kind {kind!r} is not a lower-case identifier")
        if not actor.strip():
            raise ValueError("a privileged action needs the actor who did it")
        clean = {str(k): redact(str(v)) for k, v in details.items()}
        with self._lock:
            now = self._clock()
            payload = {"actor": actor, "details": clean, "reason": redact(reason)}

            def apply(seq: int) -> None:
                self._conn.execute(
                    "INSERT INTO audit (seq, at_us, kind, actor, details, reason) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (seq, to_us(now), kind, actor, canonical_json(clean), payload["reason"]),
                )

            return self._append(None, f"privileged.{kind}", payload, apply, now)

    def mark_shipped(self, seqs: Iterable[int]) -> None:
        """Drop events from the outbox once a central sink has acknowledged them."""
        with self._lock:
            self._check_open()
            rows = [(int(s),) for s in seqs]
            own = not self._in_batch
            try:
                if own:
                    self._conn.execute("BEGIN IMMEDIATE")
                self._conn.executemany("DELETE FROM outbox WHERE seq = ?", rows)
                if own:
                    self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if own and self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise self._fail(f"Cannot update the journal outbox: {exc}.", exc) from exc

    # -- queries the engine needs ---------------------------------------------------------------

    def latest_intent_fingerprint(self, device_id: str, realm: str) -> str | None:
        """Fingerprint of the last secret this station set out to write to that device."""
        found = self._query_one(
            "SELECT fingerprint FROM intents WHERE device_id = ? AND realm = ? "
            "ORDER BY seq DESC LIMIT 1",
            (device_id, realm),
        )
        return None if found is None else str(found[0])

    def has_passed(self, device_id: str, realm: str) -> bool:
        # RECOVERED is a pass too: the device holds credentials Pairing accepted, and is locked.
        found = self._query_one(
            "SELECT 1 FROM attempts WHERE device_id = ? AND realm = ? "
            "AND result IN ('PASS', 'RECOVERED') LIMIT 1",
            (device_id, realm),
        )
        return found is not None

    def unfinished_attempts(self) -> list[AttemptRow]:
        """Attempts begun but never finished: what a crash left behind, oldest first."""
        with self._lock:
            self._check_open()
            rows = self._conn.execute(
                f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE result IS NULL "  # noqa: S608
                "ORDER BY id"
            ).fetchall()
        return [attempt_row(r) for r in rows]

    def attempt(self, attempt_id: str) -> AttemptDetail | None:
        with self._lock:
            self._check_open()
            return fetch_attempt(self._conn, attempt_id)

    def audit_events(self, limit: int = 100) -> list[AuditEvent]:
        """The most recent privileged actions, newest first."""
        with self._lock:
            self._check_open()
            rows = self._conn.execute(
                f"SELECT {AUDIT_COLUMNS} FROM audit ORDER BY seq DESC LIMIT ?",  # noqa: S608
                (limit,),
            ).fetchall()
        return [audit_event(r) for r in rows]

    def outbox_pending(self, limit: int = 500) -> list[OutboxItem]:
        with self._lock:
            self._check_open()
            rows = self._conn.execute(
                "SELECT e.seq, e.ts, e.attempt_id, e.kind, e.payload, e.hash FROM outbox o "
                "JOIN events e ON e.seq = o.seq ORDER BY o.seq LIMIT ?",
                (limit,),
            ).fetchall()
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

    # -- internals ----------------------------------------------------------------------------

    def _append(
        self,
        attempt_id: str | None,
        kind: str,
        payload: Mapping[str, Any],
        apply: Callable[[int], None],
        now: datetime | None = None,
    ) -> int:
        """Append one chained event and apply it to the materialised tables, atomically."""
        self._check_open()
        if self._batch_broken:
            raise RuntimeError("an earlier write in this batch failed")
        ts = iso(now or self._clock())
        text = canonical_json(payload)
        own = not self._in_batch
        conn = self._conn
        try:
            if own:
                conn.execute("BEGIN IMMEDIATE")
            head = self._batch_head if self._in_batch else None
            if head is None:
                last = conn.execute(
                    "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
                ).fetchone()
                head = (0, GENESIS) if last is None else (int(last[0]), bytes(last[1]))
            prev_seq, prev_hash = head
            seq = prev_seq + 1
            digest = event_hash(
                prev_hash, seq=seq, ts=ts, attempt_id=attempt_id, kind=kind, payload=text
            )
            conn.execute(
                "INSERT INTO events (seq, ts, attempt_id, kind, payload, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (seq, ts, attempt_id, kind, text, prev_hash, digest),
            )
            conn.execute("INSERT INTO outbox (seq) VALUES (?)", (seq,))
            apply(seq)
            if own:
                conn.execute("COMMIT")
            else:
                self._batch_head = (seq, digest)
        except BaseException as exc:
            if own and conn.in_transaction:
                conn.execute("ROLLBACK")
            # A half-applied event inside a batch cannot be taken back on its own.
            self._batch_broken = not own
            if isinstance(exc, sqlite3.Error):
                raise self._fail(f"Cannot write to the journal {self._path}: {exc}.", exc) from exc
            raise
        return seq

    def _open_attempt(self, attempt_id: str, columns: str) -> tuple[Any, ...]:
        """The requested columns of an attempt that exists and is not finished yet."""
        self._check_open()
        row = self._conn.execute(
            f"SELECT result, {columns} FROM attempts WHERE attempt_id = ?",  # noqa: S608
            (attempt_id,),
        ).fetchone()
        if row is None:
            raise ValueError(f"no attempt {attempt_id!r} in this journal")
        if row[0] is not None:
            raise ValueError(f"attempt {attempt_id} is already finished ({row[0]})")
        return tuple(row[1:])

    def _touch(self, ref: int, seq: int) -> None:
        self._conn.execute("UPDATE attempts SET last_seq = ? WHERE id = ?", (seq, ref))

    def _query_one(self, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
        with self._lock:
            self._check_open()
            try:
                row: tuple[Any, ...] | None = self._conn.execute(sql, params).fetchone()
            except sqlite3.Error as exc:
                raise self._fail(f"Cannot read the journal {self._path}: {exc}.", exc) from exc
            return row

    def _execute_write(self, sql: str) -> None:
        try:
            self._conn.execute(sql)
        except sqlite3.Error as exc:
            raise self._fail(f"Cannot write to the journal {self._path}: {exc}.", exc) from exc

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the journal is closed")
        if self._damage is not None:
            raise self._damage

    def _fail(self, message: str, exc: sqlite3.Error) -> JournalError:
        error = _failure(self._path, message, exc)
        if is_damage(exc):
            self._damage = error
        return error


def _failure(path: Path, message: str, exc: sqlite3.Error) -> JournalError:
    """A failed journal call: a malformed file is named as such, never as a disk-space problem."""
    if is_damage(exc):
        return damaged(path, str(exc))
    return JournalError(message, _WRITE_ACTION)


def _clean_stats(stats: Mapping[str, int | float]) -> dict[str, int | float]:
    clean: dict[str, int | float] = {}
    for key, value in stats.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"link statistic {key!r} must be a number, not {value!r}")
        clean[str(key)] = value
    return clean


def _refuse_foreign_database(path: Path) -> None:
    """A version-0 file that already holds tables belongs to something else: leave it alone."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (tables,) = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise JournalError(
            f"The file {path} is not a station journal ({exc}).",
            "Check the journal path in the configuration.",
        ) from exc
    finally:
        conn.close()
    if tables:
        raise JournalError(
            f"The file {path} is an SQLite database but not a station journal; it was not changed.",
            "Check the journal path in the configuration.",
        )
