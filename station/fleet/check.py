"""`station fleet check`: can this station ship and claim? Each failure says what to fix."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg

from station.fleet.connect import (
    FleetSettings,
    check_schema,
    connect,
    explain_db_error,
    no_grants_error,
)

# What a station must be allowed to do, and how PostgreSQL names the right.
_NEEDED = (
    ("has_table_privilege", "fleet.events", "INSERT"),
    ("has_table_privilege", "fleet.events", "SELECT"),
    ("has_function_privilege", "fleet.claim_device(text, text, integer)", "EXECUTE"),
    ("has_function_privilege", "fleet.renew_claim(text, text, bigint, integer)", "EXECUTE"),
    ("has_function_privilege", "fleet.complete_claim(text, text, bigint)", "EXECUTE"),
)


def run_check(settings: FleetSettings, password: str | None) -> list[str]:
    """What works, line by line; the first thing that does not raises a FleetError."""
    try:
        return _checked(settings, password)
    except psycopg.Error as exc:
        raise explain_db_error(exc, settings.role) from exc


def _checked(settings: FleetSettings, password: str | None) -> list[str]:
    found: list[str] = []
    with connect(settings, password, application="check") as conn:
        tls = conn.execute(
            "SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl"
        ).fetchone()
        link = f"{tls[0]}" if tls else "no TLS"
        found.append(
            f"connected to {settings.host}:{settings.port}/{settings.database} as "
            f"{settings.role} ({link})"
        )
        version = check_schema(conn)
        found.append(f"fleet schema version {version}")
        for function, obj, right in _NEEDED:
            row = conn.execute(
                f"SELECT {function}(current_user, %s, %s)".encode(), (obj, right)
            ).fetchone()
            if not (row and row[0]):
                raise no_grants_error(settings.role)
        found.append("may ship events and claim device IDs")
        row = conn.execute(
            "SELECT clock_timestamp(), (SELECT max(seq) FROM fleet.events)"
        ).fetchone()
        assert row is not None
        server_now, shipped = row
        skew = (datetime.now(UTC) - server_now).total_seconds()
        found.append(
            f"this PC's clock is {abs(skew):.1f} s {'ahead of' if skew > 0 else 'behind'} the "
            "server's (leases use the server's clock)"
        )
        found.append(f"events shipped so far: up to seq {shipped or 0}")
    return found
