"""The Line menu: reprint a slot's label, acknowledge a failure on the tower, see what it shows.

A scanned label code goes to the line's check-scan (targets with `check_scan`): a unit's own
label makes its waiting PASS final, another unit's label or one that does not read fails the
slot it was scanned for (the selected one, or the only one waiting); the title counts the
labels to scan.

It exists when the fixture's runner has line signals (`station.line.runner.LineRunner`). A label
that did not print is named here, slot by slot, until it is reprinted; the menu's title counts
them, so the flag is visible without opening it. A reprint is queued (the printer is never
waited for on the GUI thread) and journaled with the signed-in operator's name; its outcome comes
back as a station notice. Clearing a tile's held FAIL also acknowledges it on the tower.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from station.line.runner import LineRunner
from ui.operator.window import OperatorWindow


class LineMenu(QObject):
    def __init__(self, window: OperatorWindow, runner: LineRunner) -> None:
        super().__init__(window)
        self.setObjectName("line-menu")
        self._window = window
        self._runner = runner
        self.menu = QMenu("&Line", window)
        self.menu.setObjectName("line-menu")
        window.menuBar().insertMenu(window.roles_menu.menuAction(), self.menu)
        self.tower_action = QAction("Tower light: not set", self)
        self.tower_action.setEnabled(False)
        self.menu.addAction(self.tower_action)
        self.acknowledge_action = QAction("Acknowledge the failure on the tower", self)
        self.acknowledge_action.triggered.connect(runner.line.acknowledge)
        self.menu.addAction(self.acknowledge_action)
        self.reprint_menu = self.menu.addMenu("Reprint label")
        self.reprint_actions: dict[str, QAction] = {}
        for slot in runner.slots:
            action = QAction(f"Slot {slot}", self)
            action.setObjectName(f"reprint-{slot}")
            action.triggered.connect(lambda _checked=False, s=slot: self.reprint(s))
            self.reprint_menu.addAction(action)
            self.reprint_actions[slot] = action
            window.tile(slot).acknowledged.connect(self._acknowledged)
        self.reprint_menu.setEnabled(runner.line.labels is not None)
        # A scanned label code goes to the line's check-scan before the slot selection sees it.
        window.keys.scan_hook = self._scanned
        # The line handles each event after the screen got it: a batch refreshes the title (a
        # label to reprint comes with a notice), and opening the menu reads the tower afresh.
        window.bridge.batchDelivered.connect(self.refresh)
        self.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    @Slot(str)
    def _acknowledged(self, _slot: str) -> None:
        self._runner.line.acknowledge()

    def _scanned(self, text: str) -> bool:
        # The selected slot is the one a label that fails the check was scanned for.
        selected = self._window.keys.fixture.selected
        if not self._runner.line.scanned(text, self._window.operator, selected):
            return False
        self._window.show_status(self.tr("Checking the scanned label…"), 5000)
        return True

    def reprint(self, slot: str) -> None:
        if self._runner.reprint_label(slot, self._window.operator):
            self._window.show_status(f"Reprinting the label of slot {slot}…", 5000)
        else:
            self._window.show_status(f"Slot {slot} has no label to reprint yet.", 5000)

    @Slot()
    def refresh(self, _count: int = 0) -> None:
        line = self._runner.line
        signal = line.tower_signal
        has_tower = line.has_tower
        self.tower_action.setText(
            f"Tower light: {signal.describe()}"
            if has_tower and signal is not None
            else ("Tower light: none configured" if not has_tower else "Tower light: not set yet")
        )
        flagged = line.flagged()
        labels = line.labels
        for slot, action in self.reprint_actions.items():
            last = labels.last(slot) if labels is not None else None
            action.setEnabled(last is not None and bool(last.zpl))
            if slot in flagged:
                unit = flagged[slot].job.serial or flagged[slot].job.device_id
                action.setText(f"Slot {slot}: {unit} (not printed)")
            elif last is not None:
                action.setText(f"Slot {slot}: {last.serial or last.device_id}")
            else:
                action.setText(f"Slot {slot}")
        waiting = labels.awaiting() if labels is not None else {}
        counts = [f"{len(flagged)} to reprint"] * bool(flagged)
        counts += [f"{len(waiting)} to scan"] * bool(waiting)
        self.menu.setTitle(f"&Line ({', '.join(counts)})" if counts else "&Line")
