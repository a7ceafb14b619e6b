"""Token sources: minted tokens verify with the realm public key and allow exactly one call."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from station.errors import ConfigError
from station.pairing.errors import (
    KeyInvalid,
    TokenCommandFailed,
    TokenError,
    TokenExpired,
    TokenScopeInsufficient,
)
from station.pairing.tokens import (
    CommandTokens,
    IssuedTokens,
    RealmKeyTokens,
    TokenScope,
    inspect_token,
)
from tests.pairing import keys

DEVICE = "2imLILqtRP2vq0ZVy-TGRQ"
OTHER = "Lwf5dutoSuqS0kbG44-BOw"


class FakeClock:
    def __init__(self, start: float | None = None) -> None:
        self.now = float(int(time.time())) if start is None else start

    def __call__(self) -> float:
        return self.now


def _verify(token: str, key: keys.PrivateKey, alg: str) -> dict[str, object]:
    assert jwt.get_unverified_header(token)["alg"] == alg
    claims: dict[str, object] = jwt.decode(
        token, keys.public_pem(key), algorithms=[alg], options={"require": ["exp", "iat"]}
    )
    return claims


KEY_FORMS: list[tuple[str, Callable[[], tuple[keys.PrivateKey, bytes]], str]] = [
    ("sec1-p256", lambda: (keys.ec_key(), keys.sec1_pem(keys.ec_key())), "ES256"),
    (
        "sec1-p384",
        lambda: (keys.ec_key("secp384r1"), keys.sec1_pem(keys.ec_key("secp384r1"))),
        "ES384",
    ),
    (
        "sec1-p521",
        lambda: (keys.ec_key("secp521r1"), keys.sec1_pem(keys.ec_key("secp521r1"))),
        "ES512",
    ),
    ("pkcs8-p256", lambda: (keys.ec_key(), keys.pkcs8_pem(keys.ec_key())), "ES256"),
    ("pkcs1-rsa", lambda: (keys.rsa_key(), keys.pkcs1_pem(keys.rsa_key())), "RS256"),
    ("pkcs8-rsa", lambda: (keys.rsa_key(), keys.pkcs8_pem(keys.rsa_key())), "RS256"),
]


@pytest.mark.parametrize(("form", "make", "alg"), KEY_FORMS, ids=[f[0] for f in KEY_FORMS])
def test_realm_key_mints_verifiable_narrow_tokens(
    form: str, make: Callable[[], tuple[keys.PrivateKey, bytes]], alg: str
) -> None:
    key, pem = make()
    clock = FakeClock()
    source = RealmKeyTokens(lambda: pem, clock=clock)
    claims = _verify(source.token(TokenScope.register()), key, alg)
    assert claims["a_pa"] == ["POST::agent/devices"]
    assert claims["iat"] == int(clock.now)
    assert claims["exp"] == int(clock.now) + 300
    assert "nbf" not in claims
    assert set(claims) == {"iat", "exp", "a_pa"}

    claims = _verify(source.token(TokenScope.unregister(DEVICE)), key, alg)
    assert claims["a_pa"] == [r"DELETE::agent/devices/2imLILqtRP2vq0ZVy\-TGRQ"]
    assert TokenScope.unregister(DEVICE).allowed_by(claims["a_pa"])
    assert not TokenScope.unregister(OTHER).allowed_by(claims["a_pa"])
    assert not TokenScope.register().allowed_by(claims["a_pa"])
    assert alg in source.status().detail


def test_realm_key_reuses_a_token_until_shortly_before_expiry() -> None:
    clock = FakeClock()
    pem = keys.sec1_pem(keys.ec_key())
    loads = []

    def load() -> bytes:
        loads.append(1)
        return pem

    source = RealmKeyTokens(load, ttl=300, clock=clock)
    first = source.token(TokenScope.register())
    clock.now += 200
    assert source.token(TokenScope.register()) == first
    assert source.token(TokenScope.unregister(DEVICE)) != first
    clock.now += 50  # 50 s left on the first token: below the reuse margin
    second = source.token(TokenScope.register())
    assert second != first
    assert jwt.decode(second, options={"verify_signature": False})["exp"] == int(clock.now) + 300
    # Read at the first token and again once RELOAD_AFTER had passed (at +200 s), not per call.
    assert len(loads) == 2


def test_realm_key_ttl_is_bounded() -> None:
    pem = keys.sec1_pem(keys.ec_key())
    for ttl in (10, 3601):
        with pytest.raises(ConfigError, match="token lifetime"):
            RealmKeyTokens(lambda: pem, ttl=ttl)
    clock = FakeClock()
    token = RealmKeyTokens(lambda: pem, ttl=3600, clock=clock).token(TokenScope.register())
    assert jwt.decode(token, options={"verify_signature": False})["exp"] == int(clock.now) + 3600


@pytest.mark.parametrize(
    ("pem", "words"),
    [
        (keys.ed25519_pem, "Ed25519"),
        (lambda: keys.sec1_pem(keys.ec_key("secp256k1")), "secp256k1"),
        (lambda: keys.pkcs1_pem(rsa.generate_private_key(65537, 1024)), "1024 bits"),
        (lambda: keys.public_pem(keys.ec_key()), "public key"),
        (lambda: keys.pkcs8_pem(keys.ec_key(), b"pass"), "passphrase"),
        (lambda: keys.sec1_pem(keys.ec_key())[:120], "corrupt or truncated"),
        (lambda: b"hello", "not a PEM key"),
    ],
    ids=["ed25519", "secp256k1", "rsa1024", "public", "encrypted", "truncated", "not-pem"],
)
def test_unusable_keys_give_clear_errors(pem: Callable[[], bytes], words: str) -> None:
    data = pem()
    source = RealmKeyTokens(lambda: data)
    with pytest.raises(KeyInvalid, match=words) as info:
        source.token(TokenScope.register())
    assert info.value.action
    status = source.status()
    assert not status.usable
    assert words in status.detail


@pytest.mark.parametrize(
    ("a_pa", "scope", "allowed"),
    [
        (["POST::agent/devices"], TokenScope.register(), True),
        ([".*::.*"], TokenScope.register(), True),
        (["^POST$::^agent/devices$"], TokenScope.register(), True),
        (["POST::agent/dev"], TokenScope.register(), False),
        (["GET::agent/dev"], TokenScope.register(), False),
        (["POST::/agent/devices"], TokenScope.register(), False),
        (["POST::myrealm/agent/devices"], TokenScope.register(), False),
        (["post::agent/devices"], TokenScope.register(), False),
        (["POST:agent/devices"], TokenScope.register(), False),  # one colon: skipped
        (["POST:ignored:agent/devices"], TokenScope.register(), True),
        (["(::agent/devices", "POST::agent/devices"], TokenScope.register(), True),
        ([], TokenScope.register(), False),
        ("POST::agent/devices", TokenScope.register(), False),  # not a list
        (["DELETE::agent/devices/.*"], TokenScope.unregister(DEVICE), True),
        (["DELETE::agent/devices/.*"], TokenScope.register(), False),
        ([r"DELETE::agent/devices/2imLILqtRP2vq0ZVy\-TGRQ"], TokenScope.unregister(OTHER), False),
    ],
)
def test_a_pa_matching_mirrors_pairing(a_pa: object, scope: TokenScope, allowed: bool) -> None:
    assert scope.allowed_by(a_pa) is allowed


def _issued(key: keys.PrivateKey, alg: str = "ES256", **claims: object) -> str:
    return jwt.encode(claims, key, algorithm=alg)


def test_issued_token_is_used_while_valid_and_warns_near_expiry(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock()
    key = keys.ec_key()
    token = _issued(key, exp=int(clock.now) + 7200, a_pa=["POST::agent/devices"])
    source = IssuedTokens(lambda: token, clock=clock)
    assert source.token(TokenScope.register()) == token
    status = source.status()
    assert status.kind == "issued token"
    assert status.usable and not status.warning
    assert "expires in 2 h 0 min" in status.detail
    assert status.expires_at is not None
    assert int(status.expires_at.timestamp()) == int(clock.now) + 7200

    clock.now += 7200 - 600
    with caplog.at_level(logging.WARNING, logger="station.pairing.tokens"):
        assert source.token(TokenScope.register()) == token
        assert source.token(TokenScope.register()) == token
    warnings = [r for r in caplog.records if "expires in 10 min" in r.getMessage()]
    assert len(warnings) == 1, "warned once, not per call"
    status = source.status()
    assert status.warning and status.usable
    assert "new token soon" in status.detail

    clock.now += 600
    with pytest.raises(TokenExpired, match="expired"):
        source.token(TokenScope.register())
    assert not source.status().usable
    for record in caplog.records:
        assert token not in record.getMessage()


def test_issued_token_scope_is_checked_before_sending() -> None:
    key = keys.ec_key()
    token = _issued(key, exp=int(time.time()) + 3600, a_pa=["POST::agent/devices"])
    source = IssuedTokens(lambda: token)
    with pytest.raises(TokenScopeInsufficient) as info:
        source.token(TokenScope.unregister(DEVICE))
    assert "DELETE agent/devices/2imLILqtRP2vq0ZVy-TGRQ" in info.value.message
    assert "POST::agent/devices" in info.value.message
    assert token not in str(info.value)


def test_issued_token_without_exp_is_accepted_like_pairing_does() -> None:
    token = _issued(keys.rsa_key(), "RS256", a_pa=[".*::.*"])
    source = IssuedTokens(lambda: token)
    assert source.token(TokenScope.unregister(DEVICE)) == token
    assert "never expires" in source.status().detail


def test_issued_token_with_future_nbf_is_refused() -> None:
    now = int(time.time())
    token = _issued(keys.ec_key(), nbf=now + 120, exp=now + 3600, a_pa=[".*::.*"])
    with pytest.raises(TokenError, match="not valid before"):
        IssuedTokens(lambda: token).token(TokenScope.register())


@pytest.mark.parametrize(
    ("token", "words"),
    [
        ("", "empty"),
        ("not a token", "spaces"),
        ("abc.def", "not a readable JWT"),
        (jwt.encode({"a_pa": [".*::.*"]}, "k" * 32, algorithm="HS256"), "HS256"),
    ],
)
def test_issued_token_that_pairing_would_reject(token: str, words: str) -> None:
    with pytest.raises(TokenError, match=words) as info:
        IssuedTokens(lambda: token).token(TokenScope.register())
    if token:
        assert token not in str(info.value)


def test_issued_token_is_read_again_after_a_supervisor_replaces_it() -> None:
    clock = FakeClock()
    key = keys.ec_key()
    stored = [_issued(key, exp=int(clock.now) + 20, a_pa=[".*::.*"])]
    source = IssuedTokens(lambda: stored[0], clock=clock, reload_after=60)
    assert source.token(TokenScope.register()) == stored[0]
    stored[0] = _issued(key, exp=int(clock.now) + 3600, a_pa=[".*::.*"])
    clock.now += 10  # the cached one has 10 s left: re-read at once, not after 60 s
    assert source.token(TokenScope.register()) == stored[0]


MINT_SCRIPT = """
import os, sys, time, jwt
with open(os.environ["COUNT_FILE"], "a") as f:
    f.write(os.environ["STATION_TOKEN_METHOD"] + " " + os.environ["STATION_TOKEN_PATH"] + "\\n")
