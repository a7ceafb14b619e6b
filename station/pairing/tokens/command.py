"""Tokens a configured command prints (a vault or SSO helper), like kubectl's exec credentials."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Mapping, Sequence

from station.pairing.bounded_run import TimedOut, TooMuchOutput, run_bounded
from station.pairing.errors import (
    TokenCommandFailed,
    TokenError,
)
from station.pairing.redact import redact
from station.pairing.tokens.scope import (
    MAX_COMMAND_OUTPUT,
    SEND_MARGIN,
    Clock,
    TokenClaims,
    TokenScope,
    TokenStatus,
    check_usable,
    inspect_token,
    remaining_text,
    said_with_action,
)
from station.text import Text

log = logging.getLogger(__name__)


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
        self._last_error: Text | None = None

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
        name = self._name
        fix = Text.of("token.command.action", name=name)
        try:
            done = run_bounded(
                self._argv, env=env, timeout=self._timeout, max_stdout=MAX_COMMAND_OUTPUT
            )
        except TimedOut:
            raise TokenCommandFailed(
                Text.of("token.command.timeout", name=name, seconds=float(self._timeout)), fix
            ) from None
        except TooMuchOutput:
            raise TokenCommandFailed(
                Text.of("token.command.too_much", name=name, kib=MAX_COMMAND_OUTPUT // 1024),
                Text.of("token.command.only_token.action", name=name),
            ) from None
        except OSError as exc:
            raise TokenCommandFailed(
                Text.of("token.command.not_started", name=name, reason=exc.strerror or str(exc)),
                fix,
            ) from None
        if done.returncode != 0:
            said = _last_line(done.stderr_tail.decode("utf-8", "replace"))
            failed = (
                Text.of("token.command.exit_said", name=name, status=done.returncode, said=said)
                if said
                else Text.of("token.command.exit", name=name, status=done.returncode)
            )
            raise TokenCommandFailed(failed, fix)
        lines = [ln for ln in done.stdout.decode("utf-8", "replace").splitlines() if ln.strip()]
        if len(lines) != 1:
            raise TokenCommandFailed(Text.of("token.command.lines", name=name, n=len(lines)), fix)
        return lines[0].strip()

    def token(self, scope: TokenScope) -> str:
        with self._lock:
            now = self._clock()
            if self._cached is not None and self._reusable(self._cached[1], scope, now):
                return self._cached[0]
            label = Text.of("token.what.command", name=self._name)
            try:
                token = self._run(scope)
                claims = inspect_token(token, what=label)
                check_usable(claims, scope, self._clock(), what=label)
            except TokenError as exc:
                self._last_error = said_with_action(exc)
                raise
            self._last_error = None
            self._cached = (token, claims)
            return token

    def status(self) -> TokenStatus:
        with self._lock:
            cached = self._cached
            error = self._last_error
        if error is not None:
            return TokenStatus(self.kind, None, error, usable=False)
        if cached is None:
            return TokenStatus(
                self.kind, None, Text.of("token.command.runs", name=self._name), renews=True
            )
        claims = cached[1]
        if claims.expires is None:
            said = Text.of("token.command.no_expiry", algorithm=claims.algorithm, name=self._name)
            return TokenStatus(self.kind, None, said, renews=True)
        left = claims.expires - self._clock()
        return TokenStatus(
            self.kind,
            claims.expires_at,
            Text.of(
                "token.command.expires_in",
                algorithm=claims.algorithm,
                name=self._name,
                left=remaining_text(left),
            )
            if left > 0
            else Text.of("token.command.expired", algorithm=claims.algorithm, name=self._name),
            renews=True,
        )
