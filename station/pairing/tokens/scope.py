"""What a token is for and what it says: scopes, claims, status, and the source protocol.

Shared by the three token sources (`realm_key`, `issued`, `command`).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import jwt

from station.errors import StationError
from station.pairing.device_id import validate_device_id
from station.pairing.errors import (
    TokenError,
    TokenExpired,
    TokenScopeInsufficient,
)
from station.text import Text, as_text

log = logging.getLogger(__name__)

#: Algorithms Pairing accepts (`AuthGuardian allowed_algos`); HS* and none are rejected.
ALLOWED_ALGORITHMS = frozenset(
    {"ES256", "ES384", "ES512", "PS256", "PS384", "PS512", "RS256", "RS384", "RS512"}
)
DEFAULT_TTL = 300.0
MIN_TTL = 30.0
MAX_TTL = 3600.0
#: A token with less than this left is not sent: the request itself and a retry need the time.
SEND_MARGIN = 15.0
#: Issued tokens below this much lifetime make the operator banner warn.
WARN_BELOW = 15 * 60.0
#: How long a key or token read from the keyring is trusted before it is read again, so that
#: an import or `station target set-token` in another process takes effect without a restart.
RELOAD_AFTER = 60.0
#: What a token command may print on stdout; real tokens are well under 4 KiB.
MAX_COMMAND_OUTPUT = 64 * 1024
Clock = Callable[[], float]


@dataclass(frozen=True)
class TokenScope:
    """One Pairing call, as `a_pa` sees it: the method and the path after the realm."""

    method: str
    path: str

    @classmethod
    def register(cls) -> TokenScope:
        return cls("POST", "agent/devices")

    @classmethod
    def unregister(cls, device_id: str) -> TokenScope:
        return cls("DELETE", f"agent/devices/{validate_device_id(device_id)}")

    @property
    def claim(self) -> str:
        """The narrowest a_pa entry that allows this call (Pairing anchors both halves)."""
        return f"{re.escape(self.method)}::{re.escape(self.path)}"

    def allowed_by(self, a_pa: object) -> bool:
        """Whether Pairing would let a token with this `a_pa` claim make this call.

        Mirrors `GuardianAuthorizePath`: each entry splits on ':' into three parts (the middle is
        ignored, entries with fewer parts are skipped), each half is anchored as ^...$, entries
        with an invalid regex are skipped, and any matching entry allows the call.
        """
        if not isinstance(a_pa, list):
            return False
        for entry in a_pa:
            if not isinstance(entry, str):
                continue
            parts = entry.split(":", 2)
            if len(parts) < 3:
                continue
            try:
                method_re = re.compile(f"^{parts[0]}$")
                path_re = re.compile(f"^{parts[2]}$")
            except re.error:
                continue
            if method_re.search(self.method) and path_re.search(self.path):
                return True
        return False

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class TokenStatus:
    """What the operator banner shows about a target's tokens; never the token itself."""

    kind: str
    expires_at: datetime | None
    #: What the source holds, or why it cannot give a token (a `Text` the screens translate).
    said: Text | str
    usable: bool = True
    #: True when the operator should act soon (an issued token close to expiry).
    warning: bool = False
    #: True when the source gets a fresh token for every need (a realm key, a token command):
    #: its current token's expiry is no reason to warn anyone.
    renews: bool = False

    @property
    def detail(self) -> str:
        return as_text(self.said).english

    @property
    def detail_text(self) -> Text:
        return as_text(self.said)


class TokenSource(Protocol):
    def token(self, scope: TokenScope) -> str: ...

    def status(self) -> TokenStatus: ...


@dataclass(frozen=True)
class TokenClaims:
    algorithm: str
    expires: float | None
    not_before: float | None
    issued: float | None
    a_pa: list[str] | None

    @property
    def expires_at(self) -> datetime | None:
        return None if self.expires is None else datetime.fromtimestamp(self.expires, UTC)


def _number(claims: Mapping[str, Any], name: str) -> float | None:
    value = claims.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TokenError(
            Text.of("token.claim_not_number", claim=repr(name)), Text.of("token.ask_new.action")
        )
    return float(value)


