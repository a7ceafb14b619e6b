"""Auto-start on the real engine: a device plugged into an empty slot starts by itself.

The simulated devices run on real ptys; each slot is bound to a stable link (as a udev rule
makes one) that follows the device to the fresh pty it gets when plugged in again. Nothing in
these tests presses Provision, Start or a key: the only operator input is the auto-start box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from station.engine.events import SlotState
from ui import theme

from .conftest import OperatorStation

Factory = Callable[..., OperatorStation]
# The slot threads look for their device once a second: several looks fit in this.
QUIET_MS = 4_000


def _unplugged(st: OperatorStation, slot: str) -> None:
    st.wait_all(SlotState.READY)
    st.unplug(slot)
    st.wait_states(lambda s: s[slot] is SlotState.NO_DEVICE)
    assert st.window.tile(slot).state_label.text() == theme.STATE_LOOKS[SlotState.NO_DEVICE].text


def _seen(st: OperatorStation, slot: str) -> list[SlotState]:
    """Every state the tile of `slot` showed from now on, in order."""
    seen: list[SlotState] = []
    tile = st.window.tile(slot)
    st.window.bridge.slotChanged.connect(
        lambda snap: seen.append(snap.state) if snap.slot == slot else None
    )
    seen.append(tile.snapshot.state)
    return seen


def test_operator_turns_auto_start_on_and_a_plugged_device_provisions_itself(
    operator_station: Factory,
) -> None:
    st = operator_station(slots=2, stable_links=True)
    w = st.window
    assert not w.auto_start.isChecked()  # the fixture's configured default
    _unplugged(st, "1")

    QTest.mouseClick(w.auto_start, Qt.MouseButton.LeftButton)
    assert w.auto_start.isChecked()
    st.qtbot.waitUntil(lambda: w.runner.auto_start, timeout=10_000)
    st.qtbot.wait(QUIET_MS // 2)
    # Auto-start acts on a device that appears, not on one that was already waiting.
    assert st.states() == {"1": SlotState.NO_DEVICE, "2": SlotState.READY}
    assert st.journal_rows() == []

    seen = _seen(st, "1")
    st.plug("1")
    st.wait_states(lambda s: s["1"] is SlotState.PASS)
    assert SlotState.WORKING in seen
    tile = w.tile("1")
    assert tile.state_label.text() == "✓ PASS"
    rows = st.journal_rows()
    assert [(r["slot"], r["result"]) for r in rows] == [("1", "PASS")]
    assert rows[0]["device_id"] == tile.device_id.text()
    assert st.states()["2"] is SlotState.READY
    assert w.counters.figures.passed == 1


def test_configured_auto_start_provisions_the_next_device_loaded(
    operator_station: Factory,
) -> None:
    st = operator_station(slots=2, stable_links=True, auto_start=True)
    w = st.window
    # The box shows what the runner applies from the fixture's configuration.
    assert w.auto_start.isChecked() and w.runner.auto_start
    # Devices already loaded when the station comes up start by themselves too.
    st.wait_all(SlotState.PASS)
    first = w.tile("1").device_id.text()

    # The operator takes the finished unit out of slot 1 and loads the next one.
    st.unplug("1")
    st.wait_states(lambda s: s["1"] is SlotState.NO_DEVICE)
    st.new_device("1")
    seen = _seen(st, "1")
    st.plug("1")
    st.wait_states(lambda s: s["1"] is SlotState.PASS and SlotState.WORKING in seen)
    rows = st.journal_rows()
    assert [(r["slot"], r["result"]) for r in rows if r["slot"] == "1"] == [
        ("1", "PASS"),
        ("1", "PASS"),
    ]
    assert rows[-1]["device_id"] == w.tile("1").device_id.text() != first
    assert len(rows) == 3
    assert w.counters.figures.passed == 3


def test_with_auto_start_off_a_plugged_device_waits_ready(operator_station: Factory) -> None:
    st = operator_station(slots=1, stable_links=True)
    w = st.window
    assert not w.auto_start.isChecked() and not w.runner.auto_start
    _unplugged(st, "1")
    seen = _seen(st, "1")
    st.plug("1")
    st.wait_states(lambda s: s["1"] is SlotState.READY)
    st.qtbot.wait(QUIET_MS)
    assert st.states()["1"] is SlotState.READY
    assert SlotState.WORKING not in seen
    assert w.tile("1").start_button.isEnabled()
    assert st.journal_rows() == []


def test_turning_auto_start_off_again_stops_it(operator_station: Factory) -> None:
    st = operator_station(slots=1, stable_links=True, auto_start=True)
    w = st.window
    st.wait_all(SlotState.PASS)
    QTest.mouseClick(w.auto_start, Qt.MouseButton.LeftButton)
    assert not w.auto_start.isChecked()
    st.qtbot.waitUntil(lambda: not w.runner.auto_start, timeout=10_000)
    st.unplug("1")
    st.wait_states(lambda s: s["1"] is SlotState.NO_DEVICE)
    st.new_device("1")
    st.plug("1")
    st.wait_states(lambda s: s["1"] is SlotState.READY)
    st.qtbot.wait(QUIET_MS)
    assert st.states()["1"] is SlotState.READY
    assert [r["result"] for r in st.journal_rows()] == ["PASS"]
