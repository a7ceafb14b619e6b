"""A slot follows its device through re-enumeration: a start pressed while the device's port is
gone waits for the same stable name to come back (on a new pty), within a deadline."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from station.config import load_config
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine import worker
from station.engine.events import Result, SlotState, SlotUpdated
from station.engine.runner import FixtureRunner
from station.journal import Journal
from tests.engine.test_runner import Events, runner_for
from tests.fixtures.sim import StableLinks


class Rig:
    def __init__(self, links: StableLinks, runner: FixtureRunner, events: Events):
        self.links, self.runner, self.events = links, runner, events

    def unplug(self) -> None:
        self.links.unplug("1")

    def plug(self) -> None:
        self.links.plug("1")


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with ExitStack() as stack:
        env = stack.enter_context(DemoEnvironment(tmp_path / "demo", slots=1, bcrypt_cost=4))
        assert env.fixture is not None
        # A stable name, as the udev rules make one, that follows the device to its new pty.
        links = StableLinks(env.fixture, env.workdir)
        document = env.config_document()
        links.bind(document)
        env.config_path.write_text(dumps(document), "utf-8")
        config = load_config(env.config_path)
        journal = stack.enter_context(Journal.open(env.journal_path, station_id=config.station_id))
        events = Events()
        runner = runner_for(env, config, journal, events)
        stack.callback(runner.shutdown, 30.0)
        events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.READY)
        yield Rig(links, runner, events)


def test_a_start_during_re_enumeration_waits_for_the_device_and_passes(rig: Rig) -> None:
    rig.unplug()
    assert rig.runner.start("1")
    # The device comes back on a new pty a moment later, well inside the wait.
    timer = threading.Timer(1.0, rig.plug)
    timer.start()
    try:
        rig.events.wait_for(lambda _: len(rig.events.finished()) == 1)
    finally:
        timer.join()
    assert rig.events.finished()[0].snapshot.result is Result.PASS


def test_a_device_that_does_not_come_back_fails_with_the_slot_and_an_action(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker, "REENUMERATION_WAIT_S", 1.0)
    location = rig.runner.snapshots()[0].location
    rig.unplug()
    began = time.monotonic()
    assert rig.runner.start("1")
    rig.events.wait_for(lambda _: rig.runner.snapshots()[0].state is SlotState.FAIL)
    waited = time.monotonic() - began
    snap = rig.runner.snapshots()[0]
    assert (snap.slot, snap.location, snap.result) == ("1", location, Result.FAIL)
    assert snap.error_class == "port_missing"
    assert snap.message == f"The port for slot 1 ({location}) does not exist."
    assert "the fixture for slot 1 is connected and powered, and that the station's udev " in (
        snap.action
    )
    assert snap.attempt_id is None  # no attempt was begun
    # The screens learn it from the event the slot sends, not only by asking.
    assert any(isinstance(e, SlotUpdated) and e.snapshot == snap for e in rig.events.items)
    assert waited >= 1.0
    # The slot is free again: once the device is back, a start provisions it.
    rig.plug()
    assert rig.runner.start("1")
    rig.events.wait_for(lambda _: len(rig.events.finished()) == 1)
    assert rig.events.finished()[0].snapshot.result is Result.PASS


def test_abort_while_waiting_for_the_port_ends_aborted_at_once(rig: Rig) -> None:
    rig.unplug()
    assert rig.runner.start("1")
    # Abort once the slot thread is really waiting for the port.
    deadline = time.monotonic() + worker.REENUMERATION_WAIT_S
    while not rig.runner.waiting_for_port("1") and time.monotonic() < deadline:
        time.sleep(0.01)
    assert rig.runner.waiting_for_port("1")
    began = time.monotonic()
    rig.runner.abort("1")
    rig.events.wait_for(lambda _: rig.runner.snapshots()[0].state is SlotState.ABORTED)
    assert time.monotonic() - began < worker.REENUMERATION_WAIT_S
    aborted = rig.runner.snapshots()[0]
    assert aborted.result is Result.ABORTED
    assert aborted.message == "Stopped by the operator."  # the runner's default reason
