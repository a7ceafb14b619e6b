"""Credentials secrets the way Astarte makes, stores and checks them.

32 random bytes in standard base64 (44 characters), kept only as a bcrypt hash. Checking a
secret goes through a cache keyed by the secret's SHA-256 that remembers which bcrypt hash it
matched, as Astarte's `CredentialsSecret.Cache` does: repeated device calls then cost no
bcrypt, and an old secret stops matching once re-registration stored a new hash.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import random
import threading

import bcrypt

SECRET_BYTES = 32
CACHE_LIMIT = 32_768  # Astarte's cache size


def generate_secret() -> str:
    return base64.b64encode(os.urandom(SECRET_BYTES)).decode("ascii")


def hash_secret(secret: str, cost: int) -> str:
    return bcrypt.hashpw(secret.encode("utf-8"), bcrypt.gensalt(rounds=cost)).decode("ascii")


class SecretVerifier:
    def __init__(self, limit: int = CACHE_LIMIT) -> None:
        self._limit = limit
        self._cache: dict[bytes, str] = {}
        self._lock = threading.Lock()
        # Eviction is random like Astarte's; it needs no cryptographic quality.
        self._rng = random.Random()  # noqa: S311

    def verify(self, secret: str | None, stored_hash: str | None) -> bool:
        if not secret or not stored_hash:
            return False
        key = hashlib.sha256(secret.encode("utf-8")).digest()
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None and hmac.compare_digest(cached, stored_hash):
            return True
        # A miss, or a hash the secret matched before: only bcrypt can tell. Astarte answers
        # "no" at once in the second case; the answer is the same, the stand-in is just slower
        # for the rare test that gives two devices the same secret.
        try:
            ok = bcrypt.checkpw(secret.encode("utf-8"), stored_hash.encode("ascii"))
        except ValueError:
            return False
        if ok:
            with self._lock:
                if len(self._cache) >= self._limit:
                    del self._cache[self._rng.choice(list(self._cache))]
                self._cache[key] = stored_hash
        return ok

    def __len__(self) -> int:
        with self._lock:
            return len(self._cache)
