"""`station demo`: the station on simulated devices and the line's stand-ins.

With a display it opens the operator screen (`ui.demo`, imported lazily so the headless paths
never load Qt); with `--headless`, or without a display, it runs `station provision` on the
demo environment (`station/demo_headless.py`); with `--fleet`, two stations and a throwaway
centre (`station/demo_fleet.py`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from station.demo_headless import run_headless_demo


def _has_display() -> bool:
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _demo_command(args: argparse.Namespace) -> int:
    if args.fleet:
        return _fleet_demo(args)
    if not args.headless:
        if _has_display():
            import ui.demo

            return int(ui.demo.main(args))
        sys.stderr.write("station demo: no display found; running the headless demo.\n")
    return run_headless_demo(args)


def _fleet_demo(args: argparse.Namespace) -> int:
    from station.demo_fleet import run_demo

    windows = not args.headless and _has_display()
    if not args.headless and not windows:
        sys.stderr.write("station demo: no display found; running the headless fleet demo.\n")
    with ExitStack() as stack:
        workdir: Path | None = args.workdir
        if workdir is None:
            temporary = tempfile.TemporaryDirectory(prefix="station-fleet-")
            workdir = Path(stack.enter_context(temporary))
        return run_demo(
            workdir,
            args.slots,
            args.operator,
            sys.stdout,
            windows=windows,
            auto_provision=args.auto_provision,
            exit_when_done=args.exit_when_done,
        )


def demo_arguments(*argv: str) -> argparse.Namespace:
    """`station demo`'s arguments parsed from `argv` exactly as its command line parses them,
    every option present with its default: for tests and tools that open the demo in-process."""
    parser = argparse.ArgumentParser(prog="station")
    register(parser.add_subparsers())
    return parser.parse_args(["demo", *argv])


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    d = subparsers.add_parser(
        "demo",
        help="the station on a simulated fixture and a local Pairing stand-in",
        description="Start simulated devices, a local Pairing stand-in and the line's stand-ins "
        "(an MES, a loopback label printer, a serial tower light on a pseudo-terminal), write a "
        "configuration for them, and open the operator screen (or, with --headless, provision "
        "every slot and print the results).",
    )
    d.add_argument("--headless", action="store_true", help="no window: provision and print")
    d.add_argument(
        "--fleet",
        action="store_true",
        help="two stations sharing a throwaway central PostgreSQL (needs PostgreSQL installed "
        "and the OS keyring); one unit with the same device ID sits on both fixtures",
    )
    d.add_argument("--slots", type=_positive, default=4, help="number of simulated slots")
    d.add_argument("--workdir", type=Path, help="keep the demo's state here (default: temporary)")
    d.add_argument("--storage", choices=("otp", "secure"), default="otp")
    d.add_argument(
        "--profile",
        choices=("smp", "zephyr", "esp32", "mixed"),
        default="smp",
        help="device profile of the simulated devices: our SMP provisioning group, stock Zephyr "
        "(MCUmgr file system and shell), stock ESP32 with the Astarte SDK (ROM bootloader and "
        "NVS), or mixed (the slots take smp and zephyr in turn)",
    )
    d.add_argument("--faults", default="", help="simulated-device fault spec (see the sandbox)")
    d.add_argument("--baud", type=int, help="pace the simulated devices at this baud rate")
    d.add_argument("--operator", default="Demo operator", help="for the journal")
    d.add_argument("--json", action="store_true", help="headless: one JSON object per slot")
    d.add_argument(
        "--check-scan",
        action="store_true",
        help="window: the target checks each printed label, scanned back by a simulated serial "
        "scanner (the headless demo always does)",
    )
    d.add_argument("--auto-provision", action="store_true", help="window: provision at start")
    d.add_argument("--screenshot", type=Path, help="window: save a screenshot when done")
    d.add_argument("--exit-when-done", action="store_true", help="window: quit when done")
    d.set_defaults(handler=_demo_command)
