"""`FixtureRunner` on the demo environment: presence, start, events, auto-start, recovery on
start, shutdown."""

from __future__ import annotations

import dataclasses
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from station.cancel import CancelToken
from station.config import load_config
from station.config.model import StationConfig
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine.events import (
    AttemptFinished,
    Event,
    Result,
    SlotState,
    SlotUpdated,
    StationNotice,
    Step,
)
from station.engine.runner import FixtureRunner
from station.journal import Journal
from station.text import Text
from tests.fixtures.sim import StableLinks


class Events:
    def __init__(self) -> None:
        self.items: list[Event] = []
        self.cond = threading.Condition()

    def __call__(self, event: Event) -> None:
        with self.cond:
            self.items.append(event)
            self.cond.notify_all()

    def wait_for(self, check: Callable[[list[Event]], bool], timeout: float = 60.0) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: check(self.items), timeout), self.items

    def finished(self) -> list[AttemptFinished]:
        return [e for e in self.items if isinstance(e, AttemptFinished)]


StationFactory = Callable[..., tuple[DemoEnvironment, FixtureRunner, "Events"]]


def runner_for(
    env: DemoEnvironment,
    config: StationConfig,
    journal: Journal,
    events: Events,
    *,
    presence_interval_s: float | None = 0.2,
    **options: Any,
) -> FixtureRunner:
    """The runner of the demo environment's fixture for operator "tester", reporting to
    `events` and looking for devices every 0.2 s unless told otherwise."""
    return FixtureRunner(
        config=config,
        fixture=env.fixture_name,
        journal=journal,
        operator="tester",
        sink=events,
        presence_interval_s=presence_interval_s,
        **options,
    )


@pytest.fixture
def station(
    tmp_path: Path,
) -> Iterator[Callable[..., tuple[DemoEnvironment, FixtureRunner, Events]]]:
    stack = ExitStack()

    def make(
        slots: int = 2, **runner_options: Any
    ) -> tuple[DemoEnvironment, FixtureRunner, Events]:
        env = stack.enter_context(DemoEnvironment(tmp_path / "demo", slots=slots, bcrypt_cost=4))
        config = load_config(env.config_path)
        journal = stack.enter_context(Journal.open(env.journal_path, station_id=config.station_id))
        events = Events()
        runner = runner_for(env, config, journal, events, **runner_options)
        stack.callback(runner.shutdown, 30.0)
        return env, runner, events

    with stack:
        yield make


def _ready(runner: FixtureRunner) -> bool:
    return all(s.state is SlotState.READY for s in runner.snapshots())


def test_start_all_provisions_ready_slots_and_reports_every_step(station: StationFactory) -> None:
    env, runner, events = station(slots=2)
    events.wait_for(lambda _: _ready(runner))
    where = {s.slot: s.location for s in runner.snapshots()}
    assert all(where.values())
    began = time.monotonic()
    assert sorted(runner.start_all()) == ["1", "2"]
    events.wait_for(lambda items: len(events.finished()) == 2)
    took = time.monotonic() - began
    assert not runner.busy
    for finished in events.finished():
        # The result tile still says which port it is about.
        assert finished.snapshot.location == where[finished.snapshot.slot]
        assert finished.snapshot.result is Result.PASS
        assert finished.snapshot.state is SlotState.PASS
        assert finished.step_durations_s["write"] > 0
        # The tile's time is the whole attempt's: never shorter than one of its steps, never
        # longer than the test waited for it.
        assert took >= finished.snapshot.elapsed_s >= finished.step_durations_s["write"]
    working = [e.snapshot for e in events.items if isinstance(e, SlotUpdated) and e.snapshot.step]
    assert len({s.step for s in working}) == 9
    assert all(s.location == where[s.slot] for s in working)  # each step's tile names its port
    assert all(0 <= s.elapsed_s <= took for s in working)
    # From the write on, the tile shows the device it works on and the attempt (QA's link).
    ended = {
        f.snapshot.slot: (f.snapshot.device_id, f.snapshot.attempt_id) for f in events.finished()
    }
    writing = [s for s in working if s.step is Step.WRITE]
    assert len(writing) == 2
    assert all((s.device_id, s.attempt_id) == ended[s.slot] for s in writing)
    assert all(s.elapsed_s > 0 for s in writing)  # connecting and registering took time
    summary = runner.target_summary()
    assert summary.realm == env.realm and summary.token_kind == "token command"
    assert runner.check_pairing_health()


def test_the_pairing_health_check_keeps_to_its_time_and_its_cancel(
    station: StationFactory,
) -> None:
    env, runner, _events = station(slots=1)
    assert env.standin is not None
    assert runner.check_pairing_health(timeout_s=10.0) is True
    # No time left to ask (the window's budget is spent): unhealthy, though Pairing is up.
    assert runner.check_pairing_health(timeout_s=0.0) is False
    # A check whose window closed asks nothing either, with or without a time limit.
    closed = CancelToken()
    closed.cancel("the window closed")
    assert runner.check_pairing_health(timeout_s=10.0, cancel=closed) is False
    assert runner.check_pairing_health(cancel=closed) is False
    env.standin.set_health(False)  # Pairing's database is down: 503
    assert runner.check_pairing_health(timeout_s=10.0) is False
    env.standin.set_health(True)
    assert runner.check_pairing_health() is True


