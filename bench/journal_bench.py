"""Journal at a million attempts: seed, then time the queries the QA view and exports make.

    python bench/journal_bench.py [--attempts 1000000 | --quick] [--workdir DIR] [--fresh]
        [--no-verify]

The seeded journal is kept in the work directory and reused by later runs (seeding a million
attempts through the real writer takes minutes). `--quick` uses 100,000 attempts: sizes per
attempt and rates per second come out about the same, in a tenth of the time. Prints figures,
each goal figure with its target beside it (`== targets`); asserts nothing about speed.
"""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Literal, TypeVar

from station.journal import AttemptFilter, JournalQuery, export, verify
from station.journal.synthetic import seed_journal

T = TypeVar("T")
START = datetime(2025, 1, 1, 6, 0, tzinfo=UTC)


def timed(label: str, fn: Callable[[], T]) -> T:
    began = time.perf_counter()
    value = fn()
    elapsed = time.perf_counter() - began
    shown = (
        f"{value:,}"
        if isinstance(value, int)
        else (f"{len(value):,} items" if isinstance(value, list) else "")
    )
    print(f"  {label:<52} {elapsed * 1000:10.1f} ms  {shown}")
    return value


def seed(path: Path, attempts: int, interval_s: float) -> None:
    began = time.perf_counter()
    last = [began]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 10 or done == total:
            last[0] = now
            rate = done / (now - began)
            print(f"  seeded {done:,}/{total:,} attempts ({rate:,.0f}/s)", flush=True)

    seed_journal(path, attempts, start=START, interval_s=interval_s, progress=progress)
    elapsed = time.perf_counter() - began
    print(f"  seeding took {elapsed:.0f} s ({attempts / elapsed:,.0f} attempts/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--attempts", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="100,000 attempts")
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "station-journal-bench"
    )
    parser.add_argument("--fresh", action="store_true", help="seed again even if a copy exists")
    parser.add_argument("--no-verify", action="store_true", help="skip the full verification")
    args = parser.parse_args()
    if args.quick:
        args.attempts = 100_000

    # Spread the attempts over one year of two shifts.
    interval_s = 365 * 86_400 / args.attempts
    args.workdir.mkdir(parents=True, exist_ok=True)
    path = args.workdir / f"journal-{args.attempts}.sqlite"
    print(f"== journal with {args.attempts:,} attempts: {path}")
    if args.fresh or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        seed(path, args.attempts, interval_s)
    size = sum(
        Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )
    print(f"  file size {size / 1e9:.2f} GB ({size / args.attempts:,.0f} bytes per attempt)")
    size_figures(path, args.attempts)
    TARGETS.append(
        Target("journal bytes per attempt", size / args.attempts, "B", "<= 1,500", 1_500, False)
    )

    month = AttemptFilter(since=START + timedelta(days=59), until=START + timedelta(days=90))
    with JournalQuery.open(path) as q:
        view_figures(q)
        substring_figures(q, path)
        range_figures(q, month)
    export_figures(path, args.workdir, month)
    whole_export_figures(path, args.workdir, args.attempts)
    if not args.no_verify:
        print("== verify (SQLite's integrity check + hash chain + table replay)")
        began = time.perf_counter()
        cpu = time.process_time()
        result = verify(path)
        elapsed = time.perf_counter() - began
        cpu_s = time.process_time() - cpu
        rate = result.checked / elapsed
        print(f"  {result.checked:,} records in {elapsed:.1f} s ({rate:,.0f}/s): {result.reason}")
        # Verify's checks run on three threads; on a shared machine the CPU they took says
        # more than the wall time about what verify itself costs.
        print(
            f"  = {args.attempts / elapsed:,.0f} attempts/s; {cpu_s:.1f} s of CPU in all threads "
            f"({result.checked / cpu_s:,.0f} records per CPU second)"
        )
        TARGETS.append(Target("verify", rate, "records/s", ">= 1,000,000", 1_000_000, True))
    print(f"== targets (issue's table; {args.attempts:,} attempts)")
    for target in TARGETS:
        print(f"  {target}")
    print(f"(pid {os.getpid()}, sqlite {sqlite3.sqlite_version})")


