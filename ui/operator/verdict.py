"""A slot's last verdict outlives its device.

The engine reports what a port shows now: a unit that fails and then drops off the port (a power
cut mid-write, a pulled cable) becomes "No device" within half a second, and its FAIL with the
action would be gone before the operator looked. The tile instead keeps the last verdict and
its action until the operator acknowledges it or a new unit starts in that slot, and shows
whether a device is in the slot beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from station.engine.events import SlotSnapshot, SlotState
from ui.i18n.languages import QT_TRANSLATE_NOOP

VERDICTS = frozenset(
    {
        SlotState.PASS,
        SlotState.FAIL,
        SlotState.SCRAP,
        SlotState.ABORTED,
        SlotState.ALREADY_PROVISIONED,
    }
)
# A verdict that asks the operator to do something with the unit; such a tile offers a Clear
# button once its device is gone (a PASS just waits for the next unit).
NEEDS_ACK = VERDICTS - {SlotState.PASS}
# What the port shows while a verdict is held: empty, or a unit loaded and not started yet.
_PRESENCE = {
    SlotState.NO_DEVICE: QT_TRANSLATE_NOOP("State", "○ No device"),
    SlotState.READY: QT_TRANSLATE_NOOP("State", "● Loaded"),
}


@dataclass(frozen=True)
class Shown:
    """What a tile draws: the snapshot whose state, cause and action it shows, and the port's
    own state beside it ("" when they are the same)."""

    snapshot: SlotSnapshot
    presence: str = ""

    @property
    def held(self) -> bool:
        return bool(self.presence)


class VerdictHold:
    """The newest snapshot of one slot and the verdict held over it."""

    def __init__(self, live: SlotSnapshot) -> None:
        self.live = live
        self.verdict: SlotSnapshot | None = live if live.state in VERDICTS else None

    def update(self, snap: SlotSnapshot) -> None:
        self.live = snap
        if snap.state in VERDICTS:
            self.verdict = snap
        elif snap.state is SlotState.WORKING:
            self.verdict = None  # a new unit (or the same one again) started

    @property
    def can_acknowledge(self) -> bool:
        """A held verdict whose device is gone (acknowledging a present unit's verdict would
        only hide what the port still shows)."""
        return self.verdict is not None and self.live.state is SlotState.NO_DEVICE

    def acknowledge(self) -> bool:
        """Drop the held verdict; True if there was one to drop."""
        if not self.can_acknowledge:
            return False
        self.verdict = None
        return True

    def shown(self) -> Shown:
        verdict = self.verdict
        if verdict is None or self.live.state not in _PRESENCE:
            return Shown(self.live)
        return Shown(verdict, QCoreApplication.translate("State", _PRESENCE[self.live.state]))
