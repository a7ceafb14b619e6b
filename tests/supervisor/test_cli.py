"""`station target test|show|use` and `station rework check|unregister|reprovision` through the
real entry point, against the stand-in over HTTPS and simulated devices on ptys."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from station.cli import main
from station.config import load_config
from station.demo import DemoEnvironment
from station.journal import Journal
from station.pairing import keystore
from tests.fixtures.keyring import MemoryKeyring
from tests.fixtures.pairing import PairingHandle
from tests.roles.helpers import SUPERVISOR_PASSWORD
from tests.supervisor.helpers import with_roles, write_config


def test_target_test_and_show(
    pairing_standin: PairingHandle,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_config(tmp_path, pairing_standin.base_url, pairing_standin.ca_path)
    keystore.store_realm_key("plant", pairing_standin.keys.private_pem)
    assert main(["target", "test", "plant", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("ok  ") == 4 and "registered nothing" in out
    assert main(["target", "show", "plant", "--config", str(path)]) == 0
    assert "EC P-256 (ES256) realm key in the OS keyring" in capsys.readouterr().out

    wrong = write_config(tmp_path, pairing_standin.base_url, pairing_standin.ca_path, realm="nope")
    assert main(["target", "test", "plant", "--config", str(wrong)]) == 1
    out = capsys.readouterr().out
    assert "FAIL Authorization" in out and "the realm name is wrong" in out


def test_target_use_needs_the_supervisor_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_config(tmp_path, "https://127.0.0.1:1/pairing", tmp_path / "ca.pem")
    with_roles(path)
    monkeypatch.setattr("sys.stdin", io.StringIO("not the password\n"))
    assert main(["target", "use", "lab", "--config", str(path), "--by", "Sam"]) == 1
    assert "Wrong Supervisor password" in capsys.readouterr().err
    assert load_config(path).fixture("line1").active_target == "plant"
    monkeypatch.setattr("sys.stdin", io.StringIO(SUPERVISOR_PASSWORD + "\n"))
    args = ["target", "use", "lab", "--config", str(path), "--by", "Sam", "--reason", "lab run"]
    assert main(args) == 0
    assert load_config(path).fixture("line1").active_target == "lab"
    with Journal.open(tmp_path / "journal.db", station_id="sup-test") as journal:
        kinds = [e.kind for e in reversed(journal.audit_events())]
    assert kinds == ["signin_failed", "signin", "active_target_change"]


def test_rework_commands_on_the_sandbox(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with DemoEnvironment(tmp_path / "env", slots=1, storage="secure") as env:
        assert env.standin is not None
        path = str(env.config_path)
        with_roles(env.config_path)
        monkeypatch.setattr("sys.stdin", io.StringIO(SUPERVISOR_PASSWORD + "\n"))
        args = ["rework", "reprovision", "--slots", "1", "--reason", "first run", "--by", "Sam"]
        assert main([*args, "--config", path]) == 0
        out = capsys.readouterr().out
        assert out.startswith("slot 1: PASS ")
        device_id = out.split()[3]

        assert main(["rework", "check", "--slot", "1", "--config", path]) == 0
        assert "is locked (out of factory mode)" in capsys.readouterr().out

        monkeypatch.setattr("sys.stdin", io.StringIO(SUPERVISOR_PASSWORD + "\n"))
        args = ["rework", "unregister", "--slot", "1", "--reason", "returned, RMA 9", "--by", "Sam"]
        assert main([*args, "--config", path]) == 0
        assert f"Unregistered {device_id}" in capsys.readouterr().out
        state = env.standin.device_state("demo", device_id)
        assert state is not None and not state.secret_set

        # Not on a slot and unknown to the journal: refused without --accept-loss.
        monkeypatch.setattr("sys.stdin", io.StringIO(SUPERVISOR_PASSWORD + "\n"))
        other = "AAAAAAAAAAAAAAAAAAAAAA"
        args = ["rework", "unregister", other, "--reason", "unknown unit", "--by", "Sam"]
        assert main([*args, "--config", path]) == 1
        assert "Nothing was sent" in capsys.readouterr().err
