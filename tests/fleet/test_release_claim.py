"""`station fleet release-claim`: supervisors only, with a reason, journaled at the centre and
on the station (real PostgreSQL, real journal)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from station.cli import main
from station.config.store import load_config
from station.fleet.claims import ClaimClient
from station.journal import Journal
from tests.config.examples import PLANT
from tests.fleet.conftest import FleetDb
from tests.roles.helpers import SUPERVISOR_PASSWORD
from tests.supervisor.helpers import with_roles


def _config(tmp_path: Path, fleet_db: FleetDb, role: str) -> Path:
    path = tmp_path / "station.toml"
    path.write_text(
        PLANT + f'\n[fleet]\nhost = "127.0.0.1"\nport = {fleet_db.cluster.port}\n'
        f'database = "{fleet_db.name}"\nrole = "{role}"\n',
        encoding="utf-8",
    )
    with_roles(path)  # the station's QA and supervisor passwords
    return path


def _release(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    config: Path,
    device_id: str,
    *,
    role: str,
    password: str,
    reason: str = "rework RMA-1234: board replaced",
    station_password: str = SUPERVISOR_PASSWORD,
) -> tuple[int, str, str]:
    # The station's supervisor password on the first line, the centre's role's on the next.
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{station_password}\n{password}\n"))
    args = ["release-claim", device_id, "--reason", reason, "--as", role, "--by", "Sam"]
    rc = main(["fleet", *args, "--config", str(config)])
    out = capsys.readouterr()
    return rc, out.out, out.err


def _claim_state(fleet_db: FleetDb, device_id: str) -> object:
    row = (
        fleet_db.admin()
        .execute("SELECT state FROM fleet.claims WHERE device_id = %s", (device_id,))
        .fetchone()
    )
    return row[0] if row else None


def test_only_a_supervisor_releases_a_claim_and_it_is_journaled_with_who_and_why(
    fleet_db: FleetDb,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    sv, sv_pw = fleet_db.add_supervisor()
    config = _config(tmp_path, fleet_db, a.role)
    realm = load_config(config).active_target().realm
    station_a = ClaimClient(a, a_pw)
    assert station_a.complete(station_a.claim(realm, "dev-1"))
    station_a.close()

    # A station's own role is refused by the centre, whatever the station's software does.
    rc, _, err = _release(monkeypatch, capsys, config, "dev-1", role=a.role, password=a_pw)
    assert rc == 1
    assert f"role {a.role} is not a fleet supervisor" in err
    assert "add-supervisor" in err
    assert _claim_state(fleet_db, "dev-1") == "done"

    # A reason that says nothing is refused before anything is asked or changed.
    rc, _, err = _release(
        monkeypatch, capsys, config, "dev-1", role=sv.role, password=sv_pw, reason="ok"
    )
    assert rc == 1
    assert "too short" in err
    assert _claim_state(fleet_db, "dev-1") == "done"

    # Without the station's supervisor password nothing reaches the centre.
    rc, _, err = _release(
        monkeypatch, capsys, config, "dev-1", role=sv.role, password=sv_pw, station_password="no"
    )
    assert rc == 1
    assert "Wrong Supervisor password" in err
    assert _claim_state(fleet_db, "dev-1") == "done"

    # A wrong password is the centre's refusal too.
    rc, _, err = _release(monkeypatch, capsys, config, "dev-1", role=sv.role, password="wrong")
    assert rc == 1
    assert f"refused the password of role {sv.role}" in err

    rc, out, err = _release(monkeypatch, capsys, config, "dev-1", role=sv.role, password=sv_pw)
    assert rc == 0, err
    assert f"Released the claim on dev-1 in realm {realm}" in out
    assert _claim_state(fleet_db, "dev-1") == "released"
    history = (
        fleet_db.admin()
        .execute(
            "SELECT state, station_id, actor, reason FROM fleet.claim_history "
            "WHERE device_id = 'dev-1' ORDER BY id"
        )
        .fetchall()
    )
    assert history[-1] == ("released", a.role, sv.role, "rework RMA-1234: board replaced")
    with Journal.open(load_config(config).journal_path, station_id="x") as journal:
        (event,) = [e for e in journal.audit_events() if e.kind == "fleet_release_claim"]
    assert (event.actor, event.reason) == ("Sam (supervisor)", "rework RMA-1234: board replaced")
    assert event.details == {"device_id": "dev-1", "realm": realm, "central_role": sv.role}

    # The ID is free again: another station may register it.
    station_b = ClaimClient(b, b_pw)
    assert station_b.claim(realm, "dev-1").granted
    station_b.close()

    # Nothing to release says so and changes nothing.
    rc, _, err = _release(monkeypatch, capsys, config, "dev-404", role=sv.role, password=sv_pw)
    assert rc == 1
    assert "No claim on device dev-404" in err


def test_stations_lists_each_station_for_qa_and_refuses_a_station_role(
    fleet_db: FleetDb,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a, a_pw = fleet_db.add_station()
    qa, qa_pw = fleet_db.add_qa()
    config = _config(tmp_path, fleet_db, a.role)

    def stations(role: str, password: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        rc = main(["fleet", "stations", "--as", role, "--config", str(config)])
        out = capsys.readouterr()
        return rc, out.out, out.err

    rc, out, err = stations(qa.role, qa_pw)
    assert rc == 0, err
    assert f"{a.role}: no heartbeat yet, never seen; today 0 passed, 0 not" in out
    rc, _, err = stations(a.role, a_pw)
    assert rc == 1
    assert f"Role {a.role} may not read the fleet's history" in err
