"""The supervisor's pages follow a language switch made while they are open: every text they
set themselves, the rows they show and their status line are worded again from
`LanguageChange`, without reading again, and back."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from station.fleet.connect import FleetSettings
from station.fleet.supervise import StationRow
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.supervisor.fleet_page import FleetPage

__all__ = ["qm_dir", "station_languages"]

ROWS = [
    StationRow("line-a", datetime.now(), 0.4, 12, 1, None, None, heartbeat_age_s=2.0, link="live"),
    StationRow(
        "line-b",
        datetime.now(),
        2.0,
        3,
        0,
        None,
        None,
        heartbeat_age_s=3.0,
        link="backlog",
        backlog=7,
    ),
    StationRow("line-c", None, None, 0, 0, None, None),
]


def _switch(languages: Languages, language: str) -> None:
    assert languages.switch(language) is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _cell(page: FleetPage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    assert item is not None
    return item.text()


def _fleet_words(page: FleetPage) -> dict[str, object]:
    header = page.table.horizontalHeaderItem(1)
    return {
        "title": page.windowTitle(),
        "refresh": page.refresh_button.text(),
        "qa": page.qa_button.text(),
        "role": page.role_caption.text(),
        "header": header.text() if header is not None else "",
        "states": [_cell(page, r, 1) for r in range(page.table.rowCount())],
        "status": page.status.text(),
    }


def test_the_fleet_page_is_reworded_while_open(qtbot: QtBot, station_languages: Languages) -> None:
    page = FleetPage(FleetSettings("centre.example", "fleet", "line-a"))
    qtbot.addWidget(page)
    page.show()
    assert page.status.text().startswith("Sign in with your own QA or supervisor role at")
    page._show(ROWS)  # what a read of the centre shows, without a centre
    english = _fleet_words(page)
    assert english["title"] == "Fleet: every station"
    assert english["states"] == ["live", "backlog 7", "no heartbeat yet"]
    assert str(english["status"]).startswith("3 stations, read at ")

    _switch(station_languages, "de")
    german = _fleet_words(page)
    assert german["refresh"] == QCoreApplication.translate("FleetPage", "Refresh") != "Refresh"
    assert german["states"] == ["aktuell", "Rückstand 7", "noch kein Lebenszeichen"]
    assert str(german["status"]).startswith("3 "), german["status"]
    assert all(german[k] != english[k] for k in ("title", "refresh", "qa", "role", "header"))
    assert "stations" not in str(german["status"])

    _switch(station_languages, "zh_CN")
    assert _fleet_words(page)["states"] == ["实时", "积压 7", "尚无心跳"]
    _switch(station_languages, "en")
    assert _fleet_words(page) == english
    assert _cell(page, 0, 0) == "line-a"
