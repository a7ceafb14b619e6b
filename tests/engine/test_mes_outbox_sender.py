"""The MES results outbox on its own: what it reads back from the journal, the order it sends in,
the acknowledgements it journals, what the supervisor's screen sees while the MES is down, and
the notices the line is given (the stand-in MES on loopback HTTP, the real client, the real
SQLite journal). A result lost, sent twice, or shown with the wrong tries here would be a unit
the MES never hears of, or one a supervisor chases for nothing."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from station.cancel import Deadline
from station.engine.events import StationNotice
from station.engine.mes_outbox import MesOutbox, WaitingResult, pending_in, result_record
from station.journal import Journal
from station.mes.client import MesClient, UnitResult
from station.sandbox.mes import MesStandIn
from station.text import Text

DOWN = Text.of("mes.unreachable", what="result", kind="RemoteProtocolError")


def _unit(key: str) -> UnitResult:
    return UnitResult(
        idempotency_key=key,
        serial=f"SN-{key}",
        device_id=f"dev-{key}",
        recipe="R-7",
        outcome="PASS",
        attempt_id=key,
        finished_at="2026-12-08T01:00:00+00:00",
    )


def _queue(journal: Journal, *keys: str) -> None:
    """Journal results as the transaction does with each attempt's finish."""
    for key in keys:
        record = result_record(_unit(key), actor="Olga")
        journal.record_event(record.kind, actor=record.actor, details=record.details)


def _ack(journal: Journal, key: str) -> None:
    journal.record_event("mes_result_ack", actor="x", details={"idempotency_key": key})


def _acks(journal: Journal) -> list[tuple[str, dict[str, str]]]:
    events = reversed(journal.audit_events(100))  # oldest first
    return [(e.actor, e.details) for e in events if e.kind == "mes_result_ack"]


def _until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = Deadline(seconds)
    while not condition():
        assert not deadline.expired, "the outbox never got there"
        time.sleep(0.02)


class Notices:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.items: list[StationNotice] = []

    def __call__(self, notice: StationNotice) -> None:
        with self._lock:
            self.items.append(notice)


Rig = tuple[MesStandIn, Journal, Callable[..., MesOutbox], Notices]


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with ExitStack() as stack:
        mes = stack.enter_context(MesStandIn())
        journal = stack.enter_context(Journal.open(tmp_path / "j.sqlite", station_id="st-1"))
        notices = Notices()

        def outbox(*, retry_s: float | None = 0.2, client: MesClient | None = None) -> MesOutbox:
            if client is None:
                client = MesClient(mes.url, station_id="st-1", timeout_s=2)
                stack.callback(client.close)
            made = MesOutbox(client, journal, notify=notices, retry_s=retry_s)
            stack.callback(made.close, 10.0, flush_s=0)
            return made

        yield mes, journal, outbox, notices


def test_the_journal_gives_back_each_unacknowledged_result_once_oldest_first(
    rig: Rig,
) -> None:
    _mes, journal, _outbox, _notices = rig
    _queue(journal, "k1", "k2", "k3")
    _ack(journal, "k2")
    details = dataclasses.asdict(_unit("k4"))
    del details["finished_at"]  # a record without every field is not a result to resend
    journal.record_event("mes_result", actor="Olga", details=details)
    _queue(journal, "k1")  # the same key twice is one result
    assert pending_in(journal) == [_unit("k1"), _unit("k3")]


def test_on_start_it_sends_the_journal_s_pending_results_oldest_first_and_journals_each_ack(
    rig: Rig,
) -> None:
    mes, journal, outbox, notices = rig
    _queue(journal, "k1", "k2", "k3")
    _ack(journal, "k2")
    sender = outbox()
    assert sender.wait_empty(10), sender.pending()
    assert list(mes.state.results) == ["k1", "k3"]
    assert mes.state.result_posts == 2  # each once
    outbox_name = "station (MES outbox)"
    assert _acks(journal)[1:] == [
        (outbox_name, {"idempotency_key": "k1"}),
        (outbox_name, {"idempotency_key": "k3"}),
    ]
    assert pending_in(journal) == []
    assert sender.pending() == [] and sender.waiting() == []
    assert notices.items == []  # the MES never was down: nothing to say


