"""Numbers follow the screens' language: a German QA user reads 30.000 attempts and 95,2 %,
never "1,143" (which in German is one and a bit)."""

from __future__ import annotations

import pytest

from ui.i18n.languages import Languages
from ui.i18n.numbers import decimal, whole

from .i18n_fixtures import qm_dir, station_languages

__all__ = ["qm_dir", "station_languages"]


@pytest.mark.parametrize(
    ("language", "count", "share"),
    [
        ("en", "30,000", "95.2"),
        ("de", "30.000", "95,2"),
        ("it", "30.000", "95,2"),
        ("es", "30.000", "95,2"),
        ("zh_CN", "30,000", "95.2"),
    ],
)
def test_numbers_are_written_as_the_language_writes_them(
    station_languages: Languages, language: str, count: str, share: str
) -> None:
    assert station_languages.switch(language) is None
    assert (whole(30_000), decimal(95.24)) == (count, share)
    assert decimal(3.0, 0) == "3"
