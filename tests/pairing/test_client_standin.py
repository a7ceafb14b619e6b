"""The Pairing client against the local stand-in over real HTTPS with a generated CA.

Tokens are minted by the station's own `RealmKeyTokens` from the realm key the stand-in
verifies with; tokens Pairing must refuse (expired, under-privileged, foreign key) are handed
over by `FixedToken` so that the server, not the station, is what refuses them.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from station.cancel import Deadline
from station.pairing.client import PairingClient
from station.pairing.device_id import random_device_id
from station.pairing.errors import (
    AlreadyRegistered,
    Forbidden,
    InvalidToken,
    MissingToken,
    NotFound,
    PairingError,
    RateLimited,
    ResponseTooLarge,
    SecretRejected,
    ServerError,
    TlsError,
    TokenExpired,
    TokenScopeInsufficient,
    Unreachable,
    ValidationFailed,
)
from station.pairing.responses import DeviceStatus
from station.pairing.tls import make_ssl_context
from station.pairing.tokens import IssuedTokens, RealmKeyTokens, TokenSource
from station.secret import Secret
from tests.fixtures.pairing import PairingFactory, PairingHandle, RealmKeys
from tests.fixtures.sdk import SdkScript
from tests.pairing import keys
from tests.pairing.netutil import BadTlsServer, CountingRelay, closed_port
from tests.pairing.support import FixedToken

REALM = "test"


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("station.pairing.transport.BACKOFF_FIRST", 0.05)


def _client(
    standin: PairingHandle,
    tokens: TokenSource | None = None,
    *,
    base_url: str | None = None,
    **options: Any,
) -> PairingClient:
    tokens = tokens or RealmKeyTokens(lambda: standin.keys.private_pem)
    options.setdefault("ca_bundle", standin.ca_path)
    options.setdefault("realm", REALM)
    return PairingClient(base_url=base_url or standin.base_url, tokens=tokens, **options)


def test_register_check_rotate_unregister(pairing_standin: PairingHandle) -> None:
    device = random_device_id()
    with _client(pairing_standin) as client:
        first = client.register(device)
        state = pairing_standin.device_state(REALM, device)
        assert state is not None and state.status == "pending"
        assert pairing_standin.check_secret(REALM, device, first)
        info = client.device_info(device, first)
        assert info.status is DeviceStatus.PENDING
        assert info.version == "1.5.0-dev"
        assert info.broker_url.startswith("mqtts://")

        second = client.register(device)
        assert second != first
        with pytest.raises(SecretRejected):
            client.device_info(device, first)
        assert client.device_info(device, second).status is DeviceStatus.PENDING

        client.unregister(device)
        client.unregister(device)  # idempotent
        with pytest.raises(SecretRejected):
            client.device_info(device, second)
        third = client.register(device)
        assert pairing_standin.check_secret(REALM, device, third)


def test_direct_service_url_without_the_ingress_prefix(pairing_standin: PairingHandle) -> None:
    with _client(pairing_standin, base_url=pairing_standin.service_url) as client:
        assert client.health() is True
        secret = client.register(random_device_id())
        assert len(secret.reveal()) == 44


def test_initial_introspection_reaches_pairing(pairing_standin: PairingHandle) -> None:
    device = random_device_id()
    with _client(pairing_standin) as client:
        client.register(
            device,
            initial_introspection={"org.example.Values": (0, 4), "org.example.Other": (1, 0)},
        )
        state = pairing_standin.device_state(REALM, device)
        assert state is not None
        assert state.introspection == {"org.example.Values": (0, 4), "org.example.Other": (1, 0)}
        with pytest.raises(ValidationFailed) as info:
            client.register(device, initial_introspection={"org.example.Values": (-1, 0)})
    assert info.value.status == 422
    assert info.value.fields == {
        "initial_introspection": ["has negative versions in interface org.example.Values"]
    }


@pytest.mark.parametrize("compat", ["master", "1.3", "1.2"])
def test_already_registered_in_every_release(
    pairing_standin_factory: PairingFactory, compat: str
) -> None:
    standin = pairing_standin_factory(compat=compat)
    device = random_device_id()
    standin.put_device(REALM, device, "supersecret", confirmed=True)
    with _client(standin) as client, pytest.raises(AlreadyRegistered) as info:
        client.register(device)
    assert info.value.status == 422


def test_sdk_confirms_the_secret_then_registration_is_refused(
    pairing_standin: PairingHandle, tmp_path: Path
) -> None:
    device = random_device_id()
    with _client(pairing_standin) as client:
        secret = client.register(device)
        sdk = SdkScript(ca_bundle=pairing_standin.ca_path)
        certificate = sdk.call(
            "obtain_device_certificate",
            device,
            REALM,
            secret.reveal(),
            pairing_standin.base_url,
            str(tmp_path),
            False,
        )
        assert sdk.run()[certificate].error is None
        assert client.device_info(device, secret).status is DeviceStatus.CONFIRMED
        with pytest.raises(AlreadyRegistered):
            client.register(device)
        client.unregister(device)
        assert client.register(device) != secret


@pytest.mark.parametrize(
    ("compat", "cls"), [("master", InvalidToken), ("1.3", Forbidden), ("1.2", Forbidden)]
)
def test_token_from_a_foreign_key(
    pairing_standin_factory: PairingFactory, compat: str, cls: type[PairingError]
) -> None:
    standin = pairing_standin_factory(compat=compat)
    foreign = keys.sec1_pem(keys.ec_key("secp384r1"))
    with _client(standin, RealmKeyTokens(lambda: foreign)) as client, pytest.raises(cls):
        client.register(random_device_id())


class StripAuthorization(httpx.HTTPTransport):
    """What a misconfigured proxy does: the request arrives without its Authorization header."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        del request.headers["Authorization"]
        return super().handle_request(request)


