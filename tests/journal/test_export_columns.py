"""Every export column of every attempt, in both formats, against values the test computes
itself (issue #19.4), with hostile text where people and devices write free text: commas,
quotes, line breaks, a leading formula character, tabs and non-ASCII."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from station.journal import Journal
from station.journal.csv_cells import spreadsheet_safe
from station.journal.export import CSV_COLUMNS, export_text
from station.journal.terminal import plain_console
from tests.journal.helpers import FP_A, FP_B, T0, SteppingClock

MESSAGE = '=HYPERLINK("http://evil.example") said "no", then\nstopped; ünïcödé ✓'
ACTION = "-1 reseat the device,\r\nthen press Start\t(slot 1)"
CONSOLE = '\x1b[32m@boot 2.1\x1b[0m\r\n<inf> prov: serial "SN,1"\n\tready'
FACTS = {"chip": "nrf52840", "mac": "=cmd|' /C calc'!A0"}
STATS = {"crc_errors": 2, "rtt_ms": 1.5}


def _iso(seconds: float) -> str:
    return (T0 + timedelta(seconds=seconds)).isoformat(timespec="microseconds")


def _write(path: Path) -> list[dict[str, Any]]:
    """Three attempts (every column set, unfinished, recovered) and the records they must give."""
    clock = SteppingClock(step=timedelta(0))
    with Journal.open(path, station_id="st-1", clock=clock) as journal:
        full = journal.begin_attempt(
            slot="1", operator="alice", target_name="line-a", realm="plant1",
            pairing_url="https://pairing.example.com",
        )  # fmt: skip
        journal.update_device(
            full, device_id="dev-full", hardware_serial="SN,\"1\"", model="sensor",
            firmware="2.1", storage_kind="otp", profile="smp-provisioning", facts=FACTS,
        )  # fmt: skip
        journal.record_step(full, "connect", started_at=T0, duration_s=0.25, ok=True)
        journal.record_intent(full, device_id="dev-full", fingerprint=FP_A)
        journal.record_step(
            full, "write", started_at=T0 + timedelta(seconds=1), duration_s=0.5, ok=False,
            detail="no answer, \"retry\"",
        )  # fmt: skip
        journal.record_step(
            full, "write", started_at=T0 + timedelta(seconds=2), duration_s=0.125, ok=True
        )
        clock.now = T0 + timedelta(seconds=3, microseconds=250_000)
        journal.finish_attempt(
            full, result="PASS", error_class="", message=MESSAGE, action=ACTION,
            link_stats=STATS, console_excerpt=CONSOLE,
        )  # fmt: skip

        clock.now = T0 + timedelta(seconds=10)
        unfinished = journal.begin_attempt(
            slot="2", operator="bob", target_name="line-a", realm="plant1",
            pairing_url="https://pairing.example.com",
        )  # fmt: skip

        clock.now = T0 + timedelta(seconds=20)
        recovered = journal.begin_attempt(
            slot="3", operator="carol", target_name="line-b", realm="plant2",
            pairing_url="https://p2.example.com",
        )  # fmt: skip
        journal.update_device(
            recovered, device_id="dev-rec", hardware_serial="SN3", model="m", firmware="f",
            storage_kind="secure",
        )  # fmt: skip
        clock.now = T0 + timedelta(seconds=21)
        journal.finish_attempt(recovered, result="RECOVERED", fingerprint=FP_B)

    base = {"station_id": "st-1", "pairing_url": "https://pairing.example.com"}
    return [
        {
            **base,
            "attempt_id": full, "started_at": _iso(0), "finished_at": _iso(3.25),
            "duration_s": 3.25, "slot": "1", "operator": "alice", "target_name": "line-a",
            "realm": "plant1", "device_id": "dev-full", "hardware_serial": "SN,\"1\"",
            "model": "sensor", "firmware": "2.1", "storage_kind": "otp",
            "profile": "smp-provisioning", "facts": FACTS, "result": "PASS", "error_class": "",
            "message": MESSAGE, "action": ACTION, "fingerprint": FP_A, "link_stats": STATS,
            "steps": [
                {"step": "connect", "started_at": _iso(0), "duration_s": 0.25, "ok": True,
                 "detail": ""},
                {"step": "write", "started_at": _iso(1), "duration_s": 0.5, "ok": False,
                 "detail": "no answer, \"retry\""},
                {"step": "write", "started_at": _iso(2), "duration_s": 0.125, "ok": True,
                 "detail": ""},
            ],
            "console_excerpt": plain_console(CONSOLE),
        },
        {
            **base,
            "attempt_id": unfinished, "started_at": _iso(10), "finished_at": None,
            "duration_s": None, "slot": "2", "operator": "bob", "target_name": "line-a",
            "realm": "plant1", "device_id": None, "hardware_serial": None, "model": None,
            "firmware": None, "storage_kind": None, "profile": None, "facts": {},
            "result": None, "error_class": "", "message": "", "action": "",
            "fingerprint": None, "link_stats": {}, "steps": [], "console_excerpt": "",
        },
        {
            "station_id": "st-1", "pairing_url": "https://p2.example.com",
            "attempt_id": recovered, "started_at": _iso(20), "finished_at": _iso(21),
            "duration_s": 1.0, "slot": "3", "operator": "carol", "target_name": "line-b",
            "realm": "plant2", "device_id": "dev-rec", "hardware_serial": "SN3", "model": "m",
            "firmware": "f", "storage_kind": "secure", "profile": None, "facts": {},
            "result": "RECOVERED", "error_class": "", "message": "", "action": "",
            "fingerprint": FP_B, "link_stats": {}, "steps": [], "console_excerpt": "",
        },
    ]  # fmt: skip


def _csv_cell(value: Any) -> str:
    """What a CSV cell must hold for a record value (before reading numbers back)."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return spreadsheet_safe(str(value))


