"""`station gui`: the operator screen on this station's configuration.

Qt is imported only inside the handler, so every other command starts without it.
"""

from __future__ import annotations

import argparse
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
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from ui.app import run_gui

    return run_gui(args.config, args.fixture)
