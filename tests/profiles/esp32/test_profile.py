"""The esp32-astarte-nvs profile against the simulated bootloader, driven by esptool's API."""

from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from pathlib import Path

import pytest

from station.cancel import CancelToken
from station.errors import DeviceGone, DeviceNotAnswering, OutcomeUnknown
from station.profiles import open_profile
from station.profiles.base import ProvisioningRecord, StorageKind, StorageState
from station.profiles.esp32 import errors as e
from station.profiles.esp32.nvs import NvsEntry, parse
from station.profiles.esp32.nvs_image import generate
from station.profiles.esp32.profile import Esp32Profile
from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.process import SimulatedEsp32
from station.secret import Secret

NVS = (0x9000, 0x6000)  # the simulator's default table


def _secret() -> Secret:
    return Secret(base64.b64encode(os.urandom(32)).decode())


def _record(secret: Secret) -> ProvisioningRecord:
    return ProvisioningRecord("x_O1P18zXfK3WxGmPUN7vw", "plant", "https://pairing", secret)


def _profile(**options: object) -> Esp32Profile:
    profile = open_profile("esp32-astarte-nvs", options)
    assert isinstance(profile, Esp32Profile)
    return profile


def _open(profile: Esp32Profile, dev: SimulatedEsp32):  # type: ignore[no-untyped-def]
    return profile.open(dev.port, baud=115200, cancel=CancelToken(), slot="3")


def test_identify_write_read_back_and_reveal(esp32: SimulatedEsp32) -> None:
    esp32.start()
    secret = _secret()
    with _open(_profile(), esp32) as session:
        before = session.identify()
        assert before.storage_state is StorageState.EMPTY
        assert before.storage_kind is StorageKind.NVS and before.rewritable
        # the SDK's ID for this chip (tests/profiles/esp32/test_hwid.py's ESP32 vector)
        assert before.device_id == "x_O1P18zXfK3WxGmPUN7vw"
        assert before.facts["mac"] == "24:0a:c4:12:34:56"
        assert before.facts["revision"] == "v3.0"
        assert before.facts["partition"] == "nvs@0x9000+0x6000"
        assert before.facts["flash_size"] == "4MB"
        session.write(_record(secret))
        after = session.identify()
        assert after.storage_state is StorageState.WRITTEN
        assert after.secret_digest == secret.digest
        assert session.reveal() == secret
        session.finish()
        assert "Hash of data verified" in session.console_log()
    # read independently from the device's own flash file
    stored = parse(esp32.flash(*NVS)).find("astarte_pairing", "cred_secret")
    assert [s.value for s in stored] == [secret.reveal().encode()]


def test_other_entries_are_carried_over_exactly(esp32: SimulatedEsp32) -> None:
    esp32.start()
    seed = [
        NvsEntry("phy", "cal_data", "blob", os.urandom(1900)),
        NvsEntry("app", "boot_count", "u32", 41),
        NvsEntry("wifi_cfg", "ssid", "string", b"plant-7"),
    ]
    with esp32.flash_file.open("r+b") as f:
        f.seek(NVS[0])
        f.write(generate(NVS[1], seed))
    with _open(_profile(), esp32) as session:
        session.identify()
        session.write(_record(_secret()))
    after = parse(esp32.flash(*NVS))
    assert after.faults == []
    assert {x for x in after.entries if x.key != "cred_secret"} == set(seed)


def test_an_existing_secret_is_reported_written_with_its_digest(esp32: SimulatedEsp32) -> None:
    esp32.start()
    old = _secret()
    with esp32.flash_file.open("r+b") as f:
        f.seek(NVS[0])
        f.write(generate(NVS[1], [NvsEntry("astarte_pairing", "cred_secret", "string",
                                           old.reveal().encode())]))  # fmt: skip
    with _open(_profile(), esp32) as session:
        ident = session.identify()
    assert ident.storage_state is StorageState.WRITTEN
    assert ident.secret_digest == hashlib.sha256(old.reveal().encode()).digest()


def test_a_named_partition_and_the_sha256_variant(tmp_path: Path) -> None:
    spec = ChipSpec(chip="esp32c3", mac="34:85:18:aa:bb:cc", major=0, minor=4,
                    embedded_flash=True)  # fmt: skip
    with SimulatedEsp32(tmp_path / "c3", spec, table="astarte") as dev:
        profile = _profile(nvs_partition="astarte", hwid="sha256", revision_rule="idf4")
        with _open(profile, dev) as session:
            ident = session.identify()
            assert ident.device_id == "ktjAbDPi4q9-yd4B1dusFg"  # test_hwid's C3 idf4 vector
            assert ident.facts["partition"] == "astarte@0x187000+0x3000"
            session.write(_record(_secret()))
            assert session.identify().storage_state is StorageState.WRITTEN
        assert parse(dev.flash(0x9000, 0x6000)).blank  # the default nvs was not touched


