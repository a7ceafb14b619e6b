"""The station heartbeat (schema version 10) on a real PostgreSQL: a shipper tells the centre its
backlog and link state, a station writes only its own row, a silent station shows as silent, and
a centre not yet migrated refuses the heartbeat without stopping the shipping."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from psycopg import errors as pgerrors

from station import __version__
from station.fleet import schema
from station.fleet.heartbeat import SILENT_AFTER_S, send_heartbeat
from station.fleet.shipper import Shipper
from station.fleet.supervise import StationRow, station_overview, station_state
from station.journal.synthetic import seed_journal
from tests.fleet.conftest import START, FleetDb, ship_all

JOURNAL_ID = "0b7f5c1e-5d7a-4d3e-9a56-0f4f8c3b2a10"


def _rows(db: FleetDb) -> dict[str, StationRow]:
    qa, password = db.add_qa()
    with db.connect_as(qa, password) as conn:
        return {row.station_id: row for row in station_overview(conn)}


def test_a_shipper_beats_with_its_backlog_and_says_when_it_stops(
    fleet_db: FleetDb, tmp_path: Path
) -> None:
    settings, password = fleet_db.add_station()
    silent, _ = fleet_db.add_station()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 40, start=START, station_id=settings.role)
    shipper = Shipper(settings, password, journal, batch=10, idle_poll_s=0.05, heartbeat_every_s=0)
    shipper.start()
    assert shipper.wait_for(lambda s: s.link == "live" and s.backlog == 0, 60), shipper.status()
    local = shipper.status().local_seq

    # It beat after each batch of 10 (heartbeat_every_s=0): one row, overwritten, acked whole.
    beat = (
        fleet_db.admin()
        .execute(
            "SELECT beats, local_seq, acked_seq FROM fleet.station_heartbeat WHERE station_id = %s",
            (settings.role,),
        )
        .fetchone()
    )
    assert beat is not None and beat[0] >= 4 and beat[1:] == (local, local)

    row = _rows(fleet_db)[settings.role]
    assert (row.link, row.backlog, row.station_version) == ("live", 0, __version__)
    assert row.heartbeat_age_s is not None and 0 <= row.heartbeat_age_s < SILENT_AFTER_S
    assert row.last_seen is not None and row.last_heartbeat is not None
    assert row.last_seen >= row.last_heartbeat
    assert station_state(row) == "live"
    never = _rows(fleet_db)[silent.role]
    assert (never.last_heartbeat, never.backlog, station_state(never)) == (
        None,
        None,
        "no heartbeat yet",
    )

    shipper.stop()
    row = _rows(fleet_db)[settings.role]
    assert (row.link, station_state(row)) == ("stopped", "shipper stopped")


def test_the_centre_shows_a_backlog_and_a_silent_station(fleet_db: FleetDb) -> None:
    settings, password = fleet_db.add_station()
    oldest = datetime.now(UTC) - timedelta(minutes=7)
    with fleet_db.connect_as(settings, password) as conn:
        assert send_heartbeat(
            conn,
            journal_id=JOURNAL_ID,
            link="offline",
            local_seq=900,
            acked_seq=250,
            oldest_unshipped_at=oldest,
        )
    row = _rows(fleet_db)[settings.role]
    assert row.backlog == 650
    assert row.backlog_wait_s is not None and 419 < row.backlog_wait_s < 425
    assert not row.silent

    # Unheard for longer than SILENT_AFTER_S (its link died before it could say so).
    fleet_db.admin().execute(
        "UPDATE fleet.station_heartbeat SET beat_at = beat_at - interval '1 minute' "
        "WHERE station_id = %s",
        (settings.role,),
    )
    row = _rows(fleet_db)[settings.role]
    assert row.silent and station_state(row) == "silent"


def test_a_station_writes_only_its_own_heartbeat(fleet_db: FleetDb) -> None:
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    qa, qa_pw = fleet_db.add_qa()
    for settings, password in ((a, a_pw), (b, b_pw)):
        with fleet_db.connect_as(settings, password) as conn:
            send_heartbeat(
                conn,
                journal_id=JOURNAL_ID,
                link="live",
                local_seq=5,
                acked_seq=5,
                oldest_unshipped_at=None,
            )
    conn = fleet_db.connect_as(a, a_pw)
    # Its own row only, by row-level security.
    assert conn.execute("SELECT station_id FROM fleet.station_heartbeat").fetchall() == [(a.role,)]
    refused = (
        "UPDATE fleet.station_heartbeat SET local_seq = 0",
        "DELETE FROM fleet.station_heartbeat",
        "INSERT INTO fleet.station_heartbeat (station_id, link, local_seq, acked_seq, "
        f"station_clock, station_version) VALUES ('{b.role}', 'live', 0, 0, now(), 'x')",
    )
    for statement in refused:
        with pytest.raises(pgerrors.InsufficientPrivilege):
            conn.execute(statement)
    # A QA role reads every row but may not beat for anyone.
    qa_conn = fleet_db.connect_as(qa, qa_pw)
    with pytest.raises(pgerrors.InsufficientPrivilege):
        qa_conn.execute("SELECT fleet.station_heartbeat(NULL, 'live', 0, 0, NULL, now(), 'x')")
    assert qa_conn.execute(
        "SELECT station_id, local_seq FROM fleet.station_heartbeat ORDER BY station_id"
    ).fetchall() == sorted([(a.role, 5), (b.role, 5)])
    with pytest.raises(pgerrors.InvalidParameterValue):
        conn.execute("SELECT fleet.station_heartbeat(NULL, 'dancing', 0, 0, NULL, now(), 'x')")


def test_a_centre_before_version_10_ships_without_heartbeats(
    fleet_db: FleetDb,
    pg_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A database of its own at version 9 (the fixture's is at the newest version).
    old = FleetDb(fleet_db.cluster, fleet_db.cluster.create_database())
    with monkeypatch.context() as at_v9:
        at_v9.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:9])
        with psycopg.connect(old.cluster.admin_dsn(old.name), autocommit=True) as admin:
            assert schema.init_db(admin) == (0, 9)
    settings, password = old.add_station()
    journal = tmp_path / "journal.sqlite"
    seed_journal(journal, 5, start=START, station_id=settings.role)
    with caplog.at_level(logging.WARNING, logger="station.fleet.heartbeat"):
        ship_all(settings, password, journal)
    assert "refused this station's heartbeat" in caplog.text
    assert "init-db" in caplog.text
    admin = old.admin()
    assert admin.execute("SELECT count(*) FROM fleet.attempts").fetchone() == (5,)
    # Migrated, the same station beats.
    assert schema.init_db(admin) == (9, schema.schema_version())
    ship_all(settings, password, journal)
    assert admin.execute(
        "SELECT link FROM fleet.station_heartbeat WHERE station_id = %s", (settings.role,)
    ).fetchone() == ("stopped",)
    for conn in old.opened:
        conn.close()
