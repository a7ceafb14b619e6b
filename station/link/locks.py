"""Who holds the exclusive lock on a file, from /proc/locks.

Read where a port's open is refused for its lock: the port module waits out a lock this very
process took (kept for an instant by a child between its fork and its exec), and the ports
module names another program that holds one.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Lock kinds whose /proc/locks pid is the process holding the lock (OFD locks show -1).
_PROCESS_LOCKS = frozenset({"FLOCK", "POSIX"})


def exclusive_lockers(path: str, *, proc: Path = Path("/proc")) -> list[int]:
    """Pids that /proc/locks shows holding an exclusive lock on `path`'s inode.

    A lock is recorded against the file system's device and the inode (for a pty, devpts and
    the pty's inode), not the character device's own number. Waiters (`->`) hold nothing.
    """
    try:
        st = os.stat(path)
        text = (proc / "locks").read_text(encoding="ascii", errors="replace")
    except OSError:
        return []
    want = (os.major(st.st_dev), os.minor(st.st_dev), st.st_ino)
    pids: set[int] = set()
    for line in text.splitlines():
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 1234 00:1a:19 0 EOF"
        if len(fields) < 6 or fields[1] == "->":
            continue
        kind, access, pid_text, where = fields[1], fields[3], fields[4], fields[5]
        if kind not in _PROCESS_LOCKS or access != "WRITE":
            continue
        try:
            major, minor, inode = where.split(":")
            found = (int(major, 16), int(minor, 16), int(inode))
            pid = int(pid_text)
        except ValueError:
            continue
        if found == want and pid > 0:
            pids.add(pid)
    return sorted(pids)