@pytest.mark.parametrize(
    ("compat", "words"), [("master", "Missing authorization token"), ("1.3", "Unauthorized")]
)
def test_missing_token(pairing_standin_factory: PairingFactory, compat: str, words: str) -> None:
    standin = pairing_standin_factory(compat=compat)
    stripping = StripAuthorization(verify=make_ssl_context(standin.ca_path))
    with _client(standin, transport=stripping) as client:
        with pytest.raises(MissingToken, match=words) as info:
            client.register(random_device_id())
        assert info.value.status == 401
        assert "proxy" in info.value.action
        with pytest.raises(MissingToken, match="credentials secret"):
            client.device_info(random_device_id(), keys_secret())
    with _client(standin, FixedToken("")) as client:
        with pytest.raises(MissingToken, match="nothing was sent") as info:
            client.register(random_device_id())
        assert info.value.status is None


def test_unknown_realm_is_forbidden_with_the_causes(pairing_standin: PairingHandle) -> None:
    with _client(pairing_standin, realm="nosuchrealm") as client, pytest.raises(Forbidden) as info:
        client.probe_auth()
    assert "'nosuchrealm'" in info.value.message
    assert "realm name is wrong" in info.value.action


def test_expired_token(pairing_standin: PairingHandle) -> None:
    expired = pairing_standin.mint_token(a_pa=["POST::agent/devices"], exp_in=-5)
    with _client(pairing_standin, FixedToken(expired)) as client, pytest.raises(Forbidden) as info:
        client.register(random_device_id())
    assert "expired" in info.value.action
    # The station's own issued-token source refuses it before sending anything.
    with (
        _client(pairing_standin, IssuedTokens(lambda: expired)) as client,
        pytest.raises(TokenExpired),
    ):
        client.register(random_device_id())


def test_under_privileged_tokens(pairing_standin: PairingHandle) -> None:
    prefix_only = pairing_standin.mint_token(a_pa=["POST::agent/dev"])
    with (
        _client(pairing_standin, FixedToken(prefix_only)) as client,
        pytest.raises(Forbidden, match="does not allow POST /v1/test/agent/devices"),
    ):
        client.register(random_device_id())
    register_only = pairing_standin.mint_token(a_pa=["POST::agent/devices"])
    device = random_device_id()
    with _client(pairing_standin, FixedToken(register_only)) as client:
        client.register(device)
        with pytest.raises(
            Forbidden, match=f"does not allow DELETE /v1/test/agent/devices/{device}"
        ):
            client.unregister(device)
    with (
        _client(pairing_standin, IssuedTokens(lambda: register_only)) as client,
        pytest.raises(TokenScopeInsufficient),
    ):
        client.unregister(device)
    assert pairing_standin.device_state(REALM, device) is not None


