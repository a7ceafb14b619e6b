"""A device that lies (stores, reports or reveals something other than what it was sent, or
changes its identity) never passes: each lie ends FAIL or SCRAP with its own error class, the
action names the slot, the journal says at which step and why, and nothing is locked.

These are the checks that matter only when firmware lies; each test names the check it proves
(deleting that check makes the test fail):
- the read-back compares the device's digest with the intent (`Transaction._read_back`);
- the revealed secret is compared with the digest (`Transaction._reveal_checked`);
- after a lost write answer, WRITTEN counts only with the intent's digest (`Transaction._write`);
- every identify after the first names the same device (`Transaction._same_device`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from station.cancel import CancelToken
from station.engine.attempt import Outcome
from station.engine.events import Result, Step
from station.engine.policy import DeviceIdRule, IdSource, TargetPolicy
from station.journal import verify
from station.profiles.base import ProvisioningRecord, StorageKind, StorageState
from station.profiles.smp.client import DeviceClient
from station.secret import Secret
from tests.fixtures.engine import REALM, EngineRig

RigFactory = Callable[..., EngineRig]


def _failed_step(rig: EngineRig, outcome: Outcome) -> tuple[str, str]:
    """The journal's failed step of the attempt and its detail."""
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert detail.row.result == outcome.result.value
    assert detail.row.error_class == outcome.error_class
    failed = [s for s in detail.steps if not s.ok]
    assert len(failed) == 1, detail.steps
    assert failed[0].detail == outcome.message.removeprefix("Slot 1: "), failed
    return failed[0].step, failed[0].detail


def _never_passed(rig: EngineRig, outcome: Outcome) -> None:
    assert outcome.result in (Result.FAIL, Result.SCRAP), outcome
    assert "slot 1" in outcome.action.lower(), outcome
    device = rig.fixture.device("1")
    assert not device.locked  # a device that lied is never locked
    assert verify(rig.journal.path).ok


@pytest.mark.parametrize("how", ["bit", "whole"])
@pytest.mark.parametrize("storage", ["otp", "secure"])
def test_a_device_storing_another_secret_fails_the_read_back(
    engine_rig: RigFactory, storage: str, how: str
) -> None:
    rig = engine_rig(slots=1, storage=storage, faults=f"store_other={how}")
    outcome = rig.provision("1")
    _never_passed(rig, outcome)
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "read_back_mismatch")
    step, detail = _failed_step(rig, outcome)
    assert step == Step.READ_BACK.value
    assert "digest that is not the secret just written" in detail
    # What it stores is really not what Pairing issued (the fault did happen).
    [issued] = rig.standin.issued_secrets()
    stored = rig.stored_secret("1")
    assert stored is not None and stored != issued.reveal()
    assert not rig.standin_accepts("1")
    assert rig.fixture.device("1").state is StorageState.WRITTEN


def test_write_once_storage_holding_another_secret_is_scrap_on_the_next_attempt(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, storage="otp", faults="store_other=bit")
    assert rig.provision("1").error_class == "read_back_mismatch"
    rig.fixture.set_faults("")
    issued = len(rig.standin.issued_secret_fingerprints())
    again = rig.provision("1")
    assert again.result is Result.SCRAP, again
    assert len(rig.standin.issued_secret_fingerprints()) == issued  # never registered again
    assert "scrap" in again.action.lower()


def test_rewritable_storage_holding_another_secret_is_rewritten_on_the_next_attempt(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, storage="secure", faults="store_other=whole")
    assert rig.provision("1").error_class == "read_back_mismatch"
    rig.fixture.set_faults("")
    again = rig.provision("1")
    assert again.result is Result.PASS, again
    assert rig.standin_accepts("1")


@pytest.mark.parametrize("storage", ["otp", "secure"])
def test_a_device_reporting_a_digest_of_something_else_fails_the_read_back(
    engine_rig: RigFactory, storage: str
) -> None:
    """Catches a read-back that checks only WRITTEN: the device stores the right secret and
    reveals it, so every later check would pass; only the digest tells the lie."""
    rig = engine_rig(slots=1, storage=storage, faults="digest_lie")
    outcome = rig.provision("1")
    _never_passed(rig, outcome)
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "read_back_mismatch")
    assert _failed_step(rig, outcome)[0] == Step.READ_BACK.value
    # It did store the issued secret: the lie is only in the digest it reports.
    [issued] = rig.standin.issued_secrets()
    assert rig.stored_secret("1") == issued.reveal()
    assert rig.standin_accepts("1")


