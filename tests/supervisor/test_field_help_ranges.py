"""The target form's tooltips state the ranges the configuration enforces: they are filled from
the same constants as the checks, after translation, so no language states an old range."""

from __future__ import annotations

from station.config.model import (
    MAX_CHECK_SCAN_S,
    MAX_IN_FLIGHT,
    MAX_TOKEN_TTL_S,
    MIN_CHECK_SCAN_S,
    MIN_IN_FLIGHT,
    MIN_TOKEN_TTL_S,
)
from station.targets.fields import FIELDS
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.supervisor.field_words import field_help

__all__ = ["qm_dir", "station_languages"]  # fixtures

RANGES = {
    "token_ttl_s": (MIN_TOKEN_TTL_S, MAX_TOKEN_TTL_S),
    "check_scan_timeout_s": (MIN_CHECK_SCAN_S, MAX_CHECK_SCAN_S),
    "max_registrations_in_flight": (MIN_IN_FLIGHT, MAX_IN_FLIGHT),
}


def test_the_ranges_in_the_help_are_the_constants(station_languages: Languages) -> None:
    fields = {f.key: f for f in FIELDS}
    for key, (low, high) in RANGES.items():
        field = fields[key]
        assert not any(c.isdigit() for c in field.help), "the range is not written by hand"
        assert f"{low} to {high} " in field.help_text, field.help_text
        assert field_help(field.help, field.values) == field.help_text
    assert station_languages.switch("de") is None
    for key, (low, high) in RANGES.items():
        shown = field_help(fields[key].help, fields[key].values)
        assert f"{low} bis {high} " in shown, shown


def test_no_help_text_keeps_a_field_unfilled() -> None:
    for field in FIELDS:
        assert "{" not in field.help_text, field.key
