"""Sign-in's refusals and lockouts, a role that may not do something, and `station roles ...` are
catalogue messages (station/catalogue/roles.py): the sign-in dialog shows them in the person's
language, while the journal and the command line keep the English, word for word as before.
The role and privilege names are messages nested in them; the wait is `time.seconds` or
`time.minutes`; the tries left are a plural."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.cli import main
from station.errors import UsageError
from station.journal import Journal
from station.roles import (
    Actor,
    Authenticator,
    NotPermitted,
    Privilege,
    Role,
    RoleNotSetUp,
    SignInLocked,
    SignInRefused,
    SignInThrottle,
    require,
    require_reason,
)
from station.roles.prompt import read_password
from station.text import Text
from tests.config.examples import V1
from tests.roles.helpers import FakeClock, roles_config

SUPERVISOR = Text.of("role.supervisor")
QA = Text.of("role.qa")
FORGOTTEN_SUPERVISOR = (
    "If it is forgotten, the PC's administrator removes supervisor_password_hash from the "
    "configuration file, then the first supervisor password is set again with "
    "`station roles set-password supervisor`."
)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.db", station_id="roles-texts") as journal:
        yield journal


def test_the_roles_and_privileges_are_named_by_their_own_messages() -> None:
    assert [r.text.id for r in Role] == ["role.operator", "role.qa", "role.supervisor"]
    assert [r.label for r in Role] == ["Operator", "QA", "Supervisor"]
    assert Privilege.OVERRIDE.text == Text.of("privilege.override")
    assert Privilege.OVERRIDE.label == "override 'already passed'"
    assert {p.text.id for p in Privilege} == {f"privilege.{p.value}" for p in Privilege}


def test_a_wrong_password_counts_the_tries_left_as_a_plural(journal: Journal) -> None:
    auth = Authenticator(roles_config(signin_attempts=3), journal)
    with pytest.raises(SignInRefused) as first:
        auth.sign_in("Sam", Role.SUPERVISOR, "not it")
    assert first.value.message_id == "signin.wrong_password"
    assert first.value.text.params == {"role": SUPERVISOR, "left": 2}
    assert (
        first.value.message == "Wrong Supervisor password. 2 more tries before sign-in is locked."
    )
    assert first.value.action_text.id == "signin.wrong_password.action"
    with pytest.raises(SignInRefused) as second:
        auth.sign_in("Sam", Role.QA, "not it either")
    assert second.value.text.params == {"role": QA, "left": 1}
    assert second.value.message == "Wrong QA password. 1 more try before sign-in is locked."


def test_the_lockout_says_its_wait_in_seconds_then_in_minutes(journal: Journal) -> None:
    clock = FakeClock()
    auth = Authenticator(roles_config(), journal, throttle=SignInThrottle(1, 60.0, clock=clock))
    with pytest.raises(SignInLocked) as now:
        auth.sign_in("Sam", Role.SUPERVISOR, "guess")
    assert now.value.message_id == "signin.locked_now"
    assert now.value.text.params == {"wait": Text.of("time.seconds", n=60)}
    assert now.value.message == (
        "Wrong password. Sign-in is now locked for 60 s after repeated failures."
    )
    assert now.value.action == "Wait, then try again; each further lockout doubles the wait."
    clock.advance(60)
    with pytest.raises(SignInLocked) as doubled:
        auth.sign_in("Sam", Role.SUPERVISOR, "guess again")
    # 120 s is said in minutes, as before.
    assert doubled.value.text.params == {"wait": Text.of("time.minutes", n=2)}
    assert doubled.value.message.endswith("locked for 2 min after repeated failures.")


def test_a_running_lockout_says_how_to_recover_the_role_s_password(journal: Journal) -> None:
    throttle = SignInThrottle(1, 90.0)
    throttle.failed()
    auth = Authenticator(roles_config(), journal, throttle=throttle)
    with pytest.raises(SignInLocked) as supervisor:
        auth.sign_in("Sam", Role.SUPERVISOR, "anything")
    assert supervisor.value.message_id == "signin.locked"
    wait = supervisor.value.text.params["wait"]
    assert isinstance(wait, Text) and wait.id == "time.seconds"
    assert supervisor.value.message == (
        f"Sign-in is locked after repeated wrong passwords; try again in {wait.english}."
    )
    assert supervisor.value.action_text.params == {
        "forgotten": Text.of("signin.forgotten.supervisor")
    }
    assert supervisor.value.action == (
        f"Wait, then sign in with the right password. {FORGOTTEN_SUPERVISOR}"
    )
    with pytest.raises(SignInLocked) as qa:
        auth.sign_in("Quinn", Role.QA, "anything")
    assert qa.value.action_text.params == {"forgotten": Text.of("signin.forgotten", role_arg="qa")}
    assert qa.value.action == (
        "Wait, then sign in with the right password. If you forgot it, a supervisor sets a new "
        "one with `station roles set-password qa`."
    )


def test_no_name_and_a_role_with_no_password(journal: Journal) -> None:
    auth = Authenticator(roles_config(qa_password_hash=None), journal)
    with pytest.raises(SignInRefused) as nameless:
        auth.sign_in("   ", Role.SUPERVISOR, "whatever")
    assert nameless.value.message_id == "signin.no_name"
    assert str(nameless.value) == (
        "Enter your name: the journal records who used the role. — Type your name."
    )
    with pytest.raises(RoleNotSetUp) as unset:
        auth.sign_in("Quinn", Role.QA, "whatever")
    assert unset.value.text == Text.of("signin.not_set_up", role=QA)
    assert unset.value.message == (
        "No QA password is set on this station, so nobody can sign in as QA."
    )
    assert unset.value.action_text == Text.of("signin.first_password.by_supervisor", role_arg="qa")
    assert unset.value.action == (
        "A supervisor runs `station roles set-password qa` on this PC (it asks for the "
        "supervisor password, then the new password twice)."
    )
    nobody = Authenticator(roles_config(supervisor_password_hash=None), journal)
    with pytest.raises(RoleNotSetUp) as first:
        nobody.sign_in("Sam", Role.SUPERVISOR, "whatever")
    assert first.value.action == (
        "On this PC, run `station roles set-password supervisor` (it asks for the new password "
        "twice)."
    )


def test_a_role_that_may_not_names_the_roles_that_may() -> None:
    with pytest.raises(NotPermitted) as journal_only:
        require(Actor("Olga", Role.OPERATOR), Privilege.VIEW_JOURNAL)
    assert journal_only.value.message_id == "roles.not_permitted"
    assert journal_only.value.text.params == {
        "name": "Olga",
        "role": Text.of("role.operator"),
        "privilege": Text.of("privilege.view_journal"),
    }
    assert journal_only.value.message == (
        "Olga is signed in as Operator, who may not view the journal; nothing was changed."
    )
    assert journal_only.value.action_text.params == {
        "roles": Text.of("role.or", first=QA, rest=SUPERVISOR)
    }
    assert journal_only.value.action == "Ask a QA or Supervisor to sign in (Roles menu) and do it."
    with pytest.raises(NotPermitted) as supervisor_only:
        require(Actor("Quinn", Role.QA), Privilege.UNREGISTER)
    assert supervisor_only.value.action_text.params == {"roles": SUPERVISOR}
    assert supervisor_only.value.message == (
        "Quinn is signed in as QA, who may not unregister devices (rework); nothing was changed."
    )


def test_a_missing_reason_names_what_needs_it() -> None:
    with pytest.raises(NotPermitted) as refused:
        require_reason("ok", Text.of("roles.reason_for.override"))
    assert refused.value.message_id == "roles.reason_required"
    assert refused.value.text.params == {"what": Text.of("roles.reason_for.override"), "least": 8}
    assert refused.value.message == (
        "Overriding 'already passed' needs a reason (at least 8 characters); nothing was done."
    )
    assert refused.value.error_class == "reason_required"


def test_a_token_where_the_password_belongs(monkeypatch: pytest.MonkeyPatch) -> None:
    token = "eyJhbGciOiJIUzI1NiJ9.eyJhIjoiYiJ9.c2lnbmF0dXJl"
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    with pytest.raises(UsageError) as refused:
        read_password(Role.SUPERVISOR)
    assert refused.value.message_id == "signin.token_first"
    assert refused.value.message == (
        "The first line of standard input looks like a token, not the Supervisor password; "
        "nothing was changed."
    )
    assert refused.value.action == (
        "When standard input is not a terminal, put the Supervisor password on its first line "
        "and anything else after it, e.g. `{ cat password.txt; cat token.txt; } | station target "
        "set-token TARGET`; or run the command at a terminal."
    )
    assert token not in repr(refused.value.text.to_data())


def test_the_command_line_says_its_lines_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(V1.replace("/var/lib/station/journal.sqlite", str(tmp_path / "j.sqlite")))
    assert main(["roles", "status", "--config", str(path)]) == 0
    assert capsys.readouterr().out == (
        "QA: NO password: nobody can sign in\n"
        "Supervisor: NO password: nobody can sign in\n"
        "Idle lock after 5 min; sign-in locked for 60 s after 5 wrong passwords (doubling on "
        "each further lockout).\n"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["roles", "set-password", "supervisor", "--config", str(path)]) == 1
    assert "The password is shorter than 8 characters; nothing was changed." in (
        capsys.readouterr().err
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("supervisors hold the keys\n"))
    assert main(["roles", "set-password", "supervisor", "--config", str(path)]) == 0
    assert capsys.readouterr().out == (
        f"The Supervisor password is set (only its hash is kept, in {path}).\n"
    )
    assert main(["roles", "status", "--config", str(path)]) == 0
    assert capsys.readouterr().out.startswith(
        "QA: NO password: nobody can sign in\nSupervisor: password set\n"
    )
