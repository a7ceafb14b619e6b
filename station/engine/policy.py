"""Policy: what must be true of a device before the station does anything irreversible.

Every check here runs after `identify` and before `register`. A refusal is a `PolicyRefused`
with a plain-words reason and an operator action; nothing has touched the cloud or the
device's storage when one is raised, so a refusal never costs a unit.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from enum import StrEnum

from station.errors import StationError
from station.pairing.device_id import derive_device_id, validate_device_id
from station.pairing.errors import InvalidDeviceId
from station.profiles.base import Identity, StorageKind
from station.text import Text


class PolicyRefused(StationError):
    """The device may not be provisioned here and now; nothing irreversible was done."""

    error_class = "policy"


class IdSource(StrEnum):
    DEVICE = "device"  # the device supplies its Astarte device ID in `identify`
    UUID5 = "uuid5"  # UUIDv5(namespace, an identity field)


class IdentityField(StrEnum):
    HARDWARE_ID = "hardware_id"  # the chip's unique id bytes
    HARDWARE_SERIAL = "hardware_serial"  # the printed serial number text


@dataclass(frozen=True)
class DeviceIdRule:
    source: IdSource
    namespace: uuid.UUID | None = None
    field: IdentityField = IdentityField.HARDWARE_ID


@dataclass(frozen=True)
class TargetPolicy:
    """The part of a target that decides whether a device may be provisioned."""

    realm: str
    device_id_rule: DeviceIdRule
    accepted_storage: frozenset[StorageKind] = frozenset(StorageKind)
    # Matched (whole string) against the hardware serial; None accepts every serial.
    allowlist_pattern: re.Pattern[str] | None = None
    confirmed_counts_as_pass: bool = False


def decide_device_id(identity: Identity, rule: DeviceIdRule, *, slot: str) -> str:
    """The Astarte device ID for this device under the target's rule, validated."""
    if rule.source is IdSource.DEVICE:
        if not identity.device_id:
            raise PolicyRefused(
                Text.of("policy.no_device_id", slot=slot),
                Text.of("policy.no_device_id.action", slot=slot),
                error_class="no_device_id",
            )
        candidate = identity.device_id
    else:
        if rule.namespace is None:
            raise PolicyRefused(
                Text.of("policy.no_namespace"),
                Text.of("policy.no_namespace.action"),
                error_class="config",
            )
        data: bytes | str
        if rule.field is IdentityField.HARDWARE_SERIAL:
            if not identity.hardware_serial:
                raise PolicyRefused(
                    Text.of("policy.no_serial", slot=slot),
                    Text.of("policy.no_serial.action", slot=slot),
                    error_class="no_device_id",
                )
            data = identity.hardware_serial
        else:
            data = identity.hardware_id
        candidate = derive_device_id(rule.namespace, data)
    try:
        return validate_device_id(candidate)
    except InvalidDeviceId as exc:
        raise PolicyRefused(
            Text.of("policy.invalid_device_id", slot=slot, reason=exc.text),
            # validate_device_id names the canonical form in every refusal it makes.
            Text.of("policy.invalid_device_id.action", slot=slot, action=exc.action_text),
            error_class="invalid_device_id",
        ) from None


def check_policy(
    identity: Identity,
    device_id: str,
    policy: TargetPolicy,
    *,
    slot: str,
    held_by_slot: str | None,
    passed_before: bool,
    override_passed: bool,
) -> None:
    """Raise `PolicyRefused` if this device must not be provisioned now.

    `held_by_slot` is the other slot where the same device ID is being provisioned right now (a
    cloned serial, or a device moved between slots mid-run); `passed_before` says whether the
    journal already holds a pass for this device in this realm.
    """
    if held_by_slot is not None and held_by_slot != slot:
        raise PolicyRefused(
            Text.of("policy.duplicate", device=device_id, slot=slot, other=held_by_slot),
            Text.of("policy.duplicate.action", slot=slot),
            error_class="duplicate_device",
        )
    if passed_before and not override_passed:
        raise PolicyRefused(
            Text.of("policy.already_passed", device=device_id, slot=slot, realm=policy.realm),
            Text.of("policy.already_passed.action", slot=slot),
            error_class="already_passed",
        )
    if policy.allowlist_pattern is not None and not policy.allowlist_pattern.fullmatch(
        identity.hardware_serial
    ):
        raise PolicyRefused(
            Text.of("policy.not_allowed", serial=repr(identity.hardware_serial), slot=slot),
            Text.of("policy.not_allowed.action", slot=slot),
            error_class="not_allowed",
        )
    if identity.storage_kind not in policy.accepted_storage:
        accepted = ", ".join(sorted(k.value for k in policy.accepted_storage))
        raise PolicyRefused(
            Text.of(
                "policy.storage_not_accepted",
                slot=slot,
                kind=identity.storage_kind.value,
                accepted=accepted or Text.of("word.none"),
            ),
            Text.of("policy.storage_not_accepted.action", slot=slot),
            error_class="storage_not_accepted",
        )
