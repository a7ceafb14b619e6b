"""Policy checks: each refusal names the slot and an action, and nothing passes by accident."""

from __future__ import annotations

import re
import uuid

import pytest

from station.engine.policy import (
    DeviceIdRule,
    IdentityField,
    IdSource,
    PolicyRefused,
    TargetPolicy,
    check_policy,
    decide_device_id,
)
from station.pairing.device_id import derive_device_id
from station.profiles.base import Identity, StorageKind
from tests.engine.helpers import DEVICE_ID, REALM, identity

NS = uuid.UUID("d93067fa-3344-4aeb-876a-6136668d5a9c")
FROM_DEVICE = TargetPolicy(realm=REALM, device_id_rule=DeviceIdRule(IdSource.DEVICE))


def test_device_supplied_id_is_used_when_valid() -> None:
    assert decide_device_id(identity(), FROM_DEVICE.device_id_rule, slot="1") == DEVICE_ID


@pytest.mark.parametrize(
    ("reported", "error_class"),
    [
        (None, "no_device_id"),
        (DEVICE_ID + "==", "invalid_device_id"),
        ("short", "invalid_device_id"),
    ],
)
def test_missing_or_malformed_device_ids_are_refused(
    reported: str | None, error_class: str
) -> None:
    with pytest.raises(PolicyRefused) as err:
        decide_device_id(identity(device_id=reported), FROM_DEVICE.device_id_rule, slot="2")
    assert err.value.error_class == error_class
    assert "slot 2" in err.value.message
    assert "slot 2" in err.value.action


def test_uuid5_from_hardware_id_and_from_serial() -> None:
    ident = identity(device_id=None)
    by_hw = decide_device_id(ident, DeviceIdRule(IdSource.UUID5, NS), slot="s")
    assert by_hw == derive_device_id(NS, ident.hardware_id)
    by_serial = decide_device_id(
        ident, DeviceIdRule(IdSource.UUID5, NS, IdentityField.HARDWARE_SERIAL), slot="s"
    )
    assert by_serial == derive_device_id(NS, "SN-0001")
    assert by_hw != by_serial


def test_uuid5_without_namespace_is_a_config_refusal() -> None:
    with pytest.raises(PolicyRefused) as err:
        decide_device_id(identity(), DeviceIdRule(IdSource.UUID5), slot="s")
    assert err.value.error_class == "config"


def check(
    policy: TargetPolicy = FROM_DEVICE,
    *,
    ident: Identity | None = None,
    held_by_slot: str | None = None,
    passed_before: bool = False,
    override_passed: bool = False,
) -> None:
    check_policy(
        ident or identity(),
        DEVICE_ID,
        policy,
        slot="1",
        held_by_slot=held_by_slot,
        passed_before=passed_before,
        override_passed=override_passed,
    )


def test_a_fresh_device_passes_policy() -> None:
    check()


def test_same_device_on_another_slot_is_refused() -> None:
    with pytest.raises(PolicyRefused) as err:
        check(held_by_slot="4")
    assert err.value.error_class == "duplicate_device"
    assert "slot 4" in err.value.message
    check(held_by_slot="1")  # its own claim is not a duplicate


def test_already_passed_needs_the_override() -> None:
    with pytest.raises(PolicyRefused) as err:
        check(passed_before=True)
    assert err.value.error_class == "already_passed"
    assert "supervisor override" in err.value.action
    check(passed_before=True, override_passed=True)


def test_allowlist_is_a_full_match_on_the_serial() -> None:
    policy = TargetPolicy(
        realm=REALM,
        device_id_rule=FROM_DEVICE.device_id_rule,
        allowlist_pattern=re.compile(r"SN-00\d\d"),
    )
    check(policy)
    with pytest.raises(PolicyRefused) as err:
        check(policy, ident=identity(serial="SN-00123"))
    assert err.value.error_class == "not_allowed"


def test_storage_kind_must_be_accepted() -> None:
    policy = TargetPolicy(
        realm=REALM,
        device_id_rule=FROM_DEVICE.device_id_rule,
        accepted_storage=frozenset({StorageKind.SECURE}),
    )
    with pytest.raises(PolicyRefused) as err:
        check(policy)
    assert err.value.error_class == "storage_not_accepted"
    assert "otp" in err.value.message
    check(policy, ident=identity(kind=StorageKind.SECURE))
