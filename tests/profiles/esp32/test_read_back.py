"""The esp32-astarte-nvs profile's read-back code word for word: what identify reports for each
storage state, what reveal accepts, and every refusal's message and action as the operator
reads them (the texts are what the operator acts on, so a changed word is a changed behaviour).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import signal
import struct
import uuid
from pathlib import Path

import pytest

from station.cancel import CancelToken
from station.errors import StationError
from station.profiles import open_profile
from station.profiles.base import Identity, ProvisioningRecord, StorageKind, StorageState
from station.profiles.esp32 import errors as e
from station.profiles.esp32.hwid import HwidVariant, encode, hardware_id
from station.profiles.esp32.nvs import NvsContents, NvsEntry
from station.profiles.esp32.nvs_image import generate
from station.profiles.esp32.profile import Esp32Profile, _state_of
from station.sandbox.esp32.chip import ChipSpec
from station.sandbox.esp32.flash import TABLE_OFFSET
from station.sandbox.esp32.process import SimulatedEsp32
from station.secret import Secret
from tests.profiles.esp32.test_hwid import ESP32_V3

DEVICE_ID = "x_O1P18zXfK3WxGmPUN7vw"  # the SDK's ID of the simulator's default chip
HWID = "c7f3b53f5f335df2b75b11a63d437bbf"  # its bytes
NVS = (0x9000, 0x6000)
SECRET = Secret("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I=")
NS, KEY = "astarte_pairing", "cred_secret"


def _profile(**options: object) -> Esp32Profile:
    profile = open_profile("esp32-astarte-nvs", options)
    assert isinstance(profile, Esp32Profile)
    return profile


def _open(dev: SimulatedEsp32, **options: object):  # type: ignore[no-untyped-def]
    return _profile(**options).open(dev.port, baud=115200, cancel=CancelToken(), slot="3")


def _seed_nvs(dev: SimulatedEsp32, entries: list[NvsEntry]) -> None:
    with dev.flash_file.open("r+b") as f:
        f.seek(NVS[0])
        f.write(generate(NVS[1], entries))


def _seed_table(dev: SimulatedEsp32, rows: list[tuple[str, int, int, int, int, int]]) -> None:
    """A partition table with flags (the simulator's own tables have none)."""
    body = b"".join(
        struct.pack("<2sBBII16sI", b"\xaa\x50", kind, sub, off, size, label.encode(), flags)
        for label, kind, sub, off, size, flags in rows
    )
    table = body + b"\xeb\xeb" + b"\xff" * 14 + hashlib.md5(body).digest()
    with dev.flash_file.open("r+b") as f:
        f.seek(TABLE_OFFSET)
        f.write(table)


def _secret_entry(value: bytes, kind: str = "string") -> NvsEntry:
    return NvsEntry(NS, KEY, kind, value)


def _refusal(dev: SimulatedEsp32, **options: object) -> StationError:
    with pytest.raises(StationError) as caught, _open(dev, **options) as session:
        session.identify()
    return caught.value


# -- identify ---------------------------------------------------------------------------------


def _expected(state: StorageState, digest: bytes | None, **facts: str) -> Identity:
    return Identity(
        profile="esp32-astarte-nvs",
        model="ESP32",
        firmware="",
        hardware_id=bytes.fromhex(HWID),
        hardware_serial="24:0a:c4:12:34:56",
        device_id=DEVICE_ID,
        storage_kind=StorageKind.NVS,
        storage_state=state,
        secret_digest=digest,
        record_device_id=DEVICE_ID if state is StorageState.WRITTEN else None,
        record_realm=None,
        factory_mode=True,
        facts={
            "chip": "ESP32-D0WD-V3 (revision v3.0)",
            "mac": "24:0a:c4:12:34:56",
            "revision": "v3.0",
            "flash_size": "4MB",
            "partition": "nvs@0x9000+0x6000",
            "storage": "nvs",
            "hwid": "uuid5/idf5",
            **facts,
        },
    )


def test_an_empty_unit_is_reported_field_by_field(esp32: SimulatedEsp32) -> None:
    esp32.start()
    with _open(esp32) as session:
        assert session.identify() == _expected(StorageState.EMPTY, None)
        # One read of the table and one of the partition, nothing more.
        assert session.stats["flash_bytes_read"] == 0xC00 + NVS[1]


def test_a_written_unit_reports_the_recorded_device_id_and_the_digest(
    esp32: SimulatedEsp32,
) -> None:
    esp32.start()
    _seed_nvs(esp32, [_secret_entry(SECRET.reveal().encode())])
    with _open(esp32) as session:
        assert session.identify() == _expected(StorageState.WRITTEN, SECRET.digest)
        assert session.reveal() == SECRET
        # reveal used the partition identify had just read
        assert dict(session.stats) == {
            "flash_bytes_read": 0xC00 + NVS[1],
            "flash_bytes_written": 0,
            "reconnects": 0,
        }


def test_damaged_entries_are_shown_to_qa_and_make_the_storage_corrupt(
    esp32: SimulatedEsp32,
) -> None:
    esp32.start()
    image = bytearray(generate(NVS[1], [NvsEntry("app", "x", "u32", 5), _secret_entry(b"abc")]))
    image[64 + 32 + 40] ^= 0xFF  # inside the secret's entry: its CRC no longer matches
    with esp32.flash_file.open("r+b") as f:
        f.seek(NVS[0])
        f.write(bytes(image))
    with _open(esp32) as session:
        ident = session.identify()
    damage = (
        "page 0 entry 2: entry CRC32 mismatch; page 0 entry 3: key 'cred_secret' in unknown "
        "namespace"
    )
    assert ident == _expected(StorageState.CORRUPT, None, nvs_damage=damage)


def test_the_damage_fact_is_cut_at_300_characters(esp32: SimulatedEsp32) -> None:
    esp32.start()
    image = bytearray(generate(NVS[1], [NvsEntry("app", f"k{i}", "u32", i) for i in range(40)]))
    for slot in range(2, 40):
        image[64 + 32 * slot + 4] ^= 0xFF  # each entry's CRC
    with esp32.flash_file.open("r+b") as f:
        f.seek(NVS[0])
        f.write(bytes(image))
    with _open(esp32) as session:
        damage = session.identify().facts["nvs_damage"]
    assert len(damage) == 300
    assert damage.startswith("page 0 entry 2: entry CRC32 mismatch; page 0 entry 3: ")


# -- the storage state, from what the partition holds ----------------------------------------


@pytest.mark.parametrize(
    ("contents", "state"),
    [
        (NvsContents(), StorageState.EMPTY),
        (NvsContents(entries=[NvsEntry("app", KEY, "string", b"x")]), StorageState.EMPTY),
        (NvsContents(entries=[NvsEntry(NS, "other", "string", b"x")]), StorageState.EMPTY),
        (NvsContents(entries=[_secret_entry(b"x")], faults=["page 1: bad"]), StorageState.CORRUPT),
        (NvsContents(faults=["page 1: bad"]), StorageState.CORRUPT),
        (NvsContents(entries=[_secret_entry(b"x"), _secret_entry(b"x")]), StorageState.CORRUPT),
        (NvsContents(entries=[_secret_entry(b"")]), StorageState.CORRUPT),
        (NvsContents(entries=[_secret_entry(b"x", "blob")]), StorageState.CORRUPT),
        (NvsContents(entries=[NvsEntry(NS, KEY, "u32", 7)]), StorageState.CORRUPT),
    ],
)
def test_storage_states_without_a_usable_secret(contents: NvsContents, state: StorageState) -> None:
    assert _state_of(contents) == (state, None)


def test_a_stored_secret_is_written_with_the_digest_of_its_text() -> None:
    contents = NvsContents(entries=[NvsEntry("app", "k", "u32", 1), _secret_entry(b"abc")])
    assert _state_of(contents) == (StorageState.WRITTEN, Secret("abc").digest)
    # bytes that are not ASCII become U+FFFD, as reveal shows them (they match no secret)
    odd = NvsContents(entries=[_secret_entry(b"a\xffc")])
    assert _state_of(odd) == (StorageState.WRITTEN, Secret("a\ufffdc").digest)


# -- reveal -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entries", "count"),
    [
        ([], 0),
        ([_secret_entry(b"one"), _secret_entry(b"two")], 2),  # two secrets: neither is trusted
        ([NvsEntry(NS, KEY, "u32", 7)], 1),  # a number where the secret's text should be
    ],
)
def test_reveal_refuses_anything_but_exactly_one_secret(
    esp32: SimulatedEsp32, entries: list[NvsEntry], count: int
) -> None:
    esp32.start()
    if entries:
        _seed_nvs(esp32, entries)
    with pytest.raises(e.NvsPartitionProblem) as caught, _open(esp32) as session:
        session.reveal()
    assert caught.value.message == (
        f"The NVS partition of the ESP32 in slot 3 holds {count} credentials secrets; exactly "
        "one was expected."
    )
    assert caught.value.action == "Set the unit from slot 3 aside for QA."
    assert caught.value.error_class == "nvs_partition"


