"""Role grants and the check every privileged action function makes."""

from __future__ import annotations

import pytest

from station.roles import Actor, NotPermitted, Privilege, Role, require, require_reason
from station.text import Text

UNREGISTERING = Text.of("roles.reason_for.unregister")


def test_operator_holds_no_privilege() -> None:
    operator = Actor("Ana", Role.OPERATOR)
    for privilege in Privilege:
        with pytest.raises(NotPermitted) as err:
            require(operator, privilege)
        assert "Ana is signed in as Operator" in err.value.message
        assert "nothing was changed" in err.value.message


def test_qa_reads_and_exports_the_journal_only() -> None:
    qa = Actor("Quinn", Role.QA)
    require(qa, Privilege.VIEW_JOURNAL)
    require(qa, Privilege.EXPORT_JOURNAL)
    for privilege in (Privilege.EDIT_TARGETS, Privilege.UNREGISTER, Privilege.OVERRIDE):
        with pytest.raises(NotPermitted) as err:
            require(qa, privilege)
        assert "Supervisor" in err.value.action


def test_supervisor_holds_every_privilege() -> None:
    boss = Actor("Sam", Role.SUPERVISOR)
    for privilege in Privilege:
        require(boss, privilege)
    assert boss.journal_name == "Sam (supervisor)"


@pytest.mark.parametrize("reason", ["", "   ", "ok", "rma"])
def test_a_reason_must_say_something(reason: str) -> None:
    with pytest.raises(NotPermitted) as err:
        require_reason(reason, UNREGISTERING)
    assert err.value.error_class == "reason_required"
    assert "Unregistering a device needs a reason" in err.value.message


def test_a_reason_is_tidied() -> None:
    assert require_reason("  returned by\ncustomer  ", UNREGISTERING) == "returned by customer"
