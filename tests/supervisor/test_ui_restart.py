"""A changed target reaches the operator screen without resetting the shift: the session
restarts the window on a new runner (through `role_tools_hook`, as `station gui` does), and the
new window keeps the counters, each slot's last verdict, the supervisor's session and the
notice; a privileged session always ends in the journal (real engine, stand-in and journal)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.config import load_config, save_config
from station.demo import DemoEnvironment
from station.engine.events import EventSink, SlotState
from station.engine.runner import FixtureRunner
from station.journal import Journal
from station.roles import Role
from station.targets.actions import TargetBook
from station.targets.fields import target_document
from tests.roles.helpers import SUPERVISOR_PASSWORD, roles_config
from tests.supervisor.helpers import SUPERVISOR
from ui.app import Session, line_settings_of, role_tools_hook
from ui.engine_api import RunnerLike
from ui.operator.window import OperatorWindow
from ui.supervisor.tools import SupervisorTools

WAIT_MS = 60_000


def _alive(window: OperatorWindow) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(window))


@dataclass
class Running:
    env: DemoEnvironment
    journal: Journal
    session: Session
    qtbot: QtBot

    @property
    def window(self) -> OperatorWindow:
        assert self.session.window is not None
        return self.session.window

    @property
    def tools(self) -> SupervisorTools:
        tools = self.session.helpers[-1]
        assert isinstance(tools, SupervisorTools)
        return tools

    def sign_in_supervisor(self) -> None:
        tools = self.tools
        tools.sign_in_action.trigger()
        dialog = tools.roles.sign_in_dialog
        assert dialog is not None
        dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPERVISOR.value))
        dialog.name.setText("Sam")
        dialog.password.setText(SUPERVISOR_PASSWORD)
        with self.qtbot.waitSignal(tools.roles.roleChanged, timeout=WAIT_MS):
            dialog.sign_in_button.click()

    def wait_restart(self, first: OperatorWindow) -> OperatorWindow:
        self.qtbot.waitUntil(
            lambda: self.session.window is not None and self.session.window is not first,
            timeout=WAIT_MS,
        )
        return self.window

    def kinds(self) -> list[str]:
        return [e.kind for e in reversed(self.journal.audit_events(limit=100))]


@contextmanager
def running(qtbot: QtBot, tmp_path: Path, slots: int = 1, faults: str = "") -> Iterator[Running]:
    with (
        DemoEnvironment(tmp_path / "env", slots=slots, faults=faults) as env,
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

        session = Session(
            build,
            operator="Olga",
            on_window=role_tools_hook(path, journal, env.fixture_name),
            line_settings=lambda: line_settings_of(load_config(path)),
        )
        session.start()
        qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT_MS)
        st = Running(env, journal, session, qtbot)
        qtbot.waitUntil(lambda: "demo" in st.window.banner.target.text(), timeout=WAIT_MS)
        try:
            yield st
        finally:
            window = session.window
            if window is not None and _alive(window) and not window.shutting_down:
                with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
                    window.close()
                window.deleteLater()


def test_changing_the_active_target_restarts_the_screen_on_it(qtbot: QtBot, tmp_path: Path) -> None:
    with running(qtbot, tmp_path) as st:
        first = st.window
        qa_action = next(
            a for a in first.roles_menu.actions() if a.objectName() == "qa-open-journal"
        )
        assert not qa_action.isEnabled()  # the QA journal needs a QA or supervisor sign-in
        st.sign_in_supervisor()
        assert qa_action.isEnabled()
        editor = st.tools.open_targets()
        assert editor is not None
        editor.active[st.env.fixture_name].setCurrentText("demo-b")
        editor.make_active[st.env.fixture_name].click()
        second = st.wait_restart(first)
        assert second.operator == "Olga"
        qtbot.waitUntil(
            lambda: second.banner.target.text().startswith("Target: demo-b"), timeout=WAIT_MS
        )
        assert st.tools.roles.actor.role is Role.SUPERVISOR  # the session went on
        assert "Now provisioning with target demo-b" in second.notices.text.text()
        qtbot.waitUntil(lambda: not _alive(first), timeout=WAIT_MS)  # the restart deleted it


def test_the_pedal_key_and_touch_mode_edited_in_the_file_apply_at_the_restart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running(qtbot, tmp_path) as st:
        first = st.window
        assert first.touch is None and first.keys.pedal_key is None
        # Someone edits [line] in the file while the screen runs; the supervisor then changes
        # the active target, which saves the configuration and restarts the screen.
        path = st.env.config_path
        config = load_config(path)
        line = dataclasses.replace(config.line, touch=True, pedal_key="F13")
        save_config(dataclasses.replace(config, line=line), path)
        st.sign_in_supervisor()
        editor = st.tools.open_targets()
        assert editor is not None
        editor.active[st.env.fixture_name].setCurrentText("demo-b")
        editor.make_active[st.env.fixture_name].click()
        second = st.wait_restart(first)
        # The supervisor's save kept the edit, and the new window applies it.
        saved = load_config(path)
        assert (saved.line.touch, saved.line.pedal_key) == (True, "F13")
        assert saved.fixture(st.env.fixture_name).active_target == "demo-b"
        assert second.touch is not None and second.touch.px > 0
        assert second.keys.pedal_key == Qt.Key.Key_F13
        assert second.provision_button.height() >= second.touch.px


def test_saving_the_running_target_keeps_the_shift(qtbot: QtBot, tmp_path: Path) -> None:
    with running(qtbot, tmp_path, slots=2, faults="slot2:noreply@identify*always") as st:
        first = st.window
        qtbot.waitUntil(
            lambda: all(s.state is SlotState.READY for s in first.snapshots()), timeout=WAIT_MS
        )
        first.provision_all()
        qtbot.waitUntil(
            lambda: (first.counters.figures.passed, first.counters.figures.failed) == (1, 1),
            timeout=WAIT_MS,
        )
        assert first.tile("2").shown_state is SlotState.FAIL
        action = first.tile("2").action_text
        assert action
        st.sign_in_supervisor()
        editor = st.tools.open_targets()
        assert editor is not None
        editor.form.allowlist_pattern.setText("SIM-[0-9A-F]{8}")
        editor.reason.setText("only this batch")
        editor.save_button.click()
        second = st.wait_restart(first)

        # The counters go on: the same figures, and the next attempt adds to them.
        assert (second.counters.figures.passed, second.counters.figures.failed) == (1, 1)
        assert second.counters._passed.value.text() == "1"
        # Slot 2 still shows its FAIL and what to do, until cleared or a new unit starts.
        qtbot.waitUntil(lambda: "2" in second.fixture.tiles, timeout=WAIT_MS)
        tile = second.tile("2")
        qtbot.waitUntil(lambda: tile.shown_state is SlotState.FAIL, timeout=WAIT_MS)
        assert tile.action_text == action
        assert second.tile("1").shown_state is SlotState.PASS
        # The supervisor is still signed in: no sign-out, no second sign-in.
        assert st.tools.roles.actor.role is Role.SUPERVISOR
        assert st.tools.targets_action.isEnabled()
        assert "Now provisioning with target demo" in second.notices.text.text()
        assert "Sam is still signed in" in second.notices.text.text()
        assert st.kinds() == ["target_change", "signin", "target_change"]

        # The session ends in the journal when the screen closes.
        with qtbot.waitSignal(second.closed, timeout=WAIT_MS):
            second.close()
        assert st.kinds()[-1] == "signout"
        (signout,) = [e for e in st.journal.audit_events() if e.kind == "signout"]
        assert signout.actor == "Sam (supervisor)"
        assert signout.details["why"] == "the operator screen closed"
