"""MCUmgr group 8 (file system management) as Zephyr v4.4.1's fs_mgmt answers it.

Commands: 0 file (read: download, write: upload), 1 status, 2 hash/checksum, 3 supported
hash/checksum types, 4 close the open file. One upload or download is open at a time (RAM
state, lost on reset); an upload at offset 0 truncates, a chunk at any other offset must
continue the open file exactly, an upload is committed when its last byte arrives, when the
file is closed (command 4, another transfer, the idle timer) and never by a reset.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import time
import zlib
from dataclasses import dataclass
from typing import Any

from smp.file_management import FS_MGMT_ERR

from station.sandbox.sim.device import other_secret
from station.sandbox.zephyr.filestore import FsError
from station.sandbox.zephyr.view import FirmwareView

FS_GROUP = 8
PATH_LEN = 64  # CONFIG_MCUMGR_GRP_FS_PATH_LEN
DL_CHUNK = 512  # what fits a download answer into the device's 1024-byte buffer
IDLE_CLOSE_S = 4.0  # CONFIG_MCUMGR_GRP_FS_FILE_AUTOMATIC_IDLE_CLOSE_TIME
MGMT_ERR_EINVAL = 3
MGMT_ERR_ENOTSUP = 8
MGMT_ERR_EBUSY = 10

Response = dict[str, Any]


def _err(code: FS_MGMT_ERR) -> Response:
    return {"err": {"group": FS_GROUP, "rc": int(code)}}


def _open_error(exc: FsError, *, writing: bool) -> FS_MGMT_ERR:
    if exc.errno == errno.EINVAL:
        return FS_MGMT_ERR.FILE_INVALID_NAME
    if exc.errno == errno.ENOENT:
        return FS_MGMT_ERR.MOUNT_POINT_NOT_FOUND if writing else FS_MGMT_ERR.FILE_NOT_FOUND
    if exc.errno == errno.EROFS and writing:
        return FS_MGMT_ERR.READ_ONLY_FILESYSTEM
    return FS_MGMT_ERR.UNKNOWN


def _flip_secret(data: bytes) -> bytes:
    """The same JSON with one character of its credentialSecret changed."""
    try:
        doc = json.loads(data)
        secret = doc["credentialSecret"]
    except (ValueError, KeyError, TypeError):
        return data
    if not isinstance(secret, str) or not secret:
        return data
    doc["credentialSecret"] = ("B" if secret[0] != "B" else "C") + secret[1:]
    return json.dumps(doc).encode("utf-8")


def _swap_secret(data: bytes, how: str) -> bytes:
    """The same bytes with the credentialSecret replaced in place by another of the same
    length (`other_secret`: one bit flipped, or a whole other one), so only its value differs."""
    try:
        secret = json.loads(data)["credentialSecret"]
    except (ValueError, KeyError, TypeError):
        return data
    if not isinstance(secret, str) or not secret:
        return data
    other = other_secret(secret, how)[: len(secret)].ljust(len(secret), "A")
    return data.replace(secret.encode("utf-8"), other.encode("utf-8"), 1)


@dataclass
class _Open:
    path: str
    upload: bool
    buffer: bytearray
    length: int
    last_use: float


class FsGroup:
    def __init__(self, firmware: FirmwareView) -> None:
        self.fw = firmware
        self.open: _Open | None = None
        self.received: dict[str, bytes] = {}  # what the host last uploaded, per path

    # -- life of the open file --------------------------------------------------------------

    def tick(self, now: float) -> None:
        if self.open is not None and now - self.open.last_use > IDLE_CLOSE_S:
            self.close()

    def close(self) -> None:
        """fs_mgmt_cleanup: close the handle, which commits what an upload wrote so far."""
        current, self.open = self.open, None
        if current is not None and current.upload:
            data = bytes(current.buffer)
            if self.fw.has("store_other_secret"):
                data = _flip_secret(data)
            how = self.fw.stores_other()
            if how is not None:
                data = _swap_secret(data, how)
            with contextlib.suppress(FsError):  # littlefs keeps the last version that fitted
                self.fw.store.commit(current.path, data)

    # -- dispatch ---------------------------------------------------------------------------

    def handle(self, op: int, command: int, body: dict[str, Any]) -> Response:
        now = time.monotonic()
        if command == 0:
            return self.upload(body, now) if op == 2 else self.download(body, now)
        if command == 1 and op == 0:
            return self.status(body)
        hashing = not self.fw.has("no_hash")  # without the option neither command exists
        if command == 2 and op == 0 and hashing:
            return self.hash(body)
        if command == 3 and op == 0 and hashing:
            return {"types": self._types()}
        if command == 4 and op == 2:
            self.close()
            return {}
        return {"rc": MGMT_ERR_ENOTSUP}

    @staticmethod
    def _name(body: dict[str, Any]) -> str | None:
        name = body.get("name")
        if not isinstance(name, str) or not name or len(name.encode()) > PATH_LEN:
            return None
        return name

    def status(self, body: dict[str, Any]) -> Response:
        name = self._name(body)
        if name is None:
            return {"rc": MGMT_ERR_EINVAL}
        try:
            size = self.fw.store.stat(name)
        except FsError as exc:
            return _err(_open_error(exc, writing=False))
        if size is None:
            if self.fw.has("dir_stat_fails"):
                return _err(FS_MGMT_ERR.UNKNOWN)  # fs_stat's -EIO
            return _err(FS_MGMT_ERR.FILE_IS_DIRECTORY)
        return {"len": size}

    def download(self, body: dict[str, Any], now: float) -> Response:
        name, off = self._name(body), body.get("off")
        if name is None or not isinstance(off, int) or off < 0:
            return {"rc": MGMT_ERR_EINVAL}
        if self.open is None or self.open.upload or self.open.path != name:
            self.close()
            if self.fw.has("read_fails"):
                return _err(FS_MGMT_ERR.UNKNOWN)
            try:
                size = self.fw.store.stat(name)
                if size is None:
                    return _err(FS_MGMT_ERR.FILE_IS_DIRECTORY)
                data = self.fw.store.read(name)
            except FsError as exc:
                return _err(_open_error(exc, writing=False))
            if self.fw.has("download_lie"):
                data = _flip_secret(data)
            self.open = _Open(name, False, bytearray(data), len(data), now)
        current = self.open
        current.last_use = now
        chunk = bytes(current.buffer[off : off + DL_CHUNK])
        answer: Response = {"off": off, "data": chunk}
        if off == 0:
            answer["len"] = current.length
        if off + len(chunk) >= current.length:
            self.open = None
        return answer

    def upload(self, body: dict[str, Any], now: float) -> Response:  # noqa: PLR0911 (fs_mgmt's order)
        name, off, data = self._name(body), body.get("off"), body.get("data", b"")
        length = body.get("len")
        if name is None or not isinstance(off, int) or off < 0 or not isinstance(data, bytes):
            return {"rc": MGMT_ERR_EINVAL}
        if off == 0 and not isinstance(length, int):
            return {"rc": MGMT_ERR_EINVAL}
        if self.fw.has("fs_busy"):
            return {"rc": MGMT_ERR_EBUSY}  # k_sem_take(&fs_mgmt_ctxt.lock_sem) timed out
        if self.open is None or not self.open.upload or self.open.path != name:
            self.close()
            try:
                self.fw.store.create(name)
            except FsError as exc:
                return _err(_open_error(exc, writing=True))
            existing = self.fw.store.read(name)
            self.open = _Open(name, True, bytearray(existing), 0, now)
        current = self.open
        current.last_use = now
        if off == 0:
            assert isinstance(length, int)
            current.length = length
            current.buffer = bytearray()
            self.received[name] = b""
        elif off != len(current.buffer):
            answer = _err(FS_MGMT_ERR.FILE_OFFSET_NOT_VALID)
            answer["len"] = len(current.buffer)
            self.open = None  # fs_mgmt cleans up; the host starts again
            return answer
        elif self.fw.once("reset_mid_upload"):
            self.open = None  # RAM is gone: the file keeps its last committed version
            self.fw.reset_now = True
            return {}
        if data:
            if not self.fw.store.fits(name, len(current.buffer) + len(data)):
                self.close()
                return _err(FS_MGMT_ERR.FILE_WRITE_FAILED)
            current.buffer += data
            self.received[name] = self.received.get(name, b"") + data
        written = len(current.buffer)
        if current.length and written >= current.length:
            self.close()
        return {"off": written}

    def _types(self) -> dict[str, Any]:
        if self.fw.has("hash_no_types"):
            return {}
        types: dict[str, Any] = {"crc32": {"format": 0, "size": 4}}
        if not self.fw.has("crc32_only"):
            types["sha256"] = {"format": 1, "size": 32}
        return types

    def hash(self, body: dict[str, Any]) -> Response:  # noqa: PLR0911 (fs_mgmt's order)
        name = self._name(body)
        kind = body.get("type", "crc32")
        off = body.get("off", 0)
        if name is None or not isinstance(kind, str) or not isinstance(off, int):
            return {"rc": MGMT_ERR_EINVAL}
        if kind not in self._types():
            return _err(FS_MGMT_ERR.CHECKSUM_HASH_NOT_FOUND)
        if self.fw.has("hash_fails"):
            return _err(FS_MGMT_ERR.UNKNOWN)
        if self.fw.has("hash_fails_17"):
            return {"err": {"group": FS_GROUP, "rc": 17}}
        try:
            size = self.fw.store.stat(name)
            if size is None:
                return _err(FS_MGMT_ERR.FILE_IS_DIRECTORY)
            data = self.fw.store.read(name)
        except FsError as exc:
            return _err(_open_error(exc, writing=False))
        if size <= off:
            return _err(
                FS_MGMT_ERR.FILE_EMPTY if size == 0 else FS_MGMT_ERR.FILE_OFFSET_LARGER_THAN_FILE
            )
        if self.fw.has("hash_lie") and name in self.received:
            data = self.received[name]
        data = data[off:]
        if self.fw.has("wrong_hash"):
            data = data + b"\x00"
        answer: Response = {"type": kind}
        if off:
            answer["off"] = off
        answer["len"] = len(data)
        if kind == "sha256":
            answer["output"] = hashlib.sha256(data).digest()
        else:
            answer["output"] = zlib.crc32(data)
        return answer
