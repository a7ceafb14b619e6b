"""What the GUI thread was doing in its longest stall, for gui_bench.py's stall figures.

Three witnesses, all cheap enough to leave on during the measured run:
- every Qt event the GUI thread delivers that takes longer than EVENT_MS (type, receiver, how
  long, how much of it was the GUI thread's own CPU), from the application's `notify`;
- every cyclic garbage collection (generation, thread, how long), from `gc.callbacks`;
- a sampling thread that, while the GUI thread's ticker is late, records the GUI thread's
  Python stack, and notes how late it woke itself (a sampler that cannot run either means the
  interpreter lock was held elsewhere, or no CPU was free).
`explain(start, end)` then names what overlapped the stall.
"""

from __future__ import annotations

import collections
import gc
import os
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Any

EVENT_MS = 4.0
SAMPLE_EVERY_S = 0.002
LATE_MS = 6.0


def _kind(name: str) -> str:
    """A thread's name without its number, so sixteen slot threads count as one kind."""
    return name.rstrip("0123456789-_ ") or name


def _thread_cpu_ms() -> dict[str, float]:
    """CPU time so far of each kind of thread in this process, from the kernel's schedstat."""
    names = {t.native_id: _kind(t.name) for t in threading.enumerate()}
    out: dict[str, float] = collections.defaultdict(float)
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/schedstat", "rb") as f:
                ns = int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            continue
        out[names.get(int(tid), "other (not a Python thread)")] += ns / 1e6
    return dict(out)


def _stack(frame: Any) -> list[traceback.FrameSummary]:
    """A thread's stack, outermost first, without reading any source line."""
    summary = traceback.StackSummary.extract(traceback.walk_stack(frame), lookup_lines=False)
    return list(reversed(summary))


