"""The recovery table of docs/recovery.md, row by row."""

from __future__ import annotations

import pytest

from station.engine.events import Result, Step
from station.engine.recovery import Plan, StorageDecision, close_interrupted, decide_storage
from station.profiles.base import Identity, StorageKind, StorageState
from station.secret import Secret
from tests.engine.helpers import DEVICE_ID, REALM, identity

OURS = Secret("A" * 43 + "=")
OTHER = Secret("B" * 43 + "=")


def decide(ident: Identity, intent: Secret | None) -> StorageDecision:
    return decide_storage(
        ident,
        device_id=DEVICE_ID,
        realm=REALM,
        intent_fingerprint=intent.fingerprint if intent else None,
    )


@pytest.mark.parametrize("kind", list(StorageKind))
@pytest.mark.parametrize("intent", [None, OURS])
def test_empty_storage_registers_whether_or_not_an_intent_exists(
    kind: StorageKind, intent: Secret | None
) -> None:
    d = decide(identity(kind=kind), intent)
    assert d.plan is Plan.REGISTER
    assert not d.rewrite
    assert ("registered this device" in d.reason) == (intent is not None)


@pytest.mark.parametrize("kind", list(StorageKind))
def test_written_with_the_latest_intent_resumes_at_verification(kind: StorageKind) -> None:
    d = decide(identity(kind=kind, state=StorageState.WRITTEN, stored=OURS), OURS)
    assert d.plan is Plan.RESUME


def test_written_otp_with_an_older_secret_is_scrap_never_registered() -> None:
    # The journal's latest intent is OURS, the device holds OTHER: an older registration whose
    # secret Pairing has since replaced. Registering again could not help: OTP cannot change.
    ident = identity(state=StorageState.WRITTEN, stored=OTHER, record_realm="otherrealm")
    d = decide(ident, OURS)
    assert d.plan is Plan.SCRAP
    assert "Write-once" in d.reason


def test_written_secure_with_another_record_is_registered_again_and_rewritten() -> None:
    ident = identity(
        kind=StorageKind.SECURE, state=StorageState.WRITTEN, stored=OTHER, record_realm="x"
    )
    d = decide(ident, OURS)
    assert d.plan is Plan.REGISTER
    assert d.rewrite


@pytest.mark.parametrize("kind", list(StorageKind))
def test_written_for_this_device_and_realm_without_a_journal_intent_is_checked_with_the_cloud(
    kind: StorageKind,
) -> None:
    # Journal lost (or another station wrote it): the record names this device and realm, so
    # the cloud decides whether it works before anything else happens.
    d = decide(identity(kind=kind, state=StorageState.WRITTEN, stored=OTHER), None)
    assert d.plan is Plan.ADOPT


def test_written_otp_for_another_realm_is_scrap() -> None:
    ident = identity(state=StorageState.WRITTEN, stored=OTHER, record_realm="otherrealm")
    assert decide(ident, None).plan is Plan.SCRAP


@pytest.mark.parametrize("kind", list(StorageKind))
def test_locked_with_the_latest_intent_is_recovered(kind: StorageKind) -> None:
    d = decide(identity(kind=kind, state=StorageState.LOCKED, stored=OURS), OURS)
    assert d.plan is Plan.RECOVERED_LOCKED


def test_locked_with_the_latest_intent_after_a_pass_is_already_provisioned() -> None:
    ident = identity(state=StorageState.LOCKED, stored=OURS)
    d = decide_storage(
        ident,
        device_id=DEVICE_ID,
        realm=REALM,
        intent_fingerprint=OURS.fingerprint,
        passed_before=True,
    )
    assert d.plan is Plan.ALREADY_PROVISIONED
    assert "passed here before" in d.reason


@pytest.mark.parametrize("intent", [None, OURS])
def test_locked_with_another_record_is_already_provisioned(intent: Secret | None) -> None:
    d = decide(identity(state=StorageState.LOCKED, stored=OTHER), intent)
    assert d.plan is Plan.ALREADY_PROVISIONED
    # Not "passed here before": credentials the station never recorded are a different story
    # for QA (another station's, or a unit that should not be on this line).
    assert d.reason == "The device is locked with credentials this station did not record for it."


def test_corrupt_otp_is_scrap_and_corrupt_secure_is_rewritten() -> None:
    otp = decide(identity(state=StorageState.CORRUPT), OURS)
    assert otp.plan is Plan.SCRAP
    assert "partial" in otp.reason
    secure = decide(identity(kind=StorageKind.SECURE, state=StorageState.CORRUPT), OURS)
    assert secure.plan is Plan.REGISTER
    assert secure.rewrite


def test_fingerprint_comparison_ignores_hex_case() -> None:
    ident = identity(state=StorageState.WRITTEN, stored=OURS)
    d = decide_storage(
        ident, device_id=DEVICE_ID, realm=REALM, intent_fingerprint=OURS.fingerprint.upper()
    )
    assert d.plan is Plan.RESUME


@pytest.mark.parametrize("intent_recorded", [False, True])
def test_interrupted_attempts_close_as_aborted_with_the_recovery_action(
    intent_recorded: bool,
) -> None:
    c = close_interrupted(
        slot="3", last_completed=Step.RECORD_INTENT, intent_recorded=intent_recorded
    )
    assert c.result is Result.ABORTED
    assert c.error_class == "interrupted"
    if intent_recorded:
        assert (c.message, c.action) == (
            "The station stopped after 'recording in journal' (or a later step), after recording "
            "the intent to write credentials.",
            "Provision the device from slot 3 again (in any slot): the station checks what "
            "reached its storage and resumes or registers again as needed.",
        )
    else:
        assert (c.message, c.action) == (
            "The station stopped after 'recording in journal' (or a later step); nothing was "
            "written to the device.",
            "Provision the device in slot 3 again.",
        )


@pytest.mark.parametrize("intent_recorded", [False, True])
def test_interrupted_before_any_step(intent_recorded: bool) -> None:
    c = close_interrupted(slot="1", last_completed=None, intent_recorded=intent_recorded)
    assert c.message.startswith("The station stopped before its first journaled step")
