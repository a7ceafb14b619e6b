"""The lying device's trick: swap the credentials secret inside an NVS image it was sent,
fixing every CRC so the partition still reads as healthy (NVS entry layout: 32-byte entries
after a 64-byte page header and bitmap; data CRC32 in bytes 28..32, entry CRC32 in 4..8)."""

from __future__ import annotations

import struct
import zlib

_KEY = b"cred_secret".ljust(16, b"\0")
_STR = 0x21


def _crc(data: bytes) -> int:
    return zlib.crc32(data, 0xFFFFFFFF) & 0xFFFFFFFF


def replace_secret(image: bytes, *, flip_one_bit: bool) -> bytes | None:
    """`image` with its cred_secret changed, or None when it holds none."""
    out = bytearray(image)
    for page in range(0, len(out) - 4095, 4096):
        for slot in range(126):
            at = page + 64 + slot * 32
            if out[at + 1] != _STR or bytes(out[at + 8 : at + 24]) != _KEY:
                continue
            size = struct.unpack_from("<H", out, at + 24)[0]
            value = bytearray(out[at + 32 : at + 32 + size - 1])  # without the NUL
            if flip_one_bit:
                value[0] ^= 0x01
            else:
                value = bytearray(b"L" * len(value))  # another secret of the same length
            out[at + 32 : at + 32 + len(value)] = value
            struct.pack_into("<I", out, at + 28, _crc(bytes(out[at + 32 : at + 32 + size])))
            struct.pack_into(
                "<I", out, at + 4, _crc(bytes(out[at : at + 4] + out[at + 8 : at + 32]))
            )
            return bytes(out)
    return None
