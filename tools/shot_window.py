"""The screenshots' pieces inside the X server: grabbing a window's pixels, waiting on the GUI
thread for what a picture shows, and the demo's arguments, a tap and a language switch."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

SETTLE_MS = 600  # the last results, a relayout and the window manager-less map, painted
POLL_MS = 100
WAIT_S = 180


class Failed(Exception):
    """The picture would not show what it documents."""


def grab(window: object, out: Path) -> None:
    """Save the X server's pixels inside `window`'s frame to `out`."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if not area.contains(frame):
        raise Failed(f"{window.windowTitle()!r} at {frame} leaves the screen's area {area}")
    pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if pixmap.isNull() or not pixmap.save(str(out), "PNG"):
        raise Failed(f"could not save {out}")


class Run:
    """Polls conditions on the GUI thread and records the first failure for the exit code."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        from ui.app import application

        self.app: QApplication = application()
        self.error: BaseException | None = None

    def when(self, ready: Callable[[], bool], then: Callable[[], None], what: str) -> None:
        """Run `then` once `ready()` is true (and the screen has settled), or fail after WAIT_S."""
        from PySide6.QtCore import QTimer

        timer = QTimer(self.app)
        timer.setInterval(POLL_MS)
        left = [WAIT_S * 1000 // POLL_MS]

        def poll() -> None:
            left[0] -= 1
            if left[0] < 0:
                timer.stop()
                self.fail(Failed(f"gave up waiting for {what}"))
            elif ready():
                timer.stop()
                QTimer.singleShot(SETTLE_MS, lambda: self.guard(then))

        timer.timeout.connect(poll)
        timer.start()

    def guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as exc:  # noqa: BLE001 (any failure ends this picture)
            self.fail(exc)

    def fail(self, exc: BaseException) -> None:
        self.error = self.error or exc
        self.app.exit(1)


def demo_args(slots: int, faults: str, *, auto: bool) -> argparse.Namespace:
    from station.demo_cli import demo_arguments

    return demo_arguments(
        f"--slots={slots}", f"--faults={faults}", "--operator=Dana", *(["--auto-provision"] * auto)
    )


def tap(widget: object) -> None:
    """A finger down and up on `widget`'s centre, through a touch screen device."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    window = widget.window()
    where = widget.mapTo(window, widget.rect().center())
    device = QTest.createTouchDevice()
    QTest.touchEvent(window, device).press(0, where).commit()
    QTest.touchEvent(window, device).release(0, where).commit()


def switch_language(language: str) -> None:
    from ui.i18n.languages import languages

    missing = languages().switch(language)
    if missing is not None:
        raise Failed(f"{missing.message} {missing.action}")
