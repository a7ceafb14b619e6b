"""A thin bar of a working slot's steps, drawn on the next frame like any other change.

QProgressBar.setValue repaints at once whenever its text would change, so sixteen tiles moving
a step each forced sixteen synchronous repaints inside one engine batch; this bar only asks for
an update, and the steps are already spelled out by the step label beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme


class StepBar(QWidget):
    def __init__(self, steps: int, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step-bar")
        self._steps = steps
        self._value = 0
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> int:
        return self._value

    def maximum(self) -> int:
        return self._steps

    def setValue(self, value: int) -> None:  # QProgressBar's name, for its callers
        value = max(0, min(self._steps, value))
        if value != self._value:
            self._value = value
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(100, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(theme.BLACK), 1))
        painter.setBrush(QColor(theme.WHITE))
        painter.drawRoundedRect(frame, 3, 3)
        if self._value:
            done = QRectF(frame)
            done.setWidth(frame.width() * self._value / self._steps)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.BLACK))
            painter.drawRoundedRect(done, 3, 3)
