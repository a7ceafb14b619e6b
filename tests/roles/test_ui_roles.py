"""Sign-in dialog, lockout, idle lock and action gating on real widgets (pytest-qt offscreen),
with real scrypt hashes and a real journal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from station.journal import Journal
from station.roles import Authenticator, Privilege, Role, SignInThrottle
from tests.roles.helpers import SUPERVISOR_PASSWORD, roles_config
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.roles.controller import RoleController
from ui.roles.signin_dialog import RoleSignInDialog

WAIT_MS = 20_000
__all__ = ["qm_dir", "station_languages"]  # fixtures


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.db", station_id="ui-roles") as journal:
        yield journal


def _controller(
    journal: Journal, *, idle_s: float = 300, throttle: SignInThrottle | None = None
) -> RoleController:
    auth = Authenticator(roles_config(), journal, throttle=throttle)
    return RoleController("Olga", auth, journal, idle_timeout_s=idle_s, idle_check_ms=50)


def _try(qtbot: QtBot, dialog: RoleSignInDialog, password: str) -> None:
    dialog.name.setText("Sam")
    dialog.password.setText(password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "Checking…", timeout=WAIT_MS)


def test_gated_actions_follow_the_role(qtbot: QtBot, journal: Journal) -> None:
    roles = _controller(journal)
    owner = QWidget()
    qtbot.addWidget(owner)
    edit = QAction("Targets", owner)
    export = QAction("Export journal", owner)
    roles.gate(edit, Privilege.EDIT_TARGETS)
    roles.gate(export, Privilege.EXPORT_JOURNAL)
    assert not edit.isEnabled() and not export.isEnabled()
    roles.open_sign_in(owner, Role.QA)
    dialog = roles.sign_in_dialog
    assert dialog is not None and dialog.chosen_role is Role.QA
    from tests.roles.helpers import QA_PASSWORD

    dialog.name.setText("Quinn")
    dialog.password.setText(QA_PASSWORD)
    with qtbot.waitSignal(roles.roleChanged, timeout=WAIT_MS):
        dialog.sign_in_button.click()
    assert export.isEnabled() and not edit.isEnabled()
    qa = roles.actor
    assert qa.name == "Quinn" and qa.role is Role.QA
    roles.sign_out()
    assert not export.isEnabled()
    after = roles.actor
    assert after.role is Role.OPERATOR and after.name == "Olga"
    roles.stop()


def test_wrong_passwords_lock_the_dialog_until_the_lockout_ends(
    qtbot: QtBot, journal: Journal, station_languages: Languages
) -> None:
    # English as the station speaks it: its plural forms from station_en.qm ("1 more try").
    roles = _controller(journal, throttle=SignInThrottle(2, 1.0))
    owner = QWidget()
    qtbot.addWidget(owner)
    roles.open_sign_in(owner)
    dialog = roles.sign_in_dialog
    assert dialog is not None
    _try(qtbot, dialog, "not it")
    assert "Wrong Supervisor password. 1 more try" in dialog.message.text()
    assert dialog.password.text() == ""  # cleared after every try
    assert dialog.sign_in_button.isEnabled()
    _try(qtbot, dialog, "still not it")
    assert "locked for 1 s" in dialog.message.text()
    assert not dialog.sign_in_button.isEnabled()
    # Enter in the password field does nothing while locked.
    dialog.password.setText(SUPERVISOR_PASSWORD)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert roles.actor.role is Role.OPERATOR
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=WAIT_MS)
    assert "try again" in dialog.message.text()
    dialog.password.setText(SUPERVISOR_PASSWORD)
    with qtbot.waitSignal(roles.roleChanged, timeout=WAIT_MS):
        dialog.sign_in_button.click()
    signed_in = roles.actor
    assert signed_in.role is Role.SUPERVISOR
    kinds = [e.kind for e in reversed(journal.audit_events())]
    assert kinds == ["signin_failed", "signin_locked", "signin"]
    roles.stop()


def test_a_reopened_dialog_knows_about_a_running_lockout(qtbot: QtBot, journal: Journal) -> None:
    throttle = SignInThrottle(1, 60.0)
    throttle.failed()
    roles = _controller(journal, throttle=throttle)
    owner = QWidget()
    qtbot.addWidget(owner)
    roles.open_sign_in(owner)
    dialog = roles.sign_in_dialog
    assert dialog is not None
    assert not dialog.sign_in_button.isEnabled()
    assert "locked" in dialog.message.text()
    dialog.reject()
    roles.stop()


def test_idle_session_locks_back_to_operator(qtbot: QtBot, journal: Journal) -> None:
    roles = _controller(journal, idle_s=0.4)
    owner = QWidget()
    qtbot.addWidget(owner)
    edit = QAction("Targets", owner)
    roles.gate(edit, Privilege.EDIT_TARGETS)
    actor = roles.session.authenticator.sign_in("Sam", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    roles.adopt(actor)
    assert edit.isEnabled()
    with qtbot.waitSignal(roles.locked, timeout=WAIT_MS) as locked:
        pass
    assert "locked after" in str(locked.args[0])
    assert not edit.isEnabled() and roles.actor.role is Role.OPERATOR
    (event,) = [e for e in journal.audit_events() if e.kind == "signout"]
    assert event.details["why"].startswith("idle for")
    roles.stop()


def test_input_keeps_the_session_open(qtbot: QtBot, journal: Journal) -> None:
    roles = _controller(journal, idle_s=0.6)
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    roles.adopt(roles.session.authenticator.sign_in("Sam", Role.SUPERVISOR, SUPERVISOR_PASSWORD))
    for _ in range(6):
        qtbot.wait(200)
        QTest.keyClick(owner, Qt.Key.Key_A)
    assert roles.actor.role is Role.SUPERVISOR
    roles.stop()


def test_input_is_watched_only_while_a_role_is_signed_in(qtbot: QtBot, journal: Journal) -> None:
    # An application-wide filter takes the interpreter lock for every event of every widget:
    # the operator's screen, with nobody signed in, runs without one.
    roles = _controller(journal, idle_s=0.6)
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    assert not roles.watching_activity
    roles.adopt(roles.session.authenticator.sign_in("Sam", Role.SUPERVISOR, SUPERVISOR_PASSWORD))
    assert roles.watching_activity
    roles.sign_out()
    assert not roles.watching_activity
    qtbot.wait(150)
    # Qt's coarse timers may end the wait a little early: compare with the idle time just
    # before the key, which a looked-at key would have reset to about zero.
    before = roles.session.idle.idle_s
    QTest.keyClick(owner, Qt.Key.Key_A)  # nobody signed in to keep awake: not looked at
    assert before >= 0.1
    assert roles.session.idle.idle_s >= before
    roles.adopt(roles.session.authenticator.sign_in("Sam", Role.SUPERVISOR, SUPERVISOR_PASSWORD))
    assert roles.watching_activity
    roles.stop()
    assert not roles.watching_activity


def test_a_german_supervisor_reads_a_wrong_password_and_the_lockout_in_german(
    qtbot: QtBot, journal: Journal, station_languages: Languages
) -> None:
    assert station_languages.switch("de") is None
    roles = _controller(journal, throttle=SignInThrottle(3, 1.0))
    owner = QWidget()
    qtbot.addWidget(owner)
    roles.open_sign_in(owner)
    dialog = roles.sign_in_dialog
    assert dialog is not None
    assert dialog.role.currentText() == "Schichtleiter"

    def attempt(password: str, says: str) -> str:
        dialog.name.setText("Sam")
        dialog.password.setText(password)
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: says in dialog.message.text(), timeout=WAIT_MS)
        return dialog.message.text()

    # The role by its German name, the tries left in German's plural forms, the action too.
    assert attempt("not it", "Noch 2") == (
        "Falsches Passwort für Schichtleiter. Noch 2 Versuche, bevor die Anmeldung gesperrt "
        "wird. Was tun: Tastaturbelegung und Feststelltaste prüfen, dann das Passwort erneut "
        "eingeben."
    )
    assert dialog.sign_in_button.isEnabled()
    assert attempt("still not it", "Noch 1").startswith(
        "Falsches Passwort für Schichtleiter. Noch 1 Versuch, bevor die Anmeldung gesperrt wird."
    )
    # The lockout with its wait ("1 s": the catalogue's time.seconds).
    assert attempt("nor this", "gesperrt") == (
        "Falsches Passwort. Die Anmeldung ist nach wiederholten Fehlversuchen jetzt für 1 s "
        "gesperrt."
    )
    assert not dialog.sign_in_button.isEnabled()
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=WAIT_MS)
    assert dialog.message.text() == "Sie können es erneut versuchen."
    # The journal keeps the English facts, not the German words.
    failed = [e for e in journal.audit_events() if e.kind == "signin_failed"]
    assert [e.details["tries_left"] for e in failed] == ["1", "2"]
    dialog.reject()
    roles.stop()
