"""Everything QA needs about one attempt: what happened, to which device, how long each step
took, what the link and console said, what the operator was told, and the secret's fingerprint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.journal import AttemptDetail
from station.journal.terminal import plain_console
from ui import theme
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.qa import looks
from ui.qa.labels import error_class_label, storage_label, with_raw
from ui.qa.timeline import StepTimeline

FIELDS: tuple[tuple[str, str], ...] = (
    ("result", QT_TRANSLATE_NOOP("AttemptDetailPane", "Result")),
    ("attempt", QT_TRANSLATE_NOOP("AttemptDetailPane", "Attempt")),
    ("device", QT_TRANSLATE_NOOP("AttemptDetailPane", "Device ID")),
    ("serial", QT_TRANSLATE_NOOP("AttemptDetailPane", "Hardware serial")),
    ("hardware", QT_TRANSLATE_NOOP("AttemptDetailPane", "Model / firmware / storage")),
    ("profile", QT_TRANSLATE_NOOP("AttemptDetailPane", "Device profile")),
    ("slot", QT_TRANSLATE_NOOP("AttemptDetailPane", "Slot / station")),
    ("operator", QT_TRANSLATE_NOOP("AttemptDetailPane", "Operator")),
    ("target", QT_TRANSLATE_NOOP("AttemptDetailPane", "Target / realm")),
    ("pairing", QT_TRANSLATE_NOOP("AttemptDetailPane", "Pairing URL")),
    ("time", QT_TRANSLATE_NOOP("AttemptDetailPane", "Started → finished")),
    ("error", QT_TRANSLATE_NOOP("AttemptDetailPane", "Error class")),
    ("message", QT_TRANSLATE_NOOP("AttemptDetailPane", "What happened")),
    ("action", QT_TRANSLATE_NOOP("AttemptDetailPane", "Action shown to the operator")),
    ("fingerprint", QT_TRANSLATE_NOOP("AttemptDetailPane", "Secret fingerprint (SHA-256)")),
    ("intents", QT_TRANSLATE_NOOP("AttemptDetailPane", "Write intents")),
    ("link", QT_TRANSLATE_NOOP("AttemptDetailPane", "Link statistics")),
)


def grouped(fingerprint: str | None, size: int = 16) -> str:
    """64 hex digits in groups of 16, so the value wraps in a narrow pane (exports keep it
    whole; compare group by group)."""
    if not fingerprint:
        return ""
    return " ".join(fingerprint[i : i + size] for i in range(0, len(fingerprint), size))


class AttemptDetailPane(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qa-detail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("qa-detail-heading")
        self.heading.setFont(theme.font(theme.TITLE_PT, bold=True))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow pane puts a long value under its caption rather than scrolling sideways.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        for key, title in FIELDS:
            value = QLabel()
            value.setObjectName(f"qa-detail-{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            if key in ("device", "serial", "fingerprint", "attempt", "intents"):
                value.setFont(theme.font(theme.SMALL_PT, mono=True))
            self.values[key] = value
            form.addRow(self.tr(title), value)
        layout.addLayout(form)

        steps_title = QLabel(self.tr("Steps"))
        steps_title.setFont(theme.font(theme.BODY_PT, bold=True))
        layout.addWidget(steps_title)
        self.timeline = StepTimeline()
        layout.addWidget(self.timeline)

        console_title = QLabel(self.tr("Device console (excerpt)"))
        console_title.setFont(theme.font(theme.BODY_PT, bold=True))
        layout.addWidget(console_title)
        self.console = QPlainTextEdit()
        self.console.setObjectName("qa-detail-console")
        self.console.setReadOnly(True)
        self.console.setFont(theme.font(theme.SMALL_PT, mono=True))
        self.console.setMinimumHeight(120)
        layout.addWidget(self.console, 1)
        self.setWidget(body)
        self.show_nothing()

    def show_nothing(self, text: str = "") -> None:
        self.heading.setText(text or self.tr("Select an attempt to see its details."))
        for value in self.values.values():
            value.setText("")
        self.timeline.set_steps(())
        self.console.setPlainText("")

    def show_detail(self, detail: AttemptDetail) -> None:
        row = detail.row
        device = row.device_id or row.hardware_serial or self.tr("device not identified")
        self.heading.setText(f"{looks.result_text(row.result)} — {device}")
        duration = looks.duration_text(row.duration_s)
        finished = looks.local_time(row.finished_at) or self.tr("not finished")
        text = {
            "result": looks.result_text(row.result),
            "attempt": row.attempt_id,
            "device": row.device_id or self.tr("(not identified)"),
            "serial": row.hardware_serial or self.tr("(not read)"),
            "hardware": " / ".join(
                (row.model or "—", row.firmware or "—", storage_label(row.storage_kind))
            ),
            "slot": f"{row.slot} / {row.station_id}",
            "operator": row.operator,
            "target": f"{row.target_name} / {row.realm}",
            "pairing": row.pairing_url,
            "time": f"{looks.local_time(row.started_at)} → "
            f"{finished}" + (f"  ({duration})" if duration else ""),
            "error": with_raw(error_class_label(row.error_class), row.error_class) or "—",
            "message": row.message or "—",
            "action": row.action or "—",
            "fingerprint": grouped(row.fingerprint) or self.tr("(no secret was written)"),
            "intents": "\n".join(
                f"#{i.seq} {looks.local_time(i.recorded_at)} {i.realm} {grouped(i.fingerprint)}"
                for i in detail.intents
            )
            or "—",
            "link": "  ·  ".join(f"{k} {v}" for k, v in sorted(detail.link_stats.items())) or "—",
            "profile": "  ·  ".join(
                [detail.profile or "—", *(f"{k} {v}" for k, v in sorted(detail.facts.items()))]
            ),
        }
        for key, value in text.items():
            self.values[key].setText(value)
        self.timeline.set_steps(detail.steps)
        # What a terminal would have drawn, not its control codes (colours, cursor moves).
        self.console.setPlainText(
            plain_console(detail.console_excerpt) or self.tr("(no console output recorded)")
        )
