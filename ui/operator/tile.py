"""One fixture slot on the operator screen: state in large type, and what to do about it.

The tile is a view of the newest `SlotSnapshot` and of the verdict it holds over it (see
`verdict.py`); it never talks to the engine. Its buttons only emit requests, which the window
routes off the GUI thread. The buttons take no keyboard focus on purpose: the tile itself does
(Tab moves between tiles, Space and Esc act on the focused tile), so a key never presses a
button the operator cannot see is focused. Which sizes and lines its texts get is decided by
`tile_fit.py` (the text-fitting engine); its widgets, rows and look are in `tile_parts.py`.
"""

from __future__ import annotations

import time
from functools import cache

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from station.engine.events import SlotSnapshot, SlotState
from ui import theme
from ui.i18n.languages import languages
from ui.operator import engine_words
from ui.operator import tile_fit as tf
from ui.operator.tile_fit import (  # re-exported: the tile's geometry contract
    MIN_ACTION_LINES,
    MIN_COMPACT_STATE_PT,
    stacked_min_height,
)
from ui.operator.tile_parts import TileBody, format_elapsed, set_size
from ui.operator.verdict import NEEDS_ACK, VerdictHold

__all__ = [
    "MIN_ACTION_LINES",
    "MIN_COMPACT_STATE_PT",
    "STARTABLE",
    "SlotTile",
    "format_elapsed",
    "stacked_min_height",
]

STARTABLE = frozenset({SlotState.READY, SlotState.FAIL, SlotState.ABORTED})
_PROBLEMS = frozenset(
    {SlotState.FAIL, SlotState.SCRAP, SlotState.ABORTED, SlotState.ALREADY_PROVISIONED}
)


@cache
def _min_size(language: str) -> QSize:
    """See `SlotTile.minimumSizeHint` (asked for by every layout pass over the grid); per
    language, as the state words are."""
    widest = max(
        (theme.STATE_LOOKS[s].text for s in (*STARTABLE, SlotState.WORKING)),
        key=lambda text: tf.metrics(tf.MIN_COMPACT_STATE_PT, True).horizontalAdvance(text),
    )
    return QSize(tf.compact_min_width(widest), tf.compact_bare_height())


