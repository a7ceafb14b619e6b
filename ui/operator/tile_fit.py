"""The tile's text-fitting engine: which type sizes and how many lines each text gets.

Pure functions of texts, sizes and room, cached by exactly those: sixteen tiles are re-fitted
on every engine update and every resize, and measuring text is most of what that costs, while
the texts and rooms repeat all the time (every working tile of a fixture shows the same few
step labels at the same width). The view (`tile.py`) only applies the answers.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from ui import theme
from ui.operator import fitting

SPACING = 3
# The selection border, drawn inside every tile (unselected tiles draw none, so selecting one
# never shifts its contents).
BORDER_PX = 4
MARGINS = (12, 6, 12, 8)  # left, top, right, bottom
COMPACT_MARGINS = (8, 4, 8, 4)
# A failed tile shows at least this many lines of its action, whatever else has to give way.
MIN_ACTION_LINES = 2
# A short tile (many slots) puts its button beside the state instead of below everything; its
# state word may then shrink to this size to make room for the button.
MIN_COMPACT_STATE_PT = 18
# ... and never grows past this, whose line fits the compact button's height.
COMPACT_STATE_PT = 24
# The base point sizes of the theme suit a tile this tall; a taller tile scales its type up to
# MAX_ZOOM, so the few tiles of a small fixture read from further away.
BASE_HEIGHT_PX = 230
MAX_ZOOM = 1.5
# The state line shrinks below the theme's size only to fit a narrow tile, never below this.
MIN_STATE_PT = 16
SPLIT_BELOW_PT = 24
# Sizes tried for the action, largest first; the largest that shows all of it and the cause
# wins. The smallest is the tile's least action size.
ACTION_SIZES_PT = (22, 20, 18, 16, 14, 13, theme.TILE_ACTION_MIN_PT)
STEP_BAR_PX = 10


@lru_cache(maxsize=64)
def metrics(point_size: int, bold: bool = False, mono: bool = False) -> QFontMetrics:
    return QFontMetrics(theme.font(point_size, bold=bold, mono=mono))


def line(point_size: int, bold: bool = False) -> int:
    return metrics(point_size, bold).lineSpacing()


@lru_cache(maxsize=4096)
def wrap(text: str, point_size: int, bold: bool, width: int) -> tuple[str, ...]:
    return tuple(fitting.wrap(text, metrics(point_size, bold), width))


@lru_cache(maxsize=4096)
def fit(text: str, point_size: int, bold: bool, width: int, lines: int) -> tuple[str, int, bool]:
    """`text` in at most `lines` lines: (shown text, lines used, shortened?)."""
    return fitting.fit(text, metrics(point_size, bold), width, lines)


@lru_cache(maxsize=1024)
def fit_state(text: str, largest_pt: int, room: int, split: bool = True) -> tuple[int, str]:
    """The point size and text of the state line: on one line at the largest size that fits
    `room`, or on two (glyph and first word, then the rest) when one line would be too small
    or cut, as "Already provisioned" would be on a narrow tile; never two without `split`
    (a compact tile has no height to spare for them)."""

    def largest(lines: list[str], start_pt: int = largest_pt) -> int | None:
        for pt in range(start_pt, MIN_STATE_PT - 1, -2):
            m = metrics(pt, True)
            if max(m.horizontalAdvance(ln) for ln in lines) <= room:
                return pt
        return None

    one = largest([text])
    glyph, _, words = text.partition(" ")
    first, _, rest = words.partition(" ")
    # A second line costs the action below a line of its own, so only a state line too small
    # to read from across the line is split.
    if split and rest and (one is None or one < SPLIT_BELOW_PT):
        two_lines = [f"{glyph} {first}", rest]
        # Two lines a little smaller than one would be: the split is for reading, not size.
        two = largest(two_lines, round(largest_pt * 0.8))
        if two is not None and (one is None or two >= one + 6):
            return two, "\n".join(two_lines)
    if one is not None:
        return one, text
    # Narrower than any tile the grid makes: cut the word rather than overlap the button.
    m = metrics(MIN_STATE_PT, True)
    return MIN_STATE_PT, m.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))


def cause_pt(action_pt: int) -> int:
    """The cause reads a step below the action it explains, never below the tile's least."""
    return max(theme.TILE_MIN_PT, action_pt - 2)


@lru_cache(maxsize=4096)
def text_sizes(
    action: str, cause: str, width: int, budget: int, zoom: float
) -> tuple[int, int, bool]:
    """Point sizes of the action and the cause, and whether both fit whole in `budget`: the
    largest action size (not above the tile's zoom) at which the whole action and the whole
    cause fit; failing that, the least sizes, which show the most of both.

    Never a larger action at the cost of the cause: choosing the action's size by what is left
    of the cause made the two trade places (shorten the action's words, and a larger action
    type cut the cause to one line instead), so whether a tile showed everything depended on
    the wording rather than on its room."""
    cap = max(theme.TILE_ACTION_MIN_PT, round(ACTION_SIZES_PT[0] * zoom / MAX_ZOOM))
    sizes = [pt for pt in ACTION_SIZES_PT if pt <= cap or pt == ACTION_SIZES_PT[-1]]
    for action_pt in sizes:
        c_pt = cause_pt(action_pt)
        if texts_height(action, cause, width, action_pt, c_pt) <= budget:
            return action_pt, c_pt, True
    least = ACTION_SIZES_PT[-1]
    return least, cause_pt(least), False


