"""The transaction's own decisions, asserted through `Transaction.run()` over the real pieces
(simulated devices on ptys, the Pairing stand-in over HTTPS, the SQLite journal): a device ID
another slot holds, the slot its messages name, an abort as the registration starts, and the
crash matrix's kill during the write."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from station.engine.crashpoints import ENV, EXIT_CODE, CrashPoint
from station.engine.events import Result, Step
from station.engine.policy import DeviceIdRule, IdSource, TargetPolicy
from station.engine.transaction import Transaction
from station.journal import Journal
from station.profiles.base import StorageKind
from tests.fixtures.engine import REALM, EngineRig

RigFactory = Callable[..., EngineRig]


def test_a_device_id_another_slot_holds_is_refused_by_the_transaction(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1)
    device_id = rig.device_id("1")
    assert rig.claims.claim(device_id, "7") is None  # slot 7 is provisioning the same ID
    issued = len(rig.standin.issued_secret_fingerprints())

    outcome = rig.provision("1")

    assert outcome.result is Result.FAIL, outcome
    assert outcome.error_class == "duplicate_device"
    assert outcome.text.english == (
        f"Device {device_id} in slot 1 is being provisioned in slot 7 right now."
    )
    assert "Remove the device from slot 1" in outcome.action_text.english
    # The claim is slot 7's: the attempt neither names the ID as its own nor releases it.
    assert outcome.device_id is None
    assert rig.claims.claim(device_id, "1") == "7"
    # Nothing irreversible happened: no registration, nothing written, the step that refused
    # is the policy.
    assert len(rig.standin.issued_secret_fingerprints()) == issued
    assert rig.stored_secret("1") is None
    assert not rig.fixture.device("1").locked
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert detail.row.result == "FAIL"
    assert detail.row.error_class == "duplicate_device"
    assert [s.step for s in detail.steps][-1] == Step.POLICY.value
    assert not detail.steps[-1].ok
    assert not detail.intents


def test_the_device_id_is_held_for_the_slot_while_the_attempt_runs_then_freed(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1)
    device_id = rig.device_id("1")
    held_during: list[str | None] = []

    def on_step(step: Step, device: str | None, serial: str | None) -> None:
        if step is Step.REGISTER:  # past the policy: the ID is this attempt's now
            held_during.append(rig.claims.claim(device_id, "2"))

    outcome = rig.provision("1", on_step=on_step)
    assert outcome.result is Result.PASS, outcome
    assert held_during == ["1"]  # another slot asking meanwhile is told slot 1 holds it
    assert rig.claims.claim(device_id, "2") is None  # released with the attempt's end
    rig.claims.release(device_id, "2")


def test_a_device_id_that_cannot_be_decided_names_the_slot(engine_rig: RigFactory) -> None:
    # The target takes the ID from the device, and the simulated devices do not report one.
    policy = TargetPolicy(
        realm=REALM,
        device_id_rule=DeviceIdRule(IdSource.DEVICE),
        accepted_storage=frozenset(StorageKind),
    )
    rig = engine_rig(slots=1, policy=policy)
    outcome = rig.provision("1")
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "no_device_id"), outcome
    assert outcome.text.english == (
        "The device in slot 1 did not report an Astarte device ID, and this target takes the "
        "ID from the device."
    )
    assert outcome.action_text.english.startswith("Check the firmware of the device in slot 1,")
    assert outcome.device_id is None
    assert rig.standin.issued_secret_fingerprints() == []


def test_an_abort_as_the_registration_starts_sends_nothing_to_pairing(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1)
    holder: list[Transaction] = []

    def on_step(step: Step, device: str | None, serial: str | None) -> None:
        if step is Step.REGISTER:
            holder[0].abort()

    tx = rig.transaction("1", on_step=on_step)
    holder.append(tx)
    outcome = tx.run()
    assert outcome.result is Result.ABORTED, outcome
    assert outcome.text.english.startswith("Stopped by the operator at '"), outcome.text
    # The registration's wait for its place, and its request, both take the abort: Pairing
    # never heard of the device, and no secret was minted for it.
    assert rig.standin.device_state(REALM, rig.device_id("1")) is None
    assert rig.standin.issued_secret_fingerprints() == []
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert [s.step for s in detail.steps][-1] == Step.REGISTER.value
    assert not detail.intents


def test_the_during_write_crash_point_fires_while_the_write_is_in_flight(
    engine_rig: RigFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The crash matrix (tests/e2e/test_crash_matrix.py) kills the station here; in-process the
    # kill is recorded instead, with the step the attempt was at when it came.
    rig = engine_rig(slots=1, faults="slow=0.5@write")
    holder: list[Transaction] = []
    kills: list[tuple[int, Step | None]] = []
    fired = threading.Event()

    def exit_instead(code: int) -> None:
        kills.append((code, holder[0].current_step))
        fired.set()

    monkeypatch.setenv(ENV, f"{CrashPoint.DURING_WRITE.value}:1")
    monkeypatch.setattr(os, "_exit", exit_instead)
    tx = rig.transaction("1")
    holder.append(tx)
    outcome = tx.run()
    assert fired.wait(5), "the during_write crash point never fired"
    assert kills == [(EXIT_CODE, Step.WRITE)]
    assert outcome.result is Result.PASS, outcome


class _Killed(BaseException):
    """What the crash hook's os._exit does here instead of ending the test process: like a
    kill, nothing in the transaction catches it."""


# Where each kill lands: the step the attempt is at, whether the device holds a record and is
# locked, and how many intents the journal holds for the attempt.
_KILLED_AT = {
    CrashPoint.AFTER_REGISTER: (Step.REGISTER, False, False, 0),
    CrashPoint.AFTER_INTENT: (Step.RECORD_INTENT, False, False, 1),
    CrashPoint.AFTER_WRITE: (Step.WRITE, True, False, 1),
    CrashPoint.AFTER_READ_BACK: (Step.READ_BACK, True, False, 1),
    CrashPoint.AFTER_VERIFY: (Step.VERIFY_CLOUD, True, False, 1),
    CrashPoint.AFTER_LOCK: (Step.LOCK, True, True, 1),
    CrashPoint.BEFORE_FINISH: (Step.LOCK, True, True, 1),
}


def _kill_instead_of_exit(monkeypatch: pytest.MonkeyPatch, point: CrashPoint) -> list[int]:
    codes: list[int] = []

    def killed(code: int) -> None:
        codes.append(code)
        raise _Killed

    monkeypatch.setenv(ENV, f"{point.value}:1")
    monkeypatch.setattr(os, "_exit", killed)
    return codes


@pytest.mark.parametrize("point", list(_KILLED_AT))
def test_each_crash_point_kills_the_attempt_where_the_crash_matrix_expects(
    engine_rig: RigFactory, monkeypatch: pytest.MonkeyPatch, point: CrashPoint
) -> None:
    step, written, locked, intents = _KILLED_AT[point]
    rig = engine_rig(slots=1)
    codes = _kill_instead_of_exit(monkeypatch, point)
    tx = rig.transaction("1")
    with pytest.raises(_Killed):
        tx.run()
    assert codes == [EXIT_CODE]
    assert tx.current_step is step
    device = rig.fixture.device("1")
    assert (device.record is not None, device.locked) == (written, locked)
    # Registered at Pairing before every point; the attempt is never finished.
    assert rig.standin.device_state(REALM, rig.device_id("1")) is not None
    detail = rig.journal.attempt(tx.attempt_id)
    assert detail is not None
    assert detail.row.result is None
    assert len(detail.intents) == intents


def test_the_after_lock_crash_point_kills_a_recovering_attempt_after_its_lock(
    engine_rig: RigFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The device holds the journal's intent (the first attempt lost it at reveal): the next
    # attempt resumes it without registering, and locks it.
    rig = engine_rig(slots=1, faults="slot1:unplug@reveal")
    assert rig.provision("1").result is Result.FAIL
    rig.fixture.wait_exit("1")
    rig.fixture.plug("1")
    issued = len(rig.standin.issued_secret_fingerprints())
    codes = _kill_instead_of_exit(monkeypatch, CrashPoint.AFTER_LOCK)
    tx = rig.transaction("1")
    with pytest.raises(_Killed):
        tx.run()
    assert codes == [EXIT_CODE]
    assert tx.current_step is Step.LOCK
    assert rig.fixture.device("1").locked
    assert len(rig.standin.issued_secret_fingerprints()) == issued


def test_a_transaction_runs_only_on_the_thread_that_built_it(engine_rig: RigFactory) -> None:
    rig = engine_rig(slots=1)
    tx = rig.transaction("1")
    raised: list[BaseException] = []

    def elsewhere() -> None:
        try:
            tx.run()
        except AssertionError as exc:
            raised.append(exc)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join(30)
    assert [str(e) for e in raised] == ["a transaction runs on its slot's thread"]
    assert rig.journal.unfinished_attempts() == []  # refused before anything was journaled
    assert rig.fixture.device("1").record is None


def test_a_pass_and_a_recovery_carry_no_error_class_and_no_action(engine_rig: RigFactory) -> None:
    rig = engine_rig(slots=2, faults="slot2:unplug@reveal")
    passed = rig.provision("1")
    assert passed.result is Result.PASS, passed
    assert (passed.error_class, passed.text.english, passed.action_text.english) == (
        "",
        "Provisioned.",
        "",
    )
    lost = rig.provision("2")
    assert lost.result is Result.FAIL
    rig.fixture.wait_exit("2")
    rig.fixture.plug("2")
    recovered = rig.provision("2")
    assert recovered.result is Result.RECOVERED, recovered
    assert (recovered.error_class, recovered.text.english, recovered.action_text.english) == (
        "",
        "",
        "",
    )
    for outcome, intent_of in ((passed, passed), (recovered, lost)):
        detail = rig.journal.attempt(outcome.attempt_id)
        intended = rig.journal.attempt(intent_of.attempt_id)
        assert detail is not None and intended is not None
        assert (detail.row.error_class, detail.row.action) == ("", "")
        # The secret the device holds: the one its (first) attempt set out to write.
        assert detail.row.fingerprint == intended.intents[0].fingerprint


def test_an_attempt_whose_port_cannot_be_opened_records_no_device_and_no_link(
    engine_rig: RigFactory, tmp_path: Path
) -> None:
    rig = engine_rig(slots=1)
    tx = rig.transaction("1")
    tx.port = str(tmp_path / "no-such-port")
    assert tx.current_step is None  # nothing started yet
    outcome = tx.run()
    assert tx.current_step is Step.CONNECT
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "port_not_found"), outcome
    assert outcome.text.english == f"Serial slot 1's port {tx.port} does not exist."
    assert (outcome.device_id, outcome.hardware_serial) == (None, None)
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert [s.step for s in detail.steps] == [Step.CONNECT.value]
    assert (detail.console_excerpt, detail.link_stats) == ("", {})
    assert detail.row.fingerprint is None
    # Who, where and for which target, and the verdict as the operator read it.
    row = detail.row
    assert (row.slot, row.operator, row.target_name, row.realm, row.pairing_url) == (
        "1",
        "tester",
        "plant",
        REALM,
        rig.standin.base_url,
    )
    assert (row.result, row.error_class) == ("FAIL", "port_not_found")
    assert (row.message, row.action) == (outcome.text.english, outcome.action_text.english)


def _registered_elsewhere(rig: EngineRig) -> None:
    """Another registration of the slot's device at Pairing (another station, a person with
    the realm's tools): the secret issued before no longer works."""
    rig.pairing.register(rig.device_id("1"))


