"""The MES and fleet pages read again on a timer; a read that fails is told on the page, never in
a dialog. The environment's fault (a journal moved away, a centre that does not answer) is said
with its cause and what to do, and nothing is logged as a bug. Our own bug says "internal
error" with the log file's path, and its trace is in that file once per distinct error, however
often the page reads again (real Qt widgets offscreen, a real journal, a real log file).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.fleet.connect import FleetSettings
from station.journal import Journal
from station.roles import Actor, Role
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.log_file import start_log_file, stop_log_file
from ui.supervisor.fleet_page import FleetPage
from ui.supervisor.mes_page import MesPage

__all__ = ["qm_dir", "station_languages"]  # fixtures

WAIT_MS = 20_000
TRACE = "Traceback (most recent call last)"
SUPERVISOR = Actor("Sam", Role.SUPERVISOR)


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = start_log_file(tmp_path / "log" / "station.log")
    try:
        yield path
    finally:
        stop_log_file()


def _logged(path: Path) -> str:
    return path.read_text("utf-8") if path.exists() else ""


def _boxes() -> list[QMessageBox]:
    # Shown ones: a box an earlier test closed stays a (hidden) top-level widget until deleted.
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


class OutboxBug:
    """The engine's side of the MES page (`mes_waiting`) failing with an exception nothing
    expects, as a bug of ours would: the same one at each read (its message differs), or
    another once `error` is changed."""

    def __init__(self) -> None:
        self.reads = 0
        self.error: type[Exception] = KeyError

    def mes_waiting(self) -> None:
        self.reads += 1
        raise self.error(f"read {self.reads}")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[tuple[Path, Journal]]:
    """A station whose target asks an MES, and its journal."""
    with ExitStack() as stack:
        env = stack.enter_context(DemoEnvironment(tmp_path / "demo", slots=1, bcrypt_cost=4))
        document = env.config_document(mes_recipe="R-7", mes_offline="block")
        document["line"] = {"mes_url": "http://127.0.0.1:9/mes", "mes_timeout_s": 2}
        env.config_path.write_text(dumps(document), "utf-8")
        journal = stack.enter_context(Journal.open(env.journal_path, station_id="demo-station"))
        yield env.config_path, journal


def _mes_page(qtbot: QtBot, config: Path, journal: Journal, runner: object) -> MesPage:
    page = MesPage(load_config(config), journal, runner, lambda: SUPERVISOR)
    qtbot.addWidget(page)
    page.show()
    return page


def _read_again(qtbot: QtBot, page: MesPage, bug: OutboxBug, reads: int) -> None:
    """Refresh until the page's `reads`-th read has run and its answer is shown."""

    def refreshed() -> bool:
        page.refresh()  # skipped while a read's answer is still on its way
        return bug.reads >= reads

    qtbot.waitUntil(refreshed, timeout=WAIT_MS)
    assert page.wait(WAIT_MS)
    QCoreApplication.processEvents()  # the answer, queued by the worker


def test_a_bug_in_the_mes_pages_read_is_logged_once_and_named_on_the_page(
    qtbot: QtBot, station: tuple[Path, Journal], log_file: Path
) -> None:
    bug = OutboxBug()
    page = _mes_page(qtbot, *station, bug)
    for reads in range(1, 5):
        _read_again(qtbot, page, bug, reads)
    assert page.waiting_state.text() == (
        f"Internal error, see the log at {log_file} and send it to support."
    )
    logged = _logged(log_file)
    assert logged.count(TRACE) == 1, logged
    assert "MES page: a read failed with an internal error" in logged
    assert "KeyError: 'read 1'" in logged
    assert _boxes() == []  # no dialog every few seconds

    bug.error = ZeroDivisionError  # another bug: logged too, once
    for reads in range(bug.reads + 1, bug.reads + 4):
        _read_again(qtbot, page, bug, reads)
    logged = _logged(log_file)
    assert logged.count(TRACE) == 2, logged
    assert "ZeroDivisionError: read " in logged  # the first after the change (or the timer's)
    assert _boxes() == []


