"""Fleet mode figures F1..F5 against a real, throwaway PostgreSQL on this machine.

    python bench/fleet_bench.py            # the full figures of issue #14 (a few minutes)
    python bench/fleet_bench.py --quick    # a scaled-down pass, under a minute, every figure
    python bench/fleet_bench.py --only f2  # one figure (f1, f2, batch, f3, qa, f4, f5)

F1  station processes race for the same device IDs through the claim functions (fleet_f1.py).
F2  stations x simulated slots provisioning with a shipper each: ship lag, where it goes, the
    load average, central counts vs local journals, double registrations (fleet_f2.py).
BATCH  the CPU a shipped batch costs the centre and the shipper, and a claim the centre
    (fleet_batch_cpu.py).
F3  an offline backlog drained to the centre, then the supervisors' views read right after it
    arrived; QA: the QA viewer's counts and first pages after a backlog (fleet_f3.py).
F4  the centre killed and restarted, then its port blackholed (fleet_f4.py; the blackhole needs
    root, ip and iptables).
F5  the security matrix: every forbidden action refused or not (fleet_f5.py).

Figures are printed, never asserted: the tests in tests/fleet assert behaviour.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fleet_batch_cpu import batch_cpu  # noqa: E402
from fleet_centre import Centre  # noqa: E402
from fleet_f1 import f1  # noqa: E402
from fleet_f2 import FleetLoad, f2  # noqa: E402
from fleet_f3 import f3, qa_filters  # noqa: E402
from fleet_f4 import f4_blackhole, f4_blackhole_child, f4_crash  # noqa: E402
from fleet_f5 import f5  # noqa: E402

from station.sandbox.pgcluster import find_bindir, start_cluster  # noqa: E402

FIGURES = ("f1", "f2", "batch", "f3", "qa", "f4", "f5")


def run(centre: Centre, only: str | None, quick: bool, wake: bool) -> None:
    def wanted(name: str) -> bool:
        return only is None or only == name

    if wanted("f1"):
        f1(centre, processes=8, ids=100) if quick else f1(centre, processes=50, ids=400)
    if wanted("f2"):
        f2(
            centre,
            FleetLoad(6, 8, 2.0, 10, wake) if quick else FleetLoad(50, 32, 6.0, 60, wake),
        )
    if wanted("batch"):
        batch_cpu(centre, 300, 5000) if quick else batch_cpu(centre, 2000, 40_000)
    if wanted("f3"):
        f3(centre, attempts=3000 if quick else 8 * 3600 // 30 * 32)
    if wanted("qa"):
        qa_filters(centre, attempts=1000 if quick else 5000)
    if wanted("f4"):
        f4_crash(centre)
        f4_blackhole()
    if wanted("f5"):
        f5(centre)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a scaled-down pass, < 1 minute")
    parser.add_argument("--only", choices=FIGURES, help="run one figure")
    parser.add_argument(
        "--f2-no-wake",
        action="store_true",
        help="F2 with the shipper's idle poll alone (50 ms), as before the journal woke it",
    )
    parser.add_argument("--f4-blackhole-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.f4_blackhole_child:
        f4_blackhole_child()
        return 0
    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL is not installed: run tools/debian-deps.sh as root")
        return 1
    cluster = start_cluster(bindir, max_connections=300)
    print(f"PostgreSQL {bindir.parent.name} in {cluster.root}, port {cluster.port}")
    try:
        run(Centre(cluster), args.only, args.quick, wake=not args.f2_no_wake)
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
