"""Every shipped language fits a 16-slot screen at 1280 x 800 and 1600 x 1000 with the longest
short causes and actions of the catalogue (station/catalogue/tile.py) and check-scan's states,
and the fit is a function of the texts and the room only.

The engine's tiles are set to chosen results through the fixture view (what the bridge does
with each engine update), over a real 16-slot demo engine in a real window: the longest texts
of each language are picked by their rendered length, not by hand, so a translation that grows
is tested as it is. A text is shown whole, or (only when the screen cannot hold every row's
whole texts) elided with "…" and whole in the tile's tooltip. Applying the same results in the
other order gives the same tiles: nothing depends on which result came first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from station.catalogue import CATALOGUE
from station.catalogue.tile import BY_CLASS
from station.engine.events import SlotSnapshot, SlotState
from station.text import Text
from ui.i18n.languages import Languages
from ui.operator import engine_words
from ui.operator.fixture_view import SPACING
from ui.operator.tile import SlotTile
from ui.operator.window import OperatorWindow

from .conftest import OperatorStation
from .i18n_fixtures import qm_dir, station_languages
from .screen_probe import clipped_labels

__all__ = ["qm_dir", "station_languages"]

Factory = Callable[..., OperatorStation]
LANGUAGES = ("en", "de", "it", "es", "zh_CN")
SIZES = ((1280, 800), (1600, 1000))


def _failed(live: SlotSnapshot, error_class: str, text: Text, action: Text) -> SlotSnapshot:
    return dataclasses.replace(
        live, state=SlotState.FAIL, error_class=error_class, text=text, action_text=action
    )


def _by_class(live: SlotSnapshot, error_class: str) -> SlotSnapshot:
    cause, action = BY_CLASS[error_class]
    return _failed(live, error_class, _text(cause, live.slot), _text(action, live.slot))


def _text(message_id: str, slot: str) -> Text:
    params = {"slot": slot} if "{slot}" in CATALOGUE[message_id] else {}
    return Text.of(message_id, **params)


def _mismatch(live: SlotSnapshot) -> SlotSnapshot:
    """Check-scan's FAIL: the label scanned back is another unit's."""
    text = Text.of(
        "check_scan.mismatch",
        slot=live.slot,
        scanned="7HQ2M4XK9PZ3VTB6WNC1RD8FYJ",
        unit="SN-2024-0042-A7",
        device="4FJ7QW2MZ8XK3PHNC6V1TDR9BY",
    )
    return _failed(
        live, "label_check_mismatch", text, Text.of("check_scan.relabel.action", slot=live.slot)
    )


def _waiting_for_scan(live: SlotSnapshot) -> SlotSnapshot:
    """Check-scan's wait: provisioned, the label not yet scanned back."""
    return dataclasses.replace(
        live,
        state=SlotState.WORKING,
        awaiting_check=True,
        text=Text.of("check_scan.waiting"),
        action_text=Text.of("check_scan.scan_back.action", slot=live.slot, unit="SN-2024-0042-A7"),
    )


def _longest(live: SlotSnapshot, measure: Callable[[tuple[str, str]], int]) -> str:
    """The error class whose tile words, in the screens' language now, are the longest."""
    return max(BY_CLASS, key=lambda c: (measure(engine_words.tile_words(_by_class(live, c))), c))


def _results(w: OperatorWindow) -> dict[str, SlotSnapshot]:
    """Results on one tile per row but the last: the longest cause, the longest action, the
    longest pair; check-scan's mismatch and wait share a row with the longest pair."""
    order = w.fixture.order
    live = {slot: w.fixture.snapshot(slot) for slot in order}
    cause = _longest(live[order[1]], lambda words: len(words[0]))
    action = _longest(live[order[1]], lambda words: len(words[1]))
    both = _longest(live[order[1]], lambda words: len(words[0]) + len(words[1]))
    return {
        order[1]: _by_class(live[order[1]], cause),
        order[6]: _by_class(live[order[6]], action),
        order[8]: _by_class(live[order[8]], both),
        order[9]: _mismatch(live[order[9]]),
        order[11]: _waiting_for_scan(live[order[11]]),
    }


def _hold_still(w: OperatorWindow) -> dict[str, SlotSnapshot]:
    """The ready slots, and a screen that from now on shows only what the test applies (the
    engine keeps reporting its idle slots, which would race the chosen results)."""
    w.bridge.slotChanged.disconnect(w.fixture.apply)
    return {slot: w.fixture.snapshot(slot) for slot in w.fixture.order}


