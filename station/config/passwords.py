"""Salted scrypt password hashes for the QA and supervisor sign-in (stdlib only).

Stored form: ``scrypt$<n>$<r>$<p>$<salt, base64>$<hash, base64>``. The parameters travel with the
hash so they can be raised later without invalidating existing passwords.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

_N, _R, _P = 2**14, 8, 1
_DKLEN = 32
_FORMAT = re.compile(
    r"scrypt\$(?P<n>\d+)\$(?P<r>\d+)\$(?P<p>\d+)\$(?P<salt>[A-Za-z0-9+/]+=*)\$(?P<hash>[A-Za-z0-9+/]+=*)"
)


def hash_password(password: str) -> str:
    if not password:
        raise ValueError("an empty password cannot be set")
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=_DKLEN)
    return "$".join(("scrypt", str(_N), str(_R), str(_P), _b64(salt), _b64(digest)))


def check_password(password: str, encoded: str) -> bool:
    m = _FORMAT.fullmatch(encoded)
    if m is None:
        return False
    salt = base64.b64decode(m["salt"])
    expected = base64.b64decode(m["hash"])
    digest = hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=int(m["n"]),
        r=int(m["r"]),
        p=int(m["p"]),
        maxmem=256 * 1024 * 1024,
        dklen=len(expected),
    )
    return hmac.compare_digest(digest, expected)


def is_password_hash(text: str) -> bool:
    """True when `text` has the stored form and sane parameters."""
    m = _FORMAT.fullmatch(text)
    if m is None:
        return False
    n, r, p = int(m["n"]), int(m["r"]), int(m["p"])
    return (
        n >= 2**10
        and n & (n - 1) == 0
        and 1 <= r <= 64
        and 1 <= p <= 16
        and len(base64.b64decode(m["salt"])) >= 8
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
