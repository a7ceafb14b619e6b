"""Schema v15 (real PostgreSQL): a station's reads of its own rows are served by an index, a
shipped batch and the shipper's cursor read none of the centre's other events, and a forked
event is refused by the key trigger; a centre before v15 still gets the statement with its
own fork check, and migrating it keeps the refusal."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest

from station.fleet import schema
from station.fleet.errors import JournalForked
from station.fleet.journal_source import JournalSource
from station.fleet.shipper import central_acked, central_checks_forks, check_head, ship_batch
from station.journal.synthetic import seed_journal
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import FleetDb

Conn = psycopg.Connection[tuple[Any, ...]]

# Other stations' history, written as the superuser in one statement: 5,000 events in this
# month's partition and in the default one (where the synthetic journals' 2025 events go).
_OTHERS = """INSERT INTO fleet.events (station_id, journal_id, seq, station_ts, attempt_id, kind,
                                  payload, prev_hash, hash)
SELECT 'other-' || (g % 10), md5('journal' || (g % 10))::uuid, g / 10 + 1,
       CASE WHEN g % 2 = 0 THEN clock_timestamp() ELSE '2025-01-01 06:00+00' END,
       md5('attempt' || (g / 40)), 'attempt.begin', '{"slot": "1"}', '\\x00',
       sha256(('other' || g)::bytea)
  FROM generate_series(0, 4999) g"""


def _rows_read(conn: Conn) -> tuple[int, int]:
    """Rows of `events` (its partitions) and `event_keys` read so far in this transaction:
    (by sequential scans, fetched by index scans)."""
    row = conn.execute(
        "SELECT coalesce(sum(seq_tup_read), 0), coalesce(sum(idx_tup_fetch), 0) "
        "FROM pg_stat_xact_user_tables WHERE schemaname = 'fleet' "
        "AND (relname LIKE 'events%%' OR relname = 'event_keys')"
    ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _station_with_journal(fleet_db: FleetDb, tmp_path: Path, count: int) -> tuple[Conn, Path]:
    settings, password = fleet_db.add_station()
    journal = tmp_path / f"{settings.role}.sqlite"
    seed_journal(journal, count, station_id=settings.role)
    return fleet_db.connect_as(settings, password), journal


def _ship_whole(conn: Conn, journal: Path) -> None:
    with JournalSource.open(journal) as source:
        journal_id = source.journal_id()
        assert journal_id is not None
        events = source.events_after(0, 10_000)
        assert ship_batch(conn, journal_id, events) == len(events)


def test_a_batch_and_the_cursor_read_none_of_the_centres_other_events(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    """Before v15 the fork check and the cursor read every station's events of the month:
    the centre's CPU per batch grew with everything it held."""
    fleet_db.admin().execute(_OTHERS)
    conn, journal = _station_with_journal(fleet_db, tmp_path, 10)
    with JournalSource.open(journal) as source:
        journal_id = source.journal_id()
        assert journal_id is not None
        first = source.events_after(0, 20)
        assert ship_batch(conn, journal_id, first) == len(first)
        rest = source.events_after(first[-1].seq, 1000)
        with conn.transaction():
            acked = central_acked(conn, journal_id)
            check_head(conn, source, journal_id, acked)
            assert ship_batch(conn, journal_id, rest) == len(rest)
            scanned, fetched = _rows_read(conn)
    assert acked == first[-1].seq
    assert scanned == 0
    assert fetched <= 5  # the head's event, the cursor's heap checks


@pytest.mark.parametrize("table", ["events", "attempt_rows"])
def test_a_station_reads_its_own_rows_by_an_index(
    fleet_db: FleetDb, tmp_path: Path, table: str
) -> None:
    """With sequential scans off, the planner's statistics are out of the question: before v15
    the policy's comparison matched no index, and each read went through every row."""
    _ship_whole(*_station_with_journal(fleet_db, tmp_path, 40))
    conn, journal = _station_with_journal(fleet_db, tmp_path, 5)
    _ship_whole(conn, journal)
    column = "payload" if table == "events" else "message"
    with conn.transaction():
        conn.execute("SET LOCAL enable_seqscan = off")
        row = conn.execute(f"SELECT count({column}), count(*) FROM fleet.{table}").fetchone()
        read = conn.execute(
            "SELECT coalesce(sum(seq_tup_read + idx_tup_fetch), 0) "
            "FROM pg_stat_xact_user_tables WHERE schemaname = 'fleet' AND relname LIKE %s",
            (f"{table}%",),
        ).fetchone()
    assert row is not None and read is not None
    assert row[1] > 0
    assert read[0] == row[1]  # its own rows, none of the other station's


def test_a_forked_event_fails_loudly_before_and_after_version_15(
    pg_cluster: PgCluster, pg_database: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A version-14 centre gets the statement with its own fork check; migrated, its trigger
    refuses the fork; either way the batch inserts nothing, and the first forked seq is
    named."""
    db = FleetDb(pg_cluster, pg_database)
    admin = db.admin()
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:14])
    assert schema.init_db(admin) == (0, 14)
    settings, password = db.add_station()
    conn = db.connect_as(settings, password)
    shipped, other = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    seed_journal(shipped, 5, station_id=settings.role, seed=1)
    seed_journal(other, 10, station_id=settings.role, seed=2)
    journal_id = uuid.uuid4()
    with JournalSource.open(shipped) as a, JournalSource.open(other) as b:
        held = a.events_after(0, 8)
        forked = b.events_after(3, 16)  # seq 4 on: the first differs from the centre's 4
        assert not central_checks_forks(conn)
        assert ship_batch(conn, journal_id, held, fork_in_trigger=False) == len(held)
        for migrate in (False, True):
            if migrate:
                monkeypatch.undo()
                assert schema.init_db(admin) == (14, schema.schema_version())
            checks = central_checks_forks(conn)
            assert checks is migrate
            with pytest.raises(JournalForked, match=f"different event 4 for journal {journal_id}"):
                ship_batch(conn, journal_id, forked, fork_in_trigger=checks)
            assert central_acked(conn, journal_id) == held[-1].seq
            # The same events again are a no-op on either statement.
            assert ship_batch(conn, journal_id, held, fork_in_trigger=checks) == 0
    count = admin.execute("SELECT count(*) FROM fleet.events").fetchone()
    assert count == (len(held),)
    for each in db.opened:
        each.close()
