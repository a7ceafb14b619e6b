"""A failure Pareto drawn with QPainter: a bar per error class, largest first, and the cumulative
share as a line against a 0–100 % axis. The same drawing code paints the widget and the PDF.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from station.journal import ParetoEntry
from ui import theme
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.i18n.numbers import decimal
from ui.qa.labels import error_class_label

BAR_COLOUR = theme.CHART_BAR
LINE_COLOUR = theme.VERMILLION


def _nice_ceiling(value: int) -> int:
    """The smallest 1-2-5 × 10^n at or above `value`, so the count axis reads cleanly."""
    if value <= 0:
        return 1
    magnitude = 1
    while magnitude * 10 < value:
        magnitude *= 10
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def bar_rects(entries: Sequence[ParetoEntry], plot: QRectF) -> list[QRectF]:
    """Where each class's bar goes inside `plot` (for painting and for tests)."""
    if not entries:
        return []
    top = _nice_ceiling(max(e.count for e in entries))
    slot_w = plot.width() / len(entries)
    bar_w = slot_w * 0.7
    rects = []
    for i, entry in enumerate(entries):
        h = entry.count / top * plot.height()
        x = plot.left() + i * slot_w + (slot_w - bar_w) / 2
        rects.append(QRectF(x, plot.bottom() - h, bar_w, h))
    return rects


NOT_YET = QT_TRANSLATE_NOOP("ParetoChart", "Choose a period and press Show summary.")
NO_ATTEMPTS = QT_TRANSLATE_NOOP("ParetoChart", "No attempts in this period")
NO_FAILURES = QT_TRANSLATE_NOOP("ParetoChart", "No failures in this period")


def empty_text(attempts: int | None) -> str:
    """What an empty chart says: nothing asked yet, nothing ran, or nothing failed."""
    if attempts is None:
        return NOT_YET
    return NO_ATTEMPTS if attempts == 0 else NO_FAILURES


