"""F4: the centre killed (`pg_ctl -m immediate stop`) and restarted, then its port blackholed
(iptables DROP inside a network namespace made for the run): time to detect, registrations
while down (claims fail closed), events lost, catch-up time."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from fleet_centre import REALM, Centre, local_max

from station.fleet.claims import ClaimClient
from station.fleet.errors import FleetUnreachable
from station.fleet.shipper import Shipper
from station.journal import Journal
from station.sandbox.pgcluster import find_bindir, start_cluster

# The entry point the blackhole's child runs inside the namespace.
BENCH = Path(__file__).with_name("fleet_bench.py")


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
    local = local_max(journal_path)
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
            ["ip", "netns", "exec", ns, sys.executable, str(BENCH), "--f4-blackhole-child"],
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
