"""Realm keys and issued tokens in the keyring: in memory for logic, the real Secret Service too."""

from __future__ import annotations

import io
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import jwt
import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail, null

from station.cli import main
from station.errors import ConfigError
from station.pairing import keystore
from station.pairing.errors import CredentialMissing, KeyInvalid, KeyringUnavailable, TokenExpired
from station.pairing.tokens import RELOAD_AFTER, IssuedTokens, RealmKeyTokens, TokenScope
from tests.fixtures.keyring import MemoryKeyring
from tests.fixtures.supervisor import StationConfigFile, write_station_config
from tests.pairing import keys


def test_realm_key_round_trip_in_memory(memory_keyring: MemoryKeyring) -> None:
    pem = keys.sec1_pem(keys.ec_key())
    key = keystore.store_realm_key("plant-a", pem)
    assert key.description == "EC P-256 (ES256)"
    assert memory_keyring.entries[("provisioning-station", "plant-a:realm-key")].startswith(
        "-----BEGIN EC PRIVATE KEY-----"
    )
    assert keystore.load_realm_key("plant-a").strip() == pem.strip()
    assert keystore.describe_key("plant-a") == "EC P-256 (ES256)"
    assert repr(key) == "RealmKey(EC P-256 (ES256))"

    token = RealmKeyTokens.from_keyring("plant-a").token(TokenScope.register())
    jwt.decode(token, keys.public_pem(keys.ec_key()), algorithms=["ES256"])