def test_not_found(pairing_standin: PairingHandle) -> None:
    with _client(pairing_standin) as client:
        with pytest.raises(NotFound, match="not registered"):
            client.unregister("Lwf5dutoSuqS0kbG44-BOw")
        with pytest.raises(NotFound, match="not registered"):
            client.device_info("G5rDPSk1SOKuErbBnk2rhw", keys_secret())
    wrong_prefix = pairing_standin.service_url + "/api"
    with (
        _client(pairing_standin, base_url=wrong_prefix) as client,
        pytest.raises(NotFound, match="no Pairing API"),
    ):
        client.register(random_device_id())


def keys_secret() -> Any:
    from station.secret import Secret

    return Secret("TTkd5OgB13X/3qU0LXU7OCxyTXz5QHM2NY1IgidtPOs=")


@pytest.mark.parametrize("compat", ["master", "1.3", "1.2"])
def test_registration_limit_is_a_server_error_that_says_so(
    pairing_standin_factory: PairingFactory, compat: str
) -> None:
    standin = pairing_standin_factory(compat=compat)
    standin.set_registration_limit(REALM, 1)
    existing = random_device_id()
    with _client(standin, retries=0) as client:
        client.register(existing)
        with pytest.raises(ServerError, match="registration limit"):
            client.register(random_device_id())
        client.register(existing)  # a known device is not counted again


def test_health_and_version(pairing_standin: PairingHandle) -> None:
    with _client(pairing_standin) as client:
        assert client.health() is True
        assert client.version() == "1.5.0-dev"
        pairing_standin.set_health(False)
        assert client.health() is False
        pairing_standin.set_health(True)
        pairing_standin.set_compat("1.3")
        assert client.version() == "1.3.3"


def test_probe_auth_registers_nothing(pairing_standin: PairingHandle) -> None:
    with _client(pairing_standin) as client:
        client.probe_auth()
    assert pairing_standin.devices(REALM) == []
    foreign = keys.sec1_pem(keys.ec_key("secp384r1"))
    with (
        _client(pairing_standin, RealmKeyTokens(lambda: foreign)) as client,
        pytest.raises(InvalidToken),
    ):
        client.probe_auth()


def test_refused_connection(pairing_standin: PairingHandle) -> None:
    with (
        closed_port() as port,
        _client(pairing_standin, base_url=f"https://127.0.0.1:{port}", retries=1) as client,
        pytest.raises(Unreachable, match="refused the connection"),
    ):
        client.health()


def test_timeout_without_answer(pairing_standin: PairingHandle) -> None:
    pairing_standin.set_faults(hold_s=5.0)
    pairing_standin.inject_fault("timeout", count=1)
    with (
        _client(pairing_standin, timeout=0.5, retries=0) as client,
        pytest.raises(Unreachable, match="may or may not have happened"),
    ):
        client.register(random_device_id())


def test_a_trickled_answer_cannot_outlast_the_timeout(pairing_standin: PairingHandle) -> None:
    # Each byte arrives well within any per-read timeout; the answers would take 7-15 s whole.
    pairing_standin.set_faults(trickle_rate=1.0, trickle_interval_s=0.1)
    device = random_device_id()
    with _client(pairing_standin, timeout=1.0, retries=0) as client:
        calls: list[Callable[[], object]] = [
            lambda: client.register(device),
            lambda: client.device_info(device, Secret("A" * 43 + "=")),
        ]
        for call in calls:
            started = time.monotonic()
            with pytest.raises(Unreachable, match="did not answer in time"):
                call()
            assert time.monotonic() - started < 3.0
    forbidden = FixedToken(pairing_standin.mint_token(a_pa=["GET::nothing"]))
    with _client(pairing_standin, forbidden, timeout=1.0, retries=0) as client:
        started = time.monotonic()
        with pytest.raises(Unreachable, match="did not answer in time"):
            client.unregister(device)
        assert time.monotonic() - started < 3.0
    # Untrickled, the same client and connection pool work again.
    pairing_standin.set_faults(trickle_rate=0.0)
    with _client(pairing_standin, timeout=1.0, retries=0) as client:
        secret = client.register(device)
        assert client.device_info(device, secret).status is DeviceStatus.PENDING


