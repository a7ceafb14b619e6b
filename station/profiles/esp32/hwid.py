"""The hardware ID the Astarte ESP32 SDK derives from the chip, computed on the host.

Matched against astarte-device-sdk-esp32 v1.3.3-11-ga7d65a3 (`src/astarte_hwid.c`,
`src/uuid.c`, `Kconfig`). The SDK formats one line of text from the chip:

    "ESP_MAC_WIFI_STA: aa:bb:cc:dd:ee:ff, model: M, cores: C, revision: R embedded flash: E,
     bluetooth: B, BLE: L."

(one line; note there is no comma after the revision). MAC is the factory base MAC from eFuse
(`esp_efuse_mac_get_default`), M is `esp_chip_model_t`, and E/B/L are 0/1 from the chip's
feature flags. With `CONFIG_ASTARTE_HWID_ENABLE_UUID` (the default) the ID is the RFC 4122
UUIDv5 (SHA-1) of that text in the configured namespace; without it, the first 16 bytes of the
text's SHA-256. Either way the SDK sends the 16 bytes as base64url without padding as `hw_id`.

The revision depends on the ESP-IDF the firmware was built with: from ESP-IDF 5.0
`esp_chip_info().revision` is major*100 + minor and the SDK prints revision/100 (the major);
before 5.0 it is the legacy revision number, which is the major for the ESP32 and the wafer
(minor) number for the later chips. A line's profile configuration says which rule its
firmware uses, because the host cannot tell.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_NAMESPACE = uuid.UUID("30349dbb-85b6-489e-a8ed-532e65c55c38")  # Kconfig default


class HwidVariant(StrEnum):
    UUID5 = "uuid5"  # CONFIG_ASTARTE_HWID_ENABLE_UUID=y (SDK default)
    SHA256 = "sha256"  # the option off: pre-1.0 compatible


class RevisionRule(StrEnum):
    IDF5 = "idf5"  # ESP-IDF >= 5.0: revision / 100, i.e. the major revision
    IDF4 = "idf4"  # ESP-IDF < 5.0: the legacy revision number


# esp_chip_model_t values from ESP-IDF's esp_chip_info.h, by esptool's chip name.
CHIP_MODELS: dict[str, int] = {
    "ESP32": 1,
    "ESP32-S2": 2,
    "ESP32-S3": 9,
    "ESP32-C3": 5,
    "ESP32-C2": 12,
    "ESP32-C6": 13,
    "ESP32-H2": 16,
}


@dataclass(frozen=True)
class ChipInfo:
    """What the SDK's formula reads from the chip (esp_chip_info and the base MAC)."""

    chip: str  # esptool's chip name, e.g. "ESP32-S3"
    mac: bytes  # 6 bytes, the factory base MAC
    cores: int
    major: int
    minor: int
    embedded_flash: bool
    bluetooth: bool  # classic BT (CHIP_FEATURE_BT)
    ble: bool

    def revision(self, rule: RevisionRule) -> int:
        if rule is RevisionRule.IDF5:
            return self.major
        # Before ESP-IDF 5 the ESP32 reported its ECO number (the major of today's scheme);
        # the later chips reported their wafer version, today's minor.
        return self.major if self.chip == "ESP32" else self.minor


def info_string(chip: ChipInfo, rule: RevisionRule) -> str:
    """The exact text the SDK hashes (`astarte_hwid_get_id`)."""
    try:
        model = CHIP_MODELS[chip.chip]
    except KeyError:
        raise ValueError(f"no ESP-IDF chip model is known for {chip.chip!r}") from None
    if len(chip.mac) != 6:
        raise ValueError("a base MAC has 6 bytes")
    mac = ":".join(f"{b:02x}" for b in chip.mac)
    return (
        f"ESP_MAC_WIFI_STA: {mac}, model: {model}, cores: {chip.cores}, "
        f"revision: {chip.revision(rule)} "
        f"embedded flash: {int(chip.embedded_flash)}, bluetooth: {int(chip.bluetooth)}, "
        f"BLE: {int(chip.ble)}."
    )


def hardware_id(
    chip: ChipInfo,
    *,
    variant: HwidVariant = HwidVariant.UUID5,
    rule: RevisionRule = RevisionRule.IDF5,
    namespace: uuid.UUID = DEFAULT_NAMESPACE,
) -> bytes:
    """The 16 bytes the SDK registers as its hardware ID."""
    text = info_string(chip, rule)
    if variant is HwidVariant.UUID5:
        return uuid.uuid5(namespace, text).bytes
    return hashlib.sha256(text.encode("ascii")).digest()[:16]


def encode(hwid: bytes) -> str:
    """base64url without padding, as the SDK's `astarte_hwid_encode` sends it."""
    return base64.urlsafe_b64encode(hwid).rstrip(b"=").decode("ascii")
