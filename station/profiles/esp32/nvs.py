"""A reader for ESP-IDF NVS partitions, written from Espressif's published format description
("Non-Volatile Storage Library", section "Internals"), not from any generator's code.

Layout: the partition is a run of 4096-byte pages. A page has a 32-byte header (state u32,
sequence number u32, version u8, 19 reserved bytes, CRC32 of bytes 4..28), a 32-byte entry
state bitmap (2 bits per entry: 0b11 empty, 0b10 written, 0b00 erased) and 126 entries of 32
bytes. An entry is: namespace index u8, type u8, span u8, chunk index u8, CRC32 of the entry
without its own CRC field, a 16-byte NUL-padded key and 8 bytes of data. Namespace names are
entries of type u8 in namespace 0 whose value is the index. Strings and blob chunks keep size
u16, reserved u16 and data CRC32 in the data field and continue in the next span-1 entries;
a v2 blob is a BLOB_IDX entry (total size u32, chunk count u8, chunk start u8) plus BLOB_DATA
chunks. CRC32 is the ROM's crc32_le seeded with 0xFFFFFFFF, which is zlib's CRC32 seeded with
the same value.

The reader never repairs: whatever does not check out is listed in `faults`, so a half-written
partition is decided from what is really there.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

PAGE_SIZE = 4096
ENTRY_SIZE = 32
ENTRIES_PER_PAGE = 126
_FIRST_ENTRY = 64

PAGE_EMPTY = 0xFFFFFFFF
PAGE_ACTIVE = 0xFFFFFFFE
PAGE_FULL = 0xFFFFFFFC
PAGE_FREEING = 0xFFFFFFF8

TYPE_U8, TYPE_I8 = 0x01, 0x11
TYPE_U16, TYPE_I16 = 0x02, 0x12
TYPE_U32, TYPE_I32 = 0x04, 0x14
TYPE_U64, TYPE_I64 = 0x08, 0x18
TYPE_STR = 0x21
TYPE_BLOB_V1 = 0x41
TYPE_BLOB_DATA = 0x42
TYPE_BLOB_IDX = 0x48

INTEGER_TYPES: dict[int, tuple[str, str]] = {
    TYPE_U8: ("u8", "<B"),
    TYPE_I8: ("i8", "<b"),
    TYPE_U16: ("u16", "<H"),
    TYPE_I16: ("i16", "<h"),
    TYPE_U32: ("u32", "<I"),
    TYPE_I32: ("i32", "<i"),
    TYPE_U64: ("u64", "<Q"),
    TYPE_I64: ("i64", "<q"),
}


def crc32(data: bytes) -> int:
    return zlib.crc32(data, 0xFFFFFFFF) & 0xFFFFFFFF


@dataclass(frozen=True)
class NvsEntry:
    """One key's value: `kind` is u8..i64, "string", "blob" or "blob_v1"."""

    namespace: str
    key: str
    kind: str
    value: int | bytes  # integers as int; strings as their bytes without the NUL; blobs raw


@dataclass
class NvsContents:
    entries: list[NvsEntry] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)
    blank: bool = False  # every byte erased (0xFF): a partition never written

    def find(self, namespace: str, key: str) -> list[NvsEntry]:
        return [e for e in self.entries if e.namespace == namespace and e.key == key]


@dataclass(frozen=True)
class _Raw:
    page: int
    slot: int
    ns: int
    type: int
    span: int
    chunk: int
    key: str
    data: bytes  # the 8-byte data field
    payload: bytes  # the variable-length bytes following, for strings and blob chunks


