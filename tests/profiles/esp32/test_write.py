"""The esp32-astarte-nvs profile's write: word for word where it refuses or is cut off (a
partition it cannot rebuild with every entry kept is left untouched), and what the session's
stats count around writes and reconnects."""

from __future__ import annotations

import os
import signal

import pytest

from station.cancel import CancelToken
from station.errors import OutcomeUnknown
from station.profiles import open_profile
from station.profiles.base import ProvisioningRecord
from station.profiles.esp32 import errors as e
from station.profiles.esp32.nvs import NvsEntry
from station.profiles.esp32.nvs_image import generate
from station.profiles.esp32.profile import Esp32Profile, Esp32Session
from station.sandbox.esp32.process import SimulatedEsp32
from station.secret import Secret

NVS = (0x9000, 0x6000)  # the simulator's default table
SECRET = Secret("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I=")
RECORD = ProvisioningRecord("x_O1P18zXfK3WxGmPUN7vw", "plant", "https://pairing", SECRET)
#: u32 entries that fill the default partition's five usable pages all but a few slots: the
#: secret's namespace and string entries no longer fit beside them.
FILLING = [NvsEntry("app", f"k{i}", "u32", i) for i in range(628)]


def _open(dev: SimulatedEsp32):  # type: ignore[no-untyped-def]
    profile = open_profile("esp32-astarte-nvs", {})
    assert isinstance(profile, Esp32Profile)
    return profile.open(dev.port, baud=115200, cancel=CancelToken(), slot="3")


def test_a_partition_too_full_for_the_secret_is_refused_and_left_as_it_was(
    esp32: SimulatedEsp32,
) -> None:
    esp32.start()
    with esp32.flash_file.open("r+b") as f:
        f.seek(NVS[0])
        f.write(generate(NVS[1], FILLING))
    before = esp32.flash(*NVS)
    with _open(esp32) as session:
        session.identify()
        with pytest.raises(e.NvsNotCarried) as caught:
            session.write(RECORD)
        assert session.stats["flash_bytes_written"] == 0
    assert caught.value.message == (
        "The NVS partition 'nvs' of the ESP32 in slot 3 cannot be rewritten without losing "
        "data: the entries do not fit the partition (Error: Size parameter is less than the "
        "size of data in csv. Please increase the size.)."
    )
    assert caught.value.action == (
        "Nothing was written. Give Astarte its own NVS partition (docs/esp32.md, 'Partition "
        "layout') or erase this one on a rework bench, then provision again."
    )
    assert caught.value.error_class == "nvs_carry_over"
    assert esp32.flash(*NVS) == before


WRITE_CUT = (
    "The NVS write to the ESP32 in slot 3 was cut off ({}): part of the partition may be written."
)
WRITE_CUT_ACTION = (
    "Keep the unit in its slot: the station reads the partition back and decides from what is "
    "there. If the unit was unplugged, reseat it and provision it again."
)


def test_a_reset_mid_write_names_what_esptool_saw(esp32: SimulatedEsp32) -> None:
    esp32.start(faults="reset@write:1")
    with _open(esp32) as session:
        session.identify()
        with pytest.raises(OutcomeUnknown) as caught:
            session.write(RECORD)
    detail = (
        "No more data to read from the serial port. This can have many causes, for "
        "troubleshooting steps visit: https://docs.espressif.com/projects/esptool/en/latest/tro"
    )  # esptool's words, cut at 160 characters
    assert caught.value.message == WRITE_CUT.format(detail)
    assert caught.value.action == WRITE_CUT_ACTION
    assert caught.value.command == "write"


def test_an_unplug_mid_write_names_what_esptool_saw(esp32: SimulatedEsp32) -> None:
    esp32.start(faults="unplug@write:1")
    with _open(esp32) as session:
        session.identify()
        with pytest.raises(OutcomeUnknown) as caught:
            session.write(RECORD)
    # The dead tty fails as an OSError, a termios.error or pyserial's empty read, each worded
    # its own way; the message names which.
    head, tail = WRITE_CUT.split("{}")
    message = caught.value.message
    assert message.startswith(head) and message.endswith(tail), message
    detail = message.removeprefix(head).removesuffix(tail)
    assert "Input/output error" in detail or "device disconnected" in detail, message
    assert caught.value.action == WRITE_CUT_ACTION


def test_a_wrong_md5_tells_the_operator_what_happens_next(esp32: SimulatedEsp32) -> None:
    esp32.start(faults="wrong_md5")
    with _open(esp32) as session:
        session.identify()
        with pytest.raises(e.FlashVerifyFailed) as caught:
            session.write(RECORD)
    assert caught.value.message == (
        "The flash of the ESP32 in slot 3 does not hold what was written (its MD5 differs)."
    )
    assert caught.value.action == (
        "The station reads the partition back and decides; if it happens again, set the unit "
        "from slot 3 aside (flash or power fault)."
    )


def _hang_once(esp32: SimulatedEsp32, session: Esp32Session) -> None:
    """The chip stops answering for one call (the session then holds a dead exchange)."""
    assert esp32.process is not None
    os.kill(esp32.process.pid, signal.SIGSTOP)
    try:
        with pytest.raises(e.Esp32NotAnswering):
            session.identify()
    finally:
        os.kill(esp32.process.pid, signal.SIGCONT)


def test_the_stats_count_each_reconnect_and_each_write_once(esp32: SimulatedEsp32) -> None:
    esp32.start()
    with _open(esp32) as session:
        session.identify()
        session.write(RECORD)
        session.identify()  # a write esptool finished on the session's own loader: no reconnect
        assert session.stats["reconnects"] == 0
        _hang_once(esp32, session)
        session.identify()  # reconnects once; the fresh connection then serves the next calls
        session.identify()
        assert session.stats["reconnects"] == 1
        _hang_once(esp32, session)
        session.write(RECORD)  # the session's second reconnect, then a write without one
        assert dict(session.stats) == {
            "flash_bytes_read": 4 * (0xC00 + NVS[1]),  # the write used the last identify's read
            "flash_bytes_written": 2 * NVS[1],
            "reconnects": 2,
        }
