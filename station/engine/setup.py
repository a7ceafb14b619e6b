"""From the station's configuration to what the runner needs: slots, the target, its tokens."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from station.config.model import (
    DEFAULT_MAX_IN_FLIGHT,
    MAX_IN_FLIGHT,
    FixtureConfig,
    StationConfig,
    TargetConfig,
)
from station.engine.policy import DeviceIdRule, IdentityField, IdSource, TargetPolicy
from station.errors import ConfigError
from station.pairing.tokens import TokenSource
from station.ports import PortBinding
from station.profiles import DEFAULT_KIND
from station.profiles.base import StorageKind
from station.targets.tokens import tokens_for
from station.text import Text


@dataclass(frozen=True)
class SlotSpec:
    name: str
    binding: PortBinding
    baud: int
    profile: str = DEFAULT_KIND  # the device profile kind (station.profiles)


@dataclass(frozen=True)
class TargetSpec:
    name: str
    pairing_url: str
    realm: str
    tokens: TokenSource
    ca_bundle: Path | None
    policy: TargetPolicy
    initial_introspection: Mapping[str, tuple[int, int]] | None
    max_in_flight: int


@dataclass(frozen=True)
class RunnerPlan:
    fixture: str
    slots: tuple[SlotSpec, ...]
    target: TargetSpec
    auto_start: bool
    # Each profile kind's options table ([profiles.<kind>]), parsed by the profile itself.
    profile_options: Mapping[str, Mapping[str, object]] = field(default_factory=dict)


def plan_for(config: StationConfig, fixture: str) -> RunnerPlan:
    fixture_config = _fixture(config, fixture)
    target_name = fixture_config.active_target
    try:
        target = config.target(target_name)
    except KeyError:
        known = ", ".join(sorted(config.targets))
        raise ConfigError(
            Text.of("config.unknown_target", fixture=repr(fixture), target=repr(target_name)),
            Text.of(
                "config.unknown_target.action",
                targets=known or Text.of("config.no_targets"),
            ),
        ) from None
    return RunnerPlan(
        fixture=fixture_config.name,
        slots=tuple(
            SlotSpec(s.name, s.port, fixture_config.baud, fixture_config.profile_of(s))
            for s in fixture_config.slots
        ),
        target=target_spec(target, slots=len(fixture_config.slots)),
        auto_start=fixture_config.auto_start,
        profile_options=config.profiles,
    )


def _fixture(config: StationConfig, name: str) -> FixtureConfig:
    return config.fixture(name)  # a ConfigError naming the fixtures there are


def target_spec(target: TargetConfig, slots: int | None = None) -> TargetSpec:
    """`slots`: the fixture's slot count, the default for registrations in flight; without a
    fixture (a connection test, a rework) the default is DEFAULT_MAX_IN_FLIGHT."""
    in_flight = target.max_registrations_in_flight or min(
        slots or DEFAULT_MAX_IN_FLIGHT, MAX_IN_FLIGHT
    )
    return TargetSpec(
        name=target.name,
        pairing_url=target.pairing_url,
        realm=target.realm,
        tokens=tokens_for(target),
        ca_bundle=target.ca_bundle,
        policy=policy_for(target),
        initial_introspection=dict(target.initial_introspection) or None,
        max_in_flight=in_flight,
    )


def policy_for(target: TargetConfig) -> TargetPolicy:
    return TargetPolicy(
        realm=target.realm,
        device_id_rule=DeviceIdRule(
            IdSource(target.device_id_rule),
            target.device_id_namespace,
            IdentityField(target.device_id_field),
        ),
        accepted_storage=frozenset(StorageKind(k) for k in target.accepted_storage),
        allowlist_pattern=re.compile(target.allowlist_pattern)
        if target.allowlist_pattern
        else None,
        confirmed_counts_as_pass=target.confirmed_counts_as_pass,
    )
