"""`LineSignals`: the engine's events, mirrored on the tower light, the fail sound and the label.

It is an event sink placed in front of the GUI's (or the command line's): every event goes on
downstream at once, then is queued for one thread of its own, so a slow printer or a tower that
hangs never holds a slot's thread or the screen. That thread keeps each slot's state and
shows `signal_for` (IEC 60073, station/peripherals/tower.py) on the tower whenever it changes,
plays the fail sound when a unit fails, and hands each PASS to the label desk. What goes wrong
with a peripheral reaches the operator as a station notice, once per outage, with its action.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

from station.engine.check_scan import CheckVerdict, LabelChecks
from station.engine.events import (
    AttemptFinished,
    Event,
    EventSink,
    Result,
    SlotSnapshot,
    SlotUpdated,
    StationNotice,
)
from station.line.labels import Flagged, LabelDesk
from station.peripherals import label_code
from station.peripherals.sound import SoundPlayer
from station.peripherals.tower import (
    ALL_OFF,
    Lamp,
    Light,
    TowerLight,
    TowerSignal,
    TowerUnavailable,
    signal_for,
)
from station.text import Text

log = logging.getLogger(__name__)

TowerOpener = Callable[[], TowerLight]
_FAULTS = (Result.FAIL, Result.SCRAP)


@dataclass(frozen=True)
class _Reprint:
    slot: str
    actor: str


@dataclass(frozen=True)
class _Acknowledge:
    pass


@dataclass(frozen=True)
class _Scanned:
    text: str
    actor: str
    selected: str | None


_STOP = object()


class LineSignals:
    def __init__(
        self,
        *,
        downstream: EventSink,
        operator: str,
        open_tower: TowerOpener | None = None,
        sound: SoundPlayer | None = None,
        labels: LabelDesk | None = None,
    ) -> None:
        self._downstream = downstream
        self._operator = operator
        self._open_tower = open_tower
        self._tower: TowerLight | None = None
        self._tower_down = False  # reported to the operator; said again only once it is back
        self.sound = sound
        self.labels = labels
        # Check-scan: where a scanned label's verdict ends its slot's wait (the runner's).
        self.checks: LabelChecks | None = None
        self._states: dict[str, str] = {}
        self._acknowledged = False
        self._label_fault = False  # a label that did not check out, not acknowledged yet
        self._shown: TowerSignal | None = None
        self._lock = threading.Lock()
        self._queue: queue.Queue[object] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="line-signals", daemon=True)
        self._thread.start()

    # -- called from any thread ---------------------------------------------------------------

    def sink(self, event: Event) -> None:
        """The engine's event sink: passes `event` on, then queues it for the line."""
        self._downstream(event)
        self._queue.put(event)

    def set_operator(self, name: str) -> None:
        with self._lock:
            self._operator = name

    def reprint(self, slot: str, actor: str) -> bool:
        """Queue a reprint of `slot`'s last label by `actor`; False if it has none."""
        if self.labels is None or self.labels.last(slot) is None:
            return False
        self._queue.put(_Reprint(slot, actor))
        return True

    def scanned(self, text: str, actor: str, selected: str | None = None) -> bool:
        """Take a scan if it is a label code and labels are checked here (the check runs on
        the line's thread; its verdict ends the waiting slot's attempt, `selected` names the
        slot a failed scan is for); False: not the line's scan."""
        if self.labels is None or not self.labels.check_scan:
            return False
        if not text.strip().upper().startswith(label_code.PREFIX):
            return False
        self._queue.put(_Scanned(text, actor, selected))
        return True

    def acknowledge(self) -> None:
        """The operator has seen the failure: red stops blinking, the buzzer stops."""
        self._queue.put(_Acknowledge())

    def flagged(self) -> dict[str, Flagged]:
        return {} if self.labels is None else self.labels.flagged()

    @property
    def has_tower(self) -> bool:
        return self._open_tower is not None

    @property
    def tower_signal(self) -> TowerSignal | None:
        """What the tower was last told to show (None before the first change)."""
        with self._lock:
            return self._shown

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is handled (tests, shutdown)."""
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Handle what is queued, turn the tower off and stop."""
        self._queue.put(_STOP)
        self._thread.join(timeout)

    # -- the line's thread --------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                self._show(ALL_OFF)
                if self._tower is not None:
                    self._tower.close()
                return
            try:
                self._handle(item)
            except Exception:  # a bug here must not end the line's thread for the shift
                log.exception("the line's signals failed on %r (this is a bug)", item)

    def _handle(self, item: object) -> None:
        if isinstance(item, threading.Event):
            item.set()
        elif isinstance(item, SlotUpdated | AttemptFinished):
            snapshot = item.snapshot
            self._states[snapshot.slot] = snapshot.state.value
            if isinstance(item, AttemptFinished):
                self._finished(item)
            elif snapshot.awaiting_check:
                self._check_waits(snapshot)
            self._update_tower()
        elif isinstance(item, _Acknowledge):
            self._acknowledged = True
            self._label_fault = False
            self._update_tower()
        elif isinstance(item, _Scanned) and self.labels is not None:
            check = self.labels.scanned(item.text, item.actor, item.selected)
            if check.slot is not None and check.verdict is not None:
                self._give(check.slot, check.verdict)
            # A failed scan blamed on a slot fails that slot (red by its state); one that no
            # slot can be blamed for is a fault of its own until acknowledged.
            self._label_fault = not check.matched and check.slot is None
            self._update_tower()
        elif isinstance(item, _Reprint) and self.labels is not None:
            self.labels.reprint(item.slot, item.actor)
            self._update_tower()

    def _finished(self, event: AttemptFinished) -> None:
        result = event.snapshot.result
        with self._lock:
            operator = self._operator
        if result in _FAULTS:
            self._acknowledged = False  # a new failure blinks again, however many came before
            if self.sound is not None:
                self.sound.play_fail()
        labels = self.labels
        if labels is not None and labels.check_scan and event.snapshot.attempt_id is not None:
            # Check-scan: the label printed while the unit waited for its scan.
            labels.settled(event.snapshot.slot, event.snapshot.attempt_id, result is Result.PASS)
        elif result is Result.PASS and labels is not None:
            labels.passed(event.snapshot, operator)

    def _give(self, slot: str, verdict: CheckVerdict) -> None:
        if self.checks is not None and not self.checks.give(slot, verdict):
            log.warning("slot %s stopped waiting before its check-scan", slot)

    def _check_waits(self, snapshot: SlotSnapshot) -> None:
        """A provisioned unit waits for its check-scan: print its label (once per attempt)."""
        labels = self.labels
        if labels is None or not labels.check_scan:
            return
        waiting = labels.awaiting().get(snapshot.slot)
        if waiting is not None and waiting.attempt_id == snapshot.attempt_id:
            return
        with self._lock:
            operator = self._operator
        labels.passed(snapshot, operator)

    def _update_tower(self) -> None:
        signal = signal_for(self._states.values(), acknowledged=self._acknowledged)
        lamps, buzzer = dict(signal.lamps), signal.buzzer
        if self.labels is not None and (self.labels.flagged() or self.labels.awaiting()):
            # A label waits for its reprint or its scan: an operator action (blue).
            lamps[Lamp.BLUE] = Light.STEADY
        if self._label_fault:  # a label of another unit, or one that did not read: a fault
            lamps[Lamp.RED] = Light.BLINK
            buzzer = Light.BLINK
        signal = TowerSignal(lamps, buzzer)
        self._show(signal)

    def _show(self, signal: TowerSignal) -> None:
        with self._lock:
            if signal == self._shown:
                return
            self._shown = signal
        if self._open_tower is None:
            return
        try:
            if self._tower is None:
                self._tower = self._open_tower()
            self._tower.show(signal)
        except TowerUnavailable as exc:
            self._drop_tower()
            if not self._tower_down:
                self._tower_down = True
                self._notify(StationNotice.from_error("warning", exc))
            return
        if self._tower_down:
            self._tower_down = False
            self._notify(StationNotice.of("info", Text.of("tower.back")))

    def _drop_tower(self) -> None:
        tower, self._tower = self._tower, None
        with self._lock:
            self._shown = None  # unknown: show the whole state again once it is back
        if tower is not None:
            try:
                tower.close()
            except OSError:
                log.debug("closing an unreachable tower failed", exc_info=True)

    def _notify(self, notice: StationNotice) -> None:
        self._downstream(notice)
