"""The operator window on the real engine: simulated devices on ptys, the Pairing stand-in over
real HTTPS, a real SQLite journal (all through the engine's `DemoEnvironment`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from station.engine.demo import DemoEnvironment
from station.engine.events import SlotState
from ui.bridge import EngineBridge
from ui.operator.window import OperatorWindow

STATION_ID = "ui-test-station"
RESULT_WAIT_MS = 60_000


@dataclass
class OperatorStation:
    window: OperatorWindow
    journal_path: Path
    qtbot: QtBot
    env: DemoEnvironment

    def states(self) -> dict[str, SlotState]:
        return {s.slot: s.state for s in self.window.snapshots()}

    def wait_states(
        self, want: Callable[[dict[str, SlotState]], bool], ms: int = RESULT_WAIT_MS
    ) -> None:
        self.qtbot.waitUntil(lambda: want(self.states()), timeout=ms)

    def wait_all(self, state: SlotState, ms: int = RESULT_WAIT_MS) -> None:
        self.wait_states(lambda s: set(s.values()) == {state}, ms)

    def target(self) -> QWidget:
        """Where the operator's keyboard delivers keys: the focus widget."""
        return QApplication.focusWidget() or self.window

    def key(self, key: Qt.Key) -> None:
        QTest.keyClick(self.target(), key)

    def type(self, text: str) -> None:
        QTest.keyClicks(self.target(), text)

    def journal_rows(self) -> list[sqlite3.Row]:
        conn = sqlite3.connect(f"file:{self.journal_path}?mode=ro", uri=True)
        try:
            conn.row_factory = sqlite3.Row
            return conn.execute(
                "SELECT attempt_id, slot, operator, device_id, hardware_serial, result, action,"
                " finished_us FROM attempts WHERE station_id = ? ORDER BY id",
                (STATION_ID,),
            ).fetchall()
        finally:
            conn.close()

    def close(self) -> None:
        if not self.window.isVisible() and self.window.shutting_down:
            return
        with self.qtbot.waitSignal(self.window.closed, timeout=RESULT_WAIT_MS):
            self.window.begin_shutdown()


def _wait_hidden(qtbot: QtBot, window: OperatorWindow) -> None:
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=RESULT_WAIT_MS)


@pytest.fixture
def operator_station(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[..., OperatorStation]]:
    """Factory: `operator_station(slots=4, storage="otp", faults="", operator="Tester")`."""
    from station.config import load_config
    from station.engine.runner import FixtureRunner
    from station.journal import Journal

    stack = ExitStack()
    made: list[OperatorStation] = []

    def make(
        slots: int = 4, storage: str = "otp", faults: str = "", operator: str = "Tester"
    ) -> OperatorStation:
        env = stack.enter_context(
            DemoEnvironment(
                tmp_path / f"env-{len(made)}", slots=slots, storage=storage, faults=faults
            )
        )
        config = load_config(env.config_path)
        journal = stack.enter_context(Journal.open(env.journal_path, station_id=STATION_ID))
        bridge = EngineBridge(interval_ms=30)
        runner = FixtureRunner(
            config=config,
            fixture=env.fixture_name,
            journal=journal,
            operator=operator,
            sink=bridge.sink,
        )
        window = OperatorWindow(runner, bridge, operator)
        window.resize(1400, 900)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        station = OperatorStation(window, Path(env.journal_path), qtbot, env)
        made.append(station)
        return station

    try:
        yield make
    finally:
        try:
            for station in made:
                if not station.window.shutting_down:
                    station.close()
                else:
                    _wait_hidden(qtbot, station.window)
        finally:
            for station in made:
                station.window.deleteLater()
            stack.close()
