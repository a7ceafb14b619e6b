"""The fleet's refusals the operator sees are catalogue messages (station/catalogue/fleet.py):
the tile says them in the operator's language, the journal and the command line keep the
English word for word. Each refusal here is a real one from a real PostgreSQL: another station's
lease, a finished device ID, a lease that ran out on the server's clock, a centre that does not
listen."""

from __future__ import annotations

import socket
import time
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from station.engine.events import Result, SlotSnapshot, SlotState
from station.fleet.claims import ClaimClient
from station.fleet.errors import ClaimRefused, FleetError, FleetUnreachable, LeaseLost
from station.fleet.gate import FleetGate
from station.fleet.link import state_of
from station.fleet.shipper import Shipper
from station.journal.synthetic import seed_journal
from station.text import Text
from tests.fleet.conftest import FleetDb
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.operator import engine_words
from ui.operator.banner import Banner
from ui.operator.tile import SlotTile

__all__ = ["qm_dir", "station_languages"]


def _refused(fleet_db: FleetDb) -> tuple[ClaimRefused, ClaimRefused, str]:
    """Station B asks for an ID station A holds, then for one A finished."""
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    client_a, gate_b = ClaimClient(a, a_pw), FleetGate(ClaimClient(b, b_pw), ttl_s=120)
    held = client_a.claim("r", "dev-held")
    done = client_a.claim("r", "dev-done")
    assert held.granted and done.granted and client_a.complete(done)
    refusals = []
    for device_id in ("dev-held", "dev-done"):
        with pytest.raises(ClaimRefused) as raised:
            gate_b.before_register("r", device_id, slot="2")
        refusals.append(raised.value)
    client_a.close()
    gate_b.close()
    return refusals[0], refusals[1], a.role


def test_an_id_another_station_holds_or_finished_is_refused_by_id(fleet_db: FleetDb) -> None:
    held, done, holder = _refused(fleet_db)
    assert held.message_id == "fleet.claim.held"
    assert set(held.params) == {"device_id", "slot", "holder", "when"}
    assert (held.params["device_id"], held.params["slot"], held.params["holder"]) == (
        "dev-held",
        "2",
        holder,
    )
    when = held.params["when"]
    assert held.message == (
        f"Device dev-held in slot 2 is being provisioned by station {holder} right now "
        f"(since {when}). It was not registered here."
    )
    assert held.action_text == Text.of("fleet.claim.held.action", slot="2")
    assert held.action == (
        "Take the device out of slot 2 and give it to the supervisor: two units with the same "
        "hardware ID are on two lines."
    )
    assert held.error_class == "duplicate_refused"

    assert done.message_id == "fleet.claim.done"
    assert done.message == (
        f"Device dev-done in slot 2 was already provisioned by station {holder} "
        f"({done.params['when']}). It was not registered again."
    )
    assert done.action_text == Text.of("fleet.claim.done.action", slot="2")


def test_a_lease_that_ran_out_is_said_by_id_before_the_write_the_lock_and_at_pass(
    fleet_db: FleetDb,
) -> None:
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    gate_a, client_b = FleetGate(ClaimClient(a, a_pw), ttl_s=1), ClaimClient(b, b_pw)
    old = gate_a.before_register("r", "dev", slot="4")
    # The server's clock decides expiry: B asks until it is granted (a refused claim changes
    # nothing), within a deadline.
    deadline = time.monotonic() + 30.0
    while not client_b.claim("r", "dev").granted:
        assert time.monotonic() < deadline, "the lease never ran out"
        time.sleep(0.05)
    with pytest.raises(LeaseLost) as write:
        gate_a.before_write(old, slot="4")
    assert write.value.text == Text.of("fleet.lease_lost.write", device_id="dev", slot="4")
    assert write.value.message == (
        "This station's claim on device dev ran out and another station took it; no secret "
        "was written to it (slot 4)."
    )
    assert write.value.action_text == Text.of("fleet.lease_lost.action", slot="4")
    assert write.value.action == "Put the device from slot 4 aside for the supervisor (rework)."
    with pytest.raises(LeaseLost) as lock:
        gate_a.before_write(old, slot="4", step="lock")
    assert lock.value.message_id == "fleet.lease_lost.lock"
    assert "; it was not locked (slot 4)." in lock.value.message
    with pytest.raises(FleetError) as at_pass:
        gate_a.at_pass(old, slot="4")
    assert at_pass.value.text == Text.of("fleet.not_completed", device_id="dev")
    assert at_pass.value.error_class == "lease_lost"
    assert at_pass.value.message == (
        "The centre did not record device dev as provisioned by this station (its claim was "
        "taken over)."
    )
    assert at_pass.value.action_text == Text.of("fleet.not_completed.action", slot="4")
    gate_a.close()
    client_b.close()


