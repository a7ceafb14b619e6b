"""Keys on a grid (Up and Down move a row; slots past 10 by typing their number), and closing:
the confirmation follows the slots as they finish, closing with work queued always asks, and a
window closed while Pairing does not answer closes within the health check's deadline."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from station.engine.events import SlotState
from ui.operator import keys
from ui.operator.close_prompt import ClosePrompt
from ui.operator.shutdown import ShutdownSequence, Stage
from ui.operator.window import HEALTH_TIMEOUT_S

from .conftest import OperatorStation

Factory = Callable[..., OperatorStation]


def test_up_and_down_move_one_row_and_two_digits_reach_slot_12(
    operator_station: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    st = operator_station(slots=12)
    w = st.window
    st.wait_all(SlotState.READY, ms=60_000)
    w.tile("1").setFocus()
    columns = w.fixture.columns
    assert columns > 1
    st.key(Qt.Key.Key_Down)
    assert w.fixture.selected == str(1 + columns)
    st.key(Qt.Key.Key_Right)
    assert w.fixture.selected == str(2 + columns)
    st.key(Qt.Key.Key_Up)
    assert w.fixture.selected == "2"
    # Typed as a person types (well apart, so not a scan): 1 then 2 is slot 12.
    st.type("1")
    assert w.fixture.selected == "1"
    QTest.qWait(120)
    st.type("2")
    assert w.fixture.selected == "12"
    # A number no slot has starts over: 1, 2, then 5 is slot 5.
    QTest.qWait(120)
    st.type("5")
    assert w.fixture.selected == "5"
    # After a pause the next digit starts a new number.
    monkeypatch.setattr(keys, "DIGIT_GAP_S", 0.05)
    st.type("1")
    QTest.qWait(150)
    st.type("1")
    assert w.fixture.selected == "1"


def test_the_close_prompt_counts_down_as_slots_finish(operator_station: Factory) -> None:
    st = operator_station(slots=2, faults="slot1:slow=1@write,slot2:slow=4@write")
    st.wait_all(SlotState.READY)
    st.window.provision_all()
    st.wait_states(lambda s: set(s.values()) == {SlotState.WORKING}, ms=30_000)
    st.window.close()
    box = st.window.findChild(ClosePrompt, "confirm-close")
    assert box is not None
    assert box.text() == "2 slots are still provisioning."
    assert st.window.shutdown_stage is Stage.CONFIRMING
    st.qtbot.waitUntil(lambda: box.text() == "1 slot is still provisioning.", timeout=30_000)
    st.qtbot.waitUntil(lambda: box.text() == "Every slot has finished. Close now?", timeout=30_000)
    assert st.window.isVisible()
    QTest.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert st.window.shutdown_stage.value == Stage.RUNNING.value


def test_closing_right_after_provision_asks_even_before_a_tile_shows_working(
    operator_station: Factory,
) -> None:
    st = operator_station(slots=2)
    st.wait_all(SlotState.READY)
    st.window.provision_all()  # queued for the runner; no tile shows Working yet
    st.window.close()
    assert st.window.shutdown_stage is Stage.CONFIRMING
    box = st.window.findChild(ClosePrompt, "confirm-close")
    assert box is not None and st.window.isVisible()
    with st.qtbot.waitSignal(st.window.closed, timeout=60_000):
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def test_closing_while_pairing_does_not_answer_is_bounded(operator_station: Factory) -> None:
    st = operator_station(slots=1, pairing_latency_s=30.0)
    window = st.window
    st.qtbot.waitUntil(lambda: window._health_in_flight, timeout=10_000)
    started = time.monotonic()
    with st.qtbot.waitSignal(window.closed, timeout=60_000):
        window.close()
    assert time.monotonic() - started < HEALTH_TIMEOUT_S + 3
    assert window.shutdown_stage is Stage.CLOSED


def test_the_shutdown_sequence_refuses_a_move_it_does_not_have() -> None:
    seq = ShutdownSequence()
    seq.to(Stage.CONFIRMING)
    seq.to(Stage.RUNNING)
    seq.to(Stage.WAITING_FOR_CHECK)
    assert seq.stopping
    with pytest.raises(RuntimeError, match="from waiting for the health check to running"):
        seq.to(Stage.RUNNING)
    seq.to(Stage.STOPPING_RUNNER)
    seq.to(Stage.CLOSED)
    with pytest.raises(RuntimeError):
        seq.to(Stage.STOPPING_RUNNER)
