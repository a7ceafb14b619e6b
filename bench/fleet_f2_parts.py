"""Where F2's ship lag goes: each event's path from the journal to the centre, in parts.

An event's lag (the centre's `received_at` less its `station_ts`, one clock on one machine) is
cut at three instants each station process records:
- durable: the journal commit that holds it (the first commit after its timestamp: commits
  are serial, and an event's timestamp is taken inside its transaction);
- read: the shipper starting the batch that carries it (its events just read from the journal);
- the batch's central commit, after which the centre shows it (`received_at` is the row's
  insert time, inside that transaction).
The shipper thread's run-queue wait (the kernel's schedstat) over each batch's window, and the
slot threads' over the run, show how much of the time went waiting for a CPU.
"""

from __future__ import annotations

import os
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fleet_centre import Centre, pct

from station.fleet import shipper as shipper_module


def thread_times_ns() -> tuple[int, int]:
    """(ran, waited for a CPU while runnable) of the calling thread, in ns; (0, 0) if unknown."""
    try:
        fields = Path("/proc/thread-self/schedstat").read_text().split()
        return int(fields[0]), int(fields[1])
    except (OSError, IndexError, ValueError):
        return 0, 0


class ShipTiming:
    """The instants one station process records: its journal commits and its shipper's batches.

    `install` wraps this process's `ship_batch` (the real one runs inside) to time each batch on
    the shipper's own thread."""

    def __init__(self) -> None:
        self.commits: list[float] = []
        # (first seq, last seq, start, end, run-queue wait ns and wall s since the last batch end)
        self.batches: list[tuple[int, int, float, float, int, float]] = []
        self.shipper_ns = (0, 0)
        self.slots_ns = [0, 0]
        self._last: tuple[float, int] | None = None

    def committed(self) -> None:
        self.commits.append(time.time())

    def slot_done(self) -> None:
        ran, waited = thread_times_ns()
        self.slots_ns[0] += ran
        self.slots_ns[1] += waited

    def install(self) -> None:
        original = shipper_module.ship_batch

        def timed(conn: Any, journal_id: Any, events: list[Any], **options: Any) -> int:
            start = time.time()
            since = self._last or (start, thread_times_ns()[1])
            new = original(conn, journal_id, events, **options)
            end = time.time()
            self.shipper_ns = thread_times_ns()
            waited = self.shipper_ns[1] - since[1]
            self.batches.append((events[0].seq, events[-1].seq, start, end, waited, end - since[0]))
            self._last = (end, self.shipper_ns[1])
            return new

        shipper_module.ship_batch = timed

    def report(self) -> dict[str, Any]:
        return {
            "commits": self.commits,
            "batches": self.batches,
            "shipper_ns": list(self.shipper_ns),
            "slots_ns": self.slots_ns,
        }


def _ms(x: float) -> str:
    return f"{x * 1000:.0f}"


def _parts_of(
    rows: list[tuple[Any, ...]], timing: dict[str, Any]
) -> list[tuple[float, float, float, float, float, float]]:
    """Per event: (lag, durable, waiting to be read, read to received, received to central
    commit, the shipper thread's run-queue share over its batch's window)."""
    commits = sorted(timing["commits"])
    batches = sorted(timing["batches"])
    firsts = [b[0] for b in batches]
    out = []
    for row in rows:
        seq, ts, received = int(row[1]), float(row[2]), float(row[3])
        i = bisect_right(firsts, seq) - 1
        if i < 0 or not batches[i][0] <= seq <= batches[i][1]:
            continue  # not shipped by this run's timed shipper
        _first, _last, start, end, waited_ns, window_s = batches[i]
        c = bisect_left(commits, ts)
        durable = commits[c] if c < len(commits) else ts
        share = waited_ns / 1e9 / window_s if window_s > 0 else 0.0
        out.append(
            (received - ts, durable - ts, start - durable, received - start, end - received, share)
        )
    return out


def lag_parts(centre: Centre, results: list[dict[str, Any]], duration_s: float) -> list[str]:
    """The printed lines: each part's p50/p99, what the slowest 1 % spent where, CPU waits."""
    by_station: dict[str, list[tuple[Any, ...]]] = {}
    for row in centre.query(
        "SELECT station_id, seq, extract(epoch FROM station_ts)::float8, "
        "extract(epoch FROM received_at)::float8 FROM fleet.events "
        "WHERE station_id LIKE 'f2-%%'"
    ):
        by_station.setdefault(str(row[0]), []).append(row)
    parts = []
    for r in results:
        parts += _parts_of(by_station.get(r["role"], []), r["timing"])
    if not parts:
        return ["F2 lag parts: no timed events"]
    col: Callable[[int], list[float]] = lambda k: [p[k] for p in parts]  # noqa: E731
    names = ("lag", "commit to disk", "durable -> shipper read", "read -> centre row",
             "row -> centre commit")  # fmt: skip
    lines = [
        "F2 lag parts p50/p99 ms: "
        + "; ".join(
            f"{n} {_ms(pct(col(k), 0.5))}/{_ms(pct(col(k), 0.99))}" for k, n in enumerate(names)
        )
        + f"; visible at the centre (to its commit) p99 "
        f"{_ms(pct([p[0] + p[4] for p in parts], 0.99))}"
    ]
    cut = pct(col(0), 0.99)
    tail = [p for p in parts if p[0] >= cut]

    def mean(k: int) -> float:
        return sum(p[k] for p in tail) / len(tail)

    lines.append(
        f"F2 slowest 1 % ({len(tail)} events, lag >= {_ms(cut)} ms), mean ms: commit to disk "
        f"{_ms(mean(1))}, durable -> shipper read {_ms(mean(2))}, read -> centre row "
        f"{_ms(mean(3))}; the shipper thread waited for a CPU {mean(5) * 100:.0f} % of its "
        f"batch window (all events: {sum(col(5)) / len(parts) * 100:.0f} %)"
    )
    batches = sum(len(r["timing"]["batches"]) for r in results)
    shipped = sum(b[1] - b[0] + 1 for r in results for b in r["timing"]["batches"])
    ran = sum(r["timing"]["slots_ns"][0] for r in results)
    waited = sum(r["timing"]["slots_ns"][1] for r in results)
    sh_ran = sum(r["timing"]["shipper_ns"][0] for r in results)
    sh_waited = sum(r["timing"]["shipper_ns"][1] for r in results)
    lines.append(
        f"F2 batches: {batches} central transactions ({batches / duration_s:.0f}/s), "
        f"{shipped / max(1, batches):.1f} events each; CPU: slot threads ran {ran / 1e9:.0f} s "
        f"and waited {waited / 1e9:.0f} s for a CPU, shippers ran {sh_ran / 1e9:.0f} s and "
        f"waited {sh_waited / 1e9:.0f} s ({os.cpu_count()} cores x {duration_s:g} s = "
        f"{(os.cpu_count() or 1) * duration_s:g} CPU s)"
    )
    return lines
