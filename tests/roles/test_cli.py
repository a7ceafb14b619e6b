"""`station roles set-password` and `status` through the real entry point, on real files: the
hash is saved, the change journaled, an older configuration migrated with its backup first."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from station.cli import main
from station.config import check_password, load_config
from station.journal import Journal
from station.journal.model import AuditEvent
from tests.config.examples import PLANT, V1


def test_set_password_writes_only_the_hash_and_journals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)
    monkeypatch.setattr("sys.stdin", io.StringIO("qa people check twice\n"))
    args = [
        "roles",
        "set-password",
        "qa",
        "--config",
        str(path),
        "--by",
        "Sam",
        "--reason",
        "new QA lead",
    ]
    assert main(args) == 0
    assert "qa people check twice" not in path.read_text()
    encoded = load_config(path).roles.qa_password_hash
    assert encoded is not None and check_password("qa people check twice", encoded)
    assert "The QA password is set" in capsys.readouterr().out
    with Journal.open(tmp_path / "journal.sqlite", station_id="line3-pc1") as journal:
        (event,) = journal.audit_events()
    assert event.kind == "role_password_change"
    assert event.actor == "Sam" and event.reason == "new QA lead"
    assert event.details["role"] == "qa" and event.details["change"] == "set"
    assert "qa people" not in repr(event)


def test_set_password_migrates_an_old_file_and_keeps_its_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(V1.replace("/var/lib/station/journal.sqlite", str(tmp_path / "j.sqlite")))
    original = path.read_text()
    monkeypatch.setattr("sys.stdin", io.StringIO("supervisors hold the keys\n"))
    assert main(["roles", "set-password", "supervisor", "--config", str(path)]) == 0
    backup = tmp_path / "config.toml.v1.bak"
    assert backup.read_text() == original
    config = load_config(path)
    assert config.schema_version == 2
    assert "schema_version = 2" in path.read_text()
    assert set(config.targets) == {"plant-eu", "staging"}
    assert config.fixture("bench").active_target == "plant-eu"
    assert config.roles.idle_lock_minutes == 5
    encoded = config.roles.supervisor_password_hash
    assert encoded is not None and check_password("supervisors hold the keys", encoded)
    assert "The Supervisor password is set" in capsys.readouterr().out


def test_set_password_refuses_short_and_keeps_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["roles", "set-password", "supervisor", "--config", str(path)]) == 1
    assert path.read_text() == PLANT
    assert "shorter than 8" in capsys.readouterr().err


def test_set_password_at_a_terminal_asks_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter(["first attempt here", "second attempt here"])
    monkeypatch.setattr("sys.stdin", Tty(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["roles", "set-password", "qa", "--config", str(path)]) == 1
    assert "differ" in capsys.readouterr().err
    assert path.read_text() == PLANT


def test_status_shows_which_roles_can_sign_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(V1.replace("/var/lib/station/journal.sqlite", str(tmp_path / "j.sqlite")))
    assert main(["roles", "status", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Supervisor: NO password" in out
    assert "Idle lock after 5 min" in out and "after 5 wrong passwords" in out


def test_a_lockout_survives_between_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.supervisor.helpers import with_roles, write_config

    path = write_config(tmp_path, "https://127.0.0.1:1/pairing", tmp_path / "ca.pem")
    with_roles(path)
    for n in range(5):
        monkeypatch.setattr("sys.stdin", io.StringIO(f"wrong {n}\n"))
        assert main(["target", "use", "lab", "--config", str(path), "--by", "M"]) == 1
    assert "locked" in capsys.readouterr().err
    from tests.roles.helpers import SUPERVISOR_PASSWORD

    monkeypatch.setattr("sys.stdin", io.StringIO(SUPERVISOR_PASSWORD + "\n"))
    assert main(["target", "use", "lab", "--config", str(path), "--by", "Sam"]) == 1
    assert "Sign-in is locked" in capsys.readouterr().err
    assert load_config(path).fixture("line1").active_target == "plant"


def _station_with_passwords(tmp_path: Path) -> Path:
    from tests.supervisor.helpers import with_roles, write_config

    path = write_config(tmp_path, "https://127.0.0.1:1/pairing", tmp_path / "ca.pem")
    with_roles(path)
    return path


def _password_events(tmp_path: Path) -> list[AuditEvent]:
    with Journal.open(tmp_path / "journal.db", station_id="sup-test") as journal:
        return [e for e in journal.audit_events() if e.kind == "role_password_change"]


@pytest.mark.parametrize("role", ["supervisor", "qa"])
def test_changing_a_password_needs_the_supervisor_password(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    role: str,
) -> None:
    from tests.roles.helpers import QA_PASSWORD, SUPERVISOR_PASSWORD

    path = _station_with_passwords(tmp_path)
    before = path.read_text()
    # Someone with the OS account but not the supervisor password tries to take the role over.
    monkeypatch.setattr("sys.stdin", io.StringIO("i do not know it\nmine from now on\n"))
    assert main(["roles", "set-password", role, "--config", str(path), "--by", "Mallory"]) == 1
    assert "Wrong Supervisor password" in capsys.readouterr().err
    assert path.read_text() == before
    roles = load_config(path).roles
    assert roles.supervisor_password_hash is not None
    assert roles.qa_password_hash is not None
    assert check_password(SUPERVISOR_PASSWORD, roles.supervisor_password_hash)
    assert check_password(QA_PASSWORD, roles.qa_password_hash)
    assert _password_events(tmp_path) == []
    with Journal.open(tmp_path / "journal.db", station_id="sup-test") as journal:
        (failed,) = journal.audit_events()
    assert failed.kind == "signin_failed" and failed.actor == "Mallory"


@pytest.mark.parametrize("role", ["supervisor", "qa"])
def test_a_signed_in_supervisor_changes_a_password_and_the_journal_names_them(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    role: str,
) -> None:
    from tests.roles.helpers import SUPERVISOR_PASSWORD

    path = _station_with_passwords(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{SUPERVISOR_PASSWORD}\nthe new one, longer\n"))
    args = ["roles", "set-password", role, "--config", str(path), "--by", "Sam"]
    assert main([*args, "--reason", "quarterly rotation"]) == 0
    roles = load_config(path).roles
    encoded = roles.supervisor_password_hash if role == "supervisor" else roles.qa_password_hash
    assert encoded is not None and check_password("the new one, longer", encoded)
    assert "password is changed" in capsys.readouterr().out
    (event,) = _password_events(tmp_path)
    assert event.actor == "Sam (supervisor)"
    assert event.details == {
        "role": role,
        "change": "replaced",
        "authorized_by": "supervisor sign-in",
        "config": str(path),
    }
    assert event.reason == "quarterly rotation"


def test_a_first_qa_password_needs_the_supervisor_once_one_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from station.config import save_config

    path = _station_with_passwords(tmp_path)
    config = load_config(path)
    save_config(
        dataclasses.replace(config, roles=dataclasses.replace(config.roles, qa_password_hash=None)),
        path,
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("qa people check twice\n"))
    assert main(["roles", "set-password", "qa", "--config", str(path), "--by", "Q"]) == 1
    assert "Wrong Supervisor password" in capsys.readouterr().err
    assert load_config(path).roles.qa_password_hash is None


def test_set_password_attempts_count_toward_the_sign_in_lockout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.roles.helpers import SUPERVISOR_PASSWORD

    path = _station_with_passwords(tmp_path)
    for n in range(5):
        monkeypatch.setattr("sys.stdin", io.StringIO(f"guess number {n}\nmine from now on\n"))
        assert main(["roles", "set-password", "supervisor", "--config", str(path)]) == 1
    assert "locked" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{SUPERVISOR_PASSWORD}\nmine from now on\n"))
    assert main(["roles", "set-password", "supervisor", "--config", str(path)]) == 1
    assert "Sign-in is locked" in capsys.readouterr().err
    encoded = load_config(path).roles.supervisor_password_hash
    assert encoded is not None and check_password(SUPERVISOR_PASSWORD, encoded)


def test_at_a_terminal_the_supervisor_password_is_asked_before_the_new_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.roles.helpers import SUPERVISOR_PASSWORD

    path = _station_with_passwords(tmp_path)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    prompts: list[str] = []
    answers = iter([SUPERVISOR_PASSWORD, "typed at the tty", "typed at the tty"])

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("sys.stdin", Tty(""))
    monkeypatch.setattr("getpass.getpass", getpass)
    assert main(["roles", "set-password", "qa", "--config", str(path), "--by", "Sam"]) == 0
    assert prompts == ["Supervisor password: ", "New QA password: ", "Type it again: "]
    encoded = load_config(path).roles.qa_password_hash
    assert encoded is not None and check_password("typed at the tty", encoded)


def test_the_initial_set_up_is_journaled_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)
    monkeypatch.setattr("sys.stdin", io.StringIO("supervisors hold the keys\n"))
    assert main(["roles", "set-password", "supervisor", "--config", str(path), "--by", "Ann"]) == 0
    with Journal.open(tmp_path / "journal.sqlite", station_id="line3-pc1") as journal:
        (event,) = journal.audit_events()
    assert event.actor == "Ann"
    assert event.details["authorized_by"] == "initial set-up"
    # From now on the QA password, set or not yet, is the supervisor's to set.
    monkeypatch.setattr("sys.stdin", io.StringIO("qa people check twice\n"))
    assert main(["roles", "set-password", "qa", "--config", str(path), "--by", "Ann"]) == 1
    assert load_config(path).roles.qa_password_hash is None


def test_a_qa_password_without_a_supervisor_one_is_not_replaced_freely(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.roles.helpers import QA_PASSWORD
    from tests.supervisor.helpers import write_config

    path = write_config(tmp_path, "https://127.0.0.1:1/pairing", tmp_path / "ca.pem")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{QA_PASSWORD}\n"))
    assert main(["roles", "set-password", "qa", "--config", str(path)]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("taking the qa role\n"))
    assert main(["roles", "set-password", "qa", "--config", str(path)]) == 1
    err = capsys.readouterr().err
    assert "no supervisor password" in err
    assert "station roles set-password supervisor" in err
    encoded = load_config(path).roles.qa_password_hash
    assert encoded is not None and check_password(QA_PASSWORD, encoded)
