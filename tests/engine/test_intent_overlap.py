"""The intent's fsync overlaps the device's read-only questions before the write, and is still on
disk before `intent` returns (the crash-recovery rule: docs/recovery.md), whatever they do; in an
attempt, those questions belong to the intent's step, and the write step sends only the record."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from station.engine.deps import TargetInfo
from station.engine.events import Result, Step
from station.engine.journaling import JournalAttemptLog
from station.journal import Journal, verify
from tests.engine.helpers import DEVICE_ID, REALM, identity
from tests.fixtures.engine import EngineRig

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


def test_a_device_lost_on_its_question_before_the_write_is_lost_before_the_write_began(
    engine_rig: Callable[..., EngineRig],
) -> None:
    # The SMP device is asked its buffer size (MCUmgr params) while the intent is made durable;
    # it goes away at that question, unanswered. The journal must then say the attempt ended at
    # the intent, with the intent on disk and no write step: nothing was sent to the storage,
    # which the device confirms.
    rig = engine_rig(slots=1, faults="slot1:unplug=before@params")
    outcome = rig.provision("1")
    assert (outcome.result, outcome.error_class) == (Result.FAIL, "disconnected"), outcome
    detail = rig.journal.attempt(outcome.attempt_id)
    assert detail is not None
    steps = [(s.step, s.ok) for s in detail.steps]
    assert steps == [
        (Step.CONNECT.value, True),
        (Step.IDENTIFY.value, True),
        (Step.POLICY.value, True),
        (Step.REGISTER.value, True),
        (Step.RECORD_INTENT.value, False),
    ]
    assert detail.steps[-1].detail == outcome.text.english
    assert outcome.text.english.startswith("The device in slot 1 (")
    assert outcome.text.english.endswith(") disconnected: the port closed while reading.")
    # The promise stands for the secret Pairing minted, so a later attempt knows of it.
    (intent,) = detail.intents
    assert intent.device_id == rig.device_id("1")
    assert [intent.fingerprint] == rig.standin.issued_secret_fingerprints()
    assert rig.stored_secret("1") is None
    assert verify(rig.journal.path).ok
