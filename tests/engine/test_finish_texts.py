"""The finish record the transaction journals keeps a refused attempt's message and action by
message ID beside their English (docs/journal.md), so they can be worded again in another
language; a PASS keeps none. Read back from the journal's events (its outbox) after
`Transaction.run()` over the real pieces: a simulated device on a pty, the Pairing stand-in over
HTTPS, the SQLite journal. No screen reads the IDs back yet: these tests are their reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from station.engine.events import Result
from station.journal import verify
from station.journal.outbox import Outbox
from station.text import Text
from tests.fixtures.engine import EngineRig


def _finish_record(rig: EngineRig, attempt_id: str) -> dict[str, Any]:
    with Outbox.open(rig.journal.path, station_id="test-station") as outbox:
        (payload,) = [
            e.payload
            for e in outbox.events_after(0)
            if e.kind == "attempt.finish" and e.attempt_id == attempt_id
        ]
    return payload


def test_a_refused_attempt_keeps_its_words_by_id(engine_rig: Callable[..., EngineRig]) -> None:
    rig = engine_rig(slots=1)
    device_id = rig.device_id("1")
    assert rig.claims.claim(device_id, "7") is None  # slot 7 is provisioning the same ID
    refused = rig.provision("1")
    assert (refused.result, refused.error_class) == (Result.FAIL, "duplicate_device"), refused

    record = _finish_record(rig, refused.attempt_id)
    texts = record["texts"]
    assert texts["message"] == {
        "id": "policy.duplicate",
        "params": {"device": device_id, "slot": "1", "other": "7"},
    }
    assert texts["action"] == {"id": "policy.duplicate.action", "params": {"slot": "1"}}
    # Worded again from the IDs, they say what the operator was told, as the English kept.
    assert Text.from_data(texts["message"]) == refused.text
    assert Text.from_data(texts["action"]) == refused.action_text
    assert Text.from_data(texts["message"]).english == record["message"]
    assert Text.from_data(texts["action"]).english == record["action"]
    assert verify(rig.journal.path).ok


def test_a_pass_keeps_no_words_by_id(engine_rig: Callable[..., EngineRig]) -> None:
    # Its message has an ID too ("attempt.provisioned"), but every attempt would carry it.
    rig = engine_rig(slots=1)
    passed = rig.provision("1")
    assert passed.result is Result.PASS, passed
    assert passed.text.id == "attempt.provisioned"
    record = _finish_record(rig, passed.attempt_id)
    assert record["result"] == "PASS" and record["message"] == passed.text.english
    assert "texts" not in record