@pytest.mark.parametrize(
    ("spec", "table", "error", "words"),
    [
        (ChipSpec(), "none", e.PartitionTableProblem, "no partition table"),
        (ChipSpec(), "corrupt", e.PartitionTableProblem, "corrupt"),
        (ChipSpec(), "no-nvs", e.NvsPartitionProblem, "no NVS partition"),
        (ChipSpec(), "small-nvs", e.NvsPartitionProblem, "at least 0x3000"),
        (ChipSpec(flash_encryption=True), "default", e.FlashProtected, "garble"),
        (ChipSpec(chip="esp32s3", secure_download=True), "default", e.FlashProtected,
         "secure download mode"),
        (ChipSpec(chip="unknown"), "default", e.UnsupportedChip, "not one esptool knows"),
    ],
)  # fmt: skip
def test_bad_units_are_refused_with_the_reason(
    tmp_path: Path, spec: ChipSpec, table: str, error: type[Exception], words: str
) -> None:
    with (
        SimulatedEsp32(tmp_path / "dev", spec, table=table) as dev,
        pytest.raises(error) as caught,
        _open(_profile(), dev) as session,
    ):
        session.identify()
    assert words in str(caught.value)
    assert getattr(caught.value, "action", "")


def test_an_application_that_never_syncs_asks_for_boot(esp32: SimulatedEsp32) -> None:
    esp32.start(faults="no_sync")
    with pytest.raises(e.NotInBootloader) as caught, _open(_profile(connect_attempts=1), esp32):
        pass
    assert "GPIO0" in caught.value.action


def test_a_reset_mid_write_is_an_unknown_outcome_then_a_partial_partition(
    esp32: SimulatedEsp32,
) -> None:
    esp32.start(faults="reset@write:1")
    with _open(_profile(), esp32) as session:
        session.identify()
        with pytest.raises(OutcomeUnknown):
            session.write(_record(_secret()))
    with _open(_profile(), esp32) as session:  # the chip came back up in its bootloader
        assert session.identify().storage_state is StorageState.CORRUPT


def test_an_unplug_mid_write_is_an_unknown_outcome_then_gone(esp32: SimulatedEsp32) -> None:
    esp32.start(faults="unplug@write:1")
    with _open(_profile(connect_attempts=1), esp32) as session:
        session.identify()
        with pytest.raises(OutcomeUnknown):
            session.write(_record(_secret()))
        # The pty is gone (or its number already belongs to another pty): nothing answers.
        with pytest.raises((DeviceGone, DeviceNotAnswering)):
            session.identify()


def test_a_wrong_md5_is_a_failed_verification(esp32: SimulatedEsp32) -> None:
    esp32.start(faults="wrong_md5")
    with _open(_profile(), esp32) as session:
        session.identify()
        with pytest.raises(e.FlashVerifyFailed) as caught:
            session.write(_record(_secret()))
    assert caught.value.command == "write"


@pytest.mark.parametrize("lie", ["stores_other", "stores_flipped"])
def test_a_device_storing_another_secret_is_caught_by_the_read_back(
    esp32: SimulatedEsp32, lie: str
) -> None:
    esp32.start(faults=lie)
    secret = _secret()
    with _open(_profile(), esp32) as session:
        session.identify()
        session.write(_record(secret))  # the liar's MD5 matches what it was sent
        back = session.identify()
        assert back.storage_state is StorageState.WRITTEN
        assert back.secret_digest != secret.digest
        assert session.reveal() != secret


def test_a_moving_mac_moves_the_hardware_id(esp32: SimulatedEsp32) -> None:
    esp32.start(faults="mac_drift")
    with _open(_profile(), esp32) as session:
        first = session.identify()
        second = session.identify()
    assert first.hardware_id != second.hardware_id


def test_presence_never_talks_to_the_chip(esp32: SimulatedEsp32) -> None:
    esp32.start()
    profile = _profile()
    assert profile.present(esp32.port, baud=115200, cancel=CancelToken(), slot="3")
    assert not profile.present("/dev/nonexistent-port", baud=115200, cancel=CancelToken(), slot="3")
    assert "sync" not in (esp32.state_dir / "device.log").read_text().lower()


def test_the_secret_never_touches_disk(esp32: SimulatedEsp32) -> None:
    esp32.start()
    secret = _secret()
    with _open(_profile(), esp32) as session:
        session.identify()
        session.write(_record(secret))
        session.identify()
        session.reveal()
    needle = secret.reveal().encode()
    device_dir = esp32.state_dir.resolve()
    found = []
    for root, _dirs, files in os.walk(tempfile.gettempdir()):
        if Path(root).resolve().is_relative_to(device_dir):
            continue  # the simulated chip's own flash holds it, as the real chip does
        for name in files:
            path = Path(root) / name
            try:
                if (
                    path.is_file()
                    and path.stat().st_size < 64 << 20
                    and needle in path.read_bytes()
                ):
                    found.append(path)
            except OSError:
                continue
    assert found == []
    assert needle in esp32.flash(*NVS)  # the scan would have seen it in a file
