"""The fixture API's guard rails: mistakes are refused with a reason and an action."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.profiles.smp.protocol import IdentifyKey
from station.sandbox.fixture import SimulatedFixture
from station.sandbox.sim.faults import FaultSpecError
from station.sandbox.slot_firmware import FixtureError
from tests.fixtures.sim import RawSmp, SimFactory


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


def test_erase_brings_a_locked_secure_device_back_to_factory_mode(sim_fixture: SimFactory) -> None:
    from tests.sandbox.test_sim_protocol import identify, lock, record, write

    fx = sim_fixture(slots=1, storage="secure", chatter=0)
    old_port = fx.ports["1"]
    with RawSmp(old_port) as link:
        assert write(link, record()) == {}
        assert lock(link) == {}
        before = identify(link)
    assert before[IdentifyKey.STORAGE_STATE] == "locked"
    assert before[IdentifyKey.FACTORY_MODE] is False

    port = fx.erase("1")
    assert port is not None and fx.ports["1"] == port
    with RawSmp(port) as link:
        after = identify(link)
        assert write(link, record()) == {}, "a factory-mode device takes a record again"
    assert after[IdentifyKey.STORAGE_STATE] == "empty"
    assert after[IdentifyKey.FACTORY_MODE] is True
    assert IdentifyKey.SECRET_DIGEST not in after
    for key in (IdentifyKey.HARDWARE_ID, IdentifyKey.HARDWARE_SERIAL):
        assert after[key] == before[key], "erasing storage keeps the chip's identity"


def test_erase_of_an_unplugged_device_leaves_it_unplugged(sim_fixture: SimFactory) -> None:
    from tests.sandbox.test_sim_protocol import record, write

    fx = sim_fixture(slots=1, storage="secure", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        assert write(link, record()) == {}
    fx.unplug("1")
    assert fx.erase("1") is None
    assert fx.ports == {}
    stored = fx.inspect()["1"]
    assert stored["state"] == "empty" and stored["record"] is None


def test_otp_cannot_be_erased(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, storage="otp", chatter=0)
    port = fx.ports["1"]
    with pytest.raises(FixtureError, match="OTP storage, which cannot be erased"):
        fx.erase("1")
    assert fx.ports["1"] == port, "a refused erase leaves the device running where it was"
