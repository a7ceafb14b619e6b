"""Every policy refusal word for word, as the operator reads it (tests/engine/test_policy.py
checks the decisions; a changed word here is a changed instruction), and the slot claims that
feed the duplicate-device check."""

from __future__ import annotations

import re
import uuid

import pytest

from station.engine.claims import DeviceClaims
from station.engine.policy import (
    DeviceIdRule,
    IdentityField,
    IdSource,
    PolicyRefused,
    TargetPolicy,
    check_policy,
    decide_device_id,
)
from station.profiles.base import Identity, StorageKind
from tests.engine.helpers import DEVICE_ID, REALM, identity

NS = uuid.UUID("d93067fa-3344-4aeb-876a-6136668d5a9c")
FIRMWARE_CHECK = "Set the device in slot 2 aside for a firmware check."


def _refusal(ident: Identity, rule: DeviceIdRule) -> PolicyRefused:
    with pytest.raises(PolicyRefused) as caught:
        decide_device_id(ident, rule, slot="2")
    return caught.value


def _words(err: PolicyRefused) -> tuple[str | None, str, str]:
    return (err.error_class, err.message, err.action)


def test_no_device_id_from_a_device_that_should_supply_one() -> None:
    err = _refusal(identity(device_id=""), DeviceIdRule(IdSource.DEVICE))
    assert _words(err) == (
        "no_device_id",
        "The device in slot 2 did not report an Astarte device ID, and this target takes the "
        "ID from the device.",
        "Check the firmware of the device in slot 2, or ask the supervisor to set the target's "
        "device-ID rule to derive IDs (uuid5).",
    )


@pytest.mark.parametrize(
    ("reported", "why", "fix"),
    [
        (
            "short",
            "Device ID 'short' has 5 characters; a device ID has exactly 22 (16 bytes).",
            "Use the canonical form: 22 characters of base64url (A-Z a-z 0-9 - _) without '=' "
            "padding, as `station` and astartectl print it.",
        ),
        (
            DEVICE_ID + "==",
            f"Device ID '{DEVICE_ID}==' has '=' padding. Pairing would accept it as the same "
            f"device as '{DEVICE_ID}', so the padded spelling would create a second name for "
            "one device.",
            f"Use '{DEVICE_ID}'.",
        ),
    ],
)
def test_an_unusable_device_id_names_what_is_wrong(reported: str, why: str, fix: str) -> None:
    err = _refusal(identity(device_id=reported), DeviceIdRule(IdSource.DEVICE))
    assert _words(err) == (
        "invalid_device_id",
        f"The device in slot 2 reports an unusable device ID: {why}",
        f"{FIRMWARE_CHECK} {fix}",
    )


def test_deriving_without_a_namespace() -> None:
    err = _refusal(identity(), DeviceIdRule(IdSource.UUID5))
    assert _words(err) == (
        "config",
        "The target derives device IDs but has no namespace UUID configured.",
        "Ask the supervisor to set the target's device-ID namespace.",
    )


def test_deriving_from_a_serial_the_device_does_not_have() -> None:
    rule = DeviceIdRule(IdSource.UUID5, NS, IdentityField.HARDWARE_SERIAL)
    err = _refusal(identity(serial=""), rule)
    assert _words(err) == (
        "no_device_id",
        "The device in slot 2 has no hardware serial to derive its ID from.",
        "Check the firmware of the device in slot 2, or ask the supervisor to derive IDs from "
        "the hardware id instead.",
    )


def test_a_device_supplied_id_is_kept_whatever_the_namespace() -> None:
    rule = DeviceIdRule(IdSource.DEVICE, NS, IdentityField.HARDWARE_SERIAL)
    assert decide_device_id(identity(serial=""), rule, slot="2") == DEVICE_ID


# -- check_policy -----------------------------------------------------------------------------


def _check(policy: TargetPolicy | None = None, **options: object) -> PolicyRefused:
    arguments: dict[str, object] = {
        "slot": "1",
        "held_by_slot": None,
        "passed_before": False,
        "override_passed": False,
        **options,
    }
    ident = arguments.pop("ident", identity())
    assert isinstance(ident, Identity)
    with pytest.raises(PolicyRefused) as caught:
        check_policy(
            ident,
            DEVICE_ID,
            policy or TargetPolicy(REALM, DeviceIdRule(IdSource.DEVICE)),
            **arguments,  # type: ignore[arg-type]
        )
    return caught.value


def test_the_same_device_in_another_slot() -> None:
    assert _words(_check(held_by_slot="4")) == (
        "duplicate_device",
        f"Device {DEVICE_ID} in slot 1 is being provisioned in slot 4 right now.",
        "Remove the device from slot 1; two devices with one identity need a supervisor check "
        "(cloned serial?).",
    )


def test_a_device_that_already_passed() -> None:
    assert _words(_check(passed_before=True)) == (
        "already_passed",
        f"Device {DEVICE_ID} in slot 1 already passed for realm {REALM}.",
        "Set the device in slot 1 aside; provisioning it again needs a supervisor override.",
    )


def test_a_serial_outside_the_allowlist() -> None:
    policy = TargetPolicy(
        REALM, DeviceIdRule(IdSource.DEVICE), allowlist_pattern=re.compile(r"SN-\d{4}")
    )
    assert _words(_check(policy, ident=identity(serial="XSN-0001"))) == (
        "not_allowed",
        "Serial 'XSN-0001' of the device in slot 1 is not allowed for this target.",
        "Check that the device in slot 1 belongs to this batch; the supervisor sets the allowed "
        "serials.",
    )


@pytest.mark.parametrize(
    ("accepted", "named"),
    [
        (frozenset({StorageKind.SECURE, StorageKind.FILE}), "file, secure"),
        (frozenset(), "none"),
    ],
)
def test_storage_the_target_does_not_accept(accepted: frozenset[StorageKind], named: str) -> None:
    policy = TargetPolicy(REALM, DeviceIdRule(IdSource.DEVICE), accepted_storage=accepted)
    assert _words(_check(policy)) == (
        "storage_not_accepted",
        f"The device in slot 1 has otp storage; this target accepts {named}.",
        "Check that the device in slot 1 is the right model for this target.",
    )


def test_the_duplicate_check_comes_before_the_others() -> None:
    policy = TargetPolicy(REALM, DeviceIdRule(IdSource.DEVICE), accepted_storage=frozenset())
    assert _check(policy, held_by_slot="3", passed_before=True).error_class == "duplicate_device"
    assert _check(policy, passed_before=True).error_class == "already_passed"


# -- claims -----------------------------------------------------------------------------------


def test_a_device_id_is_held_by_one_slot_at_a_time() -> None:
    claims = DeviceClaims()
    assert claims.claim("dev-a", "1") is None
    assert claims.claim("dev-a", "1") is None  # its own claim again
    assert claims.claim("dev-a", "2") == "1"
    assert claims.claim("dev-b", "2") is None
    claims.release("dev-a", "2")  # not the holder: nothing changes
    assert claims.claim("dev-a", "3") == "1"
    claims.release("dev-a", "1")
    assert claims.claim("dev-a", "3") is None
    claims.release("dev-unknown", "1")  # releasing what nobody holds is harmless
