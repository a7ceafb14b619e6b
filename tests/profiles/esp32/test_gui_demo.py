"""ESP32 slots in the operator window: the real engine, simulated chips on ptys, the Pairing
stand-in over HTTPS, real Qt widgets (offscreen); F5 provisions every slot to PASS."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.demo import DemoEnvironment
from station.engine.events import SlotState
from station.engine.runner import FixtureRunner
from station.journal import Journal
from ui.bridge import EngineBridge
from ui.operator.window import OperatorWindow

WAIT_MS = 60_000


def test_f5_provisions_every_esp32_slot_in_the_operator_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with (
        DemoEnvironment(tmp_path / "demo", slots=2, profile="esp32", bcrypt_cost=4) as env,
        Journal.open(env.journal_path, station_id="gui-esp32") as journal,
    ):
        bridge = EngineBridge(interval_ms=30)
        runner = FixtureRunner(
            config=load_config(env.config_path),
            fixture=env.fixture_name,
            journal=journal,
            operator="Tester",
            sink=bridge.sink,
        )
        window = OperatorWindow(runner, bridge, "Tester")
        try:
            window.resize(1400, 900)
            window.show()
            window.activateWindow()
            qtbot.waitExposed(window)

            def states() -> set[SlotState]:
                return {s.state for s in window.snapshots()}

            qtbot.waitUntil(lambda: states() == {SlotState.READY}, timeout=WAIT_MS)
            QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
            qtbot.waitUntil(lambda: states() == {SlotState.PASS}, timeout=WAIT_MS)
            serials = {window.tile(s).serial.text() for s in ("1", "2")}
            assert serials == {"24:0a:c4:00:01:01", "24:0a:c4:00:01:02"}
            assert window.counters.figures.passed == 2
        finally:
            with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
                window.begin_shutdown()
            window.deleteLater()
