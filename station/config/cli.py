"""`station config ...`: where the configuration is, whether it is valid, and role passwords."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
from pathlib import Path
from typing import Any

from station.config.passwords import hash_password
from station.config.store import default_config_path, load_config, save_config
from station.errors import UsageError

EXIT_OK = 0
MIN_PASSWORD_LENGTH = 8


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "config",
        help="the station configuration: where it is, check it, set role passwords",
        description="Inspect and check the station configuration (docs/configuration.md).",
    )
    sub = parser.add_subparsers(dest="config_command", metavar="CONFIG_COMMAND", required=True)

    p = sub.add_parser("path", help="print the default configuration path")
    p.set_defaults(handler=_path)

    p = sub.add_parser("check", help="load and validate the configuration; summarise it")
    p.add_argument("--config", type=Path, metavar="FILE")
    p.set_defaults(handler=_check)

    p = sub.add_parser(
        "set-password",
        help="set the QA or supervisor sign-in password (stored as a salted scrypt hash)",
    )
    p.add_argument("role", choices=("qa", "supervisor"))
    p.add_argument("--config", type=Path, metavar="FILE")
    p.add_argument("--reason", default="", help="why, for the journal")
    p.set_defaults(handler=_set_password)


def _path(args: argparse.Namespace) -> int:
    sys.stdout.write(f"{default_config_path()}\n")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    out = sys.stdout
    out.write(f"Configuration {args.config or default_config_path()} is valid.\n")
    out.write(f"Station {config.station_id}, journal {config.journal_path}\n")
    for fixture in config.fixtures:
        target = config.targets[fixture.active_target]
        out.write(
            f"Fixture {fixture.name}: {len(fixture.slots)} slots at {fixture.baud} baud, "
            f"provisioning into {target.name} (realm {target.realm})\n"
        )
        for slot in fixture.slots:
            out.write(f"  slot {slot.name}: {slot.port}\n")
    for target in config.targets.values():
        out.write(
            f"Target {target.name}: {target.pairing_url} realm {target.realm}, "
            f"tokens from {target.token_source}\n"
        )
    return EXIT_OK


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("New password: ")
        if getpass.getpass("Repeat it: ") != first:
            raise UsageError("The two passwords differ.", "run the command again")
        return first
    # Scripted use: the password is the first line on stdin (never an argument: argv is public).
    return sys.stdin.readline().rstrip("\r\n")


def _set_password(args: argparse.Namespace) -> int:
    path = args.config or default_config_path()
    config = load_config(path)
    password = _read_password()
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UsageError(
            f"The password is shorter than {MIN_PASSWORD_LENGTH} characters.",
            "choose a longer password",
        )
    encoded = hash_password(password)
    if args.role == "qa":
        roles = dataclasses.replace(config.roles, qa_password_hash=encoded)
    else:
        roles = dataclasses.replace(config.roles, supervisor_password_hash=encoded)
    save_config(dataclasses.replace(config, roles=roles), path)
    from station.journal import Journal

    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        journal.record_event(
            "password_change",
            actor=getpass.getuser(),
            details={"role": args.role, "config": str(path)},
            reason=args.reason,
        )
    sys.stdout.write(f"The {args.role} password is set (hash saved in {path}).\n")
    return EXIT_OK
