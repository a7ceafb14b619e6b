"""The roles toolbar's class: it sits in the menu bar's corner."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QToolBar


class CornerToolBar(QToolBar):
    """A toolbar for the menu bar's corner, which sizes it by its size hint alone."""

    def sizeHint(self) -> QSize:
        return super().sizeHint().boundedTo(self.maximumSize())