def test_invalid_key_is_not_stored(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(KeyInvalid):
        keystore.store_realm_key("plant-a", keys.ed25519_pem())
    assert memory_keyring.entries == {}


def test_a_realm_key_imported_while_running_signs_the_next_tokens(
    memory_keyring: MemoryKeyring,
) -> None:
    clock = [time.time()]
    source = RealmKeyTokens(
        lambda: keystore.load_realm_key("plant-a"), clock=lambda: clock[0], source="plant-a"
    )
    # Started before any key was imported: the first import is used at once.
    with pytest.raises(CredentialMissing):
        source.token(TokenScope.register())
    first_key, second_key = keys.ec_key(), keys.ec_key("secp384r1")
    keystore.store_realm_key("plant-a", keys.sec1_pem(first_key))
    first = source.token(TokenScope.register())
    jwt.decode(first, keys.public_pem(first_key), algorithms=["ES256"])

    # A supervisor imports another key (here, or from another process).
    keystore.store_realm_key("plant-a", keys.pkcs8_pem(second_key))
    clock[0] += RELOAD_AFTER
    second = source.token(TokenScope.register())
    assert second != first
    # The clock was moved ahead: check the signature, not the times.
    jwt.decode(
        second, keys.public_pem(second_key), algorithms=["ES384"], options={"verify_iat": False}
    )
    assert "P-384" in source.status().detail

    # A keyring that fails on a re-read does not stop the line; the key read stays in use.
    memory_keyring.fail_with = keyring.errors.KeyringLocked("locked")
    clock[0] += RELOAD_AFTER
    assert source.token(TokenScope.register()) == second
    memory_keyring.fail_with = None

    # A deleted key is withdrawn: no more tokens from it.
    keystore.delete("plant-a")
    clock[0] += RELOAD_AFTER
    with pytest.raises(CredentialMissing):
        source.token(TokenScope.register())


def test_an_issued_token_set_while_running_is_used(memory_keyring: MemoryKeyring) -> None:
    def issued(a_pa: list[str]) -> str:
        return jwt.encode(
            {"exp": int(time.time()) + 3600, "a_pa": a_pa}, keys.ec_key(), algorithm="ES256"
        )

    clock = [time.time()]
    source = IssuedTokens(lambda: keystore.load_issued_token("plant-a"), clock=lambda: clock[0])
    with pytest.raises(CredentialMissing):
        source.token(TokenScope.register())
    old = issued(["POST::agent/devices"])
    keystore.store_issued_token("plant-a", old)
    assert source.token(TokenScope.register()) == old
    new = issued([".*::.*"])
    keystore.store_issued_token("plant-a", new)
    clock[0] += RELOAD_AFTER
    assert source.token(TokenScope.register()) == new


def test_missing_entries_say_how_to_add_them(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(CredentialMissing, match="import-key plant-b"):
        keystore.load_realm_key("plant-b")
    with pytest.raises(CredentialMissing, match="set-token plant-b"):
        keystore.load_issued_token("plant-b")
    status = IssuedTokens.from_keyring("plant-b").status()
    assert not status.usable
    assert "No issued token" in status.detail


def test_delete_removes_only_what_exists(memory_keyring: MemoryKeyring) -> None:
    keystore.store_issued_token("t1", "a.b.c")
    assert keystore.delete("t1") == ["issued-token"]
    assert keystore.delete("t1") == []
    assert memory_keyring.entries == {}


def test_a_keyring_waiting_on_its_unlock_prompt_is_given_up_on(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    keystore.store_realm_key("plant-a", keys.sec1_pem(keys.ec_key()))
    monkeypatch.setattr(keystore, "CALL_TIMEOUT", 0.3)
    memory_keyring.block = threading.Event()
    calls: list[Callable[[], object]] = [
        lambda: keystore.load_realm_key("plant-a"),
        lambda: keystore.store_issued_token("plant-a", "a.b.c"),
        lambda: keystore.delete("plant-a"),
        lambda: RealmKeyTokens.from_keyring("plant-a").token(TokenScope.register()),
    ]
    for call in calls:
        started = time.monotonic()
        with pytest.raises(KeyringUnavailable, match=r"did not answer within 0\.3 s") as info:
            call()
        assert time.monotonic() - started < 10
        assert "Unlock the keyring" in info.value.action
    # Once unlocked, the keyring works again; nothing was lost meanwhile.
    memory_keyring.block.set()
    monkeypatch.setattr(keystore, "CALL_TIMEOUT", 10.0)
    assert keystore.describe_key("plant-a") == "EC P-256 (ES256)"


@pytest.mark.parametrize("name", ["", "a:b", "-x", "x" * 65, "a b", "ü"])
def test_target_names_are_checked(memory_keyring: MemoryKeyring, name: str) -> None:
    with pytest.raises(ConfigError, match="not a valid target name"):
        keystore.store_issued_token(name, "a.b.c")


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (keyring.errors.KeyringLocked("Failed to unlock the collection!"), "locked"),
        (
            keyring.errors.InitError("Failed to create the collection: Prompt dismissed"),
            "could not open its collection",
        ),
        (keyring.errors.NoKeyringError("none"), "no OS keyring backend"),
    ],
)
def test_backend_failures_fail_closed_with_a_fix(
    memory_keyring: MemoryKeyring, error: BaseException, words: str
) -> None:
    memory_keyring.fail_with = error
    with pytest.raises(KeyringUnavailable, match=words) as info:
        keystore.store_realm_key("t1", keys.sec1_pem(keys.ec_key()))
    assert "gnome-keyring" in info.value.action
    with pytest.raises(KeyringUnavailable):
        keystore.load_issued_token("t1")
    status = RealmKeyTokens.from_keyring("t1").status()
    assert not status.usable and words in status.detail


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's PlaintextKeyring, which must never be used."""


@pytest.fixture
def installed() -> Iterator[list[keyring.backend.KeyringBackend]]:
    previous = keyring.get_keyring()
    chosen: list[keyring.backend.KeyringBackend] = []
    yield chosen
    keyring.set_keyring(previous)


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        (fail.Keyring(), "no OS keyring"),  # type: ignore[no-untyped-call]
        (null.Keyring(), "null backend"),  # type: ignore[no-untyped-call]
        (PlaintextKeyring(), "keeps secrets in a file"),
    ],
)
def test_refuses_backends_that_would_lose_or_expose_keys(
    installed: list[keyring.backend.KeyringBackend],
    backend: keyring.backend.KeyringBackend,
    words: str,
) -> None:
    keyring.set_keyring(backend)
    with pytest.raises(KeyringUnavailable, match=words):
        keystore.store_realm_key("t1", keys.sec1_pem(keys.ec_key()))
    with pytest.raises(KeyringUnavailable, match=words):
        keystore.load_realm_key("t1")


