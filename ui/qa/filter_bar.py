"""The QA filter bar: time range, result, device ID or serial, slot, operator, target, error class.

Every control narrows the selection and they combine. Changes are debounced, so typing a serial
runs one query when the typing pauses, not one per key; the query itself runs off the GUI
thread in the table model.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPushButton,
    QWidget,
)

from station.journal import RESULTS, UNFINISHED, AttemptFilter
from station.journal.qa_queries import date_range_period
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.qa.flow import FlowLayout, caption_of, captioned
from ui.qa.labels import error_class_label, result_label

DEBOUNCE_MS = 300

# Choice columns: (attribute of AttemptFilter, label, "any" wording); the English sources,
# shown through QCoreApplication.translate("FilterBar").
CHOICE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    (
        "station",
        QT_TRANSLATE_NOOP("FilterBar", "Station"),
        QT_TRANSLATE_NOOP("FilterBar", "Any station"),
    ),  # shown on the fleet's database only
    ("slot", QT_TRANSLATE_NOOP("FilterBar", "Slot"), QT_TRANSLATE_NOOP("FilterBar", "Any slot")),
    (
        "operator",
        QT_TRANSLATE_NOOP("FilterBar", "Operator"),
        QT_TRANSLATE_NOOP("FilterBar", "Any operator"),
    ),
    (
        "target",
        QT_TRANSLATE_NOOP("FilterBar", "Target"),
        QT_TRANSLATE_NOOP("FilterBar", "Any target"),
    ),
    (
        "error_class",
        QT_TRANSLATE_NOOP("FilterBar", "Error class"),
        QT_TRANSLATE_NOOP("FilterBar", "Any error class"),
    ),
)

NOT_PASSED = frozenset({"FAIL", "SCRAP", "ABORTED"})

# Period presets; each maps "now" to [since, until) or None for no bound. The name is the
# period's key (the combo box's data) and its English source text.
PERIODS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("FilterBar", "All time"),
    QT_TRANSLATE_NOOP("FilterBar", "Last 24 hours"),
    QT_TRANSLATE_NOOP("FilterBar", "Today"),
    QT_TRANSLATE_NOOP("FilterBar", "Yesterday"),
    QT_TRANSLATE_NOOP("FilterBar", "Last 7 days"),
    QT_TRANSLATE_NOOP("FilterBar", "Custom range"),
)
CUSTOM = "Custom range"
NOT_PASSED_TEXT = QT_TRANSLATE_NOOP("FilterBar", "Not passed (FAIL, SCRAP, Aborted)")
# (caption, key of the field) of the fields that are not choice columns
CAPTIONS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("FilterBar", "When"), "period"),
    (QT_TRANSLATE_NOOP("FilterBar", "From (local time)"), "since"),
    (QT_TRANSLATE_NOOP("FilterBar", "Until (not included)"), "until"),
    (QT_TRANSLATE_NOOP("FilterBar", "Result"), "result"),
    (QT_TRANSLATE_NOOP("FilterBar", "Device ID or serial"), "text"),
)


# How describe() names a chosen value of each choice column.
_CHOSEN = {
    "station": QT_TRANSLATE_NOOP("FilterBar", "station {value}"),
    "slot": QT_TRANSLATE_NOOP("FilterBar", "slot {value}"),
    "operator": QT_TRANSLATE_NOOP("FilterBar", "operator {value}"),
    "target": QT_TRANSLATE_NOOP("FilterBar", "target {value}"),
    "error_class": QT_TRANSLATE_NOOP("FilterBar", "error class {value}"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("FilterBar", text)


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
        for name in PERIODS:
            self.period.addItem(_t(name), name)
        now = datetime.now().astimezone()
        self.since_edit = self._datetime_edit("qa-since", now - timedelta(days=1))
        self.until_edit = self._datetime_edit("qa-until", now)

        self.result = QComboBox()
        self.result.setObjectName("qa-result")
        self.result.addItem(QCoreApplication.translate("FilterBar", "Any result"), frozenset())
        for name in sorted(RESULTS):
            self.result.addItem(result_label(name), frozenset({name}))
        self.result.addItem(result_label(UNFINISHED), frozenset({UNFINISHED}))
        self.result.addItem(_t(NOT_PASSED_TEXT), NOT_PASSED)
        self.result.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.result.setMinimumContentsLength(14)

        self.text = QLineEdit()
        self.text.setObjectName("qa-text")
        self.text.setClearButtonEnabled(True)

        self.choices: dict[str, QComboBox] = {}
        for key, _label, any_text in CHOICE_COLUMNS:
            combo = QComboBox()
            combo.setObjectName(f"qa-{key}")
            combo.addItem(_t(any_text), None)
            combo.setMinimumContentsLength(10)
            self.choices[key] = combo

        self.clear_button = QPushButton()
        self.clear_button.setObjectName("qa-clear-filters")
        self._build_layout()
        self.retranslate()

        self.period.currentIndexChanged.connect(self._period_changed)
        self.since_edit.dateTimeChanged.connect(self._schedule)
        self.until_edit.dateTimeChanged.connect(self._schedule)
        self.result.currentIndexChanged.connect(self._schedule)
        self.text.textChanged.connect(self._schedule)
        for combo in self.choices.values():
            combo.currentIndexChanged.connect(self._schedule)
        self.clear_button.clicked.connect(self.clear)
        self._period_changed()

    def retranslate(self) -> None:
        """Every text of the bar in the screens' language; the choices keep their data."""
        self.text.setPlaceholderText(
            QCoreApplication.translate("FilterBar", "Device ID or hardware serial contains…")
        )
        self.clear_button.setText(QCoreApplication.translate("FilterBar", "Clear filters"))
        for index, name in enumerate(PERIODS):
            self.period.setItemText(index, _t(name))
        self.result.setItemText(0, QCoreApplication.translate("FilterBar", "Any result"))
        for index in range(1, self.result.count()):
            results = self.result.itemData(index)
            text = _t(NOT_PASSED_TEXT) if results == NOT_PASSED else result_label(min(results))
            self.result.setItemText(index, text)
        captions = [*CAPTIONS, *((text, key) for key, text, _any in CHOICE_COLUMNS)]
        for caption, key in captions:
            caption_of(self.fields[key]).setText(_t(caption))
        for key, _label, any_text in CHOICE_COLUMNS:
            combo = self.choices[key]
            combo.setItemText(0, _t(any_text))
            for index in range(1, combo.count()):
                combo.setItemText(index, _shown(key, combo.itemData(index)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        controls: dict[str, QWidget] = {
            "period": self.period,
            "since": self.since_edit,
            "until": self.until_edit,
            "result": self.result,
            "text": self.text,
            **self.choices,
        }
        self.fields: dict[str, QWidget] = {}
        for key, control in controls.items():
            field = captioned("", control, f"qa-field-{key}")  # worded in retranslate
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
        self.period.setCurrentIndex(self.period.findData(CUSTOM))
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
        name = self.period.currentData()
        if name == CUSTOM:
            return _from_qt(self.since_edit.dateTime()), _from_qt(self.until_edit.dateTime())
        return period_bounds(name, now)

    def describe(self) -> str:
        """The filter in words, for report headers and the status line."""
        f = self.current_filter()
        parts = []
        if f.since is not None or f.until is not None:
            since = f.since.astimezone().strftime("%Y-%m-%d %H:%M") if f.since else "…"
            until = (
                f.until.astimezone().strftime("%Y-%m-%d %H:%M")
                if f.until
                else QCoreApplication.translate("FilterBar", "now")
            )
            parts.append(
                QCoreApplication.translate("FilterBar", "{since} to {until}").format(
                    since=since, until=until
                )
            )
        if f.results:
            parts.append(self.result.currentText())
        if f.text:
            parts.append(
                QCoreApplication.translate("FilterBar", "device/serial contains “{text}”").format(
                    text=f.text
                )
            )
        for key, _label, _any in CHOICE_COLUMNS:
            value = getattr(f, key)
            if value is not None:
                said = _t(_CHOSEN[key]).format(value=_shown(key, value))
                parts.append(said)
        return "; ".join(parts) or QCoreApplication.translate("FilterBar", "all attempts")

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
        self._period_changed()
        self.apply_now()

    @Slot()
    def _period_changed(self) -> None:
        custom = self.period.currentData() == CUSTOM
        self.since_edit.setEnabled(custom)
        self.until_edit.setEnabled(custom)
        self._schedule()

    @Slot()
    def _schedule(self) -> None:
        self._debounce.start()
