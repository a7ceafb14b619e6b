"""Engine benchmark: provision 1, 16 and 64 simulated slots against what no station can beat.

Each size runs on a fresh demo environment: baud-paced simulated devices (separate processes on
real ptys) and the Pairing stand-in with network latency, in a process of its own as a remote
Pairing would be (in the station's process it would take the station's interpreter lock for
every request it serves). What is timed is the station's batch, as a line runs it:

- the engine is built (configuration read, journal opened, runner and slot threads started)
  and brought to where a running line is when a batch starts (Pairing's health checked as the
  operator window does, the registration token fetched, the Pairing client's keep-alive
  connections open as the previous batch left them) before the clock starts; the batch is
  timed from starting the slots to the last result, and the set-up is printed on its own;
- a first run of one slot, not printed, loads the station's modules, so that no size pays the
  imports;
- tokens are prepared before timing: the target's token command prints a token minted once
  beforehand (`cat` of a file), so no size pays a token program's start-up in its first call;
- the registrations in flight default to the number of slots, as a target with a remote Pairing
  would be configured (`--in-flight` overrides it);
- the floor of one device is the bytes it exchanged on the wire at 10 bits per byte, the two
  Pairing round trips (register, device info) at the configured latency, the two bcrypt
  operations Pairing must do for them at its cost (hash the new secret, check it), and the
  storage programming time the device declares;
- "dev mean" is the mean of each device's step durations, what the floor is compared with;
  "outside steps" is the mean of each attempt's time outside its steps (its journal writes,
  each on disk before the next step starts, and its events), which the batch time includes;
- beside the station's CPU the bench prints the stand-in's and the simulated devices' (their
  processes): on two shared cores those compete with the station, and a slow figure is read
  against them. "CPU busy" is all three together over what the machine's cores could give in
  the batch's time: near 100%, the batch waits for CPU, not for the station; the load average
  when each size ran (other work on a shared machine) is printed beside it. Per size, each
  part's CPU per attempt, how busy the station's interpreter was, and the batch's CPU floor
  (all three parts' CPU over the cores, and never less than the station's CPU, which one
  interpreter lock serialises) are printed, with that floor over the 1-slot batch: a ratio
  target below it cannot be met on this machine whatever the station waits for;
- the simulated devices keep their memory (the file each uses as its OTP or secure storage)
  in RAM, under /dev/shm: a device's flash is not the PC's disk, and the fsyncs a simulator
  does to survive being killed are not the station's time nor in the device's declared timing.
  The journal stays on disk: its fsyncs are the station's;
- each step's mean time is printed per size, to read where a size's time goes;
- `--repeat N` runs each size N times on fresh environments and prints every run, fastest
  first; the ratios, steps and CPU lines come from the median batch (the lower middle one for
  an even N), since on a shared machine one descheduled device process sets a whole batch.

Prints figures with their targets; asserts nothing.

    .venv/bin/python bench/engine_bench.py [--sizes 1,16,64] [--baud 115200] [--latency 0.05]
        [--bcrypt-cost 4] [--in-flight N] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import bcrypt
from standin_process import pairing_standin, process_cpu_s

from station.config import load_config
from station.demo import DEMO_REALM, DemoEnvironment
from station.engine.events import AttemptFinished, Event, Result, SlotUpdated
from station.engine.runner import FixtureRunner
from station.journal import Journal
from station.pairing.tokens import TokenScope
from station.sandbox.slot_firmware import FixtureError

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
    """CPU seconds the device processes and the stand-in used between entering and leaving.

    Read once at each end, not sampled meanwhile: the devices and the stand-in run through the
    whole batch, and a sampling thread would spend the station process's CPU (and interpreter
    lock) on reading /proc, which the station's figure would then include."""

    def __init__(self, device_pids: list[int], standin_pid: int) -> None:
        self._pids = device_pids
        self._standin_pid = standin_pid
        self._base: dict[int, float] = {}
        self._standin_base = 0.0
        self.device_cpu_s = 0.0
        self.standin_cpu_s = 0.0

    def _devices(self) -> dict[int, float]:
        return {pid: cpu for pid in self._pids if (cpu := _cpu_s(f"/proc/{pid}")) is not None}

    def __enter__(self) -> CpuSampler:
        self._base = self._devices()
        self._standin_base = process_cpu_s(self._standin_pid)
        return self

    def __exit__(self, *exc: object) -> None:
        now = self._devices()
        self.device_cpu_s = sum(cpu - self._base.get(pid, 0.0) for pid, cpu in now.items())
        self.standin_cpu_s = process_cpu_s(self._standin_pid) - self._standin_base


