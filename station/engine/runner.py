"""`FixtureRunner`: the engine as the GUI and the CLI drive it, one fixture at a time.

It owns one `SlotWorker` (one thread) per slot, each with the device profile its slot is
configured with (`profile`, when given, serves every slot instead: tests and tools), one
Pairing client for the active target shared by those threads, and the registry of device IDs
in progress. On start it closes the attempts a crash left open in the journal (see
`docs/recovery.md`). Every method may be called from any thread and returns at once, except
`check_pairing_health` and `shutdown`, which block.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from station.cancel import Cancelled, CancelToken, Deadline
from station.config.model import FleetConfig
from station.engine.attempt import StepListener, TargetRuntime
from station.engine.check_scan import LabelChecks
from station.engine.claims import DeviceClaims
from station.engine.deps import TargetInfo
from station.engine.events import (
    EventSink,
    FleetLinkChanged,
    Result,
    SlotSnapshot,
    StationNotice,
    Step,
)
from station.engine.journaling import JournalAttemptLog
from station.engine.mes_outbox import WaitingResult
from station.engine.mes_step import route_for
from station.engine.recovery import close_interrupted
from station.engine.setup import RunnerPlan, plan_for
from station.engine.transaction import Transaction
from station.engine.worker import SlotWorker
from station.errors import ConfigError
from station.fleet.claims import ClaimClient
from station.fleet.connect import FleetSettings
from station.fleet.gate import FleetGate
from station.fleet.link import FleetLink
from station.fleet.lots import OfflineLots
from station.journal import AttemptFilter, Journal, JournalQuery
from station.pairing.client import PairingClient
from station.pairing.errors import PairingError
from station.pairing.keystore import load_fleet_password
from station.profiles import open_profile
from station.profiles.base import DeviceProfile
from station.profiles.label_scan import LabelScans, ScanRefused, UsesLabelScans
from station.text import Text

if TYPE_CHECKING:
    from station.config import StationConfig

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TargetSummary:
    """What the operator banner shows about the active target; never a token."""

    name: str
    realm: str
    pairing_url: str
    token_kind: str
    token_expires_at: datetime | None
    # The token source's own words: what it holds, or why it cannot give a token.
    token_detail: str = ""
    # False when no call to Pairing can be made with the target's tokens as they are.
    token_usable: bool = True
    # What the operator should act on soon (e.g. an issued token about to expire); empty if
    # nothing. An unusable token says why in `token_detail`.
    token_warning: str = ""
    # True when the token source gets a fresh token for every need, so it cannot run out.
    token_renews: bool = False
    # `token_detail` by message ID, which the screens translate.
    token_said: Text | None = None


class FixtureRunner:
    def __init__(
        self,
        *,
        config: StationConfig,
        fixture: str,
        journal: Journal,
        operator: str,
        sink: EventSink,
        override_passed: bool = False,
        presence_interval_s: float | None = 1.0,
        label_checks: LabelChecks | None = None,
        profile: DeviceProfile | None = None,
        fleet: FleetGate | None = None,
    ) -> None:
        self.plan: RunnerPlan = plan_for(config, fixture)
        # Fleet mode ([fleet] configured): device IDs are claimed at the centre, and the journal
        # ships there from a thread of this process (started last, below).
        lots = OfflineLots(journal)
        self._fleet = (
            fleet if fleet is not None or config.fleet is None else fleet_gate(config.fleet, lots)
        )
        self._fleet_link = (
            None
            if fleet is not None or config.fleet is None
            else fleet_link(config.fleet, journal, lots, sink, self._fleet)
        )
        self.fixture = fixture
        self._journal = journal
        self._log = JournalAttemptLog(journal)
        self._sink = sink
        self._operator = operator
        self._override_passed = override_passed
        self._claims = DeviceClaims()
        self._lock = threading.Lock()
        target = self.plan.target
        self._pairing = PairingClient(
            base_url=target.pairing_url,
            realm=target.realm,
            tokens=target.tokens,
            ca_bundle=target.ca_bundle,
            max_in_flight=target.max_in_flight,
        )
        # The plant's MES, when the target names a recipe: asked before each registration.
        self._route = route_for(config, config.target(target.name), journal, sink)
        # Check-scan (given by the line, which prints and checks the labels): a PASS is final
        # once its label is scanned back and matches (check_scan.py).
        self.label_checks = label_checks
        if label_checks is not None:
            label_checks.set_listener(
                lambda slot, on, unit: self._workers[slot].show_check_wait(on, unit)
            )
        self._target = TargetRuntime(
            info=TargetInfo(target.name, target.realm, target.pairing_url),
            policy=target.policy,
            pairing=self._pairing,
            initial_introspection=target.initial_introspection,
            route=self._route,
            checks=label_checks,
        )
        self._close_interrupted()
        # A reader of its own, so looking up a slot's history never waits on a write.
        self._history = JournalQuery.open(journal.path)
        self._workers: dict[str, SlotWorker] = {}
        # Scanned labels, for profiles that identify a unit by its label (label_scan.py).
        self.label_scans = LabelScans()
        self.label_scans.set_listener(lambda slot, on: self._workers[slot].show_label_wait(on))
        # One profile per kind: profiles are stateless between sessions, so slots share them.
        profiles: dict[str, DeviceProfile] = {}
        if isinstance(profile, UsesLabelScans):
            profile.use_label_scans(self.label_scans)
        for spec in self.plan.slots:
            if profile is None and spec.profile not in profiles:
                made = open_profile(spec.profile, self.plan.profile_options.get(spec.profile))
                if isinstance(made, UsesLabelScans):
                    made.use_label_scans(self.label_scans)
                profiles[spec.profile] = made
            self._workers[spec.name] = SlotWorker(
                slot=spec.name,
                binding=spec.binding,
                baud=spec.baud,
                make_transaction=self._transaction,
                profile=profile or profiles[spec.profile],
                sink=sink,
                presence_interval_s=presence_interval_s,
                ready_note=self._interrupted_note,
            )
        self._auto_start = False
        self.set_auto_start(self.plan.auto_start)
        for worker in self._workers.values():
            worker.launch()
        if self._fleet_link is not None:
            self._fleet_link.start()

    # -- the facade --------------------------------------------------------------------------

    @property
    def slots(self) -> list[str]:
        return list(self._workers)

    def snapshots(self) -> list[SlotSnapshot]:
        return [w.snapshot for w in self._workers.values()]

    def start(self, slot: str) -> bool:
        """Start an attempt on `slot` whatever its presence state; False if it is busy."""
        return self._worker(slot).start()

    def start_all(self) -> list[str]:
        """Start every slot whose device answers; the slots started."""
        from station.engine.events import SlotState

        ready = [w for w in self._workers.values() if w.snapshot.state is SlotState.READY]
        return [w.slot for w in ready if w.start()]

    def give_label_scan(self, slot: str, text: str) -> StationNotice | None:
        """A label scanned for `slot` (waiting for one): None when taken, else what was wrong
        with it and what to do; the slot keeps waiting."""
        self._worker(slot)
        try:
            self.label_scans.give(slot, text)
        except ScanRefused as exc:
            return StationNotice.from_error("warning", exc)
        return None

    def waiting_for_port(self, slot: str) -> bool:
        """Whether a start on `slot` is waiting for its device's port to come back."""
        return self._worker(slot).waiting_for_port

    def abort(self, slot: str, reason: str = "Stopped by the operator.") -> None:
        self._worker(slot).abort(reason)

    def abort_all(self) -> None:
        for worker in self._workers.values():
            worker.abort()

    @property
    def busy(self) -> bool:
        return any(w.busy for w in self._workers.values())

    def set_operator(self, name: str) -> None:
        with self._lock:
            self._operator = name

    def set_override_passed(self, on: bool) -> None:
        """Supervisor override: let devices that already passed for this realm be provisioned
        again (rework). The caller checks the role and journals the override with its reason."""
        with self._lock:
            self._override_passed = on

    @property
    def override_passed(self) -> bool:
        with self._lock:
            return self._override_passed

    @property
    def auto_start(self) -> bool:
        """Whether a slot starts by itself when a device appears: the fixture's configured
        default until `set_auto_start` changes it."""
        with self._lock:
            return self._auto_start

    def set_auto_start(self, on: bool) -> None:
        with self._lock:
            self._auto_start = on
            for worker in self._workers.values():
                worker.auto_start = on

    def mes_waiting(self) -> list[WaitingResult] | None:
        """The results waiting for the MES, with the sender's tries (None: no MES for this
        target). Safe from any thread: the supervisor's MES screen polls it."""
        return None if self._route is None else self._route.outbox.waiting()

    def check_presence(self) -> None:
        """Ask every idle slot to look for its device now (results arrive as events)."""
        for worker in self._workers.values():
            worker.check_presence()

    def target_summary(self) -> TargetSummary:
        target = self.plan.target
        status = target.tokens.status()
        return TargetSummary(
            name=target.name,
            realm=target.realm,
            pairing_url=target.pairing_url,
            token_kind=status.kind,
            token_expires_at=status.expires_at,
            token_detail=status.detail,
            token_usable=status.usable,
            token_warning=status.detail if status.warning else "",
            token_renews=status.renews,
            token_said=status.detail_text,
        )

    def check_pairing_health(
        self, *, timeout_s: float | None = None, cancel: CancelToken | None = None
    ) -> bool:
        """Blocking: True when Pairing answers healthy. Call it off the GUI thread.

        `timeout_s` bounds the whole check (retries included) and `cancel` ends it early, so a
        window closing while Pairing is unreachable does not wait out the client's timeouts."""
        deadline = Deadline(timeout_s) if timeout_s is not None else None
        try:
            return self._pairing.health(deadline=deadline, cancel=cancel)
        except (PairingError, Cancelled) as exc:
            log.info("Pairing health check failed: %s", exc.message)
            return False

    def shutdown(self, timeout_s: float = 30.0) -> None:
        """Abort every slot safely (a write in flight finishes first) and join the threads."""
        for worker in self._workers.values():
            worker.stop()
        stuck = [w.slot for w in self._workers.values() if not w.join(timeout_s)]
        if stuck:
            log.error("slot threads still running after %.0f s: %s", timeout_s, stuck)
        self._pairing.close()
        if self._route is not None:
            self._route.close()
        self._history.close()
        if self._fleet is not None:
            self._fleet.close()
        if self._fleet_link is not None:
            self._fleet_link.stop()

    # -- internals ---------------------------------------------------------------------------

    def _worker(self, slot: str) -> SlotWorker:
        try:
            return self._workers[slot]
        except KeyError:
            raise ConfigError(
                Text.of("runner.no_slot", fixture=repr(self.fixture), slot=repr(slot)),
                Text.of("runner.no_slot.action", slots=", ".join(self._workers)),
            ) from None

    def _transaction(
        self, *, slot: str, port: str, baud: int, profile: DeviceProfile, on_step: StepListener
    ) -> Transaction:
        with self._lock:
            operator = self._operator
            override_passed = self._override_passed
        return Transaction(
            slot=slot,
            port=port,
            baud=baud,
            target=self._target,
            journal=self._log,
            operator=operator,
            profile=profile,
            claims=self._claims,
            fleet=self._fleet,
            override_passed=override_passed,
            on_step=on_step,
        )

    def _interrupted_note(self, slot: str) -> tuple[Text, Text] | None:
        """For a slot whose device just appeared: if this station's last attempt there was cut
        short after it recorded the intent to write credentials (a crash or an abort), say that
        pressing Start resumes it. The device in the slot is not known yet, so this is a hint
        about the slot; the attempt itself decides from what the device holds."""
        ids = self._history.keys(AttemptFilter(slot=slot), limit=16)
        ours = [r for r in self._history.rows(ids) if r.station_id == self._journal.station_id]
        if not ours:
            return None
        last = ours[0]
        if last.result not in (None, Result.ABORTED.value) or last.device_id is None:
            return None
        detail = self._history.attempt(last.attempt_id)
        if detail is None or not detail.intents:
            return None
        if self._journal.has_passed(last.device_id, last.realm):
            return None  # finished since, in another slot: nothing left to resume
        return (
            Text.of("ready.interrupted"),
            Text.of("ready.interrupted.action", slot=slot),
        )

    def _close_interrupted(self) -> None:
        """Give every attempt a crash left open a result, before any slot starts."""
        ours = {s.name for s in self.plan.slots}
        for row in self._journal.unfinished_attempts():
            if row.station_id != self._journal.station_id or row.slot not in ours:
                continue
            detail = self._journal.attempt(row.attempt_id)
            steps = detail.steps if detail is not None else ()
            known = {step.value: step for step in Step}
            last = next((known[s.step] for s in reversed(steps) if s.step in known), None)
            closure = close_interrupted(
                slot=row.slot,
                last_completed=last,
                intent_recorded=bool(detail and detail.intents),
            )
            self._journal.finish_attempt(
                row.attempt_id,
                result=closure.result.value,
                error_class=closure.error_class,
                message=closure.message,
                action=closure.action,
            )
            log.warning("closed interrupted attempt %s on slot %s", row.attempt_id, row.slot)
            self._sink(StationNotice.of("warning", closure.text, closure.action_text))


