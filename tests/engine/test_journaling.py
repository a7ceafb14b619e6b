"""JournalAttemptLog, the journal as the transaction writes it, against a real SQLite journal:
every field of an attempt arrives where QA reads it, and a profile's long fact is cut."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from station.engine.deps import Finish, TargetInfo
from station.engine.events import Result, Step
from station.engine.journaling import FACT_CHARS, JournalAttemptLog
from station.journal import Journal, verify
from station.journal.model import PrivilegedRecord
from station.profiles.base import StorageKind
from tests.engine.helpers import DEVICE_ID, REALM, identity

TARGET = TargetInfo(name="plant", realm=REALM, pairing_url="https://pairing.example/p")
FINGERPRINT = "ab" * 32


def test_an_attempt_is_recorded_field_by_field(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.db", station_id="st-1") as journal:
        log = JournalAttemptLog(journal)
        attempt = log.begin(slot="4", operator="ana", target=TARGET)
        ident = replace(
            identity(kind=StorageKind.SECURE),
            facts={"chip": "ESP32", "note": "n" * (FACT_CHARS + 50)},
        )
        log.device(attempt, ident, DEVICE_ID)
        started = datetime(2026, 12, 6, 9, 0, 0, tzinfo=UTC)
        log.step(attempt, Step.IDENTIFY, started_at=started, duration_s=0.25, ok=True, detail="")
        assert log.latest_intent(DEVICE_ID, REALM) is None
        log.intent(attempt, device_id=DEVICE_ID, realm=REALM, fingerprint=FINGERPRINT)
        assert log.latest_intent(DEVICE_ID, REALM) == FINGERPRINT
        assert not log.has_passed(DEVICE_ID, REALM)
        log.step(attempt, Step.WRITE, started_at=started, duration_s=1.5, ok=False, detail="why")
        log.finish(
            attempt,
            Finish(
                result=Result.PASS,
                error_class="",
                message="Provisioned.",
                action="Take the unit.",
                fingerprint=FINGERPRINT,
                link_stats={"retries": 2},
                console_excerpt="boot ok",
                records=(PrivilegedRecord("mes_result", "ana", {"lot": "L-7"}),),
            ),
        )
        assert log.has_passed(DEVICE_ID, REALM)
        assert not log.has_passed(DEVICE_ID, "other-realm")
        detail = journal.attempt(attempt)
        audit = [(a.kind, a.actor) for a in journal.audit_events()]
    assert detail is not None
    row = detail.row
    assert (row.slot, row.operator, row.realm, row.device_id) == ("4", "ana", REALM, DEVICE_ID)
    assert (row.result, row.message, row.action) == ("PASS", "Provisioned.", "Take the unit.")
    assert (row.hardware_serial, row.model, row.firmware) == ("SN-0001", "sim-1", "1.0.0")
    assert (row.storage_kind, row.error_class, row.fingerprint) == ("secure", "", FINGERPRINT)
    assert detail.profile == "smp-provisioning"
    assert detail.facts == {"chip": "ESP32", "note": "n" * FACT_CHARS}
    assert FACT_CHARS == 200
    assert [(s.step, s.ok, s.detail) for s in detail.steps] == [
        ("identify", True, ""),
        ("write", False, "why"),
    ]
    assert [i.fingerprint for i in detail.intents] == [FINGERPRINT]
    assert detail.link_stats == {"retries": 2}
    assert detail.console_excerpt == "boot ok"
    assert ("mes_result", "ana") in audit  # written with the finish, in its transaction
    assert verify(tmp_path / "j.db").ok


def test_a_finish_gives_an_attempt_without_an_intent_its_fingerprint(tmp_path: Path) -> None:
    """A RECOVERED attempt proved what the device holds without writing: the finish carries
    the fingerprint QA exports promise for every provisioned device, and its own error class."""
    proven = "cd" * 32
    with Journal.open(tmp_path / "j.db", station_id="st-1") as journal:
        log = JournalAttemptLog(journal)
        attempt = log.begin(slot="2", operator="ana", target=TARGET)
        log.device(attempt, identity(), DEVICE_ID)
        log.finish(
            attempt,
            Finish(
                result=Result.RECOVERED,
                error_class="resumed",
                message="Recovered.",
                action="Take the unit.",
                fingerprint=proven,
                link_stats={},
                console_excerpt="",
            ),
        )
        detail = journal.attempt(attempt)
    assert detail is not None and detail.intents == ()
    assert (detail.row.result, detail.row.error_class) == ("RECOVERED", "resumed")
    assert detail.row.fingerprint == proven
