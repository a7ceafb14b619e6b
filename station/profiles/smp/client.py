"""The station's side of the provisioning protocol, one device at a time.

`DeviceClient` turns the commands of `docs/protocol.md` into method calls over an `SmpLink`.
Read-only commands (echo, params, identify, reveal) are retried a bounded number of times when
the line times out or garbles an answer. `write` and `lock` change the device for good, so they
are never repeated here: when their answer is lost the caller gets `WriteOutcomeUnknown` and
must re-read the device's state with `identify` before deciding anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeGuard, TypeVar

from smp.header import OP

from station.cancel import Cancelled, CancelToken, Deadline
from station.link.errors import CorruptLink, LinkError, LinkTimeout
from station.link.framing import build_message
from station.link.port import SerialPort
from station.link.session import DEFAULT_MARGIN, LinkStats, SmpLink, command_timeout
from station.profiles.base import ProvisioningRecord, StorageKind, StorageState
from station.profiles.smp.errors import (
    DeviceProtocolError,
    DeviceRefused,
    RequestTooBig,
    WriteOutcomeUnknown,
)
from station.profiles.smp.model import KIND, SmpIdentity
from station.profiles.smp.protocol import (
    OS_ECHO,
    OS_GROUP,
    OS_MCUMGR_PARAMS,
    PROVISIONING_GROUP,
    Command,
    ErrorCode,
    IdentifyKey,
    RecordKey,
)
from station.secret import Secret
from station.text import Text

T = TypeVar("T")

READ_ATTEMPTS = 3  # one try and two retries for read-only commands
MIN_BUF_SIZE = 512  # every device accepts requests this large (docs/protocol.md, "Size limits")

# Generous upper bounds of response message sizes (header + CBOR), for the deadlines.
_IDENTIFY_RESPONSE = 512
_SMALL_RESPONSE = 32
_PARAMS_RESPONSE = 48
_REVEAL_RESPONSE = 128


@dataclass(frozen=True)
class McuMgrParams:
    """The device's SMP buffers: `buf_size` bounds the largest request message it accepts."""

    buf_size: int
    buf_count: int


def record_program_bytes(record: ProvisioningRecord) -> int:
    """Bytes the device programs for a record: the UTF-8 length of its four fields."""
    fields = (record.device_id, record.realm, record.pairing_url, record.secret.reveal())
    return sum(len(f.encode("utf-8")) for f in fields)


