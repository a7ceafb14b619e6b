"""Summary for a shift, a day or a date range: the headline figures, the failure Pareto, and a
PDF of both. The figures are computed by the core on a worker thread from one read snapshot.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.errors import StationError
from station.journal import AttemptFilter, Summary
from station.journal.qa_queries import SHIFTS, Shift, date_range_period, day_period, shift_period
from station.journal.qa_source import AttemptQuestions, QASource
from station.roles import Privilege
from ui import theme
from ui.errors import show_failure
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.qa.access import ActorSource, check
from ui.qa.flow import FlowLayout, caption_of, captioned
from ui.qa.folders import documents_folder
from ui.qa.pareto_chart import ParetoChart
from ui.qa.report import (
    PARETO_HEADER,
    SummaryReport,
    figure_label,
    figure_rows,
    pareto_rows,
    write_summary_pdf,
)
from ui.tasks import Tasks

log = logging.getLogger(__name__)

# The kinds of period: each is its combo item's data and its English source text.
KINDS = (
    QT_TRANSLATE_NOOP("SummaryView", "Shift"),
    QT_TRANSLATE_NOOP("SummaryView", "Day"),
    QT_TRANSLATE_NOOP("SummaryView", "Date range"),
)
SHIFT_NAMES = {
    "Early": QT_TRANSLATE_NOOP("SummaryView", "Early"),
    "Late": QT_TRANSLATE_NOOP("SummaryView", "Late"),
    "Night": QT_TRANSLATE_NOOP("SummaryView", "Night"),
}
WEEKDAYS = (
    QT_TRANSLATE_NOOP("SummaryView", "Monday"),
    QT_TRANSLATE_NOOP("SummaryView", "Tuesday"),
    QT_TRANSLATE_NOOP("SummaryView", "Wednesday"),
    QT_TRANSLATE_NOOP("SummaryView", "Thursday"),
    QT_TRANSLATE_NOOP("SummaryView", "Friday"),
    QT_TRANSLATE_NOOP("SummaryView", "Saturday"),
    QT_TRANSLATE_NOOP("SummaryView", "Sunday"),
)
CAPTIONS = (
    QT_TRANSLATE_NOOP("SummaryView", "Summarise"),
    QT_TRANSLATE_NOOP("SummaryView", "Day"),
    QT_TRANSLATE_NOOP("SummaryView", "Shift"),
    QT_TRANSLATE_NOOP("SummaryView", "From"),
    QT_TRANSLATE_NOOP("SummaryView", "To (included)"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("SummaryView", text)


def _day_text(day: date) -> str:
    return f"{_t(WEEKDAYS[day.weekday()])} {day:%Y-%m-%d}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SummaryView(QWidget):
    """Signals:
    computed(Summary): figures for the chosen period are showing.
    failed(object): the figures could not be computed (StationError or our bug).
    pdfWritten(Path): a PDF report was written.
    """

    computed = Signal(object)
    failed = Signal(object)
    pdfWritten = Signal(object)

    def __init__(
        self,
        source: QASource,
        table_filter: Callable[[], AttemptFilter],
        scope_text: Callable[[], str],
        integrity_text: Callable[[], str],
        parent: QWidget | None = None,
        *,
        actor: ActorSource,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qa-summary")
        self._actor = actor
        self._source = source
        self._table_filter = table_filter
        self._scope_text = scope_text
        self._integrity_text = integrity_text
        self._tasks = Tasks("qa-summary", 1, self)
        self._query: AttemptQuestions | None = None  # opened and used on the worker only
        self._generation = 0
        self.summary: Summary | None = None
        # The shown summary's period and scope, worded again in each language (a language
        # switch re-words them without computing again), and the status while computing.
        self._period_words: Callable[[], str] = str
        self._scope_words: Callable[[], str] = str
        self._computing: Callable[[], str] | None = None
        self._dialog: QFileDialog | None = None

        self._build_period_controls()
        self.use_table_filter = QCheckBox()
        self.use_table_filter.setObjectName("qa-summary-use-filter")
        self.show_button = QPushButton()
        self.show_button.setObjectName("qa-summary-show")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("qa-summary-pdf")
        self.pdf_button.setEnabled(False)
        self.status = QLabel(
            QCoreApplication.translate("SummaryView", "Choose a period and press Show summary.")
        )
        self.status.setObjectName("qa-summary-status")
        self.status.setWordWrap(True)

        self.figures: dict[str, QLabel] = {}
        self.figure_notes: dict[str, QLabel] = {}
        self._figure_grid = QGridLayout()
        self.chart = ParetoChart()
        self.pareto_table = QTableWidget(0, 4)
        self.pareto_table.setObjectName("qa-summary-pareto")
        self.pareto_table.verticalHeader().hide()
        self.pareto_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._build_layout()
        self.retranslate()

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.show_button.clicked.connect(self.compute)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self._kind_changed()

    def retranslate(self) -> None:
        """The controls' words in the screens' language (a shown summary keeps its words until
        it is computed again; its figures' names follow)."""
        self.use_table_filter.setText(
            QCoreApplication.translate(
                "SummaryView", "Only attempts matching the table's other filters"
            )
        )
        self.show_button.setText(QCoreApplication.translate("SummaryView", "Show summary"))
        self.pdf_button.setText(QCoreApplication.translate("SummaryView", "Export PDF…"))
        self.pareto_table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SummaryReport", h) for h in PARETO_HEADER]
        )
        for index, kind in enumerate(KINDS):
            self.kind.setItemText(index, _t(kind))
        for index in range(self.shift.count()):
            self.shift.setItemText(index, self._shift_text(SHIFTS[index]))
        for caption, label in zip(CAPTIONS, self._captions, strict=True):
            label.setText(_t(caption))
        if self._computing is not None:
            self.status.setText(self._computing())
        elif self.summary is not None:
            self._show(self.summary, self._period_words, self._scope_words)

    @property
    def period_text(self) -> str:
        return self._period_words()

    @property
    def scope(self) -> str:
        return self._scope_words()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _shift_text(shift: Shift) -> str:
        end_hour = (shift.start.hour + shift.hours) % 24
        return QCoreApplication.translate("SummaryView", "{shift} ({start}–{end})").format(
            shift=_t(SHIFT_NAMES.get(shift.name, shift.name)),
            start=f"{shift.start:%H:%M}",
            end=f"{end_hour:02d}:{shift.start:%M}",
        )

    def _build_period_controls(self) -> None:
        today = datetime.now().astimezone().date()
        self.kind = QComboBox()
        self.kind.setObjectName("qa-summary-kind")
        for kind in KINDS:
            self.kind.addItem(_t(kind), kind)
        self.kind.setCurrentIndex(KINDS.index("Day"))
        self.day = QDateEdit(_qdate(today))
        self.day.setObjectName("qa-summary-day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.shift = QComboBox()
        self.shift.setObjectName("qa-summary-shift")
        for shift in SHIFTS:
            self.shift.addItem(self._shift_text(shift), shift.name)
        self.first = QDateEdit(_qdate(today.replace(day=1)))
        self.first.setObjectName("qa-summary-first")
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("yyyy-MM-dd")
        self.last = QDateEdit(_qdate(today))
        self.last.setObjectName("qa-summary-last")
        self.last.setCalendarPopup(True)
        self.last.setDisplayFormat("yyyy-MM-dd")

    def _build_layout(self) -> None:
        # Flows onto a second row on a narrow screen rather than pushing the buttons off it.
        controls = QWidget()
        controls.setObjectName("qa-summary-controls")
        flow = FlowLayout(controls)
        flow.setContentsMargins(0, 0, 0, 0)
        self._captions: list[QLabel] = []
        for widget in (self.kind, self.day, self.shift, self.first, self.last):
            field = captioned("", widget)  # worded in retranslate
            self._captions.append(caption_of(field))
            flow.addWidget(field)
        flow.addWidget(self.use_table_filter)
        flow.addWidget(self.show_button)
        flow.addWidget(self.pdf_button)
        right = QVBoxLayout()
        right.addWidget(self.chart, 2)
        right.addWidget(self.pareto_table, 1)
        left = QVBoxLayout()
        left.addLayout(self._figure_grid)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(controls)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.day.setEnabled(kind in ("Shift", "Day"))
        self.shift.setEnabled(kind == "Shift")
        self.first.setEnabled(kind == "Date range")
        self.last.setEnabled(kind == "Date range")

    def period(self) -> tuple[datetime, datetime, Callable[[], str]]:
        """[since, until) and what words the period in the screens' language at the time."""
        kind = self.kind.currentData()
        if kind == "Shift":
            shift = SHIFTS[self.shift.currentIndex()]
            day = _pydate(self.day.date())
            since, until = shift_period(day, shift)

            def said() -> str:
                return QCoreApplication.translate(
                    "SummaryView", "{shift} shift of {day} ({hours})"
                ).format(
                    shift=_t(SHIFT_NAMES.get(shift.name, shift.name)),
                    day=_day_text(day),
                    hours=self.shift_hours(since, until),
                )

            return since, until, said
        if kind == "Day":
            day = _pydate(self.day.date())
            since, until = day_period(day)
            return since, until, lambda: _day_text(day)
        first, last = _pydate(self.first.date()), _pydate(self.last.date())
        if last < first:
            raise StationError(
                QCoreApplication.translate("SummaryView", "The date range ends before it begins."),
                QCoreApplication.translate("SummaryView", "Choose a 'To' date on or after 'From'."),
            )
        since, until = date_range_period(first, last)
        return (
            since,
            until,
            lambda: QCoreApplication.translate(
                "SummaryView", "{first} to {last} (whole days)"
            ).format(first=f"{first:%Y-%m-%d}", last=f"{last:%Y-%m-%d}"),
        )

    @staticmethod
    def shift_hours(since: datetime, until: datetime) -> str:
        return QCoreApplication.translate("SummaryView", "{start}–{end} local time").format(
            start=f"{since.astimezone():%H:%M}", end=f"{until.astimezone():%H:%M}"
        )

    @Slot()
    def compute(self) -> None:
        try:
            since, until, words = self.period()
        except StationError as exc:
            self._show_failure(exc)
            return
        scope: Callable[[], str]
        if self.use_table_filter.isChecked():
            attempt_filter = dataclasses.replace(self._table_filter(), since=since, until=until)
            filters = self._scope_text()  # the filters as they were when computed
            scope = lambda: QCoreApplication.translate(  # noqa: E731
                "SummaryView", "matching the table's filters ({filter}), period as above"
            ).format(filter=filters)
        else:
            attempt_filter = AttemptFilter(since=since, until=until)
            scope = lambda: QCoreApplication.translate(  # noqa: E731
                "SummaryView", "every attempt started in the period"
            )
        self._generation += 1
        generation = self._generation
        self._computing = lambda: QCoreApplication.translate(
            "SummaryView", "Computing the summary for {period}…"
        ).format(period=words())
        self.status.setText(self._computing())
        self.show_button.setEnabled(False)

        def work() -> Summary:
            if self._query is None:
                self._query = self._source.open_questions()
            return self._query.summary(attempt_filter)

        def done(value: Summary) -> None:
            if generation != self._generation:
                return
            self.show_button.setEnabled(True)
            self._show(value, words, scope)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.show_button.setEnabled(True)
            self._show_failure(exc)

        self._tasks.run(work, done, failed)

    def _show(self, summary: Summary, words: Callable[[], str], scope: Callable[[], str]) -> None:
        self.summary = summary
        self._computing = None
        self._period_words = words
        self._scope_words = scope
        self.status.setText(
            QCoreApplication.translate("SummaryView", "Summary for {period}; {scope}.").format(
                period=words(), scope=scope()
            )
        )
        while self._figure_grid.count():
            taken = self._figure_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.figures = {}
        self.figure_notes = {}
        for row, (label, value) in enumerate(figure_rows(summary)):
            name = QLabel(figure_label(label))
            name.setFont(theme.font(theme.BODY_PT))
            # The figure in large type; what qualifies it ("over 3 h 44 min of active
            # production") in small type under it, so a narrow column does not break the number.
            figure, _, note = value.partition(" (")
            shown = QLabel(figure)
            shown.setObjectName(f"qa-figure-{label.lower().replace(' ', '-')}")
            shown.setFont(theme.font(theme.TITLE_PT, bold=True))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            stack = QVBoxLayout()
            stack.setSpacing(0)
            stack.addWidget(shown)
            if note:
                small = QLabel(note.removesuffix(")"))
                small.setObjectName(f"{shown.objectName()}-note")
                small.setFont(theme.font(theme.SMALL_PT))
                small.setWordWrap(True)
                stack.addWidget(small)
                self.figure_notes[label] = small
            holder = QWidget()
            holder.setLayout(stack)
            stack.setContentsMargins(0, 0, 0, 0)
            self._figure_grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self._figure_grid.addWidget(holder, row, 1)
            self.figures[label] = shown
        self.chart.set_entries(summary.pareto, summary.attempts)
        rows = pareto_rows(summary)
        self.pareto_table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                cell_item = QTableWidgetItem(cell)
                if c:
                    cell_item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.pareto_table.setItem(r, c, cell_item)
        self.pareto_table.resizeColumnsToContents()
        self.pdf_button.setEnabled(True)
        self.computed.emit(summary)

    def _show_failure(self, exc: BaseException) -> None:
        self._computing = None
        show_failure(exc, self.status.setText, self, before="✗ ")
        self.failed.emit(exc)

    # -- PDF -------------------------------------------------------------------------------

    @Slot()
    def ask_pdf_path(self) -> None:
        try:
            check(self._actor, Privilege.EXPORT_JOURNAL)
        except StationError as exc:
            self._show_failure(exc)
            return
        dialog = QFileDialog(
            self, QCoreApplication.translate("SummaryView", "Save the summary as PDF")
        )
        dialog.setObjectName("qa-summary-pdf-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(QCoreApplication.translate("SummaryView", "PDF report (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        folder = documents_folder()
        dialog.setDirectory(str(folder))
        dialog.selectFile(
            str(folder / f"provisioning-summary-{datetime.now().astimezone():%Y%m%d-%H%M}.pdf")
        )
        dialog.fileSelected.connect(lambda name: self.write_pdf(Path(name)))
        self._dialog = dialog
        dialog.open()

    def report(self) -> SummaryReport:
        if self.summary is None:
            raise StationError(
                QCoreApplication.translate("SummaryView", "There is no summary to print yet."),
                QCoreApplication.translate("SummaryView", "Press Show summary first."),
            )
        return SummaryReport(
            period=self.period_text,
            scope=self.scope,
            journal=self._source.title,
            integrity=self._integrity_text(),
            summary=self.summary,
            generated_at=datetime.now().astimezone(),
        )

    def write_pdf(self, path: Path) -> bool:
        """Write the PDF report; False (and the reason shown) if it could not be written or
        the current role may not export."""
        try:
            check(self._actor, Privilege.EXPORT_JOURNAL)
            write_summary_pdf(self.report(), path)
        except StationError as exc:
            self._show_failure(exc)
            return False
        self.status.setText(
            QCoreApplication.translate("SummaryView", "PDF report written to {path}.").format(
                path=path
            )
        )
        self.pdfWritten.emit(path)
        return True

    def shutdown(self, timeout_ms: int) -> None:
        self._generation += 1
        self._tasks.wait(timeout_ms)
        if self._query is not None:
            self._query.close()
            self._query = None
