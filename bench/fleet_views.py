"""The supervisors' and QA's views at the centre right after a large backlog arrived.

`fleet.station_overview`, `fleet.offline_registrations` and `fleet.duplicate_registrations` are
read as a QA role (row-level security applies, as for the fleet page) under EXPLAIN ANALYZE:
the time the server spent, and how many rows of `events` it read by sequential scans, which
grows with the whole history, not with the stations. Right after a backlog the month's
partition has no statistics yet (autovacuum has not analyzed it), the case the overview's own
table (schema v11) and fleet.attempt_rows (v9) were made for.
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg

from station.fleet.connect import FleetSettings, connect
from station.fleet.names import QA
from station.fleet.schema import add_login, new_password

VIEWS = (
    ("station_overview", "SELECT * FROM fleet.station_overview"),
    ("offline_registrations", "SELECT * FROM fleet.offline_registrations"),
    ("duplicate_registrations", "SELECT * FROM fleet.duplicate_registrations"),
)


def _nodes(plan: dict[str, Any]) -> list[dict[str, Any]]:
    found = [plan]
    for child in plan.get("Plans", []):
        found += _nodes(child)
    return found


def explain(conn: psycopg.Connection[Any], sql: str) -> tuple[float, int, int]:
    """(server milliseconds, rows of `events` read by sequential scans, rows) of one read.

    Rows read by a sequential scan grow with the whole history; an empty partition read whole
    costs nothing and is not counted."""
    row = conn.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}".encode()).fetchone()
    assert row is not None
    (top,) = row[0]
    scanned = sum(
        int(n.get("Actual Rows", 0) + n.get("Rows Removed by Filter", 0)) * int(n["Actual Loops"])
        for n in _nodes(top["Plan"])
        if n["Node Type"] == "Seq Scan" and str(n.get("Relation Name", "")).startswith("events")
    )
    return float(top["Execution Time"]), scanned, int(top["Plan"].get("Actual Rows", 0))


def view_figures(admin_dsn: str, where: FleetSettings) -> str:
    """One line: each view's time, whole partitions read and rows, read as a new QA role."""
    role, password = f"views-qa-{uuid.uuid4().hex[:6]}", new_password()
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        add_login(admin, role, password, QA)
        ((analyzed,),) = admin.execute(
            "SELECT count(*) FILTER (WHERE last_autoanalyze IS NOT NULL OR last_analyze IS NOT "
            "NULL) FROM pg_stat_user_tables WHERE schemaname = 'fleet' AND relname LIKE "
            "'events_%'"
        ).fetchall()
    settings = FleetSettings(host=where.host, port=where.port, database=where.database, role=role)
    figures = [f"events partitions analyzed so far {analyzed}"]
    with connect(settings, password, application="bench views") as conn:
        for name, sql in VIEWS:
            conn.execute(sql.encode()).fetchall()  # the catalogue read once, as a page does
            ms, scanned, rows = explain(conn, sql)
            figures.append(f"{name} {ms:.1f} ms ({scanned} events scanned, {rows} rows)")
    return "; ".join(figures)
