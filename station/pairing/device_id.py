"""Astarte device IDs: 16 bytes written as 22 characters of base64url without padding.

Pairing is lenient: it accepts padded ids, ids with non-zero unused trailing bits and ids longer
than 16 bytes, and silently keeps only the first 16 bytes. Each of those spellings is a second
name for the same device, so a journal keyed by the text would split one device in two. The
station accepts only the one canonical spelling and says why it refuses the others.

Deterministic ids are UUIDv5(namespace, data) over the raw bytes of the data (a string is taken
as its UTF-8 bytes), as astartectl `compute-from-string`/`compute-from-bytes` and the Astarte
device SDKs compute them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import uuid

from station.pairing.errors import InvalidDeviceId

DEVICE_ID_LENGTH = 22
_ALPHABET = re.compile(r"[A-Za-z0-9_-]*")
_FIX = (
    "Use the canonical form: 22 characters of base64url (A-Z a-z 0-9 - _) without '=' padding, "
    "as `station` and astartectl print it."
)


def _decode(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def _encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def validate_device_id(s: str) -> str:
    """Return `s` if it is a canonical device ID, else raise `InvalidDeviceId` saying why."""
    if not isinstance(s, str):
        raise InvalidDeviceId(f"A device ID must be text, not {type(s).__name__}.", _FIX)
    shown = s if len(s) <= 64 else s[:61] + "..."
    if not s:
        raise InvalidDeviceId("The device ID is empty.", _FIX)
    if s.rstrip("=") != s:
        core = s.rstrip("=")
        raise InvalidDeviceId(
            f"Device ID {shown!r} has '=' padding. Pairing would accept it as the same device as "
            f"{core!r}, so the padded spelling would create a second name for one device.",
            f"Use {core!r}." if _is_canonical(core) else _FIX,
        )
    if not _ALPHABET.fullmatch(s):
        bad = sorted({c for c in s if not _ALPHABET.fullmatch(c)})
        raise InvalidDeviceId(
            f"Device ID {shown!r} contains characters outside base64url: {''.join(bad)!r}"
            + (" ('+' and '/' are standard base64, not base64url)" if {"+", "/"} & set(bad) else "")
            + ".",
            _FIX,
        )
    if len(s) < DEVICE_ID_LENGTH:
        raise InvalidDeviceId(
            f"Device ID {shown!r} has {len(s)} characters; a device ID has exactly 22 (16 bytes).",
            _FIX,
        )
    if len(s) > DEVICE_ID_LENGTH:
        raise InvalidDeviceId(
            f"Device ID {shown!r} has {len(s)} characters. Pairing would register it under its "
            f"first 16 bytes only, the same device as {_truncated(s)!r}, so the longer form "
            "aliases another id.",
            _FIX,
        )
    raw = _decode(s)
    if _encode(raw) != s:
        raise InvalidDeviceId(
            f"Device ID {shown!r} is not canonical: its last character carries bits beyond the "
            f"16 bytes, which Pairing ignores, so it is the same device as {_encode(raw)!r}.",
            f"Use {_encode(raw)!r}.",
        )
    return s


def _truncated(s: str) -> str:
    try:
        return _encode(_decode(s)[:16])
    except (binascii.Error, ValueError):
        return "?"


def _is_canonical(s: str) -> bool:
    try:
        validate_device_id(s)
    except InvalidDeviceId:
        return False
    return True


def device_id_from_uuid(u: uuid.UUID | str) -> str:
    if isinstance(u, str):
        try:
            u = uuid.UUID(u)
        except ValueError:
            raise InvalidDeviceId(
                f"{u!r} is not a UUID.", "Give a UUID such as d93067fa-3344-4aeb-876a-6136668d5a9c."
            ) from None
    return _encode(u.bytes)


def uuid_from_device_id(s: str) -> uuid.UUID:
    return uuid.UUID(bytes=_decode(validate_device_id(s)))


def derive_device_id(namespace: uuid.UUID, data: bytes | str) -> str:
    """UUIDv5 of `data` in `namespace`, as astartectl and the Astarte SDKs derive device IDs.

    Computed here rather than with `uuid.uuid5` because Python 3.11's version accepts only text,
    and identities read from devices (MAC addresses, chip serials) are often raw bytes.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    digest = bytearray(hashlib.sha1(namespace.bytes + raw, usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    return _encode(bytes(digest))


def random_device_id() -> str:
    return _encode(uuid.uuid4().bytes)
