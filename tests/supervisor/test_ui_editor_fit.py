"""The target editor on a panel PC, Esc with unsaved edits, and Test connection on a form that
is being edited (pytest-qt, offscreen, the real engine and the Pairing stand-in)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from station.targets.connection_test import AUTHORIZATION, CREDENTIALS, HEALTH, VERSION
from tests.supervisor.conftest import WAIT_MS, Supervised
from tests.ui.qa.window_probe import problems
from ui import theme
from ui.supervisor.targets_editor import TargetsEditor

Factory = Callable[..., Supervised]


def _editor(st: Supervised) -> TargetsEditor:
    st.sign_in_supervisor()
    editor = st.tools.open_targets()
    assert editor is not None
    st.qtbot.waitExposed(editor)
    return editor


def _inside(window: QWidget, widget: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def _test_connection(st: Supervised, editor: TargetsEditor) -> None:
    editor.test_button.click()
    st.qtbot.waitUntil(lambda: not editor.busy and editor.test_button.isEnabled(), timeout=WAIT_MS)


@pytest.fixture
def station_font(qapp: QApplication) -> Iterator[None]:
    """The type `station gui` gives every window (ui.app.application); Qt's default is smaller,
    and a window that fits in it may not fit on the station."""
    before = qapp.font()
    qapp.setFont(theme.font(theme.BODY_PT))
    try:
        yield
    finally:
        qapp.setFont(before)


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768)])
def test_the_editor_opens_inside_the_screen_and_fits_a_panel_pc(
    supervised: Factory, station_font: None, width: int, height: int
) -> None:
    st = supervised()
    editor = _editor(st)
    screen = editor.screen().availableGeometry()
    assert screen.contains(editor.frameGeometry()), (screen, editor.frameGeometry())
    editor.resize(width, height)
    st.qtbot.wait(50)
    assert editor.width() == width and editor.height() == height
    assert problems(editor, editor) == []
    must_see = {
        "Save target": editor.save_button,
        "Why": editor.reason,
        "New target": editor.new_button,
        "Delete": editor.delete_button,
        "Test connection": editor.test_button,
        **{f"Make active {f}": b for f, b in editor.make_active.items()},
    }
    assert [name for name, w in must_see.items() if not _inside(editor, w)] == []


def test_escape_asks_before_discarding_unsaved_edits(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    editor.form.allowlist_pattern.setText("SN-*")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    box = editor.discard_box
    assert box is not None and editor.isVisible()
    assert "Discard the unsaved changes to demo?" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # Keep editing
    st.qtbot.waitUntil(lambda: editor.discard_box is None, timeout=WAIT_MS)
    assert editor.isVisible()
    assert editor.form.allowlist_pattern.text() == "SN-*"

    QTest.keyClick(editor, Qt.Key.Key_Escape)
    box = editor.discard_box
    assert box is not None
    with st.qtbot.waitSignal(editor.rejected, timeout=WAIT_MS):
        box.button(QMessageBox.StandardButton.Discard).click()
    assert [k for k, _ in st.events()] == ["signin"]  # nothing saved


def test_escape_without_edits_closes_at_once(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    editor.form.realm.setText("other")
    editor.form.realm.setText("demo")  # back as it was: nothing to lose
    with st.qtbot.waitSignal(editor.rejected, timeout=WAIT_MS):
        QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.discard_box is None


def test_a_changed_form_clears_the_last_test_results(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    _test_connection(st, editor)
    assert editor.results.state(AUTHORIZATION) == "ok"
    editor.form.realm.setText("otherrealm")
    assert all(
        editor.results.state(n) == "waiting" for n in (CREDENTIALS, HEALTH, VERSION, AUTHORIZATION)
    )
    assert "changed since the last test" in editor.results.messages[CREDENTIALS].text()


def test_an_invalid_realm_still_tests_the_connection(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    editor.form.realm.setText("Plant-1")
    _test_connection(st, editor)
    results = editor.results
    assert (results.state(HEALTH), results.state(VERSION)) == ("ok", "ok")
    assert (results.state(CREDENTIALS), results.state(AUTHORIZATION)) == ("not_run", "not_run")
    assert "Realm is not valid" in results.messages[AUTHORIZATION].text()
    assert "not a valid Astarte realm name" in editor.form.error_text("realm")
    assert "Not saved" not in editor.status.text()
    assert "ran 2 of 4 checks" in editor.status.text()
    assert st.env.standin is not None and st.env.standin.devices("demo") == []


def test_an_invalid_url_still_tests_the_credentials(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    editor.form.pairing_url.setText("http://astarte.example.com/pairing")
    editor.form.token_ttl_s.setValue(120)
    _test_connection(st, editor)
    results = editor.results
    assert results.state(CREDENTIALS) == "ok"
    assert [results.state(n) for n in (HEALTH, VERSION, AUTHORIZATION)] == ["not_run"] * 3
    assert "Pairing URL is not valid" in results.messages[HEALTH].text()
    assert "plain http" in editor.form.error_text("pairing_url")
    assert "Not saved" not in editor.status.text()


def test_the_editor_says_before_saving_that_the_screen_restarts(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    note = editor.restart_note
    assert note.isVisible()
    assert "demo is the active target of fixture" in note.text()
    assert "counters, each slot's last result and your sign-in are kept" in note.text()
    editor.new_target()
    assert not note.isVisible()


def test_leaving_an_edited_target_asks_first(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    editor.form.allowlist_pattern.setText("SN-*")
    editor.new_button.click()
    box = editor.discard_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()  # Keep editing
    st.qtbot.waitUntil(lambda: editor.discard_box is None, timeout=WAIT_MS)
    assert editor.form.target_name() == "demo"
    assert editor.form.allowlist_pattern.text() == "SN-*"
    assert editor.list.currentItem() is not None
    assert editor.list.currentItem().text() == "demo"

    editor.new_button.click()
    box = editor.discard_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Discard).click()
    st.qtbot.waitUntil(lambda: editor.form.target_name() == "", timeout=WAIT_MS)
    assert not editor.has_unsaved_edits()
    # Back to the saved target: nothing was edited, so nothing is asked.
    editor.list.setCurrentRow(0)
    assert editor.discard_box is None
    assert editor.form.target_name() == "demo"
    assert editor.form.allowlist_pattern.text() == ""
