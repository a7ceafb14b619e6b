"""The MES route step of an attempt: ask before registering, report the outcome after.

`RouteGate.check` runs in the policy step, after the station's own checks and before Pairing is
asked for anything: an MES that holds the unit ends the attempt (FAIL, with the MES's reason
verbatim), and an MES that cannot be asked ends it too unless the target's offline policy is
`allow-and-queue`, in which case the skipped check is journaled (`mes_offline_allowed`: who,
which unit, why) and the unit goes on. `RouteGate.report` queues the outcome of every attempt
the MES was asked about (or skipped for) in the journal's MES outbox (`mes_outbox.py`): `result_of`
gives the `mes_result` record the transaction writes with the attempt's finish record, and
`queued` hands it to the sender once that is on disk.

A supervisor may override `block` for a while (`station mes override`): a `mes_override` journal
event with the target, who, why and until when. While one is in force an MES that cannot be asked
lets units go on as `allow-and-queue` would, and each is journaled with the override's author.
A refusal from an answering MES is never overridden.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from station.config.model import StationConfig, TargetConfig
from station.engine.crashpoints import CrashPoint, crash_if
from station.engine.deps import AttemptLog, Finish
from station.engine.events import Result, StationNotice
from station.engine.mes_outbox import MesOutbox, result_record
from station.errors import StationError
from station.journal import Journal, PrivilegedRecord
from station.journal.audit_query import AuditFilter, AuditReader
from station.mes.client import MesClient, MesUnavailable, RouteDecision, UnitResult
from station.mes.policy import OfflinePolicy, verdict
from station.text import Text

OVERRIDE_KIND = "mes_override"
#: The longest override a supervisor may give: one shift.
MAX_OVERRIDE = timedelta(hours=8)


@dataclass(frozen=True)
class Override:
    actor: str
    until: datetime
    reason: str


def override_in_force(
    journal: Journal, target: str, now: datetime | None = None
) -> Override | None:
    """The supervisor's override of `block` for `target` in force now, from the journal."""
    now = now or datetime.now(UTC)
    latest = None
    with AuditReader.open(journal.path) as reader:
        kinds = AuditFilter(kinds=frozenset({OVERRIDE_KIND}), since=now - MAX_OVERRIDE)
        for event in reader.iter_events(kinds):
            if event.details.get("target") == target:
                latest = event
    if latest is None or latest.details.get("action") != "start":
        return None
    try:
        until = datetime.fromisoformat(latest.details.get("until", ""))
    except ValueError:
        return None
    return Override(latest.actor, until, latest.reason) if until > now else None


class RouteHeld(StationError):
    """The plant's MES refuses this unit at this station (its reason is in the message)."""

    error_class = "mes_hold"


@dataclass(frozen=True)
class _Asked:
    serial: str
    device_id: str


class RouteGate:
    def __init__(
        self,
        client: MesClient,
        outbox: MesOutbox,
        journal: Journal,
        *,
        target: str,
        recipe: str,
        policy: OfflinePolicy,
    ) -> None:
        self.client, self.outbox, self.recipe, self.policy = client, outbox, recipe, policy
        self.target = target
        self._journal = journal
        self._lock = threading.Lock()
        self._asked: dict[str, _Asked] = {}

    def check(
        self, attempt_id: str, *, slot: str, serial: str, device_id: str, operator: str
    ) -> None:
        """Return if the unit may go on; `RouteHeld` or `MesUnavailable` (FAIL) if not."""
        answer: RouteDecision | MesUnavailable
        try:
            answer = self.client.check(serial=serial, device_id=device_id, recipe=self.recipe)
        except MesUnavailable as exc:
            answer = exc
        override = None
        if isinstance(answer, MesUnavailable) and self.policy is OfflinePolicy.BLOCK:
            override = override_in_force(self._journal, self.target)
        decided = verdict(
            answer, OfflinePolicy.ALLOW_AND_QUEUE if override is not None else self.policy
        )
        if not decided.proceed:
            if isinstance(answer, RouteDecision):
                raise RouteHeld(
                    Text.of("mes.held", slot=slot, unit=serial or device_id, reason=answer.reason),
                    Text.of("mes.held.action", slot=slot),
                )
            raise MesUnavailable(
                Text.of("mes.blocked", cause=answer.text),
                Text.of("mes.blocked.action", slot=slot, action=answer.action_text),
            )
        if not decided.checked:
            details = {
                "slot": slot,
                "attempt_id": attempt_id,
                "serial": serial,
                "device_id": device_id,
                "recipe": self.recipe,
                "policy": self.policy.value if override is None else "supervisor-override",
            }
            reason = decided.reason
            if override is not None and isinstance(answer, MesUnavailable):
                details["override_by"] = override.actor
                details["override_until"] = override.until.isoformat(timespec="seconds")
                reason = (
                    f"{answer.message} Allowed by {override.actor}'s override of block until "
                    f"{details['override_until']}: {override.reason}"
                )
            self._journal.record_event(
                "mes_offline_allowed", actor=operator, details=details, reason=reason
            )
        with self._lock:
            self._asked[attempt_id] = _Asked(serial, device_id)

    def result_of(
        self, attempt_id: str, result: Result, *, operator: str
    ) -> tuple[UnitResult, PrivilegedRecord] | None:
        """The outcome of an attempt the MES was asked about, and its journal record, to write
        with the attempt's finish (None for an attempt that never reached the MES check)."""
        with self._lock:
            asked = self._asked.pop(attempt_id, None)
        if asked is None:
            return None
        unit = UnitResult(
            idempotency_key=attempt_id,
            serial=asked.serial,
            device_id=asked.device_id,
            recipe=self.recipe,
            outcome=result.value,
            attempt_id=attempt_id,
            finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        return unit, result_record(unit, actor=operator)

    def queued(self, unit: UnitResult) -> None:
        """Send a result whose record is on disk (with its attempt's finish) until acknowledged."""
        self.outbox.take(unit)

    def close(self) -> None:
        self.outbox.close()
        self.client.close()


def finish_with_mes_result(  # noqa: PLR0917 - the attempt's own fields
    journal: AttemptLog,
    route: RouteGate | None,
    finish: Finish,
    attempt_id: str,
    slot: str,
    operator: str,
) -> None:
    """Journal the attempt's finish with its MES result in one transaction, then send it.

    A kill at any point leaves both on disk or neither (`after_finish` is the crash point
    between the journal and the sender: the next start reads the result back and sends it).
    """
    mes = None if route is None else route.result_of(attempt_id, finish.result, operator=operator)
    journal.finish(attempt_id, replace(finish, records=() if mes is None else (mes[1],)))
    crash_if(CrashPoint.AFTER_FINISH, slot)
    if route is not None and mes is not None:
        route.queued(mes[0])


def route_for(
    config: StationConfig,
    target: TargetConfig,
    journal: Journal,
    notify: Callable[[StationNotice], None],
) -> RouteGate | None:
    """The target's route gate, when it names an MES recipe (None otherwise)."""
    url = config.line.mes_url
    if target.mes_recipe is None or url is None:
        return None
    client = MesClient(url, station_id=config.station_id, timeout_s=config.line.mes_timeout_s)
    return RouteGate(
        client,
        MesOutbox(client, journal, notify=notify),
        journal,
        target=target.name,
        recipe=target.mes_recipe,
        policy=OfflinePolicy(target.mes_offline),
    )
