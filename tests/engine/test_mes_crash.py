"""An attempt's MES result is written in the same journal transaction as its finish record.

The headless station (`station provision`, a real process) is killed right after the finish
record (`STATION_CRASH_AT=after_finish`, `os._exit(137)` like a SIGKILL), before the outbox has
the result in memory: the journal must already hold the `mes_result`, and the next start sends
it to the MES stand-in and journals the acknowledgement. When the result was a separate write
after the finish, this kill lost it: the attempt was PASS in the journal and the MES never heard.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from station.config.toml_writer import dumps
from station.demo import DemoEnvironment
from station.engine.crashpoints import ENV, EXIT_CODE, CrashPoint
from station.journal import Journal, verify
from station.sandbox.mes import MesStandIn
from tests.e2e.helpers import results

RECIPE = "R-7 provisioning"


def _station(env: DemoEnvironment, crash: str | None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != ENV}
    if crash:
        environ[ENV] = crash
    command = [sys.executable, "-m", "station", "provision", "--config", str(env.config_path)]
    return subprocess.run(
        [*command, "--target", env.target_name, "--operator", "crash-test", "--json"],
        capture_output=True,
        text=True,
        env=environ,
        timeout=90,
        check=False,
    )


def _audit(journal_path: Path, kind: str) -> list[dict[str, str]]:
    with Journal.open(journal_path, station_id="crash-check") as journal:
        return [e.details for e in journal.audit_events(1000) if e.kind == kind]


def test_a_kill_right_after_the_finish_record_keeps_the_mes_result(tmp_path: Path) -> None:
    with (
        MesStandIn() as mes,
        DemoEnvironment(tmp_path / "demo", slots=1, storage="otp", bcrypt_cost=4) as env,
    ):
        document = env.config_document(mes_recipe=RECIPE, mes_offline="block")
        document["line"] = {"mes_url": mes.url, "mes_timeout_s": 5}
        env.config_path.write_text(dumps(document), "utf-8")

        crashed = _station(env, f"{CrashPoint.AFTER_FINISH.value}:1")
        assert crashed.returncode == EXIT_CODE, crashed.stdout + crashed.stderr
        assert len(mes.state.checks) == 1  # it was asked, and allowed the unit
        assert mes.state.results == {}  # the kill came before anything was sent

        with Journal.open(env.journal_path, station_id="crash-check") as journal:
            assert journal.unfinished_attempts() == []
            (attempt_id,) = [
                e.details["idempotency_key"]
                for e in journal.audit_events(100)
                if e.kind == "mes_result"
            ]
            finished = journal.attempt(attempt_id)
        assert finished is not None and finished.row.result == "PASS"
        (queued,) = _audit(env.journal_path, "mes_result")
        assert queued["outcome"] == "PASS" and queued["recipe"] == RECIPE
        assert queued["device_id"] == finished.row.device_id
        assert _audit(env.journal_path, "mes_result_ack") == []
        assert verify(env.journal_path).ok

        # The next start reads the result back from the journal and the MES gets it once.
        again = _station(env, None)
        assert results(again.stdout)["1"]["result"] == "ALREADY_PROVISIONED", again.stdout
        assert mes.state.results[attempt_id]["outcome"] == "PASS"
        assert mes.state.results[attempt_id]["device_id"] == finished.row.device_id
        assert _audit(env.journal_path, "mes_result_ack") == [{"idempotency_key": attempt_id}]
