"""fs_mgmt's refusals as the zephyr-mcumgr-fs profile names them, word for word: the real profile
against simulated stock Zephyr devices (own processes, real ptys). Each code is told apart from
the others, since the operator sets the unit aside for a different person by it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from station.profiles.base import StorageState
from station.profiles.zephyr.errors import DeviceFsError
from station.sandbox.sim import storage
from station.sandbox.zephyr.firmware import stored_files
from tests.fixtures.sim import SimFactory
from tests.profiles.zephyr.test_session_sim import PATH, SECRET_A, record, session

AGAIN_THEN_FIRMWARE = (
    "Provision the device in slot 1 again; if it repeats, set it aside for a firmware check."
)


@dataclass(frozen=True)
class Refusal:
    """What a device with `trait` refuses, and how the station words it."""

    trait: str
    step: str  # "identify" or "write": where the refusal comes
    error_class: str
    rc: int
    message: str
    action: str


REFUSALS = [
    Refusal(
        "read_only",
        "write",
        "zephyr_fs_read_only",
        15,
        "The file system at /lfs1 on the device in slot 1 is read-only.",
        "Set the device from slot 1 aside: its firmware must mount the partition read-write.",
    ),
    # fs_mgmt's own code 10 (FILE_WRITE_FAILED): the file system is full or its flash failed.
    Refusal(
        "fs_full",
        "write",
        "zephyr_fs_full",
        10,
        "The device in slot 1 could not write /lfs1/configuration.json: its file system is full "
        "(or its flash failed).",
        "Set the device from slot 1 aside. The firmware team must leave room on the /lfs1 "
        "partition (at least two free 4 KiB blocks) or erase the files filling it; the station "
        "provisions it again afterwards.",
    ),
    # MGMT_ERR_EBUSY, a bare rc 10 when fs_mgmt's file lock is taken: the same number as the
    # full file system above, and not to be read as one.
    Refusal(
        "fs_busy",
        "write",
        "zephyr_fs_busy",
        10,
        "The device in slot 1 was busy with another file operation and refused the upload of "
        "/lfs1/configuration.json.",
        "Provision the device in slot 1 again; if it stays busy, power-cycle it and try once more.",
    ),
    Refusal(
        "hash_fails_17",
        "write",
        "zephyr_fs",
        17,
        "The device in slot 1 refused the hash of /lfs1/configuration.json: fs_mgmt error 17.",
        AGAIN_THEN_FIRMWARE,
    ),
    Refusal(
        "hash_fails",
        "write",
        "zephyr_fs",
        1,
        "The device in slot 1 refused the hash of /lfs1/configuration.json: fs_mgmt error UNKNOWN.",
        AGAIN_THEN_FIRMWARE,
    ),
    # The file is not there, and the mount point's status, which tells a mounted file system
    # from none, fails with fs_mgmt's generic error: the station cannot say the file is absent.
    Refusal(
        "dir_stat_fails",
        "identify",
        "zephyr_fs",
        1,
        "The device in slot 1 refused reading /lfs1/configuration.json: fs_mgmt error UNKNOWN.",
        AGAIN_THEN_FIRMWARE,
    ),
]


@pytest.mark.parametrize("refusal", REFUSALS, ids=[r.trait for r in REFUSALS])
def test_each_refusal_word_for_word(sim_fixture: SimFactory, refusal: Refusal) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware=f"zephyr:{refusal.trait}")
    with session(fx.ports["1"]) as s, pytest.raises(DeviceFsError) as caught:
        if refusal.step == "identify":
            s.identify()
        else:
            assert s.identify().storage_state is StorageState.EMPTY
            s.write(record())
    err = caught.value
    assert (err.error_class, err.rc) == (refusal.error_class, refusal.rc)
    assert (err.message, err.action) == (refusal.message, refusal.action)
    # Only the hash is asked for after a whole upload; every other refusal left no secret on
    # the device (a full partition keeps the file its upload created, empty, as littlefs does).
    stored = stored_files(storage.state_path(fx.state_dir, "1")).get(PATH)
    if refusal.trait.startswith("hash_fails"):
        assert stored is not None and SECRET_A.encode() in stored
    else:
        assert stored == (b"" if refusal.trait == "fs_full" else None)
