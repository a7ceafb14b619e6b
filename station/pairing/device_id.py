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
from station.text import Text

DEVICE_ID_LENGTH = 22
_ALPHABET = re.compile(r"[A-Za-z0-9_-]*")
_FIX = Text.of("device_id.canonical.action")


def _decode(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def _encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def validate_device_id(s: str) -> str:
    """Return `s` if it is a canonical device ID, else raise `InvalidDeviceId` saying why."""
    if not isinstance(s, str):
        raise InvalidDeviceId(Text.of("device_id.not_text", kind=type(s).__name__), _FIX)
    shown = repr(s if len(s) <= 64 else s[:61] + "...")
    if not s:
        raise InvalidDeviceId(Text.of("device_id.empty"), _FIX)
    if s.rstrip("=") != s:
        core = s.rstrip("=")
        raise InvalidDeviceId(
            Text.of("device_id.padded", shown=shown, core=repr(core)),
            Text.of("device_id.use.action", device=repr(core)) if _is_canonical(core) else _FIX,
        )
    if not _ALPHABET.fullmatch(s):
        bad = sorted({c for c in s if not _ALPHABET.fullmatch(c)})
        standard = bool({"+", "/"} & set(bad))
        raise InvalidDeviceId(
            Text.of(
                "device_id.alphabet.standard" if standard else "device_id.alphabet",
                shown=shown,
                bad=repr("".join(bad)),
            ),
            _FIX,
        )
    if len(s) < DEVICE_ID_LENGTH:
        raise InvalidDeviceId(Text.of("device_id.short", shown=shown, n=len(s)), _FIX)
    if len(s) > DEVICE_ID_LENGTH:
        raise InvalidDeviceId(
            Text.of("device_id.long", shown=shown, n=len(s), same=repr(_truncated(s))), _FIX
        )
    raw = _decode(s)
    if _encode(raw) != s:
        same = repr(_encode(raw))
        raise InvalidDeviceId(
            Text.of("device_id.not_canonical", shown=shown, same=same),
            Text.of("device_id.use.action", device=same),
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
                Text.of("device_id.not_uuid", value=repr(u)), Text.of("device_id.uuid.action")
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
