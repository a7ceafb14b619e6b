"""The MES results outbox: each result is journaled first, then sent until the MES acknowledges.

`result_record` is the `mes_result` journal event (the whole result, keyed by its idempotency
key) that the transaction writes with the attempt's finish record, in one journal transaction, so an
attempt is never finished on disk without its result (a crash between two writes cannot lose
it); `take` then hands the result to the sender. A result survives an MES that is down, a
station that is closed, or a crash after the journal write. One thread sends what is pending,
oldest first; an acknowledgement is journaled as `mes_result_ack` with the key, and only then is
the result off the list. On start the list is read back from the journal (every `mes_result`
without its `mes_result_ack`), so a restart resends what the MES never acknowledged; the MES
counts each key once, so a result it took just before a crash is not counted twice.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from station.engine.events import StationNotice
from station.journal import Journal, PrivilegedRecord
from station.journal.audit_query import AuditFilter, AuditReader
from station.mes.client import MesClient, MesUnavailable, UnitResult
from station.text import Text

log = logging.getLogger(__name__)

QUEUED, ACKED = "mes_result", "mes_result_ack"
ACK_ACTOR = "station (MES outbox)"
DEFAULT_RETRY_S = 10.0
_FIELDS = tuple(f.name for f in dataclasses.fields(UnitResult))


@dataclass(frozen=True)
class WaitingResult:
    """A result the MES has not acknowledged, as the supervisor's MES screen lists it."""

    result: UnitResult
    tries: int  # sends tried since this station started
    last_error: str  # why the last try failed ("" before the first)
    next_try: datetime | None  # when the sender tries again (None: as soon as it is free)


def result_record(result: UnitResult, *, actor: str) -> PrivilegedRecord:
    """The `mes_result` journal event of `result`: what the outbox reads back on start."""
    return PrivilegedRecord(QUEUED, actor, dataclasses.asdict(result))


def pending_in(journal: Journal) -> list[UnitResult]:
    """The results the journal holds that the MES has not acknowledged, oldest first."""
    with AuditReader.open(journal.path) as reader:
        events = list(reader.iter_events(AuditFilter(kinds=frozenset({QUEUED, ACKED}))))
    acked = {e.details.get("idempotency_key") for e in events if e.kind == ACKED}
    pending: dict[str, UnitResult] = {}
    for event in events:
        key = event.details.get("idempotency_key", "")
        if event.kind == QUEUED and key not in acked and all(f in event.details for f in _FIELDS):
            pending[key] = UnitResult(**{f: event.details[f] for f in _FIELDS})
    return list(pending.values())


class MesOutbox:
    def __init__(
        self,
        client: MesClient,
        journal: Journal,
        *,
        notify: Callable[[StationNotice], None],
        retry_s: float | None = None,
    ) -> None:
        self._client = client
        self._journal = journal
        self._notify = notify
        self._retry_s = DEFAULT_RETRY_S if retry_s is None else retry_s
        self._cond = threading.Condition()
        self._pending: dict[str, UnitResult] = {r.idempotency_key: r for r in pending_in(journal)}
        self._closed = False
        self._told_down = False
        self._tries: dict[str, int] = {}
        self._errors: dict[str, str] = {}
        self._next_try: datetime | None = None
        self._thread = threading.Thread(target=self._run, name="mes-outbox", daemon=True)
        self._thread.start()

    def take(self, result: UnitResult) -> None:
        """Let the sender take a result the journal already holds (returns at once)."""
        with self._cond:
            self._pending[result.idempotency_key] = result
            self._cond.notify_all()

    def pending(self) -> list[str]:
        """The idempotency keys not acknowledged yet, oldest first."""
        with self._cond:
            return list(self._pending)

    def waiting(self) -> list[WaitingResult]:
        """What waits for the MES, oldest first, with the sender's tries (safe from any thread)."""
        with self._cond:
            return [
                WaitingResult(
                    result,
                    self._tries.get(key, 0),
                    self._errors.get(key, ""),
                    self._next_try,
                )
                for key, result in self._pending.items()
            ]

    def wait_empty(self, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: not self._pending, timeout)

    def close(self, timeout: float = 10.0, *, flush_s: float = 3.0) -> None:
        """Stop sending, after up to `flush_s` for what is pending (the rest stays queued in
        the journal for the next start)."""
        self.wait_empty(flush_s)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._closed or bool(self._pending))
                if self._closed:
                    return
                result = next(iter(self._pending.values()))
                key = result.idempotency_key
                self._tries[key] = self._tries.get(key, 0) + 1
                self._next_try = None
            try:
                self._client.report(result)
            except MesUnavailable as exc:
                self._down(exc)
                self._wait_to_retry(key, exc.message)
                continue
            except Exception as exc:  # a bug must not stop the outbox for the shift
                log.exception("sending an MES result failed (this is a bug)")
                self._wait_to_retry(key, f"internal error: {exc!r}")
                continue
            self._journal.record_event(
                ACKED, actor=ACK_ACTOR, details={"idempotency_key": result.idempotency_key}
            )
            with self._cond:
                self._pending.pop(key, None)
                self._tries.pop(key, None)
                self._errors.pop(key, None)
                left = len(self._pending)
                self._cond.notify_all()
            if self._told_down and left == 0:
                self._told_down = False
                self._notify(StationNotice.of("info", Text.of("mes.outbox.empty")))

    def _wait_to_retry(self, key: str, error: str) -> None:
        with self._cond:  # wait before the next try; a close ends the wait
            self._errors[key] = error
            self._next_try = datetime.now(UTC) + timedelta(seconds=self._retry_s)
            self._cond.wait_for(lambda: self._closed, self._retry_s)

    def _down(self, exc: MesUnavailable) -> None:
        if self._told_down:
            return
        self._told_down = True
        count = len(self.pending())
        self._notify(
            StationNotice.of(
                "warning",
                Text.of("mes.outbox.waiting", count=count, cause=exc.text),
                Text.of("mes.outbox.waiting.action"),
            )
        )
