"""Italian, Spanish and Simplified Chinese fit the operator screen at 1280 x 800 as German does
(test_german_fit.py): 16 tiles over the demo engine, three failed, no tile text, button or banner
line cut, and the tiles in the language's own words (not the English source)."""

from __future__ import annotations

import pytest

from station.engine.events import SlotState
from ui.i18n.languages import Languages

from .i18n_fixtures import qm_dir, station_languages
from .operator_fit import Factory, nothing_cut, provisioned_screen

__all__ = ["qm_dir", "station_languages"]

# Each language's words for the button, a failed tile's state and its action's lead-in.
WORDS = {
    "it": ("▶ Avvia slot pronti (F5)", "✗ ERRORE", "Cosa fare: "),
    "es": ("▶ Iniciar ranuras listas (F5)", "✗ FALLO", "Qué hacer: "),
    "zh_CN": ("▶ 启动就绪槽位 (F5)", "✗ 失败", "处理方法："),
}


def _flat(text: str, language: str) -> str:
    """`text` on one line: Chinese is broken between any two characters and joins with no
    space, the others break at spaces."""
    joined = " ".join(text.split())
    return joined.replace(" ", "") if language == "zh_CN" else joined


@pytest.mark.parametrize("language", list(WORDS))
def test_the_operator_screen_fits_1280_by_800(
    language: str, operator_station: Factory, station_languages: Languages
) -> None:
    button, fail, what_to_do = WORDS[language]
    st, tiles = provisioned_screen(operator_station, station_languages, language)
    assert st.window.provision_button.text() == button
    assert fail in {t.state_text for t in tiles}
    for tile in (t for t in tiles if t.shown_state is SlotState.FAIL):
        assert tile.action_text.startswith(what_to_do), tile.action_text
        shown = _flat(tile.action.text(), language)
        assert tile.action.isVisible() and shown == _flat(tile.action_text, language), tile.slot
        said = _flat(tile.cause.text(), language)
        assert tile.cause.isVisible() and said == _flat(tile.cause_text, language), tile.slot
    nothing_cut(st, tiles)
