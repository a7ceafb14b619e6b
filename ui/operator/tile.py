"""One fixture slot on the operator screen: state in large type, and what to do about it.

The tile is a pure view of the newest `SlotSnapshot`; it never talks to the engine. Its Start and
Abort buttons only emit requests, which the window routes off the GUI thread. The buttons take
no keyboard focus on purpose: the tile itself does (Tab moves between tiles, Space and Esc act
on the focused tile), so a key never presses a button the operator cannot see is focused.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station.engine.events import STEP_COUNT, SlotSnapshot, SlotState
from ui import theme
from ui.operator import fitting

SPACING = 4
BORDER_PX = 8
MARGINS = (12, 6, 12, 8)  # left, top, right, bottom
COMPACT_MARGINS = (12, 4, 12, 4)
MAX_ACTION_LINES = 4
# A failed tile shows at least this many lines of its action, whatever else has to give way.
MIN_ACTION_LINES = 2
# A short tile (many slots) puts its button beside the state instead of below everything; its
# state word may then shrink to this size to make room for the button.
MIN_COMPACT_STATE_PT = 24
# The base point sizes of the theme suit a tile this tall (sixteen slots on a 1080p screen); a
# taller tile scales its type up to MAX_ZOOM, so the few tiles of a small fixture read from
# further away.
BASE_HEIGHT_PX = 230
MAX_ZOOM = 1.5
# The state line shrinks below the theme's size only to fit a narrow tile, never below this.
MIN_STATE_PT = 16
SPLIT_BELOW_PT = 24
# Sizes tried for the action, largest first; the largest that shows all of it (and a line of
# cause) wins, else the smallest, elided.
ACTION_SIZES_PT = (22, 20, 18, 16, theme.ACTION_PT)
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


def _label(font: QFont, text: str = "", *, name: str = "", squeeze: bool = False) -> QLabel:
    """A label; `squeeze` ones never widen the tile (their text is fitted or clipped)."""
    label = QLabel(text)
    label.setFont(font)
    if name:
        label.setObjectName(name)
    if squeeze:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _set_size(widget: QWidget, point_size: int) -> None:
    """Change a widget's point size only when it differs (each change re-lays the tile out)."""
    font = widget.font()
    if font.pointSize() != point_size:
        font.setPointSize(point_size)
        widget.setFont(font)


def _fit_state(text: str, largest_pt: int, room: int, *, split: bool = True) -> tuple[int, str]:
    """The point size and text of the state line: on one line at the largest size that fits
    `room`, or on two (glyph and first word, then the rest) when one line would be too small
    or cut, as "Already provisioned" would be on a narrow tile; never two without `split`
    (a compact tile has no height to spare for them)."""

    def largest(lines: list[str], start_pt: int = largest_pt) -> int | None:
        for pt in range(start_pt, MIN_STATE_PT - 1, -2):
            metrics = QFontMetrics(theme.font(pt, bold=True))
            if max(metrics.horizontalAdvance(line) for line in lines) <= room:
                return pt
        return None

    one = largest([text])
    glyph, _, words = text.partition(" ")
    first, _, rest = words.partition(" ")
    # A second line costs the action below a line of its own, so only a state line too small
    # to read from across the line is split.
    if split and rest and (one is None or one < SPLIT_BELOW_PT):
        two_lines = [f"{glyph} {first}", rest]
        # Two lines a little smaller than one would be: the split is for reading, not size.
        two = largest(two_lines, round(largest_pt * 0.8))
        if two is not None and (one is None or two >= one + 6):
            return two, "\n".join(two_lines)
    if one is not None:
        return one, text
    # Narrower than any tile the grid makes: cut the word rather than overlap the clock.
    metrics = QFontMetrics(theme.font(MIN_STATE_PT, bold=True))
    return MIN_STATE_PT, metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))


def _cause_pt(action_pt: int) -> int:
    """The cause reads a step below the action it explains."""
    return max(theme.BODY_PT, action_pt - 2)


