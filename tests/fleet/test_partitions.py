"""`fleet.events` partitioned by month (schema v7, real PostgreSQL): a version-6 centre holding
history across two months migrates with every event in its month's partition, the append-only
triggers, row-level security and the one-event-per-key rule hold on the partitioned table, and
months are made ahead by init-db, the shipper and `station fleet maintain`."""

from __future__ import annotations

import hashlib
import io
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors as pgerrors

from station.cli import main
from station.fleet import schema
from station.fleet.batch_checks import FORKED_SQLSTATE
from station.fleet.qa_database import FleetDatabase
from station.fleet.schema import init_db, schema_version
from station.journal import AttemptFilter, JournalQuery
from station.journal.synthetic import seed_journal
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import FleetDb, ship_all

Conn = psycopg.Connection[tuple[Any, ...]]

# 40 attempts a minute apart from 20 minutes before February: January and February 2025.
ACROSS_MONTHS = datetime(2025, 1, 31, 23, 40, tzinfo=UTC)


def _month(moment: datetime) -> str:
    return f"fleet.events_{moment:%Y_%m}"


def _partitions(admin: Conn) -> set[str]:
    rows = admin.execute(
        "SELECT inhrelid::regclass::text FROM pg_inherits "
        "WHERE inhparent = 'fleet.events'::regclass"
    ).fetchall()
    return {r[0] for r in rows}


def _where(admin: Conn) -> dict[str, int]:
    rows = admin.execute(
        "SELECT tableoid::regclass::text, count(*) FROM fleet.events GROUP BY 1"
    ).fetchall()
    return {r[0]: int(r[1]) for r in rows}


