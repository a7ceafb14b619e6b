"""The result of "Test connection": one row per check, with the fix under each failure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from station.targets.connection_test import CHECK_NAMES, CHECKS, CheckResult
from station.text import Text
from ui import theme
from ui.operator.engine_words import render
from ui.said import Words

_LOOK = {
    "ok": ("✓", theme.BLUE),
    "failed": ("✗", theme.VERMILLION),
    "not_run": ("–", theme.GREY),
    "waiting": ("◌", theme.GREY),
}


class ConnectionResults(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection-results")
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        self.glyphs: dict[str, QLabel] = {}
        self.messages: dict[str, QLabel] = {}
        self.fixes: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        self._results: list[CheckResult] = []  # shown again in a new language
        self._waiting: Words | None = None  # ... and so is what a clear said
        for row, name in enumerate(CHECKS):
            glyph = QLabel()
            glyph.setFont(theme.font(theme.TITLE_PT, bold=True))
            title = self.titles[name] = QLabel(render(CHECK_NAMES[name]))
            title.setFont(theme.font(theme.BODY_PT, bold=True))
            message = QLabel()
            message.setObjectName(f"check-{name.lower()}")
            message.setWordWrap(True)
            fix = QLabel()
            fix.setObjectName(f"fix-{name.lower()}")
            fix.setWordWrap(True)
            fix.setFont(theme.font(theme.BODY_PT, bold=True))
            grid.addWidget(glyph, 2 * row, 0)
            grid.addWidget(title, 2 * row, 1)
            grid.addWidget(message, 2 * row, 2)
            grid.addWidget(fix, 2 * row + 1, 2)
            self.glyphs[name], self.messages[name], self.fixes[name] = glyph, message, fix
        grid.setRowStretch(2 * len(CHECKS), 1)
        self.clear()

    def clear(self, words: Words | None = None) -> None:
        """No results: every check waits, saying `words()` (worded again on a switch)."""
        self._results = []
        self._waiting = words
        text = words() if words is not None else ""
        for name in CHECKS:
            self._show(name, "waiting", text, "")

    def show_results(self, results: list[CheckResult]) -> None:
        self._results = list(results)
        for result in results:
            state = "ok" if result.ok else ("failed" if result.ran else "not_run")
            action = _words(result.fix_text, result.fix)
            said = QCoreApplication.translate("Errors", "What to do: {action}")
            fix = said.format(action=action) if action and not result.ok else ""
            self._show(result.name, state, _words(result.text, result.message), fix)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for name in CHECKS:
                self.titles[name].setText(render(CHECK_NAMES[name]))
            if self._results:
                self.show_results(self._results)
            else:
                self.clear(self._waiting)
        super().changeEvent(event)

    def _show(self, name: str, state: str, message: str, fix: str) -> None:
        glyph, colour = _LOOK[state]
        self.glyphs[name].setText(glyph)
        self.glyphs[name].setStyleSheet(f"color: {colour};")
        self.glyphs[name].setAccessibleName(state)
        self.messages[name].setText(message)
        self.fixes[name].setText(fix)
        self.fixes[name].setVisible(bool(fix))

    def state(self, name: str) -> str:
        return self.glyphs[name].accessibleName()


def _words(text: Text | None, english: str) -> str:
    """A check's text in the screens' language (its English where it has no ID)."""
    return render(text) if text is not None else english
