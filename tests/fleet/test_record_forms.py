"""A centre receives records from stations before and after the compact record form
(`station.journal.record_form`), and from one station across its upgrade: on real PostgreSQL,
the QA reader's details, attempts and exports, replayed from the shipped records of both forms,
are the station journal's own."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from station.fleet import schema
from station.fleet.qa_database import FleetDatabase
from station.journal import AttemptFilter, Journal, JournalQuery
from station.journal.export import export_text
from station.journal.synthetic import seed_journal
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import START, FleetDb, ship_all
from tests.journal.helpers import old_record_form
from tests.journal.test_record_form import _attempts, _Clock


def _forms(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        payloads = [json.loads(p) for (p,) in conn.execute("SELECT payload FROM events")]
    finally:
        conn.close()
    return {key for p in payloads for key in ("s", "steps") if key in p}


def test_the_centre_replays_records_of_both_forms_as_the_station_reads_them(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    settings, password = fleet_db.add_station()
    journal = tmp_path / "station.sqlite"
    # The station's first attempts written by the version before the compact form, shipped;
    # then the same station upgraded, its later attempts compact, shipped after them.
    with old_record_form():
        seed_journal(journal, 12, start=START, station_id=settings.role, seed=3)
    assert _forms(journal) == {"steps"}
    ship_all(settings, password, journal)
    seed_journal(journal, 12, start=START + timedelta(hours=1), station_id=settings.role, seed=4)
    assert _forms(journal) == {"steps", "s"}
    ship_all(settings, password, journal)

    qa, qa_password = fleet_db.add_qa()
    source = FleetDatabase(qa, qa_password)
    everything = AttemptFilter()
    with JournalQuery.open(journal) as local, source.open_questions() as questions:
        ids = local.keys(everything)
        assert len(ids) == 24
        for attempt_id in ids:
            here = local.attempt(attempt_id)
            assert here is not None and here.steps  # every attempt took steps
            assert questions.attempt(attempt_id) == here
        assert questions.summary() == local.summary()
    with source.open_keys() as keys:
        fleet_rows = keys.rows_by_ref(
            keys.page(everything, "started_at", descending=False, limit=100).refs
        )
    with JournalQuery.open(journal) as local:
        assert sorted(fleet_rows.values(), key=lambda r: r.attempt_id) == sorted(
            local.rows(local.keys(everything)), key=lambda r: r.attempt_id
        )
    for fmt, steps in (("csv", True), ("csv", False), ("jsonl", True)):
        buffer = io.StringIO()
        assert source.export(buffer, everything, format=fmt, steps=steps) == 24  # type: ignore[arg-type]
        assert buffer.getvalue() == export_text(journal, format=fmt, steps=steps)  # type: ignore[arg-type]


_EMPTY_FINISH_TEXTS = (
    "SELECT count(*) FILTER (WHERE finish_seq IS NOT NULL), "
    "count(*) FILTER (WHERE finish_seq IS NOT NULL AND result = 'PASS' AND error_class = '' "
    "AND message = '' AND action = '') FROM fleet.attempt_rows"
)


def test_a_compact_pass_leaves_its_row_the_empty_texts_an_old_one_gave(
    pg_cluster: PgCluster, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A compact finish record leaves out an empty error class, message and action; the centre's
    row holds '' for them, as for the records before it and as the journal's own table does:
    rows folded by a centre migrated to the latest version, and rows a centre not yet migrated
    folded (given '' by the migration)."""
    fleet_db = FleetDb(pg_cluster, pg_database)
    admin = fleet_db.admin()
    with monkeypatch.context() as before:
        before.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:15])
        assert schema.init_db(admin) == (0, 15)
    try:
        settings, password = fleet_db.add_station()
        journals = [tmp_path / "first.sqlite", tmp_path / "second.sqlite"]
        seed_journal(journals[0], 12, start=START, station_id=settings.role, seed=3)
        ship_all(settings, password, journals[0])
        schema.init_db(admin)
        later, later_password = fleet_db.add_station()
        seed_journal(journals[1], 12, start=START, station_id=later.role, seed=4)
        ship_all(later, later_password, journals[1])
        assert _forms(journals[0]) == _forms(journals[1]) == {"s"}

        passed = 0
        for journal in journals:
            with JournalQuery.open(journal) as local:
                rows = local.rows(local.keys(AttemptFilter()))
            assert all(r.finished_at is not None for r in rows)
            passed += sum(r.result == "PASS" and r.error_class == r.message == "" for r in rows)
        assert passed > 0
        assert admin.execute(_EMPTY_FINISH_TEXTS).fetchone() == (24, passed)

        qa, qa_password = fleet_db.add_qa()
        with (
            FleetDatabase(qa, qa_password).open_questions() as questions,
            JournalQuery.open(journals[0]) as first,
            JournalQuery.open(journals[1]) as second,
        ):
            classes = set(first.distinct("error_class")) | set(second.distinct("error_class"))
            assert "" in classes
            assert questions.distinct("error_class") == sorted(classes)
    finally:
        for conn in fleet_db.opened:
            conn.close()


def test_the_centre_reads_each_compact_value_to_the_microsecond_and_the_last_digit(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    """The attempts whose steps start microseconds apart, one before its attempt, with a
    duration of 17 digits and one of a microsecond (the synthetic journal's are whole
    milliseconds, which a reader rounding to them would show unchanged): the centre's details
    are the journal's own, in either form."""
    qa, qa_password = fleet_db.add_qa()
    for old in (False, True):
        settings, password = fleet_db.add_station()
        journal = tmp_path / f"{settings.role}.sqlite"
        clock = _Clock()
        with Journal.open(journal, station_id=settings.role, clock=clock) as writer:
            if old:
                with old_record_form():
                    ids = _attempts(writer, clock)
            else:
                ids = _attempts(writer, clock)
        assert _forms(journal) == ({"steps"} if old else {"s"})
        ship_all(settings, password, journal)
        with (
            JournalQuery.open(journal) as local,
            FleetDatabase(qa, qa_password).open_questions() as questions,
        ):
            micros = set()
            for attempt_id in ids:
                here = local.attempt(attempt_id)
                assert here is not None
                micros |= {s.started_at.microsecond % 1000 for s in here.steps}
                assert questions.attempt(attempt_id) == here
            assert micros != {0}