@dataclass(frozen=True)
class Target:
    """One goal figure, printed with its target beside it."""

    label: str
    value: float
    unit: str
    target: str
    bound: float
    higher_is_better: bool

    def __str__(self) -> str:
        met = self.value >= self.bound if self.higher_is_better else self.value <= self.bound
        shown = f"{self.value:,.0f} {self.unit}"
        return (
            f"{self.label:<44} {shown:>20}   target {self.target:<16} {'met' if met else 'MISSED'}"
        )


TARGETS: list[Target] = []


def size_figures(path: Path, attempts: int) -> None:
    """Where the bytes go, per attempt, from SQLite's `dbstat`: each table with its total and
    each of its indexes under it, and the free pages (an upgraded journal's dropped tables,
    reused by later records)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT COALESCE(m.tbl_name, d.name), d.name, SUM(d.pgsize) FROM dbstat AS d "
            "LEFT JOIN sqlite_master AS m ON m.name = d.name GROUP BY 1, 2"
        ).fetchall()
        (records,) = conn.execute("SELECT COUNT(*) FROM events").fetchone()
        (free,) = conn.execute("PRAGMA freelist_count").fetchone()
        (page,) = conn.execute("PRAGMA page_size").fetchone()
    except sqlite3.OperationalError as exc:  # an SQLite built without dbstat
        print(f"  (no size breakdown: {exc})")
        return
    finally:
        conn.close()
    tables: dict[str, list[tuple[str, int]]] = {}
    for table, name, size in rows:
        tables.setdefault(table, []).append((name, size))
    print(f"  {records / attempts:.1f} records per attempt; bytes per attempt by table:")
    for table, parts in sorted(tables.items(), key=lambda t: -sum(s for _, s in t[1])):
        total = sum(s for _, s in parts)
        if total / attempts < 1:
            continue
        print(f"    {table:<28} {total / attempts:8,.0f}")
        if len(parts) > 1:
            for name, size in sorted(parts, key=lambda p: -p[1]):
                if size / attempts >= 1:
                    shown = "(rows)" if name == table else name
                    print(f"      {shown:<26} {size / attempts:8,.0f}")
    if free:
        print(f"    {'free pages':<28} {free * page / attempts:8,.0f}")
    record_figures(path, attempts)


def record_figures(path: Path, attempts: int) -> None:
    """What the records' bytes are: the hashed payload text (and the steps folded into it),
    the stored hash, the kind, and the rest (time, attempt, SQLite's row and page overhead)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        payload, steps, kind, hashes = conn.execute(
            "SELECT TOTAL(length(CAST(payload AS BLOB))), "
            "TOTAL(CASE WHEN instr(payload, '\"steps\"') THEN length(payload -> '$.steps') "
            "WHEN instr(payload, '\"s\":') THEN length(payload -> '$.s') END), "
            "TOTAL(length(kind)), TOTAL(length(hash)) FROM events"
        ).fetchone()
        (stored,) = conn.execute("SELECT SUM(pgsize) FROM dbstat WHERE name = 'events'").fetchone()
    except sqlite3.OperationalError as exc:
        print(f"  (no record breakdown: {exc})")
        return
    finally:
        conn.close()
    rest = stored - payload - kind - hashes
    print("  records' bytes per attempt:")
    for label, size in (
        ("payload text", payload),
        ("  of which folded steps", steps),
        ("hash", hashes),
        ("kind", kind),
        ("time, attempt, row and page", rest),
    ):
        print(f"    {label:<28} {size / attempts:8,.0f}")


def view_figures(q: JournalQuery) -> None:
    everything = AttemptFilter()
    print("== opening the QA view (all attempts, newest first)")
    timed("count()", lambda: q.count(everything))
    keys = timed("keys() for the lazy table model", lambda: q.keys(everything))
    timed("rows() for the first page (100)", lambda: q.rows(keys[:100]))
    # 70% of the way down, whatever the journal's size (a fixed offset is past the end of a
    # smaller one, and timing an empty page says nothing).
    deep = len(keys) * 7 // 10
    timed("rows() for a page deep in the table", lambda: q.rows(keys[deep : deep + 100]))
    timed("keys(limit=100) only", lambda: q.keys(everything, limit=100))
    timed("keys() sorted by hardware serial", lambda: q.keys(everything, "hardware_serial"))