@pytest.mark.parametrize("how", ["bit", "whole"])
@pytest.mark.parametrize("storage", ["otp", "secure"])
def test_a_device_revealing_another_secret_fails_at_the_reveal(
    engine_rig: RigFactory, storage: str, how: str
) -> None:
    """Catches a reveal check that never raises: the cloud check would then reject the wrong
    secret and call the unit SCRAP (OTP) or rejected by Astarte, both false."""
    rig = engine_rig(slots=1, storage=storage, faults=f"reveal_other={how}")
    outcome = rig.provision("1")
    _never_passed(rig, outcome)
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "reveal_mismatch")
    step, detail = _failed_step(rig, outcome)
    assert step == Step.VERIFY_CLOUD.value
    assert "revealed a secret that does not match" in detail
    assert outcome.message == (
        "The device in slot 1 revealed a secret that does not match the digest it reports."
    )
    assert outcome.action == "Set the device from slot 1 aside for a firmware check."
    assert rig.standin_accepts("1")  # the storage is right; only the firmware's reveal lies


@pytest.mark.parametrize("storage", ["otp", "secure"])
def test_written_after_a_lost_write_answer_while_holding_another_secret_fails_at_the_write(
    engine_rig: RigFactory, storage: str
) -> None:
    """Catches accepting any WRITTEN device after a lost write answer."""
    rig = engine_rig(slots=1, storage=storage, faults="store_other=whole,noreply=after@write")
    outcome = rig.provision("1")
    _never_passed(rig, outcome)
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "write_interrupted")
    step, detail = _failed_step(rig, outcome)
    assert step == Step.WRITE.value
    assert "holds a secret other than the one just written" in detail
    assert rig.fixture.device("1").state is StorageState.WRITTEN
    assert not rig.standin_accepts("1")
    assert len(rig.standin.issued_secret_fingerprints()) == 1


@pytest.mark.parametrize(("what", "named"), [("hwid", "hardware ID"), ("device_id", "device ID")])
def test_a_device_whose_identity_changes_between_identify_calls_fails(
    engine_rig: RigFactory, what: str, named: str
) -> None:
    # A device that supplies its own device ID is provisioned under that ID.
    options: dict[str, object] = {}
    if what == "device_id":
        options = {
            "device_ids": True,
            "policy": TargetPolicy(
                realm=REALM,
                device_id_rule=DeviceIdRule(IdSource.DEVICE),
                accepted_storage=frozenset(StorageKind),
            ),
        }
    rig = engine_rig(slots=1, storage="secure", faults=f"drift={what}", **options)
    outcome = rig.provision("1")
    _never_passed(rig, outcome)
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "identity_changed")
    step, detail = _failed_step(rig, outcome)
    assert step == Step.READ_BACK.value
    assert f"its {named} was" in detail
    assert "firmware check" in outcome.action


def test_identity_change_is_caught_after_a_lost_write_answer_too(engine_rig: RigFactory) -> None:
    rig = engine_rig(slots=1, storage="secure", faults="drift=hwid,noreply=after@write")
    outcome = rig.provision("1")
    _never_passed(rig, outcome)
    assert (outcome.error_class, _failed_step(rig, outcome)[0]) == (
        "identity_changed",
        Step.WRITE.value,
    )
    # The verdict is the device's own, naming its slot (not one the station added in front).
    assert outcome.message.startswith(
        "The device in slot 1 changed its identity during the attempt: its hardware ID was "
    ), outcome.message
    assert outcome.action == (
        "Set the device from slot 1 aside for a firmware check; if it was swapped during the "
        "attempt, provision the device in the slot again."
    )


def test_the_lies_are_played_as_described(engine_rig: RigFactory) -> None:
    """The simulator's side: what each lie changes, seen from the device's own state."""
    rig = engine_rig(slots=1, storage="secure", faults="digest_lie,reveal_other=bit")
    secret = Secret("A" * 22 + "B" * 22)
    record = ProvisioningRecord(rig.device_id("1"), "plant1", "https://p.example", secret)
    with DeviceClient.open(
        rig.fixture.ports["1"], baud=115200, cancel=CancelToken(), slot="1"
    ) as client:
        client.write(record)
        identity = client.identify()
        revealed = client.reveal()
    assert rig.stored_secret("1") == secret.reveal()
    assert identity.secret_digest is not None and not secret.matches_digest(identity.secret_digest)
    assert revealed.reveal() != secret.reveal()
    assert sum(a != b for a, b in zip(revealed.reveal(), secret.reveal(), strict=True)) == 1
