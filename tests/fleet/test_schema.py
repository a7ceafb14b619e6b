"""F5 and the schema's life cycle: stations see and write only their own rows, history is
append-only even for the owner, and init-db is idempotent and refuses a newer schema."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import psycopg
import pytest
from psycopg import errors as pgerrors

from station.fleet import schema
from station.fleet.claims import ClaimClient
from station.fleet.errors import FleetError
from station.fleet.schema import init_db, schema_version
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import FleetDb

Conn = psycopg.Connection[tuple[Any, ...]]


def _insert(conn: Conn, station: str, seq: int = 1, journal: uuid.UUID | None = None) -> None:
    digest = hashlib.sha256(f"{station}{seq}{journal}{uuid.uuid4()}".encode()).digest()
    conn.execute(
        "INSERT INTO fleet.events (station_id, journal_id, seq, station_ts, kind, payload, "
        "prev_hash, hash) VALUES (%s, %s, %s, now(), 'attempt.begin', '{}', %s, %s)",
        (station, journal or uuid.uuid4(), seq, bytes(32), digest),
    )


def test_f5_a_station_cannot_write_or_read_another_stations_rows(fleet_db: FleetDb) -> None:
    a, a_pw = fleet_db.add_station()
    b, b_pw = fleet_db.add_station()
    conn_a = fleet_db.connect_as(a, a_pw)
    conn_b = fleet_db.connect_as(b, b_pw)
    _insert(conn_a, a.role)
    _insert(conn_b, b.role)

    with pytest.raises(pgerrors.InsufficientPrivilege, match="row-level security"):
        _insert(conn_a, b.role, seq=2)
    rows = conn_a.execute("SELECT DISTINCT station_id FROM fleet.events").fetchall()
    assert rows == [(a.role,)]
    assert conn_a.execute(
        "SELECT count(*) FROM fleet.events WHERE station_id = %s", (b.role,)
    ).fetchone() == (0,)
    assert conn_a.execute("SELECT DISTINCT station_id FROM fleet.attempts").fetchall() in (
        [],
        [(a.role,)],
    )
    # QA reads everyone, writes nothing.
    qa, qa_pw = fleet_db.add_qa()
    conn_qa = fleet_db.connect_as(qa, qa_pw)
    seen = {r[0] for r in conn_qa.execute("SELECT station_id FROM fleet.events").fetchall()}
    assert seen == {a.role, b.role}
    with pytest.raises(pgerrors.InsufficientPrivilege):
        _insert(conn_qa, qa.role)


def test_f5_history_refuses_update_delete_truncate_for_stations_and_owner(
    fleet_db: FleetDb,
) -> None:
    a, a_pw = fleet_db.add_station()
    conn_a = fleet_db.connect_as(a, a_pw)
    _insert(conn_a, a.role)
    for statement in (
        "UPDATE fleet.events SET kind = 'x'",
        "DELETE FROM fleet.events",
        "TRUNCATE fleet.events",
        "SELECT * FROM fleet.claims",
        "INSERT INTO fleet.claims VALUES ('r', 'd', current_user, 1, 'done', NULL, now(), now())",
    ):
        with pytest.raises(pgerrors.InsufficientPrivilege):
            conn_a.execute(statement.encode())
    # The superuser (and so the owner) is stopped by the triggers.
    admin = fleet_db.admin()
    for statement in (
        "UPDATE fleet.events SET kind = 'x'",
        "DELETE FROM fleet.events",
        "TRUNCATE fleet.events",
        "DELETE FROM fleet.schema_version",
    ):
        with pytest.raises(pgerrors.InsufficientPrivilege, match="append-only"):
            admin.execute(statement.encode())
    assert admin.execute("SELECT count(*) FROM fleet.events").fetchone() == (1,)


def test_f5_a_station_cannot_complete_or_release_anothers_claim(fleet_db: FleetDb) -> None:
    a, a_pw = fleet_db.add_station()
    b, b_pw = fleet_db.add_station()
    conn_a = fleet_db.connect_as(a, a_pw)
    conn_b = fleet_db.connect_as(b, b_pw)
    row = conn_a.execute("SELECT token FROM fleet.claim_device('r', 'dev1', 60)").fetchone()
    assert row is not None
    token = row[0]
    assert token is not None
    # B knows A's token but is not A: fencing is on the caller too.
    assert conn_b.execute("SELECT fleet.complete_claim('r', 'dev1', %s)", (token,)).fetchone() == (
        False,
    )
    with pytest.raises(pgerrors.InsufficientPrivilege):
        conn_b.execute("SELECT fleet.release_claim('r', 'dev1', 'rework')")
    assert conn_a.execute("SELECT fleet.complete_claim('r', 'dev1', %s)", (token,)).fetchone() == (
        True,
    )


def test_init_db_is_idempotent_and_refuses_a_newer_schema(fleet_db: FleetDb) -> None:
    admin = fleet_db.admin()
    assert init_db(admin) == (schema_version(), schema_version())
    assert admin.execute("SELECT count(*) FROM fleet.schema_version").fetchone() == (
        schema_version(),
    )
    admin.execute("INSERT INTO fleet.schema_version (version) VALUES (%s)", (schema_version() + 1,))
    with pytest.raises(FleetError, match="understands up to"):
        init_db(admin)


def test_a_version_1_centre_migrates_and_keeps_its_claims(
    pg_cluster: PgCluster, pg_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = FleetDb(pg_cluster, pg_database)
    admin = db.admin()
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    assert init_db(admin) == (0, 1)
    settings, password = db.add_station()
    client = ClaimClient(settings, password)
    first = client.claim("r", "dev")
    assert first.granted
    assert not client.claim("r", "dev").granted  # version 1: the own lease blocks a retry
    monkeypatch.undo()
    assert init_db(admin) == (1, schema_version())
    retry = client.claim("r", "dev")
    assert retry.granted  # the migrated claim function lets the station take it back
    assert not client.complete(first)
    assert client.complete(retry)
    client.close()
    for conn in db.opened:
        conn.close()
