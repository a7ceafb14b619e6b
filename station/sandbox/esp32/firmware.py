"""The sandbox fixture's `esp32[:KEY=VALUE,...]` firmware option: one slot's simulated chip.

Keys: `chip` (esp32, esp32s3, esp32c3, esp32c5, unknown), `mac` (default
24:0a:c4:00:01:<slot number>, unique per slot), `major`, `minor`, `table` (default, astarte,
no-nvs, small-nvs, none, corrupt), `embedded_flash`, `no_bt`, `flash_encryption`,
`secure_download` (flags: 1/0), and `faults` (the faults of `station.sandbox.esp32.faults`,
joined with `+`).
Example: `esp32:chip=esp32s3,table=astarte,faults=reset@write+stores_other`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station.sandbox.esp32 import faults as faults_module
from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.flash import TABLES

PREFIX = "esp32"
_FLAGS = {"embedded_flash", "no_bt", "flash_encryption", "secure_download"}
_KEYS = {"chip", "mac", "major", "minor", "table", "faults", *_FLAGS}


@dataclass(frozen=True)
class SlotChip:
    spec: ChipSpec
    table: str
    faults: str  # comma-separated, as the simulator takes it


def is_esp32(firmware: str) -> bool:
    return firmware == PREFIX or firmware.startswith(PREFIX + ":")


def device_dir(state_dir: Path, slot: str) -> Path:
    return state_dir / f"slot-{slot}.esp32"


def parse(firmware: str, slot_number: int) -> SlotChip:
    """Raises ValueError naming what is wrong."""
    _, _, rest = firmware.partition(":")
    values: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in rest.split(","))):
        key, sep, value = item.partition("=")
        if key not in _KEYS or (not sep and key not in _FLAGS):
            raise ValueError(f"esp32 firmware option {item!r}: known keys are {sorted(_KEYS)}")
        values[key] = value if sep else "1"
    table = values.get("table", "default")
    if table not in TABLES:
        raise ValueError(f"esp32 table {table!r}: one of {', '.join(TABLES)}")
    faults = values.get("faults", "").replace("+", ",")
    faults_module.parse(faults)
    try:
        spec = ChipSpec(
            chip=values.get("chip", "esp32"),
            mac=values.get("mac", f"24:0a:c4:00:01:{slot_number & 0xFF:02x}"),
            major=int(values.get("major", "3" if values.get("chip", "esp32") == "esp32" else "0")),
            minor=int(values.get("minor", "0")),
            embedded_flash=values.get("embedded_flash") == "1",
            bluetooth=values.get("no_bt") != "1",
            flash_encryption=values.get("flash_encryption") == "1",
            secure_download=values.get("secure_download") == "1",
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(f"esp32 firmware {firmware!r}: {exc}") from None
    return SlotChip(spec, table, faults)
