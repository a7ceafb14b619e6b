"""Per-command wall time over a paced serial line, against the wire-time floor.

Starts one simulated device (its own process, on a real pty) that paces its output at the
given baud rate, so the line behaves like a real UART (ptys ignore baud), and drives it with the
station's `DeviceClient`. For every command it prints the median and 95th-percentile wall time,
the wire-time floor (bytes both ways × 10 bits / baud, plus the declared programming time for
`write`), and their ratio. The ratio shows how much the host, the framing and the scheduling add
on top of what the line itself costs.

Prints figures; asserts nothing about speed.

    .venv/bin/python bench/link_bench.py [--baud 115200] [--count 30] [--storage secure]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from station.cancel import CancelToken
from station.link.session import wire_seconds
from station.profiles.base import ProvisioningRecord
from station.profiles.smp.client import DeviceClient, record_program_bytes
from station.sandbox.fixture import SimulatedFixture
from station.secret import Secret

DEVICE_ID = "AAECAwQFBgcICQoLDA0ODw"
SECRETS = (
    "YmVuY2gtYmVuY2gtYmVuY2gtYmVuY2gtYmVuY2gtYmU=",
    "c2Vjb25kLXNlY29uZC1zZWNvbmQtc2Vjb25kLXNlY28=",
)


@dataclass
class Samples:
    wall: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)


def record(i: int) -> ProvisioningRecord:
    # Alternating secrets make a rewritable device really program every time.
    return ProvisioningRecord(
        device_id=DEVICE_ID,
        realm="bench",
        pairing_url="https://127.0.0.1:4003/pairing",
        secret=Secret(SECRETS[i % 2]),
    )


def measure(
    client: DeviceClient,
    baud: int,
    action: Callable[[int], object],
    i: int = 0,
    extra_floor: float = 0.0,
) -> tuple[float, float]:
    before = client.stats.bytes_in + client.stats.bytes_out
    started = time.perf_counter()
    action(i)
    wall = time.perf_counter() - started
    moved = client.stats.bytes_in + client.stats.bytes_out - before
    return wall, wire_seconds(moved, baud) + extra_floor


def run(baud: int, count: int, storage: str) -> None:
    results: dict[str, Samples] = {}
    with (
        tempfile.TemporaryDirectory() as state_dir,
        SimulatedFixture(state_dir, slots=1, storage=storage, baud=baud, chatter=0) as fx,
        DeviceClient.open(fx.ports["1"], baud=baud, cancel=CancelToken(), slot="1") as client,
    ):
        prog_us = client.identify().program_us_per_byte
        program = record_program_bytes(record(0)) * prog_us / 1e6
        steps: list[tuple[str, Callable[[int], object], float]] = [
            ("echo", lambda i: client.echo(f"bench-{i:04d}"), 0.0),
            ("params", lambda i: client.params(), 0.0),
            ("identify", lambda i: client.identify(), 0.0),
            ("write", lambda i: client.write(record(i)), program),
            ("reveal", lambda i: client.reveal(), 0.0),
        ]
        if storage == "otp":
            # OTP takes one record; later identical writes answer without programming.
            steps[3] = ("write", lambda i: client.write(record(0)), 0.0)
        for name, action, extra in steps:
            samples = results.setdefault(name, Samples())
            for i in range(count):
                wall, floor = measure(client, baud, action, i, extra)
                samples.wall.append(wall)
                samples.floor.append(floor)
        lock = results.setdefault("lock", Samples())
        wall, floor = measure(client, baud, lambda _: client.lock())
        lock.wall.append(wall)
        lock.floor.append(floor)
        stats = client.stats.as_dict()

    print(f"link bench: simulated device paced at {baud} baud, {storage} storage, {count} runs")
    print(
        f"(programming: {prog_us} µs/byte declared; floor = bytes × 10 bits / baud + programming)"
    )
    header = f"{'command':<10}{'median ms':>11}{'p95 ms':>9}{'floor ms':>10}{'ratio':>8}"
    print(header)
    print("-" * len(header))
    for name, samples in results.items():
        median = statistics.median(samples.wall)
        p95 = _p95(samples.wall)
        floor = statistics.median(samples.floor)
        print(
            f"{name:<10}{median * 1e3:>11.2f}{p95 * 1e3:>9.2f}{floor * 1e3:>10.2f}"
            f"{median / floor:>8.2f}"
        )
    print("link stats:", ", ".join(f"{k}={v}" for k, v in stats.items()))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--baud", type=int, default=115200)
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--storage", choices=("secure", "otp"), default="secure")
    args = parser.parse_args()
    run(args.baud, args.count, args.storage)


if __name__ == "__main__":
    main()
