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


def check_same_device(first: Identity | None, now: Identity, *, slot: str) -> Identity:
    """`now`, if it names the device identified at the start (`first`): a device whose identity
    changes mid-attempt (lying firmware, or a unit swapped in the slot) is never trusted."""
    assert first is not None, "identified at the start of the attempt"
    for what, before, after in (
        ("hardware ID", first.hardware_id.hex(), now.hardware_id.hex()),
        ("device ID", first.device_id or "none", now.device_id or "none"),
        ("hardware serial", first.hardware_serial or "none", now.hardware_serial or "none"),
    ):
        if before != after:
            raise VerificationFailed(
                f"The device in slot {slot} changed its identity during the attempt: "
                f"its {what} was {before}, now {after}.",
                f"Set the device from slot {slot} aside for a firmware check; if it was "
                "swapped during the attempt, provision the device in the slot again.",
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
            f"After the write, the device in slot {slot} reports "
            f"{after.storage_state.value} storage with a digest that is not the secret "
            "just written.",
            f"Leave the device in slot {slot} and provision it again: the station "
            "reads what was stored before doing anything else.",
            error_class="read_back_mismatch",
        )


def check_revealed(stored: Secret, digest: bytes | None, *, slot: str) -> None:
    """The secret a device reveals must be the one whose digest it reported (or the one the
    journal's intent names): otherwise its firmware cannot be trusted with either."""
    if not stored.matches_digest(digest):
        raise VerificationFailed(
            f"The device in slot {slot} revealed a secret that does not match the "
            "digest it reports.",
            f"Set the device from slot {slot} aside for a firmware check.",
            error_class="reveal_mismatch",
        )


def interrupted_write(state: StorageState, *, slot: str) -> VerificationFailed:
    """After a write whose answer was lost, the device holds neither the secret just written
    nor nothing: the next attempt decides from what it holds (never write blind)."""
    holds = (
        "holds a secret other than the one just written"
        if state is StorageState.WRITTEN
        else f"is now {state.value}"
    )
    return VerificationFailed(
        f"The write to the device in slot {slot} was interrupted and its storage {holds}.",
        f"Leave the device in slot {slot} and provision it again: the station decides "
        "from what was stored.",
        error_class="write_interrupted",
    )


def no_state_after(unknown: OutcomeUnknown, last: StationError, *, slot: str) -> VerificationFailed:
    """After a change whose answer was lost, the device stopped answering: its state is
    unknown, so the operator reseats it and the next attempt reads it first."""
    return VerificationFailed(
        f"The {unknown.command} to the device in slot {slot} may or may not have "
        f"completed ({unknown.message}), and the device no longer answers "
        f"({last.message}).",
        f"Reseat the device in slot {slot} and provision it again: the station "
        "reads what was stored before doing anything else.",
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
            f"Astarte reports device {device_id} (slot {slot}) as already confirmed: "
            "its secret has been used to obtain a certificate.",
            f"Set the device from slot {slot} aside for the supervisor (rework).",
            error_class="already_confirmed",
        )
    raise VerificationFailed(
        f"Astarte reports device {device_id} (slot {slot}) as {status}.",
        f"Set the device from slot {slot} aside for the supervisor.",
        error_class=f"device_{status}",
    )
