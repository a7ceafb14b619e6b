"""What the operator screen keeps when it restarts on a changed target.

The runner provisions with the target it was built with, so a saved change to the running
target (or a new active target) needs a new runner and window. The shift must not notice: the
counters go on counting, each slot keeps its last verdict and action until the operator clears
it or a new unit starts, the supervisor stays signed in (one session, which the journal sees
begin and end), and the notice about the change is shown on the new window, not on the one
being closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Slot

from station.engine.events import SlotSnapshot, SlotState, StationNotice
from station.roles import Actor
from ui.operator.counters import ShiftCounters
from ui.operator.window import OperatorWindow
from ui.roles.controller import RoleController


@dataclass
class ShiftCarry:
    counters: ShiftCounters
    verdicts: dict[str, SlotSnapshot] = field(default_factory=dict)
    actor: Actor | None = None  # a QA or supervisor session that goes on
    notice: StationNotice | None = None


def capture(
    window: OperatorWindow, roles: RoleController, notice: StationNotice | None
) -> ShiftCarry:
    verdicts = {
        slot: tile.verdict
        for slot, tile in window.fixture.tiles.items()
        if tile.verdict is not None
    }
    actor = roles.actor if roles.session.elevated else None
    return ShiftCarry(window.counters.counters, verdicts, actor, notice)


class CarriedVerdicts(QObject):
    """Puts carried verdicts on the new window's tiles as the new runner reports each slot
    (tiles appear in the order the runner reports them, so they are not made here)."""

    def __init__(self, window: OperatorWindow, verdicts: dict[str, SlotSnapshot]) -> None:
        super().__init__(window)
        self._window = window
        self._pending = dict(verdicts)
        # After the window's own connection: the tile exists when this runs.
        window.bridge.slotChanged.connect(self._slot_changed)
        for slot in list(self._pending):
            if slot in window.fixture.tiles:
                self._place(slot)

    @property
    def pending(self) -> dict[str, SlotSnapshot]:
        return dict(self._pending)

    @Slot(object)
    def _slot_changed(self, snap: object) -> None:
        if isinstance(snap, SlotSnapshot) and snap.slot in self._pending:
            self._place(snap.slot)

    def _place(self, slot: str) -> None:
        verdict = self._pending.pop(slot)
        tile = self._window.fixture.tiles[slot]
        live = tile.snapshot
        if live.state is SlotState.WORKING:
            return  # a new unit started there already: the old verdict is over
        tile.apply(verdict)
        tile.apply(live)  # the port's own state again, the verdict held over it


def restore(carry: ShiftCarry, window: OperatorWindow, roles: RoleController) -> None:
    window.counters.carry_on(carry.counters)
    CarriedVerdicts(window, carry.verdicts)
    if carry.actor is not None:
        roles.adopt(carry.actor)
    if carry.notice is not None:
        window.notices.show_notice(carry.notice)
