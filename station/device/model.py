"""What the host knows about a device, decoded from the provisioning group's answers."""

from __future__ import annotations

from dataclasses import dataclass

from station.device.protocol import StorageKind, StorageState
from station.secret import Secret


@dataclass(frozen=True)
class Identity:
    """A device's answer to `identify`."""

    protocol_version: int
    model: str
    firmware: str
    hardware_id: bytes
    hardware_serial: str
    device_id: str | None  # the Astarte device id the device supplies, if any
    storage_kind: StorageKind
    storage_state: StorageState
    secret_digest: bytes | None  # SHA-256 of the stored secret, when written or locked
    record_device_id: str | None  # device id in the stored record, when written or locked
    record_realm: str | None
    factory_mode: bool
    program_us_per_byte: int

    @property
    def rewritable(self) -> bool:
        return self.storage_kind is StorageKind.SECURE


@dataclass(frozen=True)
class ProvisioningRecord:
    """What the station burns into the device."""

    device_id: str
    realm: str
    pairing_url: str
    secret: Secret
