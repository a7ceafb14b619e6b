"""`station rework ...`: check, unregister and provision again, from the command line.

The same Qt-free functions as the supervisor's screen: unregistering and the override need the
supervisor password (asked without echo, or the first line of stdin), a reason, and are journal
events; `check` only reads.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from station.config import load_config
from station.config.model import StationConfig
from station.engine.events import StationNotice
from station.errors import UsageError
from station.journal import Journal, JournalQuery
from station.pairing.device_id import validate_device_id
from station.rework.assess import (
    Assessment,
    assess_from_journal,
    assess_identity,
    identify_on_slot,
)
from station.roles import Role
from station.roles.prompt import sign_in_cli
from station.text import Text, say

EXIT_OK = 0
EXIT_NOT_ALL_PASSED = 1


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "rework",
        help="supervisors: check, unregister and provision again a returned or tampered device",
        description="Rework (docs/supervisor.md). Unregistering and the 'already passed' "
        "override need the supervisor password and a reason; both are journal events.",
    )
    sub = parser.add_subparsers(dest="rework_command", metavar="REWORK_COMMAND", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", type=Path, metavar="FILE", help="default: the platform path")
        p.add_argument("--fixture", help="default: the first fixture in the configuration")

    p = sub.add_parser("check", help="what the device's storage can still take")
    p.add_argument("device_id", nargs="?", metavar="DEVICE_ID")
    p.add_argument("--slot", help="read the device on this slot (it must not be in use)")
    common(p)
    p.set_defaults(handler=_check)

    p = sub.add_parser("unregister", help="unregister a device (supervisor password asked)")
    p.add_argument("device_id", nargs="?", metavar="DEVICE_ID")
    p.add_argument("--slot", help="check the device on this slot first")
    p.add_argument("--reason", required=True, help="why, for the journal")
    p.add_argument("--by", default="", help="your name, for the journal (default: login name)")
    p.add_argument(
        "--accept-loss",
        action="store_true",
        help="confirm unregistering although the unit may never hold credentials again",
    )
    common(p)
    p.set_defaults(handler=_unregister)

    p = sub.add_parser(
        "reprovision", help="provision slots once with the 'already passed' override"
    )
    p.add_argument("--slots", required=True, help="comma-separated slot names")
    p.add_argument("--reason", required=True, help="why, for the journal")
    p.add_argument("--by", default="", help="your name, for the journal (default: login name)")
    common(p)
    p.set_defaults(handler=_reprovision)


def _assess(
    config: StationConfig, fixture: str, device_id: str | None, slot: str | None
) -> Assessment:
    from station.engine.policy import decide_device_id
    from station.engine.setup import policy_for

    if slot:
        identity = identify_on_slot(config, fixture, slot)
        rule = policy_for(config.active_target(fixture)).device_id_rule
        found = decide_device_id(identity, rule, slot=slot)
        if device_id and validate_device_id(device_id) != found:
            raise UsageError(
                Text.of("rework.cli.wrong_device", slot=slot, found=found, device=device_id),
                Text.of("rework.cli.wrong_device.action"),
            )
        return assess_identity(identity, found)
    if not device_id:
        raise UsageError(Text.of("rework.cli.no_device"), Text.of("rework.cli.no_device.action"))
    with JournalQuery.open(config.journal_path) as query:
        return assess_from_journal(query, validate_device_id(device_id))


def _print(assessment: Assessment) -> None:
    say(Text.of("rework.cli.what_to_do", message=assessment.text, action=assessment.action_text))


def _check(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    fixture = args.fixture or config.default_fixture
    _print(_assess(config, fixture, args.device_id, args.slot))
    return EXIT_OK


def _unregister(args: argparse.Namespace) -> int:
    from station.rework.unregister import unregister_device

    config = load_config(args.config)
    fixture = args.fixture or config.default_fixture
    assessment = _assess(config, fixture, args.device_id, args.slot)
    _print(assessment)
    target = config.active_target(fixture)
    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        actor = sign_in_cli(config.roles, journal, args.by, Role.SUPERVISOR)
        done = unregister_device(
            actor,
            target,
            assessment.device_id,
            journal,
            reason=args.reason,
            assessment=assessment,
            confirmed_loss=args.accept_loss,
        )
    say(
        Text.of(
            "rework.cli.unregistered", device=done.device_id, realm=done.realm, target=done.target
        )
    )
    return EXIT_OK


def _tell(notice: StationNotice) -> None:
    """The line's notices (a label that did not print, a unit waiting for its check-scan)."""
    text = f"station: {notice.level}: {notice.message}"
    sys.stderr.write(f"{text} {notice.action}\n" if notice.action else text + "\n")
    sys.stderr.flush()


def _reprovision(args: argparse.Namespace) -> int:
    from station.rework.reprovision import reprovision_with_override

    config = load_config(args.config)
    fixture = args.fixture or config.default_fixture
    slots = [s.strip() for s in args.slots.split(",") if s.strip()]
    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        actor = sign_in_cli(config.roles, journal, args.by, Role.SUPERVISOR)
        results = reprovision_with_override(
            actor, config, fixture, slots, journal, reason=args.reason, notices=_tell
        )
    passed = True
    for r in results:
        passed = passed and r.result in ("PASS", "RECOVERED")
        line = (
            Text.of("rework.cli.result.device", slot=r.slot, result=r.result, device=r.device_id)
            if r.device_id
            else Text.of("rework.cli.result", slot=r.slot, result=r.result)
        )
        if r.result not in ("PASS", "RECOVERED"):
            line = Text.of("rework.cli.failed", line=line, message=r.text, action=r.action_text)
        say(line)
    return EXIT_OK if passed else EXIT_NOT_ALL_PASSED
