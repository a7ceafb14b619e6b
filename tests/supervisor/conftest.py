"""The operator window with the supervisor's tools on the real engine: simulated devices on
ptys, the Pairing stand-in over HTTPS, a real journal, configured role passwords."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from station.config import load_config, save_config
from station.demo import DemoEnvironment
from station.engine.runner import FixtureRunner
from station.journal import Journal
from station.roles import Role
from tests.roles.helpers import SUPERVISOR_PASSWORD, roles_config
from ui.bridge import EngineBridge
from ui.operator.window import OperatorWindow
from ui.qa.menu import add_qa_action
from ui.supervisor.tools import SupervisorTools

WAIT_MS = 60_000


@dataclass
class Supervised:
    env: DemoEnvironment
    window: OperatorWindow
    tools: SupervisorTools
    journal: Journal
    runner: FixtureRunner
    qtbot: QtBot
    restarts: list[int] = field(default_factory=list)

    @property
    def config_path(self) -> Path:
        return self.env.config_path

    def sign_in_supervisor(self, name: str = "Sam") -> None:
        """Through the real dialog: type name and password, press Sign in."""
        self.sign_in(Role.SUPERVISOR, name, SUPERVISOR_PASSWORD)

    def sign_in(self, role: Role, name: str, password: str) -> None:
        self.tools.sign_in_action.trigger()
        dialog = self.tools.roles.sign_in_dialog
        assert dialog is not None
        dialog.role.setCurrentIndex(dialog.role.findData(role.value))
        dialog.name.setText(name)
        dialog.password.setText(password)
        with self.qtbot.waitSignal(self.tools.roles.roleChanged, timeout=WAIT_MS):
            dialog.sign_in_button.click()

    def events(self) -> list[tuple[str, str]]:
        return [(e.kind, e.actor) for e in reversed(self.journal.audit_events(limit=500))]


@pytest.fixture
def supervised(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[..., Supervised]]:
    """Factory: `supervised(slots=1, storage="secure", operator="Olga", qa_menu=False)`;
    `qa_menu` adds the QA journal action first, as `station gui` does."""
    stack = ExitStack()
    made: list[Supervised] = []

    def make(
        slots: int = 1, storage: str = "secure", operator: str = "Olga", *, qa_menu: bool = False
    ) -> Supervised:
        env = stack.enter_context(
            DemoEnvironment(tmp_path / f"env-{len(made)}", slots=slots, storage=storage)
        )
        config = dataclasses.replace(load_config(env.config_path), roles=roles_config())
        save_config(config, env.config_path)
        journal = stack.enter_context(Journal.open(env.journal_path, station_id="sup-ui"))
        bridge = EngineBridge(interval_ms=30)
        runner = FixtureRunner(
            config=config,
            fixture=env.fixture_name,
            journal=journal,
            operator=operator,
            sink=bridge.sink,
        )
        window = OperatorWindow(runner, bridge, operator)
        restarts: list[int] = []
        if qa_menu:
            add_qa_action(window, env.journal_path)
        tools = SupervisorTools(
            window,
            config=config,
            config_path=env.config_path,
            journal=journal,
            fixture=env.fixture_name,
            restart=lambda _carry: restarts.append(1),
        )
        window.resize(1400, 900)
        # Let the window's first Pairing health check finish, so that closing the window in a
        # short test never races a request still in flight.
        with qtbot.waitSignal(window.healthChecked, timeout=WAIT_MS):
            window.show()
            qtbot.waitExposed(window)
        station = Supervised(env, window, tools, journal, runner, qtbot, restarts)
        made.append(station)
        return station

    try:
        yield make
    finally:
        try:
            for st in made:
                for dialog in (st.tools.editor, st.tools.rework):
                    if dialog is not None:
                        dialog.wait_idle()
                        dialog.close()
                if not st.window.shutting_down:
                    with qtbot.waitSignal(st.window.closed, timeout=WAIT_MS):
                        st.window.begin_shutdown()
        finally:
            for st in made:
                st.window.deleteLater()
            stack.close()
