"""The stock-Zephyr firmware of a simulated device: its traits, its RAM state, its dispatch.

A device runs this firmware when `slot-N.zephyr.json` sits beside its `slot-N.json`; the file
holds the firmware's build options and faults (traits), the board name and the count of
one-shot faults fired. The hardware ID `hwinfo devid` prints is the device's `hwid` from
`slot-N.json`. Groups answered (Zephyr v4.4.1 wire format): OS 0 (echo, reset, MCUmgr
parameters, OS/application info), file system 8 (file upload/download, status,
hash/checksum, supported types, close) and shell 9 (exec); every other group is unknown
(MGMT_ERR_ENOTSUP), our provisioning group 64 included.

Traits (`firmware="zephyr:TRAIT,TRAIT"` in the fixture):

    no_fs            built without CONFIG_MCUMGR_GRP_FS (group 8 unknown)
    no_shell         built without CONFIG_MCUMGR_GRP_SHELL (group 9 unknown)
    no_hwinfo        the shell has no `hwinfo` command (CONFIG_HWINFO_SHELL off)
    hwinfo_odd       `hwinfo devid` prints something the station cannot read
    hwinfo_chatty    `hwinfo devid` fails with several lines of driver log, over 80 characters
    hwinfo_bad_status  `hwinfo devid` prints a well-formed ID but answers status -EIO
    no_hwinfo_ret0   `hwinfo: command not found`, answered with status 0 (not -ENOEXEC)
    no_hwinfo_ret1   `hwinfo: command not found`, answered with status 1
    no_os_info       built without CONFIG_MCUMGR_GRP_OS_INFO
    crc32_only       only the IEEE CRC32 checksum (no CONFIG_MCUMGR_GRP_FS_HASH_SHA256)
    no_hash          no hash/checksum command at all (no CONFIG_MCUMGR_GRP_FS_CHECKSUM_HASH)
    hash_no_types    a hash/checksum command that knows no type, so every one is not found
                     (not a stock fs_mgmt, which refuses to build without CRC32 or SHA-256)
    unmounted        /lfs1 is not mounted
    dir_stat_fails   the status of a directory (the mount point too) fails with fs_mgmt's
                     generic error (UNKNOWN), as fs_stat's -EIO on a bad directory block gives
    fs_full          another file fills the partition, so writing the configuration fails
    read_only        /lfs1 is mounted read-only, so opening the configuration to write fails
    fs_busy          fs_mgmt's file lock stays taken (another transport's transfer): uploads
                     answer the SMP layer's MGMT_ERR_EBUSY as `{"rc": 10}`, not a group error
    bad_json         /lfs1/configuration.json already holds malformed JSON
    reset_mid_upload once: the device resets on the second chunk of an upload
    wrong_hash       the hash/checksum command answers a value that matches nothing
    hash_fails       the hash/checksum command fails with fs_mgmt's generic error (UNKNOWN)
    hash_fails_17    the hash/checksum command fails with fs_mgmt code 17, which the `smp`
                     package has no name for (a newer fs_mgmt's, or an access hook's own)
    read_fails       file downloads fail with fs_mgmt's generic error (UNKNOWN)
    store_other_secret  the device stores the configuration with one character of its
                     credentialSecret changed (its hash command is honest about it)
    hash_lie         the hash command reports the hash of what the host sent, not of what is
                     stored (with store_other_secret: a device that looks fine until read back)
    download_lie     downloads carry a changed credentialSecret (the stored file is right)
    hwid_changes     every `hwinfo devid` prints another ID
    uart_glitch      the UART prints a 0xFF glitch byte at reset, before the boot banner (a TX
                     line that floats or idles low at power-on), which is not UTF-8

The fixture's lying-device fault `store_other[=bit|whole]` (station/sandbox/sim/faults.py)
applies too: every upload is committed with its credentialSecret replaced in place, one bit of
one character flipped or a whole other secret of the same length, so the file keeps its length
and shape; the hash command is honest about what is stored unless `hash_lie` is set.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.sandbox.sim.faults import FaultKind, SlotFaults, Step
from station.sandbox.sim.storage import write_json_atomic
from station.sandbox.zephyr import fs_group, shell_group
from station.sandbox.zephyr.filestore import BLOCK_COUNT, FileStore

TRAITS = (
    "no_fs",
    "no_shell",
    "no_hwinfo",
    "hwinfo_odd",
    "hwinfo_chatty",
    "hwinfo_bad_status",
    "no_hwinfo_ret0",
    "no_hwinfo_ret1",
    "no_os_info",
    "crc32_only",
    "no_hash",
    "hash_no_types",
    "unmounted",
    "dir_stat_fails",
    "fs_full",
    "read_only",
    "fs_busy",
    "bad_json",
    "reset_mid_upload",
    "wrong_hash",
    "hash_fails",
    "hash_fails_17",
    "read_fails",
    "store_other_secret",
    "hash_lie",
    "download_lie",
    "hwid_changes",
    "uart_glitch",
)

OS_GROUP = 0
FS_GROUP = 8
SHELL_GROUP = 9
OS_ECHO = 0
OS_RESET = 5
OS_MCUMGR_PARAMS = 6
OS_INFO = 7

MGMT_ERR_EINVAL = 3
MGMT_ERR_ENOTSUP = 8

BUF_SIZE = 1024
BUF_COUNT = 4
BOARD = "frdm_rw612/rw612"
KERNEL_RELEASE = "4.4.1"
CONFIG_PATH = "/lfs1/configuration.json"
FORMAT = 1

Response = dict[str, Any]


def sidecar_path(state_file: Path) -> Path:
    return state_file.with_name(state_file.stem + ".zephyr.json")


def store_root(state_file: Path) -> Path:
    return state_file.with_name(state_file.stem + ".lfs")


class TraitError(ValueError):
    pass


def parse_traits(text: str) -> list[str]:
    """`"zephyr:crc32_only,fs_full"` or `"crc32_only,fs_full"` -> the trait names, checked."""
    body = text.removeprefix("zephyr").removeprefix(":")
    traits = [t for t in (p.strip() for p in body.split(",")) if t]
    unknown = [t for t in traits if t not in TRAITS]
    if unknown:
        raise TraitError(
            f"unknown Zephyr firmware trait(s) {', '.join(unknown)} (known: {', '.join(TRAITS)})"
        )
    return traits


@dataclass
class ZephyrConfig:
    traits: list[str] = field(default_factory=list)
    board: str = BOARD
    release: str = KERNEL_RELEASE
    fired: dict[str, int] = field(default_factory=dict)
    hwinfo_calls: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "traits": self.traits,
            "board": self.board,
            "release": self.release,
            "fired": self.fired,
            "hwinfo_calls": self.hwinfo_calls,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ZephyrConfig:
        if data.get("format") != FORMAT:
            raise ValueError(f"unsupported simulated Zephyr firmware format {data.get('format')!r}")
        return cls(
            traits=[str(t) for t in data.get("traits", [])],
            board=str(data.get("board", BOARD)),
            release=str(data.get("release", KERNEL_RELEASE)),
            fired={str(k): int(v) for k, v in (data.get("fired") or {}).items()},
            hwinfo_calls=int(data.get("hwinfo_calls", 0)),
        )


def install(state_file: Path, traits: list[str]) -> None:
    """Flash the stock-Zephyr firmware onto a new simulated device: its sidecar and its flash."""
    config = ZephyrConfig(traits=list(traits))
    write_json_atomic(sidecar_path(state_file), config.to_json())
    store = _store(state_file, config, flashing=True)
    if "unmounted" in traits:
        return
    store.create("/lfs1/.keep")  # littlefs-python's image: the mount point's directory exists
    if "fs_full" in traits:
        filler = (BLOCK_COUNT - 2) * 4096
        store.commit("/lfs1/log.bin", b"\xa5" * filler)
    if "bad_json" in traits:
        store.commit(CONFIG_PATH, b'{"deviceID": "xxxxxxx" "credentialSecret": }\n')


def erase_config(state_file: Path) -> None:
    """What a rework bench does to a Zephyr unit: its configuration file deleted (if any)."""
    root = store_root(state_file)
    (root / CONFIG_PATH.strip("/")).unlink(missing_ok=True)


def _store(state_file: Path, config: ZephyrConfig, *, flashing: bool = False) -> FileStore:
    """The device's flash as its firmware mounts it; `flashing`: as the image is written."""
    mounts: tuple[str, ...] = () if "unmounted" in config.traits else ("/lfs1",)
    read_only = mounts if "read_only" in config.traits and not flashing else ()
    return FileStore(store_root(state_file), mounts=mounts, read_only=read_only)


