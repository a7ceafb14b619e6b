"""The Line menu on the operator screen: a label the printer could not print is flagged in the
menu, and its reprint (by the signed-in operator, journaled) reaches the loopback printer.
Real widgets offscreen, simulated devices on ptys, the Pairing stand-in, the SQLite journal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.demo import DemoEnvironment
from station.engine.events import SlotState
from station.journal import Journal
from station.line.runner import LineRunner
from station.peripherals import label_code
from ui.bridge import EngineBridge
from ui.operator.line_menu import LineMenu
from ui.operator.window import OperatorWindow

WAIT_MS = 60_000


@pytest.fixture
def station(
    qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[DemoEnvironment, OperatorWindow, Journal]]:
    with DemoEnvironment(tmp_path / "env", slots=2, bcrypt_cost=4, line=True) as env:
        config = load_config(env.config_path)
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            bridge = EngineBridge(interval_ms=30)
            runner = LineRunner(
                config=config,
                fixture=env.fixture_name,
                journal=journal,
                operator="Olga",
                sink=bridge.sink,
            )
            window = OperatorWindow(runner, bridge, "Olga")
            LineMenu(window, runner)
            window.show()
            qtbot.waitExposed(window)
            try:
                yield env, window, journal
            finally:
                window.begin_shutdown()
                qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
                window.deleteLater()


def _tower_text(menu: LineMenu) -> str:
    """What the menu shows when opened (it reads the tower when it is about to show)."""
    menu.menu.aboutToShow.emit()
    return menu.tower_action.text()


def test_a_label_that_did_not_print_is_flagged_and_reprinted_from_the_menu(
    qtbot: QtBot, station: tuple[DemoEnvironment, OperatorWindow, Journal]
) -> None:
    env, window, journal = station
    printer = env.printer
    assert printer is not None
    menu = window.findChild(LineMenu)
    assert isinstance(menu, LineMenu)
    assert menu.menu.title() == "&Line"
    assert not menu.reprint_actions["1"].isEnabled()  # nothing printed yet

    printer.state.paper_out = True
    qtbot.waitUntil(
        lambda: all(s.state is SlotState.READY for s in window.snapshots()), timeout=WAIT_MS
    )
    window.provision_all()
    qtbot.waitUntil(
        lambda: all(s.state is SlotState.PASS for s in window.snapshots()), timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: menu.menu.title() == "&Line (2 to reprint)", timeout=WAIT_MS)
    serial = window.tile("2").snapshot.hardware_serial
    assert serial and menu.reprint_actions["2"].text() == f"Slot 2: {serial} (not printed)"
    assert "out of labels" in window.notices.text.text()
    assert "Reprint label, slot" in window.notices.text.text()
    qtbot.waitUntil(
        lambda: _tower_text(menu) == "Tower light: green steady, blue steady", timeout=WAIT_MS
    )

    printer.state.paper_out = False
    menu.reprint_actions["2"].trigger()
    qtbot.waitUntil(lambda: len(printer.labels) == 1, timeout=WAIT_MS)
    assert serial in printer.labels[0]
    qtbot.waitUntil(lambda: menu.menu.title() == "&Line (1 to reprint)", timeout=WAIT_MS)
    assert menu.reprint_actions["2"].text() == f"Slot 2: {serial}"
    (reprint,) = [e for e in journal.audit_events() if e.kind == "label_reprint"]
    assert reprint.actor == "Olga" and reprint.details["slot"] == "2"
    assert reprint.details["serial"] == serial


def test_the_demo_window_has_the_line_menu_on_a_pty_tower_and_a_loopback_printer(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from contextlib import ExitStack

    from tests.ui.test_demo_roles import _args
    from ui.demo import open_demo

    with ExitStack() as stack:
        session = open_demo(_args(tmp_path / "demo"), stack, ask_operator=False)
        session.start()
        qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT_MS)
        window = session.window
        assert window is not None
        try:
            menu = window.findChild(LineMenu)
            assert isinstance(menu, LineMenu)
            titles = [a.text() for a in window.menuBar().actions()]
            assert titles.index("&Line") == titles.index("&Roles") - 1
            # The tower is set all off at start (units loaded, nothing running).
            qtbot.waitUntil(lambda: _tower_text(menu) == "Tower light: all off", timeout=WAIT_MS)
            out = capsys.readouterr().out
            assert "demo: label printer stand-in at 127.0.0.1:" in out
            assert "demo: serial tower light on a pseudo-terminal at " in out
        finally:
            with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
                window.close()
            window.deleteLater()


def test_a_label_scanned_with_a_keyboard_wedge_scanner_is_checked_by_the_line(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from station.config.toml_writer import dumps

    with DemoEnvironment(tmp_path / "env", slots=1, bcrypt_cost=4, line=True) as env:
        document = env.config_document(check_scan=True)
        env.config_path.write_text(dumps(document), "utf-8")
        config = load_config(env.config_path)
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            bridge = EngineBridge(interval_ms=30)
            runner = LineRunner(
                config=config,
                fixture=env.fixture_name,
                journal=journal,
                operator="Olga",
                sink=bridge.sink,
            )
            window = OperatorWindow(runner, bridge, "Olga")
            menu = LineMenu(window, runner)
            window.show()
            window.activateWindow()
            qtbot.waitExposed(window)
            try:
                qtbot.waitUntil(
                    lambda: window.snapshots()[0].state is SlotState.READY, timeout=WAIT_MS
                )
                window.provision_all()
                qtbot.waitUntil(lambda: menu.menu.title() == "&Line (1 to scan)", timeout=WAIT_MS)
                device_id = window.tile("1").snapshot.device_id
                assert device_id is not None
                # The scanner types the label's code fast and ends it with Enter.
                target = QApplication.focusWidget() or window
                code = label_code.encode(device_id)
                QTest.keyClicks(target, code, Qt.KeyboardModifier.NoModifier, 2)
                QTest.keyClick(target, Qt.Key.Key_Return)
                qtbot.waitUntil(lambda: menu.menu.title() == "&Line", timeout=WAIT_MS)
                assert "checks out" in window.notices.text.text()
                (check,) = [e for e in journal.audit_events() if e.kind == "label_check"]
                assert check.details["result"] == "match" and check.actor == "Olga"
            finally:
                window.begin_shutdown()
                qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
                window.deleteLater()