def test_unplugged_device_shows_no_device_and_auto_start_provisions_it_when_plugged(
    tmp_path: Path,
) -> None:
    with DemoEnvironment(tmp_path / "demo", slots=1, bcrypt_cost=4) as env:
        assert env.fixture is not None
        # The slot is bound to a stable link, as udev's rules make one; the sandbox's device
        # re-enumerates on a fresh pty when replugged and the link follows it.
        links = StableLinks(env.fixture, env.workdir)
        document = env.config_document()
        links.bind(document)
        env.config_path.write_text(dumps(document), "utf-8")
        config = load_config(env.config_path)
        events = Events()
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            runner = runner_for(env, config, journal, events)
            try:
                events.wait_for(lambda _: _ready(runner))
                links.unplug("1")
                events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.NO_DEVICE)
                runner.set_auto_start(True)
                links.plug("1")
                events.wait_for(lambda _: len(events.finished()) == 1)
                assert events.finished()[0].snapshot.result is Result.PASS
            finally:
                runner.shutdown(10)


def test_interrupted_attempts_are_closed_on_start(tmp_path: Path) -> None:
    env = DemoEnvironment(tmp_path / "pre", slots=1, bcrypt_cost=4)
    with env:
        config = load_config(env.config_path)
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            attempt = journal.begin_attempt(
                slot="1", operator="x", target_name="demo", realm="demo", pairing_url="u"
            )
        events = Events()
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            runner = runner_for(env, config, journal, events, presence_interval_s=None)
            try:
                notices = [e for e in events.items if isinstance(e, StationNotice)]
                assert len(notices) == 1 and "slot 1" in notices[0].action
                detail = journal.attempt(attempt)
                assert detail is not None
                assert detail.row.result == "ABORTED"
                assert detail.row.error_class == "interrupted"
                assert journal.unfinished_attempts() == []
            finally:
                runner.shutdown(10)


def test_shutdown_while_working_aborts_safely(station: StationFactory) -> None:
    _env, runner, events = station(slots=2)
    events.wait_for(lambda _: _ready(runner))
    runner.start_all()
    events.wait_for(
        lambda items: any(isinstance(e, SlotUpdated) and e.snapshot.step for e in items)
    )
    t0 = time.monotonic()
    runner.shutdown(30)
    assert time.monotonic() - t0 < 30
    assert not runner.busy
    for finished in events.finished():
        assert finished.snapshot.result in (Result.PASS, Result.ABORTED)


def test_abort_all_stops_every_running_slot_as_the_operator_stopped_it(
    station: StationFactory,
) -> None:
    # The station menu's "Abort every running slot" gives no reason of its own: each attempt
    # is journaled as stopped by the operator at its step, in those words.
    _env, runner, events = station(slots=2)
    events.wait_for(lambda _: _ready(runner))
    assert sorted(runner.start_all()) == ["1", "2"]
    events.wait_for(lambda _: all(s.step is not None for s in runner.snapshots()))
    runner.abort_all()
    events.wait_for(lambda _: len(events.finished()) == 2)
    assert not runner.busy
    for finished in events.finished():
        snap = finished.snapshot
        assert snap.result is Result.ABORTED and snap.state is SlotState.ABORTED
        said = snap.text
        assert said is not None
        # "abort.write_finished" if the abort came while the write ran.
        assert said.id in ("abort.stopped_at_because", "abort.write_finished"), said
        assert said.params["reason"] == Text.of("abort.by_operator"), said
        assert snap.action_text == Text.of("abort.again_when_ready", slot=snap.slot)


def test_auto_start_reports_the_configured_default_and_follows_changes(tmp_path: Path) -> None:
    with DemoEnvironment(tmp_path / "demo", slots=1, bcrypt_cost=4) as env:
        config = load_config(env.config_path)
        fixtures = tuple(dataclasses.replace(f, auto_start=True) for f in config.fixtures)
        config = dataclasses.replace(config, fixtures=fixtures)
        events = Events()
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            runner = runner_for(env, config, journal, events)
            try:
                assert runner.auto_start is True
                # The default is applied, not only reported: the present device starts itself.
                events.wait_for(lambda _: len(events.finished()) == 1)
                assert events.finished()[0].snapshot.result is Result.PASS
                runner.set_auto_start(False)
                assert runner.auto_start is False
            finally:
                runner.shutdown(10)


def test_auto_start_is_off_when_the_fixture_says_so(station: StationFactory) -> None:
    _env, runner, events = station(slots=1)
    assert runner.auto_start is False
    events.wait_for(lambda _: _ready(runner))
    assert not runner.busy
    runner.set_auto_start(True)
    assert runner.auto_start is True


