"""Stock Zephyr devices end to end: the headless station, a mixed fixture, the Pairing stand-in,
lying and broken Zephyr firmware, and the station killed at every crash point of an upload.

The devices are simulated stock Zephyr firmware (MCUmgr OS, fs and shell groups) on real ptys;
the station reads its TOML, fetches tokens with the demo's token command and registers with the
stand-in over HTTPS, exactly as in production.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from station.demo import DemoEnvironment
from station.engine.crashpoints import ENV, EXIT_CODE, TRANSACTION_POINTS, CrashPoint
from station.journal import Journal, verify
from station.sandbox.sim import storage
from station.sandbox.zephyr.firmware import CONFIG_PATH, stored_files
from tests.e2e.helpers import (
    device_id,
    files_under,
    journal_exports,
    pairing_accepts,
    provision_all,
    results,
    secret_hits,
)


def file_secret(env: DemoEnvironment, slot: str) -> str | None:
    """The credentialSecret in a simulated Zephyr device's configuration.json, if any."""
    files = stored_files(storage.state_path(env.fixture_dir, slot))
    try:
        secret = json.loads(files[CONFIG_PATH])["credentialSecret"]
    except (KeyError, ValueError):
        return None
    return secret if isinstance(secret, str) else None


def zephyr_accepted(env: DemoEnvironment, slot: str) -> bool:
    assert env.standin is not None
    secret = file_secret(env, slot)
    return secret is not None and env.standin.check_secret(env.realm, device_id(env, slot), secret)


def test_mixed_fixture_provisions_one_of_each_profile(tmp_path: Path) -> None:
    with DemoEnvironment(
        tmp_path / "demo", slots=2, profile="mixed", bcrypt_cost=4, record_issued_secrets=True
    ) as env:
        assert env.slot_profiles == ["smp", "zephyr"]
        rc, out, err = provision_all(env, "e2e")
        by_slot = results(out)
        assert rc == 0, out + err
        assert [by_slot[s]["result"] for s in ("1", "2")] == ["PASS", "PASS"]
        assert pairing_accepts(env, "1")  # SMP: the secret in the device's storage
        assert zephyr_accepted(env, "2")  # Zephyr: the secret in its configuration.json
        exported = journal_exports(env.journal_path)
        with sqlite3.connect(f"file:{env.journal_path}?mode=ro", uri=True) as db:
            rows = dict(db.execute("SELECT slot, profile FROM attempts").fetchall())
            facts = json.loads(
                db.execute("SELECT facts FROM attempts WHERE slot = '2'").fetchone()[0]
            )
        assert rows == {"1": "smp-provisioning", "2": "zephyr-mcumgr-fs"}
        assert facts["config_path"] == CONFIG_PATH and facts["storage"] == "file"
        assert verify(env.journal_path).ok
        assert env.standin is not None
        texts = files_under(
            tmp_path / "demo", skip=[env.fixture_dir, tmp_path / "demo" / "pairing"]
        )
        texts["out"], texts["exports"] = (out + err).encode(), exported.encode()
        assert secret_hits(env.standin.issued_secrets(), texts) == []


# slot -> (simulated firmware, expected result, expected error class)
BAD = {
    "1": ("zephyr:store_other_secret", "FAIL", "zephyr_hash_mismatch"),
    "2": ("zephyr:store_other_secret,hash_lie", "FAIL", "read_back_mismatch"),
    "3": ("zephyr:download_lie", "FAIL", "read_back_mismatch"),
    "4": ("zephyr:hwid_changes", "FAIL", "identity_changed"),
    "5": ("zephyr:wrong_hash", "FAIL", "zephyr_hash_mismatch"),
    "6": ("zephyr:fs_full", "FAIL", "zephyr_fs_full"),
    "7": ("zephyr:no_fs", "FAIL", "zephyr_no_file_system"),
    "8": ("zephyr:bad_json", "FAIL", "zephyr_config_malformed"),
    "9": ("zephyr:reset_mid_upload", "PASS", ""),
    # The upload's only chunk is stored (with another secret), its answer lost: the device then
    # reads as written, but not with the secret the station sent.
    "10": ("zephyr:store_other_secret", "FAIL", "write_interrupted"),
    "11": ("zephyr:unmounted", "FAIL", "zephyr_fs_unmounted"),
    "12": ("zephyr:no_hwinfo", "FAIL", "zephyr_no_hwinfo"),
    "13": ("zephyr:no_shell", "FAIL", "zephyr_no_shell"),
}


