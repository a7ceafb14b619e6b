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

from station.text import NOTHING, Text

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
    """What a refusal code means and what to do, by message ID (`smp.rc.<name>` in
    station/catalogue/profiles.py, the one English source)."""

    name: str

    @property
    def meaning_text(self) -> Text:
        return Text.of(f"smp.rc.{self.name}")

    @property
    def action_text(self) -> Text:
        return Text.of(f"smp.rc.{self.name}.action") if self.name != "ok" else NOTHING

    @property
    def meaning(self) -> str:
        return self.meaning_text.english

    @property
    def action(self) -> str:
        return self.action_text.english


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


ERROR_INFO: dict[ErrorCode, ErrorInfo] = {code: ErrorInfo(code.name.lower()) for code in ErrorCode}
