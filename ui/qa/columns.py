"""The QA journal table's columns: title, sort key, how a row shows, and a sample width."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from station.journal import AttemptRow
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.qa import looks
from ui.qa.labels import error_class_label

_TIME = "2026-01-01 00:00:00"


@dataclass(frozen=True)
class Column:
    title: str  # the English source; shown through QCoreApplication.translate("QAColumns")
    order_by: str  # a key of station.journal.attempt_query.ORDER_COLUMNS
    text: Callable[[AttemptRow], str]
    sample: str  # a typical widest value, for the column's initial width
    mono: bool = False
    right: bool = False


COLUMNS: tuple[Column, ...] = (
    Column(
        QT_TRANSLATE_NOOP("QAColumns", "Started"),
        "started_at",
        lambda r: looks.local_time(r.started_at),
        _TIME,
    ),
    Column(
        QT_TRANSLATE_NOOP("QAColumns", "Result"),
        "result",
        lambda r: looks.result_text(r.result),
        "✓ UNFINISHED",
    ),
    Column(QT_TRANSLATE_NOOP("QAColumns", "Slot"), "slot", lambda r: r.slot, "Slot"),
    Column(
        QT_TRANSLATE_NOOP("QAColumns", "Device ID"),
        "device_id",
        lambda r: r.device_id or "",
        "M" * 22,
        mono=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("QAColumns", "Hardware serial"),
        "hardware_serial",
        lambda r: r.hardware_serial or "",
        "SN0000000000",
        mono=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("QAColumns", "Operator"), "operator", lambda r: r.operator, "operator"
    ),
    Column(
        QT_TRANSLATE_NOOP("QAColumns", "Target"), "target", lambda r: r.target_name, "line-a-01"
    ),
    Column(QT_TRANSLATE_NOOP("QAColumns", "Realm"), "realm", lambda r: r.realm, "plant-01"),
    Column(
        QT_TRANSLATE_NOOP("QAColumns", "Error class"),
        "error_class",
        lambda r: error_class_label(r.error_class),
        "Readback mismatch",
    ),
    Column(
        QT_TRANSLATE_NOOP("QAColumns", "Duration"),
        "duration",
        lambda r: looks.duration_text(r.duration_s),
        "00.00 s",
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("QAColumns", "Finished"),
        "finished_at",
        lambda r: looks.local_time(r.finished_at),
        _TIME,
    ),
    # Last in the model; the window shows it (second) on the fleet's database only.
    Column(
        QT_TRANSLATE_NOOP("QAColumns", "Station"), "station", lambda r: r.station_id, "line-a-st01"
    ),
)
COLUMN_INDEX: dict[str, int] = {c.order_by: i for i, c in enumerate(COLUMNS)}
RESULT_COLUMN = COLUMN_INDEX["result"]


def _t(text: str) -> str:
    return QCoreApplication.translate("QAColumns", text)


def title(column: int) -> str:
    """A column's title in the screens' language."""
    return _t(COLUMNS[column].title)


def sort_tip(column: int) -> str:
    return QCoreApplication.translate(
        "QAColumns", "Sort by {column} (the journal sorts, not the PC)"
    ).format(column=title(column))


def missing_text() -> str:
    """What a row shows whose attempt left the journal while the table showed it."""
    return QCoreApplication.translate("QAColumns", "(not in the journal)")


def tooltip(row: AttemptRow, column: int) -> str | None:
    if column == RESULT_COLUMN and row.message:
        said = QCoreApplication.translate(
            "QAColumns", "{message}\nWhat the operator was told: {action}"
        )
        return said.format(message=row.message, action=row.action or "—")
    if column == COLUMN_INDEX["error_class"] and row.error_class:
        said = QCoreApplication.translate("QAColumns", "{label} (in exports: {raw})")
        return said.format(label=error_class_label(row.error_class), raw=row.error_class)
    return COLUMNS[column].text(row) or None
