"""Provision devices again with the supervisor's 'already passed' override.

The override is its own journal event (who, why, which fixture and slots), recorded before any
slot starts. The attempts then run through the fixture's runner with its line (`LineRunner`),
on the journal the caller passes (the station's single writer), so they are ordinary attempts
in the journal, and a unit that passes gets its label like any other: printed after its PASS
and journaled as a `label_print` (a reworked unit leaves with a label of its own, which QA finds
beside the attempt). The tower light and the fail sound follow it as well. With `check_scan`
its PASS waits for the label to be scanned back, by the `[line] scanner_port` scanner.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from station.config.model import StationConfig
from station.engine.events import AttemptFinished, Event, SlotUpdated, StationNotice
from station.engine.said import SaysInEnglish
from station.errors import StationError
from station.journal import Journal
from station.line.runner import LineRunner
from station.roles import Actor, Privilege, require, require_reason
from station.text import Text

RESULT_TIMEOUT_S = 300.0

NoticeSink = Callable[[StationNotice], None]


@dataclass(frozen=True)
class SlotResult(SaysInEnglish):
    slot: str
    result: str
    device_id: str | None
    error_class: str
    text: Text  # the attempt's message and action by ID (the English: `message`, `action`)
    action_text: Text


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
                    *snap.said,
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
    why = require_reason(reason, Text.of("roles.reason_for.override"))
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
    notices: NoticeSink | None = None,
) -> list[SlotResult]:
    """Provision `slots` once with the override; blocking; one result per slot. `notices`
    hears the line's notices (a label that did not print, a slot waiting for its scan)."""
    target = config.active_target(fixture).name
    grant_override(actor, journal, reason=reason, fixture=fixture, slots=slots, target=target)
    results = ResultCollector(slots)
    told = notices or (lambda _notice: None)
    asked: set[str] = set()

    def sink(event: Event) -> None:
        if isinstance(event, StationNotice):
            told(event)
        elif isinstance(event, SlotUpdated) and event.snapshot.awaiting_check:
            snap = event.snapshot
            if snap.slot not in asked:  # check-scan: say once which unit waits for its scan
                asked.add(snap.slot)
                said, what_to_do = snap.said
                told(
                    StationNotice.of(
                        "info", Text.of("slot.prefix", slot=snap.slot, message=said), what_to_do
                    )
                )
        else:
            results(event)

    runner = LineRunner(
        config=config,
        fixture=fixture,
        journal=journal,
        operator=actor.journal_name,
        sink=sink,
        override_passed=True,
        presence_interval_s=None,
    )
    scanner = runner.serial_scanner(
        lambda level, message, action: told(StationNotice.of(level, message, action))
    )
    try:
        for slot in slots:
            runner.start(slot)
        if not results.wait(timeout_s):
            runner.abort_all()
            results.wait(60.0)
    finally:
        if scanner is not None:
            scanner.stop()
        runner.shutdown(60.0)  # the line's labels and tower are done with it
    missing = [s for s in slots if s not in results.results]
    if missing:
        raise StationError(
            Text.of("rework.not_finished", slots=", ".join(missing), timeout_s=f"{timeout_s:g}"),
            Text.of("rework.not_finished.action"),
        )
    return [results.results[s] for s in slots]
