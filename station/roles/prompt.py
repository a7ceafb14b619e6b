"""Proving a role on the command line: the same password, throttle and journal as the screen.

The password is read without echo at a terminal, or as the first line of standard input when
scripted (never from an argument: other users can read argv in the process list).
"""

from __future__ import annotations

import getpass
import sys

from station.config.model import RolesConfig
from station.journal import Journal
from station.roles.model import Actor, Role
from station.roles.signin import Authenticator

#: Sign-in events read back to restore the throttle: enough to span any lockout series.
HISTORY = 200


def read_password(role: Role) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"{role.label} password: ")
    return sys.stdin.readline().rstrip("\r\n")


def sign_in_cli(roles: RolesConfig, journal: Journal, name: str, role: Role) -> Actor:
    """Ask for the role's password and check it; raises the authenticator's errors.

    The throttle starts from the journal's recent sign-in events: a new process is no way
    around a lockout.
    """
    who = name.strip() or getpass.getuser()
    auth = Authenticator(roles, journal)
    auth.throttle.restore(journal.audit_events(limit=HISTORY))
    return auth.sign_in(who, role, read_password(role))
