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
from station.text import Text

# What a station must be allowed to do, and how PostgreSQL names the right.
_NEEDED = (
    ("has_table_privilege", "fleet.events", "INSERT"),
    ("has_table_privilege", "fleet.events", "SELECT"),
    ("has_function_privilege", "fleet.claim_device(text, text, integer)", "EXECUTE"),
    ("has_function_privilege", "fleet.renew_claim(text, text, bigint, integer)", "EXECUTE"),
    ("has_function_privilege", "fleet.complete_claim(text, text, bigint)", "EXECUTE"),
)


def run_check(settings: FleetSettings, password: str | None) -> list[Text]:
    """What works, line by line; the first thing that does not raises a FleetError."""
    try:
        return _checked(settings, password)
    except psycopg.Error as exc:
        raise explain_db_error(exc, settings.role) from exc


def _checked(settings: FleetSettings, password: str | None) -> list[Text]:
    found: list[Text] = []
    with connect(settings, password, application="check") as conn:
        tls = conn.execute(
            "SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl"
        ).fetchone()
        link = Text.plain(f"{tls[0]}") if tls else Text.of("fleet.check.no_tls")
        found.append(
            Text.of(
                "fleet.check.connected",
                host=settings.host,
                port=settings.port,
                database=settings.database,
                role=settings.role,
                tls=link,
            )
        )
        version = check_schema(conn)
        found.append(Text.of("fleet.check.schema", version=version))
        for function, obj, right in _NEEDED:
            row = conn.execute(
                f"SELECT {function}(current_user, %s, %s)".encode(), (obj, right)
            ).fetchone()
            if not (row and row[0]):
                raise no_grants_error(settings.role)
        found.append(Text.of("fleet.check.rights"))
        row = conn.execute(
            "SELECT clock_timestamp(), (SELECT max(seq) FROM fleet.events)"
        ).fetchone()
        assert row is not None
        server_now, shipped = row
        skew = (datetime.now(UTC) - server_now).total_seconds()
        clock = "fleet.check.clock_ahead" if skew > 0 else "fleet.check.clock_behind"
        found.append(Text.of(clock, seconds=f"{abs(skew):.1f}"))
        found.append(Text.of("fleet.check.shipped", seq=int(shipped or 0)))
    return found
