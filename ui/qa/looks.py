"""How the QA view writes results, times and durations: glyph and word first, colour second."""

from __future__ import annotations

from datetime import datetime

from station.journal import UNFINISHED
from ui import theme
from ui.i18n.numbers import decimal
from ui.qa.labels import result_label

# (glyph, background, foreground) per result; the word is the result itself, so a monochrome
# print-out or a colour-blind reader loses nothing.
_RESULT_LOOKS: dict[str, tuple[str, str, str]] = {
    "PASS": ("✓", theme.PASS_BACKGROUND, theme.PASS_FOREGROUND),
    "FAIL": ("✗", theme.VERMILLION, theme.WHITE),
    "SCRAP": ("⚠", theme.BLACK, theme.YELLOW),
    "ABORTED": ("■", theme.ORANGE, theme.BLACK),
    "RECOVERED": ("●", theme.SKY_BLUE, theme.BLACK),
    "ALREADY_PROVISIONED": ("⊘", theme.REDDISH_PURPLE, theme.BLACK),
    UNFINISHED: ("◌", theme.LIGHT_GREY, theme.BLACK),
}


def result_key(result: str | None) -> str:
    return UNFINISHED if result is None else result


def result_text(result: str | None) -> str:
    key = result_key(result)
    glyph = _RESULT_LOOKS.get(key, ("●", "", ""))[0]
    return f"{glyph} {result_label(key)}"


def result_colours(result: str | None) -> tuple[str, str] | None:
    look = _RESULT_LOOKS.get(result_key(result))
    return None if look is None else (look[1], look[2])


def local_time(moment: datetime | None) -> str:
    """The station PC's local time, to the second (what QA compares with shift times)."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 60:
        return f"{seconds:.2f} s"
    minutes, secs = divmod(seconds, 60)
    return f"{int(minutes)} min {secs:04.1f} s"


def percent(share: float | None) -> str:
    return "—" if share is None else f"{decimal(share * 100)} %"


def span_text(seconds: float) -> str:
    """A stretch of production time, to the minute: '2 h 05 min', '12 min', '40 s'."""
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