now = int(time.time())
claims = {"iat": now, "exp": now + int(os.environ.get("TTL", "600")),
          "a_pa": [os.environ["STATION_TOKEN_CLAIM"]]}
print(jwt.encode(claims, os.environ["KEY_PEM"], algorithm="ES256"))
"""


def _command(
    tmp_path: Path, script: str = MINT_SCRIPT, ttl: int = 600, **kwargs: object
) -> tuple[CommandTokens, Path]:
    count = tmp_path / "calls"
    env = {
        "COUNT_FILE": str(count),
        "KEY_PEM": keys.pkcs8_pem(keys.ec_key()).decode(),
        "TTL": str(ttl),
    }
    return CommandTokens([sys.executable, "-c", script], env=env, **kwargs), count  # type: ignore[arg-type]


def test_command_tokens_are_cached_per_covered_scope(tmp_path: Path) -> None:
    source, count = _command(tmp_path)
    first = source.token(TokenScope.register())
    claims = _verify(first, keys.ec_key(), "ES256")
    assert claims["a_pa"] == ["POST::agent/devices"]
    assert source.token(TokenScope.register()) == first
    unregister = source.token(TokenScope.unregister(DEVICE))
    assert jwt.decode(unregister, options={"verify_signature": False})["a_pa"] == [
        r"DELETE::agent/devices/2imLILqtRP2vq0ZVy\-TGRQ"
    ]
    assert count.read_text().splitlines() == [
        "POST agent/devices",
        f"DELETE agent/devices/{DEVICE}",
    ]
    status = source.status()
    assert status.usable and status.expires_at is not None
    assert "expires in" in status.detail


def test_command_token_is_fetched_again_near_expiry(tmp_path: Path) -> None:
    offset = [0.0]
    source, count = _command(tmp_path, ttl=300, clock=lambda: time.time() + offset[0])
    source.token(TokenScope.register())
    offset[0] = 240.0  # 60 s left of 300: past the reuse margin (lifetime / 4)
    source.token(TokenScope.register())
    assert len(count.read_text().splitlines()) == 2


def test_command_failure_reports_exit_status_and_redacted_stderr(tmp_path: Path) -> None:
    leaked = jwt.encode({"a": 1}, keys.ec_key(), algorithm="ES256")
    script = f"import sys; sys.stderr.write('vault said: denied, token {leaked}\\n'); sys.exit(3)"
    source, _ = _command(tmp_path, script)
    with pytest.raises(TokenCommandFailed, match="exit status 3") as info:
        source.token(TokenScope.register())
    text = str(info.value)
    assert "vault said: denied" in text
    assert leaked not in text
    assert "[removed]" in text
    assert not source.status().usable


def test_command_timeout(tmp_path: Path) -> None:
    source, _ = _command(tmp_path, "import time; time.sleep(30)", timeout=0.5)
    started = time.monotonic()
    with pytest.raises(TokenCommandFailed, match=r"did not finish within 0\.5 s"):
        source.token(TokenScope.register())
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    "script",
    [
        "import sys; sys.stdout.write('x' * 200_000)",
        # Prints without end: only the cap stops it, long before its timeout.
        "import sys\nwhile True: sys.stdout.write('x' * 4096)",
    ],
    ids=["too-much", "endless"],
)
def test_command_printing_too_much_is_stopped(tmp_path: Path, script: str) -> None:
    source, _ = _command(tmp_path, script, timeout=60)
    started = time.monotonic()
    with pytest.raises(TokenCommandFailed, match="printed more than 64 KiB") as info:
        source.token(TokenScope.register())
    assert time.monotonic() - started < 30
    assert "only the token" in info.value.action
    assert not source.status().usable


def test_command_stderr_is_kept_only_as_its_tail(tmp_path: Path) -> None:
    script = "import sys; sys.stderr.write('noise\\n' * 100_000 + 'vault: sealed\\n'); sys.exit(2)"
    source, _ = _command(tmp_path, script)
    with pytest.raises(TokenCommandFailed, match="exit status 2: vault: sealed"):
        source.token(TokenScope.register())


def _gone(pid: int) -> bool:
    """The process has ended (a zombie waiting for its reaper has ended too)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def test_command_timeout_stops_what_it_started(tmp_path: Path) -> None:
    marker = tmp_path / "child-alive"
    child_pid = tmp_path / "child-pid"
    # The helper starts a child that would write the marker after 3 s, then hangs.
    child = f"import time; time.sleep(3); open({str(marker)!r}, 'w').close()"
    script = (
        "import subprocess, sys, time\n"
        f"p = subprocess.Popen([sys.executable, '-c', {child!r}])\n"
        f"open({str(child_pid)!r}, 'w').write(str(p.pid))\n"
        "time.sleep(60)\n"
    )
    source, _ = _command(tmp_path, script, timeout=1.0)
    with pytest.raises(TokenCommandFailed, match="did not finish"):
        source.token(TokenScope.register())
    pid = int(child_pid.read_text())
    # The child must end with its parent, long before it would write the marker.
    deadline = time.monotonic() + 2.5
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _gone(pid), f"the helper's child {pid} outlived the timeout"
    assert not marker.exists()


