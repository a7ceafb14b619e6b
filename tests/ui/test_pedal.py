"""A foot pedal sends one key: it starts the fixture like Provision, once per press. A held
pedal's auto-repeat and a second press within the guard start nothing more."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from station.config.model import PEDAL_KEYS
from station.engine.events import SlotState
from ui.operator import keys
from ui.operator.keys import pedal_qt_key

from .conftest import OperatorStation

Factory = Callable[..., OperatorStation]


def send_key(st: OperatorStation, kind: QEvent.Type, *, repeat: bool = False) -> None:
    """One F9 key event, delivered as the keyboard delivers it: to the focus widget."""
    event = QKeyEvent(kind, Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier, "", repeat)
    QApplication.sendEvent(st.target(), event)


def _pedal(st: OperatorStation, *, held_repeats: int = 0) -> None:
    """Press and release the pedal's key, holding it for `held_repeats` auto-repeats (sent as
    X11 sends them: a release and a press, both marked auto-repeat)."""
    send_key(st, QEvent.Type.KeyPress)
    for _ in range(held_repeats):
        send_key(st, QEvent.Type.KeyRelease, repeat=True)
        send_key(st, QEvent.Type.KeyPress, repeat=True)
    send_key(st, QEvent.Type.KeyRelease)


def test_every_pedal_key_name_is_a_qt_key() -> None:
    assert pedal_qt_key("") is None and pedal_qt_key(None) is None
    assert pedal_qt_key("F9") == Qt.Key.Key_F9
    assert {pedal_qt_key(name) for name in PEDAL_KEYS}.isdisjoint({None, Qt.Key.Key_Return})
    assert len({pedal_qt_key(name) for name in PEDAL_KEYS}) == len(PEDAL_KEYS)


def test_a_held_pedal_starts_the_fixture_once(
    operator_station: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    st = operator_station(slots=2, pedal_key="F9")
    w = st.window
    st.wait_all(SlotState.READY, ms=60_000)
    calls: list[list[str]] = []
    start_all = w.runner.start_all
    release = threading.Event()
    release.set()

    def counted() -> list[str]:
        release.wait(30)
        started = start_all()
        calls.append(started)
        return started

    monkeypatch.setattr(w.runner, "start_all", counted)
    monkeypatch.setattr(keys, "PEDAL_GUARD_S", 60.0)
    _pedal(st, held_repeats=8)
    st.qtbot.waitUntil(lambda: len(calls) == 1 and not w.starting(), timeout=10_000)
    assert sorted(calls[0]) == ["1", "2"]
    # A second stamp of the foot within the guard, as a pedal and as QTest types the key.
    _pedal(st)
    QTest.keyClick(st.target(), Qt.Key.Key_F9)
    QTest.qWait(200)
    assert len(calls) == 1
    st.wait_states(lambda s: SlotState.READY not in s.values())

    # With no guard left, a held key's repeats still start nothing: only its first press does.
    monkeypatch.setattr(keys, "PEDAL_GUARD_S", 0.0)
    for _ in range(5):
        send_key(st, QEvent.Type.KeyPress, repeat=True)
        send_key(st, QEvent.Type.KeyRelease, repeat=True)
    QTest.qWait(200)
    assert len(calls) == 1

    # While a start is still under way the pedal is refused, and the operator is told.
    release.clear()
    _pedal(st)
    st.qtbot.waitUntil(w.starting, timeout=5_000)
    _pedal(st)
    assert "Still starting" in w.status.currentMessage()
    release.set()
    st.qtbot.waitUntil(lambda: len(calls) == 2 and not w.starting(), timeout=10_000)
    QTest.qWait(200)
    assert len(calls) == 2


def test_without_a_pedal_key_the_key_does_nothing(operator_station: Factory) -> None:
    st = operator_station(slots=1)
    st.wait_all(SlotState.READY, ms=60_000)
    QTest.keyClick(st.target(), Qt.Key.Key_F9)
    QTest.qWait(300)
    assert st.states() == {"1": SlotState.READY}
