"""The ESP32 hardware ID against reference vectors worked out from the SDK's formula.

Each vector's text was written by hand from `astarte_hwid.c` (its snprintf format, the chip's
esp_chip_info model/cores/features and the revision rule), then hashed: UUIDv5 by hand (SHA-1
over namespace + text, version nibble 5, RFC 4122 variant bits, as `uuid.c` does) and SHA-256's
first 16 bytes. The expected IDs are literal so a change in the formula cannot move both sides.
"""

from __future__ import annotations

import uuid

import pytest

from station.profiles.esp32.hwid import (
    ChipInfo,
    HwidVariant,
    RevisionRule,
    encode,
    hardware_id,
    info_string,
)

ESP32_V3 = ChipInfo(
    chip="ESP32",
    mac=bytes.fromhex("240ac4123456"),
    cores=2,
    major=3,
    minor=0,
    embedded_flash=False,
    bluetooth=True,
    ble=True,
)
ESP32_S3 = ChipInfo(
    chip="ESP32-S3",
    mac=bytes.fromhex("f412fa010203"),
    cores=2,
    major=0,
    minor=2,
    embedded_flash=False,
    bluetooth=False,
    ble=True,
)
ESP32_C3 = ChipInfo(
    chip="ESP32-C3",
    mac=bytes.fromhex("348518aabbcc"),
    cores=1,
    major=0,
    minor=4,
    embedded_flash=True,
    bluetooth=False,
    ble=True,
)


def test_info_string_is_the_sdks_text_with_no_comma_after_the_revision() -> None:
    assert info_string(ESP32_V3, RevisionRule.IDF5) == (
        "ESP_MAC_WIFI_STA: 24:0a:c4:12:34:56, model: 1, cores: 2, revision: 3 "
        "embedded flash: 0, bluetooth: 1, BLE: 1."
    )


@pytest.mark.parametrize(
    ("chip", "rule", "uuid5", "sha256"),
    [
        (ESP32_V3, RevisionRule.IDF5, "x_O1P18zXfK3WxGmPUN7vw", "x62yKM1SE9Yl32UmUdEGwg"),
        # the ESP32's legacy revision was already its major: both rules agree
        (ESP32_V3, RevisionRule.IDF4, "x_O1P18zXfK3WxGmPUN7vw", "x62yKM1SE9Yl32UmUdEGwg"),
        (ESP32_S3, RevisionRule.IDF5, "vzWNTDs8VFiyEpHZuJJxOQ", "3_pi1kQBnA8yiBI7UW4H9Q"),
        (ESP32_C3, RevisionRule.IDF5, "fVtfoW1WX6-6F4MwJNugsA", "uVEjb82ZUyPiVV8-m8utqw"),
        # ESP-IDF 4 printed the C3's wafer version (4), so the same chip has another ID
        (ESP32_C3, RevisionRule.IDF4, "fphMp8ewXI21zjDA2wvGUw", "ktjAbDPi4q9-yd4B1dusFg"),
    ],
)
def test_reference_vectors(chip: ChipInfo, rule: RevisionRule, uuid5: str, sha256: str) -> None:
    assert encode(hardware_id(chip, variant=HwidVariant.UUID5, rule=rule)) == uuid5
    assert encode(hardware_id(chip, variant=HwidVariant.SHA256, rule=rule)) == sha256


def test_uuid5_is_version_5_rfc4122_and_follows_the_namespace() -> None:
    raw = hardware_id(ESP32_S3)
    assert raw[6] >> 4 == 5 and raw[8] >> 6 == 0b10
    other = hardware_id(ESP32_S3, namespace=uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
    assert other != raw and len(other) == 16


def test_encoding_is_22_chars_base64url_without_padding() -> None:
    text = encode(bytes([0xFB] * 16))
    assert len(text) == 22 and "=" not in text and "+" not in text and "/" not in text


def test_unknown_chip_and_bad_mac_are_refused() -> None:
    with pytest.raises(ValueError, match="ESP32-Z9"):
        info_string(ChipInfo("ESP32-Z9", bytes(6), 1, 0, 0, False, False, True), RevisionRule.IDF5)
    with pytest.raises(ValueError, match="6 bytes"):
        info_string(ChipInfo("ESP32", bytes(5), 2, 1, 0, False, True, True), RevisionRule.IDF5)
