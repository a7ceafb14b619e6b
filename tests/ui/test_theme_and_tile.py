"""Tiles render every slot state with words and a glyph, in a font that has the glyphs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.engine.events import Result, SlotSnapshot, SlotState, Step
from ui import theme
from ui.operator import words
from ui.operator.tile import (
    MIN_ACTION_LINES,
    MIN_COMPACT_STATE_PT,
    SlotTile,
    format_elapsed,
)
from ui.operator.tile_fit import compact_min_height


def _snap(state: SlotState, **kw: object) -> SlotSnapshot:
    return SlotSnapshot(slot="3", location="usb-1-1.3", state=state, **kw)  # type: ignore[arg-type]


def test_fonts_exist_and_cover_every_glyph(qapp: QApplication) -> None:
    assert QFontInfo(qapp.font()).family() != ""
    for pt, bold in ((theme.STATE_PT, True), (theme.BODY_PT, False)):
        f = theme.font(pt, bold=bold)
        assert QFontInfo(f).family() != ""
        metrics = QFontMetrics(f)
        missing = [ch for ch in theme.all_glyphs() if not metrics.inFontUcs4(ord(ch))]
        assert missing == []


def test_every_state_has_its_own_glyph_word_and_colour() -> None:
    looks = theme.STATE_LOOKS
    assert set(looks) == set(SlotState)
    assert len({look.glyph for look in looks.values()}) == len(looks)
    assert len({look.word for look in looks.values()}) == len(looks)
    assert len({(look.background, look.foreground) for look in looks.values()}) == len(looks)


def test_every_state_and_banner_colour_pair_has_enough_contrast() -> None:
    pairs = [(look.background, look.foreground) for look in theme.STATE_LOOKS.values()]
    pairs += [
        (look.background, look.foreground)
        for look in (theme.HEALTH_OK, theme.HEALTH_DOWN, theme.HEALTH_UNKNOWN)
    ]
    pairs += list(theme.NOTICE_COLOURS.values())
    weak = [p for p in pairs if theme.contrast_ratio(*p) < theme.MIN_CONTRAST]
    assert weak == []
    assert theme.contrast_ratio(theme.BLACK, theme.WHITE) == pytest.approx(21)
    assert theme.contrast_ratio(theme.VERMILLION, theme.WHITE) < theme.MIN_CONTRAST


# A tile's size with 16 slots (4 x 4) on a 1600 x 1000 screen, and with 4 slots on a 1560 x 960
# window.
SIXTEEN_SLOTS = (378, 181)
FOUR_SLOTS = (700, 320)
ELAPSED = {SlotState.NO_DEVICE: 0.0, SlotState.READY: 0.0, SlotState.WORKING: 12.4}
# On a compact tile the state shares its row with the button, and never takes two lines: the
# longest word shrinks instead.
COMPACT_LEAST_PT = {SlotState.ALREADY_PROVISIONED: 16}


@pytest.mark.parametrize(
    ("size", "least_pt"), [(SIXTEEN_SLOTS, MIN_COMPACT_STATE_PT), (FOUR_SLOTS, theme.STATE_PT)]
)
@pytest.mark.parametrize("state", list(SlotState))
def test_tile_shows_state_text_and_glyph_whole_and_large(
    qtbot: QtBot, state: SlotState, size: tuple[int, int], least_pt: int
) -> None:
    if size == SIXTEEN_SLOTS:
        least_pt = COMPACT_LEAST_PT.get(state, least_pt)
    tile = SlotTile(_snap(state, elapsed_s=ELAPSED.get(state, 61.0)), 3)
    qtbot.addWidget(tile)
    tile.resize(*size)
    tile.show()
    qtbot.waitExposed(tile)
    look = theme.STATE_LOOKS[state]
    label = tile.state_label
    assert tile.state_text == f"{look.glyph} {look.word}"
    # Every letter shows (on one line, or two for a long word), and big.
    assert label.text().replace("\n", " ") == tile.state_text
    assert label.text().count("\n") <= (0 if tile.compact else 1)
    assert label.font().pointSize() >= least_pt
    assert label.font().bold()
    assert label.isVisible()
    metrics = QFontMetrics(label.font())
    assert max(metrics.horizontalAdvance(line) for line in label.text().split("\n")) <= (
        label.width()
    )
    # The port's distinctive end stays in view when its start is cut; all of it is a hover away.
    assert tile.location.text().lstrip("…") and "usb-1-1.3".endswith(
        tile.location.text().lstrip("…")
    )
    assert tile.location.text().endswith("1-1.3")
    assert tile.location.toolTip() == "usb-1-1.3"
    startable = state in (SlotState.READY, SlotState.FAIL, SlotState.ABORTED)
    assert tile.start_button.isEnabled() == startable
    assert tile.abort_button.isEnabled() == (state is SlotState.WORKING)
    # Only the control that can act is on the tile.
    assert tile.start_button.isVisible() == startable
    assert tile.abort_button.isVisible() == (state is SlotState.WORKING)


def test_a_bigger_tile_shows_bigger_type_and_the_whole_action(qtbot: QtBot) -> None:
    action = "Reseat the device in slot 3 and check that it is powered."
    sizes: dict[tuple[int, int], tuple[int, int]] = {}
    for size in (SIXTEEN_SLOTS, FOUR_SLOTS):
        tile = SlotTile(_snap(SlotState.FAIL, message="No answer.", action=action), 3)
        qtbot.addWidget(tile)
        tile.resize(*size)
        tile.show()
        qtbot.waitExposed(tile)
        sizes[size] = (tile.state_label.font().pointSize(), tile.action.font().pointSize())
        if size == FOUR_SLOTS:
            assert tile.action.text().replace("\n", " ") == f"What to do: {words.action(action)}"
            assert tile.cause.text() == "No answer."
            assert tile.rect().contains(tile.action.geometry())
            assert not tile.action.geometry().intersects(tile.start_button.geometry())
    assert sizes[FOUR_SLOTS][0] > sizes[SIXTEEN_SLOTS][0]
    assert sizes[FOUR_SLOTS][1] > sizes[SIXTEEN_SLOTS][1] == theme.ACTION_PT


def test_every_tile_asks_for_the_same_room(qtbot: QtBot) -> None:
    hints = set()
    for state in SlotState:
        tile = SlotTile(_snap(state, message="A long cause " * 5, action="Act. " * 20), 1)
        qtbot.addWidget(tile)
        hints.add((tile.sizeHint().width(), tile.sizeHint().height()))
        hints.add((tile.minimumSizeHint().width(), tile.minimumSizeHint().height()))
    assert len(hints) == 1


def test_working_tile_shows_step_and_progress(qtbot: QtBot) -> None:
    tile = SlotTile(_snap(SlotState.WORKING, step=Step.WRITE, elapsed_s=4.2), 1)
    qtbot.addWidget(tile)
    tile.show()
    assert tile.step_label.isVisible()
    assert tile.step_label.text() == "Writing credentials"
    assert tile.progress.isVisible()
    assert tile.progress.value() == Step.WRITE.position + 1
    assert tile.progress.maximum() == len(Step)
    assert tile.elapsed.text() == "4.2 s"
    assert not tile.action.isVisible()


def test_elapsed_time_advances_between_updates(qtbot: QtBot) -> None:
    tile = SlotTile(_snap(SlotState.WORKING, step=Step.CONNECT, elapsed_s=1.0), 1)
    qtbot.addWidget(tile)
    qtbot.wait(300)
    tile.tick()
    assert float(tile.elapsed.text().split()[0]) >= 1.2


def test_failed_tile_shows_cause_and_action(qtbot: QtBot) -> None:
    snap = _snap(
        SlotState.FAIL,
        result=Result.FAIL,
        device_id="AAAAAAAAAAAAAAAAAAAAAA",
        hardware_serial="SN-0042",
        elapsed_s=7.5,
        error_class="timeout",
        message="The device stopped answering while its credentials were written.",
        action="Reseat the device in slot 3 and press Start.",
    )
    tile = SlotTile(snap, 3)
    qtbot.addWidget(tile)
    tile.resize(520, 360)
    tile.show()
    assert tile.state_label.text() == "✗ FAIL"
    assert tile.cause.isVisible()
    assert "stopped answering" in tile.cause.text().replace("\n", " ")
    assert tile.action.isVisible()
    # The tile is slot 3's own: the action does not repeat which slot it means.
    assert tile.action_text == "What to do: Reseat the device and press Start."
    assert tile.action.text().replace("\n", " ") == tile.action_text
    assert tile.device_id.text() == "AAAAAAAAAAAAAAAAAAAAAA"
    assert tile.serial.text() == "SN-0042"
    assert not tile.step_label.isVisible()
    # The action text is laid out where the operator can see it, not clipped away.
    assert tile.action.geometry().height() > 0
    assert tile.rect().contains(tile.action.geometry())


def test_scrap_tile_says_scrap_with_warning_glyph(qtbot: QtBot) -> None:
    tile = SlotTile(
        _snap(SlotState.SCRAP, message="OTP already holds another secret.", action="Set aside."),
        1,
    )
    qtbot.addWidget(tile)
    assert tile.state_label.text() == "⚠ SCRAP"
    assert tile.action.text() == "What to do: Set aside."
    assert tile.action_text == "What to do: Set aside."


def test_pass_after_fail_hides_the_old_action(qtbot: QtBot) -> None:
    tile = SlotTile(_snap(SlotState.FAIL, message="x", action="Reseat."), 1)
    qtbot.addWidget(tile)
    tile.show()
    tile.apply(_snap(SlotState.PASS, result=Result.PASS))
    assert tile.state_label.text() == "✓ PASS"
    assert not tile.action.isVisible()
    assert tile.action.text() == ""


def test_buttons_emit_requests_and_are_glove_sized(qtbot: QtBot) -> None:
    tile = SlotTile(_snap(SlotState.READY), 1)
    qtbot.addWidget(tile)
    tile.show()
    least = theme.COMPACT_BUTTON_HEIGHT_PX if tile.compact else theme.BUTTON_MIN_HEIGHT_PX
    assert tile.start_button.height() >= least >= 40  # about 10.6 mm at 96 dpi
    with qtbot.waitSignal(tile.startRequested) as blocker:
        QTest.mouseClick(tile.start_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["3"]
    tile.apply(_snap(SlotState.WORKING, step=Step.REGISTER))
    with qtbot.waitSignal(tile.abortRequested) as blocker:
        QTest.mouseClick(tile.abort_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["3"]


def test_scanned_serial_matching_is_exact_and_case_insensitive(qtbot: QtBot) -> None:
    tile = SlotTile(_snap(SlotState.PASS, hardware_serial="SN-77", device_id="dev-abc"), 1)
    qtbot.addWidget(tile)
    assert tile.shows_serial("sn-77")
    assert tile.shows_serial(" DEV-ABC ")
    assert not tile.shows_serial("SN-7")
    assert not tile.shows_serial("")


def test_format_elapsed() -> None:
    assert format_elapsed(3.25) == "3.2 s"
    assert format_elapsed(75) == "1 min 15 s"


LONG_CAUSE = (
    "No answer to write from the device in slot 2, so it is unknown whether it took effect "
    "(the device in slot 2 did not answer write within 1.1 s)."
)
LONG_ACTION = (
    "Do not start again blindly: reseat the device in slot 2 if needed and press Start; the "
    "station reads what was stored before doing anything else."
)


def _visible_parts(tile: SlotTile) -> list[tuple[str, QRect]]:
    parts = [
        ("title", tile.title),
        ("state", tile.state_label),
        ("details", tile.details),
        ("cause", tile.cause),
        ("action", tile.action),
        ("start", tile.start_button),
    ]
    return [(name, w.geometry()) for name, w in parts if w.isVisible()]


@pytest.mark.parametrize("size", [(440, 290), (356, 160), SIXTEEN_SLOTS, (330, 215), (700, 420)])
def test_failed_tile_never_overlaps_and_keeps_the_action(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    snap = _snap(
        SlotState.FAIL,
        device_id="DeAk_8tZXe037x4aSe0riw",
        hardware_serial="SIM-972F8C0E",
        elapsed_s=3.3,
        message=LONG_CAUSE,
        action=LONG_ACTION,
    )
    tile = SlotTile(snap, 2)
    qtbot.addWidget(tile)
    tile.resize(*size)
    tile.show()
    qtbot.waitExposed(tile)
    parts = _visible_parts(tile)
    names = [n for n, _ in parts]
    assert "action" in names and "state" in names and "start" in names
    for i, (a, ra) in enumerate(parts):
        assert tile.rect().contains(ra), f"{a} leaves the tile"
        for b, rb in parts[i + 1 :]:
            assert not ra.intersects(rb), f"{a} overlaps {b} at {size}"
    shown = tile.action.text().replace("\n", " ")
    assert shown.startswith("What to do: Do not start")
    # Shortened text says so, and the whole text is one hover away.
    assert shown == f"What to do: {words.action(LONG_ACTION)}" or shown.endswith("…")
    assert tile.action.toolTip() == tile.action_text
    if size[1] >= 420:
        # A tall tile shows the whole action, in type larger than the base size.
        assert shown == tile.action_text
        assert tile.action.font().pointSize() > theme.ACTION_PT


def test_wrap_and_fit(qapp: QApplication) -> None:
    from ui.operator.fitting import fit, wrap

    metrics = QFontMetrics(theme.font(theme.BODY_PT))
    width = metrics.horizontalAdvance("x" * 20)
    lines = wrap(LONG_ACTION, metrics, width)
    assert len(lines) > 3
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert " ".join(lines) == LONG_ACTION
    text, used, shortened = fit(LONG_ACTION, metrics, width, 2)
    assert used == 2 and shortened and text.endswith("…")
    assert fit("short", metrics, width, 2) == ("short", 1, False)
    assert wrap("a" * 200, metrics, width)[0] != "a" * 200  # a long word is broken


def test_a_short_failed_tile_keeps_cause_and_action_in_view(qtbot: QtBot) -> None:
    """Sixteen slots: the button moves beside the state, the action keeps at least two lines
    and the cause a line of its own (touch screens have no hover); what is cut is in the
    tile's tooltip."""
    tile = SlotTile(_snap(SlotState.FAIL, message=LONG_CAUSE, action=LONG_ACTION), 2)
    qtbot.addWidget(tile)
    tile.resize(*SIXTEEN_SLOTS)
    tile.show()
    qtbot.waitExposed(tile)
    assert tile.compact
    start, state, action = tile.start_button, tile.state_label, tile.action
    assert start.isVisible() and start.height() >= theme.COMPACT_BUTTON_HEIGHT_PX
    assert start.geometry().bottom() < action.geometry().top()  # beside the state, not below
    assert start.geometry().left() > state.geometry().left()
    lines = action.text().split("\n")
    assert len(lines) >= MIN_ACTION_LINES
    assert action.text().replace("\n", " ").rstrip("…") in tile.action_text
    assert tile.cause.isVisible() and tile.cause.text()
    assert tile.cause.font().pointSize() >= theme.TILE_MIN_PT
    assert action.font().pointSize() >= theme.TILE_ACTION_MIN_PT
    if action.text().endswith("…") or tile.cause.text().endswith("…"):
        assert LONG_CAUSE in tile.toolTip() and tile.action_text in tile.toolTip()
    # Back on a tall tile the button goes below the texts again, and all of them show.
    tile.resize(900, 600)
    qtbot.waitUntil(lambda: not tile.compact)
    assert start.geometry().top() > action.geometry().bottom()
    assert tile.cause.text().replace("\n", " ") == tile.cause_text == words.cause(LONG_CAUSE)
    assert action.text().replace("\n", " ") == tile.action_text


def test_the_minimum_tile_still_shows_two_lines_of_action(qtbot: QtBot) -> None:
    tile = SlotTile(_snap(SlotState.FAIL, message=LONG_CAUSE, action=LONG_ACTION), 2)
    qtbot.addWidget(tile)
    # The least cell the fixture plans a tile for.
    tile.resize(tile.minimumSizeHint().width(), compact_min_height())
    tile.show()
    qtbot.waitExposed(tile)
    assert tile.action.text().count("\n") + 1 >= MIN_ACTION_LINES
    assert tile.rect().contains(tile.action.geometry())
    assert not tile.action.geometry().intersects(tile.start_button.geometry())