def test_a_result_taken_while_running_is_sent(rig: Rig) -> None:
    mes, journal, outbox, _notices = rig
    sender = outbox()
    _queue(journal, "k9")
    sender.take(_unit("k9"))
    assert sender.wait_empty(10), sender.pending()
    assert mes.state.results["k9"]["device_id"] == "dev-k9"


def test_a_down_mes_is_told_once_the_results_wait_with_their_tries_and_its_return_is_told(
    rig: Rig,
) -> None:
    mes, journal, outbox, notices = rig
    mes.set_mode("down")
    _queue(journal, "k1", "k2")
    sender = outbox()
    assert sender.pending() == ["k1", "k2"]
    _until(lambda: sender.waiting()[0].tries >= 3)
    # A sender stuck on a down MES shows under its own name in a thread dump.
    assert "mes-outbox" in [thread.name for thread in threading.enumerate()]
    first, second = sender.waiting()
    # Only the oldest is tried; the next waits its turn.
    assert (first.result, first.last_error) == (_unit("k1"), DOWN.english)
    assert second == WaitingResult(_unit("k2"), 0, "", first.next_try)
    assert notices.items == [
        StationNotice.of(
            "warning",
            Text.of("mes.outbox.waiting", count=2, cause=DOWN),
            Text.of("mes.outbox.waiting.action"),
        )
    ]
    assert sender.wait_empty(0.1) is False

    mes.set_mode("ok")
    assert sender.wait_empty(10), sender.pending()
    assert list(mes.state.results) == ["k1", "k2"]
    assert notices.items[1:] == [StationNotice.of("info", Text.of("mes.outbox.empty"))]


def test_each_outage_is_told_and_its_all_clear_comes_with_the_last_result_taken(
    rig: Rig,
) -> None:
    mes, journal, outbox, notices = rig
    waiting = Text.of("mes.outbox.waiting", count=1, cause=DOWN)
    told = StationNotice.of("warning", waiting, Text.of("mes.outbox.waiting.action"))
    all_clear = StationNotice.of("info", Text.of("mes.outbox.empty"))
    mes.set_mode("down")
    _queue(journal, "k1")
    sender = outbox()
    _until(lambda: sender.waiting()[0].tries >= 2)
    mes.set_mode("ok")
    assert sender.wait_empty(10), sender.pending()
    _until(lambda: len(notices.items) == 2)
    assert notices.items == [told, all_clear]

    # The MES goes down again: a new outage, told again.
    mes.set_mode("down")
    _queue(journal, "k2")
    sender.take(_unit("k2"))
    _until(lambda: len(notices.items) == 3)
    mes.set_mode("ok")
    assert sender.wait_empty(10), sender.pending()
    _until(lambda: len(notices.items) == 4)
    assert notices.items == [told, all_clear, told, all_clear]


def test_the_next_try_is_the_retry_time_after_a_failure_and_none_while_a_send_is_under_way(
    rig: Rig,
) -> None:
    mes, journal, outbox, _notices = rig
    mes.set_mode("down")
    _queue(journal, "k1")
    before = datetime.now(UTC)
    sender = outbox(retry_s=None)  # the default: 10 s
    _until(lambda: sender.waiting()[0].next_try is not None)
    (waiting,) = sender.waiting()
    assert waiting.next_try is not None and waiting.tries == 1
    assert before + timedelta(seconds=10) <= waiting.next_try
    assert waiting.next_try <= datetime.now(UTC) + timedelta(seconds=10)

    # A second try under way (the MES now slow to answer) shows no next try.
    quick = outbox(retry_s=0.2)
    mes.state.delay_s = 2.0
    _until(lambda: quick.waiting()[0].tries == 1 and quick.waiting()[0].next_try is not None)
    mes.set_mode("slow")
    _until(lambda: quick.waiting()[0].tries == 2)
    assert quick.waiting()[0].next_try is None


def test_a_bug_in_sending_is_kept_as_the_result_s_error_and_the_outbox_keeps_trying(
    rig: Rig,
) -> None:
    mes, journal, outbox, notices = rig
    client = MesClient(mes.url, station_id="st-1", timeout_s=2)
    client.close()  # every send now raises httpx's RuntimeError: not an MES that is down
    _queue(journal, "k1")
    sender = outbox(client=client)
    _until(lambda: sender.waiting()[0].tries >= 2)
    (waiting,) = sender.waiting()
    assert waiting.last_error.startswith("internal error: RuntimeError(")
    assert notices.items == []  # not the MES's fault: the line is not told it is down
    assert mes.state.result_posts == 0


