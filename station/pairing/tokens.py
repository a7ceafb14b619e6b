"""Short-lived Pairing tokens from one of three sources chosen per target.

- `RealmKeyTokens` signs its own tokens with the realm private key from the keyring, one per
  kind of call, each allowing exactly that call (`POST::agent/devices`, or the DELETE of one
  device) and living a few minutes, so a leaked token is worth little.
- `IssuedTokens` uses a token minted elsewhere (astartectl, a cloud operator) and kept in the
  keyring; it cannot be verified here, only read, so the station checks what the server will
  check (expiry with zero skew, the a_pa regexes) to fail before sending.
- `CommandTokens` runs a configured command that prints a token, like kubectl's exec
  credentials, for plants whose tokens come from a vault or an SSO helper.

Astarte checks `exp` and `nbf` with zero clock skew and ignores `iat`; minted tokens therefore
carry `iat` and `exp` but never `nbf`, which a station clock running ahead would break.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import os
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import jwt

from station.errors import ConfigError, StationError
from station.pairing import keystore
from station.pairing.bounded_run import TimedOut, TooMuchOutput, run_bounded
from station.pairing.device_id import validate_device_id
from station.pairing.errors import (
    CredentialMissing,
    TokenCommandFailed,
    TokenError,
    TokenExpired,
    TokenScopeInsufficient,
)
from station.pairing.keys import RealmKey, parse_realm_key
from station.pairing.redact import redact

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
    detail: str
    usable: bool = True
    #: True when the operator should act soon (an issued token close to expiry).
    warning: bool = False


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
            f"The token's {name!r} claim is not a number of seconds.", "Ask for a new token."
        )
    return float(value)


def inspect_token(token: str, *, what: str = "The token") -> TokenClaims:
    """Read a token's header and claims without verifying it (only Pairing has the public key).

    Raises `TokenError` if it is not a JWT Pairing could accept. Messages never quote the token.
    """
    fix = "Provide the JWT itself: three base64url parts separated by dots, no 'Bearer ' prefix."
    if not isinstance(token, str) or not token.strip():
        raise TokenError(f"{what} is empty.", fix)
    token = token.strip()
    if any(c.isspace() for c in token):
        raise TokenError(f"{what} contains spaces or line breaks.", fix)
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
        raise TokenError(f"{what} is not a readable JWT.", fix) from None
    alg = str(header.get("alg", ""))
    if alg not in ALLOWED_ALGORITHMS:
        raise TokenError(
            f"{what} is signed with {alg or 'no algorithm'!r}; Pairing accepts only "
            + ", ".join(sorted(ALLOWED_ALGORITHMS))
            + ".",
            "Mint the token with the realm's private key (astartectl utils gen-jwt pairing).",
        )
    a_pa = claims.get("a_pa")
    entries = [e for e in a_pa if isinstance(e, str)] if isinstance(a_pa, list) else None
    return TokenClaims(
        alg, _number(claims, "exp"), _number(claims, "nbf"), _number(claims, "iat"), entries
    )


def describe_remaining(seconds: float) -> str:
    if seconds <= 0:
        return "expired"
    minutes = math.floor(seconds / 60)
    if minutes < 1:
        return f"{int(seconds)} s"
    if minutes < 120:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60} min"
    return f"{minutes // (24 * 60)} days"


def check_usable(claims: TokenClaims, scope: TokenScope, now: float, *, what: str) -> None:
    """Refuse a token Pairing would refuse, before it is sent."""
    if claims.expires is not None and claims.expires - now < SEND_MARGIN:
        state = "has expired" if claims.expires <= now else "expires in seconds"
        raise TokenExpired(
            f"{what} {state} (at {claims.expires_at:%Y-%m-%d %H:%M:%S} UTC).",
            "A supervisor provides a new token (station target set-token).",
        )
    if claims.not_before is not None and claims.not_before > now:
        raise TokenError(
            f"{what} is not valid before "
            f"{datetime.fromtimestamp(claims.not_before, UTC):%Y-%m-%d %H:%M:%S} UTC, and "
            "Pairing allows no clock skew.",
            "Check this PC's clock, or ask for a token without an 'nbf' claim.",
        )
    if not scope.allowed_by(claims.a_pa):
        allowed = ", ".join(claims.a_pa or []) or "nothing"
        raise TokenScopeInsufficient(
            f"{what} does not allow {scope} (its a_pa claim allows: {allowed}).",
            f"Ask for a token whose a_pa includes {scope.claim!r}.",
        )


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
        source: str = "",
        reload_after: float = RELOAD_AFTER,
    ) -> None:
        if not MIN_TTL <= ttl <= MAX_TTL:
            raise ConfigError(
                f"The token lifetime {ttl:g} s is outside {MIN_TTL:g} to {MAX_TTL:g} s.",
                f"Set the target's token_ttl_s to a value from {MIN_TTL:g} to {MAX_TTL:g} "
                "(docs/configuration.md).",
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
            source=f"the keyring entry of target {target!r}",
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
            return TokenStatus(self.kind, None, _failure(exc), usable=False)
        return TokenStatus(
            self.kind,
            None,
            f"{key.description} key; each call gets its own token valid {self._ttl} s",
        )


def _failure(exc: BaseException) -> str:
    if isinstance(exc, StationError):
        return str(exc)
    return f"unusable ({type(exc).__name__})"


class IssuedTokens:
    """A token minted elsewhere and kept in the keyring."""

    kind = "issued token"

    def __init__(
        self,
        load: Callable[[], str],
        *,
        clock: Clock = time.time,
        reload_after: float = RELOAD_AFTER,
        label: str = "The issued token",
    ) -> None:
        self._load = load
        self._clock = clock
        self._reload_after = reload_after
        self._label = label
        self._lock = threading.Lock()
        self._cached: tuple[str, TokenClaims, float] | None = None
        self._warned_for: float | None = None

    @classmethod
    def from_keyring(cls, target: str) -> IssuedTokens:
        return cls(
            lambda: keystore.load_issued_token(target),
            label=f"The issued token of target {target!r}",
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
            return TokenStatus(self.kind, None, _failure(exc), usable=False)
        allows = ", ".join(claims.a_pa or []) or "nothing"
        if claims.expires is None:
            return TokenStatus(
                self.kind, None, f"{claims.algorithm}, never expires, allows {allows}"
            )
        left = claims.expires - self._clock()
        if left < SEND_MARGIN:
            return TokenStatus(
                self.kind,
                claims.expires_at,
                f"{claims.algorithm}, expired: a supervisor must set a new token",
                usable=False,
                warning=True,
            )
        warn = left < WARN_BELOW
        detail = f"{claims.algorithm}, expires in {describe_remaining(left)}, allows {allows}"
        if warn:
            detail += ": ask a supervisor for a new token soon"
        return TokenStatus(self.kind, claims.expires_at, detail, warning=warn)


def _last_line(text: str) -> str:
    """Last non-empty line of a command's stderr, redacted, for an error message."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return redact(lines[-1]) if lines else ""