@contextmanager
def remote_standin(
    env: DemoEnvironment, work: Path, latency_s: float, cost: int
) -> Iterator[dict[str, str]]:
    """The Pairing stand-in in a process of its own, for the demo's realm and key."""
    public = env.private_key_path.with_name(f"{DEMO_REALM}_public.pem")
    with pairing_standin(DEMO_REALM, public, work / "remote-pairing", cost, latency_s) as ready:
        yield ready


class Results:
    """Each slot's final event, from the runner's event sink (any thread)."""

    def __init__(self, slots: list[str]) -> None:
        self._wanted = set(slots)
        self._cond = threading.Condition()
        self.finished: dict[str, AttemptFinished | None] = {}
        self.started_at: dict[str, float] = {}
        self.finished_at: dict[str, float] = {}

    def __call__(self, event: Event) -> None:
        snap = getattr(event, "snapshot", None)
        if snap is None or snap.slot not in self._wanted:
            return
        if isinstance(event, AttemptFinished):
            final: AttemptFinished | None = event
        elif isinstance(event, SlotUpdated) and snap.result is not None:
            final = None  # a slot that could not even begin an attempt
        else:
            return
        with self._cond:
            self.finished[snap.slot] = final
            self.finished_at[snap.slot] = time.monotonic()
            self._cond.notify_all()

    def wait(self, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self._wanted <= set(self.finished), timeout)


def bcrypt_s(cost: int) -> float:
    """One bcrypt operation at `cost` on this machine (hashing and checking cost the same):
    the least of five, what the machine does when nothing else runs (a floor)."""
    salt = bcrypt.gensalt(rounds=cost)
    times = []
    for _ in range(5):
        started = time.perf_counter()
        bcrypt.hashpw(b"x" * 44, salt)
        times.append(time.perf_counter() - started)
    return min(times)


def prepared_token(env: DemoEnvironment, work: Path) -> list[str]:
    """A token command that only prints a token minted now, valid for the whole run."""
    token = subprocess.run(
        env.token_command(ttl_s=3600), capture_output=True, text=True, check=True
    ).stdout.strip()
    path = work / "prepared.jwt"
    path.write_text(token + "\n", encoding="utf-8")
    path.chmod(0o600)
    return ["cat", str(path)]