def load(state_file: Path) -> ZephyrFirmware | None:
    """The Zephyr firmware of the device at `state_file`, or None for our provisioning firmware."""
    path = sidecar_path(state_file)
    if not path.exists():
        return None
    config = ZephyrConfig.from_json(json.loads(path.read_text(encoding="utf-8")))
    return ZephyrFirmware(config, path, _store(state_file, config))


def stored_files(state_file: Path) -> dict[str, bytes]:
    """Every committed file of a simulated Zephyr device, by device path (for tests)."""
    root = store_root(state_file)
    out: dict[str, bytes] = {}
    if root.is_dir():
        for entry in sorted(root.rglob("*")):
            if entry.is_file() and not entry.name.startswith("."):
                out["/" + entry.relative_to(root).as_posix()] = entry.read_bytes()
    return out


_STEPS: dict[tuple[int, int], Callable[[int], Step | None]] = {
    (OS_GROUP, OS_ECHO): lambda op: Step.ECHO,
    (OS_GROUP, OS_MCUMGR_PARAMS): lambda op: Step.PARAMS,
    (OS_GROUP, OS_INFO): lambda op: Step.IDENTIFY,
    (OS_GROUP, OS_RESET): lambda op: Step.LOCK,
    (SHELL_GROUP, 0): lambda op: Step.IDENTIFY,
    (FS_GROUP, 0): lambda op: Step.WRITE if op == 2 else Step.IDENTIFY,
    (FS_GROUP, 1): lambda op: Step.IDENTIFY,
    (FS_GROUP, 2): lambda op: Step.WRITE,
}


