"""Offline lots: with the centre down a station registers only under a supervisor's lot, each
registration journaled; once shipped, the centre flags an ID another station registered too
(real PostgreSQL, real journal, simulated devices on ptys, Pairing stand-in over HTTPS)."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from station.cli import main
from station.config.store import load_config
from station.engine.events import Result
from station.fleet.claims import ClaimClient
from station.fleet.connect import FleetSettings, connect
from station.fleet.gate import FleetGate
from station.fleet.link import FleetLink
from station.fleet.lots import (
    REGISTRATION,
    OfflineLots,
    backfill_claims,
    close_lot,
    current_lot,
    open_lot,
)
from station.fleet.shipper import Shipper
from station.fleet.supervise import duplicate_registrations, station_overview
from station.journal import Journal
from tests.config.examples import PLANT
from tests.fixtures.engine import REALM, EngineRig
from tests.fleet.conftest import FleetDb
from tests.roles.helpers import SUPERVISOR_PASSWORD
from tests.supervisor.helpers import with_roles

DEAD = FleetSettings(host="127.0.0.1", port=1, database="fleet", role="nobody")


def test_a_lot_lets_a_station_register_without_the_centre_and_the_centre_flags_the_twin(
    fleet_db: FleetDb, engine_rig: Callable[..., EngineRig]
) -> None:
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    qa, qa_pw = fleet_db.add_qa()
    rig = engine_rig(slots=2)
    lots = OfflineLots(rig.journal, fresh_s=0)
    offline = FleetGate(ClaimClient(DEAD, "x"), ttl_s=120, lots=lots)

    # Without a lot the station fails closed.
    refused = rig.provision("1", fleet=offline)
    assert refused.result is Result.FAIL
    assert refused.error_class == "fleet_offline"
    assert rig.standin.issued_secrets() == []

    lot = open_lot(rig.journal, actor="Sam (supervisor)", reason="central server down, INC-42")
    passed = rig.provision("1", fleet=offline)
    assert passed.result is Result.PASS, passed.message
    assert rig.standin_accepts("1")
    device_id = rig.device_id("1")
    (registration,) = [e for e in rig.journal.audit_events() if e.kind == REGISTRATION]
    assert registration.actor == "Sam (supervisor)"
    assert registration.reason == "central server down, INC-42"
    assert registration.details == {
        "lot": lot.lot_id,
        "realm": REALM,
        "device_id": device_id,
        "slot": "1",
    }

    # Closed again: nothing new without the centre.
    close_lot(rig.journal, actor="Sam (supervisor)", reason="central server back")
    assert current_lot(rig.journal) is None
    after = rig.provision("2", fleet=offline)
    assert after.result is Result.FAIL
    assert after.error_class == "fleet_offline"
    offline.close()

    # Meanwhile station B finished a unit carrying the same ID, through the centre.
    station_b = ClaimClient(b, b_pw)
    assert station_b.complete(station_b.claim(REALM, device_id))
    station_b.close()
    with connect(qa, qa_pw) as conn:
        assert duplicate_registrations(conn) == []  # A's lot has not reached the centre yet

    # A's journal ships once the centre is back; the centre flags the ID at once.
    shipper = Shipper(a, a_pw, rig.journal.path, idle_poll_s=0.05)
    shipper.start()
    assert shipper.wait_for(lambda s: s.link == "live" and s.backlog == 0, 30), shipper.status()
    shipper.stop()
    with connect(qa, qa_pw) as conn:
        ((realm, flagged, registered_by),) = duplicate_registrations(conn)
    assert (realm, flagged) == (REALM, device_id)
    assert f"{a.role} (offline lot {lot.lot_id})" in registered_by
    assert f"{b.role} (claim)" in registered_by

    # The supervisors' view of each station: A today (one PASS, two refusals), its lot closed;
    # B claimed but never shipped.
    with connect(qa, qa_pw) as conn:
        rows = {r.station_id: r for r in station_overview(conn)}
    seen_a = rows[a.role]
    assert (seen_a.passed_today, seen_a.failed_today, seen_a.open_lot) == (1, 2, None)
    assert seen_a.last_seen is not None
    assert seen_a.ship_lag_s is not None
    assert rows[b.role].last_seen is None


def test_an_id_registered_only_in_a_lot_is_not_flagged(
    fleet_db: FleetDb, engine_rig: Callable[..., EngineRig]
) -> None:
    a, a_pw = fleet_db.add_station()
    sv, sv_pw = fleet_db.add_supervisor()
    rig = engine_rig(slots=1)
    lot = open_lot(rig.journal, actor="Sam (supervisor)", reason="central server down, INC-43")
    gate = FleetGate(ClaimClient(DEAD, "x"), ttl_s=120, lots=OfflineLots(rig.journal))
    assert rig.provision("1", fleet=gate).result is Result.PASS
    gate.close()
    shipper = Shipper(a, a_pw, rig.journal.path, idle_poll_s=0.05)
    shipper.start()
    assert shipper.wait_for(lambda s: s.link == "live" and s.backlog == 0, 30), shipper.status()
    shipper.stop()
    with connect(sv, sv_pw) as conn:
        assert duplicate_registrations(conn) == []
        rows = conn.execute(
            "SELECT station_id, device_id FROM fleet.offline_registrations"
        ).fetchall()
    assert rows == [(a.role, rig.device_id("1"))]
    with connect(sv, sv_pw) as conn:
        (mine,) = [r for r in station_overview(conn) if r.station_id == a.role]
    assert mine.open_lot == lot.lot_id  # still open: the supervisors see it
    assert mine.lot_opened_by == "Sam (supervisor)"


def test_opening_a_lot_needs_the_supervisor_password_and_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "station.toml"
    config.write_text(
        PLANT + '\n[fleet]\nhost = "127.0.0.1"\nport = 1\ndatabase = "f"\nrole = "line-1"\n',
        encoding="utf-8",
    )
    with_roles(config)

    def lot(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        rc = main(["fleet", "lot", *args, "--config", str(config)])
        out = capsys.readouterr()
        return rc, out.out, out.err

    why = ["--reason", "central server down, INC-44", "--by", "Sam"]
    rc, _, err = lot("open", *why, stdin="not the password\n")
    assert rc == 1
    assert "Wrong Supervisor password" in err
    rc, _, err = lot("open", "--reason", "down", "--by", "Sam", stdin=SUPERVISOR_PASSWORD + "\n")
    assert rc == 1
    assert "too short" in err
    assert lot("status")[1].startswith("No offline lot is open")  # nothing was opened

    rc, out, err = lot("open", *why, stdin=SUPERVISOR_PASSWORD + "\n")
    assert rc == 0, err
    assert "Opened offline lot" in out
    rc, out, _ = lot("status")
    assert "is open since" in out
    assert "central server down, INC-44" in out
    rc, _, err = lot("open", *why, stdin=SUPERVISOR_PASSWORD + "\n")
    assert rc == 1
    assert "already open" in err
    rc, out, err = lot("close", "--reason", "central server back", stdin=SUPERVISOR_PASSWORD + "\n")
    assert rc == 0, err
    with Journal.open(load_config(config).journal_path, station_id="x") as journal:
        kinds = [(e.kind, e.actor, e.reason) for e in journal.audit_events()]
    assert ("fleet_lot_open", "Sam (supervisor)", "central server down, INC-44") in kinds
    assert kinds[0][0] == "fleet_lot_close"


def test_when_the_link_returns_the_lots_passes_become_claims_and_twins_are_reported(
    fleet_db: FleetDb, engine_rig: Callable[..., EngineRig]
) -> None:
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    rig = engine_rig(slots=3)
    open_lot(rig.journal, actor="Sam (supervisor)", reason="central server down, INC-46")
    offline = FleetGate(ClaimClient(DEAD, "x"), ttl_s=120, lots=OfflineLots(rig.journal))
    assert rig.provision("1", fleet=offline).result is Result.PASS
    rig.standin.set_faults(error_rate=1.0, error_status=500, match="POST")
    assert rig.provision("2", fleet=offline).result is Result.FAIL  # registered, not passed
    rig.standin.set_faults(error_rate=0.0)
    assert rig.provision("3", fleet=offline).result is Result.PASS
    offline.close()
    # Station B finished a unit with slot 3's ID through the centre meanwhile.
    station_b = ClaimClient(b, b_pw)
    assert station_b.complete(station_b.claim(REALM, rig.device_id("3")))

    # The link comes back: the lot's passes are back-filled as this station's done claims.
    claims_a = ClaimClient(a, a_pw)
    link = FleetLink(
        a, a_pw, rig.journal.path, OfflineLots(rig.journal), lambda _: None, claims=claims_a
    )
    link.start()
    try:
        deadline = time.monotonic() + 30
        while _claim(fleet_db, rig.device_id("1")) != (a.role, "done"):
            assert time.monotonic() < deadline, _claim(fleet_db, rig.device_id("1"))
            time.sleep(0.1)
    finally:
        link.stop()
    assert _claim(fleet_db, rig.device_id("2")) is None  # failed: free for a retry
    assert _claim(fleet_db, rig.device_id("3")) == (b.role, "done")
    # From now on the centre refuses slot 1's ID everywhere else.
    assert not station_b.claim(REALM, rig.device_id("1")).granted
    # Running it again changes nothing and names the twin.
    again = backfill_claims(rig.journal, claims_a)
    assert again.completed == 0
    assert again.refused == [(REALM, rig.device_id("3"), b.role)]
    claims_a.close()
    station_b.close()


def _claim(fleet_db: FleetDb, device_id: str) -> tuple[str, str] | None:
    row = (
        fleet_db.admin()
        .execute("SELECT station_id, state FROM fleet.claims WHERE device_id = %s", (device_id,))
        .fetchone()
    )
    return None if row is None else (str(row[0]), str(row[1]))
