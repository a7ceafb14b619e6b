"""The QA journal from the operator window with the real role tools: greyed for the operator and
refused by the window itself, open for a signed-in QA person, closed when the session ends."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox

from station.roles import Role
from tests.roles.helpers import QA_PASSWORD
from tests.supervisor.conftest import WAIT_MS, Supervised
from ui.qa.menu import qa_access
from ui.qa.window import QAWindow
from ui.supervisor.tools import QA_JOURNAL_ACTION


def _qa_windows() -> list[QAWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QAWindow) and w.isVisible()]


def test_the_journal_is_for_qa_and_closes_with_the_session(
    supervised: Callable[..., Supervised],
) -> None:
    st = supervised(qa_menu=True)
    action = next(a for a in st.window.roles_menu.actions() if a.objectName() == QA_JOURNAL_ACTION)
    access = qa_access(action)
    assert not action.isEnabled()

    # A stale or scripted trigger while the operator acts: the window refuses on its own.
    assert access.open_or_raise() is None
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "qa-open-failed" and w.isVisible()
    ]
    assert boxes and "Olga is signed in as Operator" in boxes[-1].text()
    boxes[-1].close()
    assert _qa_windows() == []

    st.sign_in(Role.QA, "Quinn", QA_PASSWORD)
    assert action.isEnabled()
    action.trigger()
    st.qtbot.waitUntil(lambda: len(_qa_windows()) == 1, timeout=WAIT_MS)
    qa = _qa_windows()[0]
    assert qa.actor().name == "Quinn" and qa.actor().role is Role.QA

    with st.qtbot.waitSignal(qa.closed, timeout=WAIT_MS):
        st.tools.roles.sign_out()
    assert _qa_windows() == [] and access.window is None
    assert ("signout", "Quinn (qa)") in st.events()