def test_reveal_shows_bytes_that_are_not_ascii_as_replacement_characters(
    esp32: SimulatedEsp32,
) -> None:
    esp32.start()
    _seed_nvs(esp32, [_secret_entry("abécd".encode())])
    with _open(esp32) as session:
        assert session.reveal().reveal() == "ab\ufffd\ufffdcd"


def test_reveal_after_a_write_reads_the_partition_again(esp32: SimulatedEsp32) -> None:
    esp32.start()
    with _open(esp32) as session:
        session.identify()
        session.write(ProvisioningRecord(DEVICE_ID, "plant", "https://pairing", SECRET))
        assert session.reveal() == SECRET
        assert session.stats["flash_bytes_read"] == 2 * (0xC00 + NVS[1])


# -- refusals of the partition table, word for word ------------------------------------------


def test_no_partition_table(tmp_path: Path) -> None:
    with SimulatedEsp32(tmp_path / "d", ChipSpec(), table="none") as dev:
        err = _refusal(dev)
    assert isinstance(err, e.PartitionTableProblem)
    assert err.message == (
        "The ESP32 in slot 3 has no partition table at 0x8000: its firmware has not been "
        "flashed, or the table sits elsewhere."
    )
    assert err.action == (
        "Flash the production firmware (bootloader, partition table, application) first, or "
        "set partition_table_offset to CONFIG_PARTITION_TABLE_OFFSET."
    )


