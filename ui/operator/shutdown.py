"""The operator window's way out, as an explicit sequence of stages.

    RUNNING ──close, slots working──▶ CONFIRMING ──Keep working──▶ RUNNING
       │                                  │ Abort and close
       └──close, nothing working──────────┴──▶ WAITING_FOR_CHECK ──check answered──▶
    STOPPING_RUNNER ──runner shut down──▶ CLOSED

WAITING_FOR_CHECK exists because the runner's shutdown closes the Pairing client a health check
may still be using; the check is cancelled as the stage begins and bounded by its deadline, so
the wait is short even when Pairing is unreachable.
"""

from __future__ import annotations

from enum import Enum


class Stage(Enum):
    RUNNING = "running"
    CONFIRMING = "confirming"
    WAITING_FOR_CHECK = "waiting for the health check"
    STOPPING_RUNNER = "stopping the runner"
    CLOSED = "closed"


_NEXT: dict[Stage, frozenset[Stage]] = {
    Stage.RUNNING: frozenset({Stage.CONFIRMING, Stage.WAITING_FOR_CHECK}),
    Stage.CONFIRMING: frozenset({Stage.RUNNING, Stage.WAITING_FOR_CHECK}),
    Stage.WAITING_FOR_CHECK: frozenset({Stage.STOPPING_RUNNER}),
    Stage.STOPPING_RUNNER: frozenset({Stage.CLOSED}),
    Stage.CLOSED: frozenset(),
}


class ShutdownSequence:
    def __init__(self) -> None:
        self.stage = Stage.RUNNING

    def to(self, stage: Stage) -> None:
        """Move to `stage`; a move the diagram above does not have is a bug."""
        if stage not in _NEXT[self.stage]:
            raise RuntimeError(f"shutdown cannot go from {self.stage.value} to {stage.value}")
        self.stage = stage

    @property
    def stopping(self) -> bool:
        """True once the window is on its way out (no new work may start)."""
        return self.stage not in (Stage.RUNNING, Stage.CONFIRMING)
