"""An attempt's steps as horizontal bars on one time axis, so the slow or failed step stands out.

Each bar starts where its step started and is as long as the step took; a failed step is drawn
in the failure colour with a cross, so it is recognisable without colour too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from station.engine.events import Step
from station.journal import StepRow
from ui import theme
from ui.qa import looks
from ui.qa.labels import step_label

ROW_PX = 24
LABEL_PX = 120  # at least; the widget widens it to its longest step label
VALUE_PX = 130
AXIS_PX = 20


@dataclass(frozen=True)
class Bar:
    step: str
    ok: bool
    offset_s: float
    duration_s: float
    rect: QRectF


def layout_bars(steps: Sequence[StepRow], width: float, label_px: float = LABEL_PX) -> list[Bar]:
    """Where each step's bar goes in a timeline `width` pixels wide, after a column of
    `label_px` for the step names."""
    if not steps:
        return []
    origin: datetime = min(s.started_at for s in steps)
    ends = [(s.started_at - origin).total_seconds() + s.duration_s for s in steps]
    span = max(*ends, 1e-06)
    plot = max(width - label_px - VALUE_PX, 10.0)
    bars = []
    for row, step in enumerate(steps):
        offset = (step.started_at - origin).total_seconds()
        x = label_px + offset / span * plot
        w = max(step.duration_s / span * plot, 2.0)
        bars.append(
            Bar(
                step=step.step,
                ok=step.ok,
                offset_s=offset,
                duration_s=step.duration_s,
                rect=QRectF(x, row * ROW_PX + 4, w, ROW_PX - 8),
            )
        )
    return bars


class StepTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qa-step-timeline")
        self._steps: tuple[StepRow, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFont(theme.font(theme.SMALL_PT))

    def set_steps(self, steps: Sequence[StepRow]) -> None:
        self._steps = tuple(steps)
        total = sum(s.duration_s for s in steps)
        ok = self.tr("{step} {duration}")
        failed = self.tr("{step} {duration} failed")
        parts = [
            (ok if s.ok else failed).format(
                step=step_label(s.step), duration=looks.duration_text(s.duration_s)
            )
            for s in steps
        ]
        parts.append(self.tr("total {duration}").format(duration=looks.duration_text(total)))
        self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()
        self.update()

    @property
    def label_px(self) -> int:
        """Room for the longest step name in the operator's words, never shortened."""
        metrics = QFontMetrics(self.font())
        widest = max(metrics.horizontalAdvance(step.label) for step in Step)
        return max(LABEL_PX, widest + 12)

    def bars(self) -> list[Bar]:
        return layout_bars(self._steps, self.width(), self.label_px)

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self._steps)) * ROW_PX + AXIS_PX)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.label_px + VALUE_PX + 80, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), QColor(theme.WHITE))
            if not self._steps:
                painter.setPen(QColor(theme.GREY))
                said = self.tr("No steps recorded")
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, said)
                return
            self._paint_bars(painter)
        finally:
            painter.end()

    def _paint_bars(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        label_px = self.label_px
        bars = self.bars()
        for row, bar in enumerate(bars):
            top = row * ROW_PX
            label_rect = QRectF(4, top, label_px - 8, ROW_PX)
            painter.setPen(QColor(theme.BLACK))
            name = metrics.elidedText(
                step_label(bar.step), Qt.TextElideMode.ElideRight, label_px - 8
            )
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, name)
            colour = QColor(theme.BLUE if bar.ok else theme.VERMILLION)
            painter.fillRect(bar.rect, colour)
            painter.setPen(QPen(QColor(theme.BLACK), 1))
            painter.drawRect(bar.rect)
            value = looks.duration_text(bar.duration_s)
            if not bar.ok:
                value = self.tr("{duration}  ✗ failed").format(duration=value)
            painter.setPen(QColor(theme.BLACK if bar.ok else theme.VERMILLION))
            painter.drawText(
                QRectF(bar.rect.right() + 4, top, VALUE_PX, ROW_PX),
                Qt.AlignmentFlag.AlignVCenter,
                value,
            )
        axis_y = len(bars) * ROW_PX + 2
        painter.setPen(QPen(QColor(theme.GREY), 1))
        painter.drawLine(label_px, axis_y, self.width() - VALUE_PX, axis_y)
        total = max(b.offset_s + b.duration_s for b in bars)
        painter.drawText(
            QRectF(label_px, axis_y, 80, AXIS_PX - 2), Qt.AlignmentFlag.AlignLeft, "0 s"
        )
        painter.drawText(
            QRectF(self.width() - VALUE_PX - 120, axis_y, 120, AXIS_PX - 2),
            Qt.AlignmentFlag.AlignRight,
            looks.duration_text(total),
        )