def test_a_table_looked_for_elsewhere_names_that_offset(esp32: SimulatedEsp32) -> None:
    esp32.start()
    err = _refusal(esp32, partition_table_offset=0x10000)
    assert isinstance(err, e.PartitionTableProblem)
    assert "has no partition table at 0x10000: " in err.message


def test_a_corrupt_partition_table(tmp_path: Path) -> None:
    with SimulatedEsp32(tmp_path / "d", ChipSpec(), table="corrupt") as dev:
        err = _refusal(dev)
    assert isinstance(err, e.PartitionTableProblem)
    assert err.message == (
        "The partition table of the ESP32 in slot 3 at 0x8000 is corrupt (its MD5 does not "
        "match its entries)."
    )
    assert err.action == "Set the unit from slot 3 aside for reflashing its firmware."


def test_no_nvs_partition_lists_the_partitions_there_are(tmp_path: Path) -> None:
    with SimulatedEsp32(tmp_path / "d", ChipSpec(), table="no-nvs") as dev:
        err = _refusal(dev)
    assert isinstance(err, e.NvsPartitionProblem)
    assert err.message == (
        "The ESP32 in slot 3 has no NVS partition labelled 'nvs' (its partitions: phy_init, "
        "factory)."
    )
    assert err.action == (
        "Set nvs_partition to the label the firmware passes to "
        "astarte_credentials_use_nvs_storage(), or flash firmware with that partition "
        "(docs/esp32.md)."
    )


