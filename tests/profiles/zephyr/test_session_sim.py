"""The zephyr-mcumgr-fs profile against simulated stock Zephyr devices (own processes, real
ptys): the walk's calls, and every bad input of the issue with its operator message."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from station.cancel import CancelToken
from station.errors import ConfigError, StationError
from station.profiles import open_profile
from station.profiles.base import ProvisioningRecord, StorageKind, StorageState
from station.profiles.zephyr.mcumgr import UploadOutcomeUnknown
from station.profiles.zephyr.profile import ZephyrSession
from station.sandbox.sim import storage
from station.sandbox.zephyr.firmware import store_root, stored_files
from station.secret import Secret
from tests.fixtures.sim import SimFactory

DEVICE_ID = "AAECAwQFBgcICQoLDA0ODw"
SECRET_A = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I="
SECRET_B = "b3RoZXItb3RoZXItb3RoZXItb3RoZXItb3RoZXItb3Q="
PATH = "/lfs1/configuration.json"


def record(secret: str = SECRET_A) -> ProvisioningRecord:
    return ProvisioningRecord(
        device_id=DEVICE_ID,
        realm="factory",
        pairing_url="https://127.0.0.1:4003/pairing",
        secret=Secret(secret),
    )


@contextmanager
def session(port: str, **options: Any) -> Iterator[ZephyrSession]:
    profile = open_profile("zephyr-mcumgr-fs", options)
    with profile.open(port, baud=115200, cancel=CancelToken(), slot="1") as s:
        assert isinstance(s, ZephyrSession)
        yield s


def device_file(fx: Any, slot: str = "1") -> bytes:
    return stored_files(storage.state_path(fx.state_dir, slot))[PATH]


def test_walk_identify_write_read_back_reveal_reset(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    hwid = fx.device("1").hwid
    boots = fx.device("1").boots
    with session(fx.ports["1"], extra_fields={"site": "plant-1"}) as s:
        before = s.identify()
        assert before.hardware_id == hwid
        assert before.hardware_serial == hwid.hex().upper()
        assert before.storage_kind is StorageKind.FILE and before.rewritable
        assert before.storage_state is StorageState.EMPTY and before.secret_digest is None
        assert before.model == "frdm_rw612/rw612" and before.firmware == "4.4.1"
        assert before.facts["config"] == "absent" and before.facts["hwinfo"] == hwid.hex()
        s.write(record())
        after = s.identify()
        assert after.storage_state is StorageState.WRITTEN
        assert record().secret.matches_digest(after.secret_digest)
        assert after.record_device_id == DEVICE_ID
        assert after.facts["hash"] == "sha256"
        assert s.reveal() == record().secret
        s.finish()
    doc = json.loads(device_file(fx))
    assert list(doc) == ["deviceID", "credentialSecret", "wifiSsid", "wifiPassword", "site"]
    assert doc["credentialSecret"] == SECRET_A and doc["deviceID"] == DEVICE_ID
    assert (doc["wifiSsid"], doc["wifiPassword"], doc["site"]) == ("", "", "plant-1")
    deadline = time.monotonic() + 10
    while fx.device("1").boots == boots and time.monotonic() < deadline:
        time.sleep(0.05)
    assert fx.device("1").boots == boots + 1  # the OS-group reset


def test_rewrite_replaces_the_whole_file(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    with session(fx.ports["1"], extra_fields={"note": "x" * 1500}) as s:
        s.identify()
        s.write(record())
        s.write(record(SECRET_B))  # longer than one chunk each time, offset 0 truncates
        assert record(SECRET_B).secret.matches_digest(s.identify().secret_digest)
    assert json.loads(device_file(fx))["credentialSecret"] == SECRET_B


def test_crc32_only_firmware_is_checked_with_crc32(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:crc32_only")
    with session(fx.ports["1"]) as s:
        s.identify()
        s.write(record())
        assert s.identify().facts["hash"] == "crc32"


@pytest.mark.parametrize(
    ("trait", "error_class", "words"),
    [
        (
            "no_fs",
            "zephyr_no_file_system",
            ("CONFIG_MCUMGR_GRP_FS=y", "CONFIG_FILE_SYSTEM_LITTLEFS"),
        ),
        ("no_shell", "zephyr_no_shell", ("CONFIG_MCUMGR_GRP_SHELL=y",)),
        ("no_hwinfo", "zephyr_no_hwinfo", ("CONFIG_HWINFO_SHELL=y",)),
        ("hwinfo_odd", "zephyr_hwinfo_unreadable", ("Not supported by hardware",)),
        ("unmounted", "zephyr_fs_unmounted", ("/lfs1", "not mounted", "automount")),
        ("bad_json", "zephyr_config_malformed", ("not valid JSON", 'malformed_config = "rewrite"')),
    ],
)
def test_identify_refuses_firmware_it_cannot_provision(
    sim_fixture: SimFactory, trait: str, error_class: str, words: tuple[str, ...]
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware=f"zephyr:{trait}")
    with session(fx.ports["1"]) as s, pytest.raises(StationError) as caught:
        s.identify()
    assert caught.value.error_class == error_class
    text = f"{caught.value.message} {caught.value.action}"
    for word in words:
        assert word in text
    assert "slot 1" in text


def test_malformed_json_may_be_rewritten_when_configured(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:bad_json")
    with session(fx.ports["1"], malformed_config="rewrite") as s:
        assert s.identify().storage_state is StorageState.CORRUPT
        s.write(record())
        assert s.identify().storage_state is StorageState.WRITTEN


def test_full_file_system_is_named(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:fs_full")
    with session(fx.ports["1"]) as s:
        assert s.identify().storage_state is StorageState.EMPTY
        with pytest.raises(StationError) as caught:
            s.write(record())
    assert caught.value.error_class == "zephyr_fs_full"
    assert "full" in caught.value.message and "slot 1" in caught.value.action


@pytest.mark.parametrize("trait", ["wrong_hash", "store_other_secret"])
def test_hash_that_is_not_of_the_bytes_sent_fails_the_write(
    sim_fixture: SimFactory, trait: str
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware=f"zephyr:{trait}")
    with session(fx.ports["1"]) as s:
        s.identify()
        with pytest.raises(StationError) as caught:
            s.write(record())
    assert caught.value.error_class == "zephyr_hash_mismatch"


def test_a_lying_hash_is_caught_by_the_read_back(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:store_other_secret,hash_lie")
    with session(fx.ports["1"]) as s:
        s.identify()
        s.write(record())  # the device claims the hash of what was sent
        after = s.identify()
    assert after.storage_state is StorageState.WRITTEN
    assert not record().secret.matches_digest(after.secret_digest)


def test_download_lie_is_caught_by_the_read_back(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:download_lie")
    with session(fx.ports["1"]) as s:
        s.identify()
        s.write(record())
        assert not record().secret.matches_digest(s.identify().secret_digest)
    assert json.loads(device_file(fx))["credentialSecret"] == SECRET_A


def test_changing_hardware_id_is_refused(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:hwid_changes")
    with session(fx.ports["1"]) as s:
        s.identify()
        with pytest.raises(StationError) as caught:
            s.identify()
    assert caught.value.error_class == "identity_changed"


def test_reset_mid_upload_is_outcome_unknown_and_identify_sees_no_secret(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:reset_mid_upload")
    with session(fx.ports["1"], extra_fields={"note": "y" * 1500}) as s:
        s.identify()
        with pytest.raises(UploadOutcomeUnknown):
            s.write(record())
        # littlefs never committed the open file: it is there, empty (created by the open).
        assert s.identify().storage_state is StorageState.EMPTY
        s.write(record())
        assert record().secret.matches_digest(s.identify().secret_digest)


def test_interrupted_upload_leaves_a_partial_file_that_reads_as_corrupt(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr", faults="noreply=after@write")
    with session(fx.ports["1"], extra_fields={"note": "z" * 1500}) as s:
        s.identify()
        with pytest.raises(UploadOutcomeUnknown):
            s.write(record())
    fx.set_faults("")
    # The station went away mid-upload; fs_mgmt's idle timer closes (commits) what arrived.
    with session(fx.ports["1"]) as s:
        deadline = time.monotonic() + 10
        state = s.identify()
        while state.storage_state is StorageState.EMPTY and time.monotonic() < deadline:
            time.sleep(0.2)
            state = s.identify()
    assert state.storage_state is StorageState.CORRUPT
    assert state.facts["config"] == "partial"


def test_wifi_password_comes_from_the_keyring(sim_fixture: SimFactory) -> None:
    import keyring

    from station.profiles.zephyr import wifi

    keyring.set_password(wifi.SERVICE, wifi.username("line-7"), "pw-from-keyring")
    try:
        fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
        with session(fx.ports["1"], wifi_ssid="line-7") as s:
            s.identify()
            s.write(record())
        doc = json.loads(device_file(fx))
        assert (doc["wifiSsid"], doc["wifiPassword"]) == ("line-7", "pw-from-keyring")
        assert hashlib.sha256(device_file(fx)).digest()  # the file exists on the device only
    finally:
        keyring.delete_password(wifi.SERVICE, wifi.username("line-7"))


def test_missing_wifi_password_stops_before_anything_is_written(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    with (
        session(fx.ports["1"], wifi_ssid="no-such-ssid") as s,
        pytest.raises(StationError) as caught,
    ):
        s.identify()
    assert caught.value.error_class == "wifi_password"
    assert "keyring set provisioning-station" in caught.value.action


@pytest.mark.parametrize(
    ("options", "word"),
    [
        ({"wifi_password": "x"}, "keyring"),
        ({"identity": "label_scan", "label_scan_timeout_s": 0}, "out of range"),
        ({"config_path": "configuration.json"}, "mount point"),
        ({"wifi_ssid": 'a"b'}, "quote"),
        ({"extra_fields": {"credentialSecret": "x"}}, "writes itself"),
        ({"reset_after": "yes"}, "true or false"),
        ({"nonsense": 1}, "not a known setting"),
    ],
)
def test_bad_options_are_refused_with_the_fix(options: dict[str, Any], word: str) -> None:
    with pytest.raises(ConfigError) as caught:
        open_profile("zephyr-mcumgr-fs", options)
    assert word in f"{caught.value.message} {caught.value.action}"


def test_presence_is_an_echo_that_does_not_reset_the_device(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    boots = fx.device("1").boots
    profile = open_profile("zephyr-mcumgr-fs", {})
    assert profile.present(fx.ports["1"], baud=115200, cancel=CancelToken(), slot="1")
    assert fx.device("1").boots == boots
    fx.unplug("1")
    assert not profile.present("/dev/does-not-exist", baud=115200, cancel=CancelToken(), slot="1")


def test_a_write_without_an_identify_first_fetches_the_wifi_password_itself(
    sim_fixture: SimFactory,
) -> None:
    import keyring

    from station.profiles.zephyr import wifi

    keyring.set_password(wifi.SERVICE, wifi.username("line-8"), "pw-8")
    try:
        fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
        with session(fx.ports["1"], wifi_ssid="line-8") as s:
            s.write(record())
        doc = json.loads(device_file(fx))
        assert (doc["wifiSsid"], doc["wifiPassword"]) == ("line-8", "pw-8")
    finally:
        keyring.delete_password(wifi.SERVICE, wifi.username("line-8"))


def test_a_file_of_4095_bytes_is_written_and_one_of_4096_refused_word_for_word(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    base = len(json.dumps(_doc_with_note(""), separators=(",", ":"))) + 1  # and its newline
    with session(fx.ports["1"], extra_fields={"note": "n" * (4095 - base)}) as s:
        s.write(record())
    assert len(device_file(fx)) == 4095
    with (
        session(fx.ports["1"], extra_fields={"note": "n" * (4096 - base)}) as s,
        pytest.raises(StationError) as caught,
    ):
        s.write(record(SECRET_B))
    assert (caught.value.error_class, caught.value.message, caught.value.action) == (
        "config",
        "The configuration file for the device in slot 1 would be 4096 bytes; the astarte_app "
        "sample reads at most 4095.",
        "Shorten extra_fields in [profiles.zephyr-mcumgr-fs].",
    )
    assert json.loads(device_file(fx))["credentialSecret"] == SECRET_A  # nothing was sent


def _doc_with_note(note: str) -> dict[str, str]:
    return {
        "deviceID": DEVICE_ID,
        "credentialSecret": SECRET_A,
        "wifiSsid": "",
        "wifiPassword": "",
        "note": note,
    }


def test_the_console_log_is_text_with_a_byte_that_is_not_utf8_replaced(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:uart_glitch")
    with session(fx.ports["1"]) as s:
        s.identify()
        fx.reset("1")  # the boot log, glitch first, comes before the next answer
        s.identify()
        log = s.console_log()
    assert "\ufffd\r\n*** Booting Zephyr OS build v4.4.1 ***\r\n" in log


def test_an_empty_file_is_read_from_its_status_alone(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    path = store_root(storage.state_path(fx.state_dir, "1")) / PATH.strip("/")
    path.write_bytes(b"")
    with session(fx.ports["1"]) as s:
        before = s.stats["frames_sent"]
        assert s.identify().storage_state is StorageState.EMPTY
        # `hwinfo devid`, OS info and the file's status: 0 bytes, so no download.
        assert s.stats["frames_sent"] - before == 3
