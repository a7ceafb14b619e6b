"""The journal writer against a real SQLite file."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from station.engine.events import Result, Step
from station.journal import RESULTS, STEP_NAMES, Journal, JournalError, verify
from station.journal.outbox import Outbox
from tests.journal.helpers import (
    FAKE_SECRET,
    FP_A,
    FP_B,
    RECORDS_PER_ATTEMPT,
    T0,
    SteppingClock,
    full_attempt,
)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.sqlite", station_id="st-7", clock=SteppingClock()) as j:
        yield j


def test_the_journal_mirrors_the_engine_vocabulary() -> None:
    assert {r.value for r in Result} == RESULTS
    assert tuple(s.value for s in Step) == STEP_NAMES


def test_an_attempt_reads_back_with_every_field(journal: Journal) -> None:
    attempt = journal.begin_attempt(
        slot="3", operator="alice", target_name="line-a", realm="plant1", pairing_url="https://p"
    )
    journal.update_device(
        attempt,
        device_id="dev-9",
        hardware_serial="SN9",
        model="sensor",
        firmware="2.1",
        storage_kind="otp",
    )
    journal.record_step(attempt, Step.CONNECT, started_at=T0, duration_s=0.125, ok=True)
    journal.record_step(
        attempt,
        Step.IDENTIFY,
        started_at=T0 + timedelta(seconds=1),
        duration_s=2.0,
        ok=False,
        detail="no answer",
    )
    journal.record_intent(attempt, device_id="dev-9", fingerprint=FP_A)
    journal.finish_attempt(
        attempt,
        result=Result.FAIL,
        error_class="timeout",
        message="The device did not answer.",
        action="Reseat the device in slot 3.",
        link_stats={"rx_bytes": 120, "crc_errors": 2, "rtt_ms": 3.5},
        console_excerpt="boot ok\n",
    )
    detail = journal.attempt(attempt)
    assert detail is not None
    row = detail.row
    assert (row.slot, row.operator, row.target_name, row.realm) == (
        "3",
        "alice",
        "line-a",
        "plant1",
    )
    assert (row.device_id, row.hardware_serial, row.model, row.firmware, row.storage_kind) == (
        "dev-9",
        "SN9",
        "sensor",
        "2.1",
        "otp",
    )
    assert row.result == "FAIL" and row.error_class == "timeout"
    assert row.action == "Reseat the device in slot 3."
    assert row.fingerprint == FP_A
    assert row.station_id == "st-7"
    assert row.started_at == T0 + timedelta(seconds=1)  # opening read the clock once
    assert row.finished_at is not None and row.finished_at > row.started_at
    assert [(s.step, s.duration_s, s.ok, s.detail) for s in detail.steps] == [
        ("connect", 0.125, True, ""),
        ("identify", 2.0, False, "no answer"),
    ]
    assert detail.steps[1].started_at == T0 + timedelta(seconds=1)
    assert [(i.device_id, i.realm, i.fingerprint) for i in detail.intents] == [
        ("dev-9", "plant1", FP_A)
    ]
    assert detail.link_stats == {"rx_bytes": 120, "crc_errors": 2, "rtt_ms": 3.5}
    assert detail.console_excerpt == "boot ok\n"
    assert journal.attempt("no-such-attempt") is None


def test_intent_accepts_only_a_fingerprint(journal: Journal) -> None:
    attempt = journal.begin_attempt(
        slot="1", operator="o", target_name="t", realm="r", pairing_url="https://p"
    )
    with pytest.raises(ValueError, match="fingerprint"):
        journal.record_intent(attempt, device_id="d", fingerprint=FAKE_SECRET)
    with pytest.raises(ValueError, match="fingerprint"):
        journal.record_intent(attempt, device_id="d", fingerprint=FP_A.upper())
    assert journal.latest_intent_fingerprint("d", "r") is None
    with Outbox.open(journal.path, station_id="s") as outbox:
        assert len(outbox.pending()) == 1  # only the begin


def test_finished_attempts_are_closed_to_further_writes(journal: Journal) -> None:
    attempt = full_attempt(journal)
    with pytest.raises(ValueError, match="already finished"):
        journal.finish_attempt(attempt, result="FAIL")
    with pytest.raises(ValueError, match="already finished"):
        journal.record_step(attempt, "lock", started_at=T0, duration_s=0.1, ok=True)
    with pytest.raises(ValueError, match="no attempt"):
        journal.record_step("nope", "lock", started_at=T0, duration_s=0.1, ok=True)
    with pytest.raises(ValueError, match="unknown result"):
        journal.finish_attempt(
            journal.begin_attempt(
                slot="1", operator="o", target_name="t", realm="r", pairing_url="u"
            ),
            result="MAYBE",
        )


def test_latest_intent_and_has_passed_are_per_device_and_realm(journal: Journal) -> None:
    full_attempt(journal, device_id="d1", result="FAIL", error_class="x", fingerprint=FP_A)
    assert journal.latest_intent_fingerprint("d1", "plant1") == FP_A
    assert not journal.has_passed("d1", "plant1")
    full_attempt(journal, device_id="d1", result="PASS", fingerprint=FP_B)
    assert journal.latest_intent_fingerprint("d1", "plant1") == FP_B
    assert journal.has_passed("d1", "plant1")
    assert not journal.has_passed("d1", "plant2")
    assert journal.latest_intent_fingerprint("d1", "plant2") is None
    assert journal.latest_intent_fingerprint("d2", "plant1") is None


def test_unfinished_attempts_survive_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        a = journal.begin_attempt(
            slot="1", operator="o", target_name="t", realm="r", pairing_url="u"
        )
        b = journal.begin_attempt(
            slot="2", operator="o", target_name="t", realm="r", pairing_url="u"
        )
        c = journal.begin_attempt(
            slot="3", operator="o", target_name="t", realm="r", pairing_url="u"
        )
        journal.finish_attempt(b, result="PASS")
    with Journal.open(path, station_id="s") as journal:
        assert [r.attempt_id for r in journal.unfinished_attempts()] == [a, c]
        assert all(
            r.result is None and r.finished_at is None for r in journal.unfinished_attempts()
        )
        journal.finish_attempt(a, result="RECOVERED", message="resumed after restart")
        assert [r.attempt_id for r in journal.unfinished_attempts()] == [c]


def test_privileged_events_name_who_and_why(journal: Journal) -> None:
    journal.record_event(
        "target_change",
        actor="sam",
        details={"target": "line-a", "realm": "plant2"},
        reason="new customer realm",
    )
    journal.record_event("sign_in", actor="qa-kim", details={"role": "qa"})
    events = journal.audit_events()
    assert [(e.kind, e.actor) for e in events] == [("sign_in", "qa-kim"), ("target_change", "sam")]
    assert events[1].details == {"target": "line-a", "realm": "plant2"}
    assert events[1].reason == "new customer realm"
    with pytest.raises(ValueError):
        journal.record_event("Bad Kind", actor="sam", details={})
    with pytest.raises(ValueError):
        journal.record_event("override", actor=" ", details={})


def test_outbox_holds_every_event_until_shipped(journal: Journal) -> None:
    attempt = full_attempt(journal)
    journal.record_event("override", actor="sam", details={"device": "dev-1"}, reason="rework")
    outbox = Outbox.open(journal.path, station_id="s")
    pending = outbox.pending()
    assert [p.seq for p in pending] == list(range(1, 6))
    assert [p.kind for p in pending] == [
        "attempt.begin",
        "attempt.device",
        "attempt.intent",
        "attempt.finish",
        "privileged.override",
    ]
    assert pending[0].attempt_id == attempt and pending[4].attempt_id is None
    assert pending[2].payload["fingerprint"] == FP_A
    outbox.mark_shipped(3)
    assert [p.seq for p in outbox.pending(limit=2)] == [4, 5]
    assert outbox.shipped_through() == 3
    outbox.close()


def test_events_table_refuses_updates_and_deletes(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal)
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE events SET payload = '{}' WHERE seq = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM events WHERE seq = 2")
    finally:
        conn.close()


def test_several_slot_threads_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    errors: list[BaseException] = []
    with Journal.open(path, station_id="s") as journal:

        def slot(n: int) -> None:
            try:
                for i in range(15):
                    full_attempt(journal, slot=str(n), device_id=f"d{n}-{i}", serial=f"S{n}-{i}")
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=slot, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []
        for n in range(6):
            for i in range(15):
                assert journal.has_passed(f"d{n}-{i}", "plant1")
    result = verify(path)
    assert result.ok, result.reason
    assert result.checked == 6 * 15 * RECORDS_PER_ATTEMPT


def test_a_failed_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        full_attempt(journal, device_id="kept")
        with pytest.raises(RuntimeError, match="boom"), journal.batch():
            full_attempt(journal, device_id="lost")
            raise RuntimeError("boom")
        assert journal.has_passed("kept", "plant1")
        assert not journal.has_passed("lost", "plant1")
        full_attempt(journal, device_id="after")
    assert verify(path).ok


def test_secret_looking_text_never_reaches_the_file(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    jwt = "eyJhbGciOiJFUzI1NiJ9.eyJhX3BhIjpbIi4qOjovLioiXX0.c2lnbmF0dXJl"
    with Journal.open(path, station_id="s") as journal:
        attempt = journal.begin_attempt(
            slot="1", operator="o", target_name="t", realm="r", pairing_url="u"
        )
        journal.record_step(
            attempt, "write", started_at=T0, duration_s=0.1, ok=False, detail=f"sent {FAKE_SECRET}"
        )
        journal.finish_attempt(
            attempt,
            result="FAIL",
            message=f"device echoed {FAKE_SECRET}",
            console_excerpt=f"rx: {FAKE_SECRET}\nauth: Bearer {jwt}\nend\n",
        )
        journal.record_event("token_change", actor="sam", details={"token": jwt})
        detail = journal.attempt(attempt)
        assert detail is not None
        assert detail.console_excerpt == "rx: [redacted]\nauth: Bearer [redacted]\nend\n"
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert FAKE_SECRET.encode() not in raw
    assert jwt.encode() not in raw
    assert b"[redacted]" in raw


def test_closed_journal_refuses_writes(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "j.sqlite", station_id="s")
    journal.close()
    journal.close()
    with pytest.raises(RuntimeError, match="closed"):
        journal.begin_attempt(slot="1", operator="o", target_name="t", realm="r", pairing_url="u")


def test_unwritable_location_is_an_operator_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(JournalError) as info:
        Journal.open(blocker / "sub" / "j.sqlite", station_id="s")
    assert info.value.action
