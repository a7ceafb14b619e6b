"""The SMP and Zephyr profiles never reconnect inside an attempt, so a name handed to another
unit cannot bring it in: the session holds the tty it opened, and once that one is gone every
further step fails as a vanished device, while the unit that now has the name hears nothing.

(The ESP32 profile does reconnect, through esptool; tests/profiles/esp32/test_another_device.py
covers its identity check.)
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from station.cancel import CancelToken
from station.errors import DeviceGone, OutcomeUnknown
from station.profiles import open_profile
from station.profiles.base import ProvisioningRecord
from station.sandbox.sim import storage
from station.secret import Secret
from tests.fixtures.sim import SimFactory


def _record() -> ProvisioningRecord:
    return ProvisioningRecord(
        device_id="AAECAwQFBgcICQoLDA0ODw",
        realm="factory",
        pairing_url="https://127.0.0.1:4003/pairing",
        secret=Secret("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I="),
    )


@pytest.mark.parametrize(
    ("kind", "firmware"), [("smp-provisioning", "smp"), ("zephyr-mcumgr-fs", "zephyr")]
)
def test_another_unit_under_the_slots_name_is_never_talked_to(
    sim_fixture: SimFactory, tmp_path: Path, kind: str, firmware: str
) -> None:
    fx = sim_fixture(slots=2, chatter=0, firmware=firmware)
    other_state = storage.state_path(fx.state_dir, "2")
    before = hashlib.sha256(other_state.read_bytes()).hexdigest()
    link = tmp_path / "ttyACM0"
    link.symlink_to(fx.ports["1"])
    profile = open_profile(kind, {})
    with profile.open(str(link), baud=115200, cancel=CancelToken(), slot="1") as session:
        first = session.identify()
        fx.unplug("1")
        spare = link.with_suffix(".new")
        spare.symlink_to(fx.ports["2"])
        spare.replace(link)  # the name now belongs to the unit of slot 2
        with pytest.raises(DeviceGone):
            session.identify()
        with pytest.raises((DeviceGone, OutcomeUnknown)):
            session.write(_record())
        with pytest.raises((DeviceGone, OutcomeUnknown)):
            session.finish()
    assert hashlib.sha256(other_state.read_bytes()).hexdigest() == before
    assert fx.device("2").hwid != first.hardware_id  # it was another unit indeed
    # The unit itself still answers, to a session of its own.
    with profile.open(fx.ports["2"], baud=115200, cancel=CancelToken(), slot="2") as session:
        assert session.identify().hardware_id == fx.device("2").hwid
