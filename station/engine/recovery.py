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
from station.engine.said import SaysInEnglish
from station.profiles.base import Identity, StorageState
from station.text import Text


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
    text: Text  # plain words, recorded with the attempt
    rewrite: bool = False  # REGISTER over an existing record (rewritable storage only)

    @property
    def reason(self) -> str:
        return self.text.english


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
            return StorageDecision(Plan.REGISTER, Text.of("decision.empty_after_intent"))
        return StorageDecision(Plan.REGISTER, Text.of("decision.empty"))

    if state is StorageState.LOCKED:
        if ours and not passed_before:
            return StorageDecision(Plan.RECOVERED_LOCKED, Text.of("decision.recovered_locked"))
        return StorageDecision(
            Plan.ALREADY_PROVISIONED,
            Text.of("decision.passed_locked" if ours else "decision.locked_not_ours"),
        )

    if state is StorageState.WRITTEN:
        if ours:
            return StorageDecision(Plan.RESUME, Text.of("decision.resume"))
        if (
            identity.factory_mode
            and identity.record_device_id == device_id
            and identity.record_realm == realm
        ):
            return StorageDecision(Plan.ADOPT, Text.of("decision.adopt"))
        if rewritable:
            return StorageDecision(Plan.REGISTER, Text.of("decision.rewrite"), rewrite=True)
        return StorageDecision(Plan.SCRAP, Text.of("decision.scrap_not_ours"))

    # CORRUPT: a partial record, power was lost while programming.
    if rewritable:
        return StorageDecision(Plan.REGISTER, Text.of("decision.rewrite_partial"), rewrite=True)
    return StorageDecision(Plan.SCRAP, Text.of("decision.scrap_partial"))


@dataclass(frozen=True)
class Closure(SaysInEnglish):
    """How an attempt the station died under is closed on the next start."""

    result: Result
    error_class: str
    text: Text
    action_text: Text


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
        Text.of("interrupted.after_step", step=Text.of(f"step_at.{last_completed.value}"))
        if last_completed
        else Text.of("interrupted.before_first_step")
    )
    if intent_recorded:
        return Closure(
            Result.ABORTED,
            "interrupted",
            Text.of("interrupted.after_intent", where=where),
            Text.of("interrupted.after_intent.action", slot=slot),
        )
    return Closure(
        Result.ABORTED,
        "interrupted",
        Text.of("interrupted.nothing_written", where=where),
        Text.of("slot.provision_again", slot=slot),
    )
