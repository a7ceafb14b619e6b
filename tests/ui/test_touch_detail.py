"""Touch mode: what a tooltip holds is a tap away. Real touch events (a QTest touch screen
device, which Qt turns into the mouse events widgets get) on the operator window on the real
engine: a failed tile's full cause, the cut status line and the banner's Pairing detail open in a
popup; a tap on a button acts and opens nothing; without touch mode nothing opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from station.engine.events import SlotState
from ui.operator.touch_detail import DetailPopup
from ui.operator.window import OperatorWindow

from .conftest import OperatorStation

Factory = Callable[..., OperatorStation]
_SCREEN: list[QPointingDevice] = []


def _touch_screen() -> QPointingDevice:
    if not _SCREEN:  # one device per test run: Qt keeps every registered device
        _SCREEN.append(QTest.createTouchDevice())
    return _SCREEN[0]


def _tap(widget: QWidget, at: QPoint | None = None) -> None:
    """A finger down and up at `at` in `widget` (its centre by default), sent to its window as
    a touch screen does (the touch point in the window's coordinates)."""
    window = widget.window()
    where = widget.mapTo(window, at if at is not None else widget.rect().center())
    QTest.touchEvent(window, _touch_screen()).press(0, where).commit()
    QTest.touchEvent(window, _touch_screen()).release(0, where).commit()


def _popup(w: OperatorWindow) -> DetailPopup | None:
    assert w.touch is not None
    popup = w.touch.taps.popup
    return popup if popup is not None and popup.isVisible() else None


def _close(w: OperatorWindow) -> None:
    popup = _popup(w)
    assert popup is not None
    popup.reject()


def test_a_tap_shows_what_only_the_tooltip_held(operator_station: Factory) -> None:
    st = operator_station(slots=2, faults="slot2:noreply@identify*always", touch=True)
    w = st.window
    w.resize(1280, 800)
    st.wait_all(SlotState.READY, ms=90_000)
    w.provision_all()
    st.wait_states(lambda s: s["2"] is SlotState.FAIL and s["1"] is SlotState.PASS)

    # A failed tile's cause shows its first sentence; a tap shows the whole message.
    tile = w.tile("2")
    full = tile.snapshot.message
    assert full and " ".join(tile.cause.text().split()) != " ".join(full.split())
    _tap(tile.cause)
    st.qtbot.waitUntil(lambda: _popup(w) is not None, timeout=5_000)
    popup = _popup(w)
    assert popup is not None and popup.text.text() == full.strip()
    _close(w)

    # The status line, cut to its width: the tap gives the whole message.
    long = "The station could not reach the label printer at 10.0.0.7:9100 " * 4
    w.show_status(long.strip())
    assert w.status.text() != long.strip()
    _tap(w.status, QPoint(5, w.status.height() // 2))
    st.qtbot.waitUntil(lambda: _popup(w) is not None, timeout=5_000)
    popup = _popup(w)
    assert popup is not None and popup.text.text() == long.strip()
    _close(w)

    # The banner's Pairing check says more in its detail than on its badge.
    health = w.banner.health
    st.qtbot.waitUntil(lambda: bool(health.toolTip()), timeout=30_000)
    _tap(health)
    st.qtbot.waitUntil(lambda: _popup(w) is not None, timeout=5_000)
    popup = _popup(w)
    assert popup is not None and popup.text.text() == health.toolTip().strip()
    _close(w)

    # A label whose tooltip repeats it, and a button, open nothing; the button still acts.
    assert w.banner.target.toolTip() == w.banner.target.text()
    _tap(w.banner.target)
    box = w.auto_start
    box.setToolTip("Starts each slot as soon as a unit is in it.")  # a button's tip stays one
    was = box.isChecked()
    _tap(box)
    st.qtbot.waitUntil(lambda: box.isChecked() is not was, timeout=5_000)
    assert _popup(w) is None


def test_without_touch_mode_a_tap_opens_nothing(operator_station: Factory) -> None:
    st = operator_station(slots=1, touch=False)
    w = st.window
    assert w.touch is None
    w.show_status("x " * 400)
    _tap(w.status, QPoint(5, w.status.height() // 2))
    st.qtbot.wait(200)
    assert not [c for c in w.findChildren(DetailPopup) if c.isVisible()]