@pytest.mark.parametrize(
    ("storage", "expected"),
    [
        (
            "otp",
            (
                Result.SCRAP,
                "scrap",
                "Astarte rejected the secret just written to the write-once storage of device "
                "{d} in slot 1 (it was registered again elsewhere meanwhile).",
                "Take the device out of slot 1 and put it in the SCRAP bin.",
            ),
        ),
        (
            "secure",
            (
                Result.FAIL,
                "secret_rejected",
                "Astarte rejected the secret just written to device {d} in slot 1 (it was "
                "registered again elsewhere meanwhile).",
                "Provision the device in slot 1 again.",
            ),
        ),
    ],
)
def test_a_secret_replaced_at_pairing_before_the_cloud_check_is_never_a_pass(
    engine_rig: RigFactory, storage: str, expected: tuple[Result, str, str, str]
) -> None:
    result, error_class, message, action = expected
    rig = engine_rig(slots=1, storage=storage)

    def on_step(step: Step, device: str | None, serial: str | None) -> None:
        if step is Step.VERIFY_CLOUD:
            _registered_elsewhere(rig)

    outcome = rig.provision("1", on_step=on_step)
    assert (outcome.result, outcome.error_class) == (result, error_class), outcome
    assert outcome.text.english == message.format(d=rig.device_id("1"))
    assert outcome.action_text.english == action
    assert not rig.fixture.device("1").locked