def test_a_partition_with_the_label_but_not_of_the_nvs_type(esp32: SimulatedEsp32) -> None:
    esp32.start()
    _seed_table(esp32, [("nvs", 1, 0x01, 0x9000, 0x6000, 0), ("factory", 0, 0, 0x10000, 0x1000, 0)])
    err = _refusal(esp32)
    assert isinstance(err, e.NvsPartitionProblem)
    assert err.message.endswith("labelled 'nvs' (its partitions: nvs, factory).")


SIZE_ACTION = (
    "Flash firmware whose partition table gives NVS at least 0x3000 bytes (the SDK examples "
    "use 0x6000)."
)


@pytest.mark.parametrize("size", [0x2000, 0x3800, 0x6001])
def test_an_nvs_partition_that_is_too_small_or_not_whole_pages(
    esp32: SimulatedEsp32, size: int
) -> None:
    esp32.start()
    _seed_table(esp32, [("nvs", 1, 0x02, 0x9000, size, 0)])
    err = _refusal(esp32)
    assert isinstance(err, e.NvsPartitionProblem)
    assert err.message == (
        f"The NVS partition 'nvs' of the ESP32 in slot 3 is {size:#x} bytes; NVS needs at "
        "least 0x3000 in whole 4 KiB pages."
    )
    assert err.action == SIZE_ACTION


def test_the_smallest_nvs_partition_is_accepted(esp32: SimulatedEsp32) -> None:
    esp32.start()
    _seed_table(esp32, [("nvs", 1, 0x02, 0x9000, 0x3000, 0)])
    with _open(esp32) as session:
        assert session.identify().storage_state is StorageState.EMPTY


def test_an_encrypted_nvs_partition(esp32: SimulatedEsp32) -> None:
    esp32.start()
    _seed_table(esp32, [("nvs", 1, 0x02, 0x9000, 0x6000, 1)])
    err = _refusal(esp32)
    assert isinstance(err, e.FlashProtected)
    assert err.message == "The NVS partition 'nvs' in slot 3 is marked encrypted."
    assert err.action == (
        "Provision this line with NVS encryption keys outside the station; the station writes "
        "plaintext NVS only (docs/esp32.md)."
    )


def test_a_c3_under_the_default_revision_rule(tmp_path: Path) -> None:
    """ESP-IDF 5's rule (the default) takes the C3's major revision (0), not its wafer (4)."""
    spec = ChipSpec(chip="esp32c3", mac="34:85:18:aa:bb:cc", major=0, minor=4,
                    embedded_flash=True)  # fmt: skip
    with SimulatedEsp32(tmp_path / "c3", spec) as dev, _open(dev) as session:
        ident = session.identify()
    assert ident.device_id == "fVtfoW1WX6-6F4MwJNugsA"  # test_hwid's C3 vector under idf5
    assert (ident.facts["revision"], ident.facts["hwid"]) == ("v0.4", "uuid5/idf5")


def test_a_flash_whose_size_esptool_cannot_tell_is_reported_unknown(tmp_path: Path) -> None:
    with (
        SimulatedEsp32(tmp_path / "d", ChipSpec(flash_id_known=False)) as dev,
        _open(dev) as session,
    ):
        ident = session.identify()
    assert ident.facts["flash_size"] == "unknown"
    assert ident.storage_state is StorageState.EMPTY  # the partition was read all the same


