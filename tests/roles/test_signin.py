"""QA/supervisor sign-in against real scrypt hashes and a real journal: lockout, doubling,
journal events, and nothing of the password anywhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.journal import Journal
from station.roles import (
    Authenticator,
    Role,
    RoleNotSetUp,
    SignInLocked,
    SignInRefused,
    SignInThrottle,
)
from tests.roles.helpers import SUPERVISOR_PASSWORD, FakeClock, roles_config


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.db", station_id="roles-test") as journal:
        yield journal


def test_right_password_signs_in_and_is_journaled(journal: Journal) -> None:
    auth = Authenticator(roles_config(), journal)
    actor = auth.sign_in("  Sam   Lee ", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    assert actor.name == "Sam Lee" and actor.role is Role.SUPERVISOR
    (event,) = journal.audit_events()
    assert event.kind == "signin"
    assert event.actor == "Sam Lee (supervisor)"
    assert event.details == {"role": "supervisor"}


def test_the_qa_password_does_not_open_the_supervisor_role(journal: Journal) -> None:
    from tests.roles.helpers import QA_PASSWORD

    auth = Authenticator(roles_config(), journal)
    assert auth.sign_in("Quinn", Role.QA, QA_PASSWORD).role is Role.QA
    with pytest.raises(SignInRefused):
        auth.sign_in("Quinn", Role.SUPERVISOR, QA_PASSWORD)


def test_five_failures_lock_sign_in_and_each_lockout_doubles(journal: Journal) -> None:
    clock = FakeClock()
    auth = Authenticator(roles_config(), journal, clock=clock)
    for n in range(4):
        with pytest.raises(SignInRefused) as refused:
            auth.sign_in("Mallory", Role.SUPERVISOR, f"guess {n}")
        assert f"{4 - n} more" in refused.value.message
    with pytest.raises(SignInLocked) as locked:
        auth.sign_in("Mallory", Role.SUPERVISOR, "guess 4")
    assert locked.value.retry_after_s == 60
    # Locked: even the right password is not checked until the wait is over.
    clock.advance(59)
    with pytest.raises(SignInLocked) as still:
        auth.sign_in("Sam", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    assert still.value.retry_after_s == pytest.approx(1)
    clock.advance(1.5)
    for n in range(4):
        with pytest.raises(SignInRefused):
            auth.sign_in("Mallory", Role.QA, f"again {n}")
    with pytest.raises(SignInLocked) as second:
        auth.sign_in("Mallory", Role.SUPERVISOR, "again 4")
    assert second.value.retry_after_s == 120  # doubled, and one throttle for every role
    clock.advance(121)
    auth.sign_in("Sam", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    # A success resets the count and the doubling.
    for n in range(4):
        with pytest.raises(SignInRefused):
            auth.sign_in("Sam", Role.SUPERVISOR, f"typo {n}")
    with pytest.raises(SignInLocked) as after_success:
        auth.sign_in("Sam", Role.SUPERVISOR, "typo 4")
    assert after_success.value.retry_after_s == 60
    kinds = [e.kind for e in reversed(journal.audit_events(limit=100))]
    assert kinds.count("signin_failed") == 12
    assert kinds.count("signin_locked") == 3
    assert kinds.count("signin") == 1
    for event in journal.audit_events(limit=100):
        assert SUPERVISOR_PASSWORD not in repr(event)
        assert not any("guess" in v or "typo" in v for v in event.details.values())


def test_the_lockout_settings_come_from_the_configuration(journal: Journal) -> None:
    clock = FakeClock()
    auth = Authenticator(
        roles_config(signin_attempts=2, signin_lockout_s=300), journal, clock=clock
    )
    with pytest.raises(SignInRefused):
        auth.sign_in("X", Role.QA, "wrong one")
    with pytest.raises(SignInLocked) as locked:
        auth.sign_in("X", Role.QA, "wrong two")
    assert locked.value.retry_after_s == 300
    assert "5 min" in locked.value.message


def test_the_lockout_never_exceeds_an_hour() -> None:
    clock = FakeClock()
    throttle = SignInThrottle(1, 60, clock=clock)
    waits = []
    for _ in range(10):
        waits.append(throttle.failed())
        clock.advance(4000)
    assert waits[:4] == [60, 120, 240, 480]
    assert max(waits) == 3600


def test_a_role_without_a_password_cannot_be_signed_into(journal: Journal) -> None:
    auth = Authenticator(roles_config(qa_password_hash=None), journal)
    with pytest.raises(RoleNotSetUp) as err:
        auth.sign_in("Quinn", Role.QA, "anything at all")
    assert "station roles set-password qa" in err.value.action
    assert journal.audit_events() == []


def test_a_name_is_required(journal: Journal) -> None:
    auth = Authenticator(roles_config(), journal)
    with pytest.raises(SignInRefused) as err:
        auth.sign_in("   ", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    assert "name" in err.value.message


def test_a_new_process_inherits_the_lockout_from_the_journal(journal: Journal) -> None:
    first = Authenticator(roles_config(), journal)
    for n in range(4):
        with pytest.raises(SignInRefused):
            first.sign_in("Mallory", Role.SUPERVISOR, f"guess {n}")
    # Restarting after four failures does not give five fresh tries.
    second = Authenticator(roles_config(), journal)
    second.throttle.restore(journal.audit_events(limit=200))
    assert second.throttle.tries_left == 1
    with pytest.raises(SignInLocked):
        second.sign_in("Mallory", Role.SUPERVISOR, "guess 4")
    # Nor does restarting during the lockout end it, and the next lockout still doubles.
    third = Authenticator(roles_config(), journal)
    third.throttle.restore(journal.audit_events(limit=200))
    assert 55 < third.throttle.retry_after_s() <= 60
    with pytest.raises(SignInLocked):
        third.sign_in("Sam", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    from datetime import UTC, datetime, timedelta

    later = Authenticator(roles_config(), journal)
    later.throttle.restore(
        journal.audit_events(limit=200), now=datetime.now(UTC) + timedelta(seconds=61)
    )
    assert later.throttle.retry_after_s() == 0
    for n in range(4):
        with pytest.raises(SignInRefused):
            later.sign_in("Mallory", Role.SUPERVISOR, f"more {n}")
    with pytest.raises(SignInLocked) as doubled:
        later.sign_in("Mallory", Role.SUPERVISOR, "more 4")
    assert doubled.value.retry_after_s == 120


def test_a_successful_sign_in_in_the_journal_clears_the_history(journal: Journal) -> None:
    auth = Authenticator(roles_config(), journal)
    for n in range(3):
        with pytest.raises(SignInRefused):
            auth.sign_in("Sam", Role.SUPERVISOR, f"typo {n}")
    auth.sign_in("Sam", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    fresh = Authenticator(roles_config(), journal)
    fresh.throttle.restore(journal.audit_events(limit=200))
    assert fresh.throttle.tries_left == 5 and fresh.throttle.retry_after_s() == 0


def test_a_locked_out_supervisor_is_not_told_to_reset_their_own_password(
    journal: Journal,
) -> None:
    # Setting a new supervisor password needs the old one, so the way out names the file.
    auth = Authenticator(roles_config(signin_attempts=1), journal)
    with pytest.raises(SignInLocked) as err:
        auth.sign_in("Sam", Role.SUPERVISOR, "not it at all")
    with pytest.raises(SignInLocked) as again:
        auth.sign_in("Sam", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    assert err.value.retry_after_s > 0
    assert "supervisor_password_hash" in again.value.action
    assert "a supervisor sets a new one" not in again.value.action


def test_a_missing_qa_password_is_the_supervisors_to_set(journal: Journal) -> None:
    auth = Authenticator(roles_config(qa_password_hash=None), journal)
    with pytest.raises(RoleNotSetUp) as err:
        auth.sign_in("Quinn", Role.QA, "anything at all")
    assert "A supervisor runs `station roles set-password qa`" in err.value.action
