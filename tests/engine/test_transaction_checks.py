"""What the transaction does around its decision and its end, over the real pieces (simulated
devices on ptys, the Pairing stand-in over HTTPS, the SQLite journal): a device the policy
refuses is still named and its ID freed, and a PASS of a target with check-scan is held for
its label, asked for by the unit's printed serial, and journaled with the label's verdict."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable

from station.engine.check_scan import CheckVerdict, LabelChecks
from station.engine.events import Result, Step
from station.engine.journaling import JournalAttemptLog
from station.engine.transaction import Transaction
from station.text import Text
from tests.fixtures.engine import EngineRig

RigFactory = Callable[..., EngineRig]

# Seen by the label checks' listener: (slot, waiting, unit named).
Seen = list[tuple[str, bool, str]]


def test_a_device_the_policy_refuses_is_named_and_its_id_freed_for_the_next_slot(
    engine_rig: RigFactory,
) -> None:
    # The device ID is decided before the policy refuses: the result names it, and the claim
    # the attempt took on it is released, or the unit could never be tried in another slot.
    rig = engine_rig(slots=1)
    assert rig.provision("1").result is Result.PASS
    device_id = rig.device_id("1")
    again = rig.provision("1")
    assert (again.result, again.error_class) == (Result.ALREADY_PROVISIONED, "already_passed")
    assert again.device_id == device_id
    assert rig.claims.claim(device_id, "2") is None  # free: slot 2 takes it
    rig.claims.release(device_id, "2")


def _with_checks(rig: EngineRig, checks: LabelChecks, slot: str = "1") -> Transaction:
    target = dataclasses.replace(rig.target, checks=checks)
    return Transaction(
        slot=slot, port=rig.fixture.ports[slot], baud=115200, target=target,
        journal=JournalAttemptLog(rig.journal), operator="tester", profile=rig.profile,
        claims=rig.claims,
    )  # fmt: skip


def _listen(checks: LabelChecks) -> Seen:
    seen: Seen = []
    checks.set_listener(lambda slot, waiting, unit: seen.append((slot, waiting, str(unit))))
    return seen


def test_a_pass_is_held_for_its_label_named_by_its_serial_and_passes_once_it_checks_out(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1)
    checks = LabelChecks(timeout_s=30)
    seen = _listen(checks)
    given: list[bool] = []

    def scan_back() -> None:
        while checks.waiting() != ["1"]:
            threading.Event().wait(0.02)
        given.append(checks.give("1", CheckVerdict(True)))

    scanner = threading.Thread(target=scan_back, daemon=True)
    scanner.start()
    outcome = _with_checks(rig, checks).run()
    scanner.join(5)
    assert given == [True], "the attempt never waited for its label"
    assert (outcome.result, outcome.error_class) == (Result.PASS, ""), outcome
    assert outcome.text == Text.of("check_scan.passed")
    # The operator is asked for the label by what is printed on it: the unit's serial.
    serial = outcome.hardware_serial
    assert serial and serial != outcome.device_id
    assert seen == [("1", True, serial), ("1", False, serial)]
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert (detail.row.result, detail.row.message) == ("PASS", outcome.text.english)


def test_a_pass_whose_label_is_never_scanned_is_journaled_as_failed_naming_its_serial(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1)
    checks = LabelChecks(timeout_s=0.5)
    seen = _listen(checks)
    outcome = _with_checks(rig, checks).run()
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "label_check_timeout"), outcome
    serial = outcome.hardware_serial
    assert serial is not None
    assert outcome.text.english == (
        f"Slot 1: {serial} was provisioned, but its label was not scanned back within 0.5 s, "
        "so it is not checked."
    )
    assert [unit for _, _, unit in seen] == [serial, serial]
    # The device itself was provisioned: every step passed and it is locked; only the
    # attempt's result says the label failed.
    assert rig.fixture.device("1").locked
    assert rig.standin_accepts("1")
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert (detail.row.result, detail.row.error_class) == ("FAIL", "label_check_timeout")
    assert detail.row.message == outcome.text.english
    assert [s.step for s in detail.steps] == [s.value for s in Step]
    assert all(s.ok for s in detail.steps)


def test_an_attempt_that_did_not_pass_never_waits_for_a_label(engine_rig: RigFactory) -> None:
    rig = engine_rig(slots=1)
    device_id = rig.device_id("1")
    assert rig.claims.claim(device_id, "7") is None  # slot 7 is provisioning the same ID
    checks = LabelChecks(timeout_s=0.5)
    seen = _listen(checks)
    outcome = _with_checks(rig, checks).run()
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "duplicate_device"), outcome
    assert seen == []
