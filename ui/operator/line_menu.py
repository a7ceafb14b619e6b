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
from ui.i18n.languages import languages
from ui.operator.engine_words import render
from ui.operator.window import OperatorWindow


class LineMenu(QObject):
    def __init__(self, window: OperatorWindow, runner: LineRunner) -> None:
        super().__init__(window)
        self.setObjectName("line-menu")
        self._window = window
        self._runner = runner
        self.menu = QMenu(window)
        self.menu.setObjectName("line-menu")
        window.menuBar().insertMenu(window.roles_menu.menuAction(), self.menu)
        self.tower_action = QAction(self)
        self.tower_action.setEnabled(False)
        self.menu.addAction(self.tower_action)
        self.acknowledge_action = QAction(self)
        self.acknowledge_action.triggered.connect(runner.line.acknowledge)
        self.menu.addAction(self.acknowledge_action)
        self.reprint_menu = self.menu.addMenu("")
        self.reprint_actions: dict[str, QAction] = {}
        for slot in runner.slots:
            action = QAction(self)
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
        languages().changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, _language: str = "") -> None:
        self.acknowledge_action.setText(self.tr("Acknowledge the failure on the tower"))
        self.reprint_menu.setTitle(self.tr("Reprint label"))
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
            said = self.tr("Reprinting the label of slot {slot}…")
        else:
            said = self.tr("Slot {slot} has no label to reprint yet.")
        self._window.show_status(said.format(slot=slot), 5000)

    @Slot()
    def refresh(self, _count: int = 0) -> None:
        line = self._runner.line
        signal = line.tower_signal
        has_tower = line.has_tower
        if has_tower and signal is not None:
            tower = self.tr("Tower light: {signal}").format(signal=render(signal.describe_text()))
        elif not has_tower:
            tower = self.tr("Tower light: none configured")
        else:
            tower = self.tr("Tower light: not set yet")
        self.tower_action.setText(tower)
        flagged = line.flagged()
        labels = line.labels
        for slot, action in self.reprint_actions.items():
            last = labels.last(slot) if labels is not None else None
            action.setEnabled(last is not None and bool(last.zpl))
            if slot in flagged:
                unit = flagged[slot].job.serial or flagged[slot].job.device_id
                said = self.tr("Slot {slot}: {unit} (not printed)")
                action.setText(said.format(slot=slot, unit=unit))
            elif last is not None:
                said = self.tr("Slot {slot}: {unit}")
                action.setText(said.format(slot=slot, unit=last.serial or last.device_id))
            else:
                action.setText(self.tr("Slot {slot}").format(slot=slot))
        waiting = labels.awaiting() if labels is not None else {}
        counts = [self.tr("%n to reprint", "", len(flagged))] * bool(flagged)
        counts += [self.tr("%n to scan", "", len(waiting))] * bool(waiting)
        if counts:
            title = self.tr("&Line ({counts})").format(counts=", ".join(counts))
        else:
            title = self.tr("&Line")
        self.menu.setTitle(title)
