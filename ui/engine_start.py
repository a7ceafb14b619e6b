"""The engine, started behind the operator window's first frame.

Building the engine's runner imports the Pairing client, the token sources, the device
profiles and the fleet client, and opens the journal: most of a cold start. The operator should
see the fixture first. So the window is shown over a `DeferredRunner`, which knows only what the
configuration says (the slots, their ports, the fixture's auto-start) and shows each slot as
having no device yet; once the first frame is painted, a thread of its own builds the real
runner, and from then on the deferred runner hands every call to it.

The window's calls into the runner all run off the GUI thread (`ui.tasks.Tasks`), so those that
need the engine simply wait for it there: a Provision pressed while the engine starts takes
effect as soon as it is up. What the engine reports about each slot replaces the previews
through the engine bridge, like any other update.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from station.cancel import CancelToken
from station.engine.events import (
    EventSink,
    SlotSnapshot,
    SlotState,
    SlotUpdated,
    StationNotice,
)
from ui.engine_api import RunnerLike, TargetSummaryLike
from ui.i18n.languages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Should the window never be painted (minimised at start), the engine starts after this anyway.
FIRST_FRAME_WAIT_MS = 500
# The status line's words until the engine is up (shown through engine_starting_text()).
ENGINE_STARTING = QT_TRANSLATE_NOOP("EngineStarter", "Starting the station's engine…")


def engine_starting_text() -> str:
    return QCoreApplication.translate("EngineStarter", ENGINE_STARTING)


@dataclass(frozen=True)
class EnginePreview:
    """What the configuration says about the fixture, before the engine is built."""

    slots: tuple[tuple[str, str], ...]  # (slot name, port as the engine will show it)
    auto_start: bool = False

    def snapshots(self) -> list[SlotSnapshot]:
        return [
            SlotSnapshot(slot=name, location=where, state=SlotState.NO_DEVICE)
            for name, where in self.slots
        ]


class DeferredRunner:
    """A `RunnerLike` over a runner that is being built; see the module's docstring.

    `build` runs once, on the thread that calls it; every other method may be called from any
    thread. Those that need the engine wait for it (`ready` says whether they would), and raise
    the build's error if it failed.
    """

    def __init__(self, preview: EnginePreview, sink: EventSink) -> None:
        self._preview = preview
        self._sink = sink
        self._done = threading.Event()
        self._runner: RunnerLike | None = None
        self._error: BaseException | None = None
        self._auto_start = preview.auto_start

    # -- the build -----------------------------------------------------------------------------

    def build(self, make: Callable[[], RunnerLike]) -> None:
        try:
            runner = make()
        except BaseException as exc:
            self._error = exc
            self._done.set()
            raise
        if runner.auto_start != self._auto_start:
            runner.set_auto_start(self._auto_start)  # the operator toggled it meanwhile
        self._runner = runner
        self._done.set()
        # The tiles show the previews until told otherwise: tell them what the engine has now.
        for snapshot in runner.snapshots():
            self._sink(SlotUpdated(snapshot))

    @property
    def ready(self) -> bool:
        """True once the engine is up (or failed to come up)."""
        return self._done.is_set()

    @property
    def error(self) -> BaseException | None:
        return self._error

    @property
    def engine(self) -> RunnerLike | None:
        """The runner once it is built (None before, or if building it failed)."""
        return self._runner

    def _engine(self, timeout_s: float | None = None) -> RunnerLike:
        if not self._done.wait(timeout_s):
            raise TimeoutError("the station's engine is still starting")
        if self._runner is None:
            assert self._error is not None
            raise self._error
        return self._runner

    def __getattr__(self, name: str) -> Any:
        # The engine's other calls (a supervisor's rework override, …), once it is up; until
        # then they do not exist, as for a runner without them.
        if name.startswith("_") or not self._done.is_set() or self._runner is None:
            raise AttributeError(name)
        return getattr(self._runner, name)

    # -- RunnerLike ----------------------------------------------------------------------------

    @property
    def slots(self) -> list[str]:
        runner = self._runner
        return runner.slots if runner is not None else [name for name, _ in self._preview.slots]

    @property
    def busy(self) -> bool:
        runner = self._runner
        return runner.busy if runner is not None else False

    def snapshots(self) -> list[SlotSnapshot]:
        runner = self._runner
        return runner.snapshots() if runner is not None else self._preview.snapshots()

    def start(self, slot: str) -> bool:
        return self._engine().start(slot)

    def start_all(self) -> list[str]:
        return self._engine().start_all()

    def give_label_scan(self, slot: str, text: str) -> StationNotice | None:
        return self._engine().give_label_scan(slot, text)

    def abort(self, slot: str) -> None:
        if self._runner is not None:  # nothing runs before the engine is up
            self._runner.abort(slot)

    def abort_all(self) -> None:
        if self._runner is not None:
            self._runner.abort_all()

    def set_operator(self, name: str) -> None:
        self._engine().set_operator(name)

    @property
    def auto_start(self) -> bool:
        runner = self._runner
        return runner.auto_start if runner is not None else self._auto_start

    def set_auto_start(self, on: bool) -> None:
        self._auto_start = on
        if self._runner is not None:
            self._runner.set_auto_start(on)

    def target_summary(self) -> TargetSummaryLike:
        return self._engine().target_summary()

    def check_pairing_health(
        self, *, timeout_s: float | None = None, cancel: CancelToken | None = None
    ) -> bool:
        return self._engine().check_pairing_health(timeout_s=timeout_s, cancel=cancel)

    def shutdown(self, timeout_s: float) -> None:
        try:
            runner = self._engine(timeout_s)
        except BaseException:  # noqa: BLE001 - nothing was started, so nothing to stop
            return
        runner.shutdown(timeout_s)


class EngineStarter(QObject):
    """Builds a `DeferredRunner`'s engine on a thread of its own once `window` has painted its
    first frame, and reports on the GUI thread.

    Signals:
        started(): the engine is up.
        failed(object): building it raised this exception.
    """

    started = Signal()
    failed = Signal(object)

    def __init__(
        self,
        window: QWidget,
        runner: DeferredRunner,
        make: Callable[[], RunnerLike],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._runner = runner
        self._make = make
        self._thread: threading.Thread | None = None
        window.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._begin)
        self._fallback.start(FIRST_FRAME_WAIT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            # After this paint has reached the screen, not inside it.
            QTimer.singleShot(0, self, self._begin)
        return False

    def _begin(self) -> None:
        if self._thread is not None:
            return
        self._fallback.stop()
        self._window.removeEventFilter(self)
        self._thread = threading.Thread(target=self._build, name="engine-start", daemon=True)
        self._thread.start()

    def _build(self) -> None:
        try:
            self._runner.build(self._make)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, shown there
            self.failed.emit(exc)
            return
        self.started.emit()
