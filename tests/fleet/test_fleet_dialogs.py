"""The supervisor's offline lot and release-claim dialogs (real Qt widgets offscreen, a real
journal, real PostgreSQL): the same station code, words and refusals as `station fleet lot` and
`station fleet release-claim`, journaled with who and why, and refused to anyone but a
signed-in supervisor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from station.config.store import load_config
from station.fleet.claims import ClaimClient
from station.fleet.lots import current_lot
from station.journal import Journal
from station.roles import Actor, Authenticator, Role
from tests.fleet.conftest import FleetDb
from tests.fleet.test_release_claim import _claim_state, _config
from tests.roles.helpers import SUPERVISOR_PASSWORD
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.supervisor.fleet_dialogs import LotDialog, ReleaseClaimDialog

__all__ = ["qm_dir", "station_languages"]

SAM = Actor("Sam", Role.SUPERVISOR)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.sqlite", station_id="line-1") as opened:
        yield opened


def test_a_supervisor_opens_and_closes_an_offline_lot_with_a_reason(
    qtbot: QtBot, journal: Journal
) -> None:
    acting = [Actor("Olga", Role.OPERATOR)]
    dialog = LotDialog(journal, lambda: acting[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=10_000)
    assert dialog.state.text().startswith("No offline lot is open")
    assert not dialog.close_button.isEnabled()

    def press(button_name: str, reason: str) -> str:
        dialog.reason.setText(reason)
        getattr(dialog, button_name).click()
        assert dialog.wait(10_000)
        qtbot.waitUntil(lambda: dialog.outcome.text() != "", timeout=10_000)
        said = dialog.outcome.text()
        dialog.outcome.clear()
        return said

    said = press("open_button", "central server down, INC-42")
    assert "Only a signed-in supervisor may open an offline lot" in said
    assert current_lot(journal) is None

    acting[0] = SAM
    said = press("open_button", "down")
    assert "The reason 'down' is too short; nothing was changed." in said
    assert current_lot(journal) is None

    said = press("open_button", "central server down, INC-42")
    lot = current_lot(journal)
    assert lot is not None
    assert said.startswith(f"Opened offline lot {lot.lot_id}. While the centre does not answer")
    assert (lot.opened_by, lot.reason) == (SAM.journal_name, "central server down, INC-42")
    qtbot.waitUntil(dialog.close_button.isEnabled, timeout=10_000)
    assert not dialog.open_button.isEnabled()
    assert dialog.state.text().startswith(f"Offline lot {lot.lot_id} is open since")

    said = press("close_button", "centre is back, INC-42 closed")
    assert said == (
        f"Closed offline lot {lot.lot_id}: without the centre, this station registers nothing "
        "new again."
    )
    assert current_lot(journal) is None
    closing = journal.audit_events(limit=1)[0]
    assert (closing.kind, closing.actor, closing.reason, closing.details) == (
        "fleet_lot_close",
        SAM.journal_name,
        "centre is back, INC-42 closed",
        {"lot": lot.lot_id},
    )


def test_a_german_lot_dialog_says_the_lot_and_its_refusals_in_german(
    qtbot: QtBot, journal: Journal, station_languages: Languages
) -> None:
    assert station_languages.switch("de") is None
    dialog = LotDialog(journal, lambda: SAM)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=10_000)
    assert dialog.state.text() == (
        "Kein Offline-Los ist offen: Ohne die Zentrale wird nichts Neues registriert."
    )

    def press(button: str, reason: str) -> str:
        dialog.reason.setText(reason)
        getattr(dialog, button).click()
        assert dialog.wait(10_000)
        qtbot.waitUntil(lambda: dialog.outcome.text() != "", timeout=10_000)
        said = dialog.outcome.text()
        dialog.outcome.clear()
        return said

    said = press("open_button", "down")
    assert said.startswith("Die Begründung 'down' ist zu kurz; es wurde nichts geändert."), said
    said = press("open_button", "Zentrale gestört, INC-42")
    lot = current_lot(journal)
    assert lot is not None
    assert said == (
        f"Offline-Los {lot.lot_id} geöffnet. Solange die Zentrale nicht antwortet, registriert "
        "diese Station neue Geräte ohne Reservierung und protokolliert jedes im Journal; das Los "
        "mit „Los schließen“ schließen, wenn die Zentrale wieder da ist."
    )
    qtbot.waitUntil(dialog.close_button.isEnabled, timeout=10_000)
    assert dialog.state.text() == (
        f"Offline-Los {lot.lot_id} ist seit {lot.opened_at:%Y-%m-%d %H:%M} UTC offen, geöffnet "
        f"von {SAM.journal_name}: Zentrale gestört, INC-42"
    )
    said = press("close_button", "Zentrale wieder da")
    assert said == (
        f"Offline-Los {lot.lot_id} geschlossen: Ohne die Zentrale registriert diese Station "
        "wieder nichts Neues."
    )


def test_releasing_a_claim_takes_both_passwords_and_a_supervisor_role_at_the_centre(
    qtbot: QtBot, fleet_db: FleetDb, tmp_path: Path
) -> None:
    a, a_pw = fleet_db.add_station()
    sv, sv_pw = fleet_db.add_supervisor()
    config = load_config(_config(tmp_path, fleet_db, a.role))
    realm = config.active_target().realm
    station_a = ClaimClient(a, a_pw)
    assert station_a.complete(station_a.claim(realm, "dev-1"))
    station_a.close()

    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        dialog = ReleaseClaimDialog(
            journal, Authenticator(config.roles, journal), a, lambda: SAM, realm=realm
        )
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.realm.text() == realm

        def release(station_pw: str, role: str, central_pw: str) -> str:
            dialog.device.setText("dev-1")
            dialog.reason.setText("rework RMA-1234: board replaced")
            dialog.station_password.setText(station_pw)
            dialog.central_role.setText(role)
            dialog.central_password.setText(central_pw)
            dialog.release_button.click()
            assert dialog.wait(20_000)
            qtbot.waitUntil(dialog.release_button.isEnabled, timeout=10_000)
            return dialog.outcome.text()

        said = release("not the password", sv.role, sv_pw)
        assert "password" in said.lower() and "What to do:" in said
        assert _claim_state(fleet_db, "dev-1") == "done"

        # The station's own role is refused by the centre, whatever the station's software does.
        said = release(SUPERVISOR_PASSWORD, a.role, a_pw)
        assert f"role {a.role} is not a fleet supervisor" in said
        assert _claim_state(fleet_db, "dev-1") == "done"

        said = release(SUPERVISOR_PASSWORD, sv.role, sv_pw)
        assert said == (
            f"Released the claim on dev-1 in realm {realm}: a station may register it again. "
            "Recorded at the centre and in this station's journal."
        )
        assert _claim_state(fleet_db, "dev-1") == "released"
        assert dialog.station_password.text() == dialog.central_password.text() == ""
        (event,) = [e for e in journal.audit_events(limit=20) if e.kind == "fleet_release_claim"]
        assert event.actor == SAM.journal_name
        assert event.reason == "rework RMA-1234: board replaced"
        assert event.details == {"device_id": "dev-1", "realm": realm, "central_role": sv.role}
        # The station's supervisor password was checked each time, and each check journaled.
        kinds = [e.kind for e in journal.audit_events(limit=20)]
        assert kinds.count("signin") == 2 and "signin_failed" in kinds, kinds
