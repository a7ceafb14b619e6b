"""The QA text search at the centre is served by trigram indexes (schema version 12, pg_trgm from
Debian's postgresql package) and finds what a full read finds (real PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from station.fleet.qa_database import FleetDatabase
from station.journal import AttemptFilter
from station.journal.synthetic import seed_journal
from tests.fleet.conftest import START, FleetDb, ship_all

_MATCH = "(device_id ILIKE %(p)s OR hardware_serial ILIKE %(p)s)"


def test_a_text_search_uses_the_trigram_indexes_and_finds_what_a_full_read_finds(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    settings, password = fleet_db.add_station()
    qa, qa_password = fleet_db.add_qa()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 400, start=START, station_id=settings.role)
    ship_all(settings, password, journal)
    admin = fleet_db.admin()
    indexes = {
        row[0]
        for row in admin.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = 'fleet' "
            "AND tablename = 'attempt_rows' AND indexdef LIKE '%gin_trgm_ops%'"
        ).fetchall()
    }
    assert indexes == {"attempt_rows_device_trgm", "attempt_rows_serial_trgm"}
    admin.execute("ANALYZE fleet.attempt_rows")  # as autovacuum does once rows arrived
    (device_id,) = admin.execute(
        "SELECT device_id FROM fleet.attempt_rows WHERE device_id IS NOT NULL "
        "ORDER BY started_at LIMIT 1"
    ).fetchone() or ("",)
    needle = device_id[3:9].swapcase()  # a piece, in the other case

    conn = fleet_db.connect_as(qa, qa_password)
    pattern = {"p": f"%{needle}%"}
    # At 400 rows a full read is cheaper and the planner rightly takes it; with sequential
    # scans off it shows the index serves the search (bench/fleet_bench.py QA: at scale).
    conn.execute("SET enable_seqscan = off")
    plan = "\n".join(
        row[0]
        for row in conn.execute(
            f"EXPLAIN SELECT count(*) FROM fleet.attempts WHERE {_MATCH}", pattern
        ).fetchall()
    )
    assert "attempt_rows_device_trgm" in plan, plan
    (indexed,) = conn.execute(
        f"SELECT array_agg(attempt_id ORDER BY attempt_id) FROM fleet.attempts WHERE {_MATCH}",
        pattern,
    ).fetchone() or (None,)
    conn.execute("SET enable_seqscan = on")
    conn.execute("SET enable_bitmapscan = off")
    conn.execute("SET enable_indexscan = off")
    (scanned,) = conn.execute(
        f"SELECT array_agg(attempt_id ORDER BY attempt_id) FROM fleet.attempts WHERE {_MATCH}",
        pattern,
    ).fetchone() or (None,)
    assert indexed == scanned and indexed

    # The QA window's own filter, through the centre's reader.
    with FleetDatabase(qa, qa_password).open_keys() as reader:
        assert reader.count(AttemptFilter(text=needle)) == len(indexed)
