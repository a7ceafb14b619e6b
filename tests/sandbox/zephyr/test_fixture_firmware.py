"""Choosing the simulated firmware per slot: the fixture option, its checks, erase, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station.sandbox.fixture import SimulatedFixture
from station.sandbox.sim import storage
from station.sandbox.slot_firmware import FixtureError
from station.sandbox.zephyr.firmware import CONFIG_PATH, sidecar_path, stored_files
from tests.fixtures.sim import SimFactory
from tests.sandbox.test_sim_cli import fixture_cli


def test_firmware_per_slot_and_erase(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=2, chatter=0, firmware={"2": "zephyr:bad_json"})
    one, two = (storage.state_path(fx.state_dir, s) for s in ("1", "2"))
    assert not sidecar_path(one).exists()
    assert json.loads(sidecar_path(two).read_text())["traits"] == ["bad_json"]
    assert CONFIG_PATH in stored_files(two)
    fx.erase("2")  # a rework bench deletes the configuration file
    assert CONFIG_PATH not in stored_files(two)


@pytest.mark.parametrize(
    ("firmware", "words"),
    [
        ("zephyr:fly", "unknown Zephyr firmware trait"),
        ("smp:no_serial,fly", "unknown smp firmware trait(s) fly (known: no_serial)"),
        ("esp-idf", "unknown simulated firmware"),
        ({"9": "zephyr"}, "does not have"),
    ],
)
def test_bad_firmware_options_are_refused(
    tmp_path: Path, firmware: str | dict[str, str], words: str
) -> None:
    with pytest.raises(FixtureError) as caught:
        SimulatedFixture(tmp_path, slots=2, firmware=firmware)
    assert words in caught.value.message


def test_fixture_command_takes_firmware_by_slot(tmp_path: Path) -> None:
    with fixture_cli(tmp_path, "--slots", "2", "--firmware", "2=zephyr:crc32_only") as run:
        run.wait_for("ready")
    assert not sidecar_path(storage.state_path(tmp_path, "1")).exists()
    sidecar = json.loads(sidecar_path(storage.state_path(tmp_path, "2")).read_text())
    assert sidecar["traits"] == ["crc32_only"]
