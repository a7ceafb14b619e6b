"""The simulated chip's SPI flash: a file in the device's state directory, and the partition
tables a test can start it with (binary format of ESP-IDF's "Partition Tables" page)."""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

SECTOR = 0x1000
TABLE_OFFSET = 0x8000
_ENTRY = struct.Struct("<2sBBII16sI")

# name -> rows (label, type, subtype, offset, size). "astarte" is the SDK's
# examples/non_volatile_storage layout: the default nvs plus a dedicated "astarte" NVS.
LAYOUTS: dict[str, list[tuple[str, int, int, int, int]]] = {
    "default": [
        ("nvs", 1, 0x02, 0x9000, 0x6000),
        ("phy_init", 1, 0x01, 0xF000, 0x1000),
        ("factory", 0, 0x00, 0x10000, 0x100000),
    ],
    "astarte": [
        ("nvs", 1, 0x02, 0x9000, 0x6000),
        ("factory", 0, 0x00, 0x10000, 0x177000),
        ("astarte", 1, 0x02, 0x187000, 0x3000),
    ],
    "no-nvs": [
        ("phy_init", 1, 0x01, 0xF000, 0x1000),
        ("factory", 0, 0x00, 0x10000, 0x100000),
    ],
    "small-nvs": [
        ("nvs", 1, 0x02, 0x9000, 0x2000),
        ("factory", 0, 0x00, 0x10000, 0x100000),
    ],
}
TABLES = (*LAYOUTS, "none", "corrupt")


def partition_table(rows: list[tuple[str, int, int, int, int]]) -> bytes:
    body = b"".join(
        _ENTRY.pack(b"\xaa\x50", kind, sub, off, size, label.encode(), 0)
        for label, kind, sub, off, size in rows
    )
    return body + b"\xeb\xeb" + b"\xff" * 14 + hashlib.md5(body).digest()  # noqa: S324


def create(path: Path, size: int, table: str = "default") -> None:
    """A fresh flash: erased, with the named partition table ("none": no table at all)."""
    if table not in TABLES:
        raise ValueError(f"unknown partition table {table!r}; one of {', '.join(TABLES)}")
    image = bytearray(b"\xff" * size)
    if table == "corrupt":
        raw = bytearray(partition_table(LAYOUTS["default"]))
        raw[40] ^= 0xFF  # a label byte: the table's MD5 no longer matches
        image[TABLE_OFFSET : TABLE_OFFSET + len(raw)] = raw
    elif table != "none":
        table_bytes = partition_table(LAYOUTS[table])
        image[TABLE_OFFSET : TABLE_OFFSET + len(table_bytes)] = table_bytes
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(bytes(image))
    os.replace(tmp, path)


class Flash:
    """Reads and writes go straight to the file, so a killed device keeps what it had written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR)
        self.size = os.fstat(self._fd).st_size

    def read(self, offset: int, length: int) -> bytes:
        length = max(0, min(length, self.size - offset))
        return os.pread(self._fd, length, offset)

    def write(self, offset: int, data: bytes) -> None:
        if offset + len(data) > self.size:
            raise ValueError("write past the end of the flash")
        os.pwrite(self._fd, data, offset)

    def erase(self, offset: int, length: int) -> None:
        start = offset - offset % SECTOR
        end = min(self.size, -(-(offset + length) // SECTOR) * SECTOR)
        if end > start:
            os.pwrite(self._fd, b"\xff" * (end - start), start)

    def close(self) -> None:
        os.close(self._fd)
