"""The operator screen's scanner when slots wait for their unit's label (identity = "label_scan"):
the real window and engine, simulated Zephyr firmware without `hwinfo` on real ptys, the
Pairing stand-in over HTTPS, and a scanner's fast typing through Qt's key events (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine.events import Result, SlotSnapshot, SlotState
from station.engine.runner import FixtureRunner
from station.journal import Journal
from ui.bridge import EngineBridge
from ui.operator.label_routing import route_label
from ui.operator.window import OperatorWindow

WAIT_MS = 60_000


def snap(slot: str, *, waiting: bool = False, serial: str | None = None) -> SlotSnapshot:
    state = SlotState.WORKING if waiting else SlotState.PASS
    return SlotSnapshot(slot, slot, state, hardware_serial=serial, awaiting_label=waiting)


def test_the_routing_rule() -> None:
    idle = [snap("1", serial="SN-1"), snap("2")]
    assert route_label("SN-9", idle, None).highlight  # nobody waits: the old meaning
    one = [snap("1", serial="SN-1"), snap("2", waiting=True)]
    assert route_label("SN-9", one, None).slot == "2"
    assert route_label("SN-9", one, "1").slot == "2"  # the only one waiting
    assert route_label(" SN-1 ", one, None).highlight  # a label a tile already shows
    two = [snap("1", waiting=True), snap("2", waiting=True), snap("3")]
    assert route_label("SN-9", two, "2").slot == "2"
    refused = route_label("SN-9", two, "3")
    assert refused.slot is None and refused.notice is not None
    assert "Slots 1, 2 wait for a label scan" in refused.notice.message
    assert "Select the slot first" in refused.notice.action


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[OperatorWindow]:
    with ExitStack() as stack:
        env = stack.enter_context(
            DemoEnvironment(
                tmp_path / "demo",
                slots=3,
                bcrypt_cost=4,
                profile="zephyr",
                firmware={s: "zephyr:no_hwinfo" for s in ("1", "2", "3")},
            )
        )
        document = env.config_document()
        document["profiles"] = {"zephyr-mcumgr-fs": {"identity": "label_scan"}}
        env.config_path.write_text(dumps(document), "utf-8")
        config = load_config(env.config_path)
        journal = stack.enter_context(Journal.open(env.journal_path, station_id="ui-scan"))
        bridge = EngineBridge(interval_ms=30)
        runner = FixtureRunner(
            config=config,
            fixture=env.fixture_name,
            journal=journal,
            operator="Tester",
            sink=bridge.sink,
            presence_interval_s=0.2,
        )
        w = OperatorWindow(runner, bridge, "Tester")
        w.resize(1400, 900)
        w.show()
        w.activateWindow()
        qtbot.waitExposed(w)
        try:
            yield w
        finally:
            if not w.shutting_down:
                with qtbot.waitSignal(w.closed, timeout=WAIT_MS):
                    w.begin_shutdown()
            w.deleteLater()


def scan(qtbot: QtBot, text: str) -> None:
    """A scanner: the characters as fast as Qt delivers them, then Enter."""
    qtbot.wait(150)  # apart from any key before it
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)
    QTest.keyClick(target, Qt.Key.Key_Return)


def state(w: OperatorWindow, slot: str) -> SlotSnapshot:
    return w.fixture.snapshot(slot)


def test_a_scan_is_the_identity_of_the_slot_waiting_for_its_label(
    qtbot: QtBot, window: OperatorWindow
) -> None:
    w = window
    qtbot.waitUntil(lambda: all(s.state is SlotState.READY for s in w.snapshots()), timeout=WAIT_MS)
    w.tile("1").setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.tile("1"))

    # One slot started: its tile asks for the label, and the next scan is its identity.
    w.start_slot("1")
    qtbot.waitUntil(lambda: state(w, "1").awaiting_label, timeout=WAIT_MS)
    assert w.tile("1").action_text == "What to do: Scan the label of the unit"
    scan(qtbot, "SN-GUI-0001")
    qtbot.waitUntil(lambda: state(w, "1").result is Result.PASS, timeout=WAIT_MS)
    assert state(w, "1").hardware_serial == "SN-GUI-0001"
    assert "took the scanned label" in w.status.currentMessage()

    # Two slots waiting, neither selected: the scan goes to neither, the operator is told.
    w.fixture.select("1")
    w.start_slot("2")
    w.start_slot("3")
    qtbot.waitUntil(
        lambda: state(w, "2").awaiting_label and state(w, "3").awaiting_label, timeout=WAIT_MS
    )
    scan(qtbot, "SN-GUI-0003")
    qtbot.waitUntil(lambda: "Slots 2, 3 wait for a label scan" in w.notices.text.text())
    qtbot.wait(300)
    assert state(w, "2").awaiting_label and state(w, "3").awaiting_label

    # A slot label still selects its slot; the unit's label then goes to that slot.
    scan(qtbot, "SLOT:3")
    assert w.fixture.selected == "3"
    scan(qtbot, "SN-GUI-0003")
    qtbot.waitUntil(lambda: state(w, "3").result is Result.PASS, timeout=WAIT_MS)
    assert state(w, "3").hardware_serial == "SN-GUI-0003"
    assert state(w, "2").awaiting_label

    # The label of a unit a tile already shows finds that tile, even while slot 2 waits.
    scan(qtbot, "SN-GUI-0001")
    assert w.fixture.selected == "1" and w.tile("1").highlighted
    qtbot.wait(300)
    assert state(w, "2").awaiting_label

    # A bad scan is refused with what to do; the slot keeps waiting for a good one.
    scan(qtbot, "SN-" + "9" * 70)
    qtbot.waitUntil(lambda: "at most 64" in w.notices.text.text(), timeout=WAIT_MS)
    assert state(w, "2").awaiting_label
    scan(qtbot, "SN-GUI-0002")
    qtbot.waitUntil(lambda: state(w, "2").result is Result.PASS, timeout=WAIT_MS)
    assert state(w, "2").hardware_serial == "SN-GUI-0002"
