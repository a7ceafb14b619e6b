"""Plausible provisioning history for benchmarks, demos and tests.

Attempts go through the real `Journal` writer (same schema, same hash chain), grouped into large
transactions because a year of history written one fsync at a time would take hours. The data is
deterministic for a given seed.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from station.journal.model import STEP_NAMES
from station.journal.store import Journal

SLOTS = ("1", "2", "3", "4", "5", "6", "7", "8")
OPERATORS = ("alice", "bob", "chen", "dana")
TARGETS = (("line-a", "plant1"), ("line-b", "plant2"))
# (error class, result, step it fails at, weight)
FAILURES = (
    ("timeout", "FAIL", "identify", 5),
    ("link_noise", "FAIL", "connect", 3),
    ("pairing_unavailable", "FAIL", "register", 3),
    ("forbidden", "FAIL", "register", 1),
    ("readback_mismatch", "FAIL", "read_back", 1),
    ("storage_written", "SCRAP", "policy", 1),
    ("aborted", "ABORTED", "write", 1),
)
_BATCH = 5_000


@dataclass
class _Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


def device_id_for(rng: random.Random) -> str:
    return base64.urlsafe_b64encode(rng.randbytes(16)).rstrip(b"=").decode("ascii")


def seed_journal(
    path: Path,
    count: int,
    *,
    start: datetime = datetime(2025, 1, 1, 6, 0, tzinfo=UTC),
    interval_s: float = 30.0,
    pass_rate: float = 0.9,
    retry_rate: float = 0.6,
    station_id: str = "station-synthetic",
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Append `count` finished attempts to the journal at `path`, `interval_s` apart.

    A failed device comes back for another attempt with probability `retry_rate`, so devices
    have one or more attempts and first-pass yield is meaningful.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible sample data, not key material
    clock = _Clock(start)
    weights = [f[3] for f in FAILURES]
    retry_queue: list[tuple[str, str]] = []
    serial_no = 10_000_000
    with Journal.open(path, station_id=station_id, clock=clock) as journal:
        done = 0
        while done < count:
            with journal.batch():
                for _ in range(min(_BATCH, count - done)):
                    at = start + timedelta(seconds=done * interval_s)
                    if retry_queue and rng.random() < 0.5:
                        device_id, serial = retry_queue.pop(0)
                    else:
                        serial_no += 1
                        device_id, serial = device_id_for(rng), f"SN{serial_no}"
                    passed = rng.random() < pass_rate
                    failure = None if passed else rng.choices(FAILURES, weights)[0]
                    _one_attempt(
                        journal,
                        clock,
                        rng=rng,
                        at=at,
                        device_id=device_id,
                        serial=serial,
                        failure=failure,
                    )
                    if failure is not None and failure[1] == "FAIL" and rng.random() < retry_rate:
                        retry_queue.append((device_id, serial))
                    done += 1
            if progress is not None:
                progress(done, count)


def _one_attempt(
    journal: Journal,
    clock: _Clock,
    *,
    rng: random.Random,
    at: datetime,
    device_id: str,
    serial: str,
    failure: tuple[str, str, str, int] | None,
) -> None:
    target, realm = TARGETS[rng.randrange(len(TARGETS))]
    clock.now = at
    attempt = journal.begin_attempt(
        slot=rng.choice(SLOTS),
        operator=rng.choice(OPERATORS),
        target_name=target,
        realm=realm,
        pairing_url=f"https://pairing.{realm}.example.com",
    )
    fail_step = failure[2] if failure else None
    moment = at
    for step in STEP_NAMES:
        duration = round(rng.uniform(0.01, 0.6), 3)
        ok = step != fail_step
        clock.now = moment
        if step == "policy":
            journal.update_device(
                attempt,
                device_id=device_id,
                hardware_serial=serial,
                model="sensor-v2",
                firmware="1.4.2",
                storage_kind="otp" if rng.random() < 0.7 else "secure",
            )
        if step == "write" and ok:
            journal.record_intent(attempt, device_id=device_id, fingerprint=rng.randbytes(32).hex())
        journal.record_step(attempt, step, started_at=moment, duration_s=duration, ok=ok)
        moment += timedelta(seconds=duration)
        if not ok:
            break
    clock.now = moment
    if failure is None:
        journal.finish_attempt(
            attempt, result="PASS", link_stats={"frames": 12, "crc_errors": 0, "resyncs": 0}
        )
    else:
        error_class, result, step, _ = failure
        journal.finish_attempt(
            attempt,
            result=result,
            error_class=error_class,
            message=f"{step} failed ({error_class})",
            action="Reseat the device and press Provision again.",
            link_stats={"frames": 5, "crc_errors": rng.randrange(3), "resyncs": 1},
            console_excerpt="boot: ok\nprov: waiting\n",
        )


#: Privileged events as a line produces them: mostly sign-ins and sign-outs, now and then a
#: change. (kind, role or "" for a failed sign-in, weight)
AUDIT_MIX = (
    ("signin", "supervisor", 6),
    ("signout", "supervisor", 6),
    ("signin", "qa", 4),
    ("signout", "qa", 4),
    ("signin_failed", "", 2),
    ("target_change", "supervisor", 1),
    ("active_target_change", "supervisor", 1),
    ("token_change", "supervisor", 1),
    ("override", "supervisor", 1),
    ("unregister", "supervisor", 1),
)
PEOPLE = ("Sam Lee", "Quinn Ma", "Rosa Diaz")


def seed_audit_events(
    path: Path,
    count: int,
    *,
    start: datetime = datetime(2025, 1, 1, 6, 0, tzinfo=UTC),
    interval_s: float = 600.0,
    station_id: str = "station-synthetic",
    seed: int = 1,
) -> None:
    """Append `count` privileged events to the journal at `path`, `interval_s` apart."""
    rng = random.Random(seed)  # noqa: S311 - reproducible sample data, not key material
    clock = _Clock(start)
    weights = [m[2] for m in AUDIT_MIX]
    with Journal.open(path, station_id=station_id, clock=clock) as journal:
        done = 0
        while done < count:
            with journal.batch():
                for _ in range(min(_BATCH, count - done)):
                    clock.now = start + timedelta(seconds=done * interval_s)
                    kind, role, _ = rng.choices(AUDIT_MIX, weights)[0]
                    person = rng.choice(PEOPLE)
                    actor = f"{person} ({role})" if role else person
                    details = {"role": role or "supervisor"}
                    reason = ""
                    if kind not in ("signin", "signout", "signin_failed"):
                        target, realm = TARGETS[rng.randrange(len(TARGETS))]
                        details = {"target": target, "realm": realm}
                        reason = f"synthetic change {done}"
                    journal.record_event(kind, actor=actor, details=details, reason=reason)
                    done += 1
