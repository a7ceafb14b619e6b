"""Engine benchmark: provision 1, 16 and 64 simulated slots against what no station can beat.

Each size runs on a fresh demo environment: baud-paced simulated devices (separate processes on
real ptys) and the Pairing stand-in with network latency. What is timed is the station:

- tokens are prepared before timing: the target's token command prints a token minted once
  beforehand (`cat` of a file), so no size pays a token program's start-up in its first call;
- the registrations in flight default to the number of slots, as a target with a remote Pairing
  would be configured (`--in-flight` overrides it);
- the floor of one device is the bytes it exchanged on the wire at 10 bits per byte, the two
  Pairing round trips (register, device info) at the configured latency, the two bcrypt
  operations Pairing must do for them at its cost (hash the new secret, check it), and the
  storage programming time the device declares;
- beside the station's CPU the bench prints the stand-in's (its threads, sampled from /proc,
  since it runs inside this process) and the simulated devices' (their processes): on two shared
  cores those compete with the station, and a slow figure is read against them.

Prints figures with their targets; asserts nothing.

    .venv/bin/python bench/engine_bench.py [--sizes 1,16,64] [--baud 115200] [--latency 0.05]
        [--bcrypt-cost 4] [--in-flight N]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sqlite3
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import bcrypt

from station.demo import DemoEnvironment
from station.engine.cli import provision

_TICK = os.sysconf("SC_CLK_TCK")


def _link_bytes(journal: Path) -> dict[str, int]:
    """Bytes on the wire per attempt (both directions), from the journal's link statistics."""
    with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT slot, link_stats FROM attempts").fetchall()
    out: dict[str, int] = {}
    for slot, stats_text in rows:
        stats = json.loads(stats_text or "{}")
        out[str(slot)] = int(stats.get("bytes_in", 0)) + int(stats.get("bytes_out", 0))
    return out


