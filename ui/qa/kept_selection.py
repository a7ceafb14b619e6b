"""The QA table's selected attempt, kept by its row id while the rows change under it.

A new filter, a new sort order or a live update that moves rows resets the table's model; the
selected attempt is selected again afterwards if it still matches, even when it lies beyond the
pages read so far (the model reads down to it, `AttemptTableModel.reveal`). If it no longer
matches, the window is told (`lost`), which clears the detail pane.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ui.qa.table_model import AttemptTableModel


class KeptSelection(QObject):
    def __init__(
        self,
        model: AttemptTableModel,
        table: QTableView,
        lost: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._table = table
        self._lost = lost
        self.ref: int | None = None  # the selected attempt's row id
        self.resetting = False  # the model is being reset: the current row means nothing yet
        self._restore: int | None = None  # selected before the reset
        self._pending: int | None = None  # to select once the loading query answers
        self._revealing: int | None = None  # the model reads down to it
        model.revealed.connect(self._on_revealed)
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)

    def select(self, ref: int) -> bool:
        """Select and show `ref`'s row if it has been read; False if it has not."""
        row = self._model.row_of(ref)
        if row is None:
            return False
        index = self._model.index(row, 0)
        selection = self._table.selectionModel()
        selection.setCurrentIndex(
            index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
        )
        self._table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def keys_applied(self) -> None:
        """The model's query answered: select what was waiting for it."""
        if self._pending is None:
            return
        ref, self._pending = self._pending, None
        if not self.select(ref):
            # Maybe beyond the pages read so far: read down to it (or learn it left).
            self._reveal(ref)

    def go_to(self, ref: int, clear_filters: Callable[[], None]) -> None:
        """Select `ref`, clearing the filters (`clear_filters`) if they hide it."""
        if self.select(ref):
            return
        self.ref = ref  # what the reset restores, and what the load looks for
        self._pending = ref
        clear_filters()
        if not self._model.loading:
            # The filters were clear already: it is beyond the rows read; read down to it.
            self._pending = None
            self._reveal(ref)

    def _reveal(self, ref: int) -> None:
        self._revealing = ref
        self._model.reveal(ref)

    @Slot(int, bool)
    def _on_revealed(self, ref: int, found: bool) -> None:
        if ref != self._revealing:
            return
        self._revealing = None
        if not (found and self.select(ref)):
            self._forget()

    @Slot()
    def _before_reset(self) -> None:
        self.resetting = True
        self._restore = self.ref

    @Slot()
    def _after_reset(self) -> None:
        self.resetting = False
        ref, self._restore = self._restore, None
        if ref is None or self.select(ref):
            return
        if self._model.loading:
            self._pending = ref  # maybe beyond the first page; look when it is in
        else:
            self._forget()

    def _forget(self) -> None:
        self.ref = None
        self._lost()
