"""`station gui` with no configuration, or one that does not load: a window says what is
missing and what to do, instead of a message on a stderr nobody sees (desktop entry).

Real widgets offscreen: `run_gui` runs as it does from the desktop, and a timer acts as the user
in the window it shows.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.demo import DemoEnvironment
from ui.app import EXIT_FAILED, EXIT_OK, run_gui
from ui.setup_needed import SetupNeededDialog, check_command
from ui.signin import SignInDialog

POLL_MS = 50


@dataclass
class Seen:
    """What the user saw in each SetupNeededDialog, in order."""

    windows: list[dict[str, str]] = field(default_factory=list)
    clipboard: str = ""
    signed_in_offered: bool = False


def run_as_user(path: Path, seen: Seen, answer: Callable[[SetupNeededDialog, int], None]) -> int:
    """`run_gui(path)` with a user who records each SetupNeededDialog and lets `answer` press
    one of its buttons, and who cancels an operator sign-in once one appears (the station
    then quits). Returns run_gui's exit code."""
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, SetupNeededDialog) and widget.property("seen") is None:
                widget.setProperty("seen", True)
                seen.windows.append(
                    {
                        "title": widget.windowTitle(),
                        "heading": widget.heading.text(),
                        "path": widget.where.text(),
                        "action": widget.action.text(),
                        "command": widget.command.toPlainText(),
                    }
                )
                answer(widget, len(seen.windows))
                return
            if isinstance(widget, SignInDialog):
                seen.signed_in_offered = True
                widget.reject()
                return

    timer.timeout.connect(poll)
    timer.start()
    try:
        return run_gui(path)
    finally:
        timer.stop()
        # A quit the station posted as it ended, handled after its event loop, leaves Qt's
        # "quit now" flag set, and every later dialog.exec() in this process would return at
        # once. Handle it here, then let one application loop clear the flag.
        QApplication.processEvents()
        QTimer.singleShot(0, QApplication.quit)
        QApplication.exec()


def test_no_configuration_shows_the_missing_file_and_the_command(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "nowhere" / "config.toml"
    seen = Seen()

    def answer(dialog: SetupNeededDialog, count: int) -> None:
        assert dialog.isVisible()
        dialog.copy_button.click()
        seen.clipboard = QGuiApplication.clipboard().text()
        dialog.close_button.click()

    code = run_as_user(path, seen, answer)
    assert code == EXIT_FAILED
    assert len(seen.windows) == 1
    window = seen.windows[0]
    assert window["title"] == "The station is not set up yet"
    assert "no configuration" in window["heading"]
    assert str(path) in window["path"]
    assert "docs/configuration.md" in window["action"]
    assert window["command"] == f"station config check --config {path}"
    assert seen.clipboard == check_command(path)
    assert not path.parent.exists()  # looking creates nothing


def test_try_again_opens_the_station_once_the_supervisor_wrote_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with DemoEnvironment(tmp_path / "env", slots=1) as env:
        path = tmp_path / "config.toml"
        seen = Seen()

        def answer(dialog: SetupNeededDialog, count: int) -> None:
            shutil.copy(env.config_path, path)  # the supervisor sets the station up
            dialog.retry_button.click()

        code = run_as_user(path, seen, answer)
    assert len(seen.windows) == 1
    assert seen.signed_in_offered  # the station opened: the operator's sign-in came next
    assert code == EXIT_OK


def test_a_configuration_that_does_not_load_is_named_with_its_fix(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "config.toml"
    path.write_text("schema_version = 2\nstation_id = [[[\n", "utf-8")
    seen = Seen()

    def answer(dialog: SetupNeededDialog, count: int) -> None:
        if count == 1:
            dialog.retry_button.click()  # nothing changed: the same window again
        else:
            dialog.close_button.click()

    code = run_as_user(path, seen, answer)
    assert code == EXIT_FAILED
    assert len(seen.windows) == 2
    first = seen.windows[0]
    assert first["title"] == "The station cannot start"
    assert str(path) in first["heading"]  # the load error names the file
    assert first["action"].startswith("What to do: ")
    assert len(first["action"]) > len("What to do: ")
    assert seen.windows[1] == first
