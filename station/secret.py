"""The credentials secret as a value that cannot leak by accident.

A `Secret` never shows its text in `repr`, `str`, f-strings, logs, tracebacks or pickles. The
only way to the text is `reveal()`, called at the two places that must send it: the Pairing
client (as a bearer credential) and the device client (as the record to burn). Everything else
(journal, events, UI) handles the `fingerprint`, the hex SHA-256 of the secret's UTF-8 bytes,
which is also what a device reports as the digest of its stored secret.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import NoReturn


def fingerprint_of(data: bytes) -> str:
    """Hex SHA-256 of raw bytes, the form digests take in the journal."""
    return hashlib.sha256(data).hexdigest()


class Secret:
    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a secret must be a non-empty string")
        self._value = value

    def reveal(self) -> str:
        return self._value

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self._value.encode("utf-8"))

    @property
    def digest(self) -> bytes:
        """Raw SHA-256, as a device reports it in `identify`."""
        return hashlib.sha256(self._value.encode("utf-8")).digest()

    def matches_digest(self, digest: bytes | None) -> bool:
        return digest is not None and hmac.compare_digest(self.digest, digest)

    def __repr__(self) -> str:
        return f"Secret(sha256:{self.fingerprint[:12]}…)"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret is never pickled or copied out of process")
