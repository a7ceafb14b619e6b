"""Between a station configuration's fixture slots and a udev slot map."""

from __future__ import annotations

import dataclasses

from station.config import FixtureConfig, SlotConfig, StationConfig
from station.ports.slotmap import SlotMap, slot_key_for_binding


def pick_fixture(config: StationConfig, name: str | None) -> FixtureConfig:
    return config.fixtures[0] if name is None else config.fixture(name)


def slot_numbers(fixture: FixtureConfig) -> list[int]:
    """The N of /dev/provisioning/<fixture>/slotN: the slot names when they are all numbers,
    otherwise the slots' positions (1, 2, ...), so the names stay stable either way."""
    if all(s.name.isdigit() and int(s.name) > 0 for s in fixture.slots):
        return [int(s.name) for s in fixture.slots]
    return list(range(1, len(fixture.slots) + 1))


def slot_map_from_config(config: StationConfig, fixture_name: str | None) -> SlotMap:
    fixture = pick_fixture(config, fixture_name)
    keys = {
        n: slot_key_for_binding(slot.port, n)
        for n, slot in zip(slot_numbers(fixture), fixture.slots, strict=True)
    }
    return SlotMap(fixture.name, keys)


def with_learned_slots(config: StationConfig, slot_map: SlotMap) -> StationConfig:
    """The configuration with the learned fixture's slots bound to their by-path links.

    Slots the map does not name keep their binding; a fixture the configuration does not have
    is an error (its target and other settings are the supervisor's choice, not ours).
    """
    fixture = pick_fixture(config, slot_map.fixture)
    bindings = slot_map.bindings()
    by_number = dict(zip(slot_numbers(fixture), fixture.slots, strict=True))
    slots = [
        dataclasses.replace(by_number[n], port=bindings[n]) if n in bindings else by_number[n]
        for n in sorted(by_number)
    ]
    slots += [
        SlotConfig(name=str(n), port=bindings[n]) for n in sorted(bindings) if n not in by_number
    ]
    new_fixture = dataclasses.replace(fixture, slots=tuple(slots))
    fixtures = tuple(new_fixture if f is fixture else f for f in config.fixtures)
    return dataclasses.replace(config, fixtures=fixtures)
