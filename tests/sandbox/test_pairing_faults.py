"""Injected faults, as a client of the stand-in observes them over real sockets."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from station.sandbox.pairing import Faults
from tests.fixtures.pairing import PairingFactory, PairingHandle

DEVICE = "2imLILqtRP2vq0ZVy-TGRQ"


def test_ingress_5xx(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    pairing_standin.inject_fault("error")
    r = pairing_standin.register(http, {"hw_id": DEVICE})
    assert r.status_code == 503
    assert r.headers["content-type"].startswith("text/html")
    assert "503 Service Temporarily Unavailable" in r.text
    assert pairing_standin.devices("test") == []
    # One-shot: the next call goes through, on the same keep-alive connection.
    assert pairing_standin.register(http, {"hw_id": DEVICE}).status_code == 201


def test_pairing_500(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    pairing_standin.set_faults(error_rate=1.0, error_status=500)
    r = pairing_standin.register(http, {"hw_id": DEVICE})
    assert r.status_code == 500
    assert r.json() == {"errors": {"detail": "Internal server error"}}
    pairing_standin.clear_faults()
    assert pairing_standin.register(http, {"hw_id": DEVICE}).status_code == 201


def test_throttled_by_ingress(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    pairing_standin.set_faults(throttle_rate=1.0, retry_after_s=7)
    r = pairing_standin.register(http, {"hw_id": DEVICE})
    assert r.status_code == 429
    assert r.headers["retry-after"] == "7"
    assert "Too Many Requests" in r.text


def test_timeout_holds_the_connection(pairing_standin: PairingHandle) -> None:
    pairing_standin.set_faults(timeout_rate=1.0, hold_s=30.0)
    with pairing_standin.client(timeout=0.5) as http:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            pairing_standin.register(http, {"hw_id": DEVICE})
        assert time.monotonic() - started >= 0.5
    assert pairing_standin.devices("test") == []
    # stop() must not wait for the held connection's 30 s.


def test_timeout_then_eof_when_hold_is_short(pairing_standin: PairingHandle) -> None:
    pairing_standin.inject_fault("timeout")
    pairing_standin.set_faults(hold_s=0.2)
    with pairing_standin.client(timeout=10) as http, pytest.raises(httpx.RemoteProtocolError):
        pairing_standin.register(http, {"hw_id": DEVICE})


def test_connection_reset(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    pairing_standin.inject_fault("reset")
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        pairing_standin.register(http, {"hw_id": DEVICE})
    assert pairing_standin.devices("test") == []
    assert pairing_standin.register(http, {"hw_id": DEVICE}).status_code == 201


def test_lost_response_still_rotated_the_secret(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    """The unknown-outcome case: Pairing registered, the answer never arrived."""
    first = pairing_standin.register(http, {"hw_id": DEVICE}).json()["data"]["credentials_secret"]
    pairing_standin.inject_fault("reset_after")
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        pairing_standin.register(http, {"hw_id": DEVICE})
    assert not pairing_standin.check_secret("test", DEVICE, first)
    assert len(pairing_standin.issued_secret_fingerprints()) == 2
    # Registering again is the recovery: the latest secret is the one that counts.
    latest = pairing_standin.register(http, {"hw_id": DEVICE}).json()["data"]["credentials_secret"]
    assert pairing_standin.check_secret("test", DEVICE, latest)


def test_timeout_after_processing(pairing_standin: PairingHandle) -> None:
    pairing_standin.inject_fault("timeout_after")
    with pairing_standin.client(timeout=0.5) as http, pytest.raises(httpx.ReadTimeout):
        pairing_standin.register(http, {"hw_id": DEVICE})
    state = pairing_standin.device_state("test", DEVICE)
    assert state is not None and state.secret_set


def test_trickle_sends_the_real_answer_slowly(pairing_standin: PairingHandle) -> None:
    pairing_standin.inject_fault("trickle")
    pairing_standin.set_faults(trickle_interval_s=0.02)
    # A per-read timeout far shorter than the whole answer does not catch a trickle.
    with pairing_standin.client(timeout=0.5) as http:
        started = time.monotonic()
        r = pairing_standin.register(http, {"hw_id": DEVICE})
        elapsed = time.monotonic() - started
    assert r.status_code == 201
    secret = r.json()["data"]["credentials_secret"]
    assert pairing_standin.check_secret("test", DEVICE, secret)
    assert elapsed >= 0.02 * len(r.content)


def test_oversize_pads_the_real_answer(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    pairing_standin.set_faults(oversize_rate=1.0, oversize_bytes=3 * 1024 * 1024)
    r = pairing_standin.register(http, {"hw_id": DEVICE})
    assert r.status_code == 201
    assert len(r.content) == 3 * 1024 * 1024
    assert int(r.headers["content-length"]) == len(r.content)
    secret = r.json()["data"]["credentials_secret"]
    assert pairing_standin.check_secret("test", DEVICE, secret)
    # A 204 has no body to pad.
    gone = pairing_standin.unregister(http, DEVICE)
    assert gone.status_code == 204 and gone.content == b""


def test_faults_only_hit_matching_requests(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    pairing_standin.set_faults(error_rate=1.0, match=r"^POST .*/agent/devices$")
    assert http.get(pairing_standin.url("/version")).status_code == 200
    assert pairing_standin.register(http, {"hw_id": DEVICE}).status_code == 503
    pairing_standin.inject_fault("throttle", count=2, match=r"^GET /pairing/version$")
    assert [http.get(pairing_standin.url("/version")).status_code for _ in range(3)] == [
        429,
        429,
        200,
    ]


def test_rates_are_reproducible_with_a_seed(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    def run() -> list[int]:
        pairing_standin.set_faults(Faults(error_rate=0.5, seed=42))
        return [http.get(pairing_standin.url("/version")).status_code for _ in range(20)]

    first, second = run(), run()
    assert first == second
    assert set(first) == {200, 503}


def test_latency(pairing_standin_factory: PairingFactory) -> None:
    pairing = pairing_standin_factory(latency_s=0.3)
    with pairing.client() as http:
        started = time.monotonic()
        assert http.get(pairing.url("/version")).status_code == 200
        assert time.monotonic() - started >= 0.3
        pairing.set_faults(latency_s=0.0)
        assert pairing.fault_plan.faults.latency_s == 0.0


@pytest.mark.parametrize(
    "bad",
    [
        {"error_rate": 1.5},
        {"error_rate": 0.6, "reset_rate": 0.6},
        {"trickle_rate": 0.5, "timeout_rate": 0.6},
        {"trickle_interval_s": -0.1},
        {"oversize_rate": 0.5, "error_rate": 0.6},
        {"oversize_bytes": -1},
        {"error_status": 404},
        {"latency_s": -1},
        {"match": "("},
    ],
)
def test_invalid_faults_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Faults(**bad)


def test_unknown_one_shot_kind(pairing_standin: PairingHandle) -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        pairing_standin.inject_fault("explode")
