"""A littlefs-like file store: the device's flash, as a directory beside its state file.

`slot-N.lfs/` holds one sub-directory per mount point (`lfs1/configuration.json` is the
device's `/lfs1/configuration.json`). What matters to the station is copied from littlefs:
- a file written through an open handle is committed only when the handle is closed (or
  synced); a reset before that leaves the last committed version, and a file created by the
  open exists from then on, empty;
- space is counted in whole blocks, two of them taken by the superblock pair, so a full
  partition refuses a write (`-ENOSPC`), which fs_mgmt answers as FILE_WRITE_FAILED;
- an unmounted partition has no mount point: every path under it is `-ENOENT`;
- a partition mounted read-only (FS_MOUNT_FLAG_READ_ONLY) refuses to open a file for writing
  (`-EROFS`), which fs_mgmt answers as READ_ONLY_FILESYSTEM.
Every commit is atomic on the host (temporary file and rename), so killing the simulator never
leaves a file the device could not have had.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

BLOCK_SIZE = 4096
BLOCK_COUNT = 6  # the astarte_app sample's littlefs-python image: 6 blocks of 4 KiB
SUPERBLOCK_BLOCKS = 2


class FsError(Exception):
    """A file-system call failed with a negative errno, as Zephyr's fs API returns it."""

    def __init__(self, code: int) -> None:
        super().__init__(os.strerror(code))
        self.errno = code


def _blocks(size: int) -> int:
    return -(-size // BLOCK_SIZE)


class FileStore:
    def __init__(
        self,
        root: Path,
        *,
        mounts: tuple[str, ...] = ("/lfs1",),
        read_only: tuple[str, ...] = (),
        block_count: int = BLOCK_COUNT,
    ) -> None:
        self.root = root
        self.mounts = mounts
        self.read_only = read_only
        self.block_count = block_count

    def _resolve(self, path: str) -> tuple[str, Path]:
        for mount in self.mounts:
            if path == mount or path.startswith(mount + "/"):
                rel = path[len(mount) :].strip("/")
                if any(part in ("", ".", "..") for part in rel.split("/")) and rel:
                    raise FsError(errno.EINVAL)
                return mount, self.root / mount.strip("/") / rel
        raise FsError(errno.ENOENT)

    def stat(self, path: str) -> int | None:
        """The file's size, or None when `path` is a directory (the mount point included)."""
        _, host = self._resolve(path)
        if host.is_dir() or host == self.root:
            return None
        if not host.is_file():
            raise FsError(errno.ENOENT)
        return host.stat().st_size

    def read(self, path: str) -> bytes:
        _, host = self._resolve(path)
        if not host.is_file():
            raise FsError(errno.ENOENT)
        return host.read_bytes()

    def exists(self, path: str) -> bool:
        try:
            return self.stat(path) is not None
        except FsError:
            return False

    def create(self, path: str) -> None:
        """fs_open with FS_O_CREATE: the (empty) file exists from now on."""
        mount, host = self._resolve(path)
        if mount in self.read_only:
            raise FsError(errno.EROFS)
        (self.root / mount.strip("/")).mkdir(parents=True, exist_ok=True)
        if not host.parent.is_dir():
            raise FsError(errno.ENOENT)
        if not host.exists():
            self.commit(path, b"")

    def free_bytes(self, mount: str, *, replacing: Path | None = None) -> int:
        used = SUPERBLOCK_BLOCKS
        directory = self.root / mount.strip("/")
        if directory.is_dir():
            for entry in directory.rglob("*"):
                if entry.is_file() and not entry.name.startswith(".") and entry != replacing:
                    used += _blocks(entry.stat().st_size)
        return max(0, (self.block_count - used) * BLOCK_SIZE)

    def fits(self, path: str, size: int) -> bool:
        mount, host = self._resolve(path)
        return _blocks(size) * BLOCK_SIZE <= self.free_bytes(mount, replacing=host)

    def commit(self, path: str, data: bytes) -> None:
        """Close a written handle: `data` becomes the file's content, atomically."""
        _, host = self._resolve(path)
        if not self.fits(path, len(data)):
            raise FsError(errno.ENOSPC)
        host.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{host.name}.", dir=host.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, host)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
