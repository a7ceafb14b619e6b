"""What each cell of the QA journal table shows for an attempt row: its text, tooltip, colours,
font and alignment, and the column headers. The model (`table_model.py`) decides which rows
are there and when their pages are read; this module only says how a row looks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from station.journal import AttemptRow
from ui.qa import looks
from ui.qa.columns import COLUMNS, RESULT_COLUMN, Column, sort_tip, title, tooltip

REF_ROLE = Qt.ItemDataRole.UserRole + 1
ATTEMPT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

WAITING = "…"  # a row page on its way over the network link
#: The roles a cell answers from its attempt row (the rest need no row, or say nothing).
ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        ATTEMPT_ID_ROLE,
        ROW_ROLE,
    }
)


def column_look(column: Column, role: int, fonts: tuple[QFont, QFont]) -> object:
    """A column's font (`fonts`: proportional, monospaced) or its alignment, row or no row."""
    if role == Qt.ItemDataRole.FontRole:
        return fonts[1] if column.mono else fonts[0]
    horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


def row_cell(row: AttemptRow, column: int, role: int) -> object:
    """What `row` shows in `column` for `role` (one of ROW_ROLES but the font)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return COLUMNS[column].text(row)
    if role == ATTEMPT_ID_ROLE:
        return row.attempt_id
    if role == ROW_ROLE:
        return row
    if role == Qt.ItemDataRole.ToolTipRole:
        return tooltip(row, column)
    colours = looks.result_colours(row.result) if column == RESULT_COLUMN else None
    if colours is None:
        return None
    background, foreground = colours
    return QColor(background if role == Qt.ItemDataRole.BackgroundRole else foreground)


def header(section: int, orientation: Qt.Orientation, role: int) -> object:
    """A column's title, and its tooltip saying how it sorts."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return title(section)
    if role == Qt.ItemDataRole.ToolTipRole:
        return sort_tip(section)
    return None
