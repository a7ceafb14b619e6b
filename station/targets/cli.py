"""`station target ...`: realm targets, their credentials, Test connection, the active target.

`import-key` and `set-token` live in `credentials_cli`; `test` and `show` only read; `use`
changes the configuration and needs the supervisor password, like the screen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from station.config import load_config
from station.config.store import default_config_path
from station.journal import Journal
from station.roles import Role
from station.roles.prompt import sign_in_cli
from station.targets import credentials_cli
from station.targets.actions import TargetBook
from station.targets.connection_test import run_connection_test
from station.targets.credentials import credential_status

EXIT_OK = 0
EXIT_CHECK_FAILED = 1


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "target",
        help="realm targets and their credentials (supervisors)",
        description="Realm targets: where devices are registered and how tokens are obtained. "
        "Keys and tokens go into the OS keyring only.",
    )
    sub = parser.add_subparsers(dest="target_command", metavar="TARGET_COMMAND", required=True)
    credentials_cli.register_target(sub)
    register_target(sub)


def register_target(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "test",
        help="Test connection: credentials, health, version, authorization (registers nothing)",
    )
    p.add_argument("target", metavar="TARGET")
    p.add_argument("--config", type=Path, metavar="FILE")
    p.set_defaults(handler=_test)

    p = sub.add_parser("show", help="a target's settings and its stored key type or token expiry")
    p.add_argument("target", metavar="TARGET")
    p.add_argument("--config", type=Path, metavar="FILE")
    p.set_defaults(handler=_show)

    p = sub.add_parser("use", help="make TARGET the fixture's active target (supervisor password)")
    p.add_argument("target", metavar="TARGET")
    p.add_argument("--fixture", help="default: the first fixture in the configuration")
    p.add_argument("--reason", default="", help="why, for the journal")
    p.add_argument("--by", default="", help="your name, for the journal (default: login name)")
    p.add_argument("--config", type=Path, metavar="FILE")
    p.set_defaults(handler=_use)


def _target(config_path: Path | None, name: str) -> Any:
    return load_config(config_path).target(name)


def _test(args: argparse.Namespace) -> int:
    results = run_connection_test(_target(args.config, args.target))
    for r in results:
        mark = "ok  " if r.ok else ("--  " if not r.ran else "FAIL")
        sys.stdout.write(f"{mark} {r.name}: {r.message}\n")
        if r.fix and not r.ok:
            sys.stdout.write(f"     what to do: {r.fix}\n")
    return EXIT_OK if all(r.ok for r in results) else EXIT_CHECK_FAILED


def _show(args: argparse.Namespace) -> int:
    target = _target(args.config, args.target)
    status = credential_status(target)
    out = sys.stdout
    out.write(f"Target {target.name}: {target.pairing_url} realm {target.realm}\n")
    out.write(f"Tokens: {status.kind}. {status.summary}\n")
    out.write(f"CA bundle: {target.ca_bundle or 'system CAs only'}\n")
    return EXIT_CHECK_FAILED if status.problem else EXIT_OK


def _use(args: argparse.Namespace) -> int:
    path = args.config or default_config_path()
    config = load_config(path)
    fixture = args.fixture or config.default_fixture
    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        actor = sign_in_cli(config.roles, journal, args.by, Role.SUPERVISOR)
        TargetBook(config, path, journal).set_active_target(
            actor, fixture, args.target, reason=args.reason
        )
    sys.stdout.write(f"Fixture {fixture} now provisions into {args.target}.\n")
    return EXIT_OK
