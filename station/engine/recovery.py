"""Crash recovery: the rules `docs/recovery.md` documents, as code.

Two moments need them. On start, attempts the journal holds without a result (the station died
under them) are closed: `close_interrupted`. When a device is next identified, what its storage
holds is compared with the journal's latest intent for that device and realm:
`decide_storage`. Both are pure decisions, so the table in the docs and the tests can be checked
row by row.

The one fact everything rests on: the journal records the intent (device ID and the secret's
fingerprint) durably *before* the write. So a device whose stored digest equals the latest intent
holds the latest secret this station obtained, which is the only one Pairing still accepts while
the device is pending; and a device holding anything else was not written by a finished step of
ours.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from enum import StrEnum

from station.engine.events import Result, Step
from station.profiles.base import Identity, StorageState


class Plan(StrEnum):
    REGISTER = "register"  # register, record intent, write, read back, verify, lock
    RESUME = "resume"  # our latest intent is on the device: reveal, verify, lock
    ADOPT = "adopt"  # a record for this device and realm of unknown provenance: verify it
    RECOVERED_LOCKED = "recovered_locked"  # our intent, locked by an interrupted attempt
    SCRAP = "scrap"  # write-once storage holds something unusable; never register
    ALREADY_PROVISIONED = "already_provisioned"  # locked with a record that is not ours


@dataclass(frozen=True)
class StorageDecision:
    plan: Plan
    reason: str  # plain words, recorded with the attempt
    rewrite: bool = False  # REGISTER over an existing record (rewritable storage only)


def _same_digest(intent_fingerprint: str | None, digest: bytes | None) -> bool:
    if intent_fingerprint is None or digest is None:
        return False
    return hmac.compare_digest(intent_fingerprint.lower(), digest.hex())


def decide_storage(  # noqa: PLR0911 (one return per row of the table)
    identity: Identity,
    *,
    device_id: str,
    realm: str,
    intent_fingerprint: str | None,
    passed_before: bool = False,
) -> StorageDecision:
    """What to do with a device, given its storage and this station's latest intent for it.

    `passed_before` says the journal holds a finished pass for the device and realm: a locked
    device is then simply provisioned, not the leftover of an interrupted attempt.
    """
    state = identity.storage_state
    ours = _same_digest(intent_fingerprint, identity.secret_digest)
    rewritable = identity.rewritable

    if state is StorageState.EMPTY:
        if intent_fingerprint is not None:
            return StorageDecision(
                Plan.REGISTER,
                "An earlier attempt registered this device but nothing reached its storage; "
                "registering again (only the newest secret counts while the device is pending).",
            )
        return StorageDecision(Plan.REGISTER, "Storage is empty.")

    if state is StorageState.LOCKED:
        if ours and not passed_before:
            return StorageDecision(
                Plan.RECOVERED_LOCKED,
                "An interrupted attempt wrote, verified and locked this device; the stored "
                "digest matches the journal's intent.",
            )
        return StorageDecision(
            Plan.ALREADY_PROVISIONED,
            "The device passed here before and is locked."
            if ours
            else "The device is locked with credentials this station did not record for it.",
        )

    if state is StorageState.WRITTEN:
        if ours:
            return StorageDecision(
                Plan.RESUME,
                "The device holds the secret this station recorded last; resuming at the "
                "cloud check.",
            )
        if (
            identity.factory_mode
            and identity.record_device_id == device_id
            and identity.record_realm == realm
        ):
            return StorageDecision(
                Plan.ADOPT,
                "The device holds a record for this device and realm that the journal does not "
                "know; checking whether Astarte accepts it.",
            )
        if rewritable:
            return StorageDecision(
                Plan.REGISTER,
                "Rewritable storage holds a record that is not this station's latest; "
                "registering again and rewriting it.",
                rewrite=True,
            )
        return StorageDecision(
            Plan.SCRAP,
            "Write-once storage holds a record that is not this station's latest secret for "
            "this device and realm; it can never hold a working one.",
        )

    # CORRUPT: a partial record, power was lost while programming.
    if rewritable:
        return StorageDecision(
            Plan.REGISTER,
            "Rewritable storage holds a partial record; registering again and rewriting it.",
            rewrite=True,
        )
    return StorageDecision(
        Plan.SCRAP,
        "Write-once storage holds a partial record (power was lost while programming).",
    )


@dataclass(frozen=True)
class Closure:
    """How an attempt the station died under is closed on the next start."""

    result: Result
    error_class: str
    message: str
    action: str


def close_interrupted(*, slot: str, last_completed: Step | None, intent_recorded: bool) -> Closure:
    """The journal result for an attempt left without one (kill -9, power loss).

    `last_completed` is the last step the journal holds for it. Steps are journaled with the
    attempt's next record (its device, its intent or its finish), so the station may have died
    during any later step; the message says so.

    It is always ABORTED: which result the device really deserves is decided by looking at the
    device, which the next attempt on it does (`decide_storage`). The message tells QA how far
    the attempt had got, and the action tells the operator that provisioning the same device
    again is the recovery.
    """
    where = (
        f"after '{last_completed.label.lower()}' (or a later step)"
        if last_completed
        else "before its first journaled step"
    )
    if intent_recorded:
        return Closure(
            Result.ABORTED,
            "interrupted",
            f"The station stopped {where}, after recording the intent to write credentials.",
            f"Provision the device from slot {slot} again (in any slot): the station checks what "
            "reached its storage and resumes or registers again as needed.",
        )
    return Closure(
        Result.ABORTED,
        "interrupted",
        f"The station stopped {where}; nothing was written to the device.",
        f"Provision the device in slot {slot} again.",
    )
