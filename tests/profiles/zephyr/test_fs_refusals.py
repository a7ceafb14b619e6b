"""fs_mgmt's refusals as the zephyr-mcumgr-fs profile names them, word for word: the real profile
against simulated stock Zephyr devices (own processes, real ptys). Each code is told apart from
the others, since the operator sets the unit aside for a different person by it."""

from __future__ import annotations

import pytest

from station.profiles.zephyr.mcumgr import GroupError
from tests.fixtures.sim import SimFactory
from tests.profiles.zephyr.test_session_sim import record, session


def test_a_busy_fs_mgmt_is_not_called_a_full_file_system(sim_fixture: SimFactory) -> None:
    # fs_mgmt answers MGMT_ERR_EBUSY (10) as a bare rc when its file lock is taken; fs_mgmt's own
    # code 10 is FILE_WRITE_FAILED, which the station reads as a full file system.
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:fs_busy")
    with session(fx.ports["1"]) as s:
        s.identify()
        with pytest.raises(GroupError) as caught:
            s.write(record())
    err = caught.value
    assert (err.error_class, err.group, err.rc) == ("mcumgr_error", 0, 10)
    assert err.message == "The device in slot 1 refused file upload: group 0 rc 10"
