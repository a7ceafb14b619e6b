"""The intent's fsync overlaps the device's read-only questions before the write, and is still on
disk before `intent` returns (the crash-recovery rule: docs/recovery.md), whatever they do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station.engine.deps import TargetInfo
from station.engine.journaling import JournalAttemptLog
from station.journal import Journal, verify
from tests.engine.helpers import DEVICE_ID, REALM, identity

TARGET = TargetInfo(name="plant", realm=REALM, pairing_url="https://pairing.example/p")
FINGERPRINT = "cd" * 32


def _intents_on_disk(path: Path) -> list[str]:
    other = sqlite3.connect(path)  # as after a power cut: only what was committed
    try:
        rows = other.execute(
            "SELECT json_extract(payload, '$.fingerprint') FROM events "
            "WHERE kind = 'attempt.intent' ORDER BY seq"
        ).fetchall()
        return [r[0] for r in rows]
    finally:
        other.close()


def test_the_intent_is_on_disk_when_it_returns_and_the_questions_ran(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    asked: list[str] = []
    with Journal.open(path, station_id="st-1") as journal:
        log = JournalAttemptLog(journal)
        attempt = log.begin(slot="1", operator="ana", target=TARGET)
        log.device(attempt, identity(), DEVICE_ID)
        log.intent(
            attempt,
            device_id=DEVICE_ID,
            realm=REALM,
            fingerprint=FINGERPRINT,
            meanwhile=lambda: asked.append("params"),
        )
        assert asked == ["params"]
        assert _intents_on_disk(path) == [FINGERPRINT]
    assert verify(path).ok


def test_a_failed_question_still_leaves_the_intent_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "j.db"

    def device_gone() -> None:
        raise OSError("the port went away")

    with Journal.open(path, station_id="st-1") as journal:
        log = JournalAttemptLog(journal)
        attempt = log.begin(slot="1", operator="ana", target=TARGET)
        log.device(attempt, identity(), DEVICE_ID)
        with pytest.raises(OSError, match="the port went away"):
            log.intent(
                attempt,
                device_id=DEVICE_ID,
                realm=REALM,
                fingerprint=FINGERPRINT,
                meanwhile=device_gone,
            )
        # The error comes only once the intent is committed: the chain stays in order.
        assert _intents_on_disk(path) == [FINGERPRINT]
    assert verify(path).ok
