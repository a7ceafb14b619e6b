"""The agent API's JWT check, as Astarte's Guardian pipeline does it.

The outcome, not an HTTP status, comes back from here: which status and body each outcome
gets depends on the Astarte release being imitated (see `responses`).

The `a_pa` matching repeats what `station.pairing.tokens.TokenScope.allowed_by` does on the
client side, on purpose: the stand-in is the oracle the client is tested against, so it does
not share the client's code (a bug in one would otherwise hide in both).
"""

from __future__ import annotations

import enum
import re
import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes

ALLOWED_ALGORITHMS = frozenset(
    {"ES256", "ES384", "ES512", "PS256", "PS384", "PS512", "RS256", "RS384", "RS512"}
)
# Guardian's header regex, applied to the trimmed header; it is not anchored at the start.
_BEARER = re.compile(r"Bearer:?\s+(.*)$", re.IGNORECASE)
_EC_CURVE_FOR_ALG = {"ES256": "secp256r1", "ES384": "secp384r1", "ES512": "secp521r1"}


class AuthOutcome(enum.Enum):
    OK = "ok"
    MISSING = "missing"  # no header, no Bearer scheme, or an empty token
    INVALID = "invalid"  # unparseable, bad signature, disallowed alg, wrong or no key
    EXPIRED = "expired"  # exp in the past or nbf in the future, zero skew
    NOT_ALLOWED = "not_allowed"  # valid token whose a_pa does not cover this call


def bearer_token(header_values: Sequence[str]) -> str | None:
    for value in header_values:
        match = _BEARER.search(value.strip())
        if match and match.group(1):
            return match.group(1)
    return None


def _key_fits(key: PublicKeyTypes, alg: str) -> bool:
    if alg.startswith("ES"):
        return (
            isinstance(key, ec.EllipticCurvePublicKey)
            and key.curve.name == (_EC_CURVE_FOR_ALG[alg])
        )
    return isinstance(key, rsa.RSAPublicKey)


class _VerifiedTokens:
    """Claims of tokens whose signature this stand-in has checked, by token text and key.

    A station sends the same token for every registration until it nears expiry, and
    decoding and verifying it again (pyjwt checks each character of each segment) was a
    third of the stand-in's CPU per registration besides bcrypt. Only a success is kept, with
    the key it was checked against: a realm given another key checks again. The time claims
    are not part of this; `authorize` checks them on every call.
    """

    LIMIT = 256

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._claims: dict[str, tuple[PublicKeyTypes, dict[str, Any]]] = {}

    def get(self, token: str, key: PublicKeyTypes) -> dict[str, Any] | None:
        with self._lock:
            hit = self._claims.get(token)
        return hit[1] if hit is not None and hit[0] is key else None

    def put(self, token: str, key: PublicKeyTypes, claims: dict[str, Any]) -> None:
        with self._lock:
            if len(self._claims) >= self.LIMIT:
                self._claims.clear()  # a stand-in sees few distinct tokens; no need for LRU
            self._claims[token] = (key, claims)


_VERIFIED = _VerifiedTokens()


def _decode(token: str, key: PublicKeyTypes | None) -> dict[str, Any] | None:
    """Verified claims, or None when the token is not one this realm signed."""
    if key is None:
        return None
    cached = _VERIFIED.get(token, key)
    if cached is not None:
        return cached
    claims = _verify(token, key)
    if claims is not None:
        _VERIFIED.put(token, key, claims)
    return claims


def _verify(token: str, key: PublicKeyTypes) -> dict[str, Any] | None:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        return None
    alg = header.get("alg")
    if not isinstance(alg, str) or alg not in ALLOWED_ALGORITHMS or not _key_fits(key, alg):
        return None
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key,  # type: ignore[arg-type]
            algorithms=[alg],
            # Time claims are checked below with Guardian's exact comparisons; pyjwt treats
            # exp == now as expired where Guardian does not.
            options={
                "verify_signature": True,
                "verify_exp": False,
                "verify_nbf": False,
                "verify_iat": False,
                "verify_aud": False,
                "verify_iss": False,
                "verify_sub": False,
                "verify_jti": False,
                "require": [],
            },
        )
    except jwt.PyJWTError:
        return None
    return claims


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _time_claims_ok(claims: Mapping[str, Any], now: int) -> bool | None:
    """True if current, False if expired or not yet valid, None if the claims are malformed."""
    exp, nbf = claims.get("exp"), claims.get("nbf")
    if exp is not None:
        if not _is_number(exp):
            return None
        if exp < now:
            return False
    if nbf is not None:
        if not _is_number(nbf):
            return None
        if nbf > now:
            return False
    return True


def _compile_anchored(part: str) -> re.Pattern[str] | None:
    try:
        return re.compile("^" + part + "$")
    except re.error:
        return None


def path_allowed(a_pa: object, method: str, auth_path: str) -> bool:
    """Any `METHOD::PATH` entry whose anchored halves both match; bad entries are skipped."""
    if not isinstance(a_pa, list):
        return False
    for entry in a_pa:
        if not isinstance(entry, str):
            continue
        parts = entry.split(":", 2)
        if len(parts) < 3:
            continue
        method_re, path_re = _compile_anchored(parts[0]), _compile_anchored(parts[2])
        if method_re is None or path_re is None:
            continue
        if method_re.search(method) and path_re.search(auth_path):
            return True
    return False


def authorize(
    header_values: Sequence[str],
    key: PublicKeyTypes | None,
    method: str,
    auth_path: str,
    now: int | None = None,
) -> AuthOutcome:
    token = bearer_token(header_values)
    if token is None:
        return AuthOutcome.MISSING
    claims = _decode(token, key)
    if claims is None:
        return AuthOutcome.INVALID
    current = _time_claims_ok(claims, int(time.time()) if now is None else now)
    if current is None:
        return AuthOutcome.INVALID
    if not current:
        return AuthOutcome.EXPIRED
    if not path_allowed(claims.get("a_pa", []), method, auth_path):
        return AuthOutcome.NOT_ALLOWED
    return AuthOutcome.OK
