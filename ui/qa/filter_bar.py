"""The QA filter bar: time range, result, device ID or serial, slot, operator, target, error class.

Every control narrows the selection and they combine. Changes are debounced, so typing a serial
runs one query when the typing pauses, not one per key; the query itself runs off the GUI
thread in the table model.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPushButton,
    QWidget,
)

from station.journal import RESULTS, UNFINISHED, AttemptFilter
from station.journal.qa_queries import date_range_period
from ui.qa.flow import FlowLayout, captioned
from ui.qa.labels import error_class_label, result_label

DEBOUNCE_MS = 300

# Choice columns: (attribute of AttemptFilter, label, "any" wording)
CHOICE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("station", "Station", "Any station"),  # shown on the fleet's database only
    ("slot", "Slot", "Any slot"),
    ("operator", "Operator", "Any operator"),
    ("target", "Target", "Any target"),
    ("error_class", "Error class", "Any error class"),
)

NOT_PASSED = frozenset({"FAIL", "SCRAP", "ABORTED"})

# Period presets; each maps "now" to [since, until) or None for no bound.
PERIODS: tuple[str, ...] = (
    "All time",
    "Last 24 hours",
    "Today",
    "Yesterday",
    "Last 7 days",
    "Custom range",
)
CUSTOM = "Custom range"


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _from_qt(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch()).astimezone()


def _shown(key: str, value: str) -> str:
    """What a choice box shows for a journal value (its data stays the raw value)."""
    return error_class_label(value) if key == "error_class" else value


def period_bounds(name: str, now: datetime) -> tuple[datetime | None, datetime | None]:
    """[since, until) of a preset period at `now` (local days)."""
    today = now.astimezone().date()
    if name == "Last 24 hours":
        return now - timedelta(hours=24), None
    if name == "Today":
        return date_range_period(today, today)
    if name == "Yesterday":
        yesterday = today - timedelta(days=1)
        return date_range_period(yesterday, yesterday)
    if name == "Last 7 days":
        return date_range_period(today - timedelta(days=6), today)
    return None, None


class FilterBar(QWidget):
    """Builds an `AttemptFilter` from its controls.

    Signals:
        changed(AttemptFilter): the filter after the user paused changing it.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qa-filter-bar")
        self._debounce = QTimer(self)
        self._debounce.setObjectName("qa-filter-debounce")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_now)

        self.period = QComboBox()
        self.period.setObjectName("qa-period")
        self.period.addItems(PERIODS)
        now = datetime.now().astimezone()
        self.since_edit = self._datetime_edit("qa-since", now - timedelta(days=1))
        self.until_edit = self._datetime_edit("qa-until", now)

        self.result = QComboBox()
        self.result.setObjectName("qa-result")
        self.result.addItem("Any result", frozenset())
        for name in sorted(RESULTS):
            self.result.addItem(result_label(name), frozenset({name}))
        self.result.addItem(result_label(UNFINISHED), frozenset({UNFINISHED}))
        self.result.addItem("Not passed (FAIL, SCRAP, Aborted)", NOT_PASSED)
        self.result.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.result.setMinimumContentsLength(14)

        self.text = QLineEdit()
        self.text.setObjectName("qa-text")
        self.text.setPlaceholderText("Device ID or hardware serial contains…")
        self.text.setClearButtonEnabled(True)

        self.choices: dict[str, QComboBox] = {}
        for key, _label, any_text in CHOICE_COLUMNS:
            combo = QComboBox()
            combo.setObjectName(f"qa-{key}")
            combo.addItem(any_text, None)
            combo.setMinimumContentsLength(10)
            self.choices[key] = combo

        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setObjectName("qa-clear-filters")
        self._build_layout()

        self.period.currentTextChanged.connect(self._period_changed)
        self.since_edit.dateTimeChanged.connect(self._schedule)
        self.until_edit.dateTimeChanged.connect(self._schedule)
        self.result.currentIndexChanged.connect(self._schedule)
        self.text.textChanged.connect(self._schedule)
        for combo in self.choices.values():
            combo.currentIndexChanged.connect(self._schedule)
        self.clear_button.clicked.connect(self.clear)
        self._period_changed(self.period.currentText())

    def _datetime_edit(self, name: str, moment: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(_to_qt(moment))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        return edit

    def _build_layout(self) -> None:
        # A flow, not a grid: on a narrow screen the filters wrap onto a second row instead of
        # widening the window past the screen or squeezing their captions.
        flow = FlowLayout(self)
        flow.setContentsMargins(8, 4, 8, 4)
        self.text.setMinimumWidth(220)
        fields = [
            ("When", self.period, "period"),
            ("From (local time)", self.since_edit, "since"),
            ("Until (not included)", self.until_edit, "until"),
            ("Result", self.result, "result"),
            ("Device ID or serial", self.text, "text"),
        ]
        fields += [(text, self.choices[key], key) for key, text, _any in CHOICE_COLUMNS]
        self.fields: dict[str, QWidget] = {}
        for caption, control, key in fields:
            field = captioned(caption, control, f"qa-field-{key}")
            self.fields[key] = field
            flow.addWidget(field)
        flow.addWidget(self.clear_button)

    # -- choices from the journal ---------------------------------------------------------

    def set_choices(self, key: str, values: Sequence[str]) -> None:
        """Offer `values` for `key`, keeping the current choice (even if no longer listed)."""
        combo = self.choices[key]
        current = combo.currentData()
        wanted = [v for v in values if v != ""]
        if current is not None and current not in wanted:
            wanted.append(current)
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for value in wanted:
                combo.addItem(_shown(key, value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        finally:
            combo.blockSignals(False)

    def choose(self, key: str, value: str | None) -> None:
        """Select `value` in a choice box (None for "any"); adds it if the list lacks it."""
        combo = self.choices[key]
        if value is None:
            combo.setCurrentIndex(0)
            return
        index = combo.findData(value)
        if index < 0:
            combo.addItem(_shown(key, value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def choose_result(self, results: frozenset[str]) -> None:
        for index in range(self.result.count()):
            if self.result.itemData(index) == results:
                self.result.setCurrentIndex(index)
                return
        raise ValueError(f"no result choice for {sorted(results)}")

    def set_custom_range(self, since: datetime, until: datetime) -> None:
        self.period.setCurrentText(CUSTOM)
        self.since_edit.setDateTime(_to_qt(since))
        self.until_edit.setDateTime(_to_qt(until))

    # -- the filter -----------------------------------------------------------------------

    def current_filter(self, now: datetime | None = None) -> AttemptFilter:
        since, until = self._bounds(now or datetime.now().astimezone())
        chosen = {key: combo.currentData() for key, combo in self.choices.items()}
        return AttemptFilter(
            since=since,
            until=until,
            results=self.result.currentData() or frozenset(),
            text=self.text.text().strip(),
            slot=chosen["slot"],
            operator=chosen["operator"],
            target=chosen["target"],
            error_class=chosen["error_class"],
            station=chosen["station"],
        )

    def _bounds(self, now: datetime) -> tuple[datetime | None, datetime | None]:
        name = self.period.currentText()
        if name == CUSTOM:
            return _from_qt(self.since_edit.dateTime()), _from_qt(self.until_edit.dateTime())
        return period_bounds(name, now)

    def describe(self) -> str:
        """The filter in words, for report headers and the status line."""
        f = self.current_filter()
        parts = []
        if f.since is not None or f.until is not None:
            since = f.since.astimezone().strftime("%Y-%m-%d %H:%M") if f.since else "…"
            until = f.until.astimezone().strftime("%Y-%m-%d %H:%M") if f.until else "now"
            parts.append(f"{since} to {until}")
        if f.results:
            parts.append(self.result.currentText())
        if f.text:
            parts.append(f"device/serial contains “{f.text}”")
        for key, label, _any in CHOICE_COLUMNS:
            value = getattr(f, key)
            if value is not None:
                parts.append(f"{label.lower()} {_shown(key, value)}")
        return "; ".join(parts) or "all attempts"

    @Slot()
    def apply_now(self) -> None:
        self._debounce.stop()
        self.changed.emit(self.current_filter())

    @Slot()
    def clear(self) -> None:
        widgets = [self.period, self.result, self.text, *self.choices.values()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.period.setCurrentIndex(0)
            self.result.setCurrentIndex(0)
            self.text.clear()
            for combo in self.choices.values():
                combo.setCurrentIndex(0)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._period_changed(self.period.currentText())
        self.apply_now()

    @Slot(str)
    def _period_changed(self, name: str) -> None:
        custom = name == CUSTOM
        self.since_edit.setEnabled(custom)
        self.until_edit.setEnabled(custom)
        self._schedule()

    @Slot()
    def _schedule(self) -> None:
        self._debounce.start()
