"""The operator's abort reaches the device link at once outside a write or a lock, over the real
pieces (a simulated device on a pty, the Pairing stand-in over HTTPS, the SQLite journal): an
attempt waiting on a slow device stops where it waits, not at the next step."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from station.engine.events import Result, Step
from station.engine.transaction import Transaction
from tests.fixtures.engine import EngineRig

RigFactory = Callable[..., EngineRig]

# How late the device answers its first identify, and when the operator stops it meanwhile.
SLOW_S = 2.5
ABORT_AFTER_S = 0.3


def test_an_abort_while_the_device_is_slow_to_identify_stops_the_wait_itself(
    engine_rig: RigFactory,
) -> None:
    rig = engine_rig(slots=1, faults=f"slot1:slow={SLOW_S}@identify")
    holder: list[Transaction] = []
    timers: list[threading.Timer] = []
    identify_began: list[float] = []

    def on_step(step: Step, device_id: str | None, serial: str | None) -> None:
        if step is Step.IDENTIFY:
            identify_began.append(time.monotonic())
            timers.append(threading.Timer(ABORT_AFTER_S, holder[0].abort))
            timers[-1].start()

    tx = rig.transaction("1", on_step=on_step)
    holder.append(tx)
    outcome = tx.run()
    took = time.monotonic() - identify_began[0]
    for timer in timers:
        timer.join()
    assert (outcome.result, outcome.error_class) == (Result.ABORTED, "aborted"), outcome
    # Stopped in the identify's wait for the device's answer, which the abort cut short: a
    # link that did not hear the abort would wait the answer out.
    assert outcome.message == (
        "Stopped by the operator at 'reading identity'. Stopped by the operator."
    )
    assert took < SLOW_S, f"the abort waited {took:.1f} s for the device's answer"
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    assert [(s.step, s.ok) for s in detail.steps] == [
        (Step.CONNECT.value, True),
        (Step.IDENTIFY.value, False),
    ]
    assert rig.standin.issued_secret_fingerprints() == []
