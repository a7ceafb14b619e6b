"""The checks that matter when a device or the cloud does not say what the station expects.

Each takes what was read and either returns quietly or raises the verdict (`attempt.py`), with
the slot in every message and action. They are functions of their inputs, so each can be read,
and tested, on its own; `Transaction` calls them at its steps.
"""

from __future__ import annotations

from station.engine.attempt import VerificationFailed
from station.engine.deps import PairingApi
from station.engine.policy import TargetPolicy
from station.errors import OutcomeUnknown, StationError
from station.pairing.errors import SecretRejected
from station.profiles.base import Identity, StorageState
from station.secret import Secret
from station.text import Text


def check_same_device(first: Identity | None, now: Identity, *, slot: str) -> Identity:
    """`now`, if it names the device identified at the start (`first`): a device whose identity
    changes mid-attempt (lying firmware, or a unit swapped in the slot) is never trusted."""
    assert first is not None  # identified at the start of the attempt, before any change
    none = Text.of("word.none")
    for what, before, after in (
        ("word.hardware_id", first.hardware_id.hex(), now.hardware_id.hex()),
        ("word.device_id", first.device_id or none, now.device_id or none),
        ("word.hardware_serial", first.hardware_serial or none, now.hardware_serial or none),
    ):
        if before != after:
            raise VerificationFailed(
                Text.of(
                    "check.identity_changed",
                    slot=slot,
                    what=Text.of(what),
                    before=before,
                    after=after,
                ),
                Text.of("check.identity_changed.action", slot=slot),
                error_class="identity_changed",
            )
    return now


def check_read_back(after: Identity, secret: Secret, *, slot: str) -> None:
    """After a write the storage must be WRITTEN with the digest of the secret just written:
    WRITTEN alone proves nothing (firmware may store or report something else)."""
    if after.storage_state is not StorageState.WRITTEN or not secret.matches_digest(
        after.secret_digest
    ):
        raise VerificationFailed(
            Text.of("check.read_back_mismatch", slot=slot, state=after.storage_state.value),
            Text.of("check.reads_first.action", slot=slot),
            error_class="read_back_mismatch",
        )


def check_revealed(stored: Secret, digest: bytes | None, *, slot: str) -> None:
    """The secret a device reveals must be the one whose digest it reported (or the one the
    journal's intent names): otherwise its firmware cannot be trusted with either."""
    if not stored.matches_digest(digest):
        raise VerificationFailed(
            Text.of("check.reveal_mismatch", slot=slot),
            Text.of("check.firmware_check.action", slot=slot),
            error_class="reveal_mismatch",
        )


def interrupted_write(state: StorageState, *, slot: str) -> VerificationFailed:
    """After a write whose answer was lost, the device holds neither the secret just written
    nor nothing: the next attempt decides from what it holds (never write blind)."""
    said = (
        Text.of("check.write_interrupted.other_secret", slot=slot)
        if state is StorageState.WRITTEN
        else Text.of("check.write_interrupted.state", slot=slot, state=state.value)
    )
    return VerificationFailed(
        said,
        Text.of("check.write_interrupted.action", slot=slot),
        error_class="write_interrupted",
    )


def no_state_after(unknown: OutcomeUnknown, last: StationError, *, slot: str) -> VerificationFailed:
    """After a change whose answer was lost, the device stopped answering: its state is
    unknown, so the operator reseats it and the next attempt reads it first."""
    return VerificationFailed(
        Text.of(
            "check.no_state_after",
            command=unknown.command,
            slot=slot,
            unknown=unknown.text,
            last=last.text,
        ),
        Text.of("check.reseat_reads_first.action", slot=slot),
        error_class="write_unknown",
    )


def cloud_accepts(
    pairing: PairingApi, device_id: str, secret: Secret, *, policy: TargetPolicy, slot: str
) -> bool:
    """True if Pairing accepts `secret` for the device as a pass; False if it rejects the
    secret. Anything else (network, server, inhibited) is a failure, never a verdict."""
    try:
        info = pairing.device_info(device_id, secret)
    except SecretRejected:
        return False
    status = info.status
    if status == "pending" or (status == "confirmed" and policy.confirmed_counts_as_pass):
        return True
    if status == "confirmed":
        raise VerificationFailed(
            Text.of("check.already_confirmed", device=device_id, slot=slot),
            Text.of("check.already_confirmed.action", slot=slot),
            error_class="already_confirmed",
        )
    raise VerificationFailed(
        Text.of("check.device_status", device=device_id, slot=slot, status=status),
        Text.of("check.device_status.action", slot=slot),
        error_class=f"device_{status}",
    )
