"""What a provisioning attempt is given and what it ends with, and the verdicts that end it.

`Transaction` (transaction.py) walks one attempt; these are the values it shares with the
worker and the runner, and the errors that decide its result: `Scrap` (the unit leaves the
line), `AlreadyProvisioned`, and `VerificationFailed` (the device or the cloud did not confirm
what was written).
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from station.cancel import Cancelled, CancelToken
from station.engine.deps import PairingApi, TargetInfo
from station.engine.events import Result, Step
from station.engine.policy import PolicyRefused, TargetPolicy
from station.engine.recovery import Plan, StorageDecision
from station.engine.said import SaysInEnglish
from station.errors import PortInUse, StationError
from station.ports.holders import port_busy
from station.profiles.base import DeviceProfile, DeviceSession
from station.text import NOTHING, Text

if TYPE_CHECKING:
    from station.engine.check_scan import LabelChecks
    from station.engine.mes_step import RouteGate

log = logging.getLogger(__name__)


class Scrap(StationError):
    """The unit can never hold working credentials; it leaves the line."""

    error_class = "scrap"


class AlreadyProvisioned(StationError):
    error_class = "already_provisioned"


class VerificationFailed(StationError):
    """The device or the cloud did not confirm what was written."""

    error_class = "verification"


@dataclass(frozen=True)
class TargetRuntime:
    """A target as a slot thread uses it: shared by every slot of the fixture."""

    info: TargetInfo
    policy: TargetPolicy
    pairing: PairingApi
    initial_introspection: Mapping[str, Any] | None = None
    #: The plant's MES route check and result outbox (None: the target names no MES recipe).
    route: RouteGate | None = None
    #: Check-scan: a PASS waits for its label to be scanned back (None: the target has none).
    checks: LabelChecks | None = None


@dataclass(frozen=True)
class Outcome(SaysInEnglish):
    attempt_id: str
    result: Result
    device_id: str | None
    hardware_serial: str | None
    error_class: str = ""
    text: Text = NOTHING
    action_text: Text = NOTHING
    step_durations_s: dict[str, float] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return self.result in (Result.PASS, Result.RECOVERED)


StepListener = Callable[[Step, str | None, str | None], None]
"""Called with (step, device_id, hardware_serial) whenever a step starts."""


# An action that already has the operator try the device again needs no second "provision it
# again" after it: one cause, one action.
_RETRIES = re.compile(r"\b(?:again|once more)\b", re.IGNORECASE)


def texts_for_slot(
    exc: StationError, slot: str, *, retry: bool = True, otherwise: Text | None = None
) -> tuple[Text, Text]:
    """Message and action for the journal and the tile; both name the slot, because a
    station-wide cause (token, Pairing, network) reads the same on every tile otherwise.

    With `retry` (a failure the unit may get over) an action that does not already end in
    another attempt is followed by one; a unit that leaves the line (SCRAP, already
    provisioned) is never told to be provisioned again. Where nothing is added, the slot is
    named in front ("Slot 3: "), which the operator's tile leaves out. `otherwise` is the
    action when `exc` has none (default: provision it again).
    """
    here = f"slot {slot}"
    message = exc.text
    if here not in exc.message.lower():
        message = Text.of("slot.prefix", slot=slot, message=exc.text)
    action = exc.action_text
    if not exc.action:
        action = otherwise or Text.of("slot.provision_again", slot=slot)
    if here not in action.english.lower():
        if retry and not _RETRIES.search(action.english):
            action = Text.of("slot.then_again", action=action, slot=slot)
        else:
            action = Text.of("slot.prefix", slot=slot, message=action)
    return message, action


def aborted_texts(
    exc: Cancelled, slot: str, step: Text, held_after_abort: Text | None
) -> tuple[Text, Text]:
    """Message and action of an ABORTED attempt; `held_after_abort` says what the device was
    read back to hold when an abort let a write finish (None when none was in flight)."""
    if held_after_abort is not None:
        return (
            Text.of("abort.write_finished", reason=exc.text, held=held_after_abort),
            Text.of("abort.resumes_at_cloud_check", slot=slot),
        )
    said = (
        Text.of("abort.stopped_at_because", step=step, reason=exc.text)
        if exc.message
        else Text.of("abort.stopped_at", step=step)
    )
    return said, Text.of("abort.again_when_ready", slot=slot)


def open_session(
    profile: DeviceProfile,
    stack: contextlib.ExitStack,
    port: str,
    *,
    baud: int,
    cancel: CancelToken,
    slot: str,
) -> DeviceSession:
    """The device's session, closed by `stack`; a locked port names who holds it."""
    try:
        return stack.enter_context(profile.open(port, baud=baud, cancel=cancel, slot=slot))
    except PortInUse:
        # The link only knows the port is locked; /proc says by whom (ModemManager with its
        # pid, a serial terminal, another station), which decides what the operator does.
        raise port_busy(port, slot=slot) from None


