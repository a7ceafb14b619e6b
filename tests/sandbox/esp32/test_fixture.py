"""ESP32 slots in the simulated fixture: per-slot chips, the manifest, inspect and erase."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from station.profiles.esp32.nvs import NvsEntry
from station.profiles.esp32.nvs_image import generate
from station.sandbox.esp32.firmware import device_dir
from station.sandbox.fixture import SimulatedFixture
from station.sandbox.slot_firmware import FixtureError


def _read_mac(port: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "esptool", "--port", port, "--before", "no-reset", "read-mac"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def test_each_slot_gets_its_own_chip_and_erase_clears_its_nvs(tmp_path: Path) -> None:
    firmware = {"1": "smp", "2": "esp32", "3": "esp32:chip=esp32c3,mac=34:85:18:00:00:03"}
    with SimulatedFixture(tmp_path / "fx", slots=3, firmware=firmware, chatter=0) as fx:
        slots = {s["slot"]: s for s in fx.manifest["slots"]}
        assert slots["2"]["storage"] == "nvs" and slots["2"]["hardware_serial"] == (
            "24:0a:c4:00:01:02"  # unique per slot by default
        )
        assert "ESP32-C3" in _read_mac(fx.ports["3"]) and "34:85:18:00:00:03" in _read_mac(
            fx.ports["3"]
        )
        flash = device_dir(fx.state_dir, "2") / "flash.bin"
        entry = NvsEntry("astarte_pairing", "cred_secret", "string", b"S" * 44)
        with flash.open("r+b") as f:
            f.seek(0x9000)
            f.write(generate(0x6000, [entry]))
        shown = fx.inspect()["2"]
        assert shown["nvs"]["nvs"]["cred_secret"] == ["S" * 44]
        new_port = fx.erase("2")
        assert new_port and fx.inspect()["2"]["nvs"]["nvs"]["blank"]
        assert fx.inspect()["1"]["storage"] == "otp"  # the SMP device is untouched
    listed = subprocess.run(
        [sys.executable, "-m", "station", "sandbox", "fixture", "inspect", "--state-dir",
         str(tmp_path / "fx")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert json.loads(listed.stdout)["devices"]["3"]["chip"] == "esp32c3"


def test_a_bad_esp32_option_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(FixtureError, match="colour"):
        SimulatedFixture(tmp_path / "fx", slots=1, firmware="esp32:colour=red")
    with pytest.raises(FixtureError, match="table"):
        SimulatedFixture(tmp_path / "fx", slots=1, firmware="esp32:table=nope")
