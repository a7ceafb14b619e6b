"""One error presenter: `describe` for notices, the default failure handler of background
tasks, and a crash dialog for the station's own bugs that says what to send and shows no
secret."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from station.errors import StationError
from ui.app import install_exception_hooks
from ui.errors import BUG_ACTION, CrashDialog, bug_report, describe
from ui.log_file import log_path, stop_log_file
from ui.tasks import Tasks

SECRET = "q1VfYxPqR3s8tW0zAbCdEfGhIjKlMnOpQrStUvWxYz0="  # 44 characters, secret-shaped


class PortGone(StationError):
    pass


def _boom() -> int:
    raise KeyError(f"credentials {SECRET} lost")


def test_describe_says_what_happened_and_what_to_do() -> None:
    notice = describe(PortGone("The port of slot 2 is gone.", "Check its USB cable."))
    assert (notice.level, notice.message, notice.action) == (
        "error",
        "The port of slot 2 is gone.",
        "Check its USB cable.",
    )
    bug = describe(KeyError("x"))
    assert "bug" in bug.message and "KeyError" in bug.message
    assert bug.action == BUG_ACTION


def test_the_crash_report_never_shows_a_secret() -> None:
    try:
        _boom()
    except KeyError as exc:
        report = bug_report(exc)
    assert SECRET not in report
    assert "[removed]" in report
    assert "KeyError" in report and "_boom" in report  # support gets the trace
    assert "version:" in report and "time:" in report


def _open_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_a_task_without_a_handler_shows_a_bug_in_the_crash_dialog(qtbot: QtBot) -> None:
    tasks = Tasks("test-crash")
    tasks.run(_boom)
    qtbot.waitUntil(lambda: any(isinstance(b, CrashDialog) for b in _open_boxes()), timeout=5000)
    (box,) = [b for b in _open_boxes() if isinstance(b, CrashDialog)]
    assert "What to do:" in box.informativeText()
    assert SECRET not in box.detailedText() and SECRET not in box.text()
    box.close()


def test_a_task_without_a_handler_shows_the_environments_fault_with_its_action(
    qtbot: QtBot,
) -> None:
    tasks = Tasks("test-station-error")

    def fail() -> None:
        raise PortGone("The port of slot 2 is gone.", "Check its USB cable.")

    tasks.run(fail)
    qtbot.waitUntil(
        lambda: any(b.objectName() == "error-dialog" for b in _open_boxes()), timeout=5000
    )
    (box,) = [b for b in _open_boxes() if b.objectName() == "error-dialog"]
    assert box.text() == "The port of slot 2 is gone."
    assert box.informativeText() == "What to do: Check its USB cable."
    box.close()


def test_the_result_reaches_its_callback_with_its_type(qtbot: QtBot) -> None:
    tasks = Tasks("test-typed")
    got: list[list[str]] = []
    tasks.run(lambda: ["1", "2"], got.append)  # Callable[[list[str]], None], checked by mypy
    qtbot.waitUntil(lambda: got == [["1", "2"]], timeout=5000)


def test_an_uncaught_bug_in_a_slot_opens_the_crash_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The hooks are the station's for this test only (pytest-qt's come back after it).
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    # The hooks start the station's log file where platformdirs puts it: here, not in $HOME.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    try:
        install_exception_hooks()
        QTimer.singleShot(0, _boom)  # raised in the event loop, where nobody catches it
        qtbot.waitUntil(
            lambda: any(isinstance(b, CrashDialog) for b in _open_boxes()), timeout=5000
        )
        (box,) = [b for b in _open_boxes() if isinstance(b, CrashDialog)]
        assert "KeyError" in box.detailedText() and SECRET not in box.detailedText()
        box.close()
        assert log_path().is_relative_to(tmp_path)
    finally:
        stop_log_file()
    # The log file keeps the bug's trace, and no more of the secret than the dialog shows.
    logged = log_path().read_text("utf-8")
    assert "uncaught exception (this is a bug)" in logged
    assert "KeyError: 'credentials [removed] lost'" in logged
    assert SECRET not in logged
