"""A failed attempt's finish record keeps its message and action by ID beside the English, in
the record's payload (no new column), and the journal still verifies; a PASS keeps none."""

from __future__ import annotations

from pathlib import Path

from station.engine.attempt import journal_texts, verdict
from station.engine.deps import Finish, TargetInfo
from station.engine.events import Result
from station.engine.journaling import JournalAttemptLog
from station.engine.policy import PolicyRefused
from station.journal import Journal, verify
from station.journal.outbox import Outbox
from station.text import Text

TARGET = TargetInfo(name="plant", realm="plant1", pairing_url="https://pairing.example/p")


def _finish(log: JournalAttemptLog, attempt: str, result: Result, said: tuple[Text, Text]) -> None:
    message, action = said
    log.finish(
        attempt,
        Finish(
            result=result,
            error_class="not_allowed" if result is Result.FAIL else "",
            message=message.english,
            action=action.english,
            fingerprint=None,
            link_stats={},
            console_excerpt="",
            texts=journal_texts(result, message, action),
        ),
    )


def test_a_failed_attempt_keeps_its_ids_and_a_pass_none(tmp_path: Path) -> None:
    refused = PolicyRefused(
        Text.of("policy.not_allowed", serial="'X-9'", slot="3"),
        Text.of("policy.not_allowed.action", slot="3"),
        error_class="not_allowed",
    )
    result, _, message, action = verdict(refused, "3", Text.of("step_at.policy"), None)
    path = tmp_path / "j.db"
    with Journal.open(path, station_id="st-1") as journal:
        log = JournalAttemptLog(journal)
        failed = log.begin(slot="3", operator="ana", target=TARGET)
        _finish(log, failed, result, (message, action))
        passed = log.begin(slot="3", operator="ana", target=TARGET)
        _finish(log, passed, Result.PASS, (Text.of("attempt.provisioned"), Text.plain("")))
        row = journal.attempt(failed)
    assert row is not None and row.row.message == message.english  # QA reads the English
    with Outbox.open(path, station_id="st-1") as outbox:
        finishes = [e.payload for e in outbox.events_after(0) if e.kind == "attempt.finish"]
    assert len(finishes) == 2
    kept = finishes[0]["texts"]
    assert Text.from_data(kept["message"]) == message
    assert Text.from_data(kept["action"]).english == finishes[0]["action"] == action.english
    assert "texts" not in finishes[1]
    assert verify(path).ok


def test_a_message_redaction_changed_keeps_no_ids(tmp_path: Path) -> None:
    """A value redaction hid from the English is not kept in the parameters either."""
    secretish = "A" * 43 + "="
    message = Text.of("policy.not_allowed", serial=secretish, slot="3")
    action = Text.of("policy.not_allowed.action", slot="3")
    path = tmp_path / "j.db"
    with Journal.open(path, station_id="st-1") as journal:
        log = JournalAttemptLog(journal)
        attempt = log.begin(slot="3", operator="ana", target=TARGET)
        _finish(log, attempt, Result.FAIL, (message, action))
    with Outbox.open(path, station_id="st-1") as outbox:
        (finish,) = [e.payload for e in outbox.events_after(0) if e.kind == "attempt.finish"]
    assert secretish not in finish["message"]
    assert "texts" not in finish
    assert secretish not in str(finish)
