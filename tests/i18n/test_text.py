"""Station texts by message ID (station/text.py): a wrong ID or a missing value is found where
the text is made; the English comes from the one catalogue; the plain data round-trips."""

from __future__ import annotations

import json

import pytest

from station.catalogue import CATALOGUE, PLURALS
from station.engine.checks import no_state_after
from station.errors import DeviceNotAnswering, OutcomeUnknown, StationError
from station.text import Param, Text, placeholders


def test_an_unknown_id_or_a_wrong_set_of_values_is_refused() -> None:
    with pytest.raises(KeyError, match=r"no message 'check\.nothing'"):
        Text.of("check.nothing")
    with pytest.raises(ValueError, match=r"takes \['slot'\], given \[\]"):
        Text.of("check.reveal_mismatch")
    with pytest.raises(ValueError, match="given"):
        Text.of("check.reveal_mismatch", slot="3", device="x")


def test_the_english_is_the_catalogues_template_filled_nested_texts_too() -> None:
    exc = no_state_after(
        OutcomeUnknown("The write got no answer.", command="write"),
        DeviceNotAnswering(Text.of("word.none")),
        slot="4",
    )
    assert exc.message_id == "check.no_state_after"
    assert exc.message == (
        "The write to the device in slot 4 may or may not have completed (The write got no "
        "answer.), and the device no longer answers (none)."
    )
    assert exc.action == CATALOGUE["check.reseat_reads_first.action"].format(slot="4")
    assert exc.params["last"] == {"id": "word.none", "params": {}}
    assert exc.params["unknown"] == {"id": "", "params": {"text": "The write got no answer."}}


def test_a_text_is_plain_json_data_and_comes_back_equal() -> None:
    text = Text.of(
        "slot.then_again",
        action=Text.of("check_scan.relabel.action", slot="2"),
        slot="2",
    )
    data = json.loads(json.dumps(text.to_data()))
    assert Text.from_data(data) == text
    assert Text.from_data(data).english == text.english
    assert hash(Text.from_data(data)) == hash(text)


def test_a_message_without_an_id_is_plain_english() -> None:
    exc = StationError("The cable is loose.", "Plug it in.")
    assert exc.message_id == "" and exc.text.is_plain
    assert (exc.message, exc.action) == ("The cable is loose.", "Plug it in.")
    assert str(exc) == "The cable is loose. — Plug it in."


def test_every_template_reads_as_a_format_string() -> None:
    for message_id, template in CATALOGUE.items():
        values: dict[str, Param] = dict.fromkeys(placeholders(template), "x")
        plural = PLURALS.get(message_id)
        if plural is not None:
            values[plural.count] = 2
        assert Text(message_id, values).english, message_id
