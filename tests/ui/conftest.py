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

from station.demo import DemoEnvironment
from station.engine.events import SlotState
from station.profiles.base import StorageKind
from station.sandbox.sim import storage as sim_storage
from tests.fixtures.sim import StableLinks
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
                "SELECT attempt_id, slot, operator, device_id, hardware_serial, result, message,"
                " action, finished_us FROM attempts WHERE station_id = ? ORDER BY id",
                (STATION_ID,),
            ).fetchall()
        finally:
            conn.close()

    def unplug(self, slot: str) -> None:
        """Pull the device out of `slot` (its pty disappears, and with `stable_links=True` the
        slot's link too)."""
        self.links().unplug(slot)

    def plug(self, slot: str) -> None:
        """Put a device into `slot`: it enumerates on a fresh pty and the slot's stable link
        (made with `stable_links=True`) follows it, as a udev rule's link would."""
        self.links().plug(slot)

    def links(self) -> StableLinks:
        fixture = self.env.fixture
        assert fixture is not None
        return StableLinks(fixture, self.env.workdir)

    def new_device(self, slot: str) -> None:
        """Put a factory-fresh device where the unplugged one of `slot` was (the operator
        takes the finished unit out and loads the next); `plug` then brings it up."""
        fixture = self.env.fixture
        assert fixture is not None and slot not in fixture.ports
        _seed_device(fixture.state_dir, slot, fixture.storage or StorageKind.OTP, None)

    def close(self) -> None:
        if not self.window.isVisible() and self.window.shutting_down:
            return
        with self.qtbot.waitSignal(self.window.closed, timeout=RESULT_WAIT_MS):
            self.window.begin_shutdown()


def _write_config(env: DemoEnvironment, *, stable_links: bool, auto_start: bool) -> None:
    """The demo's configuration, with each slot bound to a stable link to its pty (so a replug
    on a new pty is found again) and the fixture's auto-start setting."""
    from station.config.toml_writer import dumps

    assert env.fixture is not None
    document = env.config_document()
    document["fixtures"][0]["auto_start"] = auto_start
    if stable_links:
        StableLinks(env.fixture, env.workdir).bind(document)
    env.config_path.write_text(dumps(document), "utf-8")


def _seed_device(state_dir: Path, slot: str, storage: StorageKind, prog_us: int | None) -> None:
    """A factory-fresh device for `slot` (declaring `prog_us` per byte, or the default); the
    simulated fixture runs it the next time it starts that slot."""
    state_dir.mkdir(parents=True, exist_ok=True)
    device = sim_storage.new_device(slot, storage, supplies_device_id=False, prog_us=prog_us)
    sim_storage.save(sim_storage.state_path(state_dir, slot), device)


def _wait_hidden(qtbot: QtBot, window: OperatorWindow) -> None:
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=RESULT_WAIT_MS)


@pytest.fixture
def operator_station(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[..., OperatorStation]]:
    """Factory: `operator_station(slots=4, storage="otp", faults="", operator="Tester",
    stable_links=False, auto_start=False, prog_us=None, pairing_latency_s=0.0, pedal_key=None,
    touch=False)`.

    `auto_start` is the fixture's configured setting; `stable_links` binds each slot to a link
    that `OperatorStation.plug` re-points; `prog_us` is the devices' declared programming time
    per byte (slow OTP makes a write last long enough to act during it); `pairing_latency_s`
    delays every answer of the Pairing stand-in (health checks included).
    """
    from station.config import load_config
    from station.engine.runner import FixtureRunner
    from station.journal import Journal

    stack = ExitStack()
    made: list[OperatorStation] = []

    def make(
        slots: int = 4,
        storage: str = "otp",
        faults: str = "",
        operator: str = "Tester",
        *,
        stable_links: bool = False,
        auto_start: bool = False,
        prog_us: int | None = None,
        pairing_latency_s: float = 0.0,
        pedal_key: str | None = None,
        touch: bool = False,
    ) -> OperatorStation:
        workdir = tmp_path / f"env-{len(made)}"
        if prog_us is not None:
            for n in range(1, slots + 1):
                _seed_device(workdir / "fixture", str(n), StorageKind(storage), prog_us)
        env = stack.enter_context(
            DemoEnvironment(
                workdir,
                slots=slots,
                storage=storage,
                faults=faults,
                pairing_latency_s=pairing_latency_s,
            )
        )
        if stable_links or auto_start:
            _write_config(env, stable_links=stable_links, auto_start=auto_start)
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
        window = OperatorWindow(runner, bridge, operator, pedal_key=pedal_key, touch=touch)
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
