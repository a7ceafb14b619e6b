"""One way the GUI turns an exception into words, and a crash dialog for the station's own bugs.

An exception is either the environment's fault (`StationError`: a port, Pairing, the journal, a
token; it carries what happened and what to do) or a bug in the station. `describe` words
either for a notice bar or a message box; `present_error` is what a background task does with a
failure nobody else handles: a message box with the action for the first, the crash dialog for
the second, which tells the operator what to send to support and never shows a secret.
"""

from __future__ import annotations

import platform
import re
import time
import traceback
from importlib import metadata

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from station.engine.events import StationNotice
from station.errors import StationError

BUG_MESSAGE = "The station hit an internal error. This is a bug in the station, not your doing."
BUG_ACTION = (
    "Tell the line supervisor and send the error report (Show Details, Copy) to support; "
    "the journal and every finished slot are intact."
)
# A JWT or any long base64/base64url run (a credentials secret is 44 characters): never shown.
_SECRETISH = re.compile(
    r"[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*|[A-Za-z0-9+/_-]{32,}={0,2}"
)


def is_bug(exc: BaseException) -> bool:
    return not isinstance(exc, StationError)


def describe(exc: BaseException) -> StationNotice:
    """An error notice in the operator's words, with the action to take."""
    if isinstance(exc, StationError):
        return StationNotice("error", exc.message, exc.action)
    return StationNotice("error", f"{BUG_MESSAGE} ({type(exc).__name__})", BUG_ACTION)


def _version() -> str:
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
        self.setWindowTitle("Internal error")
        self.setText(BUG_MESSAGE)
        self.setInformativeText(f"What to do: {BUG_ACTION}")
        self.report = bug_report(exc)
        self.setDetailedText(self.report)
        self.setStandardButtons(QMessageBox.StandardButton.Close)


def _parent_window() -> QWidget | None:
    return QApplication.activeWindow()


# Boxes without a parent window are kept alive here until they close.
_OPEN: set[QMessageBox] = set()


def present_error(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """Show a failure nobody else handled (opened, not exec'd: the GUI keeps running). The
    caller has logged it."""
    parent = parent or _parent_window()
    box: QMessageBox
    if is_bug(exc):
        box = CrashDialog(exc, parent)
    else:
        notice = describe(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, "The station could not do that", notice.message)
        box.setObjectName("error-dialog")
        if notice.action:
            box.setInformativeText(f"What to do: {notice.action}")
        box.setParent(parent, box.windowFlags())
    _OPEN.add(box)

    def closed() -> None:
        _OPEN.discard(box)
        box.deleteLater()

    box.finished.connect(closed)
    box.open()
    return box
