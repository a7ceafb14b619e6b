"""`station config ...`: where the configuration is, and whether it is valid.

Role passwords are set with `station roles set-password` (one command, one journal event kind).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from station.config.store import default_config_path, load_config

EXIT_OK = 0


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "config",
        help="the station configuration: where it is, check it",
        description="Inspect and check the station configuration (docs/configuration.md).",
    )
    sub = parser.add_subparsers(dest="config_command", metavar="CONFIG_COMMAND", required=True)

    p = sub.add_parser("path", help="print the default configuration path")
    p.set_defaults(handler=_path)

    p = sub.add_parser("check", help="load and validate the configuration; summarise it")
    p.add_argument("--config", type=Path, metavar="FILE")
    p.set_defaults(handler=_check)


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
