"""A result a screen shows in a line of its own, kept as the words to render it with.

A save, a test run or a failure is shown once, when it happens; kept as rendered text it would
stay in the old language after a live language switch until the next action. A `Said` keeps
the message instead: a function that renders it from its source words and parameters (its
`tr` call, the exception it describes), and renders it again on every `LanguageChange`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from ui.errors import in_words, is_bug, present_error

Words = Callable[[], str]


def failure(exc: BaseException, before: Words | None = None) -> Words:
    """`in_words(exc)` after `before` (e.g. "Not saved: "), in the language of the moment."""
    return lambda: f"{before() if before is not None else ''}{in_words(exc)}"


class Said:
    """The last result shown in `label`, worded again by `reword` (call it on LanguageChange)."""

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self._words: Words | None = None

    def say(self, words: Words) -> None:
        self._words = words
        self.label.setText(words())

    def fail(self, exc: BaseException, parent: QWidget | None, before: Words | None = None) -> None:
        """A failure the screen shows itself, as `ui.errors.show_failure` does: in the line,
        and for a bug the crash dialog as well."""
        self.say(failure(exc, before))
        if is_bug(exc):
            present_error(exc, parent)

    def clear(self) -> None:
        self._words = None
        self.label.clear()

    def reword(self) -> bool:
        """Word the last result again; False if there is none to word."""
        if self._words is None:
            return False
        self.label.setText(self._words())
        return True
