"""Faults and interruptions over the real pieces: the recovery table's rows happen for real.

Every test ends with the invariant that matters on the line: a device either holds a secret
Pairing accepts (and the attempt says PASS or RECOVERED), or the attempt says why not and what
to do, and a write-once device that can never work is SCRAP.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable

import pytest

from station.engine.attempt import Outcome
from station.engine.events import Result, Step
from station.engine.policy import DeviceIdRule, IdSource, TargetPolicy
from station.engine.transaction import Transaction
from station.journal import verify
from station.profiles.base import StorageState
from tests.fixtures.engine import NAMESPACE, REALM, EngineRig

RigFactory = Callable[..., EngineRig]


def _failed_with_action(outcome_action: str, slot: str = "1") -> bool:
    return f"slot {slot}" in outcome_action


def test_unplug_after_the_write_then_resume_verifies_and_locks_without_registering(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, faults="slot1:unplug@reveal")
    first = rig.provision("1")
    assert first.result is Result.FAIL
    assert first.error_class == "disconnected"
    assert _failed_with_action(first.action)
    assert rig.fixture.device("1").record is not None
    issued = len(rig.standin.issued_secret_fingerprints())
    rig.fixture.wait_exit("1")
    rig.fixture.plug("1")
    second = rig.provision("1")
    assert second.result is Result.RECOVERED, second
    assert len(rig.standin.issued_secret_fingerprints()) == issued  # no second registration
    assert rig.fixture.device("1").locked
    assert rig.standin_accepts("1")
    assert verify(rig.journal.path).ok


def test_write_answer_lost_after_it_took_effect_is_confirmed_by_identify(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, faults="slot1:noreply=after@write")
    outcome = rig.provision("1")
    assert outcome.result is Result.PASS, outcome
    assert rig.standin_accepts("1")
    assert len(rig.standin.issued_secret_fingerprints()) == 1


def test_write_lost_before_it_took_effect_is_written_once_more_after_identify(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, faults="slot1:noreply=before@write")
    outcome = rig.provision("1")
    assert outcome.result is Result.PASS, outcome
    assert rig.standin_accepts("1")


def test_power_cut_while_burning_otp_is_scrap_on_the_next_attempt_and_never_registered(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, faults="slot1:power_cut@write")
    first = rig.provision("1")
    assert first.result is Result.FAIL
    assert _failed_with_action(first.action)
    rig.fixture.wait_exit("1")
    assert rig.fixture.device("1").state is StorageState.CORRUPT
    rig.fixture.plug("1")
    issued = len(rig.standin.issued_secret_fingerprints())
    second = rig.provision("1")
    assert second.result is Result.SCRAP
    assert "partial" in second.message
    assert "SCRAP" in second.action
    assert len(rig.standin.issued_secret_fingerprints()) == issued


def test_power_cut_on_rewritable_storage_is_rewritten_on_the_next_attempt(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, storage="secure", faults="slot1:power_cut@write")
    assert rig.provision("1").result is Result.FAIL
    rig.fixture.wait_exit("1")
    rig.fixture.plug("1")
    second = rig.provision("1")
    assert second.result is Result.PASS, second
    assert rig.standin_accepts("1")


def test_pairing_server_errors_fail_before_anything_is_written(engine_rig: RigFactory) -> None:
    rig = engine_rig(slots=1)
    rig.standin.set_faults(error_rate=1.0, error_status=500, match="POST")
    outcome = rig.provision("1")
    assert outcome.result is Result.FAIL
    assert outcome.error_class == "server_error"
    assert outcome.action
    assert rig.fixture.device("1").state is StorageState.EMPTY
    rig.standin.set_faults(error_rate=0.0)
    assert rig.provision("1").result is Result.PASS


def test_lost_register_answer_is_registered_again_and_only_the_last_secret_is_burned(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1)
    rig.standin.inject_fault("reset_after", 1, match="POST")
    outcome = rig.provision("1")
    assert outcome.result is Result.PASS, outcome
    assert len(rig.standin.issued_secret_fingerprints()) == 2
    assert rig.standin_accepts("1")


def test_pairing_down_at_verification_leaves_the_device_unlocked_for_a_resume(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1)
    rig.standin.set_faults(error_rate=1.0, error_status=503, match="GET .*/devices/")
    first = rig.provision("1")
    assert first.result is Result.FAIL
    assert first.error_class == "server_error"
    assert not rig.fixture.device("1").locked
    rig.standin.set_faults(error_rate=0.0)
    second = rig.provision("1")
    assert second.result is Result.RECOVERED
    assert rig.fixture.device("1").locked
    assert rig.standin_accepts("1")


# Link counters that only move when the line garbles or loses something.
NOISE_COUNTERS = ("crc_errors", "resyncs", "malformed", "timeouts", "retries", "stale_frames")


def test_line_noise_never_gives_a_false_pass(engine_rig: RigFactory) -> None:
    # Seeded, so the noise is the same on every run: it must really garble something.
    rig = engine_rig(slots=2, faults="bitflip=0.002", seed=7)
    noise = 0
    for slot in ("1", "2"):
        outcome = rig.provision(slot)
        if outcome.result is Result.PASS:
            assert rig.standin_accepts(slot)
        else:
            assert outcome.result is Result.FAIL, outcome
            assert outcome.message and _failed_with_action(outcome.action, slot)
        detail = rig.journal.attempt(outcome.attempt_id)
        assert detail is not None
        noise += sum(int(detail.link_stats.get(k, 0)) for k in NOISE_COUNTERS)
    assert noise > 0, "the line noise never reached the station: the test proved nothing"


@pytest.mark.parametrize("reason", [None, "The station is shutting down."])
def test_abort_before_start_records_aborted(engine_rig: RigFactory, reason: str | None) -> None:
    rig = engine_rig(slots=1)
    tx = rig.transaction("1")
    if reason is None:
        tx.abort()  # the operator's button
    else:
        tx.abort(reason)
    outcome = tx.run()
    assert outcome.result is Result.ABORTED
    # The reason given (the operator's, by default) ends the message the operator reads.
    said = reason or "Stopped by the operator."
    assert outcome.message.startswith("Stopped by the operator at '"), outcome.message
    assert outcome.message.endswith(f"'. {said}"), outcome.message
    assert outcome.action == "Provision the device in slot 1 again when ready."
    assert rig.fixture.device("1").state is StorageState.EMPTY
    assert rig.standin.issued_secret_fingerprints() == []
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None and detail.row.result == "ABORTED"


@pytest.mark.parametrize(
    "step", [Step.IDENTIFY, Step.REGISTER, Step.RECORD_INTENT, Step.WRITE, Step.VERIFY_CLOUD]
)
def test_abort_at_any_step_is_safe_and_the_next_attempt_completes(
    engine_rig: RigFactory, step: Step
) -> None:
    rig = engine_rig(slots=1)
    holder: list[Transaction] = []

    def on_step(current: Step, device_id: str | None, serial: str | None) -> None:
        if current is step:
            holder[0].abort()

    tx = rig.transaction("1", on_step=on_step)
    holder.append(tx)
    first = tx.run()
    assert first.result is Result.ABORTED, first
    assert "slot 1" in first.action
    # An abort as the write step begins stops before anything is sent.
    written = rig.fixture.device("1").record is not None
    assert written == (step is Step.VERIFY_CLOUD)
    second = rig.provision("1")
    assert second.result in (Result.PASS, Result.RECOVERED), second
    assert (second.result is Result.RECOVERED) == written
    assert rig.standin_accepts("1")


def _abort_during(rig: EngineRig, step: Step, after_s: float) -> tuple[Outcome, list[Step]]:
    """Run slot 1, aborting `after_s` seconds into `step` from another thread."""
    holder: list[Transaction] = []
    timers: list[threading.Timer] = []
    seen: list[Step] = []

    def on_step(current: Step, device_id: str | None, serial: str | None) -> None:
        seen.append(current)
        if current is step and not timers:
            timer = threading.Timer(after_s, holder[0].abort)
            timers.append(timer)
            timer.start()

    tx = rig.transaction("1", on_step=on_step)
    holder.append(tx)
    outcome = tx.run()
    for timer in timers:
        timer.join()
    assert timers, f"the attempt never reached {step}"
    return outcome, seen


def _assert_aborted_after_the_write_with_the_device_read_back(
    rig: EngineRig, outcome: Outcome
) -> None:
    assert outcome.result is Result.ABORTED, outcome
    assert outcome.error_class == "aborted"
    assert "unknown" not in outcome.message
    assert "allowed to finish" in outcome.message
    assert "holds the secret this attempt recorded" in outcome.message
    assert outcome.action == (
        "Provision the device in slot 1 again when ready: the station resumes at the cloud "
        "check without registering it again."
    )
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert detail.row.result == "ABORTED"
    assert detail.row.message == outcome.message
    # The journal shows the write finished and the state read back after it, and nothing more.
    assert [(s.step, s.ok) for s in detail.steps][-2:] == [("write", True), ("read_back", True)]
    # What the journal says the device holds is what it holds: the recorded intent.
    device = rig.fixture.device("1")
    assert device.record is not None and not device.locked
    intent = rig.journal.latest_intent_fingerprint(rig.device_id("1"), REALM)
    assert intent == hashlib.sha256(device.record.secret.encode()).hexdigest()


def test_abort_while_a_slow_otp_burn_is_in_flight_lets_it_finish_reads_back_then_stops(
    engine_rig: RigFactory,
) -> None:
    # 15 ms per byte: the burn of a record takes about two seconds, as declared by the device.
    rig = engine_rig(slots=1, prog_us=15_000)
    first, seen = _abort_during(rig, Step.WRITE, 0.3)
    _assert_aborted_after_the_write_with_the_device_read_back(rig, first)
    assert Step.VERIFY_CLOUD not in seen
    assert len(rig.standin.issued_secret_fingerprints()) == 1
    second = rig.provision("1")
    assert second.result is Result.RECOVERED, second
    assert len(rig.standin.issued_secret_fingerprints()) == 1  # resumed, not registered again
    assert rig.fixture.device("1").locked
    assert rig.standin_accepts("1")
    assert verify(rig.journal.path).ok


def test_abort_while_the_device_answers_the_write_late_waits_for_it_then_stops(
    engine_rig: RigFactory,
) -> None:
    # The device answers 4 s late, well past the deadline it declared: the station keeps
    # asking for its state (it is still busy) instead of calling the outcome unknown.
    rig = engine_rig(slots=1, faults="slot1:slow=4@write")
    first, _ = _abort_during(rig, Step.WRITE, 0.3)
    _assert_aborted_after_the_write_with_the_device_read_back(rig, first)
    second = rig.provision("1")
    assert second.result is Result.RECOVERED, second
    assert rig.standin_accepts("1")


def test_a_write_answered_after_its_deadline_is_confirmed_once_the_device_answers(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, faults="slot1:slow=4@write")
    outcome = rig.provision("1")
    assert outcome.result is Result.PASS, outcome
    assert rig.standin_accepts("1")
    assert len(rig.standin.issued_secret_fingerprints()) == 1


def test_a_device_silent_after_the_write_fails_once_the_settle_window_closes(
    engine_rig: RigFactory,
) -> None:
    # The device stays busy far beyond its declared time and the settle window.
    rig = engine_rig(slots=1, faults="slot1:slow=30@write")
    outcome = rig.transaction("1", write_settle_s=0.5).run()
    assert outcome.result is Result.FAIL, outcome
    assert outcome.error_class == "write_unknown"
    assert "no longer answers" in outcome.message
    assert "slot 1" in outcome.action


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_lost_lock_answer_is_looked_into_and_the_device_ends_locked(
    engine_rig: RigFactory, when: str
) -> None:
    # The lock request is swallowed, unexecuted (before) or executed (after): the station asks
    # the device, locks it again only if it is not locked, and the attempt passes locked.
    rig = engine_rig(slots=1, faults=f"slot1:noreply={when}@lock")
    outcome = rig.provision("1")
    assert outcome.result is Result.PASS, outcome
    assert rig.fixture.device("1").locked
    assert rig.standin_accepts("1")


def test_a_device_silent_after_the_lock_fails_naming_the_lock_once_the_settle_window_closes(
    engine_rig: RigFactory,
) -> None:
    # The lock's answer is lost and the device stays busy beyond the settle window: its state
    # is unknown, so the attempt fails naming the lock, and the device is neither passed nor
    # taken for locked.
    rig = engine_rig(slots=1, faults="slot1:slow=30@lock")
    outcome = rig.transaction("1", write_settle_s=0.5).run()
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "write_unknown"), outcome
    assert outcome.message.startswith("The lock to the device in slot 1 may or may not have")
    assert "no longer answers" in outcome.message
    assert "slot 1" in outcome.action
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert [(s.step, s.ok) for s in detail.steps][-1] == ("lock", False)


def test_abort_while_locking_lets_the_lock_finish_and_the_attempt_passes(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, faults="slot1:slow=2@lock")
    outcome, _ = _abort_during(rig, Step.LOCK, 0.3)
    # The lock went out before the abort: the device is provisioned, and the journal says so.
    assert outcome.result is Result.PASS, outcome
    assert rig.fixture.device("1").locked
    assert rig.standin_accepts("1")
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None and detail.row.result == "PASS"


def _written_but_not_verified(engine_rig: RigFactory, **options: object) -> EngineRig:
    rig = engine_rig(slots=1, **options)
    rig.standin.set_faults(error_rate=1.0, error_status=503, match="GET .*/devices/")
    assert rig.provision("1").result is Result.FAIL
    rig.standin.set_faults(error_rate=0.0)
    assert rig.fixture.device("1").record is not None
    return rig


def test_a_device_confirmed_meanwhile_is_a_fail_for_the_supervisor_never_scrap(
    engine_rig: RigFactory,
) -> None:
    rig = _written_but_not_verified(engine_rig)
    stored = rig.stored_secret("1")
    assert stored is not None
    rig.standin.put_device(REALM, rig.device_id("1"), stored, confirmed=True)
    outcome = rig.provision("1")
    assert outcome.result is Result.FAIL, outcome
    assert outcome.error_class == "already_confirmed"
    assert outcome.message == (
        f"Astarte reports device {rig.device_id('1')} (slot 1) as already confirmed: its "
        "secret has been used to obtain a certificate."
    )
    assert outcome.action == "Set the device from slot 1 aside for the supervisor (rework)."
    assert not rig.fixture.device("1").locked


def test_a_confirmed_device_passes_when_the_target_counts_confirmed_as_passed(
    engine_rig: RigFactory,
) -> None:
    policy = TargetPolicy(
        realm=REALM,
        device_id_rule=DeviceIdRule(IdSource.UUID5, NAMESPACE),
        confirmed_counts_as_pass=True,
    )
    rig = _written_but_not_verified(engine_rig, policy=policy)
    stored = rig.stored_secret("1")
    assert stored is not None
    rig.standin.put_device(REALM, rig.device_id("1"), stored, confirmed=True)
    outcome = rig.provision("1")
    assert outcome.result is Result.RECOVERED, outcome
    assert rig.fixture.device("1").locked


def test_an_inhibited_device_is_a_fail_for_the_supervisor_never_scrap(
    engine_rig: RigFactory,
) -> None:
    rig = _written_but_not_verified(engine_rig)
    rig.standin.set_inhibited(REALM, rig.device_id("1"))
    outcome = rig.provision("1")
    assert outcome.result is Result.FAIL, outcome
    assert outcome.error_class == "device_inhibited"
    assert outcome.message == f"Astarte reports device {rig.device_id('1')} (slot 1) as inhibited."
    assert outcome.action == "Set the device from slot 1 aside for the supervisor."
    assert not rig.fixture.device("1").locked


def test_a_device_still_busy_after_a_lost_write_answer_is_asked_again_until_it_answers(
    engine_rig: RigFactory, caplog: pytest.LogCaptureFixture
) -> None:
    # Busy longer than the write's deadline and the first identify's after it, but well inside
    # the settle window: the station keeps asking, then confirms the write.
    rig = engine_rig(slots=1, faults="slot1:slow=9@write")
    with caplog.at_level(logging.INFO, logger="station.engine.transaction"):
        outcome = rig.transaction("1", write_settle_s=30.0).run()
    assert outcome.result is Result.PASS, outcome
    asked_again = [r for r in caplog.records if "no state yet after write" in r.getMessage()]
    assert asked_again, "the device answered at once: the test proved nothing"
    assert rig.standin_accepts("1")
    assert len(rig.standin.issued_secret_fingerprints()) == 1


def test_a_device_gone_after_a_lost_write_answer_is_an_unknown_outcome(
    engine_rig: RigFactory,
) -> None:
    # The write takes effect, then the device vanishes before answering: the station cannot
    # read what it holds, so the outcome is unknown and the next attempt reads it first.
    rig = engine_rig(slots=1, faults="slot1:unplug=after@write")
    outcome = rig.provision("1")
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "write_unknown"), outcome
    assert outcome.message.startswith(
        "The write to the device in slot 1 may or may not have completed (No answer to write"
    )
    assert "and the device no longer answers (The device in slot 1 " in outcome.message
    assert "disconnected" in outcome.message.rsplit("no longer answers", 1)[1]
    assert outcome.action == (
        "Reseat the device in slot 1 and provision it again: the station reads what was "
        "stored before doing anything else."
    )
    assert rig.fixture.device("1").record is not None


def test_a_bug_of_the_station_mid_attempt_is_an_internal_failure_with_its_step(
    engine_rig: RigFactory, caplog: pytest.LogCaptureFixture
) -> None:
    # A step listener (the UI's) that breaks is the station's own bug: the attempt ends FAIL
    # "internal" at that step, the trace is logged, and nothing after the step is done.
    rig = engine_rig(slots=1)

    def broken(step: Step, device_id: str | None, serial: str | None) -> None:
        if step is Step.REGISTER:
            raise RuntimeError("listener bug")

    with caplog.at_level(logging.ERROR, logger="station.engine.transaction"):
        outcome = rig.transaction("1", on_step=broken).run()
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "internal"), outcome
    assert outcome.message == (
        "The station hit an internal error at 'registering with astarte' in slot 1; the device "
        "was left as it was at that step."
    )
    assert outcome.action == (
        "Provision the device in slot 1 again; if it repeats, report it to the station's "
        "maintainers with the log."
    )
    assert any(r.exc_info for r in caplog.records), "the trace was not logged"
    assert rig.standin.issued_secret_fingerprints() == []
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None and detail.row.error_class == "internal"
