"""The chips the simulated bootloader can be: what their eFuses and registers read as.

Register addresses and bit positions are the chips' own (Technical Reference Manuals, eFuse
tables); the simulator serves them as a flat register file so any client reading the chip
the way the hardware works reads back the configured MAC, revision, features, flash
encryption and secure download mode.
"""

from __future__ import annotations

import json
import struct
from dataclasses import asdict, dataclass
from pathlib import Path

CHIPS = ("esp32", "esp32s3", "esp32c3", "esp32c5", "unknown")


@dataclass(frozen=True)
class ChipSpec:
    chip: str = "esp32"
    mac: str = "24:0a:c4:12:34:56"
    major: int = 3
    minor: int = 0
    embedded_flash: bool = False
    bluetooth: bool = True  # ESP32 only: classic BT not disabled in eFuse
    single_core: bool = False  # ESP32 only
    flash_mb: int = 4
    flash_encryption: bool = False
    secure_download: bool = False  # ESP32-S3 / -C3 only
    flash_id_known: bool = True  # False: RDID reads a capacity code esptool has no size for

    def __post_init__(self) -> None:
        if self.chip not in CHIPS:
            raise ValueError(f"unknown chip {self.chip!r}; one of {', '.join(CHIPS)}")
        if len(self.mac_bytes) != 6:
            raise ValueError(f"MAC {self.mac!r} is not six bytes")
        if self.flash_mb not in (1, 2, 4, 8, 16):
            raise ValueError("flash_mb is one of 1, 2, 4, 8, 16")
        if self.secure_download and self.chip == "esp32":
            raise ValueError("the ESP32 has no secure download mode")

    @property
    def mac_bytes(self) -> bytes:
        return bytes.fromhex(self.mac.replace(":", ""))

    @property
    def flash_size(self) -> int:
        return self.flash_mb << 20

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ChipSpec:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Layout:
    """Where one chip keeps what a bootloader client reads."""

    security_info: bool  # GET_SECURITY_INFO exists (ESP32-S2 and later)
    chip_id: int  # in the security info
    spi_base: int
    spi_usr2: int
    spi_w0: int


LAYOUTS = {
    "esp32": Layout(False, 0, 0x3FF42000, 0x24, 0x80),
    "esp32s3": Layout(True, 9, 0x60002000, 0x20, 0x58),
    "esp32c3": Layout(True, 5, 0x60002000, 0x20, 0x58),
    # esptool knows the ESP32-C5, the SDK's hardware ID has no model number for it: a unit the
    # station must refuse by name. Only its chip ID and MAC are modelled (its revision and
    # flash bits are the C3's).
    "esp32c5": Layout(True, 23, 0x60003000, 0x20, 0x58),
    "unknown": Layout(True, 0x7FFF, 0x60002000, 0x20, 0x58),
}

CHIP_DETECT_MAGIC_REG = 0x40001000
ESP32_MAGIC = 0x00F01D83
_ESP32_EFUSE = 0x3FF5A000
_ESP32_APB_CTL_DATE = 0x3FF6607C
_ESP32_UART_CLKDIV = 0x3FF40014
_EFUSE_BASE = {
    "esp32s3": 0x60007000,
    "esp32c3": 0x60008800,
    "esp32c5": 0x600B4800,
    "unknown": 0x60008800,
}
_FLASH_SIZE_CODE = {1: 0x14, 2: 0x15, 4: 0x16, 8: 0x17, 16: 0x18}
_ESP32_MAJOR_BITS = {0: (0, 0, 0), 1: (1, 0, 0), 2: (1, 1, 0), 3: (1, 1, 1)}


def registers(spec: ChipSpec) -> dict[int, int]:
    """The register file a freshly reset chip of this spec reads as."""
    regs: dict[int, int] = {}
    mac = spec.mac_bytes
    if spec.chip == "esp32":
        regs[CHIP_DETECT_MAGIC_REG] = ESP32_MAGIC
        bit0, bit1, bit2 = _ESP32_MAJOR_BITS[min(spec.major, 3)]
        pkg = 5 if spec.embedded_flash else 1  # PICO-D4 / D0WD
        word3 = (bit0 << 15) | ((pkg & 0x7) << 9) | (((pkg >> 3) & 1) << 2)
        word3 |= (0 if spec.bluetooth else 1 << 1) | (1 if spec.single_core else 0)
        regs[_ESP32_EFUSE + 4 * 0] = (1 << 20) if spec.flash_encryption else 0
        regs[_ESP32_EFUSE + 4 * 1] = int.from_bytes(mac[2:6], "big")
        regs[_ESP32_EFUSE + 4 * 2] = int.from_bytes(mac[0:2], "big")
        regs[_ESP32_EFUSE + 4 * 3] = word3
        regs[_ESP32_EFUSE + 4 * 5] = (bit1 << 20) | ((spec.minor & 0x3) << 24)
        regs[_ESP32_APB_CTL_DATE] = bit2 << 31
        regs[_ESP32_UART_CLKDIV] = 40_000_000 // 115_200  # a 40 MHz crystal at the ROM baud
        return regs
    base = _EFUSE_BASE[spec.chip]
    block1 = base + 0x44
    flash_cap = 0
    if spec.embedded_flash:
        flash_cap = 2 if spec.chip == "esp32s3" else 1  # 4 MB either way
    regs[block1] = int.from_bytes(mac[2:6], "big")
    regs[block1 + 4] = int.from_bytes(mac[0:2], "big")
    regs[block1 + 12] = ((spec.minor & 0x7) << 18) | (flash_cap << 27)
    regs[block1 + 20] = (((spec.minor >> 3) & 1) << 23) | ((spec.major & 0x3) << 24)
    regs[base + 0x34] = (1 << 18) if spec.flash_encryption else 0  # SPI_BOOT_CRYPT_CNT
    return regs


def mac_register(spec: ChipSpec) -> int:
    """The eFuse word holding MAC bytes 2..5, read once per MAC read."""
    if spec.chip == "esp32":
        return _ESP32_EFUSE + 4 * 1
    return _EFUSE_BASE[spec.chip] + 0x44


def security_info(spec: ChipSpec) -> bytes:
    flags = 1 << 2 if spec.secure_download else 0
    crypt_cnt = 1 if spec.flash_encryption else 0
    return struct.pack("<IB7BII", flags, crypt_cnt, *([0] * 7), LAYOUTS[spec.chip].chip_id, 0)


def jedec_id(spec: ChipSpec) -> int:
    """What RDID (0x9F) reads: manufacturer, memory type, capacity (a Winbond W25Q part)."""
    capacity = _FLASH_SIZE_CODE[spec.flash_mb] if spec.flash_id_known else 0x00
    return 0xEF | (0x40 << 8) | (capacity << 16)
