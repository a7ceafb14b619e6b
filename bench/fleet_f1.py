"""F1: station processes race for the same device IDs through the claim functions; each ID must
have exactly one winner."""

from __future__ import annotations

import multiprocessing
import random
import time
from typing import Any

from fleet_centre import REALM, Centre

from station.fleet.claims import ClaimClient
from station.fleet.connect import FleetSettings
from station.fleet.errors import FleetUnreachable


def _racer(settings: FleetSettings, password: str, ids: list[str], seed: int, out: Any) -> None:
    """Claim every ID in a random order; puts (IDs won, why it stopped early or "")."""
    client = ClaimClient(settings, password)
    order = list(ids)
    random.Random(seed).shuffle(order)
    won: list[str] = []
    stopped = ""
    try:
        for device_id in order:
            for attempt in range(3):  # an overloaded machine may miss the 3-s connect timeout
                try:
                    claim = client.claim(REALM, device_id, 600)
                    break
                except FleetUnreachable:
                    if attempt == 2:
                        raise
            if claim.granted:
                won.append(device_id)
                client.complete(claim)
    except Exception as exc:  # noqa: BLE001 (reported by the parent, with the IDs won so far)
        stopped = f"{type(exc).__name__}: {exc}"
    finally:
        client.close()
        out.put((won, stopped))


def f1(centre: Centre, processes: int, ids: int) -> None:
    stations = [centre.station(f"f1-{n:02d}") for n in range(processes)]
    device_ids = [f"f1-dev-{i:04d}" for i in range(ids)]
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    start = time.monotonic()
    procs = [
        ctx.Process(target=_racer, args=(s, pw, device_ids, n, out))
        for n, (s, pw) in enumerate(stations)
    ]
    for p in procs:
        p.start()
    winners: dict[str, int] = {}
    stopped: list[str] = []
    for _ in procs:
        won, why = out.get(timeout=600)
        for device_id in won:
            winners[device_id] = winners.get(device_id, 0) + 1
        if why:
            stopped.append(why)
    for p in procs:
        p.join()
    elapsed = time.monotonic() - start
    attempts = processes * ids
    multi = sum(1 for n in winners.values() if n > 1)
    print(
        f"F1 claim race: {processes} processes x {ids} IDs: {len(winners)} IDs won, "
        f"{ids - len(winners)} unclaimed, {multi} with more than one winner; "
        f"{attempts} claims in {elapsed:.1f} s ({attempts / elapsed:.0f}/s incl. process start)"
        + (f"; {len(stopped)} racer(s) stopped early, first: {stopped[0]}" if stopped else "")
    )
