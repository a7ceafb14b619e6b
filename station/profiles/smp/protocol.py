"""The provisioning protocol's constants: one source of truth for the host and the simulator.

`docs/protocol.md` is the specification firmware engineers implement from; this module is its
machine-readable half. Transport is SMP (Zephyr MCUmgr) over the serial console framing; the
provisioning commands live in one SMP group in the user-defined range (64 and up).

All bodies are CBOR maps with text keys. Responses report refusals the SMP v2 way,
`{"err": {"group": PROVISIONING_GROUP, "rc": <ErrorCode>}}`; a v1-style `{"rc": n}` from the
SMP layer itself (e.g. unknown command) is understood too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum

PROTOCOL_VERSION = 1

# Storage kinds and states: station.profiles.base (shared by every profile).

# SMP standard groups used by the station.
OS_GROUP = 0
OS_ECHO = 0
OS_MCUMGR_PARAMS = 6

# The provisioning group (first id of MCUmgr's user-defined range).
PROVISIONING_GROUP = 64


class Command(IntEnum):
    """Command ids inside PROVISIONING_GROUP. Read-only commands use SMP op READ."""

    IDENTIFY = 0  # read
    WRITE = 1  # write
    REVEAL = 2  # read
    LOCK = 3  # write


# Keys of the identify response.
class IdentifyKey(StrEnum):
    PROTOCOL = "proto"  # uint
    MODEL = "model"  # text
    FIRMWARE = "fw"  # text
    HARDWARE_ID = "hwid"  # bytes: the chip's unique id / serial, 4..64 bytes
    HARDWARE_SERIAL = "serial"  # text: the printed serial number, if the device has one
    DEVICE_ID = "device_id"  # text, optional: the Astarte device id the device wants
    STORAGE_KIND = "storage"  # text: StorageKind
    STORAGE_STATE = "state"  # text: StorageState
    SECRET_DIGEST = "digest"  # bytes(32), present when written or locked
    RECORD_DEVICE_ID = "rec_device_id"  # text, present when written or locked
    RECORD_REALM = "rec_realm"  # text, present when written or locked
    FACTORY_MODE = "factory"  # bool
    PROGRAM_US_PER_BYTE = "prog_us"  # uint: declared storage programming time per byte


# Keys of the write request (and the reveal response's "secret").
class RecordKey(StrEnum):
    DEVICE_ID = "device_id"
    REALM = "realm"
    PAIRING_URL = "pairing_url"
    SECRET = "secret"


@dataclass(frozen=True)
class ErrorInfo:
    meaning: str
    action: str


class ErrorCode(IntEnum):
    """Refusals of the provisioning group (the `rc` in `err`). 0 is success."""

    OK = 0
    UNKNOWN = 1
    NOT_FACTORY_MODE = 2
    ALREADY_WRITTEN = 3
    INVALID_RECORD = 4
    NOTHING_STORED = 5
    STORAGE_CORRUPT = 6
    PROGRAM_FAILED = 7
    BUSY = 8

    @property
    def info(self) -> ErrorInfo:
        return ERROR_INFO[self]


ERROR_INFO: dict[ErrorCode, ErrorInfo] = {
    ErrorCode.OK: ErrorInfo("Success.", ""),
    ErrorCode.UNKNOWN: ErrorInfo(
        "The device reported an unspecified error.",
        "Power-cycle the device and try again; if it repeats, set the unit aside for rework.",
    ),
    ErrorCode.NOT_FACTORY_MODE: ErrorInfo(
        "The device has left factory mode (it is locked), so it refuses write and reveal.",
        "This unit is already provisioned and locked; set it aside and check it in the journal.",
    ),
    ErrorCode.ALREADY_WRITTEN: ErrorInfo(
        "Write-once storage already holds a different record and cannot take another.",
        "Do not retry: mark the unit SCRAP (or send it to rework if its storage is rewritable).",
    ),
    ErrorCode.INVALID_RECORD: ErrorInfo(
        "The device rejected the record as malformed (a missing field or a wrong length).",
        "This is a station or firmware mismatch: stop the line and call the supervisor.",
    ),
    ErrorCode.NOTHING_STORED: ErrorInfo(
        "The device has no record to reveal.",
        "Provision the device again from the start.",
    ),
    ErrorCode.STORAGE_CORRUPT: ErrorInfo(
        "The device's storage holds a partial record (power was lost while programming).",
        "Write-once storage: mark the unit SCRAP. Rewritable: provision it again.",
    ),
    ErrorCode.PROGRAM_FAILED: ErrorInfo(
        "The device could not program its storage.",
        "Reseat the device and try once more; if it fails again the unit goes to rework.",
    ),
    ErrorCode.BUSY: ErrorInfo(
        "The device is busy with another operation.",
        "Wait a moment and try again; if it persists, power-cycle the device.",
    ),
}
