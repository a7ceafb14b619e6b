"""A token issued elsewhere (astartectl, a cloud operator) and kept in the keyring."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from station.pairing import keystore
from station.pairing.tokens.scope import (
    RELOAD_AFTER,
    SEND_MARGIN,
    WARN_BELOW,
    Clock,
    TokenClaims,
    TokenScope,
    TokenStatus,
    check_usable,
    describe_remaining,
    failure_text,
    inspect_token,
    remaining_text,
)
from station.text import Text

log = logging.getLogger(__name__)


class IssuedTokens:
    """A token minted elsewhere and kept in the keyring."""

    kind = "issued token"

    def __init__(
        self,
        load: Callable[[], str],
        *,
        clock: Clock = time.time,
        reload_after: float = RELOAD_AFTER,
        label: Text | None = None,
    ) -> None:
        self._load = load
        self._clock = clock
        self._reload_after = reload_after
        self._label = Text.of("token.what.issued") if label is None else label
        self._lock = threading.Lock()
        self._cached: tuple[str, TokenClaims, float] | None = None
        self._warned_for: float | None = None

    @classmethod
    def from_keyring(cls, target: str) -> IssuedTokens:
        return cls(
            lambda: keystore.load_issued_token(target),
            label=Text.of("token.what.issued_of", target=repr(target)),
        )

    def _current(self) -> tuple[str, TokenClaims]:
        now = self._clock()
        if self._cached is None or now - self._cached[2] >= self._reload_after:
            token = self._load().strip()
            self._cached = (token, inspect_token(token, what=self._label), now)
        return self._cached[0], self._cached[1]

    def token(self, scope: TokenScope) -> str:
        with self._lock:
            token, claims = self._current()
            now = self._clock()
            if claims.expires is not None and claims.expires - now < SEND_MARGIN:
                # A supervisor may have stored a new token since the last read.
                self._cached = None
                token, claims = self._current()
            check_usable(claims, scope, now, what=self._label)
            left = None if claims.expires is None else claims.expires - now
            if left is not None and left < WARN_BELOW and self._warned_for != claims.expires:
                self._warned_for = claims.expires
                log.warning("%s expires in %s", self._label, describe_remaining(left))
            return token

    def status(self) -> TokenStatus:
        try:
            with self._lock:
                _, claims = self._current()
        except Exception as exc:  # noqa: BLE001 - the banner reports any failure in words
            return TokenStatus(self.kind, None, failure_text(exc), usable=False)
        allows: str | Text = ", ".join(claims.a_pa or []) or Text.of("token.allows_nothing")
        if claims.expires is None:
            return TokenStatus(
                self.kind,
                None,
                Text.of("token.issued.no_expiry", algorithm=claims.algorithm, allows=allows),
            )
        left = claims.expires - self._clock()
        if left < SEND_MARGIN:
            return TokenStatus(
                self.kind,
                claims.expires_at,
                Text.of("token.issued.expired", algorithm=claims.algorithm),
                usable=False,
                warning=True,
            )
        warn = left < WARN_BELOW
        detail = Text.of(
            "token.issued.expires_soon" if warn else "token.issued.expires_in",
            algorithm=claims.algorithm,
            left=remaining_text(left),
            allows=allows,
        )
        return TokenStatus(self.kind, claims.expires_at, detail, warning=warn)
