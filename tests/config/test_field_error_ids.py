"""A configuration field error carries its message IDs (what the target editor translates) and
reads the same English as before they had IDs, for the command line and the logs."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.config import load_config
from station.errors import ConfigError
from station.targets.fields import TargetInvalid, with_target
from station.text import Text
from tests.config.examples import PLANT


def _refused(tmp_path: Path, text: str) -> ConfigError:
    path = tmp_path / "station.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value


def _problem(error: ConfigError) -> Text:
    assert error.message_id == "field.problem"
    problem = error.text.params["problem"]
    assert isinstance(problem, Text)
    return problem


def test_a_bad_realm_says_its_rule_by_id(tmp_path: Path) -> None:
    error = _refused(tmp_path, PLANT.replace('realm = "lab1"', 'realm = "Lab-1"'))
    assert error.message == (
        f"{tmp_path / 'station.toml'}: `targets.lab.realm` = 'Lab-1' is not a valid Astarte realm "
        "name. Allowed: 1-48 lower-case letters and digits, starting with a letter "
        "(^[a-z][a-z0-9]{0,47}$)."
    )
    problem = _problem(error)
    assert problem.id == "field.value_problem"
    assert isinstance(problem.params["problem"], Text)
    assert problem.params["problem"].id == "field.bad_realm"
    assert error.action_text.id == "field.edit.action"


def test_an_unknown_key_and_a_wrong_type_say_theirs_by_id(tmp_path: Path) -> None:
    error = _refused(tmp_path, PLANT.replace('realm = "lab1"', 'realm = "lab1"\ncolour = "red"'))
    assert _problem(error).id == "field.unknown_key"
    assert "`targets.lab.colour` is not a known setting. Allowed here: " in error.message
    assert error.action == (
        f"Remove or correct `targets.lab.colour` in {tmp_path / 'station.toml'} (check the "
        "spelling)."
    )
    error = _refused(tmp_path, PLANT.replace('realm = "lab1"', "realm = 7"))
    assert _problem(error).id == "field.wrong_type"
    assert error.message.endswith("`targets.lab.realm` = 7 must be a string, not an integer.")


def test_the_editor_drops_its_own_name_from_the_message_not_the_words(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text(PLANT)
    config = load_config(path)
    document = {
        "pairing_url": "https://api.example.com/pairing",
        "realm": "lab1",
        "token_source": "realm_key",
    }
    with pytest.raises(TargetInvalid) as info:
        with_target(config, "fresh", {**document, "token_ttl_s": 5})
    error = info.value
    assert error.field == "token_ttl_s"
    assert error.message == "`targets.fresh.token_ttl_s` = 5 is out of range. Allowed: 30 to 3600."
    assert error.message_id == "field.problem.here"
    assert error.action == "Edit `targets.fresh.token_ttl_s` in target editor."
    assert error.action_text.params["source"] == Text.of("editor.source")
