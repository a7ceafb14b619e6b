"""How a row read before shows while its page is read again over the link (`RowPages.stale`).

Such a row stands in so a refresh does not blank the table for a round trip, but its result
may be out of date by then: it is greyed and in italics, without the result's colours, and its
tooltip says it is being read again, so a QA user does not take it for the current answer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ui import theme

_Role = Qt.ItemDataRole


def being_read_again() -> str:
    return QCoreApplication.translate(
        "QAStandIn", "Being read again: this row shows what was read before."
    )


def marked(shown: object, role: int) -> object:
    """`shown` (what the row's cell has for `role`) marked as a stand-in's."""
    if role == _Role.FontRole and isinstance(shown, QFont):
        font = QFont(shown)
        font.setItalic(True)
        return font
    if role == _Role.ForegroundRole:
        return QColor(theme.GREY)
    if role == _Role.BackgroundRole:
        return None  # no PASS green or FAIL red on a result that may have changed
    if role == _Role.ToolTipRole:
        return being_read_again() if shown is None else f"{being_read_again()}\n{shown}"
    return shown
