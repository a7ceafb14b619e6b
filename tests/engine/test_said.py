"""A slot's snapshot says its message and action once: given by ID (`text`, `action_text`), their
English replaces whatever plain English came with them, so the journal, the command line and the
tile never read two different things; given only in plain English, that is kept as it is."""

from __future__ import annotations

from station.engine.events import SlotSnapshot, SlotState
from station.text import Text


def test_texts_by_id_set_the_english_message_and_action() -> None:
    text = Text.of("check_scan.waiting")
    action = Text.of("abort.again_when_ready", slot="4")
    snap = SlotSnapshot(
        slot="4",
        location="pty",
        state=SlotState.WORKING,
        message="stale",
        action="stale",
        text=text,
        action_text=action,
    )
    assert snap.message == "Provisioned; waiting for its label to be scanned back."
    assert snap.action == "Provision the device in slot 4 again when ready."
    assert (snap.text, snap.action_text) == (text, action)


def test_plain_english_without_texts_is_kept() -> None:
    snap = SlotSnapshot(
        slot="4", location="pty", state=SlotState.FAIL, message="Lost.", action="Reseat it."
    )
    assert (snap.message, snap.action) == ("Lost.", "Reseat it.")
    assert (snap.text, snap.action_text) == (None, None)


def test_a_message_by_id_alone_leaves_the_plain_action() -> None:
    snap = SlotSnapshot(
        slot="4",
        location="pty",
        state=SlotState.FAIL,
        action="Reseat it.",
        text=Text.of("check_scan.waiting"),
    )
    assert snap.message == "Provisioned; waiting for its label to be scanned back."
    assert snap.action == "Reseat it."
