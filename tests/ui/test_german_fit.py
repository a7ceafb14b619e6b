"""German, the longest of the shipped languages, fits the operator screen at 1280 x 800:
on a real window over the demo engine, with passed and failed tiles, no tile text, button or
banner line is cut, and the tiles show their translated words (not the English source)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QCheckBox, QStyle, QStyleOptionButton

from station.engine.events import SlotState
from ui.i18n.languages import Languages

from .conftest import OperatorStation
from .i18n_fixtures import qm_dir, station_languages
from .screen_probe import banner_cut, clipped_labels

__all__ = ["qm_dir", "station_languages"]

Factory = Callable[..., OperatorStation]
# The faults of the 1280 x 800 screenshots (tools/screenshots.py): 16 tiles, three failed.
FAULTS = "slot3:noreply@identify*always,slot7:power_cut@write,slot12:program_fail@write"
DONE = {SlotState.PASS, SlotState.FAIL, SlotState.SCRAP, SlotState.NO_DEVICE}


def _text_room(button: QAbstractButton) -> int:
    """The width the style gives the button's text: a check box's beside its box."""
    if isinstance(button, QCheckBox):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        style = button.style()
        return style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button).width()
    return button.contentsRect().width() - 8  # a push button's frame and padding


def _cut_buttons(st: OperatorStation) -> list[str]:
    cut = []
    for button in st.window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        metrics = button.fontMetrics()
        need = max(metrics.horizontalAdvance(line) for line in button.text().split("\n"))
        room = _text_room(button)
        if need > room:
            cut.append(f"{button.objectName() or button.text()!r}: needs {need} px, has {room}")
    return cut


def test_german_operator_screen_fits_1280_by_800(
    operator_station: Factory, station_languages: Languages
) -> None:
    assert station_languages.switch("de") is None
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
    assert (w.fixture.columns, w.fixture.rows) == (4, 4)  # as in English (docs/operator-screen.md)
    assert w.provision_button.text() == "▶ Bereite Plätze starten (F5)"
    tiles = [w.tile(slot) for slot in w.fixture.order]
    failed = [t for t in tiles if t.shown_state is SlotState.FAIL]
    assert len(failed) == 3, [t.state_text for t in tiles]
    for tile in tiles:
        assert " ".join(tile.state_label.text().split()) == tile.state_text, tile.slot
    assert {t.state_text for t in tiles} >= {"✓ OK", "✗ FEHLER"}
    for tile in failed:
        assert tile.action_text.startswith("Was tun: "), tile.action_text
        shown = " ".join(tile.action.text().split())
        assert tile.action.isVisible() and shown == tile.action_text, (tile.slot, shown)
        said = " ".join(tile.cause.text().split())
        assert tile.cause.isVisible() and said == tile.cause_text, (tile.slot, said)
    clipped = [p for t in tiles for p in clipped_labels(t)]
    assert clipped == []
    assert banner_cut(w) == []
    assert _cut_buttons(st) == []
