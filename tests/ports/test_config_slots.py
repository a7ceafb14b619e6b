"""Slot bindings read from and written to the station configuration."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from station.config import load_config, save_config
from station.config.port_binding import PortBinding
from station.errors import ConfigError
from station.ports.config_slots import slot_map_from_config, with_learned_slots
from station.ports.slotmap import SlotMap

ROOT = Path(__file__).resolve().parents[2]
PCI = "pci-0000:00:14.0-usb-0"

CONFIG = f"""\
schema_version = 2
station_id = "line3-pc1"
journal_path = "journal.sqlite"

[targets.lab]
pairing_url = "http://127.0.0.1:4003"
realm = "lab1"
token_source = "command"
token_command = ["/usr/local/bin/issue-token"]

[[fixtures]]
name = "line3"
active_target = "lab"

[[fixtures.slots]]
name = "1"
port = "/dev/serial/by-path/{PCI}:1.1:1.0-port0"

[[fixtures.slots]]
name = "2"
port = "usb:location={PCI}:1.4.2:1.0"

[[fixtures]]
name = "bench"
active_target = "lab"

[[fixtures.slots]]
name = "a"
port = "/dev/provisioning/bench/slot1"
"""


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    path = tmp_path / "station.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_udev_rules_from_the_config(config_path: Path, tmp_path: Path) -> None:
    slot_map = slot_map_from_config(load_config(config_path), None)
    assert slot_map == SlotMap("line3", {1: f"{PCI}:1.1:1.0-port0", 2: f"{PCI}:1.4.2:1.0"})

    out = tmp_path / "71-provisioning-line3.rules"
    proc = subprocess.run(
        [sys.executable, "-m", "station", "fixture", "udev-rules", "--config", str(config_path),
         "--out", str(out)],
        capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    rules = out.read_text(encoding="utf-8")
    assert f'ENV{{ID_PATH}}=="{PCI}:1.4.2:1.0", SYMLINK+="provisioning/line3/slot2"' in rules


def test_a_slot_bound_to_a_name_the_rules_make_has_no_usb_path(config_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        slot_map_from_config(load_config(config_path), "bench")
    assert "Slot 1 is bound to /dev/provisioning/bench/slot1" in info.value.message
    assert "station fixture learn" in info.value.action
    with pytest.raises(ConfigError, match="no fixture 'nope'"):
        slot_map_from_config(load_config(config_path), "nope")


def test_learned_slots_are_written_into_the_config(config_path: Path) -> None:
    learned = SlotMap("line3", {2: f"{PCI}:1.2:1.0-port0", 3: f"{PCI}:1.3:1.0-port0"})
    save_config(with_learned_slots(load_config(config_path), learned), config_path)
    fixture = load_config(config_path).fixtures[0]
    assert [(s.name, str(s.port)) for s in fixture.slots] == [
        ("1", f"/dev/serial/by-path/{PCI}:1.1:1.0-port0"),  # not learned: kept
        ("2", f"/dev/serial/by-path/{PCI}:1.2:1.0-port0"),
        ("3", f"/dev/serial/by-path/{PCI}:1.3:1.0-port0"),
    ]
    assert fixture.slots[1].port == PortBinding.parse(f"/dev/serial/by-path/{PCI}:1.2:1.0-port0")
    bench = load_config(config_path).fixtures[1]
    assert str(bench.slots[0].port) == "/dev/provisioning/bench/slot1"