def _step_totals(record: dict[str, Any]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for step in record["steps"]:
        totals[step["step"]] = totals.get(step["step"], 0.0) + step["duration_s"]
    return totals


def test_jsonl_holds_every_field_exactly(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    expected = _write(path)
    records = [json.loads(line) for line in export_text(path, format="jsonl").splitlines()]
    assert records == expected


@pytest.mark.parametrize("with_steps", [False, True])
def test_csv_holds_every_column(tmp_path: Path, with_steps: bool) -> None:
    path = tmp_path / "j.sqlite"
    expected = _write(path)
    text = export_text(path, format="csv", steps=with_steps)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    columns = [*CSV_COLUMNS[:-1], "steps", CSV_COLUMNS[-1]] if with_steps else list(CSV_COLUMNS)
    assert header == columns
    assert len(body) == len(expected)
    for cells, record in zip(body, expected, strict=True):
        row = dict(zip(header, cells, strict=True))
        totals = _step_totals(record)
        for column in header:
            cell = row[column]
            if column == "duration_s" or (column.endswith("_s") and column != "duration_s"):
                value = record["duration_s"] if column == "duration_s" else totals.get(column[:-2])
                assert (float(cell) if cell else None) == value, column
            elif column in ("facts", "link_stats", "steps"):
                assert json.loads(cell) == record[column], column
            else:
                assert cell == _csv_cell(record[column]), column


def test_csv_is_what_python_writes_quoting_all_but_numbers(tmp_path: Path) -> None:
    """The file byte for byte, so any CSV tool (and the fleet's export) writes the same:
    every cell but a number in double quotes, a missing value as `""`, CRLF line ends."""
    path = tmp_path / "j.sqlite"
    expected = _write(path)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(CSV_COLUMNS)
    for record in expected:
        totals = _step_totals(record)
        cells: list[Any] = []
        for column in CSV_COLUMNS:
            if column.endswith("_s") and column != "duration_s":
                cells.append(totals.get(column[:-2]))
            elif isinstance(record[column], str):
                cells.append(_csv_cell(record[column]))
            else:
                value = record[column]
                cells.append(_csv_cell(value) if isinstance(value, dict) else value)
        writer.writerow(cells)
    assert export_text(path, format="csv") == out.getvalue()
