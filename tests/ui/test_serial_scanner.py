"""A serial (USB-CDC) barcode scanner, `[line] scanner_port`, on the operator screen: its codes
take the keyboard scanner's route (check-scan, `SLOT:` codes, a tile's serial). The scanner is a
real pty whose other end the test writes, with CR, LF and CR LF terminators and codes split
across writes; real widgets offscreen, simulated devices, the Pairing stand-in, SQLite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine.events import SlotState
from station.journal import Journal
from station.line.runner import LineRunner
from station.peripherals import label_code
from station.peripherals.serial_scanner import split_lines
from ui.app import _add_line_menu
from ui.bridge import EngineBridge
from ui.operator.serial_scan import SerialScanFeed
from ui.operator.window import OperatorWindow

WAIT_MS = 60_000


class PtyScanner:
    """The scanner's end of a pty: `port` is what `[line] scanner_port` names."""

    def __init__(self) -> None:
        self.master, self._slave = os.openpty()
        self.port = os.ttyname(self._slave)

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        os.close(self.master)
        os.close(self._slave)


@pytest.fixture
def scanner() -> Iterator[PtyScanner]:
    pty = PtyScanner()
    try:
        yield pty
    finally:
        pty.close()


def _window(
    qtbot: QtBot, env: DemoEnvironment, journal: Journal, config: Any
) -> tuple[OperatorWindow, SerialScanFeed]:
    bridge = EngineBridge(interval_ms=30)
    runner = LineRunner(
        config=config,
        fixture=env.fixture_name,
        journal=journal,
        operator="Olga",
        sink=bridge.sink,
    )
    window = OperatorWindow(runner, bridge, "Olga")
    _add_line_menu(window, runner)  # as `station gui` does: Line menu and serial scanner
    window.show()
    qtbot.waitExposed(window)
    feed = window.findChild(SerialScanFeed)
    assert isinstance(feed, SerialScanFeed)
    # Write only once the station reads the port (opening a port flushes what waits in it).
    assert feed.scanner.reading.wait(30)
    return window, feed


def _close(qtbot: QtBot, window: OperatorWindow) -> None:
    window.begin_shutdown()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    window.deleteLater()


def _configured(env: DemoEnvironment, port: str, **target: Any) -> Any:
    document = env.config_document(**target)
    document.setdefault("line", {})["scanner_port"] = port
    env.config_path.write_text(dumps(document), "utf-8")
    return load_config(env.config_path)


def test_codes_end_at_cr_lf_or_both_and_may_arrive_in_pieces() -> None:
    codes, rest = split_lines(b"", b"SLOT:1\rSLOT:2\nSLOT:3\r\n  AS12")
    assert (codes, rest) == (["SLOT:1", "SLOT:2", "SLOT:3"], b"  AS12")
    codes, rest = split_lines(rest, b"34\r\n\r\n")
    assert (codes, rest) == (["AS1234"], b"")
    assert split_lines(b"", "Stra\u00dfe\r".encode())[0] == ["Stra\ufffd\ufffde"]


def test_a_label_scanned_on_a_serial_scanner_makes_the_slots_pass_final(
    qtbot: QtBot, tmp_path: Path, scanner: PtyScanner
) -> None:
    with DemoEnvironment(tmp_path / "env", slots=1, bcrypt_cost=4, line=True) as env:
        config = _configured(env, scanner.port, check_scan=True)
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            window, _feed = _window(qtbot, env, journal, config)
            try:
                qtbot.waitUntil(
                    lambda: window.snapshots()[0].state is SlotState.READY, timeout=WAIT_MS
                )
                window.provision_all()
                qtbot.waitUntil(lambda: window.tile("1").snapshot.awaiting_check, timeout=WAIT_MS)
                device_id = window.tile("1").snapshot.device_id
                assert device_id is not None
                code = label_code.encode(device_id).encode("ascii")
                scanner.send(code[:10])  # a USB-CDC scanner's code may come in two reads
                scanner.send(code[10:] + b"\r\n")
                qtbot.waitUntil(
                    lambda: window.tile("1").snapshot.state is SlotState.PASS, timeout=WAIT_MS
                )
                (check,) = [e for e in journal.audit_events() if e.kind == "label_check"]
                assert check.details["result"] == "match" and check.actor == "Olga"
            finally:
                _close(qtbot, window)


def test_slot_codes_and_serials_from_a_serial_scanner_select_and_highlight_as_before(
    qtbot: QtBot, tmp_path: Path, scanner: PtyScanner
) -> None:
    with DemoEnvironment(tmp_path / "env", slots=2, bcrypt_cost=4, line=True) as env:
        config = _configured(env, scanner.port)
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            window, _feed = _window(qtbot, env, journal, config)
            try:
                fixture = window.keys.fixture
                scanner.send(b"SLOT:2\r")
                qtbot.waitUntil(lambda: fixture.selected == "2", timeout=WAIT_MS)
                scanner.send(b"SLOT:1\n")
                qtbot.waitUntil(lambda: fixture.selected == "1", timeout=WAIT_MS)
                scanner.send(b"SLOT:9\r\n")
                qtbot.waitUntil(
                    lambda: "does not match any slot" in window.notices.text.text(),
                    timeout=WAIT_MS,
                )
                assert fixture.selected == "1"
                # A serial no tile shows: the old meaning (find the tile), told in the status.
                scanner.send(b"SN-NOT-HERE\n")
                qtbot.waitUntil(
                    lambda: "No slot shows serial SN-NOT-HERE" in window.status.currentMessage(),
                    timeout=WAIT_MS,
                )
            finally:
                _close(qtbot, window)


def test_a_scanner_port_that_cannot_be_read_is_a_notice_with_its_action(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with DemoEnvironment(tmp_path / "env", slots=1, bcrypt_cost=4, line=True) as env:
        config = _configured(env, str(tmp_path / "no-such-scanner"))
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
            _add_line_menu(window, runner)
            window.show()
            try:
                qtbot.waitUntil(
                    lambda: "no-such-scanner cannot be read" in window.notices.text.text(),
                    timeout=WAIT_MS,
                )
                assert "scanner_port" in window.notices.history[-1].action
            finally:
                _close(qtbot, window)
