"""A RECOVERED attempt carries the fingerprint of the secret its device holds (issue #16.18).

The station is killed right after the cloud verified the secret it wrote (before it locked the
device); the next run finds the written device, proves the secret again and records RECOVERED.
That attempt records no intent of its own, so its fingerprint has to come with its finish.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from station.demo import DemoEnvironment
from station.engine.crashpoints import ENV, EXIT_CODE, CrashPoint
from station.journal import verify


def _station(env: DemoEnvironment, *args: str, crash: str | None = None) -> str:
    environ = {k: v for k, v in os.environ.items() if k != ENV}
    if crash:
        environ[ENV] = crash
    done = subprocess.run(
        [sys.executable, "-m", "station", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=90,
        check=False,
    )
    expected = EXIT_CODE if crash else 0
    assert done.returncode == expected, done.stdout + done.stderr
    return done.stdout


def test_recovered_attempts_are_exported_with_the_fingerprint(tmp_path: Path) -> None:
    with DemoEnvironment(
        tmp_path / "demo", slots=1, storage="otp", bcrypt_cost=4, record_issued_secrets=True
    ) as env:
        assert env.standin is not None
        provision = (
            "provision",
            "--config",
            str(env.config_path),
            "--target",
            env.target_name,
            "--operator",
            "qa-test",
            "--json",
        )
        _station(env, *provision, crash=f"{CrashPoint.AFTER_VERIFY.value}:1")
        _station(env, *provision)
        (secret,) = env.standin.issued_secrets()
        journal = ("--journal", str(env.journal_path), "--result", "RECOVERED")
        csv_text = _station(env, "journal", "export", *journal, "--format", "csv")
        jsonl = _station(env, "journal", "export", *journal, "--format", "jsonl")
    (row,) = list(csv.DictReader(io.StringIO(csv_text)))
    (record,) = [json.loads(line) for line in jsonl.splitlines()]
    assert row["result"] == record["result"] == "RECOVERED"
    assert row["fingerprint"] == record["fingerprint"] == secret.fingerprint
    assert verify(env.journal_path).ok
