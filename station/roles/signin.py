"""QA and supervisor sign-in: the password check, and the brake on guessing.

The check is the configuration's salted scrypt hash (`station.config.passwords`, constant-time
compare). After `attempts` failures in a row sign-in is locked for `lockout_s`; every further
lockout before a successful sign-in doubles the wait, up to an hour, so a guessing script gets a
handful of tries per hour while a person who mistyped twice loses nothing. The throttle is one
for the whole station, not per role: alternating roles must not double the guesses.

Every outcome is a journal event (`signin`, `signin_failed`, `signin_locked`) naming the person
and the role; the password never goes anywhere but into the hash function.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

from station.config.model import RolesConfig
from station.config.passwords import check_password
from station.errors import StationError
from station.journal.model import AuditEvent
from station.roles.audit import AuditLog
from station.roles.model import Actor, Role
from station.text import Text

Clock = Callable[[], float]
MAX_LOCKOUT_S = 3600.0
MAX_NAME = 64


class SignInRefused(StationError):
    """Wrong password (or name missing); says how many tries are left before a lockout."""

    error_class = "signin_refused"


class SignInLocked(StationError):
    """Too many failures: sign-in waits; `retry_after_s` says how long."""

    error_class = "signin_locked"

    def __init__(self, message: str | Text, action: str | Text, *, retry_after_s: float) -> None:
        super().__init__(message, action)
        self.retry_after_s = retry_after_s


class RoleNotSetUp(StationError):
    """No password is configured for the role, so nobody can sign in to it."""

    error_class = "role_not_set_up"


def _wait_words(seconds: float) -> Text:
    whole = max(1, round(seconds))
    if whole < 120:
        return Text.of("time.seconds", n=whole)
    return Text.of("time.minutes", n=round(whole / 60))


def _forgotten(role: Role) -> Text:
    if role is Role.SUPERVISOR:
        # Setting it again needs the old one; only whoever administers the PC's files can
        # start over (docs/supervisor.md, "Forgot the supervisor password?").
        return Text.of("signin.forgotten.supervisor")
    return Text.of("signin.forgotten", role_arg=role.value)


def _first_password(role: Role, supervisor_set: bool) -> Text:
    if supervisor_set:
        return Text.of("signin.first_password.by_supervisor", role_arg=role.value)
    return Text.of("signin.first_password", role_arg=role.value)


class SignInThrottle:
    """Counts failed sign-ins and says when the next attempt may be made."""

    def __init__(
        self,
        attempts: int = 5,
        lockout_s: float = 60.0,
        *,
        max_lockout_s: float = MAX_LOCKOUT_S,
        clock: Clock = time.monotonic,
    ) -> None:
        if attempts < 1 or lockout_s <= 0:
            raise ValueError("attempts must be >= 1 and lockout_s > 0")
        self.attempts = attempts
        self.lockout_s = float(lockout_s)
        self.max_lockout_s = max(float(max_lockout_s), self.lockout_s)
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._lockouts = 0
        self._locked_until = 0.0

    def retry_after_s(self) -> float:
        """Seconds until a sign-in may be tried; 0 when it may be tried now."""
        with self._lock:
            return max(0.0, self._locked_until - self._clock())

    @property
    def tries_left(self) -> int:
        with self._lock:
            return self.attempts - self._failures

    def failed(self) -> float:
        """Count a failure; the lockout it started in seconds (0 if none started)."""
        with self._lock:
            self._failures += 1
            if self._failures < self.attempts:
                return 0.0
            wait = min(self.max_lockout_s, self.lockout_s * float(2**self._lockouts))
            self._lockouts += 1
            self._failures = 0
            self._locked_until = self._clock() + wait
            return wait

    def succeeded(self) -> None:
        with self._lock:
            self._failures = 0
            self._lockouts = 0
            self._locked_until = 0.0

    def restore(self, events: Iterable[AuditEvent], *, now: datetime | None = None) -> None:
        """Carry the count over from the journal, so restarting the station resets nothing.

        `events` are the journal's privileged events (any order); only sign-in events since
        the last successful sign-in count.
        """
        now = now or datetime.now(UTC)
        relevant = sorted(
            (e for e in events if e.kind in ("signin", "signin_failed", "signin_locked")),
            key=lambda e: e.seq,
        )
        failures, lockouts, until = 0, 0, None
        for event in relevant:
            if event.kind == "signin":
                failures, lockouts, until = 0, 0, None
            elif event.kind == "signin_failed":
                failures += 1
            else:
                failures, lockouts = 0, lockouts + 1
                try:
                    until = event.at + timedelta(seconds=float(event.details["lockout_s"]))
                except (KeyError, ValueError):
                    until = event.at + timedelta(seconds=self.lockout_s)
        with self._lock:
            self._failures = min(failures, self.attempts - 1)
            self._lockouts = lockouts
            left = (until - now).total_seconds() if until is not None else 0.0
            self._locked_until = self._clock() + left if left > 0 else 0.0


class Authenticator:
    """Checks QA and supervisor passwords against the configured hashes, throttled, journaled."""

    def __init__(
        self,
        roles: RolesConfig,
        audit: AuditLog,
        *,
        throttle: SignInThrottle | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        self._roles = roles
        self._audit = audit
        self.throttle = throttle or SignInThrottle(
            roles.signin_attempts, roles.signin_lockout_s, clock=clock
        )

    def update(self, roles: RolesConfig) -> None:
        """New hashes after a password change; the throttle's count carries on."""
        self._roles = roles

    def configured(self, role: Role) -> bool:
        return self._hash(role) is not None

    def _hash(self, role: Role) -> str | None:
        if role is Role.QA:
            return self._roles.qa_password_hash
        if role is Role.SUPERVISOR:
            return self._roles.supervisor_password_hash
        return None

    def sign_in(self, name: str, role: Role, password: str) -> Actor:
        """The signed-in actor, or `SignInRefused` / `SignInLocked` / `RoleNotSetUp`.

        Blocking (scrypt takes tens of milliseconds on purpose): call it off the GUI thread.
        """
        who = " ".join(name.split())[:MAX_NAME]
        if role is Role.OPERATOR:
            raise ValueError("operators sign in with their name only")
        wait = self.throttle.retry_after_s()
        if wait > 0:
            raise SignInLocked(
                Text.of("signin.locked", wait=_wait_words(wait)),
                Text.of("signin.locked.action", forgotten=_forgotten(role)),
                retry_after_s=wait,
            )
        if not who:
            raise SignInRefused(Text.of("signin.no_name"), Text.of("signin.no_name.action"))
        encoded = self._hash(role)
        if encoded is None:
            raise RoleNotSetUp(
                Text.of("signin.not_set_up", role=role.text),
                _first_password(role, self._roles.supervisor_password_hash is not None),
            )
        if check_password(password, encoded):
            self.throttle.succeeded()
            actor = Actor(who, role)
            self._audit.record_event(
                "signin", actor=actor.journal_name, details={"role": role.value}
            )
            return actor
        lockout = self.throttle.failed()
        details = {"role": role.value, "name": who}
        if lockout:
            self._audit.record_event(
                "signin_locked",
                actor=who,
                details={**details, "lockout_s": f"{lockout:g}"},
            )
            raise SignInLocked(
                Text.of("signin.locked_now", wait=_wait_words(lockout)),
                Text.of("signin.locked_now.action"),
                retry_after_s=lockout,
            )
        left = self.throttle.tries_left
        self._audit.record_event(
            "signin_failed", actor=who, details={**details, "tries_left": str(left)}
        )
        raise SignInRefused(
            Text.of("signin.wrong_password", role=role.text, left=left),
            Text.of("signin.wrong_password.action"),
        )
