"""Engine benchmark: provision 1, 16 and 64 simulated slots with baud-paced devices and a Pairing
stand-in with network latency and a realistic bcrypt cost; print the wall time per fixture size,
the 16-vs-1 ratio, and each size's mean per-device time against its floor.

The floor of one device is what no station can beat on that device: the bytes it exchanged on
the wire at 10 bits per byte, the two Pairing round trips (register, device info) at the
configured latency, and the storage programming time the device declares.

    .venv/bin/python bench/engine_bench.py [--sizes 1,16,64] [--baud 115200] [--latency 0.05]
"""

from __future__ import annotations

import argparse
import io
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from station.demo import DemoEnvironment
from station.engine.cli import provision


def _link_bytes(journal: Path) -> dict[str, int]:
    """Bytes on the wire per attempt (both directions), from the journal's link statistics."""
    with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT slot, link_stats FROM attempts").fetchall()
    out: dict[str, int] = {}
    for slot, stats_text in rows:
        stats = json.loads(stats_text or "{}")
        out[str(slot)] = int(stats.get("bytes_in", 0)) + int(stats.get("bytes_out", 0))
    return out


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
        out, err = io.StringIO(), io.StringIO()
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
        rows = [json.loads(line) for line in out.getvalue().splitlines()]
        passed = sum(r["result"] == "PASS" for r in rows)
        per_device = [sum(r["step_durations_s"].values()) for r in rows]
        wire = _link_bytes(env.journal_path)
        floors = []
        for slot in env.fixture.slots:
            device = env.fixture.device(slot)
            record = device.record
            program_s = (record.size() if record else 0) * device.prog_us / 1e6
            floors.append(wire.get(slot, 0) * 10 / baud + 2 * latency_s + program_s)
    return {
        "rc": rc,
        "passed": passed,
        "wall_s": wall,
        "device_mean_s": statistics.mean(per_device),
        "floor_mean_s": statistics.mean(floors),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,16,64")
    parser.add_argument("--baud", type=int, default=115200)
    parser.add_argument("--latency", type=float, default=0.05, help="Pairing latency, seconds")
    parser.add_argument("--bcrypt-cost", type=int, default=10)
    parser.add_argument("--in-flight", type=int, default=4, help="registrations in flight")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"engine bench: devices paced at {args.baud} baud, Pairing latency "
        f"{args.latency * 1000:.0f} ms, bcrypt cost {args.bcrypt_cost}, "
        f"{args.in_flight} registrations in flight"
    )
    print(
        f"{'slots':>5} {'passed':>6} {'wall s':>8} {'dev mean s':>10} {'floor s':>8} {'x floor':>7}"
    )
    walls: dict[int, float] = {}
    for n in sizes:
        r = run_size(
            n,
            baud=args.baud,
            latency_s=args.latency,
            bcrypt_cost=args.bcrypt_cost,
            in_flight=args.in_flight,
        )
        walls[n] = r["wall_s"]
        print(
            f"{n:>5} {int(r['passed']):>6} {r['wall_s']:>8.2f} {r['device_mean_s']:>10.3f} "
            f"{r['floor_mean_s']:>8.3f} {r['device_mean_s'] / r['floor_mean_s']:>7.2f}"
        )
    if 1 in walls and 16 in walls:
        ratio = walls[16] / walls[1]
        print(f"wall time 16 slots / 1 slot: {ratio:.2f} (16.00 would be no parallelism)")


if __name__ == "__main__":
    main()