def test_a_single_core_esp32_is_hashed_with_one_core(tmp_path: Path) -> None:
    """The ESP32 is not single-core by model, only by the feature esptool reads (ESP32-S0WD)."""
    expected = hardware_id(dataclasses.replace(ESP32_V3, cores=1))
    with (
        SimulatedEsp32(tmp_path / "s0wd", ChipSpec(single_core=True)) as dev,
        _open(dev) as session,
    ):
        ident = session.identify()
    assert ident.hardware_id == expected != bytes.fromhex(HWID)
    assert ident.device_id == encode(expected)


def test_an_esp32_with_bluetooth_disabled_is_hashed_without_bt_or_ble(tmp_path: Path) -> None:
    """Bluetooth off in eFuse: esptool lists no "BT", and the SDK counts neither BT nor BLE."""
    expected = hardware_id(dataclasses.replace(ESP32_V3, bluetooth=False, ble=False))
    with (
        SimulatedEsp32(tmp_path / "nobt", ChipSpec(bluetooth=False)) as dev,
        _open(dev) as session,
    ):
        ident = session.identify()
    assert ident.hardware_id == expected != bytes.fromhex(HWID)


def test_a_chip_esptool_knows_but_the_sdk_has_no_model_for_is_refused_by_name(
    tmp_path: Path,
) -> None:
    with SimulatedEsp32(tmp_path / "c5", ChipSpec(chip="esp32c5")) as dev:
        err = _refusal(dev)
    assert isinstance(err, e.UnsupportedChip)
    assert err.message == (
        "The chip in slot 3 is an ESP32-C5; the Astarte ESP32 SDK's hardware-ID rule is matched "
        "for ESP32, ESP32-S2, ESP32-S3, ESP32-C3, ESP32-C2, ESP32-C6, ESP32-H2 only."
    )
    assert err.action == (
        "Set the unit from slot 3 aside and tell the line's engineer which chip it carries."
    )


@pytest.mark.parametrize(
    ("call", "doing"),
    [("identify", "reading the chip"), ("reveal", "reading the partition table")],
)
def test_a_chip_that_stops_answering_names_what_the_station_was_doing(
    esp32: SimulatedEsp32, call: str, doing: str
) -> None:
    esp32.start()
    assert esp32.process is not None
    with _open(esp32) as session:
        os.kill(esp32.process.pid, signal.SIGSTOP)  # a hung chip: the port stays, no answers
        try:
            with pytest.raises(e.Esp32NotAnswering) as caught:
                getattr(session, call)()  # reveal on a fresh session reads the table first
        finally:
            os.kill(esp32.process.pid, signal.SIGCONT)
    assert caught.value.message.startswith(
        f"The ESP32 in slot 3 stopped answering while {doing} ("
    ), caught.value.message
    assert caught.value.action == "Reseat the unit in slot 3 and start again."


@pytest.mark.parametrize(("read", "doing"), [(1, "the partition table"), (2, "the NVS partition")])
def test_a_flash_read_that_never_comes_names_what_was_being_read(
    esp32: SimulatedEsp32, read: int, doing: str
) -> None:
    esp32.start(faults=f"stall@read:{read}")
    with pytest.raises(e.Esp32NotAnswering) as caught, _open(esp32) as session:
        session.identify()
    assert caught.value.message.startswith(
        f"The ESP32 in slot 3 stopped answering while reading {doing} ("
    ), caught.value.message
    assert caught.value.action == "Reseat the unit in slot 3 and start again."


def test_the_firmwares_own_uuid_namespace_gives_its_device_id(esp32: SimulatedEsp32) -> None:
    namespace = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
    expected = hardware_id(ESP32_V3, variant=HwidVariant.UUID5, namespace=namespace)
    esp32.start()
    with _open(esp32, hwid_namespace=str(namespace)) as session:
        ident = session.identify()
    assert ident.hardware_id == expected != bytes.fromhex(HWID)
    assert ident.device_id == encode(expected)