def _settle(st: OperatorStation) -> None:
    """Let the posted layout requests run, then lay the grid out now: a loaded machine may not
    have reached the last of them yet, and the test compares the settled screen."""
    st.qtbot.wait(50)
    for widget in (st.window, st.window.fixture.area):
        layout = widget.layout()
        assert layout is not None
        layout.activate()


def _ready(w: OperatorWindow, ready: dict[str, SlotSnapshot]) -> None:
    """Every slot ready, with no verdict kept from the results before."""
    for snap in ready.values():
        w.fixture.apply(dataclasses.replace(snap, state=SlotState.WORKING))  # a new unit
        w.fixture.apply(snap)


def _rows_fit(w: OperatorWindow) -> bool:
    """Whether the rows' needs (each its neediest tile's) fit the fixture's height together."""
    fixture = w.fixture
    room, columns = fixture.contentsRect(), fixture.columns
    cell = (room.width() - SPACING * (columns - 1)) // columns
    rows = [fixture.order[i : i + columns] for i in range(0, len(fixture.order), columns)]
    needs = [max(w.tile(s).needed_height(cell) for s in row) for row in rows]
    return sum(needs) + SPACING * (len(rows) - 1) <= room.height()


def _flat(text: str) -> str:
    """Chinese breaks between any two characters with no space: compare without spaces."""
    return "".join(text.split())


def _shown(tile: SlotTile) -> tuple[int, bool, int, str, str]:
    return (
        tile.height(),
        tile.isVisible(),
        tile.action.font().pointSize(),
        tile.action.text(),
        tile.cause.text(),
    )


def _check_tile(tile: SlotTile, whole: bool) -> None:
    # What a cut label leaves out is a hover away: the action as it is, the cause as the
    # engine's whole message (the tile's cause may be its shorter form, e.g. without the
    # device IDs in brackets).
    whole_cause = engine_words.full_message(tile.snapshot)
    for label, full, hover in (
        (tile.action, tile.action_text, tile.action_text),
        (tile.cause, tile.cause_text, whole_cause),
    ):
        assert full, (tile.slot, tile.state_text)
        shown = label.text()
        assert label.isVisible() and shown, (tile.slot, full)
        if _flat(shown) == _flat(full):
            continue
        assert not whole, f"{tile.slot}: {shown!r} is not the whole of {full!r}"
        assert shown.endswith("…"), (tile.slot, shown)
        assert _flat(hover) in _flat(tile.toolTip()), (tile.slot, tile.toolTip())


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_longest_tile_texts_fit_in_every_language(
    width: int, height: int, operator_station: Factory, station_languages: Languages
) -> None:
    st = operator_station(slots=16)
    w = st.window
    w.fit_width(width)  # as the station does for its screen (ui.app.fit_to_screen)
    st.qtbot.waitUntil(lambda: w.minimumSizeHint().width() <= width)
    w.resize(width, height)
    st.wait_all(SlotState.READY, ms=90_000)
    ready = _hold_still(w)
    for language in LANGUAGES:
        assert station_languages.switch(language) is None
        # The window lays itself out for its screen again in the new words.
        _settle(st)
        st.qtbot.waitUntil(lambda: (w.width(), w.height()) == (width, height))
        results = _results(w)
        _ready(w, ready)  # from a screen of ready slots each time
        for snap in results.values():
            w.fixture.apply(snap)
        _settle(st)
        st.qtbot.waitUntil(lambda: (w.width(), w.height()) == (width, height), timeout=3000)
        assert (w.fixture.columns, w.fixture.rows) == (4, 4)
        tiles = [w.tile(slot) for slot in w.fixture.order]
        # Whole wherever the rows' needs fit the screen together; else elided, whole a tap away
        # (at 1280 x 800 the longest English pair needs 206 px a row, and four rows talk).
        rows_fit = _rows_fit(w)
        assert rows_fit or (width, height) == (1280, 800), language
        for slot in results:
            _check_tile(w.tile(slot), whole=rows_fit)
        clipped = [p for t in tiles for p in clipped_labels(t)]
        assert clipped == [], (language, clipped)
        first = {slot: _shown(w.tile(slot)) for slot in results}

        _ready(w, ready)
        for slot in reversed(list(results)):
            w.fixture.apply(results[slot])
        _settle(st)
        assert {slot: _shown(w.tile(slot)) for slot in results} == first, language
