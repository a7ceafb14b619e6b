"""The writer under many slots: a record written behind its caller, a committed writer that
does not wait for the next group's fsync, and the engine's questions asked beside the writer
instead of under its lock."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from station.journal import Journal, verify
from station.journal.record_form import carried_steps
from tests.journal.helpers import FP_A

DEVICE: dict[str, Any] = {
    "device_id": "dev-1",
    "hardware_serial": "SN1",
    "model": "m",
    "firmware": "1.0",
    "storage_kind": "otp",
}


def _begin(journal: Journal, slot: str = "1") -> str:
    return journal.begin_attempt(
        slot=slot, operator="o", target_name="t", realm="plant1", pairing_url="https://p"
    )


def _step(journal: Journal, attempt: str, name: str) -> None:
    journal.record_step(attempt, name, started_at=datetime.now(UTC), duration_s=0.01, ok=True)


def _payloads(path: Path) -> list[tuple[str, dict[str, Any]]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT kind, payload FROM events ORDER BY seq").fetchall()
    finally:
        conn.close()
    return [(kind, json.loads(payload)) for kind, payload in rows]


def test_a_record_written_behind_is_on_disk_when_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        attempt = _begin(journal)
        pending = journal.submit_device(attempt, **DEVICE)
        pending.wait()
        other = sqlite3.connect(path)  # as after a crash: only what was committed
        try:
            rows = other.execute("SELECT device_id FROM attempts").fetchall()
        finally:
            other.close()
        assert rows == [("dev-1",)]
    assert verify(path).ok


def test_it_carries_the_steps_before_it_and_keeps_the_attempts_order(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        attempt = _begin(journal)
        _step(journal, attempt, "identify")
        pending = journal.submit_device(attempt, **DEVICE)
        _step(journal, attempt, "policy")  # recorded while the device record may still queue
        journal.record_intent(attempt, device_id="dev-1", fingerprint=FP_A)
        pending.wait()
        journal.finish_attempt(attempt, result="PASS")
    kinds = [(kind, [s[0] for s in carried_steps(payload, 0)]) for kind, payload in _payloads(path)]
    assert kinds == [
        ("attempt.begin", []),
        ("attempt.device", ["identify"]),
        ("attempt.intent", ["policy"]),
        ("attempt.finish", []),
    ]
    result = verify(path)
    assert result.ok, result.reason


def test_closing_commits_what_is_still_behind(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = Journal.open(path, station_id="s")
    attempt = _begin(journal)
    pending = journal.submit_device(attempt, **DEVICE)
    journal.close()
    pending.wait()  # already committed, or it would hang here
    assert [kind for kind, _ in _payloads(path)] == ["attempt.begin", "attempt.device"]


def test_a_refused_record_behind_raises_to_whoever_waits(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        pending = journal.submit_device("no-such-attempt", **DEVICE)
        try:
            pending.wait()
        except ValueError as exc:
            assert "no attempt 'no-such-attempt'" in str(exc)
        else:
            raise AssertionError("a record of an unknown attempt was accepted")
    assert verify(path).ok


def test_a_committed_writer_does_not_wait_for_the_next_commit(tmp_path: Path) -> None:
    """Writer B's record is in the first group; writer C leads the second group, whose commit
    is held open. B returns anyway: it never needs the connection again once committed."""
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        chain = journal._chain  # the grouping itself is under test
        first_running, second_running, release = (threading.Event() for _ in range(3))
        returned: list[str] = []

        def first() -> None:
            first_running.set()
            # C queues while this commit runs, so C leads the next group.
            assert _wait(lambda: chain.queued() == 1)

        def second() -> None:
            second_running.set()
            release.wait(10)

        def write(name: str, work: Callable[[], object]) -> None:
            chain.run(work)
            returned.append(name)

        with chain.lock:  # A and B queue together behind the test's hold
            a = threading.Thread(target=write, args=("A", first))
            b = threading.Thread(target=write, args=("B", lambda: None))
            a.start()
            assert _wait(lambda: chain.queued() == 1)
            b.start()
            assert _wait(lambda: chain.queued() == 2)
            c = threading.Thread(target=write, args=("C", second))
        assert first_running.wait(10)
        c.start()
        assert second_running.wait(10)
        a.join(5)
        b.join(5)
        try:
            assert sorted(returned) == ["A", "B"], "a committed writer waited for the next commit"
        finally:
            release.set()
            c.join(10)
        assert sorted(returned) == ["A", "B", "C"]


def test_the_engines_questions_do_not_wait_for_the_writer(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        attempt = _begin(journal)
        journal.update_device(attempt, **DEVICE)
        journal.record_intent(attempt, device_id="dev-1", fingerprint=FP_A)
        journal.finish_attempt(attempt, result="PASS")
        answers: list[object] = []

        def ask() -> None:
            answers.append(journal.has_passed("dev-1", "plant1"))
            answers.append(journal.latest_intent_fingerprint("dev-1", "plant1"))

        with journal._chain.lock:  # a commit under way holds the writer for its fsync
            asking = threading.Thread(target=ask)
            asking.start()
            asking.join(5)
            assert answers == [True, FP_A], "the questions waited for the writer's lock"
        # And what was committed a moment ago is seen at once.
        second = _begin(journal, "2")
        journal.update_device(second, **{**DEVICE, "device_id": "dev-2"})
        journal.record_intent(second, device_id="dev-2", fingerprint="b" * 64)
        assert journal.latest_intent_fingerprint("dev-2", "plant1") == "b" * 64
        assert not journal.has_passed("dev-2", "plant1")


def _wait(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.001)
    return True
