"""The shift/day/range summary as a one-page PDF, printed through Qt's printing support.

The page carries the figures, the failure Pareto chart (drawn by the same code as the screen)
and the Pareto table, plus what a reader needs to trust it: the journal, the period, the filter
and the chain verification state at the time of printing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from station.errors import StationError
from station.journal import Summary
from ui import theme
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.i18n.numbers import decimal, whole
from ui.qa import looks
from ui.qa.labels import error_class_label, result_label, with_raw
from ui.qa.pareto_chart import empty_text, paint_pareto


class ReportError(StationError):
    error_class = "report"


PARETO_HEADER = (
    QT_TRANSLATE_NOOP("SummaryReport", "Error class"),
    QT_TRANSLATE_NOOP("SummaryReport", "Failures"),
    QT_TRANSLATE_NOOP("SummaryReport", "Share"),
    QT_TRANSLATE_NOOP("SummaryReport", "Cumulative"),
)
# The figures' names: English keys (figure_rows), shown through figure_label.
_FIGURES = (
    QT_TRANSLATE_NOOP("SummaryReport", "Attempts"),
    QT_TRANSLATE_NOOP("SummaryReport", "Passed"),
    QT_TRANSLATE_NOOP("SummaryReport", "Failed"),
    QT_TRANSLATE_NOOP("SummaryReport", "Scrapped"),
    QT_TRANSLATE_NOOP("SummaryReport", "Unfinished"),
    QT_TRANSLATE_NOOP("SummaryReport", "Devices"),
    QT_TRANSLATE_NOOP("SummaryReport", "First-pass yield"),
    QT_TRANSLATE_NOOP("SummaryReport", "Units per hour"),
    QT_TRANSLATE_NOOP("SummaryReport", "Not identified"),
    QT_TRANSLATE_NOOP("SummaryReport", "Provisioning summary"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("SummaryReport", text)


def figure_label(key: str) -> str:
    """A figure's name (a key of figure_rows) in the screens' language; a result the journal
    has no word for is shown as its words (`Already provisioned`)."""
    return _t(key) if key in _FIGURES else result_label(key.replace(" ", "_").upper())


@dataclass(frozen=True)
class SummaryReport:
    period: str
    scope: str
    journal: str
    integrity: str
    summary: Summary
    generated_at: datetime
    title: str = "Provisioning summary"


def figure_rows(summary: Summary) -> list[tuple[str, str]]:
    """The headline figures in reading order, as (label, value) text."""
    # Passed counts RECOVERED too, as the operator's counters and the figures below do.
    recovered = summary.by_result.get("RECOVERED", 0)
    passed = whole(summary.passed + recovered)
    if recovered:
        said = QCoreApplication.translate(
            "SummaryReport", "{passed} (including {recovered} recovered after a restart)"
        )
        passed = said.format(passed=passed, recovered=whole(recovered))
    others = {
        k: v
        for k, v in summary.by_result.items()
        if k not in ("PASS", "RECOVERED", "FAIL", "SCRAP")
    }
    rows = [
        ("Attempts", whole(summary.attempts)),
        ("Passed", passed),
        ("Failed", whole(summary.failed)),
        ("Scrapped", whole(summary.scrapped)),
    ]
    rows.extend(
        (name.replace("_", " ").capitalize(), whole(n)) for name, n in sorted(others.items())
    )
    if summary.unfinished:
        rows.append(("Unfinished", whole(summary.unfinished)))
    rows.extend(
        [
            ("Devices", whole(summary.devices)),
            (
                "First-pass yield",
                QCoreApplication.translate(
                    "SummaryReport", "{yield_} ({first} of {devices} devices)"
                ).format(
                    yield_=looks.percent(summary.first_pass_yield),
                    first=whole(summary.first_pass_devices),
                    devices=whole(summary.devices),
                ),
            ),
            ("Units per hour", _per_hour(summary)),
        ]
    )
    if summary.unidentified:
        # Two texts, not %n: lupdate does not read a count given to translate() (only tr()).
        said = (
            QCoreApplication.translate("SummaryReport", "{count} attempt (not in the yield)")
            if summary.unidentified == 1
            else QCoreApplication.translate("SummaryReport", "{count} attempts (not in the yield)")
        )
        rows.append(("Not identified", said.format(count=whole(summary.unidentified))))
    return rows


def _per_hour(summary: Summary) -> str:
    """The rate, and the active production time it is over (docs/qa.md)."""
    active = looks.span_text(summary.window_s or 0.0)
    if summary.units_per_hour is None:
        return QCoreApplication.translate(
            "SummaryReport", "— (only {active} of production)"
        ).format(active=active)
    return QCoreApplication.translate(
        "SummaryReport", "{rate} (over {active} of active production)"
    ).format(rate=decimal(summary.units_per_hour), active=active)


def pareto_rows(summary: Summary) -> list[tuple[str, str, str, str]]:
    return [
        (
            with_raw(error_class_label(e.error_class), e.error_class),
            whole(e.count),
            f"{decimal(e.share * 100)} %",
            f"{decimal(e.cumulative_share * 100)} %",
        )
        for e in summary.pareto
    ]


def write_summary_pdf(report: SummaryReport, path: Path) -> None:
    """Write `report` as an A4 PDF at `path` (GUI thread: QPainter on a printer)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(f"{_t(report.title)} — {report.period}")
    printer.setCreator("Provisioning Station")
    painter = QPainter()
    if not painter.begin(printer):
        raise ReportError(
            QCoreApplication.translate(
                "SummaryReport", "Cannot write the PDF report to {path}."
            ).format(path=path),
            QCoreApplication.translate(
                "SummaryReport", "Choose a folder you can write to, with free space."
            ),
        )
    try:
        paint_report(painter, QRectF(printer.pageRect(QPrinter.Unit.DevicePixel)), report)
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise ReportError(
            QCoreApplication.translate(
                "SummaryReport", "The PDF report {path} was not written."
            ).format(path=path),
            QCoreApplication.translate(
                "SummaryReport", "Choose a folder you can write to, with free space."
            ),
        )