def test_target_summary_says_why_the_token_cannot_be_used(tmp_path: Path) -> None:
    with DemoEnvironment(tmp_path / "demo", slots=1, bcrypt_cost=4) as env:
        failing = [sys.executable, "-c", "import sys; sys.exit('no realm key for plant')"]
        config = load_config(env.write_config(token_command=failing))
        events = Events()
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            runner = runner_for(env, config, journal, events)
            try:
                before = runner.target_summary()
                assert before.token_usable and before.token_warning == ""
                assert "when a token is needed" in before.token_detail
                events.wait_for(lambda _: _ready(runner))
                runner.start("1")
                events.wait_for(lambda _: len(events.finished()) == 1)
                assert events.finished()[0].snapshot.result is Result.FAIL
                after = runner.target_summary()
                assert not after.token_usable
                assert "exit status 1" in after.token_detail
                assert "no realm key for plant" in after.token_detail
                assert after.token_kind == "token command"
            finally:
                runner.shutdown(10)


def test_target_summary_of_a_working_token_command_has_no_warning(station: StationFactory) -> None:
    env, runner, events = station(slots=1)
    events.wait_for(lambda _: _ready(runner))
    runner.start("1")
    events.wait_for(lambda _: len(events.finished()) == 1)
    summary = runner.target_summary()
    assert summary.token_usable
    assert summary.token_warning == ""
    assert "current token expires in" in summary.token_detail
    assert summary.token_expires_at is not None
    # The banner's words: the target as configured, and a token command renews itself.
    assert (summary.name, summary.realm) == ("demo", env.realm)
    assert env.standin is not None and summary.pairing_url == env.standin.base_url
    assert summary.token_renews is True
    assert summary.token_said is not None and summary.token_said.english == summary.token_detail


INTERRUPTED_NOTE = "Interrupted attempt found; press Start to resume."


def _leave_attempt(journal: Journal, slot: str, *, intent: bool, result: str | None = None) -> str:
    """An attempt as a station that died (result None) or stopped under it leaves it."""
    attempt = journal.begin_attempt(
        slot=slot, operator="x", target_name="demo", realm="demo", pairing_url="https://p"
    )
    journal.update_device(
        attempt,
        device_id=f"dev-of-slot-{slot}",
        hardware_serial=f"SN-{slot}",
        model="sim-1",
        firmware="1.0.0",
        storage_kind="otp",
    )
    if intent:
        journal.record_intent(attempt, device_id=f"dev-of-slot-{slot}", fingerprint="ab" * 32)
    if result is not None:
        journal.finish_attempt(attempt, result=result, error_class="", message="", action="")
    return attempt


def test_a_ready_slot_says_when_an_interrupted_attempt_waits_to_be_resumed(
    tmp_path: Path,
) -> None:
    with DemoEnvironment(tmp_path / "demo", slots=4, bcrypt_cost=4) as env:
        config = load_config(env.config_path)
        with Journal.open(env.journal_path, station_id=config.station_id) as journal:
            _leave_attempt(journal, "1", intent=True)  # the station died after the intent
            _leave_attempt(journal, "2", intent=False)  # it died before registering
            _leave_attempt(journal, "3", intent=True, result="ABORTED")  # stopped mid-write
            _leave_attempt(journal, "4", intent=True, result="ABORTED")
            _leave_attempt(journal, "4", intent=False, result="PASS")  # a later attempt passed

        def run_station() -> tuple[dict[str, tuple[SlotState, str, str]], FixtureRunner]:
            events = Events()
            journal = stack.enter_context(
                Journal.open(env.journal_path, station_id=config.station_id)
            )
            runner = runner_for(env, config, journal, events)
            stack.callback(runner.shutdown, 10)
            events.wait_for(lambda _: _ready(runner))
            return {s.slot: (s.state, s.message, s.action) for s in runner.snapshots()}, runner

        with ExitStack() as stack:
            tiles, runner = run_station()
            for slot in ("1", "3"):
                state, message, action = tiles[slot]
                assert state is SlotState.READY
                assert message == INTERRUPTED_NOTE
                assert f"slot {slot}" in action and "resumes" in action
            assert tiles["2"] == (SlotState.READY, "", "")
            assert tiles["4"] == (SlotState.READY, "", "")
            # Start resumes (here the devices are empty, so they are simply provisioned); the
            # interrupted attempt is then history, and the next start of the station is quiet.
            assert runner.start("1") and runner.start("3")
            deadline = time.monotonic() + 60
            while runner.busy or {s.state for s in runner.snapshots()} & {SlotState.WORKING}:
                assert time.monotonic() < deadline
                time.sleep(0.1)
            assert {runner.snapshots()[i].result for i in (0, 2)} == {Result.PASS}
        with ExitStack() as stack:
            tiles, _ = run_station()
            assert {slot: tile[1] for slot, tile in tiles.items()} == dict.fromkeys(tiles, "")
