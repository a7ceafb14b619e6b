"""A unit that fails sounds the fail sound, and one that passes does not: through the engine with
simulated devices, the line configured with `fail_sound = true`, into a private PulseAudio with a
null sink recorded from its monitor."""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

from station.config import load_config
from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine.events import Result, SlotState
from station.journal import Journal
from station.line.runner import LineRunner
from station.peripherals.sound import RATE
from tests.engine.test_runner import Events
from tests.peripherals.test_sound import _frequency, _wait_for_growth, pulse  # noqa: F401


def _provision_recorded(tmp_path: Path, faults: str) -> tuple[Result | None, list[int]]:
    out = tmp_path / f"sink-{bool(faults)}.raw"
    with DemoEnvironment(
        tmp_path / f"demo-{bool(faults)}", slots=1, faults=faults, bcrypt_cost=4
    ) as env:
        document = env.config_document()
        document["line"] = {"fail_sound": True, "sound_volume": 100}
        env.config_path.write_text(dumps(document), "utf-8")
        config = load_config(env.config_path)
        recorder = subprocess.Popen(
            [
                "parecord", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
                "--device=station.monitor", "--latency-msec=20", str(out),
            ],
        )  # fmt: skip
        try:
            _wait_for_growth(out, 0, recorder)
            events = Events()
            with Journal.open(env.journal_path, station_id=config.station_id) as journal:
                runner = LineRunner(
                    config=config,
                    fixture=env.fixture_name,
                    journal=journal,
                    operator="Olga",
                    sink=events,
                    presence_interval_s=0.2,
                )
                try:
                    events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.READY)
                    runner.start("1")
                    events.wait_for(lambda _: len(events.finished()) == 1)
                    runner.line.drain()
                    # A second of audio after the result: the sound (0.4 s) has played by then.
                    _wait_for_growth(out, out.stat().st_size + 2 * RATE * 2, recorder)
                finally:
                    runner.shutdown(30.0)
            result = events.finished()[0].snapshot.result
        finally:
            recorder.terminate()
            recorder.wait(10)
    data = out.read_bytes()
    return result, list(struct.unpack(f"<{len(data) // 2}h", data[: len(data) // 2 * 2]))


def test_a_failing_unit_sounds_the_fail_sound_and_a_passing_one_does_not(
    pulse: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    result, samples = _provision_recorded(tmp_path, "slot1:refuse=UNKNOWN@identify*always")
    assert result is Result.FAIL
    loud = [i for i, s in enumerate(samples) if abs(s) > 1000]
    assert loud, "the fail sound was not heard"
    assert 0.35 < (loud[-1] - loud[0]) / RATE < 0.45
    assert abs(_frequency(samples[loud[0] + RATE // 50 : loud[0] + RATE // 10]) - 880) < 40

    result, samples = _provision_recorded(tmp_path, "")
    assert result is Result.PASS
    assert max((abs(s) for s in samples), default=0) < 100, "a PASS must not sound"
