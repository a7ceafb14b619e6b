"""`fleet.attempt_rows`, the stored row per attempt behind `fleet.attempts` (schema v9), on a
real cluster with journals shipped by the real shipper: the QA filters on result and error class
answer what the station journals say, the rows equal what the version-8 view derived from the
events (for events held before the migration and for those shipped after), and row-level
security holds as on the events."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from station.fleet import schema
from station.fleet.migrations import V5
from station.fleet.qa_database import FleetDatabase
from station.fleet.qa_reader import FleetQAReader
from station.journal import AttemptFilter, JournalQuery
from station.journal.synthetic import seed_journal
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import START, FleetDb, ship_all

# What `fleet.attempts` was up to version 8: derived from the events on every read.
_OLD_VIEW = V5[1][V5[1].index("SELECT") :]
_ORDERED = " ORDER BY station_id, journal_id, attempt_id"
_PASSWORDS: dict[str, str] = {}


def _seed_and_ship(fleet_db: FleetDb, tmp_path: Path, counts: tuple[int, ...]) -> dict[str, Path]:
    """Station journals of `counts` attempts (interleaved in time), each shipped to the centre;
    their passwords go in `_PASSWORDS`."""
    journals: dict[str, Path] = {}
    for n, count in enumerate(counts):
        settings, password = fleet_db.add_station()
        journal = tmp_path / f"{settings.role}.sqlite"
        start = START + timedelta(seconds=7 * n)
        seed_journal(journal, count, start=start, station_id=settings.role, seed=n + 1)
        ship_all(settings, password, journal)
        journals[settings.role] = journal
        _PASSWORDS[settings.role] = password
    return journals


def _first_page_local(journals: dict[str, Path], f: AttemptFilter, limit: int) -> list[str]:
    """The newest `limit` attempts `f` selects, over every station's own journal."""
    started = []
    for station, path in journals.items():
        with JournalQuery.open(path) as local:
            ids = local.keys(dataclasses.replace(f, station=None), limit=limit)
            started += [(row.started_at, station, row.attempt_id) for row in local.rows(ids)]
    return [attempt for _, _, attempt in sorted(started, reverse=True)[:limit]]


def _first_page_fleet(reader: FleetQAReader, f: AttemptFilter, limit: int) -> list[str]:
    page = reader.page(f, "started_at", descending=True, limit=limit)
    rows = reader.rows_by_ref(page.refs)
    return [rows[ref].attempt_id for ref in page.refs]


def test_result_and_error_class_filters_answer_what_the_journals_say(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    journals = _seed_and_ship(fleet_db, tmp_path, (2000, 1000))
    qa, password = fleet_db.add_qa()
    filters = [
        AttemptFilter(results=frozenset({"FAIL"})),
        AttemptFilter(results=frozenset({"PASS", "SCRAP"})),
        AttemptFilter(error_class="timeout"),
        AttemptFilter(error_class=""),
        AttemptFilter(error_class="link_noise", results=frozenset({"FAIL"})),
    ]
    with FleetDatabase(qa, password).open_keys() as reader:
        assert reader.count() == 3000
        for f in filters:
            expected = 0
            for path in journals.values():
                with JournalQuery.open(path) as local:
                    expected += local.count(f)
            assert 0 < expected < 3000, f  # the seed has both sides of each filter
            assert reader.count(f) == expected, f
            assert _first_page_fleet(reader, f, 50) == _first_page_local(journals, f, 50), f


def test_version_9_fills_the_rows_the_version_8_view_derived_and_the_trigger_keeps_them(
    pg_cluster: PgCluster, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fleet_db = FleetDb(pg_cluster, pg_database)
    try:
        _migrate_and_compare(fleet_db, tmp_path, monkeypatch)
    finally:
        for conn in fleet_db.opened:
            conn.close()


def _migrate_and_compare(
    fleet_db: FleetDb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = fleet_db.admin()
    with monkeypatch.context() as at_v8:
        at_v8.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:8])
        assert schema.init_db(admin) == (0, 8)
    settings, password = fleet_db.add_station()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 300, start=START, station_id=settings.role)
    ship_all(settings, password, journal)
    before = _as_stored(admin.execute(f"SELECT * FROM fleet.attempts{_ORDERED}"))
    assert len(before) == 300

    assert schema.init_db(admin) == (8, schema.schema_version())
    assert admin.execute(f"SELECT * FROM fleet.attempts{_ORDERED}").fetchall() == before
    latest = schema.schema_version()
    assert schema.init_db(admin) == (latest, latest)  # nothing pending, nothing changed

    # Shipped after the migration: kept by the trigger, batch by batch, as the old view saw it.
    seed_journal(journal, 700, start=START + timedelta(days=1), station_id=settings.role, seed=5)
    ship_all(settings, password, journal)
    after = admin.execute(f"SELECT * FROM fleet.attempts{_ORDERED}").fetchall()
    assert len(after) == 1000
    assert after == _as_stored(admin.execute(f"SELECT * FROM ({_OLD_VIEW}) v{_ORDERED}"))


def _as_stored(cursor: psycopg.Cursor[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The old view's rows as the rows are stored since version 16: a finished attempt's error
    class, message and action that its (compact) finish record left out are '', not NULL."""
    names = [c.name for c in cursor.description or ()]
    finished = names.index("finished_at")
    texts = [names.index(n) for n in ("error_class", "message", "action")]
    return [
        tuple(
            "" if n in texts and v is None and row[finished] is not None else v
            for n, v in enumerate(row)
        )
        for row in cursor.fetchall()
    ]


def test_a_station_reads_only_its_own_rows_and_nobody_writes_them(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    journals = _seed_and_ship(fleet_db, tmp_path, (30, 20))
    a, b = journals
    station_a = fleet_db.connect_as(fleet_db.settings(a), _PASSWORDS[a])
    rows = station_a.execute("SELECT station_id, count(*) FROM fleet.attempts GROUP BY 1")
    assert rows.fetchall() == [(a, 30)]
    assert station_a.execute(
        "SELECT count(*) FROM fleet.attempt_rows WHERE station_id = %s", (b,)
    ).fetchone() == (0,)
    writes = (
        "UPDATE fleet.attempt_rows SET result = 'PASS'",
        "DELETE FROM fleet.attempt_rows",
        "INSERT INTO fleet.attempt_rows (station_id, journal_id, attempt_id) "
        "VALUES (current_user, gen_random_uuid(), 'forged')",
        "TRUNCATE fleet.attempt_rows",
    )
    qa = fleet_db.connect_as(*fleet_db.add_qa())
    assert qa.execute("SELECT count(*) FROM fleet.attempts").fetchone() == (50,)
    for conn in (station_a, qa):
        for statement in writes:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    # Even the owner cannot delete the rows (the trigger refuses it).
    admin = fleet_db.admin()
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
        admin.execute("DELETE FROM fleet.attempt_rows")
