"""`station fleet maintain --retire YYYY-MM` (schema version 13) retires a month whole: its events'
partition is detached for archiving and its attempt rows go with it, through the owner's one
retirement path; attempt rows stay append-only for everyone else (real PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from psycopg import errors as pgerrors

from station.cli import main
from station.fleet.names import OWNER
from station.journal.synthetic import seed_journal
from tests.fleet.conftest import FleetDb, ship_all

# 60 attempts an hour apart from 06:00 on the 30th of January: the first 42 begin in January.
START = datetime(2025, 1, 30, 6, 0, tzinfo=UTC)


def _maintain(fleet_db: FleetDb, *args: str) -> int:
    return main(["fleet", "maintain", *args, "--dsn", fleet_db.cluster.admin_dsn(fleet_db.name)])


def test_retiring_a_month_detaches_its_events_and_removes_its_attempt_rows(
    fleet_db: FleetDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings, password = fleet_db.add_station()
    qa, qa_pw = fleet_db.add_qa()
    admin = fleet_db.admin()
    admin.execute("SELECT fleet.ensure_partitions('2025-01-01', 2)")  # January and February
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 60, start=START, interval_s=3600, station_id=settings.role)
    ship_all(settings, password, journal)

    def count(sql: str) -> int:
        row = admin.execute(sql).fetchone()
        return int(row[0]) if row else -1

    january = count(
        "SELECT count(*) FROM fleet.attempt_rows WHERE started_at < '2025-02-01 00:00+00'"
    )
    in_partition = count("SELECT count(*) FROM fleet.events_2025_01")
    total = count("SELECT count(*) FROM fleet.attempt_rows")
    assert (january, total) == (42, 60) and in_partition > 0

    # Not this month, not a month without a partition of its own: nothing changes.
    assert _maintain(fleet_db, "--retire", f"{datetime.now(UTC):%Y-%m}") != 0
    assert "only a month before this one" in capsys.readouterr().err
    assert _maintain(fleet_db, "--retire", "2024-06") != 0
    assert "is not a partition of fleet.events" in capsys.readouterr().err
    assert _maintain(fleet_db, "--retire", "Jan 2025") != 0
    assert "Give it as YYYY-MM" in capsys.readouterr().err
    assert count("SELECT count(*) FROM fleet.attempt_rows") == 60

    assert _maintain(fleet_db, "--retire", "2025-01") == 0
    out = capsys.readouterr().out
    assert f"fleet.events_2025_01 ({in_partition} events) is detached" in out
    assert f"{january} attempt rows of that month are removed" in out
    assert count("SELECT count(*) FROM fleet.attempt_rows") == total - january
    assert (
        count("SELECT count(*) FROM fleet.attempt_rows WHERE started_at < '2025-02-01 00:00+00'")
        == 0
    )
    # The month is a table of its own now, whole, for plant IT to archive.
    assert count("SELECT count(*) FROM fleet.events_2025_01") == in_partition
    assert (
        count("SELECT count(*) FROM pg_inherits WHERE inhrelid = 'fleet.events_2025_01'::regclass")
        == 0
    )
    with fleet_db.connect_as(qa, qa_pw) as conn:
        row = conn.execute("SELECT count(*), min(started_at) FROM fleet.attempts").fetchone()
    assert row is not None and row[0] == total - january
    assert row[1] >= datetime(2025, 2, 1, tzinfo=UTC)
    # Retired once: a second time is refused, naming why.
    assert _maintain(fleet_db, "--retire", "2025-01") != 0
    assert "fleet.events_2025_01 is not a partition" in capsys.readouterr().err


def test_attempt_rows_stay_append_only_outside_the_retirement(fleet_db: FleetDb) -> None:
    settings, password = fleet_db.add_station()
    admin = fleet_db.admin()
    admin.execute(
        "INSERT INTO fleet.attempt_rows (station_id, journal_id, attempt_id, begin_seq) "
        "VALUES (%s, gen_random_uuid(), 'a-1', 1)",
        (settings.role,),
    )
    # The superuser and the owner, in a plain statement: each refused by the trigger.
    with pytest.raises(pgerrors.InsufficientPrivilege, match="append-only"):
        admin.execute("DELETE FROM fleet.attempt_rows")
    with admin.transaction():
        admin.execute(f"SET LOCAL ROLE {OWNER}")
        with pytest.raises(pgerrors.InsufficientPrivilege, match="maintain --retire"):
            admin.execute("DELETE FROM fleet.attempt_rows")
    with pytest.raises(pgerrors.InsufficientPrivilege):
        admin.execute("TRUNCATE fleet.attempt_rows")
    # The retirement's mark set by hand is no key without the owner's role: any session can
    # set a custom setting, so the trigger also asks who runs the delete.
    with admin.transaction():
        admin.execute("SELECT set_config('fleet.retiring_month', 'events_2025_01', true)")
        with pytest.raises(pgerrors.InsufficientPrivilege, match="append-only"):
            admin.execute("DELETE FROM fleet.attempt_rows")
    station = fleet_db.connect_as(settings, password)
    with pytest.raises(pgerrors.InsufficientPrivilege):
        station.execute("SELECT fleet.retire_month('2025-01-01')")
    with pytest.raises(psycopg.Error):
        station.execute("DELETE FROM fleet.attempt_rows")
    row = admin.execute("SELECT count(*) FROM fleet.attempt_rows").fetchone()
    assert row == (1,)
