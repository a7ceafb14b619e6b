"""A large export is read on several connections at once: the file is the same, line for line,
as reading it on one, it holds one snapshot while the station writes, and a cancel or a fault
in any reader stops them all."""

from __future__ import annotations

import io
import itertools
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Literal

import pytest

from station.cancel import Cancelled, CancelToken
from station.journal import AttemptFilter, Journal, JournalError, export
from station.journal.export import export_text
from station.journal.export_readers import SPAN_ROWS, open_snapshot, readers_wanted, spans
from station.journal.synthetic import seed_journal
from tests.journal.helpers import full_attempt

START = datetime(2025, 1, 1, 6, 0, tzinfo=UTC)
ATTEMPTS = 2 * SPAN_ROWS + 500  # several spans
INTERVAL_S = 60.0


@pytest.fixture(scope="module")
def large_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "j.sqlite"
    seed_journal(path, ATTEMPTS, start=START, interval_s=INTERVAL_S)
    return path


def _windows() -> Iterator[AttemptFilter]:
    """Time windows small enough to be read on one connection, covering every attempt."""
    step = timedelta(seconds=INTERVAL_S * SPAN_ROWS)
    since = START - timedelta(days=1)
    end = START + timedelta(seconds=INTERVAL_S * ATTEMPTS) + timedelta(days=1)
    first = START + step
    yield AttemptFilter(since=since, until=first)
    while first < end:
        yield AttemptFilter(since=first, until=first + step)
        first += step


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_read_on_several_connections_it_is_the_same_file(
    large_journal: Path, fmt: Literal["csv", "jsonl"]
) -> None:
    assert readers_wanted(ATTEMPTS) == min(4, max(1, os.cpu_count() or 1))
    whole = export_text(large_journal, format=fmt)
    pieces = [export_text(large_journal, f, format=fmt) for f in _windows()]
    if fmt == "csv":
        header = whole.split("\r\n", 1)[0] + "\r\n"
        assert all(p.startswith(header) for p in pieces)
        pieces = [header] + [p.removeprefix(header) for p in pieces]
    assert whole == "".join(pieces)
    # Lines end in CRLF in CSV (a console's line breaks inside a cell are LF) and LF in JSON.
    assert whole.count("\r\n" if fmt == "csv" else "\n") == ATTEMPTS + (fmt == "csv")


def _note(seen: list[tuple[int, int]], done: int, total: int) -> None:
    seen.append((done, total))


def test_one_snapshot_while_the_station_writes(large_journal: Path, tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    shutil.copy(large_journal, path)
    stop = threading.Event()
    with Journal.open(path, station_id="station-synthetic") as journal:

        def keep_writing() -> None:
            n = 0
            while not stop.is_set():
                full_attempt(journal, device_id=f"new{n}")
                n += 1

        writer = threading.Thread(target=keep_writing)
        writer.start()
        try:
            for _ in range(3):
                seen: list[tuple[int, int]] = []
                out = io.StringIO()
                count = export(path, out, format="jsonl", progress=partial(_note, seen))
                assert count >= ATTEMPTS
                assert seen[-1] == (count, count)
                assert out.getvalue().count("\n") == count
        finally:
            stop.set()
            writer.join(30)


def test_a_cancel_stops_every_reader(large_journal: Path, tmp_path: Path) -> None:
    cancel = CancelToken()
    before = threading.active_count()
    out = tmp_path / "x.csv"

    def cancel_midway(done: int, _total: int) -> None:
        if done >= SPAN_ROWS:
            cancel.cancel()

    with pytest.raises(Cancelled):
        export(large_journal, out, format="csv", progress=cancel_midway, cancel=cancel)
    assert threading.active_count() == before
    assert not out.exists()


def test_a_fault_in_a_later_span_is_an_error_not_a_short_file(
    large_journal: Path, tmp_path: Path
) -> None:
    path = tmp_path / "j.sqlite"
    shutil.copy(large_journal, path)
    conn = sqlite3.connect(path)
    with conn:  # a damaged row near the end: its facts are no longer JSON
        conn.execute(
            "UPDATE attempts SET facts = '{broken' WHERE id = (SELECT max(id) - 5 FROM attempts)"
        )
    conn.close()
    before = threading.active_count()
    out = tmp_path / "x.jsonl"
    with pytest.raises(JournalError) as info:
        export(path, out, format="jsonl")
    assert "malformed JSON" in info.value.message
    assert threading.active_count() == before
    assert not out.exists()


def test_connections_that_would_see_another_snapshot_are_not_used(
    large_journal: Path, tmp_path: Path
) -> None:
    """The station commits each time a connection opens: no two connections ever start on the
    same snapshot, so the export counts and reads on one."""
    path = tmp_path / "j.sqlite"
    shutil.copy(large_journal, path)
    with Journal.open(path, station_id="station-synthetic") as journal:
        opened: list[sqlite3.Connection] = []

        def connect() -> sqlite3.Connection:
            journal.record_event("override", actor="qa", details={}, reason="between")
            opened.append(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))
            return opened[-1]

        conns, (total,) = open_snapshot(connect, "SELECT COUNT(*) FROM attempts", ())
        try:
            assert len(opened) > len(conns) == 1
            assert total == ATTEMPTS
            assert conns[0].in_transaction
        finally:
            for conn in opened:
                conn.close()


@pytest.mark.parametrize(
    ("first", "last", "total"),
    [(0, 0, 9_000), (5, 7, 9_000), (0, 10**12, 100_000), (3, 3, 1), (0, 1_999, 4_001)],
)
def test_spans_cover_each_time_once_in_order(first: int, last: int, total: int) -> None:
    ranges = spans(first, last, total)
    assert ranges[0][0] == first
    assert ranges[-1][1] == last + 1
    assert all(lo <= hi for lo, hi in ranges)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    assert len(ranges) == -(-total // SPAN_ROWS)
