"""The verdicts of `engine/checks.py`, word for word: what the operator reads (message and
action, both naming the slot) and the error class QA filters on. The engine and end-to-end
tests prove when each check fires; these pin down what it says, for every state it can see.
"""

from __future__ import annotations

import dataclasses

import pytest

from station.engine.attempt import VerificationFailed
from station.engine.checks import (
    check_read_back,
    check_revealed,
    check_same_device,
    interrupted_write,
    no_state_after,
)
from station.errors import DeviceGone, OutcomeUnknown
from station.profiles.base import Identity, StorageKind, StorageState
from station.secret import Secret

SECRET = Secret("s" * 43 + "=")
OTHER = Secret("t" * 43 + "=")
FIRST = Identity(
    profile="smp-provisioning",
    model="m",
    firmware="1.0",
    hardware_id=bytes.fromhex("00aa"),
    hardware_serial="SN1",
    device_id="dev-1",
    storage_kind=StorageKind.OTP,
    storage_state=StorageState.EMPTY,
    secret_digest=None,
    record_device_id=None,
    record_realm=None,
    factory_mode=True,
)


def _now(**changes: object) -> Identity:
    return dataclasses.replace(FIRST, **changes)  # type: ignore[arg-type]


def test_the_same_device_is_returned_as_read_now() -> None:
    now = _now(storage_state=StorageState.WRITTEN, secret_digest=SECRET.digest)
    assert check_same_device(FIRST, now, slot="3") is now


@pytest.mark.parametrize(
    ("change", "what", "before", "after"),
    [
        ({"hardware_id": bytes.fromhex("00ab")}, "hardware ID", "00aa", "00ab"),
        ({"device_id": "dev-2"}, "device ID", "dev-1", "dev-2"),
        ({"device_id": None}, "device ID", "dev-1", "none"),
        ({"hardware_serial": "SN2"}, "hardware serial", "SN1", "SN2"),
        ({"hardware_serial": ""}, "hardware serial", "SN1", "none"),
    ],
)
def test_a_changed_identity_names_what_changed(
    change: dict[str, object], what: str, before: str, after: str
) -> None:
    with pytest.raises(VerificationFailed) as caught:
        check_same_device(FIRST, _now(**change), slot="3")
    assert caught.value.error_class == "identity_changed"
    assert caught.value.message == (
        "The device in slot 3 changed its identity during the attempt: "
        f"its {what} was {before}, now {after}."
    )
    assert caught.value.action == (
        "Set the device from slot 3 aside for a firmware check; if it was swapped during the "
        "attempt, provision the device in the slot again."
    )


def test_a_device_without_ids_is_the_same_device_when_it_still_has_none() -> None:
    first = _now(device_id=None, hardware_serial="")
    assert check_same_device(first, first, slot="1") is first


def test_the_read_back_passes_written_storage_with_the_secrets_digest() -> None:
    check_read_back(
        _now(storage_state=StorageState.WRITTEN, secret_digest=SECRET.digest), SECRET, slot="2"
    )


@pytest.mark.parametrize(
    ("state", "digest"),
    [
        (StorageState.WRITTEN, OTHER.digest),
        (StorageState.WRITTEN, None),
        (StorageState.LOCKED, SECRET.digest),
        (StorageState.EMPTY, None),
        (StorageState.CORRUPT, SECRET.digest),
    ],
)
def test_the_read_back_fails_anything_else(state: StorageState, digest: bytes | None) -> None:
    with pytest.raises(VerificationFailed) as caught:
        check_read_back(_now(storage_state=state, secret_digest=digest), SECRET, slot="2")
    assert caught.value.error_class == "read_back_mismatch"
    assert caught.value.message == (
        f"After the write, the device in slot 2 reports {state.value} storage with a digest "
        "that is not the secret just written."
    )
    assert caught.value.action == (
        "Leave the device in slot 2 and provision it again: the station reads what was stored "
        "before doing anything else."
    )


def test_a_revealed_secret_matching_the_digest_passes() -> None:
    check_revealed(SECRET, SECRET.digest, slot="4")


@pytest.mark.parametrize("digest", [OTHER.digest, None])
def test_a_revealed_secret_not_matching_the_digest_fails(digest: bytes | None) -> None:
    with pytest.raises(VerificationFailed) as caught:
        check_revealed(SECRET, digest, slot="4")
    assert caught.value.error_class == "reveal_mismatch"
    assert caught.value.message == (
        "The device in slot 4 revealed a secret that does not match the digest it reports."
    )
    assert caught.value.action == "Set the device from slot 4 aside for a firmware check."


@pytest.mark.parametrize(
    ("state", "holds"),
    [
        (StorageState.WRITTEN, "holds a secret other than the one just written"),
        (StorageState.CORRUPT, "is now corrupt"),
        (StorageState.LOCKED, "is now locked"),
        (StorageState.EMPTY, "is now empty"),
    ],
)
def test_an_interrupted_write_says_what_the_storage_holds(state: StorageState, holds: str) -> None:
    verdict = interrupted_write(state, slot="5")
    assert verdict.error_class == "write_interrupted"
    assert (
        verdict.message
        == f"The write to the device in slot 5 was interrupted and its storage {holds}."
    )
    assert verdict.action == (
        "Leave the device in slot 5 and provision it again: the station decides from what was "
        "stored."
    )


def test_a_device_silent_after_a_lost_answer_is_an_unknown_outcome() -> None:
    unknown = OutcomeUnknown("no answer within 2.0 s", command="lock")
    verdict = no_state_after(unknown, DeviceGone("the port vanished"), slot="6")
    assert verdict.error_class == "write_unknown"
    assert verdict.message == (
        "The lock to the device in slot 6 may or may not have completed (no answer within "
        "2.0 s), and the device no longer answers (the port vanished)."
    )
    assert verdict.action == (
        "Reseat the device in slot 6 and provision it again: the station reads what was "
        "stored before doing anything else."
    )
