"""The zephyr-mcumgr-fs profile's read-back code word for word: what identify reports for each
state of the configuration file, the hash check after a write (with a device that stores
another secret than the one sent), reveal, and every refusal's message and action as the
operator reads them (a changed word is a changed instruction to the operator)."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import pytest

from station.cancel import CancelToken
from station.errors import StationError
from station.profiles import open_profile
from station.profiles.base import Identity, StorageKind, StorageState
from station.profiles.label_scan import LabelScans
from station.profiles.zephyr.errors import DeviceFsError, ZephyrDeviceError
from station.profiles.zephyr.mcumgr import UnexpectedAnswer
from station.profiles.zephyr.profile import ZephyrProfile
from station.sandbox.sim import storage
from station.sandbox.zephyr.firmware import store_root
from station.secret import Secret
from tests.fixtures.sim import SimFactory
from tests.profiles.zephyr.test_session_sim import DEVICE_ID, PATH, SECRET_A, device_file
from tests.profiles.zephyr.test_session_sim import record as _record
from tests.profiles.zephyr.test_session_sim import session as _session

TABLE = "[profiles.zephyr-mcumgr-fs]"


def _seed(fx: Any, data: bytes) -> None:
    """A configuration file already on the device (as the firmware team left it)."""
    path = store_root(storage.state_path(fx.state_dir, "1")) / PATH.strip("/")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _identity(fx: Any, **changes: Any) -> Identity:
    hwid = fx.device("1").hwid
    facts = {
        "storage": "file",
        "config_path": PATH,
        "config": "absent",
        "identity": "hwinfo",
        "board": "frdm_rw612/rw612",
        "zephyr": "4.4.1",
        "hwinfo": hwid.hex(),
        **changes.pop("facts", {}),
    }
    fields: dict[str, Any] = {
        "profile": "zephyr-mcumgr-fs",
        "model": "frdm_rw612/rw612",
        "firmware": "4.4.1",
        "hardware_id": hwid,
        "hardware_serial": hwid.hex().upper(),
        "device_id": None,
        "storage_kind": StorageKind.FILE,
        "storage_state": StorageState.EMPTY,
        "secret_digest": None,
        "record_device_id": None,
        "record_realm": None,
        "factory_mode": True,
        "facts": facts,
        **changes,
    }
    return Identity(**fields)


# -- identify ---------------------------------------------------------------------------------


def test_identify_before_and_after_a_write_field_by_field(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    with _session(fx.ports["1"]) as s:
        assert s.identify() == _identity(fx)
        s.write(_record())
        assert s.identify() == _identity(
            fx,
            storage_state=StorageState.WRITTEN,
            secret_digest=Secret(SECRET_A).digest,
            record_device_id=DEVICE_ID,
            facts={"config": "written", "hash": "sha256"},
        )


def test_a_file_left_by_the_factory_is_read_with_its_device_id(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    _seed(fx, json.dumps({"deviceID": "other-id", "credentialSecret": "s3cret"}).encode())
    with _session(fx.ports["1"]) as s:
        assert s.identify() == _identity(
            fx,
            storage_state=StorageState.WRITTEN,
            secret_digest=Secret("s3cret").digest,
            record_device_id="other-id",
            facts={"config": "written"},
        )
        assert s.reveal() == Secret("s3cret")


def test_an_empty_file_is_empty_storage(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    _seed(fx, b"")
    with _session(fx.ports["1"]) as s:
        assert s.identify() == _identity(fx, facts={"config": "empty"})


def test_a_file_of_the_largest_size_the_sample_reads_is_read(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    doc = {"deviceID": DEVICE_ID, "credentialSecret": SECRET_A, "note": ""}
    doc["note"] = "n" * (4095 - 1 - len(json.dumps(doc)))
    _seed(fx, (json.dumps(doc) + "\n").encode())
    with _session(fx.ports["1"]) as s:
        assert s.identify().storage_state is StorageState.WRITTEN
    _seed(fx, (json.dumps(doc) + " \n").encode())  # one byte more
    with _session(fx.ports["1"]) as s, pytest.raises(UnexpectedAnswer) as caught:
        s.identify()
    assert "the file is 4096 bytes, more than the 4095 expected" in str(caught.value)


def test_firmware_without_os_info_is_named_zephyr_with_no_release(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:no_os_info")
    with _session(fx.ports["1"]) as s:
        assert s.identify() == _identity(
            fx, model="zephyr", firmware="", facts={"board": "zephyr", "zephyr": ""}
        )


def test_a_malformed_file_allowed_to_be_rewritten_is_corrupt_and_says_why(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:bad_json")
    with _session(fx.ports["1"], malformed_config="rewrite") as s:
        assert s.identify() == _identity(
            fx,
            storage_state=StorageState.CORRUPT,
            facts={
                "config": "malformed",
                "config_problem": "line 1 column 24: Expecting ',' delimiter",
            },
        )


def test_a_file_that_is_not_utf8_is_named_by_its_first_bad_byte(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    _seed(fx, b"x" * 100 + b"\xff" + b"y" * 100)
    with _session(fx.ports["1"], malformed_config="rewrite") as s:
        ident = s.identify()
    assert ident.storage_state is StorageState.CORRUPT
    assert ident.facts["config_problem"] == "byte 100 is not UTF-8"


# -- refusals, word for word -------------------------------------------------------------------

KCONFIG_FS = (
    "CONFIG_FILE_SYSTEM=y, CONFIG_FILE_SYSTEM_LITTLEFS=y, CONFIG_MCUMGR_GRP_FS=y, "
    "CONFIG_MCUMGR_GRP_FS_FILE_STATUS=y, CONFIG_MCUMGR_GRP_FS_CHECKSUM_HASH=y and "
    "CONFIG_MCUMGR_GRP_FS_HASH_SHA256=y"
)
REFUSALS = {
    "no_fs": (
        "zephyr_no_file_system",
        "The firmware of the device in slot 1 has no MCUmgr file-system group, which the "
        "station needs to provision a stock Zephyr device.",
        f"Set the device from slot 1 aside. The firmware team must build it with {KCONFIG_FS} "
        "(docs/zephyr.md lists every option).",
    ),
    "no_shell": (
        "zephyr_no_shell",
        "The firmware of the device in slot 1 has no MCUmgr shell group, which the station "
        "needs to provision a stock Zephyr device.",
        "Set the device from slot 1 aside. The firmware team must build it with CONFIG_SHELL=y "
        "and CONFIG_MCUMGR_GRP_SHELL=y (docs/zephyr.md lists every option).",
    ),
    "no_hwinfo": (
        "zephyr_no_hwinfo",
        "The shell of the device in slot 1 has no 'hwinfo' command, so the station cannot read "
        "its hardware ID.",
        "Set the device from slot 1 aside. The firmware team must build it with CONFIG_HWINFO=y "
        'and CONFIG_HWINFO_SHELL=y, or the supervisor sets identity = "label_scan" in '
        f"{TABLE} so each unit is identified by the serial scanned from its label "
        "(docs/zephyr.md).",
    ),
    "hwinfo_odd": (
        "zephyr_hwinfo_unreadable",
        "'hwinfo devid' on the device in slot 1 printed 'Not supported by hardware' (status "
        "-88), not the 'Length: N' and 'ID: 0x...' lines the station reads the hardware ID from.",
        "Set the device from slot 1 aside for a firmware check: its hwinfo driver must give the "
        "chip's unique ID (docs/zephyr.md).",
    ),
    "unmounted": (
        "zephyr_fs_unmounted",
        "The file system at /lfs1 on the device in slot 1 is not mounted, so the station cannot "
        "read or write /lfs1/configuration.json.",
        "Set the device from slot 1 aside. Its firmware must mount /lfs1 at boot (a "
        "zephyr,fstab littlefs entry with automount) and keep it mounted: the astarte_app "
        "sample unmounts it after reading the file (docs/zephyr.md).",
    ),
    "bad_json": (
        "zephyr_config_malformed",
        "/lfs1/configuration.json on the device in slot 1 is not valid JSON (line 1 column 24: "
        "Expecting ',' delimiter). The station does not overwrite a file it cannot read: it may "
        "hold a working secret or settings someone needs.",
        "Set the device from slot 1 aside for the supervisor, who has the file checked and "
        'removed, or sets malformed_config = "rewrite" in '
        f"{TABLE} to let the station register the device again and overwrite such files.",
    ),
}


# -- identity from a scanned label ------------------------------------------------------------


def test_a_label_scan_identity_with_nothing_to_scan_with_is_refused_word_for_word(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    with _session(fx.ports["1"], identity="label_scan") as s, pytest.raises(StationError) as err:
        s.identify()
    assert isinstance(err.value, ZephyrDeviceError)
    assert (err.value.error_class, err.value.message, err.value.action) == (
        "config",
        f'{TABLE} identity = "label_scan", but nothing can hand the station a scanned label for '
        "slot 1 here.",
        "Provision through the operator screen or `station provision --serial`, or set "
        'identity = "hwinfo".',
    )


def test_a_label_scan_identity_is_the_scanned_serial_field_by_field(
    sim_fixture: SimFactory,
) -> None:
    # Firmware that has `hwinfo devid`: the label, not the chip's ID, must name the unit.
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    profile = open_profile("zephyr-mcumgr-fs", {"identity": "label_scan"})
    assert isinstance(profile, ZephyrProfile)
    scans = LabelScans()
    profile.use_label_scans(scans)

    def identify_twice() -> tuple[Identity, Identity]:  # on the port's own thread
        with profile.open(fx.ports["1"], baud=115200, cancel=CancelToken(), slot="1") as s:
            return s.identify(), s.identify()

    with ThreadPoolExecutor(1) as pool:
        both = pool.submit(identify_twice)
        deadline = time.monotonic() + 30
        while scans.waiting() != ["1"]:
            assert time.monotonic() < deadline and not both.done(), "never asked for a scan"
            time.sleep(0.005)
        assert scans.give("1", " SN-ZX-7 ") == "SN-ZX-7"
        first, again = both.result(30)
    hwinfo = _identity(fx)
    facts = {k: v for k, v in hwinfo.facts.items() if k != "hwinfo"}
    expected = replace(
        hwinfo,
        hardware_id=b"SN-ZX-7",
        hardware_serial="SN-ZX-7",
        facts={**facts, "identity": "label_scan", "label_serial": "SN-ZX-7"},
    )
    assert first == expected
    # The session keeps the serial: identifying again asked for no second scan.
    assert again == expected
    assert scans.waiting() == []


@pytest.mark.parametrize("trait", list(REFUSALS))
def test_identify_refusals_word_for_word(sim_fixture: SimFactory, trait: str) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware=f"zephyr:{trait}")
    with _session(fx.ports["1"]) as s, pytest.raises(StationError) as caught:
        s.identify()
    assert (caught.value.error_class, caught.value.message, caught.value.action) == REFUSALS[trait]
    if trait == "unmounted":
        assert isinstance(caught.value, DeviceFsError) and caught.value.rc == 14
    else:
        assert isinstance(caught.value, ZephyrDeviceError)


def test_a_hardware_id_that_changes_names_both(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:hwid_changes")
    with _session(fx.ports["1"]) as s:
        first = s.identify().hardware_id
        with pytest.raises(ZephyrDeviceError) as caught:
            s.identify()
    err = caught.value
    assert err.error_class == "identity_changed"
    prefix = f"The device in slot 1 reported hardware ID {first.hex()} and now "
    assert err.message.startswith(prefix), err.message
    second = err.message.removeprefix(prefix).split(" ", 1)[0]
    assert len(second) == 24 and second != first.hex()
    assert err.message == (
        f"{prefix}{second} in the same session; the station cannot tell which unit it is."
    )
    assert err.action == (
        "Set the device from slot 1 aside for a firmware check: 'hwinfo devid' must print the "
        "same ID every time."
    )


def test_the_same_hardware_id_twice_is_the_same_device(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    with _session(fx.ports["1"]) as s:
        assert s.identify().hardware_id == s.identify().hardware_id == fx.device("1").hwid


# -- the hash check after a write --------------------------------------------------------------

HASH_ACTION = "Provision the device in slot 1 again; if it repeats, set it aside for a flash check."


@pytest.mark.parametrize(
    ("firmware", "faults", "kind", "hashed"),
    [
        ("zephyr:wrong_hash", "", "sha256", 137),  # a hash of something longer
        ("zephyr", "store_other=bit", "sha256", 136),  # the same length, one bit different
        ("zephyr", "store_other=whole", "sha256", 136),  # the same length, another secret
        ("zephyr:crc32_only", "store_other=bit", "crc32", 136),
    ],
)
def test_a_hash_that_is_not_of_the_bytes_sent_fails_the_write_word_for_word(
    sim_fixture: SimFactory, firmware: str, faults: str, kind: str, hashed: int
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware=firmware, faults=faults)
    with _session(fx.ports["1"]) as s:
        s.identify()
        with pytest.raises(ZephyrDeviceError) as caught:
            s.write(_record())
        assert s.identify().facts["hash"] == kind
    err = caught.value
    assert err.error_class == "zephyr_hash_mismatch"
    assert err.message == (
        f"The device in slot 1 holds a /lfs1/configuration.json whose {kind} is not that of "
        f"the 136 bytes sent ({hashed} bytes hashed): it did not store what the station wrote."
    )
    assert err.action == HASH_ACTION


@pytest.mark.parametrize("how", ["bit", "whole"])
def test_a_device_storing_another_secret_behind_a_lying_hash_is_caught_by_the_read_back(
    sim_fixture: SimFactory, how: str
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:hash_lie", faults=f"store_other={how}")
    with _session(fx.ports["1"]) as s:
        s.identify()
        s.write(_record())  # the hash answered is that of what was sent
        after = s.identify()
        revealed = s.reveal().reveal()
    assert after.storage_state is StorageState.WRITTEN
    assert not _record().secret.matches_digest(after.secret_digest)
    stored = json.loads(device_file(fx))["credentialSecret"]
    assert Secret(stored).digest == after.secret_digest and revealed == stored
    assert len(stored) == len(SECRET_A)
    flipped = sum(bin(ord(a) ^ ord(b)).count("1") for a, b in zip(stored, SECRET_A, strict=True))
    if how == "bit":
        assert flipped == 1
    else:
        assert flipped > 8


def test_crc32_is_used_for_every_write_once_sha256_is_found_missing(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:crc32_only")
    with _session(fx.ports["1"]) as s:
        s.identify()
        sent = []
        for _ in range(2):
            before = s.stats["frames_sent"]
            s.write(_record())
            sent.append(s.stats["frames_sent"] - before)
        assert s.identify().facts["hash"] == "crc32"
    # The first write: MCUmgr parameters, the upload's one chunk, SHA-256 (not found), CRC32;
    # the second: the chunk and CRC32 only.
    assert sent == [4, 2]
    assert json.loads(device_file(fx))["credentialSecret"] == SECRET_A


# -- reveal -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("seeded", "state"), [(None, "absent"), (b"", "empty")])
def test_reveal_of_a_file_without_a_secret_word_for_word(
    sim_fixture: SimFactory, seeded: bytes | None, state: str
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    if seeded is not None:
        _seed(fx, seeded)
    with _session(fx.ports["1"]) as s, pytest.raises(ZephyrDeviceError) as caught:
        s.reveal()
    err = caught.value
    assert err.error_class == "reveal_mismatch"
    assert err.message == (
        f"/lfs1/configuration.json on the device in slot 1 holds no credentialSecret ({state})."
    )
    assert err.action == "Provision the device in slot 1 again."


def test_reveal_refuses_a_malformed_file_unless_rewriting_is_allowed(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:bad_json")
    with _session(fx.ports["1"]) as s, pytest.raises(ZephyrDeviceError) as caught:
        s.reveal()
    assert caught.value.error_class == "zephyr_config_malformed"


@pytest.mark.parametrize("faults", ["", "store_other=bit"])
def test_firmware_without_a_hash_command_is_checked_by_the_read_back_alone(
    sim_fixture: SimFactory, faults: str
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:no_hash", faults=faults)
    with _session(fx.ports["1"]) as s:
        s.identify()
        s.write(_record())  # nothing to check it with: the write itself cannot fail the check
        s.write(_record())  # and the session does not ask again
        after = s.identify()
    assert after.facts["hash"] == "none"
    assert after.storage_state is StorageState.WRITTEN
    assert _record().secret.matches_digest(after.secret_digest) is (faults == "")


@pytest.mark.parametrize(
    ("firmware", "first"), [("zephyr:no_hash", 3), ("zephyr:hash_no_types", 4)]
)
def test_a_hash_found_missing_is_not_asked_for_again(
    sim_fixture: SimFactory, firmware: str, first: int
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware=firmware)
    with _session(fx.ports["1"]) as s:
        s.identify()
        sent = []
        for _ in range(2):
            before = s.stats["frames_sent"]
            s.write(_record())
            sent.append(s.stats["frames_sent"] - before)
        assert s.identify().facts["hash"] == "none"
    # MCUmgr parameters, the chunk, SHA-256 (no command, or not found) and CRC32 (not found);
    # then the chunk alone.
    assert sent == [first, 1]


def test_a_refused_read_of_the_file_is_named_with_its_code(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:read_fails")
    _seed(fx, json.dumps({"deviceID": DEVICE_ID, "credentialSecret": SECRET_A}).encode())
    with _session(fx.ports["1"]) as s, pytest.raises(DeviceFsError) as caught:
        s.identify()
    err = caught.value
    assert (err.error_class, err.rc) == ("zephyr_fs", 1)
    assert err.message == (
        "The device in slot 1 refused reading /lfs1/configuration.json: fs_mgmt error UNKNOWN."
    )
    assert err.action == (
        "Provision the device in slot 1 again; if it repeats, set it aside for a firmware check."
    )
