"""A device that RECOVERED has passed: it is not provisioned again without the override."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from station.engine.events import Result
from station.journal import Journal
from tests.fixtures.engine import REALM, EngineRig

RigFactory = Callable[..., EngineRig]


def _finished(journal: Journal, device_id: str, realm: str, result: str) -> None:
    attempt = journal.begin_attempt(
        slot="1", operator="tester", target_name="plant", realm=realm, pairing_url="https://p"
    )
    journal.update_device(
        attempt,
        device_id=device_id,
        hardware_serial="SN-1",
        model="sim-1",
        firmware="1.0.0",
        storage_kind="otp",
    )
    journal.finish_attempt(attempt, result=result, error_class="", message="", action="")


@pytest.mark.parametrize(
    ("result", "passed"),
    [("PASS", True), ("RECOVERED", True), ("ABORTED", False), ("FAIL", False), ("SCRAP", False)],
)
def test_has_passed_counts_pass_and_recovered_only(
    tmp_path: Path, result: str, passed: bool
) -> None:
    with Journal.open(tmp_path / "journal.db", station_id="s") as journal:
        _finished(journal, "dev-1", "plant1", result)
        assert journal.has_passed("dev-1", "plant1") is passed
        assert not journal.has_passed("dev-1", "plant2")
        assert not journal.has_passed("dev-2", "plant1")


def test_a_recovered_device_is_refused_as_already_passed_and_never_registered_again(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, faults="slot1:unplug@reveal")
    assert rig.provision("1").result is Result.FAIL
    rig.fixture.wait_exit("1")
    rig.fixture.plug("1")
    recovered = rig.provision("1")
    assert recovered.result is Result.RECOVERED, recovered
    assert rig.journal.has_passed(rig.device_id("1"), REALM)
    issued = len(rig.standin.issued_secret_fingerprints())

    again = rig.provision("1")
    assert again.result is Result.ALREADY_PROVISIONED, again
    assert again.error_class == "already_passed"
    assert "supervisor override" in again.action
    # The refusal names the device, and leaves its ID free for the next attempt on any slot.
    assert again.device_id == rig.device_id("1")
    assert rig.claims.claim(rig.device_id("1"), "2") is None
    rig.claims.release(rig.device_id("1"), "2")

    # With the supervisor's override the station looks at the device: it is locked with the
    # credentials it recovered, so it is reported, still without a registration.
    overridden = rig.provision("1", override_passed=True)
    assert overridden.result is Result.ALREADY_PROVISIONED, overridden
    assert len(rig.standin.issued_secret_fingerprints()) == issued
    assert rig.standin_accepts("1")
