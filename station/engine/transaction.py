"""One provisioning attempt on one slot: identify, decide, register, write, prove, lock.

`Transaction._walk` is the walk of a secret, whole, in one function: Pairing mints it, a local
variable holds it, the journal records only its fingerprint (durably, before the write), the
device stores it, the device's digest and its revealed value are checked against it, Pairing's
device info accepts the very value the device holds, and the device is locked. The secret never
enters an event, a log record, an exception message or the journal.

Operator abort (`abort`) is honoured at every step boundary and inside every link wait, except
during the device write and the lock: once such a request may be on the wire it is allowed to
finish (bounded by its own deadline, then by a settle window for a device that answers late),
so an abort never leaves the station unsure whether a record it journaled was burned. After a
write that finished under an abort, the device is read back before the attempt stops, and the
ABORTED result says what the device holds. A Pairing request in flight is not interrupted
either (the client's timeout bounds it); the abort is honoured while a registration waits for
its turn and between its retries.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial

from station.cancel import Cancelled, Deadline
from station.engine.attempt import (
    Outcome,
    Scrap,
    ShieldedAbort,
    StepListener,
    TargetRuntime,
    VerificationFailed,
    decision_refusal,
    internal_error,
    journal_texts,
    link_record,
    open_session,
    verdict,
)
from station.engine.central_claim import CentralClaim
from station.engine.checks import (
    check_read_back,
    check_revealed,
    check_same_device,
    cloud_accepts,
    interrupted_write,
    no_state_after,
)
from station.engine.claims import DeviceClaims
from station.engine.crashpoints import CrashPoint, arm_during_write, crash_if
from station.engine.deps import AttemptLog, Finish
from station.engine.events import Result, Step
from station.engine.mes_step import finish_with_mes_result
from station.engine.policy import check_policy, decide_device_id
from station.engine.recovery import Plan, StorageDecision, decide_storage
from station.errors import (
    DeviceGone,
    DeviceNotAnswering,
    OutcomeUnknown,
    StationError,
)
from station.fleet.gate import FleetGate
from station.profiles.base import (
    DeviceProfile,
    DeviceSession,
    Identity,
    ProvisioningRecord,
    StorageState,
)
from station.secret import Secret
from station.text import Text

log = logging.getLogger(__name__)

REDACTED = "[secret redacted]"

# How long the station keeps asking a device for its state after a write or lock whose answer
# did not arrive within the deadline the device declared. A device still programming (slower
# than it claims) answers within this; one that never does is reported as not answering.
WRITE_SETTLE_S = 10.0


class Transaction:
    """One attempt. Build it on the slot's owner thread and `run()` it there; `abort()` from
    any thread."""

    def __init__(
        self,
        *,
        slot: str,
        port: str,
        baud: int,
        target: TargetRuntime,
        journal: AttemptLog,
        operator: str,
        profile: DeviceProfile,
        claims: DeviceClaims,
        fleet: FleetGate | None = None,
        override_passed: bool = False,
        on_step: StepListener | None = None,
        write_settle_s: float = WRITE_SETTLE_S,
    ) -> None:
        self.slot = slot
        self.port = port
        self.baud = baud
        self.target = target
        self.journal = journal
        self.operator = operator
        self.override_passed = override_passed
        self._profile = profile
        self._claims = claims
        # Fleet mode: the device ID's claim at the centre (a no-op without a gate).
        self._central = CentralClaim(fleet, slot=slot)
        self._on_step = on_step
        self._write_settle_s = write_settle_s
        self._owner = threading.get_ident()
        self._aborts = ShieldedAbort()
        self._abort, self._link_cancel = self._aborts.operator, self._aborts.link
        self.attempt_id = ""
        self.device_id: str | None = None
        self.hardware_serial: str | None = None
        self._fingerprint: str | None = None
        self._durations: dict[str, float] = {}
        self._step: Step | None = None
        # What the device was read back to hold after a write that an abort let finish.
        self._held_after_abort: Text | None = None
        # The identity read at the start: every later identify must name the same device.
        self._first_identity: Identity | None = None

    # -- control from other threads ---------------------------------------------------------

    def abort(self, reason: str | Text = "Stopped by the operator.") -> None:
        self._aborts.abort(reason)

    @property
    def current_step(self) -> Step | None:
        return self._step

    # -- the attempt -------------------------------------------------------------------------

    def run(self) -> Outcome:
        assert threading.get_ident() == self._owner, "a transaction runs on its slot's thread"
        self.attempt_id = self.journal.begin(
            slot=self.slot, operator=self.operator, target=self.target.info
        )
        dev: DeviceSession | None = None
        result, error_class = Result.FAIL, ""
        message, action = Text.plain(""), Text.plain("")
        try:
            with contextlib.ExitStack() as stack:
                with self._stage(Step.CONNECT):
                    dev = open_session(
                        self._profile, stack, self.port, baud=self.baud,
                        cancel=self._link_cancel, slot=self.slot,
                    )  # fmt: skip
                try:
                    with self._stage(Step.IDENTIFY):
                        identity = dev.identify()
                    self._first_identity = identity
                    self.hardware_serial = identity.hardware_serial
                    with self._stage(Step.POLICY):
                        decision = self._decide(identity)
                    result = self._ends_at_decision(identity, decision) or self._walk(
                        dev, identity, decision
                    )
                finally:
                    excerpt, stats = link_record(dev, self.slot)
        except (Cancelled, StationError) as exc:
            result, error_class, message, action = verdict(
                exc, self.slot, self._step_label(), self._held_after_abort
            )
        except Exception:
            log.exception("bug in the transaction on slot %s at %s", self.slot, self._step)
            result, error_class, message, action = internal_error(self.slot, self._step_label())
        else:
            message = Text.of("attempt.provisioned") if result is Result.PASS else message
        if result is Result.PASS and self.target.checks:  # held for its scan: check_scan.py
            unit = self.hardware_serial or self.device_id
            assert unit is not None  # a PASS registered its device ID
            held = (self.slot, unit, self._abort)
            result, error_class, message, action = self.target.checks.close(*held)
        if dev is None:
            excerpt, stats = "", {}
        crash_if(CrashPoint.BEFORE_FINISH, self.slot)
        finish = Finish(
            result=result,
            error_class=error_class,
            message=message.english,
            action=action.english,
            texts=journal_texts(result, message, action),
            fingerprint=self._fingerprint,
            link_stats=stats,
            console_excerpt=excerpt,
        )
        finish_with_mes_result(
            self.journal, self.target.route, finish, self.attempt_id, self.slot, self.operator
        )
        if self.device_id is not None:
            self._claims.release(self.device_id, self.slot)
        return Outcome(
            attempt_id=self.attempt_id,
            result=result,
            device_id=self.device_id,
            hardware_serial=self.hardware_serial,
            error_class=error_class,
            text=message,
            action_text=action,
            step_durations_s=dict(self._durations),
        )

    def _decide(self, identity: Identity) -> StorageDecision:
        """Steps 2 to 4: the device ID, the policy, and what the storage allows."""
        policy = self.target.policy
        device_id = decide_device_id(identity, policy.device_id_rule, slot=self.slot)
        self.device_id = device_id
        self.journal.device(self.attempt_id, identity, device_id)
        held_by = self._claims.claim(device_id, self.slot)
        if held_by is not None:
            self.device_id = None  # the claim is the other slot's, not ours to release
        passed_before = self.journal.has_passed(device_id, policy.realm)
        check_policy(
            identity,
            device_id,
            policy,
            slot=self.slot,
            held_by_slot=held_by,
            passed_before=passed_before,
            override_passed=self.override_passed,
        )
        if self.target.route is not None:  # the plant's MES: may it be provisioned here?
            serial = identity.hardware_serial or ""
            self.target.route.check(
                self.attempt_id, slot=self.slot, serial=serial, device_id=device_id,
                operator=self.operator,
            )  # fmt: skip
        self.device_id = device_id
        decision = decide_storage(
            identity,
            device_id=device_id,
            realm=policy.realm,
            intent_fingerprint=self.journal.latest_intent(device_id, policy.realm),
            passed_before=passed_before,
        )
        log.info("slot %s: device %s: %s", self.slot, device_id, decision.reason)
        return decision

    def _ends_at_decision(self, identity: Identity, decision: StorageDecision) -> Result | None:
        """The storage decisions that end the attempt without touching the device."""
        device_id = self.device_id
        refusal = decision_refusal(decision, str(device_id), self.slot)
        if refusal is not None:
            raise refusal
        # Fleet mode: every path from here ends with this station's credentials in the device,
        # so the ID is claimed centrally first; a refusal or a silent centre ends the attempt
        # before anything irreversible (fail closed).
        assert device_id is not None
        self._central.take(self.target.info.realm, device_id)
        if decision.plan is Plan.RECOVERED_LOCKED:
            self._central.complete()
            self._fingerprint = identity.secret_digest.hex() if identity.secret_digest else None
            return Result.RECOVERED
        return None

    def _walk(self, dev: DeviceSession, identity: Identity, decision: StorageDecision) -> Result:
        """The walk of a secret (see the module docstring), from the storage decision on."""
        assert self.device_id is not None
        device_id, realm = self.device_id, self.target.info.realm

        if decision.plan in (Plan.RESUME, Plan.ADOPT):
            # What the device already holds: prove Pairing accepts it, without registering.
            with self._stage(Step.VERIFY_CLOUD):
                stored = self._reveal_checked(dev, identity.secret_digest)
                accepted = self._cloud_accepts(device_id, stored)
            if accepted:
                self._fingerprint = stored.fingerprint
                if decision.plan is Plan.ADOPT:
                    # From now on this is the latest secret the journal knows for the device.
                    with self._stage(Step.RECORD_INTENT):
                        self.journal.intent(
                            self.attempt_id,
                            device_id=device_id,
                            realm=realm,
                            fingerprint=stored.fingerprint,
                        )
                with self._stage(Step.LOCK), self._aborts.shield():
                    self._finish(dev)
                crash_if(CrashPoint.AFTER_LOCK, self.slot)
                self._central.complete()
                return Result.RECOVERED
            del stored
            if not identity.rewritable:
                # No action of its own: `verdict` gives every SCRAP the scrap bin's.
                raise Scrap(Text.of("attempt.otp_secret_refused", device=device_id, slot=self.slot))
            # Rewritable storage: fall through and provision it afresh.

        with self._stage(Step.REGISTER):
            secret = self._register(device_id)
        crash_if(CrashPoint.AFTER_REGISTER, self.slot)

        record = ProvisioningRecord(
            device_id=device_id,
            realm=realm,
            pairing_url=self.target.info.pairing_url,
            secret=secret,
        )
        with self._stage(Step.RECORD_INTENT):
            # The device's read-only questions before a write go while the intent's fsync runs.
            self.journal.intent(
                self.attempt_id, device_id=device_id, realm=realm, fingerprint=secret.fingerprint,
                meanwhile=partial(dev.prepare_write, record),
            )  # fmt: skip
            # The finish record names no fingerprint of its own: the intent's stands for the
            # attempt's row, at the centre too (a finish's is for an attempt with no intent).
        crash_if(CrashPoint.AFTER_INTENT, self.slot)
        with self._aborts.shield():
            with self._stage(Step.WRITE):
                self._write(dev, record)
            crash_if(CrashPoint.AFTER_WRITE, self.slot)
            if self._abort.cancelled:
                # The operator stopped during the write. The link still answers inside the
                # shield: read back what the write left, so the result can say it.
                with self._stage(Step.READ_BACK, honour_abort=False):
                    self._read_back(dev, secret)
                self._held_after_abort = Text.of("abort.write_read_back")

        with self._stage(Step.READ_BACK):
            self._read_back(dev, secret)
        crash_if(CrashPoint.AFTER_READ_BACK, self.slot)

        with self._stage(Step.VERIFY_CLOUD):
            revealed = self._reveal_checked(dev, secret.digest)
            if not self._cloud_accepts(device_id, revealed):
                if not identity.rewritable:
                    raise Scrap(  # the scrap bin's action, from `verdict`
                        Text.of("attempt.otp_secret_rejected", device=device_id, slot=self.slot)
                    )
                raise VerificationFailed(  # provision it again: `verdict`'s action for a FAIL
                    Text.of("attempt.secret_rejected", device=device_id, slot=self.slot),
                    error_class="secret_rejected",
                )
        del secret, revealed, record
        crash_if(CrashPoint.AFTER_VERIFY, self.slot)

        with self._stage(Step.LOCK), self._aborts.shield():
            self._finish(dev)
        crash_if(CrashPoint.AFTER_LOCK, self.slot)
        self._central.complete()
        return Result.PASS

    # -- the steps' details ------------------------------------------------------------------

    def _register(self, device_id: str) -> Secret:
        # The client limits registrations in flight per target (max_registrations_in_flight)
        # and waits for a place with our abort. Abort may also interrupt the call itself: a
        # registration nobody holds is harmless while the device is pending, because the next
        # one replaces it.
        secret = self.target.pairing.register(
            device_id, initial_introspection=self.target.initial_introspection, cancel=self._abort
        )
        self.journal.settle(self.attempt_id)  # the device record, written behind, is on disk
        return secret

    def _write(self, dev: DeviceSession, record: ProvisioningRecord) -> None:
        # Runs shielded: the operator's abort is honoured up to the moment the request goes out.
        self._abort.check()
        # Fleet mode: a station paused past its lease must not write.
        self._central.confirm("write")
        timer = arm_during_write(self.slot)
        try:
            dev.write(record)
            return
        except OutcomeUnknown as exc:
            unknown = exc
        finally:
            if timer is not None:
                timer.cancel()
        # Never write blind: look at what the device holds first. A device that says WRITTEN
        # proves nothing until its digest is the one of the secret just sent.
        now = self._state_after(dev, unknown)
        if now.storage_state is StorageState.WRITTEN and record.secret.matches_digest(
            now.secret_digest
        ):
            log.info("slot %s: the write completed although its answer was lost", self.slot)
            return
        if now.storage_state is StorageState.EMPTY:
            log.info("slot %s: the write did not reach the storage; writing once more", self.slot)
            dev.write(record)
            return
        raise interrupted_write(now.storage_state, slot=self.slot)

    def _finish(self, dev: DeviceSession) -> None:
        # Runs shielded, like the write: a lock on the wire is let finish.
        self._abort.check()
        # Fleet mode: the lease must still be ours before the device is locked.
        self._central.confirm("lock")
        try:
            dev.finish()
        except OutcomeUnknown as exc:
            if not dev.capabilities.locks:
                # Only a return to the application (a reset): nothing was changed to check.
                log.info(
                    "slot %s: no answer to %s; the device is provisioned", self.slot, exc.command
                )
                return
            # Locking twice is harmless, but look first, as with every change of state.
            if self._state_after(dev, exc).storage_state is not StorageState.LOCKED:
                dev.finish()

    def _state_after(self, dev: DeviceSession, unknown: OutcomeUnknown) -> Identity:
        """The device's state after a change whose answer was lost.

        A device that is still programming (slower than it declared) does not answer yet, so
        a timeout is retried until the settle window closes; a vanished port is final at once.
        """
        settle = Deadline(self._write_settle_s)
        while True:
            try:
                return check_same_device(self._first_identity, dev.identify(), slot=self.slot)
            except DeviceNotAnswering as exc:
                if not settle.expired:
                    log.info(
                        "slot %s: no state yet after %s; asking again", self.slot, unknown.command
                    )
                    continue
                last: StationError = exc
            except DeviceGone as exc:
                last = exc
            raise no_state_after(unknown, last, slot=self.slot) from None

    def _read_back(self, dev: DeviceSession, secret: Secret) -> None:
        check_read_back(
            check_same_device(self._first_identity, dev.identify(), slot=self.slot),
            secret,
            slot=self.slot,
        )

    def _reveal_checked(self, dev: DeviceSession, digest: bytes | None) -> Secret:
        stored = dev.reveal()
        check_revealed(stored, digest, slot=self.slot)
        return stored

    def _cloud_accepts(self, device_id: str, secret: Secret) -> bool:
        return cloud_accepts(
            self.target.pairing, device_id, secret, policy=self.target.policy, slot=self.slot
        )

    # -- bookkeeping -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _stage(self, step: Step, *, honour_abort: bool = True) -> Iterator[None]:
        if honour_abort:
            self._abort.check()
        self._step = step
        if self._on_step is not None:
            self._on_step(step, self.device_id, self.hardware_serial)
        started_at = datetime.now(UTC)
        t0 = time.monotonic()
        ok, detail = False, ""
        try:
            yield
            ok = True
        except StationError as exc:
            detail = exc.message
            raise
        except Exception as exc:
            detail = f"internal error: {type(exc).__name__}"
            raise
        finally:
            elapsed = time.monotonic() - t0
            self._durations[step.value] = self._durations.get(step.value, 0.0) + elapsed
            if self.attempt_id:
                self.journal.step(
                    self.attempt_id,
                    step,
                    started_at=started_at,
                    duration_s=elapsed,
                    ok=ok,
                    detail=detail,
                )

    def _step_label(self) -> Text:
        return Text.of(f"step_at.{self._step.value if self._step else 'start'}")
