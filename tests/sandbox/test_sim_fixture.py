"""The fixture API's guard rails: mistakes are refused with a reason and an action."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.sandbox.fixture import FixtureError, SimulatedFixture
from station.sandbox.sim.faults import FaultSpecError
from tests.fixtures.sim import SimFactory


def test_a_spec_naming_a_missing_slot_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FixtureError, match="slot\\(s\\) 5") as info:
        SimulatedFixture(tmp_path, slots=2, faults="slot5:unplug@write")
    assert "use one of 1, 2" in info.value.action
    with pytest.raises(FaultSpecError):
        SimulatedFixture(tmp_path, slots=2, faults="slot1:unplug@nowhere")


def test_restarting_with_another_storage_kind_is_refused(
    sim_fixture: SimFactory, tmp_path: Path
) -> None:
    state_dir = tmp_path / "fx"
    sim_fixture(slots=1, storage="otp", state_dir=state_dir, chatter=0).stop()
    with pytest.raises(FixtureError, match="holds a device with otp storage, not secure"):
        sim_fixture(slots=1, storage="secure", state_dir=state_dir, chatter=0)
    assert sim_fixture(slots=1, storage=None, state_dir=state_dir, chatter=0).ports["1"]


def test_unplug_plug_and_unknown_slots(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=["A", "B"], chatter=0)
    assert set(fx.ports) == {"A", "B"}
    fx.unplug("A")
    assert set(fx.ports) == {"B"}
    assert [s["port"] is None for s in fx.manifest["slots"]] == [True, False]
    with pytest.raises(FixtureError, match="not running"):
        fx.reset("A")
    port = fx.plug("A")
    assert fx.manifest["slots"][0]["port"] == port
    with pytest.raises(FixtureError, match="no slot 'C'"):
        fx.replug("C")
