"""`station roles ...`: set the QA and supervisor sign-in passwords, and show the role settings.

The password is read twice without echo at a terminal, or as the first line of standard input
when scripted; never from an argument, which other users can read in the process list. Only its
salted scrypt hash reaches the configuration (saved atomically, migrated and backed up first if
the file is an older schema), and the change is a journal event.

Who may set it: while the station has no supervisor password, a role's first password is the
station's initial set-up and needs no sign-in. Once a supervisor password exists, setting or
changing any role's password asks for it first (the same check, lockout and journal as every
other privileged command): otherwise anyone at the PC could reset it and take the role.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
from pathlib import Path
from typing import Any

from station.config import hash_password, load_config, save_config
from station.config.model import RolesConfig
from station.config.store import default_config_path
from station.errors import UsageError
from station.journal import Journal
from station.roles.model import NotPermitted, Role
from station.roles.prompt import sign_in_cli
from station.text import Text, say

MIN_PASSWORD_LENGTH = 8
EXIT_OK = 0


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "roles",
        help="QA and supervisor sign-in: passwords, idle lock, lockout",
        description="Roles at the station (docs/supervisor.md). Operators sign in by name; QA "
        "and supervisors with a password stored only as a salted scrypt hash.",
    )
    sub = parser.add_subparsers(dest="roles_command", metavar="ROLES_COMMAND", required=True)

    p = sub.add_parser(
        "set-password",
        help="set the QA or supervisor password (asked twice, hidden; or one line on stdin); "
        "once a supervisor password exists, it is asked for first",
    )
    p.add_argument("role", choices=(Role.QA.value, Role.SUPERVISOR.value))
    p.add_argument("--config", type=Path, metavar="FILE", help="default: the platform path")
    p.add_argument("--reason", default="", help="why, for the journal")
    p.add_argument(
        "--by",
        default="",
        help="who sets it: the supervisor signing in, or the person doing the initial set-up "
        "(default: login name)",
    )
    p.set_defaults(handler=set_password)

    p = sub.add_parser("status", help="which roles can sign in; idle lock and lockout settings")
    p.add_argument("--config", type=Path, metavar="FILE")
    p.set_defaults(handler=status)


def read_new_password(role: Role) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(Text.of("roles.cli.new_password", role=role.text).english)
        if getpass.getpass(Text.of("roles.cli.again").english) != first:
            raise UsageError(Text.of("roles.cli.differ"), Text.of("roles.cli.differ.action"))
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _current_hash(roles: RolesConfig, role: Role) -> str | None:
    return roles.qa_password_hash if role is Role.QA else roles.supervisor_password_hash


def _authorize(args: argparse.Namespace, roles: RolesConfig, journal: Journal, role: Role) -> str:
    """Who the journal names for this change; asks for the supervisor password when one exists.

    Raises the sign-in errors, or `NotPermitted` when nobody can authorize the change.
    """
    if roles.supervisor_password_hash is not None:
        return sign_in_cli(roles, journal, args.by, Role.SUPERVISOR).journal_name
    if _current_hash(roles, role) is None:
        return str(args.by).strip() or getpass.getuser()
    # A QA password exists but no supervisor one: replacing it freely would let anyone at the
    # PC take the QA role; the supervisor password is the one that may be set freely here.
    raise NotPermitted(
        Text.of("roles.cli.no_supervisor", role=role.text),
        Text.of("roles.cli.no_supervisor.action", role_arg=role.value),
    )


def set_password(args: argparse.Namespace) -> int:
    role = Role(args.role)
    path: Path = args.config or default_config_path()
    config = load_config(path)  # migrates (with a backup) an older file first
    had = _current_hash(config.roles, role) is not None
    initial_setup = config.roles.supervisor_password_hash is None
    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        by = _authorize(args, config.roles, journal, role)
        password = read_new_password(role)
        if len(password) < MIN_PASSWORD_LENGTH:
            raise UsageError(
                Text.of("roles.cli.too_short", least=MIN_PASSWORD_LENGTH),
                Text.of("roles.cli.too_short.action"),
            )
        encoded = hash_password(password)
        if role is Role.QA:
            roles = dataclasses.replace(config.roles, qa_password_hash=encoded)
        else:
            roles = dataclasses.replace(config.roles, supervisor_password_hash=encoded)
        save_config(dataclasses.replace(config, roles=roles), path)
        journal.record_event(
            "role_password_change",
            actor=by,
            details={
                "role": role.value,
                "change": "replaced" if had else "set",
                "authorized_by": "initial set-up" if initial_setup else "supervisor sign-in",
                "config": str(path),
            },
            reason=args.reason,
        )
    said = Text.of("roles.cli.changed" if had else "roles.cli.set", role=role.text, path=str(path))
    say(said)
    return EXIT_OK


def status(args: argparse.Namespace) -> int:
    path: Path = args.config or default_config_path()
    roles = load_config(path).roles
    for role, encoded in (
        (Role.QA, roles.qa_password_hash),
        (Role.SUPERVISOR, roles.supervisor_password_hash),
    ):
        state = "roles.cli.status.set" if encoded else "roles.cli.status.none"
        say(Text.of(state, role=role.text))
    say(
        Text.of(
            "roles.cli.status.limits",
            minutes=roles.idle_lock_minutes,
            lockout=roles.signin_lockout_s,
            attempts=roles.signin_attempts,
        )
    )
    return EXIT_OK
