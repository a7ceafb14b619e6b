"""Italian, Spanish and Simplified Chinese fit the operator screen at 1280 x 800 as German does
(test_german_fit.py): 16 tiles over the demo engine, three failed, no tile text, button or banner
line cut, and the tiles in the language's own words (not the English source)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from station.engine.events import SlotState
from ui.i18n.languages import Languages

from .conftest import OperatorStation
from .i18n_fixtures import qm_dir, station_languages
from .screen_probe import banner_cut, clipped_labels
from .test_german_fit import DONE, FAULTS, _cut_buttons

__all__ = ["qm_dir", "station_languages"]

Factory = Callable[..., OperatorStation]
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
    assert station_languages.switch(language) is None
    st = operator_station(slots=16, faults=FAULTS)
    w = st.window
    w.fit_width(1280)  # as the station does for its screen (ui.app.fit_to_screen)
    st.qtbot.waitUntil(lambda: w.minimumSizeHint().width() <= 1280)
    w.resize(1280, 800)
    st.wait_all(SlotState.READY, ms=90_000)
    w.provision_all()
    st.wait_states(lambda s: set(s.values()) <= DONE and SlotState.FAIL in s.values(), ms=120_000)
    st.qtbot.wait(300)  # the tiles fit their texts on the next layout pass

    assert (w.width(), w.height()) == (1280, 800)
    assert (w.fixture.columns, w.fixture.rows) == (4, 4)
    assert w.provision_button.text() == button
    tiles = [w.tile(slot) for slot in w.fixture.order]
    failed = [t for t in tiles if t.shown_state is SlotState.FAIL]
    assert len(failed) == 3, [t.state_text for t in tiles]
    for tile in tiles:
        assert " ".join(tile.state_label.text().split()) == tile.state_text, tile.slot
    assert fail in {t.state_text for t in tiles}
    for tile in failed:
        assert tile.action_text.startswith(what_to_do), tile.action_text
        shown = _flat(tile.action.text(), language)
        assert tile.action.isVisible() and shown == _flat(tile.action_text, language), tile.slot
        said = _flat(tile.cause.text(), language)
        assert tile.cause.isVisible() and said == _flat(tile.cause_text, language), tile.slot
    clipped = [p for t in tiles for p in clipped_labels(t)]
    assert clipped == []
    assert banner_cut(w) == []
    assert _cut_buttons(st) == []
