"""The esp32-astarte-nvs profile's write, word for word where it refuses: a partition it cannot
rebuild with every entry kept is left untouched, and the operator reads why."""

from __future__ import annotations

import pytest

from station.cancel import CancelToken
from station.profiles import open_profile
from station.profiles.base import ProvisioningRecord
from station.profiles.esp32 import errors as e
from station.profiles.esp32.nvs import NvsEntry
from station.profiles.esp32.nvs_image import generate
from station.profiles.esp32.profile import Esp32Profile
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
