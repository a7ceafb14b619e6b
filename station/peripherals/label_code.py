"""The device ID as a label's barcodes carry it: case-insensitive, punctuation-free, checked.

A keyboard-wedge scanner types what it reads through the PC's keyboard layout. Caps Lock flips
the case of letters, a German layout swaps Y and Z and turns `-` into `ß`, an Italian one `-`
into `'`. A base64url device ID (case-sensitive, with `-` and `_`) arrives silently wrong, so
the barcodes carry the same 16 bytes as hexadecimal digits instead (0-9, A-F: no Y or Z, and a
reader upper-cases what it gets), after the prefix `AS` and followed by one check character
(ISO/IEC 7064 MOD 17,16, a hexadecimal digit), which catches every single wrong character and
most swaps of neighbours. The human-readable text on the label keeps the base64url form.

In QR and DataMatrix this costs no size: 35 characters of the alphanumeric set still fit a QR
version 2 symbol.
"""

from __future__ import annotations

import base64
import re

from station.errors import StationError
from station.text import Text

PREFIX = "AS"
_HEX = "0123456789ABCDEF"
_CODE = re.compile(rf"{PREFIX}([0-9A-F]{{32}})([0-9A-F])")


class LabelCodeError(StationError):
    """A scanned code that is not a device ID label, or one read wrong."""

    error_class = "label_code"


def check_character(digits: str) -> str:
    """ISO/IEC 7064 MOD 17,16 (the hybrid system over the hexadecimal digits)."""
    m = 16
    p = m
    for c in digits:
        s = (p + _HEX.index(c)) % m or m
        p = (2 * s) % (m + 1)
    return _HEX[(m + 1 - p) % m]


def encode(device_id: str) -> str:
    """`AS` + the ID's 16 bytes in hex + the check character, e.g. `AS2A29...3`."""
    raw = base64.urlsafe_b64decode(device_id + "=" * (-len(device_id) % 4))
    if len(raw) != 16:
        raise ValueError(f"a device ID is 16 bytes, not {len(raw)}")
    digits = raw.hex().upper()
    return PREFIX + digits + check_character(digits)


def decode(scanned: str) -> str:
    """The base64url device ID a scanned code carries; `LabelCodeError` if it carries none."""
    text = scanned.strip().upper()
    match = _CODE.fullmatch(text)
    if match is None:
        raise LabelCodeError(
            Text.of("label_code.not_a_label"), Text.of("label_code.not_a_label.action")
        )
    digits, check = match.groups()
    if check_character(digits) != check:
        raise LabelCodeError(
            Text.of("label_code.check_char"), Text.of("label_code.check_char.action")
        )
    return base64.urlsafe_b64encode(bytes.fromhex(digits)).decode("ascii").rstrip("=")
