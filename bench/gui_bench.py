"""GUI responsiveness: event-loop stalls while 16 simulated slots provision, and cold start.

Prints figures; asserts nothing (the CI machine is two shared cores).

- Stall: a 1 ms repeating precise QTimer runs on the GUI thread while the operator window drives
  16 simulated slots through the real engine (ptys, HTTPS stand-in, SQLite). Each tick's lateness
  beyond 1 ms is how long the GUI thread was busy or blocked; max and p99 are printed, with an
  idle baseline for comparison.
- Cold start: a fresh interpreter imports the GUI, brings up the demo environment and shows the
  operator window; the time from process launch to the window's first painted frame is printed,
  with its parts.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_bench.py [--slots 16]`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from station.demo import DemoEnvironment
    from station.engine.runner import FixtureRunner
    from station.journal import Journal
    from ui.bridge import EngineBridge
    from ui.operator.window import OperatorWindow

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _summary(name: str, delays_ms: list[float]) -> str:
    return (
        f"{name}: ticks={len(delays_ms)} max={max(delays_ms):.1f} ms "
        f"p99={_percentile(delays_ms, 0.99):.2f} ms p50={statistics.median(delays_ms):.2f} ms"
    )


class _Ticker:
    """A 1 ms precise timer on the GUI thread that records how late each tick came."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.delays_ms: list[float] = []
        self._clock = QElapsedTimer()
        self._last = 0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.delays_ms.append(max(0.0, (now - self._last) / 1e6 - 1.0))
        self._last = now

    def start(self) -> None:
        self.delays_ms = []
        self._clock.start()
        self._last = 0
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return self.delays_ms[1:]


def _pump(seconds: float, until: Callable[[], bool] | None = None) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until is not None and until():
            return


def _operator_window(
    env: DemoEnvironment, journal: Journal
) -> tuple[OperatorWindow, FixtureRunner, EngineBridge]:
    """The operator window on the demo fixture, as `station demo` builds it (not yet shown)."""
    from station.config import load_config
    from station.engine.runner import FixtureRunner
    from ui.bridge import EngineBridge
    from ui.operator.window import OperatorWindow

    bridge = EngineBridge()
    runner = FixtureRunner(
        config=load_config(env.config_path),
        fixture=env.fixture_name,
        journal=journal,
        operator="bench",
        sink=bridge.sink,
    )
    window = OperatorWindow(runner, bridge, "bench")
    window.resize(1560, 960)
    return window, runner, bridge


def stall_bench(slots: int, deadline_s: float) -> None:
    from station.demo import DemoEnvironment
    from station.engine.events import AttemptFinished, Result, SlotState
    from station.journal import Journal
    from ui.app import application

    application()
    with (
        tempfile.TemporaryDirectory(prefix="gui-bench-") as tmp,
        DemoEnvironment(Path(tmp), slots=slots, storage="otp") as env,
        Journal.open(env.journal_path, station_id="gui-bench") as journal,
    ):
        window, _runner, bridge = _operator_window(env, journal)
        window.show()
        _pump(30.0, lambda: all(s.state is SlotState.READY for s in window.snapshots()))

        ticker = _Ticker()
        ticker.start()
        _pump(2.0)
        print(_summary("idle window, no provisioning", ticker.stop()))

        finished: list[AttemptFinished] = []
        bridge.attemptFinished.connect(finished.append)
        # Time the GUI's own share: each batch the bridge delivers, tiles and counters included.
        batch_ms: list[float] = []
        batch_cpu_ms: list[float] = []
        original_flush = bridge.flush

        def timed_flush() -> None:
            t0, c0 = time.perf_counter(), time.thread_time()
            original_flush()
            batch_ms.append((time.perf_counter() - t0) * 1000)
            batch_cpu_ms.append((time.thread_time() - c0) * 1000)

        bridge._timer.timeout.disconnect(original_flush)
        bridge._timer.timeout.connect(timed_flush)
        events_before = bridge.received
        started = time.monotonic()
        ticker.start()
        window.provision_all()
        _pump(deadline_s, lambda: len(finished) >= slots)
        delays = ticker.stop()
        wall = time.monotonic() - started
        passed = sum(a.snapshot.result is Result.PASS for a in finished)
        print(
            _summary(f"{slots} slots provisioning", delays)
            + f"  (wall {wall:.1f} s, {len(finished)} finished, {passed} PASS,"
            f" {bridge.received - events_before} engine events)"
        )
        if batch_ms:
            print(
                f"GUI work per bridge batch ({len(batch_ms)} batches): wall max"
                f" {max(batch_ms):.1f} ms, mean {statistics.fmean(batch_ms):.2f} ms; GUI-thread"
                f" CPU max {max(batch_cpu_ms):.1f} ms, mean {statistics.fmean(batch_cpu_ms):.2f} ms"
                " (wall minus CPU is waiting for the GIL held by slot workers and the"
                " in-process Pairing stand-in)"
            )
        window.begin_shutdown()
        _pump(60.0, lambda: not window.isVisible())
        window.deleteLater()
        _pump(0.2)


def cold_start_child(launched_at: float) -> None:
    t_start = time.time()
    from PySide6.QtCore import QEvent, QObject, QTimer

    # Everything the window needs is imported here, so that its cost counts as import time.
    import station.config
    import station.engine.runner  # noqa: F401
    import ui.bridge
    import ui.operator.window  # noqa: F401
    from station.demo import DemoEnvironment
    from station.journal import Journal
    from ui.app import application

    t_imported = time.time()
    app = application()
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_frame" not in marks:
                marks["first_frame"] = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    with (
        tempfile.TemporaryDirectory(prefix="gui-cold-") as tmp,
        DemoEnvironment(Path(tmp), slots=4, storage="otp") as env,
        Journal.open(env.journal_path, station_id="gui-bench") as journal,
    ):
        t_env = time.time()
        window, runner, _bridge = _operator_window(env, journal)
        spy = FirstPaint()
        window.installEventFilter(spy)
        t_built = time.time()
        window.show()
        QTimer.singleShot(30_000, app.quit)
        app.exec()
        runner.shutdown(30.0)
        window.removeEventFilter(spy)
    first = marks.get("first_frame", float("nan"))
    print(
        json.dumps(
            {
                "interpreter_s": t_start - launched_at,
                "imports_s": t_imported - t_start,
                "environment_s": t_env - t_imported,
                "window_built_s": t_built - t_env,
                "first_frame_after_show_s": first - t_built,
                "total_s": first - launched_at,
            }
        )
    )


def cold_start_bench(runs: int) -> None:
    totals: list[dict[str, float]] = []
    for _ in range(runs):
        launched = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--cold-start-child", repr(launched)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
        )
        totals.append(json.loads(out.stdout.strip().splitlines()[-1]))
    for key in totals[0]:
        values = [t[key] for t in totals]
        print(
            f"cold start {key}: median {statistics.median(values) * 1000:.0f} ms"
            f" (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, {runs} runs)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--slots", type=int, default=16)
    parser.add_argument("--deadline", type=float, default=300.0, help="seconds for the run")
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--cold-start-child", type=float, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.cold_start_child is not None:
        cold_start_child(args.cold_start_child)
        return
    stall_bench(args.slots, args.deadline)
    cold_start_bench(args.cold_runs)


if __name__ == "__main__":
    main()
