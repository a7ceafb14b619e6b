"""`station mes override`: a supervisor lets a `block` target go on while its MES is down.

The override is a journal event (`mes_override`: the target, who, why, until when), asked for with
the supervisor password like every privileged command, so the running station (which reads it
when the MES cannot be asked) and QA see the same record. It is written by
`station.engine.mes_override`, which the supervisor's MES screen uses too. It lasts at most one
shift and can be ended early with `--end`. It never overrides a refusal from an answering MES.
"""

from __future__ import annotations

import argparse
from typing import Any

from station.engine.mes_override import MAX_MINUTES, end_override, start_override
from station.errors import UsageError
from station.targets.privileged_cli import add_supervisor_options, supervisor_for_target
from station.text import Text, say

EXIT_OK = 0


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "mes",
        help="the plant's MES route check (supervisors)",
        description="The MES route interlock (docs/mes.md).",
    )
    sub = parser.add_subparsers(dest="mes_command", metavar="MES_COMMAND", required=True)
    override = sub.add_parser(
        "override",
        help="let a target with offline policy block go on while its MES is down",
        description="Journaled with who, why and until when; asks for the supervisor password "
        "(the first line of standard input when it is not a terminal).",
    )
    override.add_argument("--target", required=True, help="the target whose MES is down")
    override.add_argument(
        "--minutes", type=int, default=60, help=f"how long, 1 to {MAX_MINUTES} (default 60)"
    )
    override.add_argument("--end", action="store_true", help="end the override now")
    add_supervisor_options(override)
    override.set_defaults(handler=_override)


def _override(args: argparse.Namespace) -> int:
    if not args.end and not 1 <= args.minutes <= MAX_MINUTES:
        raise UsageError(
            Text.of("cli.mes.minutes", minutes=args.minutes),
            Text.of("cli.mes.minutes.action", most=MAX_MINUTES),
        )
    if not args.reason.strip():
        raise UsageError(Text.of("cli.mes.no_reason"), Text.of("cli.mes.no_reason.action"))
    with supervisor_for_target(args.config, args.target, args.by) as sup:
        if args.end:
            end_override(sup.journal, sup.target, sup.actor, reason=args.reason)
        else:
            until = start_override(
                sup.journal, sup.target, sup.actor, minutes=args.minutes, reason=args.reason
            )
    say(
        Text.of("cli.mes.ended", target=args.target)
        if args.end
        else Text.of("cli.mes.started", target=args.target, until=f"{until.astimezone():%H:%M}")
    )
    return EXIT_OK
