"""From the configuration to the runner's plan, field by field: the slots, the target's Pairing
address, realm, CA bundle, introspection and decision policy. A field carried wrong here is a
station that registers in the wrong realm, accepts storage the target refuses, or lets through a
serial the allowlist would stop, while every screen shows the configuration as written."""

from __future__ import annotations

import uuid
from pathlib import Path

from station.engine.policy import DeviceIdRule, IdentityField, IdSource, TargetPolicy
from station.engine.setup import RunnerPlan, SlotSpec, plan_for, policy_for
from station.pairing.tokens import CommandTokens
from station.ports import PortBinding
from station.profiles import DEFAULT_KIND
from station.profiles.base import StorageKind
from tests.config.examples import PLANT, parsed


def test_the_plan_carries_the_fixture_its_slots_and_the_active_target(tmp_path: Path) -> None:
    config = parsed(PLANT, tmp_path)
    plan = plan_for(config, "line3")
    assert isinstance(plan, RunnerPlan)
    assert (plan.fixture, plan.auto_start, plan.profile_options) == ("line3", True, {})
    ports = [s.port for s in config.fixture("line3").slots]
    assert plan.slots == (
        SlotSpec("1", ports[0], 230400, DEFAULT_KIND),
        SlotSpec("2", ports[1], 230400, DEFAULT_KIND),
        SlotSpec("3", ports[2], 230400, DEFAULT_KIND),
    )
    assert all(isinstance(s.binding, PortBinding) for s in plan.slots)
    target = plan.target
    assert (target.name, target.pairing_url, target.realm) == (
        "plant-eu",
        "https://api.astarte.example.com/pairing",
        "planteu",
    )
    assert target.ca_bundle == config.target("plant-eu").ca_bundle
    assert target.ca_bundle is not None and target.ca_bundle.name == "plant-ca.pem"
    assert target.initial_introspection == {
        "org.example.Sensor": (1, 0),
        "org.example.Status": (0, 3),
    }
    assert target.policy == TargetPolicy(
        realm="planteu",
        device_id_rule=DeviceIdRule(
            IdSource.UUID5,
            uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
            IdentityField.HARDWARE_SERIAL,
        ),
        accepted_storage=frozenset({StorageKind.OTP}),
        allowlist_pattern=target.policy.allowlist_pattern,
        confirmed_counts_as_pass=True,
    )
    pattern = target.policy.allowlist_pattern
    assert pattern is not None and pattern.pattern == "SN1[0-9]{7}"


def test_target_defaults_accept_every_storage_and_serial_and_slots_keep_their_profiles(
    tmp_path: Path,
) -> None:
    text = PLANT.replace("auto_start = true", "auto_start = false").replace(
        'active_target = "plant-eu"', 'active_target = "lab"'
    )
    # A slot with a profile of its own, and that profile's options.
    text = text.replace(
        'port = "usb:location=1-1.3:1.0"\n',
        'port = "usb:location=1-1.3:1.0"\nprofile = "esp32-astarte-nvs"\n',
    )
    text += '\n[profiles.esp32-astarte-nvs]\nreset = "no_reset"\n'
    plan = plan_for(parsed(text, tmp_path), "line3")
    assert plan.auto_start is False
    assert [s.profile for s in plan.slots] == [DEFAULT_KIND, "esp32-astarte-nvs", DEFAULT_KIND]
    assert plan.profile_options == {"esp32-astarte-nvs": {"reset": "no_reset"}}
    target = plan.target
    assert (target.name, target.realm, target.ca_bundle) == ("lab", "lab1", None)
    assert target.initial_introspection is None  # none configured: not an empty one
    assert isinstance(target.tokens, CommandTokens)
    assert target.policy.allowlist_pattern is None
    assert target.policy.accepted_storage == frozenset(StorageKind)
    assert target.policy.confirmed_counts_as_pass is False


def test_the_policy_is_the_target_s_own(tmp_path: Path) -> None:
    lab = parsed(PLANT, tmp_path).target("lab")
    policy = policy_for(lab)
    assert policy.realm == "lab1"
    assert policy.device_id_rule == DeviceIdRule(
        IdSource(lab.device_id_rule), lab.device_id_namespace, IdentityField(lab.device_id_field)
    )
