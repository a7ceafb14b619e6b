"""A slot whose port another program holds fails with that program named, pid and all, and the
action that fits it: a real pty locked by a real process that calls itself ModemManager (as the
real one does when it probes a new serial port), the simulated device behind it, the Pairing
stand-in over HTTPS, and the station's own `provision` command."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.cli import main
from station.demo import DemoEnvironment
from station.journal import JournalQuery

# Names itself like ModemManager, opens the port and locks it both ways a prober can (flock, as
# pyserial's exclusive mode checks, and TIOCEXCL), then holds it until its stdin closes.
HOLDER = r"""
import fcntl, os, sys, termios
with open("/proc/self/comm", "w") as comm:
    comm.write(sys.argv[2])
fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.ioctl(fd, termios.TIOCEXCL)
print("holding", flush=True)
sys.stdin.read()
os.close(fd)
"""


@pytest.fixture
def env(tmp_path: Path) -> Iterator[DemoEnvironment]:
    with DemoEnvironment(tmp_path / "env", slots=1, storage="secure") as demo:
        yield demo


def _hold(port: str, name: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, port, name],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


def _release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.close()
    holder.wait(timeout=30)
    holder.stdout.close()


def _provision(
    env: DemoEnvironment, capsys: pytest.CaptureFixture[str]
) -> tuple[int, dict[str, str]]:
    code = main(["provision", "--config", str(env.config_path), "--json", "--operator", "Olga"])
    (line,) = capsys.readouterr().out.splitlines()
    return code, json.loads(line)


@pytest.mark.parametrize(
    ("name", "action_words"),
    [("ModemManager", "udev rules"), ("minicom", "close that program")],
)
def test_a_held_port_fails_naming_the_holder(
    env: DemoEnvironment, capsys: pytest.CaptureFixture[str], name: str, action_words: str
) -> None:
    assert env.fixture is not None
    port = env.fixture.ports["1"]
    holder = _hold(port, name)
    try:
        code, result = _provision(env, capsys)
    finally:
        _release(holder)
    assert code == 1
    assert result["result"] == "FAIL" and result["error_class"] == "port_busy"
    assert f"{name} (pid {holder.pid})" in result["message"]
    assert f"slot 1 ({port})" in result["message"]
    assert action_words in result["action"]
    with JournalQuery.open(env.journal_path) as query:
        (row,) = query.rows(query.keys())
    assert (row.error_class, row.message, row.action) == (
        "port_busy",
        result["message"],
        result["action"],
    )

    # The same slot, the holder gone: the failure was the holder's, not the device's.
    code, result = _provision(env, capsys)
    assert (code, result["result"]) == (0, "PASS")
