"""The journal as the transaction writes it: `AttemptLog` over `station.journal.Journal`.

The device record is written behind the attempt: its fsync runs while the policy is checked
and Pairing is asked for a secret, instead of before. `settle` waits for it, and so does every
later record of the attempt, so the chain keeps the attempt's order and the intent, durable on
its own before the device write, still follows a durable device record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from station.engine.deps import Finish, TargetInfo
from station.engine.events import Step
from station.errors import StationError
from station.journal.chain_writer import PendingWrite
from station.journal.store import Journal
from station.profiles.base import Identity

log = logging.getLogger(__name__)

# A fact is a short value (a chip name, a MAC, a path); a profile's long text is cut here.
FACT_CHARS = 200


class JournalAttemptLog:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        # Records written behind, by attempt, not yet known to be on disk.
        self._behind: dict[str, PendingWrite[None]] = {}

    def begin(self, *, slot: str, operator: str, target: TargetInfo) -> str:
        return self.journal.begin_attempt(
            slot=slot,
            operator=operator,
            target_name=target.name,
            realm=target.realm,
            pairing_url=target.pairing_url,
        )

    def device(self, attempt_id: str, identity: Identity, device_id: str | None) -> None:
        self.settle(attempt_id)
        self._behind[attempt_id] = self.journal.submit_device(
            attempt_id,
            device_id=device_id,
            hardware_serial=identity.hardware_serial,
            model=identity.model,
            firmware=identity.firmware,
            storage_kind=identity.storage_kind.value,
            profile=identity.profile,
            facts={k: str(v)[:FACT_CHARS] for k, v in identity.facts.items()},
        )

    def step(
        self,
        attempt_id: str,
        step: Step,
        *,
        started_at: datetime,
        duration_s: float,
        ok: bool,
        detail: str,
    ) -> None:
        self.journal.record_step(
            attempt_id,
            step.value,
            started_at=started_at,
            duration_s=duration_s,
            ok=ok,
            detail=detail,
        )

    def settle(self, attempt_id: str) -> None:
        """Wait until the attempt's records written behind are on disk (raises their error)."""
        pending = self._behind.pop(attempt_id, None)
        if pending is not None:
            pending.wait()

    def intent(
        self,
        attempt_id: str,
        *,
        device_id: str,
        realm: str,
        fingerprint: str,
        meanwhile: Callable[[], None] | None = None,
    ) -> None:
        """On disk when it returns. `meanwhile` (the device's read-only questions before the
        write) runs while the intent's fsync does; the write itself comes only after."""
        self.settle(attempt_id)
        # The journal takes the realm from the attempt itself; `realm` is the same by design.
        pending = self.journal.submit_intent(
            attempt_id, device_id=device_id, fingerprint=fingerprint
        )
        try:
            if meanwhile is not None:
                meanwhile()
        finally:
            pending.wait()

    def latest_intent(self, device_id: str, realm: str) -> str | None:
        return self.journal.latest_intent_fingerprint(device_id, realm)

    def has_passed(self, device_id: str, realm: str) -> bool:
        return self.journal.has_passed(device_id, realm)

    def finish(self, attempt_id: str, finish: Finish) -> None:
        try:
            self.settle(attempt_id)
        except StationError as exc:
            # The attempt ended before it needed the record (a refusal, say): it is still
            # closed with its own result, and the lost record is reported here.
            log.error("the device record of attempt %s was not written: %s", attempt_id, exc)
        self.journal.finish_attempt(
            attempt_id,
            result=finish.result.value,
            error_class=finish.error_class,
            message=finish.message,
            action=finish.action,
            link_stats=finish.link_stats,
            console_excerpt=finish.console_excerpt,
            fingerprint=finish.fingerprint,
            with_records=finish.records,
            texts=finish.texts,
        )
