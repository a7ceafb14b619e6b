"""What a page that reads again on a timer shows when a read fails.

The supervisor's MES and fleet pages read every few seconds while open. A failure of the
environment (the network, the centre down, a refused sign-in, the journal unreadable) is told on
the page in plain words, with what to do: a dialog every few seconds would be worse. Our own bug
is different: the page says "internal error" and names the log file, and the bug is logged with
its trace once per distinct error, not at every read (the task runner is told not to log it,
`Tasks(log_bugs=False)`).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ui.errors import in_words, is_bug
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.log_file import log_path

log = logging.getLogger(__name__)

INTERNAL = QT_TRANSLATE_NOOP(
    "Errors", "Internal error, see the log at {path} and send it to support."
)


def _signature(exc: BaseException) -> tuple[object, ...]:
    """The same bug, however often it recurs: its type and where it was raised. Not its message,
    which may carry a value that changes from read to read (a time, a count)."""
    frames = traceback.extract_tb(exc.__traceback__)
    return (type(exc).__qualname__, *((f.filename, f.lineno) for f in frames))


class RepeatedReadFailures:
    """One page's read failures: `words(exc)` says what to show, and logs each bug once."""

    def __init__(self, page: str) -> None:
        self._page = page
        self._logged: set[tuple[object, ...]] = set()

    def words(self, exc: BaseException) -> Callable[[], str]:
        """What the page shows for `exc`, worded again on each call (a language switch)."""
        if not is_bug(exc):
            return lambda: in_words(exc)
        signature = _signature(exc)
        if signature not in self._logged:
            self._logged.add(signature)
            log.error(
                "%s: a read failed with an internal error (logged once; the page reads again)",
                self._page,
                exc_info=exc,
            )
        path = str(log_path())
        return lambda: QCoreApplication.translate("Errors", INTERNAL).format(path=path)
