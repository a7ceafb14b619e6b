"""GUI responsiveness: event-loop stalls while 16 slots provision, and cold start to first frame.

Prints each figure with its target beside it; asserts nothing (the CI machine is two shared
cores, and other work on it shows up in any wall-clock figure).

The set-up is the station's, not the test rig's: the simulated fixture and the Pairing stand-in
run in a process of their own (a plant's Pairing is remote and its devices are hardware), and
the measured station process runs at a raised priority when it may, as a station PC runs the
station alone; an idle-window baseline is printed beside every stall figure all the same.

- Stall: a 1 ms precise QTimer on the GUI thread, while the operator window drives 16 slots
  through the real engine (ptys, HTTPS, SQLite journal) until all have finished. A tick's
  lateness beyond 1 ms is how long the GUI thread could not run its event loop. Printed as p99
  and max (targets: p99 < 8 ms, max < 16 ms, one frame), with the part of it the kernel kept
  the GUI thread waiting for a CPU (other processes' load, read from its schedstat), and each
  bridge batch's GUI-thread CPU and wall time. The longest stall is then taken apart
  (bench/stall_probe.py): its run-queue wait, the GUI thread's own CPU and the rest, asleep
  (the interpreter lock or another lock); any garbage collection; each kind of thread's CPU
  meanwhile; with --time-events also the Qt events that overlapped it (receiver, CPU) and the
  GUI thread's stack (timing every event is a Python call per event, which slows the GUI thread
  the way an application-wide Python event filter does, so it is not on by default). With
  --touch the operator screen runs in touch mode ([line] touch), whose button sizing and taps
  go through an application-wide filter (ui/operator/touch.py): the figure for a gloved line.
- Cold start: `station gui` on the environment's configuration (targets, a 16-slot fixture),
  signed in, from the process's launch to the operator window's first painted frame (target
  < 0.45 s), and on to the engine having its slots (which the window shows once they come).

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_bench.py [--slots 16] [--time-events]
[--touch]`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.bridge import EngineBridge
    from ui.operator.window import OperatorWindow

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui_cold_start import cold_start_child  # noqa: E402 - bench/gui_cold_start.py, beside this
from schedstat import runqueue_wait_ns, steal_ms  # noqa: E402 - bench/schedstat.py, beside it
from stall_probe import Probe, describe_worst  # noqa: E402 - bench/stall_probe.py, beside this file

STALL_P99_TARGET_MS = 8.0
STALL_MAX_TARGET_MS = 16.0
COLD_START_TARGET_S = 0.45
# Raised priority for the measured station process (root may; others get what they had).
STATION_NICE = -15


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _raise_priority() -> None:
    """Run at STATION_NICE in a session of its own: with the kernel's autogroups, a nice value
    counts only within its session, so the new session's group is given it too."""
    with contextlib.suppress(OSError):
        os.setsid()
        Path("/proc/self/autogroup").write_text(str(STATION_NICE))
    with contextlib.suppress(OSError):
        os.nice(STATION_NICE)


# -- the environment: simulated fixture and Pairing stand-in, in a process of their own ---------


def environment_child(workdir: Path, slots: int) -> None:
    from station.demo import DemoEnvironment

    with DemoEnvironment(workdir, slots=slots, storage="otp") as env:
        print(json.dumps({"config": str(env.config_path)}), flush=True)
        sys.stdin.read()  # until the bench closes our stdin


