"""Group commit: writes of many slots that arrive while a commit is under way share the next
commit, each returns only once its own record is on disk, and one refused write is taken back
alone."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from station.journal import Journal, verify
from tests.journal.helpers import FP_A, RECORDS_PER_ATTEMPT, full_attempt


def _begin(journal: Journal, slot: str) -> str:
    return journal.begin_attempt(
        slot=slot, operator="o", target_name="t", realm="plant1", pairing_url="https://p"
    )


def _wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the condition did not come true")
        time.sleep(0.001)


def test_writes_that_queue_share_one_commit(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        attempts = [_begin(journal, str(n)) for n in range(8)]
        chain = journal._chain  # the grouping itself is under test
        before = chain.commits
        errors: list[BaseException] = []

        def write(attempt: str) -> None:
            try:
                journal.record_intent(attempt, device_id=f"d-{attempt}", fingerprint=FP_A)
            except BaseException as exc:
                errors.append(exc)

        # A commit under way: the writer's lock is held while every slot arrives.
        with chain.lock:
            threads = [threading.Thread(target=write, args=(a,)) for a in attempts]
            for thread in threads:
                thread.start()
            _wait_for(lambda: chain.queued() == len(attempts))
        for thread in threads:
            thread.join(10)
        assert errors == []
        assert chain.commits == before + 1
        for attempt in attempts:
            assert journal.latest_intent_fingerprint(f"d-{attempt}", "plant1") == FP_A
    assert verify(path).ok


def test_a_refused_write_is_taken_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        good = [_begin(journal, str(n)) for n in range(4)]
        chain = journal._chain  # the grouping itself is under test
        outcomes: dict[str, BaseException | None] = {}

        def write(attempt: str) -> None:
            try:
                journal.record_intent(attempt, device_id=f"d-{attempt}", fingerprint=FP_A)
                outcomes[attempt] = None
            except BaseException as exc:
                outcomes[attempt] = exc

        names = [*good[:2], "no-such-attempt", *good[2:]]
        with chain.lock:
            threads = [threading.Thread(target=write, args=(a,)) for a in names]
            for thread in threads:
                thread.start()
            _wait_for(lambda: chain.queued() == len(names))
        for thread in threads:
            thread.join(10)
        refused = outcomes.pop("no-such-attempt")
        assert isinstance(refused, ValueError)
        assert "no attempt 'no-such-attempt'" in str(refused)
        assert outcomes == dict.fromkeys(good)
    result = verify(path)
    assert result.ok, result.reason
    assert result.checked == 4 + 4  # four begins, four intents: nothing of the refused write


def test_a_record_is_on_disk_when_its_call_returns(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        attempt = _begin(journal, "1")
        journal.record_intent(attempt, device_id="d", fingerprint=FP_A)
        # Another connection (as after a crash) sees the intent: it was committed, not queued.
        other = sqlite3.connect(path)
        try:
            intents = other.execute(
                "SELECT json_extract(payload, '$.fingerprint') FROM events "
                "WHERE kind = 'attempt.intent'"
            ).fetchall()
            assert intents == [(FP_A,)]
        finally:
            other.close()


def test_slots_writing_at_once_keep_one_valid_chain(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:

        def slot(n: int) -> None:
            for k in range(10):
                full_attempt(journal, slot=str(n), device_id=f"d{n}-{k}")

        threads = [threading.Thread(target=slot, args=(n,)) for n in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        events = 16 * 10 * RECORDS_PER_ATTEMPT
        assert journal._chain.commits <= events
    result = verify(path)
    assert (result.ok, result.checked) == (True, events), result.reason


def test_a_batch_keeps_other_threads_waiting_until_it_ends(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    with Journal.open(path, station_id="s") as journal:
        done = threading.Event()
        with journal.batch():
            full_attempt(journal, device_id="in-batch")

            def write() -> None:
                full_attempt(journal)
                done.set()

            other = threading.Thread(target=write)
            other.start()
            assert not done.wait(0.2)
        other.join(10)
        assert done.is_set()
    assert verify(path).ok


@pytest.mark.parametrize("attempts", [1, 3])
def test_the_chain_continues_across_reopen(tmp_path: Path, attempts: int) -> None:
    path = tmp_path / "j.sqlite"
    for n in range(attempts):
        with Journal.open(path, station_id="s") as journal:
            full_attempt(journal, device_id=f"d{n}")
    assert verify(path).checked == attempts * RECORDS_PER_ATTEMPT