def test_test_keyrings_never_join_the_default_keyring() -> None:
    # keyring chains every viable backend class it knows; a test class in that chain made
    # the session's default keyring refuse (PlaintextKeyring) or store into a dict.
    discovered = keyring.backend.get_all_keyring()
    assert not any(isinstance(b, MemoryKeyring) for b in discovered)
    assert PlaintextKeyring not in set(keyring.backend.KeyringBackend.get_viable_backends())


def test_cli_import_key_and_set_token(
    memory_keyring: MemoryKeyring,
    station_config: StationConfigFile,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pem_file = tmp_path / "realm_private.pem"
    pem_file.write_bytes(keys.pkcs1_pem(keys.rsa_key()))
    before = sorted(p.name for p in tmp_path.iterdir())
    monkeypatch.setattr(sys, "stdin", io.StringIO(station_config.stdin()))
    assert main(["target", "import-key", "line1", "--file", str(pem_file)]) == 0
    out = capsys.readouterr().out
    assert "RSA 2048-bit (RS256)" in out
    assert "BEGIN" not in out
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert keystore.describe_key("line1") == "RSA 2048-bit (RS256)"

    exp = int(time.time()) + 8 * 3600
    token = jwt.encode(
        {"exp": exp, "a_pa": ["POST::agent/devices", "DELETE::agent/devices/.*"]},
        keys.ec_key(),
        algorithm="ES256",
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(station_config.stdin(token)))
    assert main(["target", "set-token", "line1"]) == 0
    captured = capsys.readouterr()
    assert "(in 7 h 59 min)" in captured.out or "(in 8 h 0 min)" in captured.out
    assert "POST::agent/devices, DELETE::agent/devices/.*" in captured.out
    assert "registering devices: yes" in captured.out
    assert "(rework): yes" in captured.out
    assert token not in captured.out + captured.err
    assert keystore.load_issued_token("line1") == token


def test_cli_refuses_expired_token_and_bad_key(
    memory_keyring: MemoryKeyring,
    station_config: StationConfigFile,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = jwt.encode(
        {"exp": int(time.time()) - 10, "a_pa": [".*::.*"]}, keys.ec_key(), algorithm="ES256"
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(station_config.stdin(token)))
    assert main(["target", "set-token", "line1"]) == 1
    err = capsys.readouterr().err
    assert "has expired" in err and "not stored" in err
    assert token not in err
    assert memory_keyring.entries == {}

    bad = tmp_path / "bad.pem"
    bad.write_bytes(keys.public_pem(keys.ec_key()))
    assert main(["target", "import-key", "line1", "--file", str(bad)]) == 1
    assert "public key" in capsys.readouterr().err
    assert main(["target", "import-key", "line1", "--file", str(tmp_path / "none.pem")]) == 1
    assert "Cannot read" in capsys.readouterr().err


def test_cli_reads_at_most_a_key_or_a_token(
    memory_keyring: MemoryKeyring,
    station_config: StationConfigFile,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # /dev/zero reports size 0 and never ends: only a limit on the read itself stops it.
    assert main(["target", "import-key", "line1", "--file", "/dev/zero"]) == 1
    assert "too large to be a private key" in capsys.readouterr().err
    big = tmp_path / "big.pem"
    big.write_bytes(keys.sec1_pem(keys.ec_key()) + b"#" * (64 * 1024))
    assert main(["target", "import-key", "line1", "--file", str(big)]) == 1
    assert "too large" in capsys.readouterr().err

    monkeypatch.setattr(sys, "stdin", io.StringIO(station_config.stdin("x" * (65 * 1024))))
    assert main(["target", "set-token", "line1"]) == 1
    assert "not a Pairing token" in capsys.readouterr().err
    assert memory_keyring.entries == {}


def test_set_token_warns_when_it_cannot_register(
    memory_keyring: MemoryKeyring,
    station_config: StationConfigFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = jwt.encode(
        {"exp": int(time.time()) + 600, "a_pa": ["GET::agent/dev"]},
        keys.ec_key(),
        algorithm="ES256",
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(station_config.stdin(token)))
    assert main(["target", "set-token", "line1"]) == 0
    assert "cannot register devices" in capsys.readouterr().err
    with pytest.raises(TokenExpired):
        IssuedTokens(lambda: token, clock=lambda: time.time() + 600).token(TokenScope.register())


# -- the real Secret Service (tools/with-keyring.sh, `make test`) ---------------------------


@pytest.mark.keyring
def test_real_secret_service_round_trip(secret_service: keyring.backend.KeyringBackend) -> None:
    target = f"test-{uuid.uuid4().hex[:12]}"
    try:
        pem = keys.sec1_pem(keys.ec_key("secp384r1"))
        assert keystore.store_realm_key(target, pem).algorithm == "ES384"
        assert keystore.load_realm_key(target).strip() == pem.strip()
        assert keystore.describe_key(target) == "EC P-384 (ES384)"
        keystore.store_issued_token(target, "x.y.z")
        assert keystore.load_issued_token(target) == "x.y.z"
        assert "SecretService" in keystore.backend_name()
    finally:
        assert sorted(keystore.delete(target)) == ["issued-token", "realm-key"]
    with pytest.raises(CredentialMissing):
        keystore.load_realm_key(target)


@pytest.mark.keyring
def test_cli_in_a_separate_process_stores_into_the_real_keyring(
    secret_service: keyring.backend.KeyringBackend,
    tmp_path: Path,
) -> None:
    target = f"test-{uuid.uuid4().hex[:12]}"
    config = write_station_config(tmp_path / "xdg", target=target)
    pem_file = tmp_path / "realm_private.pem"
    pem_file.write_bytes(keys.sec1_pem(keys.ec_key()))
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "station",
                "target",
                "import-key",
                target,
                "--file",
                str(pem_file),
            ],
            input=config.stdin(),
            env=config.env(),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "EC P-256 (ES256)" in done.stdout
        token = RealmKeyTokens.from_keyring(target).token(TokenScope.register())
        jwt.decode(token, keys.public_pem(keys.ec_key()), algorithms=["ES256"])
    finally:
        keystore.delete(target)


def test_without_a_secret_service_the_cli_fails_closed(tmp_path: Path) -> None:
    """A real process with no reachable Secret Service: no fallback, no file, a clear fix."""
    pem_file = tmp_path / "realm_private.pem"
    pem_file.write_bytes(keys.sec1_pem(keys.ec_key()))
    home = tmp_path / "home"
    home.mkdir()
    config = write_station_config(tmp_path / "xdg")
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}",
    }
    done = subprocess.run(
        [sys.executable, "-m", "station", "target", "import-key", "line1", "--file", str(pem_file)],
        input=config.stdin(),
        env=config.env(env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Cannot use the keyring" in done.stderr or "Cannot store" in done.stderr
    assert "gnome-keyring" in done.stderr
    assert "BEGIN" not in done.stdout + done.stderr
    assert list(home.rglob("*")) == [], "nothing may be written as a fallback"


def test_target_command_group_offers_credentials_and_target_commands() -> None:
    import argparse

    from station.targets import cli as target_cli
    from station.targets import credentials_cli

    parser = argparse.ArgumentParser()
    target_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["target", "import-key", "t", "--file", "k.pem"])
    assert args.handler is credentials_cli.import_key
    assert parser.parse_args(["target", "set-token", "t"]).handler is credentials_cli.set_token
    assert parser.parse_args(["target", "use", "t"]).handler is target_cli._use