def test_command_must_print_one_token(tmp_path: Path) -> None:
    source, _ = _command(tmp_path, "print('a'); print('b')")
    with pytest.raises(TokenCommandFailed, match="2 lines"):
        source.token(TokenScope.register())
    source, _ = _command(tmp_path, "print('not-a-jwt')")
    with pytest.raises(TokenError, match="not a readable JWT"):
        source.token(TokenScope.register())


def test_command_printing_an_expired_token(tmp_path: Path) -> None:
    source, _ = _command(tmp_path, MINT_SCRIPT.replace("now + int(", "now - 5 + 0 * int("))
    with pytest.raises(TokenExpired):
        source.token(TokenScope.register())


def test_missing_command(tmp_path: Path) -> None:
    source = CommandTokens([str(tmp_path / "no-such-helper")])
    with pytest.raises(TokenCommandFailed, match="could not be started"):
        source.token(TokenScope.register())


def test_inspect_token_reads_claims_without_verifying() -> None:
    token = _issued(keys.rsa_key(), "RS256", exp=2_000_000_000, a_pa=["POST::agent/devices"])
    claims = inspect_token(token)
    assert claims.algorithm == "RS256"
    assert claims.expires == 2_000_000_000
    assert claims.a_pa == ["POST::agent/devices"]
    assert isinstance(keys.ec_key(), ec.EllipticCurvePrivateKey)
