"""What the zephyr-mcumgr-fs profile makes of `hwinfo devid` answers it must not trust: the real
profile against simulated stock Zephyr devices (own processes, real ptys), each refusal asserted
word for word, since the operator acts on it and the journal keeps it."""

from __future__ import annotations

import pytest

from station.cancel import CancelToken
from station.errors import StationError
from station.profiles import open_profile
from tests.fixtures.sim import SimFactory

UNREADABLE_ACTION = (
    "Set the device from slot 1 aside for a firmware check: its hwinfo driver must give the "
    "chip's unique ID (docs/zephyr.md)."
)
NO_HWINFO_ACTION = (
    "Set the device from slot 1 aside. The firmware team must build it with CONFIG_HWINFO=y "
    'and CONFIG_HWINFO_SHELL=y, or the supervisor sets identity = "label_scan" in '
    "[profiles.zephyr-mcumgr-fs] so each unit is identified by the serial scanned from its "
    "label (docs/zephyr.md)."
)


def _identify_refused(sim_fixture: SimFactory, trait: str) -> StationError:
    """The error the profile's identify raises on a device with `trait`, over its pty."""
    fx = sim_fixture(slots=1, chatter=0, firmware=f"zephyr:{trait}")
    profile = open_profile("zephyr-mcumgr-fs", {})
    with (
        profile.open(fx.ports["1"], baud=115200, cancel=CancelToken(), slot="1") as session,
        pytest.raises(StationError) as caught,
    ):
        session.identify()
    return caught.value


def _unreadable(shown: str, status: int) -> str:
    return (
        f"'hwinfo devid' on the device in slot 1 printed {shown!r} (status {status}), not the "
        "'Length: N' and 'ID: 0x...' lines the station reads the hardware ID from."
    )


def test_a_well_formed_id_with_a_failed_status_is_not_taken(sim_fixture: SimFactory) -> None:
    # The driver printed an ID but said the read failed: the ID may be a stale buffer, so the
    # unit is not named by it.
    error = _identify_refused(sim_fixture, "hwinfo_bad_status")
    assert error.error_class == "zephyr_hwinfo_unreadable"
    assert error.message.startswith("'hwinfo devid' on the device in slot 1 printed 'Length: ")
    assert error.message.endswith(
        " (status -5), not the 'Length: N' and 'ID: 0x...' lines the station reads the "
        "hardware ID from."
    )
    assert error.action == UNREADABLE_ACTION


@pytest.mark.parametrize("trait", ["no_hwinfo_ret0", "no_hwinfo_ret1", "no_hwinfo"])
def test_command_not_found_is_a_missing_hwinfo_whatever_the_status(
    sim_fixture: SimFactory, trait: str
) -> None:
    # "command not found" is the shell without hwinfo, whatever status the backend passed on
    # (Zephyr's -ENOEXEC, or 0 or 1): the supervisor is told the Kconfig option and the
    # label_scan way, not that the output was odd.
    error = _identify_refused(sim_fixture, trait)
    assert error.error_class == "zephyr_no_hwinfo"
    assert error.message == (
        "The shell of the device in slot 1 has no 'hwinfo' command, so the station cannot read "
        "its hardware ID."
    )
    assert error.action == NO_HWINFO_ACTION


def test_unreadable_output_over_several_lines_is_quoted_on_one_line_of_80_characters(
    sim_fixture: SimFactory,
) -> None:
    error = _identify_refused(sim_fixture, "hwinfo_chatty")
    assert error.error_class == "zephyr_hwinfo_unreadable"
    # The log lines joined by " | ", cut at 80 characters: the second line is cut short.
    shown = "[00:00:01.204,000] <err> hwinfo_rw61x: OCOTP read timed out | [00:00:01.205,000]"
    assert len(shown) == 80
    assert error.message == _unreadable(shown, -110)
    assert error.action == UNREADABLE_ACTION
