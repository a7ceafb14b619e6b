"""The offline policy's verdict says why by message ID (the journal keeps its English, word for
word as before): the MES's own reason for a hold stays a parameter as the MES gave it, and an
MES that cannot be asked is the client's own message, nested in the advisory line's words."""

from __future__ import annotations

import socket

import pytest

from station.mes.client import MesClient, MesUnavailable, RouteDecision
from station.mes.policy import OfflinePolicy, verdict
from station.text import Text


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _unavailable() -> MesUnavailable:
    """What the real client raises when nothing listens where the MES should be."""
    url = f"http://127.0.0.1:{_closed_port()}"
    with (
        MesClient(url, station_id="line3-st1", timeout_s=1.0) as client,
        pytest.raises(MesUnavailable) as raised,
    ):
        client.check(serial="SN1", device_id="2imLILqtRP2vq0ZVy-TGRQ", recipe="rev-b")
    return raised.value


@pytest.mark.parametrize("policy", list(OfflinePolicy))
def test_an_answering_mes_is_said_by_id_with_its_reason_verbatim(policy: OfflinePolicy) -> None:
    allowed = verdict(RouteDecision(True, route_step="provisioning"), policy)
    assert allowed.text == Text.of("mes.allows")
    assert allowed.reason == "The MES allows this unit here."
    words = "Unit is on quality hold (lot 7 rework): see {ticket}."
    held = verdict(RouteDecision(False, reason=words), policy)
    assert not held.proceed and held.checked
    assert held.text == Text.of("mes.holds", reason=words)
    assert held.reason == f"The MES holds this unit: {words}"


def test_an_mes_that_cannot_be_asked_nests_the_clients_message() -> None:
    down = _unavailable()
    assert down.message_id == "mes.unreachable"
    blocked = verdict(down, OfflinePolicy.BLOCK)
    assert not blocked.proceed and not blocked.checked
    assert blocked.text == down.text
    assert blocked.reason == down.message
    advisory = verdict(down, OfflinePolicy.ALLOW_AND_QUEUE)
    assert advisory.proceed and not advisory.checked
    assert advisory.text == Text.of("mes.advisory", cause=down.text)
    assert advisory.reason == (
        f"{down.message} This line's MES is advisory: the unit goes on and its result is queued "
        "for the MES."
    )
    assert advisory.reason.startswith("The MES cannot be reached for the route check (")
