"""A simulated test fixture: N simulated devices, each its own process on a real pty.

`SimulatedFixture` is what the tests, the demo and `station sandbox fixture` use::

    with SimulatedFixture(state_dir, slots=4, storage="otp", faults="slot3:unplug@write") as fx:
        fx.ports            # {"1": "/dev/pts/7", ...}: open these with pyserial
        fx.replug("3")      # the device re-enumerates on a new pty, its storage intact
        fx.erase("3")       # a rework bench: secure storage empty, factory mode again
        fx.inspect()        # every device's storage, as JSON-ready dicts (secret included)

Each device keeps its identity and storage in `state_dir/slot-N.json`, so a fixture restarted
on the same directory has the same devices; `state_dir/manifest.json` maps slots to ports for
other processes (rewritten atomically whenever a port changes; ports are null while stopped),
and `state_dir/slot-N.log` is each device's own log. A device process exits on its own when
it is unplugged or loses power through a fault, and whenever the fixture process goes away.
One device's process, its pty and its control line are `device_process.DeviceProcess`.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from station.profiles.base import StorageKind
from station.sandbox.device_process import START_TIMEOUT_S, DeviceProcess
from station.sandbox.esp32 import firmware as esp32_firmware
from station.sandbox.esp32 import inspect as esp32_inspect
from station.sandbox.sim import storage
from station.sandbox.sim.faults import parse_spec, targeted_slots
from station.sandbox.sim.server import EXIT_POWER_CUT, EXIT_STOPPED, EXIT_UNPLUGGED
from station.sandbox.sim.storage import DeviceState, FaultMemory
from station.sandbox.slot_firmware import (
    FixtureError,
    check_firmware,
    ensure_device,
    esp32_chip,
    slot_order,
)
from station.sandbox.zephyr import firmware as zephyr_firmware

MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1

EXIT_REASONS = {
    EXIT_STOPPED: "stopped",
    EXIT_UNPLUGGED: "unplugged (fault)",
    EXIT_POWER_CUT: "power cut while programming (fault)",
}


def inspect_state_dir(state_dir: Path) -> dict[str, dict[str, Any]]:
    """Every device's stored state in `state_dir`, by slot (the secret included: test data)."""
    out: dict[str, dict[str, Any]] = {}
    for path in state_dir.glob("slot-*.json"):
        state = storage.load(path)
        out[state.slot] = state.to_json()
    for path in state_dir.glob("slot-*.esp32"):
        out[path.name[len("slot-") : -len(".esp32")]] = esp32_inspect.describe(path)
    return dict(sorted(out.items(), key=lambda item: slot_order(item[0])))


def read_manifest(state_dir: Path) -> dict[str, Any]:
    with (state_dir / MANIFEST).open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


