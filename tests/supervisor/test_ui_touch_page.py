"""The supervisor's touch and pedal settings apply to the running operator screen as soon as they
are saved, with no restart: touch mode turns on (every control at least 15 mm) and off again
(the controls back to their own sizes), and the pedal key starts the slots at its next press.
Saved through the configuration's rules and journaled (real window offscreen, real engine,
stand-in and journal)."""

from __future__ import annotations

import dataclasses
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.demo_cli import demo_arguments
from station.errors import ConfigError
from station.roles import Actor, NotPermitted, Role
from station.targets.actions import TargetBook
from tests.supervisor.test_ui_restart import WAIT_MS, Running, running
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.errors import CrashDialog
from ui.i18n.languages import Languages
from ui.operator.window import OperatorWindow
from ui.supervisor.mes_page import attach_mes_page
from ui.supervisor.touch_page import TouchPage

__all__ = ["qm_dir", "station_languages"]  # fixtures


def _pedal_press(window: OperatorWindow, key: Qt.Key) -> bool:
    """Whether the screen takes a press of `key` (as the pedal's)."""
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
    return window.keys.handle_key(event)


def _finished(st: Running) -> bool:
    """The slot the pedal started has finished its attempt."""
    return not st.window.runner.busy and st.window.snapshots()[0].result is not None


def _page(window: OperatorWindow) -> TouchPage:
    (action,) = [a for a in window.roles_menu.actions() if a.objectName() == "open-touch"]
    assert action.isEnabled()
    action.trigger()
    page = window.findChild(TouchPage, "touch-page")
    assert page is not None and page.isVisible()
    return page


def _save(qtbot: QtBot, page: TouchPage, touch: bool, pedal: str, reason: str) -> None:
    page.touch.setChecked(touch)
    page.pedal.setCurrentIndex(page.pedal.findData(pedal))
    page.reason.setText(reason)
    page.state.clear()
    page.save_button.click()
    qtbot.waitUntil(lambda: page.state.text() != "", timeout=WAIT_MS)
    assert page.state.text().startswith("Saved"), page.state.text()


