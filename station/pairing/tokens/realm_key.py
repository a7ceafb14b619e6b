"""Tokens minted per call with the realm's private key from the keyring."""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import time
from collections.abc import Callable

import jwt

from station.errors import ConfigError, StationError
from station.pairing import keystore
from station.pairing.errors import (
    CredentialMissing,
)
from station.pairing.keys import RealmKey, parse_realm_key
from station.pairing.tokens.scope import (
    DEFAULT_TTL,
    MAX_TTL,
    MIN_TTL,
    RELOAD_AFTER,
    SEND_MARGIN,
    Clock,
    TokenScope,
    TokenStatus,
    failure_text,
)
from station.text import Text

log = logging.getLogger(__name__)


class RealmKeyTokens:
    """Mints a token per kind of call with the realm private key; reuses it until near expiry.

    The key is read again from its source at most every `reload_after` seconds (only when a
    token is asked for), so a key a supervisor imports while the station runs, from the screen
    or the command line in another process, signs every token from then on without a restart:
    tokens signed with the old key are dropped the moment a different key is read. No key
    loaded yet means the source is read on every call, so a first import is used at once. A
    key deleted from the keyring stops being used; a keyring that fails on a re-read (locked,
    not answering) does not stop the line: the key already read stays in use until the next
    re-read, since nothing says it was withdrawn.
    """

    kind = "realm key"

    def __init__(
        self,
        load_pem: Callable[[], bytes],
        *,
        ttl: float = DEFAULT_TTL,
        clock: Clock = time.time,
        source: str | Text = "",
        reload_after: float = RELOAD_AFTER,
    ) -> None:
        if not MIN_TTL <= ttl <= MAX_TTL:
            low, high = f"{MIN_TTL:g}", f"{MAX_TTL:g}"
            raise ConfigError(
                Text.of("token.ttl_out_of_range", ttl=f"{ttl:g}", low=low, high=high),
                Text.of("token.ttl_out_of_range.action", low=low, high=high),
            )
        self._load_pem = load_pem
        self._ttl = int(ttl)
        self._clock = clock
        self._source = source
        self._reload_after = reload_after
        self._lock = threading.Lock()
        #: The key in use, the SHA-256 of the PEM it came from, and when that was read.
        self._key: tuple[RealmKey, bytes, float] | None = None
        self._cache: dict[TokenScope, tuple[str, float]] = {}

    @classmethod
    def from_keyring(cls, target: str, *, ttl: float = DEFAULT_TTL) -> RealmKeyTokens:
        return cls(
            lambda: keystore.load_realm_key(target),
            ttl=ttl,
            source=Text.of("keys.source.keyring", target=repr(target)),
        )

    @property
    def reuse_margin(self) -> float:
        """Mint a fresh token once less than this is left, so every request has time to finish."""
        return max(SEND_MARGIN * 2, min(60.0, self._ttl / 5))

    def _realm_key(self, now: float) -> RealmKey:
        loaded = self._key
        if loaded is not None and now - loaded[2] < self._reload_after:
            return loaded[0]
        try:
            pem = self._load_pem()
        except CredentialMissing:
            if loaded is not None:
                log.warning("the realm key of %s was removed; no more tokens", self._source)
            self._key = None
            self._cache.clear()
            raise
        except StationError as exc:
            if loaded is None:
                raise
            log.warning(
                "cannot re-read the realm key of %s (%s); the key read before stays in use",
                self._source,
                exc.error_class,
            )
            self._key = (loaded[0], loaded[1], now)
            return loaded[0]
        digest = hashlib.sha256(pem).digest()
        if loaded is not None and hmac.compare_digest(digest, loaded[1]):
            self._key = (loaded[0], digest, now)
            return loaded[0]
        key = parse_realm_key(pem, source=self._source)
        if loaded is not None:
            log.info("the realm key of %s changed; new tokens are signed with it", self._source)
        self._cache.clear()
        self._key = (key, digest, now)
        return key

    def token(self, scope: TokenScope) -> str:
        with self._lock:
            now = self._clock()
            key = self._realm_key(now)
            cached = self._cache.get(scope)
            if cached is not None and cached[1] - now > self.reuse_margin:
                return cached[0]
            iat = int(now)
            exp = iat + self._ttl
            token = jwt.encode(
                {"iat": iat, "exp": exp, "a_pa": [scope.claim]}, key.key, algorithm=key.algorithm
            )
            # Unregister scopes are per device; drop spent ones so the cache stays small.
            self._cache = {s: t for s, t in self._cache.items() if t[1] > now}
            self._cache[scope] = (token, float(exp))
            log.debug("minted a %s token for %s, valid %d s", key.algorithm, scope, self._ttl)
            return token

    def status(self) -> TokenStatus:
        try:
            with self._lock:
                key = self._realm_key(self._clock())
        except Exception as exc:  # noqa: BLE001 - the banner reports any failure in words
            return TokenStatus(self.kind, None, failure_text(exc), usable=False)
        return TokenStatus(
            self.kind,
            None,
            Text.of("token.realm_key", key=key.description, ttl=self._ttl),
            renews=True,
        )
