"""The operator's words: one flat cause, one action, none of the station's own names."""

from __future__ import annotations

from ui.operator import words

WRITE_UNKNOWN = (
    "The write to the device in slot 1 may or may not have completed (No answer to write from "
    "the device in slot 1, so it is unknown whether it took effect (The device in slot 1 "
    "(/dev/pts/0) disconnected: the port closed while reading.)), and the device no longer "
    "answers (The device in slot 1 (/dev/pts/0) disconnected: the port stopped working "
    "(input/output error).)."
)
INTERNAL = ("ALREADY_PROVISIONED", "token command", "SECURE", "did not answer identify", "_")


def test_a_nested_engine_message_becomes_one_flat_sentence() -> None:
    said = words.cause(WRITE_UNKNOWN)
    assert said == (
        "The write to the device may or may not have completed, and the device no longer answers."
    )
    assert "(" not in said and "/dev/" not in said


def test_no_internal_names_reach_the_operator() -> None:
    messages = [
        "The device in slot 2 did not answer identify within 1.1 s.",
        "Slot 4: the device reports ALREADY_PROVISIONED storage SECURE.",
        "The token command vault-token failed with exit status 2.",
        "write_unknown: the device refused write: PROGRAM_FAILED.",
    ]
    for message in messages:
        said = words.cause(message) + " " + words.action(message)
        assert not [name for name in INTERNAL if name in said], said
    assert words.cause(messages[0]) == (
        "The device did not answer when asked for its identity within 1.1 s."
    )


def test_an_aborted_tile_says_each_sentence_once() -> None:
    message = "Stopped by the operator at 'reading identity'. Stopped by the operator."
    assert words.sentences(words.plain(message)) == ["Stopped by the operator at reading identity."]
    action = (
        "Provision the device in slot 3 again when ready. Provision the device again when ready."
    )
    assert words.action(action) == "Provision the device again when ready."


def test_one_cause_one_action() -> None:
    cause = "The device stopped answering. It may have lost power. Check the cable."
    assert words.cause(cause) == "The device stopped answering."
    assert words.action("Reseat it. Then start it again.") == "Reseat it. Then start it again."
    assert words.cause("") == words.action("") == ""
