"""One way the GUI turns an exception into words, and a crash dialog for the station's own bugs.

An exception is either the environment's fault (`StationError`: a port, Pairing, the journal, a
token; it carries what happened and what to do) or a bug in the station. `describe` words
either for a notice bar or a message box, and `in_words` puts it on one line for a status label;
`present_error` is what a background task does with a failure nobody else handles: a message box
with the action for the first, the crash dialog for the second, which tells the operator what to
send to support and never shows a secret. A screen that shows a failure in its own status line
calls `show_failure`: the same words there, and the crash dialog too when it is a bug. No screen
words an exception itself (tests/ui/test_one_error_presenter.py looks).
"""

from __future__ import annotations

import platform
import re
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from station.engine.events import StationNotice
from station.errors import StationError
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.operator.engine_words import render

BUG_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "The station hit an internal error. This is a bug in the station, not your doing."
)
BUG_ACTION = QT_TRANSLATE_NOOP(
    "Errors",
    "Tell the line supervisor and send the error report (Show Details, Copy) to support; "
    "the journal and every finished slot are intact.",
)
# A JWT or any long base64/base64url run (a credentials secret is 44 characters): never shown.
_SECRETISH = re.compile(
    r"[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*|[A-Za-z0-9+/_-]{32,}={0,2}"
)


def is_bug(exc: BaseException) -> bool:
    return not isinstance(exc, StationError)


def describe(exc: BaseException, level: str = "error") -> StationNotice:
    """An error notice in the operator's words, with the action to take (`level` "warning" for
    a refusal that is no fault, such as a role that may not open a screen)."""
    if isinstance(exc, StationError):
        # In the screens' language where the message has an ID (station/text.py).
        return StationNotice(level, render(exc.text), render(exc.action_text))
    bug = QCoreApplication.translate("Errors", BUG_MESSAGE)
    action = QCoreApplication.translate("Errors", BUG_ACTION)
    return StationNotice("error", f"{bug} ({type(exc).__name__})", action)


def in_words(exc: BaseException) -> str:
    """`describe(exc)` on one line, for a status label: what happened, then what to do."""
    notice = describe(exc)
    if not notice.action:
        return notice.message
    said = QCoreApplication.translate("Errors", "{message} What to do: {action}")
    return said.format(message=notice.message, action=notice.action)


def error_box(exc: BaseException, title: str, parent: QWidget | None = None) -> QMessageBox:
    """A warning box (not yet shown) with `describe(exc)`: the message, then what to do."""
    notice = describe(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, notice.message)
    if notice.action:
        said = QCoreApplication.translate("Errors", "What to do: {action}")
        box.setInformativeText(said.format(action=notice.action))
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    return box


def show_failure(
    exc: BaseException,
    show: Callable[[str], None],
    parent: QWidget | None = None,
    *,
    before: str = "",
) -> None:
    """What a screen does with a failure it shows itself: `in_words(exc)` (after `before`, e.g.
    "Not saved: ") through `show`, and for a bug the crash dialog as well, so support gets the
    report. The task runner has logged a bug with its trace already."""
    show(f"{before}{in_words(exc)}")
    if is_bug(exc):
        present_error(exc, parent)


def _version() -> str:
    from importlib import metadata  # only for a bug report: it is slow to import

    try:
        return metadata.version("provisioning-station")
    except metadata.PackageNotFoundError:
        return "unknown"


def bug_report(exc: BaseException) -> str:
    """What support needs: when, which version, on what, and the traceback, with every
    secret- or token-shaped run of characters removed."""
    lines = [
        "Provisioning Station error report",
        f"time: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"version: {_version()}",
        f"python: {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ]
    return _SECRETISH.sub("[removed]", "".join(f"{line.rstrip()}\n" for line in lines))


class CrashDialog(QMessageBox):
    """Shown for a bug: what happened in plain words, what to do, and the report to send."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(QCoreApplication.translate("Errors", "Internal error"))
        self.setText(QCoreApplication.translate("Errors", BUG_MESSAGE))
        said = QCoreApplication.translate("Errors", "What to do: {action}")
        self.setInformativeText(
            said.format(action=QCoreApplication.translate("Errors", BUG_ACTION))
        )
        self.report = bug_report(exc)
        self.setDetailedText(self.report)
        self.setStandardButtons(QMessageBox.StandardButton.Close)


def _parent_window() -> QWidget | None:
    return QApplication.activeWindow()


# Boxes are kept alive here until they close, with the failure each shows: one failure that
# reaches several handlers (a panel's status line and its window's) opens one box.
_OPEN: dict[QMessageBox, BaseException] = {}


def present_error(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """Show a failure nobody else handled (opened, not exec'd: the GUI keeps running). The
    caller has logged it."""
    for open_box, shown in _OPEN.items():
        if shown is exc:
            return open_box  # still open, where it was shown
    parent = parent or _parent_window()
    box: QMessageBox
    if is_bug(exc):
        box = CrashDialog(exc, parent)
    else:
        title = QCoreApplication.translate("Errors", "The station could not do that")
        box = error_box(exc, title, parent)
        box.setObjectName("error-dialog")
    _OPEN[box] = exc

    def closed() -> None:
        _OPEN.pop(box, None)
        box.deleteLater()

    box.finished.connect(closed)
    box.open()
    return box
