"""The cold-start bench's child: `station gui` started in this process, timed from the
process's launch to the operator window's first painted frame and on to the engine having its
slots. Run by bench/gui_bench.py as `gui_bench.py --cold-start-child CONFIG LAUNCHED_AT`; it
prints one JSON line and ends the process (the engine's threads and the journal end with it).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path


def cold_start_child(config_path: Path, launched_at: float) -> None:
    t_main = time.time()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    from ui.app import application, run_gui

    app = application()
    marks: dict[str, float] = {"main": t_main}

    class FirstFrame(QObject):
        """Notes the operator window's first paint, then when its tiles show the engine's
        slots (not placeholders), then ends the run."""

        def __init__(self) -> None:
            super().__init__()
            self.window: QWidget | None = None
            self._poll = QTimer()
            self._poll.setInterval(5)
            self._poll.timeout.connect(self._check_engine)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                self.window is None
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window().objectName() == "operator-window"
            ):
                marks["first_frame"] = time.time()
                self.window = watched.window()
                self._poll.start()
            return False

        def _check_engine(self) -> None:
            runner = getattr(self.window, "runner", None)
            if getattr(runner, "ready", True) and hasattr(runner, "snapshots"):
                marks["engine_ready"] = time.time()
                self._poll.stop()
                self._finish()

        def _finish(self) -> None:
            print(
                json.dumps(
                    {
                        "interpreter_s": marks["main"] - launched_at,
                        "first_frame_s": marks["first_frame"] - launched_at,
                        "engine_ready_s": marks["engine_ready"] - launched_at,
                    }
                ),
                flush=True,
            )
            # The engine's threads and the journal end with the process: only the start counts.
            os._exit(0)

    spy = FirstFrame()
    app.installEventFilter(spy)
    QTimer.singleShot(60_000, lambda: os._exit(3))
    run_gui(config_path, operator="bench")
