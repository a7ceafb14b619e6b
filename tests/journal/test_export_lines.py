"""The SQL that writes export lines gives what the Python definitions give: times as
`model.iso`, the formula guard as `spreadsheet_safe`, step totals as sums by name, and every
text column, however hostile, back as it was written (issue #19.4)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from station.journal import STEP_NAMES, Journal
from station.journal.csv_cells import FORMULA_STARTS, guarded_sql, spreadsheet_safe
from station.journal.export import export_text
from station.journal.export_lines import iso_sql
from station.journal.model import iso, to_us
from tests.journal.helpers import FP_A, T0, SteppingClock

MOMENTS = [
    datetime(1970, 1, 1, tzinfo=UTC),
    datetime(2024, 2, 29, 23, 59, 59, 999_999, tzinfo=UTC),
    datetime(2024, 3, 1, 0, 0, 0, 1, tzinfo=UTC),
    datetime(2025, 12, 31, 23, 59, 59, 500_000, tzinfo=UTC),
    datetime(2026, 1, 1, tzinfo=UTC),
    datetime(2026, 7, 4, 12, 34, 56, 789_012, tzinfo=UTC),
    datetime(2099, 6, 30, 9, 8, 7, 60, tzinfo=UTC),
]


def test_times_are_written_as_the_journal_writes_them() -> None:
    conn = sqlite3.connect(":memory:")
    for moment in MOMENTS:
        (text,) = conn.execute(f"SELECT {iso_sql('?1')}", (to_us(moment),)).fetchone()
        assert text == iso(moment), moment
    assert conn.execute(f"SELECT {iso_sql('NULL')}").fetchone() == (None,)


@pytest.mark.parametrize(
    "text",
    [
        *(f"{start}1+1" for start in FORMULA_STARTS),
        *FORMULA_STARTS,
        "",
        "SN-1=2",
        "ünïcödé=",
        "'quoted",
        " =space first",
        "\n=newline first",
        "plain",
        *(chr(code) + "x" for code in range(128)),  # every ASCII first character
        "\x85next line",
        "\u2028line separator",
    ],
)
def test_the_sql_guard_is_the_python_guard(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    (guarded,) = conn.execute(f"SELECT {guarded_sql('x')} FROM (SELECT ? AS x)", (text,)).fetchone()
    assert guarded == spreadsheet_safe(text)
    assert conn.execute(f"SELECT {guarded_sql('NULL')}").fetchone() == (None,)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export_text(path, format="csv"), newline="")))


def _with_steps(path: Path, runs: list[list[tuple[str, float]]]) -> None:
    with Journal.open(path, station_id="st", clock=SteppingClock(step=timedelta(0))) as journal:
        for number, steps in enumerate(runs):
            attempt = journal.begin_attempt(
                slot=str(number), operator="o", target_name="t", realm="r", pairing_url="u"
            )
            at = T0
            for step, duration in steps:
                journal.record_step(attempt, step, started_at=at, duration_s=duration, ok=True)
                at += timedelta(seconds=1)
            journal.finish_attempt(attempt, result="FAIL")


def test_each_step_total_lands_under_its_own_step(tmp_path: Path) -> None:
    """The usual sequence, one cut short, one out of order, one with a retry and a step the
    export has no column for: each total is the sum of that step's durations."""
    usual = [(name, 0.1 + i / 7) for i, name in enumerate(STEP_NAMES)]
    runs = [
        usual,
        usual[:4],
        [usual[1], usual[0], *usual[2:]],
        [*usual[:6], ("write", 0.333), ("calibrate", 9.0), *usual[6:]],
        [],
    ]
    path = tmp_path / "j.sqlite"
    _with_steps(path, runs)
    rows = _csv_rows(path)
    assert [r["slot"] for r in rows] == [str(n) for n in range(len(runs))]
    for row, steps in zip(rows, runs, strict=True):
        for name in STEP_NAMES:
            durations = [d for step, d in steps if step == name]
            cell = row[f"{name}_s"]
            if durations:
                assert float(cell) == pytest.approx(sum(durations)), (row["slot"], name)
            else:
                assert cell == "", (row["slot"], name)
    records = [json.loads(line) for line in export_text(path, format="jsonl").splitlines()]
    for record, steps in zip(records, runs, strict=True):
        assert [s["step"] for s in record["steps"]] == [step for step, _ in steps]
        # SQLite writes 15 significant digits: a duration comes back to within 1e-15 s.
        assert [s["duration_s"] for s in record["steps"]] == pytest.approx([d for _, d in steps])


HOSTILE = '=1,"two"\r\nthree\t✓'


def test_hostile_text_in_every_text_column_comes_back(tmp_path: Path) -> None:
    texts = {
        column: f"{start}{column} {HOSTILE}"
        for column, start in zip(
            (
                "slot", "operator", "target_name", "realm", "pairing_url", "device_id",
                "hardware_serial", "model", "firmware", "storage_kind", "error_class",
                "message", "action", "profile",
            ),
            "=+-@\t\r=+-@\t\r=+",
            strict=True,
        )
    }  # fmt: skip
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id=f"-st {HOSTILE}") as journal:
        attempt = journal.begin_attempt(
            slot=texts["slot"], operator=texts["operator"], target_name=texts["target_name"],
            realm=texts["realm"], pairing_url=texts["pairing_url"],
        )  # fmt: skip
        journal.update_device(
            attempt, device_id=texts["device_id"], hardware_serial=texts["hardware_serial"],
            model=texts["model"], firmware=texts["firmware"], storage_kind=texts["storage_kind"],
            profile=texts["profile"], facts={"k": HOSTILE},
        )  # fmt: skip
        journal.finish_attempt(
            attempt, result="FAIL", error_class=texts["error_class"], message=texts["message"],
            action=texts["action"], fingerprint=FP_A, console_excerpt=f"@{HOSTILE}",
        )  # fmt: skip
    texts["station_id"] = f"-st {HOSTILE}"
    (row,) = _csv_rows(path)
    (record,) = [json.loads(line) for line in export_text(path, format="jsonl").splitlines()]
    for column, text in texts.items():
        assert row[column] == spreadsheet_safe(text), column
        assert record[column] == text, column
    assert json.loads(row["facts"]) == record["facts"] == {"k": HOSTILE}
    # The console is shown as a terminal would, its CRLF a plain line break.
    assert row["console_excerpt"] == '\'@=1,"two"\nthree\t✓'
    assert record["console_excerpt"] == '@=1,"two"\nthree\t✓'
