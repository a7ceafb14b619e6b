"""The device record, written behind the attempt, is lost to a full disk: the transaction over a
simulated device on a real pty, the Pairing stand-in over HTTPS, and a real SQLite journal on a
small tmpfs that really fills up.

The device record is committed while Pairing is asked for a secret (station/engine/
journaling.py). If that commit fails, nothing may be written to the device: a secret on a unit
whose identity the journal never recorded is what recovery could not explain later.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from station.engine.attempt import Outcome
from station.engine.events import Result, Step
from station.journal import Journal, JournalError, verify
from station.journal.connection import WRITE_ACTION
from station.profiles.base import StorageState
from tests.fixtures.engine import EngineRig
from tests.fixtures.small_disk import SmallDisk, small_disk

RigFactory = Callable[..., EngineRig]
REGISTER = r"^POST /\S*/v1/[^/]+/agent/devices$"  # behind the ingress prefix


def _wait(condition: Callable[[], object], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def _attempt_meeting_a_full_disk(
    rig: EngineRig, disk: SmallDisk, run: Callable[[], object]
) -> threading.Thread:
    """An attempt (`run`) on slot 1, in a thread of its own, whose first record reaches the disk and
    whose device record finds it full: the device is held (SIGSTOP) until the disk is filled."""
    # A station that has worked a while holds its journal's read connections open already;
    # one opened while the disk is full could fail on its own, before the record in question.
    assert not rig.journal.has_passed("no-such-device", "plant1")
    attempt = threading.Thread(target=run)
    device = rig.fixture.pid("1")
    assert device is not None
    os.kill(device, signal.SIGSTOP)  # its identity answer waits until the disk is full
    try:
        attempt.start()
        _wait(rig.journal.unfinished_attempts)  # the attempt's first record is on disk
        assert disk.fill() > 0
    finally:
        os.kill(device, signal.SIGCONT)
    return attempt


def test_a_device_record_lost_to_a_full_disk_fails_before_anything_is_written(
    engine_rig: RigFactory, tmp_path: Path
) -> None:
    rig = engine_rig(slots=1)
    with small_disk(tmp_path / "disk") as disk:
        rig.journal.close()
        rig.journal = Journal.open(disk.path / "journal.db", station_id="test-station")
        # Pairing's answer to the registration arrives a byte at a time, so the disk can be
        # freed while the attempt still waits for it.
        rig.standin.set_faults(trickle_interval_s=0.02)
        rig.standin.inject_fault("trickle", match=REGISTER)
        outcomes: list[Outcome] = []
        attempt = _attempt_meeting_a_full_disk(
            rig, disk, lambda: outcomes.append(rig.provision("1"))
        )
        # Pairing issued the secret, so the device record was handed to the journal before.
        _wait(rig.standin.issued_secrets)
        # A write queued after it ends only once the device record's commit has ended: both
        # find the disk full.
        with pytest.raises(JournalError, match="database or disk is full"):
            rig.journal.record_event("disk_check", actor="tester", details={})
        assert rig.standin.fault_plan.pending() == 0  # the answer is still on its way
        disk.free()
        attempt.join(60)
        assert not attempt.is_alive()
        [outcome] = outcomes

        assert outcome.result is Result.FAIL, outcome
        assert outcome.error_class == "journal"
        cause = f"Cannot write to the journal {rig.journal.path}: database or disk is full."
        assert outcome.message == f"Slot 1: {cause}"
        assert outcome.action == f"{WRITE_ACTION} Then provision the device in slot 1 again."
        assert set(outcome.step_durations_s) == {
            s.value for s in (Step.CONNECT, Step.IDENTIFY, Step.POLICY, Step.REGISTER)
        }
        # Nothing reached the device, and the journal says where and why the attempt stopped.
        device_state = rig.fixture.device("1")
        assert device_state.record is None and device_state.state is StorageState.EMPTY
        detail = rig.journal.attempt(outcome.attempt_id)
        assert detail is not None
        assert (detail.row.result, detail.row.error_class) == ("FAIL", "journal")
        assert (detail.row.message, detail.row.action) == (outcome.message, outcome.action)
        assert detail.row.device_id is None  # the device record never reached the disk
        assert detail.intents == ()
        failed = [(s.step, s.detail) for s in detail.steps if not s.ok]
        assert failed == [("register", cause)], detail.steps
        assert [a.kind for a in rig.journal.audit_events()] == []  # the check write is gone
        assert verify(rig.journal.path).ok
        rig.journal.close()


def test_a_lost_device_record_is_reported_when_the_attempt_ends_before_it_was_needed(
    engine_rig: RigFactory, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A refusal at the policy closes the attempt without waiting for Pairing: the lost device
    record is named in the log, and the journal error still reaches the caller (the runner
    shows it on the slot), since the disk is still full for the attempt's last record."""
    rig = engine_rig(slots=1)
    with small_disk(tmp_path / "disk") as disk:
        rig.journal.close()
        rig.journal = Journal.open(disk.path / "journal.db", station_id="test-station")
        assert rig.provision("1").result is Result.PASS
        errors: list[BaseException] = []

        def refused_again() -> None:
            try:
                rig.provision("1")  # the device passed already: refused at the policy
            except BaseException as exc:
                errors.append(exc)

        attempt = _attempt_meeting_a_full_disk(rig, disk, refused_again)
        attempt.join(60)
        assert not attempt.is_alive()
        [error] = errors
        assert isinstance(error, JournalError)
        assert "database or disk is full" in error.message
        [second] = rig.journal.unfinished_attempts()
        lost = [
            r.getMessage() for r in caplog.records
            if r.levelno == logging.ERROR and r.name == "station.engine.journaling"
        ]  # fmt: skip
        assert lost == [
            f"the device record of attempt {second.attempt_id} was not written: "
            f"Cannot write to the journal {rig.journal.path}: database or disk is full. "
            f"\N{EM DASH} {WRITE_ACTION}"
        ]
        disk.free()
        rig.journal.close()