class DeviceClient:
    def __init__(
        self,
        link: SmpLink,
        *,
        slot: str,
        margin: float = DEFAULT_MARGIN,
        read_attempts: int = READ_ATTEMPTS,
    ) -> None:
        self._link = link
        self.slot = slot
        self.port = link.port.path
        self.margin = margin
        self.read_attempts = max(1, read_attempts)
        self._buf_limit: int | None = None  # the largest request the device takes, once known
        self._program_us: int | None = None

    @classmethod
    def open(
        cls,
        port: str,
        *,
        baud: int,
        cancel: CancelToken,
        slot: str,
        margin: float = DEFAULT_MARGIN,
        read_attempts: int = READ_ATTEMPTS,
    ) -> DeviceClient:
        serial_port = SerialPort.open(port, baud=baud, slot=slot)
        return cls(
            SmpLink(serial_port, cancel=cancel),
            slot=slot,
            margin=margin,
            read_attempts=read_attempts,
        )

    def close(self) -> None:
        self._link.port.close()

    def __enter__(self) -> DeviceClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def stats(self) -> LinkStats:
        return self._link.stats

    def console_log(self) -> str:
        return self._link.console_log().decode(errors="replace")  # UTF-8

    # -- read-only commands --

    def echo(self, text: str) -> str:
        body = {"d": text}
        size = len(text.encode("utf-8")) + 16
        reply = self._read(
            "echo", op=OP.WRITE, group=OS_GROUP, command=OS_ECHO, body=body, response_bytes=size
        )
        answer = reply.get("r")
        if answer != text:
            raise DeviceProtocolError(
                Text.of("smp.detail.echo_differs"), command="echo", slot=self.slot
            )
        return text

    def params(self) -> McuMgrParams:
        reply = self._read(
            "params",
            op=OP.READ,
            group=OS_GROUP,
            command=OS_MCUMGR_PARAMS,
            body={},
            response_bytes=_PARAMS_RESPONSE,
        )
        size = reply.get("buf_size")
        count = reply.get("buf_count")
        if not _is_uint(size) or not _is_uint(count) or size < 64:
            raise DeviceProtocolError(
                Text.of("smp.detail.params_invalid"), command="params", slot=self.slot
            )
        self._buf_limit = size
        return McuMgrParams(buf_size=size, buf_count=count)

    def identify(self) -> SmpIdentity:
        reply = self._read(
            "identify",
            op=OP.READ,
            group=PROVISIONING_GROUP,
            command=Command.IDENTIFY,
            body={},
            response_bytes=_IDENTIFY_RESPONSE,
        )
        identity = _parse_identity(reply, slot=self.slot)
        self._program_us = identity.program_us_per_byte
        return identity

    def reveal(self) -> Secret:
        reply = self._read(
            "reveal",
            op=OP.READ,
            group=PROVISIONING_GROUP,
            command=Command.REVEAL,
            body={},
            response_bytes=_REVEAL_RESPONSE,
        )
        value = reply.get(RecordKey.SECRET)
        if not isinstance(value, str) or not value:
            raise DeviceProtocolError(
                Text.of("smp.detail.no_secret"), command="reveal", slot=self.slot
            )
        return Secret(value)

    # -- commands that change the device --

    def prepare_write(self, record: ProvisioningRecord) -> None:
        """Ask what `write` needs to know first (programming time, buffer size), so that the
        write itself sends only the record. Read-only."""
        if self._program_us is None:
            self.identify()
        self._buf_size()

    def write(self, record: ProvisioningRecord) -> None:
        """Burn `record`; refused before sending if it exceeds the device's buffer.

        Asks `identify` (programming time sizes the deadline) and `params` (buffer size) first
        unless this session already has their answers.
        """
        if self._program_us is None:
            self.identify()
        assert self._program_us is not None
        body = {
            RecordKey.DEVICE_ID.value: record.device_id,
            RecordKey.REALM.value: record.realm,
            RecordKey.PAIRING_URL.value: record.pairing_url,
            RecordKey.SECRET.value: record.secret.reveal(),
        }
        self._check_fits("write", OP.WRITE, Command.WRITE, body)
        self._change(
            "write",
            Command.WRITE,
            body,
            program_bytes=record_program_bytes(record),
        )

    def lock(self) -> None:
        self._change("lock", Command.LOCK, {}, program_bytes=0)

    # -- plumbing --

    def _timeout(self, request: Mapping[str, Any], response_bytes: int, program: int = 0) -> float:
        request_bytes = len(build_message(OP.WRITE, PROVISIONING_GROUP, 0, 0, request))
        return command_timeout(
            baud=self._link.baud,
            request_bytes=request_bytes,
            response_bytes=response_bytes,
            program_bytes=program,
            program_us_per_byte=self._program_us or 0,
            margin=self.margin,
            line_length=self._link.line_length,
        )

    def _read(
        self,
        what: str,
        *,
        op: int,
        group: int,
        command: int,
        body: dict[str, Any],
        response_bytes: int,
    ) -> dict[str, Any]:
        def attempt() -> dict[str, Any]:
            deadline = Deadline(self._timeout(body, response_bytes))
            response = self._link.request(op, group, command, body, deadline=deadline, what=what)
            return self._accepted(what, group, response.body)

        return self._with_retries(attempt)

    def _with_retries(self, attempt: Callable[[], T]) -> T:
        for _ in range(self.read_attempts - 1):
            try:
                return attempt()
            except (LinkTimeout, CorruptLink):
                self._link.note_retry()
        return attempt()  # the last: whatever it raises is the caller's

    def _change(
        self, what: str, command: Command, body: dict[str, Any], *, program_bytes: int
    ) -> None:
        self._link.cancel.check()
        deadline = Deadline(self._timeout(body, _SMALL_RESPONSE, program_bytes))
        try:
            # Not cancellable once sent: a stop while the device programs would leave the
            # outcome unknown, and the wait is bounded by the deadline anyway.
            response = self._link.request(
                OP.WRITE,
                PROVISIONING_GROUP,
                command,
                body,
                deadline=deadline,
                what=what,
                cancellable=False,
            )
        except (LinkError, Cancelled) as exc:
            raise WriteOutcomeUnknown(what, exc, slot=self.slot, port=self.port) from exc
        self._accepted(what, PROVISIONING_GROUP, response.body)
        self._link.cancel.check()

    def _buf_size(self) -> int:
        """The largest request the device accepts, asked once per session."""
        if self._buf_limit is None:
            try:
                return self.params().buf_size
            except DeviceRefused:
                # MCUmgr's params command is optional in Zephyr; the spec's floor still holds.
                self._buf_limit = MIN_BUF_SIZE
        return self._buf_limit

    def _check_fits(self, what: str, op: int, command: int, body: dict[str, Any]) -> None:
        size = len(build_message(op, PROVISIONING_GROUP, command, 0, body))
        limit = self._buf_size()
        if size > limit:
            raise RequestTooBig(command=what, size=size, limit=limit, slot=self.slot)

    def _accepted(self, what: str, group: int, body: dict[str, Any]) -> dict[str, Any]:
        """The body if it is a success; DeviceRefused if it carries an error code."""
        err = body.get("err")
        if isinstance(err, dict):
            rc, err_group = err.get("rc"), err.get("group")
            if not _is_uint(rc):
                raise DeviceProtocolError(
                    Text.of("smp.detail.bad_err_map"), command=what, slot=self.slot
                )
            if rc != 0:
                raise _refusal(rc, what, ours=err_group == PROVISIONING_GROUP, slot=self.slot)
        rc = body.get("rc")
        if rc is not None:
            if not _is_uint(rc):
                raise DeviceProtocolError(
                    Text.of("smp.detail.bad_rc"), command=what, slot=self.slot
                )
            if rc != 0:
                raise _refusal(rc, what, ours=group == PROVISIONING_GROUP, slot=self.slot)
        return body


