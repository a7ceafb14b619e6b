"""The operator window opens the QA journal view from its Roles menu, on the station's journal."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import OperatorStation
from tests.ui.qa.conftest import WAIT_MS
from ui.qa.menu import add_qa_action
from ui.qa.window import QAWindow


def qa_windows() -> list[QAWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QAWindow) and w.isVisible()]


# The offscreen platform has no window manager to raise a window with; a real desktop does.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_roles_menu_opens_one_qa_window_that_closes_with_the_station(
    qtbot: QtBot, operator_station: Callable[..., OperatorStation]
) -> None:
    station = operator_station(slots=2)
    action = add_qa_action(station.window, station.journal_path)
    assert action in station.window.roles_menu.actions()
    assert action.text() == "Journal (QA)…"

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