def test_write_once_storage_holding_a_secret_pairing_no_longer_accepts_is_scrap(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, faults="slot1:unplug@reveal")
    assert rig.provision("1").result is Result.FAIL  # the device holds the journal's intent
    rig.fixture.wait_exit("1")
    _registered_elsewhere(rig)
    rig.fixture.plug("1")
    issued = len(rig.standin.issued_secret_fingerprints())
    outcome = rig.provision("1")
    assert (outcome.result, outcome.error_class) == (Result.SCRAP, "scrap"), outcome
    assert outcome.text.english == (
        f"Astarte no longer accepts the secret in the write-once storage of device "
        f"{rig.device_id('1')} in slot 1; it can never hold a working one."
    )
    assert (
        outcome.action_text.english == "Take the device out of slot 1 and put it in the SCRAP bin."
    )
    assert len(rig.standin.issued_secret_fingerprints()) == issued  # never registered again
    assert not rig.fixture.device("1").locked


def test_a_device_locked_before_its_attempt_was_closed_is_recovered_with_its_fingerprint(
    engine_rig: RigFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = engine_rig(slots=1)
    _kill_instead_of_exit(monkeypatch, CrashPoint.AFTER_LOCK)
    killed = rig.transaction("1")
    with pytest.raises(_Killed):
        killed.run()
    monkeypatch.delenv(ENV)
    first = rig.journal.attempt(killed.attempt_id)
    assert first is not None
    (intent,) = first.intents
    issued = len(rig.standin.issued_secret_fingerprints())
    outcome = rig.provision("1")
    assert outcome.result is Result.RECOVERED, outcome
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert detail.row.fingerprint == intent.fingerprint
    assert [s.step for s in detail.steps][-1] == Step.POLICY.value  # nothing after the decision
    assert len(rig.standin.issued_secret_fingerprints()) == issued


def test_a_half_burnt_write_once_device_is_scrap_naming_its_slot(engine_rig: RigFactory) -> None:
    rig = engine_rig(slots=1, faults="slot1:power_cut@write")
    assert rig.provision("1").result is Result.FAIL
    rig.fixture.wait_exit("1")
    rig.fixture.plug("1")
    outcome = rig.provision("1")
    assert (outcome.result, outcome.error_class) == (Result.SCRAP, "scrap"), outcome
    assert outcome.text.english == (
        f"Device {rig.device_id('1')} in slot 1: Write-once storage holds a partial record "
        "(power was lost while programming)."
    )
    assert outcome.action_text.english == (
        "Take the device out of slot 1 and put it in the SCRAP bin; it was not registered."
    )


def test_a_stored_secret_this_journal_never_wrote_is_adopted_with_an_intent_of_its_own(
    engine_rig: RigFactory, tmp_path: Path
) -> None:
    rig = engine_rig(slots=1, storage="secure", faults="slot1:unplug@reveal")
    first = rig.provision("1")
    assert first.error_class == "disconnected"  # written, then pulled
    before = rig.journal.attempt(first.attempt_id)
    assert before is not None
    (written,) = before.intents
    rig.fixture.wait_exit("1")
    rig.fixture.plug("1")
    # Another station's journal: it never set out to write what the device holds.
    rig.journal.close()
    rig.journal = Journal.open(tmp_path / "other.db", station_id="other-station")
    issued = len(rig.standin.issued_secret_fingerprints())
    outcome = rig.provision("1")
    assert outcome.result is Result.RECOVERED, outcome
    assert len(rig.standin.issued_secret_fingerprints()) == issued  # not registered again
    assert rig.fixture.device("1").locked
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert [s.step for s in detail.steps] == [
        Step.CONNECT.value, Step.IDENTIFY.value, Step.POLICY.value,
        Step.VERIFY_CLOUD.value, Step.RECORD_INTENT.value, Step.LOCK.value,
    ]  # fmt: skip
    (adopted,) = detail.intents
    assert (adopted.device_id, adopted.realm, adopted.fingerprint) == (
        rig.device_id("1"),
        REALM,
        written.fingerprint,
    )
    assert detail.row.fingerprint == written.fingerprint
    assert rig.journal.latest_intent_fingerprint(rig.device_id("1"), REALM) == written.fingerprint


def test_the_after_finish_crash_point_kills_the_attempt_once_its_result_is_journaled(
    engine_rig: RigFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = engine_rig(slots=1)
    codes = _kill_instead_of_exit(monkeypatch, CrashPoint.AFTER_FINISH)
    tx = rig.transaction("1")
    with pytest.raises(_Killed):
        tx.run()
    assert codes == [EXIT_CODE]
    assert rig.fixture.device("1").locked
    detail = rig.journal.attempt(tx.attempt_id)
    assert detail is not None
    assert detail.row.result == "PASS"  # the finish record is on disk before the kill
