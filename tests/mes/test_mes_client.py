"""The MES route facade client against the stand-in MES over real loopback HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from station.mes.client import MesClient, MesUnavailable, RouteDecision, UnitResult
from station.mes.policy import OfflinePolicy, verdict
from station.sandbox.mes import MesStandIn

UNIT = {"serial": "SN10000001", "device_id": "2imLILqtRP2vq0ZVy-TGRQ", "recipe": "rev-b"}


@pytest.fixture
def mes() -> Iterator[MesStandIn]:
    with MesStandIn() as standin:
        yield standin


@pytest.fixture
def client(mes: MesStandIn) -> Iterator[MesClient]:
    with MesClient(mes.url, station_id="line3-st1", timeout_s=1.0) as c:
        yield c


def test_an_allowed_unit_and_what_the_mes_was_asked(mes: MesStandIn, client: MesClient) -> None:
    assert client.check(**UNIT) == RouteDecision(True, route_step="provisioning")
    assert mes.state.checks == [{**UNIT, "station": "line3-st1"}]


def test_a_held_unit_carries_the_mes_reason_verbatim(mes: MesStandIn, client: MesClient) -> None:
    mes.state.held.add("SN10000001")
    decision = client.check(**UNIT)
    assert decision == RouteDecision(False, reason="Unit is on quality hold (lot 7 rework).")
    assert client.check(**{**UNIT, "serial": "SN10000002"}).allowed
    v = verdict(decision, OfflinePolicy.ALLOW_AND_QUEUE)  # a refusal is never overridden here
    assert not v.proceed and v.checked and "lot 7 rework" in v.reason


@pytest.mark.parametrize("mode", ["slow", "trickle"])
def test_a_slow_or_trickling_mes_is_cut_at_the_total_deadline(
    mes: MesStandIn, client: MesClient, mode: str
) -> None:
    mes.set_mode(mode)  # type: ignore[arg-type]
    started = time.monotonic()
    with pytest.raises(MesUnavailable, match="within 1 s"):
        client.check(**UNIT)
    # The trickled answer would take 15 s; each byte arrives well within a read timeout.
    assert time.monotonic() - started < 10.0


def test_a_down_or_garbled_mes_is_unavailable(mes: MesStandIn, client: MesClient) -> None:
    mes.set_mode("down")
    with pytest.raises(MesUnavailable, match="cannot be reached"):
        client.check(**UNIT)
    mes.set_mode("garbage")
    with pytest.raises(MesUnavailable, match="not JSON"):
        client.check(**UNIT)


def test_a_closed_port_is_unavailable() -> None:
    standin = MesStandIn().start()
    url = standin.url
    standin.stop()
    with (
        MesClient(url, station_id="s", timeout_s=1.0) as client,
        pytest.raises(MesUnavailable),
    ):
        client.check(**UNIT)


def test_results_are_idempotent_by_key(mes: MesStandIn, client: MesClient) -> None:
    result = UnitResult(
        idempotency_key="att-1:PASS",
        outcome="PASS",
        attempt_id="att-1",
        finished_at="2026-12-06T10:00:00Z",
        **UNIT,
    )
    client.report(result)
    client.report(result)  # a resend after a lost acknowledgement
    assert mes.state.result_posts == 2
    assert list(mes.state.results) == ["att-1:PASS"]
    assert mes.state.results["att-1:PASS"]["outcome"] == "PASS"


@pytest.mark.parametrize(
    ("policy", "proceeds"), [(OfflinePolicy.BLOCK, False), (OfflinePolicy.ALLOW_AND_QUEUE, True)]
)
def test_the_offline_policy_decides_when_the_mes_is_down(
    policy: OfflinePolicy, proceeds: bool
) -> None:
    down = MesUnavailable("The MES cannot be reached for the route check (ConnectError).")
    v = verdict(down, policy)
    assert v.proceed is proceeds and not v.checked
    assert v.reason.startswith("The MES cannot be reached")


def test_a_url_that_is_not_http_is_refused() -> None:
    from station.errors import ConfigError

    with pytest.raises(ConfigError, match="facade URL"):
        MesClient("ftp://mes.example/facade", station_id="s")


def test_the_published_facade_matches_what_client_and_stand_in_exchange(
    mes: MesStandIn, client: MesClient
) -> None:
    import json
    from pathlib import Path

    spec = json.loads(
        (Path(__file__).resolve().parents[2] / "docs" / "mes-facade.openapi.json").read_text()
    )
    schemas = spec["components"]["schemas"]
    assert set(spec["paths"]) == {"/route/check", "/route/result"}
    client.check(**UNIT)
    assert set(mes.state.checks[0]) == set(schemas["CheckRequest"]["required"])
    client.report(
        UnitResult(idempotency_key="k", outcome="FAIL", attempt_id="a", finished_at="t", **UNIT)
    )
    assert set(mes.state.results["k"]) == set(schemas["Result"]["required"])
    assert "FAIL" in schemas["Result"]["properties"]["outcome"]["enum"]