def test_a_version_6_centre_migrates_to_monthly_partitions_with_its_history(
    pg_cluster: PgCluster, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = FleetDb(pg_cluster, pg_database)
    admin = db.admin()
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:6])
    assert init_db(admin) == (0, 6)
    station, password = db.add_station()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 40, start=ACROSS_MONTHS, interval_s=60, station_id=station.role)
    ship_all(station, password, journal)
    before = admin.execute(
        "SELECT station_id, journal_id, seq, station_ts, received_at, hash FROM fleet.events "
        "ORDER BY seq"
    ).fetchall()
    monkeypatch.undo()

    assert init_db(admin) == (6, schema_version())
    assert init_db(admin) == (schema_version(), schema_version())  # idempotent
    kind = admin.execute("SELECT relkind FROM pg_class WHERE oid = 'fleet.events'::regclass")
    assert kind.fetchone() == ("p",)
    now = datetime.now(UTC)
    next_month = datetime(now.year + now.month // 12, now.month % 12 + 1, 1, tzinfo=UTC)
    assert {
        _month(datetime(2025, 1, 1)),
        _month(datetime(2025, 2, 1)),
        _month(now),
        _month(next_month),
        "fleet.events_default",
    } <= _partitions(admin)
    after = admin.execute(
        "SELECT station_id, journal_id, seq, station_ts, received_at, hash FROM fleet.events "
        "ORDER BY seq"
    ).fetchall()
    assert after == before  # every event, with its arrival time, moved as it was
    placed = _where(admin)
    assert set(placed) == {_month(datetime(2025, 1, 1)), _month(datetime(2025, 2, 1))}
    assert sum(placed.values()) == len(before)
    keys = admin.execute("SELECT count(*) FROM fleet.event_keys").fetchone()
    assert keys == (len(before),)

    # Shipping the same journal again changes nothing; the views read the partitioned table.
    ship_all(station, password, journal)
    assert admin.execute("SELECT count(*) FROM fleet.events").fetchone() == (len(before),)
    qa, qa_password = db.add_qa()
    with FleetDatabase(qa, qa_password).open_keys() as reader:
        assert reader.count(AttemptFilter()) == 40
    with JournalQuery.open(journal) as local, FleetDatabase(qa, qa_password).open_questions() as q:
        some = local.keys(limit=1)[0]
        assert q.attempt(some) == local.attempt(some)
    for conn in db.opened:
        conn.close()


def _insert(
    conn: Conn, station: str, seq: int, at: datetime, journal: uuid.UUID, *, content: str = ""
) -> int:
    """One event; its hash is that of `content`, else of its key and time."""
    digest = hashlib.sha256((content or f"{station}{journal}{seq}{at}").encode()).digest()
    cur = conn.execute(
        "INSERT INTO fleet.events (station_id, journal_id, seq, station_ts, kind, payload, "
        "prev_hash, hash) VALUES (%s, %s, %s, %s, 'attempt.begin', '{}', %s, %s)",
        (station, journal, seq, at, bytes(32), digest),
    )
    return cur.rowcount


def test_history_stays_append_only_private_and_one_event_per_key_when_partitioned(
    fleet_db: FleetDb,
) -> None:
    a, a_pw = fleet_db.add_station()
    b, _ = fleet_db.add_station()
    conn_a = fleet_db.connect_as(a, a_pw)
    journal = uuid.uuid4()
    now = datetime.now(UTC)
    assert _insert(conn_a, a.role, 1, now, journal, content="first") == 1
    # The same event again (a re-sent batch) is not a second row, whatever its month says.
    assert _insert(conn_a, a.role, 1, now, journal, content="first") == 0
    old = datetime(2024, 6, 1, tzinfo=UTC)
    assert _insert(conn_a, a.role, 1, old, journal, content="first") == 0
    # Another event under a key the centre holds (a forked journal) is refused loudly, in any
    # month (schema v15).
    for at in (now, old):
        with pytest.raises(psycopg.DatabaseError, match="different event 1 ") as forked:
            _insert(conn_a, a.role, 1, at, journal, content="other")
        assert (forked.value.sqlstate, forked.value.diag.message_detail) == (FORKED_SQLSTATE, "1")
    count = conn_a.execute("SELECT count(*) FROM fleet.events WHERE journal_id = %s", (journal,))
    assert count.fetchone() == (1,)
    # The same content under another key (a copied journal) is refused loudly.
    digest = hashlib.sha256(b"first").digest()
    with pytest.raises(pgerrors.UniqueViolation):
        conn_a.execute(
            "INSERT INTO fleet.events (journal_id, seq, station_ts, kind, payload, prev_hash, "
            "hash) VALUES (%s, 1, %s, 'attempt.begin', '{}', %s, %s)",
            (uuid.uuid4(), now, bytes(32), digest),
        )
    # Row-level security on the partitioned table: not another station's rows.
    with pytest.raises(pgerrors.InsufficientPrivilege, match="row-level security"):
        _insert(conn_a, b.role, 2, now, journal)
    with pytest.raises(pgerrors.InsufficientPrivilege):
        conn_a.execute(f"SELECT count(*) FROM {_month(now)}")  # no way round the parent

    # Append-only, for the superuser too, on the table and on a month's partition.
    admin = fleet_db.admin()
    for statement in (
        "UPDATE fleet.events SET kind = 'x'",
        "DELETE FROM fleet.events",
        "TRUNCATE fleet.events",
        f"UPDATE {_month(now)} SET kind = 'x'",
        f"DELETE FROM {_month(now)}",
        f"TRUNCATE {_month(now)}",
        "TRUNCATE fleet.event_keys",
        "DELETE FROM fleet.event_keys",
    ):
        with pytest.raises(pgerrors.InsufficientPrivilege, match="append-only"):
            admin.execute(statement)
    assert admin.execute("SELECT count(*) FROM fleet.events").fetchone() == (1,)


def test_months_are_made_ahead_and_a_stray_month_stays_in_the_default_partition(
    fleet_db: FleetDb, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a, a_pw = fleet_db.add_station()
    admin = fleet_db.admin()
    conn_a = fleet_db.connect_as(a, a_pw)
    stray = datetime(2023, 5, 17, tzinfo=UTC)  # a month nobody made: a station's clock off
    assert _insert(conn_a, a.role, 1, stray, uuid.uuid4()) == 1
    assert _where(admin) == {"fleet.events_default": 1}

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    rc = main(
        ["fleet", "maintain", "--months", "4", "--dsn", fleet_db.cluster.admin_dsn(fleet_db.name)]
    )
    assert rc == 0, capsys.readouterr().err
    assert "the next 4 months have theirs" in capsys.readouterr().out
    partitions = _partitions(admin)
    now = datetime.now(UTC)
    month, year = now.month, now.year
    for _ in range(4):
        assert _month(datetime(year, month, 1)) in partitions
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    # The stray month is not split out of the default partition (its rows would have to move).
    made = admin.execute("SELECT fleet.ensure_partitions(%s, 1)", (stray,)).fetchone()
    assert made == (0,)
    assert _month(stray) not in _partitions(admin)
    # A station may make only this month and the next, not any month it likes.
    assert conn_a.execute("SELECT fleet.ensure_current_partitions()").fetchone() == (0,)
    with pytest.raises(pgerrors.InsufficientPrivilege):
        conn_a.execute("SELECT fleet.ensure_partitions(now(), 12)")