def _refusal(rc: int, what: str, *, ours: bool, slot: str) -> DeviceRefused:
    # Codes from another group (or the SMP layer) share numbers with ours but not meanings.
    code = ErrorCode(rc) if ours and rc in ErrorCode._value2member_map_ else ErrorCode.UNKNOWN
    return DeviceRefused(code, command=what, slot=slot, rc=rc)


def _is_uint(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _parse_identity(body: Mapping[str, Any], *, slot: str) -> SmpIdentity:
    def fail(detail: Text) -> DeviceProtocolError:
        return DeviceProtocolError(detail, command="identify", slot=slot)

    def need(key: IdentifyKey, kind: type[Any]) -> Any:
        value = body.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise fail(Text.of("smp.detail.field_missing", key=repr(str(key)), kind=kind.__name__))
        return value

    def optional(key: IdentifyKey, kind: type[Any]) -> Any:
        if key not in body:
            return None
        return need(key, kind)

    hwid = need(IdentifyKey.HARDWARE_ID, bytes)
    if not 4 <= len(hwid) <= 64:
        raise fail(Text.of("smp.detail.hwid_size", n=len(hwid)))
    try:
        kind = StorageKind(need(IdentifyKey.STORAGE_KIND, str))
        state = StorageState(need(IdentifyKey.STORAGE_STATE, str))
    except ValueError as exc:
        raise fail(Text.of("smp.detail.storage_unknown", detail=str(exc))) from None
    digest = optional(IdentifyKey.SECRET_DIGEST, bytes)
    if digest is not None and len(digest) != 32:
        raise fail(Text.of("smp.detail.digest_size", n=len(digest)))
    if state in (StorageState.WRITTEN, StorageState.LOCKED) and digest is None:
        raise fail(Text.of("smp.detail.no_digest", state=str(state)))
    prog_us = need(IdentifyKey.PROGRAM_US_PER_BYTE, int)
    if prog_us < 0:
        raise fail(Text.of("smp.detail.negative_program_time"))
    protocol = need(IdentifyKey.PROTOCOL, int)
    model = need(IdentifyKey.MODEL, str)
    firmware = need(IdentifyKey.FIRMWARE, str)
    return SmpIdentity(
        profile=KIND,
        protocol_version=protocol,
        model=model,
        firmware=firmware,
        hardware_id=bytes(hwid),
        hardware_serial=optional(IdentifyKey.HARDWARE_SERIAL, str) or "",
        device_id=optional(IdentifyKey.DEVICE_ID, str),
        storage_kind=kind,
        storage_state=state,
        secret_digest=None if digest is None else bytes(digest),
        record_device_id=optional(IdentifyKey.RECORD_DEVICE_ID, str),
        record_realm=optional(IdentifyKey.RECORD_REALM, str),
        factory_mode=need(IdentifyKey.FACTORY_MODE, bool),
        program_us_per_byte=prog_us,
        facts={"protocol": str(protocol), "storage": kind.value, "hwid": bytes(hwid).hex()},
    )