def _cpu_s(proc_dir: str) -> float | None:
    """CPU seconds of a process or thread: schedstat's exact run time where the kernel keeps it
    (a request thread's few milliseconds fall between the ticks that `stat` counts)."""
    try:
        return int(Path(proc_dir, "schedstat").read_text().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        pass
    try:
        fields = Path(proc_dir, "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime


class CpuSampler:
    """CPU seconds of the stand-in's threads and of the device processes, sampled every 20 ms
    (a thread's or process's last sample counts after it ends)."""

    def __init__(self, device_pids: list[int]) -> None:
        self._pids = device_pids
        self.standin: dict[int, float] = {}
        self.devices: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._base = self._sample_devices()

    def _sample_devices(self) -> dict[int, float]:
        return {pid: cpu for pid in self._pids if (cpu := _cpu_s(f"/proc/{pid}")) is not None}

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.devices.update(self._sample_devices())
            for t in threading.enumerate():
                name = t.name
                if t.native_id and ("process_request_thread" in name or "pairing-standin" in name):
                    cpu = _cpu_s(f"/proc/self/task/{t.native_id}")
                    if cpu is not None:
                        self.standin[t.native_id] = cpu

    def __enter__(self) -> CpuSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def device_cpu_s(self) -> float:
        return sum(cpu - self._base.get(pid, 0.0) for pid, cpu in self.devices.items())

    @property
    def standin_cpu_s(self) -> float:
        return sum(self.standin.values())


def bcrypt_s(cost: int) -> float:
    """One bcrypt operation at `cost` on this machine (hashing and checking cost the same)."""
    salt = bcrypt.gensalt(rounds=cost)
    started = time.perf_counter()
    bcrypt.hashpw(b"x" * 44, salt)
    return time.perf_counter() - started


def prepared_token(env: DemoEnvironment, work: Path) -> list[str]:
    """A token command that only prints a token minted now, valid for the whole run."""
    token = subprocess.run(
        env.token_command(ttl_s=3600), capture_output=True, text=True, check=True
    ).stdout.strip()
    path = work / "prepared.jwt"
    path.write_text(token + "\n", encoding="utf-8")
    path.chmod(0o600)
    return ["cat", str(path)]


def run_size(
    slots: int, *, baud: int, latency_s: float, bcrypt_cost: int, in_flight: int
) -> dict[str, float]:
    with (
        tempfile.TemporaryDirectory(prefix=f"engine-bench-{slots}-") as tmp,
        DemoEnvironment(
            Path(tmp),
            slots=slots,
            baud=baud,
            bcrypt_cost=bcrypt_cost,
            pairing_latency_s=latency_s,
            max_in_flight=in_flight,
        ) as env,
    ):
        assert env.fixture is not None
        env.write_config(token_command=prepared_token(env, Path(tmp)))
        pids = [pid for s in env.fixture.slots if (pid := env.fixture.pid(s)) is not None]
        out, err = io.StringIO(), io.StringIO()
        cpu0 = time.process_time()
        with CpuSampler(pids) as cpu:
            t0 = time.monotonic()
            rc = provision(
                config_path=env.config_path,
                target=env.target_name,
                fixture=env.fixture_name,
                slots="all",
                operator="bench",
                as_json=True,
                out=out,
                err=err,
            )
            wall = time.monotonic() - t0
        process_cpu = time.process_time() - cpu0
        rows = [json.loads(line) for line in out.getvalue().splitlines()]
        passed = sum(r["result"] == "PASS" for r in rows)
        per_device = [sum(r["step_durations_s"].values()) for r in rows]
        wire = _link_bytes(env.journal_path)
        hashing = 2 * bcrypt_s(bcrypt_cost)
        floors = []
        for slot in env.fixture.slots:
            device = env.fixture.device(slot)
            record = device.record
            program_s = (record.size() if record else 0) * device.prog_us / 1e6
            floors.append(wire.get(slot, 0) * 10 / baud + 2 * latency_s + hashing + program_s)
    return {
        "rc": rc,
        "passed": passed,
        "wall_s": wall,
        "device_mean_s": statistics.mean(per_device),
        "floor_mean_s": statistics.mean(floors),
        "station_cpu_s": process_cpu - cpu.standin_cpu_s,
        "standin_cpu_s": cpu.standin_cpu_s,
        "devices_cpu_s": cpu.device_cpu_s,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,16,64")
    parser.add_argument("--baud", type=int, default=115200)
    parser.add_argument("--latency", type=float, default=0.05, help="Pairing latency, seconds")
    parser.add_argument("--bcrypt-cost", type=int, default=4)
    parser.add_argument(
        "--in-flight", type=int, default=0, help="registrations in flight (default: the slots)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"engine bench: devices paced at {args.baud} baud, Pairing latency "
        f"{args.latency * 1000:.0f} ms, bcrypt cost {args.bcrypt_cost} (one operation "
        f"{bcrypt_s(args.bcrypt_cost) * 1000:.1f} ms), tokens prepared, registrations in "
        f"flight {args.in_flight or 'one per slot'}; {os.cpu_count()} CPUs shared by all"
    )
    print(
        f"{'slots':>5} {'passed':>6} {'wall s':>7} {'dev mean s':>10} {'floor s':>7} "
        f"{'x floor':>7} {'CPU s: station':>14} {'stand-in':>8} {'devices':>7}"
    )
    walls: dict[int, float] = {}
    ratios: dict[int, float] = {}
    for n in sizes:
        r = run_size(
            n,
            baud=args.baud,
            latency_s=args.latency,
            bcrypt_cost=args.bcrypt_cost,
            in_flight=args.in_flight or n,
        )
        walls[n] = r["wall_s"]
        ratios[n] = r["device_mean_s"] / r["floor_mean_s"]
        print(
            f"{n:>5} {int(r['passed']):>6} {r['wall_s']:>7.2f} {r['device_mean_s']:>10.3f} "
            f"{r['floor_mean_s']:>7.3f} {ratios[n]:>7.2f} {r['station_cpu_s']:>14.2f} "
            f"{r['standin_cpu_s']:>8.2f} {r['devices_cpu_s']:>7.2f}"
        )
    if 1 in ratios:
        print(f"one device vs its floor: {ratios[1]:.3f}x   target <= 1.05x")
    for n, target in ((16, 1.10), (64, 1.5)):
        if 1 in walls and n in walls:
            print(
                f"wall time {n} slots / 1 slot: {walls[n] / walls[1]:.2f}x   target <= "
                f"{target:.2f}x ({n}.00 would be no parallelism)"
            )


if __name__ == "__main__":
    main()
