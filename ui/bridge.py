"""From engine events on worker threads to Qt signals on the GUI thread, coalesced.

The engine calls `sink(event)` from whichever thread produced the event (one per slot). The
sink only appends to a locked queue, so a slot thread never waits on the GUI and never touches a
QObject. A timer on the GUI thread drains the queue in batches: for each slot only the latest
snapshot is emitted, because a tile only ever shows the newest state; finished attempts and
notices are never dropped, because counters and messages need every one of them. This keeps the
GUI's work proportional to the frame rate, not to the event rate (Picard's callback-flood lesson).

A batch is also delivered in slices of at most about SLICE_MS: when a whole fixture changes at
once (sixteen tiles turning to Working is some tens of milliseconds of layout), the rest waits
for the next turn of the event loop, so input and painting are never held up for more than a
slice. What waits keeps its order, and a newer snapshot of a waiting slot replaces it.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from station.engine.events import (
    AttemptFinished,
    Event,
    FleetLinkChanged,
    SlotSnapshot,
    SlotUpdated,
    StationNotice,
)
from station.fleet.link_state import FleetLinkState

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 60
# A slice (with the tile whose update began just before it ran out) and the paint it causes
# (about 5 ms for sixteen changed tiles) fit in one 60 Hz frame, 16 ms, together.
SLICE_MS = 5.0


class EngineBridge(QObject):
    """Thread-safe event sink for the engine; re-emits events as coalesced Qt signals.

    Signals (always emitted on the GUI thread):
        slotChanged(SlotSnapshot): the newest snapshot of one slot since the last batch.
        attemptFinished(AttemptFinished): every finished attempt, in arrival order.
        notice(StationNotice): every station notice, in arrival order.
        batchDelivered(int): after each non-empty batch, with the number of events it held.
        fleetChanged(FleetLinkState): fleet mode only; the newest state of the link since the
            last batch.
    """

    slotChanged = Signal(object)
    attemptFinished = Signal(object)
    notice = Signal(object)
    batchDelivered = Signal(int)
    fleetChanged = Signal(object)

    def __init__(self, interval_ms: int = DEFAULT_INTERVAL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._snapshots: dict[str, SlotSnapshot] = {}
        self._finished: list[AttemptFinished] = []
        self._notices: list[StationNotice] = []
        self._fleet: FleetLinkState | None = None
        self._received = 0
        # Taken from the queue but not yet delivered (GUI thread only).
        self._due_snapshots: dict[str, SlotSnapshot] = {}
        self._due_finished: list[AttemptFinished] = []
        self._due_notices: list[StationNotice] = []
        self._due_fleet: FleetLinkState | None = None
        self._due_count = 0
        self._gui_thread = threading.get_ident()
        self._resume = QTimer(self)
        self._resume.setObjectName("engine-bridge-resume")
        self._resume.setSingleShot(True)
        self._resume.setInterval(0)
        self._resume.timeout.connect(self._deliver)
        self._timer = QTimer(self)
        self._timer.setObjectName("engine-bridge-flush")
        self._timer.setInterval(interval_ms)
        # A coarse timer is fine: batches only need to beat the eye, and a precise one would
        # wake the GUI thread more often than that on a busy two-core PC.
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.flush)
        self._timer.start()

    def sink(self, event: Event) -> None:
        """Accept an event from any thread. Never blocks beyond a short lock."""
        with self._lock:
            self._received += 1
            if isinstance(event, SlotUpdated):
                self._snapshots[event.snapshot.slot] = event.snapshot
            elif isinstance(event, AttemptFinished):
                # The finished snapshot is also the slot's newest state.
                self._snapshots[event.snapshot.slot] = event.snapshot
                self._finished.append(event)
            elif isinstance(event, StationNotice):
                self._notices.append(event)
            elif isinstance(event, FleetLinkChanged):
                self._fleet = event.state  # only the newest state is worth showing
            else:
                log.error("engine bridge ignored an unknown event type %s", type(event).__name__)

    @property
    def received(self) -> int:
        """How many events the sink has accepted so far (any thread)."""
        with self._lock:
            return self._received

    @Slot()
    def flush(self) -> None:
        """Deliver everything queued so far: a slice of it now, the rest on the following
        turns of the event loop. GUI thread only."""
        assert threading.get_ident() == self._gui_thread, "bridge flushed off the GUI thread"
        self._take()
        self._deliver()

    def _take(self) -> None:
        with self._lock:
            snapshots = self._snapshots
            finished = self._finished
            notices = self._notices
            fleet = self._fleet
            self._snapshots = {}
            self._finished = []
            self._notices = []
            self._fleet = None
        self._due_count += len(snapshots) + len(finished) + len(notices) + (fleet is not None)
        if fleet is not None:
            self._due_fleet = fleet  # only the newest state is worth showing
        # A snapshot still waiting from an earlier batch is older than the one just taken.
        self._due_snapshots.update(snapshots)
        self._due_finished += finished
        self._due_notices += notices

    @Slot()
    def _deliver(self, slice_ms: float | None = SLICE_MS) -> None:
        started = time.perf_counter()

        def spent() -> bool:
            over = slice_ms is not None and (time.perf_counter() - started) * 1000 >= slice_ms
            if over:
                self._resume.start()
            return over

        while self._due_snapshots:
            slot = next(iter(self._due_snapshots))
            self.slotChanged.emit(self._due_snapshots.pop(slot))
            if spent():
                return
        while self._due_finished:
            self.attemptFinished.emit(self._due_finished.pop(0))
            if spent():
                return
        while self._due_notices:
            self.notice.emit(self._due_notices.pop(0))
            if spent():
                return
        if self._due_fleet is not None:
            fleet, self._due_fleet = self._due_fleet, None
            self.fleetChanged.emit(fleet)
        if self._due_count:
            count, self._due_count = self._due_count, 0
            self.batchDelivered.emit(count)

    def stop(self) -> None:
        """Stop the timers after delivering all that is queued, at once (on window close)."""
        self._timer.stop()
        self._resume.stop()
        self._take()
        self._deliver(slice_ms=None)
