"""How each slot state looks: glyph, words and colours, readable from 2 m and never colour alone.

Colours come from the Okabe–Ito palette, chosen because every pair stays distinguishable under
the common colour-vision deficiencies; each state also carries its own glyph and word, so a
monochrome screen or a colour-blind operator loses nothing. Every glyph used here exists in
DejaVu Sans, the font the Debian package depends on (a test checks it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from station.engine.events import SlotState
from ui.i18n.languages import QT_TRANSLATE_NOOP

# Okabe–Ito palette.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"

WHITE = "#FFFFFF"
GREY = "#6B6B6B"
LIGHT_GREY = "#E8E8E8"
SELECTION = "#000000"
# Darker shades of palette colours for large areas that carry text: vermillion darkened until
# white on it reaches 5.4:1 (the palette's own is 3.9:1, too faint for small text at 2 m), and
# a grey that reaches 6.9:1 on LIGHT_GREY.
DARK_VERMILLION = "#B34A00"
DARK_GREY = "#4D4D4D"
# The least contrast any state's text may have on its tile (WCAG AA for normal text).
MIN_CONTRAST = 4.5

# Each meaning has its own look, not only its own colour: PASS is a filled bluish-green tile
# with a tick, the Provision button a filled blue button with a play glyph, "Pairing OK" green
# text in an outline on the black banner, and the QA charts' bars a neutral dark grey.
PASS_BACKGROUND = BLUISH_GREEN
PASS_FOREGROUND = BLACK
PROVISION_BACKGROUND = BLUE
CHART_BAR = DARK_GREY

# Point sizes; the state line is the one read from across the line.
STATE_PT = 36
TITLE_PT = 16
BODY_PT = 13
ACTION_PT = 14
SMALL_PT = 11
COUNTER_PT = 20
BUTTON_PT = 14
# The least type on a tile, at any screen size and slot count: no text on a tile (cause,
# action, captions, the slot's location) goes below TILE_MIN_PT, and the action is bold. At
# 96 dpi that is 15 px, readable at arm's length on a line's 1280 x 800 panel PC.
TILE_MIN_PT = 11
TILE_ACTION_MIN_PT = TILE_MIN_PT

# Touch/glove targets: at least ~12 mm on a typical 96 dpi panel.
BUTTON_MIN_HEIGHT_PX = 56
BUTTON_MIN_WIDTH_PX = 120
# A short tile's button, beside the state: still about 10.6 mm tall (96 dpi) for a glove.
COMPACT_BUTTON_HEIGHT_PX = 40
COMPACT_BUTTON_WIDTH_PX = 88


@dataclass(frozen=True)
class StateLook:
    glyph: str
    word: str
    background: str
    foreground: str

    @property
    def said(self) -> str:
        """The word in the screens' language (`word` is the English source)."""
        return QCoreApplication.translate("State", self.word)

    @property
    def text(self) -> str:
        return f"{self.glyph} {self.said}"


STATE_LOOKS: dict[SlotState, StateLook] = {
    SlotState.NO_DEVICE: StateLook(
        "○", QT_TRANSLATE_NOOP("State", "No device"), LIGHT_GREY, DARK_GREY
    ),
    SlotState.READY: StateLook("●", QT_TRANSLATE_NOOP("State", "Ready"), WHITE, BLUE),
    SlotState.WORKING: StateLook("⟳", QT_TRANSLATE_NOOP("State", "Working"), SKY_BLUE, BLACK),
    SlotState.PASS: StateLook(
        "✓", QT_TRANSLATE_NOOP("State", "PASS"), PASS_BACKGROUND, PASS_FOREGROUND
    ),
    SlotState.FAIL: StateLook("✗", QT_TRANSLATE_NOOP("State", "FAIL"), DARK_VERMILLION, WHITE),
    SlotState.SCRAP: StateLook("⚠", QT_TRANSLATE_NOOP("State", "SCRAP"), BLACK, YELLOW),
    SlotState.ABORTED: StateLook("■", QT_TRANSLATE_NOOP("State", "Aborted"), ORANGE, BLACK),
    SlotState.ALREADY_PROVISIONED: StateLook(
        "⊘", QT_TRANSLATE_NOOP("State", "Already provisioned"), REDDISH_PURPLE, BLACK
    ),
}

# Drawn as coloured text in an outline of the same colour on the banner's black.
HEALTH_OK = StateLook("●", QT_TRANSLATE_NOOP("State", "Pairing OK"), BLACK, BLUISH_GREEN)
HEALTH_DOWN = StateLook(
    "✗", QT_TRANSLATE_NOOP("State", "Pairing unreachable"), DARK_VERMILLION, WHITE
)
HEALTH_UNKNOWN = StateLook("◌", QT_TRANSLATE_NOOP("State", "Pairing: checking…"), LIGHT_GREY, BLACK)

NOTICE_COLOURS: dict[str, tuple[str, str]] = {
    "info": (SKY_BLUE, BLACK),
    "warning": (ORANGE, BLACK),
    "error": (DARK_VERMILLION, WHITE),
}


def font(point_size: int, *, bold: bool = False, mono: bool = False) -> QFont:
    f = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
    f.setPointSize(point_size)
    f.setBold(bold)
    return f


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two "#RRGGBB" colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def all_glyphs() -> str:
    """Every glyph the operator screen draws, for the font-coverage test."""
    looks = [*STATE_LOOKS.values(), HEALTH_OK, HEALTH_DOWN, HEALTH_UNKNOWN]
    return "".join(sorted({look.glyph for look in looks} | set("▶✓✗⚠■")))
