"""The operator screen's keys, routed before any child widget sees them (they work wherever the
focus is), and a barcode scanner's typing told apart from a person's.

    F5 or Enter        Provision: start every ready slot
    the pedal key      Provision too, from a foot pedal (`[line] pedal_key`): a held key's
                       repeats, a second press within PEDAL_GUARD_S and a press while a start
                       is still under way start nothing
    1 … 9, 0           select slot 1 … 9, 10
    two digits         select slots past 10: type the number (1 then 2 for slot 12) within a
                       second; a number no slot has starts over with the last digit
    Left / Right       the previous / next slot
    Up / Down          the slot one grid row up / down
    Space              start the selected slot, or clear its result once its unit is gone
    Esc                abort the selected slot
    scanner "SLOT:3"   select slot 3;  any other scanned code: the identity of the unit in a slot
                       waiting for its label (label_routing.py), else highlight the tile with
                       that serial
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from station.engine.events import StationNotice
from ui.operator.fixture_view import FixtureView
from ui.operator.label_routing import route_label
from ui.operator.scanner import Scan, ScanDetector
from ui.operator.tile import SlotTile

_DIGIT_KEYS: dict[Qt.Key, int] = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}
_ROW_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
_STEP_KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
_COMMAND_KEYS = {Qt.Key.Key_F5, Qt.Key.Key_Escape, Qt.Key.Key_Space, *_ROW_KEYS, *_STEP_KEYS}
# Told on the GUI thread whether the runner took a scanned label (None) or why it refused it.
ScanAnswer = Callable[[StationNotice | None], None]
# How long after one digit the next one still extends the number (slot 1, then 12).
DIGIT_GAP_S = 1.0
# After a pedal press, how long further presses start nothing: a pedal bounces, and a foot
# often presses twice on a fixture that does not react at once.
PEDAL_GUARD_S = 1.5


def pedal_qt_key(name: str | None) -> Qt.Key | None:
    """The Qt key of a configured pedal key name (`PEDAL_KEYS`: Qt's names without `Key_`)."""
    return None if not name else Qt.Key[f"Key_{name}"]


class KeyTarget(Protocol):
    """What the keys act on: the operator window."""

    fixture: FixtureView

    def provision_all(self) -> None: ...
    def starting(self) -> bool: ...
    def start_slot(self, slot: str) -> None: ...
    def abort_slot(self, slot: str) -> None: ...
    def show_notice(self, notice: StationNotice) -> None: ...
    def show_status(self, text: str, ms: int = 0) -> None: ...
    def give_label_scan(self, slot: str, text: str, answer: ScanAnswer) -> None: ...


class KeyRouter:
    def __init__(self, target: KeyTarget, pedal_key: str | None = None) -> None:
        self.target = target
        self.pedal_key = pedal_qt_key(pedal_key)
        self._pedal_at = float("-inf")
        self._scanner = ScanDetector()
        self._selection_before_key: str | None = None
        self._number = ""
        self._number_at = 0.0
        #: Sees each scan first (the line's label check-scan); True when it took the scan.
        self.scan_hook: Callable[[str], bool] | None = None

    @property
    def fixture(self) -> FixtureView:
        return self.target.fixture

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on one key press; True if it was consumed."""
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        now = time.monotonic()
        if self.pedal_key is not None and event.key() == self.pedal_key:
            self._pedal(event, now)
            return True
        command = self._command_key(event, now)
        if command is not None:
            return command
        text = event.text()
        if len(text) != 1 or not text.isprintable():
            return False
        if self._scanner.feed_char(text, now):
            self._number = ""
            return True  # part of a scan: not a command
        self._selection_before_key = self.fixture.selected
        digit = _DIGIT_KEYS.get(Qt.Key(event.key()))
        if digit is not None:
            self._select_typed(digit, now)
        return True

    def _pedal(self, event: QKeyEvent, now: float) -> None:
        # A pedal held down auto-repeats like any key: only its first press counts.
        if event.isAutoRepeat() or now - self._pedal_at < PEDAL_GUARD_S:
            return
        if self.target.starting():
            self.target.show_status(
                QCoreApplication.translate("KeyRouter", "Still starting: the pedal was not taken."),
                3000,
            )
            return
        self._pedal_at = now
        self.target.provision_all()

    def _select_typed(self, digit: int, now: float) -> None:
        """A digit extends the number typed a moment ago when a slot has the longer number
        (1 then 2: slot 12); otherwise it starts a new one (0 alone is slot 10)."""
        count = len(self.fixture.order)
        longer = f"{self._number}{digit}"
        if self._number and now - self._number_at <= DIGIT_GAP_S and int(longer) <= count:
            self._number = longer
        else:
            self._number = str(digit)
        self._number_at = now
        number = int(self._number)
        self.fixture.select_number(number if number else 10)

    def _command_key(self, event: QKeyEvent, now: float) -> bool | None:
        """Handle Enter, F5, Esc, Space and arrows; None for any other key."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            scan = self._scanner.feed_enter(now)
            if scan is not None:
                self._on_scan(scan)
            elif not event.isAutoRepeat():
                self.target.provision_all()
            return True
        if key == Qt.Key.Key_Space and self._scanner.in_burst(now):
            self._scanner.feed_char(" ", now)
            return True
        if key not in _COMMAND_KEYS:
            return None
        self._scanner.reset()
        self._number = ""
        selected = self.fixture.selected
        if key == Qt.Key.Key_F5:
            if not event.isAutoRepeat():
                self.target.provision_all()
        elif key == Qt.Key.Key_Escape:
            if selected is not None:
                self.target.abort_slot(selected)
        elif key == Qt.Key.Key_Space:
            return self._space(selected)
        elif key in _ROW_KEYS:
            self.fixture.move_rows(_ROW_KEYS[Qt.Key(key)])
        else:
            self.fixture.move_selection(_STEP_KEYS[Qt.Key(key)])
        return True

    def _space(self, selected: str | None) -> bool:
        focus = QApplication.focusWidget()
        if not (focus is None or isinstance(focus, SlotTile)):
            return False  # Space on a focused button or box presses that control
        if selected is not None and not self.fixture.tiles[selected].acknowledge():
            self.target.start_slot(selected)
        return True

    def scan(self, text: str) -> None:
        """A code from a scanner that is not a keyboard (a serial port): routed as a keyboard
        scan is, by the selection as it is now (no key of it was taken as a slot number)."""
        self._selection_before_key = self.fixture.selected
        self._on_scan(Scan(text))

    def _on_scan(self, scan: Scan) -> None:
        if self.scan_hook is not None and self.scan_hook(scan.text):
            return
        ref = scan.slot
        if ref is not None:
            slot = self.fixture.slot_by_reference(ref)
            if slot is None:
                self._restore_selection()
                self.target.show_notice(
                    StationNotice(
                        "warning",
                        QCoreApplication.translate(
                            "KeyRouter",
                            "Scanned slot label {label} does not match any slot on this fixture.",
                        ).format(label=repr(ref)),
                        QCoreApplication.translate(
                            "KeyRouter", "Check the label, or pick the slot by its number key."
                        ),
                    )
                )
            else:
                self.fixture.select(slot)
            return
        # The scan's first character may have been taken as a slot number: route by the
        # selection from before it.
        before = self._selection_before_key
        snapshots = [self.fixture.snapshot(slot) for slot in self.fixture.order]
        route = route_label(scan.text, snapshots, before)
        if route.slot is not None:
            self.fixture.select(route.slot)
            self.target.give_label_scan(route.slot, scan.text, self._label_answer(route.slot))
            return
        if route.notice is not None:
            self._restore_selection()
            self.target.show_notice(route.notice)
            return
        if self.fixture.highlight_serial(scan.text) is None:
            self._restore_selection()
            self.target.show_status(
                QCoreApplication.translate("KeyRouter", "No slot shows serial {serial}.").format(
                    serial=scan.text
                ),
                10_000,
            )
        else:
            self.target.show_status(
                QCoreApplication.translate("KeyRouter", "Serial {serial} is highlighted.").format(
                    serial=scan.text
                ),
                10_000,
            )

    def _label_answer(self, slot: str) -> ScanAnswer:
        def answer(refused: StationNotice | None) -> None:
            if refused is not None:
                self.target.show_notice(refused)
            else:
                self.target.show_status(
                    QCoreApplication.translate(
                        "KeyRouter", "Slot {slot} took the scanned label."
                    ).format(slot=slot),
                    8000,
                )

        return answer

    def _restore_selection(self) -> None:
        if self._selection_before_key is not None:
            self.fixture.select(self._selection_before_key)