def _font(points: float, *, bold: bool = False) -> QFont:
    f = theme.font(10, bold=bold)
    f.setPointSizeF(points)
    return f


def paint_report(painter: QPainter, page: QRectF, report: SummaryReport) -> None:
    page = QRectF(0, 0, page.width(), page.height())
    y = page.top()
    title = _font(18, bold=True)
    body = _font(10)
    bold = _font(10, bold=True)
    small = _font(8)

    def line(text: str, font: QFont, gap: float = 0.25) -> None:
        nonlocal y
        metrics = QFontMetricsF(font, painter.device())
        painter.setFont(font)
        painter.setPen(QColor(theme.BLACK))
        rect = QRectF(page.left(), y, page.width(), metrics.height() * 3)
        bounds = painter.boundingRect(rect, Qt.TextFlag.TextWordWrap, text)
        painter.drawText(rect, Qt.TextFlag.TextWordWrap, text)
        y += bounds.height() + metrics.height() * gap

    painter.setPen(QColor(theme.BLACK))
    line(_t(report.title), title, 0.4)
    line(
        QCoreApplication.translate("SummaryReport", "Period: {period}").format(
            period=report.period
        ),
        bold,
    )
    line(
        QCoreApplication.translate("SummaryReport", "Attempts included: {scope}").format(
            scope=report.scope
        ),
        body,
    )
    line(
        QCoreApplication.translate("SummaryReport", "Journal: {journal}").format(
            journal=report.journal
        ),
        small,
    )
    line(
        QCoreApplication.translate("SummaryReport", "Journal integrity: {state}").format(
            state=report.integrity
        ),
        small,
    )
    printed = f"{report.generated_at.astimezone():%Y-%m-%d %H:%M:%S %Z}"
    line(
        QCoreApplication.translate("SummaryReport", "Printed {time}").format(time=printed),
        small,
        1.0,
    )

    y = _table(
        painter,
        page,
        y,
        header=(
            QCoreApplication.translate("SummaryReport", "Figure"),
            QCoreApplication.translate("SummaryReport", "Value"),
        ),
        rows=[(figure_label(k), v) for k, v in figure_rows(report.summary)],
        widths=(0.35, 0.65),
    )
    y += QFontMetricsF(body, painter.device()).height()
    line(QCoreApplication.translate("SummaryReport", "Failures by error class (Pareto)"), bold, 0.3)
    chart_h = page.height() * 0.33
    paint_pareto(
        painter,
        QRectF(page.left(), y, page.width(), chart_h),
        report.summary.pareto,
        small,
        empty=empty_text(report.summary.attempts),
    )
    y += chart_h + QFontMetricsF(body, painter.device()).height()
    if report.summary.pareto:
        _table(
            painter,
            page,
            y,
            header=tuple(_t(h) for h in PARETO_HEADER),
            rows=pareto_rows(report.summary),
            widths=(0.4, 0.2, 0.2, 0.2),
        )


def _table(
    painter: QPainter,
    page: QRectF,
    y: float,
    *,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
) -> float:
    body = _font(10)
    bold = _font(10, bold=True)
    metrics = QFontMetricsF(body, painter.device())
    row_h = metrics.height() * 1.4
    pad = metrics.height() * 0.3
    table_w = page.width()
    for index, cells in enumerate([header, *rows]):
        if y + row_h > page.bottom():
            break  # one page: the longest tables (Pareto) are cut, never spilled off the page
        if index == 0:
            painter.fillRect(QRectF(page.left(), y, table_w, row_h), QColor(theme.LIGHT_GREY))
        painter.setFont(bold if index == 0 else body)
        painter.setPen(QColor(theme.BLACK))
        x = page.left()
        for cell, share in zip(cells, widths, strict=True):
            painter.drawText(
                QRectF(x + pad, y, table_w * share - 2 * pad, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                cell,
            )
            x += table_w * share
        painter.setPen(QPen(QColor(theme.GREY)))
        painter.drawLine(QPointF(page.left(), y + row_h), QPointF(page.left() + table_w, y + row_h))
        y += row_h
    return y
