"""What a supervisor does at the centre: release a device ID's claim for rework, read the device
IDs the centre flags as registered twice (after an offline lot), and see each station.

A supervisor connects with their own login role (`station fleet add-supervisor NAME`), never a
station's: the centre grants `fleet.release_claim` to `fleet_supervisors` only, so a station's
role is refused whatever the station's software does. The centre's append-only claim history
keeps who (the login role) and why; the command also journals it on the station it runs on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg import errors as pgerrors

from station.fleet.connect import FleetSettings, connect, explain_db_error
from station.fleet.errors import FleetError
from station.fleet.heartbeat import SILENT_AFTER_S
from station.journal import Journal
from station.text import Text

#: A reason shorter than this is not a reason ("x", "ok"): QA reads these months later.
MIN_REASON_CHARS = 8

Conn = psycopg.Connection[tuple[Any, ...]]


def check_reason(reason: str) -> str:
    why = reason.strip()
    if len(why) < MIN_REASON_CHARS:
        raise FleetError(
            Text.of("fleet.reason_too_short", reason=repr(why)),
            Text.of("fleet.reason_too_short.action", least=MIN_REASON_CHARS),
            error_class="usage",
        )
    return why


def release_claim(conn: Conn, realm: str, device_id: str, reason: str) -> None:
    """Free `device_id` in `realm` for a new registration; raises if there was nothing to free
    or the role may not."""
    why = check_reason(reason)
    try:
        row = conn.execute(
            "SELECT fleet.release_claim(%s, %s, %s)", (realm, device_id, why)
        ).fetchone()
    except pgerrors.InsufficientPrivilege as exc:
        raise FleetError(
            Text.of("fleet.not_a_supervisor", role=conn.info.user, device_id=device_id),
            Text.of("fleet.not_a_supervisor.action"),
            error_class="forbidden",
        ) from exc
    except psycopg.Error as exc:
        raise explain_db_error(exc, conn.info.user) from exc
    if not (row and row[0]):
        raise FleetError(
            Text.of("fleet.no_claim_to_release", device_id=device_id, realm=realm),
            Text.of("fleet.no_claim_to_release.action"),
            error_class="not_found",
        )


def release_for_rework(
    journal: Journal,
    actor: str,
    settings: FleetSettings,
    central_password: str | None,
    *,
    realm: str,
    device_id: str,
    reason: str,
) -> Text:
    """Release at the centre as `settings.role`, then journal it on this station as `actor`
    (the journal name of the station's supervisor, already proven); returns what to tell the
    person. The command line and the supervisor's claim dialog both come here, so they say the
    same."""
    why = check_reason(reason)
    role = settings.role
    with connect(settings, central_password, application=f"supervisor {role}") as conn:
        release_claim(conn, realm, device_id, why)
    journal.record_event(
        "fleet_release_claim",
        actor=actor,
        details={"device_id": device_id, "realm": realm, "central_role": role},
        reason=why,
    )
    return Text.of("fleet.released", device_id=device_id, realm=realm)


def duplicate_registrations(conn: Conn) -> list[tuple[str, str, str]]:
    """(realm, device ID, who registered it) for every ID the centre flags, oldest first."""
    try:
        rows = conn.execute(
            "SELECT realm, device_id, registered_by FROM fleet.duplicate_registrations "
            "ORDER BY first_at, realm, device_id"
        ).fetchall()
    except pgerrors.InsufficientPrivilege as exc:
        raise _not_qa(conn) from exc
    except psycopg.Error as exc:
        raise explain_db_error(exc, conn.info.user) from exc
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


@dataclass(frozen=True)
class StationRow:
    """One station as the centre sees it (`fleet.station_overview`)."""

    station_id: str
    last_seen: datetime | None  # its newest event's arrival or its last heartbeat, the later
    ship_lag_s: float | None  # the newest event's arrival minus its station time
    passed_today: int
    failed_today: int
    open_lot: str | None
    lot_opened_by: str | None
    # The station's heartbeat (schema version 10, `heartbeat.py`); None before its first.
    last_heartbeat: datetime | None = None
    heartbeat_age_s: float | None = None  # by the centre's clock
    link: str | None = None  # the shipper's state when it last said so
    backlog: int | None = None  # events journaled, not yet at the centre
    backlog_wait_s: float | None = None  # how long the oldest of them had waited
    station_version: str | None = None

    @property
    def silent(self) -> bool:
        """Not heard within `SILENT_AFTER_S`: its link is down, or it is off."""
        return self.heartbeat_age_s is not None and self.heartbeat_age_s > SILENT_AFTER_S


def station_state(row: StationRow) -> str:
    """The station's link in a few words, as `fleet stations` shows it (English)."""
    return station_state_text(row).english


def station_state_text(row: StationRow) -> Text:
    """The same by message ID, which the fleet page shows in the screens' language."""
    if row.heartbeat_age_s is None:
        return Text.of("fleet.station.no_heartbeat")
    if row.silent and row.link not in ("stopped", "failed"):
        return Text.of("fleet.station.silent")
    if row.link == "backlog" or (row.link == "live" and row.backlog):
        return Text.of("fleet.station.backlog", backlog=row.backlog or 0)
    if row.link in ("stopped", "failed"):
        return Text.of(f"fleet.station.shipper_{row.link}")
    if row.link in ("starting", "live", "offline"):
        return Text.of(f"fleet.station.{row.link}")
    return Text.plain(str(row.link))  # a newer station's word for its link


_COLUMNS = (
    "station_id, last_seen, ship_lag_s, passed_today, failed_today, open_lot, lot_opened_by, "
    "last_heartbeat, heartbeat_age_s, link, backlog, backlog_wait_s, station_version"
)


def station_overview(conn: Conn) -> list[StationRow]:
    try:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM fleet.station_overview ORDER BY station_id"  # noqa: S608 (a constant)
        ).fetchall()
    except pgerrors.InsufficientPrivilege as exc:
        raise _not_qa(conn) from exc
    except psycopg.Error as exc:
        raise explain_db_error(exc, conn.info.user) from exc
    return [StationRow(*row) for row in rows]


def _not_qa(conn: Conn) -> FleetError:
    return FleetError(
        Text.of("fleet.not_qa.history", role=conn.info.user),
        Text.of("fleet.not_qa.history.action"),
        error_class="forbidden",
    )
