"""What a simulated ESP32's flash holds, for `station sandbox fixture inspect` and the rework
bench (`SimulatedFixture.erase`). Sandbox test data: the secret is shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station.profiles.esp32 import nvs, partitions
from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.flash import TABLE_OFFSET, Flash
from station.sandbox.esp32.server import state_paths


def _nvs_partitions(flash: Flash) -> list[partitions.Partition]:
    try:
        table = partitions.parse(flash.read(TABLE_OFFSET, partitions.TABLE_SIZE))
    except (partitions.TableMissing, partitions.TableCorrupt):
        return []
    return [p for p in table if p.is_nvs]


def describe(device_dir: Path) -> dict[str, Any]:
    chip_file, flash_file, port_file = state_paths(device_dir)
    spec = ChipSpec.load(chip_file)
    flash = Flash(flash_file)
    try:
        stores: dict[str, Any] = {}
        for part in _nvs_partitions(flash):
            contents = nvs.parse(flash.read(part.offset, part.size))
            secrets = contents.find("astarte_pairing", "cred_secret")
            stores[part.label] = {
                "blank": contents.blank,
                "faults": contents.faults,
                "entries": len(contents.entries),
                "cred_secret": [
                    s.value.decode("ascii", "replace")
                    for s in secrets
                    if isinstance(s.value, bytes)
                ],
            }
    finally:
        flash.close()
    return {
        "firmware": "esp32",
        "chip": spec.chip,
        "mac": spec.mac,
        "storage": "nvs",
        "port": port_file.read_text().strip() if port_file.exists() else None,
        "nvs": stores,
    }


def erase_nvs(device_dir: Path) -> None:
    """A rework bench erases every NVS partition (the application's data goes with it)."""
    flash = Flash(state_paths(device_dir)[1])
    try:
        for part in _nvs_partitions(flash):
            flash.erase(part.offset, part.size)
    finally:
        flash.close()
