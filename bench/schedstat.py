"""The kernel's run-queue wait of the calling thread, for the GUI benches' stall figures.

A GUI-thread stall on a shared machine is partly time the thread was runnable but had no CPU:
gui_bench.py and journal_view_bench.py print each longest stall also less that wait.
"""

from __future__ import annotations

import os


def runqueue_wait_ns() -> int:
    """How long this thread has waited for a CPU while runnable (0 where unknown)."""
    try:
        fd = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        try:
            return int(os.read(fd, 128).split()[1])
        finally:
            os.close(fd)
    except (OSError, IndexError, ValueError):
        return 0


def steal_ms() -> float:
    """CPU time the hypervisor has taken from this machine's CPUs so far, all CPUs (0 where
    unknown): a virtual CPU stopped by its host stops whatever thread it was running, and the
    kernel counts that neither as the thread's CPU nor as its run-queue wait."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()
        return int(fields[8]) * 1000 / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0
