"""The device-profile seam: what the engine needs from any kind of device, and nothing more.

A profile is how the station talks to one kind of device (our SMP provisioning group, a stock
ESP32 through its ROM bootloader, a stock Zephyr device through MCUmgr). The engine's
transaction is written against `DeviceProfile` and `DeviceSession` only; every ecosystem detail
(SLIP, NVS pages, MCUmgr groups, partition tables, SMP error codes) stays inside the profile.
The engine decides; profiles only do and report.

Rules every profile follows:
- `identify()` is read-only and repeatable. The engine calls it at the start, for the read-back
  after a write (state WRITTEN and `secret_digest` equal to the intent's fingerprint), and
  again after a write whose answer was lost. `secret_digest` is the SHA-256 of the stored
  secret: reported by the device (`Capabilities.digest_by == "device"`) or computed by the host
  from the bytes it read back ("host").
- `write(record)` is never repeated inside the profile. When its answer is lost it raises
  `station.errors.OutcomeUnknown`; the engine looks at the device (`identify`) and decides.
- `reveal()` returns the secret the storage holds, whatever the profile believes it wrote.
- `finish()` ends a PASS or a RECOVERED: with `Capabilities.locks` it moves the storage to
  LOCKED for good (it may raise `OutcomeUnknown`, the engine then looks before repeating);
  otherwise it only returns the device to its application (e.g. a reset).
- Failures reach the engine as the neutral errors of `station.errors` (`DeviceNotAnswering`,
  `DeviceGone`, `OutcomeUnknown`, `PortInUse`) or as `StationError`s carrying an operator
  action; never as an esptool, smp or serial exception.
- `Identity.facts` is what the journal records about the device for QA (chip, MAC, revision,
  partition, storage, ...): short text values, never a secret.

Layering: profiles may import `station.link`, esptool and smp; never pairing, journal, engine
or ui.

Decisions taken while building the seam (they refine the shared contract):
- A port held by another program is `station.errors.PortInUse` (the link's `PortBusy` is one);
  the engine names the holder from /proc.
- `DeviceSession.stats` is a plain mapping (the journal's link statistics), possibly empty.
- A profile's `Identity` may be a subclass carrying profile-only data (SMP's programming time),
  which the engine never reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, Protocol

from station.cancel import CancelToken
from station.secret import Secret


class StorageKind(StrEnum):
    OTP = "otp"  # write-once: a record, once burned, can never change
    SECURE = "secure"  # rewritable protected storage
    NVS = "nvs"  # rewritable ESP-IDF NVS partition
    FILE = "file"  # rewritable file on the device's file system

    @property
    def rewritable(self) -> bool:
        return self is not StorageKind.OTP


class StorageState(StrEnum):
    EMPTY = "empty"
    WRITTEN = "written"
    LOCKED = "locked"  # written and out of factory mode for good
    CORRUPT = "corrupt"  # a partial record (power lost while programming)


@dataclass(frozen=True)
class Identity:
    """What the station knows about a device and its storage, as one profile read it."""

    profile: str  # the profile kind that read it
    model: str
    firmware: str
    hardware_id: bytes
    hardware_serial: str
    device_id: str | None  # the Astarte device id the device or its profile supplies, if any
    storage_kind: StorageKind
    storage_state: StorageState
    secret_digest: bytes | None  # SHA-256 of the stored secret, when written or locked
    record_device_id: str | None  # device id in the stored record, when written or locked
    record_realm: str | None
    factory_mode: bool
    facts: Mapping[str, str] = field(default_factory=dict)  # for QA; never a secret

    @property
    def rewritable(self) -> bool:
        return self.storage_kind.rewritable


@dataclass(frozen=True)
class ProvisioningRecord:
    """What the station stores in the device."""

    device_id: str
    realm: str
    pairing_url: str
    secret: Secret


@dataclass(frozen=True)
class Capabilities:
    """What a profile's devices can do, for the engine and for QA."""

    locks: bool  # finish() moves the storage to LOCKED for good
    digest_by: Literal["device", "host"]  # who computes Identity.secret_digest


class DeviceSession(Protocol):
    """An open connection to one device, owned by one slot thread."""

    @property
    def capabilities(self) -> Capabilities: ...

    @property
    def stats(self) -> Mapping[str, int | float]: ...

    def identify(self) -> Identity: ...

    def prepare_write(self, record: ProvisioningRecord) -> None:
        """What `write` would ask the device first, asked ahead: read-only, it changes nothing
        on the device. The engine runs it while the intent is being made durable."""
        ...

    def write(self, record: ProvisioningRecord) -> None: ...

    def reveal(self) -> Secret: ...

    def finish(self) -> None: ...

    def console_log(self) -> str: ...


class DeviceProfile(Protocol):
    """How the station opens and probes one kind of device."""

    @property
    def kind(self) -> str: ...

    def open(
        self, port: str, *, baud: int, cancel: CancelToken, slot: str
    ) -> AbstractContextManager[DeviceSession]: ...

    def present(self, port: str, *, baud: int, cancel: CancelToken, slot: str) -> bool:
        """The idle presence check: cheap, and never disturbs the device (no reset)."""
        ...