def _line(pt: int, *, bold: bool = False) -> int:
    return QFontMetrics(theme.font(pt, bold=bold)).lineSpacing()


def stacked_min_height() -> int:
    """The least height at which a tile keeps its button below the texts and still shows a
    state at full size, two lines of action and one of cause; shorter tiles go compact."""
    return (
        2 * BORDER_PX
        + MARGINS[1]
        + MARGINS[3]
        + QFontMetrics(theme.font(theme.TITLE_PT, bold=True)).height()
        + _line(theme.STATE_PT, bold=True)
        + MIN_ACTION_LINES * _line(theme.ACTION_PT, bold=True)
        + _line(theme.BODY_PT)
        + theme.BUTTON_MIN_HEIGHT_PX
        + 5 * SPACING
    )


def _compact_min_width() -> int:
    """Room for the longest state word that shares its row with a button, at the compact
    size, plus that button."""
    metrics = QFontMetrics(theme.font(MIN_COMPACT_STATE_PT, bold=True))
    widest = max(
        metrics.horizontalAdvance(theme.STATE_LOOKS[state].text)
        for state in (*STARTABLE, SlotState.WORKING)
    )
    return (
        2 * BORDER_PX
        + COMPACT_MARGINS[0]
        + COMPACT_MARGINS[2]
        + widest
        + 2 * SPACING
        + theme.BUTTON_MIN_WIDTH_PX
    )


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
        self._style_key: tuple[SlotState, bool, bool] | None = None
        self._received_at = time.monotonic()

        self._build_widgets()
        self._cause_text = ""
        self._action_text = ""
        self._zoom = 1.0
        self._compact = False

        self._header = QHBoxLayout()
        self._header.addWidget(self.title)
        self._header.addWidget(self.badge)
        self._header.addWidget(self.location, 1)
        self._header.addSpacing(8)
        self._header.addWidget(self.elapsed)
        # The state line has the tile's whole width (the clock sits in the header), and _fit
        # sizes its text to it.
        self._state_row = QHBoxLayout()
        self._state_row.addWidget(self.state_label, 1)
        self.details = self._details()
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.start_button)
        self._buttons.addWidget(self.abort_button)
        layout = QVBoxLayout(self)
        # The tile fits its texts to the room it gets (see _fit), so its layout must not turn
        # the fitted heights into a minimum size that would stop it from ever shrinking.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(SPACING)
        layout.addLayout(self._header)
        layout.addLayout(self._state_row)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.details)
        layout.addWidget(self.cause)
        layout.addWidget(self.action)
        layout.addStretch(1)
        layout.addLayout(self._buttons)

        self.snapshot = snapshot
        self.apply(snapshot)

    def _build_widgets(self) -> None:
        self.title = _label(
            theme.font(theme.TITLE_PT, bold=True), f"{self.number} · Slot {self.slot}"
        )
        self.badge = _label(theme.font(theme.SMALL_PT, bold=True))
        self.location = _label(theme.font(theme.SMALL_PT), name="location", squeeze=True)
        self.location.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state_label = _label(theme.font(theme.STATE_PT, bold=True), name="state", squeeze=True)
        self.elapsed = _label(theme.font(theme.TITLE_PT, bold=True), name="elapsed")
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.step_label = _label(theme.font(theme.BODY_PT), name="step", squeeze=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, STEP_COUNT)
        self.progress.setFormat("step %v of %m")
        self.progress.setFixedHeight(24)
        self.progress.setFont(theme.font(theme.SMALL_PT))
        self.device_id = _label(
            theme.font(theme.BODY_PT, mono=True), name="device-id", squeeze=True
        )
        self.serial = _label(theme.font(theme.BODY_PT, mono=True), name="serial", squeeze=True)
        self.cause = _label(theme.font(theme.BODY_PT), name="cause", squeeze=True)
        self.action = _label(theme.font(theme.ACTION_PT, bold=True), name="action", squeeze=True)
        self._captions = [
            _label(theme.font(theme.SMALL_PT), caption) for caption in ("Device ID", "Serial")
        ]
        self.start_button = _big_button("▶ Start", "start")
        self.abort_button = _big_button("■ Abort", "abort")
        self.start_button.clicked.connect(self._on_start)
        self.abort_button.clicked.connect(self._on_abort)

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
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        return box

    # -- state ---------------------------------------------------------------------------

    def apply(self, snap: SlotSnapshot) -> None:
        """Show a new snapshot of this slot."""
        self.snapshot = snap
        self._received_at = time.monotonic()
        look = theme.STATE_LOOKS[snap.state]
        self.location.setText(snap.location)
        self.location.setToolTip(snap.location)
        self.state_label.setText(look.text)  # _fit may put it on two lines

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
        # A ready slot may carry a note too (an interrupted attempt waiting to be resumed).
        says = problem or (snap.state is SlotState.READY and bool(snap.message))
        self._cause_text = snap.message if says else ""
        self._action_text = f"What to do: {snap.action}" if says and snap.action else ""
        self.cause.setToolTip(self._cause_text)
        self.action.setToolTip(self._action_text)

        # Only the control that can act is shown: a disabled button on every finished tile is
        # clutter at 2 m, and its room goes to the cause and action instead.
        startable = snap.state in STARTABLE
        self.start_button.setEnabled(startable)
        self.start_button.setVisible(startable)
        self.abort_button.setEnabled(working)
        self.abort_button.setVisible(working)
        self.setAccessibleName(f"Slot {snap.slot}: {look.word}")
        self.setAccessibleDescription(
            " ".join(t for t in (self._cause_text, self._action_text) if t)
        )
        self._restyle()
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """Room for the header, the state beside its button and two lines of action (a compact
        tile): the same for every state and zoom, so the grid gives every tile the same cell."""
        height = (
            2 * BORDER_PX
            + COMPACT_MARGINS[1]
            + COMPACT_MARGINS[3]
            + QFontMetrics(theme.font(theme.TITLE_PT, bold=True)).height()
            + max(theme.BUTTON_MIN_HEIGHT_PX, _line(MIN_COMPACT_STATE_PT, bold=True))
            + MIN_ACTION_LINES * _line(theme.ACTION_PT, bold=True)
            + 3 * SPACING
        )
        return QSize(_compact_min_width(), height)

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    @property
    def state_text(self) -> str:
        """The state's glyph and word on one line, however the tile lays them out."""
        return theme.STATE_LOOKS[self.snapshot.state].text

    @property
    def cause_text(self) -> str:
        """The whole cause, whatever part of it fits on the tile."""
        return self._cause_text

    @property
    def action_text(self) -> str:
        """The whole operator action ("What to do: …"), whatever part of it fits."""
        return self._action_text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The style sheet's border only counts once the tile is polished; fit again then.
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit()

    @property
    def compact(self) -> bool:
        """True when the button sits beside the state (a tile too short to stack them)."""
        return self._compact

    def _set_compact(self, on: bool) -> None:
        if on == self._compact:
            return
        self._compact = on
        layout = self.layout()
        assert layout is not None
        layout.setContentsMargins(*(COMPACT_MARGINS if on else MARGINS))
        source, target = (
            (self._buttons, self._state_row) if on else (self._state_row, self._buttons)
        )
        policy = QSizePolicy.Policy.Fixed if on else QSizePolicy.Policy.Expanding
        for button in (self.start_button, self.abort_button):
            source.removeWidget(button)
            target.addWidget(
                button, 0, Qt.AlignmentFlag.AlignVCenter if on else Qt.AlignmentFlag(0)
            )
            button.setSizePolicy(policy, QSizePolicy.Policy.Fixed)

    def _button_room(self) -> int:
        """The width a visible button takes from the state row in compact mode."""
        if not self._compact:
            return 0
        shown = [b for b in (self.start_button, self.abort_button) if b.isVisibleTo(self)]
        return sum(max(b.minimumWidth(), b.sizeHint().width()) + 2 * SPACING for b in shown)

    def _apply_zoom(self, width: int, height: int) -> None:
        """Scale the type with the room the tile gets, and fit the state words to the width."""
        zoom = min(MAX_ZOOM, max(1.0, height / BASE_HEIGHT_PX))
        self._zoom = zoom
        for label, base in (
            (self.title, theme.TITLE_PT),
            (self.elapsed, theme.TITLE_PT),
            (self.location, theme.SMALL_PT),
            (self.badge, theme.SMALL_PT),
            (self.step_label, theme.BODY_PT),
            (self.device_id, theme.BODY_PT),
            (self.serial, theme.BODY_PT),
            *((caption, theme.SMALL_PT) for caption in self._captions),
        ):
            _set_size(label, round(base * zoom))
        for button in (self.start_button, self.abort_button):
            _set_size(button, round(theme.BUTTON_PT * zoom))
        state_pt, shown = _fit_state(
            self.state_text,
            round(theme.STATE_PT * zoom),
            width - self._button_room(),
            split=not self._compact,
        )
        _set_size(self.state_label, state_pt)
        if self.state_label.text() != shown:
            self.state_label.setText(shown)

    def _fit(self) -> None:
        """Share the tile's height out by importance: the action first (all of it if it fits,
        at least two lines), then the cause, then the device details; each text is wrapped to
        the lines it gets and elided after. The action gets the largest type at which all of it
        fits. Whatever is cut is in the tile's tooltip."""
        layout = self.layout()
        assert layout is not None
        self._set_compact(self.height() < stacked_min_height())
        margins = layout.contentsMargins()
        rect = self.contentsRect()
        width = rect.width() - margins.left() - margins.right()
        self._apply_zoom(width, rect.height())
        fixed = [self._header.sizeHint().height(), self._state_row.sizeHint().height()]
        if self.snapshot.state is SlotState.WORKING:
            fixed += [self.step_label.sizeHint().height(), self.progress.height()]
        if not self._compact and (
            self.start_button.isVisibleTo(self) or self.abort_button.isVisibleTo(self)
        ):
            fixed.append(self._buttons.sizeHint().height())
        budget = rect.height() - margins.top() - margins.bottom()
        # One spacing between each two fixed rows; each text shown below takes its own.
        budget -= sum(fixed) + SPACING * (len(fixed) - 1)

        action_pt, cause_pt = self._text_sizes(width, budget)
        _set_size(self.action, action_pt)
        _set_size(self.cause, cause_pt)
        action_fm = QFontMetrics(self.action.font())
        cause_fm = QFontMetrics(self.cause.font())
        action_lh, cause_lh = action_fm.lineSpacing(), cause_fm.lineSpacing()
        want_action = min(len(fitting.wrap(self._action_text, action_fm, width)), MAX_ACTION_LINES)
        want_cause = len(fitting.wrap(self._cause_text, cause_fm, width))

        def lines(want: int, line_h: int) -> int:
            return min(want, max(0, (budget - SPACING) // line_h)) if want else 0

        action_lines = lines(want_action, action_lh)
        if want_action and action_lines < min(want_action, MIN_ACTION_LINES):
            # Too short even for that: the action still gets its lines, over the spacing.
            action_lines = min(want_action, MIN_ACTION_LINES)
        budget -= action_lines * action_lh + (SPACING if action_lines else 0)
        cause_lines = lines(min(want_cause, 2), cause_lh)
        budget -= cause_lines * cause_lh + (SPACING if cause_lines else 0)
        details_h = self.details.sizeHint().height()
        show_details = budget >= details_h + SPACING
        if show_details:
            budget -= details_h + SPACING
            if want_cause > cause_lines:
                cause_lines += min(want_cause - cause_lines, max(0, budget // cause_lh))
        action_cut = self._set_fitted(self.action, self._action_text, width, action_lines)
        cause_cut = self._set_fitted(self.cause, self._cause_text, width, cause_lines)
        self.details.setVisible(show_details)
        self._set_tile_tooltip(cause_cut or action_cut)
        layout.activate()  # place the children now, not on a later event-loop pass
        # A long port path keeps its distinctive end (the USB position); all of it is in the
        # tooltip.
        self.location.setText(
            QFontMetrics(self.location.font()).elidedText(
                self.snapshot.location, Qt.TextElideMode.ElideLeft, self.location.width()
            )
        )

    def _set_tile_tooltip(self, cut: bool) -> None:
        """What the tile could not show in full, a hover away anywhere on it."""
        parts = (self._cause_text, self._action_text) if cut else ()
        self.setToolTip("\n\n".join(p for p in parts if p))

    def _text_sizes(self, width: int, budget: int) -> tuple[int, int]:
        """Point sizes of the action and the cause: the largest action size (not above the
        tile's zoom) at which the whole action and one line of cause fit in `budget`; failing
        that, the largest at which the whole action alone fits (the cause gives way)."""
        cap = max(theme.ACTION_PT, round(ACTION_SIZES_PT[0] * self._zoom / MAX_ZOOM))
        sizes = [pt for pt in ACTION_SIZES_PT if pt <= cap or pt == ACTION_SIZES_PT[-1]]
        for with_cause in (bool(self._cause_text), False):
            for action_pt in sizes:
                cause_pt = _cause_pt(action_pt)
                action_fm = QFontMetrics(theme.font(action_pt, bold=True))
                lines = len(fitting.wrap(self._action_text, action_fm, width))
                need = lines * action_fm.lineSpacing() + (SPACING if lines else 0)
                if with_cause:
                    need += QFontMetrics(theme.font(cause_pt)).lineSpacing() + SPACING
                if lines <= MAX_ACTION_LINES and need <= budget:
                    return action_pt, cause_pt
        return theme.ACTION_PT, theme.BODY_PT

    @staticmethod
    def _set_fitted(label: QLabel, text: str, width: int, lines: int) -> bool:
        """Show `text` in `lines` lines; True if some of it was cut."""
        shown, used, cut = fitting.fit(text, QFontMetrics(label.font()), width, lines)
        label.setText(shown)
        label.setFixedHeight(used * QFontMetrics(label.font()).lineSpacing())
        label.setVisible(bool(shown))
        return cut

    def tick(self) -> None:
        """Advance the elapsed time of a working slot between engine updates."""
        if self.snapshot.state is SlotState.WORKING:
            self._show_elapsed(self.snapshot.elapsed_s + time.monotonic() - self._received_at)

    def _show_elapsed(self, seconds: float) -> None:
        if self.snapshot.state in (SlotState.NO_DEVICE, SlotState.READY) and seconds <= 0:
            self.elapsed.setText("")
        else:
            self.elapsed.setText(format_elapsed(seconds))
        # Hidden when empty, so the location gets its room.
        self.elapsed.setVisible(bool(self.elapsed.text()))

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
        # Re-polishing a style sheet costs about a millisecond; a working slot's step changes
        # do not change its look, so only a new state or selection pays for it.
        key = (self.snapshot.state, self._selected, self._highlighted)
        if key == self._style_key:
            return
        self._style_key = key
        look = theme.STATE_LOOKS[self.snapshot.state]
        # One border width for every tile, so selecting one never shifts its contents; an
        # unselected tile's border takes its own background colour and so does not show.
        if self._highlighted:
            border = f"{BORDER_PX}px dashed {theme.BLACK}"
        elif self._selected:
            border = f"{BORDER_PX}px solid {theme.BLACK}"
        else:
            border = f"{BORDER_PX}px solid {look.background}"
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
