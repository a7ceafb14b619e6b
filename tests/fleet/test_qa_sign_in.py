"""Signing in to the fleet's QA window from the fleet page: the readers opened ahead are closed
when the window is never built, and a failed sign-in is told without touching the page's
refresh (real PostgreSQL, real widgets offscreen)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.fleet.connect import FleetSettings
from station.fleet.qa_database import FleetDatabase
from station.roles import Actor, Role
from tests.fleet.conftest import FleetDb
from ui.errors import CrashDialog
from ui.qa.access import fixed
from ui.supervisor.fleet_page import FleetPage

WAIT_MS = 30_000


def _qa_connections(fleet_db: FleetDb, settings: FleetSettings) -> Callable[[], int]:
    """How many connections the QA role holds at the centre, asked on one admin connection."""
    admin = fleet_db.admin()

    def count() -> int:
        row = admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s",
            (f"qa {settings.role}",),
        ).fetchone()
        assert row is not None
        return int(row[0])

    return count


def test_readers_opened_ahead_and_never_used_are_closed(fleet_db: FleetDb, qtbot: QtBot) -> None:
    settings, password = fleet_db.add_qa()
    connections = _qa_connections(fleet_db, settings)
    source = FleetDatabase(settings, password)
    source.prepare(3)
    assert connections() == 3
    source.close_unused()
    assert source.prepared == 0
    qtbot.waitUntil(lambda: connections() == 0, timeout=WAIT_MS)


def test_a_window_refused_after_the_sign_in_leaves_no_connection_open(
    fleet_db: FleetDb, qtbot: QtBot
) -> None:
    qa, password = fleet_db.add_qa()
    connections = _qa_connections(fleet_db, qa)
    # Signed out to an operator while the sign-in ran: the window refuses to open.
    page = FleetPage(fleet_db.settings("unused"), actor=fixed(Actor("Olga", Role.OPERATOR)))
    qtbot.addWidget(page)
    page.role.setText(qa.role)
    page.password.setText(password)
    page.qa_button.click()
    qtbot.waitUntil(page.qa_button.isEnabled, timeout=WAIT_MS)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "qa-open-failed"]
    assert boxes, "the refusal is told in a box"
    for box in boxes:
        box.close()
    assert page.qa_window is None
    qtbot.waitUntil(lambda: connections() == 0, timeout=WAIT_MS)


def test_a_refused_sign_in_leaves_the_refresh_alone(fleet_db: FleetDb, qtbot: QtBot) -> None:
    qa, _password = fleet_db.add_qa()
    page = FleetPage(fleet_db.settings("unused"), actor=fixed(Actor("Quinn", Role.QA)))
    qtbot.addWidget(page)
    # A read of the stations in flight (a slow centre): Refresh stays off until it answers.
    page._reading = True
    page.refresh_button.setEnabled(False)
    page.role.setText(qa.role)
    page.password.setText("wrong password")
    page.qa_button.click()
    qtbot.waitUntil(page.qa_button.isEnabled, timeout=WAIT_MS)
    assert f"refused the password of role {qa.role}" in page.status.text()
    assert page._reading
    assert not page.refresh_button.isEnabled()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]


def test_a_bug_in_the_sign_in_shows_the_crash_dialog(
    fleet_db: FleetDb, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: FleetDatabase, readers: int = 3) -> None:
        raise RuntimeError("a bug in the sign-in")

    monkeypatch.setattr(FleetDatabase, "prepare", broken)
    page = FleetPage(fleet_db.settings("unused"), actor=fixed(Actor("Quinn", Role.QA)))
    qtbot.addWidget(page)
    page.qa_button.click()
    qtbot.waitUntil(page.qa_button.isEnabled, timeout=WAIT_MS)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
    assert dialogs, "a bug is reported with the crash dialog"
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()
    assert "RuntimeError" in page.status.text()
