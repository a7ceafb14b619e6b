"""`station target import-key|set-token`: a supervisor's credentials for a realm target.

Keys and tokens go into the OS keyring only; the configuration never holds them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from station.errors import ConfigError
from station.pairing.device_id import random_device_id
from station.pairing.errors import TokenExpired
from station.pairing.tokens import (
    SEND_MARGIN,
    TokenScope,
    describe_remaining,
    inspect_token,
)
from station.roles import Actor, AuditLog
from station.targets.actions import MAX_TOKEN, check_key_file, import_realm_key, set_issued_token
from station.targets.privileged_cli import add_supervisor_options, supervisor_for_target
from station.text import Text, say


def register_target(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "import-key",
        help="store a realm private key in the OS keyring",
        description="Read the realm's private key (PEM, as astartectl writes it) and store it in "
        "the OS keyring. The file is not copied anywhere; tokens are then minted per call.",
    )
    p.add_argument("target", metavar="TARGET", help="target name")
    p.add_argument("--file", required=True, type=Path, metavar="PEM", help="private key file")
    add_supervisor_options(p)
    p.set_defaults(handler=import_key)

    p = sub.add_parser(
        "set-token",
        help="store an issued Pairing token (read from stdin) in the OS keyring",
        description="Read a Pairing JWT from standard input (hidden when typed at a terminal) "
        "and store it in the OS keyring. Prints its expiry and the calls it allows. When "
        "standard input is not a terminal, its first line is the supervisor password.",
    )
    p.add_argument("target", metavar="TARGET", help="target name")
    add_supervisor_options(p)
    p.set_defaults(handler=set_token)


def import_key(args: argparse.Namespace) -> int:
    path: Path = args.file
    check_key_file(path)  # a wrong file is refused before the password is asked
    with supervisor_for_target(args.config, args.target, args.by) as sup:
        key = import_realm_key(sup.actor, args.target, path, sup.journal, reason=args.reason)
    say(Text.of("cli.key.stored", target=repr(args.target), key=key.description))
    say(Text.of("cli.key.tokens", algorithm=key.algorithm, ttl=sup.target.token_ttl_s))
    say(Text.of("cli.key.read_not_copied", path=str(path)))
    return 0


def _read_token() -> str:
    if sys.stdin.isatty():
        return getpass.getpass(Text.of("cli.token.paste").english + " ")
    text = sys.stdin.read(MAX_TOKEN + 1)
    if len(text) > MAX_TOKEN:
        raise ConfigError(
            Text.of("cli.token.stdin_too_large", kib=MAX_TOKEN // 1024),
            Text.of("cli.token.stdin_too_large.action"),
        )
    return text


def set_token(args: argparse.Namespace) -> int:
    with supervisor_for_target(args.config, args.target, args.by) as sup:
        _store_token(args, sup.actor, sup.journal)
    return 0


def _store_token(args: argparse.Namespace, actor: Actor, audit: AuditLog) -> None:
    token = _read_token().strip()
    given = Text.of("token.what.stdin")
    claims = inspect_token(token, what=given)
    now = time.time()
    if claims.expires is not None and claims.expires - now < SEND_MARGIN:
        state = (
            "token.expired.not_stored" if claims.expires <= now else "token.expires_now.not_stored"
        )
        raise TokenExpired(
            Text.of(state, what=given, when=f"{claims.expires_at:%Y-%m-%d %H:%M:%S}"),
            Text.of("token.ask_new.action"),
        )
    set_issued_token(actor, args.target, token, audit, reason=args.reason)
    say(Text.of("cli.token.stored", target=repr(args.target)))
    if claims.expires is None:
        say(Text.of("cli.token.no_expiry"))
    else:
        when = datetime.fromtimestamp(claims.expires, UTC)
        say(
            Text.of(
                "cli.token.expiry",
                when=f"{when:%Y-%m-%d %H:%M:%S}",
                left=describe_remaining(claims.expires - now),
                algorithm=claims.algorithm,
            )
        )
    scopes = ", ".join(claims.a_pa) if claims.a_pa else Text.of("cli.token.no_scopes").english
    say(Text.of("cli.token.scopes", scopes=scopes))
    registers = TokenScope.register().allowed_by(claims.a_pa)
    unregisters = TokenScope.unregister(random_device_id()).allowed_by(claims.a_pa)
    say(
        Text.of(
            "cli.token.allows",
            register=Text.of("cli.yes" if registers else "cli.no.loud"),
            unregister=Text.of("cli.yes" if unregisters else "cli.no"),
        )
    )
    if not registers:
        sys.stderr.write(Text.of("cli.token.cannot_register").english + "\n")