def test_an_oversized_answer_is_refused_unread_and_not_retried(
    pairing_standin: PairingHandle,
) -> None:
    pairing_standin.set_faults(oversize_bytes=8 * 1024 * 1024)
    pairing_standin.inject_fault("oversize", count=1, match="POST .*/agent/devices")
    device = random_device_id()
    with _client(pairing_standin, retries=2) as client:
        with pytest.raises(ResponseTooLarge, match="larger than 1 MiB") as info:
            client.register(device)
        assert info.value.status == 201
        assert "Pairing URL" in info.value.action
        # Only the refused answer was issued; then the client (and its pool) work on.
        assert len(pairing_standin.issued_secret_fingerprints()) == 1
        secret = client.register(device)
    assert pairing_standin.check_secret(REALM, device, secret)


def test_lost_answer_is_retried_and_the_latest_secret_counts(
    pairing_standin: PairingHandle,
) -> None:
    pairing_standin.set_faults(hold_s=5.0)
    device = random_device_id()
    pairing_standin.inject_fault("timeout_after", count=1, match="POST .*/agent/devices")
    with _client(pairing_standin, timeout=1.0, retries=2) as client:
        secret = client.register(device)
    assert pairing_standin.check_secret(REALM, device, secret)
    assert len(pairing_standin.issued_secret_fingerprints()) == 2


@pytest.mark.parametrize("kind", ["error", "reset", "reset_after", "throttle"])
def test_transient_faults_are_retried(pairing_standin: PairingHandle, kind: str) -> None:
    device = random_device_id()
    pairing_standin.inject_fault(kind, count=1)
    with _client(pairing_standin) as client:
        secret = client.register(device)
    assert pairing_standin.check_secret(REALM, device, secret)


def test_throttling_waits_as_long_as_retry_after_asks(pairing_standin: PairingHandle) -> None:
    pairing_standin.set_faults(retry_after_s=1)
    pairing_standin.inject_fault("throttle", count=1)
    device = random_device_id()
    with _client(pairing_standin, retries=2) as client:
        started = time.monotonic()
        secret = client.register(device)
        assert time.monotonic() - started >= 1.0
    assert pairing_standin.check_secret(REALM, device, secret)


def test_throttling_longer_than_the_deadline_is_not_waited_out(
    pairing_standin: PairingHandle,
) -> None:
    pairing_standin.set_faults(retry_after_s=8)
    pairing_standin.inject_fault("throttle", count=1)
    with (
        _client(pairing_standin, retries=2) as client,
        pytest.raises(RateLimited, match="wait 8 s") as info,
    ):
        client.register(random_device_id(), deadline=Deadline(4.0))
    assert info.value.retry_after == 8
    assert pairing_standin.devices(REALM) == []


def test_persistent_throttling_is_rate_limited(pairing_standin: PairingHandle) -> None:
    pairing_standin.set_faults(retry_after_s=0)
    pairing_standin.inject_fault("throttle", count=3)
    with _client(pairing_standin, retries=2) as client, pytest.raises(RateLimited):
        client.register(random_device_id())


def test_tls_unknown_ca(pairing_standin: PairingHandle, tmp_path: Path) -> None:
    from tests.pairing.netutil import make_ca

    _, _, other_ca = make_ca(tmp_path)
    for bundle in (None, other_ca):
        with _client(pairing_standin, ca_bundle=bundle) as client, pytest.raises(TlsError) as info:
            client.health()
        assert info.value.check == "unknown_ca"
        assert "not signed by a CA this station trusts" in info.value.message


@pytest.mark.parametrize(
    ("server_options", "check"),
    [
        ({"names": ("pairing.example.test",)}, "hostname_mismatch"),
        ({"expired": True}, "expired"),
    ],
)
def test_tls_certificate_checks(tmp_path: Path, server_options: dict[str, Any], check: str) -> None:
    with (
        BadTlsServer(tmp_path, **server_options) as server,
        PairingClient(
            base_url=server.url,
            realm=REALM,
            tokens=FixedToken("x"),
            ca_bundle=server.ca_path,
            retries=0,
        ) as client,
        pytest.raises(TlsError) as info,
    ):
        client.health()
    assert info.value.check == check


