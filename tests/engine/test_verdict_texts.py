"""The message and action a verdict records: each names its slot, and an action is one action
(never "try once more ... Then provision the device again"), never a retry for a unit that
leaves the line."""

from __future__ import annotations

from station.engine.attempt import AlreadyProvisioned, Scrap, verdict
from station.engine.events import Result
from station.errors import StationError
from station.text import Text
from ui.operator.words import plain

STEP = Text.of("step_at.write")
REFUSED_WRITE = StationError(
    "The device refused the write: The device could not program its storage.",
    "Reseat the device and try once more; if it fails again the unit goes to rework.",
    error_class="program_failed",
)


def test_an_action_that_already_retries_gets_no_second_retry() -> None:
    result, _, said, did = verdict(REFUSED_WRITE, "12", STEP, None)
    assert result is Result.FAIL
    message, action = said.english, did.english
    assert message.startswith("Slot 12: ")
    assert action == (
        "Slot 12: Reseat the device and try once more; if it fails again the unit goes to rework."
    )
    # The tile, which says which slot it is, shows the station's action alone.
    assert plain(action) == REFUSED_WRITE.action


def test_an_action_without_a_retry_is_followed_by_one_that_names_the_slot() -> None:
    exc = StationError("The token program failed.", "Check the token program's output.")
    _, _, _, action = verdict(exc, "3", STEP, None)
    assert (
        action.english
        == "Check the token program's output. Then provision the device in slot 3 again."
    )
    _, _, _, bare = verdict(StationError("Lost."), "3", STEP, None)
    assert bare.english == "Provision the device in slot 3 again."


def test_a_unit_that_leaves_the_line_is_not_told_to_be_provisioned_again() -> None:
    scrap = Scrap("Its storage is full.", "Put the device in the SCRAP bin.")
    result, _, _, action = verdict(scrap, "5", STEP, None)
    assert result is Result.SCRAP
    assert action.english == "Slot 5: Put the device in the SCRAP bin."
    done = AlreadyProvisioned("Already provisioned.", "Set the device aside.")
    result, _, _, action = verdict(done, "5", STEP, None)
    assert result is Result.ALREADY_PROVISIONED
    assert "again" not in action.english and action.english == "Slot 5: Set the device aside."
    _, _, _, action = verdict(Scrap("Gone."), "5", STEP, None)
    assert action.english == "Take the device out of slot 5 and put it in the SCRAP bin."
