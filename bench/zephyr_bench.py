"""Per-device time for a stock Zephyr device (profile zephyr-mcumgr-fs) against the wire floor.

Starts simulated stock Zephyr devices (their own processes, on real ptys) that pace their
output at the given baud rate, so the line behaves like a real UART, and runs the profile's side
of one provisioning walk on each: identify, write (upload + file hash), read-back identify,
reveal, finish (reset). Pairing is left out: it is the same for every profile and measured by
bench/pairing_bench.py. For each device it takes the wall time and the wire-time floor (the
link's framed bytes both ways, console text excluded, × 10 bits / baud) and prints the median
and 95th percentile of both, their ratio, and the same per step.

Prints figures; asserts nothing about speed.

    .venv/bin/python bench/zephyr_bench.py [--baud 115200] [--devices 10] [--extra 0]
"""

from __future__ import annotations

import argparse
import base64
import secrets
import statistics
import tempfile
import time
from collections import defaultdict

from station.cancel import CancelToken
from station.link.session import wire_seconds
from station.profiles import open_profile
from station.profiles.base import ProvisioningRecord
from station.profiles.zephyr.profile import ZephyrSession
from station.sandbox.fixture import SimulatedFixture
from station.secret import Secret

STEPS = ("identify", "write", "read_back", "reveal", "finish")


def _record() -> ProvisioningRecord:
    return ProvisioningRecord(
        device_id=base64.urlsafe_b64encode(secrets.token_bytes(16)).rstrip(b"=").decode(),
        realm="bench",
        pairing_url="https://127.0.0.1:4003/pairing",
        secret=Secret(base64.b64encode(secrets.token_bytes(32)).decode()),
    )


def _wire(session: ZephyrSession) -> int:
    stats = session.client.link.stats
    return stats.bytes_in + stats.bytes_out - stats.console_bytes


def run_device(port: str, baud: int, options: dict[str, object]) -> dict[str, tuple[float, float]]:
    """{step: (wall s, floor s)} and "device" for the whole walk."""
    out: dict[str, tuple[float, float]] = {}
    profile = open_profile("zephyr-mcumgr-fs", options)
    with profile.open(port, baud=baud, cancel=CancelToken(), slot="bench") as session:
        assert isinstance(session, ZephyrSession)
        record = _record()
        actions = {
            "identify": session.identify,
            "write": lambda: session.write(record),
            "read_back": session.identify,
            "reveal": session.reveal,
            "finish": session.finish,
        }
        start_all, wire_all = time.perf_counter(), _wire(session)
        for step in STEPS:
            start, wire = time.perf_counter(), _wire(session)
            actions[step]()
            out[step] = (time.perf_counter() - start, wire_seconds(_wire(session) - wire, baud))
        out["device"] = (
            time.perf_counter() - start_all,
            wire_seconds(_wire(session) - wire_all, baud),
        )
    return out


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baud", type=int, default=115200)
    parser.add_argument("--devices", type=int, default=10)
    parser.add_argument("--extra", type=int, default=0, help="bytes of extra fields in the file")
    args = parser.parse_args()
    options: dict[str, object] = {"extra_fields": {"note": "x" * args.extra}} if args.extra else {}
    samples: dict[str, list[tuple[float, float]]] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="zephyr-bench-") as tmp:
        slots = [str(i) for i in range(1, args.devices + 1)]
        with SimulatedFixture(
            tmp, slots=slots, baud=args.baud, chatter=0, firmware="zephyr"
        ) as fixture:
            for slot in slots:
                for step, value in run_device(fixture.ports[slot], args.baud, options).items():
                    samples[step].append(value)
    print(
        f"zephyr-mcumgr-fs, {args.devices} devices at {args.baud} baud "
        f"(file with {args.extra} extra bytes), device side of the walk:"
    )
    print(f"{'step':<10} {'wall p50':>9} {'wall p95':>9} {'floor p50':>10} {'ratio':>6}")
    for step in (*STEPS, "device"):
        wall = [w for w, _ in samples[step]]
        floor = [f for _, f in samples[step]]
        ratio = (
            statistics.median(wall) / statistics.median(floor) if statistics.median(floor) else 0
        )
        print(
            f"{step:<10} {statistics.median(wall) * 1000:>7.1f}ms {_p95(wall) * 1000:>7.1f}ms "
            f"{statistics.median(floor) * 1000:>8.1f}ms {ratio:>6.2f}"
        )


if __name__ == "__main__":
    main()
