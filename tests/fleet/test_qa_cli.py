"""`station qa --fleet --as NAME`: the sign-in happens before any window, with the password from
the OS keyring or standard input; a wrong one or a station's role is refused with what to do
(real PostgreSQL, real keyring)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from station.cli import main
from tests.fleet.conftest import FleetDb
from tests.fleet.test_release_claim import _config


def _qa(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    config: Path,
    role: str,
    stdin: str,
) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    rc = main(["qa", "--fleet", "--as", role, "--config", str(config)])
    return rc, capsys.readouterr().err


def test_fleet_qa_refuses_a_station_role_and_a_wrong_password_before_any_window(
    fleet_db: FleetDb,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    station, station_pw = fleet_db.add_station()
    qa, _qa_pw = fleet_db.add_qa()
    config = _config(tmp_path, fleet_db, station.role)

    rc, err = _qa(monkeypatch, capsys, config, station.role, station_pw + "\n")
    assert rc == 1
    assert f"Role {station.role} may not read the fleet's attempts" in err
    assert "add-qa" in err

    rc, err = _qa(monkeypatch, capsys, config, qa.role, "not the password\n")
    assert rc == 1
    assert f"refused the password of role {qa.role}" in err

    # A password kept in the keyring is used without asking (here a wrong one, refused).
    monkeypatch.setattr("sys.stdin", io.StringIO("kept but wrong\n"))
    assert main(["fleet", "set-password", "--role", qa.role, "--config", str(config)]) == 0
    capsys.readouterr()
    rc, err = _qa(monkeypatch, capsys, config, qa.role, "")
    assert rc == 1
    assert f"refused the password of role {qa.role}" in err
