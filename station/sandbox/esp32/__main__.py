"""`python -m station.sandbox.esp32 STATE_DIR [options]`: one simulated ESP32 in its ROM
bootloader on a new pty; the pty path is written to STATE_DIR/port."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from station.sandbox.esp32 import faults as faults_module
from station.sandbox.esp32.chip import CHIPS, ChipSpec
from station.sandbox.esp32.flash import TABLES
from station.sandbox.esp32.server import prepare, serve


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m station.sandbox.esp32",
        description=__doc__,
        epilog=faults_module.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("state_dir", type=Path)
    parser.add_argument("--chip", choices=CHIPS, default="esp32")
    parser.add_argument("--mac", default="24:0a:c4:12:34:56")
    parser.add_argument("--major", type=int, default=3)
    parser.add_argument("--minor", type=int, default=0)
    parser.add_argument("--embedded-flash", action="store_true")
    parser.add_argument("--no-bt", action="store_true")
    parser.add_argument("--single-core", action="store_true")
    parser.add_argument("--flash-mb", type=int, default=4)
    parser.add_argument("--flash-encryption", action="store_true")
    parser.add_argument("--secure-download", action="store_true")
    parser.add_argument("--table", choices=TABLES, default="default")
    parser.add_argument("--faults", default="")
    parser.add_argument("--baud", type=int, default=None, help="pace the line like a UART")
    parser.add_argument("--watch-stdin", action="store_true", help="exit when stdin closes")
    parser.add_argument("--master-fd", type=int, default=None, help="an inherited pty (fixture)")
    parser.add_argument("--slave-fd", type=int, default=None)
    parser.add_argument(
        "--control", action="store_true", help="stdin/stdout control channel (fixture)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s esp32-sim %(levelname)s: %(message)s",
    )
    try:
        faults_module.parse(args.faults)
        spec = ChipSpec(
            chip=args.chip,
            mac=args.mac,
            major=args.major,
            minor=args.minor,
            embedded_flash=args.embedded_flash,
            bluetooth=not args.no_bt,
            single_core=args.single_core,
            flash_mb=args.flash_mb,
            flash_encryption=args.flash_encryption,
            secure_download=args.secure_download,
        )
    except ValueError as exc:
        parser.error(str(exc))
    prepare(args.state_dir, spec, args.table)
    fds = (args.master_fd, args.slave_fd) if args.master_fd is not None else None
    return serve(
        args.state_dir,
        args.faults,
        watch_stdin=args.watch_stdin,
        fds=fds,
        control=args.control,
        baud=args.baud,
    )


if __name__ == "__main__":
    sys.exit(main())
