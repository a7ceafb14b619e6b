"""The controls the screens call on a running `FixtureRunner`: who is signed in, the supervisor's
rework override, a presence check on demand and the MES results still waiting (demo fixture on
ptys, Pairing stand-in over HTTPS, real SQLite journal, MES stand-in on loopback HTTP)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from station.cancel import Deadline
from station.config import load_config
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine import mes_outbox
from station.engine.check_scan import CheckVerdict, LabelChecks, scan_back_action
from station.engine.events import Result, SlotSnapshot, SlotState, SlotUpdated
from station.engine.runner import FixtureRunner
from station.errors import ConfigError
from station.journal import Journal
from station.pairing import keystore
from station.sandbox.mes import MesStandIn
from station.text import Text
from tests.engine.test_runner import Events, runner_for
from tests.fixtures.pairing import mint_token

Station = tuple[DemoEnvironment, FixtureRunner, Events, Journal]


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Callable[..., Station]]:
    stack = ExitStack()

    def make(
        *,
        mes: MesStandIn | None = None,
        slots: int = 1,
        events: Events | None = None,
        **runner_options: Any,
    ) -> Station:
        env = stack.enter_context(DemoEnvironment(tmp_path / "demo", slots=slots, bcrypt_cost=4))
        if mes is not None:  # the MES is down and the target may go on without it
            document = env.config_document(mes_recipe="R-7", mes_offline="allow-and-queue")
            document["line"] = {"mes_url": mes.url, "mes_timeout_s": 2}
            env.config_path.write_text(dumps(document), "utf-8")
        config = load_config(env.config_path)
        journal = stack.enter_context(Journal.open(env.journal_path, station_id=config.station_id))
        events = events or Events()
        runner = runner_for(env, config, journal, events, **runner_options)
        stack.callback(runner.shutdown, 30.0)
        return env, runner, events, journal

    with stack:
        yield make


def _provision(runner: FixtureRunner, events: Events) -> SlotSnapshot:
    done = len(events.finished())
    events.wait_for(lambda _: runner.snapshots()[0].state is not SlotState.NO_DEVICE)
    assert runner.start("1")
    events.wait_for(lambda _: len(events.finished()) == done + 1)
    return events.finished()[-1].snapshot


def test_the_attempt_is_journaled_under_the_operator_signed_in_when_it_starts(
    station: Callable[..., Station],
) -> None:
    _env, runner, events, journal = station()
    first = _provision(runner, events)
    runner.set_operator("Ana")
    second = _provision(runner, events)
    rows = {}
    for snap in (first, second):
        assert snap.attempt_id is not None
        detail = journal.attempt(snap.attempt_id)
        assert detail is not None
        rows[snap.attempt_id] = detail.row.operator
    assert [rows[first.attempt_id or ""], rows[second.attempt_id or ""]] == ["tester", "Ana"]


def test_the_rework_override_applies_to_the_next_attempt_until_it_is_withdrawn(
    station: Callable[..., Station],
) -> None:
    env, runner, events, _journal = station()
    assert env.standin is not None
    assert runner.override_passed is False
    assert _provision(runner, events).result is Result.PASS
    issued = len(env.standin.issued_secret_fingerprints())

    refused = _provision(runner, events)
    assert (refused.result, refused.error_class) == (Result.ALREADY_PROVISIONED, "already_passed")
    assert "supervisor override" in refused.action

    # With the override the station looks at the device itself: it holds the credentials of
    # its PASS and is locked, so it is reported as provisioned, still without a registration.
    runner.set_override_passed(True)
    assert runner.override_passed is True
    looked = _provision(runner, events)
    assert looked.result is Result.ALREADY_PROVISIONED, looked
    assert looked.error_class != "already_passed"
    assert "supervisor override" not in looked.action
    assert len(env.standin.issued_secret_fingerprints()) == issued

    runner.set_override_passed(False)
    assert runner.override_passed is False
    again = _provision(runner, events)
    assert again.error_class == "already_passed"


def test_a_presence_check_on_demand_sees_an_unplugged_device(
    station: Callable[..., Station],
) -> None:
    # No periodic look (interval None): only the first look and the ones asked for happen.
    env, runner, events, _journal = station(presence_interval_s=None)
    assert env.fixture is not None
    events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.READY)
    env.fixture.unplug("1")
    runner.check_presence()
    events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.NO_DEVICE)
    no_device = [
        e for e in events.items
        if isinstance(e, SlotUpdated) and e.snapshot.state is SlotState.NO_DEVICE
    ]  # fmt: skip
    assert len(no_device) == 1


def test_mes_waiting_is_none_without_an_mes(station: Callable[..., Station]) -> None:
    _env, runner, _events, _journal = station()
    assert runner.mes_waiting() is None


def test_mes_waiting_lists_a_result_the_mes_did_not_take_with_its_tries(
    station: Callable[..., Station], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mes_outbox, "DEFAULT_RETRY_S", 0.2)
    with MesStandIn() as mes:
        mes.set_mode("down")
        _env, runner, events, _journal = station(mes=mes)
        assert runner.mes_waiting() == []
        snap = _provision(runner, events)
        assert snap.result is Result.PASS, snap
        deadline = Deadline(30.0)  # the end of the sender's first try, which the MES refuses
        while not any(w.tries >= 1 and w.last_error for w in runner.mes_waiting() or []):
            assert not deadline.expired, runner.mes_waiting()
            time.sleep(0.05)
        (waiting,) = runner.mes_waiting() or []
        assert waiting.result.idempotency_key == snap.attempt_id
        assert waiting.result.outcome == "PASS"
        assert waiting.tries >= 1 and waiting.last_error != ""


@pytest.mark.keyring
@pytest.mark.parametrize(("left_s", "warned"), [(600, True), (3600, False)])
def test_the_banner_warns_of_an_issued_token_only_when_it_is_about_to_expire(
    tmp_path: Path, secret_service: object, left_s: int, warned: bool
) -> None:
    with DemoEnvironment(tmp_path / "demo", slots=1, bcrypt_cost=4) as env:
        document = env.config_document(token_source="issued_token")
        del document["targets"][env.target_name]["token_command"]
        env.config_path.write_text(dumps(document), "utf-8")
        config = load_config(env.config_path)
        token = mint_token(env.private_key_path.read_bytes(), exp_in=left_s)
        keystore.store_issued_token(env.target_name, token)
        try:
            with Journal.open(env.journal_path, station_id=config.station_id) as journal:
                runner = runner_for(env, config, journal, Events(), presence_interval_s=None)
                try:
                    summary = runner.target_summary()
                finally:
                    runner.shutdown(10)
        finally:
            keystore.delete(env.target_name)
    assert (summary.token_kind, summary.token_usable, summary.token_renews) == (
        "issued token",
        True,
        False,
    )
    assert summary.token_expires_at is not None
    assert summary.token_said is not None and summary.token_said.english == summary.token_detail
    if warned:  # the operator is told, in the token's own words
        assert "expires in 9 min" in summary.token_detail or "expires in 10 min" in (
            summary.token_detail
        )
        assert summary.token_warning == summary.token_detail
    else:
        assert summary.token_warning == ""


def test_a_pass_held_for_its_label_scan_asks_for_that_unit_on_its_tile_then_clears(
    station: Callable[..., Station],
) -> None:
    checks = LabelChecks(timeout_s=60)
    _env, runner, events, _journal = station(label_checks=checks)
    events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.READY)
    assert runner.start("1")
    events.wait_for(lambda _: checks.waiting() == ["1"])
    held = runner.snapshots()[0]
    assert held.state is SlotState.WORKING and held.awaiting_check
    assert held.hardware_serial is not None
    assert held.text == Text.of("check_scan.waiting")
    assert held.action_text == scan_back_action("1", held.hardware_serial)

    assert checks.give("1", CheckVerdict(True))
    events.wait_for(lambda _: len(events.finished()) == 1)
    tiles = [e.snapshot for e in events.items if isinstance(e, SlotUpdated)]
    asked = [n for n, s in enumerate(tiles) if s.awaiting_check]
    # The tile asked for the scan once, then took the request back before the result came.
    assert len(asked) == 1
    waits = [(s.state, s.awaiting_check, s.text, s.action_text) for s in tiles[asked[0] :]]
    assert waits[:2] == [
        (
            SlotState.WORKING,
            True,
            Text.of("check_scan.waiting"),
            scan_back_action("1", held.hardware_serial),
        ),
        (SlotState.WORKING, False, Text.plain(""), Text.plain("")),
    ]
    finished = events.finished()[0].snapshot
    assert finished.result is Result.PASS and not finished.awaiting_check
    assert finished.text == Text.of("check_scan.passed")


def test_a_slot_the_fixture_does_not_have_is_refused_naming_the_ones_it_has(
    station: Callable[..., Station],
) -> None:
    """A scanner or a script can name any slot; the refusal says which fixture was asked, the
    slot as given, and the slots there are, and nothing starts."""
    env, runner, _events, _journal = station(slots=2)
    for call in (
        lambda: runner.start("7"),
        lambda: runner.abort("7"),
        lambda: runner.waiting_for_port("7"),
        lambda: runner.give_label_scan("7", "SN-1"),
    ):
        with pytest.raises(ConfigError) as caught:
            call()
        assert caught.value.message == f"Fixture '{env.fixture_name}' has no slot '7'."
        assert caught.value.action == "Use one of: 1, 2."
    assert all(s.state is not SlotState.WORKING for s in runner.snapshots())


def test_a_slot_already_working_refuses_a_second_start(station: Callable[..., Station]) -> None:
    """A second Provision press (a pedal, a scanner, an impatient operator) on a slot whose
    attempt is running starts nothing: asked from inside the attempt's own step report, so the
    attempt is certainly running, the start is refused and nothing is queued behind it."""
    answers: list[bool] = []
    runners: list[FixtureRunner] = []

    class PressAgainWhileWorking(Events):
        def __call__(self, event: Any) -> None:
            super().__call__(event)
            snap = getattr(event, "snapshot", None)
            working = snap is not None and snap.state is SlotState.WORKING and snap.step
            if working and not answers and runners:
                answers.append(runners[0].start("1"))

    _env, runner, events, _journal = station(events=PressAgainWhileWorking())
    runners.append(runner)
    first = _provision(runner, events)
    assert first.result is Result.PASS
    # Refused, so nothing was queued behind the attempt that just ended.
    assert answers == [False] and not runner.busy
    # Two presses at once: the second finds the first queued (or already running).
    assert runner.start("1") and not runner.start("1")
    events.wait_for(lambda _: len(events.finished()) == 2)
    assert not runner.busy
