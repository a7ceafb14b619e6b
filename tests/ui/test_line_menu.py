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


@pytest.fixture
def check_scan_station(
    qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[OperatorWindow, LineMenu, Journal]]:
    """One slot whose target checks each label by scanning it back, on the real window."""
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
                yield window, menu, journal
            finally:
                window.begin_shutdown()
                qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
                window.deleteLater()


def _provisioned_and_waiting(qtbot: QtBot, window: OperatorWindow, menu: LineMenu) -> str:
    """Provision slot 1; once it waits for its label's scan, the code a scanner reads off it."""
    qtbot.waitUntil(lambda: window.snapshots()[0].state is SlotState.READY, timeout=WAIT_MS)
    window.provision_all()
    qtbot.waitUntil(lambda: window.tile("1").snapshot.awaiting_check, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: menu.menu.title() == "&Line (1 to scan)", timeout=WAIT_MS)
    # Provisioned but not final: it counts nowhere yet.
    assert window.tile("1").snapshot.state is SlotState.WORKING
    assert window.counters.figures.passed == window.counters.figures.failed == 0
    device_id = window.tile("1").snapshot.device_id
    assert device_id is not None
    return label_code.encode(device_id)


def _scan_with_wedge(window: OperatorWindow, code: str) -> None:
    """Type `code` and Enter as a keyboard-wedge scanner does, until the screen takes it as a
    scan. The keys go back to back (no timed pause between them); a burst that a loaded machine
    still stretched past the scanner's gap is typing, not a scan, and is sent again: the test
    waits on the router having taken the scan, never on a time."""
    hook = window.keys.scan_hook
    assert hook is not None
    taken: list[str] = []

    def seen(text: str) -> bool:
        taken.append(text)
        return hook(text)

    window.keys.scan_hook = seen
    try:
        for _ in range(20):
            target = QApplication.focusWidget() or window
            QTest.keyClicks(target, code)
            QTest.keyClick(target, Qt.Key.Key_Return)
            if taken:
                break
        assert taken == [code], taken
    finally:
        window.keys.scan_hook = hook


def test_a_label_scanned_with_a_keyboard_wedge_scanner_is_checked_by_the_line(
    qtbot: QtBot, check_scan_station: tuple[OperatorWindow, LineMenu, Journal]
) -> None:
    window, menu, journal = check_scan_station
    code = _provisioned_and_waiting(qtbot, window, menu)
    _scan_with_wedge(window, code)
    # Its own label: the PASS is final, on the tile, in the counters and in the journal.
    qtbot.waitUntil(lambda: window.tile("1").snapshot.state is SlotState.PASS, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.counters.figures.passed == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: menu.menu.title() == "&Line", timeout=WAIT_MS)
    assert "checks out" in window.notices.text.text()
    (check,) = [e for e in journal.audit_events() if e.kind == "label_check"]
    assert check.details["result"] == "match" and check.actor == "Olga"
    detail = journal.attempt(check.details["attempt_id"])
    assert detail is not None and detail.row.result == "PASS"


def test_another_units_label_scanned_back_fails_the_slot_on_the_screen_and_the_tower(
    qtbot: QtBot, check_scan_station: tuple[OperatorWindow, LineMenu, Journal]
) -> None:
    window, menu, journal = check_scan_station
    _provisioned_and_waiting(qtbot, window, menu)
    _scan_with_wedge(window, label_code.encode("AAAAAAAAAAAAAAAAAAAAAA"))
    qtbot.waitUntil(lambda: window.tile("1").snapshot.state is SlotState.FAIL, timeout=WAIT_MS)
    snapshot = window.tile("1").snapshot
    assert snapshot.error_class == "label_check_mismatch"
    assert snapshot.action == "Relabel: reprint with Line → Reprint label, slot 1, then scan it."
    qtbot.waitUntil(lambda: window.counters.figures.failed == 1, timeout=WAIT_MS)
    assert window.counters.figures.passed == 0
    qtbot.waitUntil(lambda: "red blink" in _tower_text(menu), timeout=WAIT_MS)
    assert snapshot.attempt_id is not None
    detail = journal.attempt(snapshot.attempt_id)
    assert detail is not None
    assert (detail.row.result, detail.row.error_class) == ("FAIL", "label_check_mismatch")
