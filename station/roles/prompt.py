"""Proving a role on the command line: the same password, throttle and journal as the screen.

The password is read without echo at a terminal, or as the first line of standard input when
scripted (never from an argument: other users can read argv in the process list).
"""

from __future__ import annotations

import getpass
import sys

from station.config.model import RolesConfig
from station.roles.audit import AuditLog
from station.roles.model import Actor, Role
from station.roles.signin import Authenticator


def read_password(role: Role) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"{role.label} password: ")
    return sys.stdin.readline().rstrip("\r\n")


def sign_in_cli(roles: RolesConfig, audit: AuditLog, name: str, role: Role) -> Actor:
    """Ask for the role's password and check it; raises the authenticator's errors."""
    who = name.strip() or getpass.getuser()
    return Authenticator(roles, audit).sign_in(who, role, read_password(role))
