"""A serial (USB-CDC) barcode scanner on the operator screen: its codes take the keyboard
scanner's route.

`station.peripherals.serial_scanner.SerialScanner` reads the port on a thread of its own; each
code crosses to the GUI thread through a queued signal and goes to `KeyRouter.scan`, the same
route a keyboard-wedge scan takes after its burst is recognised (docs/operator.md, "Scanning"):
the line's label check-scan first, then `SLOT:` codes, then a waiting slot's label, then a tile's
serial. A scanner that cannot be read is a notice with its action, said again when it is back.
The port is let go when the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from station.engine.events import StationNotice
from station.peripherals.serial_scanner import BAUD, SerialScanner
from station.text import Text
from ui.operator.window import OperatorWindow


class SerialScanFeed(QObject):
    scanned = Signal(str)  # a code, from the scanner's thread
    problem = Signal(str, object, object)  # level, message Text, action Text or None

    def __init__(self, window: OperatorWindow, port: str, baud: int = BAUD) -> None:
        super().__init__(window)
        self.setObjectName("serial-scanner")
        self._window = window
        self.scanned.connect(self._scanned)
        self.problem.connect(self._problem)
        self.scanner = SerialScanner(port, self.scanned.emit, self.problem.emit, baud=baud)
        window.closed.connect(self.stop)
        window.destroyed.connect(lambda _window=None: self.scanner.stop())
        self.scanner.start()

    @Slot(str)
    def _scanned(self, text: str) -> None:
        self._window.keys.scan(text)

    @Slot(str, object, object)
    def _problem(self, level: str, message: Text, action: Text | None) -> None:
        self._window.show_notice(StationNotice.of(level, message, action))

    @Slot()
    def stop(self) -> None:
        self.scanner.stop()
