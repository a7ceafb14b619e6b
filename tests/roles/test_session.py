"""The idle lock and the role session: back to operator after the quiet spell, journaled."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.journal import Journal
from station.roles import Authenticator, IdleLock, Role, RoleSession
from tests.roles.helpers import SUPERVISOR_PASSWORD, FakeClock, roles_config


def test_idle_lock_expires_only_after_a_quiet_spell() -> None:
    clock = FakeClock()
    lock = IdleLock(300, clock=clock)
    clock.advance(299)
    assert not lock.expired and lock.remaining_s == pytest.approx(1)
    lock.touch()
    clock.advance(299)
    assert not lock.expired
    clock.advance(1)
    assert lock.expired and lock.remaining_s == 0


def test_idle_lock_refuses_a_zero_timeout() -> None:
    with pytest.raises(ValueError):
        IdleLock(0)


def test_session_drops_back_to_the_operator_when_idle(tmp_path: Path) -> None:
    clock = FakeClock()
    with Journal.open(tmp_path / "j.db", station_id="s") as journal:
        auth = Authenticator(roles_config(), journal, clock=clock)
        session = RoleSession("Olga", auth, journal, idle_timeout_s=300, clock=clock)
        assert session.actor.role is Role.OPERATOR and session.actor.name == "Olga"
        assert not session.lock_if_idle()
        signed_in = session.sign_in("Sam", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
        assert session.actor == signed_in and signed_in.role is Role.SUPERVISOR
        clock.advance(200)
        session.touch()
        clock.advance(200)
        assert not session.lock_if_idle()
        clock.advance(100)
        assert session.lock_if_idle()
        assert session.actor.role is Role.OPERATOR and session.actor.name == "Olga"
        assert not session.lock_if_idle()
        events = list(reversed(journal.audit_events()))
    assert [e.kind for e in events] == ["signin", "signout"]
    assert events[1].details["why"] == "idle for 5 min"
    assert events[1].actor == "Sam (supervisor)"
