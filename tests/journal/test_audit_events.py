"""`station journal events`: QA lists the privileged events, filtered, as a table, JSON Lines or
CSV, through the real entry point on a real journal. Expected answers come from the events the
test wrote, not from the code under test."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from station.cli import main
from station.journal import Journal, PrivilegedRecord, verify
from station.journal.audit_query import AuditFilter, AuditReader
from tests.journal.helpers import SteppingClock

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Written:
    at: datetime
    kind: str
    actor: str
    reason: str
    details: dict[str, str]


EVENTS = [
    ("signin", "Sam Lee (supervisor)", "", {"role": "supervisor"}),
    ("key_import", "Sam Lee (supervisor)", "new realm key", {"target": "plant-eu"}),
    ("signin_failed", "olga", "", {"role": "supervisor", "name": "olga", "tries_left": "4"}),
    ("signin", "Quinn Ma (qa)", "", {"role": "qa"}),
    ("token_change", "Sam Lee (supervisor)", "weekly token", {"target": "lab"}),
    ("override", "Sam Lee (supervisor)", "rework RMA 4711", {"slots": "3"}),
    ("signout", "Quinn Ma (qa)", "", {"role": "qa", "why": "idle for 5 min"}),
    # A kind older stations wrote: still listed and selectable.
    ("password_change", "root", "", {"role": "qa"}),
]


@pytest.fixture
def audit_journal(tmp_path: Path) -> tuple[Path, list[Written]]:
    path = tmp_path / "journal.sqlite"
    clock = SteppingClock(T0, HOUR)
    written: list[Written] = []
    with Journal.open(path, station_id="line3-pc1", clock=clock) as journal:
        for kind, actor, reason, details in EVENTS:
            at = clock.now
            journal.record_event(kind, actor=actor, details=details, reason=reason)
            written.append(Written(at, kind, actor, reason, details))
    return path, written


def _jsonl(
    capsys: pytest.CaptureFixture[str], path: Path, *filters: str
) -> list[dict[str, object]]:
    args = ["journal", "events", "--journal", str(path), "--format", "jsonl", *filters]
    assert main(args) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _expected(written: list[Written]) -> list[tuple[str, str, str]]:
    return [(w.kind, w.actor, w.at.isoformat(timespec="microseconds")) for w in written]


def _got(records: list[dict[str, object]]) -> list[tuple[str, str, str]]:
    return [(str(r["kind"]), str(r["actor"]), str(r["at"])) for r in records]


def test_every_event_oldest_first_with_who_when_why(
    audit_journal: tuple[Path, list[Written]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, written = audit_journal
    records = _jsonl(capsys, path)
    assert _got(records) == _expected(written)
    assert records[1]["reason"] == "new realm key"
    assert records[1]["details"] == {"target": "plant-eu"}


@pytest.mark.parametrize(
    ("filters", "keep"),
    [
        (["--kind", "signin"], lambda w: w.kind == "signin"),
        (["--kind", "signin,signout"], lambda w: w.kind in ("signin", "signout")),
        (
            ["--kind", "override", "--kind", "key_import"],
            lambda w: w.kind in ("override", "key_import"),
        ),
        (["--kind", "password_change"], lambda w: w.kind == "password_change"),
        (["--actor", "sam lee"], lambda w: "Sam Lee" in w.actor),
        (["--actor", "(qa)"], lambda w: w.actor.endswith("(qa)")),
        (["--since", (T0 + 2 * HOUR).isoformat()], lambda w: w.at >= T0 + 2 * HOUR),
        (["--until", (T0 + 2 * HOUR).isoformat()], lambda w: w.at < T0 + 2 * HOUR),
        (
            [
                "--since",
                (T0 + HOUR).isoformat(),
                "--until",
                (T0 + 5 * HOUR).isoformat(),
                "--actor",
                "Sam",
            ],
            lambda w: T0 + HOUR <= w.at < T0 + 5 * HOUR and "Sam" in w.actor,
        ),
    ],
)
def test_filters_select_exactly_the_matching_events(
    audit_journal: tuple[Path, list[Written]],
    capsys: pytest.CaptureFixture[str],
    filters: list[str],
    keep: object,
) -> None:
    path, written = audit_journal
    expected = [w for w in written if keep(w)]  # type: ignore[operator]
    assert expected, "a filter case that selects nothing proves little"
    assert _got(_jsonl(capsys, path, *filters)) == _expected(expected)


def test_csv_to_a_file_round_trips(
    audit_journal: tuple[Path, list[Written]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, written = audit_journal
    out = tmp_path / "events.csv"
    args = ["journal", "events", "--journal", str(path), "--format", "csv", "--out", str(out)]
    assert main(args) == 0
    assert f"wrote {len(written)} privileged events to {out}" in capsys.readouterr().err
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["kind"], r["actor"], r["reason"]) for r in rows] == [
        (w.kind, w.actor, w.reason) for w in written
    ]
    assert [json.loads(r["details"]) for r in rows] == [w.details for w in written]
    assert [datetime.fromisoformat(r["at"]) for r in rows] == [w.at for w in written]


def test_the_table_is_for_people(
    audit_journal: tuple[Path, list[Written]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, written = audit_journal
    assert main(["journal", "events", "--journal", str(path), "--kind", "override"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["TIME", "KIND", "ACTOR"]
    (override,) = [w for w in written if w.kind == "override"]
    local = override.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert lines[1].startswith(local)
    assert "Sam Lee (supervisor)" in lines[1] and "rework RMA 4711 | slots=3" in lines[1]
    assert lines[-1] == "1 privileged events"


def test_an_unknown_kind_names_the_known_ones(
    audit_journal: tuple[Path, list[Written]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = audit_journal
    assert main(["journal", "events", "--journal", str(path), "--kind", "login"]) == 1
    err = capsys.readouterr().err
    assert "'login' is not a kind" in err and "key_import" in err and "password_change" in err


def test_the_reader_pages_by_sequence_number(audit_journal: tuple[Path, list[Written]]) -> None:
    path, written = audit_journal
    with AuditReader.open(path) as reader:
        seqs = reader.seqs()
        assert len(seqs) == len(written) == reader.count()
        page = reader.events(seqs[:3])
        assert [page[s].kind for s in seqs[:3]] == [w.kind for w in reversed(written)][:3]
        assert list(reader.seqs(newest_first=False)) == sorted(seqs)
        only = AuditFilter(kinds=frozenset({"signin"}), actor="QUINN")
        assert [reader.events([s])[s].actor for s in reader.seqs(only)] == ["Quinn Ma (qa)"]


def test_a_failed_write_leaves_no_file(
    audit_journal: tuple[Path, list[Written]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = audit_journal
    out = tmp_path / "missing-folder" / "events.jsonl"
    args = ["journal", "events", "--journal", str(path), "--format", "jsonl", "--out", str(out)]
    assert main(args) == 1
    assert "Cannot write" in capsys.readouterr().err
    assert not out.parent.exists()


def test_stdin_is_not_needed(
    audit_journal: tuple[Path, list[Written]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Reading the events never asks for a password: QA reads them from a shell like the rest.
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    path, written = audit_journal
    assert len(_jsonl(capsys, path)) == len(written)


def test_records_written_with_a_finish_share_its_transaction(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite", station_id="st-7") as journal:
        attempt = journal.begin_attempt(
            slot="1", operator="op", target_name="t", realm="r", pairing_url="https://p"
        )
        record = PrivilegedRecord("mes_result", "op", {"idempotency_key": attempt})
        # A record the journal refuses leaves the attempt open: neither is written.
        with pytest.raises(ValueError, match="lower-case identifier"):
            journal.finish_attempt(
                attempt, result="PASS", with_records=[record, PrivilegedRecord("Bad", "op", {})]
            )
        assert [a.attempt_id for a in journal.unfinished_attempts()] == [attempt]
        assert journal.audit_events() == []

        commits = journal._chain.commits
        journal.finish_attempt(attempt, result="PASS", with_records=[record])
        assert journal._chain.commits == commits + 1  # one transaction, one fsync
        (event,) = journal.audit_events()
        assert (event.kind, event.actor, event.details) == ("mes_result", "op", record.details)
        assert journal.unfinished_attempts() == []
    assert verify(tmp_path / "j.sqlite").ok