class CommandTokens:
    """Runs a configured command that prints a token on stdout; caches it until near expiry.

    The command learns which call the token is for from the environment (`STATION_TOKEN_METHOD`,
    `STATION_TOKEN_PATH`, and `STATION_TOKEN_CLAIM`, the narrowest a_pa entry), so a helper can
    mint narrowly scoped tokens. Its stdin is closed: it must not prompt.
    """

    kind = "token command"

    def __init__(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 30.0,
        env: Mapping[str, str] | None = None,
        clock: Clock = time.time,
    ) -> None:
        if not argv or not all(isinstance(a, str) and a for a in argv):
            raise ValueError("a token command needs a non-empty argv of non-empty strings")
        self._argv = list(argv)
        self._timeout = timeout
        self._env = dict(env or {})
        self._clock = clock
        self._lock = threading.Lock()
        self._cached: tuple[str, TokenClaims] | None = None
        self._last_error: str = ""

    @property
    def _name(self) -> str:
        return os.path.basename(self._argv[0])

    def _reusable(self, claims: TokenClaims, scope: TokenScope, now: float) -> bool:
        if not scope.allowed_by(claims.a_pa):
            return False
        if claims.expires is None:
            return True
        lifetime = claims.expires - (claims.issued if claims.issued is not None else now)
        margin = max(SEND_MARGIN, min(60.0, lifetime / 4))
        return claims.expires - now > margin

    def _run(self, scope: TokenScope) -> str:
        env = dict(os.environ)
        env.update(self._env)
        env.update(
            STATION_TOKEN_METHOD=scope.method,
            STATION_TOKEN_PATH=scope.path,
            STATION_TOKEN_CLAIM=scope.claim,
        )
        fix = f"Check the token command of this target ({self._name}) by running it by hand."
        try:
            done = run_bounded(
                self._argv, env=env, timeout=self._timeout, max_stdout=MAX_COMMAND_OUTPUT
            )
        except TimedOut:
            raise TokenCommandFailed(
                f"The token command {self._name} did not finish within {self._timeout:g} s "
                "and was stopped.",
                fix,
            ) from None
        except TooMuchOutput:
            raise TokenCommandFailed(
                f"The token command {self._name} printed more than "
                f"{MAX_COMMAND_OUTPUT // 1024} KiB and was stopped; a token is a few hundred "
                "bytes.",
                fix + " It must print only the token.",
            ) from None
        except OSError as exc:
            raise TokenCommandFailed(
                f"The token command {self._name} could not be started: {exc.strerror or exc}.", fix
            ) from None
        if done.returncode != 0:
            said = _last_line(done.stderr_tail.decode("utf-8", "replace"))
            raise TokenCommandFailed(
                f"The token command {self._name} failed with exit status {done.returncode}"
                + (f": {said}" if said else "."),
                fix,
            )
        lines = [ln for ln in done.stdout.decode("utf-8", "replace").splitlines() if ln.strip()]
        if len(lines) != 1:
            raise TokenCommandFailed(
                f"The token command {self._name} printed {len(lines)} lines; it must print "
                "exactly one line: the token.",
                fix,
            )
        return lines[0].strip()

    def token(self, scope: TokenScope) -> str:
        with self._lock:
            now = self._clock()
            if self._cached is not None and self._reusable(self._cached[1], scope, now):
                return self._cached[0]
            label = f"The token printed by {self._name}"
            try:
                token = self._run(scope)
                claims = inspect_token(token, what=label)
                check_usable(claims, scope, self._clock(), what=label)
            except TokenError as exc:
                self._last_error = str(exc)
                raise
            self._last_error = ""
            self._cached = (token, claims)
            return token

    def status(self) -> TokenStatus:
        with self._lock:
            cached = self._cached
            error = self._last_error
        if error:
            return TokenStatus(self.kind, None, error, usable=False)
        if cached is None:
            return TokenStatus(self.kind, None, f"runs {self._name} when a token is needed")
        claims = cached[1]
        if claims.expires is None:
            return TokenStatus(self.kind, None, f"{claims.algorithm} from {self._name}, no expiry")
        left = claims.expires - self._clock()
        return TokenStatus(
            self.kind,
            claims.expires_at,
            f"{claims.algorithm} from {self._name}, current token "
            + (f"expires in {describe_remaining(left)}" if left > 0 else "expired")
            + "; a new one is fetched when needed",
        )
