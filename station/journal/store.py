"""The journal writer: one connection, shared by the slot threads, with group commit.

Every write appends one hash-chained row to `events` and updates the materialised tables in the
same transaction. With WAL and `synchronous=FULL` each write is on disk when its method returns,
so the engine can rely on "recorded" meaning "survives a power cut" before its next side effect
(above all before it burns a secret into write-once storage). Writes of many slots that arrive
together share one commit (see `Journal._run`); none waits longer than the commit under way.

The outbox a fleet shipper reads is `station.journal.outbox`, on a connection of its own.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self, TypeVar

from station.journal.admit import FINGERPRINT, STEP, checked, clean_stats
from station.journal.chain import canonical_json
from station.journal.chain_writer import ChainWriter, PendingWrite
from station.journal.connection import open_for_writing
from station.journal.model import (
    RESULTS,
    AttemptDetail,
    AttemptRow,
    AuditEvent,
    PrivilegedRecord,
    iso,
    to_us,
)
from station.journal.pending_steps import PendingSteps, Step, insert_steps
from station.journal.reader_pool import ReaderPool
from station.journal.record_form import COMPACT_STEPS, compact_finish, compact_steps
from station.journal.redact import bounded_excerpt, redact
from station.journal.row_mapping import (
    ATTEMPT_COLUMNS,
    AUDIT_COLUMNS,
    attempt_row,
    audit_event,
    fetch_attempt,
)

Clock = Callable[[], datetime]


T = TypeVar("T")


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Journal:
    """Append-only provisioning journal. Open it with `Journal.open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, station_id: str, clock: Clock) -> None:
        self._chain = ChainWriter(conn, path, clock)
        self._conn = conn
        self._path = path
        self._station_id = station_id
        self._clock = clock
        self._lock = self._chain.lock
        self._steps = PendingSteps()
        # The engine's questions, asked beside the writer instead of under its lock.
        self._readers = ReaderPool(path, self._chain.fail)

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
        clock = clock or _utc_now
        conn = open_for_writing(path, station_id=station_id, created_at=iso(clock()))
        return cls(conn, path, station_id, clock)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def station_id(self) -> str:
        return self._station_id

    def close(self) -> None:
        self._readers.close()
        self._chain.close()

    def batch(self) -> AbstractContextManager[None]:
        """Group many writes of this thread into one transaction (bulk imports, benchmarks).

        Inside a batch nothing is durable until the batch ends, so the engine never uses it.
        """
        return self._chain.batch()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def on_commit(self, listener: Callable[[], None]) -> None:
        """Call `listener` after each commit (the fleet shipper's wake-up); it must not block."""
        self._chain.on_commit.append(listener)

    # -- writes ----------------------------------------------------------------------------

    def begin_attempt(
        self, *, slot: str, operator: str, target_name: str, realm: str, pairing_url: str
    ) -> str:
        attempt_id = str(uuid.uuid4())

        def work() -> None:
            now = self._clock()
            # The start time is the event's own time (not repeated in the payload).
            payload = {
                "station_id": self._station_id,
                "slot": slot,
                "operator": operator,
                "target_name": target_name,
                "realm": realm,
                "pairing_url": pairing_url,
            }
            # The row comes first: the event refers to it by its row id.
            ref = self._conn.execute(
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
                    self._chain.next_seq,
                ),
            ).lastrowid
            assert ref is not None  # an INSERT into a rowid table always has one

            self._chain.append((ref, attempt_id), "attempt.begin", payload, _nothing, now)

        self._chain.run(work)
        self._steps.open(attempt_id)
        return attempt_id

    def update_device(self, attempt_id: str, **device: Any) -> None:
        """`submit_device`, on disk when it returns."""
        self.submit_device(attempt_id, **device).wait()

    def submit_device(
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
    ) -> PendingWrite[None]:
        """`update_device`, committed behind the caller: `wait()` on the result before
        anything that must follow the record on disk. It carries the steps recorded before
        this call, not those recorded while it waits to be committed."""
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

        def work() -> None:
            ref, started_us, old_device, old_serial = self._open_attempt(
                attempt_id, "id, started_us, device_id, hardware_serial"
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

            self._append(
                (ref, attempt_id, started_us), "attempt.device", payload, apply=apply, steps=steps
            )

        steps = self._steps.take(attempt_id)
        return self._chain.submit(work)

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
        """Note a finished step. It is written inside the attempt's next record (its device,
        intent or finish), not on its own: a step is never something the engine must have on
        disk before it goes on."""
        step = str(step)
        if not STEP.fullmatch(step):
            raise ValueError(f"step name {step!r} is not a lower-case identifier")
        if duration_s < 0:
            raise ValueError("a step cannot take negative time")
        held = [step, to_us(started_at), float(duration_s), bool(ok), redact(detail)]
        # Held until the attempt's next record carries it (see `pending_steps.py`).
        if not self._steps.add(attempt_id, held):
            with self._lock:
                self._open_attempt(attempt_id, "id")  # refuses an unknown or finished attempt
            self._steps.open(attempt_id)
            self._steps.add(attempt_id, held)

    def record_intent(self, attempt_id: str, *, device_id: str, fingerprint: str) -> None:
        """Durably record that a secret with `fingerprint` is about to be written to the device.

        Only the hex SHA-256 fingerprint is accepted: anything else is refused, so a secret can
        never reach the journal through this call by mistake.
        """
        self.submit_intent(attempt_id, device_id=device_id, fingerprint=fingerprint).wait()

    def submit_intent(
        self, attempt_id: str, *, device_id: str, fingerprint: str
    ) -> PendingWrite[None]:
        """`record_intent`, committed behind the caller: nothing may reach the device's storage
        before `wait()` on the result returns."""
        if not FINGERPRINT.fullmatch(fingerprint):
            raise ValueError("fingerprint must be a lower-case hex SHA-256 (64 characters)")

        def work() -> None:
            ref, started_us, realm = self._open_attempt(attempt_id, "id, started_us, realm")
            now = self._clock()
            payload = {"device_id": device_id, "realm": realm, "fingerprint": fingerprint}

            # The record itself is what the engine's later questions read (schema.py, v5).
            def apply(seq: int) -> None:
                self._conn.execute(
                    "UPDATE attempts SET fingerprint = ?, last_seq = ? WHERE id = ?",
                    (fingerprint, seq, ref),
                )

            self._append(
                (ref, attempt_id, started_us),
                "attempt.intent",
                payload,
                apply=apply,
                now=now,
                steps=steps,
            )

        steps = self._steps.take(attempt_id)
        return self._chain.submit(work)

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
        with_records: Sequence[PrivilegedRecord] = (),
        texts: Mapping[str, Any] | None = None,
    ) -> None:
        """Record how the attempt ended.

        `with_records` are privileged events written in the same transaction as the finish
        record: on disk together or not at all (the MES result of the attempt rides here).

        `fingerprint` is that of the secret the device was proven to hold. A RECOVERED attempt
        records no intent of its own (the secret was written by an earlier attempt), so this is
        where its row gets the fingerprint QA exports promise for every provisioned device.
        `None` keeps whatever the attempt's intent recorded.
        """
        result = str(result)
        if result not in RESULTS:
            raise ValueError(f"unknown result {result!r}; expected one of {sorted(RESULTS)}")
        if fingerprint is not None and not FINGERPRINT.fullmatch(fingerprint):
            raise ValueError("fingerprint must be a lower-case hex SHA-256 (64 characters)")
        stats = clean_stats(link_stats or {})
        excerpt = bounded_excerpt(console_excerpt)
        records = [checked(r) for r in with_records]

        def work() -> None:
            ref, started_us = self._open_attempt(attempt_id, "id, started_us")
            now = self._clock()
            payload: dict[str, Any] = {
                "result": result,
                "error_class": str(error_class),
                "message": redact(message),
                "action": redact(action),
                "link_stats": stats,
                "console_excerpt": excerpt,
            }  # the finish time is the event's own time
            if fingerprint is not None:
                payload["fingerprint"] = fingerprint
            if texts and (payload["message"], payload["action"]) == (message, action):
                payload["texts"] = dict(texts)  # by ID (station/text.py), in no column

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

            # Stored without its empty fields (record_form.py); the row takes them as given.
            self._append(
                (ref, attempt_id, started_us),
                "attempt.finish",
                compact_finish(payload),
                apply=apply,
                now=now,
            )
            for record in records:
                self._privileged(record, now)

        self._chain.run(work)
        self._steps.close(attempt_id)

    def record_event(
        self, kind: str, *, actor: str, details: Mapping[str, str], reason: str = ""
    ) -> int:
        """Record a privileged action (target change, key import, override, sign-in, ...).

        Returns the event's sequence number.
        """
        record = checked(PrivilegedRecord(kind, actor, dict(details), reason))
        return self._chain.run(lambda: self._privileged(record, self._clock()))

    # -- queries the engine needs ---------------------------------------------------------------

    def latest_intent_fingerprint(self, device_id: str, realm: str) -> str | None:
        """Fingerprint of the last secret this station set out to write to that device."""
        self._chain.check_open()
        return self._readers.latest_intent_fingerprint(device_id, realm)

    def has_passed(self, device_id: str, realm: str) -> bool:
        self._chain.check_open()
        return self._readers.has_passed(device_id, realm)

    def unfinished_attempts(self) -> list[AttemptRow]:
        """Attempts begun but never finished: what a crash left behind, oldest first."""
        with self._lock:
            self._chain.check_open()
            rows = self._conn.execute(
                f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE result IS NULL "  # noqa: S608
                "ORDER BY id"
            ).fetchall()
        return [attempt_row(r) for r in rows]

    def attempt(self, attempt_id: str) -> AttemptDetail | None:
        with self._lock:
            self._chain.check_open()
            return fetch_attempt(self._conn, attempt_id)

    def audit_events(self, limit: int = 100) -> list[AuditEvent]:
        """The most recent privileged actions, newest first."""
        with self._lock:
            self._chain.check_open()
            rows = self._conn.execute(
                f"SELECT {AUDIT_COLUMNS} FROM audit ORDER BY seq DESC LIMIT ?",  # noqa: S608
                (limit,),
            ).fetchall()
        return [audit_event(r) for r in rows]

    # -- internals ----------------------------------------------------------------------------

    def _open_attempt(self, attempt_id: str, columns: str) -> tuple[Any, ...]:
        """The requested columns of an attempt that exists and is not finished yet."""
        self._chain.check_open()
        row = self._conn.execute(
            f"SELECT result, {columns} FROM attempts WHERE attempt_id = ?",  # noqa: S608
            (attempt_id,),
        ).fetchone()
        if row is None:
            raise ValueError(f"no attempt {attempt_id!r} in this journal")
        if row[0] is not None:
            raise ValueError(f"attempt {attempt_id} is already finished ({row[0]})")
        return tuple(row[1:])

    def _append(
        self,
        attempt: tuple[int, str, int],
        kind: str,
        payload: Mapping[str, Any],
        *,
        apply: Callable[[int], None],
        now: datetime | None = None,
        steps: list[Step] | None = None,
    ) -> int:
        """Append a record of the attempt (its row id, UUID and start, inside `run`), carrying
        the steps held for it (or `steps`, taken for it earlier) in the compact form."""
        ref, attempt_id, started_us = attempt
        if steps is None:
            steps = self._steps.take(attempt_id)
        record = {**payload, COMPACT_STEPS: compact_steps(steps, started_us)} if steps else payload

        def apply_all(seq: int) -> None:
            insert_steps(self._conn, ref, steps)
            apply(seq)

        try:
            return self._chain.append((ref, attempt_id), kind, record, apply_all, now)
        except BaseException:
            self._steps.put_back(attempt_id, steps)
            raise

    def _privileged(self, record: PrivilegedRecord, now: datetime) -> int:
        """Append a checked privileged event and its `audit` row (inside `run`)."""
        payload = {"actor": record.actor, "details": record.details, "reason": record.reason}

        def apply(seq: int) -> None:
            self._conn.execute(
                "INSERT INTO audit (seq, at_us, kind, actor, details, reason) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    seq,
                    to_us(now),
                    record.kind,
                    record.actor,
                    canonical_json(record.details),
                    record.reason,
                ),
            )

        return self._chain.append(None, f"privileged.{record.kind}", payload, apply, now)


def _nothing(seq: int) -> None:
    """The materialised change of an event whose table row was written before it."""
