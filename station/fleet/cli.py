"""`station fleet ...`: set up the central database (plant IT) and check a station's link to it.

`init-db` and `add-station` connect as the database superuser through libpq's usual means: a
`--dsn`, or the PG* environment and the local socket (`sudo -u postgres station fleet init-db
--dsn dbname=fleet`). They print what they did and never print anything they were given.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

from station.config.model import FleetConfig
from station.config.store import load_config
from station.errors import UsageError
from station.fleet import lot_cli, supervisor_cli
from station.fleet.check import run_check
from station.fleet.connect import FleetSettings, check_schema
from station.fleet.errors import FleetError
from station.fleet.months import ensure_partitions, retire_month
from station.fleet.names import QA, STATIONS, SUPERVISORS
from station.fleet.schema import add_login, init_db, new_password
from station.fleet.shipper import Shipper, ShipperStatus
from station.pairing.errors import CredentialMissing
from station.pairing.keystore import load_fleet_password, store_fleet_password
from station.text import Text, say

EXIT_OK = 0
EXIT_FAILED = 1

_GROUP_OF = {"add-station": STATIONS, "add-qa": QA, "add-supervisor": SUPERVISORS}


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "fleet",
        help="fleet mode: the central PostgreSQL shared by many stations",
        description="Set up the central fleet database and check this station's link to it.",
    )
    sub = parser.add_subparsers(dest="fleet_command", metavar="FLEET_COMMAND", required=True)

    p = sub.add_parser(
        "init-db",
        help="create or migrate the fleet schema and roles (plant IT, as superuser)",
        description="Create or migrate the central fleet schema, its groups and grants. "
        "Safe to run again: an up-to-date database is left as it is.",
    )
    _admin_options(p)
    p.set_defaults(handler=_init_db)

    p = sub.add_parser(
        "maintain",
        help="make the monthly partitions of the central events ahead of time (plant IT, cron)",
        description="Make the monthly partitions of fleet.events for this month and the months "
        "after it that are missing. Safe to run as often as you like (e.g. daily from cron); "
        "stations also make this month's and next month's when they connect.",
    )
    _admin_options(p)
    p.add_argument("--months", type=int, default=3, help="how many months, from this one")
    p.add_argument(
        "--retire",
        metavar="YYYY-MM",
        default="",
        help="retire that month: detach its events for archiving and remove its attempt rows",
    )
    p.set_defaults(handler=_maintain)

    for command, what in (
        ("add-station", "a station's login role (its name is the station ID)"),
        ("add-qa", "a read-only login role for QA people and dashboards"),
        ("add-supervisor", "a login role that may release claims for rework"),
    ):
        p = sub.add_parser(command, help=f"create {what}", description=f"Create {what}.")
        _admin_options(p)
        p.add_argument("name", metavar="NAME")
        p.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the password from standard input instead of generating one",
        )
        p.set_defaults(handler=_add_login, group=_GROUP_OF[command])

    p = sub.add_parser(
        "check",
        help="test this station's connection and rights on the central database",
        description="Connect to the [fleet] database as this station's role and check the "
        "schema version and grants. Each failure says what to fix.",
    )
    p.add_argument("--config", type=Path, metavar="FILE", help="station configuration")
    p.set_defaults(handler=_check)

    p = sub.add_parser(
        "set-password",
        help="store this station's fleet role password in the OS keyring (read from stdin)",
        description="Read the password plant IT gave for this station's fleet role from "
        "standard input and keep it in the OS keyring. It is never written to the "
        "configuration. With --role, the password of a person's role at the centre (QA or "
        "supervisor) instead, for `station qa --fleet --as NAME`.",
    )
    p.add_argument("--config", type=Path, metavar="FILE", help="station configuration")
    p.add_argument("--role", default="", metavar="NAME", help="default: this station's role")
    p.set_defaults(handler=_set_password)

    p = sub.add_parser(
        "ship",
        help="ship this station's journal to the centre (foreground; Ctrl-C stops)",
        description="Stream the journal's events to the central database, reconnecting "
        "as needed. Provisioning never waits for it.",
    )
    p.add_argument("--config", type=Path, metavar="FILE", help="station configuration")
    p.add_argument(
        "--until-idle",
        action="store_true",
        help="exit once everything journaled so far is at the centre",
    )
    p.set_defaults(handler=_ship)

    supervisor_cli.register(sub)
    lot_cli.register(sub)


def _fleet_config(path: Path | None) -> FleetConfig:
    config = load_config(path)
    if config.fleet is None:
        raise UsageError(Text.of("fleet.cli.off"), Text.of("fleet.cli.off.action"))
    return config.fleet


def _password(fleet: FleetConfig) -> str | None:
    try:
        return load_fleet_password(fleet.role)
    except CredentialMissing:
        if fleet.cert_file is None:
            raise
        return None  # certificate authentication needs no password


def _check(args: argparse.Namespace) -> int:
    fleet = _fleet_config(args.config)
    for line in run_check(FleetSettings.from_config(fleet), _password(fleet)):
        say(Text.of("fleet.cli.ok", line=line))
    return EXIT_OK


def _ship(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    fleet = _fleet_config(args.config)
    shown: list[str] = []

    def report(status: ShipperStatus) -> None:
        said = {"link": status.link, "acked": status.acked_seq, "backlog": status.backlog}
        if status.problem:
            line = Text.of("fleet.cli.ship_status.problem", **said, problem=status.problem_text)
        else:
            line = Text.of("fleet.cli.ship_status", **said)
        if not shown or shown[-1] != status.link:
            say(line)
        shown.append(status.link)

    # A one-off run (--until-idle) goes beside the station's own shipper: only a shipper that
    # runs until stopped says "stopped" to the centre when it ends.
    shipper = Shipper(
        FleetSettings.from_config(fleet),
        _password(fleet),
        config.journal_path,
        on_status=report,
        final_heartbeat=not args.until_idle,
    )
    shipper.start()
    try:
        while True:
            status = shipper.status()
            if status.link in ("failed", "stopped"):
                break
            if args.until_idle and status.link == "live" and status.backlog == 0:
                break
            time.sleep(0.2)
    except KeyboardInterrupt:
        pass
    finally:
        shipper.stop()
    final = shipper.status()
    if final.link == "failed":
        raise FleetError(final.problem_text, final.action_text)
    say(Text.of("fleet.cli.shipped", seq=final.acked_seq, backlog=final.backlog))
    return EXIT_OK


def _set_password(args: argparse.Namespace) -> int:
    fleet = _fleet_config(args.config)
    password = sys.stdin.readline().rstrip("\n")
    if not password:
        raise UsageError(Text.of("fleet.cli.no_password"), Text.of("fleet.cli.no_password.action"))
    role = args.role.strip() or fleet.role
    store_fleet_password(role, password)
    say(Text.of("fleet.cli.password_stored", role=role))
    return EXIT_OK


def _admin_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--dsn",
        default="",
        help="libpq connection string of the superuser (default: PG* environment, local socket)",
    )


def _admin_connect(dsn: str) -> psycopg.Connection[tuple[Any, ...]]:
    try:
        return psycopg.connect(dsn, autocommit=True)
    except psycopg.OperationalError as exc:
        raise FleetError(
            Text.of("fleet.cli.no_admin", detail=str(exc).strip()),
            Text.of("fleet.cli.no_admin.action"),
        ) from exc


def _init_db(args: argparse.Namespace) -> int:
    with _admin_connect(args.dsn) as conn:
        try:
            before, after = init_db(conn)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise FleetError(
                Text.of("fleet.cli.init_not_allowed", detail=str(exc)),
                Text.of("fleet.cli.init_not_allowed.action"),
            ) from exc
        except psycopg.Error as exc:
            # Nothing was changed: the migration runs in one transaction.
            raise FleetError(
                Text.of("fleet.cli.init_failed", detail=str(exc).strip()),
                Text.of("fleet.cli.init_failed.action"),
            ) from exc
        where = {"database": conn.info.dbname, "host": conn.info.host}
    if before == after:
        say(Text.of("fleet.cli.schema_current", **where, version=after))
    elif before == 0:
        say(Text.of("fleet.cli.schema_created", **where, version=after))
    else:
        say(Text.of("fleet.cli.schema_migrated", **where, before=before, after=after))
    return EXIT_OK


def _maintain(args: argparse.Namespace) -> int:
    if not 1 <= args.months <= 120:
        raise UsageError(
            Text.of("fleet.cli.months", months=args.months), Text.of("fleet.cli.months.action")
        )
    if args.retire:
        return _retire(args.dsn, args.retire)
    with _admin_connect(args.dsn) as conn:
        check_schema(conn)
        try:
            made = ensure_partitions(conn, args.months)
        except psycopg.Error as exc:
            raise FleetError(
                Text.of("fleet.cli.no_partitions", detail=str(exc).strip()),
                Text.of("fleet.cli.no_partitions.action"),
            ) from exc
    made_text = Text.of("fleet.partitions_made", count=made)
    say(
        Text.of(
            "fleet.partitions",
            made=made_text,
            ahead=Text.of("fleet.partitions_ahead", count=args.months),
        )
    )
    return EXIT_OK


def _retire(dsn: str, month_text: str) -> int:
    try:
        month = datetime.strptime(month_text.strip(), "%Y-%m").date()
    except ValueError:
        raise UsageError(
            Text.of("fleet.cli.not_a_month", month=repr(month_text)),
            Text.of("fleet.cli.not_a_month.action"),
        ) from None
    with _admin_connect(dsn) as conn:
        check_schema(conn)
        try:
            name, events, rows = retire_month(conn, month)
        except psycopg.Error as exc:
            raise FleetError(
                Text.of("fleet.cli.cannot_retire", month=f"{month:%Y-%m}", detail=str(exc).strip()),
                Text.of("fleet.cli.cannot_retire.action"),
            ) from exc
    retired = Text.of(
        "fleet.retired",
        month=f"{month:%Y-%m}",
        name=name,
        events=Text.of("count.events", count=events),
        rows=Text.of("fleet.rows_removed", count=rows),
    )
    say(retired)
    return EXIT_OK


def _add_login(args: argparse.Namespace) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
        if len(password) < 12:
            raise UsageError(
                Text.of("fleet.cli.short_password"), Text.of("fleet.cli.short_password.action")
            )
    else:
        password = new_password()
    with _admin_connect(args.dsn) as conn:
        try:
            created = add_login(conn, args.name, password, args.group)
        except psycopg.Error as exc:
            raise FleetError(
                Text.of("fleet.cli.cannot_add_role", name=args.name, detail=str(exc).strip()),
                Text.of("fleet.cli.cannot_add_role.action"),
            ) from exc
    done = "fleet.cli.role_created" if created else "fleet.cli.role_reset"
    say(Text.of(done, name=args.name, group=args.group))
    if not args.password_stdin:
        # Shown once, for plant IT to enter on the station with `station fleet set-password`;
        # the password is never a message's parameter.
        sys.stdout.write(f"{Text.of('fleet.cli.password_once').english} {password}\n")
    return EXIT_OK
