"""Fault injection for simulated devices: the spec grammar, its parser, and one-shot bookkeeping.

Grammar (whitespace is ignored, an empty spec means no faults)::

    SPEC   := ITEM ("," ITEM)*
    ITEM   := [TARGET ":"] FAULT           no TARGET: the fault applies to every slot
    TARGET := "slot" NAME | "*"            e.g. slot3 (the slot's name in the manifest)
    FAULT  := KIND ["=" VALUE] ["@" STEP] ["*" COUNT]
    STEP   := identify | write | reveal | lock | echo | params | any     (default: any)
    COUNT  := N | always                   how often a step fault fires (default: once)

Kinds:

    bitflip=RATE        flip one random bit of a byte on the line, probability RATE per byte,
                        in both directions (continuous; no STEP)
    drop=RATE           lose each byte the device sends with probability RATE (continuous)
    slow=SECONDS        answer SECONDS late: every reply without STEP, else at STEP
    noreply[=before|after]
                        swallow the request at STEP and answer nothing; `before` (default) does
                        not execute it, `after` executes it first (the outcome is then unknown
                        to the host)
    unplug[=before|after]
                        at STEP close the pseudo-terminal and exit, like a pulled cable; `after`
                        (default) executes the request first, `before` does not
    reboot              at STEP the device resets: the request is lost, the boot log prints again
    power_cut           at write: power fails halfway through programming, leaving a partial
                        (corrupt) record; the device process exits (only STEP write)
    program_fail        at write: programming fails, answered PROGRAM_FAILED; OTP is then
                        corrupt, secure storage keeps its previous record (only STEP write)
    refuse=CODE         at STEP answer the provisioning error CODE (a name such as BUSY or
                        UNKNOWN, or its number) without executing the request
    malformed           at STEP answer a frame with a valid CRC whose body is not a CBOR map
                        (the request is executed)
    duplicate           at STEP send the answer twice

Lying-device faults (continuous: the device lies every time, so no STEP). They play firmware
that does not do what it says, the case the station's read-back, reveal and identity checks
exist for:

    store_other[=bit|whole]
                        every write stores a secret that differs from the one sent: one bit
                        flipped (default) or a whole other secret; identify reports the digest
                        of what is stored (honestly)
    digest_lie          identify reports a digest that does not match what is stored
    reveal_other[=bit|whole]
                        reveal answers a secret that differs from the stored one
    drift[=hwid|device_id]
                        every second identify reports another hardware ID (default) or another
                        Astarte device ID (only for a device that supplies one)

A write answered "written" after its answer was lost while holding another secret is
``store_other=whole,noreply=after@write``.

Example: ``slot2:bitflip=0.001,slot3:unplug@write,slot4:power_cut@write,slot1:noreply@identify*2,
slot5:slow=2.0,*:drop=0.01,reboot@reveal``.

A step fault fires COUNT times over the device's life, counted in its state file, so a device
restarted with the same spec behaves normally once its faults have fired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from station.profiles.smp.protocol import ErrorCode

ALL_SLOTS = "*"

_E = TypeVar("_E", bound=StrEnum)


class FaultSpecError(ValueError):
    """A fault spec that does not follow the grammar; the message names the bad item."""


class FaultKind(StrEnum):
    BITFLIP = "bitflip"
    DROP = "drop"
    SLOW = "slow"
    NOREPLY = "noreply"
    UNPLUG = "unplug"
    REBOOT = "reboot"
    POWER_CUT = "power_cut"
    PROGRAM_FAIL = "program_fail"
    REFUSE = "refuse"
    MALFORMED = "malformed"
    DUPLICATE = "duplicate"
    STORE_OTHER = "store_other"
    DIGEST_LIE = "digest_lie"
    REVEAL_OTHER = "reveal_other"
    DRIFT = "drift"


class Step(StrEnum):
    IDENTIFY = "identify"
    WRITE = "write"
    REVEAL = "reveal"
    LOCK = "lock"
    ECHO = "echo"
    PARAMS = "params"
    ANY = "any"


_RATE_KINDS = {FaultKind.BITFLIP, FaultKind.DROP}
_PHASE_KINDS = {FaultKind.NOREPLY: "before", FaultKind.UNPLUG: "after"}
# Lies: continuous, with their variants (the first is the default).
_LIE_KINDS: dict[FaultKind, tuple[str, ...]] = {
    FaultKind.STORE_OTHER: ("bit", "whole"),
    FaultKind.DIGEST_LIE: ("",),
    FaultKind.REVEAL_OTHER: ("bit", "whole"),
    FaultKind.DRIFT: ("hwid", "device_id"),
}

_ITEM = re.compile(
    r"^(?:(?P<target>\*|slot[A-Za-z0-9_-]+):)?"
    r"(?P<kind>[a-z_]+)"
    r"(?:=(?P<value>[^@*]+))?"
    r"(?:@(?P<step>[a-z]+))?"
    r"(?:\*(?P<count>\d+|always))?$"
)


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    rate: float = 0.0  # bitflip, drop
    seconds: float = 0.0  # slow
    phase: str = ""  # noreply, unplug: "before" or "after" the request executes
    code: int = 0  # refuse: the ErrorCode to answer
    variant: str = ""  # lies: what is lied about (bit, whole, hwid, device_id)
    step: Step | None = None  # None: continuous
    count: int | None = 1  # None: every time

    @property
    def text(self) -> str:
        """Canonical form; also the key its fired-count is stored under."""
        out = str(self.kind)
        if self.kind in _RATE_KINDS:
            out += f"={self.rate:g}"
        elif self.kind is FaultKind.SLOW:
            out += f"={self.seconds:g}"
        elif self.kind in _PHASE_KINDS:
            out += f"={self.phase}"
        elif self.kind is FaultKind.REFUSE:
            out += f"={ErrorCode(self.code).name}"
        elif self.variant:
            out += f"={self.variant}"
        if self.step is not None:
            out += f"@{self.step}"
            out += "*always" if self.count is None else f"*{self.count}"
        return out

    def applies_to(self, step: Step) -> bool:
        return self.step is Step.ANY or self.step is step


@dataclass(frozen=True)
class SlotFaults:
    """The faults one device runs with."""

    faults: tuple[Fault, ...] = ()

    @property
    def text(self) -> str:
        return ",".join(f.text for f in self.faults)

    def rate(self, kind: FaultKind) -> float:
        """Combined per-byte probability of a continuous rate fault."""
        miss = 1.0
        for f in self.faults:
            if f.kind is kind:
                miss *= 1.0 - f.rate
        return 1.0 - miss

    @property
    def always_slow(self) -> float:
        return sum(f.seconds for f in self.faults if f.kind is FaultKind.SLOW and f.step is None)

    def lie(self, kind: FaultKind) -> str | None:
        """The variant of lie `kind` this device tells ("" when it has none), or None."""
        for f in self.faults:
            if f.kind is kind:
                return f.variant
        return None

    def step_faults(self) -> tuple[Fault, ...]:
        return tuple(f for f in self.faults if f.step is not None)


def _parse_float(value: str | None, item: str, what: str) -> float:
    if value is None:
        raise FaultSpecError(f"fault {item!r} needs ={what}")
    try:
        number = float(value)
    except ValueError:
        raise FaultSpecError(f"fault {item!r}: {value!r} is not a number") from None
    if not number >= 0.0:
        raise FaultSpecError(f"fault {item!r}: {what} must not be negative")
    return number


def _enum_field(enum: type[_E], value: str, item: str, what: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(e.value for e in enum)
        raise FaultSpecError(f"unknown {what} {value!r} in {item!r} (known: {known})") from None


def parse_fault(item: str) -> tuple[str, Fault]:
    """One ITEM -> (target, fault); target is a slot name or ALL_SLOTS."""
    m = _ITEM.match(item)
    if m is None:
        raise FaultSpecError(f"cannot read fault {item!r}: expected [slotN:]kind[=value][@step]")
    target = m["target"] or ALL_SLOTS
    if target != ALL_SLOTS:
        target = target.removeprefix("slot")
    kind = _enum_field(FaultKind, m["kind"], item, "fault")
    step = None if m["step"] is None else _enum_field(Step, m["step"], item, "step")
    count: int | None = 1
    if m["count"] is not None:
        count = None if m["count"] == "always" else int(m["count"])
        if count == 0:
            raise FaultSpecError(f"fault {item!r}: count must be at least 1 (or 'always')")
    if kind in _RATE_KINDS:
        if step is not None or m["count"] is not None:
            raise FaultSpecError(f"fault {item!r}: {kind} is continuous and takes no @step")
        rate = _parse_float(m["value"], item, "RATE")
        if rate > 1.0:
            raise FaultSpecError(f"fault {item!r}: the rate is a probability between 0 and 1")
        return target, Fault(kind, rate=rate, step=None, count=None)
    if kind in _LIE_KINDS:
        if step is not None or m["count"] is not None:
            raise FaultSpecError(f"fault {item!r}: {kind} is a lie told every time; no @step")
        variants = _LIE_KINDS[kind]
        variant = variants[0] if m["value"] is None else m["value"]
        if variant not in variants:
            allowed = " or ".join(v for v in variants if v) or "no value"
            raise FaultSpecError(f"fault {item!r}: {kind} takes {allowed}")
        return target, Fault(kind, variant=variant, step=None, count=None)
    return target, _step_fault(kind, m["value"], step, count, item)


def _step_fault(
    kind: FaultKind, value: str | None, step: Step | None, count: int | None, item: str
) -> Fault:
    if kind is FaultKind.SLOW:
        seconds = _parse_float(value, item, "SECONDS")
        if step is None:
            return Fault(kind, seconds=seconds, step=None, count=None)
        return Fault(kind, seconds=seconds, step=step, count=count)
    if kind in _PHASE_KINDS:
        phase = value or _PHASE_KINDS[kind]
        if phase not in ("before", "after"):
            raise FaultSpecError(f"fault {item!r}: the value is 'before' or 'after'")
        return Fault(kind, phase=phase, step=step or Step.ANY, count=count)
    if kind is FaultKind.REFUSE:
        return Fault(kind, code=_error_code(value, item), step=step or Step.ANY, count=count)
    if value is not None:
        raise FaultSpecError(f"fault {item!r}: {kind} takes no value")
    if kind in (FaultKind.POWER_CUT, FaultKind.PROGRAM_FAIL):
        if step not in (None, Step.WRITE):
            raise FaultSpecError(f"fault {item!r}: {kind} happens only @write")
        return Fault(kind, step=Step.WRITE, count=count)
    return Fault(kind, step=step or Step.ANY, count=count)


def _error_code(value: str | None, item: str) -> int:
    if value is None:
        raise FaultSpecError(f"fault {item!r} needs =CODE (e.g. refuse=BUSY)")
    try:
        code = ErrorCode(int(value)) if value.isdigit() else ErrorCode[value.upper()]
    except (KeyError, ValueError):
        names = ", ".join(c.name for c in ErrorCode if c)
        raise FaultSpecError(f"fault {item!r}: unknown error code {value!r} ({names})") from None
    if code is ErrorCode.OK:
        raise FaultSpecError(f"fault {item!r}: refuse needs an error, not OK")
    return int(code)


def parse_spec(spec: str) -> list[tuple[str, Fault]]:
    """Parse a whole spec; raises FaultSpecError naming the first bad item."""
    compact = "".join(spec.split())
    if not compact:
        return []
    items = compact.split(",")
    if any(not i for i in items):
        raise FaultSpecError(f"empty item in fault spec {spec!r} (two commas in a row?)")
    return [parse_fault(i) for i in items]


def faults_for(spec: str, slot: str) -> SlotFaults:
    return SlotFaults(tuple(f for target, f in parse_spec(spec) if target in (ALL_SLOTS, slot)))


def targeted_slots(spec: str) -> set[str]:
    """Slot names a spec names explicitly (to catch typos such as slot9 on a 4-slot fixture)."""
    return {target for target, _ in parse_spec(spec) if target != ALL_SLOTS}
