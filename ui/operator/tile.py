"""One fixture slot on the operator screen: state in large type, and what to do about it.

The tile is a pure view of the newest `SlotSnapshot`; it never talks to the engine. Its Start and
Abort buttons only emit requests, which the window routes off the GUI thread. The buttons take
no keyboard focus on purpose: the tile itself does (Tab moves between tiles, Space and Esc act
on the focused tile), so a key never presses a button the operator cannot see is focused.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QFont, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station.engine.events import STEP_COUNT, SlotSnapshot, SlotState
from ui import theme

STARTABLE = frozenset({SlotState.READY, SlotState.FAIL, SlotState.ABORTED})
TERMINAL = frozenset(
    {
        SlotState.PASS,
        SlotState.FAIL,
        SlotState.SCRAP,
        SlotState.ABORTED,
        SlotState.ALREADY_PROVISIONED,
    }
)


def format_elapsed(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes} min {secs:02d} s"


def _label(font: QFont, text: str = "", *, name: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setFont(font)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def _big_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setFont(theme.font(theme.BUTTON_PT, bold=True))
    button.setMinimumSize(theme.BUTTON_MIN_WIDTH_PX, theme.BUTTON_MIN_HEIGHT_PX)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class SlotTile(QFrame):
    """The view of one slot.

    Signals:
        startRequested(str): the operator asked to start this slot (slot name).
        abortRequested(str): the operator asked to abort this slot (slot name).
        clicked(str): the tile was clicked or got focus, so it becomes the selected slot.
    """

    startRequested = Signal(str)
    abortRequested = Signal(str)
    clicked = Signal(str)

    def __init__(self, snapshot: SlotSnapshot, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.slot = snapshot.slot
        self.number = number
        self.setObjectName(f"tile-{snapshot.slot}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._selected = False
        self._highlighted = False
        self._received_at = time.monotonic()

        self.title = _label(
            theme.font(theme.TITLE_PT, bold=True), f"{number} · Slot {snapshot.slot}"
        )
        self.badge = _label(theme.font(theme.SMALL_PT, bold=True))
        self.location = _label(theme.font(theme.SMALL_PT))
        self.location.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state_label = _label(theme.font(theme.STATE_PT, bold=True), name="state")
        self.step_label = _label(theme.font(theme.BODY_PT), name="step")
        self.progress = QProgressBar()
        self.progress.setRange(0, STEP_COUNT)
        self.progress.setFormat("step %v of %m")
        self.progress.setMinimumHeight(26)
        self.progress.setFont(theme.font(theme.SMALL_PT))
        self.device_id = _label(theme.font(theme.BODY_PT, mono=True), name="device-id")
        self.serial = _label(theme.font(theme.BODY_PT, mono=True), name="serial")
        self.elapsed = _label(theme.font(theme.BODY_PT), name="elapsed")
        self.cause = _label(theme.font(theme.BODY_PT), name="cause", wrap=True)
        self.action = _label(theme.font(theme.BODY_PT + 2, bold=True), name="action", wrap=True)
        self.start_button = _big_button("▶ Start", "start")
        self.abort_button = _big_button("■ Abort", "abort")
        self.start_button.clicked.connect(self._on_start)
        self.abort_button.clicked.connect(self._on_abort)

        header = QHBoxLayout()
        for widget in (self.title, self.badge):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.location)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.abort_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.state_label)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress)
        layout.addLayout(self._details())
        layout.addWidget(self.cause)
        layout.addWidget(self.action)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.snapshot = snapshot
        self.apply(snapshot)

    def _details(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        rows = (("Device ID", self.device_id), ("Serial", self.serial), ("Time", self.elapsed))
        for row, (caption, value) in enumerate(rows):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(_label(theme.font(theme.SMALL_PT), caption), row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # -- state ---------------------------------------------------------------------------

    def apply(self, snap: SlotSnapshot) -> None:
        """Show a new snapshot of this slot."""
        self.snapshot = snap
        self._received_at = time.monotonic()
        look = theme.STATE_LOOKS[snap.state]
        self.location.setText(snap.location)
        self.location.setToolTip(snap.location)
        self.state_label.setText(look.text)

        working = snap.state is SlotState.WORKING
        if working and snap.step is not None:
            self.step_label.setText(snap.step.label)
            self.progress.setValue(snap.step.position + 1)
        elif working:
            self.step_label.setText("Starting")
            self.progress.setValue(0)
        self.step_label.setVisible(working)
        self.progress.setVisible(working)

        self.device_id.setText(snap.device_id or "—")
        self.serial.setText(snap.hardware_serial or "—")
        self._show_elapsed(snap.elapsed_s)

        problem = snap.state in (
            SlotState.FAIL,
            SlotState.SCRAP,
            SlotState.ABORTED,
            SlotState.ALREADY_PROVISIONED,
        )
        self.cause.setText(snap.message if problem else "")
        self.cause.setVisible(problem and bool(snap.message))
        self.action.setText(f"What to do: {snap.action}" if problem and snap.action else "")
        self.action.setVisible(problem and bool(snap.action))

        self.start_button.setEnabled(snap.state in STARTABLE)
        self.abort_button.setEnabled(working)
        self.setAccessibleName(f"Slot {snap.slot}: {look.word}")
        self._restyle()

    def tick(self) -> None:
        """Advance the elapsed time of a working slot between engine updates."""
        if self.snapshot.state is SlotState.WORKING:
            self._show_elapsed(self.snapshot.elapsed_s + time.monotonic() - self._received_at)

    def _show_elapsed(self, seconds: float) -> None:
        if self.snapshot.state in (SlotState.NO_DEVICE, SlotState.READY) and seconds <= 0:
            self.elapsed.setText("—")
        else:
            self.elapsed.setText(format_elapsed(seconds))

    def shows_serial(self, text: str) -> bool:
        wanted = text.strip().casefold()
        return bool(wanted) and wanted in {
            (self.snapshot.hardware_serial or "").casefold(),
            (self.snapshot.device_id or "").casefold(),
        }

    # -- selection -----------------------------------------------------------------------

    @property
    def selected(self) -> bool:
        return self._selected

    def set_selected(self, on: bool) -> None:
        if on != self._selected:
            self._selected = on
            self._restyle()

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    def set_highlighted(self, on: bool) -> None:
        """Mark the tile that shows a scanned serial (a badge, not only a colour)."""
        self._highlighted = on
        self.badge.setText("◀ scanned" if on else "")
        self._restyle()

    def _restyle(self) -> None:
        look = theme.STATE_LOOKS[self.snapshot.state]
        if self._highlighted:
            border = f"8px dashed {theme.BLACK}"
        elif self._selected:
            border = f"8px solid {theme.BLACK}"
        else:
            border = f"2px solid {theme.GREY}"
        name = self.objectName()
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {look.background}; border: {border};"
            f" border-radius: 10px; }}"
            f" QFrame#{name} QLabel {{ color: {look.foreground}; background: transparent;"
            f" border: none; }}"
            f" QFrame#{name} QPushButton {{ background: {theme.WHITE}; color: {theme.BLACK};"
            f" border: 2px solid {theme.BLACK}; border-radius: 6px; padding: 6px; }}"
            f" QFrame#{name} QPushButton:disabled {{ background: {theme.LIGHT_GREY};"
            f" color: {theme.GREY}; border-color: {theme.GREY}; }}"
            f" QFrame#{name} QProgressBar {{ background: {theme.WHITE}; color: {theme.BLACK};"
            f" border: 1px solid {theme.BLACK}; border-radius: 4px; text-align: center; }}"
            f" QFrame#{name} QProgressBar::chunk {{ background: {theme.BLUE}; }}"
        )

    # -- input ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.clicked.emit(self.slot)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.clicked.emit(self.slot)
        super().focusInEvent(event)

    @Slot()
    def _on_start(self) -> None:
        self.startRequested.emit(self.slot)

    @Slot()
    def _on_abort(self) -> None:
        self.abortRequested.emit(self.slot)
