"""BATCH: the CPU one shipped batch costs the centre and the shipper, and one claim the centre.

F2 on two shared cores is CPU-bound: every part of the ship lag is a thread waiting for a CPU,
so what each batch costs in CPU is the lever, and wall time on a shared machine says little
about it. This figure ships a real journal (attempts of four events each: begin, device,
intent, finish) in batches of 2 to 7 events (4.4 on average, as F2's shippers send them,
woken by each journal commit) to a fresh fleet database that already holds other stations'
events in this month's partition, as F2's centre does midway. It reads the CPU of the
station's backend from /proc (user + system, the centre runs on this machine) before and after,
and the shipper's own CPU with `time.thread_time()` (reading the journal, building the arrays,
the statement's round trip). The claims are timed the same way: one claim and one complete per
attempt, as F2's slots make them.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import time
from pathlib import Path

import psycopg
from fleet_centre import REALM, Centre

from station.fleet.connect import connect
from station.fleet.journal_source import JournalSource
from station.fleet.shipper import central_checks_forks, ship_batch
from station.journal import Journal

SIZES = (3, 5, 4, 6, 2, 7, 4, 4, 5)  # events per batch, 4.4 on average
_TICK = os.sysconf("SC_CLK_TCK")

# Other stations' events in this month's partition (the superuser writes them in one
# statement; the triggers keep event_keys, attempt_rows and station_shipped as for a batch).
_HELD = """INSERT INTO fleet.events (station_id, journal_id, seq, station_ts, attempt_id, kind,
                                  payload, prev_hash, hash)
SELECT 'held-' || (g %% 50), md5('held' || (g %% 50))::uuid, g / 50 + 1,
       clock_timestamp() - interval '1 minute' + g * interval '1 ms', md5('a' || (g / 200)),
       (ARRAY['attempt.begin', 'attempt.device', 'attempt.intent', 'attempt.finish'])
           [(g / 50) %% 4 + 1],
       jsonb_build_object('slot', '1', 'device_id', 'held-' || g, 'result', 'PASS'),
       sha256(('prev' || g)::bytea), sha256(('held' || g)::bytea)
  FROM generate_series(0, %s - 1) g"""


def _backend_cpu_s(pid: int) -> float:
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def _journal(path: Path, role: str, attempts: int) -> None:
    with Journal.open(path, station_id=role) as journal:
        for k in range(attempts):
            attempt = journal.begin_attempt(
                slot=str(k % 32), operator="bench", target_name="t", realm=REALM, pairing_url="x"
            )
            device_id = f"{role}-{k}"
            journal.update_device(
                attempt,
                device_id=device_id,
                hardware_serial=device_id,
                model="m",
                firmware="1",
                storage_kind="otp",
            )
            journal.record_intent(attempt, device_id=device_id, fingerprint="ab" * 32)
            journal.finish_attempt(attempt, result="PASS")


def batch_cpu(bench_centre: Centre, attempts: int, held: int) -> None:
    centre = Centre(bench_centre.cluster)  # a database of its own: the others stay as they are
    with psycopg.connect(centre.cluster.admin_dsn(centre.db), autocommit=True) as admin:
        admin.execute(_HELD.encode(), (held,))
    settings, password = centre.station("batch-cpu")
    workdir = Path(tempfile.mkdtemp(prefix="fleet-batch-cpu-"))
    try:
        journal = workdir / "journal.sqlite"
        _journal(journal, settings.role, attempts)
        with connect(settings, password, application="shipper") as conn:
            row = conn.execute("SELECT pg_backend_pid()").fetchone()
            assert row is not None
            pid = int(row[0])
            conn.execute("SELECT fleet.ensure_current_partitions()")
            checks = central_checks_forks(conn)
            with JournalSource.open(journal) as source:
                journal_id = source.journal_id()
                assert journal_id is not None
                batches = events = 0
                acked = 0
                centre_0, shipper_0 = _backend_cpu_s(pid), time.thread_time()
                for size in itertools.cycle(SIZES):
                    sent = source.events_after(acked, size)
                    if not sent:
                        break
                    new = ship_batch(conn, journal_id, sent, fork_in_trigger=checks)
                    assert new == len(sent), (new, len(sent))
                    acked = sent[-1].seq
                    batches += 1
                    events += len(sent)
                centre_s = _backend_cpu_s(pid) - centre_0
                shipper_s = time.thread_time() - shipper_0
            claims_0, client_0 = _backend_cpu_s(pid), time.thread_time()
            for k in range(attempts):
                device_id = f"claimed-{k}"
                claimed = conn.execute(
                    "SELECT token FROM fleet.claim_device(%s, %s, 120)", (REALM, device_id)
                ).fetchone()
                assert claimed is not None and claimed[0] is not None
                conn.execute(
                    "SELECT fleet.complete_claim(%s, %s, %s)", (REALM, device_id, claimed[0])
                )
            claims_s = _backend_cpu_s(pid) - claims_0
            client_s = time.thread_time() - client_0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    load = os.getloadavg()[0]
    print(
        f"BATCH centre CPU per shipped batch: {centre_s / batches * 1000:.2f} ms "
        f"({centre_s / events * 1000:.3f} ms per event; {batches} batches of "
        f"{events / batches:.1f} events on average, {held:,} other events held; "
        f"load {load:.1f})"
    )
    print(
        f"BATCH shipper CPU per batch: {shipper_s / batches * 1000:.2f} ms (reading the "
        "journal, building the arrays, the round trip)"
    )
    print(
        f"BATCH centre CPU per attempt's claim and complete: {claims_s / attempts * 1000:.2f} ms "
        f"(the station's side {client_s / attempts * 1000:.2f} ms)"
    )
