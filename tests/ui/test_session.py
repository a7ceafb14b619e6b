"""The app shell: sign-in first, then the runner is built with that name, then the window."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.demo import DemoEnvironment
from station.engine.events import EventSink
from station.engine.runner import FixtureRunner
from station.journal import Journal
from ui.app import Session
from ui.engine_api import RunnerLike
from ui.signin import SignInDialog


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[DemoEnvironment, Journal]]:
    with (
        DemoEnvironment(tmp_path / "env", slots=1) as env,
        Journal.open(env.journal_path, station_id="session-test") as journal,
    ):
        yield env, journal


def test_sign_in_then_window(qtbot: QtBot, demo: tuple[DemoEnvironment, Journal]) -> None:
    env, journal = demo
    built: list[str] = []

    def build(sink: EventSink, operator: str) -> RunnerLike:
        built.append(operator)
        return FixtureRunner(
            config=load_config(env.config_path),
            fixture=env.fixture_name,
            journal=journal,
            operator=operator,
            sink=sink,
        )

    gc.unfreeze()  # so that only this session's start can freeze the heap
    session = Session(build, suggested_operator="")
    session.start()
    dialog = session._signin
    assert isinstance(dialog, SignInDialog)
    ok = dialog.ok_button
    assert not ok.isEnabled()  # a name is required
    QTest.keyClicks(dialog.name_edit, "   ")
    assert not ok.isEnabled()
    QTest.keyClicks(dialog.name_edit, "Grace")
    assert ok.isEnabled()
    assert built == []  # nothing runs before someone signed in
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.window is not None)
    window = session.window
    assert window is not None
    assert built == ["Grace"]
    assert window.banner.operator.text() == "Operator: Grace"
    assert not window.auto_start.isChecked()  # the demo fixture's configured default
    # Once the engine is up the start-up heap leaves the cyclic collector's full collections.
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=60_000)
    gc.unfreeze()
    with qtbot.waitSignal(window.closed, timeout=60_000):
        window.close()
    window.deleteLater()


def test_cancelled_sign_in_builds_nothing(qtbot: QtBot) -> None:
    built: list[str] = []

    def build(sink: EventSink, operator: str) -> RunnerLike:
        built.append(operator)
        raise AssertionError("must not be called")

    session = Session(build, suggested_operator="Ada")
    session.start()
    dialog = session._signin
    assert dialog is not None
    assert dialog.name == "Ada"
    dialog.reject()
    qtbot.wait(50)
    assert session.window is None
    assert built == []