def warm_up(runner: FixtureRunner, journal: Journal, connections: int) -> None:
    """What a running line has when a batch starts: Pairing healthy (the operator window
    checks it once the engine is built), the registration token fetched, the Pairing client's
    keep-alive connections open and the journal's read-only connections for the policy's
    questions open, one per slot asking at once (the last batch left both; they outlive a
    cycle)."""
    runner.plan.target.tokens.token(TokenScope.register())
    healthy: list[bool] = []
    # All at once: a check that ended before the next began would hand its connection on, and
    # the batch would then open the rest itself, inside the timed part.
    together = threading.Barrier(connections)

    def one() -> None:
        together.wait(60)
        healthy.append(runner.check_pairing_health(timeout_s=30))
        journal.has_passed("warm-up", DEMO_REALM)

    threads = [threading.Thread(target=one) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if not all(healthy):
        raise SystemExit("the Pairing stand-in did not answer healthy")


def device_memory_root() -> str | None:
    """Where the simulated devices keep their memory: RAM when the machine has /dev/shm."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def run_size(
    slots: int, *, baud: int, latency_s: float, bcrypt_cost: int, in_flight: int
) -> dict[str, Any]:
    with (
        tempfile.TemporaryDirectory(prefix=f"engine-bench-{slots}-") as tmp,
        tempfile.TemporaryDirectory(
            prefix=f"engine-bench-{slots}-devices-", dir=device_memory_root()
        ) as devices_dir,
        DemoEnvironment(
            Path(tmp),
            slots=slots,
            baud=baud,
            bcrypt_cost=bcrypt_cost,
            max_in_flight=in_flight,
            # 64 device interpreters starting at once on two shared cores: minutes, not seconds.
            device_start_timeout_s=180.0,
            fixture_dir=Path(devices_dir),
        ) as env,
        remote_standin(env, Path(tmp), latency_s, bcrypt_cost) as pairing,
    ):
        assert env.fixture is not None
        env.write_config(
            token_command=prepared_token(env, Path(tmp)),
            pairing_url=pairing["base_url"],
            ca_bundle=pairing["ca_path"],
        )
        pids = [pid for s in env.fixture.slots if (pid := env.fixture.pid(s)) is not None]
        load = os.getloadavg()[0]
        t0 = time.monotonic()
        config = load_config(env.config_path)
        with Journal.open(config.journal_path, station_id=config.station_id) as journal:
            names = list(env.fixture.slots)
            results = Results(names)
            runner = FixtureRunner(
                config=config,
                fixture=env.fixture_name,
                journal=journal,
                operator="bench",
                sink=results,
                presence_interval_s=None,
            )
            try:
                warm_up(runner, journal, in_flight)
                setup = time.monotonic() - t0
                cpu0 = time.process_time()
                with CpuSampler(pids, int(pairing["pid"])) as cpu:
                    t1 = time.monotonic()
                    for slot in names:
                        results.started_at[slot] = time.monotonic()
                        runner.start(slot)
                    if not results.wait(600):
                        raise SystemExit(f"{slots} slots: not every slot finished in 10 min")
                    wall = time.monotonic() - t1
                station_cpu = time.process_time() - cpu0
            finally:
                runner.shutdown(60.0)
        finished = [f for f in results.finished.values() if f is not None]
        passed = sum(f.snapshot.result in (Result.PASS, Result.RECOVERED) for f in finished)
        per_device = [sum(f.step_durations_s.values()) for f in finished]
        steps: dict[str, list[float]] = {}
        for f in finished:
            for step, took in f.step_durations_s.items():
                steps.setdefault(step, []).append(took)
        # An attempt's time outside its steps: before the first, between them and after the
        # last (the journal's durable writes, the slot's events).
        outside = [
            results.finished_at[slot] - results.started_at[slot] - sum(f.step_durations_s.values())
            for slot, f in results.finished.items()
            if f is not None
        ]
        wire = _link_bytes(env.journal_path)
        hashing = 2 * bcrypt_s(bcrypt_cost)
        floors = []
        for slot in env.fixture.slots:
            device = env.fixture.device(slot)
            record = device.record
            program_s = (record.size() if record else 0) * device.prog_us / 1e6
            floors.append(wire.get(slot, 0) * 10 / baud + 2 * latency_s + hashing + program_s)
    return {
        "passed": passed,
        "setup_s": setup,
        "wall_s": wall,
        "device_mean_s": statistics.mean(per_device) if per_device else float("nan"),
        "outside_mean_s": statistics.mean(outside) if outside else float("nan"),
        "floor_mean_s": statistics.mean(floors),
        "station_cpu_s": station_cpu,
        "standin_cpu_s": cpu.standin_cpu_s,
        "devices_cpu_s": cpu.device_cpu_s,
        "load": load,
        "steps_ms": {step: statistics.mean(took) * 1000 for step, took in steps.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,16,64")
    parser.add_argument("--baud", type=int, default=115200)
    parser.add_argument("--latency", type=float, default=0.05, help="Pairing latency, seconds")
    parser.add_argument("--bcrypt-cost", type=int, default=4)
    parser.add_argument(
        "--repeat", type=int, default=1, help="batches per size; figures from the median"
    )
    parser.add_argument(
        "--in-flight", type=int, default=0, help="registrations in flight (default: the slots)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    options = {
        "baud": args.baud,
        "latency_s": args.latency,
        "bcrypt_cost": args.bcrypt_cost,
    }
    print(
        f"engine bench: devices paced at {args.baud} baud, Pairing latency "
        f"{args.latency * 1000:.0f} ms in its own process, bcrypt cost {args.bcrypt_cost} (one "
        f"operation {bcrypt_s(args.bcrypt_cost) * 1000:.1f} ms), tokens prepared, registrations "
        f"in flight {args.in_flight or 'one per slot'}; {os.cpu_count()} CPUs shared by all "
        f"(load average {os.getloadavg()[0]:.1f} at the start); the devices' memory in "
        f"{device_memory_root() or 'the temporary folder (no /dev/shm)'}"
    )
    run_size(1, in_flight=1, **options)  # the station's imports, not measured
    print(
        f"{'slots':>5} {'passed':>6} {'set-up s':>8} {'batch s':>7} {'dev mean s':>10} "
        f"{'outside steps s':>15} {'floor s':>7} {'x floor':>7} {'CPU s: station':>14} "
        f"{'stand-in':>8} {'devices':>7} {'CPU busy':>8} {'load':>5}"
    )
    walls: dict[int, float] = {}
    ratios: dict[int, float] = {}
    profiles: dict[int, dict[str, float]] = {}
    runs: dict[int, dict[str, Any]] = {}
    cores = os.cpu_count() or 1
    for n in sizes:
        tries = [
            measured_size(n, in_flight=args.in_flight or n, **options)
            for _ in range(max(1, args.repeat))
        ]
        done = sorted((t for t in tries if t is not None), key=lambda t: float(t["wall_s"]))
        for r in done:
            cpu = r["station_cpu_s"] + r["standin_cpu_s"] + r["devices_cpu_s"]
            print(
                f"{n:>5} {int(r['passed']):>6} {r['setup_s']:>8.2f} {r['wall_s']:>7.2f} "
                f"{r['device_mean_s']:>10.3f} {r['outside_mean_s']:>15.3f} "
                f"{r['floor_mean_s']:>7.3f} {r['device_mean_s'] / r['floor_mean_s']:>7.2f} "
                f"{r['station_cpu_s']:>14.2f} {r['standin_cpu_s']:>8.2f} "
                f"{r['devices_cpu_s']:>7.2f} {cpu / (cores * r['wall_s']):>7.0%} {r['load']:>5.1f}"
            )
        if not done:
            continue
        # The median batch stands for the size: one slow run on a shared machine (a device
        # process descheduled) sets a whole batch's time, and says nothing of the station.
        r = done[(len(done) - 1) // 2]
        runs[n] = r
        walls[n] = r["wall_s"]
        ratios[n] = statistics.median(t["device_mean_s"] / t["floor_mean_s"] for t in done)
        profiles[n] = r["steps_ms"]
    for n, steps in profiles.items():
        print(
            f"{n:>5} slots, mean ms per step: "
            + ", ".join(f"{k} {v:.1f}" for k, v in steps.items())
        )
    for n, r in runs.items():
        print(cpu_floor_line(n, r, cores, walls.get(1)))
    if 1 in ratios:
        print(f"one device vs its floor: {ratios[1]:.3f}x   target <= 1.05x")
    for n, target in ((16, 1.10), (64, 1.5)):
        if n not in sizes or 1 not in sizes:
            continue
        figure = f"{walls[n] / walls[1]:.2f}x" if 1 in walls and n in walls else "not measured"
        print(
            f"batch time {n} slots / 1 slot: {figure}   target <= {target:.2f}x "
            f"({n}.00 would be no parallelism)"
        )
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


def cpu_floor_line(slots: int, r: dict[str, Any], cores: int, wall_1: float | None) -> str:
    """What the CPU alone allows a size: each part's CPU per attempt, and the least batch time
    the machine could give that CPU. All three parts share the cores, so the batch is at least
    their sum over the cores; the station's own part runs under one interpreter lock, so it is
    also at least the station's CPU. A batch near that floor waits for CPU, not for the
    station's waits (journal, locks); the floor over the 1-slot batch says which ratio is
    reachable here at all."""
    station, standin, devices = r["station_cpu_s"], r["standin_cpu_s"], r["devices_cpu_s"]
    floor = max((station + standin + devices) / cores, station)
    ratio = f", {floor / wall_1:.2f}x the 1-slot batch" if wall_1 else ""
    return (
        f"{slots:>5} slots, CPU ms per attempt: station {station / slots * 1000:.1f}, stand-in "
        f"{standin / slots * 1000:.1f}, devices {devices / slots * 1000:.1f}; the station's "
        f"interpreter busy {station / r['wall_s']:.0%} of the batch; CPU floor of the batch on "
        f"{cores} cores {floor:.2f} s{ratio} (batch {r['wall_s']:.2f} s)"
    )


def measured_size(slots: int, **options: Any) -> dict[str, Any] | None:
    """`run_size`, tried twice: on a loaded machine 64 simulated devices (an interpreter each)
    may not all start within the fixture's start timeout. That is the set-up failing, not the
    station, so the bench says so and goes on with the other sizes."""
    for attempt in (1, 2):
        try:
            return run_size(slots, **options)
        except FixtureError as exc:
            load = os.getloadavg()[0]
            print(
                f"{slots:>5} slots: the simulated fixture did not start (attempt {attempt}, load "
                f"average {load:.1f}): {exc.message}"
            )
    print(f"{slots:>5} slots: not measured")
    return None


if __name__ == "__main__":
    main()
