"""A simulated device's persistent memory: one JSON file per device in the fixture's state dir.

The file plays the part of the chip's OTP/secure storage and of its factory-programmed identity,
so it must survive both the station and the simulated device being killed at any moment: every
save is atomic (write a temporary file, fsync it, rename it over the old one, fsync the dir).
The simulator keeps the secret in clear here on purpose: it is test data, never a real secret.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from station.profiles.base import StorageKind, StorageState

STATE_FORMAT = 1
MODEL = "SIM-PROV-1"
FIRMWARE = "1.4.2-sim"

# Declared programming time per byte (real OTP fuses are slow; secure flash pages less so).
DEFAULT_PROG_US = {StorageKind.OTP: 400, StorageKind.SECURE: 100}


@dataclass
class StoredRecord:
    device_id: str
    realm: str
    pairing_url: str
    secret: str

    def size(self) -> int:
        """Bytes the device programs: the UTF-8 length of the four fields."""
        return sum(
            len(v.encode("utf-8"))
            for v in (self.device_id, self.realm, self.pairing_url, self.secret)
        )


@dataclass
class FaultMemory:
    """Which one-shot faults already fired, for the spec they came from.

    A device restarted with the same spec keeps the counts (so an `unplug@write` does not fire
    again after the replug); a new spec starts from zero.
    """

    spec: str = ""
    fired: dict[str, int] = field(default_factory=dict)


@dataclass
class DeviceState:
    slot: str
    hardware_serial: str
    hwid: bytes
    storage: StorageKind
    prog_us: int
    model: str = MODEL
    firmware: str = FIRMWARE
    device_id: str | None = None  # the Astarte device id this device supplies, if any
    record: StoredRecord | None = None
    corrupt: bool = False
    partial_bytes: int = 0  # how far programming got when power was lost
    locked: bool = False
    boots: int = 0
    faults: FaultMemory = field(default_factory=FaultMemory)

    @property
    def state(self) -> StorageState:
        if self.locked:
            return StorageState.LOCKED
        if self.corrupt:
            return StorageState.CORRUPT
        if self.record is not None:
            return StorageState.WRITTEN
        return StorageState.EMPTY

    @property
    def factory_mode(self) -> bool:
        return not self.locked

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["format"] = STATE_FORMAT
        data["hwid"] = self.hwid.hex()
        data["storage"] = str(self.storage)
        data["state"] = str(self.state)
        data["factory_mode"] = self.factory_mode
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeviceState:
        if data.get("format") != STATE_FORMAT:
            raise ValueError(f"unsupported simulated-device state format {data.get('format')!r}")
        record = data.get("record")
        faults = data.get("faults") or {}
        return cls(
            slot=str(data["slot"]),
            hardware_serial=str(data["hardware_serial"]),
            hwid=bytes.fromhex(data["hwid"]),
            storage=StorageKind(data["storage"]),
            prog_us=int(data["prog_us"]),
            model=str(data.get("model", MODEL)),
            firmware=str(data.get("firmware", FIRMWARE)),
            device_id=data.get("device_id"),
            record=StoredRecord(**record) if record else None,
            corrupt=bool(data.get("corrupt", False)),
            partial_bytes=int(data.get("partial_bytes", 0)),
            locked=bool(data.get("locked", False)),
            boots=int(data.get("boots", 0)),
            faults=FaultMemory(
                spec=str(faults.get("spec", "")),
                fired={str(k): int(v) for k, v in (faults.get("fired") or {}).items()},
            ),
        )


def new_device(
    slot: str, storage: StorageKind, *, supplies_device_id: bool, prog_us: int | None = None
) -> DeviceState:
    """A factory-fresh device with a unique serial and chip id."""
    device_id = None
    if supplies_device_id:
        device_id = base64.urlsafe_b64encode(secrets.token_bytes(16)).rstrip(b"=").decode("ascii")
    return DeviceState(
        slot=slot,
        hardware_serial=f"SIM-{secrets.token_hex(4).upper()}",
        hwid=secrets.token_bytes(12),
        storage=storage,
        prog_us=DEFAULT_PROG_US[storage] if prog_us is None else prog_us,
        device_id=device_id,
    )


def state_path(state_dir: Path, slot: str) -> Path:
    return state_dir / f"slot-{slot}.json"


def load(path: Path) -> DeviceState:
    with path.open("r", encoding="utf-8") as f:
        return DeviceState.from_json(json.load(f))


def save(path: Path, state: DeviceState) -> None:
    write_json_atomic(path, state.to_json())


def write_json_atomic(path: Path, data: Any) -> None:
    """Replace `path` with `data` so a reader or a crash never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, sort_keys=True)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