def parse(image: bytes) -> NvsContents:
    """Every valid entry of an NVS partition image, and everything that did not check out."""
    out = NvsContents()
    if len(image) % PAGE_SIZE or not image:
        out.faults.append(f"partition size {len(image)} is not a whole number of 4 KiB pages")
        return out
    if image.count(0xFF) == len(image):
        out.blank = True
        return out
    raws: list[_Raw] = []
    for p in range(len(image) // PAGE_SIZE):
        raws.extend(_page_entries(image[p * PAGE_SIZE : (p + 1) * PAGE_SIZE], p, out.faults))
    namespaces = {r.data[0]: r.key for r in raws if r.ns == 0 and r.type == TYPE_U8}
    blob_chunks = {(r.ns, r.key, r.chunk): r.payload for r in raws if r.type == TYPE_BLOB_DATA}
    for r in raws:
        if r.ns == 0 or r.type == TYPE_BLOB_DATA:
            continue
        ns = namespaces.get(r.ns)
        if ns is None:
            out.faults.append(f"page {r.page} entry {r.slot}: key {r.key!r} in unknown namespace")
            continue
        entry = _decode(r, ns, blob_chunks, out.faults)
        if entry is not None:
            out.entries.append(entry)
    return out


def _decode(
    r: _Raw, ns: str, blob_chunks: dict[tuple[int, str, int], bytes], faults: list[str]
) -> NvsEntry | None:
    if r.type in INTEGER_TYPES:
        kind, fmt = INTEGER_TYPES[r.type]
        return NvsEntry(ns, r.key, kind, struct.unpack_from(fmt, r.data)[0])
    if r.type == TYPE_STR:
        if not r.payload.endswith(b"\0"):
            faults.append(f"page {r.page} entry {r.slot}: string {r.key!r} has no NUL")
            return None
        return NvsEntry(ns, r.key, "string", r.payload[:-1])
    if r.type == TYPE_BLOB_V1:
        return NvsEntry(ns, r.key, "blob_v1", r.payload)
    if r.type == TYPE_BLOB_IDX:
        return _blob(r, ns, blob_chunks, faults)
    faults.append(f"page {r.page} entry {r.slot}: unknown type {r.type:#04x}")
    return None


def _blob(
    r: _Raw, ns: str, blob_chunks: dict[tuple[int, str, int], bytes], faults: list[str]
) -> NvsEntry | None:
    size, count, start = struct.unpack_from("<IBB", r.data)
    parts = [blob_chunks.get((r.ns, r.key, start + i)) for i in range(count)]
    blob = b"".join(part for part in parts if part is not None)
    if None in parts:
        faults.append(f"blob {ns}/{r.key}: a chunk is missing")
    elif len(blob) != size:
        faults.append(f"blob {ns}/{r.key}: {len(blob)} bytes, index says {size}")
    else:
        return NvsEntry(ns, r.key, "blob", blob)
    return None


def _page_entries(page: bytes, number: int, faults: list[str]) -> list[_Raw]:
    state, _seq, _version = struct.unpack_from("<IIB", page)
    if state == PAGE_EMPTY:
        if page.count(0xFF) != PAGE_SIZE:
            faults.append(f"page {number}: marked empty but holds data")
        return []
    if state not in (PAGE_ACTIVE, PAGE_FULL, PAGE_FREEING):
        faults.append(f"page {number}: state {state:#010x} is not a valid page state")
        return []
    (header_crc,) = struct.unpack_from("<I", page, 28)
    if crc32(page[4:28]) != header_crc:
        faults.append(f"page {number}: header CRC32 mismatch")
        return []
    bitmap = page[32:64]
    found: list[_Raw] = []
    slot = 0
    while slot < ENTRIES_PER_PAGE:
        entry_state = (bitmap[slot // 4] >> ((slot % 4) * 2)) & 0b11
        if entry_state != 0b10:
            slot += 1
            continue
        at = _FIRST_ENTRY + slot * ENTRY_SIZE
        entry = page[at : at + ENTRY_SIZE]
        ns, kind, span, chunk, entry_crc = struct.unpack_from("<BBBBI", entry)
        if crc32(entry[0:4] + entry[8:32]) != entry_crc:
            faults.append(f"page {number} entry {slot}: entry CRC32 mismatch")
            slot += 1
            continue
        key = entry[8:24].split(b"\0", 1)[0].decode("ascii", "replace")
        data = entry[24:32]
        payload = b""
        if kind in (TYPE_STR, TYPE_BLOB_V1, TYPE_BLOB_DATA):
            size, _reserved, data_crc = struct.unpack_from("<HHI", data)
            end = at + ENTRY_SIZE + size
            if span < 1 or slot + span > ENTRIES_PER_PAGE or size > (span - 1) * ENTRY_SIZE:
                faults.append(f"page {number} entry {slot}: span {span} cannot hold {size} bytes")
                slot += 1
                continue
            payload = page[at + ENTRY_SIZE : end]
            if crc32(payload) != data_crc:
                faults.append(f"page {number} entry {slot}: data CRC32 mismatch for {key!r}")
                slot += max(span, 1)
                continue
        found.append(_Raw(number, slot, ns, kind, span, chunk, key, data, payload))
        slot += max(span, 1)
    return found
