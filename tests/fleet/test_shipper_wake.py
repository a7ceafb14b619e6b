"""The journal wakes the shipper after each commit, so an event reaches the centre as soon as it
is durable instead of at the next poll; with nothing to wake it the poll still ships (real
journal, real PostgreSQL, the runner's own wiring)."""

from __future__ import annotations

import time
from pathlib import Path

import keyring.backend
import pytest

from station.config.model import FleetConfig
from station.engine.runner import fleet_link
from station.fleet import shipper as shipper_module
from station.fleet.lots import OfflineLots
from station.fleet.shipper import Shipper, ShipperStatus
from station.journal import Journal
from station.pairing.keystore import store_fleet_password
from tests.fleet.conftest import FleetDb

# Far longer than any wait below: an event acked in time was shipped on a wake-up, not a poll.
LONG_POLL_S = 120.0
# Generous for a loaded machine, and still a fraction of the poll.
WITHIN_S = 20.0


def _journal_one(journal: Journal) -> None:
    attempt = journal.begin_attempt(
        slot="1", operator="op", target_name="t", realm="r", pairing_url="https://x"
    )
    journal.finish_attempt(attempt, result="FAIL", error_class="timeout")


def _acked_after(shipper: Shipper, seq_before: int) -> float | None:
    """Seconds until the shipper acks beyond `seq_before`, or None within WITHIN_S."""
    start = time.monotonic()
    ok = shipper.wait_for(lambda s: s.acked_seq > seq_before and s.backlog == 0, WITHIN_S)
    return time.monotonic() - start if ok else None


def _live(status: ShipperStatus) -> bool:
    return status.link == "live" and status.backlog == 0


def test_a_commit_wakes_the_shipper_long_before_its_poll(fleet_db: FleetDb, tmp_path: Path) -> None:
    settings, password = fleet_db.add_station()
    with Journal.open(tmp_path / "journal.sqlite", station_id=settings.role) as journal:
        _journal_one(journal)
        shipper = Shipper(settings, password, journal.path, idle_poll_s=LONG_POLL_S)
        journal.on_commit(shipper.wake)
        shipper.start()
        try:
            assert shipper.wait_for(_live, WITHIN_S), shipper.status()
            for _ in range(3):  # each time the shipper sleeps in its (long) poll first
                time.sleep(0.3)
                before = shipper.status().acked_seq
                _journal_one(journal)
                took = _acked_after(shipper, before)
                assert took is not None, f"not shipped within {WITHIN_S} s: {shipper.status()}"
        finally:
            shipper.stop()
    assert shipper.status().link == "stopped"


def test_with_nothing_to_wake_it_the_poll_still_ships(fleet_db: FleetDb, tmp_path: Path) -> None:
    """A journal written by another process (no commit hook): the idle poll is the fallback."""
    settings, password = fleet_db.add_station()
    with Journal.open(tmp_path / "journal.sqlite", station_id=settings.role) as journal:
        _journal_one(journal)
        shipper = Shipper(settings, password, journal.path, idle_poll_s=0.2)
        shipper.start()
        try:
            assert shipper.wait_for(_live, WITHIN_S), shipper.status()
            time.sleep(0.5)
            before = shipper.status().acked_seq
            _journal_one(journal)
            assert _acked_after(shipper, before) is not None, shipper.status()
        finally:
            shipper.stop()


def test_a_stopping_shipper_does_not_sit_out_its_poll(fleet_db: FleetDb, tmp_path: Path) -> None:
    settings, password = fleet_db.add_station()
    with Journal.open(tmp_path / "journal.sqlite", station_id=settings.role) as journal:
        _journal_one(journal)
        shipper = Shipper(settings, password, journal.path, idle_poll_s=LONG_POLL_S)
        shipper.start()
        assert shipper.wait_for(_live, WITHIN_S), shipper.status()
        start = time.monotonic()
        shipper.stop(timeout=WITHIN_S)
        assert time.monotonic() - start < WITHIN_S
        assert shipper.status().link == "stopped"


@pytest.mark.keyring
def test_the_station_wires_its_journal_to_wake_its_shipper(
    fleet_db: FleetDb,
    tmp_path: Path,
    secret_service: keyring.backend.KeyringBackend,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`fleet_link` as the runner calls it: the shipper's default poll made long, so only the
    journal's commit hook can ship an event in time."""
    monkeypatch.setattr(shipper_module, "IDLE_POLL_S", LONG_POLL_S)
    settings, password = fleet_db.add_station()
    store_fleet_password(settings.role, password)
    config = FleetConfig(
        host=settings.host, port=settings.port, database=settings.database, role=settings.role
    )
    with Journal.open(tmp_path / "journal.sqlite", station_id=settings.role) as journal:
        _journal_one(journal)
        link = fleet_link(config, journal, OfflineLots(journal), lambda _event: None, None)
        link.start()
        try:
            assert link.shipper.wait_for(_live, WITHIN_S), link.shipper.status()
            time.sleep(0.3)
            before = link.shipper.status().acked_seq
            _journal_one(journal)
            assert _acked_after(link.shipper, before) is not None, link.shipper.status()
        finally:
            link.stop()
