"""Each slot's device profile comes from the configuration (fixture `profile`, slot override,
`[profiles.<kind>]` options read by the profile itself), reaches the slot's worker, and the
journal records the profile and its identity facts with every attempt (shown in QA)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, ClassVar

import pytest

from station import profiles
from station.cancel import CancelToken
from station.config import load_config
from station.config.parse import parse_config, to_document
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine.events import SlotState
from station.engine.setup import plan_for
from station.errors import ConfigError
from station.journal import Journal, schema
from station.journal.verify import verify
from station.profiles.base import DeviceSession
from tests.config.examples import PLANT
from tests.engine.test_runner import Events, runner_for
from tests.journal.helpers import schema1_journal


def _config(text: str) -> Any:
    return parse_config(
        tomllib.loads(text), source="station.toml", base_dir=Path("/"), default_journal=Path("j")
    )


def test_slots_take_the_fixtures_profile_unless_they_name_their_own() -> None:
    text = PLANT.replace(
        "auto_start = true\n", 'auto_start = true\nprofile = "esp32-astarte-nvs"\n'
    ).replace(
        'port = "usb:location=1-1.3:1.0"\n',
        'port = "usb:location=1-1.3:1.0"\nprofile = "zephyr-mcumgr-fs"\n',
    )
    text += '\n[profiles.esp32-astarte-nvs]\nreset = "no_reset"\n'
    config = _config(text)
    plan = plan_for(config, "line3")
    assert [(s.name, s.profile) for s in plan.slots] == [
        ("1", "esp32-astarte-nvs"),
        ("2", "zephyr-mcumgr-fs"),
        ("3", "esp32-astarte-nvs"),
    ]
    assert plan.profile_options == {"esp32-astarte-nvs": {"reset": "no_reset"}}
    # Written back as read.
    assert _config(dumps(to_document(config))) == config


def test_a_fixture_without_profile_is_smp() -> None:
    plan = plan_for(_config(PLANT), "line3")
    assert {s.profile for s in plan.slots} == {"smp-provisioning"}


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        (
            ("auto_start = true\n", 'auto_start = true\nprofile = "bad name!"\n'),
            "fixtures[0].profile",
        ),
        (('name = "3"\n', 'name = "3"\nprofile = 7\n'), "fixtures[0].slots[2].profile"),
    ],
)
def test_a_malformed_profile_name_is_refused_where_it_is(edit: tuple[str, str], named: str) -> None:
    with pytest.raises(ConfigError) as info:
        _config(PLANT.replace(*edit))
    assert named in info.value.message


def test_a_profiles_table_must_be_a_table() -> None:
    with pytest.raises(ConfigError) as info:
        _config(PLANT + "\n[profiles]\nsmp-provisioning = 3\n")
    assert "profiles.smp-provisioning" in info.value.message


def test_the_profile_reads_its_own_options_and_the_registry_names_the_known_kinds() -> None:
    with pytest.raises(ConfigError) as info:
        profiles.open_profile("smp-provisioning", {"speed": 1})
    assert "profiles.smp-provisioning" in info.value.message
    assert "takes no options" in info.value.message
    assert profiles.open_profile("smp-provisioning").kind == "smp-provisioning"
    with pytest.raises(ConfigError) as info:
        profiles.open_profile("lora-thing")
    assert "'lora-thing'" in info.value.message
    assert "smp-provisioning" in info.value.action


class _AbsentProfile:
    """A profile that never finds a device: the slot it serves must stay NO_DEVICE."""

    kind = "test-absent"
    probes: ClassVar[list[str]] = []

    def open(
        self, port: str, *, baud: int, cancel: CancelToken, slot: str
    ) -> AbstractContextManager[DeviceSession]:
        raise AssertionError("never opened: nothing is present")

    def present(self, port: str, *, baud: int, cancel: CancelToken, slot: str) -> bool:
        self.probes.append(slot)
        return False


def absent_profile(options: Mapping[str, Any]) -> _AbsentProfile:
    return _AbsentProfile()


def test_each_slot_is_served_by_its_configured_profile(tmp_path: Path) -> None:
    profiles.register("test-absent", f"{__name__}:absent_profile")
    with DemoEnvironment(tmp_path / "demo", slots=2, bcrypt_cost=4) as env:
        document = env.config_document()
        document["fixtures"][0]["slots"][1]["profile"] = "test-absent"
        env.config_path.write_text(dumps(document), "utf-8")
        config = load_config(env.config_path)
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            events = Events()
            runner = runner_for(env, config, journal, events)
            try:
                events.wait_for(
                    lambda _: (
                        runner.snapshots()[0].state is SlotState.READY
                        and "2" in _AbsentProfile.probes
                    )
                )
                assert runner.snapshots()[1].state is SlotState.NO_DEVICE
                assert "1" not in _AbsentProfile.probes
            finally:
                runner.shutdown(30.0)


def test_the_journal_records_the_profile_and_its_facts(engine_rig: Any) -> None:
    rig = engine_rig(slots=1, storage="secure")
    outcome = rig.provision("1")
    assert outcome.passed, outcome
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert detail.profile == "smp-provisioning"
    hwid = rig.fixture.device("1").hwid
    assert detail.facts == {"protocol": "1", "storage": "secure", "hwid": hwid.hex()}
    assert verify(rig.journal.path).ok


def test_a_journal_from_before_profiles_is_migrated_and_still_verifies(tmp_path: Path) -> None:
    path = schema1_journal(tmp_path / "old.db")
    assert schema.read_version(path) == 1
    with Journal.open(path, station_id="old-station") as journal:
        assert schema.read_version(path) == schema.schema_version()
        # The old file is kept beside it, untouched by the steps before the compact format.
        assert schema.read_version(tmp_path / "old.schema1.db") == 1
        attempt = journal.begin_attempt(
            slot="1", operator="op", target_name="t", realm="plant1", pairing_url="https://p"
        )
        # An attempt identified without a profile (as every one was before) keeps none.
        journal.update_device(
            attempt, device_id="dev", hardware_serial="SN", model="m", firmware="1",
            storage_kind="otp",
        )  # fmt: skip
        detail = journal.attempt(attempt)
        assert detail is not None and (detail.profile, detail.facts) == (None, {})
        later = journal.begin_attempt(
            slot="1", operator="op", target_name="t", realm="plant1", pairing_url="https://p"
        )
        journal.update_device(
            later,
            device_id="dev",
            hardware_serial="SN",
            model="m",
            firmware="1",
            storage_kind="nvs",
            profile="esp32-astarte-nvs",
            facts={"chip": "ESP32-S3"},
        )
        detail = journal.attempt(later)
        assert detail is not None
        assert (detail.profile, detail.facts) == ("esp32-astarte-nvs", {"chip": "ESP32-S3"})
    assert verify(path).ok
