"""What a simulated device answers: the provisioning group and the OS commands, without I/O.

This is the device side of `station/profiles/smp/protocol.py` (and `docs/protocol.md`). The
server loop (`server.py`) owns the pty and the fault injection; this class owns the storage
rules: OTP is write-once (an identical record again is OK, a different one ALREADY_WRITTEN),
secure storage is rewritable, `lock` leaves factory mode for good, and programming takes
`prog_us` per record byte. The lying-device faults (`lies`) are played here, because they are
about what the firmware stores and says, not about the wire. Programming is durable the way a
chip's is: the state file says `corrupt` from the moment programming starts until the whole
record is in, so killing the process (or a `power_cut` fault) in between leaves a partial
record, as a power loss would.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from smp.header import OP

from station.profiles.base import StorageKind
from station.profiles.smp.protocol import (
    OS_ECHO,
    OS_GROUP,
    OS_MCUMGR_PARAMS,
    PROTOCOL_VERSION,
    PROVISIONING_GROUP,
    Command,
    ErrorCode,
    IdentifyKey,
    RecordKey,
)
from station.sandbox.sim import storage
from station.sandbox.sim.faults import FaultKind, SlotFaults, Step
from station.sandbox.sim.storage import DeviceState, StoredRecord
from station.secret import Secret

# MCUmgr's SMP-layer error codes (v1 `rc`), for requests the device has no handler for.
MGMT_ERR_EINVAL = 3
MGMT_ERR_ENOTSUP = 8

BUF_SIZE = 1024  # largest SMP message the device accepts (announced by MCUmgr params)
BUF_COUNT = 4

MAX_SECRET_BYTES = 64
MAX_REALM_BYTES = 64
MAX_URL_BYTES = 256
DEVICE_ID_CHARS = 22


# Read-only commands are SMP reads; the device has no handler for the other op.
_EXPECTED_OP: dict[int, int] = {
    Command.IDENTIFY: OP.READ,
    Command.REVEAL: OP.READ,
    Command.WRITE: OP.WRITE,
    Command.LOCK: OP.WRITE,
}


_PROVISIONING_STEPS: dict[int, Step] = {
    Command.IDENTIFY: Step.IDENTIFY,
    Command.WRITE: Step.WRITE,
    Command.REVEAL: Step.REVEAL,
    Command.LOCK: Step.LOCK,
}


# Asked when programming starts: which programming fault (if any) strikes now.
FaultCheck = Callable[[], FaultKind | None]


class PowerCut(Exception):
    """Raised mid-programming when power is lost; the record on 'flash' is partial."""


@dataclass(frozen=True)
class Request:
    op: int
    group: int
    command: int
    body: Mapping[str, Any]

    @property
    def step(self) -> Step | None:
        """The fault-injection step this request is, or None for an unknown command."""
        if self.group == OS_GROUP:
            return {OS_ECHO: Step.ECHO, OS_MCUMGR_PARAMS: Step.PARAMS}.get(self.command)
        if self.group == PROVISIONING_GROUP:
            return _PROVISIONING_STEPS.get(self.command)
        return None


def refusal(code: ErrorCode) -> dict[str, Any]:
    return {"err": {"group": PROVISIONING_GROUP, "rc": int(code)}}


def _smp_error(rc: int) -> dict[str, Any]:
    return {"rc": rc}


def _valid_device_id(value: str) -> bool:
    if len(value) != DEVICE_ID_CHARS:
        return False
    try:
        return len(base64.urlsafe_b64decode(value + "==")) == 16
    except (binascii.Error, ValueError):
        return False


def _text(body: Mapping[str, Any], key: str, max_bytes: int) -> str | None:
    value = body.get(key)
    if not isinstance(value, str) or not value or len(value.encode("utf-8")) > max_bytes:
        return None
    return value


class SimDevice:
    """One device's request handling over its persistent state."""

    def __init__(
        self,
        state: DeviceState,
        state_file: Path,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.state = state
        self.state_file = state_file
        self._sleep = sleep
        self.lies = SlotFaults()
        self._identifies = 0  # for `drift`: every second answer names another device

    def persist(self) -> None:
        storage.save(self.state_file, self.state)

    def handle(
        self, request: Request, programming_fault: FaultCheck = lambda: None
    ) -> dict[str, Any]:
        """The response body. `programming_fault()` is asked once, only when programming really
        starts: POWER_CUT loses power halfway (`PowerCut` is raised), PROGRAM_FAIL fails it."""
        if request.group == OS_GROUP:
            return self._os(request)
        if request.group == PROVISIONING_GROUP:
            return self._provisioning(request, programming_fault)
        return _smp_error(MGMT_ERR_ENOTSUP)

    def _os(self, request: Request) -> dict[str, Any]:
        # MCUmgr registers echo as a write and params as a read; hosts differ, so both ops work.
        if request.command == OS_ECHO:
            text = request.body.get("d")
            if not isinstance(text, str):
                return _smp_error(MGMT_ERR_EINVAL)
            return {"r": text}
        if request.command == OS_MCUMGR_PARAMS:
            return {"buf_size": BUF_SIZE, "buf_count": BUF_COUNT}
        return _smp_error(MGMT_ERR_ENOTSUP)

    def _provisioning(self, request: Request, programming_fault: FaultCheck) -> dict[str, Any]:
        if _EXPECTED_OP.get(request.command) != request.op:
            return _smp_error(MGMT_ERR_ENOTSUP)
        if request.command == Command.IDENTIFY:
            return self.identify()
        if request.command == Command.WRITE:
            return self.write(request.body, programming_fault)
        if request.command == Command.REVEAL:
            return self.reveal()
        return self.lock()

    def identify(self) -> dict[str, Any]:
        s = self.state
        self._identifies += 1
        drift = self.lies.lie(FaultKind.DRIFT) if self._identifies % 2 == 0 else None
        body: dict[str, Any] = {
            IdentifyKey.PROTOCOL: PROTOCOL_VERSION,
            IdentifyKey.MODEL: s.model,
            IdentifyKey.FIRMWARE: s.firmware,
            IdentifyKey.HARDWARE_ID: _other_bytes(s.hwid) if drift == "hwid" else s.hwid,
            IdentifyKey.STORAGE_KIND: str(s.storage),
            IdentifyKey.STORAGE_STATE: str(s.state),
            IdentifyKey.FACTORY_MODE: s.factory_mode,
            IdentifyKey.PROGRAM_US_PER_BYTE: s.prog_us,
        }
        if s.hardware_serial:  # sent only when one is printed on the unit (trait no_serial)
            body[IdentifyKey.HARDWARE_SERIAL] = s.hardware_serial
        if s.device_id is not None:
            body[IdentifyKey.DEVICE_ID] = (
                _other_device_id(s.device_id) if drift == "device_id" else s.device_id
            )
        if s.record is not None and not s.corrupt:
            digest = Secret(s.record.secret).digest
            if self.lies.lie(FaultKind.DIGEST_LIE) is not None:
                digest = _other_bytes(digest)
            body[IdentifyKey.SECRET_DIGEST] = digest
            body[IdentifyKey.RECORD_DEVICE_ID] = s.record.device_id
            body[IdentifyKey.RECORD_REALM] = s.record.realm
        return {str(k): v for k, v in body.items()}

    def _parse_record(self, body: Mapping[str, Any]) -> StoredRecord | None:
        device_id = body.get(RecordKey.DEVICE_ID)
        realm = _text(body, RecordKey.REALM, MAX_REALM_BYTES)
        url = _text(body, RecordKey.PAIRING_URL, MAX_URL_BYTES)
        secret = _text(body, RecordKey.SECRET, MAX_SECRET_BYTES)
        if not isinstance(device_id, str) or not _valid_device_id(device_id):
            return None
        if realm is None or url is None or secret is None:
            return None
        if not url.startswith(("https://", "http://")):
            return None
        # A device that supplies its own id only accepts credentials issued for that id.
        if self.state.device_id is not None and device_id != self.state.device_id:
            return None
        return StoredRecord(device_id=device_id, realm=realm, pairing_url=url, secret=secret)

    def write(self, body: Mapping[str, Any], programming_fault: FaultCheck) -> dict[str, Any]:
        s = self.state
        if s.locked:
            return refusal(ErrorCode.NOT_FACTORY_MODE)
        record = self._parse_record(body)
        if record is None:
            return refusal(ErrorCode.INVALID_RECORD)
        if s.storage is StorageKind.OTP:
            if s.corrupt:
                return refusal(ErrorCode.STORAGE_CORRUPT)
            if s.record is not None:
                return {} if s.record == record else refusal(ErrorCode.ALREADY_WRITTEN)
        elif s.record == record and not s.corrupt:
            return {}
        other = self.lies.lie(FaultKind.STORE_OTHER)
        if other is not None:
            record = replace(record, secret=other_secret(record.secret, other))
        return self._program(record, programming_fault)

    def _program(self, record: StoredRecord, programming_fault: FaultCheck) -> dict[str, Any]:
        s = self.state
        previous = (s.record, s.corrupt, s.partial_bytes)
        total = record.size() * s.prog_us / 1e6
        s.record = None
        s.corrupt = True
        s.partial_bytes = 0
        self.persist()
        fault = programming_fault()
        if fault is not None:
            self._sleep(total / 2)
            if fault is FaultKind.PROGRAM_FAIL and s.storage is StorageKind.SECURE:
                # Secure storage commits a new record atomically: a failure keeps the old one.
                s.record, s.corrupt, s.partial_bytes = previous
            else:
                s.partial_bytes = record.size() // 2
            self.persist()
            if fault is FaultKind.POWER_CUT:
                raise PowerCut
            return refusal(ErrorCode.PROGRAM_FAILED)
        self._sleep(total)
        s.record = record
        s.corrupt = False
        s.partial_bytes = 0
        self.persist()
        return {}

    def reveal(self) -> dict[str, Any]:
        s = self.state
        if s.locked:
            return refusal(ErrorCode.NOT_FACTORY_MODE)
        if s.corrupt:
            return refusal(ErrorCode.STORAGE_CORRUPT)
        if s.record is None:
            return refusal(ErrorCode.NOTHING_STORED)
        secret = s.record.secret
        other = self.lies.lie(FaultKind.REVEAL_OTHER)
        if other is not None:
            secret = other_secret(secret, other)
        return {str(RecordKey.SECRET): secret}

    def lock(self) -> dict[str, Any]:
        s = self.state
        if s.locked:
            return {}
        if s.corrupt:
            return refusal(ErrorCode.STORAGE_CORRUPT)
        if s.record is None:
            # Locking an empty device would leave it unprovisionable for good.
            return refusal(ErrorCode.NOTHING_STORED)
        s.locked = True
        self.persist()
        return {}


def other_secret(secret: str, how: str) -> str:
    """A secret that is not `secret`: one bit of one character flipped ("bit"), or a fresh one
    of the same shape ("whole")."""
    if how == "whole":
        return base64.b64encode(secrets.token_bytes(32)).decode("ascii")
    middle = len(secret) // 2
    return secret[:middle] + chr(ord(secret[middle]) ^ 1) + secret[middle + 1 :]


def _other_bytes(value: bytes) -> bytes:
    return value[:-1] + bytes([value[-1] ^ 0x01])


def _other_device_id(device_id: str) -> str:
    raw = base64.urlsafe_b64decode(device_id + "==")
    return base64.urlsafe_b64encode(_other_bytes(raw)).rstrip(b"=").decode("ascii")
