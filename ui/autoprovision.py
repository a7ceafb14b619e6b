"""Unattended run of the operator screen: provision every slot, screenshot, optionally exit.

Used by `station demo --auto-provision [--screenshot PNG] [--exit-when-done]`, which is how the
README's screenshot is made and how a plant checks a new PC end to end. It drives the window
exactly as an operator would (the Provision action), and watches the same bridge signals the
tiles show.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from station.engine.events import AttemptFinished, Result, SlotSnapshot, SlotState
from ui.app import EXIT_FAILED, EXIT_OK, Session
from ui.operator.window import OperatorWindow

log = logging.getLogger(__name__)

READY_WAIT_MS = 20_000
RUN_DEADLINE_MS = 240_000
SETTLE_MS = 400  # let the last batch paint before the screenshot


class AutoProvision(QObject):
    """Waits for the slots to be ready, presses Provision, and waits for every result.

    Signals:
        done(int): every started slot finished (or the deadline passed); the exit code.
    """

    done = Signal(int)

    def __init__(
        self,
        window: OperatorWindow,
        session: Session,
        *,
        screenshot: Path | None,
        exit_when_done: bool,
        ready_wait_ms: int = READY_WAIT_MS,
        run_deadline_ms: int = RUN_DEADLINE_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.screenshot = screenshot
        self.exit_when_done = exit_when_done
        self.results: dict[str, Result] = {}
        self._expected: set[str] = set()
        self._provisioned = False
        self._finished = False
        window.bridge.slotChanged.connect(self._on_slot)
        window.bridge.attemptFinished.connect(self._on_finished)
        self._ready_timer = QTimer(self)
        self._ready_timer.setSingleShot(True)
        self._ready_timer.timeout.connect(self._provision)
        self._ready_timer.start(ready_wait_ms)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._give_up)
        self._deadline.start(run_deadline_ms)
        QTimer.singleShot(0, self._check_ready)

    def _states(self) -> list[SlotSnapshot]:
        return self.window.snapshots()

    @Slot(object)
    def _on_slot(self, _snap: SlotSnapshot) -> None:
        self._check_ready()

    @Slot()
    def _check_ready(self) -> None:
        if not self._provisioned and all(s.state is SlotState.READY for s in self._states()):
            self._provision()

    @Slot()
    def _provision(self) -> None:
        if self._provisioned:
            return
        self._provisioned = True
        self._ready_timer.stop()
        self._expected = {s.slot for s in self._states() if s.state is SlotState.READY}
        log.info("auto-provision: starting %d ready slot(s)", len(self._expected))
        if not self._expected:
            self._complete(EXIT_FAILED)
            return
        self.window.provision_all()

    @Slot(object)
    def _on_finished(self, attempt: AttemptFinished) -> None:
        snap = attempt.snapshot
        if snap.result is not None and snap.slot in self._expected:
            self.results[snap.slot] = snap.result
        if self._expected and set(self.results) >= self._expected:
            passed = all(self.results[s] is Result.PASS for s in self._expected)
            self._complete(EXIT_OK if passed else EXIT_FAILED)

    @Slot()
    def _give_up(self) -> None:
        log.error(
            "auto-provision: deadline passed with %d of %d slot(s) finished",
            len(self.results),
            len(self._expected),
        )
        self._complete(EXIT_FAILED)

    def _complete(self, code: int) -> None:
        if self._finished:
            return
        self._finished = True
        self._deadline.stop()
        self.session.exit_code = code
        QTimer.singleShot(SETTLE_MS, lambda: self._wrap_up(code))

    def _wrap_up(self, code: int) -> None:
        self.window.bridge.flush()
        if self.screenshot is not None and not self.save_screenshot(self.screenshot):
            self.session.exit_code = code = EXIT_FAILED
        self.done.emit(code)
        if self.exit_when_done:
            self.window.close()

    def save_screenshot(self, path: Path) -> bool:
        path.parent.mkdir(parents=True, exist_ok=True)
        image = self.window.grab()
        if image.isNull() or not image.save(str(path), "PNG"):
            log.error("could not save the screenshot to %s", path)
            return False
        log.info("screenshot saved to %s (%dx%d)", path, image.width(), image.height())
        return True
