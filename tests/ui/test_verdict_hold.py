"""A slot's last verdict and its action stay on the tile when its device drops off the port,
until the operator clears them or a new unit starts; "No device" shows beside the verdict."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from station.engine.events import Result, SlotSnapshot, SlotState, Step
from ui.operator.tile import SlotTile

from .conftest import OperatorStation

Factory = Callable[..., OperatorStation]
CAUSE = "The write to the device in slot 3 may or may not have completed."
ACTION = "Reseat the device in slot 3 and provision it again."


def _snap(state: SlotState, **kw: object) -> SlotSnapshot:
    return SlotSnapshot(slot="3", location="usb-1-1.3", state=state, **kw)  # type: ignore[arg-type]


def _failed() -> SlotSnapshot:
    return _snap(SlotState.FAIL, result=Result.FAIL, message=CAUSE, action=ACTION, elapsed_s=0.8)


def _tile(qtbot: QtBot, size: tuple[int, int] = (378, 181)) -> SlotTile:
    tile = SlotTile(_snap(SlotState.READY), 3)
    qtbot.addWidget(tile)
    tile.resize(*size)
    tile.show()
    qtbot.waitExposed(tile)
    return tile


def test_a_fail_stays_with_its_action_when_the_device_drops_off(qtbot: QtBot) -> None:
    tile = _tile(qtbot)
    tile.apply(_failed())
    tile.apply(_snap(SlotState.NO_DEVICE))
    assert tile.snapshot.state is SlotState.NO_DEVICE  # what the port shows ...
    assert tile.state_label.text() == "✗ FAIL"  # ... beside the verdict, not instead of it
    assert tile.presence.isVisible() and tile.presence.text() == "○ No device"
    assert tile.action.isVisible()
    assert tile.action_text == "What to do: Reseat the device and provision it again."
    assert tile.cause.isVisible()
    assert tile.rect().contains(tile.presence.geometry())
    assert "No device" in tile.accessibleName()
    # Nothing to start; the operator clears it once the unit is dealt with.
    assert not tile.start_button.isVisible()
    assert tile.clear_button.isVisible()
    QTest.mouseClick(tile.clear_button, Qt.MouseButton.LeftButton)
    assert tile.state_label.text() == "○ No device"
    assert not tile.presence.isVisible() and not tile.action.isVisible()
    assert not tile.clear_button.isVisible()


def test_the_verdict_stays_when_a_unit_is_loaded_and_goes_when_it_starts(qtbot: QtBot) -> None:
    tile = _tile(qtbot)
    tile.apply(_failed())
    tile.apply(_snap(SlotState.NO_DEVICE))
    tile.apply(_snap(SlotState.READY))
    assert tile.state_label.text() == "✗ FAIL"
    assert tile.presence.text() == "● Loaded"
    assert tile.start_button.isVisible()  # the loaded unit can start
    assert not tile.clear_button.isVisible()
    assert not tile.acknowledge()  # a present unit's verdict is not hidden
    tile.apply(_snap(SlotState.WORKING, step=Step.CONNECT))
    assert tile.state_label.text() == "⟳ Working"
    assert not tile.presence.isVisible() and not tile.action.isVisible()
    tile.apply(_snap(SlotState.NO_DEVICE))
    assert tile.state_label.text() == "○ No device"


def test_a_pass_waits_for_the_next_unit_without_a_clear_button(qtbot: QtBot) -> None:
    tile = _tile(qtbot)
    tile.apply(_snap(SlotState.PASS, result=Result.PASS))
    tile.apply(_snap(SlotState.NO_DEVICE))
    assert tile.state_label.text() == "✓ PASS"
    assert tile.presence.text() == "○ No device"
    assert not tile.clear_button.isVisible()
    assert tile.acknowledge()  # Space still clears it
    assert tile.state_label.text() == "○ No device"


def test_power_cut_mid_write_keeps_the_fail_on_the_real_station(
    operator_station: Factory, qtbot: QtBot
) -> None:
    st = operator_station(slots=2, faults="slot1:power_cut@write")
    st.wait_all(SlotState.READY)
    st.window.provision_all()
    # The engine reports the unit gone; the tile keeps its verdict and action.
    st.wait_states(lambda s: s["1"] is SlotState.NO_DEVICE and s["2"] is SlotState.PASS)
    tile = st.window.tile("1")
    rows = {r["slot"]: r for r in st.journal_rows()}
    assert rows["1"]["result"] in ("FAIL", "SCRAP")
    assert tile.state_label.text().replace("\n", " ") in ("✗ FAIL", "⚠ SCRAP")
    assert tile.presence.text() == "○ No device"
    assert tile.action.isVisible() and tile.action_text.startswith("What to do: ")
    qtbot.waitUntil(
        lambda: st.window.counters.figures.failed + st.window.counters.figures.scrap == 1
    )
    shown_failures = sum(
        st.window.tile(s).shown_state in (SlotState.FAIL, SlotState.SCRAP)
        for s in st.window.fixture.order
    )
    figures = st.window.counters.figures
    assert shown_failures == figures.failed + figures.scrap


def test_space_clears_the_selected_slots_held_verdict(operator_station: Factory) -> None:
    st = operator_station(slots=2, faults="slot1:power_cut@write")
    st.wait_all(SlotState.READY)
    st.window.provision_all()
    st.wait_states(lambda s: s["1"] is SlotState.NO_DEVICE and s["2"] is SlotState.PASS)
    tile = st.window.tile("1")
    assert tile.holds_verdict
    st.type("1")
    st.key(Qt.Key.Key_Space)
    assert not tile.holds_verdict
    assert tile.state_label.text() == "○ No device"
