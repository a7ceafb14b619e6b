"""Opening a station's connection to the centre, and explaining why it failed.

Every connection carries keepalives and `tcp_user_timeout`: with libpq's defaults a query on a
blackholed network hangs for many minutes, with these a dead link is seen in about 5 s. TLS is
`verify-full` whenever a CA is configured: the server's certificate must name the configured
host; a station with a client certificate and no CA still requires TLS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pgerrors

from station.config.model import FleetConfig
from station.fleet.errors import FleetError, FleetUnreachable
from station.fleet.schema import central_version, newer_schema_error, schema_version

# Seconds: how long a connect attempt may take, and how soon a silent peer is declared dead.
CONNECT_TIMEOUT_S = 3
DEAD_PEER_MS = 4000


@dataclass(frozen=True)
class FleetSettings:
    """Where the centre is and who this station is there. The password is not here: it lives
    in the OS keyring and is passed separately."""

    host: str
    database: str
    role: str
    port: int = 5432
    ca_file: Path | None = None
    cert_file: Path | None = None
    key_file: Path | None = None

    @classmethod
    def from_config(cls, config: FleetConfig) -> FleetSettings:
        return cls(
            host=config.host,
            port=config.port,
            database=config.database,
            role=config.role,
            ca_file=config.ca_file,
            cert_file=config.cert_file,
            key_file=config.key_file,
        )


def conninfo(settings: FleetSettings, password: str | None, *, application: str = "") -> str:
    params: dict[str, str | int | None] = {
        "host": settings.host,
        "port": settings.port,
        "dbname": settings.database,
        "user": settings.role,
        "application_name": application or f"station {settings.role}",
        "connect_timeout": CONNECT_TIMEOUT_S,
        "keepalives": 1,
        "keepalives_idle": 2,
        "keepalives_interval": 1,
        "keepalives_count": 3,
        "tcp_user_timeout": DEAD_PEER_MS,
    }
    if password is not None:
        params["password"] = password
    if settings.ca_file is not None:
        params["sslmode"] = "verify-full"
        params["sslrootcert"] = str(settings.ca_file)
    elif settings.cert_file is not None:
        # A client certificate goes over TLS or not at all: libpq's default ("prefer") falls
        # back to a plain connection, without the certificate, to a server without TLS.
        params["sslmode"] = "require"
    if settings.cert_file is not None:
        params["sslcert"] = str(settings.cert_file)
        params["sslkey"] = str(settings.key_file or settings.cert_file.with_suffix(".key"))
    return psycopg.conninfo.make_conninfo("", **params)


def connect(
    settings: FleetSettings, password: str | None, *, application: str = ""
) -> psycopg.Connection[tuple[Any, ...]]:
    """An autocommit connection, or a FleetError saying what is wrong and what to do."""
    try:
        info = conninfo(settings, password, application=application)
    except UnicodeEncodeError as exc:
        raise unencodable_setting(settings, password) from exc
    try:
        return psycopg.connect(info, autocommit=True)
    except psycopg.OperationalError as exc:
        raise explain_connect_failure(settings, exc) from exc


def unencodable_setting(settings: FleetSettings, password: str | None) -> FleetError:
    """libpq takes its settings as UTF-8: a character that has none (a lone surrogate, as a
    file name in another encoding or a pasted host name can bring) is a settings fault, not our
    bug. The setting is named; the password's value is never shown."""
    shown: tuple[tuple[str, object], ...] = (
        ("the setting [fleet] host", settings.host),
        ("the setting [fleet] database", settings.database),
        ("the role", settings.role),
        ("the setting [fleet] ca_file", settings.ca_file),
        ("the setting [fleet] cert_file", settings.cert_file),
        ("the setting [fleet] key_file", settings.key_file),
    )
    for name, value in shown:
        if value is not None and not _encodes(str(value)):
            return FleetError(
                f"{name[0].upper()}{name[1:]} ({str(value)!a}) holds a character that "
                "cannot be sent to the central database.",
                f"Correct {name} where it was set (the station's configuration, or the field "
                "it was typed in) to plain text, e.g. a host name of letters, digits, dots "
                "and dashes.",
            )
    return FleetError(
        "The password holds a character that cannot be sent to the central database.",
        "Type the password again; if it was stored with `station fleet set-password`, store it "
        "again.",
    )


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_HINTS: tuple[tuple[str, str, str], ...] = (
    (
        r"password authentication failed|no password supplied|password is required",
        "The central database refused the password of role {role}.",
        "Store the password plant IT gave for this station: `station fleet set-password`. "
        "If it was lost, plant IT runs `station fleet add-station {role}` again for a new one.",
    ),
    (
        r"certificate|SSL|ssl",
        "The TLS handshake with {host}:{port} failed: {detail}",
        "Check [fleet] ca_file, cert_file and key_file: the CA must be the plant CA that signed "
        "the server's certificate, the client certificate's CN must be {role}, and the key "
        "file must be readable only by this user (chmod 600).",
    ),
    (
        r"database \".*\" does not exist",
        "There is no database {database} on {host}:{port}.",
        "Check [fleet] database, or ask plant IT to create it and run `station fleet init-db`.",
    ),
    (
        r"role \".*\" does not exist|no pg_hba.conf entry|not permitted to log in",
        "The central database does not let role {role} log in from this PC.",
        "Ask plant IT to run `station fleet add-station {role}` and to allow this PC in "
        "pg_hba.conf.",
    ),
    (
        r"too many connections|connection limit",
        "The central database has no free connection for role {role}.",
        "Close other station programs using this role, or ask plant IT to raise max_connections.",
    ),
)


