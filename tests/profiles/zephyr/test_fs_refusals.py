"""fs_mgmt's refusals as the zephyr-mcumgr-fs profile names them, word for word: the real profile
against simulated stock Zephyr devices (own processes, real ptys). Each code is told apart from
the others, since the operator sets the unit aside for a different person by it."""

from __future__ import annotations

import pytest

from station.profiles.base import StorageState
from station.profiles.zephyr.errors import DeviceFsError
from station.sandbox.sim import storage
from station.sandbox.zephyr.firmware import stored_files
from tests.fixtures.sim import SimFactory
from tests.profiles.zephyr.test_session_sim import PATH, record, session


def test_a_read_only_file_system_word_for_word(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:read_only")
    with session(fx.ports["1"]) as s:
        assert s.identify().storage_state is StorageState.EMPTY
        with pytest.raises(DeviceFsError) as caught:
            s.write(record())
    err = caught.value
    assert (err.error_class, err.rc) == ("zephyr_fs_read_only", 15)
    assert err.message == "The file system at /lfs1 on the device in slot 1 is read-only."
    assert err.action == (
        "Set the device from slot 1 aside: its firmware must mount the partition read-write."
    )
    assert PATH not in stored_files(storage.state_path(fx.state_dir, "1"))


def test_a_busy_fs_mgmt_is_not_called_a_full_file_system(sim_fixture: SimFactory) -> None:
    # fs_mgmt answers MGMT_ERR_EBUSY (10) as a bare rc when its file lock is taken; fs_mgmt's own
    # code 10 is FILE_WRITE_FAILED, which the station reads as a full file system.
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:fs_busy")
    with session(fx.ports["1"]) as s:
        s.identify()
        with pytest.raises(DeviceFsError) as caught:
            s.write(record())
    err = caught.value
    assert (err.error_class, err.rc) == ("zephyr_fs_busy", 10)
    assert err.message == (
        "The device in slot 1 was busy with another file operation and refused the upload of "
        "/lfs1/configuration.json."
    )
    assert err.action == (
        "Provision the device in slot 1 again; if it stays busy, power-cycle it and try once more."
    )
    assert PATH not in stored_files(storage.state_path(fx.state_dir, "1"))


def test_an_fs_mgmt_code_without_a_name_is_named_by_its_number(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:hash_fails_17")
    with session(fx.ports["1"]) as s:
        s.identify()
        with pytest.raises(DeviceFsError) as caught:
            s.write(record())
    err = caught.value
    assert (err.error_class, err.rc) == ("zephyr_fs", 17)
    assert err.message == (
        "The device in slot 1 refused the hash of /lfs1/configuration.json: fs_mgmt error 17."
    )
    assert err.action == (
        "Provision the device in slot 1 again; if it repeats, set it aside for a firmware check."
    )


def test_a_failed_status_of_the_mount_point_is_named_not_taken_for_mounted(
    sim_fixture: SimFactory,
) -> None:
    # The file is not there; the mount point's status, which tells a mounted file system from
    # none, fails with fs_mgmt's generic error: the station cannot say the file is absent.
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:dir_stat_fails")
    with session(fx.ports["1"]) as s, pytest.raises(DeviceFsError) as caught:
        s.identify()
    err = caught.value
    assert (err.error_class, err.rc) == ("zephyr_fs", 1)
    assert err.message == (
        "The device in slot 1 refused reading /lfs1/configuration.json: fs_mgmt error UNKNOWN."
    )
    assert err.action == (
        "Provision the device in slot 1 again; if it repeats, set it aside for a firmware check."
    )
