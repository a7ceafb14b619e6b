"""A ready tile shows the engine's note about an interrupted attempt, and drops it after."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from station.engine.events import Result, SlotSnapshot, SlotState
from ui import theme
from ui.operator.tile import SlotTile

NOTE = "Interrupted attempt found; press Start to resume."
ACTION = "Press Start on slot 2 with the same device in it: the station resumes as needed."


def test_ready_tile_shows_the_interrupted_attempt_note_and_can_start(qtbot: QtBot) -> None:
    tile = SlotTile(SlotSnapshot(slot="2", location="pty", state=SlotState.NO_DEVICE), 2)
    qtbot.addWidget(tile)
    tile.resize(520, 360)
    tile.show()
    tile.apply(
        SlotSnapshot(slot="2", location="pty", state=SlotState.READY, message=NOTE, action=ACTION)
    )
    assert tile.state_label.text() == theme.STATE_LOOKS[SlotState.READY].text
    assert tile.cause.isVisible()
    assert tile.cause.text().replace("\n", " ") == NOTE
    assert tile.action.isVisible()
    assert tile.action_text == (
        "What to do: Press Start with the same device in it: the station resumes as needed."
    )
    assert tile.rect().contains(tile.action.geometry())
    assert tile.start_button.isEnabled()
    assert NOTE in tile.accessibleDescription()

    # The resumed attempt passes: the note is gone with it.
    tile.apply(SlotSnapshot(slot="2", location="pty", state=SlotState.PASS, result=Result.PASS))
    assert not tile.cause.isVisible()
    assert not tile.action.isVisible()


def test_a_plain_ready_tile_has_no_note(qtbot: QtBot) -> None:
    tile = SlotTile(SlotSnapshot(slot="2", location="pty", state=SlotState.READY), 2)
    qtbot.addWidget(tile)
    tile.resize(520, 360)
    tile.show()
    assert not tile.cause.isVisible()
    assert not tile.action.isVisible()
    assert tile.action_text == ""
