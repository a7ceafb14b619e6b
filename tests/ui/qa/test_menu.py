"""The operator window opens the QA journal view from its Roles menu, on the station's journal,
and only for someone who may see it: the window checks the actor itself, not only the menu."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from station.roles import Actor, Role
from tests.ui.conftest import OperatorStation
from tests.ui.qa.conftest import QA_ACTOR, WAIT_MS
from ui.qa.menu import add_qa_action, qa_access
from ui.qa.window import QAWindow


def qa_windows() -> list[QAWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QAWindow) and w.isVisible()]


def refusal_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "qa-open-failed" and w.isVisible()
    ]


# The offscreen platform has no window manager to raise a window with; a real desktop does.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_roles_menu_opens_one_qa_window_that_closes_with_the_station(
    qtbot: QtBot, operator_station: Callable[..., OperatorStation]
) -> None:
    station = operator_station(slots=2)
    action = add_qa_action(station.window, station.journal_path)
    assert action in station.window.roles_menu.actions()
    assert action.text() == "Journal (QA)…"
    qa_access(action).bind(lambda: QA_ACTOR)

    action.trigger()
    qtbot.waitUntil(lambda: len(qa_windows()) == 1, timeout=WAIT_MS)
    qa = qa_windows()[0]
    assert qa.journal_path == station.journal_path
    qtbot.waitUntil(lambda: qa.model.head_seq >= 0, timeout=WAIT_MS)

    action.trigger()  # a second click raises the open window instead of opening another
    assert qa_windows() == [qa]

    with qtbot.waitSignal(qa.closed, timeout=WAIT_MS):
        station.close()
    assert qa_windows() == []


def test_without_roles_the_action_fails_closed(
    qtbot: QtBot, operator_station: Callable[..., OperatorStation]
) -> None:
    station = operator_station(slots=1, operator="Olga")
    action = add_qa_action(station.window, station.journal_path)
    action.trigger()  # nobody bound the roles: the operator is acting
    qtbot.waitUntil(lambda: bool(refusal_boxes()), timeout=WAIT_MS)
    box = refusal_boxes()[-1]
    assert box.windowTitle() == "Not permitted"
    assert "Olga is signed in as Operator" in box.text() and "view the journal" in box.text()
    assert qa_windows() == []
    box.close()


def test_the_window_closes_when_the_session_loses_the_journal(
    qtbot: QtBot, operator_station: Callable[..., OperatorStation]
) -> None:
    station = operator_station(slots=1)
    action = add_qa_action(station.window, station.journal_path)
    acting = [QA_ACTOR]
    access = qa_access(action)
    access.bind(lambda: acting[0])
    qa = access.open_or_raise()
    assert qa is not None and qa.isVisible()

    access.role_changed()  # still QA: nothing happens
    assert qa_windows() == [qa]

    acting[0] = Actor("Olga", Role.OPERATOR)  # the idle lock signed QA out
    with qtbot.waitSignal(qa.closed, timeout=WAIT_MS):
        access.role_changed()
    assert qa_windows() == [] and access.window is None
