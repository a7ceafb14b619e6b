"""The QA window on the central database (real Qt widgets offscreen, real PostgreSQL, journals
shipped by the real shipper): both stations with a station column, the station filter, detail
and export; opened from the fleet page with the role typed there, or refused with the reason."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from station.fleet.qa_database import FleetDatabase
from station.journal import AttemptDetail
from station.roles import Actor, Role
from tests.fleet.conftest import FleetDb
from ui.qa.access import fixed
from ui.qa.columns import COLUMN_INDEX
from ui.qa.table_cells import WAITING
from ui.qa.window import QAWindow
from ui.supervisor.fleet_page import FleetPage

WAIT_MS = 30_000
QA_ACTOR = Actor("Quinn", Role.QA)


@pytest.fixture
def windows() -> Iterator[list[QAWindow]]:
    made: list[QAWindow] = []
    yield made
    for window in made:
        window.close()
        window.deleteLater()


def _open(qtbot: QtBot, source: FleetDatabase, made: list[QAWindow]) -> QAWindow:
    window = QAWindow(source, actor=fixed(QA_ACTOR), verify_on_open=False)
    made.append(window)
    window.resize(1500, 900)
    with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
        window.show()
    rows_came(qtbot, window)
    return window


def rows_came(qtbot: QtBot, window: QAWindow) -> None:
    """Wait for the rows: the fleet window reads them off the GUI thread, over the link."""
    model = window.model
    qtbot.waitUntil(
        lambda: all(model.index(r, 0).data() != WAITING for r in range(model.rowCount())),
        timeout=WAIT_MS,
    )


def test_the_qa_window_shows_every_station_filters_by_one_and_exports_it(
    qtbot: QtBot,
    two_stations: tuple[FleetDb, dict[str, Path]],
    windows: list[QAWindow],
    tmp_path: Path,
) -> None:
    fleet_db, journals = two_stations
    a, b = journals  # 30 and 20 attempts
    qa, password = fleet_db.add_qa()
    window = _open(qtbot, FleetDatabase(qa, password), windows)

    assert window.model.count == 50
    assert qa.database in window.windowTitle()
    station = COLUMN_INDEX["station"]
    assert not window.table.isColumnHidden(station)
    assert window.table.horizontalHeader().visualIndex(station) == 1  # beside the start time
    assert window.filters.fields["station"].isVisibleTo(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Attempts",
        "Summary",
    ]  # no audit tab: privileged events are each station's
    assert not window.verify_action.isEnabled()
    shown = {window.model.index(r, station).data() for r in range(window.model.rowCount())}
    assert shown == {a, b}

    # The station filter offers both and narrows to one.
    qtbot.waitUntil(lambda: window.filters.choices["station"].count() == 3, timeout=WAIT_MS)
    with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
        window.filters.choose("station", b)
        window.filters.apply_now()
    rows_came(qtbot, window)
    assert window.model.count == 20
    assert {window.model.index(r, station).data() for r in range(window.model.rowCount())} == {b}
    assert f"station {b}" in window.filters.describe()

    # Detail of the first row, replayed from the centre's events.
    with qtbot.waitSignal(window.detailShown, timeout=WAIT_MS) as shown_detail:
        window.table.selectRow(0)
    detail = shown_detail.args[0]
    assert isinstance(detail, AttemptDetail)
    assert detail.row.station_id == b
    assert detail.steps
    assert detail.row.attempt_id == window.model.attempt_at(0).attempt_id  # type: ignore[union-attr]

    # Export what is shown: station B's 20 attempts.
    target = tmp_path / "fleet.csv"
    with qtbot.waitSignal(window.export_panel.exported, timeout=WAIT_MS) as done:
        assert window.export_panel.start(target, "csv")
    assert done.args[0] == 20
    with target.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 20
    assert {row["station_id"] for row in rows} == {b}

    # The summary over the same source: the days around the seeded attempts, station B only.
    window.summary.kind.setCurrentText("Date range")
    window.summary.first.setDate(QDate(2025, 3, 2))
    window.summary.last.setDate(QDate(2025, 3, 4))
    window.summary.use_table_filter.setChecked(True)
    with qtbot.waitSignal(window.summary.computed, timeout=WAIT_MS) as computed:
        window.summary.compute()
    assert computed.args[0].attempts == 20


def test_the_fleet_page_opens_the_qa_window_or_says_why_not(
    qtbot: QtBot, two_stations: tuple[FleetDb, dict[str, Path]], windows: list[QAWindow]
) -> None:
    fleet_db, _journals = two_stations
    qa, password = fleet_db.add_qa()
    page = FleetPage(fleet_db.settings("unused"), actor=fixed(QA_ACTOR))
    qtbot.addWidget(page)
    page.show()
    assert page.qa_button.isVisible()

    page.role.setText(qa.role)
    page.password.setText("wrong password")
    page.qa_button.click()
    qtbot.waitUntil(page.qa_button.isEnabled, timeout=WAIT_MS)
    assert f"refused the password of role {qa.role}" in page.status.text()
    assert page.qa_window is None

    page.password.setText(password)
    page.qa_button.click()
    qtbot.waitUntil(lambda: page.qa_window is not None, timeout=WAIT_MS)
    assert page.qa_window is not None
    windows.append(page.qa_window)
    qtbot.waitUntil(lambda: page.qa_window is not None and page.qa_window.model.count == 50)
