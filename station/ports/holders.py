"""Who else has a serial port open, so "port busy" comes with the right action.

On Linux the usual culprit is ModemManager, which probes every new CDC-ACM or USB-serial port
with AT commands for about ten seconds unless udev tells it to stay away.

A port can be open in several processes while only one of them keeps us out: the one holding an
exclusive lock (flock, as pyserial's exclusive mode and most serial terminals take it, or a
POSIX write lock). When /proc/locks shows such a lock on the port's inode, only its holder is
named; otherwise every process with the port open is, since any of them may be the cause.
"""

from __future__ import annotations

import os
from pathlib import Path

from station.errors import StationError
from station.link.locks import exclusive_lockers
from station.text import Text

MODEM_MANAGER = "ModemManager"


class PortBusy(StationError):
    """Another program holds the slot's serial port."""

    error_class = "port_busy"


def port_holders(path: str, *, proc: Path = Path("/proc")) -> list[str]:
    """Who keeps `path` busy, as "name (pid N)"; best effort, skips what we cannot read.

    The holder of an exclusive lock on the port when there is one, else every process with the
    port open.
    """
    target = os.path.realpath(path)
    lockers = [
        entry
        for pid in exclusive_lockers(path, proc=proc)
        if _has_open(entry := proc / str(pid), target)
    ]
    entries = lockers or _openers(target, proc)
    return [f"{_comm(e)} (pid {e.name})" for e in sorted(entries, key=lambda e: int(e.name))]


def _openers(target: str, proc: Path) -> list[Path]:
    try:
        entries = list(proc.iterdir())
    except OSError:
        return []
    return [e for e in entries if e.name.isdigit() and _has_open(e, target)]


def _has_open(proc_entry: Path, target: str) -> bool:
    """Whether the process has `target` open; a lock's pid can be stale (the locker forked and
    exited, its child keeps the lock) or reused, so a lock alone names nobody."""
    try:
        fds = list((proc_entry / "fd").iterdir())
    except OSError:
        return False  # another user's process, or it just exited
    for fd in fds:
        try:
            if os.readlink(fd) == target:
                return True
        except OSError:
            continue
    return False


def modem_manager_running(*, proc: Path = Path("/proc")) -> bool:
    try:
        entries = list(proc.iterdir())
    except OSError:
        return False
    return any(e.name.isdigit() and _comm(e) == MODEM_MANAGER for e in entries)


def port_busy(path: str, *, slot: str | None = None, proc: Path = Path("/proc")) -> PortBusy:
    """The error for a port that could not be opened exclusively, naming who holds it."""
    who = slot_words(slot)
    holders = [h for h in port_holders(path, proc=proc) if not h.endswith(f"(pid {os.getpid()})")]
    modem_managers = [h for h in holders if h.startswith(MODEM_MANAGER)]
    if modem_managers or (not holders and modem_manager_running(proc=proc)):
        return PortBusy(
            Text.of(
                "ports.modem_manager",
                holders=", ".join(modem_managers) or MODEM_MANAGER,
                who=who,
                path=path,
            ),
            Text.of("ports.modem_manager.action"),
        )
    if holders:
        return PortBusy(
            Text.of("ports.open_in", who=who, path=path, holders=", ".join(holders)),
            Text.of("ports.open_in.action"),
        )
    return PortBusy(Text.of("ports.unseen", who=who, path=path), Text.of("ports.unseen.action"))


def slot_words(slot: str | None) -> Text:
    """ "slot 3", or "this slot" when the slot is not known."""
    return Text.of("place.slot", slot=slot) if slot else Text.of("ports.this_slot")


def _comm(proc_entry: Path) -> str:
    try:
        return (proc_entry / "comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return "?"
