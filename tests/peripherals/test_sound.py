"""The fail sound through a real PulseAudio server with a null sink, recorded from its monitor."""

from __future__ import annotations

import itertools
import os
import shutil
import struct
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.peripherals.sound import (
    AMPLITUDE,
    RATE,
    TONES,
    SoundPlayer,
    SoundUnavailable,
    fail_tone,
)
from tests.fixtures.needs import missing


def _need_pulseaudio() -> None:
    if shutil.which("pulseaudio") and shutil.which("parecord"):
        return
    missing(
        "needs pulseaudio and pulseaudio-utils (tools/debian-deps.sh installs them)",
        "pulseaudio and pulseaudio-utils are missing; run tools/debian-deps.sh",
    )


@pytest.fixture
def pulse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private PulseAudio whose only sink is a null sink named 'station'."""
    _need_pulseaudio()
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp_path))
    server = subprocess.Popen(
        [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
            "--log-target=stderr", "-L", "module-native-protocol-unix",
            "-L", "module-null-sink sink_name=station", "-L", "module-always-sink",
        ],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    socket = runtime / "pulse" / "native"
    deadline = time.monotonic() + 10
    while not socket.exists():
        assert server.poll() is None, "pulseaudio exited at start"
        assert time.monotonic() < deadline, "pulseaudio did not open its socket"
        time.sleep(0.05)
    monkeypatch.setenv("PULSE_SERVER", f"unix:{socket}")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    try:
        yield socket
    finally:
        server.terminate()
        server.wait(10)


def _record_while(play: SoundPlayer, out: Path) -> list[int]:
    recorder = subprocess.Popen(
        [
            "parecord", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
            "--device=station.monitor", "--latency-msec=20", str(out),
        ],
    )  # fmt: skip
    _wait_for_growth(out, 0, recorder)  # the recorder's stream is up before the sound starts
    play.play_fail_blocking()
    # Half a second of audio after the sound, so its end is in the file however late it lands.
    _wait_for_growth(out, out.stat().st_size + RATE, recorder)
    recorder.terminate()
    recorder.wait(10)
    data = out.read_bytes()
    return list(struct.unpack(f"<{len(data) // 2}h", data[: len(data) // 2 * 2]))


def _wait_for_growth(path: Path, size: int, recorder: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 15
    while not path.exists() or path.stat().st_size <= size:
        assert recorder.poll() is None, "parecord exited"
        assert time.monotonic() < deadline, "the recorder wrote nothing"
        time.sleep(0.02)


def _frequency(samples: list[int]) -> float:
    crossings = sum(1 for a, b in itertools.pairwise(samples) if a < 0 <= b)
    return crossings * RATE / len(samples)


def test_the_fail_sound_reaches_the_speaker_as_written(pulse: Path, tmp_path: Path) -> None:
    samples = _record_while(SoundPlayer(100), tmp_path / "loud.raw")
    loud = [i for i, s in enumerate(samples) if abs(s) > 1000]
    assert loud, "nothing was heard"
    first, last = loud[0], loud[-1]
    assert 0.35 < (last - first) / RATE < 0.45  # 0.15 s + 0.25 s
    assert abs(max(abs(s) for s in samples) - AMPLITUDE * 32767) < 0.1 * AMPLITUDE * 32767
    high = samples[first + RATE // 50 : first + RATE // 10]
    low = samples[last - RATE // 5 : last - RATE // 50]
    assert abs(_frequency(high) - 880) < 40
    assert abs(_frequency(low) - 587) < 30


def test_the_volume_setting_makes_it_quieter(pulse: Path, tmp_path: Path) -> None:
    loud = max(abs(s) for s in _record_while(SoundPlayer(100), tmp_path / "a.raw"))
    quiet = max(abs(s) for s in _record_while(SoundPlayer(40), tmp_path / "b.raw"))
    assert 0 < quiet < loud * 0.5


def test_no_sound_server_is_reported_once_and_never_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nothing-here'}")
    reported: list[SoundUnavailable] = []
    player = SoundPlayer(80, on_failure=reported.append)
    player.play_fail().join(15)
    player.play_fail().join(15)
    assert len(reported) == 1
    assert "sound server" in reported[0].action
    with pytest.raises(SoundUnavailable):
        player.play_fail_blocking()


def test_the_tone_is_what_the_docstring_says() -> None:
    pcm = fail_tone()
    assert len(pcm) == 2 * sum(int(seconds * RATE) for _, seconds in TONES)
    samples = struct.unpack(f"<{len(pcm) // 2}h", pcm)
    assert max(abs(s) for s in samples) <= round(AMPLITUDE * 32767)
    assert samples[0] == 0 and abs(samples[-1]) < 200  # faded: no click