def inspect_token(token: str, *, what: str | Text | None = None) -> TokenClaims:
    """Read a token's header and claims without verifying it (only Pairing has the public key).

    Raises `TokenError` if it is not a JWT Pairing could accept. Messages never quote the token.
    """
    said = Text.of("token.what.default") if what is None else as_text(what)
    fix = Text.of("token.jwt.action")
    if not isinstance(token, str) or not token.strip():
        raise TokenError(Text.of("token.empty", what=said), fix)
    token = token.strip()
    if any(c.isspace() for c in token):
        raise TokenError(Text.of("token.spaces", what=said), fix)
    try:
        header = jwt.get_unverified_header(token)
        claims = jwt.decode(
            token,
            options={
                "verify_signature": False,
                "verify_exp": False,
                "verify_nbf": False,
                "verify_iat": False,
                "verify_aud": False,
                "verify_iss": False,
            },
        )
    except jwt.PyJWTError:
        raise TokenError(Text.of("token.not_jwt", what=said), fix) from None
    alg = str(header.get("alg", ""))
    if alg not in ALLOWED_ALGORITHMS:
        raise TokenError(
            Text.of(
                "token.algorithm",
                what=said,
                algorithm=repr(alg) if alg else Text.of("token.no_algorithm"),
                allowed=", ".join(sorted(ALLOWED_ALGORITHMS)),
            ),
            Text.of("token.algorithm.action"),
        )
    a_pa = claims.get("a_pa")
    entries = [e for e in a_pa if isinstance(e, str)] if isinstance(a_pa, list) else None
    return TokenClaims(
        alg, _number(claims, "exp"), _number(claims, "nbf"), _number(claims, "iat"), entries
    )


def describe_remaining(seconds: float) -> str:
    return remaining_text(seconds).english


def remaining_text(seconds: float) -> Text:
    if seconds <= 0:
        return Text.of("time.expired")
    minutes = math.floor(seconds / 60)
    if minutes < 1:
        return Text.of("time.seconds", n=int(seconds))
    if minutes < 120:
        return Text.of("time.minutes", n=minutes)
    if minutes < 48 * 60:
        return Text.of("time.hours_minutes", h=minutes // 60, m=minutes % 60)
    return Text.of("time.days", n=minutes // (24 * 60))


def check_usable(claims: TokenClaims, scope: TokenScope, now: float, *, what: str | Text) -> None:
    """Refuse a token Pairing would refuse, before it is sent."""
    said = as_text(what)
    if claims.expires is not None and claims.expires - now < SEND_MARGIN:
        state = "token.expired" if claims.expires <= now else "token.expires_now"
        raise TokenExpired(
            Text.of(state, what=said, when=f"{claims.expires_at:%Y-%m-%d %H:%M:%S}"),
            Text.of("token.new.action"),
        )
    if claims.not_before is not None and claims.not_before > now:
        raise TokenError(
            Text.of(
                "token.not_yet_valid",
                what=said,
                when=f"{datetime.fromtimestamp(claims.not_before, UTC):%Y-%m-%d %H:%M:%S}",
            ),
            Text.of("token.not_yet_valid.action"),
        )
    if not scope.allowed_by(claims.a_pa):
        allowed = ", ".join(claims.a_pa or [])
        raise TokenScopeInsufficient(
            Text.of(
                "token.scope",
                what=said,
                scope=str(scope),
                allowed=allowed or Text.of("token.allows_nothing"),
            ),
            Text.of("token.scope.action", claim=repr(scope.claim)),
        )


def failure_text(exc: BaseException) -> Text:
    if isinstance(exc, StationError):
        return said_with_action(exc)
    return Text.of("token.unusable", kind=type(exc).__name__)


def said_with_action(exc: StationError) -> Text:
    """`str(exc)` as a `Text`: the message, then the action after a dash."""
    if not exc.action:
        return exc.text
    return Text.of("said.with_action", message=exc.text, action=exc.action_text)
