"""The fixture at a glance: one tile per slot, in a grid, with one selected slot.

The grid's shape follows the room it has: of the column counts whose cells are at least a
tile's minimum size, the one whose cells come closest to a tile's preferred shape at the
largest size wins (4 × 4 for sixteen slots on a landscape screen, 2 × 2 for four). Only when no
grid fits does the view scroll, so a fixture never pushes the window past the screen.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from station.engine.events import SlotSnapshot
from ui import theme
from ui.operator.tile import SlotTile, stacked_min_height
from ui.operator.tile_fit import compact_bare_height, compact_min_height

TICK_MS = 200
HIGHLIGHT_MS = 8_000
SPACING = 6
# The width per height a tile reads best at: its rows of text are long and few.
TILE_ASPECT = 1.6


def grid_columns(count: int, room: QSize, tile_min: QSize, spacing: int = SPACING) -> int:
    """Columns for `count` tiles in `room`: the grid with the largest cells of about the tile's
    preferred shape among those whose cells are at least `tile_min`; when none fits, as many
    columns as the width holds (the rows then scroll)."""
    if count <= 1:
        return 1
    best: tuple[float, float] | None = None
    chosen = 0
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        if cols > 1 and math.ceil(count / (cols - 1)) == rows:
            continue  # as many rows as with one column fewer, only narrower
        cell_w = (room.width() - spacing * (cols - 1)) / cols
        cell_h = (room.height() - spacing * (rows - 1)) / rows
        if cell_w < tile_min.width() or cell_h < tile_min.height():
            continue
        score = (min(cell_w / TILE_ASPECT, cell_h), cell_w)
        if best is None or score > best:
            best, chosen = score, cols
    if chosen:
        return chosen
    return max(1, min(count, (room.width() + spacing) // (tile_min.width() + spacing)))


class FixtureView(QScrollArea):
    """Tiles in slot order; tile N answers to digit key N and to `SLOT:N` scans.

    Signals:
        startRequested(str), abortRequested(str): forwarded from the tiles.
        selectionChanged(str): the selected slot changed.
    """

    startRequested = Signal(str)
    abortRequested = Signal(str)
    selectionChanged = Signal(str)

    def __init__(self, snapshots: list[SlotSnapshot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fixture")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tiles: dict[str, SlotTile] = {}
        self.order: list[str] = []
        self.selected: str | None = None
        self.area = QWidget()
        self.area.setObjectName("fixture-grid")
        self._grid = QGridLayout(self.area)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        self._columns = 1
        self._needs: dict[str, int] = {}
        #: Touch mode's least button size (0: off). Every row then gets the height its tiles
        #: need to show their whole action with such buttons, and the grid scrolls when the
        #: rows do not fit (a touch screen shows no tooltip).
        self.touch_px = 0
        self.setWidget(self.area)
        for snap in snapshots:
            self._add_tile(snap)
        self._arrange()
        self._fix_tab_order()
        if self.order:
            self.select(self.order[0], focus=False)

        self._ticker = QTimer(self)
        self._ticker.setObjectName("tile-elapsed")
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._unhighlight = QTimer(self)
        self._unhighlight.setSingleShot(True)
        self._unhighlight.setInterval(HIGHLIGHT_MS)
        self._unhighlight.timeout.connect(self.clear_highlight)

    # -- the grid ------------------------------------------------------------------------

    @property
    def columns(self) -> int:
        return self._columns

    @property
    def rows(self) -> int:
        return math.ceil(len(self.order) / self._columns) if self.order else 0

    def _tile_min(self) -> QSize:
        """The least cell the grid plans for: a compact tile with two lines of action and one
        of cause (a row of finished tiles may then give some of its height to a failure)."""
        if not self.order:
            return QSize(1, 1)
        least = self.tiles[self.order[0]].minimumSizeHint()
        # In touch mode a tile's larger buttons may need more than the compact least.
        height = max(compact_min_height(), least.height() if self.touch_px else 0)
        return QSize(least.width(), height)

    def _room(self) -> QSize:
        """The view's whole inside, scroll bars or not, so a scroll bar appearing never
        changes the grid it was chosen for."""
        return self.contentsRect().size()

    def set_touch_px(self, px: int) -> None:
        """Touch mode turned on (`px`) or off (0) while the screen runs: lay the grid out
        again for the tiles' new least sizes."""
        self.touch_px = px
        self._columns = 0  # forces `_arrange` to place every tile again
        self._arrange()
        self._share_rows()
        self.updateGeometry()

    def _arrange(self) -> None:
        columns = grid_columns(len(self.order), self._room(), self._tile_min())
        if columns == self._columns and self._grid.count() == len(self.order):
            return
        self._columns = columns
        for slot in self.order:
            self._grid.removeWidget(self.tiles[slot])
        for index, slot in enumerate(self.order):
            row, col = divmod(index, columns)
            self._grid.addWidget(self.tiles[slot], row, col)
        for col in range(self._grid.columnCount()):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 1 if row < self.rows else 0)
            self._grid.setRowMinimumHeight(row, 0)
        self._needs = {}

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()
        self._share_rows()

    def _cell_width(self) -> int:
        columns = max(1, self._columns)
        return (self._room().width() - SPACING * (columns - 1)) // columns

    def _share_rows(self) -> None:
        """Give each row at least the height its tiles need to show a failure's whole cause
        and action, when the rows' needs fit the room together; what is left is shared out
        equally (the grid's rows have equal stretch). When they do not fit, see `_short_rows`;
        the tiles then shorten their texts as best they can (all of them in the tooltip).
        Recomputed whenever a tile's need changes: a result, an acknowledgement, a language."""
        if not self.order:
            return
        width = self._cell_width()
        # A compact tile's button sits in its state row: a touch button makes that row taller.
        extra = max(0, self.touch_px - theme.COMPACT_BUTTON_HEIGHT_PX) if self.touch_px else 0
        self._needs = {s: self.tiles[s].needed_height(width) + extra for s in self.order}
        least = compact_bare_height()
        columns = self._columns
        needs = [
            max([least, *(self._needs[s] for s in self.order[row * columns : (row + 1) * columns])])
            for row in range(self.rows)
        ]
        spacing = SPACING * (len(needs) - 1)
        fits = bool(self.touch_px) or sum(needs) + spacing <= self._room().height()
        heights = needs if fits else self._short_rows(needs, least, spacing)
        for row, height in enumerate(heights):
            if self._grid.rowMinimumHeight(row) != height:
                self._grid.setRowMinimumHeight(row, height)

    def _short_rows(self, needs: list[int], least: int, spacing: int) -> list[int]:
        """Row heights when the rows' needs do not fit the room: rows with nothing to say keep
        their least, and the rows with a cause or action to show share the rest fairly: a row
        that needs less than an equal share gets its need, and what it leaves goes to the
        needier rows (never below a compact tile's least). So a failure is cut only as much as
        the screen forces, and no row gets room it cannot use while another is cut."""
        talking = sorted((need, row) for row, need in enumerate(needs) if need > least)
        heights = [least] * len(needs)
        room = self._room().height() - spacing - (len(needs) - len(talking)) * least
        floor = compact_min_height()
        for index, (need, row) in enumerate(talking):
            share = room // (len(talking) - index)
            heights[row] = max(floor, min(need, share))
            room -= heights[row]
        return heights

    def minimumSizeHint(self) -> QSize:
        # One tile's worth: the grid scrolls rather than make the window larger than the screen.
        tile = self._tile_min()
        return QSize(tile.width(), tile.height())

    def sizeHint(self) -> QSize:
        """A square-ish grid of tiles tall enough to stack their buttons (asked for before the
        view knows its room; the window caps it at the screen)."""
        width = self._tile_min().width()
        height = stacked_min_height()
        columns = max(1, math.ceil(math.sqrt(len(self.order))))
        rows = math.ceil(len(self.order) / columns)
        return QSize(
            columns * width + (columns - 1) * SPACING,
            rows * height + max(0, rows - 1) * SPACING,
        )

    def _add_tile(self, snap: SlotSnapshot) -> SlotTile:
        index = len(self.order)
        tile = SlotTile(snap, index + 1, self.area)
        tile.startRequested.connect(self.startRequested)
        tile.abortRequested.connect(self.abortRequested)
        tile.clicked.connect(self._on_tile_clicked)
        tile.acknowledged.connect(self._share_rows)
        tile.reworded.connect(self._reshare_for)
        self.tiles[snap.slot] = tile
        self.order.append(snap.slot)
        return tile

    def _fix_tab_order(self) -> None:
        tiles = [self.tiles[s] for s in self.order]
        for a, b in itertools.pairwise(tiles):
            QWidget.setTabOrder(a, b)

    @Slot(object)
    def apply(self, snap: SlotSnapshot) -> None:
        tile = self.tiles.get(snap.slot)
        if tile is None:
            tile = self._add_tile(snap)
            self._arrange()
            self._fix_tab_order()
        tile.apply(snap)
        self._reshare_for(snap.slot)

    @Slot(str)
    def _reshare_for(self, slot: str) -> None:
        """Share the rows again if `slot`'s tile now needs another height (a new result, or
        its words in another language)."""
        if self.tiles[slot].needed_height(self._cell_width()) != self._needs.get(slot):
            self._share_rows()

    def snapshot(self, slot: str) -> SlotSnapshot:
        return self.tiles[slot].snapshot

    # -- selection -----------------------------------------------------------------------

    def slot_by_reference(self, ref: str) -> str | None:
        """A slot by its name, or by its 1-based position on the screen."""
        ref = ref.strip()
        for slot in self.order:
            if slot.casefold() == ref.casefold():
                return slot
        if ref.isdigit() and 1 <= int(ref) <= len(self.order):
            return self.order[int(ref) - 1]
        return None

    def select(self, slot: str, *, focus: bool = True) -> None:
        if slot not in self.tiles:
            return
        changed = slot != self.selected
        self.selected = slot
        for name, tile in self.tiles.items():
            tile.set_selected(name == slot)
        if focus:
            self.tiles[slot].setFocus()
        self.ensureWidgetVisible(self.tiles[slot], 0, 0)
        if changed:
            self.selectionChanged.emit(slot)

    def select_number(self, number: int) -> bool:
        if 1 <= number <= len(self.order):
            self.select(self.order[number - 1])
            return True
        return False

    def move_selection(self, delta: int) -> None:
        if not self.order:
            return
        index = self.order.index(self.selected) if self.selected in self.order else 0
        self.select(self.order[(index + delta) % len(self.order)])

    def move_rows(self, rows: int) -> None:
        """Move the selection `rows` grid rows down (up if negative), staying in its column;
        past the first or last row it wraps to the other end of the same column."""
        if not self.order:
            return
        index = self.order.index(self.selected) if self.selected in self.order else 0
        column = index % self._columns
        in_column = self.order[column :: self._columns]
        row = in_column.index(self.order[index])
        self.select(in_column[(row + rows) % len(in_column)])

    def highlight_serial(self, text: str) -> SlotTile | None:
        """Select and mark the tile showing this hardware serial (or device ID)."""
        self.clear_highlight()
        for slot in self.order:
            tile = self.tiles[slot]
            if tile.shows_serial(text):
                self.select(slot)
                tile.set_highlighted(True)
                self._unhighlight.start()
                return tile
        return None

    @Slot()
    def clear_highlight(self) -> None:
        for tile in self.tiles.values():
            if tile.highlighted:
                tile.set_highlighted(False)

    @Slot(str)
    def _on_tile_clicked(self, slot: str) -> None:
        self.select(slot, focus=False)

    @Slot()
    def _tick(self) -> None:
        for tile in self.tiles.values():
            tile.tick()
