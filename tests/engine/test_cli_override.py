"""`station provision` never overrides 'already passed': the override is a supervisor's
`station rework reprovision`, signed in, with a reason, journaled. On the sandbox over real ptys
and the Pairing stand-in over HTTPS; the passed device is erased at the (simulated) rework bench
and not yet confirmed, so only the 'already passed' policy stands in its way."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from station.cli import main
from station.demo import DemoEnvironment
from station.journal import Journal, JournalQuery
from tests.roles.helpers import SUPERVISOR_PASSWORD
from tests.supervisor.helpers import with_roles


def _attempts(env: DemoEnvironment) -> int:
    with JournalQuery.open(env.journal_path) as query:
        return query.count()


def test_override_needs_the_supervisor_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with DemoEnvironment(tmp_path / "env", slots=1, storage="secure") as env:
        with_roles(env.config_path)
        provision = ["provision", "--config", str(env.config_path), "--operator", "Olga"]
        assert main(provision) == 0
        assert "PASS" in capsys.readouterr().out
        assert main(provision) == 1
        assert "already passed" in capsys.readouterr().out

        before = _attempts(env)
        assert main([*provision, "--override-passed"]) == 1
        err = capsys.readouterr().err
        assert "does not override 'already passed'" in err
        assert "station rework reprovision --slots SLOTS --reason WHY" in err
        assert _attempts(env) == before, "the refused override must not start an attempt"

        assert env.fixture is not None
        env.fixture.erase("1")  # the rework bench; the device comes back on a new pty
        with_roles(env.write_config())
        monkeypatch.setattr("sys.stdin", io.StringIO(SUPERVISOR_PASSWORD + "\n"))
        args = ["rework", "reprovision", "--slots", "1", "--reason", "retest after rework"]
        assert main([*args, "--by", "Sam", "--config", str(env.config_path)]) == 0
        assert capsys.readouterr().out.startswith("slot 1: PASS ")
        with Journal.open(env.journal_path, station_id="demo") as journal:
            (override,) = [e for e in journal.audit_events() if e.kind == "override"]
        assert override.actor == "Sam (supervisor)"
        assert override.reason == "retest after rework"
        assert override.details["slots"] == "1"