def _password(config: FleetConfig) -> Callable[[], str | None] | None:
    """Read from the keyring when a connection is made, so a missing password fails that claim
    (closed) or stops the shipper with an action, never the start-up."""
    role = config.role
    return None if config.cert_file is not None else (lambda: load_fleet_password(role))


def fleet_gate(config: FleetConfig, lots: OfflineLots) -> FleetGate:
    """The claim gate of a station in fleet mode. A supervisor's offline lot, read from the
    journal, lets it register without the centre."""
    client = ClaimClient(FleetSettings.from_config(config), _password(config))
    return FleetGate(client, config.claim_ttl_s, lots)


def fleet_link(
    config: FleetConfig,
    journal: Journal,
    lots: OfflineLots,
    sink: EventSink,
    gate: FleetGate | None,
) -> FleetLink:
    """The shipper thread and the link's state, published as engine events when it changes;
    the gate's claim client back-fills the claims of devices passed under an offline lot. Each
    journal commit wakes the shipper, so an event ships as soon as it is durable."""
    link = FleetLink(
        FleetSettings.from_config(config),
        _password(config),
        journal.path,
        lots,
        lambda state: sink(FleetLinkChanged(state)),
        claims=gate.client if gate is not None else None,
    )
    journal.on_commit(link.shipper.wake)
    return link
