"""The Pairing stand-in in a process of its own, as the engine and Pairing benches run it.

Its own process, so that the server's threads do not share the measured interpreter's lock and
its CPU can be read apart from the station's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def process_cpu_s(pid: int) -> float:
    """A whole process's CPU seconds so far, all its threads (`stat`'s utime + stime)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


@contextmanager
def pairing_standin(
    realm: str, public_key: Path, state_dir: Path, bcrypt_cost: int, latency_s: float
) -> Iterator[dict[str, str]]:
    """Yields the stand-in's ready line (its URL and CA) plus its `pid`."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "station",
            "sandbox",
            "pairing",
            "--realm",
            realm,
            "--public-key",
            str(public_key),
            "--state-dir",
            str(state_dir),
            "--bcrypt-cost",
            str(bcrypt_cost),
            "--latency",
            str(latency_s),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("the Pairing stand-in did not start")
        yield {**json.loads(line), "pid": str(proc.pid)}
    finally:
        proc.terminate()
        proc.wait(30)
        if proc.stdout is not None:
            proc.stdout.close()
