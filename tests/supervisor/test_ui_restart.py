"""A new active target reaches the operator screen: the session restarts the window on a new
runner, and the banner names the new target (real engine, stand-in and journal)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot

from station.config import load_config, save_config
from station.demo import DemoEnvironment
from station.engine.events import EventSink
from station.engine.runner import FixtureRunner
from station.journal import Journal
from station.roles import Role
from station.targets.actions import TargetBook
from station.targets.fields import target_document
from tests.roles.helpers import SUPERVISOR_PASSWORD, roles_config
from tests.supervisor.helpers import SUPERVISOR
from ui.app import Session
from ui.engine_api import RunnerLike
from ui.operator.window import OperatorWindow
from ui.qa.menu import add_qa_action
from ui.supervisor.tools import SupervisorTools

WAIT_MS = 60_000


def _alive(window: OperatorWindow) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(window))


def test_changing_the_active_target_restarts_the_screen_on_it(qtbot: QtBot, tmp_path: Path) -> None:
    with (
        DemoEnvironment(tmp_path / "env", slots=1) as env,
        Journal.open(env.journal_path, station_id="restart-test") as journal,
    ):
        path = env.config_path
        config = dataclasses.replace(load_config(path), roles=roles_config())
        save_config(config, path)
        TargetBook(config, path, journal).save_target(
            SUPERVISOR, "demo-b", target_document(config, "demo")
        )

        def build(sink: EventSink, operator: str) -> RunnerLike:
            return FixtureRunner(
                config=load_config(path),
                fixture=env.fixture_name,
                journal=journal,
                operator=operator,
                sink=sink,
            )

        def attach(window: OperatorWindow, session: Session) -> None:
            add_qa_action(window, env.journal_path)
            session.helpers.append(
                SupervisorTools(
                    window,
                    config=load_config(path),
                    config_path=path,
                    journal=journal,
                    fixture=env.fixture_name,
                    restart=session.restart,
                )
            )

        session = Session(build, operator="Olga", on_window=attach)
        session.start()
        qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT_MS)
        first = session.window
        assert first is not None
        qtbot.waitUntil(lambda: "demo" in first.banner.target.text(), timeout=WAIT_MS)
        tools = session.helpers[0]
        assert isinstance(tools, SupervisorTools)
        qa_action = next(
            a for a in first.roles_menu.actions() if a.objectName() == "qa-open-journal"
        )
        assert not qa_action.isEnabled()  # the QA journal needs a QA or supervisor sign-in

        tools.sign_in_action.trigger()
        dialog = tools.roles.sign_in_dialog
        assert dialog is not None
        dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPERVISOR.value))
        dialog.name.setText("Sam")
        dialog.password.setText(SUPERVISOR_PASSWORD)
        with qtbot.waitSignal(tools.roles.roleChanged, timeout=WAIT_MS):
            dialog.sign_in_button.click()
        assert qa_action.isEnabled()
        editor = tools.open_targets()
        assert editor is not None
        editor.active[env.fixture_name].setCurrentText("demo-b")
        editor.make_active[env.fixture_name].click()
        qtbot.waitUntil(
            lambda: session.window is not None and session.window is not first, timeout=WAIT_MS
        )
        second = session.window
        assert second is not None and second.operator == "Olga"
        qtbot.waitUntil(
            lambda: second.banner.target.text().startswith("Target: demo-b"), timeout=WAIT_MS
        )
        new_tools = session.helpers[-1]
        assert isinstance(new_tools, SupervisorTools)
        assert new_tools.roles.actor.role is Role.OPERATOR  # a restart signs the supervisor out
        with qtbot.waitSignal(second.closed, timeout=WAIT_MS):
            second.close()
        second.deleteLater()
        qtbot.waitUntil(lambda: not _alive(first), timeout=WAIT_MS)  # the restart deleted it
