"""The parts of a slot's tile: its widgets and rows, the switch between the stacked and the
compact arrangement, and how it draws its background and selection.

The tile draws its own background and selection border and colours its text through its
palette: a state change costs a palette change and a repaint, not the re-polish of a style
sheet over every child (which was a third of the GUI's time with sixteen slots working).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station.engine.events import STEP_COUNT, SlotState
from ui import theme
from ui.operator import tile_fit as tf
from ui.operator.step_bar import StepBar


def format_elapsed(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes} min {secs:02d} s"


def label(font: QFont, text: str = "", *, name: str = "", squeeze: bool = False) -> QLabel:
    """A label; `squeeze` ones never widen the tile (their text is fitted or clipped)."""
    label = QLabel(text)
    label.setFont(font)
    if name:
        label.setObjectName(name)
    if squeeze:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def set_size(widget: QWidget, point_size: int) -> None:
    """Change a widget's point size only when it differs (each change re-lays the tile out)."""
    font = widget.font()
    if font.pointSize() != point_size:
        font.setPointSize(point_size)
        widget.setFont(font)


def big_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setFont(theme.font(theme.BUTTON_PT, bold=True))
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    # White with black text on every tile colour; set once, so a state change never re-styles it.
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.Button, QColor(theme.WHITE))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(theme.BLACK))
    button.setPalette(palette)
    return button


