"""The bridge takes events from many threads and delivers them, coalesced, on the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.engine.events import (
    AttemptFinished,
    Result,
    SlotSnapshot,
    SlotState,
    SlotUpdated,
    StationNotice,
    Step,
)
from ui.bridge import SLICE_MS, EngineBridge

SLOTS = 8
UPDATES = 400


def _working(slot: str, i: int) -> SlotSnapshot:
    step = list(Step)[i % len(Step)]
    return SlotSnapshot(slot, f"loc-{slot}", SlotState.WORKING, step=step, elapsed_s=i / 100)


def test_events_from_many_threads_are_coalesced_per_slot(qtbot: QtBot, qapp: QApplication) -> None:
    bridge = EngineBridge(interval_ms=40)
    changes: list[tuple[SlotSnapshot, int]] = []
    finished: list[AttemptFinished] = []
    notices: list[StationNotice] = []
    bridge.slotChanged.connect(lambda s: changes.append((s, threading.get_ident())))
    bridge.attemptFinished.connect(finished.append)
    bridge.notice.connect(notices.append)
    gui = threading.get_ident()
    go = threading.Event()

    def produce(slot: str) -> None:
        go.wait()
        for i in range(UPDATES):
            bridge.sink(SlotUpdated(_working(slot, i)))
        final = SlotSnapshot(slot, f"loc-{slot}", SlotState.PASS, result=Result.PASS)
        bridge.sink(AttemptFinished(final, {"write": 0.1}))
        bridge.sink(StationNotice("info", f"slot {slot} done"))

    threads = [threading.Thread(target=produce, args=(str(n),)) for n in range(SLOTS)]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join(timeout=30)
    assert bridge.received == SLOTS * (UPDATES + 2)
    qtbot.waitUntil(lambda: len(finished) == SLOTS, timeout=10_000)
    bridge.stop()

    # Every signal arrived on the GUI thread.
    assert {tid for _, tid in changes} == {gui}
    # Coalesced: far fewer tile updates than events, and the newest state of every slot is PASS.
    assert len(changes) < SLOTS * UPDATES / 4
    latest = {snap.slot: snap for snap, _ in changes}
    assert {s.state for s in latest.values()} == {SlotState.PASS}
    # Nothing that counts is dropped or reordered within a slot.
    assert sorted(a.snapshot.slot for a in finished) == sorted(str(n) for n in range(SLOTS))
    assert len(notices) == SLOTS


def test_latest_snapshot_wins_within_one_batch(qtbot: QtBot) -> None:
    bridge = EngineBridge(interval_ms=10_000)  # flushed by hand below
    seen: list[SlotSnapshot] = []
    bridge.slotChanged.connect(seen.append)
    for i in range(5):
        bridge.sink(SlotUpdated(_working("1", i)))
    bridge.sink(SlotUpdated(_working("2", 0)))
    with qtbot.waitSignal(bridge.batchDelivered) as blocker:
        bridge.flush()
    assert blocker.args == [2]
    assert [(s.slot, s.elapsed_s) for s in seen] == [("1", 0.04), ("2", 0.0)]
    seen.clear()
    bridge.flush()
    assert seen == []
    bridge.stop()


def test_finished_attempt_is_also_the_slot_newest_state(qtbot: QtBot) -> None:
    bridge = EngineBridge(interval_ms=10_000)
    seen: list[SlotSnapshot] = []
    bridge.slotChanged.connect(seen.append)
    bridge.sink(SlotUpdated(_working("1", 3)))
    failed = SlotSnapshot("1", "loc", SlotState.FAIL, result=Result.FAIL, action="Reseat.")
    bridge.sink(AttemptFinished(failed))
    bridge.stop()
    assert seen == [failed]


def test_a_long_batch_is_delivered_in_slices_in_order(qtbot: QtBot) -> None:
    bridge = EngineBridge(interval_ms=10_000)  # flushed by hand below
    seen: list[SlotSnapshot] = []
    turns: list[int] = []

    def slow_tile(snap: SlotSnapshot) -> None:
        seen.append(snap)
        time.sleep(0.004)  # a tile's re-layout, as on a first change to Working

    bridge.slotChanged.connect(slow_tile)
    bridge.batchDelivered.connect(turns.append)
    for n in range(10):
        bridge.sink(SlotUpdated(_working(str(n), 0)))
    bridge.flush()
    # One slice now (about SLICE_MS of tiles), the rest later.
    assert 1 <= len(seen) <= SLICE_MS / 4 + 1
    assert turns == []
    # A newer snapshot of a slot still waiting replaces it, in its place.
    bridge.sink(SlotUpdated(_working("9", 5)))
    bridge.flush()
    qtbot.waitUntil(lambda: len(turns) == 1, timeout=5_000)
    assert [s.slot for s in seen] == [str(n) for n in range(10)]
    assert seen[-1].elapsed_s == 0.05
    assert turns == [11]
    bridge.stop()


def test_stop_delivers_everything_at_once(qtbot: QtBot) -> None:
    bridge = EngineBridge(interval_ms=10_000)
    seen: list[SlotSnapshot] = []

    def slow_tile(snap: SlotSnapshot) -> None:
        seen.append(snap)
        time.sleep(0.004)

    bridge.slotChanged.connect(slow_tile)
    notices: list[StationNotice] = []
    bridge.notice.connect(notices.append)
    for n in range(10):
        bridge.sink(SlotUpdated(_working(str(n), 0)))
    bridge.sink(StationNotice("info", "closing"))
    bridge.stop()
    assert len(seen) == 10
    assert [n.message for n in notices] == ["closing"]
