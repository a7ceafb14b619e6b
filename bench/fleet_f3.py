"""F3: an offline backlog drained to the centre (time, rate, gaps, duplicates), then the
supervisors' views read right after it arrived; QA: the QA viewer's counts and first pages
right after a backlog of attempts arrived."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from fleet_centre import Centre, local_max
from fleet_views import view_figures

from station.fleet.names import QA
from station.fleet.qa_database import FleetDatabase
from station.fleet.shipper import Shipper
from station.journal import AttemptFilter
from station.journal.synthetic import seed_journal


def f3(centre: Centre, attempts: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="fleet-f3-"))
    settings, password = centre.station("f3-offline")
    journal = work / "journal.sqlite"
    t0 = time.monotonic()
    seed_journal(journal, attempts, station_id=settings.role)
    written = time.monotonic() - t0
    local = local_max(journal)
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


def qa_filters(centre: Centre, attempts: int) -> None:
    centre = Centre(centre.cluster)  # a database of its own: these attempts alone
    work = Path(tempfile.mkdtemp(prefix="fleet-qa-"))
    settings, password = centre.station("qa-backlog")
    journal = work / "journal.sqlite"
    seed_journal(journal, attempts, station_id=settings.role, seed=7)
    local = local_max(journal)
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
