"""A one-line status message under the Provision button, instead of a status bar: the bar took
a row of its own, which sixteen tiles on a 768-pixel screen cannot spare."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui import theme
from ui.operator.tile_fit import metrics


class StatusLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-line")
        self.setFont(theme.font(theme.TILE_MIN_PT))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._message = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.show_message(""))

    def show_message(self, text: str, ms: int = 0) -> None:
        """Show `text` (cut to the line, all of it in the tooltip) for `ms` ms, or until the
        next message when 0."""
        self._message = text
        self._timer.stop()
        if text and ms:
            self._timer.start(ms)
        self._show()

    def currentMessage(self) -> str:  # QStatusBar's name, for the callers that read it
        return self._message

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        fitted = metrics(theme.TILE_MIN_PT).elidedText(
            self._message, Qt.TextElideMode.ElideRight, max(0, self.width())
        )
        self.setText(fitted)
        self.setToolTip(self._message if fitted != self._message else "")
