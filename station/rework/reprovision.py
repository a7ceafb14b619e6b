"""Provision devices again with the supervisor's 'already passed' override.

The override is its own journal event (who, why, which fixture and slots), recorded before any
slot starts. The attempts then run through the engine's own `FixtureRunner`, on the journal the
caller passes (the station's single writer), so they are ordinary attempts in the journal.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from station.config.model import StationConfig
from station.engine.events import AttemptFinished, Event
from station.engine.runner import FixtureRunner
from station.errors import StationError
from station.journal import Journal
from station.roles import Actor, Privilege, require, require_reason

RESULT_TIMEOUT_S = 300.0


@dataclass(frozen=True)
class SlotResult:
    slot: str
    result: str
    device_id: str | None
    error_class: str
    message: str
    action: str


class ResultCollector:
    """An engine event sink that keeps the first finished attempt of each awaited slot."""

    def __init__(self, slots: list[str]) -> None:
        self._waiting = set(slots)
        self.results: dict[str, SlotResult] = {}
        self._done = threading.Condition()

    def __call__(self, event: Event) -> None:
        if not isinstance(event, AttemptFinished):
            return
        snap = event.snapshot
        with self._done:
            if snap.slot in self._waiting:
                self.results[snap.slot] = SlotResult(
                    snap.slot,
                    snap.result.value if snap.result else "",
                    snap.device_id,
                    snap.error_class,
                    snap.message,
                    snap.action,
                )
                self._waiting.discard(snap.slot)
                self._done.notify_all()

    def wait(self, timeout_s: float) -> bool:
        with self._done:
            return self._done.wait_for(lambda: not self._waiting, timeout=timeout_s)


def grant_override(
    actor: Actor, journal: Journal, *, reason: str, fixture: str, slots: list[str], target: str
) -> str:
    """Check and journal the override; returns the tidied reason."""
    require(actor, Privilege.OVERRIDE)
    why = require_reason(reason, "Overriding 'already passed'")
    journal.record_event(
        "override",
        actor=actor.journal_name,
        details={
            "override": "already_passed",
            "fixture": fixture,
            "slots": ", ".join(slots),
            "target": target,
        },
        reason=why,
    )
    return why


def reprovision_with_override(
    actor: Actor,
    config: StationConfig,
    fixture: str,
    slots: list[str],
    journal: Journal,
    *,
    reason: str,
    timeout_s: float = RESULT_TIMEOUT_S,
) -> list[SlotResult]:
    """Provision `slots` once with the override; blocking; one result per slot."""
    target = config.active_target(fixture).name
    grant_override(actor, journal, reason=reason, fixture=fixture, slots=slots, target=target)
    results = ResultCollector(slots)
    runner = FixtureRunner(
        config=config,
        fixture=fixture,
        journal=journal,
        operator=actor.journal_name,
        sink=results,
        override_passed=True,
        presence_interval_s=None,
    )
    try:
        for slot in slots:
            runner.start(slot)
        if not results.wait(timeout_s):
            runner.abort_all()
            results.wait(60.0)
    finally:
        runner.shutdown(60.0)
    missing = [s for s in slots if s not in results.results]
    if missing:
        raise StationError(
            f"Slots {', '.join(missing)} did not finish within {timeout_s:g} s.",
            "Check the devices and the journal, then provision them again.",
        )
    return [results.results[s] for s in slots]
