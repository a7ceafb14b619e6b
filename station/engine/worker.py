"""One owner thread per slot: the only thread that ever opens that slot's serial port.

The thread sleeps on a small command queue. When idle it checks, every `presence_interval_s`,
whether its device profile finds a device on the slot's port (READY) or not (NO_DEVICE); on
`start` it runs one `Transaction`. Events leave through the sink from this thread; the sink
must not block.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from station.cancel import Cancelled, CancelToken, Deadline
from station.engine.attempt import Outcome
from station.engine.check_scan import scan_back_action
from station.engine.events import (
    AttemptFinished,
    EventSink,
    Result,
    SlotSnapshot,
    SlotState,
    SlotUpdated,
    StationNotice,
    Step,
)
from station.engine.transaction import Transaction
from station.errors import StationError
from station.ports import PortBinding, resolve, wait_for
from station.profiles.base import DeviceProfile
from station.profiles.label_scan import scan_action
from station.text import Text

log = logging.getLogger(__name__)

# A device that resets re-enumerates (same USB path, new tty) within a second or two; a start
# pressed during that gap waits for it instead of failing on a port that is about to return.
REENUMERATION_WAIT_S = 5.0

_STATE_OF_RESULT = {
    Result.PASS: SlotState.PASS,
    Result.RECOVERED: SlotState.PASS,
    Result.FAIL: SlotState.FAIL,
    Result.SCRAP: SlotState.SCRAP,
    Result.ABORTED: SlotState.ABORTED,
    Result.ALREADY_PROVISIONED: SlotState.ALREADY_PROVISIONED,
}

# A factory, called on the slot's thread, for the transaction of one attempt.
TransactionFactory = Callable[..., Transaction]
# Called on the slot's thread when a device appears: a (message, action) for the READY tile, or
# None when there is nothing to say.
ReadyNote = Callable[[str], tuple[Text, Text] | None]


class SlotWorker:
    def __init__(
        self,
        *,
        slot: str,
        binding: PortBinding,
        baud: int,
        make_transaction: TransactionFactory,
        profile: DeviceProfile,
        sink: EventSink,
        presence_interval_s: float | None,
        ready_note: ReadyNote | None,
    ) -> None:
        self.slot = slot
        self.binding = binding
        self.baud = baud
        self._make_transaction = make_transaction
        self.profile = profile
        self._sink = sink
        self._presence_interval_s = presence_interval_s
        self._ready_note = ready_note
        self._lock = threading.Lock()
        self._commands: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._snapshot = SlotSnapshot(slot=slot, location=str(binding), state=SlotState.NO_DEVICE)
        self._pending_start = False
        self._current: Transaction | None = None
        self._port_wait: CancelToken | None = None
        self._stopping = CancelToken()
        self.auto_start = False
        self._started_at = 0.0
        self._thread = threading.Thread(target=self._loop, name=f"slot-{slot}", daemon=True)

    # -- any thread --------------------------------------------------------------------------

    def launch(self) -> None:
        self._thread.start()

    @property
    def snapshot(self) -> SlotSnapshot:
        with self._lock:
            snap = self._snapshot
            if snap.state is SlotState.WORKING:
                snap = replace(snap, elapsed_s=time.monotonic() - self._started_at)
            return snap

    @property
    def waiting_for_port(self) -> bool:
        """A start is waiting for the slot's port to (re)appear."""
        with self._lock:
            return self._port_wait is not None

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending_start or self._current is not None

    def start(self) -> bool:
        """Queue an attempt; False if one is already queued or running, or when stopping."""
        with self._lock:
            if self._pending_start or self._current is not None or self._stopping.cancelled:
                return False
            self._pending_start = True
        self._commands.put("start")
        return True

    def abort(self, reason: str | Text = "") -> None:
        with self._lock:
            self._pending_start = False
            current = self._current
            port_wait = self._port_wait
        if port_wait is not None:
            port_wait.cancel(reason)
        if current is not None:
            current.abort(reason)

    def show_label_wait(self, waiting: bool) -> None:
        """The attempt (on this slot's thread) starts or stops waiting for a label scan: the
        tile asks the operator for it, and the operator screen routes the next scan here."""
        with self._lock:
            snap = self._snapshot
            if snap.state is not SlotState.WORKING:
                return
            message = Text.of("label_scan.waiting") if waiting else Text.plain("")
            action = scan_action(self.slot) if waiting else Text.plain("")
            self._snapshot = snap = replace(
                snap, awaiting_label=waiting, text=message, action_text=action
            )
        self._sink(SlotUpdated(snap))

    def show_check_wait(self, waiting: bool, unit: str | Text) -> None:
        """The provisioned `unit` (on this slot's thread) starts or stops waiting for its label
        to be scanned back: the tile asks for that unit's scan, and the line prints the label."""
        with self._lock:
            snap = self._snapshot
            if snap.state is not SlotState.WORKING:
                return
            message = Text.of("check_scan.waiting") if waiting else Text.plain("")
            action = scan_back_action(self.slot, unit) if waiting else Text.plain("")
            self._snapshot = snap = replace(
                snap, awaiting_check=waiting, text=message, action_text=action
            )
        self._sink(SlotUpdated(snap))

    def check_presence(self) -> None:
        """Ask the slot thread to check for a device now (the answer comes as an event)."""
        self._commands.put("poll")

    def stop(self) -> None:
        self._stopping.cancel(Text.of("abort.shutting_down"))
        self.abort(Text.of("abort.shutting_down"))
        self._commands.put("stop")

    def join(self, timeout: float) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- the slot's thread -------------------------------------------------------------------

    def _loop(self) -> None:
        self._poll_presence()
        while True:
            try:
                command = self._commands.get(timeout=self._presence_interval_s)
            except queue.Empty:
                command = "poll"
            if command == "stop":
                return
            try:
                if command == "start":
                    self._run_attempt()
                elif command == "poll" and not self._stopping.cancelled:
                    self._poll_presence()
            except Exception:
                log.exception("bug in the worker of slot %s", self.slot)
                self._sink(
                    StationNotice.of(
                        "error",
                        Text.of("internal.worker", slot=self.slot),
                        Text.of("internal.worker.action"),
                    )
                )

    def _device_answers(self) -> bool:
        try:
            port = resolve(self.binding)
        except StationError:
            return False
        if port is None:
            return False
        try:
            # The stop token cancels a probe in flight, so shutdown never waits on one.
            return self.profile.present(port, baud=self.baud, cancel=self._stopping, slot=self.slot)
        except StationError:
            return False

    def _poll_presence(self) -> None:
        present = self._device_answers()
        note = self._note_for_ready() if present else None
        auto = False
        with self._lock:
            old = self._snapshot
            if self._current is not None or self._pending_start:
                return
            if present and old.state is SlotState.NO_DEVICE:
                message, action = note or (Text.plain(""), Text.plain(""))
                new = SlotSnapshot(
                    slot=self.slot,
                    location=old.location,
                    state=SlotState.READY,
                    text=message,
                    action_text=action,
                )
                auto = self.auto_start
            elif not present and old.state is not SlotState.NO_DEVICE:
                new = SlotSnapshot(slot=self.slot, location=old.location, state=SlotState.NO_DEVICE)
            else:
                return
            self._snapshot = new
        self._sink(SlotUpdated(new))
        if auto:
            self.start()

    def _note_for_ready(self) -> tuple[Text, Text] | None:
        """The note for a device that just appeared (only asked on that transition)."""
        if self._ready_note is None or self.snapshot.state is not SlotState.NO_DEVICE:
            return None
        try:
            return self._ready_note(self.slot)
        except StationError as exc:
            # The tile still shows READY; the note is a help, not a condition to start.
            log.warning("slot %s: could not look up earlier attempts: %s", self.slot, exc.message)
            return None

    def _run_attempt(self) -> None:
        with self._lock:
            if not self._pending_start:
                return  # aborted while queued
            self._started_at = time.monotonic()
            location = self._snapshot.location

        def on_step(step: Step, device_id: str | None, serial: str | None) -> None:
            with self._lock:
                self._snapshot = SlotSnapshot(
                    slot=self.slot,
                    location=location,
                    state=SlotState.WORKING,
                    step=step,
                    device_id=device_id,
                    hardware_serial=serial,
                    elapsed_s=time.monotonic() - self._started_at,
                    attempt_id=tx.attempt_id or None,
                )
                snap = self._snapshot
            self._sink(SlotUpdated(snap))

        port_wait = CancelToken()
        with self._lock:
            self._port_wait = port_wait
            if not self._pending_start:
                port_wait.cancel()  # aborted between the two locks
        try:
            port = wait_for(self.binding, Deadline(REENUMERATION_WAIT_S), port_wait, slot=self.slot)
        except Cancelled as exc:
            self._finish_without_attempt(exc, state=SlotState.ABORTED, result=Result.ABORTED)
            return
        except StationError as exc:
            self._finish_without_attempt(exc)
            return
        finally:
            with self._lock:
                self._port_wait = None
        tx = self._make_transaction(
            slot=self.slot, port=port, baud=self.baud, profile=self.profile, on_step=on_step
        )
        with self._lock:
            self._current = tx
            self._pending_start = False
        try:
            outcome = tx.run()
        except StationError as exc:
            # The journal itself failed: the attempt has no result to show from it.
            log.error("slot %s: attempt could not be recorded: %s", self.slot, exc)
            self._sink(StationNotice.from_error("error", exc))
            self._finish_without_attempt(exc)
            return
        finally:
            with self._lock:
                self._current = None
        self._publish(outcome, location)

    def _publish(self, outcome: Outcome, location: str) -> None:
        snap = SlotSnapshot(
            slot=self.slot,
            location=location,
            state=_STATE_OF_RESULT[outcome.result],
            step=None,
            device_id=outcome.device_id,
            hardware_serial=outcome.hardware_serial,
            elapsed_s=time.monotonic() - self._started_at,
            result=outcome.result,
            error_class=outcome.error_class,
            text=outcome.text,
            action_text=outcome.action_text,
            attempt_id=outcome.attempt_id,
        )
        with self._lock:
            self._snapshot = snap
        self._sink(AttemptFinished(snap, dict(outcome.step_durations_s)))

    def _finish_without_attempt(
        self,
        exc: StationError,
        *,
        state: SlotState = SlotState.FAIL,
        result: Result = Result.FAIL,
    ) -> None:
        with self._lock:
            self._pending_start = False
            snap = SlotSnapshot(
                slot=self.slot,
                location=self._snapshot.location,
                state=state,
                result=result,
                error_class=exc.error_class,
                text=exc.text,
                action_text=exc.action_text,
            )
            self._snapshot = snap
        self._sink(SlotUpdated(snap))
