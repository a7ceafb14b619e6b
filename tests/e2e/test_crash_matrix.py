"""The crash matrix: the headless station is killed at each point of the transaction (the
`STATION_CRASH_AT` hook, `os._exit(137)` like a SIGKILL) with write-once devices, then started
again on the same fixture and journal.

After the restart: no device holds a secret Pairing rejects unless it is SCRAP with the reason;
no attempt is missing from the journal and none is left open; the hash chain verifies; no
issued secret is in any file or output of the station.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from station.demo import DemoEnvironment
from station.engine.crashpoints import ENV, EXIT_CODE, TRANSACTION_POINTS, CrashPoint
from station.engine.events import Step
from station.journal import Journal, verify
from tests.e2e.helpers import (
    files_under,
    journal_exports,
    pairing_accepts,
    results,
    secret_hits,
)

# The last step the journal holds for the killed attempt. Steps ride in the attempt's next
# record: the device record (written during the policy step) carries connect and identify, the
# intent carries policy and register, and the finish the rest.
LAST_COMPLETED = {
    CrashPoint.AFTER_REGISTER: "identify",
    CrashPoint.AFTER_INTENT: "register",
    CrashPoint.DURING_WRITE: "register",
    CrashPoint.AFTER_WRITE: "register",
    CrashPoint.AFTER_READ_BACK: "register",
    CrashPoint.AFTER_VERIFY: "register",
    CrashPoint.AFTER_LOCK: "register",
    CrashPoint.BEFORE_FINISH: "register",
}


# Slot 1's result on the restart: nothing reached the device before the write, so it is
# provisioned afresh (PASS); from the write on, the device holds the journal's intent, so the
# attempt resumes without registering (RECOVERED). A kill during the write leaves either.
AFTER_RESTART = {
    CrashPoint.AFTER_REGISTER: {"PASS"},
    CrashPoint.AFTER_INTENT: {"PASS"},
    CrashPoint.DURING_WRITE: {"PASS", "RECOVERED"},
    CrashPoint.AFTER_WRITE: {"RECOVERED"},
    CrashPoint.AFTER_READ_BACK: {"RECOVERED"},
    CrashPoint.AFTER_VERIFY: {"RECOVERED"},
    CrashPoint.AFTER_LOCK: {"RECOVERED"},
    CrashPoint.BEFORE_FINISH: {"RECOVERED"},
}


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


@pytest.mark.parametrize("point", TRANSACTION_POINTS)
def test_killed_station_recovers_on_restart(tmp_path: Path, point: CrashPoint) -> None:
    with DemoEnvironment(
        tmp_path / "demo", slots=2, storage="otp", bcrypt_cost=4, record_issued_secrets=True
    ) as env:
        assert env.standin is not None and env.fixture is not None
        crashed = _station(env, f"{point.value}:1")
        assert crashed.returncode == EXIT_CODE, crashed.stdout + crashed.stderr
        assert results(crashed.stdout) == {}  # it died before printing anything

        again = _station(env, None)
        by_slot = results(again.stdout)
        assert sorted(by_slot) == ["1", "2"], again.stdout + again.stderr
        assert "interrupted" not in again.stdout
        assert "stopped after" in again.stderr  # the closed attempts are announced

        for slot, row in by_slot.items():
            if row["result"] == "SCRAP":
                assert row["message"] and "SCRAP" in row["action"]
            else:
                # ALREADY_PROVISIONED: the other slot passed before the kill, and the restart
                # leaves it alone.
                assert row["result"] in ("PASS", "RECOVERED", "ALREADY_PROVISIONED"), row
                assert pairing_accepts(env, slot), row
                assert env.fixture.device(slot).locked
        # Slot 1 reached the point on a device that was fine, so it must come back working,
        # and exactly as the recovery table says for what reached the device by then.
        assert by_slot["1"]["result"] in AFTER_RESTART[point], by_slot["1"]
        all_passed = all(r["result"] in ("PASS", "RECOVERED") for r in by_slot.values())
        assert again.returncode == (0 if all_passed else 1), again.stdout + again.stderr

        with Journal.open(env.journal_path, station_id="crash-check") as journal:
            assert journal.unfinished_attempts() == []
        assert verify(env.journal_path).ok
        rows = journal_exports(env.journal_path)
        attempts = [json.loads(line) for line in rows.splitlines() if line.startswith("{")]
        # Both runs' attempts are there; slot 1's killed one was closed as interrupted, naming
        # the last step it completed.
        assert len(attempts) >= 4
        killed = [a for a in attempts if a["slot"] == "1" and a["error_class"] == "interrupted"]
        assert len(killed) == 1, killed
        assert killed[0]["result"] == "ABORTED"
        last = Step(LAST_COMPLETED[point]).label.lower()
        assert f"after '{last}' (or a later step)" in killed[0]["message"]

        issued = env.standin.issued_secrets()
        texts = files_under(
            tmp_path / "demo", skip=[env.fixture_dir, tmp_path / "demo" / "pairing"]
        )
        texts["exports"] = rows.encode()
        for n, run in enumerate((crashed, again)):
            texts[f"stdout{n}"] = run.stdout.encode()
            texts[f"stderr{n}"] = run.stderr.encode()
        assert secret_hits(issued, texts) == []
