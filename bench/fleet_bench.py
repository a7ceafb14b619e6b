"""Fleet mode figures F1..F5 against a real, throwaway PostgreSQL on this machine.

    python bench/fleet_bench.py            # the full figures of issue #14 (a few minutes)
    python bench/fleet_bench.py --quick    # a scaled-down pass, under a minute, every figure

F1  station processes race for the same device IDs through the claim functions: winners per ID.
F2  stations x simulated slots provisioning (claim, journal, complete) with a shipper each:
    ship lag p50/p99/max (central received_at minus the journal's event time: same machine,
    same clock), central counts vs local journals, device IDs registered by more than one station.
F3  an offline backlog (8 h x 32 slots at a 30-s cycle in the full run) drained to the centre:
    time, rate, gaps, duplicates.
    Then the supervisors' views (station overview, offline and duplicate registrations) read
    right after it arrived: server time under EXPLAIN ANALYZE and partitions read whole.
QA  the QA viewer's questions at the centre right after a backlog of attempts arrived (5,000 in
    the full run): the count of every attempt, and the count and first page filtered by result,
    by error class and by a piece of a device ID (the text search).
F4  the centre killed (`pg_ctl -m immediate stop`) and restarted, then its port blackholed
    (iptables DROP inside a network namespace made for the run; needs root and iptables):
    time to detect, registrations while down (claims fail closed), events lost, catch-up time.
F5  the security matrix: station A's credentials against station B's rows, UPDATE/DELETE/TRUNCATE
    on history, direct access to the claims table, another station's heartbeat, deleting
    attempt rows or retiring a month: each refused or not.

Figures are printed, never asserted: the tests in tests/fleet assert behaviour.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from fleet_views import view_figures  # noqa: E402

from station.fleet.claims import ClaimClient  # noqa: E402
from station.fleet.connect import FleetSettings  # noqa: E402
from station.fleet.errors import FleetUnreachable  # noqa: E402
from station.fleet.names import QA, STATIONS  # noqa: E402
from station.fleet.qa_database import FleetDatabase  # noqa: E402
from station.fleet.schema import add_login, init_db  # noqa: E402
from station.fleet.shipper import Shipper  # noqa: E402
from station.journal import AttemptFilter, Journal  # noqa: E402
from station.journal.synthetic import seed_journal  # noqa: E402
from station.sandbox.pgcluster import PgCluster, find_bindir, start_cluster  # noqa: E402

REALM = "bench"
FINGERPRINT = "ab" * 32


# -- set-up ------------------------------------------------------------------------------------


class Centre:
    def __init__(self, cluster: PgCluster) -> None:
        self.cluster = cluster
        self.db = cluster.create_database()
        with psycopg.connect(cluster.admin_dsn(self.db), autocommit=True) as conn:
            init_db(conn)

    def station(self, name: str, group: str = STATIONS) -> tuple[FleetSettings, str]:
        password = uuid.uuid4().hex
        with psycopg.connect(self.cluster.admin_dsn(self.db), autocommit=True) as conn:
            add_login(conn, name, password, group)
        settings = FleetSettings(
            host="127.0.0.1", port=self.cluster.port, database=self.db, role=name
        )
        return settings, password

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.cluster.admin_dsn(self.db), autocommit=True) as conn:
            return conn.execute(sql.encode(), params).fetchall()

    def counts(self, role: str) -> tuple[int, int, int]:
        """(rows, max seq, gaps) of one station."""
        (row,) = self.query(
            "SELECT count(*), coalesce(max(seq), 0), count(*) FILTER (WHERE step <> 1) FROM ("
            " SELECT seq, seq - lag(seq, 1, 0::bigint) OVER (PARTITION BY journal_id ORDER BY"
            " seq) AS step FROM fleet.events WHERE station_id = %s) s",
            (role,),
        )
        return int(row[0]), int(row[1]), int(row[2])


def _local_max(path: Path) -> int:
    from station.fleet.journal_source import JournalSource

    with JournalSource.open(path) as source:
        return source.max_seq()


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# -- F1 ----------------------------------------------------------------------------------------


def _racer(settings: FleetSettings, password: str, ids: list[str], seed: int, out: Any) -> None:
    """Claim every ID in a random order; puts (IDs won, why it stopped early or "")."""
    client = ClaimClient(settings, password)
    order = list(ids)
    random.Random(seed).shuffle(order)
    won: list[str] = []
    stopped = ""
    try:
        for device_id in order:
            for attempt in range(3):  # an overloaded machine may miss the 3-s connect timeout
                try:
                    claim = client.claim(REALM, device_id, 600)
                    break
                except FleetUnreachable:
                    if attempt == 2:
                        raise
            if claim.granted:
                won.append(device_id)
                client.complete(claim)
    except Exception as exc:  # noqa: BLE001 (reported by the parent, with the IDs won so far)
        stopped = f"{type(exc).__name__}: {exc}"
    finally:
        client.close()
        out.put((won, stopped))


def f1(centre: Centre, processes: int, ids: int) -> None:
    stations = [centre.station(f"f1-{n:02d}") for n in range(processes)]
    device_ids = [f"f1-dev-{i:04d}" for i in range(ids)]
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    start = time.monotonic()
    procs = [
        ctx.Process(target=_racer, args=(s, pw, device_ids, n, out))
        for n, (s, pw) in enumerate(stations)
    ]
    for p in procs:
        p.start()
    winners: dict[str, int] = {}
    stopped: list[str] = []
    for _ in procs:
        won, why = out.get(timeout=600)
        for device_id in won:
            winners[device_id] = winners.get(device_id, 0) + 1
        if why:
            stopped.append(why)
    for p in procs:
        p.join()
    elapsed = time.monotonic() - start
    attempts = processes * ids
    multi = sum(1 for n in winners.values() if n > 1)
    print(
        f"F1 claim race: {processes} processes x {ids} IDs: {len(winners)} IDs won, "
        f"{ids - len(winners)} unclaimed, {multi} with more than one winner; "
        f"{attempts} claims in {elapsed:.1f} s ({attempts / elapsed:.0f}/s incl. process start)"
        + (f"; {len(stopped)} racer(s) stopped early, first: {stopped[0]}" if stopped else "")
    )


# -- F2 ----------------------------------------------------------------------------------------


def _station_proc(  # noqa: PLR0917
    settings: FleetSettings,
    password: str,
    journal_path: str,
    slots: int,
    cycle_s: float,
    duration_s: float,
    dup_pool: int,
    seed: int,
    out: Any,
) -> None:
    """One station: `slots` threads each provisioning a device every `cycle_s`, one claim
    connection, one shipper; reports its local counts."""
    journal = Journal.open(Path(journal_path), station_id=settings.role)
    client = ClaimClient(settings, password)
    client_lock = threading.Lock()  # ClaimClient serialises too; this keeps the order obvious
    shipper = Shipper(settings, password, Path(journal_path), idle_poll_s=0.05)
    shipper.start()
    end = time.monotonic() + duration_s
    stats = {"passed": 0, "refused": 0, "offline": 0}
    rng = random.Random(seed)

    def slot(n: int) -> None:
        k = 0
        next_at = time.monotonic() + rng.uniform(0, cycle_s)
        while True:
            delay = next_at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if time.monotonic() >= end:
                return
            next_at += cycle_s
            k += 1
            if rng.random() < 0.02:
                device_id = f"dup-{rng.randrange(dup_pool)}"
            else:
                device_id = f"{settings.role}-{n}-{k}"
            attempt = journal.begin_attempt(
                slot=str(n), operator="bench", target_name="t", realm=REALM, pairing_url="x"
            )
            journal.update_device(
                attempt,
                device_id=device_id,
                hardware_serial=device_id,
                model="m",
                firmware="1",
                storage_kind="otp",
            )
            try:
                with client_lock:
                    claim = client.claim(REALM, device_id, 120)
            except FleetUnreachable:
                stats["offline"] += 1
                journal.finish_attempt(attempt, result="FAIL", error_class="fleet_offline")
                continue
            if not claim.granted:
                stats["refused"] += 1
                journal.finish_attempt(attempt, result="FAIL", error_class="duplicate_refused")
                continue
            # The registration marker: the intent, recorded before the secret is written.
            journal.record_intent(attempt, device_id=device_id, fingerprint=FINGERPRINT)
            with client_lock:
                client.complete(claim)
            journal.finish_attempt(attempt, result="PASS")
            stats["passed"] += 1

    threads = [threading.Thread(target=slot, args=(n,)) for n in range(slots)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    local = _local_max(Path(journal_path))
    shipper.wait_for(lambda s: s.acked_seq >= local, 60)
    shipper.stop()
    client.close()
    journal.close()
    out.put({"role": settings.role, "local": local, **stats})


def f2(centre: Centre, stations: int, slots: int, cycle_s: float, duration_s: float) -> None:
    work = Path(tempfile.mkdtemp(prefix="fleet-f2-"))
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    procs = []
    roles = []
    for n in range(stations):
        settings, password = centre.station(f"f2-{n:02d}")
        roles.append(settings.role)
        procs.append(
            ctx.Process(
                target=_station_proc,
                args=(
                    settings,
                    password,
                    str(work / f"{settings.role}.sqlite"),
                    slots,
                    cycle_s,
                    duration_s,
                    max(10, stations * 2),
                    n,
                    out,
                ),
            )
        )
    for p in procs:
        p.start()
    results = [out.get(timeout=duration_s + 300) for _ in procs]
    for p in procs:
        p.join()
    mismatches = 0
    for r in results:
        rows, max_seq, gaps = centre.counts(r["role"])
        if (rows, max_seq, gaps) != (r["local"], r["local"], 0):
            mismatches += 1
    lags = [
        float(row[0])
        for row in centre.query(
            "SELECT extract(epoch FROM received_at - station_ts) FROM fleet.events "
            "WHERE station_id LIKE 'f2-%%'"
        )
    ]
    (double,) = centre.query(
        "SELECT count(*) FROM (SELECT device_id FROM fleet.events WHERE kind = 'attempt.intent' "
        "AND station_id LIKE 'f2-%%' GROUP BY device_id HAVING count(*) > 1) d"
    )
    passed = sum(r["passed"] for r in results)
    refused = sum(r["refused"] for r in results)
    events = sum(r["local"] for r in results)
    print(
        f"F2 fleet load: {stations} stations x {slots} slots, {cycle_s:g}-s cycle, "
        f"{duration_s:g} s: {passed / duration_s:.0f} devices/s, {events / duration_s:.0f} "
        f"events/s; ship lag p50 {_pct(lags, 0.5) * 1000:.0f} ms, p99 "
        f"{_pct(lags, 0.99) * 1000:.0f} ms, max {max(lags, default=0) * 1000:.0f} ms; "
        f"count mismatches {mismatches} of {stations}; IDs registered by more than one station "
        f"{double[0]} ({refused} duplicate claims refused)"
    )
    shutil.rmtree(work, ignore_errors=True)


# -- F3 ----------------------------------------------------------------------------------------


def f3(centre: Centre, attempts: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="fleet-f3-"))
    settings, password = centre.station("f3-offline")
    journal = work / "journal.sqlite"
    t0 = time.monotonic()
    seed_journal(journal, attempts, station_id=settings.role)
    written = time.monotonic() - t0
    local = _local_max(journal)
    shipper = Shipper(settings, password, journal, idle_poll_s=0.05)
    start = time.monotonic()
    shipper.start()
    shipper.wait_for(lambda s: s.acked_seq >= local or s.link == "failed", 600)
    elapsed = time.monotonic() - start
    shipper.stop()
    rows, max_seq, gaps = centre.counts(settings.role)
    print(
        f"F3 offline backlog: {attempts} attempts = {local} events (written locally in "
        f"{written:.1f} s) drained in {elapsed:.1f} s ({local / elapsed:.0f} events/s); "
        f"central rows {rows}, max seq {max_seq}, gaps {gaps}, duplicates {rows - max_seq}"
    )
    # The supervisors' views right after it arrived (EXPLAIN ANALYZE, as a QA role).
    print(
        "F3 views after the backlog: " + view_figures(centre.cluster.admin_dsn(centre.db), settings)
    )
    shutil.rmtree(work, ignore_errors=True)


# -- QA ----------------------------------------------------------------------------------------


def qa_filters(centre: Centre, attempts: int) -> None:
    centre = Centre(centre.cluster)  # a database of its own: these attempts alone
    work = Path(tempfile.mkdtemp(prefix="fleet-qa-"))
    settings, password = centre.station("qa-backlog")
    journal = work / "journal.sqlite"
    seed_journal(journal, attempts, station_id=settings.role, seed=7)
    local = _local_max(journal)
    shipper = Shipper(settings, password, journal, idle_poll_s=0.05)
    shipper.start()
    shipper.wait_for(lambda s: s.acked_seq >= local or s.link == "failed", 600)
    shipper.stop()
    qa, qa_password = centre.station("qa-bench", QA)
    # Until autovacuum analyzes the month's partition (it never analyzes the parent), the
    # planner has no statistics of the new events: the case this figure is about.
    ((analyzed,),) = centre.query(
        "SELECT count(*) FILTER (WHERE last_autoanalyze IS NOT NULL) FROM pg_stat_user_tables "
        "WHERE schemaname = 'fleet' AND relname LIKE 'events_%%'"
    )
    figures = [f"partitions auto-analyzed so far {analyzed}"]
    # A piece of one device ID, as a person types it into the text search (trigram index, v12).
    ((some_id,),) = centre.query(
        "SELECT device_id FROM fleet.attempt_rows WHERE device_id IS NOT NULL "
        "ORDER BY started_at LIMIT 1"
    )
    needle = str(some_id)[4:10].lower()
    with FleetDatabase(qa, qa_password).open_keys() as reader:
        for label, f in (
            ("all", AttemptFilter()),
            ("result FAIL", AttemptFilter(results=frozenset({"FAIL"}))),
            ("error class timeout", AttemptFilter(error_class="timeout")),
            (f"text {needle!r}", AttemptFilter(text=needle)),
        ):
            t0 = time.monotonic()
            n = reader.count(f)
            counted = time.monotonic() - t0
            t0 = time.monotonic()
            reader.page(f, "started_at", descending=True, limit=100)
            paged = time.monotonic() - t0
            figures.append(
                f"{label} {n} in {counted * 1e3:.1f} ms (first page {paged * 1e3:.1f} ms)"
            )
    print(f"QA filters at {attempts} freshly shipped attempts: " + "; ".join(figures))
    shutil.rmtree(work, ignore_errors=True)


# -- F4 ----------------------------------------------------------------------------------------


def _journal_some(journal: Journal, n: int) -> None:
    for _ in range(n):
        attempt = journal.begin_attempt(
            slot="1", operator="bench", target_name="t", realm=REALM, pairing_url="x"
        )
        journal.finish_attempt(attempt, result="FAIL", error_class="bench")


def _outage(  # noqa: PLR0917
    centre: Centre, cut: Any, heal: Any, label: str, journal_path: Path, role: str
) -> dict[str, Any]:
    """Cut the centre off while the station journals; measure detection, fail-closed claims,
    and catch-up. `cut`/`heal` are callables."""
    settings, password = centre.station(role)
    journal = Journal.open(journal_path, station_id=role)
    shipper = Shipper(settings, password, journal_path, idle_poll_s=0.05)
    client = ClaimClient(settings, password)
    shipper.start()
    _journal_some(journal, 20)
    shipper.wait_for(lambda s: s.link == "live" and s.backlog == 0, 30)
    client.claim(REALM, f"{role}-warm", 60)  # an established claim connection, like a station
    stop = threading.Event()

    def keep_journaling() -> None:
        while not stop.is_set():
            _journal_some(journal, 1)
            time.sleep(0.05)

    writer = threading.Thread(target=keep_journaling)
    writer.start()
    time.sleep(0.3)
    cut_at = time.monotonic()
    cut()
    shipper.wait_for(lambda s: s.link == "offline", 60)
    ship_detect = time.monotonic() - cut_at
    claim_start = time.monotonic()
    granted = 0
    try:  # noqa: SIM105
        granted += client.claim(REALM, f"{role}-during", 60).granted
    except FleetUnreachable:
        pass
    claim_detect = time.monotonic() - claim_start
    time.sleep(1.0)
    heal()
    healed_at = time.monotonic()
    stop.set()
    writer.join()
    local = _local_max(journal_path)
    shipper.wait_for(lambda s: s.acked_seq >= local and s.link == "live", 120)
    catch_up = time.monotonic() - healed_at
    shipper.stop()
    client.close()
    journal.close()
    rows, max_seq, gaps = centre.counts(role)
    return {
        "label": label,
        "ship_detect_s": round(ship_detect, 2),
        "claim_fail_s": round(claim_detect, 2),
        "granted_while_down": granted,
        "local": local,
        "central": rows,
        "lost": local - rows,
        "gaps": gaps,
        "dups": rows - max_seq,
        "catch_up_s": round(catch_up, 2),
    }


def _print_f4(r: dict[str, Any]) -> None:
    print(
        f"F4 {r['label']}: shipper saw it in {r['ship_detect_s']} s, a claim failed closed in "
        f"{r['claim_fail_s']} s, claims granted while down {r['granted_while_down']}; "
        f"{r['local']} local events, {r['central']} central, lost {r['lost']}, gaps "
        f"{r['gaps']}, duplicates {r['dups']}; caught up {r['catch_up_s']} s after the centre "
        "returned"
    )


def f4_crash(centre: Centre) -> None:
    work = Path(tempfile.mkdtemp(prefix="fleet-f4-"))
    result = _outage(
        centre,
        lambda: centre.cluster.stop("immediate"),
        centre.cluster.start,
        "server killed (pg_ctl -m immediate) and restarted",
        work / "journal.sqlite",
        "f4-crash",
    )
    _print_f4(result)
    shutil.rmtree(work, ignore_errors=True)


def f4_blackhole_child() -> None:
    """Runs inside the network namespace: its own cluster on the namespace's loopback."""
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    bindir = find_bindir()
    assert bindir is not None
    cluster = start_cluster(bindir)
    try:
        centre = Centre(cluster)
        rule = ["INPUT", "-p", "tcp", "--dport", str(cluster.port), "-j", "DROP"]
        work = Path(tempfile.mkdtemp(prefix="fleet-f4b-"))
        result = _outage(
            centre,
            lambda: subprocess.run(["iptables", "-A", *rule], check=True),
            lambda: subprocess.run(["iptables", "-D", *rule], check=True),
            "port blackholed (iptables DROP in a test network namespace) and healed",
            work / "journal.sqlite",
            "f4-blackhole",
        )
        print("F4RESULT " + json.dumps(result))
        shutil.rmtree(work, ignore_errors=True)
    finally:
        cluster.destroy()


