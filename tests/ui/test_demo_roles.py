"""`station demo` shows all three roles: the same QA and supervisor tools as `station gui`, with
the demo's documented passwords, on the real window over the sandbox."""

from __future__ import annotations

import argparse
import io
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.demo_cli import demo_arguments
from station.journal import Journal
from station.roles import Role
from ui.demo import DEMO_PASSWORDS, announce_passwords, open_demo
from ui.operator.window import OperatorWindow
from ui.supervisor.tools import SupervisorTools

WAIT_MS = 60_000
ROLE_ACTIONS = ("role-sign-in", "role-sign-out", "open-targets", "open-rework", "qa-open-journal")


def _args(workdir: Path) -> argparse.Namespace:
    return demo_arguments("--slots", "1", "--workdir", str(workdir), "--operator", "Olga")


def _actions(window: OperatorWindow) -> dict[str, QAction]:
    return {a.objectName(): a for a in window.roles_menu.actions() if a.objectName()}


def _role(tools: SupervisorTools) -> Role:
    return tools.roles.actor.role


def _sign_in(qtbot: QtBot, tools: SupervisorTools, role: Role, password: str) -> None:
    """A successful sign-in closes the dialog; a refused one leaves it open with the reason."""
    tools.roles.open_sign_in(tools.window, role)
    dialog = tools.roles.sign_in_dialog
    assert dialog is not None and dialog.chosen_role is role
    dialog.name.setText("Sam")
    dialog.password.setText(password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(
        lambda: tools.roles.sign_in_dialog is None or dialog.message.text() != "Checking…",
        timeout=WAIT_MS,
    )


def test_demo_window_has_every_role_and_the_demo_passwords_work(
    qtbot: QtBot, tmp_path: Path
) -> None:
    workdir = tmp_path / "demo"
    with ExitStack() as stack:
        session = open_demo(_args(workdir), stack, ask_operator=False)
        session.start()
        qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT_MS)
        window = session.window
        assert window is not None
        try:
            actions = _actions(window)
            assert set(ROLE_ACTIONS) <= set(actions)
            # The operator sees the privileged actions, greyed.
            for name in ("open-targets", "open-rework", "qa-open-journal", "role-sign-out"):
                assert not actions[name].isEnabled(), name
            assert actions["role-sign-in"].isEnabled()
            tools = next(h for h in session.helpers if isinstance(h, SupervisorTools))

            _sign_in(qtbot, tools, Role.SUPERVISOR, "not the demo password")
            assert _role(tools) is Role.OPERATOR
            assert not actions["open-targets"].isEnabled()
            dialog = tools.roles.sign_in_dialog
            assert dialog is not None
            assert "Wrong Supervisor password" in dialog.message.text()
            dialog.reject()

            _sign_in(qtbot, tools, Role.SUPERVISOR, DEMO_PASSWORDS[Role.SUPERVISOR])
            assert _role(tools) is Role.SUPERVISOR
            for name in ("open-targets", "open-rework", "qa-open-journal", "role-sign-out"):
                assert actions[name].isEnabled(), name

            tools.roles.sign_out()
            _sign_in(qtbot, tools, Role.QA, DEMO_PASSWORDS[Role.QA])
            assert _role(tools) is Role.QA
            assert actions["qa-open-journal"].isEnabled()
            assert not actions["open-targets"].isEnabled()
            assert not actions["open-rework"].isEnabled()
        finally:
            with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
                window.close()
            window.deleteLater()

    # Only hashes are kept, in the demo's own configuration; setting them is journaled.
    config_path = workdir / "station.toml"
    text = config_path.read_text("utf-8")
    for password in DEMO_PASSWORDS.values():
        assert password not in text
    config = load_config(config_path)
    assert config.roles.qa_password_hash and config.roles.supervisor_password_hash
    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        kinds = [e.kind for e in journal.audit_events()]
    assert kinds.count("role_password_change") == 2
    assert "signin" in kinds and "signin_failed" in kinds


def test_demo_prints_its_passwords() -> None:
    out = io.StringIO()
    announce_passwords(out)
    for password in DEMO_PASSWORDS.values():
        assert password in out.getvalue()
    assert "only in this demo" in out.getvalue()
