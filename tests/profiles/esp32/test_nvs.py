"""The NVS reader against pages laid out by hand from the format description, and the image
builder proven by reading its output back with that reader."""

from __future__ import annotations

import struct
import zlib

import pytest

from station.profiles.esp32 import nvs_image
from station.profiles.esp32.nvs import NvsContents, NvsEntry, parse
from station.secret import Secret

SECRET = Secret("s3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3t0=")


def _crc(b: bytes) -> int:
    return zlib.crc32(b, 0xFFFFFFFF) & 0xFFFFFFFF


def _entry(ns: int, kind: int, span: int, key: str, data: bytes) -> bytes:
    body = key.encode().ljust(16, b"\0") + data
    head = bytes([ns, kind, span, 0xFF])
    return head + struct.pack("<I", _crc(head + body)) + body


def _page(entries: list[bytes], *, state: int = 0xFFFFFFFE) -> bytes:
    header = struct.pack("<IIB", state, 0, 0xFE) + b"\xff" * 19
    header += struct.pack("<I", _crc(header[4:28]))
    raw = b"".join(entries)
    used = len(raw) // 32
    bitmap = bytearray(b"\xff" * 32)
    for slot in range(used):  # 0b10 = written
        bitmap[slot // 4] &= ~(0b01 << ((slot % 4) * 2)) & 0xFF
    return header + bytes(bitmap) + raw + b"\xff" * (4096 - 64 - len(raw))


def _hand_page() -> bytes:
    text = b"hello\0"
    return _page(
        [
            _entry(0, 0x01, 1, "astarte_pairing", bytes([1]) + b"\xff" * 7),
            _entry(1, 0x14, 1, "count", struct.pack("<i", -3) + b"\xff" * 4),
            _entry(1, 0x21, 2, "greeting", struct.pack("<HHI", len(text), 0xFFFF, _crc(text))),
            text.ljust(32, b"\xff"),
        ]
    )


def test_reads_a_page_laid_out_by_hand() -> None:
    got = parse(_hand_page() + b"\xff" * 8192)
    assert got.faults == []
    assert got.entries == [
        NvsEntry("astarte_pairing", "count", "i32", -3),
        NvsEntry("astarte_pairing", "greeting", "string", b"hello"),
    ]


def test_blank_partition_is_blank_not_damaged() -> None:
    got = parse(b"\xff" * 0x3000)
    assert got.blank and got.entries == [] and got.faults == []


@pytest.mark.parametrize(("offset", "fault"), [(8, "header CRC32"), (64 + 32 + 9, "entry CRC32")])
def test_a_flipped_bit_is_a_named_fault(offset: int, fault: str) -> None:
    page = bytearray(_hand_page())
    page[offset] ^= 0x01
    got = parse(bytes(page))
    assert any(fault in f for f in got.faults), got.faults


def test_string_data_crc_is_checked() -> None:
    page = bytearray(_hand_page())
    page[64 + 3 * 32] ^= 0x20  # "hello" -> "Hello": its data CRC no longer matches
    got = parse(bytes(page))
    assert any("data CRC32" in f for f in got.faults)
    assert not got.find("astarte_pairing", "greeting")


def test_built_image_keeps_every_entry_and_adds_one_secret() -> None:
    before = NvsContents(
        entries=[
            NvsEntry("wifi", "ssid", "string", b"plant-7"),
            NvsEntry("app", "boots", "u32", 7),
            NvsEntry("app", "neg", "i64", -5),
            NvsEntry("app", "cal", "blob", bytes(range(256)) * 20),  # spans pages
            NvsEntry("astarte_pairing", "cred_secret", "string", b"old" * 14 + b"=="),
        ]
    )
    image = nvs_image.build(0x6000, before, SECRET)
    after = parse(image)
    assert len(image) == 0x6000 and after.faults == []
    secrets = after.find("astarte_pairing", "cred_secret")
    assert [s.value for s in secrets] == [SECRET.reveal().encode()]
    assert {e for e in after.entries if e.key != "cred_secret"} == set(before.entries[:4])


def test_refuses_what_it_cannot_carry_over() -> None:
    legacy = NvsContents(entries=[NvsEntry("app", "old", "blob_v1", b"\x01\x02")])
    with pytest.raises(nvs_image.CannotCarryOver, match="single-page format"):
        nvs_image.build(0x6000, legacy, SECRET)
    damaged = NvsContents(faults=["page 0: header CRC32 mismatch"])
    with pytest.raises(nvs_image.CannotCarryOver, match="damaged"):
        nvs_image.build(0x6000, damaged, SECRET)
    with pytest.raises(nvs_image.CannotCarryOver, match="0x3000 minimum"):
        nvs_image.build(0x2000, NvsContents(), SECRET)
    full = NvsContents(entries=[NvsEntry("app", f"k{i}", "blob", bytes(3000)) for i in range(9)])
    with pytest.raises(nvs_image.CannotCarryOver, match="fit"):
        nvs_image.build(0x3000, full, SECRET)