def explain_connect_failure(settings: FleetSettings, exc: psycopg.Error) -> FleetError:
    detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    values = {
        "role": settings.role,
        "host": settings.host,
        "port": settings.port,
        "database": settings.database,
        "detail": detail,
    }
    for pattern, message, action in _HINTS:
        if re.search(pattern, str(exc)):
            return FleetError(message.format(**values), action.format(**values))
    return FleetUnreachable(
        f"The central database at {settings.host}:{settings.port} cannot be reached ({detail}).",
        "Check the network cable and that the central server is running; provisioning of new "
        "devices stays blocked until it answers, and the journal ships when it returns.",
    )


def check_schema(conn: psycopg.Connection[tuple[Any, ...]]) -> int:
    """The central schema version, if this station can use it; otherwise a FleetError."""
    try:
        found = central_version(conn)
    except pgerrors.InsufficientPrivilege as exc:
        raise no_grants_error(conn.info.user) from exc
    if found is None:
        raise FleetError(
            f"The database {conn.info.dbname} on {conn.info.host} was never initialised for "
            "the fleet.",
            "Plant IT runs `station fleet init-db` once, as the database superuser.",
        )
    if found > schema_version():
        raise newer_schema_error(found)
    if found < schema_version():
        raise FleetError(
            f"The central database has fleet schema version {found}; this station needs "
            f"{schema_version()}.",
            "Plant IT runs `station fleet init-db` with this station version to migrate it.",
        )
    return found


def no_grants_error(role: str) -> FleetError:
    return FleetError(
        f"Role {role} may log in but has no rights on the fleet schema.",
        f"Plant IT runs `station fleet add-station {role}`: it puts the role in the "
        "`stations` group.",
    )


# SQLSTATEs that mean the centre's schema lacks what this station calls: init-db never ran on
# this database, or it ran with an older station version (undefined table, function, column,
# schema).
_SCHEMA_MISSING = frozenset({"42P01", "42883", "42703", "3F000"})


def explain_db_error(exc: psycopg.Error, role: str) -> FleetError:
    """A refusal by the centre other than a dead link, as something a person can act on.

    A connection failure is `explain_connect_failure`'s; everything else the server answers
    (no right, no such function, a timeout it imposed) is the environment's fault too, never
    our bug, and must not surface as an internal error.
    """
    if isinstance(exc, psycopg.OperationalError):
        return FleetUnreachable(
            f"The central database stopped answering ({_detail(exc)}).",
            "Check the network to the central server; new devices are not registered until it "
            "answers, and the journal ships when it returns.",
        )
    if isinstance(exc, pgerrors.InsufficientPrivilege):
        return no_grants_error(role)
    if exc.sqlstate in _SCHEMA_MISSING:
        return FleetError(
            f"The central database lacks part of the fleet schema this station uses "
            f"({_detail(exc)}): it was never initialised, or with an older station version.",
            "Plant IT runs `station fleet init-db` with this station's version; "
            "`station fleet check` on the station says what is missing.",
        )
    return FleetError(
        f"The central database refused a fleet request ({_detail(exc)}).",
        "Run `station fleet check` on this station; if it passes, report this with the "
        "station log. Nothing was lost locally.",
    )


def _detail(exc: psycopg.Error) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
