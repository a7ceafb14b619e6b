"""What the QA tables (attempts, audit events) share: a bounded page cache and a table view
that never sizes itself from its contents.

Both tables hold only keys and fetch rows a page at a time; anything "resize to contents"
would read every row of a million, so row heights and column widths are fixed.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_HEIGHT = 26

R = TypeVar("R")


class PageCache(Generic[R]):
    """The most recently used pages of rows (page number -> row key -> row), at most `limit`."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._pages: OrderedDict[int, dict[int, R]] = OrderedDict()

    def get(self, page: int) -> dict[int, R] | None:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
        return rows

    def put(self, page: int, rows: dict[int, R]) -> None:
        self._pages[page] = rows
        while len(self._pages) > self._limit:
            self._pages.popitem(last=False)

    def clear(self) -> None:
        self._pages.clear()

    def pages(self) -> list[dict[int, R]]:
        return list(self._pages.values())

    def __len__(self) -> int:
        return len(self._pages)


def lazy_table_view(model: QAbstractItemModel, object_name: str) -> QTableView:
    """A table that selects whole rows, with fixed row heights and interactive columns; the
    caller sets the column widths from sample texts."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table
