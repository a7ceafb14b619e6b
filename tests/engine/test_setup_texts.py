"""What the station's start refuses in the configuration is a catalogue message (the screens
translate it; `station` on the command line prints its English, word for word as before): a
fixture whose active target is not configured, and an MES facade URL that is none."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from station.config.model import StationConfig
from station.config.parse import parse_config
from station.engine.setup import plan_for
from station.errors import ConfigError
from station.mes.client import MesClient
from station.text import Text
from tests.config.examples import PLANT


def _config(tmp_path: Path) -> StationConfig:
    return parse_config(
        tomllib.loads(PLANT),
        source="station.toml",
        base_dir=tmp_path,
        default_journal=tmp_path / "journal.sqlite",
    )


def _pointing_at(config: StationConfig, target: str) -> StationConfig:
    fixture = dataclasses.replace(config.fixtures[0], active_target=target)
    return dataclasses.replace(config, fixtures=(fixture, *config.fixtures[1:]))


def test_a_fixture_whose_target_is_gone_names_the_targets_there_are(tmp_path: Path) -> None:
    config = _pointing_at(_config(tmp_path), "plant-us")
    with pytest.raises(ConfigError) as raised:
        plan_for(config, "line3")
    assert raised.value.text == Text.of(
        "config.unknown_target", fixture="'line3'", target="'plant-us'"
    )
    known = ", ".join(sorted(config.targets))
    assert raised.value.action_text == Text.of("config.unknown_target.action", targets=known)
    assert str(raised.value) == (
        "Fixture 'line3' names target 'plant-us', which is not configured. — A supervisor sets "
        f"the fixture's active target to one of: {known}."
    )
    # No target at all: "(none)", a word of its own.
    empty = dataclasses.replace(config, targets={})
    with pytest.raises(ConfigError) as none:
        plan_for(empty, "line3")
    assert none.value.action_text.params == {"targets": Text.of("config.no_targets")}
    assert none.value.action == "A supervisor sets the fixture's active target to one of: (none)."


@pytest.mark.parametrize("url", ["ftp://mes.plant/route", "mes.plant", "https://"])
def test_an_mes_url_that_is_none(url: str) -> None:
    with pytest.raises(ConfigError) as raised:
        MesClient(url, station_id="line3-pc1")
    assert raised.value.text == Text.of("mes.not_a_url", url=repr(url))
    assert raised.value.message == f"{url!r} is not an MES facade URL."
    assert raised.value.action_text.id == "mes.not_a_url.action"
