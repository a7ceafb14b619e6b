"""Messages with a count: English's singular and plural from the catalogue (the journal and
the command line read these), each plural's English forms in station_en.ts the catalogue's, and
no station message left saying "(s)"."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from station.catalogue import CATALOGUE, PLURALS, Plural
from station.text import Text
from ui.i18n import engine_texts
from ui.i18n.languages import I18N_DIR

ROOT = Path(__file__).resolve().parents[2]
CAUSE = Text.of("mes.outbox.empty")


@pytest.mark.parametrize(
    ("count", "said"),
    [
        (0, "0 results wait for the MES"),
        (1, "1 result waits for the MES"),
        (2, "2 results wait for the MES"),
        (5, "5 results wait for the MES"),
    ],
)
def test_the_english_says_the_singular_only_for_one(count: int, said: str) -> None:
    text = Text.of("mes.outbox.waiting", count=count, cause=CAUSE)
    assert text.english == f"{said}, kept in the journal. The MES has taken every queued result."
    assert Text.from_data(text.to_data()) == text  # the journal's copy reads the same


def test_a_count_must_be_a_whole_number() -> None:
    for wrong in ("1", 1.0, True):
        with pytest.raises(ValueError, match="counts 'count'"):
            Text.of("mes.outbox.waiting", count=wrong, cause=CAUSE)


def test_a_plural_needs_its_count_in_both_forms() -> None:
    with pytest.raises(AssertionError):
        Plural("one result", "{count} results")


def test_english_plural_forms_in_the_ts_are_the_catalogues() -> None:
    found = {}
    for context in ET.parse(I18N_DIR / "station_en.ts").getroot().iter("context"):
        if context.findtext("name") != engine_texts.CONTEXT:
            continue
        for message in context.iter("message"):
            forms = [f.text for f in message.iter("numerusform")]
            found[message.findtext("source")] = forms
    assert found == {p.source: [p.singular_source, p.source] for p in PLURALS.values()}, (
        "run `make translations-update`"
    )
    assert len(PLURALS) >= 4


def test_no_station_message_says_s_in_parentheses() -> None:
    assert [m for m, t in CATALOGUE.items() if "(s)" in t] == []
