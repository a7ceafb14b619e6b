"""`LineRunner`: a fixture's runner with its line signals (tower, fail sound, labels) attached.

The engine's events pass through the fixture's `LineSignals` on their way to the screen or the
command line, so the tower and the label follow exactly what the operator sees. With check-scan,
the engine holds each PASS until the line's check of the scanned label gives its verdict. The runner
stays the engine's: this class only puts the line in front of its sink and closes it after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from station.engine.check_scan import LabelChecks
from station.engine.events import EventSink
from station.engine.runner import FixtureRunner
from station.journal import Journal
from station.line.setup import line_signals_for
from station.peripherals.serial_scanner import ProblemSink, SerialScanner

if TYPE_CHECKING:
    from station.config import StationConfig


class LineRunner(FixtureRunner):
    def __init__(
        self,
        *,
        config: StationConfig,
        fixture: str,
        journal: Journal,
        operator: str,
        sink: EventSink,
        check_scan_timeout_s: float | None = None,
        **options: Any,
    ) -> None:
        self.line = line_signals_for(config, fixture, journal, sink, operator)
        # `[line] scanner_port`: the operator screen reads it (ui/operator/serial_scan.py).
        self.scanner_port = config.line.scanner_port
        self.scanner_baud = config.line.scanner_baud
        labels = self.line.labels
        if labels is not None and labels.check_scan:
            # The unit's PASS waits for its label's scan; the line's check gives the verdict,
            # within the target's deadline (a test may give a shorter one).
            if check_scan_timeout_s is None:
                check_scan_timeout_s = config.active_target(fixture).check_scan_timeout_s
            self.line.checks = LabelChecks(check_scan_timeout_s)
        try:
            super().__init__(
                config=config,
                fixture=fixture,
                journal=journal,
                operator=operator,
                sink=self.line.sink,
                label_checks=self.line.checks,
                **options,
            )
        except BaseException:
            self.line.close()
            raise

    def set_operator(self, name: str) -> None:
        super().set_operator(name)
        self.line.set_operator(name)

    def reprint_label(self, slot: str, actor: str) -> bool:
        """Queue a reprint of `slot`'s last label; False if the slot has printed none."""
        self._worker(slot)  # a ConfigError naming the slots there are
        return self.line.reprint(slot, actor)

    def serial_scanner(self, on_problem: ProblemSink) -> SerialScanner | None:
        """Without a screen (`station provision`): a started reader of `[line] scanner_port`
        whose codes go to the line's check-scan; None when no serial scanner is configured."""
        if self.scanner_port is None:
            return None

        def scanned(code: str) -> None:
            with self._lock:
                operator = self._operator
            self.line.scanned(code, operator)

        scanner = SerialScanner(self.scanner_port, scanned, on_problem, baud=self.scanner_baud)
        scanner.start()
        return scanner

    def shutdown(self, timeout_s: float = 30.0) -> None:
        try:
            super().shutdown(timeout_s)
        finally:
            self.line.close()