def test_touch_and_pedal_apply_to_the_running_screen_when_saved(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running(qtbot, tmp_path) as st:
        window = st.window
        (menu_entry,) = [a for a in window.roles_menu.actions() if a.objectName() == "open-touch"]
        assert not menu_entry.isEnabled()  # an operator may not
        buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
        before = {b: (b.minimumSize(), b.maximumSize()) for b in buttons}
        assert window.touch is None and not _pedal_press(window, Qt.Key.Key_F13)

        st.sign_in_supervisor()
        page = _page(window)
        _save(qtbot, page, True, "F13", "gloves from today")
        touch = window.touch
        assert touch is not None and touch.px > 0
        qtbot.waitUntil(lambda: window.provision_button.height() >= touch.px, timeout=WAIT_MS)
        for button in buttons:
            assert button.minimumHeight() >= touch.px, button.objectName()
        assert window.fixture.touch_px == touch.px
        assert window.roles_toolbar.parentWidget() is window  # a row of its own, not the corner
        assert _pedal_press(window, Qt.Key.Key_F13)  # the pedal starts the slots now
        qtbot.waitUntil(lambda: _finished(st), timeout=WAIT_MS)
        assert st.session.window is window  # no restart: the same screen, the same engine
        saved = load_config(st.env.config_path)
        assert (saved.line.touch, saved.line.pedal_key) == (True, "F13")
        assert "Touch mode is now on; foot pedal key: F13." in window.notices.text.text()

        _save(qtbot, page, False, "", "back to bare hands")
        assert window.touch is None and window.fixture.touch_px == 0
        for button, sizes in before.items():
            assert (button.minimumSize(), button.maximumSize()) == sizes, button.objectName()
        assert window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is window.roles_toolbar
        assert not _pedal_press(window, Qt.Key.Key_F13)
        assert st.session.window is window
        saved = load_config(st.env.config_path)
        assert (saved.line.touch, saved.line.pedal_key) == (False, None)

        changes = [
            e for e in reversed(st.journal.audit_events()) if e.kind == "line_settings_change"
        ]
        assert [(e.details, e.reason) for e in changes] == [
            (
                {"fields": "touch, pedal_key", "touch": "true", "pedal_key": "F13"},
                "gloves from today",
            ),
            (
                {"fields": "touch, pedal_key", "touch": "false", "pedal_key": ""},
                "back to bare hands",
            ),
        ]
        assert {e.actor for e in changes} == {"Sam (supervisor)"}


def test_touch_settings_need_a_supervisor_and_a_key_a_pedal_can_send(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running(qtbot, tmp_path) as st:
        book = TargetBook(load_config(st.env.config_path), st.env.config_path, st.journal)
        before = st.env.config_path.read_text()
        with pytest.raises(NotPermitted):
            book.save_touch_settings(Actor("Olga", Role.OPERATOR), touch=True, pedal_key=None)
        with pytest.raises(NotPermitted):
            book.save_touch_settings(Actor("Quinn", Role.QA), touch=True, pedal_key=None)
        with pytest.raises(ConfigError, match="is not a key a foot pedal can be set to send"):
            book.save_touch_settings(Actor("Sam", Role.SUPERVISOR), touch=True, pedal_key="A")
        assert st.env.config_path.read_text() == before
        assert [e for e in st.journal.audit_events() if e.kind == "line_settings_change"] == []
        # Saving what is already there changes nothing and journals nothing.
        book.save_touch_settings(Actor("Sam", Role.SUPERVISOR), touch=False, pedal_key=None)
        assert [e for e in st.journal.audit_events() if e.kind == "line_settings_change"] == []


def test_a_failed_save_shows_its_words_and_a_bug_also_the_crash_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The page's failure handler is the write task's: a refusal is words on the page only, a
    # bug reaches the crash dialog as well (its words ask for the report the dialog holds).
    with running(qtbot, tmp_path) as st:
        st.sign_in_supervisor()
        page = _page(st.window)

        def crash_dialogs() -> list[CrashDialog]:
            return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]

        page._refused(ConfigError("The pedal key is not one a pedal can send.", "Pick F13."))
        assert page.state.text() == (
            "The pedal key is not one a pedal can send. What to do: Pick F13."
        )
        assert crash_dialogs() == []
        page._refused(RuntimeError("a bug"))
        assert page.state.text().startswith("The station hit an internal error.")
        qtbot.waitUntil(lambda: any(d.isVisible() for d in crash_dialogs()), timeout=WAIT_MS)
        for dialog in crash_dialogs():
            dialog.close()


def test_the_demo_screen_keeps_a_saved_touch_mode_across_a_restart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """`station demo` reads [line] again when its screen restarts (after a target change),
    so a touch mode saved live is not lost to the values the demo started with."""
    from ui.demo import DEMO_PASSWORDS, open_demo
    from ui.supervisor.tools import SupervisorTools

    args = demo_arguments("--slots", "1", "--workdir", str(tmp_path / "demo"), "--operator", "Olga")
    with ExitStack() as stack:
        session = open_demo(args, stack, ask_operator=False)
        session.start()
        qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT_MS)
        first = session.window
        assert first is not None and first.touch is None
        tools = next(h for h in session.helpers if isinstance(h, SupervisorTools))
        tools.sign_in_action.trigger()
        dialog = tools.roles.sign_in_dialog
        assert dialog is not None
        dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPERVISOR.value))
        dialog.name.setText("Sam")
        dialog.password.setText(DEMO_PASSWORDS[Role.SUPERVISOR])
        with qtbot.waitSignal(tools.roles.roleChanged, timeout=WAIT_MS):
            dialog.sign_in_button.click()
        _save(qtbot, _page(first), True, "F13", "gloves from today")
        assert first.touch is not None
        session.restart()
        qtbot.waitUntil(
            lambda: session.window is not None and session.window is not first, timeout=WAIT_MS
        )
        second = session.window
        assert second is not None
        try:
            assert second.touch is not None and second.touch.px > 0
            assert second.keys.pedal_key == Qt.Key.Key_F13
        finally:
            with qtbot.waitSignal(second.closed, timeout=WAIT_MS):
                second.close()
            second.deleteLater()


def test_the_touch_and_mes_entries_follow_a_language_switch(
    qtbot: QtBot, tmp_path: Path, station_languages: Languages
) -> None:
    with running(qtbot, tmp_path) as st:
        config = load_config(st.env.config_path)
        with_mes = dataclasses.replace(
            config, line=dataclasses.replace(config.line, mes_url="http://127.0.0.1:9/mes")
        )
        mes = attach_mes_page(st.tools, with_mes)
        assert mes is not None
        (touch,) = [a for a in st.window.roles_menu.actions() if a.objectName() == "open-touch"]
        assert (touch.text(), mes.action.text()) == (
            "Touch and foot pedal…",
            "MES: override and waiting results…",
        )
        assert station_languages.switch("de") is None
        qtbot.waitUntil(lambda: touch.text() == "Touch und Fußpedal…", timeout=WAIT_MS)
        assert mes.action.text() == "MES: Übersteuerung und wartende Ergebnisse…"
        assert station_languages.switch("en") is None
        qtbot.waitUntil(lambda: touch.text() == "Touch and foot pedal…", timeout=WAIT_MS)
