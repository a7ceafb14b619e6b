"""Who used the machine's CPUs during F2: the machine as a whole (/proc/stat), the centre (the
postmaster and its backends, reaped or alive), and the station processes (each reports its own
rusage). What is left is everyone else on the machine. With the demand above the supply every
runnable thread queues, and the lag with it: this shows whether that is so, in CPU seconds."""

from __future__ import annotations

import os
import resource
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def machine_busy_s() -> float:
    """CPU seconds all CPUs spent busy since boot (not idle, not waiting for the disk)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / _TICK


def _stat(pid: int) -> list[str]:
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2 :].split()  # fields from the 3rd (state) on


def centre_cpu_s(data_dir: Path) -> float:
    """CPU seconds of the PostgreSQL cluster: its postmaster, the children it reaped, and the
    children alive now."""
    try:
        postmaster = int((data_dir / "postmaster.pid").read_text().split()[0])
        f = _stat(postmaster)
    except (OSError, ValueError, IndexError):
        return 0.0
    total = sum(int(x) for x in f[11:15])  # utime, stime, cutime, cstime
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            child = _stat(int(entry.name))
        except (OSError, ValueError):
            continue
        if int(child[1]) == postmaster:  # ppid
            total += int(child[11]) + int(child[12])
    return total / _TICK


def own_cpu_s() -> float:
    """CPU seconds of the calling process, all its threads."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_line(machine_s: float, centre_s: float, stations_s: float, wall_s: float) -> str:
    cores = os.cpu_count() or 1
    others = max(0.0, machine_s - centre_s - stations_s)
    return (
        f"F2 CPU during the run ({wall_s:.0f} s on {cores} cores = {cores * wall_s:.0f} CPU s): "
        f"machine busy {machine_s:.0f} s ({machine_s / (cores * wall_s) * 100:.0f} %); station "
        f"processes {stations_s:.0f} s, centre {centre_s:.0f} s, everything else {others:.0f} s"
    )
