"""Who holds a port: found through /proc on real ptys held by real processes."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.ports.holders import modem_manager_running, port_busy, port_holders


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
