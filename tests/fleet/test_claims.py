"""Claims: F1 (many processes race for the same IDs; exactly one winner each) and fencing."""

from __future__ import annotations

import multiprocessing
import random
import time
from dataclasses import replace

import pytest

from station.fleet.claims import ClaimClient
from station.fleet.connect import FleetSettings
from station.fleet.errors import FleetError, FleetUnreachable
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import FleetDb


def _racer(
    settings: FleetSettings,
    password: str,
    ids: list[str],
    seed: int,
    out: multiprocessing.Queue[tuple[str, list[str]]],
) -> None:
    client = ClaimClient(settings, password)
    order = list(ids)
    random.Random(seed).shuffle(order)
    won = []
    for device_id in order:
        claim = client.claim("realm1", device_id, ttl_s=600)
        if claim.granted:
            won.append(device_id)
            assert client.complete(claim)
    client.close()
    out.put((settings.role, won))


@pytest.mark.slow
def test_f1_racing_stations_get_exactly_one_winner_per_device_id(fleet_db: FleetDb) -> None:
    stations = [fleet_db.add_station() for _ in range(8)]
    ids = [f"dev-{i:03d}" for i in range(120)]
    ctx = multiprocessing.get_context("spawn")
    out: multiprocessing.Queue[tuple[str, list[str]]] = ctx.Queue()
    procs = [
        ctx.Process(target=_racer, args=(s, pw, ids, n, out)) for n, (s, pw) in enumerate(stations)
    ]
    for p in procs:
        p.start()
    results = [out.get(timeout=90) for _ in procs]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    winners: dict[str, list[str]] = {}
    for role, won in results:
        for device_id in won:
            winners.setdefault(device_id, []).append(role)
    assert sorted(winners) == ids
    assert [d for d, roles in winners.items() if len(roles) != 1] == []
    admin = fleet_db.admin()
    assert admin.execute(
        "SELECT count(*), count(*) FILTER (WHERE state = 'done') FROM fleet.claims"
    ).fetchone() == (len(ids), len(ids))


def test_fencing_an_expired_lease_taken_over_cannot_be_renewed_or_completed(
    fleet_db: FleetDb,
) -> None:
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    client_a, client_b = ClaimClient(a, a_pw), ClaimClient(b, b_pw)
    old = client_a.claim("r", "dev", ttl_s=1)
    assert old.granted
    refused = client_b.claim("r", "dev")
    assert not refused.granted
    assert (refused.holder, refused.state) == (a.role, "leased")
    time.sleep(1.2)  # the server's clock decides expiry
    new = client_b.claim("r", "dev")
    assert new.granted
    assert new.token != old.token
    assert not client_a.renew(old)
    assert not client_a.complete(old)
    assert client_b.renew(new)
    assert client_b.complete(new)
    # Done is permanent: duplicate detection across time, even for the station that did it.
    again = client_b.claim("r", "dev")
    assert (again.granted, again.state, again.holder) == (False, "done", b.role)
    client_a.close()
    client_b.close()


def test_a_supervisor_releases_a_done_claim_with_a_reason_and_it_is_recorded(
    fleet_db: FleetDb,
) -> None:
    a, a_pw = fleet_db.add_station()
    sv, sv_pw = fleet_db.add_supervisor()
    client = ClaimClient(a, a_pw)
    claim = client.claim("r", "dev")
    assert client.complete(claim)
    conn_sv = fleet_db.connect_as(sv, sv_pw)
    with pytest.raises(Exception, match="needs a reason"):
        conn_sv.execute("SELECT fleet.release_claim('r', 'dev', '  ')")
    assert conn_sv.execute("SELECT fleet.release_claim('r', 'dev', 'rework RMA-7')").fetchone() == (
        True,
    )
    assert client.claim("r", "dev").granted
    history = (
        fleet_db.admin()
        .execute("SELECT state, actor, reason FROM fleet.claim_history ORDER BY id")
        .fetchall()
    )
    assert history == [
        ("leased", a.role, ""),
        ("done", a.role, ""),
        ("released", sv.role, "rework RMA-7"),
        ("leased", a.role, ""),
    ]
    client.close()


def test_a_station_takes_back_its_own_lease_at_once_and_fences_the_old_token(
    fleet_db: FleetDb,
) -> None:
    """A failed attempt leaves its lease; the same station's retry must not wait for it to
    expire, and the failed attempt's token must be dead from then on."""
    (a, a_pw), (b, b_pw) = fleet_db.add_station(), fleet_db.add_station()
    client_a, client_b = ClaimClient(a, a_pw), ClaimClient(b, b_pw)
    failed = client_a.claim("r", "dev", ttl_s=600)
    retry = client_a.claim("r", "dev", ttl_s=600)
    assert retry.granted
    assert retry.token != failed.token
    assert not client_a.renew(failed)
    assert not client_a.complete(failed)
    # Another station is still refused while the lease lives.
    refused = client_b.claim("r", "dev")
    assert (refused.granted, refused.holder, refused.state) == (False, a.role, "leased")
    assert client_a.complete(retry)
    # Done stays done, for its own station too.
    assert not client_a.claim("r", "dev").granted
    client_a.close()
    client_b.close()


def test_a_centre_never_initialised_is_an_environment_error_with_an_action(
    fleet_db: FleetDb, pg_cluster: PgCluster
) -> None:
    settings, password = fleet_db.add_station()
    empty = replace(settings, database=pg_cluster.create_database())
    client = ClaimClient(empty, password)
    with pytest.raises(FleetError) as caught:
        client.claim("r", "dev")
    assert "lacks part of the fleet schema" in caught.value.message
    assert "station fleet init-db" in caught.value.action
    client.close()


def test_a_station_without_the_right_to_claim_is_told_to_ask_for_it(fleet_db: FleetDb) -> None:
    settings, password = fleet_db.add_station()
    fleet_db.admin().execute(
        "REVOKE EXECUTE ON FUNCTION fleet.claim_device(text, text, integer) FROM stations"
    )
    client = ClaimClient(settings, password)
    with pytest.raises(FleetError) as caught:
        client.claim("r", "dev")
    assert not isinstance(caught.value, FleetUnreachable)
    assert f"Role {settings.role} may log in but has no rights" in caught.value.message
    assert "add-station" in caught.value.action
    client.close()