@contextlib.contextmanager
def environment(slots: int) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="gui-bench-") as tmp:
        proc = subprocess.Popen(
            [sys.executable, __file__, "--environment-child", tmp, "--slots", str(slots)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stdout is not None and proc.stdin is not None
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError("the bench environment did not start")
            yield Path(json.loads(line)["config"])
        finally:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(60)


def _child_env(pycache: Path) -> dict[str, str]:
    """The measured children's environment: byte code cached (in `pycache`, outside the
    tree) as an installed station's is, whatever the shell says."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _compile(pycache: Path) -> None:
    """Compile the station's sources and the libraries into `pycache` before timing a start:
    a run that compiles them measures the compiler, not the station."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "compileall",
            "-q",
            "-j",
            "0",
            str(ROOT / "station"),
            str(ROOT / "ui"),
        ],
        env=_child_env(pycache),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _child(args: list[str], pycache: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, *args],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=_raise_priority,  # the bench's own child, started before any thread
        env=_child_env(pycache),
        timeout=600,
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(
            f"bench child {args[0]} failed (exit status {out.returncode}):\n{out.stderr[-4000:]}"
        )
    result: dict[str, Any] = json.loads(lines[-1])
    return result


# -- stall -----------------------------------------------------------------------------------


class _Ticker:
    """A 1 ms precise timer on the GUI thread that records how late each tick came, and how
    much of that the thread spent waiting for a CPU."""

    def __init__(self, probe: Probe | None = None) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.delays_ms: list[float] = []
        self.runqueue_ms: list[float] = []
        self.cpu_ms: list[float] = []
        self.spans: list[tuple[float, float]] = []
        self._probe = probe
        self._last = 0.0
        self._last_rq = 0
        self._last_cpu = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, rq, cpu = time.perf_counter(), runqueue_wait_ns(), time.thread_time()
        self.delays_ms.append(max(0.0, (now - self._last) * 1000 - 1.0))
        self.runqueue_ms.append((rq - self._last_rq) / 1e6)
        self.cpu_ms.append((cpu - self._last_cpu) * 1000)
        self.spans.append((self._last, now))
        self._last, self._last_rq, self._last_cpu = now, rq, cpu
        if self._probe is not None:
            self._probe.last_tick = now

    def start(self) -> None:
        self.delays_ms, self.runqueue_ms, self.cpu_ms, self.spans = [], [], [], []
        self._last, self._last_rq = time.perf_counter(), runqueue_wait_ns()
        self._last_cpu = time.thread_time()
        if self._probe is not None:
            self._probe.last_tick = self._last
        self._timer.start()

    def stop(self) -> dict[str, Any]:
        self._timer.stop()
        delays, waits = self.delays_ms[1:], self.runqueue_ms[1:]
        own = [max(0.0, d - w) for d, w in zip(delays, waits, strict=True)]
        longest = max(range(len(delays)), key=delays.__getitem__, default=None)
        worst: dict[str, Any] = {}
        if longest is not None:
            start, end = self.spans[1:][longest]
            worst = {
                "ms": delays[longest],
                "runqueue_ms": waits[longest],
                "gui_cpu_ms": self.cpu_ms[1:][longest],
            }
            if self._probe is not None:
                worst.update(self._probe.explain(start, end))
        return {
            "worst": worst,
            "ticks": len(delays),
            "p99_ms": _percentile(delays, 0.99),
            "max_ms": max(delays, default=float("nan")),
            "p50_ms": statistics.median(delays) if delays else float("nan"),
            "p50_less_runqueue_ms": statistics.median(own) if own else float("nan"),
            "runqueue_ms": sum(waits),
            "p99_less_runqueue_ms": _percentile(own, 0.99),
            "max_less_runqueue_ms": max(own, default=float("nan")),
        }


def _pump(seconds: float, until: Callable[[], bool] | None = None) -> None:
    """Run the event loop as the application does (asleep between events) for `seconds`, or
    until `until()` holds, checked every 20 ms. A loop of processEvents calls would spin,
    and hold the interpreter's lock against the engine's threads as no application does."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(round(seconds * 1000))
    check = QTimer()
    if until is not None:
        check.timeout.connect(lambda: loop.quit() if until() else None)
        check.start(20)
    loop.exec()
    check.stop()
    deadline.stop()


def stall_child(
    config_path: Path, deadline_s: float, time_events: bool, touch: bool = False
) -> None:
    from station.config import load_config
    from station.engine.events import SlotState
    from station.engine.runner import FixtureRunner
    from station.journal import Journal
    from ui.app import application
    from ui.bridge import EngineBridge
    from ui.heap import freeze_startup_heap
    from ui.operator.window import OperatorWindow

    # Timing each event means a Python call for every event, which is itself what makes the
    # GUI thread queue for the interpreter lock (ui/operator/window_events.py): only on asking.
    probe = _probed_application() if time_events else Probe()
    probe.sample_stacks = time_events
    application()  # the probed one, if made above
    config = load_config(config_path)
    out: dict[str, Any] = {"nice": os.nice(0)}
    with Journal.open(config.journal_path, station_id="gui-bench") as journal:
        bridge = EngineBridge()
        runner = FixtureRunner(
            config=config,
            fixture=config.default_fixture,
            journal=journal,
            operator="bench",
            sink=bridge.sink,
        )
        window = OperatorWindow(runner, bridge, "bench", touch=touch)
        window.resize(1560, 960)
        window.show()
        slots = len(runner.slots)
        _pump(60.0, lambda: all(s.state is SlotState.READY for s in window.snapshots()))
        freeze_startup_heap()  # as the application does once its engine is up (ui/app.py)

        ticker = _Ticker()
        ticker.start()
        _pump(2.0)
        out["idle"] = ticker.stop()

        probe.start()
        loaded, stolen = set(sys.modules), steal_ms()
        out.update(_provision_all(window, bridge, slots, deadline_s, probe))
        out["steal_ms"] = steal_ms() - stolen
        probe.stop()
        # A module first imported while the slots work is imported on whichever thread needs
        # it, the GUI thread included, and PySide reads each new module's source once.
        out["imported"] = sorted(set(sys.modules) - loaded)
        window.begin_shutdown()
        _pump(60.0, lambda: not window.isVisible())
    print(json.dumps(out), flush=True)


def _probed_application() -> Probe:
    """Create the process's QApplication as one whose `notify` times each event for the probe
    (`ui.app.application()` then takes it as it is and gives it the station's look)."""
    from PySide6.QtWidgets import QApplication

    probe = Probe()

    class ProbedApplication(QApplication):
        def notify(self, receiver: Any, event: Any) -> bool:
            result: bool = probe.timed_notify(super().notify, receiver, event)
            return result

    from ui import theme

    app = ProbedApplication(sys.argv[:1])
    app.setApplicationName("Provisioning Station")  # as ui.app.application() does for its own
    app.setOrganizationName("Provisioning Station")
    app.setStyle("Fusion")
    app.setFont(theme.font(theme.BODY_PT))
    probe.app = app  # kept alive as long as the probe
    return probe


def _provision_all(
    window: OperatorWindow, bridge: EngineBridge, slots: int, deadline_s: float, probe: Probe
) -> dict[str, Any]:
    """Provision every slot with the ticker running; the stall figures and each bridge
    batch's time on the GUI thread."""
    from station.engine.events import AttemptFinished, Result

    out: dict[str, Any] = {}
    ticker = _Ticker(probe)
    finished: list[AttemptFinished] = []
    bridge.attemptFinished.connect(finished.append)
    # The GUI's own share: each slice of a batch the bridge delivers, tiles and counters
    # included (a flush delivers the first slice, the bridge's resume timer each further one).
    batch_ms: list[float] = []
    batch_cpu_ms: list[float] = []

    def timed(deliver: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            t0, c0 = time.perf_counter(), time.thread_time()
            deliver()
            batch_ms.append((time.perf_counter() - t0) * 1000)
            batch_cpu_ms.append((time.thread_time() - c0) * 1000)

        return run

    for timer, deliver in ((bridge._timer, bridge.flush), (bridge._resume, bridge._deliver)):
        timer.timeout.disconnect(deliver)
        timer.timeout.connect(timed(deliver))
    events_before = bridge.received
    started = time.monotonic()
    ticker.start()
    window.provision_all()
    _pump(deadline_s, lambda: len(finished) >= slots)
    out["busy"] = ticker.stop()
    out["wall_s"] = time.monotonic() - started
    out["slots"] = slots
    out["finished"] = len(finished)
    out["passed"] = sum(a.snapshot.result is Result.PASS for a in finished)
    out["events"] = bridge.received - events_before
    out["batches"] = len(batch_ms)
    out["batch_wall_max_ms"] = max(batch_ms, default=0.0)
    out["batch_cpu_max_ms"] = max(batch_cpu_ms, default=0.0)
    out["batch_cpu_mean_ms"] = statistics.fmean(batch_cpu_ms) if batch_cpu_ms else 0.0
    return out


def _target(ok: bool) -> str:
    return "met" if ok else "MISSED"


def stall_bench(
    config_path: Path, deadline_s: float, pycache: Path, time_events: bool, touch: bool = False
) -> None:
    flags = (["--time-events"] if time_events else []) + (["--touch"] if touch else [])
    r = _child(["--stall-child", str(config_path), "--deadline", str(deadline_s), *flags], pycache)
    idle, busy = r["idle"], r["busy"]
    print(
        f"stall setup: {r['slots']} slots, {r['finished']} finished, {r['passed']} PASS in"
        f" {r['wall_s']:.1f} s, {r['events']} engine events in {r['batches']} bridge slices;"
        f" station process nice {r['nice']}"
    )
    print(
        f"GUI stall, idle window:    p99 {idle['p99_ms']:5.1f} ms   max {idle['max_ms']:5.1f} ms"
        f"   (kernel run-queue wait {idle['runqueue_ms']:.0f} ms over {idle['ticks']} ticks)"
    )
    ok_p99 = busy["p99_ms"] < STALL_P99_TARGET_MS
    ok_max = busy["max_ms"] < STALL_MAX_TARGET_MS
    print(
        f"GUI stall, {r['slots']} slots provisioning: p50 {busy['p50_ms']:.1f} ms"
        f"   p99 {busy['p99_ms']:5.1f} ms"
        f" (target < {STALL_P99_TARGET_MS:.0f} ms: {_target(ok_p99)})"
        f"   max {busy['max_ms']:5.1f} ms (target < {STALL_MAX_TARGET_MS:.0f} ms:"
        f" {_target(ok_max)})"
    )
    print(
        f"  less the GUI thread's kernel run-queue wait ({busy['runqueue_ms']:.0f} ms in all):"
        f" p50 {busy['p50_less_runqueue_ms']:.1f} ms, p99 {busy['p99_less_runqueue_ms']:.1f} ms,"
        f" max {busy['max_less_runqueue_ms']:.1f} ms"
    )
    print(
        f"  GUI work per bridge slice: CPU max {r['batch_cpu_max_ms']:.1f} ms, mean"
        f" {r['batch_cpu_mean_ms']:.2f} ms; wall max {r['batch_wall_max_ms']:.1f} ms (wall beyond"
        " CPU is the GIL held by the engine's slot threads, or no CPU free)"
    )
    if r["steal_ms"]:
        print(
            f"  CPU time the hypervisor took from this machine meanwhile: {r['steal_ms']:.0f} ms"
            " (a stall may be one of its pauses; neither CPU nor run-queue wait to the kernel)"
        )
    if r["imported"]:
        print(
            f"  modules first imported while provisioning ({len(r['imported'])}):"
            f" {', '.join(r['imported'][:30])}"
        )
    for line in describe_worst(busy["worst"]):
        print("  " + line)


# -- cold start ------------------------------------------------------------------------------


def cold_start_bench(config_path: Path, runs: int, pycache: Path) -> None:
    _compile(pycache)
    # One start that is not counted: it caches the libraries' byte code, as an installed
    # station's is, and warms the file cache as any earlier start of the station would have.
    _child(["--cold-start-child", str(config_path), repr(time.time())], pycache)
    results: list[dict[str, float]] = []
    for _ in range(runs):
        results.append(_child(["--cold-start-child", str(config_path), repr(time.time())], pycache))
    for key, label in (
        ("interpreter_s", "interpreter up"),
        ("first_frame_s", "first frame"),
        ("engine_ready_s", "engine ready"),
    ):
        values = [r[key] for r in results]
        line = (
            f"cold start to {label:<15}: median {statistics.median(values) * 1000:4.0f} ms"
            f" (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, {runs} runs)"
        )
        if key == "first_frame_s":
            ok = statistics.median(values) < COLD_START_TARGET_S
            line += f"  target < {COLD_START_TARGET_S * 1000:.0f} ms: {_target(ok)}"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--slots", type=int, default=16)
    parser.add_argument("--deadline", type=float, default=300.0, help="seconds for the run")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--only", choices=("stall", "cold"), help="run one of the two benches")
    parser.add_argument(
        "--time-events",
        action="store_true",
        help="name the Qt events in the longest stall and sample the GUI thread's stack (adds"
        " a Python call to every event)",
    )
    parser.add_argument("--environment-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--touch", action="store_true", help="the operator screen in touch mode ([line] touch)"
    )
    parser.add_argument("--stall-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cold-start-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.environment_child is not None:
        environment_child(args.environment_child, args.slots)
    elif args.stall_child is not None:
        stall_child(args.stall_child, args.deadline, args.time_events, args.touch)
    elif args.cold_start_child is not None:
        cold_start_child(Path(args.cold_start_child[0]), float(args.cold_start_child[1]))
    else:
        with (
            environment(args.slots) as config_path,
            tempfile.TemporaryDirectory(prefix="gui-bench-pycache-") as pycache,
        ):
            if args.only in (None, "stall"):
                stall_bench(config_path, args.deadline, Path(pycache), args.time_events, args.touch)
            if args.only in (None, "cold"):
                cold_start_bench(config_path, args.cold_runs, Path(pycache))


if __name__ == "__main__":
    main()
