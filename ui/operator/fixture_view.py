"""The fixture at a glance: one tile per slot, in a grid, with one selected slot."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QWidget

from station.engine.events import SlotSnapshot
from ui.operator.tile import SlotTile

TICK_MS = 200
HIGHLIGHT_MS = 8_000


def grid_columns(count: int) -> int:
    return max(1, math.ceil(math.sqrt(count)))


class FixtureView(QWidget):
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
        self.tiles: dict[str, SlotTile] = {}
        self.order: list[str] = []
        self.selected: str | None = None
        self._grid = QGridLayout(self)
        self._grid.setSpacing(12)
        self._columns = grid_columns(len(snapshots))
        for snap in snapshots:
            self._add_tile(snap)
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

    def _add_tile(self, snap: SlotSnapshot) -> SlotTile:
        index = len(self.order)
        tile = SlotTile(snap, index + 1, self)
        tile.startRequested.connect(self.startRequested)
        tile.abortRequested.connect(self.abortRequested)
        tile.clicked.connect(self._on_tile_clicked)
        self.tiles[snap.slot] = tile
        self.order.append(snap.slot)
        row, col = divmod(index, self._columns)
        self._grid.addWidget(tile, row, col)
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
            self._fix_tab_order()
        tile.apply(snap)

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