def paint_pareto(
    painter: QPainter,
    area: QRectF,
    entries: Sequence[ParetoEntry],
    font: QFont,
    *,
    empty: str = NO_FAILURES,
) -> None:
    """Draw the chart inside `area` using `font` (its size sets the chart's text size);
    `empty` is what it says when there is nothing to draw."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        metrics = QFontMetricsF(font, painter.device())
        line_h = metrics.height()
        painter.fillRect(area, QColor(theme.WHITE))
        if not entries:
            painter.setPen(QColor(theme.GREY))
            said = QCoreApplication.translate("ParetoChart", empty)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, said)
            return
        left_w = metrics.horizontalAdvance("00000") + line_h * 0.5
        right_w = metrics.horizontalAdvance("100 %") + line_h * 0.5
        plot = QRectF(
            area.left() + left_w,
            area.top() + line_h * 1.5,
            area.width() - left_w - right_w,
            area.height() - line_h * 4.5,
        )
        top = _nice_ceiling(max(e.count for e in entries))
        _paint_axes(painter, plot, top, metrics)
        rects = bar_rects(entries, plot)
        pen = QPen(QColor(theme.BLACK))
        pen.setWidthF(max(1.0, line_h / 16))
        for entry, rect in zip(entries, rects, strict=True):
            painter.fillRect(rect, QColor(BAR_COLOUR))
            painter.setPen(pen)
            painter.drawRect(rect)
            painter.drawText(
                QRectF(
                    rect.left() - line_h, rect.top() - line_h, rect.width() + 2 * line_h, line_h
                ),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(entry.count),
            )
            label_box = QRectF(
                rect.center().x() - plot.width() / len(entries) / 2,
                plot.bottom() + line_h * 0.3,
                plot.width() / len(entries),
                line_h * 2.2,
            )
            painter.drawText(
                label_box,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                error_class_label(entry.error_class),
            )
        _paint_cumulative(painter, plot, entries, rects, line_h)
        _paint_legend(painter, area, line_h, metrics)
    finally:
        painter.restore()


def _paint_axes(painter: QPainter, plot: QRectF, top: int, metrics: QFontMetricsF) -> None:
    grid = QPen(QColor(theme.LIGHT_GREY))
    axis = QPen(QColor(theme.GREY))
    line_h = metrics.height()
    for i in range(5):
        y = plot.bottom() - plot.height() * i / 4
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(axis)
        painter.drawText(
            QRectF(
                plot.left() - metrics.horizontalAdvance("00000") - line_h * 0.4,
                y - line_h / 2,
                metrics.horizontalAdvance("00000"),
                line_h,
            ),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{top * i / 4:g}",
        )
        painter.drawText(
            QRectF(plot.right() + line_h * 0.3, y - line_h / 2, line_h * 4, line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{25 * i} %",
        )
    painter.setPen(axis)
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    painter.drawLine(plot.bottomRight(), plot.topRight())


def _paint_cumulative(
    painter: QPainter,
    plot: QRectF,
    entries: Sequence[ParetoEntry],
    rects: Sequence[QRectF],
    line_h: float,
) -> None:
    points = [
        QPointF(rect.center().x(), plot.bottom() - entry.cumulative_share * plot.height())
        for entry, rect in zip(entries, rects, strict=True)
    ]
    pen = QPen(QColor(LINE_COLOUR))
    pen.setWidthF(max(2.0, line_h / 8))
    painter.setPen(pen)
    for a, b in itertools.pairwise(points):
        painter.drawLine(a, b)
    painter.setBrush(QColor(LINE_COLOUR))
    radius = max(3.0, line_h / 4)
    for point in points:
        # Square markers: the line stays distinguishable from the bars in grey print too.
        painter.drawRect(QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_legend(painter: QPainter, area: QRectF, line_h: float, metrics: QFontMetricsF) -> None:
    x = area.left() + line_h
    y = area.top() + line_h * 0.2
    painter.fillRect(QRectF(x, y + line_h * 0.2, line_h * 0.8, line_h * 0.6), QColor(BAR_COLOUR))
    painter.setPen(QColor(theme.BLACK))
    text = QCoreApplication.translate("ParetoChart", "failures per error class")
    painter.drawText(QPointF(x + line_h, y + metrics.ascent()), text)
    x += line_h * 1.5 + metrics.horizontalAdvance(text) + line_h
    pen = QPen(QColor(LINE_COLOUR))
    pen.setWidthF(max(2.0, line_h / 8))
    painter.setPen(pen)
    painter.drawLine(QPointF(x, y + line_h / 2), QPointF(x + line_h, y + line_h / 2))
    painter.setPen(QColor(theme.BLACK))
    painter.drawText(
        QPointF(x + line_h * 1.3, y + metrics.ascent()),
        QCoreApplication.translate("ParetoChart", "cumulative share (right axis)"),
    )


class ParetoChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qa-pareto-chart")
        self.entries: tuple[ParetoEntry, ...] = ()
        self.empty = NOT_YET
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFont(theme.font(theme.SMALL_PT))

    def set_entries(self, entries: Sequence[ParetoEntry], attempts: int | None = None) -> None:
        """Show `entries`; `attempts` (None before any summary) picks the empty message."""
        self.entries = tuple(entries)
        self.empty = empty_text(attempts)
        self.setAccessibleDescription(
            "; ".join(
                QCoreApplication.translate(
                    "ParetoChart", "{label} {count} ({share} % cumulative)"
                ).format(
                    label=error_class_label(e.error_class),
                    count=e.count,
                    share=decimal(e.cumulative_share * 100, 0),
                )
                for e in self.entries
            )
            or QCoreApplication.translate("ParetoChart", self.empty)
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_pareto(painter, QRectF(self.rect()), self.entries, self.font(), empty=self.empty)
        finally:
            painter.end()
