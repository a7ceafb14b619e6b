"""MCUmgr's standard groups, host side: OS (0), file system (8) and shell (9) over an `SmpLink`.

Numbers and answer shapes come from the `smp` package's group definitions and match Zephyr
v4.4.1's os_mgmt, fs_mgmt and shell_mgmt. A group error arrives as `{"err": {"group", "rc"}}`
(SMP v2) or, from an SMP v1 server or for a group it does not have, as `{"rc": N}`. Read-only
requests are retried on a garbled or missing answer; uploads are never repeated here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import cbor2
from smp.file_management import FS_MGMT_ERR
from smp.header import OP, CommandId, GroupId

from station.cancel import Cancelled, Deadline
from station.errors import OutcomeUnknown, StationError
from station.link.errors import CorruptLink, LinkError, LinkTimeout, where
from station.link.framing import build_message
from station.link.session import DEFAULT_MARGIN, SmpLink, command_timeout
from station.text import Text

T = TypeVar("T")

READ_ATTEMPTS = 3
MGMT_ERR_ENOTSUP = 8  # the SMP layer's answer for a group or command the firmware lacks
MIN_BUF_SIZE = 256  # Zephyr's smallest MCUMGR_TRANSPORT_NETBUF_SIZE worth using
_HWINFO = re.compile(r"^Length: (\d+)\r?\nID: 0x([0-9a-fA-F]+)\r?\n?$")


class NotSupported(StationError):
    """The firmware has no handler for this group or command (MGMT_ERR_ENOTSUP)."""

    error_class = "not_supported"


class GroupError(StationError):
    """A group answered a well-formed error code."""

    error_class = "mcumgr_error"

    def __init__(self, what: str, group: int, rc: int, *, slot: str) -> None:
        super().__init__(
            Text.of("zephyr.group_error", place=where(slot, ""), what=what, group=group, rc=rc)
        )
        self.group = group
        self.rc = rc


class UnexpectedAnswer(StationError):
    error_class = "protocol"

    def __init__(self, what: str, detail: str, *, slot: str) -> None:
        place = where(slot, "")
        super().__init__(
            Text.of("smp.protocol", place=place, command=what, detail=detail),
            Text.of("zephyr.firmware_check.action", place=place),
        )


class UploadOutcomeUnknown(LinkError, OutcomeUnknown):
    """A chunk of an upload was sent and its answer lost: the file may hold part of it."""

    error_class = "write_unknown"

    def __init__(self, cause: StationError, *, slot: str, port: str) -> None:
        place = where(slot, port)
        super().__init__(
            Text.of("zephyr.upload_unknown", place=place, cause=cause.text),
            Text.of("zephyr.upload_unknown.action", place=place),
            slot=slot,
            port=port,
        )
        self.command = "upload"


@dataclass(frozen=True)
class Cmd:
    what: str
    op: int
    group: int
    command: int


_OS, _FS, _SHELL = GroupId.OS_MANAGEMENT, GroupId.FILE_MANAGEMENT, GroupId.SHELL_MANAGEMENT
_OSC, _FSC = CommandId.OSManagement, CommandId.FileManagement
ECHO = Cmd("echo", OP.WRITE, _OS, _OSC.ECHO)
PARAMS = Cmd("MCUmgr parameters", OP.READ, _OS, _OSC.MCUMGR_PARAMETERS)
OS_INFO = Cmd("OS info", OP.READ, _OS, _OSC.OS_APPLICATION_INFO)
RESET = Cmd("reset", OP.WRITE, _OS, _OSC.RESET)
SHELL_EXEC = Cmd("shell command", OP.WRITE, _SHELL, 0)
FILE_STATUS = Cmd("file status", OP.READ, _FS, _FSC.FILE_STATUS)
FILE_DOWNLOAD = Cmd("file download", OP.READ, _FS, _FSC.FILE_DOWNLOAD_UPLOAD)
FILE_UPLOAD = Cmd("file upload", OP.WRITE, _FS, _FSC.FILE_DOWNLOAD_UPLOAD)
FILE_HASH = Cmd("file hash", OP.READ, _FS, _FSC.FILE_HASH_CHECKSUM)


@dataclass(frozen=True)
class HashResult:
    kind: str  # "sha256" or "crc32"
    value: bytes | int
    length: int


def parse_hwinfo(output: str) -> bytes | None:
    """The ID `hwinfo devid` printed ("Length: N" then "ID: 0x<hex>"), or None if unreadable."""
    m = _HWINFO.match(output.strip("\r\n") + "\n")
    if m is None:
        return None
    hex_id = m[2]
    if len(hex_id) % 2 or len(hex_id) // 2 != int(m[1]) or not 4 <= int(m[1]) <= 64:
        return None
    return bytes.fromhex(hex_id)


class McuMgrClient:
    def __init__(self, link: SmpLink, *, slot: str, margin: float = DEFAULT_MARGIN) -> None:
        self.link = link
        self.slot = slot
        self.margin = margin
        self._buf_size: int | None = None

    # -- plumbing --------------------------------------------------------------------------

    def _deadline(self, op: int, group: int, body: dict[str, Any], response_bytes: int) -> Deadline:
        request_bytes = len(build_message(op, group, 0, 0, body))
        return Deadline(
            command_timeout(
                baud=self.link.baud,
                request_bytes=request_bytes,
                response_bytes=response_bytes,
                margin=self.margin,
                line_length=self.link.line_length,
            )
        )

    def _once(self, cmd: Cmd, body: dict[str, Any], response: int) -> dict[str, Any]:
        deadline = self._deadline(cmd.op, cmd.group, body, response)
        answer = self.link.request(
            cmd.op, cmd.group, cmd.command, body, deadline=deadline, what=cmd.what
        )
        return self.checked(cmd.what, cmd.group, answer.body)

    def read(self, cmd: Cmd, body: dict[str, Any], response: int) -> dict[str, Any]:
        """A request that changes nothing: retried when the answer is lost or garbled."""
        return self._retried(lambda: self._once(cmd, body, response))

    def _retried(self, attempt: Callable[[], T]) -> T:
        for n in range(READ_ATTEMPTS):
            try:
                return attempt()
            except (LinkTimeout, CorruptLink):
                if n + 1 == READ_ATTEMPTS:
                    raise
                self.link.note_retry()
        raise AssertionError("unreachable")

    def checked(self, what: str, group: int, body: dict[str, Any]) -> dict[str, Any]:
        err = body.get("err")
        if isinstance(err, dict):
            rc, err_group = err.get("rc"), err.get("group")
            if not isinstance(rc, int) or not isinstance(err_group, int):
                raise UnexpectedAnswer(what, "malformed err map", slot=self.slot)
            if rc != 0:
                raise GroupError(what, err_group, rc, slot=self.slot)
        rc = body.get("rc")
        if rc is not None:
            if not isinstance(rc, int):
                raise UnexpectedAnswer(what, "malformed rc", slot=self.slot)
            if rc == MGMT_ERR_ENOTSUP:
                raise NotSupported(f"{what}: not supported by the firmware")
            if rc != 0:
                raise GroupError(what, 0, rc, slot=self.slot)
        return body

    # -- OS group ---------------------------------------------------------------------------

    def echo(self, text: str) -> str:
        body = self.read(
            ECHO,
            {"d": text},
            64 + len(text),
        )
        reply = body.get("r")
        if not isinstance(reply, str):
            raise UnexpectedAnswer("echo", "no text in the answer", slot=self.slot)
        return reply

    def buf_size(self) -> int:
        """The largest SMP message the device accepts (MCUmgr parameters), asked once."""
        if self._buf_size is None:
            try:
                body = self.read(
                    PARAMS,
                    {},
                    48,
                )
                size = body.get("buf_size")
                self._buf_size = (
                    size if isinstance(size, int) and size >= MIN_BUF_SIZE else MIN_BUF_SIZE
                )
            except NotSupported:
                self._buf_size = MIN_BUF_SIZE  # CONFIG_MCUMGR_GRP_OS_MCUMGR_PARAMS is optional
        return self._buf_size

    def os_info(self, fmt: str) -> str | None:
        """OS/application info fields, or None without CONFIG_MCUMGR_GRP_OS_INFO."""
        try:
            body = self.read(
                OS_INFO,
                {"format": fmt},
                256,
            )
        except (NotSupported, GroupError):
            return None
        output = body.get("output")
        return output if isinstance(output, str) else None

    def reset(self) -> None:
        """Reboot into the application; the answer comes before the reset (or is lost in it)."""
        self.link.cancel.check()
        body: dict[str, Any] = {}
        deadline = self._deadline(OP.WRITE, GroupId.OS_MANAGEMENT, body, 32)
        try:
            answer = self.link.request(
                OP.WRITE,
                GroupId.OS_MANAGEMENT,
                CommandId.OSManagement.RESET,
                body,
                deadline=deadline,
                what="reset",
                cancellable=False,
            )
        except (LinkError, Cancelled) as exc:
            cause = exc if isinstance(exc, StationError) else StationError(str(exc))
            raise OutcomeUnknown(
                Text.of("zephyr.reset_unknown", place=where(self.slot, ""), cause=cause.text),
                command="reset",
            ) from exc
        self.checked("reset", GroupId.OS_MANAGEMENT, answer.body)

    # -- shell group ------------------------------------------------------------------------

    def shell(self, argv: list[str]) -> tuple[str, int]:
        what = "shell " + " ".join(argv)
        body = self.read(Cmd(what, SHELL_EXEC.op, SHELL_EXEC.group, 0), {"argv": argv}, 512)
        output, ret = body.get("o"), body.get("ret", body.get("rc", 0))
        if not isinstance(output, str) or not isinstance(ret, int):
            raise UnexpectedAnswer(what, "no output or status", slot=self.slot)
        return output, ret

    # -- file-system group ------------------------------------------------------------------

    def file_len(self, path: str) -> int | None:
        """The file's size; None if there is none. A directory raises GroupError(IS_DIRECTORY)."""
        try:
            body = self.read(
                FILE_STATUS,
                {"name": path},
                32,
            )
        except GroupError as exc:
            if exc.group == GroupId.FILE_MANAGEMENT and exc.rc == FS_MGMT_ERR.FILE_NOT_FOUND:
                return None
            raise
        size = body.get("len")
        if not isinstance(size, int) or size < 0:
            raise UnexpectedAnswer("file status", "no length", slot=self.slot)
        return size

    def download(self, path: str, limit: int) -> bytes:
        """The whole file, chunk by chunk; refused when it announces more than `limit` bytes."""
        data = bytearray()
        total: int | None = None
        while total is None or len(data) < total:
            off = len(data)
            body = self.read(
                FILE_DOWNLOAD,
                {"off": off, "name": path},
                self.buf_size(),
            )
            chunk, got_off = body.get("data"), body.get("off")
            if off == 0:
                length = body.get("len")
                if not isinstance(length, int) or length < 0:
                    raise UnexpectedAnswer(
                        "file download", "no length in the first chunk", slot=self.slot
                    )
                if length > limit:
                    raise UnexpectedAnswer(
                        "file download",
                        f"the file is {length} bytes, more than the {limit} expected",
                        slot=self.slot,
                    )
                total = length
            if (
                not isinstance(chunk, bytes)
                or got_off != off
                or (not chunk and len(data) < (total or 0))
            ):
                raise UnexpectedAnswer(
                    "file download", f"a chunk at offset {got_off!r} for {off}", slot=self.slot
                )
            data += chunk
        return bytes(data[:total])

    def upload_chunk_size(self, path: str, total: int) -> int:
        """Data bytes per upload request so that the whole message fits the device's buffer."""
        probe = {"off": total, "data": b"", "name": path, "len": total}
        overhead = len(build_message(OP.WRITE, GroupId.FILE_MANAGEMENT, 0, 0, probe)) + 3
        return max(16, self.buf_size() - overhead)

    def upload(
        self, path: str, data: bytes, on_chunk: Callable[[int], None] = lambda off: None
    ) -> None:
        """Write `data` to `path` from offset 0 (which truncates) in buffer-sized chunks.

        Never repeats a chunk: a lost answer is `UploadOutcomeUnknown`. A refusal is GroupError.
        """
        chunk = self.upload_chunk_size(path, len(data))
        off = 0
        while True:
            body: dict[str, Any] = {"off": off, "data": data[off : off + chunk], "name": path}
            if off == 0:
                body["len"] = len(data)
            self.link.cancel.check()
            deadline = self._deadline(OP.WRITE, GroupId.FILE_MANAGEMENT, body, 32)
            try:
                answer = self.link.request(
                    OP.WRITE,
                    GroupId.FILE_MANAGEMENT,
                    CommandId.FileManagement.FILE_DOWNLOAD_UPLOAD,
                    body,
                    deadline=deadline,
                    what="file upload",
                    cancellable=False,
                )
            except (LinkError, Cancelled) as exc:
                cause = exc if isinstance(exc, StationError) else StationError(str(exc))
                raise UploadOutcomeUnknown(cause, slot=self.slot, port=self.link.port.path) from exc
            reply = self.checked("file upload", GroupId.FILE_MANAGEMENT, answer.body)
            new_off = reply.get("off")
            expected = min(len(data), off + chunk)
            if new_off != expected:
                raise UnexpectedAnswer(
                    "file upload",
                    f"offset {new_off!r} after writing up to {expected}",
                    slot=self.slot,
                )
            off = expected
            on_chunk(off)
            if off >= len(data):
                return

    def file_hash(self, path: str, kind: str) -> HashResult:
        body = self.read(
            Cmd(f"file {kind}", FILE_HASH.op, FILE_HASH.group, FILE_HASH.command),
            {"name": path, "type": kind},
            96,
        )
        value, length, got = body.get("output"), body.get("len"), body.get("type", kind)
        if got != kind or not isinstance(length, int):
            raise UnexpectedAnswer(f"file {kind}", "no type or length", slot=self.slot)
        if kind == "sha256" and not (isinstance(value, bytes) and len(value) == 32):
            raise UnexpectedAnswer("file sha256", "no 32-byte hash", slot=self.slot)
        if kind == "crc32" and not isinstance(value, int):
            raise UnexpectedAnswer("file crc32", "no numeric checksum", slot=self.slot)
        assert isinstance(value, bytes | int)
        return HashResult(kind, value, length)


def cbor_size(value: Any) -> int:
    return len(cbor2.dumps(value))
