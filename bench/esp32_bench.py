"""Per-device time for a stock ESP32 (profile esp32-astarte-nvs) against its floor, and against
the esptool command line doing the same steps as separate processes.

1. The whole walk: a one-slot simulated fixture whose chip paces its line like a UART at the
   given baud (the pty itself is instant), the Pairing stand-in over HTTPS on loopback, and
   `station provision --json` as a separate process. The floor is the bytes that crossed the
   line (counted by the simulated chip, SLIP framing and the stub upload included) × 10 bits /
   baud, plus the Pairing round trips the walk measured (register and the cloud check).
2. The profile's device side alone (connect, identify, write, read-back identify, reveal) in
   one process, against esptool's command line doing the same: `read-flash` of the partition
   table, `read-flash` of the NVS partition, `write-flash -z` of the image (verified), and
   `read-flash` of the partition again, each its own process that connects and uploads the
   stub again, as a shell script around esptool would.

Prints every figure; asserts nothing about speed.

    .venv/bin/python bench/esp32_bench.py [--bauds 115200,460800,921600]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from station.cancel import CancelToken
from station.demo import DemoEnvironment
from station.profiles import open_profile
from station.profiles.base import ProvisioningRecord
from station.profiles.esp32.nvs import NvsContents
from station.profiles.esp32.nvs_image import build
from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.process import SimulatedEsp32
from station.secret import Secret

NVS_OFFSET, NVS_SIZE = 0x9000, 0x6000
_WIRE = re.compile(r"wire: (\d+) bytes in, (\d+) bytes out")


def _wire_bytes(log: Path) -> int:
    found = _WIRE.findall(log.read_text(encoding="utf-8", errors="replace"))
    return sum(int(a) + int(b) for a, b in found)


def _secret() -> Secret:
    return Secret(base64.b64encode(os.urandom(32)).decode())


def whole_walk(baud: int, work: Path) -> None:
    with DemoEnvironment(work / f"walk-{baud}", slots=1, profile="esp32", baud=baud,
                         bcrypt_cost=4) as env:  # fmt: skip
        command = [sys.executable, "-m", "station", "provision", "--config",
                   str(env.config_path), "--operator", "bench", "--json"]  # fmt: skip
        started = time.monotonic()
        run = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        process_s = time.monotonic() - started
        rows = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
        if not rows or rows[0]["result"] != "PASS":
            print(f"  walk did not pass: {run.stdout[-400:]} {run.stderr[-400:]}")
            return
        steps: dict[str, float] = rows[0]["step_durations_s"]
        assert env.fixture is not None
        env.fixture.stop()  # the chip logs its wire totals as it stops
        wire = _wire_bytes(env.fixture_dir / "slot-1.log")
    pairing_s = steps.get("register", 0.0) + steps.get("verify_cloud", 0.0)
    device_s = sum(steps.values())
    floor_s = wire * 10 / baud + pairing_s
    print(
        f"  whole walk at {baud} baud: attempt {device_s:.3f} s (station process {process_s:.2f} s)"
    )
    print("    steps: " + ", ".join(f"{k} {v:.3f}" for k, v in steps.items()))
    print(
        f"    wire {wire} bytes = {wire * 10 / baud:.3f} s; Pairing round trips {pairing_s:.3f} s"
    )
    print(f"    floor {floor_s:.3f} s; attempt / floor = {device_s / floor_s:.2f}")


def device_side(baud: int, work: Path) -> None:
    spec = ChipSpec()
    profile = open_profile("esp32-astarte-nvs", {"reset": "no_reset", "reset_after": False})
    with SimulatedEsp32(work / f"profile-{baud}", spec, baud=baud) as dev:
        started = time.monotonic()
        with profile.open(dev.port, baud=baud, cancel=CancelToken(), slot="1") as session:
            session.identify()
            session.write(ProvisioningRecord("id", "bench", "https://pairing", _secret()))
            session.identify()
            session.reveal()
        ours = time.monotonic() - started
    wire = _wire_bytes(work / f"profile-{baud}" / "device.log")

    image = build(NVS_SIZE, NvsContents(), _secret())  # bench data, not a real secret
    files = work / f"cli-{baud}"
    files.mkdir()
    (files / "nvs.bin").write_bytes(image)
    esptool = [sys.executable, "-m", "esptool", "--before", "no-reset", "--after", "no-reset",
               "--baud", str(baud)]  # fmt: skip
    steps = [
        ["read-flash", "0x8000", "0xc00", str(files / "pt.bin")],
        ["read-flash", hex(NVS_OFFSET), hex(NVS_SIZE), str(files / "before.bin")],
        ["write-flash", "-z", hex(NVS_OFFSET), str(files / "nvs.bin")],
        ["read-flash", hex(NVS_OFFSET), hex(NVS_SIZE), str(files / "after.bin")],
    ]
    with SimulatedEsp32(work / f"esptool-{baud}", spec, baud=baud) as dev:
        started = time.monotonic()
        for step in steps:
            run = subprocess.run([*esptool, "--port", dev.port, *step], capture_output=True,
                                 text=True, timeout=600, check=False)  # fmt: skip
            if run.returncode:
                print(f"  esptool {step[0]} failed: {run.stderr[-300:]}")
                return
        theirs = time.monotonic() - started
    cli_wire = _wire_bytes(work / f"esptool-{baud}" / "device.log")
    print(f"  device side at {baud} baud: profile {ours:.3f} s ({wire} bytes on the wire, "
          f"floor {wire * 10 / baud:.3f} s, ratio {ours / (wire * 10 / baud):.2f})")  # fmt: skip
    print(f"    esptool command line, 4 processes: {theirs:.3f} s ({cli_wire} bytes on the wire); "
          f"esptool CLI / profile = {theirs / ours:.2f}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bauds", default="115200,460800,921600")
    args = parser.parse_args()
    bauds = [int(b) for b in args.bauds.split(",")]
    with tempfile.TemporaryDirectory(prefix="esp32-bench-") as tmp:
        work = Path(tmp)
        for baud in bauds:
            print(f"== {baud} baud")
            whole_walk(baud, work)
            device_side(baud, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