def test_close_ends_a_retry_wait_at_once_and_leaves_the_result_in_the_journal(
    rig: Rig,
) -> None:
    mes, journal, outbox, _notices = rig
    mes.set_mode("down")
    _queue(journal, "k1")
    sender = outbox(retry_s=30)
    _until(lambda: sender.waiting()[0].tries == 1 and sender.waiting()[0].next_try is not None)
    started = time.monotonic()
    sender.close(10.0, flush_s=0.2)
    assert time.monotonic() - started < 5
    assert not sender._thread.is_alive()
    assert sender.waiting()[0].tries == 1
    assert pending_in(journal) == [_unit("k1")]


def test_close_first_lets_the_pending_results_go_out(rig: Rig) -> None:
    mes, journal, outbox, _notices = rig
    mes.set_mode("down")
    _queue(journal, "k1")
    sender = outbox()
    _until(lambda: sender.waiting()[0].tries >= 1)
    mes.set_mode("ok")
    sender.close()
    assert list(mes.state.results) == ["k1"]
    assert pending_in(journal) == []


def test_close_waits_three_seconds_for_what_is_pending_then_leaves_it_to_the_journal(
    rig: Rig,
) -> None:
    """A shutdown gives a briefly absent MES its chance, and no more."""
    mes, journal, outbox, _notices = rig
    mes.set_mode("down")
    _queue(journal, "k1")
    sender = outbox()
    started = time.monotonic()
    sender.close()
    assert 3.0 <= time.monotonic() - started < 3.95  # not 4 s: as late as a loaded machine wakes
    assert pending_in(journal) == [_unit("k1")]


def test_close_gives_up_on_a_send_the_mes_is_stuck_on_after_ten_seconds(rig: Rig) -> None:
    """The MES may take up to its 60 s deadline to answer; the station's shutdown does not."""
    mes, journal, outbox, _notices = rig
    mes.state.delay_s = 12.0
    mes.set_mode("slow")
    client = MesClient(mes.url, station_id="st-1", timeout_s=20)
    _queue(journal, "k1")
    sender = outbox(client=client)
    _until(lambda: sender.waiting()[0].tries == 1)
    started = time.monotonic()
    sender.close(flush_s=0)
    assert 10.0 <= time.monotonic() - started < 10.95  # not 11 s
    sender._thread.join(10)  # the answer comes after all: acknowledged, not lost
    client.close()
    assert pending_in(journal) == []


_LEFT_OPEN = """
import sys
from station.engine.mes_outbox import MesOutbox, result_record
from station.journal import Journal
from station.mes.client import MesClient, UnitResult

journal = Journal.open(sys.argv[1], station_id="st-1")
unit = UnitResult("k1", "SN-k1", "dev-k1", "R-7", "PASS", "k1", "2026-12-08T01:00:00+00:00")
record = result_record(unit, actor="Olga")
journal.record_event(record.kind, actor=record.actor, details=record.details)
MesOutbox(MesClient(sys.argv[2], station_id="st-1"), journal, notify=lambda _: None).take(unit)
journal.close()
print("left without closing the outbox", flush=True)
"""


def test_an_outbox_left_open_lets_the_station_exit_and_the_next_start_sends_it(
    rig: Rig, tmp_path: Path
) -> None:
    """A station that ends on an error before its shutdown still exits (its sender waiting to
    retry a down MES); what was pending stays in the journal, and the next start sends it."""
    mes, _journal, _outbox, _notices = rig
    mes.set_mode("down")
    path = tmp_path / "other.sqlite"
    command = [sys.executable, "-c", _LEFT_OPEN, str(path), mes.url]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("the process did not exit: the outbox's thread held it")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "left without closing the outbox\n"

    mes.set_mode("ok")
    with Journal.open(path, station_id="st-1") as journal:
        client = MesClient(mes.url, station_id="st-1", timeout_s=2)
        again = MesOutbox(client, journal, notify=lambda _: None, retry_s=0.2)
        try:
            assert again.wait_empty(10), again.pending()
        finally:
            again.close(flush_s=0)
            client.close()
    assert mes.state.results["k1"]["device_id"] == "dev-k1"
