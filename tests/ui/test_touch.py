"""Touch mode: every control of the operator screen is at least 15 mm square at the screen's
physical density (as reported, forced high, and when the screen reports nonsense), and a failed
tile shows its whole action in the tile, never only in a tooltip; 16 slots scroll instead."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton, QMenu, QMessageBox
from pytestqt.exceptions import TimeoutError as QtBotTimeout

from station.engine.events import SlotState
from ui.operator import words
from ui.operator.close_prompt import ClosePrompt
from ui.operator.touch import FALLBACK_DPI, TOUCH_MM, screen_dpi, touch_px
from ui.operator.window import OperatorWindow

from .conftest import OperatorStation

Factory = Callable[..., OperatorStation]
FAULTS = "slot2:noreply@identify*always,slot3:program_fail@write"
MANY_FAULTS = ",".join(
    [f"slot{n}:noreply@identify*always" for n in (1, 2, 3, 5, 6)]
    + [f"slot{n}:program_fail@write" for n in (9, 10, 12, 15)]
)
DONE = set(SlotState) - {SlotState.READY, SlotState.WORKING}


def _mm(px: int, dpi: float) -> float:
    return px / dpi * 25.4


def _small_controls(w: OperatorWindow, dpi: float) -> list[str]:
    """Every visible button of the window and its dialogs, and every menu bar entry, that is
    under 15 mm in either direction at `dpi`."""
    least = touch_px(dpi)
    small = [
        f"{b.objectName() or b.text()!r}: {b.width()} x {b.height()} px"
        for b in w.findChildren(QAbstractButton)
        if b.isVisible() and (b.width() < least or b.height() < least)
    ]
    bar = w.menuBar()
    for action in bar.actions():
        box = bar.actionGeometry(action)
        if box.width() < least or box.height() < least:
            small.append(f"menu {action.text()!r}: {box.width()} x {box.height()} px")
    return small


def _run_to_results(st: OperatorStation) -> None:
    st.wait_all(SlotState.READY, ms=90_000)
    st.window.provision_all()
    st.wait_states(lambda s: set(s.values()) <= DONE, ms=120_000)


def _whole_actions(st: OperatorStation) -> dict[str, str]:
    """Each failed tile's action as the runner gave it, and whether the tile shows all of it."""
    found = {}
    for slot in st.window.fixture.order:
        tile = st.window.tile(slot)
        snap = tile.snapshot
        if snap.state is SlotState.PASS or not snap.action:
            continue
        want = f"What to do: {words.action(snap.action)}"
        shown = " ".join(tile.action.text().split())
        found[slot] = "whole" if tile.action.isVisible() and shown == want else shown
    return found


def test_every_control_is_15_mm_at_the_screens_density(operator_station: Factory) -> None:
    st = operator_station(slots=4, faults=FAULTS, touch=True)
    w = st.window
    w.resize(1280, 800)
    _run_to_results(st)
    dpi = screen_dpi(w.screen())
    assert dpi == w.screen().physicalDotsPerInch()
    assert w.touch is not None and _mm(w.touch.px, dpi) >= TOUCH_MM
    st.qtbot.waitUntil(lambda: not _small_controls(w, dpi), timeout=5_000)
    assert w.provision_button.height() >= touch_px(dpi)
    # The whole action is in the tile, not only in its tooltip.
    actions = _whole_actions(st)
    assert set(actions) >= {"2", "3"} and set(actions.values()) == {"whole"}, actions
    # The failed tiles show their Clear button only once the unit is out: unplug one to see.
    st.unplug("2")
    st.qtbot.waitUntil(w.tile("2").clear_button.isVisible, timeout=30_000)
    assert not _small_controls(w, dpi)

    # The rows of the menus the menu bar opens.
    for entry in w.menuBar().actions():
        menu = entry.menu()
        assert isinstance(menu, QMenu)
        menu.ensurePolished()  # laid out with its style sheet without popping up (offscreen)
        rows = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        assert rows and all(menu.actionGeometry(a).height() >= touch_px(dpi) for a in rows)

    # The close confirmation's buttons too.
    prompt = ClosePrompt(2, lambda _close: None, w)
    prompt.open()
    st.qtbot.waitExposed(prompt)
    for kind in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
        button = prompt.button(kind)
        assert min(button.width(), button.height()) >= touch_px(dpi), button.text()
    prompt.done(0)


@pytest.mark.parametrize(("reported", "used"), [(300.0, 300.0), (0.0, FALLBACK_DPI)])
def test_the_size_follows_a_dense_screen_and_survives_a_nonsense_one(
    operator_station: Factory, monkeypatch: pytest.MonkeyPatch, reported: float, used: float
) -> None:
    monkeypatch.setattr(QScreen, "physicalDotsPerInch", lambda _screen: reported)
    st = operator_station(slots=2, touch=True)
    w = st.window
    w.resize(1280, 800)
    st.wait_all(SlotState.READY, ms=90_000)
    assert w.touch is not None and w.touch.dpi == used
    assert _mm(w.touch.px, used) >= TOUCH_MM
    st.qtbot.waitUntil(lambda: not _small_controls(w, used), timeout=5_000)
    assert w.tile("1").start_button.height() >= touch_px(used)


@pytest.mark.parametrize("dpi", [100.0, 150.0])
def test_sixteen_slots_in_touch_mode_keep_every_action_whole(
    operator_station: Factory, monkeypatch: pytest.MonkeyPatch, dpi: float
) -> None:
    """At 100 dpi (the offscreen screen's) 16 slots fit 4 x 4 on 1280 x 800; at 150 dpi (a
    10.1" 1280 x 800 panel PC) the buttons are larger and the rows that do not fit scroll, with
    a scroll bar a finger can hold. Either way every failed tile's action is whole."""
    monkeypatch.setattr(QScreen, "physicalDotsPerInch", lambda _screen: dpi)
    st = operator_station(slots=16, faults=MANY_FAULTS, touch=True)
    w = st.window
    w.resize(1280, 800)
    _run_to_results(st)
    st.qtbot.waitUntil(lambda: not _small_controls(w, dpi), timeout=5_000)

    def every_action_whole() -> bool:
        actions = _whole_actions(st)
        return set(actions) >= {"1", "3", "9", "12", "15"} and set(actions.values()) == {"whole"}

    # The last results' re-layout (a scroll bar appearing narrows every tile) may still be in
    # the event queue when the states are read; what counts is the picture once it settles.
    with contextlib.suppress(QtBotTimeout):
        st.qtbot.waitUntil(every_action_whole, timeout=5_000)
    assert every_action_whole(), _whole_actions(st)
    f = w.fixture
    bar = f.verticalScrollBar()
    assert f.columns == 4
    if dpi == 150.0:
        assert bar.maximum() > 0 and bar.width() >= touch_px(dpi)


def test_normal_mode_keeps_its_sizes(operator_station: Factory) -> None:
    st = operator_station(slots=2)
    assert st.window.touch is None and st.window.fixture.touch_px == 0
    st.wait_all(SlotState.READY, ms=90_000)
    assert st.window.tile("1").start_button.height() < touch_px(FALLBACK_DPI)
