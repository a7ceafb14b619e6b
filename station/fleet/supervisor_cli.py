"""`station fleet release-claim` (a supervisor frees a device ID at the centre for rework),
`station fleet duplicates` (the IDs the centre flags as registered twice) and `station fleet
stations` (each station as the centre sees it).

Releasing needs two proofs: the station's supervisor password (as `lot open` asks it, throttled
and journaled), then the supervisor's own login role at the centre (`--as NAME`). Passwords are
asked without echo, or read from standard input when scripted (the station's on the first line,
the centre's on the next), never from an argument. The centre refuses any role outside
`fleet_supervisors`. The release is journaled
at the centre (who and why, in the append-only claim history) and in this station's journal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from station.config.model import StationConfig
from station.config.store import load_config
from station.errors import UsageError
from station.fleet.connect import FleetSettings, connect
from station.fleet.supervise import (
    check_reason,
    duplicate_registrations,
    release_for_rework,
    station_overview,
    station_state_text,
)
from station.journal import Journal
from station.roles import Role
from station.roles.prompt import sign_in_cli
from station.text import Param, Text, say

EXIT_OK = 0
EXIT_FLAGGED = 1


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "release-claim",
        help="supervisors: free a device ID at the centre for rework (your fleet role)",
        description="Release the fleet-wide claim on a device ID, so a station may register it "
        "again (rework). Needs the station's supervisor password (asked first, or the first "
        "line of standard input), then your own supervisor role's password at the centre (the "
        "next line), and a reason; who and why are kept in the centre's claim history and in "
        "this station's journal.",
    )
    p.add_argument("device_id", metavar="DEVICE_ID")
    p.add_argument("--reason", required=True, help="why, for the claim history and the journal")
    p.add_argument(
        "--as",
        dest="as_role",
        default="",
        metavar="NAME",
        help="your supervisor role at the centre (default: your login name)",
    )
    p.add_argument(
        "--by", default="", help="your name for the station's supervisor sign-in (default: login)"
    )
    p.add_argument("--realm", default="", help="default: the realm of the active target")
    p.add_argument("--config", type=Path, metavar="FILE", help="station configuration")
    p.set_defaults(handler=_release_claim)

    p = sub.add_parser(
        "duplicates",
        help="QA, supervisors: device IDs the centre flags as registered twice (offline lots)",
        description="List the device IDs that a station registered under an offline lot and "
        "another station registered too. Exits 1 when there is any.",
    )
    p.add_argument(
        "--as",
        dest="as_role",
        default="",
        metavar="NAME",
        help="your QA or supervisor role at the centre (default: your login name)",
    )
    p.add_argument("--config", type=Path, metavar="FILE", help="station configuration")
    p.set_defaults(handler=_duplicates)

    p = sub.add_parser(
        "stations",
        help="QA, supervisors: each station as the centre sees it (last seen, today, lots)",
        description="One line per station role: when the centre last heard from it and the "
        "lag of that event, today's passed and failed attempts, and its open offline lot.",
    )
    p.add_argument(
        "--as",
        dest="as_role",
        default="",
        metavar="NAME",
        help="your QA or supervisor role at the centre (default: your login name)",
    )
    p.add_argument("--config", type=Path, metavar="FILE", help="station configuration")
    p.set_defaults(handler=_stations)


def read_password(role: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(Text.of("fleet.cli.password_prompt", role=role).english)
    return sys.stdin.readline().rstrip("\r\n")


def person_settings(config: StationConfig, as_role: str) -> FleetSettings:
    """Where the centre is, with a person's role instead of the station's. The station's client
    certificate names the station's role, so it is not offered."""
    if config.fleet is None:
        raise UsageError(Text.of("fleet.cli.off"), Text.of("fleet.cli.off.action"))
    role = as_role.strip() or getpass.getuser()
    return replace(FleetSettings.from_config(config.fleet), role=role, cert_file=None)


def _duplicates(args: argparse.Namespace) -> int:
    settings = person_settings(load_config(args.config), args.as_role)
    with connect(settings, read_password(settings.role), application="duplicates") as conn:
        rows = duplicate_registrations(conn)
    for realm, device_id, registered_by in rows:
        say(
            Text.of(
                "fleet.cli.registered_by", realm=realm, device_id=device_id, station=registered_by
            )
        )
    twice = Text.of("fleet.registered_twice", count=len(rows)).english
    sys.stdout.write(
        twice + (" " + Text.of("fleet.registered_twice.action").english if rows else "") + "\n"
    )
    return EXIT_OK if not rows else EXIT_FLAGGED


def _stations(args: argparse.Namespace) -> int:
    settings = person_settings(load_config(args.config), args.as_role)
    with connect(settings, read_password(settings.role), application="stations") as conn:
        rows = station_overview(conn)
    for row in rows:
        if row.last_seen is None:
            seen = Text.of("fleet.cli.never_seen")
        elif row.ship_lag_s is None:
            seen = Text.of("fleet.cli.last_seen", when=f"{row.last_seen:%Y-%m-%d %H:%M:%S %Z}")
        else:
            seen = Text.of(
                "fleet.cli.last_seen_lag",
                when=f"{row.last_seen:%Y-%m-%d %H:%M:%S %Z}",
                lag=f"{row.ship_lag_s:.1f}",
            )
        said: dict[str, Param] = {
            "station": row.station_id,
            "state": station_state_text(row),
            "seen": seen,
            "passed": row.passed_today,
            "failed": row.failed_today,
        }
        if row.open_lot:
            say(
                Text.of(
                    "fleet.cli.station_lot", **said, lot=row.open_lot, by=str(row.lot_opened_by)
                )
            )
        else:
            say(Text.of("fleet.cli.station", **said))
    say(Text.of("fleet.stations_count", count=len(rows)))
    return EXIT_OK


def _release_claim(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    settings = person_settings(config, args.as_role)
    role = settings.role
    why = check_reason(args.reason)  # before asking for a password that would be wasted
    device_id = args.device_id.strip()
    realm = args.realm.strip() or config.active_target().realm
    with Journal.open(config.journal_path, station_id=config.station_id) as journal:
        # Two proofs: the station's supervisor password (throttled and journaled like every
        # sign-in here), then the supervisor's own role at the centre, which the centre checks.
        actor = sign_in_cli(config.roles, journal, args.by, Role.SUPERVISOR)
        said = release_for_rework(
            journal,
            actor.journal_name,
            settings,
            read_password(role),
            realm=realm,
            device_id=device_id,
            reason=why,
        )
    say(said)
    return EXIT_OK
