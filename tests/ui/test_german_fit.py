"""German, the longest of the shipped languages, fits the operator screen at 1280 x 800:
on a real window over the demo engine, with passed and failed tiles, no tile text, button or
banner line is cut, and the tiles show their translated words (not the English source; how the
screen is set up and measured: operator_fit.py)."""

from __future__ import annotations

from station.engine.events import SlotState
from ui.i18n.languages import Languages

from .i18n_fixtures import qm_dir, station_languages
from .operator_fit import Factory, nothing_cut, provisioned_screen

__all__ = ["qm_dir", "station_languages"]


def test_german_operator_screen_fits_1280_by_800(
    operator_station: Factory, station_languages: Languages
) -> None:
    st, tiles = provisioned_screen(operator_station, station_languages, "de")
    assert st.window.provision_button.text() == "▶ Bereite Plätze starten (F5)"
    assert {t.state_text for t in tiles} >= {"✓ OK", "✗ FEHLER"}
    for tile in (t for t in tiles if t.shown_state is SlotState.FAIL):
        assert tile.action_text.startswith("Was tun: "), tile.action_text
        shown = " ".join(tile.action.text().split())
        assert tile.action.isVisible() and shown == tile.action_text, (tile.slot, shown)
        said = " ".join(tile.cause.text().split())
        assert tile.cause.isVisible() and said == tile.cause_text, (tile.slot, said)
    nothing_cut(st, tiles)
