"""`station target import-key` and `set-token` are a supervisor's actions on the command line too:
they ask for the supervisor password, refuse without it, and are journal events with who and why.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

import jwt
import pytest

from station.cli import main
from station.pairing import keystore
from tests.fixtures.keyring import MemoryKeyring
from tests.fixtures.supervisor import LINE1_TTL_S, StationConfigFile
from tests.pairing import keys


def _key_file(tmp_path: Path) -> Path:
    pem_file = tmp_path / "realm_private.pem"
    pem_file.write_bytes(keys.sec1_pem(keys.ec_key()))
    return pem_file


def _token(ttl_s: int = 3600) -> str:
    return jwt.encode(
        {"exp": int(time.time()) + ttl_s, "a_pa": ["POST::agent/devices"]},
        keys.ec_key(),
        algorithm="ES256",
    )


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> io.StringIO:
    stream = io.StringIO(text)
    monkeypatch.setattr(sys, "stdin", stream)
    return stream


def test_import_key_signs_in_journals_and_names_the_configured_lifetime(
    memory_keyring: MemoryKeyring,
    station_config: StationConfigFile,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _stdin(monkeypatch, station_config.stdin())
    args = ["target", "import-key", "line1", "--file", str(_key_file(tmp_path))]
    assert main([*args, "--by", "Sam", "--reason", "new realm key after rotation"]) == 0
    out = capsys.readouterr().out
    assert f"valid {LINE1_TTL_S} s" in out and "valid 300 s" not in out
    assert keystore.describe_key("line1") == "EC P-256 (ES256)"
    assert [e.kind for e in station_config.events()] == ["signin", "key_import"]
    (event,) = station_config.events("key_import")
    assert event.actor == "Sam (supervisor)"
    assert event.reason == "new realm key after rotation"
    assert event.details["target"] == "line1" and event.details["key"] == "EC P-256 (ES256)"
    assert "BEGIN" not in repr(event)


def test_import_key_with_a_wrong_password_stores_nothing(
    memory_keyring: MemoryKeyring,
    station_config: StationConfigFile,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _stdin(monkeypatch, station_config.stdin(password="an operator guessing"))
    args = ["target", "import-key", "line1", "--file", str(_key_file(tmp_path)), "--by", "Olga"]
    assert main(args) == 1
    assert "Wrong Supervisor password" in capsys.readouterr().err
    assert memory_keyring.entries == {}
    assert [e.kind for e in station_config.events()] == ["signin_failed"]


def test_a_wrong_key_file_or_target_is_refused_before_the_password_is_read(
    memory_keyring: MemoryKeyring,
    station_config: StationConfigFile,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stdin = _stdin(monkeypatch, station_config.stdin())
    public = tmp_path / "public.pem"
    public.write_bytes(keys.public_pem(keys.ec_key()))
    assert main(["target", "import-key", "line1", "--file", str(public)]) == 1
    assert "public key" in capsys.readouterr().err
    assert main(["target", "import-key", "nowhere", "--file", str(_key_file(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert "no target 'nowhere'" in err and "lab, line1" in err
    assert stdin.tell() == 0, "the password was read for a command that could not succeed"
    assert memory_keyring.entries == {}
    assert station_config.events() == []


def test_set_token_signs_in_then_reads_the_token_and_journals_the_change(
    memory_keyring: MemoryKeyring,
    station_config: StationConfigFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = _token()
    _stdin(monkeypatch, station_config.stdin(token))
    assert main(["target", "set-token", "lab", "--by", "Sam", "--reason", "weekly token"]) == 0
    captured = capsys.readouterr()
    assert token not in captured.out + captured.err
    assert keystore.load_issued_token("lab") == token
    (event,) = station_config.events("token_change")
    assert event.actor == "Sam (supervisor)" and event.reason == "weekly token"
    assert event.details["allows_register"] == "yes" and event.details["algorithm"] == "ES256"
    assert token not in repr(station_config.events())


def test_a_token_piped_where_the_password_belongs_costs_no_sign_in_try(
    memory_keyring: MemoryKeyring,
    station_config: StationConfigFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `astartectl ... | station target set-token lab`: the first line is the token itself.
    token = _token()
    _stdin(monkeypatch, token + "\n")
    assert main(["target", "set-token", "lab"]) == 1
    err = capsys.readouterr().err
    assert "looks like a token, not the Supervisor password" in err
    assert token not in err
    assert memory_keyring.entries == {}
    assert station_config.events() == []


def test_set_token_with_a_wrong_password_stores_nothing(
    memory_keyring: MemoryKeyring,
    station_config: StationConfigFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _stdin(monkeypatch, station_config.stdin(_token(), password="not the password"))
    assert main(["target", "set-token", "lab", "--by", "Olga"]) == 1
    assert memory_keyring.entries == {}
    assert [e.kind for e in station_config.events()] == ["signin_failed"]
