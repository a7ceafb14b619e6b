"""A layout that places its items left to right and wraps onto further rows when the width runs
out, so a bar of filters fits a 1280-pixel panel PC as well as a wide desktop without clipping
or truncating a control. Also a captioned field (caption above control) to put in it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QVBoxLayout, QWidget

from ui import theme


class FlowLayout(QLayout):
    """Rows of items at their preferred size (never less than their minimum), bottom-aligned
    in each row so a button lines up with the controls under their captions."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        # Qt asks the height for one width many times per layout pass (34 times opening the
        # QA window); the answer holds until an item changes, which invalidates the layout.
        self._heights: dict[int, int] = {}

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._heights.clear()
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint().expandedTo(item.minimumSize())
            size.setWidth(min(size.width(), max(area.width(), item.minimumSize().width())))
            if rows[-1] and x + size.width() > area.width():
                rows.append([])
                x = 0
            rows[-1].append((item, size))
            x += size.width() + self._gap
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _item, size in row)
            x = area.x()
            for item, size in row:
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + height - size.height()), size))
                x += size.width() + self._gap
            y += height + self._gap
        return y - self._gap - area.y() + m.top() + m.bottom() if y > area.y() else 0


CAPTION = "qa-caption"


def caption_of(field: QWidget) -> QLabel:
    """The caption label of a field `captioned` made (to re-word it)."""
    label = field.findChild(QLabel, CAPTION)
    assert label is not None, "made by captioned()"
    return label


def captioned(caption: str, control: QWidget, name: str = "") -> QWidget:
    """`control` with a small caption above it, as one item for a FlowLayout."""
    field = QWidget()
    if name:
        field.setObjectName(name)
    layout = QVBoxLayout(field)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label = QLabel(caption)
    label.setObjectName(CAPTION)
    label.setFont(theme.font(theme.SMALL_PT))
    label.setBuddy(control)
    layout.addWidget(label)
    layout.addWidget(control)
    return field
