"""F2: a fleet under load. Stations x simulated slots provisioning (claim, journal, complete),
each station a process with its own journal and shipper, as a station runs it: the journal
wakes the shipper after each commit (`--f2-no-wake`: the idle poll alone, every 50 ms, as
before the wake-up).

Prints the ship lag p50/p99/max (central `received_at` less the journal's event time: same
machine, same clock), central counts against local journals, device IDs registered by more than
one station, the machine's load average at start and end, and where the lag goes
(`fleet_f2_parts.py`).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fleet_centre import FINGERPRINT, REALM, Centre, local_max, pct
from fleet_cpu import centre_cpu_s, cpu_line, machine_busy_s, own_cpu_s
from fleet_f2_parts import ShipTiming, lag_parts

from station.engine.claims import DeviceClaims
from station.fleet.claims import ClaimClient
from station.fleet.connect import FleetSettings
from station.fleet.errors import FleetUnreachable
from station.fleet.shipper import Shipper
from station.journal import Journal

# The poll of the shipper before the journal woke it, as this bench ran it then.
OLD_POLL_S = 0.05


@dataclass(frozen=True)
class FleetLoad:
    stations: int
    slots: int
    cycle_s: float
    duration_s: float
    wake: bool = True


class _Station:
    """One station's slots: each provisions a device every `cycle_s` (claim, journal,
    complete) through the station's one claim connection. Like the engine, a station works on
    one device ID in one slot at a time (`DeviceClaims`): two of its slots drawing the same
    `dup-` ID at once is the case that guard is for, not a registration."""

    def __init__(
        self, settings: FleetSettings, password: str, journal: Journal, load: FleetLoad, seed: int
    ) -> None:
        self.role = settings.role
        self.journal = journal
        self.load = load
        self.client = ClaimClient(settings, password)
        self.client_lock = threading.Lock()  # ClaimClient serialises too; this keeps it obvious
        self.stats = {"passed": 0, "refused": 0, "offline": 0, "busy_here": 0, "fenced": 0}
        self.here = DeviceClaims()
        self.rng = random.Random(seed)
        self.end = time.monotonic() + load.duration_s

    def provision(self, n: int, k: int) -> None:
        if self.rng.random() < 0.02:
            device_id = f"dup-{self.rng.randrange(max(10, self.load.stations * 2))}"
        else:
            device_id = f"{self.role}-{n}-{k}"
        if self.here.claim(device_id, str(n)) is not None:
            self.stats["busy_here"] += 1
            return
        try:
            self._attempt(n, device_id)
        finally:
            self.here.release(device_id, str(n))

    def _attempt(self, n: int, device_id: str) -> None:
        journal = self.journal
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
            with self.client_lock:
                claim = self.client.claim(REALM, device_id, 120)
        except FleetUnreachable:
            self.stats["offline"] += 1
            journal.finish_attempt(attempt, result="FAIL", error_class="fleet_offline")
            return
        if not claim.granted:
            self.stats["refused"] += 1
            journal.finish_attempt(attempt, result="FAIL", error_class="duplicate_refused")
            return
        # The registration marker: the intent, recorded before the secret is written.
        journal.record_intent(attempt, device_id=device_id, fingerprint=FINGERPRINT)
        with self.client_lock:
            completed = self.client.complete(claim)
        if not completed:  # fenced: another holder took the ID over (never expected here)
            self.stats["fenced"] += 1
            journal.finish_attempt(attempt, result="FAIL", error_class="claim_fenced")
            return
        journal.finish_attempt(attempt, result="PASS")
        self.stats["passed"] += 1

    def slot(self, n: int, timing: ShipTiming) -> None:
        k = 0
        next_at = time.monotonic() + self.rng.uniform(0, self.load.cycle_s)
        while True:
            delay = next_at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if time.monotonic() >= self.end:
                timing.slot_done()
                return
            next_at += self.load.cycle_s
            k += 1
            self.provision(n, k)


def _station_proc(  # noqa: PLR0917
    settings: FleetSettings, password: str, journal_path: str, load: FleetLoad, seed: int, out: Any
) -> None:
    """One station process: its slots, its journal, one shipper; reports its local counts and
    its timings."""
    timing = ShipTiming()
    timing.install()
    journal = Journal.open(Path(journal_path), station_id=settings.role)
    journal.on_commit(timing.committed)
    if load.wake:
        shipper = Shipper(settings, password, Path(journal_path))
        journal.on_commit(shipper.wake)
    else:
        shipper = Shipper(settings, password, Path(journal_path), idle_poll_s=OLD_POLL_S)
    shipper.start()
    station = _Station(settings, password, journal, load, seed)
    threads = [threading.Thread(target=station.slot, args=(n, timing)) for n in range(load.slots)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    local = local_max(Path(journal_path))
    shipper.wait_for(lambda s: s.acked_seq >= local, 60)
    shipper.stop()
    station.client.close()
    journal.close()
    out.put(
        {
            "role": settings.role,
            "local": local,
            **station.stats,
            "timing": timing.report(),
            "cpu_s": own_cpu_s(),
        }
    )


def _loadavg() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f}/{five:.1f}/{fifteen:.1f}"


def f2(centre: Centre, load: FleetLoad) -> None:
    work = Path(tempfile.mkdtemp(prefix="fleet-f2-"))
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    procs = []
    for n in range(load.stations):
        settings, password = centre.station(f"f2-{n:02d}")
        path = str(work / f"{settings.role}.sqlite")
        procs.append(
            ctx.Process(target=_station_proc, args=(settings, password, path, load, n, out))
        )
    load_start = _loadavg()
    peak = [0.0]
    done = threading.Event()

    def watch_load() -> None:
        while not done.wait(5):
            peak[0] = max(peak[0], os.getloadavg()[0])

    watcher = threading.Thread(target=watch_load, daemon=True)
    watcher.start()
    cpu_at = (time.monotonic(), machine_busy_s(), centre_cpu_s(centre.cluster.data))
    for p in procs:
        p.start()
    results = [out.get(timeout=load.duration_s + 300) for _ in procs]
    for p in procs:
        p.join()
    done.set()
    load_end = _loadavg()
    cpu = cpu_line(
        machine_busy_s() - cpu_at[1],
        centre_cpu_s(centre.cluster.data) - cpu_at[2],
        sum(r["cpu_s"] for r in results),
        time.monotonic() - cpu_at[0],
    )
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
    ((double, twice_here),) = centre.query(
        "SELECT count(*) FILTER (WHERE stations > 1), count(*) FILTER (WHERE intents > stations) "
        "FROM (SELECT device_id, count(DISTINCT station_id) AS stations, count(*) AS intents "
        "FROM fleet.events WHERE kind = 'attempt.intent' AND station_id LIKE 'f2-%%' "
        "GROUP BY device_id) d"
    )
    busy = sum(r["busy_here"] for r in results)
    fenced = sum(r["fenced"] for r in results)
    passed = sum(r["passed"] for r in results)
    refused = sum(r["refused"] for r in results)
    events = sum(r["local"] for r in results)
    how = "woken by each journal commit" if load.wake else f"polling every {OLD_POLL_S:g} s"
    print(
        f"F2 fleet load: {load.stations} stations x {load.slots} slots, {load.cycle_s:g}-s "
        f"cycle, {load.duration_s:g} s, shipper {how}: {passed / load.duration_s:.0f} "
        f"devices/s, {events / load.duration_s:.0f} events/s; ship lag p50 "
        f"{pct(lags, 0.5) * 1000:.0f} ms, p99 {pct(lags, 0.99) * 1000:.0f} ms, max "
        f"{max(lags, default=0) * 1000:.0f} ms; count mismatches {mismatches} of "
        f"{load.stations}; IDs registered by more than one station {double}, twice by one "
        f"station {twice_here} ({refused} duplicate claims refused, {fenced} completes fenced, "
        f"{busy} IDs busy in another slot of the station); load average (1/5/15 min) "
        f"{load_start} at start, {load_end} at end, 1-min peak {peak[0]:.1f} on "
        f"{os.cpu_count()} cores"
    )
    for line in lag_parts(centre, results, load.duration_s):
        print(line)
    print(cpu)
    shutil.rmtree(work, ignore_errors=True)
