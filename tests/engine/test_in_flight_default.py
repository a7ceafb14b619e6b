"""Registrations in flight: a target's own limit, else the fixture's slot count."""

from __future__ import annotations

from pathlib import Path

from station.config.model import DEFAULT_MAX_IN_FLIGHT, MAX_IN_FLIGHT
from station.engine.setup import plan_for, target_spec
from tests.config.examples import PLANT, parsed


def test_a_target_limit_is_kept(tmp_path: Path) -> None:
    plan = plan_for(parsed(PLANT, tmp_path), "line3")
    assert plan.target.name == "plant-eu"
    assert plan.target.max_in_flight == 2


def test_unset_it_is_the_fixture_slot_count(tmp_path: Path) -> None:
    text = PLANT.replace('active_target = "plant-eu"', 'active_target = "lab"')
    plan = plan_for(parsed(text, tmp_path), "line3")
    assert plan.target.name == "lab"
    # Three slots: a fourth place would never be used, and two would make a slot wait.
    assert plan.target.max_in_flight == len(plan.slots) == 3


def test_without_a_fixture_and_past_the_cap(tmp_path: Path) -> None:
    lab = parsed(PLANT, tmp_path).target("lab")
    assert target_spec(lab).max_in_flight == DEFAULT_MAX_IN_FLIGHT
    assert target_spec(lab, slots=200).max_in_flight == MAX_IN_FLIGHT
