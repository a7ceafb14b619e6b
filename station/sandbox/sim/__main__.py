"""`python -m station.sandbox.sim`: run one simulated device on an inherited pty.

The fixture (`station.sandbox.fixture`) starts this with the pty's master and slave fds passed
down, stdin as its control channel and stdout for the replies; it is not meant to be run by
hand. The fault spec grammar is in `station.sandbox.sim.faults`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from station.sandbox.sim import faults as faults_module
from station.sandbox.sim.server import DeviceServer


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m station.sandbox.sim",
        description="One simulated provisioning device on a pty (started by the fixture).",
        epilog=faults_module.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--state-file", type=Path, required=True)
    parser.add_argument("--master-fd", type=int, required=True)
    parser.add_argument("--slave-fd", type=int, required=True)
    parser.add_argument("--faults", default="", help="fault spec (this slot's share)")
    parser.add_argument("--baud", type=int, default=None, help="pace output like a UART")
    parser.add_argument("--chatter", type=float, default=0.0, help="mean s between log lines")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        stream=sys.stderr,
        format=f"%(asctime)s sim[{args.state_file.stem}] %(levelname)s: %(message)s",
    )
    server = DeviceServer(
        master_fd=args.master_fd,
        slave_fd=args.slave_fd,
        state_file=args.state_file,
        faults=args.faults,
        baud=args.baud,
        chatter=args.chatter,
        seed=args.seed,
    )
    code = server.run()
    logging.getLogger(__name__).info("device stopped (exit %d)", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
