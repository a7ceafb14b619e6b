"""The supervisor's pages follow a language switch made while they are open: every text they
set themselves, the rows they show and their status line are worded again from
`LanguageChange`, without reading again, and back."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from station.fleet.connect import FleetSettings
from station.fleet.supervise import StationRow
from station.pairing import keystore
from station.targets.connection_test import (
    AUTHORIZATION,
    CHECKS,
    CREDENTIALS,
    HEALTH,
    VERSION,
    run_connection_test,
)
from station.targets.credentials import credential_status
from tests.fixtures.keyring import MemoryKeyring
from tests.fixtures.pairing import PairingHandle
from tests.supervisor.helpers import standin_target
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.operator.engine_words import render
from ui.supervisor.connection_view import ConnectionResults
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


def test_the_connection_tests_checks_are_named_and_said_in_the_screens_language(
    qtbot: QtBot,
    station_languages: Languages,
    pairing_standin: PairingHandle,
    memory_keyring: MemoryKeyring,
) -> None:
    """Made in station/ by message ID (station/targets/connection_test.py), shown translated,
    and worded again on a switch while shown; the English stays what the journal and tests
    read."""
    keystore.store_realm_key("plant", pairing_standin.keys.private_pem)
    results = run_connection_test(standin_target(pairing_standin))
    assert all(r.ok for r in results), results
    view = ConnectionResults()
    qtbot.addWidget(view)
    view.show_results(results)
    assert [view.titles[name].text() for name in CHECKS] == list(CHECKS)
    assert "reports healthy" in view.messages[HEALTH].text()

    _switch(station_languages, "de")
    assert [view.titles[name].text() for name in CHECKS] == [
        "Zugangsdaten",
        "Zustand",
        "Version",
        "Berechtigung",
    ]
    assert view.messages[CREDENTIALS].text().startswith("Realm-Schlüssel: ")
    assert view.messages[HEALTH].text().endswith("meldet sich betriebsbereit.")
    assert "nichts registriert" in view.messages[AUTHORIZATION].text()
    assert view.messages[VERSION].text().startswith("Astarte-Pairing-Version ")
    _switch(station_languages, "en")
    assert [r.message for r in results] == [view.messages[n].text() for n in CHECKS]


def test_the_credentials_summary_is_said_in_the_screens_language(
    station_languages: Languages,
    pairing_standin: PairingHandle,
    memory_keyring: MemoryKeyring,
) -> None:
    keystore.store_realm_key("plant", pairing_standin.keys.private_pem)
    target = standin_target(pairing_standin)
    status = credential_status(target)
    english = (
        f"EC P-256 (ES256) realm key in the OS keyring; each call gets its own token valid "
        f"{target.token_ttl_s} s."
    )
    assert status.summary == english  # the command line's words, unchanged
    assert render(status.said) == english
    _switch(station_languages, "de")
    assert render(status.said) == (
        f"EC P-256 (ES256)-Realm-Schlüssel im Schlüsselbund des Systems; jeder Aufruf erhält "
        f"ein eigenes Token, gültig {target.token_ttl_s} s."
    )
    _switch(station_languages, "es")
    assert render(status.said).startswith("Clave del realm EC P-256 (ES256) en el llavero")
