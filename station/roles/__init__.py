"""Who may do what at the station: roles, QA/supervisor sign-in, idle lock (no Qt).

Operators are identified by name only; QA staff and supervisors prove their role with a
password (a salted scrypt hash in the configuration's `[roles]` table). Every privileged action
function checks the actor's role itself, whatever the screen already greyed out.
"""

from station.roles.audit import AuditLog
from station.roles.idle import IdleLock
from station.roles.model import (
    GRANTS,
    Actor,
    NotPermitted,
    Privilege,
    Role,
    require,
    require_reason,
)
from station.roles.session import RoleSession
from station.roles.signin import (
    Authenticator,
    RoleNotSetUp,
    SignInLocked,
    SignInRefused,
    SignInThrottle,
)

__all__ = [
    "GRANTS",
    "Actor",
    "AuditLog",
    "Authenticator",
    "IdleLock",
    "NotPermitted",
    "Privilege",
    "Role",
    "RoleNotSetUp",
    "RoleSession",
    "SignInLocked",
    "SignInRefused",
    "SignInThrottle",
    "require",
    "require_reason",
]
