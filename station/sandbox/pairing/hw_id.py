"""Device ids as Astarte's server decodes them, leniency included.

Pairing decodes ids with Elixir's `Base.url_decode64(id, padding: false)`, which also takes
correctly padded input and ignores unused trailing bits, and then keeps only the first 16
bytes when extended ids are allowed (register and the device routes) or refuses anything
longer (unregister). The stand-in reproduces that so a client that sends padded or extended
forms sees them alias the same device, exactly as it would against Astarte.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

DEVICE_ID_BYTES = 16
_URL_ALPHABET = re.compile(r"[A-Za-z0-9_-]*")


@dataclass(frozen=True)
class DecodedId:
    device_id: bytes
    extended_id: bytes

    @property
    def canonical(self) -> str:
        """The 22-character unpadded form the device is stored under."""
        return encode_device_id(self.device_id)


def url_decode64(text: str) -> bytes | None:
    """Elixir `Base.url_decode64(text, padding: false)`, or None where Elixir returns :error."""
    body = text
    if text.endswith("=="):
        body = text[:-2]
        if len(text) % 4 != 0 or len(body) % 4 != 2:
            return None
    elif text.endswith("="):
        body = text[:-1]
        if len(text) % 4 != 0 or len(body) % 4 != 3:
            return None
    elif len(text) % 4 == 1:
        return None
    if not _URL_ALPHABET.fullmatch(body):
        return None
    # Python's decoder, like Elixir's, ignores the unused low bits of the last character.
    return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))


def decode_device_id(text: str, *, allow_extended: bool) -> DecodedId | None:
    """`Astarte.Core.Device.decode_device_id/2`; None for every error Astarte can return."""
    raw = url_decode64(text)
    if raw is None or len(raw) < DEVICE_ID_BYTES:
        return None
    decoded = DecodedId(raw[:DEVICE_ID_BYTES], raw[DEVICE_ID_BYTES:])
    if decoded.extended_id and not allow_extended:
        return None
    return decoded


def encode_device_id(device_id: bytes) -> str:
    return base64.urlsafe_b64encode(device_id).decode("ascii").rstrip("=")


def canonical_id(text: str) -> str:
    """The stored form of any id register would accept; ValueError for anything else."""
    decoded = decode_device_id(text, allow_extended=True)
    if decoded is None:
        raise ValueError(f"{text!r} is not a device id Pairing would accept")
    return decoded.canonical