def f4_blackhole() -> None:
    if os.geteuid() != 0 or shutil.which("iptables") is None or shutil.which("ip") is None:
        print("F4 blackhole: not run (needs root, ip and iptables: apt-get install iptables)")
        return
    ns = f"fleetbench{os.getpid()}"
    subprocess.run(["ip", "netns", "add", ns], check=True)
    try:
        out = subprocess.run(
            ["ip", "netns", "exec", ns, sys.executable, __file__, "--f4-blackhole-child"],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        subprocess.run(["ip", "netns", "del", ns], check=False)
    for line in out.stdout.splitlines():
        if line.startswith("F4RESULT "):
            _print_f4(json.loads(line.removeprefix("F4RESULT ")))
            return
    print(f"F4 blackhole: failed to run:\n{out.stdout}\n{out.stderr}")


# -- F5 ----------------------------------------------------------------------------------------


def f5(centre: Centre) -> None:
    (a, a_pw), (b, b_pw) = centre.station("f5-a"), centre.station("f5-b")
    journal_id = uuid.uuid4()

    def insert(conn: psycopg.Connection[Any], station: str, seq: int) -> None:
        conn.execute(
            "INSERT INTO fleet.events (station_id, journal_id, seq, station_ts, kind, payload, "
            "prev_hash, hash) VALUES (%s, %s, %s, now(), 'bench', '{}', %s, %s)",
            (station, journal_id, seq, bytes(32), os.urandom(32)),
        )

    def connect(s: FleetSettings, pw: str) -> psycopg.Connection[Any]:
        return psycopg.connect(
            host=s.host, port=s.port, dbname=s.database, user=s.role, password=pw, autocommit=True
        )

    with connect(a, a_pw) as conn_a, connect(b, b_pw) as conn_b:
        insert(conn_a, a.role, 1)
        insert(conn_b, b.role, 1)
        checks: list[tuple[str, Any]] = [
            ("A inserts a row as B", lambda: insert(conn_a, b.role, 2)),
            (
                "A reads B's rows",
                lambda: _expect_empty(
                    conn_a.execute(
                        "SELECT * FROM fleet.events WHERE station_id = %s", (b.role,)
                    ).fetchall()
                ),
            ),
            ("A updates history", lambda: conn_a.execute("UPDATE fleet.events SET kind = 'x'")),
            ("A deletes history", lambda: conn_a.execute("DELETE FROM fleet.events")),
            ("A truncates history", lambda: conn_a.execute("TRUNCATE fleet.events")),
            ("A reads the claims table", lambda: conn_a.execute("SELECT * FROM fleet.claims")),
            (
                "A releases a claim",
                lambda: conn_a.execute("SELECT fleet.release_claim('r', 'd', 'why')"),
            ),
            # The heartbeat (v10): one row per station, written only by its own definer call.
            (
                "A writes B's heartbeat",
                lambda: conn_a.execute(
                    "INSERT INTO fleet.station_heartbeat (station_id, link, local_seq, "
                    "acked_seq, station_clock, station_version) "
                    "VALUES (%s, 'live', 0, 0, now(), 'x')",
                    (b.role,),
                ),
            ),
            (
                "A rewrites its heartbeat",
                lambda: conn_a.execute("UPDATE fleet.station_heartbeat SET local_seq = 0"),
            ),
            ("A deletes attempt rows", lambda: conn_a.execute("DELETE FROM fleet.attempt_rows")),
            (
                "A retires a month",
                lambda: conn_a.execute("SELECT fleet.retire_month('2025-01-01')"),
            ),
        ]
        with psycopg.connect(centre.cluster.admin_dsn(centre.db), autocommit=True) as admin:
            checks += [
                (
                    "superuser updates history",
                    lambda: admin.execute("UPDATE fleet.events SET kind = 'x'"),
                ),
                ("superuser deletes history", lambda: admin.execute("DELETE FROM fleet.events")),
                (
                    "superuser deletes attempt rows",
                    lambda: admin.execute("DELETE FROM fleet.attempt_rows"),
                ),
            ]
            refused = []
            for label, action in checks:
                try:
                    action()
                    refused.append((label, "ALLOWED"))
                except (psycopg.Error, _Refused) as exc:
                    refused.append((label, type(exc).__name__))
    allowed = [label for label, how in refused if how == "ALLOWED"]
    print(
        f"F5 security: {len(refused) - len(allowed)} of {len(refused)} forbidden actions refused"
        + (f"; ALLOWED: {', '.join(allowed)}" if allowed else "")
    )
    for label, how in refused:
        print(f"   {label}: {how}")


class _Refused(Exception):
    pass


def _expect_empty(rows: list[Any]) -> None:
    if rows:
        return  # visible rows: allowed (reported by the caller)
    raise _Refused("no rows visible")


# -- main --------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a scaled-down pass, < 1 minute")
    parser.add_argument("--f4-blackhole-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.f4_blackhole_child:
        f4_blackhole_child()
        return 0
    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL is not installed: run tools/debian-deps.sh as root")
        return 1
    cluster = start_cluster(bindir, max_connections=300)
    print(f"PostgreSQL {bindir.parent.name} in {cluster.root}, port {cluster.port}")
    try:
        centre = Centre(cluster)
        if args.quick:
            f1(centre, processes=8, ids=100)
            f2(centre, stations=6, slots=8, cycle_s=2.0, duration_s=10)
            f3(centre, attempts=3000)
            qa_filters(centre, attempts=1000)
        else:
            f1(centre, processes=50, ids=400)
            f2(centre, stations=50, slots=32, cycle_s=6.0, duration_s=60)
            f3(centre, attempts=8 * 3600 // 30 * 32)
            qa_filters(centre, attempts=5000)
        f4_crash(centre)
        f4_blackhole()
        f5(centre)
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
