"""Fit text into a number of lines: wrap at words, elide the last line with "…".

Qt's word-wrapping labels ask the layout for the height they need and get squeezed (and
overlap) when a tile is smaller than that; a tile that shows an operator action must instead
decide which text gets the room. These helpers let it wrap to exactly the lines it can afford.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

ELLIPSIS = "…"
NO_LINE_START = frozenset("，。；：！？、）」』》〉,.;:!?)")


def wrap(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken between characters."""
    if width <= 0:
        return [text] if text else []
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        rest = word
        while metrics.horizontalAdvance(rest) > width and len(rest) > 1:
            cut = len(rest) - 1
            while cut > 1 and metrics.horizontalAdvance(rest[:cut]) > width:
                cut -= 1
            # Chinese breaks between any two characters, but never before its closing
            # punctuation: a line does not start with "；" or "。" (the character before it
            # moves down with it).
            while cut > 1 and rest[cut] in NO_LINE_START:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        current = rest
    if current:
        lines.append(current)
    return lines


def fit(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> tuple[str, int, bool]:
    """The text wrapped into at most `max_lines` lines; (text, lines used, shortened?)."""
    lines = wrap(text, metrics, width)
    if max_lines <= 0 or not lines:
        return "", 0, bool(lines)
    if len(lines) <= max_lines:
        return "\n".join(lines), len(lines), False
    kept = lines[:max_lines]
    rest = " ".join([kept[-1], *lines[max_lines:]])
    kept[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    if not kept[-1].endswith(ELLIPSIS):
        kept[-1] = metrics.elidedText(kept[-1] + " " + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
    return "\n".join(kept), max_lines, True
