"""Tiles render every slot state with words and a glyph, in a font that has the glyphs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.engine.events import Result, SlotSnapshot, SlotState, Step
from ui import theme
from ui.operator.tile import SlotTile, format_elapsed


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


@pytest.mark.parametrize("state", list(SlotState))
def test_tile_shows_state_text_and_glyph(qtbot: QtBot, state: SlotState) -> None:
    tile = SlotTile(_snap(state), 3)
    qtbot.addWidget(tile)
    tile.show()
    look = theme.STATE_LOOKS[state]
    assert tile.state_label.text() == f"{look.glyph} {look.word}"
    assert tile.state_label.font().pointSize() >= 28
    assert tile.state_label.font().bold()
    assert tile.state_label.isVisible()
    assert "usb-1-1.3" in tile.location.text()
    assert tile.start_button.isEnabled() == (
        state in (SlotState.READY, SlotState.FAIL, SlotState.ABORTED)
    )
    assert tile.abort_button.isEnabled() == (state is SlotState.WORKING)


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
    tile.show()
    assert tile.state_label.text() == "✗ FAIL"
    assert tile.cause.isVisible()
    assert "stopped answering" in tile.cause.text()
    assert tile.action.isVisible()
    assert tile.action.text() == "What to do: Reseat the device in slot 3 and press Start."
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
    assert tile.start_button.height() >= theme.BUTTON_MIN_HEIGHT_PX
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
