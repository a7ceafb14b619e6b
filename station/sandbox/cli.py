"""`station sandbox ...`: the simulated fixture and the local Pairing stand-in.

Each sandbox component adds its own sub-commands through a module listed in `_SANDBOX_MODULES`
that defines `register(sandbox_subparsers) -> None`.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

_SANDBOX_MODULES: tuple[str, ...] = (
    "station.sandbox.fixture_cli",
    "station.sandbox.mint_token_cli",
    "station.sandbox.pairing.cli",
)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="simulated fixture and local Pairing stand-in (demo and tests only)",
        description="Simulated devices on pseudo-terminals and a local Astarte Pairing stand-in. "
        "Never used in production.",
    )
    sub = parser.add_subparsers(dest="sandbox_command", metavar="SANDBOX_COMMAND", required=True)
    for name in _SANDBOX_MODULES:
        importlib.import_module(name).register(sub)
