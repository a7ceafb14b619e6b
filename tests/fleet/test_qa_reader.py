"""The QA reader on the central database (real PostgreSQL, real journals shipped by the real
shipper): every station's attempts with the same filters, pages, detail, summary and exports as
a station's own journal, and nothing written through the QA role."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import psycopg
import pytest

from station.fleet.errors import FleetError
from station.fleet.qa_database import FleetDatabase
from station.fleet.qa_reader import FleetQAReader
from station.journal import AttemptFilter, JournalQuery
from station.journal.export import export_text
from tests.fleet.conftest import FleetDb


def _all_refs(reader: FleetQAReader, f: AttemptFilter, order_by: str, desc: bool) -> list[int]:
    refs: list[int] = []
    after = None
    while True:
        page = reader.page(f, order_by, descending=desc, limit=7, after=after)
        refs.extend(page.refs)
        if not page.more:
            return refs
        after = page.last


def test_the_qa_reader_shows_every_station_and_filters_by_station(
    two_stations: tuple[FleetDb, dict[str, Path]],
) -> None:
    fleet_db, journals = two_stations
    a, b = journals  # 30 and 20 attempts
    qa, password = fleet_db.add_qa()
    source = FleetDatabase(qa, password)
    with source.open_keys() as keys, source.open_questions() as questions:
        assert keys.count() == 50
        assert keys.count(AttemptFilter(station=a)) == 30
        assert keys.count(AttemptFilter(station=b)) == 20
        assert questions.distinct("station") == sorted([a, b])

        # Keyset pages, newest first, through both stations: every attempt once, in the order
        # the station journals give when merged by start time.
        refs = _all_refs(keys, AttemptFilter(), "started_at", True)
        rows = keys.rows_by_ref(refs)
        assert len(refs) == len(set(refs)) == 50
        started = [rows[r].started_at for r in refs]
        assert started == sorted(started, reverse=True)
        assert {rows[r].station_id for r in refs} == {a, b}

        # Sorting by a column with NULLs and ties pages without repeats or gaps.
        for order_by in ("result", "error_class", "device_id", "station", "duration"):
            for desc in (True, False):
                assert sorted(_all_refs(keys, AttemptFilter(), order_by, desc)) == sorted(refs)

        # Station B only, failures only: the same attempts B's own journal lists.
        f = AttemptFilter(station=b, results=frozenset({"FAIL"}))
        with JournalQuery.open(journals[b]) as local:
            expected = set(local.keys(dataclasses.replace(f, station=None)))
        fleet_rows = keys.rows_by_ref(_all_refs(keys, f, "started_at", True))
        assert {row.attempt_id for row in fleet_rows.values()} == expected
        assert expected  # the seed has failures, so the filter was tested

        # The detail replayed from the centre's events is the station journal's own.
        some = next(iter(fleet_rows.values())).attempt_id
        with JournalQuery.open(journals[b]) as local:
            assert questions.attempt(some) == local.attempt(some)
            local_summary = local.summary()
        assert keys.ref_of(some) is not None
        assert questions.attempt("no-such-attempt") is None

        # The summary of one station equals that station's own.
        assert questions.summary(AttemptFilter(station=b)) == local_summary
        assert questions.summary().attempts == 50


def test_a_fleet_export_is_each_station_export_merged(
    two_stations: tuple[FleetDb, dict[str, Path]],
) -> None:
    fleet_db, journals = two_stations
    a = next(iter(journals))  # the station with 30 attempts
    qa, password = fleet_db.add_qa()
    source = FleetDatabase(qa, password)
    for fmt in ("csv", "jsonl"):
        buffer = io.StringIO()
        count = source.export(buffer, AttemptFilter(station=a), format=fmt, steps=fmt == "csv")
        assert count == 30
        local = export_text(journals[a], format=fmt, steps=fmt == "csv")
        assert buffer.getvalue() == local
    everything = io.StringIO()
    assert source.export(everything, AttemptFilter(), format="csv") == 50
    rows = list(csv.DictReader(io.StringIO(everything.getvalue())))
    assert len(rows) == 50
    assert {row["station_id"] for row in rows} == set(journals)
    assert [row["started_at"] for row in rows] == sorted(row["started_at"] for row in rows)


def test_the_qa_role_cannot_write_and_a_station_role_cannot_read_the_fleet(
    two_stations: tuple[FleetDb, dict[str, Path]],
) -> None:
    fleet_db, journals = two_stations
    a = sorted(journals)[0]
    qa, password = fleet_db.add_qa()
    # Straight through libpq, without this program's read-only session: the role refuses.
    conn = fleet_db.connect_as(qa, password)
    for statement in (
        "INSERT INTO fleet.events (station_id, journal_id, seq, station_ts, kind, payload, "
        f"prev_hash, hash) VALUES ('{a}', gen_random_uuid(), 999, now(), 'attempt.begin', "
        "'{}', '\\x00', '\\x01')",
        "UPDATE fleet.events SET kind = 'x'",
        "DELETE FROM fleet.events",
        "SELECT fleet.claim_device('r', 'dev', 60)",
        "SELECT fleet.release_claim('r', 'dev', 'why')",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)
    # The reader's own session is read-only as well.
    with FleetDatabase(qa, password).open_keys() as keys, pytest.raises(FleetError):
        keys._all("CREATE TEMP TABLE t (x int)", [])

    station, station_password = fleet_db.add_station()
    with pytest.raises(FleetError) as refused:
        FleetDatabase(station, station_password).open_keys()
    assert "may not read the fleet's attempts" in refused.value.message
