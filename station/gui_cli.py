"""`station gui`: the operator screen on this station's configuration.

Qt is imported only inside the handler, so every other command starts without it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "gui",
        help="open the operator screen",
        description="Open the operator screen: one tile per fixture slot, Provision, shift "
        "counters. Keys: F5/Enter provision, 1-9 select a slot, Space start it, Esc abort it.",
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="FILE",
        help="configuration file (default: the station's configuration file)",
    )
    parser.add_argument(
        "--fixture",
        default=None,
        metavar="NAME",
        help="which configured fixture to drive (default: the only or first one)",
    )
    # Unattended runs (the fleet demo's station windows, a new PC's end-to-end check).
    parser.add_argument("--operator", metavar="NAME", help="sign in as NAME without the dialog")
    parser.add_argument(
        "--auto-provision",
        action="store_true",
        help="with --operator: provision every slot once they are ready",
    )
    parser.add_argument(
        "--exit-when-done", action="store_true", help="with --auto-provision: quit when done"
    )
    parser.set_defaults(handler=_run)

    parser = subparsers.add_parser(
        "qa",
        help="QA, supervisors: the QA journal window on every station's attempts (--fleet)",
        description="Open the QA journal window on the fleet's central database: every "
        "station's attempts with the usual filters, a station column and filter, summary, "
        "export and detail. Read-only: your role at the centre may read and nothing else. "
        "(This station's own journal opens from Roles → Journal (QA)… in `station gui`.)",
    )
    parser.add_argument(
        "--fleet", action="store_true", help="the central database of the [fleet] section"
    )
    parser.add_argument(
        "--as",
        dest="as_role",
        default="",
        metavar="NAME",
        help="your QA or supervisor role at the centre (default: your login name); its "
        "password comes from the keyring (`station fleet set-password --role NAME`) or is asked",
    )
    parser.add_argument("--config", type=Path, metavar="FILE", help="station configuration")
    parser.set_defaults(handler=_qa)


def _run(args: argparse.Namespace) -> int:
    from station.errors import UsageError
    from ui.app import run_gui

    if args.auto_provision and not args.operator:
        raise UsageError(
            "--auto-provision needs the operator it provisions as.",
            "Add --operator NAME (the name the journal records).",
        )
    return run_gui(
        args.config,
        args.fixture,
        operator=args.operator,
        on_window=_auto_provision(args.exit_when_done) if args.auto_provision else None,
    )


def _auto_provision(exit_when_done: bool) -> Callable[[Any, Any], None]:
    """Press Provision once every slot is ready (ui.autoprovision, as `station demo` does)."""

    def hook(window: Any, session: Any) -> None:
        from ui.autoprovision import AutoProvision

        session.helpers.append(
            AutoProvision(window, session, screenshot=None, exit_when_done=exit_when_done)
        )

    return hook


def _qa(args: argparse.Namespace) -> int:
    """The sign-in is tried before Qt starts, so a wrong password or a station's role is said
    on the terminal with what to do; TLS is as [fleet] configures it."""
    from station.config.store import load_config
    from station.errors import UsageError
    from station.fleet.qa_database import FleetDatabase
    from station.fleet.supervisor_cli import person_settings, read_password
    from station.pairing.errors import CredentialMissing
    from station.pairing.keystore import load_fleet_password

    if not args.fleet:
        raise UsageError(
            "`station qa` opens the fleet's central database: add --fleet.",
            "This station's own journal opens from Roles → Journal (QA)… in `station gui`.",
        )
    settings = person_settings(load_config(args.config), args.as_role)
    try:
        password = load_fleet_password(settings.role)
    except CredentialMissing:
        password = read_password(settings.role)
    source = FleetDatabase(settings, password)
    source.open_keys().close()

    from ui.qa.fleet_window import run_fleet_qa

    return run_fleet_qa(source)
