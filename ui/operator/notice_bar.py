"""Station-wide messages (journal, token, Pairing, our own errors) with the action to take."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from station.engine.events import StationNotice
from ui import theme
from ui.operator import engine_words

# DejaVu Sans has no circled "i", so info uses a plain dot.
_GLYPHS = {"info": "●", "warning": "⚠", "error": "✗"}
HISTORY = 50


class NoticeBar(QFrame):
    """Shows the newest notice until dismissed; keeps the recent ones for the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice-bar")
        self.history: deque[StationNotice] = deque(maxlen=HISTORY)
        self.text = QLabel()
        self.text.setObjectName("notice-text")
        self.text.setWordWrap(True)
        self.text.setFont(theme.font(theme.BODY_PT + 1, bold=True))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setFont(theme.font(theme.BUTTON_PT))
        self.dismiss.setMinimumHeight(theme.BUTTON_MIN_HEIGHT_PX - 12)
        self.dismiss.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss)
        self.hide()

    @Slot(object)
    def show_notice(self, notice: StationNotice) -> None:
        self.history.append(notice)
        background, foreground = theme.NOTICE_COLOURS.get(
            notice.level, theme.NOTICE_COLOURS["info"]
        )
        glyph = _GLYPHS.get(notice.level, "●")
        message, action = engine_words.notice_words(notice)
        text = f"{glyph} {message}"
        if action:
            said = self.tr("{message} — What to do: {action}")
            text = said.format(message=text, action=action)
        self.text.setText(text)
        self.setToolTip("\n".join(engine_words.notice_words(n)[0] for n in self.history))
        self.setStyleSheet(
            f"QFrame#notice-bar {{ background: {background}; }}"
            f" QFrame#notice-bar QLabel {{ color: {foreground}; }}"
        )
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.dismiss.setText(self.tr("Dismiss"))
        super().changeEvent(event)

    @Slot()
    def clear(self) -> None:
        self.text.setText("")
        self.hide()
