"""The `station` command.

Each area of the station contributes its sub-commands through a `register(subparsers)` function
in its own `cli` module, listed in `_COMMAND_MODULES`; this file only wires them together and
turns errors into exit codes. Qt is imported lazily, only by the commands that open a window.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from station import __version__
from station.errors import StationError

log = logging.getLogger(__name__)

# Modules that define `register(subparsers: argparse._SubParsersAction) -> None`.
_COMMAND_MODULES: tuple[str, ...] = (
    "station.sandbox.cli",
    "station.targets.cli",
    "station.ports.cli",
    "station.engine.cli",
    "station.demo_cli",
    "station.journal.cli",
    "station.config.cli",
    "station.roles.cli",
    "station.rework.cli",
    "station.fleet.cli",
    "station.line.cli",
    "station.gui_cli",
)

Handler = Callable[[argparse.Namespace], int]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_BUG = 70  # EX_SOFTWARE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station",
        description="Provision Astarte credentials into devices on a fixture.",
    )
    parser.add_argument("--version", action="version", version=f"station {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="more log output (repeat for debug)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _configure_logging(verbosity: int) -> None:
    level = logging.WARNING - 10 * min(verbosity, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return handler(args)
    except StationError as exc:
        sys.stderr.write(f"station: {exc.message}\n")
        if exc.action:
            sys.stderr.write(f"  what to do: {exc.action}\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("internal error in `station %s`", args.command)
        return EXIT_BUG