@dataclass
class Probe:
    gui_thread: int = field(default_factory=threading.get_ident)
    # (start, end, cpu_ms, event type, receiver, depth)
    events: list[tuple[float, float, float, str, str, int]] = field(default_factory=list)
    # (start, end, generation, thread name, collected)
    collections: list[tuple[float, float, int, str, int]] = field(default_factory=list)
    # (time, GUI thread stack as "file:line function" lines, innermost last)
    samples: list[tuple[float, tuple[str, ...]]] = field(default_factory=list)
    # (first late sample, first sample on time again, {kind of thread: CPU ms between them})
    windows: list[tuple[float, float, dict[str, float]]] = field(default_factory=list)
    # (time the sampler meant to wake, how late it woke in ms)
    sampler_late: list[tuple[float, float]] = field(default_factory=list)
    last_tick: float = 0.0
    app: Any = None
    _gc_started: float = 0.0
    _stop: threading.Event = field(default_factory=threading.Event)
    # Reading another thread's frames while it runs (sys._current_frames) is the one part of
    # the probe a run has been seen to crash in (SIGSEGV, Python 3.11): only on asking.
    sample_stacks: bool = False
    _depth: int = 0
    _sampler: threading.Thread | None = None

    # -- gc --------------------------------------------------------------------------------

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._gc_started = now
        else:
            self.collections.append(
                (
                    self._gc_started,
                    now,
                    info["generation"],
                    threading.current_thread().name,
                    info["collected"],
                )
            )

    # -- sampler ---------------------------------------------------------------------------

    def _sample(self) -> None:
        began: tuple[float, dict[str, float]] | None = None
        while not self._stop.is_set():
            meant = time.perf_counter() + SAMPLE_EVERY_S
            time.sleep(SAMPLE_EVERY_S)
            now = time.perf_counter()
            if now - meant > LATE_MS / 1000:
                self.sampler_late.append((meant, (now - meant) * 1000))
            late = bool(self.last_tick) and (now - self.last_tick) * 1000 > LATE_MS
            if late and began is None:
                began = (now, _thread_cpu_ms())
            elif not late and began is not None:
                ended = _thread_cpu_ms()
                used = {n: ms - began[1].get(n, 0.0) for n, ms in ended.items()}
                self.windows.append((began[0], now, used))
                began = None
            if late and self.sample_stacks:
                # Only the GUI thread's stack: walking every thread's would hold the
                # interpreter lock against the GUI thread in the very stall being measured.
                frames = sys._current_frames()
                frame = frames.get(self.gui_thread)
                if frame is not None:
                    # The bench's own frames (its event loop, the probe's notify) say nothing.
                    stack = tuple(
                        f"{'/'.join(f.filename.rsplit('/', 2)[-2:])}:{f.lineno} {f.name}"
                        for f in _stack(frame)
                        if not f.filename.endswith(("gui_bench.py", "stall_probe.py"))
                    )[-12:] or ("(no station frame: in Qt or the event loop)",)
                    self.samples.append((now, stack))

    def start(self) -> None:
        gc.callbacks.append(self._on_gc)
        self._sampler = threading.Thread(target=self._sample, name="stall-probe", daemon=True)
        self._sampler.start()

    def stop(self) -> None:
        self._stop.set()
        if self._sampler is not None:
            self._sampler.join()
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    # -- events (called from the application's notify) ---------------------------------------

    def timed_notify(self, deliver: Any, receiver: Any, event: Any) -> Any:
        t0, c0 = time.perf_counter(), time.thread_time()
        self._depth += 1
        try:
            return deliver(receiver, event)
        finally:
            self._depth -= 1
            t1 = time.perf_counter()
            if (t1 - t0) * 1000 > EVENT_MS:
                try:
                    kind = event.type().name
                    who = f"{type(receiver).__name__}({receiver.objectName()!r})"
                    parent = receiver.parent()
                    if parent is not None:
                        who += f" of {type(parent).__name__}({parent.objectName()!r})"
                except (RuntimeError, AttributeError):
                    kind, who = "?", type(receiver).__name__
                cpu = (time.thread_time() - c0) * 1000
                self.events.append((t0, t1, cpu, kind, who, self._depth))

    # -- the verdict -----------------------------------------------------------------------

    def explain(self, start: float, end: float) -> dict[str, Any]:
        """What overlapped the GUI thread's stall from `start` to `end` (perf_counter)."""

        def overlaps(a: float, b: float) -> bool:
            return a < end and b > start

        events = sorted(
            (e for e in self.events if overlaps(e[0], e[1])), key=lambda e: (e[5], -(e[1] - e[0]))
        )
        gcs = [c for c in self.collections if overlaps(c[0], c[1])]
        tops = collections.Counter(
            s[1][-1] for s in self.samples if start <= s[0] <= end + SAMPLE_EVERY_S
        )
        stacks = [s[1] for s in self.samples if start <= s[0] <= end + SAMPLE_EVERY_S]
        late = [ms for t, ms in self.sampler_late if start - 0.001 <= t <= end]
        # The sampler's window of the stall: the one that overlaps it most.
        window = max(
            (w for w in self.windows if overlaps(w[0], w[1])),
            key=lambda w: min(w[1], end) - max(w[0], start),
            default=None,
        )
        return {
            "threads_cpu_ms": dict(sorted(window[2].items(), key=lambda kv: -kv[1])[:6])
            if window
            else {},
            "window_ms": (window[1] - window[0]) * 1000 if window else 0.0,
            "events": [
                {
                    "type": e[3],
                    "receiver": e[4],
                    "ms": (e[1] - e[0]) * 1000,
                    "cpu_ms": e[2],
                    "depth": e[5],
                }
                for e in events[:4]
            ],
            "gc": [
                {"generation": c[2], "thread": c[3], "ms": (c[1] - c[0]) * 1000, "collected": c[4]}
                for c in gcs
            ],
            "gui_stack_tops": tops.most_common(3),
            "gui_stack": list(stacks[len(stacks) // 2]) if stacks else [],
            "sampler_late_max_ms": max(late, default=0.0),
        }


def describe_worst(worst: dict[str, Any]) -> list[str]:
    """The longest stall in words: its length, its run-queue wait and the GUI thread's own CPU
    in it, then what the probe saw overlap it (events, collections, the GUI thread's stack)."""
    if not worst:
        return []
    lines = [
        f"longest stall {worst['ms']:.1f} ms: run-queue wait {worst['runqueue_ms']:.1f} ms,"
        f" GUI thread CPU {worst['gui_cpu_ms']:.1f} ms, asleep"
        f" {max(0.0, worst['ms'] + 1 - worst['runqueue_ms'] - worst['gui_cpu_ms']):.1f} ms"
        " (waiting for the interpreter lock or another lock); a sampler thread woke up to"
        f" {worst.get('sampler_late_max_ms', 0.0):.1f} ms late (late = the interpreter lock was"
        " held elsewhere, or no CPU free)"
    ]
    for e in worst.get("events", []):
        lines.append(
            f"  event {e['type']} to {e['receiver']} (nesting {e['depth']}): {e['ms']:.1f} ms,"
            f" {e['cpu_ms']:.1f} ms CPU"
        )
    for c in worst.get("gc", []):
        lines.append(
            f"  garbage collection, generation {c['generation']} on thread {c['thread']}:"
            f" {c['ms']:.1f} ms, {c['collected']} objects freed"
        )
    if worst.get("threads_cpu_ms"):
        used = ", ".join(f"{n} {ms:.1f}" for n, ms in worst["threads_cpu_ms"].items())
        lines.append(f"  CPU ms by thread in the stall's last {worst['window_ms']:.0f} ms: {used}")
    if worst.get("gui_stack"):
        tops = ", ".join(f"{top} ({n})" for top, n in worst.get("gui_stack_tops", []))
        lines.append(f"  GUI thread's Python stack while late: {tops}")
        lines.extend(f"    {frame}" for frame in worst["gui_stack"])
    if len(lines) == 1:
        lines.append("  no event, collection or Python frame of the GUI thread overlapped it")
    return lines
