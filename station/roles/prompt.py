"""Proving a role on the command line: the same password, throttle and journal as the screen.

The password is read without echo at a terminal, or as the first line of standard input when
scripted (never from an argument: other users can read argv in the process list). A command that
also reads something from standard input (a token) reads it after that first line.
"""

from __future__ import annotations

import getpass
import re
import sys

from station.config.model import RolesConfig
from station.errors import UsageError
from station.journal import Journal
from station.roles.model import Actor, Role
from station.roles.signin import Authenticator
from station.text import Text

#: Sign-in events read back to restore the throttle: enough to span any lockout series.
HISTORY = 200
#: Three base64url parts: a JWT piped in where the password was expected.
_LOOKS_LIKE_TOKEN = re.compile(r"[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*")
#: The password, then the token, on standard input (a shell command: the same in every language).
PIPED_EXAMPLE = "`{ cat password.txt; cat token.txt; } | station target set-token TARGET`"


def read_password(role: Role) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(Text.of("signin.prompt", role=role.text).english)
    line = sys.stdin.readline().rstrip("\r\n")
    if _LOOKS_LIKE_TOKEN.fullmatch(line.strip()):
        # Checked before the password check, so the mistake costs no try toward the lockout
        # and the token never reaches the sign-in code.
        raise UsageError(
            Text.of("signin.token_first", role=role.text),
            Text.of("signin.token_first.action", role=role.text, example=PIPED_EXAMPLE),
        )
    return line


def sign_in_cli(roles: RolesConfig, journal: Journal, name: str, role: Role) -> Actor:
    """Ask for the role's password and check it; raises the authenticator's errors.

    The throttle starts from the journal's recent sign-in events: a new process is no way
    around a lockout.
    """
    who = name.strip() or getpass.getuser()
    auth = Authenticator(roles, journal)
    auth.throttle.restore(journal.audit_events(limit=HISTORY))
    return auth.sign_in(who, role, read_password(role))
