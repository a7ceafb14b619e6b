"""Who else has a serial port open, so "port busy" comes with the right action.

On Linux the usual culprit is ModemManager, which probes every new CDC-ACM or USB-serial port
with AT commands for about ten seconds unless udev tells it to stay away.
"""

from __future__ import annotations

import os
from pathlib import Path

from station.errors import StationError

MODEM_MANAGER = "ModemManager"


class PortBusy(StationError):
    """Another program holds the slot's serial port."""

    error_class = "port_busy"


def port_holders(path: str, *, proc: Path = Path("/proc")) -> list[str]:
    """Processes with `path` open, as "name (pid N)"; best effort, skips what we cannot read."""
    target = os.path.realpath(path)
    found: list[str] = []
    try:
        entries = list(proc.iterdir())
    except OSError:
        return found
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:
            continue  # another user's process, or it just exited
        for fd in fds:
            try:
                if os.readlink(fd) == target:
                    found.append(f"{_comm(entry)} (pid {entry.name})")
                    break
            except OSError:
                continue
    return sorted(found, key=lambda s: int(s.rsplit("pid ", 1)[1].rstrip(")")))


def modem_manager_running(*, proc: Path = Path("/proc")) -> bool:
    try:
        entries = list(proc.iterdir())
    except OSError:
        return False
    return any(e.name.isdigit() and _comm(e) == MODEM_MANAGER for e in entries)


def port_busy(path: str, *, slot: str | None = None, proc: Path = Path("/proc")) -> PortBusy:
    """The error for a port that could not be opened exclusively, naming who holds it."""
    who = f"slot {slot}" if slot else "this slot"
    holders = [h for h in port_holders(path, proc=proc) if not h.endswith(f"(pid {os.getpid()})")]
    modem_managers = [h for h in holders if h.startswith(MODEM_MANAGER)]
    if modem_managers or (not holders and modem_manager_running(proc=proc)):
        return PortBusy(
            f"{', '.join(modem_managers) or MODEM_MANAGER} is probing the port of {who} ({path}).",
            "install the station's udev rules (they tell ModemManager to ignore fixture "
            "adapters) and replug the fixture, or stop it: sudo systemctl stop ModemManager",
        )
    if holders:
        return PortBusy(
            f"The port of {who} ({path}) is open in {', '.join(holders)}.",
            "close that program (a serial terminal or another station) and retry",
        )
    return PortBusy(
        f"The port of {who} ({path}) is in use by a program this user cannot see.",
        "close any serial terminal or other station on this PC, or replug the fixture",
    )


def _comm(proc_entry: Path) -> str:
    try:
        return (proc_entry / "comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return "?"
