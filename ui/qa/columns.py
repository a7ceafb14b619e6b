"""The QA journal table's columns: title, sort key, how a row shows, and a sample width."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from station.journal import AttemptRow
from ui.qa import looks
from ui.qa.labels import error_class_label

_TIME = "2026-01-01 00:00:00"


@dataclass(frozen=True)
class Column:
    title: str
    order_by: str  # a key of station.journal.attempt_query.ORDER_COLUMNS
    text: Callable[[AttemptRow], str]
    sample: str  # a typical widest value, for the column's initial width
    mono: bool = False
    right: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("Started", "started_at", lambda r: looks.local_time(r.started_at), _TIME),
    Column("Result", "result", lambda r: looks.result_text(r.result), "✓ UNFINISHED"),
    Column("Slot", "slot", lambda r: r.slot, "Slot"),
    Column("Device ID", "device_id", lambda r: r.device_id or "", "M" * 22, mono=True),
    Column(
        "Hardware serial",
        "hardware_serial",
        lambda r: r.hardware_serial or "",
        "SN0000000000",
        mono=True,
    ),
    Column("Operator", "operator", lambda r: r.operator, "operator"),
    Column("Target", "target", lambda r: r.target_name, "line-a-01"),
    Column("Realm", "realm", lambda r: r.realm, "plant-01"),
    Column(
        "Error class",
        "error_class",
        lambda r: error_class_label(r.error_class),
        "Readback mismatch",
    ),
    Column(
        "Duration", "duration", lambda r: looks.duration_text(r.duration_s), "00.00 s", right=True
    ),
    Column("Finished", "finished_at", lambda r: looks.local_time(r.finished_at), _TIME),
    # Last in the model; the window shows it (second) on the fleet's database only.
    Column("Station", "station", lambda r: r.station_id, "line-a-st01"),
)
COLUMN_INDEX: dict[str, int] = {c.order_by: i for i, c in enumerate(COLUMNS)}
RESULT_COLUMN = COLUMN_INDEX["result"]
