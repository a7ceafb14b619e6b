"""`station journal ...` end to end through the real `station` entry point."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from station.cli import main
from station.journal import AttemptFilter, JournalQuery
from tests.config.examples import PLANT
from tests.fixtures.journal import SeededJournal


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_shows_the_newest_matching_attempts(
    seeded_journal: SeededJournal, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        "journal",
        "list",
        "--journal",
        str(seeded_journal.path),
        "--limit",
        "5",
        "--result",
        "fail,scrap",
        "--slot",
        "3",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["STARTED", "SLOT", "RESULT"]
    with JournalQuery.open(seeded_journal.path) as q:
        f = AttemptFilter(results=frozenset({"FAIL", "SCRAP"}), slot="3")
        expected = q.keys(f, limit=5)
        total = q.count(f)
    assert [line.split()[-1] for line in lines[1:6]] == expected
    assert lines[-1] == f"5 of {total} matching attempts"


def test_list_as_json_lines(
    seeded_journal: SeededJournal, capsys: pytest.CaptureFixture[str]
) -> None:
    serial = seeded_journal.attempts[10]["hardware_serial"]
    code, out, _ = _run(
        capsys, "journal", "list", "--journal", str(seeded_journal.path), "--text", serial, "--json"
    )
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(r["hardware_serial"] == serial for r in rows)


def test_show_by_id_prefix(
    seeded_journal: SeededJournal, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = next(r for r in seeded_journal.attempts if r["result"] == "FAIL")
    code, out, _ = _run(
        capsys, "journal", "show", raw["attempt_id"][:13], "--journal", str(seeded_journal.path)
    )
    assert code == 0
    assert raw["attempt_id"] in out
    assert raw["error_class"] in out
    assert "Steps:" in out and "FAIL" in out
    code, out, _ = _run(
        capsys,
        "journal",
        "show",
        raw["attempt_id"],
        "--json",
        "--journal",
        str(seeded_journal.path),
    )
    data = json.loads(out)
    assert data["attempt_id"] == raw["attempt_id"] and data["steps"]


def test_show_an_unknown_attempt_fails_with_an_action(
    seeded_journal: SeededJournal, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, "journal", "show", "zzzzzzzz", "--journal", str(seeded_journal.path)
    )
    assert code == 1
    assert "no attempt" in err and "what to do" in err


def test_export_through_the_configured_journal(
    seeded_journal: SeededJournal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        PLANT.replace('journal_path = "journal.sqlite"', f'journal_path = "{seeded_journal.path}"')
    )
    out_file = tmp_path / "pass.csv"
    code, _, err = _run(
        capsys,
        "journal",
        "export",
        "--config",
        str(config),
        "--format",
        "csv",
        "--out",
        str(out_file),
        "--result",
        "PASS",
        "--operator",
        "dana",
    )
    assert code == 0
    with out_file.open(newline="") as stream:
        rows = list(csv.DictReader(stream))
    expected = [
        r["attempt_id"]
        for r in seeded_journal.attempts
        if r["result"] == "PASS" and r["operator"] == "dana"
    ]
    assert sorted(r["attempt_id"] for r in rows) == sorted(expected)
    assert f"exported {len(expected)} attempts" in err


def test_export_to_stdout_as_jsonl(
    seeded_journal: SeededJournal, capsys: pytest.CaptureFixture[str]
) -> None:
    day = seeded_journal.start.date().isoformat()
    code, out, _ = _run(
        capsys,
        "journal",
        "export",
        "--journal",
        str(seeded_journal.path),
        "--format",
        "jsonl",
        "--since",
        f"{day}T08:00+00:00",
        "--until",
        f"{day}T09:00+00:00",
    )
    assert code == 0
    records = [json.loads(line) for line in io.StringIO(out)]
    assert records
    assert all(f"{day}T08:" in r["started_at"] for r in records)


def test_summary(seeded_journal: SeededJournal, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "journal", "summary", "--journal", str(seeded_journal.path), "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["attempts"] == len(seeded_journal.attempts)
    assert data["passed"] == sum(r["result"] == "PASS" for r in seeded_journal.attempts)
    code, out, _ = _run(capsys, "journal", "summary", "--journal", str(seeded_journal.path))
    assert "First-pass yield:" in out and "Failures by class:" in out
    active_min = data["window_s"] / 60
    assert f"(over {active_min:.0f} min of active production)" in out


def test_verify_passes_then_names_the_tampered_record(
    seeded_journal: SeededJournal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(seeded_journal.path, copy)
    code, out, _ = _run(capsys, "journal", "verify", "--journal", str(copy))
    assert code == 0 and "chain intact" in out
    conn = sqlite3.connect(copy)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET payload = payload || ' ' WHERE seq = 777")
    conn.commit()
    conn.close()
    code, out, _ = _run(capsys, "journal", "verify", "--journal", str(copy))
    assert code == 1
    assert "record 777" in out


def test_bad_filters_are_usage_errors(
    seeded_journal: SeededJournal, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, "journal", "list", "--journal", str(seeded_journal.path), "--result", "GOOD"
    )
    assert code == 1 and "--result" in err
    code, _, err = _run(
        capsys, "journal", "list", "--journal", str(seeded_journal.path), "--since", "yesterday"
    )
    assert code == 1 and "--since" in err


def test_the_installed_command_runs(seeded_journal: SeededJournal) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "station",
            "journal",
            "verify",
            "--journal",
            str(seeded_journal.path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
