"""A station message with a count on the screens: Qt's plural forms of the language, through
the real translation built from the committed `.ts` (English's forms from station_en.ts, which
the catalogue writes), for counts 0, 1, 2 and 5."""

from __future__ import annotations

import pytest

from station.text import Text
from ui.i18n.languages import Languages
from ui.operator.engine_words import render

from .i18n_fixtures import qm_dir, station_languages

__all__ = ["qm_dir", "station_languages"]

CAUSE = Text.of("mes.outbox.empty")


def _waiting(count: int) -> Text:
    return Text.of("mes.outbox.waiting", count=count, cause=CAUSE)


@pytest.mark.parametrize(
    ("count", "english", "german"),
    [
        (0, "0 results wait", "0 Ergebnisse warten"),
        (1, "1 result waits", "1 Ergebnis wartet"),
        (2, "2 results wait", "2 Ergebnisse warten"),
        (5, "5 results wait", "5 Ergebnisse warten"),
    ],
)
def test_a_count_takes_the_languages_plural_form(
    station_languages: Languages, count: int, english: str, german: str
) -> None:
    said = render(_waiting(count))
    assert said == _waiting(count).english  # the screens' English is the journal's
    assert said.startswith(f"{english} for the MES, kept in the journal.")
    assert station_languages.switch("de") is None
    said = render(_waiting(count))
    assert said.startswith(f"{german} auf das MES und ")
    assert said.endswith("Das MES hat jedes wartende Ergebnis angenommen.")


def test_chinese_has_one_form_and_a_nested_plural_is_counted_too(
    station_languages: Languages,
) -> None:
    assert station_languages.switch("zh_CN") is None
    assert render(_waiting(1)).startswith("1 个结果正在等待 MES")
    assert render(_waiting(5)).startswith("5 个结果正在等待 MES")
    assert station_languages.switch("de") is None
    detail = Text.of("smp.detail.hwid_size", n=1)
    assert render(detail) == "Hardware-ID mit 1 Byte (erwartet 4 bis 64)"
    assert station_languages.switch("es") is None
    assert render(detail) == "ID de hardware de 1 byte (se esperaban de 4 a 64)"
    assert render(Text.of("smp.detail.hwid_size", n=2)).startswith("ID de hardware de 2 bytes")
