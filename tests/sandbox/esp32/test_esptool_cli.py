"""Fidelity of the simulated ESP32 bootloader: the esptool command line itself drives it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.process import SimulatedEsp32

CHIPS = [
    ChipSpec(chip="esp32", mac="24:0a:c4:12:34:56", major=3, minor=1),
    ChipSpec(chip="esp32s3", mac="f4:12:fa:01:02:03", major=0, minor=2, bluetooth=False),
    ChipSpec(chip="esp32c3", mac="34:85:18:aa:bb:cc", major=0, minor=4, embedded_flash=True),
]


def esptool(port: str, *args: str, stub: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "esptool", "--port", port, "--before", "no-reset"]
    cmd += [] if stub else ["--no-stub"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(params=CHIPS, ids=lambda spec: spec.chip)
def device(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SimulatedEsp32]:
    with SimulatedEsp32(tmp_path / "dev", request.param) as dev:
        yield dev


def test_chip_id_read_mac_and_flash_id(device: SimulatedEsp32) -> None:
    names = {"esp32": "ESP32-D0WD-V3", "esp32s3": "ESP32-S3", "esp32c3": "ESP32-C3"}
    out = esptool(device.port, "chip-id")
    assert out.returncode == 0, out.stdout + out.stderr
    assert names[device.spec.chip] in out.stdout
    assert f"revision v{device.spec.major}.{device.spec.minor}" in out.stdout
    mac = esptool(device.port, "read-mac")
    assert mac.returncode == 0 and f"MAC:                {device.spec.mac}" in mac.stdout
    flash = esptool(device.port, "flash-id")
    assert flash.returncode == 0 and "Detected flash size: 4MB" in flash.stdout


def test_write_verify_and_read_back(device: SimulatedEsp32, tmp_path: Path) -> None:
    payload = os.urandom(40_000)
    image = tmp_path / "in.bin"
    image.write_bytes(payload)
    wrote = esptool(device.port, "write-flash", "0x20000", str(image))
    assert wrote.returncode == 0, wrote.stdout + wrote.stderr
    assert "Hash of data verified" in wrote.stdout
    assert device.flash(0x20000, len(payload)) == payload  # it is in the flash file itself
    verified = esptool(device.port, "verify-flash", "0x20000", str(image))
    assert verified.returncode == 0 and "digest matched" in verified.stdout
    back = tmp_path / "out.bin"
    read = esptool(device.port, "read-flash", "0x20000", str(len(payload)), str(back))
    assert read.returncode == 0, read.stdout + read.stderr
    assert back.read_bytes() == payload


def test_uncompressed_write_through_the_rom(tmp_path: Path) -> None:
    payload = os.urandom(5000)
    image = tmp_path / "in.bin"
    image.write_bytes(payload)
    with SimulatedEsp32(tmp_path / "dev", CHIPS[0]) as dev:
        out = esptool(dev.port, "write-flash", "-u", "0x30000", str(image), stub=False)
        assert out.returncode == 0, out.stdout + out.stderr
        assert dev.flash(0x30000, len(payload)) == payload
        back = tmp_path / "out.bin"
        read = esptool(dev.port, "read-flash", "0x30000", "300", str(back), stub=False)
        assert read.returncode == 0 and back.read_bytes() == payload[:300]


def test_a_different_file_fails_verification(device: SimulatedEsp32, tmp_path: Path) -> None:
    image = tmp_path / "in.bin"
    image.write_bytes(b"\x01" * 4096)
    assert esptool(device.port, "write-flash", "0x40000", str(image)).returncode == 0
    image.write_bytes(b"\x02" * 4096)
    out = esptool(device.port, "verify-flash", "0x40000", str(image))
    assert out.returncode != 0 and "verification failed" in (out.stdout + out.stderr).lower()


@pytest.mark.parametrize(
    ("faults", "expected"),
    [
        ("no_sync", "Failed to connect"),
        ("wrong_md5", "MD5 of file does not match data in flash"),
        ("corrupt_block:2", "MD5 of file does not match data in flash"),
        ("garbage", "Invalid head of packet"),
        ("reset@write:1", "No more data to read"),
        ("unplug@write:1", "serial"),
    ],
)
def test_faults_as_esptool_reports_them(tmp_path: Path, faults: str, expected: str) -> None:
    image = tmp_path / "in.bin"
    image.write_bytes(os.urandom(30_000) + bytes(30_000))  # compressible: the deflate path
    with SimulatedEsp32(tmp_path / "dev", CHIPS[0], faults=faults) as dev:
        out = esptool(dev.port, "write-flash", "-z", "0x20000", str(image))
        assert out.returncode != 0
        assert expected in out.stdout + out.stderr, out.stderr
