"""`station config ...` through the real entry point."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from station.cli import main
from station.config import check_password, load_config
from station.journal import Journal
from tests.config.examples import PLANT


def test_check_summarises_a_valid_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)
    assert main(["config", "check", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "is valid" in out
    assert "Fixture line3: 3 slots at 230400 baud, provisioning into plant-eu" in out
    assert "slot 2: usb:location=1-1.3:1.0" in out


def test_check_names_the_bad_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT.replace('realm = "lab1"', 'realm = "Lab-1"'))
    assert main(["config", "check", "--config", str(path)]) == 1
    err = capsys.readouterr().err
    assert "targets.lab.realm" in err and "what to do" in err


def test_set_password_saves_a_hash_and_journals_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)
    monkeypatch.setattr("sys.stdin", io.StringIO("a long supervisor phrase\n"))
    assert (
        main(["config", "set-password", "supervisor", "--config", str(path), "--reason", "new"])
        == 0
    )
    text = path.read_text()
    assert "a long supervisor phrase" not in text
    encoded = load_config(path).roles.supervisor_password_hash
    assert encoded is not None and check_password("a long supervisor phrase", encoded)
    with Journal.open(tmp_path / "journal.sqlite", station_id="line3-pc1") as journal:
        (event,) = journal.audit_events()
    assert event.kind == "password_change"
    assert event.details["role"] == "supervisor" and event.reason == "new"


def test_set_password_refuses_a_short_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["config", "set-password", "qa", "--config", str(path)]) == 1
    assert path.read_text() == PLANT


def test_path_prints_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "path"]) == 0
    assert capsys.readouterr().out.strip().endswith("provisioning-station/config.toml")
