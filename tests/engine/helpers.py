"""Identities for the engine's decision tests (the decisions are pure functions of them)."""

from __future__ import annotations

from dataclasses import replace

from station.profiles.base import Identity, StorageKind, StorageState
from station.secret import Secret

DEVICE_ID = "2TBn-jNESuuHamE2Zo1anA"
REALM = "plant1"


def identity(
    *,
    kind: StorageKind = StorageKind.OTP,
    state: StorageState = StorageState.EMPTY,
    stored: Secret | None = None,
    record_device_id: str | None = None,
    record_realm: str | None = None,
    factory_mode: bool = True,
    device_id: str | None = DEVICE_ID,
    serial: str = "SN-0001",
) -> Identity:
    written = state in (StorageState.WRITTEN, StorageState.LOCKED)
    return Identity(
        profile="smp-provisioning",
        model="sim-1",
        firmware="1.0.0",
        hardware_id=bytes.fromhex("a0b1c2d3e4f5"),
        hardware_serial=serial,
        device_id=device_id,
        storage_kind=kind,
        storage_state=state,
        secret_digest=stored.digest if stored is not None else None,
        record_device_id=record_device_id if record_device_id else (DEVICE_ID if written else None),
        record_realm=record_realm if record_realm else (REALM if written else None),
        factory_mode=factory_mode and state is not StorageState.LOCKED,
    )


def with_state(ident: Identity, state: StorageState) -> Identity:
    return replace(ident, storage_state=state)