class SlotTile(TileBody):
    """The view of one slot.

    Signals:
        startRequested(str): the operator asked to start this slot (slot name).
        abortRequested(str): the operator asked to abort this slot (slot name).
        clicked(str): the tile was clicked or got focus, so it becomes the selected slot.
        acknowledged(str): the operator cleared the held verdict of a unit that is gone.
        reworded(str): the tile's texts changed language, so the height it needs may have.
    """

    startRequested = Signal(str)
    abortRequested = Signal(str)
    clicked = Signal(str)
    acknowledged = Signal(str)
    reworded = Signal(str)

    def __init__(self, snapshot: SlotSnapshot, number: int, parent: QWidget | None = None):
        self._received_at = time.monotonic()
        self._hold = VerdictHold(snapshot)
        self._shown = self._hold.shown()
        self._cause_text = ""
        self._action_text = ""
        self._full_text = ""
        self._zoom = 1.0
        super().__init__(snapshot.slot, number, parent)
        self.start_button.clicked.connect(self._on_start)
        self.abort_button.clicked.connect(self._on_abort)
        self.clear_button.clicked.connect(self.acknowledge)
        self.apply(snapshot)

    # -- state ---------------------------------------------------------------------------

    @property
    def snapshot(self) -> SlotSnapshot:
        """What the engine says the slot's port shows now."""
        return self._hold.live

    @property
    def shown_state(self) -> SlotState:
        """The state the tile shows in large type: a held verdict, or the port's own state."""
        return self._shown.snapshot.state

    @property
    def holds_verdict(self) -> bool:
        return self._shown.held

    @property
    def verdict(self) -> SlotSnapshot | None:
        """The last verdict the tile keeps for its slot (None once acknowledged or a new unit
        started), whether or not the port still shows it."""
        return self._hold.verdict

    def apply(self, snap: SlotSnapshot) -> None:
        """Show a new snapshot of this slot."""
        self._hold.update(snap)
        self._received_at = time.monotonic()
        self._show()

    @Slot()
    def acknowledge(self) -> bool:
        """The operator has seen the held verdict of a unit that is gone: show the empty slot.
        True if there was one to clear."""
        if not self._hold.acknowledge():
            return False
        self._show()
        self.acknowledged.emit(self.slot)
        return True

    def _show(self) -> None:
        live = self._hold.live
        self._shown = self._hold.shown()
        shown = self._shown.snapshot
        look = theme.STATE_LOOKS[shown.state]
        self.location.setToolTip(live.location)
        self.number_label.setToolTip(live.location)
        self.state_label.setText(look.text)  # _fit may put it on two lines
        self.presence.setText(self._shown.presence)
        self.presence.setVisible(self._shown.held)

        working = shown.state is SlotState.WORKING
        if working and shown.step is not None:
            self.step_label.setText(engine_words.step(shown.step))
            self.progress.setValue(shown.step.position + 1)
        elif working:
            self.step_label.setText(self.tr("Starting"))
            self.progress.setValue(0)
        self.step_label.setVisible(working)
        self.progress.setVisible(working)

        self._show_elapsed(shown.elapsed_s)

        # A ready slot may carry a note too (an interrupted attempt waiting to be resumed).
        # A working slot waiting for its unit's label, or for its printed label to be scanned
        # back (check-scan), asks for the scan.
        says = (
            shown.state in _PROBLEMS
            or (shown.state is SlotState.READY and bool(shown.message))
            or shown.awaiting_label
            or shown.awaiting_check
        )
        cause, action = engine_words.tile_words(shown) if says else ("", "")
        self._cause_text = cause
        self._action_text = self.tr("What to do: {action}").format(action=action) if action else ""
        self._full_text = engine_words.full_message(shown) if says else ""
        self.cause.setToolTip(self._full_text)
        self.action.setToolTip(self._action_text)

        # Only the controls that can act are shown: a disabled button on every finished tile is
        # clutter at 2 m, and its room goes to the cause and action instead.
        startable = live.state in STARTABLE
        self.start_button.setVisible(startable)
        self.start_button.setEnabled(startable)
        self.abort_button.setVisible(live.state is SlotState.WORKING)
        self.abort_button.setEnabled(live.state is SlotState.WORKING)
        clearable = self._hold.can_acknowledge and shown.state in NEEDS_ACK
        self.clear_button.setVisible(clearable)
        self.clear_button.setEnabled(clearable)
        spoken = f"{look.said}, {self._shown.presence[2:]}" if self._shown.held else look.said
        self.setAccessibleName(self.tr("Slot {slot}: {state}").format(slot=live.slot, state=spoken))
        self.setAccessibleDescription(
            " ".join(t for t in (self._cause_text, self._action_text) if t)
        )
        self._restyle(self.shown_state)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """Room for the slot number and state beside the button: a finished tile needs no more,
        so a row of them leaves its height to a row with a failure (the fixture gives each row
        what its tiles need, see `needed_height`). The same for every state and zoom."""
        return QSize(_min_size(languages().current))  # a copy: the cached one is shared

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def needed_height(self, width: int) -> int:
        """The height at which this tile, `width` wide, shows its whole cause and action (the
        grid gives a row with a failure more of the room than a row of finished tiles)."""
        return tf.compact_need(
            self._action_text,
            self._cause_text,
            width,
            self.shown_state is SlotState.WORKING,
            self._shown.held,
        )

    @property
    def state_text(self) -> str:
        """The shown state's glyph and word on one line, however the tile lays them out."""
        return theme.STATE_LOOKS[self.shown_state].text

    @property
    def cause_text(self) -> str:
        """The whole cause as the tile words it, whatever part of it fits."""
        return self._cause_text

    @property
    def action_text(self) -> str:
        """The whole operator action ("What to do: …"), whatever part of it fits."""
        return self._action_text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.word_parts()
            self._show()
            self.reworded.emit(self.slot)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _state_room(self, width: int) -> int:
        """The width the state word has in its row, beside the number, presence and button."""
        room = width
        if self._compact:
            room -= self.number_label.sizeHint().width() + tf.SPACING
            shown = [b for b in self.buttons if b.isVisibleTo(self)]
            room -= sum(max(b.minimumWidth(), b.sizeHint().width()) + tf.SPACING for b in shown)
        if self._shown.held and not self._compact:
            room -= self.presence.sizeHint().width() + tf.SPACING
        return room

    def _apply_zoom(self, width: int, height: int) -> None:
        """Scale the type with the room the tile gets, and fit the state words to the width."""
        zoom = min(tf.MAX_ZOOM, max(1.0, height / tf.BASE_HEIGHT_PX))
        self._zoom = zoom
        for label, base in (
            (self.title, theme.TITLE_PT),
            (self.elapsed, theme.TITLE_PT if not self._compact else theme.TILE_MIN_PT),
            (self.location, theme.SMALL_PT),
            (self.badge, theme.SMALL_PT),
            (self.presence, theme.TILE_MIN_PT if self._compact else theme.BODY_PT),
            (self.step_label, theme.BODY_PT),
            (self.device_id, theme.BODY_PT),
            (self.serial, theme.BODY_PT),
            *((caption, theme.SMALL_PT) for caption in self._captions),
        ):
            set_size(label, max(theme.TILE_MIN_PT, round(base * zoom)))
        for button in self.buttons:
            set_size(button, round(theme.BUTTON_PT * zoom))
        if self._compact:
            # The state's room is measured beside the slot number at its largest size, not
            # at the size the last fit left it: otherwise a number shrunk by an earlier, longer
            # state word lends this one room it does not have once the number grows back.
            set_size(self.number_label, tf.COMPACT_STATE_PT)
        state_pt, shown = tf.fit_state(
            self.state_text,
            tf.COMPACT_STATE_PT if self._compact else round(theme.STATE_PT * zoom),
            self._state_room(width),
            split=not self._compact,
        )
        set_size(self.state_label, state_pt)
        if self._compact:
            set_size(self.number_label, max(tf.MIN_COMPACT_STATE_PT, state_pt))
        if self.state_label.text() != shown:
            self.state_label.setText(shown)

    def _text_room(self) -> tuple[int, int]:
        """The width and the height the cause and action have in the tile's present layout,
        after its fixed rows (state, header, step, buttons), with the type zoomed to fit."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        rect = self.contentsRect()
        width = rect.width() - margins.left() - margins.right()
        self._apply_zoom(width, rect.height())
        fixed = [self._state_row.sizeHint().height()]
        if self._compact and self._shown.held:
            fixed.append(self.presence.sizeHint().height())
        if not self._compact:
            fixed.append(self._header.sizeHint().height())
        if self.shown_state is SlotState.WORKING:
            fixed += [self.step_label.sizeHint().height(), self.progress.height()]
        if not self._compact and any(b.isVisibleTo(self) for b in self.buttons):
            fixed.append(self._buttons.sizeHint().height())
        budget = rect.height() - margins.top() - margins.bottom()
        # One spacing between each two fixed rows; each text shown below takes its own.
        budget -= sum(fixed) + tf.SPACING * (len(fixed) - 1)
        return width, budget

    def _fit(self) -> None:
        """Share the tile's height out by importance: the whole action first (at least two
        lines), then the cause, then the header and the device details; each text is wrapped
        to the lines it gets and elided after. The action gets the largest type at which it and
        the whole cause fit. Whatever is cut is in the tile's tooltip.

        A tile tall enough to stack its button below the texts does so only if its texts still
        fit whole that way; otherwise it goes compact (button beside the state), which leaves
        them more room. The grid's row heights are measured for the compact layout
        (`needed_height`), so a row given that height always shows its tiles' texts whole,
        whatever the texts' lengths, the order the results came in, or the machine's speed."""
        layout = self.layout()
        assert layout is not None
        self._set_compact(self.height() < stacked_min_height())
        width, budget = self._text_room()
        action_pt, cause_pt, whole = tf.text_sizes(
            self._action_text, self._cause_text, width, budget, self._zoom
        )
        if not whole and not self._compact:
            self._set_compact(True)
            width, budget = self._text_room()
            action_pt, cause_pt, whole = tf.text_sizes(
                self._action_text, self._cause_text, width, budget, self._zoom
            )
        set_size(self.action, action_pt)
        set_size(self.cause, cause_pt)
        action_lh, cause_lh = tf.line(action_pt, True), tf.line(cause_pt)
        want_action = len(tf.wrap(self._action_text, action_pt, True, width))
        want_cause = len(tf.wrap(self._cause_text, cause_pt, False, width))

        action_lines, cause_lines, budget = tf.share_lines(
            budget, (want_action, action_lh), (want_cause, cause_lh)
        )
        # Measured from its labels: a header whose labels are all hidden has no size hint.
        header_h = max(w.sizeHint().height() for w in (self.location, self.elapsed, self.badge))
        show_header = not self._compact or budget >= header_h + tf.SPACING
        if self._compact and show_header:
            budget -= header_h + tf.SPACING
        details_h = self.details.sizeHint().height()
        show_details = budget >= details_h + tf.SPACING
        action_cut = self._set_fitted(self.action, self._action_text, width, action_lines)
        cause_cut = self._set_fitted(self.cause, self._cause_text, width, cause_lines)
        for widget in (self.location, self.elapsed, self.badge):
            widget.setVisible(show_header and (widget is not self.elapsed or bool(widget.text())))
        self.details.setVisible(show_details)
        self._set_tile_tooltip(cause_cut or action_cut)
        layout.activate()  # place the children now, not on a later event-loop pass
        inner = self.details.layout()
        if inner is not None:
            # ... the captions and values too: the values are elided to their width just
            # below, and a caption's words may have just changed language or size.
            inner.activate()
        shown = self._shown.snapshot
        for label, value in (
            (self.device_id, shown.device_id),
            (self.serial, shown.hardware_serial),
        ):
            # Cut in the middle: both ends of an ID tell units apart. All of it is selectable
            # in the tooltip.
            fitted = tf.metrics(label.font().pointSize(), mono=True).elidedText(
                value or "—", Qt.TextElideMode.ElideMiddle, max(0, label.width())
            )
            if label.text() != fitted:
                label.setText(fitted)
            label.setToolTip(value or "")
        # A long port path keeps its distinctive end (the USB position); all of it is in the
        # tooltip.
        self.location.setText(
            tf.metrics(self.location.font().pointSize()).elidedText(
                self.snapshot.location, Qt.TextElideMode.ElideLeft, max(0, self.location.width())
            )
        )

    def _set_tile_tooltip(self, cut: bool) -> None:
        """What the tile could not show in full, or words for the tile, a hover away."""
        full = self._full_text
        parts = (full, self._action_text) if cut or full != self._cause_text else ()
        self.setToolTip("\n\n".join(p for p in parts if p))

    @staticmethod
    def _set_fitted(label: QLabel, text: str, width: int, lines: int) -> bool:
        """Show `text` in `lines` lines; True if some of it was cut."""
        font = label.font()
        shown, used, cut = tf.fit(text, font.pointSize(), font.bold(), width, lines)
        if label.text() != shown:
            label.setText(shown)
        label.setFixedHeight(used * tf.line(font.pointSize(), font.bold()))
        label.setVisible(bool(shown))
        return cut

    def tick(self) -> None:
        """Advance the elapsed time of a working slot between engine updates."""
        live = self.snapshot
        if live.state is SlotState.WORKING:
            self._show_elapsed(live.elapsed_s + time.monotonic() - self._received_at)

    def _show_elapsed(self, seconds: float) -> None:
        if self.shown_state in (SlotState.NO_DEVICE, SlotState.READY) and seconds <= 0:
            text = ""
        else:
            text = format_elapsed(seconds)
        if self.elapsed.text() != text:
            self.elapsed.setText(text)
        # Hidden when empty, so the location gets its room.
        self.elapsed.setVisible(bool(text) and not self._compact_without_header())

    def _compact_without_header(self) -> bool:
        return self._compact and not self.location.isVisibleTo(self)

    def shows_serial(self, text: str) -> bool:
        wanted = text.strip().casefold()
        snap = self._shown.snapshot
        return bool(wanted) and wanted in {
            (snap.hardware_serial or "").casefold(),
            (snap.device_id or "").casefold(),
        }

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
