"""The operator screen at 1280 x 800 in a shipped language, for the fit tests of every language
(test_german_fit.py, test_language_fit.py): 16 tiles over the demo engine, three of them failed,
set up the same way, and what is cut on it measured the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QCheckBox, QStyle, QStyleOptionButton

from station.engine.events import SlotState
from ui.i18n.languages import Languages
from ui.operator.tile import SlotTile

from .conftest import OperatorStation
from .screen_probe import banner_cut, clipped_labels

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


def provisioned_screen(
    operator_station: Factory, languages: Languages, language: str
) -> tuple[OperatorStation, list[SlotTile]]:
    """The operator screen in `language` at 1280 x 800 after provisioning 16 slots with three
    faults: still 1280 x 800 in a 4 x 4 grid, each tile's state label its whole state text.
    Returns the station and its tiles in fixture order."""
    assert languages.switch(language) is None
    st = operator_station(slots=16, faults=FAULTS)
    w = st.window
    w.fit_width(1280)  # as the station does for its screen (ui.app.fit_to_screen)
    st.qtbot.waitUntil(lambda: w.minimumSizeHint().width() <= 1280)
    w.resize(1280, 800)
    st.wait_all(SlotState.READY, ms=90_000)
    w.provision_all()
    st.wait_states(lambda s: set(s.values()) <= DONE and SlotState.FAIL in s.values(), ms=120_000)
    _settled(st)

    assert (w.width(), w.height()) == (1280, 800)
    assert (w.fixture.columns, w.fixture.rows) == (4, 4)  # as in English (docs/operator-screen.md)
    tiles = [w.tile(slot) for slot in w.fixture.order]
    failed = [t for t in tiles if t.shown_state is SlotState.FAIL]
    assert len(failed) == 3, [t.state_text for t in tiles]
    for tile in tiles:
        assert " ".join(tile.state_label.text().split()) == tile.state_text, tile.slot
    return st, tiles


def _settled(st: OperatorStation, ms: int = 10_000) -> None:
    """Wait until the screen's layout stops moving: the tiles fit their texts on the next
    layout pass, and a notice that arrives after the last result changes the room of every
    row, so a fixed wait measured a half-fitted screen on a loaded machine."""

    def shape() -> tuple[tuple[int, int, int, int], ...]:
        for widget in (st.window, st.window.fixture.area):
            layout = widget.layout()
            if layout is not None:
                layout.activate()
        tiles = [st.window.tile(slot) for slot in st.window.fixture.order]
        rects = (t.geometry() for t in tiles)
        return tuple((r.x(), r.y(), r.width(), r.height()) for r in rects)

    st.qtbot.wait(300)
    waited, last = 300, shape()
    while waited < ms:
        st.qtbot.wait(200)
        waited += 200
        now = shape()
        if now == last:
            return
        last = now


def nothing_cut(st: OperatorStation, tiles: list[SlotTile]) -> None:
    """No tile text, banner line or button of the screen is cut."""
    clipped = [p for t in tiles for p in clipped_labels(t)]
    assert clipped == []
    assert banner_cut(st.window) == []
    assert _cut_buttons(st) == []
