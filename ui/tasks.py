"""Blocking calls off the GUI thread, with their outcome delivered back on it.

Each `Tasks` owns its own small thread pool, so a slow call of one kind (a Pairing health check
waiting on its deadline) never queues a different kind behind it (Anki's head-of-line lesson).
Results come back through a signal of a QObject that lives on the GUI thread, landing on a
decorated slot, which is the PySide6-safe way across threads (an undecorated callable is added
to the meta-object at connect time, which Qt for Python warns can introduce bugs:
https://doc.qt.io/qtforpython-6/tutorials/basictutorial/signals_and_slots.html#the-slot-class).

`run` is generic in the task's result: the success callback gets the type the task returns.
A failure goes to the call's own failure callback; else to whoever listens to `failed`; else to
the runner's default handler, `ui.errors.present_error` unless another is given (a message box
with the action for the environment's fault, the crash dialog for a bug).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QMetaMethod, QObject, QThreadPool, Signal, Slot

from station.errors import StationError

log = logging.getLogger(__name__)

T = TypeVar("T")
Failure = Callable[[BaseException], None]


def _default_failure(exc: BaseException) -> None:
    from ui.errors import present_error

    present_error(exc)


class Tasks(QObject):
    """Runs callables on a private pool; success/failure callbacks run on the GUI thread.

    Signals:
        failed(BaseException): a task without its own failure callback raised. StationError
            is the environment's fault (show it); anything else was logged with its traceback.
    """

    failed = Signal(object)
    _done = Signal(int, bool, object)

    def __init__(
        self,
        name: str,
        max_threads: int = 1,
        parent: QObject | None = None,
        *,
        on_failure: Failure | None = None,
        log_bugs: bool = True,
    ) -> None:
        """`log_bugs` False: the failure callbacks log our bugs themselves (a page that reads
        again on a timer logs each distinct bug once, `ui.read_failures`)."""
        super().__init__(parent)
        self.setObjectName(name)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Failure | None]] = {}
        self._default_failure = on_failure or _default_failure
        self._log_bugs = log_bugs
        self._done.connect(self._deliver)

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        job = next(self._ids)
        self._callbacks[job] = (on_success, on_failure)

        def work() -> None:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, not lost
                self._done.emit(job, False, exc)
            else:
                self._done.emit(job, True, result)

        self._pool.start(work)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def wait(self, timeout_ms: int) -> bool:
        """Block until every task ran (shutdown and tests only); True if they all did."""
        return bool(self._pool.waitForDone(timeout_ms))

    @Slot(int, bool, object)
    def _deliver(self, job: int, ok: bool, value: object) -> None:
        on_success, on_failure = self._callbacks.pop(job, (None, None))
        if ok:
            if on_success is not None:
                on_success(value)
            return
        assert isinstance(value, BaseException)
        if self._log_bugs and not isinstance(value, StationError):
            log.error("background task in %s failed", self.objectName(), exc_info=value)
        if on_failure is not None:
            on_failure(value)
        elif self.isSignalConnected(QMetaMethod.fromSignal(self.failed)):
            self.failed.emit(value)
        else:
            self._default_failure(value)
