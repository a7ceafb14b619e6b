"""The role the station is working in right now, and when it drops back to operator.

There is always an operator (named at start); a QA or supervisor sign-in raises the session's
role on top of that until the person signs out or the idle lock expires. Locking is journaled,
so QA can see where a privileged session ended.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from station.roles.audit import AuditLog
from station.roles.idle import IdleLock
from station.roles.model import Actor, Role
from station.roles.signin import Authenticator

Clock = Callable[[], float]


class RoleSession:
    def __init__(
        self,
        operator: str,
        authenticator: Authenticator,
        audit: AuditLog,
        *,
        idle_timeout_s: float,
        clock: Clock = time.monotonic,
    ) -> None:
        self.operator = operator
        self.authenticator = authenticator
        self._audit = audit
        self._idle = IdleLock(idle_timeout_s, clock=clock)
        self._elevated: Actor | None = None

    @property
    def actor(self) -> Actor:
        """Who acts now: the signed-in QA/supervisor, or else the operator."""
        if self._elevated is not None:
            return self._elevated
        return Actor(self.operator, Role.OPERATOR)

    @property
    def elevated(self) -> bool:
        return self._elevated is not None

    @property
    def idle(self) -> IdleLock:
        return self._idle

    def sign_in(self, name: str, role: Role, password: str) -> Actor:
        actor = self.authenticator.sign_in(name, role, password)
        self.adopt(actor)
        return actor

    def adopt(self, actor: Actor) -> None:
        """Make an actor the authenticator already checked the current one (GUI: the check
        runs on a worker thread, the session lives on the GUI thread)."""
        self._elevated = actor
        self._idle.touch()

    def touch(self) -> None:
        self._idle.touch()

    def sign_out(self, why: str = "signed out") -> Actor | None:
        """Drop back to operator; returns who was signed in (None if nobody)."""
        actor, self._elevated = self._elevated, None
        if actor is not None:
            self._audit.record_event(
                "signout", actor=actor.journal_name, details={"role": actor.role.value, "why": why}
            )
        return actor

    def lock_if_idle(self) -> bool:
        """Sign the privileged role out if the idle time ran out; True if it did."""
        if self._elevated is None or not self._idle.expired:
            return False
        minutes = self._idle.timeout_s / 60
        self.sign_out(f"idle for {minutes:g} min")
        return True
