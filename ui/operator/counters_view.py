"""The shift counters strip at the bottom of the operator screen."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from station.engine.events import AttemptFinished
from ui import theme
from ui.operator.counters import ShiftCounters, ShiftFigures

REFRESH_MS = 30_000
# Attempts finish in bursts (a whole fixture at once); the figures are recomputed from the whole
# shift (30 ms at 25,000 attempts), so a burst is shown once, not once per attempt.
COALESCE_MS = 250


class _Figure(QFrame):
    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"counter-{name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(0)
        self.caption = QLabel(caption)
        self.caption.setFont(theme.font(theme.BODY_PT, bold=True))
        self.value = QLabel("0")
        self.value.setObjectName(f"counter-{name}-value")
        self.value.setFont(theme.font(theme.COUNTER_PT, bold=True))
        for label in (self.caption, self.value):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)


class CountersView(QFrame):
    """Passed, failed, scrap, units per hour and first-pass yield for this session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shift-counters")
        self.counters = ShiftCounters()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._passed = _Figure("", "passed")
        self._failed = _Figure("", "failed")
        self._scrap = _Figure("", "scrap")
        # Per hour of active production, not of wall clock: breaks do not dilute it.
        self._uph = _Figure("", "uph")
        self._fpy = _Figure("", "fpy")
        self.retranslate()
        for figure in (self._passed, self._failed, self._scrap, self._uph, self._fpy):
            layout.addWidget(figure)
        self._timer = QTimer(self)
        self._timer.setObjectName("counters-refresh")
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._coalesce = QTimer(self)
        self._coalesce.setObjectName("counters-coalesce")
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self.refresh)
        self._stale = False
        self._figures: ShiftFigures = self.counters.figures(time.time())
        self.show_figures(self._figures)

    def retranslate(self) -> None:
        self._passed.caption.setText(self.tr("✓ Passed"))
        self._failed.caption.setText(self.tr("✗ Failed"))
        self._scrap.caption.setText(self.tr("⚠ Scrap"))
        self._uph.caption.setText(self.tr("Units / active hour"))
        self._fpy.caption.setText(self.tr("First-pass yield"))
        if hasattr(self, "_figures"):
            self.show_figures(self._figures)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def figures(self) -> ShiftFigures:
        """The figures of every attempt reported so far (the strip follows within COALESCE_MS)."""
        if self._stale:
            self._figures = self.counters.figures(time.time())
            self._stale = False
        return self._figures

    @Slot(object)
    def on_attempt_finished(self, attempt: AttemptFinished) -> None:
        self.counters.record(attempt, time.time())
        self._stale = True
        if not self._coalesce.isActive():
            self._coalesce.start()

    def carry_on(self, counters: ShiftCounters) -> None:
        """Go on counting the shift `counters` holds (the screen restarted mid-shift)."""
        self.counters = counters
        self._stale = True
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._stale = True
        self.show_figures(self.figures)

    def show_figures(self, f: ShiftFigures) -> None:
        self._passed.value.setText(str(f.passed))
        self._failed.value.setText(str(f.failed))
        self._scrap.value.setText(str(f.scrap))
        self._uph.value.setText("—" if f.units_per_hour is None else f"{f.units_per_hour:.0f}")
        self._uph.setToolTip(
            self.tr(
                "Passed units per hour over {minutes} min of active production (breaks of 10 "
                "minutes or more left out)."
            ).format(minutes=f"{f.active_s / 60:.0f}")
        )
        self._fpy.value.setText(
            "—" if f.first_pass_yield is None else f"{f.first_pass_yield * 100:.0f} %"
        )
        self._figures = f
