"""The supervisor's fleet page (real Qt widgets offscreen, real PostgreSQL): every station with
its last event, today's counts and its open lot; a wrong password or a station's role is told
what to do, in the page, without blocking the GUI thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from station.fleet.heartbeat import send_heartbeat
from station.fleet.shipper import Shipper
from station.journal.synthetic import seed_journal
from tests.fleet.conftest import FleetDb
from ui import theme
from ui.supervisor.fleet_page import COLUMNS, FleetPage, lag_words


def _read(qtbot: QtBot, page: FleetPage, role: str, password: str) -> str:
    page.role.setText(role)
    page.password.setText(password)
    page.refresh_button.click()
    qtbot.waitUntil(page.refresh_button.isEnabled, timeout=20_000)
    return page.status.text()


def _row(page: FleetPage, station: str) -> dict[str, str]:
    for i in range(page.table.rowCount()):
        item = page.table.item(i, 0)
        if item is not None and item.text() == station:
            return {
                name: (cell.text() if (cell := page.table.item(i, j)) is not None else "")
                for j, name in enumerate(COLUMNS)
            }
    raise AssertionError(f"no row for {station}")


def test_the_fleet_page_lists_each_station_and_explains_a_refusal(
    qtbot: QtBot, fleet_db: FleetDb, tmp_path: Path
) -> None:
    (a, a_pw), (b, _) = fleet_db.add_station(), fleet_db.add_station()
    qa, qa_pw = fleet_db.add_qa()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 10, station_id=a.role)
    shipper = Shipper(a, a_pw, journal, idle_poll_s=0.05)
    shipper.start()
    assert shipper.wait_for(lambda s: s.link == "live" and s.backlog == 0, 30), shipper.status()
    shipper.stop()

    page = FleetPage(a)  # the station's settings: the person's role is typed in the page
    qtbot.addWidget(page)
    page.show()
    status = _read(qtbot, page, qa.role, qa_pw)
    assert "station(s), read at" in status
    shipped = _row(page, a.role)
    assert shipped["Last seen"] != "never"
    assert shipped["Lag"].endswith(" days")  # a backlog from another day, replayed now
    assert (shipped["Passed today"], shipped["Not passed today"], shipped["Offline lot"]) == (
        "0",
        "0",
        "",
    )  # the seeded attempts are from another day
    assert _row(page, b.role)["Last seen"] == "never"

    status = _read(qtbot, page, qa.role, "wrong password")
    assert f"refused the password of role {qa.role}" in status
    assert "What to do:" in status
    status = _read(qtbot, page, a.role, a_pw)
    assert f"Role {a.role} may not read the fleet's history" in status
    assert "add-supervisor" in status


def test_the_page_reads_again_by_itself_and_shows_backlog_and_silence(
    qtbot: QtBot, fleet_db: FleetDb, tmp_path: Path
) -> None:
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    sv, sv_pw = fleet_db.add_supervisor()
    page = FleetPage(a)
    qtbot.addWidget(page)
    page.show()
    page.timer.setInterval(200)
    _read(qtbot, page, sv.role, sv_pw)
    assert page.timer.isActive()
    assert _row(page, a.role)["State"] == "no heartbeat yet"

    # Station A starts shipping; the page shows it without a click, read off the GUI thread.
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 10, station_id=a.role)
    shipper = Shipper(a, a_pw, journal, idle_poll_s=0.05, heartbeat_every_s=0.1)
    shipper.start()
    try:
        qtbot.waitUntil(lambda: _row(page, a.role)["State"] == "live", timeout=20_000)
        assert _row(page, a.role)["Backlog"] == "0"
    finally:
        shipper.stop()
    qtbot.waitUntil(lambda: _row(page, a.role)["State"] == "shipper stopped", timeout=20_000)

    # Station B is offline with a backlog, and then unheard for a minute: silent, in red.
    with fleet_db.connect_as(b, b_pw) as conn:
        send_heartbeat(
            conn,
            journal_id=None,
            link="offline",
            local_seq=120,
            acked_seq=20,
            oldest_unshipped_at=datetime.now(UTC) - timedelta(seconds=30),
        )
    qtbot.waitUntil(lambda: _row(page, b.role)["Backlog"].startswith("100 (oldest"), timeout=20_000)
    assert _row(page, b.role)["State"] == "offline"
    fleet_db.admin().execute(
        "UPDATE fleet.station_heartbeat SET beat_at = beat_at - interval '1 minute' "
        "WHERE station_id = %s",
        (b.role,),
    )
    qtbot.waitUntil(lambda: _row(page, b.role)["State"].startswith("silent ("), timeout=20_000)
    assert "1 silent" in page.status.text()
    cells = [page.table.item(i, 1) for i in range(page.table.rowCount())]
    names = [page.table.item(i, 0) for i in range(page.table.rowCount())]
    (state,) = [
        c for c, n in zip(cells, names, strict=True) if n is not None and n.text() == b.role
    ]
    assert state is not None
    assert state.background().color().name().upper() == theme.VERMILLION

    # Editing the password stops the reads: a mistyped one is never retried on its own.
    page.password.setText("")
    QTest.keyClicks(page.password, "x")
    assert not page.timer.isActive()


def test_a_lag_is_said_in_a_unit_one_reads() -> None:
    assert [lag_words(s) for s in (0.25, 119, 600, 7200, 3 * 86400)] == [
        "0.2 s",
        "119.0 s",
        "10 min",
        "2 h",
        "3 days",
    ]
