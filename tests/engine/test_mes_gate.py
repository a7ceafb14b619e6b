"""The MES route gate on its own, without a device: what it asks the MES, what it raises, what it
journals and what it hands the outbox (the stand-in MES on loopback HTTP, the real client, the
real SQLite journal). The end-to-end attempts in test_mes_route.py show the same from a tile;
these name each word and field, so a gate that asks with the wrong policy, journals the wrong
actor or forgets which attempt it asked about fails here."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from station.config.model import StationConfig
from station.engine import mes_outbox
from station.engine.deps import Finish, TargetInfo
from station.engine.events import Result
from station.engine.journaling import JournalAttemptLog
from station.engine.mes_outbox import MesOutbox
from station.engine.mes_step import (
    Override,
    RouteGate,
    RouteHeld,
    finish_with_mes_result,
    override_in_force,
    route_for,
)
from station.journal import Journal
from station.mes.client import MesClient, MesUnavailable
from station.mes.policy import OfflinePolicy
from station.rework.reprovision import grant_override
from station.roles import Actor, Role
from station.sandbox.mes import MesStandIn
from station.text import Text
from tests.config.examples import PLANT, parsed

RECIPE = "R-7 provisioning"
TARGET = "line-7"
SERIAL, DEVICE = "SN-0042", "2TBn-jNESuuHamE2Zo1anA"

Gate = tuple[RouteGate, MesStandIn, Journal]


@pytest.fixture
def gate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Gate]]:
    """A route gate for `TARGET` with `policy`, its MES stand-in in `mode`."""
    monkeypatch.setattr(mes_outbox, "DEFAULT_RETRY_S", 0.2)
    stack = ExitStack()

    def make(*, policy: OfflinePolicy = OfflinePolicy.BLOCK, mode: str = "ok") -> Gate:
        mes = stack.enter_context(MesStandIn())
        mes.set_mode(mode)  # type: ignore[arg-type]
        journal = stack.enter_context(Journal.open(tmp_path / "j.sqlite", station_id="st-1"))
        client = MesClient(mes.url, station_id="st-1", timeout_s=2)
        route = RouteGate(
            client,
            MesOutbox(client, journal, notify=lambda _: None),
            journal,
            target=TARGET,
            recipe=RECIPE,
            policy=policy,
        )
        stack.callback(route.close)
        return route, mes, journal

    with stack:
        yield make


def _check(route: RouteGate, *, serial: str = SERIAL, attempt: str = "a-1") -> None:
    route.check(attempt, slot="3", serial=serial, device_id=DEVICE, operator="Olga")


def _events(journal: Journal, kind: str) -> list[tuple[str, dict[str, str], str]]:
    return [(e.actor, e.details, e.reason) for e in journal.audit_events(100) if e.kind == kind]


def test_an_allowed_unit_is_asked_about_once_and_its_result_is_what_the_mes_is_told(
    gate: Callable[..., Gate],
) -> None:
    route, mes, journal = gate()
    _check(route)
    assert mes.state.checks == [
        {"serial": SERIAL, "device_id": DEVICE, "station": "st-1", "recipe": RECIPE}
    ]
    assert _events(journal, "mes_offline_allowed") == []  # it was asked: nothing skipped
    before = datetime.now(UTC).replace(microsecond=0)
    mes_result = route.result_of("a-1", Result.FAIL, operator="Olga")
    assert mes_result is not None
    unit, record = mes_result
    finished = datetime.fromisoformat(unit.finished_at)
    assert before <= finished <= datetime.now(UTC)
    assert unit.finished_at == finished.isoformat(timespec="seconds")
    assert dataclasses.asdict(unit) == {
        "idempotency_key": "a-1",
        "serial": SERIAL,
        "device_id": DEVICE,
        "recipe": RECIPE,
        "outcome": "FAIL",
        "attempt_id": "a-1",
        "finished_at": unit.finished_at,
    }
    assert (record.kind, record.actor, record.details) == (
        "mes_result",
        "Olga",
        dataclasses.asdict(unit),
    )
    # Each attempt's result is given once; an attempt never asked about has none.
    assert route.result_of("a-1", Result.FAIL, operator="Olga") is None
    assert route.result_of("a-2", Result.PASS, operator="Olga") is None


def test_two_attempts_keep_their_own_units(gate: Callable[..., Gate]) -> None:
    route, _mes, _journal = gate()
    _check(route, serial="SN-1", attempt="a-1")
    _check(route, serial="SN-2", attempt="a-2")
    second = route.result_of("a-2", Result.PASS, operator="Olga")
    first = route.result_of("a-1", Result.PASS, operator="Olga")
    assert second is not None and second[0].serial == "SN-2"
    assert first is not None and first[0].serial == "SN-1"


def test_a_held_unit_is_named_by_its_serial_with_the_mes_reason(gate: Callable[..., Gate]) -> None:
    route, mes, _journal = gate(mode="hold")
    with pytest.raises(RouteHeld) as held:
        _check(route)
    reason = mes.state.hold_reason
    assert held.value.text == Text.of("mes.held", slot="3", unit=SERIAL, reason=reason)
    assert held.value.action_text == Text.of("mes.held.action", slot="3")
    assert held.value.error_class == "mes_hold"
    assert route.result_of("a-1", Result.FAIL, operator="Olga") is None  # never went on


def test_a_held_unit_without_a_serial_is_named_by_its_device_id(gate: Callable[..., Gate]) -> None:
    route, mes, _journal = gate(mode="hold")
    with pytest.raises(RouteHeld) as held:
        _check(route, serial="")
    assert held.value.text.params["unit"] == DEVICE
    assert held.value.text.params["reason"] == mes.state.hold_reason


def test_block_raises_the_mes_cause_with_the_slot_and_journals_no_skip(
    gate: Callable[..., Gate],
) -> None:
    route, _mes, journal = gate(mode="down")
    with pytest.raises(MesUnavailable) as blocked:
        _check(route)
    cause = Text.of("mes.unreachable", what="check", kind="RemoteProtocolError")
    assert blocked.value.text == Text.of("mes.blocked", cause=cause)
    assert blocked.value.action_text == Text.of(
        "mes.blocked.action", slot="3", action=Text.of("mes.unreachable.action")
    )
    assert _events(journal, "mes_offline_allowed") == []
    assert route.result_of("a-1", Result.FAIL, operator="Olga") is None


def test_allow_and_queue_journals_the_skipped_check_and_keeps_the_unit(
    gate: Callable[..., Gate],
) -> None:
    route, _mes, journal = gate(policy=OfflinePolicy.ALLOW_AND_QUEUE, mode="down")
    _check(route)
    cause = Text.of("mes.unreachable", what="check", kind="RemoteProtocolError")
    assert _events(journal, "mes_offline_allowed") == [
        (
            "Olga",
            {
                "slot": "3",
                "attempt_id": "a-1",
                "serial": SERIAL,
                "device_id": DEVICE,
                "recipe": RECIPE,
                "policy": "allow-and-queue",
            },
            Text.of("mes.advisory", cause=cause).english,
        )
    ]
    mes_result = route.result_of("a-1", Result.PASS, operator="Olga")
    assert mes_result is not None and mes_result[0].outcome == "PASS"


def test_allow_and_queue_with_an_answering_mes_journals_no_skip(gate: Callable[..., Gate]) -> None:
    route, _mes, journal = gate(policy=OfflinePolicy.ALLOW_AND_QUEUE)
    _check(route)
    assert _events(journal, "mes_offline_allowed") == []


def _start_override(journal: Journal, *, target: str = TARGET, hours: float = 1) -> str:
    until = (datetime.now(UTC) + timedelta(hours=hours)).isoformat(timespec="seconds")
    journal.record_event(
        "mes_override",
        actor="Sam (supervisor)",
        details={"target": target, "action": "start", "until": until},
        reason="MES-4711",
    )
    return until


def test_an_override_of_block_lets_the_unit_go_on_and_names_its_author(
    gate: Callable[..., Gate],
) -> None:
    route, _mes, journal = gate(mode="down")
    until = _start_override(journal)
    _check(route)
    cause = Text.of("mes.unreachable", what="check", kind="RemoteProtocolError")
    assert _events(journal, "mes_offline_allowed") == [
        (
            "Olga",
            {
                "slot": "3",
                "attempt_id": "a-1",
                "serial": SERIAL,
                "device_id": DEVICE,
                "recipe": RECIPE,
                "policy": "supervisor-override",
                "override_by": "Sam (supervisor)",
                "override_until": until,
            },
            f"{cause.english} Allowed by Sam (supervisor)'s override of block until {until}: "
            "MES-4711",
        )
    ]
    assert route.result_of("a-1", Result.PASS, operator="Olga") is not None


def test_an_override_of_another_target_does_not_let_the_unit_go_on(
    gate: Callable[..., Gate],
) -> None:
    route, _mes, journal = gate(mode="down")
    _start_override(journal, target="line-8")
    with pytest.raises(MesUnavailable):
        _check(route)


def test_an_override_never_overrides_a_hold_and_is_not_needed_by_an_answering_mes(
    gate: Callable[..., Gate],
) -> None:
    route, mes, journal = gate(mode="hold")
    _start_override(journal)
    with pytest.raises(RouteHeld):
        _check(route)
    mes.set_mode("ok")
    _check(route, attempt="a-2")
    assert _events(journal, "mes_offline_allowed") == []


def _override_event(journal: Journal, action: str, until: str, reason: str = "MES-4711") -> None:
    journal.record_event(
        "mes_override",
        actor="Sam (supervisor)",
        details={"target": TARGET, "action": action, "until": until},
        reason=reason,
    )


def test_the_override_in_force_is_the_target_s_latest_start_until_its_time(
    tmp_path: Path,
) -> None:
    with Journal.open(tmp_path / "j.sqlite", station_id="st-1") as journal:
        assert override_in_force(journal, TARGET) is None
        now = datetime.now(UTC).replace(microsecond=0)
        until = now + timedelta(hours=2)
        _override_event(journal, "start", until.isoformat(), reason="first")
        _override_event(journal, "end", now.isoformat())
        _override_event(journal, "start", until.isoformat(), reason="again")
        assert override_in_force(journal, TARGET) == Override("Sam (supervisor)", until, "again")
        # In force up to its last second, not at it.
        just_before = until - timedelta(seconds=1)
        assert override_in_force(journal, TARGET, now=just_before) is not None
        assert override_in_force(journal, TARGET, now=until) is None
        # Only what was journaled within the longest override counts.
        long_after = now + timedelta(hours=8, minutes=1)
        _override_event(journal, "start", (now + timedelta(hours=9)).isoformat())
        assert override_in_force(journal, TARGET, now=long_after) is None

        _override_event(journal, "end", now.isoformat())
        assert override_in_force(journal, TARGET) is None


def test_an_override_with_an_until_that_does_not_read_is_not_in_force(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite", station_id="st-1") as journal:
        _override_event(journal, "start", "tomorrow")
        assert override_in_force(journal, TARGET) is None
        journal.record_event(
            "mes_override",
            actor="Sam (supervisor)",
            details={"target": TARGET, "action": "start"},
            reason="no until",
        )
        assert override_in_force(journal, TARGET) is None


def _finish(result: Result) -> Finish:
    return Finish(result, "", "", "", None, {}, "")


def test_the_finish_and_its_mes_result_are_journaled_together_then_sent(
    gate: Callable[..., Gate],
) -> None:
    route, mes, journal = gate()
    log = JournalAttemptLog(journal)
    attempt_id = log.begin(slot="3", operator="Olga", target=TargetInfo(TARGET, "plant", "u"))
    route.check(attempt_id, slot="3", serial=SERIAL, device_id=DEVICE, operator="Olga")
    finish_with_mes_result(log, route, _finish(Result.PASS), attempt_id, "3", "Olga")
    finished = journal.attempt(attempt_id)
    assert finished is not None and finished.row.result == "PASS"
    (queued,) = _events(journal, "mes_result")
    assert queued[0] == "Olga"
    assert (queued[1]["idempotency_key"], queued[1]["outcome"]) == (attempt_id, "PASS")
    assert route.outbox.wait_empty(10), route.outbox.pending()
    assert mes.state.results[attempt_id]["serial"] == SERIAL

    # An attempt that never reached the MES check is finished without a result for it.
    other = log.begin(slot="3", operator="Olga", target=TargetInfo(TARGET, "plant", "u"))
    finish_with_mes_result(log, route, _finish(Result.FAIL), other, "3", "Olga")
    unasked = journal.attempt(other)
    assert unasked is not None and unasked.row.result == "FAIL"
    assert len(_events(journal, "mes_result")) == 1
    # Without an MES the finish is journaled all the same.
    third = log.begin(slot="3", operator="Olga", target=TargetInfo(TARGET, "plant", "u"))
    finish_with_mes_result(log, None, _finish(Result.PASS), third, "3", "Olga")
    alone = journal.attempt(third)
    assert alone is not None and alone.row.result == "PASS"


def _plant(tmp_path: Path, mes: str) -> StationConfig:
    return parsed(PLANT.replace("[roles]", f"{mes}\n[roles]"), tmp_path)


def test_a_target_with_an_mes_recipe_on_a_line_with_an_mes_gets_its_gate(tmp_path: Path) -> None:
    line = '[line]\nmes_url = "http://127.0.0.1:9/mes"\nmes_timeout_s = 7\n'
    config = _plant(tmp_path, line)
    target = dataclasses.replace(
        config.target("plant-eu"), mes_recipe=RECIPE, mes_offline="allow-and-queue"
    )
    with Journal.open(tmp_path / "j.sqlite", station_id="st-1") as journal:
        route = route_for(config, target, journal, lambda _: None)
        assert route is not None
        try:
            assert (route.target, route.recipe) == ("plant-eu", RECIPE)
            assert route.policy is OfflinePolicy.ALLOW_AND_QUEUE
            client = route.client
            assert (client.base_url, client.station_id, client.timeout_s) == (
                "http://127.0.0.1:9/mes",
                "line3-pc1",
                7,
            )
        finally:
            route.outbox.close(flush_s=0)
            route.client.close()
        # No recipe, or no MES on the line: no gate.
        assert route_for(config, config.target("plant-eu"), journal, lambda _: None) is None
        assert route_for(_plant(tmp_path, ""), target, journal, lambda _: None) is None


def test_a_rework_override_of_the_same_target_leaves_the_mes_override_in_force(
    tmp_path: Path,
) -> None:
    """Other journal events name the target too (a rework override, a target edited): only
    `mes_override` events start or end an MES override."""
    with Journal.open(tmp_path / "j.sqlite", station_id="st-1") as journal:
        until = _start_override(journal)
        grant_override(
            Actor("Sam", Role.SUPERVISOR),
            journal,
            reason="reworked at the bench, ticket 88",
            fixture="line3",
            slots=["1"],
            target=TARGET,
        )
        in_force = override_in_force(journal, TARGET)
        assert in_force is not None and in_force.until.isoformat() == until


def test_allow_and_queue_goes_on_by_its_own_policy_even_with_an_override_journaled(
    gate: Callable[..., Gate],
) -> None:
    """An override is of `block`: a unit an advisory MES lets through is not put down to a
    supervisor's override, whose author would then answer for it."""
    route, _mes, journal = gate(policy=OfflinePolicy.ALLOW_AND_QUEUE, mode="down")
    _start_override(journal)
    _check(route)
    ((_actor, details, reason),) = _events(journal, "mes_offline_allowed")
    assert details["policy"] == "allow-and-queue"
    assert "override_by" not in details and "override_until" not in details
    assert "override" not in reason