class TileBody(QFrame):
    """A tile's widgets, rows and look; `SlotTile` fills them in."""

    def __init__(self, slot: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.number = number
        self.setObjectName(f"tile-{slot}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)
        self.setContentsMargins(tf.BORDER_PX, tf.BORDER_PX, tf.BORDER_PX, tf.BORDER_PX)
        self._selected = False
        self._highlighted = False
        self._look_key: SlotState | None = None
        self._compact = False
        self._build_widgets()

        self._header = QHBoxLayout()
        self._header.addWidget(self.title)
        self._header.addWidget(self.badge)
        self._header.addWidget(self.location, 1)
        self._header.addSpacing(8)
        self._header.addWidget(self.elapsed)
        self._state_row = QHBoxLayout()
        self._state_row.addWidget(self.number_label)
        self._state_row.addWidget(self.state_label, 1)
        self._state_row.addWidget(self.presence)
        self.details = self._details()
        self._buttons = QHBoxLayout()
        for button in self.buttons:
            self._buttons.addWidget(button)
        layout = QVBoxLayout(self)
        # The tile fits its texts to the room it gets, so its layout must not turn the fitted
        # heights into a minimum size that would stop it from ever shrinking.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(*tf.MARGINS)
        layout.setSpacing(tf.SPACING)
        layout.addLayout(self._header)
        layout.addLayout(self._state_row)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.details)
        layout.addWidget(self.cause)
        layout.addWidget(self.action)
        layout.addStretch(1)
        layout.addLayout(self._buttons)
        self.number_label.hide()

    def _build_widgets(self) -> None:
        self.title = label(theme.font(theme.TITLE_PT, bold=True))
        # A compact tile has no header: its number leads the state row instead.
        number = str(self.number) if self.slot == str(self.number) else f"{self.number}·{self.slot}"
        self.number_label = label(theme.font(tf.MIN_COMPACT_STATE_PT, bold=True), number)
        self.number_label.setObjectName("number")
        self.badge = label(theme.font(theme.SMALL_PT, bold=True))
        self.location = label(theme.font(theme.SMALL_PT), name="location", squeeze=True)
        self.location.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state_label = label(theme.font(theme.STATE_PT, bold=True), name="state", squeeze=True)
        self.presence = label(theme.font(theme.BODY_PT, bold=True), name="presence")
        self.elapsed = label(theme.font(theme.TITLE_PT, bold=True), name="elapsed")
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.step_label = label(theme.font(theme.BODY_PT), name="step", squeeze=True)
        self.progress = StepBar(STEP_COUNT, tf.STEP_BAR_PX)
        self.device_id = label(theme.font(theme.BODY_PT, mono=True), name="device-id", squeeze=True)
        self.serial = label(theme.font(theme.BODY_PT, mono=True), name="serial", squeeze=True)
        self.cause = label(theme.font(theme.BODY_PT), name="cause", squeeze=True)
        self.action = label(theme.font(theme.ACTION_PT, bold=True), name="action", squeeze=True)
        self._captions = [label(theme.font(theme.SMALL_PT)), label(theme.font(theme.SMALL_PT))]
        self.start_button = big_button("", "start")
        self.abort_button = big_button("", "abort")
        self.clear_button = big_button("", "clear")
        self.buttons = (self.start_button, self.abort_button, self.clear_button)
        self.word_parts()

    def word_parts(self) -> None:
        """The tile's fixed words in the screens' language (again on a language switch)."""
        name = QCoreApplication.translate("SlotTile", "Slot {slot}").format(slot=self.slot)
        self.title.setText(f"{self.number} · {name}")
        self._captions[0].setText(QCoreApplication.translate("SlotTile", "Device ID"))
        self._captions[1].setText(QCoreApplication.translate("SlotTile", "Serial"))
        self.start_button.setText(QCoreApplication.translate("SlotTile", "▶ Start"))
        self.abort_button.setText(QCoreApplication.translate("SlotTile", "■ Abort"))
        self.clear_button.setText(QCoreApplication.translate("SlotTile", "✓ Clear"))
        self.set_highlighted(self._highlighted)

    def _details(self) -> QWidget:
        box = QWidget()
        box.setObjectName("details")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        values = (self.device_id, self.serial)
        for row, (caption, value) in enumerate(zip(self._captions, values, strict=True)):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # The value is elided to the width it gets (`SlotTile._fit`): its text, elided for
            # the last layout, must not claim that width again and squeeze the caption (whose
            # words change with the language).
            value.setSizePolicy(QSizePolicy.Policy.Ignored, value.sizePolicy().verticalPolicy())
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        return box

    @property
    def compact(self) -> bool:
        """True when the button sits beside the state (a tile too short to stack them)."""
        return self._compact

    def _set_compact(self, on: bool) -> None:
        if on == self._compact:
            return
        self._compact = on
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setContentsMargins(*(tf.COMPACT_MARGINS if on else tf.MARGINS))
        source, target = (
            (self._buttons, self._state_row) if on else (self._state_row, self._buttons)
        )
        policy = QSizePolicy.Policy.Fixed if on else QSizePolicy.Policy.Expanding
        for button in self.buttons:
            source.removeWidget(button)
            target.addWidget(
                button, 0, Qt.AlignmentFlag.AlignVCenter if on else Qt.AlignmentFlag(0)
            )
            button.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
            if on:
                button.setMinimumSize(theme.COMPACT_BUTTON_WIDTH_PX, theme.COMPACT_BUTTON_HEIGHT_PX)
            else:
                button.setMinimumSize(theme.BUTTON_MIN_WIDTH_PX, theme.BUTTON_MIN_HEIGHT_PX)
        # A compact row has no width to spare beside the state and the button: what the port
        # shows under a held verdict gets a line of its own just below.
        if on:
            self._state_row.removeWidget(self.presence)
            layout.insertWidget(2, self.presence)
        else:
            layout.removeWidget(self.presence)
            self._state_row.insertWidget(2, self.presence)
        self.number_label.setVisible(on)
        self.title.setVisible(not on)

    # -- selection and look --------------------------------------------------------------

    @property
    def selected(self) -> bool:
        return self._selected

    def set_selected(self, on: bool) -> None:
        if on != self._selected:
            self._selected = on
            self.update()

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    def set_highlighted(self, on: bool) -> None:
        """Mark the tile that shows a scanned serial (a badge, not only a colour)."""
        self._highlighted = on
        self.badge.setText(QCoreApplication.translate("SlotTile", "◀ scanned") if on else "")
        self.update()

    @property
    def look(self) -> theme.StateLook:
        """The colours of the state the tile was last styled for."""
        return theme.STATE_LOOKS[self._look_key or SlotState.NO_DEVICE]

    def _restyle(self, state: SlotState) -> None:
        """Colour the texts for `state` (the background is painted from the same look)."""
        if state is self._look_key:
            return
        self._look_key = state
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(self.look.foreground))
        self.setPalette(palette)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = tf.BORDER_PX / 2
        frame = QRectF(self.rect()).adjusted(half, half, -half, -half)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.look.background))
        painter.drawRoundedRect(QRectF(self.rect()), 10, 10)
        if self._selected or self._highlighted:
            # Black with a white line inside it, so the selection shows on every tile colour.
            pen = QPen(QColor(theme.BLACK), tf.BORDER_PX)
            if self._highlighted:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(pen)
            painter.drawRoundedRect(frame, 9, 9)
            painter.setPen(QPen(QColor(theme.WHITE), 1))
            inner = frame.adjusted(half + 0.5, half + 0.5, -half - 0.5, -half - 0.5)
            painter.drawRoundedRect(inner, 7, 7)