def link_record(dev: DeviceSession | None, slot: str) -> tuple[str, dict[str, int | float]]:
    """The device's console excerpt and link statistics, best effort: the result must be
    journaled even when they cannot be read."""
    if dev is None:
        return "", {}
    try:
        return dev.console_log(), dict(dev.stats)
    except Exception:
        log.exception("slot %s: could not read the link record", slot)
        return "", {}


def verdict(
    exc: Cancelled | StationError, slot: str, step: Text, held_after_abort: Text | None
) -> tuple[Result, str, Text, Text]:
    """(result, error class, message, action) of an attempt that ended with `exc` at `step`."""
    if isinstance(exc, Cancelled):
        return Result.ABORTED, "aborted", *aborted_texts(exc, slot, step, held_after_abort)
    otherwise = None
    if isinstance(exc, Scrap):
        result = Result.SCRAP
        otherwise = Text.of("slot.scrap_bin", slot=slot)
    elif isinstance(exc, AlreadyProvisioned) or (
        isinstance(exc, PolicyRefused) and exc.error_class == "already_passed"
    ):
        result = Result.ALREADY_PROVISIONED
        otherwise = Text.of("slot.look_up_journal", slot=slot)
    else:
        result = Result.FAIL
    retry = result is Result.FAIL
    return result, exc.error_class, *texts_for_slot(exc, slot, retry=retry, otherwise=otherwise)


def journal_texts(result: Result, message: Text, action: Text) -> dict[str, Any] | None:
    """What the finish record keeps of a verdict's IDs: only for a result an operator acts on,
    and only when the message has one (a PASS needs none: it adds bytes to every attempt)."""
    if result is Result.PASS or message.is_plain:
        return None
    return {"message": message.to_data(), "action": action.to_data()}


def decision_refusal(decision: StorageDecision, device: str, slot: str) -> StationError | None:
    """The verdict of a storage decision that ends the attempt before the device is touched:
    SCRAP, or already provisioned (None for the others)."""
    if decision.plan is Plan.SCRAP:
        return Scrap(
            Text.of("attempt.scrap_decision", device=device, slot=slot, reason=decision.text),
            Text.of("attempt.scrap_not_registered.action", slot=slot),
        )
    if decision.plan is Plan.ALREADY_PROVISIONED:
        inner = Text.of(f"{decision.text.id}.inner")
        return AlreadyProvisioned(
            Text.of("attempt.already_provisioned", device=device, slot=slot, reason=inner),
            Text.of("slot.look_up_journal", slot=slot),
        )
    return None


def internal_error(slot: str, step: Text) -> tuple[Result, str, Text, Text]:
    """The verdict of an attempt our own bug ended (the caller logs the trace)."""
    return (
        Result.FAIL,
        "internal",
        Text.of("internal.error", step=step, slot=slot),
        Text.of("internal.error.action", slot=slot),
    )


class ShieldedAbort:
    """The operator's abort (`operator`) and the token the device link sees (`link`). They
    differ only inside `shield()`: a write or lock on the wire is let finish, and the abort
    reaches the link when the shield is left."""

    def __init__(self) -> None:
        self.operator = CancelToken()
        self.link = CancelToken()
        self._lock = threading.Lock()
        self._shielded = False

    def abort(self, reason: str | Text) -> None:
        with self._lock:
            self.operator.cancel(reason)
            if not self._shielded:
                self.link.cancel(reason)

    @contextlib.contextmanager
    def shield(self) -> Iterator[None]:
        with self._lock:
            self._shielded = True
        try:
            yield
        finally:
            with self._lock:
                self._shielded = False
                if self.operator.cancelled:
                    self.link.cancel(self.operator.reason_text)
