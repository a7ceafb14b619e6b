"""`station fleet lot open|close|status`: a supervisor's offline lot on this station.

Opening and closing need the station's supervisor password (asked without echo, or the first
line of standard input) and a reason; both are privileged journal events with who and why.
They work with the centre down: that is when a lot is needed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from station.config.model import StationConfig
from station.config.store import load_config
from station.errors import UsageError
from station.fleet.lots import (
    close_lot,
    closed_words,
    current_lot,
    open_lot,
    opened_words,
    status_words,
)
from station.fleet.supervise import check_reason
from station.journal import Journal
from station.roles import Role
from station.roles.prompt import sign_in_cli
from station.text import Text, say

EXIT_OK = 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser(
        "lot",
        help="supervisors: an offline lot lets this station register while the centre is down",
        description="Open, close or show this station's offline lot. While a lot is open and "
        "the centre does not answer, the station registers device IDs without a claim and "
        "journals each one; the centre flags any of them registered twice once they ship.",
    )
    lot = parser.add_subparsers(dest="lot_command", metavar="LOT_COMMAND", required=True)
    for name, what in (("open", "open an offline lot"), ("close", "close the offline lot")):
        p = lot.add_parser(name, help=f"{what} (supervisor password asked)")
        p.add_argument("--reason", required=True, help="why, for the journal")
        p.add_argument("--by", default="", help="your name, for the journal (default: login)")
        p.add_argument("--config", type=Path, metavar="FILE", help="station configuration")
        p.set_defaults(handler=_open if name == "open" else _close)
    p = lot.add_parser("status", help="say whether an offline lot is open")
    p.add_argument("--config", type=Path, metavar="FILE", help="station configuration")
    p.set_defaults(handler=_status)


def _journal(config: StationConfig) -> Journal:
    if config.fleet is None:
        raise UsageError(Text.of("fleet.cli.off_lots"), Text.of("fleet.cli.off_lots.action"))
    return Journal.open(config.journal_path, station_id=config.station_id)


def _open(args: argparse.Namespace) -> int:
    why = check_reason(args.reason)
    config = load_config(args.config)
    with _journal(config) as journal:
        actor = sign_in_cli(config.roles, journal, args.by, Role.SUPERVISOR)
        lot = open_lot(journal, actor=actor.journal_name, reason=why)
    say(opened_words(lot))
    return EXIT_OK


def _close(args: argparse.Namespace) -> int:
    why = check_reason(args.reason)
    config = load_config(args.config)
    with _journal(config) as journal:
        actor = sign_in_cli(config.roles, journal, args.by, Role.SUPERVISOR)
        lot = close_lot(journal, actor=actor.journal_name, reason=why)
    say(closed_words(lot))
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    with _journal(config) as journal:
        lot = current_lot(journal)
    say(status_words(lot))
    return EXIT_OK
