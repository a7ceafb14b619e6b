"""ESP-IDF partition tables as the chip's second-stage bootloader reads them (binary format of
ESP-IDF's "Partition Tables" page): 32-byte entries (magic AA 50, type, subtype, offset,
size, 16-byte label, flags), an optional MD5 entry (EB EB, 14 x FF, MD5 of the entries before
it), then erased flash."""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

TABLE_SIZE = 0xC00
_ENTRY = struct.Struct("<2sBBII16sI")
TYPE_DATA = 0x01
SUBTYPE_NVS = 0x02
FLAG_ENCRYPTED = 0x01


class TableMissing(Exception):
    """Erased flash where the table should be."""


class TableCorrupt(Exception):
    """Something is there, but not a valid table."""


@dataclass(frozen=True)
class Partition:
    label: str
    type: int
    subtype: int
    offset: int
    size: int
    flags: int

    @property
    def is_nvs(self) -> bool:
        return self.type == TYPE_DATA and self.subtype == SUBTYPE_NVS

    @property
    def encrypted(self) -> bool:
        return bool(self.flags & FLAG_ENCRYPTED)


def parse(raw: bytes) -> list[Partition]:
    if raw[:32] == b"\xff" * 32:
        raise TableMissing
    parts: list[Partition] = []
    for at in range(0, len(raw) - 31, 32):
        entry = raw[at : at + 32]
        if entry[:2] == b"\xeb\xeb":
            if hashlib.md5(raw[:at]).digest() != entry[16:]:  # noqa: S324 - the format's checksum
                raise TableCorrupt("its MD5 does not match its entries")
            break
        if entry == b"\xff" * 32:
            break
        magic, kind, sub, offset, size, label, flags = _ENTRY.unpack(entry)
        if magic != b"\xaa\x50":
            raise TableCorrupt(f"entry {at // 32} has no partition magic")
        name = label.split(b"\0", 1)[0].decode("ascii", "replace")
        parts.append(Partition(name, kind, sub, offset, size, flags))
    if not parts:
        raise TableCorrupt("it lists no partitions")
    return parts
