"""Long QA jobs (export, verify) on a worker thread, with progress and cancel.

The core's export and verify report progress through a plain callback on the worker thread.
`Job` turns that into a Qt signal emitted on a QObject that lives on the GUI thread, so the
delivery is queued onto a decorated slot (PySide6's safe path across threads, as `ui.tasks`
says), and it keeps the job's `CancelToken` so the window can stop it or shut down cleanly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from station.cancel import Cancelled, CancelToken
from ui.tasks import Tasks

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], CancelToken], Any]

# A job reports at most this often; more would only flood the GUI thread with repaints.
PROGRESS_INTERVAL_S = 0.1


class Job(QObject):
    """One kind of long job, run one at a time on its own worker.

    Signals:
        started(): a run began.
        progressed(int, int): (done, total) at most every PROGRESS_INTERVAL_S.
        succeeded(object): the run returned this value.
        cancelled(): the run stopped because `cancel()` was called.
        failed(object): the run raised; a StationError is the environment's fault, shown with
            its action; anything else is our bug and was logged with its traceback by `Tasks`.
    """

    started = Signal()
    progressed = Signal(int, int)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    _progress_from_worker = Signal(int, int)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._tasks = Tasks(name, 1, self)
        self._token: CancelToken | None = None
        self._progress_from_worker.connect(self._relay_progress)

    @property
    def running(self) -> bool:
        return self._token is not None

    def start(self, work: Work) -> bool:
        """Run `work(progress, cancel)` off the GUI thread; False if a run is in progress."""
        if self._token is not None:
            return False
        token = CancelToken()
        self._token = token
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL_S or done >= total:
                last[0] = now
                self._progress_from_worker.emit(done, total)

        self.started.emit()
        self._tasks.run(lambda: work(progress, token), self._on_success, self._on_failure)
        return True

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel(QCoreApplication.translate("QAJob", "Stopped by the QA user."))

    def wait(self, timeout_ms: int) -> bool:
        return self._tasks.wait(timeout_ms)

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        if self._token is not None:
            self.progressed.emit(done, total)

    def _on_success(self, value: object) -> None:
        self._token = None
        self.succeeded.emit(value)

    def _on_failure(self, exc: BaseException) -> None:
        self._token = None
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
