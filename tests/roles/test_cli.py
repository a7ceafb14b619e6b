"""`station roles set-password` and `status` through the real entry point, on real files: the
hash is saved, the change journaled, an older configuration migrated with its backup first."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from station.cli import main
from station.config import check_password, load_config
from station.journal import Journal
from tests.config.examples import PLANT, V1


def test_set_password_writes_only_the_hash_and_journals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)
    monkeypatch.setattr("sys.stdin", io.StringIO("qa people check twice\n"))
    args = [
        "roles",
        "set-password",
        "qa",
        "--config",
        str(path),
        "--by",
        "Sam",
        "--reason",
        "new QA lead",
    ]
    assert main(args) == 0
    assert "qa people check twice" not in path.read_text()
    encoded = load_config(path).roles.qa_password_hash
    assert encoded is not None and check_password("qa people check twice", encoded)
    assert "The QA password is set" in capsys.readouterr().out
    with Journal.open(tmp_path / "journal.sqlite", station_id="line3-pc1") as journal:
        (event,) = journal.audit_events()
    assert event.kind == "role_password_change"
    assert event.actor == "Sam" and event.reason == "new QA lead"
    assert event.details["role"] == "qa" and event.details["change"] == "set"
    assert "qa people" not in repr(event)


def test_set_password_migrates_an_old_file_and_keeps_its_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(V1.replace("/var/lib/station/journal.sqlite", str(tmp_path / "j.sqlite")))
    original = path.read_text()
    monkeypatch.setattr("sys.stdin", io.StringIO("supervisors hold the keys\n"))
    assert main(["roles", "set-password", "supervisor", "--config", str(path)]) == 0
    backup = tmp_path / "config.toml.v1.bak"
    assert backup.read_text() == original
    config = load_config(path)
    assert config.schema_version == 2
    assert "schema_version = 2" in path.read_text()
    assert set(config.targets) == {"plant-eu", "staging"}
    assert config.fixture("bench").active_target == "plant-eu"
    assert config.roles.idle_lock_minutes == 5
    encoded = config.roles.supervisor_password_hash
    assert encoded is not None and check_password("supervisors hold the keys", encoded)
    assert "The Supervisor password is set" in capsys.readouterr().out


def test_set_password_refuses_short_and_keeps_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["roles", "set-password", "supervisor", "--config", str(path)]) == 1
    assert path.read_text() == PLANT
    assert "shorter than 8" in capsys.readouterr().err


def test_set_password_at_a_terminal_asks_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter(["first attempt here", "second attempt here"])
    monkeypatch.setattr("sys.stdin", Tty(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["roles", "set-password", "qa", "--config", str(path)]) == 1
    assert "differ" in capsys.readouterr().err
    assert path.read_text() == PLANT


def test_status_shows_which_roles_can_sign_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(V1.replace("/var/lib/station/journal.sqlite", str(tmp_path / "j.sqlite")))
    assert main(["roles", "status", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Supervisor: NO password" in out
    assert "Idle lock after 5 min" in out and "after 5 wrong passwords" in out


def test_a_lockout_survives_between_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.supervisor.helpers import with_roles, write_config

    path = write_config(tmp_path, "https://127.0.0.1:1/pairing", tmp_path / "ca.pem")
    with_roles(path)
    for n in range(5):
        monkeypatch.setattr("sys.stdin", io.StringIO(f"wrong {n}\n"))
        assert main(["target", "use", "lab", "--config", str(path), "--by", "M"]) == 1
    assert "locked" in capsys.readouterr().err
    from tests.roles.helpers import SUPERVISOR_PASSWORD

    monkeypatch.setattr("sys.stdin", io.StringIO(SUPERVISOR_PASSWORD + "\n"))
    assert main(["target", "use", "lab", "--config", str(path), "--by", "Sam"]) == 1
    assert "Sign-in is locked" in capsys.readouterr().err
    assert load_config(path).fixture("line1").active_target == "plant"
