"""Which slot a scanned code goes to, when slots wait for their unit's label (label_scan).

The operator screen has one scanner for the whole fixture. A code that is not a `SLOT:` label is
a unit's serial, and it goes (the rule of docs/operator.md, "Scanning"):

1. to the selected slot, when it waits for a label scan;
2. else to the only slot waiting, when exactly one waits;
3. else, when several wait and none is selected, to none of them: the operator first picks the
   slot (its `SLOT:` label, its number key, or a click), then scans the unit;
4. a code no slot waits for keeps its old meaning: highlight the tile showing that serial. So
   does a serial a tile already shows (a finished unit's label scanned to find it), even while
   another slot waits: it is that unit's label, never the identity of a new one.

Pure Python on snapshots, so the rule is tested without widgets as well as through them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from station.engine.events import SlotSnapshot, StationNotice


@dataclass(frozen=True)
class LabelRoute:
    slot: str | None = None  # the slot that takes the scan as its unit's identity
    notice: StationNotice | None = None  # why no slot takes it, when slots wait

    @property
    def highlight(self) -> bool:
        """The scan keeps its old meaning: find the tile showing it."""
        return self.slot is None and self.notice is None


def route_label(text: str, snapshots: Sequence[SlotSnapshot], selected: str | None) -> LabelRoute:
    waiting = [s.slot for s in snapshots if s.awaiting_label]
    if not waiting:
        return LabelRoute()
    if any(not s.awaiting_label and s.hardware_serial == text.strip() for s in snapshots):
        return LabelRoute()
    if selected in waiting:
        return LabelRoute(slot=selected)
    if len(waiting) == 1:
        return LabelRoute(slot=waiting[0])
    return LabelRoute(
        notice=StationNotice(
            "warning",
            QCoreApplication.translate(
                "LabelRouting",
                "Slots {slots} wait for a label scan; the station cannot tell which unit serial "
                "{serial} belongs to.",
            ).format(slots=", ".join(waiting), serial=text.strip()),
            QCoreApplication.translate(
                "LabelRouting",
                "Select the slot first (scan its SLOT: label or press its number), then scan the "
                "label of the unit in it.",
            ),
        )
    )