def texts_height(action: str, cause: str, width: int, action_pt: int, c_pt: int) -> int:
    """The height the whole action and the whole cause take at these sizes, each with the
    SPACING above it (the measure both the tile and the grid's row heights use)."""
    need = 0
    for text, pt, bold in ((action, action_pt, True), (cause, c_pt, False)):
        lines = len(wrap(text, pt, bold, width))
        if lines:
            need += SPACING + lines * line(pt, bold)
    return need


def share_lines(
    budget: int, action: tuple[int, int], cause: tuple[int, int]
) -> tuple[int, int, int]:
    """Lines for the action and the cause, each given as (lines wanted, line height), in
    `budget` pixels: the action's first MIN_ACTION_LINES even over budget, then a line of
    cause, then the rest of the action, then the rest of the cause. Returns (action lines,
    cause lines, pixels left); each text shown costs a SPACING above it."""
    (want_a, line_a), (want_c, line_c) = action, cause
    got_a = min(want_a, MIN_ACTION_LINES)
    left = budget - got_a * line_a - (SPACING if got_a else 0)
    got_c = 0
    if want_c and left >= SPACING + line_c:
        got_c = 1
        left -= SPACING + line_c
    more = max(0, min(want_a - got_a, left // line_a))
    got_a += more
    left -= more * line_a
    if got_c:
        more = max(0, min(want_c - got_c, left // line_c))
        got_c += more
        left -= more * line_c
    return got_a, got_c, left


def compact_state_row() -> int:
    """The height of a compact tile's state row: the button, or the state word if taller."""
    return max(theme.COMPACT_BUTTON_HEIGHT_PX, line(MIN_COMPACT_STATE_PT, True))


@lru_cache(maxsize=1024)
def compact_need(
    action: str, cause: str, tile_width: int, working: bool, presence: bool = False
) -> int:
    """The height a compact tile of `tile_width` needs to show its whole cause and action at
    the least sizes, measured as the tile measures them (`texts_height`)."""
    width = tile_width - 2 * BORDER_PX - COMPACT_MARGINS[0] - COMPACT_MARGINS[2]
    need = compact_bare_height()
    if working:
        need += 2 * SPACING + line(theme.BODY_PT) + STEP_BAR_PX
    if presence:
        need += SPACING + metrics(theme.TILE_MIN_PT, True).height()
    least = theme.TILE_ACTION_MIN_PT
    need += texts_height(action, cause, width, least, cause_pt(least))
    return need


@lru_cache(maxsize=1)
def stacked_min_height() -> int:
    """The least height at which a tile keeps its button below the texts and still shows a
    state at full size, two lines of action and one of cause; shorter tiles go compact."""
    return (
        2 * BORDER_PX
        + MARGINS[1]
        + MARGINS[3]
        + metrics(theme.TITLE_PT, True).height()
        + line(theme.STATE_PT, True)
        + MIN_ACTION_LINES * line(theme.ACTION_PT, True)
        + line(theme.BODY_PT)
        + theme.BUTTON_MIN_HEIGHT_PX
        + 5 * SPACING
    )


def compact_bare_height() -> int:
    """A compact tile with nothing to say: its state row inside the border and margins."""
    return 2 * BORDER_PX + COMPACT_MARGINS[1] + COMPACT_MARGINS[3] + compact_state_row()


@lru_cache(maxsize=1)
def compact_min_height() -> int:
    """A compact tile's least height: its state row, two lines of action at the least size and
    one line of cause."""
    return (
        2 * BORDER_PX
        + COMPACT_MARGINS[1]
        + COMPACT_MARGINS[3]
        + compact_state_row()
        + MIN_ACTION_LINES * line(theme.TILE_ACTION_MIN_PT, True)
        + line(theme.TILE_MIN_PT)
        + 2 * SPACING
    )


@lru_cache(maxsize=8)
def compact_min_width(widest_state: str) -> int:
    """Room for the slot number and the longest state word that shares its row with a button,
    at the compact size, plus that button."""
    m = metrics(MIN_COMPACT_STATE_PT, True)
    return (
        2 * BORDER_PX
        + COMPACT_MARGINS[0]
        + COMPACT_MARGINS[2]
        + m.horizontalAdvance("16")
        + m.horizontalAdvance(widest_state)
        + 3 * SPACING
        + theme.COMPACT_BUTTON_WIDTH_PX
    )
