"""The transaction over the real pieces: simulated devices on ptys, the Pairing stand-in over
HTTPS, the SQLite journal."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from station.engine.events import Result, Step
from station.engine.journaling import JournalAttemptLog
from station.engine.transaction import Transaction
from station.journal import verify
from station.profiles.base import StorageKind
from tests.fixtures.engine import REALM, EngineRig

RigFactory = Callable[..., EngineRig]


def test_a_fresh_otp_device_passes_and_holds_a_secret_pairing_accepts(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1)
    outcome = rig.provision("1")
    assert outcome.result is Result.PASS, outcome
    assert outcome.device_id == rig.device_id("1")
    assert set(outcome.step_durations_s) == {s.value for s in Step}
    state = rig.standin.device_state(REALM, outcome.device_id)
    assert state is not None and state.status == "pending"
    assert rig.standin_accepts("1")
    device = rig.fixture.device("1")
    assert device.locked
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert detail.row.result == "PASS"
    assert [s.step for s in detail.steps] == [s.value for s in Step]
    assert all(s.ok for s in detail.steps)
    secret = rig.stored_secret("1")
    assert secret is not None
    assert detail.row.fingerprint is not None
    assert len(detail.intents) == 1
    assert verify(rig.journal.path).ok


def test_second_attempt_on_a_passed_device_is_refused_without_touching_anything(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1)
    assert rig.provision("1").result is Result.PASS
    issued = len(rig.standin.issued_secret_fingerprints())
    again = rig.provision("1")
    assert again.result is Result.ALREADY_PROVISIONED
    assert again.error_class == "already_passed"
    assert "slot 1" in again.action
    assert len(rig.standin.issued_secret_fingerprints()) == issued
    # A supervisor override gets past the policy, and the locked storage then says it all.
    forced = rig.provision("1", override_passed=True)
    assert forced.result is Result.ALREADY_PROVISIONED
    assert len(rig.standin.issued_secret_fingerprints()) == issued


def test_secure_storage_device_passes(engine_rig: RigFactory) -> None:
    rig = engine_rig(slots=1, storage="secure")
    outcome = rig.provision("1")
    assert outcome.result is Result.PASS, outcome
    assert rig.fixture.device("1").storage is StorageKind.SECURE
    assert rig.standin_accepts("1")


def test_the_targets_initial_introspection_goes_with_the_registration(
    engine_rig: Callable[..., EngineRig],
) -> None:
    rig = engine_rig(slots=1)
    introspection = {"org.example.Sensor": (1, 2)}
    target = dataclasses.replace(rig.target, initial_introspection=introspection)
    outcome = Transaction(
        slot="1", port=rig.fixture.ports["1"], baud=115200, target=target,
        journal=JournalAttemptLog(rig.journal), operator="tester", profile=rig.profile,
        claims=rig.claims,
    ).run()  # fmt: skip
    assert outcome.result is Result.PASS, outcome
    state = rig.standin.device_state(REALM, rig.device_id("1"))
    assert state is not None and state.introspection == {"org.example.Sensor": (1, 2)}
