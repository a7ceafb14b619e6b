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

from station.catalogue import CATALOGUE
from station.config.model import FleetConfig
from station.fleet.errors import FleetError, FleetUnreachable
from station.fleet.schema import central_version, newer_schema_error, schema_version
from station.text import Param, Text, placeholders

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
        ("[fleet] host", settings.host),
        ("[fleet] database", settings.database),
        ("", settings.role),
        ("[fleet] ca_file", settings.ca_file),
        ("[fleet] cert_file", settings.cert_file),
        ("[fleet] key_file", settings.key_file),
    )
    for setting, value in shown:
        if value is not None and not _encodes(str(value)):
            if not setting:  # the role
                return FleetError(
                    Text.of("fleet.unencodable.role", value=ascii(str(value))),
                    Text.of("fleet.unencodable.role.action"),
                )
            return FleetError(
                Text.of("fleet.unencodable.setting", setting=setting, value=ascii(str(value))),
                Text.of("fleet.unencodable.setting.action", setting=setting),
            )
    return FleetError(
        Text.of("fleet.unencodable.password"), Text.of("fleet.unencodable.password.action")
    )


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


#: What libpq's words on a failed connection mean: (pattern, message ID; its action is
#: the ID's `.action`).
_HINTS: tuple[tuple[str, str], ...] = (
    (
        r"password authentication failed|no password supplied|password is required",
        "fleet.wrong_password",
    ),
    (r"certificate|SSL|ssl", "fleet.tls_failed"),
    (r"database \".*\" does not exist", "fleet.no_database"),
    (r"role \".*\" does not exist|no pg_hba.conf entry|not permitted to log in", "fleet.no_login"),
    (r"too many connections|connection limit", "fleet.no_connection"),
)


def _said(message_id: str, values: dict[str, Param]) -> Text:
    """The catalogue's message `message_id` with the values its template names."""
    return Text(
        message_id, {k: v for k, v in values.items() if k in placeholders(CATALOGUE[message_id])}
    )


def explain_connect_failure(settings: FleetSettings, exc: psycopg.Error) -> FleetError:
    detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    values: dict[str, Param] = {
        "role": settings.role,
        "host": settings.host,
        "port": settings.port,
        "database": settings.database,
        "detail": detail,
    }
    for pattern, message_id in _HINTS:
        if re.search(pattern, str(exc)):
            return FleetError(_said(message_id, values), _said(f"{message_id}.action", values))
    return FleetUnreachable(_said("fleet.unreachable", values), Text.of("fleet.unreachable.action"))


def check_schema(conn: psycopg.Connection[tuple[Any, ...]]) -> int:
    """The central schema version, if this station can use it; otherwise a FleetError."""
    try:
        found = central_version(conn)
    except pgerrors.InsufficientPrivilege as exc:
        raise no_grants_error(conn.info.user) from exc
    if found is None:
        raise FleetError(
            Text.of("fleet.never_initialised", database=conn.info.dbname, host=conn.info.host),
            Text.of("fleet.never_initialised.action"),
        )
    if found > schema_version():
        raise newer_schema_error(found)
    if found < schema_version():
        raise FleetError(
            Text.of("fleet.older_schema", found=found, needed=schema_version()),
            Text.of("fleet.older_schema.action"),
        )
    return found


def no_grants_error(role: str) -> FleetError:
    return FleetError(
        Text.of("fleet.no_grants", role=role), Text.of("fleet.no_grants.action", role=role)
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
            Text.of("fleet.stopped_answering", detail=_detail(exc)),
            Text.of("fleet.stopped_answering.action"),
        )
    if isinstance(exc, pgerrors.InsufficientPrivilege):
        return no_grants_error(role)
    if exc.sqlstate in _SCHEMA_MISSING:
        return FleetError(
            Text.of("fleet.schema_missing", detail=_detail(exc)),
            Text.of("fleet.schema_missing.action"),
        )
    return FleetError(
        Text.of("fleet.refused", detail=_detail(exc)), Text.of("fleet.refused.action")
    )


def _detail(exc: psycopg.Error) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
