"""`station sandbox fixture`: runs devices until told to stop, and leaves nothing behind."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from smp.header import OP

from station.cli import main
from station.profiles.smp.protocol import OS_ECHO, OS_GROUP
from station.sandbox.fixture import read_manifest
from tests.fixtures.sim import RawSmp, SimFactory
from tests.sandbox.test_sim_protocol import SECRET, identify, record, write


class CliRun:
    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.output = bytearray()

    def wait_for(self, text: str, timeout: float = 30.0) -> None:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + timeout
        while text.encode() not in self.output:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"no {text!r} in output: {self.output.decode(errors='replace')}"
            readable, _, _ = select.select([fd], [], [], remaining)
            if readable:
                chunk = os.read(fd, 4096)
                assert chunk, f"fixture exited: {self.output.decode(errors='replace')}"
                self.output += chunk


@contextmanager
def fixture_cli(state_dir: Path, *options: str) -> Iterator[CliRun]:
    command = [sys.executable, "-m", "station", "sandbox", "fixture", "--state-dir"]
    command += [str(state_dir), "--chatter", "0", *options]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        run = CliRun(process)
        try:
            yield run
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_gone(pids: list[int], timeout: float = 15.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        left = [p for p in pids if alive(p)]
        if not left:
            return []
        time.sleep(0.05)
    return [p for p in pids if alive(p)]


def test_fixture_runs_writes_the_manifest_and_stops_on_sigterm(tmp_path: Path) -> None:
    state_dir = tmp_path / "fx"
    with fixture_cli(state_dir, "--slots", "2", "--storage", "secure") as run:
        run.wait_for("ready")
        manifest = read_manifest(state_dir)
        assert manifest["running"] is True
        slots = manifest["slots"]
        assert [s["slot"] for s in slots] == ["1", "2"]
        assert all(s["storage"] == "secure" and s["port"].startswith("/dev/") for s in slots)
        with RawSmp(slots[0]["port"]) as link:
            assert identify(link)["serial"] == slots[0]["hardware_serial"]
            assert write(link, record()) == {}
        pids = [s["pid"] for s in slots]
        run.process.send_signal(signal.SIGTERM)
        assert run.process.wait(timeout=30) == 0
    assert wait_gone(pids) == []
    stopped = read_manifest(state_dir)
    assert stopped["running"] is False
    assert all(s["port"] is None for s in stopped["slots"])

    # same state dir: same devices, storage kept, storage kind remembered
    with fixture_cli(state_dir, "--slots", "2") as run:
        run.wait_for("ready")
        again = read_manifest(state_dir)["slots"]
        assert [s["hardware_serial"] for s in again] == [s["hardware_serial"] for s in slots]
        with RawSmp(again[0]["port"]) as link:
            assert identify(link)["state"] == "written"
        run.process.send_signal(signal.SIGINT)
        assert run.process.wait(timeout=30) == 0
    assert wait_gone([s["pid"] for s in again]) == []


def test_devices_exit_when_the_fixture_process_dies(tmp_path: Path) -> None:
    state_dir = tmp_path / "fx"
    with fixture_cli(state_dir, "--slots", "2") as run:
        run.wait_for("ready")
        pids = [s["pid"] for s in read_manifest(state_dir)["slots"]]
        run.process.kill()
        run.process.wait()
    assert wait_gone(pids) == []


def test_an_unplugged_device_comes_back_on_a_new_port(tmp_path: Path) -> None:
    state_dir = tmp_path / "fx"
    with fixture_cli(
        state_dir, "--slots", "1", "--faults", "unplug@echo", "--replug-after", "0.2"
    ) as run:
        run.wait_for("ready")
        before = read_manifest(state_dir)["slots"][0]
        with RawSmp(before["port"]) as link:
            link.send(OP.WRITE, OS_GROUP, OS_ECHO, {"d": "bye"})
            with pytest.raises(OSError):  # SerialException is an OSError
                link.pump(10)
        run.wait_for("device back on")
        after = read_manifest(state_dir)["slots"][0]
        assert after["pid"] != before["pid"]
        with RawSmp(after["port"]) as link:
            assert link.request(OP.WRITE, OS_GROUP, OS_ECHO, {"d": "hi"})[1] == {"r": "hi"}
        run.process.terminate()
        assert run.process.wait(timeout=30) == 0
    assert b"unplugged" in run.output


def test_inspect_prints_every_device_as_json(
    sim_fixture: SimFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state_dir = tmp_path / "fx"
    fx = sim_fixture(slots=2, state_dir=state_dir, chatter=0)
    with RawSmp(fx.ports["2"]) as link:
        assert write(link, record()) == {}
    fx.stop()
    assert main(["sandbox", "fixture", "inspect", "--state-dir", str(state_dir)]) == 0
    devices = json.loads(capsys.readouterr().out)["devices"]
    assert list(devices) == ["1", "2"]
    assert devices["1"]["state"] == "empty"
    assert devices["2"]["state"] == "written"
    assert devices["2"]["record"]["secret"] == SECRET
    assert devices["2"]["hardware_serial"] == fx.device("2").hardware_serial


def test_bad_options_are_refused_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["sandbox", "fixture", "--state-dir", str(tmp_path), "--faults", "slot1:melt"])
    assert exit_info.value.code == 2
    assert "unknown fault 'melt'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["sandbox", "fixture", "--state-dir", str(tmp_path), "--slots", "0"])
    assert main(["sandbox", "fixture", "inspect", "--state-dir", str(tmp_path / "none")]) == 1