class ZephyrFirmware:
    """Request handling of one stock-Zephyr device; RAM state is lost on every reset."""

    def __init__(self, config: ZephyrConfig, path: Path, store: FileStore) -> None:
        self.config = config
        self.path = path
        self.store = store
        self.fs = fs_group.FsGroup(self)
        self.reset_pending = False
        self.reset_now = False
        self.lies = SlotFaults()  # the fixture's lying-device faults for this slot

    def has(self, trait: str) -> bool:
        return trait in self.config.traits

    def once(self, trait: str) -> bool:
        """A one-shot trait fires now (counted in the sidecar)."""
        if not self.has(trait) or self.config.fired.get(trait, 0) >= 1:
            return False
        self.config.fired[trait] = self.config.fired.get(trait, 0) + 1
        self.persist()
        return True

    def stores_other(self) -> str | None:
        """How an upload's secret is changed before it is stored (bit, whole), or None."""
        return self.lies.lie(FaultKind.STORE_OTHER)

    @property
    def release(self) -> str:
        return self.config.release

    def next_hwinfo_call(self) -> int:
        self.config.hwinfo_calls += 1
        self.persist()
        return self.config.hwinfo_calls

    def persist(self) -> None:
        write_json_atomic(self.path, self.config.to_json())

    def boot(self) -> None:
        self.fs = fs_group.FsGroup(self)
        self.reset_pending = False
        self.reset_now = False

    def boot_log(self, boots: int) -> bytes:
        """What a stock Zephyr application prints from reset until MCUmgr listens."""
        lines = [
            f"*** Booting Zephyr OS build v{self.config.release} ***",
            f"[00:00:00.002,000] <inf> main: {self.config.board} boot {boots}",
        ]
        if self.store.mounts:
            lines.append("[00:00:00.012,000] <inf> littlefs: /lfs1 mounted")
        else:
            lines.append("[00:00:00.012,000] <err> fs: fs mount error (-5)")
        lines.append("[00:00:00.015,000] <inf> smp: UART transport ready")
        glitch = b"\xff" if self.has("uart_glitch") else b""
        return glitch + b"\r\n" + "".join(line + "\r\n" for line in lines).encode("utf-8")

    def tick(self) -> None:
        self.fs.tick(time.monotonic())

    @staticmethod
    def step(group: int, command: int, op: int) -> Step | None:
        """The fault-injection step of a request (docs/zephyr.md lists the mapping)."""
        rule = _STEPS.get((group, command))
        return rule(op) if rule is not None else None

    def handle(
        self, op: int, group: int, command: int, body: dict[str, Any], hwid: bytes
    ) -> Response:
        if group == OS_GROUP:
            return self._os(op, command, body)
        if group == FS_GROUP and not self.has("no_fs"):
            return self.fs.handle(op, command, body)
        if group == SHELL_GROUP and not self.has("no_shell"):
            if op != 2 or command != 0:
                return {"rc": MGMT_ERR_ENOTSUP}
            return shell_group.execute(self, body, hwid)
        return {"rc": MGMT_ERR_ENOTSUP}

    def _os(self, op: int, command: int, body: dict[str, Any]) -> Response:
        if command == OS_ECHO:
            text = body.get("d")
            return {"r": text} if isinstance(text, str) else {"rc": MGMT_ERR_EINVAL}
        if command == OS_MCUMGR_PARAMS:
            return {"buf_size": BUF_SIZE, "buf_count": BUF_COUNT}
        if command == OS_RESET and op == 2:
            # os_mgmt answers first and resets after CONFIG_MCUMGR_GRP_OS_RESET_MS.
            self.reset_pending = True
            return {}
        if command == OS_INFO and not self.has("no_os_info"):
            return self._info(body.get("format"))
        return {"rc": MGMT_ERR_ENOTSUP}

    def _info(self, fmt: object) -> Response:
        if fmt is None:
            fmt = "s"
        if not isinstance(fmt, str):
            return {"rc": MGMT_ERR_EINVAL}
        fields = {
            "s": "Zephyr",
            "n": "zephyr",
            "r": self.config.release,
            "v": f"v{self.config.release}",
            "b": "Dec  6 2026 09:00:00",
            "m": "arm",
            "p": "cortex-m33",
            "i": self.config.board,
            "o": "Zephyr",
        }
        if "a" in fmt:
            fmt = "".join(fields)
        if any(c not in fields for c in fmt):
            return {"err": {"group": OS_GROUP, "rc": 2}}  # OS_MGMT_ERR_INVALID_FORMAT
        # os_mgmt prints the asked fields in its own fixed order, space-separated.
        return {"output": " ".join(v for k, v in fields.items() if k in fmt)}