def test_https_to_a_plain_http_service(pairing_standin_factory: PairingFactory) -> None:
    plain = pairing_standin_factory(tls=False)
    url = plain.service_url.replace("http://", "https://")
    with (
        PairingClient(base_url=url, realm=REALM, tokens=FixedToken("x"), retries=0) as client,
        pytest.raises(TlsError, match="did not answer with TLS") as info,
    ):
        client.health()
    assert info.value.check == "handshake"
    with PairingClient(
        base_url=plain.service_url,
        realm=REALM,
        tokens=RealmKeyTokens(lambda: plain.keys.private_pem),
    ) as client:
        assert client.register(random_device_id())


def test_keep_alive_reuses_connections(pairing_standin: PairingHandle) -> None:
    with CountingRelay(("127.0.0.1", pairing_standin.port)) as relay:
        base = f"https://127.0.0.1:{relay.port}/pairing"
        with _client(pairing_standin, base_url=base, max_in_flight=3) as client:
            devices = [random_device_id() for _ in range(12)]
            for device in devices[:6]:
                client.register(device)
            assert relay.accepted == 1
            threads = [threading.Thread(target=client.register, args=(d,)) for d in devices[6:]]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
            assert relay.accepted <= 3 + 2
    for device in devices:
        assert pairing_standin.device_state(REALM, device) is not None


def test_secrets_and_tokens_never_leak(
    pairing_standin_factory: PairingFactory,
    caplog: pytest.LogCaptureFixture,
    realm_keys: RealmKeys,
) -> None:
    standin = pairing_standin_factory(record_issued_secrets=True)
    tokens = RealmKeyTokens(lambda: realm_keys.private_pem)
    issued_tokens: list[str] = []
    errors: list[BaseException] = []

    class Recording:
        def token(self, scope: Any) -> str:
            token = tokens.token(scope)
            issued_tokens.append(token)
            return token

        def status(self) -> Any:
            return tokens.status()

    device = random_device_id()
    with caplog.at_level(logging.DEBUG), _client(standin, Recording()) as client:
        standin.inject_fault("error", count=1)
        old = client.register(device)
        new = client.register(device)
        for attempt in (
            lambda: client.device_info(device, old),
            lambda: client.register("Lwf5dutoSuqS0kbG44-BOw" + "=="),
            lambda: client.unregister("Lwf5dutoSuqS0kbG44-BOw"),
        ):
            try:
                attempt()
            except Exception as error:
                errors.append(error)
        texts = [caplog.text, repr(client), repr(old), repr(new), str(old), f"{new}"]
    assert len(errors) == 3
    for exc in errors:
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    secrets = [s.reveal() for s in standin.issued_secrets()]
    assert len(secrets) == 2 and old.reveal() in secrets
    assert issued_tokens
    for text in texts:
        for value in secrets + issued_tokens:
            assert value not in text


def test_rsa_realm_key_from_pkcs8(
    pairing_standin_factory: PairingFactory, rsa_realm_keys: RealmKeys
) -> None:
    standin = pairing_standin_factory(keys=rsa_realm_keys)
    device = random_device_id()
    with _client(standin, RealmKeyTokens(lambda: rsa_realm_keys.private_pem)) as client:
        client.probe_auth()
        secret = client.register(device)
        client.unregister(device)
    assert not standin.check_secret(REALM, device, secret)


def test_no_production_code_replaces_the_verified_transport() -> None:
    # `transport=` bypasses the client's TLS context; only tests may pass one.
    root = Path(__file__).resolve().parents[2]
    offenders = [
        str(path.relative_to(root))
        for top in ("station", "ui")
        for path in (root / top).rglob("*.py")
        if path.relative_to(root).as_posix()
        # the two modules that build the verified transport (Pairing's, and the MES client's
        # own with the system or the configured CA)
        not in (
            "station/pairing/client.py",
            "station/pairing/transport.py",
            "station/mes/client.py",
        )
        and re.search(r"\btransport\s*=", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