def test_a_link_that_dies_before_a_claim_is_said_by_id_with_postgresqls_words(
    fleet_db: FleetDb,
) -> None:
    settings, password = fleet_db.add_station()
    gate = FleetGate(ClaimClient(settings, password), ttl_s=120)
    assert gate.before_register("r", "dev-1", slot="1").granted  # connected
    fleet_db.admin().execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
        (settings.role,),
    )
    with pytest.raises(FleetUnreachable) as raised:
        gate.before_register("r", "dev-2", slot="1")
    reason = raised.value.params["reason"]
    assert isinstance(reason, str) and reason == str(raised.value.__cause__)
    assert raised.value.message_id == "fleet.claim.unreachable"
    assert raised.value.message == f"The central database did not answer a claim ({reason})."
    assert raised.value.action_text == Text.of("fleet.claim.unreachable.action")
    assert raised.value.action == (
        "New devices are not registered until the centre answers again; check the network to "
        "the central server."
    )
    gate.close()


def test_a_german_tile_says_another_stations_claim_in_german(
    fleet_db: FleetDb, station_languages: Languages, qtbot: QtBot
) -> None:
    held, _, holder = _refused(fleet_db)
    snap = SlotSnapshot(
        slot="2",
        location="pty",
        state=SlotState.FAIL,
        result=Result.FAIL,
        error_class=held.error_class,
        text=Text.of("slot.prefix", slot="2", message=held.text),
        action_text=held.action_text,
    )
    assert station_languages.switch("de") is None
    tile = SlotTile(SlotSnapshot(slot="2", location="pty", state=SlotState.READY), 2)
    qtbot.addWidget(tile)
    tile.resize(520, 360)
    tile.show()
    tile.apply(snap)
    when = held.params["when"]
    assert tile.cause.toolTip() == (
        f"Platz 2: Gerät dev-held in Platz 2 wird gerade von Station {holder} provisioniert "
        f"(seit {when}). Es wurde hier nicht registriert."
    )
    assert tile.action_text.endswith(
        "Gerät aus Platz 2 nehmen und dem Schichtleiter geben: Zwei Geräte mit derselben "
        "Hardware-ID sind auf zwei Linien."
    ), tile.action_text
    assert engine_words.full_message(snap) == tile.cause.toolTip()
    assert snap.message.startswith("Slot 2: Device dev-held in slot 2 is being provisioned")


def test_a_german_banner_says_why_the_fleet_link_is_down_in_german(
    fleet_db: FleetDb, station_languages: Languages, qtbot: QtBot, tmp_path: Path
) -> None:
    """A real shipper whose centre does not listen: the banner's tooltip says why and what to do
    in German, with PostgreSQL's words as they were given; the English stays for the log."""
    settings, password = fleet_db.add_station()
    with socket.socket() as free:  # a port nothing listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 3, station_id=settings.role)
    shipper = Shipper(replace(settings, port=port), password, journal, idle_poll_s=0.05)
    shipper.start()
    try:
        assert shipper.wait_for(lambda s: s.link == "offline", 20), shipper.status()
        status = shipper.status()
    finally:
        shipper.stop()
    assert status.problem_text.id == "fleet.unreachable"
    detail = status.problem_text.params["detail"]
    assert status.problem == (
        f"The central database at 127.0.0.1:{port} cannot be reached ({detail})."
    )
    state = state_of(status, lot="")
    assert state.registrations_blocked
    assert state.action_text == Text.of(
        "fleet.blocked.open_lot.after", action=Text.of("fleet.unreachable.action")
    )
    assert state.action.endswith(
        "the journal ships when it returns. A supervisor may open an offline lot "
        "(`station fleet lot open`) to go on."
    )

    assert station_languages.switch("de") is None
    banner = Banner()
    qtbot.addWidget(banner)
    banner.resize(1280, 160)
    banner.show()
    banner.show_fleet(state)
    assert banner.fleet.toolTip() == (
        f"Die zentrale Datenbank unter 127.0.0.1:{port} ist nicht erreichbar ({detail}). "
        "Das Netzwerkkabel prüfen und ob der zentrale Server läuft; das Provisionieren neuer "
        "Geräte bleibt gesperrt, bis er antwortet, und das Journal wird übertragen, sobald er "
        "zurück ist. Ein Schichtleiter kann ein Offline-Los öffnen (`station fleet lot open`), "
        "um weiterzumachen."
    )
    assert banner.fleet.text().startswith("✗ Flotte: offline")
