"""Exports stream the filtered attempts and read back to the same attempts."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Literal

import pytest

from station.cancel import Cancelled, CancelToken
from station.journal import AttemptFilter, Journal, JournalError, JournalQuery, export
from station.journal.export import CSV_COLUMNS
from station.journal.synthetic import seed_journal
from tests.fixtures.journal import SeededJournal
from tests.journal.helpers import FAKE_SECRET, full_attempt, station_writing

LARGE = 2_500  # more attempts than one batch of lines


@pytest.fixture(scope="module")
def large_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "j.sqlite"
    seed_journal(path, LARGE, start=datetime(2025, 1, 1, 6, 0, tzinfo=UTC), interval_s=60.0)
    return path


def test_csv_round_trips_the_filtered_attempts(
    seeded_journal: SeededJournal, tmp_path: Path
) -> None:
    f = AttemptFilter(
        since=seeded_journal.start + timedelta(hours=1),
        until=seeded_journal.start + timedelta(hours=6),
        results=frozenset({"PASS", "FAIL"}),
    )
    out = tmp_path / "out.csv"
    assert export(seeded_journal.path, out, f, format="csv", steps=True) > 0
    with out.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    with JournalQuery.open(seeded_journal.path) as q:
        expected_ids = q.keys(f, descending=False)
        assert [r["attempt_id"] for r in rows] == expected_ids
        sample = rows[len(rows) // 2]
        detail = q.attempt(sample["attempt_id"])
    assert detail is not None
    assert list(rows[0]) == [*CSV_COLUMNS[:-1], "steps", CSV_COLUMNS[-1]]
    assert sample["device_id"] == detail.row.device_id
    assert sample["result"] == detail.row.result
    assert sample["fingerprint"] == (detail.row.fingerprint or "")
    assert json.loads(sample["link_stats"]) == detail.link_stats
    steps = json.loads(sample["steps"])
    assert [s["step"] for s in steps] == [s.step for s in detail.steps]
    for step in detail.steps:
        assert float(sample[f"{step.step}_s"]) == pytest.approx(step.duration_s)
    assert float(sample["duration_s"]) == pytest.approx(detail.row.duration_s or 0)


def test_jsonl_round_trips_the_filtered_attempts(seeded_journal: SeededJournal) -> None:
    f = AttemptFilter(slot="6", results=frozenset({"SCRAP", "FAIL", "UNFINISHED"}))
    stream = io.StringIO()
    count = export(seeded_journal.path, stream, f, format="jsonl")
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(records) == count
    with JournalQuery.open(seeded_journal.path) as q:
        assert [r["attempt_id"] for r in records] == q.keys(f, descending=False)
        for record in records[:20]:
            detail = q.attempt(record["attempt_id"])
            assert detail is not None
            assert record["error_class"] == detail.row.error_class
            assert record["message"] == detail.row.message
            assert record["console_excerpt"] == detail.console_excerpt
            assert [(s["step"], s["duration_s"], s["ok"]) for s in record["steps"]] == [
                (s.step, s.duration_s, s.ok) for s in detail.steps
            ]


def test_progress_and_cancel(seeded_journal: SeededJournal, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export(
        seeded_journal.path,
        io.StringIO(),
        format="csv",
        progress=lambda done, total: seen.append((done, total)),
    )
    total = len(seeded_journal.attempts)
    assert seen[0] == (1000, total)
    assert seen[-1] == (total, total)

    cancel = CancelToken()
    out = tmp_path / "cancelled.csv"
    out.write_text("previous export\n")

    def cancel_midway(done: int, _total: int) -> None:
        cancel.cancel()

    with pytest.raises(Cancelled):
        export(seeded_journal.path, out, format="csv", progress=cancel_midway, cancel=cancel)
    # The earlier file is intact and no temporary file is left behind.
    assert out.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cancelled.csv"]


def test_export_runs_while_the_station_writes(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with station_writing(path, before=50):
        counts = [export(path, io.StringIO(), format="jsonl") for _ in range(5)]
    assert counts[0] >= 50
    assert counts == sorted(counts)


def test_exports_hold_no_secret(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        attempt = journal.begin_attempt(
            slot="1", operator="o", target_name="t", realm="r", pairing_url="u"
        )
        journal.finish_attempt(
            attempt, result="FAIL", message=FAKE_SECRET, console_excerpt=f"got {FAKE_SECRET}"
        )
    formats: tuple[Literal["csv"], Literal["jsonl"]] = ("csv", "jsonl")
    for fmt in formats:
        out = tmp_path / f"x.{fmt}"
        export(path, out, format=fmt)
        assert FAKE_SECRET not in out.read_text()


def test_an_unwritable_destination_is_an_operator_error(
    seeded_journal: SeededJournal, tmp_path: Path
) -> None:
    from station.journal import JournalError

    with pytest.raises(JournalError) as info:
        export(seeded_journal.path, tmp_path / "missing-dir" / "x.csv", format="csv")
    assert info.value.action


def _note(seen: list[tuple[int, int]], done: int, total: int) -> None:
    seen.append((done, total))


def test_one_snapshot_while_the_station_writes(large_journal: Path, tmp_path: Path) -> None:
    """The count the progress reports and the lines written agree, however fast the station
    commits beside the export."""
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
                assert count >= LARGE
                assert seen[-1] == (count, count)
                assert out.getvalue().count("\n") == count
        finally:
            stop.set()
            writer.join(30)


def test_a_fault_late_in_the_journal_is_an_error_not_a_short_file(
    large_journal: Path, tmp_path: Path
) -> None:
    path = tmp_path / "j.sqlite"
    shutil.copy(large_journal, path)
    conn = sqlite3.connect(path)
    with conn:  # a damaged row near the end, after the first batches: its facts are not JSON
        conn.execute(
            "UPDATE attempts SET facts = '{broken' WHERE id = (SELECT max(id) - 5 FROM attempts)"
        )
    conn.close()
    out = tmp_path / "x.jsonl"
    with pytest.raises(JournalError) as info:
        export(path, out, format="jsonl")
    assert "malformed JSON" in info.value.message
    assert not out.exists()
