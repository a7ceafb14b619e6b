"""Summary figures equal counts computed here from the raw rows; the PDF report is a real PDF."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from station.journal import Summary
from station.journal.model import to_us
from tests.fixtures.journal import SeededJournal
from tests.fixtures.production import expected_production
from tests.ui.qa.conftest import WAIT_MS, QAWindowFactory
from ui import theme
from ui.qa.report import paint_report
from ui.qa.summary_view import SummaryView
from ui.qa.window import QAWindow

Raw = dict[str, Any]


def local(day: date, at: time) -> datetime:
    return datetime.combine(day, at).astimezone()


def expected_figures(
    raw: list[Raw], selected: list[Raw], since: datetime, until: datetime
) -> dict[str, Any]:
    results = Counter(a["result"] for a in selected)
    made = expected_production(selected)
    failures = Counter(
        a["error_class"]
        for a in selected
        if a["result"] is not None and a["result"] != "PASS" and a["error_class"]
    )
    return {
        "attempts": len(selected),
        "passed": results["PASS"],
        "failed": results["FAIL"],
        "scrapped": results["SCRAP"],
        "unfinished": results[None],
        "devices": made["devices"],
        "first_pass_devices": made["first_pass_devices"],
        "active_s": made["active_s"],
        "units_per_hour": made["units_per_hour"],
        "pareto": sorted(failures.items(), key=lambda kv: (-kv[1], kv[0])),
    }


def compute(qtbot: QtBot, view: SummaryView) -> Summary:
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS) as got:
        view.show_button.click()
    summary = got.args[0]
    assert isinstance(summary, Summary)
    return summary


def check(view: SummaryView, summary: Summary, want: dict[str, Any]) -> None:
    assert summary.attempts == want["attempts"]
    assert summary.passed == want["passed"]
    assert summary.failed == want["failed"]
    assert summary.scrapped == want["scrapped"]
    assert summary.unfinished == want["unfinished"]
    assert summary.devices == want["devices"]
    assert summary.first_pass_devices == want["first_pass_devices"]
    assert summary.first_pass_yield == want["first_pass_devices"] / want["devices"]
    assert summary.units_per_hour is not None
    assert abs(summary.units_per_hour - want["units_per_hour"]) < 1e-9
    assert summary.window_s is not None
    assert abs(summary.window_s - want["active_s"]) < 1e-6
    assert [(e.error_class, e.count) for e in summary.pareto] == want["pareto"]
    # What the QA user reads on screen.
    assert view.figures["Attempts"].text() == f"{want['attempts']:,}"
    assert view.figures["Passed"].text() == f"{want['passed']:,}"
    assert view.figures["Failed"].text() == f"{want['failed']:,}"
    assert view.figures["Scrapped"].text() == f"{want['scrapped']:,}"
    fpy = want["first_pass_devices"] / want["devices"] * 100
    assert view.figures["First-pass yield"].text().startswith(f"{fpy:.1f} %")
    assert view.figures["Units per hour"].text() == f"{want['units_per_hour']:.1f}"
    note = view.figure_notes["Units per hour"].text()
    assert note.startswith("over ") and note.endswith(" of active production")
    assert [e.error_class for e in view.chart.entries] == [c for c, _n in want["pareto"]]
    assert view.pareto_table.rowCount() == len(want["pareto"])


def summary_of(window: QAWindow) -> SummaryView:
    window.tabs.setCurrentWidget(window.summary)
    return window.summary


def test_day_summary_matches_the_raw_rows(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    view = summary_of(qa_window(seeded_journal.path))
    day = seeded_journal.start.astimezone().date()
    view.kind.setCurrentText("Day")
    view.day.setDate(QDate(day.year, day.month, day.day))
    summary = compute(qtbot, view)
    since, until = local(day, time(0)), local(day + timedelta(days=1), time(0))
    raw = seeded_journal.attempts
    selected = [a for a in raw if to_us(since) <= a["started_us"] < to_us(until)]
    assert selected
    check(view, summary, expected_figures(raw, selected, since, until))


def test_shift_summary_matches_the_raw_rows(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    view = summary_of(qa_window(seeded_journal.path))
    first = seeded_journal.attempts[0]
    moment = datetime.fromtimestamp(first["started_us"] / 1e6).astimezone()
    day = moment.date() if moment.hour >= 6 else moment.date() - timedelta(days=1)
    view.kind.setCurrentText("Shift")
    view.shift.setCurrentIndex(0)  # Early, 06:00–14:00
    view.day.setDate(QDate(day.year, day.month, day.day))
    summary = compute(qtbot, view)
    since, until = local(day, time(6)), local(day, time(14))
    raw = seeded_journal.attempts
    selected = [a for a in raw if to_us(since) <= a["started_us"] < to_us(until)]
    assert selected
    assert "Early shift" in view.period_text
    check(view, summary, expected_figures(raw, selected, since, until))


def test_range_summary_can_follow_the_table_filters(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    window = qa_window(seeded_journal.path)
    with qtbot.waitSignal(window.model.keysApplied, timeout=WAIT_MS):
        window.filters.choose("slot", "4")
        window.filters.apply_now()
    view = summary_of(window)
    day = seeded_journal.start.astimezone().date()
    view.kind.setCurrentText("Date range")
    view.first.setDate(QDate(day.year, day.month, day.day).addDays(-1))
    view.last.setDate(QDate(day.year, day.month, day.day).addDays(1))
    view.use_table_filter.setChecked(True)
    summary = compute(qtbot, view)
    since, until = local(day - timedelta(days=1), time(0)), local(day + timedelta(days=2), time(0))
    raw = seeded_journal.attempts
    selected = [
        a for a in raw if a["slot"] == "4" and to_us(since) <= a["started_us"] < to_us(until)
    ]
    check(view, summary, expected_figures(raw, selected, since, until))
    assert "slot 4" in view.scope


def test_a_range_that_ends_before_it_begins_is_refused(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal
) -> None:
    view = summary_of(qa_window(seeded_journal.path))
    view.kind.setCurrentText("Date range")
    view.first.setDate(QDate(2026, 3, 2))
    view.last.setDate(QDate(2026, 3, 1))
    with qtbot.waitSignal(view.failed, timeout=WAIT_MS):
        view.show_button.click()
    assert "ends before it begins" in view.status.text()


def test_summary_exports_as_a_pdf_with_the_chart(
    qtbot: QtBot, qa_window: QAWindowFactory, seeded_journal: SeededJournal, tmp_path: Path
) -> None:
    view = summary_of(qa_window(seeded_journal.path))
    day = seeded_journal.start.astimezone().date()
    view.day.setDate(QDate(day.year, day.month, day.day))
    summary = compute(qtbot, view)
    assert summary.pareto
    pdf = tmp_path / "summary.pdf"
    with qtbot.waitSignal(view.pdfWritten, timeout=WAIT_MS):
        assert view.write_pdf(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 10_000
    assert re.findall(rb"/Type /Page\b(?!s)", data) == [b"/Type /Page"]  # one page
    assert b"/Count 1" in data

    # The same drawing on an image: the chart's bars and cumulative line are really there.
    dpm = round(150 / 0.0254)
    image = QImage(1060, 1500, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(QColor(theme.WHITE))
    painter = QPainter(image)
    try:
        paint_report(painter, QRectF(image.rect()), view.report())
    finally:
        painter.end()
    colours = Counter(
        image.pixel(x, y) & 0xFFFFFF
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert colours[QColor(theme.CHART_BAR).rgb() & 0xFFFFFF] > 1000  # bars
    assert colours[QColor(theme.VERMILLION).rgb() & 0xFFFFFF] > 20  # line and markers
