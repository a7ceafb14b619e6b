"""`station gui` shows the operator window before the engine is built: the tiles of the
configured slots first, then the engine's own, and an operator's Provision pressed meanwhile
takes effect once the engine is up; a failed build closes the window behind the error and its
action. `station demo` starts its environment behind the window the same way (real engine,
simulated devices, Pairing stand-in and journal)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.demo import DemoEnvironment
from station.demo_cli import demo_arguments
from station.engine.events import EventSink, SlotState
from station.engine.runner import FixtureRunner
from station.errors import ConfigError
from station.journal import Journal
from ui.app import Session
from ui.demo import open_demo
from ui.engine_api import RunnerLike
from ui.engine_start import DeferredRunner, EnginePreview, engine_starting_text
from ui.supervisor.tools import SupervisorTools

WAIT_MS = 60_000


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[DemoEnvironment, Journal]]:
    with (
        DemoEnvironment(tmp_path / "env", slots=2) as env,
        Journal.open(env.journal_path, station_id="engine-start-test") as journal,
    ):
        yield env, journal


def _preview(env: DemoEnvironment) -> EnginePreview:
    fixture = load_config(env.config_path).fixture(env.fixture_name)
    return EnginePreview(tuple((s.name, str(s.port)) for s in fixture.slots), fixture.auto_start)


def test_window_first_then_engine(qtbot: QtBot, demo: tuple[DemoEnvironment, Journal]) -> None:
    env, journal = demo
    gate = threading.Event()
    hooked: list[bool] = []

    def build(sink: EventSink, operator: str) -> RunnerLike:
        assert gate.wait(30), "the test never let the engine start"
        return FixtureRunner(
            config=load_config(env.config_path),
            fixture=env.fixture_name,
            journal=journal,
            operator=operator,
            sink=sink,
        )

    session = Session(
        build,
        operator="Grace",
        preview=lambda: _preview(env),
        on_window=lambda window, _session: hooked.append(True),
    )
    session.start()
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    window = session.window
    assert window is not None
    runner = window.runner
    assert isinstance(runner, DeferredRunner) and not runner.ready
    # The configured slots, at their configured ports, before any engine exists.
    assert [t.snapshot.slot for t in window.fixture.tiles.values()] == ["1", "2"]
    assert {t.snapshot.state for t in window.fixture.tiles.values()} == {SlotState.NO_DEVICE}
    assert window.status.currentMessage() == engine_starting_text()
    assert hooked == []  # the role tools come with the engine

    window.provision_all()  # pressed while the engine starts: it waits for the engine
    qtbot.wait(200)
    assert not runner.ready
    gate.set()
    qtbot.waitUntil(lambda: runner.ready and bool(hooked), timeout=WAIT_MS)
    assert window.status.currentMessage() != engine_starting_text()
    # The early Provision ran on the engine once it was up: it started the slots whose devices
    # the engine had seen by then, or said that none was ready yet.
    answers = ("Started", "No slot is ready")
    qtbot.waitUntil(lambda: window.status.currentMessage().startswith(answers), timeout=WAIT_MS)
    # The engine's own reports replace the previews; a Provision now starts whatever it did not.
    qtbot.waitUntil(
        lambda: all(s.state is not SlotState.NO_DEVICE for s in window.snapshots()),
        timeout=WAIT_MS,
    )
    if any(s.state is SlotState.READY for s in window.snapshots()):
        window.provision_all()
    qtbot.waitUntil(
        lambda: {s.state for s in window.snapshots()} == {SlotState.PASS}, timeout=WAIT_MS
    )
    with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
        window.close()
    window.deleteLater()


def test_failed_engine_shows_why_and_closes(
    qtbot: QtBot, demo: tuple[DemoEnvironment, Journal]
) -> None:
    env, _journal = demo

    def build(sink: EventSink, operator: str) -> RunnerLike:
        raise ConfigError("Target 'demo' has no token.", "A supervisor sets its token source.")

    session = Session(build, operator="Grace", preview=lambda: _preview(env))
    session.start()
    qtbot.waitUntil(lambda: isinstance(getattr(session, "_fatal_box", None), QMessageBox))
    box: QMessageBox = session._fatal_box
    assert box.text() == "Target 'demo' has no token."
    assert box.informativeText() == "What to do: A supervisor sets its token source."
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert session.exit_code == 1
    box.close()


def test_preview_error_is_shown_before_any_window(qtbot: QtBot) -> None:
    def preview() -> EnginePreview:
        raise ConfigError("There is no fixture 'x' in the configuration.", "Use one of: a.")

    def build(sink: EventSink, operator: str) -> RunnerLike:
        raise AssertionError("must not be called")

    session = Session(build, operator="Grace", preview=preview)
    session.start()
    qtbot.waitUntil(lambda: isinstance(getattr(session, "_fatal_box", None), QMessageBox))
    assert session.window is None
    session._fatal_box.close()


def test_demo_starts_its_environment_behind_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    args = demo_arguments("--slots", "2", "--workdir", str(tmp_path / "demo"), "--operator", "Olga")
    first: list[str] = []

    def window_shown() -> bool:
        window = session.window
        if window is not None and not first:
            # What the window showed when it came: the numbered slots, no environment yet.
            first.append(window.fixture.tiles["1"].snapshot.location)
        return bool(first)

    with ExitStack() as stack:
        session = open_demo(args, stack, ask_operator=False, window_first=True)
        assert not (tmp_path / "demo" / "station.toml").exists()
        session.start()
        qtbot.waitUntil(window_shown, timeout=WAIT_MS)
        assert first == ["starting…"]
        window = session.window
        assert window is not None
        try:
            qtbot.waitUntil(
                lambda: any(isinstance(h, SupervisorTools) for h in session.helpers),
                timeout=WAIT_MS,
            )
            qtbot.waitUntil(
                lambda: {s.state for s in window.snapshots()} == {SlotState.READY},
                timeout=WAIT_MS,
            )
            assert all(s.location != "starting…" for s in window.snapshots())
            window.provision_all()
            qtbot.waitUntil(
                lambda: {s.state for s in window.snapshots()} == {SlotState.PASS},
                timeout=WAIT_MS,
            )
        finally:
            with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
                window.close()
            window.deleteLater()
