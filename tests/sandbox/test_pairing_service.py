"""Version, health, metrics and error views of the Pairing stand-in (`version_controller_test`,
`plug_test`, `error_view_test` in Astarte), over real HTTPS."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from tests.fixtures.pairing import PairingFactory, PairingHandle


def test_version(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = http.get(pairing_standin.url("/version"))
    assert r.status_code == 200
    assert r.json() == {"data": "1.5.0-dev"}


def test_realm_version_needs_no_token(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = http.get(pairing_standin.url("/v1/test/version"))
    assert r.status_code == 200
    assert r.json() == {"data": "1.5.0-dev"}


def test_unknown_realm_version(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = http.get(pairing_standin.url("/v1/unknown/version"))
    assert r.status_code == 403
    assert r.json() == {"errors": {"detail": "Forbidden"}}


@pytest.mark.parametrize(("compat", "version"), [("1.3", "1.3.3"), ("1.2", "1.2.2")])
def test_version_follows_the_imitated_release(
    pairing_standin_factory: PairingFactory, compat: str, version: str
) -> None:
    pairing = pairing_standin_factory(compat=compat)
    with pairing.client() as http:
        assert http.get(pairing.url("/version")).json() == {"data": version}


def test_health_ready_and_bad(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    for path in ("/health", "/v1/test/health"):
        r = http.get(pairing_standin.url(path))
        assert (r.status_code, r.content) == (200, b"")
    pairing_standin.set_health(False)
    for path in ("/health", "/v1/test/health"):
        assert http.get(pairing_standin.url(path)).status_code == 503
    # With its database down Pairing cannot check the realm either.
    token = pairing_standin.mint_token()
    r = http.post(
        pairing_standin.url("/v1/test/agent/devices"),
        json={"data": {"hw_id": "2imLILqtRP2vq0ZVy-TGRQ"}},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 503
    assert r.json() == {"errors": {"detail": "Internal server error"}}
    assert http.get(pairing_standin.url("/version")).status_code == 200
    pairing_standin.set_health(True)
    assert http.get(pairing_standin.url("/health")).status_code == 200


def test_realm_health_needs_the_realm(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    assert http.get(pairing_standin.url("/v1/unknown/health")).status_code == 403


def test_metrics(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    http.get(pairing_standin.url("/nowhere"))
    r = http.get(pairing_standin.url("/metrics"))
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    assert 'pairing_http_responses_total{status="404"} 1' in r.text
    assert 'pairing_registered_devices{realm="test"} 0' in r.text


def test_error_views(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    not_found = http.get(pairing_standin.url("/v2/test/agent/devices"))
    assert (not_found.status_code, not_found.json()) == (
        404,
        {"errors": {"detail": "Page not found"}},
    )
    bad = http.post(
        pairing_standin.url("/v1/test/agent/devices"),
        content=b"{",
        headers={"Content-Type": "application/json"},
    )
    assert (bad.status_code, bad.json()) == (400, {"errors": {"detail": "Bad request"}})
    crash = http.delete(
        pairing_standin.url("/v1/test/agent/devices/invalid"),
        headers={"Authorization": f"Bearer {pairing_standin.mint_token()}"},
    )
    assert (crash.status_code, crash.json()) == (
        500,
        {"errors": {"detail": "Internal server error"}},
    )


def test_head_is_get_without_a_body(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = http.head(pairing_standin.url("/version"))
    assert r.status_code == 200
    assert r.content == b""
    assert int(r.headers["content-length"]) == len(b'{"data":"1.5.0-dev"}')


def test_keep_alive_reuses_one_connection(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    ports = set()
    for _ in range(5):
        with http.stream("GET", pairing_standin.url("/version")) as r:
            stream = r.extensions["network_stream"]
            ports.add(stream.get_extra_info("client_addr")[1])
            r.read()
    assert len(ports) == 1


def test_wrong_ca_is_refused(pairing_standin_factory: PairingFactory) -> None:
    first = pairing_standin_factory()
    second = pairing_standin_factory()
    with (
        httpx.Client(verify=second.ssl_context()) as http,
        pytest.raises(httpx.ConnectError) as exc,
    ):
        http.get(first.url("/version"))
    assert "CERTIFICATE_VERIFY_FAILED" in str(exc.value)
    # The stand-in survives the failed handshake.
    with first.client() as http:
        assert http.get(first.url("/version")).status_code == 200


def test_server_certificate_names_loopback(pairing_standin: PairingHandle) -> None:
    with pairing_standin.client() as http:
        r = http.get(f"https://localhost:{pairing_standin.port}/pairing/version")
    assert r.status_code == 200


def _connection_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if "process_request_thread" in t.name]


@pytest.mark.parametrize("tls", [True, False])
def test_stop_ends_idle_and_half_open_connections_at_once(
    pairing_standin_factory: PairingFactory, tls: bool
) -> None:
    pairing = pairing_standin_factory(tls=tls)
    before = set(_connection_threads())
    with pairing.client() as http, socket.create_connection(("127.0.0.1", pairing.port)) as raw:
        # A keep-alive connection idling after its answer, and one that never says a word
        # (it would sit in the TLS handshake for its timeout).
        assert http.get(pairing.url("/version")).status_code == 200
        deadline = time.monotonic() + 10
        while len(set(_connection_threads()) - before) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(set(_connection_threads()) - before) == 2
        started = time.monotonic()
        pairing.stop()
        assert time.monotonic() - started < 5
        assert set(_connection_threads()) <= before
        assert raw.recv(1) == b""  # the server side is gone
