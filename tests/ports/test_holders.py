"""Who holds a port: found through /proc on real ptys held by real processes, the holder of an
exclusive lock (from /proc/locks) named alone when there is one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.link.locks import exclusive_lockers
from station.ports.holders import modem_manager_running, port_busy, port_holders
from station.sandbox.fixture import SimulatedFixture

# Names itself argv[2], opens the port argv[1] and locks it as argv[3] says, then holds it until
# its stdin closes. "fork" takes the lock, hands the port to a child and exits: the lock then
# belongs to the child while /proc/locks still shows the parent's (gone) pid.
HOLDER = r"""
import fcntl, os, sys
how = sys.argv[3]
fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
if how in ("flock", "fork"):
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
elif how == "shared":
    fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
elif how == "posix":
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
if how == "fork" and os.fork() != 0:
    os._exit(0)
with open("/proc/self/comm", "w") as comm:
    comm.write(sys.argv[2])
print("holding", os.getpid(), flush=True)
sys.stdin.read()
os.close(fd)
"""


class Holder:
    """A helper process holding a port; `pid` is the process that holds it in the end."""

    def __init__(self, port: str, name: str, how: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, port, name, how],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        word, pid = self.process.stdout.readline().split()
        assert word == "holding"
        self.pid = int(pid)
        self.name = name

    @property
    def label(self) -> str:
        return f"{self.name} (pid {self.pid})"

    def release(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.stdout.read()  # EOF once every process holding the pipe (a child too) ended
        self.process.stdout.close()
        self.process.wait(timeout=30)


@pytest.fixture
def pty() -> Iterator[tuple[int, int, str]]:
    master, slave = os.openpty()
    try:
        yield master, slave, os.ttyname(slave)
    finally:
        os.close(slave)
        os.close(master)


def _holder(name: str, tmp_path: Path, stdin_fd: int) -> subprocess.Popen[bytes]:
    # a real process whose name (comm) is `name`, holding the pty as its stdin
    exe = tmp_path / name
    shutil.copy(shutil.which("sleep") or "/bin/sleep", exe)
    return subprocess.Popen([str(exe), "30"], stdin=stdin_fd)


def test_our_own_process_is_listed(pty: tuple[int, int, str]) -> None:
    _, _, path = pty
    holders = port_holders(path)
    assert any(h.endswith(f"(pid {os.getpid()})") for h in holders)


def test_modemmanager_holding_the_port_gets_the_udev_action(
    pty: tuple[int, int, str], tmp_path: Path
) -> None:
    _, slave, path = pty
    proc = _holder("ModemManager", tmp_path, slave)
    try:
        assert f"ModemManager (pid {proc.pid})" in port_holders(path)
        assert modem_manager_running()
        err = port_busy(path, slot="3")
        assert "ModemManager" in err.message
        assert "slot 3" in err.message
        assert "udev rules" in err.action
        assert err.error_class == "port_busy"
    finally:
        proc.kill()
        proc.wait()
    assert not any(h.startswith("ModemManager") for h in port_holders(path))


def test_another_program_is_named(pty: tuple[int, int, str], tmp_path: Path) -> None:
    _, slave, path = pty
    proc = _holder("minicom", tmp_path, slave)
    try:
        err = port_busy(path, slot="1")
        assert f"minicom (pid {proc.pid})" in err.message
        assert "close that program" in err.action
    finally:
        proc.kill()
        proc.wait()


def test_nobody_visible(pty: tuple[int, int, str], tmp_path: Path) -> None:
    _, _, path = pty
    fake_proc = tmp_path / "proc"
    fake_proc.mkdir()
    assert port_holders(path, proc=fake_proc) == []
    assert not modem_manager_running(proc=fake_proc)
    assert "cannot see" in port_busy(path, proc=fake_proc).message


@pytest.fixture
def bystander(pty: tuple[int, int, str]) -> Iterator[Holder]:
    """Has the port open without a lock, as the simulated device keeps its pty."""
    holder = Holder(pty[2], "simdevice", "none")
    try:
        yield holder
    finally:
        holder.release()


@pytest.mark.parametrize("how", ["flock", "posix"])
def test_the_exclusive_lock_holder_is_named_alone(
    pty: tuple[int, int, str], bystander: Holder, how: str
) -> None:
    path = pty[2]
    assert bystander.label in port_holders(path)
    locker = Holder(path, "minicom", how)
    try:
        assert exclusive_lockers(path) == [locker.pid]
        assert port_holders(path) == [locker.label]
        err = port_busy(path, slot="2")
        assert err.message == f"The port of slot 2 ({path}) is open in {locker.label}."
        assert "close that program" in err.action
    finally:
        locker.release()
    assert exclusive_lockers(path) == []
    # With the lock gone, everyone with the port open is a suspect again.
    assert bystander.label in port_holders(path)


def test_modemmanager_holding_the_lock_is_named_alone(
    pty: tuple[int, int, str], bystander: Holder
) -> None:
    path = pty[2]
    locker = Holder(path, "ModemManager", "flock")
    try:
        err = port_busy(path, slot="4")
    finally:
        locker.release()
    assert err.message == f"{locker.label} is probing the port of slot 4 ({path})."
    assert "udev rules" in err.action


def test_a_shared_lock_names_everyone_with_the_port_open(
    pty: tuple[int, int, str], bystander: Holder
) -> None:
    path = pty[2]
    reader = Holder(path, "logger", "shared")
    try:
        assert exclusive_lockers(path) == []
        holders = port_holders(path)
    finally:
        reader.release()
    assert reader.label in holders and bystander.label in holders


def test_a_lock_whose_pid_is_gone_falls_back_to_who_has_the_port_open(
    pty: tuple[int, int, str], bystander: Holder
) -> None:
    path = pty[2]
    child = Holder(path, "minicom", "fork")
    try:
        # /proc/locks names the parent that took the lock (or 0); it no longer has the port.
        assert child.pid not in exclusive_lockers(path)
        holders = port_holders(path)
    finally:
        child.release()
    assert child.label in holders and bystander.label in holders
    assert not any(h.endswith(f"(pid {child.process.pid})") for h in holders)


def test_a_locked_sandbox_port_names_the_locker_not_the_simulated_device(
    tmp_path: Path,
) -> None:
    with SimulatedFixture(tmp_path / "fixture", slots=1, storage="secure") as fixture:
        port = fixture.ports["1"]
        device = fixture.pid("1")
        assert device is not None
        assert any(h.endswith(f"(pid {device})") for h in port_holders(port))
        locker = Holder(port, "minicom", "flock")
        try:
            message = port_busy(port, slot="1").message
        finally:
            locker.release()
    assert locker.label in message
    assert f"pid {device}" not in message
