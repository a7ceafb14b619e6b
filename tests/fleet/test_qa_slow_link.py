"""The fleet QA table over a stalled link to the centre (real PostgreSQL; the stall is a lock
held at the database, so every read of the attempts waits on it as on a slow network): the GUI
thread never waits for a page of rows; the rows show as waiting and fill in when they come."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from station.errors import StationError
from station.fleet.qa_database import FleetDatabase
from station.roles import Actor, Role
from tests.fleet.conftest import FleetDb
from tests.ui.qa.conftest import fetch_all
from ui import theme
from ui.qa.access import fixed
from ui.qa.table_cells import ATTEMPT_ID_ROLE, WAITING
from ui.qa.table_model import AttemptTableModel
from ui.qa.window import QAWindow
from ui.tasks import Tasks

WAIT_MS = 30_000
STALL_S = 5.0  # how long the centre stays stalled if the test does not end it first


@pytest.fixture
def fleet_model(
    qtbot: QtBot, two_stations: tuple[FleetDb, dict[str, Path]]
) -> Iterator[AttemptTableModel]:
    """The table model as the fleet window builds it, with pages of 10 and room for 2."""
    fleet_db, _journals = two_stations
    source = FleetDatabase(*fleet_db.add_qa())
    pages, keys = source.open_keys(), source.open_keys()
    tasks = Tasks("qa-keys-fleet-test")
    model = AttemptTableModel(pages, keys, tasks, page_size=10, cache_pages=2)
    try:
        with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
            model.reload()
        fetch_all(qtbot, model)  # every key: 50 attempts, 5 pages
        yield model
    finally:
        model.close(WAIT_MS)
        tasks.wait(WAIT_MS)
        pages.close()
        keys.close()


def read_row(qtbot: QtBot, model: AttemptTableModel, row: int) -> str:
    """Row `row`'s first cell once its page came from the centre."""
    qtbot.waitUntil(lambda: model.index(row, 0).data() != WAITING, timeout=WAIT_MS)
    value = model.index(row, 0).data()
    assert isinstance(value, str) and value != WAITING
    return value


def test_a_stalled_centre_never_stalls_the_gui_thread(
    qtbot: QtBot, fleet_model: AttemptTableModel, two_stations: tuple[FleetDb, dict[str, Path]]
) -> None:
    model = fleet_model
    assert model.rowCount() == 50
    # Rows come from a worker even on a quick link: the first look shows them waiting.
    assert model.index(0, 0).data() == WAITING
    first = read_row(qtbot, model, 0)
    first_id = model.index(0, 0).data(ATTEMPT_ID_ROLE)
    read_row(qtbot, model, 20)
    read_row(qtbot, model, 30)  # page 0 leaves the cache (room for 2 pages)
    assert model.cached_pages == 2

    fleet_db, _journals = two_stations
    locked, release = threading.Event(), threading.Event()

    def stall_the_centre() -> None:
        with psycopg.connect(fleet_db.cluster.admin_dsn(fleet_db.name)) as conn:
            conn.execute("LOCK TABLE fleet.attempt_rows IN ACCESS EXCLUSIVE MODE")
            locked.set()
            release.wait(STALL_S)
            conn.rollback()

    staller = threading.Thread(target=stall_the_centre)
    staller.start()
    try:
        assert locked.wait(WAIT_MS / 1000)
        began = time.perf_counter()
        assert model.index(0, 0).data() == WAITING  # asks for page 0 again, over the link
        assert time.perf_counter() - began < 0.5, "the GUI thread waited for the centre"
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        qtbot.wait(500)
        timer.stop()
        assert len(ticks) >= 20, "the event loop ran while the page was on its way"
        assert model.index(0, 0).data() == WAITING, "the page came although the centre stalled"
        with qtbot.waitSignal(model.dataChanged, timeout=WAIT_MS):
            release.set()
    finally:
        release.set()
        staller.join(WAIT_MS / 1000)
    assert model.index(0, 0).data() == first
    assert model.index(0, 0).data(ATTEMPT_ID_ROLE) == first_id

    # Read again from the top (F5): the rows read before stand in while they are read again,
    # instead of blanking the table for a round trip.
    with qtbot.waitSignal(model.keysApplied, timeout=WAIT_MS):
        model.reload()
    assert model.cached_pages == 0
    stand_in = model.index(0, 0)
    assert stand_in.data() == first
    # ... marked as old until its page comes: in italics, greyed, the tooltip saying why.
    assert stand_in.data(Qt.ItemDataRole.FontRole).italic()
    assert stand_in.data(Qt.ItemDataRole.ForegroundRole) == QColor(theme.GREY)
    assert stand_in.data(Qt.ItemDataRole.ToolTipRole).startswith("Being read again")
    qtbot.waitUntil(lambda: model.cached_pages > 0, timeout=WAIT_MS)  # its page came
    assert read_row(qtbot, model, 0) == first
    assert not model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert "Being read again" not in (model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) or "")


def test_a_window_opened_after_signing_in_makes_no_connection_itself(
    qtbot: QtBot, two_stations: tuple[FleetDb, dict[str, Path]]
) -> None:
    """Signing in (on a worker) opens the window's readers; building the window on the GUI
    thread then needs no connection: here the centre refuses any new one by then."""
    fleet_db, _journals = two_stations
    settings, password = fleet_db.add_qa()
    source = FleetDatabase(settings, password)
    source.prepare()
    assert source.prepared == 3
    admin = fleet_db.admin()
    role = sql.Identifier(settings.role)
    admin.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(role))
    try:
        window = QAWindow(source, actor=fixed(Actor("Quinn", Role.QA)), verify_on_open=False)
        try:
            with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
                window.show()
            assert source.prepared == 0
            assert window.model.count == 50
        finally:
            window.close()
            window.deleteLater()
    finally:
        admin.execute(sql.SQL("ALTER ROLE {} LOGIN").format(role))


def test_a_dead_link_is_reported_once_and_not_asked_again_on_every_repaint(
    qtbot: QtBot, fleet_model: AttemptTableModel, two_stations: tuple[FleetDb, dict[str, Path]]
) -> None:
    model = fleet_model
    read_row(qtbot, model, 0)
    read_row(qtbot, model, 20)
    read_row(qtbot, model, 30)  # page 0 leaves the cache
    fleet_db, _journals = two_stations
    fleet_db.admin().execute(  # the centre drops the QA connections, as a dead link would
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'qa %'"
    )
    with qtbot.waitSignal(model.loadFailed, timeout=WAIT_MS) as failure:
        assert model.index(0, 0).data() == WAITING
    assert isinstance(failure.args[0], StationError)  # an environment fault, with its action
    for _ in range(10):  # repaints while the link is dead
        assert model.index(0, 0).data() == WAITING
    assert model.row_reads_queued == 0, "each repaint queued another read of a dead link"
