"""F5: the security matrix. Station A's credentials against station B's rows, UPDATE, DELETE
and TRUNCATE on history, direct access to the claims table, another station's heartbeat,
deleting attempt rows or retiring a month: each must be refused."""

from __future__ import annotations

import os
import uuid
from typing import Any

import psycopg
from fleet_centre import Centre

from station.fleet.connect import FleetSettings


def f5(centre: Centre) -> None:
    (a, a_pw), (b, b_pw) = centre.station("f5-a"), centre.station("f5-b")
    journal_id = uuid.uuid4()

    def insert(conn: psycopg.Connection[Any], station: str, seq: int) -> None:
        conn.execute(
            "INSERT INTO fleet.events (station_id, journal_id, seq, station_ts, kind, payload, "
            "prev_hash, hash) VALUES (%s, %s, %s, now(), 'bench', '{}', %s, %s)",
            (station, journal_id, seq, bytes(32), os.urandom(32)),
        )

    def connect(s: FleetSettings, pw: str) -> psycopg.Connection[Any]:
        return psycopg.connect(
            host=s.host, port=s.port, dbname=s.database, user=s.role, password=pw, autocommit=True
        )

    with connect(a, a_pw) as conn_a, connect(b, b_pw) as conn_b:
        insert(conn_a, a.role, 1)
        insert(conn_b, b.role, 1)
        checks: list[tuple[str, Any]] = [
            ("A inserts a row as B", lambda: insert(conn_a, b.role, 2)),
            (
                "A reads B's rows",
                lambda: _expect_empty(
                    conn_a.execute(
                        "SELECT * FROM fleet.events WHERE station_id = %s", (b.role,)
                    ).fetchall()
                ),
            ),
            ("A updates history", lambda: conn_a.execute("UPDATE fleet.events SET kind = 'x'")),
            ("A deletes history", lambda: conn_a.execute("DELETE FROM fleet.events")),
            ("A truncates history", lambda: conn_a.execute("TRUNCATE fleet.events")),
            ("A reads the claims table", lambda: conn_a.execute("SELECT * FROM fleet.claims")),
            (
                "A releases a claim",
                lambda: conn_a.execute("SELECT fleet.release_claim('r', 'd', 'why')"),
            ),
            # The heartbeat (v10): one row per station, written only by its own definer call.
            (
                "A writes B's heartbeat",
                lambda: conn_a.execute(
                    "INSERT INTO fleet.station_heartbeat (station_id, link, local_seq, "
                    "acked_seq, station_clock, station_version) "
                    "VALUES (%s, 'live', 0, 0, now(), 'x')",
                    (b.role,),
                ),
            ),
            (
                "A rewrites its heartbeat",
                lambda: conn_a.execute("UPDATE fleet.station_heartbeat SET local_seq = 0"),
            ),
            ("A deletes attempt rows", lambda: conn_a.execute("DELETE FROM fleet.attempt_rows")),
            (
                "A retires a month",
                lambda: conn_a.execute("SELECT fleet.retire_month('2025-01-01')"),
            ),
        ]
        with psycopg.connect(centre.cluster.admin_dsn(centre.db), autocommit=True) as admin:
            checks += [
                (
                    "superuser updates history",
                    lambda: admin.execute("UPDATE fleet.events SET kind = 'x'"),
                ),
                ("superuser deletes history", lambda: admin.execute("DELETE FROM fleet.events")),
                (
                    "superuser deletes attempt rows",
                    lambda: admin.execute("DELETE FROM fleet.attempt_rows"),
                ),
            ]
            refused = []
            for label, action in checks:
                try:
                    action()
                    refused.append((label, "ALLOWED"))
                except (psycopg.Error, _Refused) as exc:
                    refused.append((label, type(exc).__name__))
    allowed = [label for label, how in refused if how == "ALLOWED"]
    print(
        f"F5 security: {len(refused) - len(allowed)} of {len(refused)} forbidden actions refused"
        + (f"; ALLOWED: {', '.join(allowed)}" if allowed else "")
    )
    for label, how in refused:
        print(f"   {label}: {how}")


class _Refused(Exception):
    pass


def _expect_empty(rows: list[Any]) -> None:
    if rows:
        return  # visible rows: allowed (reported by the caller)
    raise _Refused("no rows visible")