def substring_figures(q: JournalQuery, path: Path) -> None:
    keys = q.keys(AttemptFilter(), limit=1, offset=q.count() // 3)
    sample = q.rows(keys)[0]
    device = sample.device_id or ""
    print(f"== filter by device ID / serial substring (device {device})")
    for text in (device[4:12], device[:3], sample.hardware_serial or "", "SN10012"):
        timed(f"count(text={text!r})", partial(q.count, AttemptFilter(text=text)))
        timed(f"keys(text={text!r})", partial(q.keys, AttemptFilter(text=text)))
    timed("count(text='xY')  (2 characters: LIKE scan)", partial(q.count, AttemptFilter(text="xY")))
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        pattern = f"%{device[4:12]}%"
        timed(
            "reference: plain LIKE scan without the trigram index",
            lambda: conn.execute(
                "SELECT COUNT(*) FROM attempts WHERE device_id LIKE ? OR hardware_serial LIKE ?",
                (pattern, pattern),
            ).fetchone()[0],
        )
    finally:
        conn.close()


def range_figures(q: JournalQuery, month: AttemptFilter) -> None:
    everything = AttemptFilter()
    print("== filter by date range")
    day = AttemptFilter(since=START + timedelta(days=100), until=START + timedelta(days=101))
    timed("count(one day)", lambda: q.count(day))
    timed("keys(one day)", lambda: q.keys(day))
    timed("count(one month)", lambda: q.count(month))
    timed("keys(one month)", lambda: q.keys(month))
    combined = AttemptFilter(
        since=month.since, until=month.until, results=frozenset({"FAIL"}), slot="4"
    )
    timed("keys(month + FAIL + slot 4)", lambda: q.keys(combined))
    timed(
        "keys(error class 'forbidden', all year)",
        lambda: q.keys(AttemptFilter(error_class="forbidden")),
    )

    print("== summaries")
    timed("summary(one day)", lambda: q.summary(day))
    timed("summary(one month)", lambda: q.summary(month))
    timed("summary(whole journal)", lambda: q.summary(everything))

    print("== live updates")
    head = q.head_seq()
    timed("changed_since(head - 100)", lambda: q.changed_since(head - 100)[1])


def whole_export_figures(path: Path, workdir: Path, attempts: int) -> None:
    print(f"== export (the whole journal, {attempts:,} attempts, to a file)")
    runs: tuple[tuple[str, Literal["csv", "jsonl"], bool], ...] = (
        ("CSV export of the QA columns", "csv", False),
        ("JSONL export", "jsonl", False),
        ("CSV export with --steps", "csv", True),
    )
    for label, fmt, steps in runs:
        target = workdir / f"export-all.{fmt}"
        began, cpu = time.perf_counter(), time.process_time()
        count = export(path, target, AttemptFilter(), format=fmt, steps=steps)
        elapsed, cpu_s = time.perf_counter() - began, time.process_time() - cpu
        rate = count / elapsed
        # On a busy machine the wall time says more about the other processes than the CPU
        # time does; on a quiet one they are about equal (one connection, one thread).
        print(
            f"  {label:<32} {count:,} rows in {elapsed:.2f} s = {rate:,.0f} rows/s "
            f"({target.stat().st_size / 1e6:.1f} MB); {cpu_s:.2f} s of CPU in all threads "
            f"({count / cpu_s:,.0f} rows per CPU second)"
        )
        target.unlink()
        if fmt == "jsonl":
            TARGETS.append(Target(label, rate, "rows/s", ">= 50,000", 50_000, True))
        elif not steps:
            TARGETS.append(Target(label, rate, "rows/s", ">= 100,000", 100_000, True))


def export_figures(path: Path, workdir: Path, month: AttemptFilter) -> None:
    print("== export (one month)")
    formats: tuple[Literal["csv"], Literal["jsonl"]] = ("csv", "jsonl")
    for fmt in formats:
        target = workdir / f"export.{fmt}"
        began = time.perf_counter()
        count = export(path, target, month, format=fmt)
        elapsed = time.perf_counter() - began
        print(
            f"  {fmt:<6} {count:,} rows in {elapsed:.2f} s = {count / elapsed:,.0f} rows/s "
            f"({target.stat().st_size / 1e6:.1f} MB)"
        )
        target.unlink()
    began = time.perf_counter()
    sink = io.StringIO()
    count = export(
        path, sink, AttemptFilter(since=START, until=START + timedelta(days=120)), format="jsonl"
    )
    elapsed = time.perf_counter() - began
    print(f"  jsonl to memory, {count:,} rows: {count / elapsed:,.0f} rows/s")


if __name__ == "__main__":
    main()