class SimulatedFixture:
    """Start, supervise and stop a fixture of simulated devices.

    `slots`: a count (slots "1".."N") or the slot names. `storage`: the kind of new devices
    (default OTP); an existing device keeps its own, and asking for another kind is an error.
    `baud`: pace device output like a UART at that rate (ptys ignore baud). `faults`: the spec
    of `station.sandbox.sim.faults`. `device_ids`: new devices supply their own Astarte device
    id. `prog_us`: declared programming time per record byte of new devices. `chatter`: mean
    seconds between idle log lines (0: quiet apart from boot logs). `seed`: replayable faults.
    `firmware`: what new devices run, for all slots or by slot: "smp[:no_serial]" (our
    provisioning group, the default; `station.sandbox.slot_firmware.SMP_TRAITS`) or
    "zephyr[:TRAIT,...]" (stock Zephyr with MCUmgr's standard groups and the
    traits of `station.sandbox.zephyr.firmware`).
    """

    def __init__(
        self,
        state_dir: Path | str,
        slots: int | Sequence[str] = 4,
        storage: StorageKind | str | None = None,
        baud: int | None = None,
        faults: str = "",
        *,
        device_ids: bool = False,
        prog_us: int | None = None,
        chatter: float = 2.0,
        seed: int | None = None,
        start_timeout: float = START_TIMEOUT_S,
        firmware: str | Mapping[str, str] | None = None,
    ) -> None:
        self.state_dir = Path(state_dir)
        self.slots: tuple[str, ...] = (
            tuple(str(i) for i in range(1, slots + 1))
            if isinstance(slots, int)
            else tuple(str(s) for s in slots)
        )
        if not self.slots or len(set(self.slots)) != len(self.slots):
            raise FixtureError(
                f"invalid slot list {self.slots!r}", "give at least one slot, each name once"
            )
        self.storage = StorageKind(storage) if storage is not None else None
        self.baud = baud
        self.device_ids = device_ids
        self.prog_us = prog_us
        self.chatter = chatter
        self.seed = seed
        self.start_timeout = start_timeout
        self.firmware = check_firmware(firmware, self.slots)
        self._check_faults(faults)
        self.faults = faults
        self._running: dict[str, DeviceProcess] = {}
        self._exited: dict[str, int] = {}
        self._started = False

    # -- life cycle ---------------------------------------------------------------------

    def __enter__(self) -> SimulatedFixture:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Create missing devices, start every device, and write the manifest."""
        self.state_dir.mkdir(parents=True, exist_ok=True)
        for slot in self.slots:
            ensure_device(
                self.state_dir,
                slot,
                self.firmware,
                storage_kind=self.storage,
                device_ids=self.device_ids,
                prog_us=self.prog_us,
            )
        self._started = True
        try:
            launched = [self._launch(slot) for slot in self.slots]
            for running in launched:
                self._running[running.slot] = running
            for running in launched:
                running.await_ready(self.start_timeout)
        except BaseException:
            self.stop()
            raise
        self._write_manifest()

    def stop(self) -> None:
        """Stop every device (like switching the fixture off) and mark the ports gone."""
        errors: list[BaseException] = []
        for slot in list(self._running):
            try:
                self._stop_device(slot)
            except Exception as exc:  # noqa: BLE001 - stop the others, then report
                errors.append(exc)
        if self._started:
            self._write_manifest(running=False)
            self._started = False
        if errors:
            raise errors[0]

    # -- per-slot control ---------------------------------------------------------------

    def replug(self, slot: str | int, delay: float = 0.0) -> str:
        """Unplug the device and plug it back in: a new pty (a re-enumeration). Returns it."""
        slot = self._slot(slot)
        self.unplug(slot)
        if delay:
            time.sleep(delay)
        return self.plug(slot)

    def unplug(self, slot: str | int) -> None:
        """Pull the device out: its pty disappears; the station sees EIO on its port."""
        slot = self._slot(slot)
        if slot in self._running:
            self._stop_device(slot)
            self._write_manifest()

    def plug(self, slot: str | int) -> str:
        """Start a stopped device (after `unplug` or a fault that made it exit)."""
        slot = self._slot(slot)
        self.poll()
        if slot in self._running:
            return self._running[slot].port
        running = self._launch(slot)
        self._running[slot] = running
        try:
            running.await_ready(self.start_timeout)
        except BaseException:
            self._stop_device(slot)
            raise
        self._exited.pop(slot, None)
        self._write_manifest()
        return running.port

    def erase(self, slot: str | int) -> str | None:
        """What a rework bench does: secure storage erased, the device back in factory mode.

        A real unit needs a debug probe or rework firmware for this, so the protocol has no
        command for it; the fixture changes the device's persisted chip state while it is
        unplugged. A running device is unplugged, erased and plugged back in (a new port, which
        is returned); an unplugged one stays unplugged (None). Identity is kept. OTP cannot be
        erased: a real unit with written OTP is scrap.
        """
        slot = self._slot(slot)
        if esp32_chip(self.firmware, slot) is not None:
            self.poll()
            was_running = slot in self._running
            if was_running:
                self.unplug(slot)
            esp32_inspect.erase_nvs(esp32_firmware.device_dir(self.state_dir, slot))
            return self.plug(slot) if was_running else None
        path = storage.state_path(self.state_dir, slot)
        state = storage.load(path)
        if state.storage is StorageKind.OTP:
            raise FixtureError(
                f"simulated device {slot} has OTP storage, which cannot be erased",
                "use a device with secure storage, or a new state directory for fresh devices",
            )
        self.poll()
        was_running = slot in self._running
        if was_running:
            self.unplug(slot)
        state = storage.load(path)  # as the device saved it on its way out
        zephyr_firmware.erase_config(path)
        state.record = None
        state.corrupt = False
        state.partial_bytes = 0
        state.locked = False
        storage.save(path, state)
        return self.plug(slot) if was_running else None

    def reset(self, slot: str | int) -> None:
        """Press the device's reset button: it reboots on the same port and prints its boot log;
        a request in flight is lost."""
        slot = self._slot(slot)
        running = self._running.get(slot)
        if running is None or running.exit_code() is not None:
            raise FixtureError(f"simulated device {slot} is not running", "plug it first")
        running.control("reset")

    def poll(self) -> dict[str, int]:
        """Devices that exited on their own since they started (slot -> exit code)."""
        changed = False
        for slot, running in list(self._running.items()):
            code = running.exit_code()
            if code is not None:
                self._reap(slot)
                self._exited[slot] = code
                changed = True
        if changed and self._started:
            self._write_manifest()
        return dict(self._exited)

    def wait_exit(self, slot: str | int, timeout: float = 10.0) -> int:
        """Wait for a device to exit on its own (an unplug or power-cut fault); its exit code."""
        slot = self._slot(slot)
        deadline = time.monotonic() + timeout
        while True:
            codes = self.poll()
            if slot in codes:
                return codes[slot]
            if slot not in self._running:
                raise FixtureError(f"simulated device {slot} is not running", "plug it first")
            if time.monotonic() >= deadline:
                raise FixtureError(
                    f"simulated device {slot} did not exit within {timeout:g} s",
                    "check that the fault that should stop it matches the command sent",
                )
            time.sleep(0.02)

    def set_faults(self, spec: str) -> None:
        """Run every device with `spec` from now on, with fresh one-shot counts."""
        self._check_faults(spec)
        self.faults = spec
        for slot in self.slots:
            running = self._running.get(slot)
            if running is not None and running.exit_code() is None:
                running.control(f"faults {spec}")
            else:
                path = storage.state_path(self.state_dir, slot)
                if path.exists():
                    state = storage.load(path)
                    state.faults = FaultMemory()
                    storage.save(path, state)

    # -- views --------------------------------------------------------------------------

    @property
    def ports(self) -> dict[str, str]:
        return {slot: self._running[slot].port for slot in self.slots if slot in self._running}

    @property
    def manifest(self) -> dict[str, Any]:
        return read_manifest(self.state_dir)

    def inspect(self) -> dict[str, dict[str, Any]]:
        return inspect_state_dir(self.state_dir)

    def device(self, slot: str | int) -> DeviceState:
        """One device's stored state (identity and storage) as the device last saved it."""
        return storage.load(storage.state_path(self.state_dir, self._slot(slot)))

    def pid(self, slot: str | int) -> int | None:
        running = self._running.get(self._slot(slot))
        return running.pid if running is not None else None

    # -- internals ----------------------------------------------------------------------

    def _slot(self, slot: str | int) -> str:
        name = str(slot)
        if name not in self.slots:
            raise FixtureError(
                f"there is no slot {name!r} on this fixture",
                f"use one of {', '.join(self.slots)}",
            )
        return name

    def _check_faults(self, spec: str) -> None:
        parse_spec(spec)  # FaultSpecError names the bad item
        unknown = targeted_slots(spec) - set(self.slots)
        if unknown:
            raise FixtureError(
                f"the fault spec names slot(s) {', '.join(sorted(unknown))}, "
                f"which this fixture does not have",
                f"use one of {', '.join(self.slots)}",
            )

    def _launch(self, slot: str) -> DeviceProcess:
        return DeviceProcess.launch(
            slot,
            lambda master, slave: self._command(slot, master, slave),
            self.state_dir / f"slot-{slot}.log",
        )

    def _command(self, slot: str, master: int, slave: int) -> list[str]:
        chip = esp32_chip(self.firmware, slot)
        if chip is not None:
            return [
                sys.executable, "-m", "station.sandbox.esp32",
                str(esp32_firmware.device_dir(self.state_dir, slot)),
                "--master-fd", str(master), "--slave-fd", str(slave),
                "--faults", chip.faults, "--control",
                *(["--baud", str(self.baud)] if self.baud else []),
            ]  # fmt: skip
        command = [
            sys.executable,
            "-m",
            "station.sandbox.sim",
            "--state-file",
            str(storage.state_path(self.state_dir, slot)),
            "--master-fd",
            str(master),
            "--slave-fd",
            str(slave),
            "--faults",
            self.faults,
            "--chatter",
            str(self.chatter),
        ]
        if self.baud:
            command += ["--baud", str(self.baud)]
        if self.seed is not None:
            command += ["--seed", str(self.seed + slot_order(slot)[0])]
        return command

    def _stop_device(self, slot: str) -> None:
        running = self._running.get(slot)
        if running is None:
            return
        running.stop()
        del self._running[slot]

    def _reap(self, slot: str) -> None:
        self._running.pop(slot).reap()

    def _write_manifest(self, *, running: bool = True) -> None:
        slots = []
        for slot in self.slots:
            device = self._running.get(slot) if running else None
            chip = esp32_chip(self.firmware, slot)
            if chip is not None:
                slots.append(
                    {
                        "slot": slot,
                        "port": device.port if device is not None else None,
                        "pid": device.pid if device is not None else None,
                        "hardware_serial": chip.spec.mac,
                        "hwid": "",
                        "storage": str(StorageKind.NVS),
                        "device_id": None,
                        "state_file": str(esp32_firmware.device_dir(self.state_dir, slot)),
                    }
                )
                continue
            state = storage.load(storage.state_path(self.state_dir, slot))
            slots.append(
                {
                    "slot": slot,
                    "port": device.port if device is not None else None,
                    "pid": device.pid if device is not None else None,
                    "hardware_serial": state.hardware_serial,
                    "hwid": state.hwid.hex(),
                    "storage": str(state.storage),
                    "device_id": state.device_id,
                    "state_file": str(storage.state_path(self.state_dir, slot)),
                }
            )
        storage.write_json_atomic(
            self.state_dir / MANIFEST,
            {
                "format": MANIFEST_FORMAT,
                "running": running,
                "fixture_pid": os.getpid(),
                "baud": self.baud,
                "faults": self.faults,
                "slots": slots,
            },
        )
