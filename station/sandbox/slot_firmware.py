"""Which simulated firmware each slot of a fixture runs, and the device files it starts from.

A slot runs "smp[:TRAIT,...]" (our provisioning group, the default), "zephyr[:TRAIT,...]" (stock
Zephyr with MCUmgr's standard groups) or "esp32[:KEY=VALUE,...]" (a stock ESP32's ROM bootloader).
`SimulatedFixture` runs the processes; this module only decides and prepares what they run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from station.errors import StationError
from station.profiles.base import StorageKind
from station.sandbox.esp32 import firmware as esp32_firmware
from station.sandbox.esp32 import server as esp32_server
from station.sandbox.sim import storage
from station.sandbox.zephyr import firmware as zephyr_firmware


class FixtureError(StationError):
    """The simulated fixture was asked for something it cannot do."""

    error_class = "sandbox"


#: Traits of our provisioning firmware, fixed when the unit is made ("smp:no_serial"):
#:   no_serial   no serial number is printed on the unit, so identify leaves out `serial`
#:               (docs/protocol.md, 5.1: it is sent only "if printed on the unit")
SMP_TRAITS = ("no_serial",)


def smp_traits(name: str) -> list[str] | None:
    """The traits of an "smp[:TRAIT,...]" firmware name, checked; None for another firmware."""
    if name != "smp" and not name.startswith("smp:"):
        return None
    body = name.removeprefix("smp").removeprefix(":")
    traits = [t for t in (p.strip() for p in body.split(",")) if t]
    unknown = [t for t in traits if t not in SMP_TRAITS]
    if unknown:
        raise FixtureError(
            f"unknown smp firmware trait(s) {', '.join(unknown)} (known: {', '.join(SMP_TRAITS)})",
            "fix the firmware option",
        )
    return traits


def slot_order(slot: str) -> tuple[int, str]:
    return (int(slot), "") if slot.isdigit() else (1 << 30, slot)


def check_firmware(
    firmware: str | Mapping[str, str] | None, slots: Sequence[str]
) -> dict[str, str]:
    """The firmware of each slot named, checked; one name for a string, nothing for None."""
    if firmware is None:
        return {}
    chosen = (
        dict.fromkeys(slots, firmware)
        if isinstance(firmware, str)
        else {str(k): v for k, v in firmware.items()}
    )
    for slot, name in chosen.items():
        if slot not in slots:
            raise FixtureError(
                f"firmware is given for slot {slot}, which this fixture does not have",
                f"use one of {', '.join(slots)}",
            )
        if smp_traits(name) is not None:
            continue
        if esp32_firmware.is_esp32(name):
            try:
                esp32_firmware.parse(name, slot_order(slot)[0])
            except ValueError as exc:
                raise FixtureError(str(exc), "fix the firmware option") from None
            continue
        if not name.startswith("zephyr"):
            raise FixtureError(
                f"unknown simulated firmware {name!r} for slot {slot}",
                "use 'smp[:TRAIT,...]', 'zephyr[:TRAIT,...]' or 'esp32[:KEY=VALUE,...]'",
            )
        try:
            zephyr_firmware.parse_traits(name)
        except zephyr_firmware.TraitError as exc:
            raise FixtureError(str(exc), "fix the firmware option") from None
    return chosen


def esp32_chip(firmware: Mapping[str, str], slot: str) -> esp32_firmware.SlotChip | None:
    """The simulated ESP32 of `slot`, or None when the slot runs another firmware."""
    name = firmware.get(slot, "smp")
    if not esp32_firmware.is_esp32(name):
        return None
    return esp32_firmware.parse(name, slot_order(slot)[0])


def ensure_device(
    state_dir: Path,
    slot: str,
    firmware: Mapping[str, str],
    *,
    storage_kind: StorageKind | None,
    device_ids: bool,
    prog_us: int | None,
) -> None:
    """Create the slot's device files unless they exist; refuse reusing another storage kind."""
    chip = esp32_chip(firmware, slot)
    if chip is not None:  # a stock ESP32: its flash and eFuses live in their own directory
        esp32_server.prepare(esp32_firmware.device_dir(state_dir, slot), chip.spec, chip.table)
        return
    path = storage.state_path(state_dir, slot)
    if path.exists():
        state = storage.load(path)
        zephyr = zephyr_firmware.sidecar_path(path).exists()
        if storage_kind is not None and state.storage is not storage_kind and not zephyr:
            raise FixtureError(
                f"slot {slot} in {state_dir} holds a device with {state.storage} "
                f"storage, not {storage_kind}",
                "leave out the storage option to reuse these devices, or use a new state directory",
            )
        return
    name = firmware.get(slot, "smp")
    zephyr = name.startswith("zephyr")
    fresh = storage.new_device(
        slot,
        # A Zephyr device's credentials live in a file; its SMP storage is never used.
        StorageKind.SECURE if zephyr else storage_kind or StorageKind.OTP,
        supplies_device_id=device_ids,
        prog_us=prog_us,
    )
    if "no_serial" in (smp_traits(name) or []):
        fresh.hardware_serial = ""  # the state file's way of saying none was printed
    if zephyr:
        zephyr_firmware.install(path, zephyr_firmware.parse_traits(name))
    storage.save(path, fresh)