def test_the_mes_pages_internal_error_is_reworded_in_the_screens_language(
    qtbot: QtBot,
    station: tuple[Path, Journal],
    log_file: Path,
    station_languages: Languages,
) -> None:
    bug = OutboxBug()
    page = _mes_page(qtbot, *station, bug)
    _read_again(qtbot, page, bug, 1)
    assert station_languages.switch("de") is None
    german = f"Interner Fehler, siehe das Protokoll unter {log_file}; dieses an den Support senden."
    qtbot.waitUntil(lambda: page.waiting_state.text() == german, timeout=WAIT_MS)


def test_a_journal_gone_from_under_the_mes_page_is_told_with_what_to_do_and_not_logged(
    qtbot: QtBot, station: tuple[Path, Journal], log_file: Path
) -> None:
    config, journal = station
    page = _mes_page(qtbot, config, journal, None)  # no engine: the page reads the journal
    qtbot.waitUntil(lambda: "Nothing waits" in page.waiting_state.text(), timeout=WAIT_MS)
    journal.path.rename(journal.path.with_name("moved-away.sqlite"))
    page.refresh()
    qtbot.waitUntil(lambda: "There is no journal at" in page.waiting_state.text(), timeout=WAIT_MS)
    said = page.waiting_state.text()
    assert str(journal.path) in said
    assert "What to do: Check the journal path in the configuration" in said
    assert TRACE not in _logged(log_file)
    assert _boxes() == []


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def _fleet_page(qtbot: QtBot, settings: FleetSettings) -> FleetPage:
    page = FleetPage(settings)
    qtbot.addWidget(page)
    page.show()
    page.password.setText("a password")
    return page


def _read(qtbot: QtBot, page: FleetPage) -> str:
    page.refresh_button.click()
    qtbot.waitUntil(page.refresh_button.isEnabled, timeout=WAIT_MS)
    return page.status.text()


def test_a_centre_that_does_not_answer_is_told_on_the_fleet_page_and_not_logged(
    qtbot: QtBot, log_file: Path
) -> None:
    port = _closed_port()
    page = _fleet_page(qtbot, FleetSettings("127.0.0.1", "fleet", "qa_ann", port=port))
    said = _read(qtbot, page)
    assert f"127.0.0.1:{port}" in said, said
    assert "What to do:" in said
    assert _read(qtbot, page) == said  # the same words at the next read
    assert TRACE not in _logged(log_file)
    assert _boxes() == []


def test_a_host_name_that_cannot_be_encoded_is_a_settings_fault_on_the_fleet_page(
    qtbot: QtBot, log_file: Path
) -> None:
    # A lone surrogate (a pasted name, a file name in another encoding) has no UTF-8, which
    # libpq needs: the setting is named with what to do, and nothing is logged as a bug.
    page = _fleet_page(qtbot, FleetSettings("centre\udc80.example", "fleet", "qa_ann"))
    said = _read(qtbot, page)
    assert "The setting [fleet] host ('centre\\udc80.example') holds a character" in said, said
    assert "What to do: Correct the setting [fleet] host where it was set" in said
    assert "Internal error" not in said
    assert TRACE not in _logged(log_file)
    assert _boxes() == []


def test_a_bug_in_the_fleet_pages_read_is_logged_once_and_named_on_the_page(
    qtbot: QtBot, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The read failing with an exception nothing expects, as a bug of ours would (the page's
    # handling is what is tested here; the read itself has its own tests in tests/fleet).
    def read_with_a_bug(settings: FleetSettings, password: str) -> list[object]:
        raise KeyError("station_id")

    monkeypatch.setattr("ui.supervisor.fleet_page.read_stations", read_with_a_bug)
    page = _fleet_page(qtbot, FleetSettings("127.0.0.1", "fleet", "qa_ann", port=_closed_port()))
    for _ in range(3):
        said = _read(qtbot, page)
        assert said == f"Internal error, see the log at {log_file} and send it to support."
    logged = _logged(log_file)
    assert logged.count(TRACE) == 1, logged
    assert "fleet page: a read failed with an internal error" in logged
    assert "KeyError: 'station_id'" in logged
    assert _boxes() == []
