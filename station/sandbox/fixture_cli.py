"""`station sandbox fixture ...`: run a simulated fixture, or inspect a stopped one's devices."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

from station.profiles.base import StorageKind
from station.sandbox.fixture import EXIT_REASONS, SimulatedFixture, inspect_state_dir
from station.sandbox.sim import faults as faults_module
from station.sandbox.sim.faults import FaultSpecError, parse_spec

POLL_S = 0.25


def _fault_spec(text: str) -> str:
    try:
        parse_spec(text)
    except FaultSpecError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be 1 or more")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value < 0:
        raise argparse.ArgumentTypeError("seconds must not be negative")
    return value


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "fixture",
        help="run simulated devices on pseudo-terminals",
        description="Start simulated provisioning devices, one process each on a real "
        "pseudo-terminal, write STATE_DIR/manifest.json (slot -> port, hardware serial) and run "
        "until SIGTERM or Ctrl-C. The devices' identity and storage live in STATE_DIR and "
        "survive restarts. `fixture inspect` prints what each device has stored.",
        epilog="fault spec:\n" + (faults_module.__doc__ or "").split("\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--state-dir", type=Path, help="where devices and manifest live")
    parser.add_argument("--slots", type=_positive_int, default=4, help="devices (default 4)")
    parser.add_argument(
        "--storage",
        choices=[k.value for k in StorageKind],
        default=None,
        help="storage of new devices (default otp; existing devices keep theirs)",
    )
    parser.add_argument(
        "--baud", type=_positive_int, default=None, help="pace device output like a UART"
    )
    parser.add_argument("--faults", type=_fault_spec, default="", help="fault spec (grammar below)")
    parser.add_argument(
        "--device-ids",
        action="store_true",
        help="new devices supply their own Astarte device id",
    )
    parser.add_argument(
        "--chatter",
        type=_seconds,
        default=2.0,
        help="mean seconds between idle log lines (0: none; default 2)",
    )
    parser.add_argument(
        "--replug-after",
        type=_seconds,
        default=3.0,
        help="a device that unplugged or lost power comes back after this long, on a new "
        "port (0: stays out; default 3)",
    )
    parser.add_argument("--seed", type=int, default=None, help="replayable faults and noise")
    parser.add_argument(
        "--firmware",
        default=None,
        help="firmware of new devices: 'smp' (default; 'smp:no_serial' for a unit with no "
        "serial printed on it), 'zephyr[:TRAIT,...]' (stock Zephyr "
        "with MCUmgr's fs, shell and OS groups; traits in docs/zephyr.md) or "
        "'esp32[:KEY=VALUE,...]' (a stock ESP32 in its ROM bootloader: chip, mac, major, minor, "
        "table, faults...; docs/esp32.md); SLOT=FIRMWARE;SLOT=FIRMWARE... gives each slot its own",
    )
    parser.set_defaults(handler=_run)
    sub = parser.add_subparsers(dest="fixture_command", metavar="FIXTURE_COMMAND")
    inspect = sub.add_parser(
        "inspect",
        help="print each device's storage as JSON",
        description="Print every simulated device's identity and storage in STATE_DIR as "
        "JSON, secret included (sandbox test data). Works with the fixture running or not.",
    )
    inspect.add_argument("--state-dir", type=Path, required=True)
    inspect.set_defaults(handler=_inspect)


def _missing_state_dir() -> int:
    sys.stderr.write("station sandbox fixture: --state-dir DIR is required\n")
    return 2


def _inspect(args: argparse.Namespace) -> int:
    state_dir: Path = args.state_dir
    if not state_dir.is_dir():
        sys.stderr.write(f"station sandbox fixture inspect: no state directory {state_dir}\n")
        return 1
    devices = inspect_state_dir(state_dir)
    sys.stdout.write(json.dumps({"devices": devices}, indent=2, sort_keys=True) + "\n")
    return 0


def _firmware(text: str | None) -> str | dict[str, str] | None:
    if text is None or "=" not in text:
        return text
    return dict(part.split("=", 1) for part in text.split(";") if part)


def _run(args: argparse.Namespace) -> int:
    if args.state_dir is None:
        return _missing_state_dir()
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        with SimulatedFixture(
            args.state_dir,
            slots=args.slots,
            storage=args.storage,
            baud=args.baud,
            faults=args.faults,
            device_ids=args.device_ids,
            chatter=args.chatter,
            seed=args.seed,
            firmware=_firmware(args.firmware),
        ) as fixture:
            _announce(fixture)
            _supervise(fixture, stop, args.replug_after)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    sys.stdout.write("fixture stopped\n")
    sys.stdout.flush()
    return 0


def _announce(fixture: SimulatedFixture) -> None:
    manifest = fixture.manifest
    for slot in manifest["slots"]:
        sys.stdout.write(
            f"slot {slot['slot']}: {slot['port']}  {slot['hardware_serial']}  {slot['storage']}\n"
        )
    sys.stdout.write(f"manifest: {fixture.state_dir / 'manifest.json'}\nready\n")
    sys.stdout.flush()


def _supervise(fixture: SimulatedFixture, stop: threading.Event, replug_after: float) -> None:
    """Bring back devices that a fault took out, the way an operator reseats a board."""
    out_since: dict[str, float] = {}
    while not stop.wait(POLL_S):
        for slot, code in fixture.poll().items():
            if slot not in out_since:
                reason = EXIT_REASONS.get(code, f"exit code {code}")
                sys.stdout.write(f"slot {slot}: device left the line: {reason}\n")
                sys.stdout.flush()
                out_since[slot] = time.monotonic()
        if not replug_after:
            continue
        for slot, since in list(out_since.items()):
            if time.monotonic() - since >= replug_after:
                port = fixture.plug(slot)
                del out_since[slot]
                sys.stdout.write(f"slot {slot}: device back on {port}\n")
                sys.stdout.flush()