def test_a_lost_device_record_stops_the_adoption_of_a_stored_secret_before_its_intent(
    engine_rig: RigFactory, tmp_path: Path
) -> None:
    """A unit holding a secret this journal never wrote (another station's, say) is adopted
    without registering: there the intent is the first record that must follow the device
    record, so it is the one that finds the device record lost."""
    rig = engine_rig(slots=1, storage="secure", faults="slot1:unplug@reveal")
    assert rig.provision("1").error_class == "disconnected"  # written, then pulled
    rig.fixture.wait_exit("1")
    rig.fixture.plug("1")
    with small_disk(tmp_path / "disk") as disk:
        rig.journal.close()
        rig.journal = Journal.open(disk.path / "journal.db", station_id="test-station")
        # Pairing's answer to the check of the stored secret comes a byte at a time.
        rig.standin.set_faults(trickle_interval_s=0.02)
        rig.standin.inject_fault("trickle", match=r"^GET /\S*/v1/[^/]+/devices/")
        outcomes: list[Outcome] = []
        attempt = _attempt_meeting_a_full_disk(
            rig, disk, lambda: outcomes.append(rig.provision("1"))
        )
        _wait(lambda: rig.standin.fault_plan.pending() == 0)  # the check is being answered
        with pytest.raises(JournalError, match="database or disk is full"):
            rig.journal.record_event("disk_check", actor="tester", details={})
        disk.free()
        attempt.join(60)
        assert not attempt.is_alive()
        [outcome] = outcomes
        assert (outcome.result, outcome.error_class) == (Result.FAIL, "journal"), outcome
        assert outcome.action == f"{WRITE_ACTION} Then provision the device in slot 1 again."
        assert not rig.fixture.device("1").locked
        detail = rig.journal.attempt(outcome.attempt_id)
        assert detail is not None and detail.intents == () and detail.row.device_id is None
        failed = [s.step for s in detail.steps if not s.ok]
        assert failed == ["record_intent"], detail.steps
        assert verify(rig.journal.path).ok
        rig.journal.close()