def test_lying_and_broken_zephyr_firmware_never_passes(tmp_path: Path) -> None:
    with DemoEnvironment(
        tmp_path / "demo",
        slots=len(BAD),
        profile="zephyr",
        bcrypt_cost=4,
        firmware={slot: fw for slot, (fw, _, _) in BAD.items()},
        faults="slot10:noreply=after@write",
    ) as env:
        rc, out, err = provision_all(env, "e2e")
        by_slot = results(out)
        assert rc == 1, out + err
        for slot, (firmware, result, error_class) in BAD.items():
            row = by_slot[slot]
            assert (row["result"], row["error_class"]) == (result, error_class), (firmware, row)
            if result == "FAIL":
                assert row["message"] and row["action"], row
        # The journal says why, attempt by attempt.
        exported = journal_exports(env.journal_path)
        for _, _, error_class in BAD.values():
            assert error_class in exported
        # The reset mid-upload left an empty file behind; the station wrote it again.
        assert zephyr_accepted(env, "9")
        # Firmware the station cannot provision is refused before any registration.
        assert env.standin is not None
        registered = set(env.standin.devices(env.realm))
        for slot in ("7", "8", "11"):
            assert device_id(env, slot) not in registered, slot
        assert device_id(env, "6") in registered  # a full file system shows only at the write


def _station(env: DemoEnvironment, crash: str | None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != ENV}
    if crash:
        environ[ENV] = crash
    command = [sys.executable, "-m", "station", "provision", "--config", str(env.config_path)]
    return subprocess.run(
        [*command, "--operator", "crash-test", "--json"],
        capture_output=True,
        text=True,
        env=environ,
        timeout=90,
        check=False,
    )


@pytest.mark.parametrize("point", TRANSACTION_POINTS)
def test_killed_station_recovers_a_zephyr_upload_on_restart(
    tmp_path: Path, point: CrashPoint
) -> None:
    # Long extra fields at a UART's pace make the upload several chunks and about 0.3 s, so
    # `during_write` (2 ms into the write) lands inside it.
    with DemoEnvironment(
        tmp_path / "demo",
        slots=2,
        profile="zephyr",
        bcrypt_cost=4,
        record_issued_secrets=True,
        baud=115200,
    ) as env:
        document = env.config_document()
        document["profiles"] = {"zephyr-mcumgr-fs": {"extra_fields": {"note": "n" * 2500}}}
        from station.config.toml_writer import dumps

        env.config_path.write_text(dumps(document), "utf-8")
        crashed = _station(env, f"{point.value}:1")
        assert crashed.returncode == EXIT_CODE, crashed.stdout + crashed.stderr

        again = _station(env, None)
        by_slot = results(again.stdout)
        assert sorted(by_slot) == ["1", "2"], again.stdout + again.stderr
        for slot, row in by_slot.items():
            # Rewritable files are never scrap: each device ends with a secret Pairing accepts.
            assert row["result"] in ("PASS", "RECOVERED", "ALREADY_PROVISIONED"), row
            assert zephyr_accepted(env, slot), row
        assert by_slot["1"]["result"] in ("PASS", "RECOVERED")
        if point in (CrashPoint.AFTER_REGISTER, CrashPoint.AFTER_INTENT, CrashPoint.DURING_WRITE):
            # Nothing or only part of the file reached the device: registered and written anew.
            assert by_slot["1"]["result"] == "PASS", by_slot["1"]
        if point in (CrashPoint.AFTER_WRITE, CrashPoint.AFTER_READ_BACK, CrashPoint.AFTER_VERIFY):
            # The whole file with the intent's secret is there: resumed at the cloud check.
            assert by_slot["1"]["result"] == "RECOVERED", by_slot["1"]
        with Journal.open(env.journal_path, station_id="crash-check") as journal:
            assert journal.unfinished_attempts() == []
        assert verify(env.journal_path).ok
        rows = journal_exports(env.journal_path)
        attempts = [json.loads(line) for line in rows.splitlines() if line.startswith("{")]
        killed = [a for a in attempts if a["slot"] == "1" and a["error_class"] == "interrupted"]
        assert len(killed) == 1 and killed[0]["result"] == "ABORTED", killed
        assert env.standin is not None
        texts = files_under(
            tmp_path / "demo", skip=[env.fixture_dir, tmp_path / "demo" / "pairing"]
        )
        texts["exports"] = rows.encode()
        for n, run in enumerate((crashed, again)):
            texts[f"stdout{n}"], texts[f"stderr{n}"] = run.stdout.encode(), run.stderr.encode()
        assert secret_hits(env.standin.issued_secrets(), texts) == []


@pytest.mark.parametrize(
    ("profile", "kinds"), [("zephyr", "2 zephyr"), ("mixed", "1 smp, 1 zephyr")]
)
def test_demo_command_provisions_zephyr_slots(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], profile: str, kinds: str
) -> None:
    from station.cli import main

    args = ["demo", "--headless", "--profile", profile, "--slots", "2"]
    rc = main([*args, "--workdir", str(tmp_path / "d")])
    out = capsys.readouterr().out
    assert rc == 0, out
    assert f"2 simulated devices ({kinds}" in out
    lines = [line.split()[:3] for line in out.splitlines() if line.startswith("slot ")]
    assert lines == [["slot", "1", "PASS"], ["slot", "2", "PASS"]]
