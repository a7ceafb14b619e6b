"""Stock ESP32 devices end to end: the headless station, simulated ROM bootloaders on ptys
(driven by esptool inside the station), the Pairing stand-in over HTTPS, broken and lying
units, and the station killed at every crash point, the flash write included.

Every NVS partition is read back here from the simulated chip's flash file with the NVS
reader (written from Espressif's format description), and its secret is checked against the
stand-in: the station's own word is never taken for it.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from station.demo import DemoEnvironment
from station.engine.crashpoints import ENV, EXIT_CODE, TRANSACTION_POINTS, CrashPoint
from station.journal import Journal, verify
from station.profiles.esp32.nvs import parse
from station.sandbox.esp32.firmware import device_dir
from tests.e2e.helpers import files_under, journal_exports, provision_all, results, secret_hits

NVS = (0x9000, 0x6000)  # the simulator's default partition table


def nvs_secrets(env: DemoEnvironment, slot: str) -> list[str]:
    """The cred_secret entries in the slot's NVS partition, as the chip's flash holds them."""
    with (device_dir(env.fixture_dir, slot) / "flash.bin").open("rb") as f:
        f.seek(NVS[0])
        contents = parse(f.read(NVS[1]))
    assert contents.faults == [], contents.faults
    return [
        e.value.decode() for e in contents.find("astarte_pairing", "cred_secret")
        if isinstance(e.value, bytes)
    ]  # fmt: skip


def nvs_damage(env: DemoEnvironment) -> list[str]:
    """What the second run found damaged in slot 1's partition (the attempt's fact)."""
    with sqlite3.connect(f"file:{env.journal_path}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT facts FROM attempts WHERE slot = '1'").fetchall()
    return [json.loads(f)["nvs_damage"] for (f,) in rows if f and "nvs_damage" in json.loads(f)]


def accepted(env: DemoEnvironment, slot: str, device: str) -> bool:
    assert env.standin is not None
    secrets = nvs_secrets(env, slot)
    return len(secrets) == 1 and env.standin.check_secret(env.realm, device, secrets[0])


def test_four_esp32_slots_pass_and_their_nvs_holds_a_secret_pairing_accepts(
    tmp_path: Path,
) -> None:
    with DemoEnvironment(
        tmp_path / "demo", slots=4, profile="esp32", bcrypt_cost=4, record_issued_secrets=True
    ) as env:
        rc, out, err = provision_all(env, "e2e")
        by_slot = results(out)
        assert rc == 0, out + err
        for slot in ("1", "2", "3", "4"):
            row = by_slot[slot]
            assert row["result"] == "PASS", row
            assert accepted(env, slot, row["device_id"]), row
        with sqlite3.connect(f"file:{env.journal_path}?mode=ro", uri=True) as db:
            rows = db.execute("SELECT slot, profile, facts FROM attempts").fetchall()
        for slot, profile, facts_text in rows:
            facts = json.loads(facts_text)
            assert profile == "esp32-astarte-nvs"
            assert facts["mac"] == f"24:0a:c4:00:01:{int(slot):02x}"
            assert facts["storage"] == "nvs" and facts["partition"] == "nvs@0x9000+0x6000"
            assert facts["chip"].startswith("ESP32-D0WD-V3") and facts["revision"] == "v3.0"
        assert verify(env.journal_path).ok
        exported = journal_exports(env.journal_path)
        texts = files_under(
            tmp_path / "demo", skip=[env.fixture_dir, tmp_path / "demo" / "pairing"]
        )
        texts["out"], texts["exports"] = (out + err).encode(), exported.encode()
        assert env.standin is not None
        assert secret_hits(env.standin.issued_secrets(), texts) == []


# slot -> (simulated chip, expected result, expected error class)
BAD = {
    "1": ("esp32:faults=no_sync", "FAIL", "not_in_bootloader"),
    "2": ("esp32:table=none", "FAIL", "partition_table"),
    "3": ("esp32:table=corrupt", "FAIL", "partition_table"),
    "4": ("esp32:table=no-nvs", "FAIL", "nvs_partition"),
    "5": ("esp32:table=small-nvs", "FAIL", "nvs_partition"),
    "6": ("esp32:flash_encryption", "FAIL", "flash_protected"),
    "7": ("esp32:chip=esp32s3,secure_download", "FAIL", "flash_protected"),
    "8": ("esp32:chip=unknown", "FAIL", "unsupported_chip"),
    "9": ("esp32:faults=stores_other", "FAIL", "read_back_mismatch"),
    "10": ("esp32:faults=stores_flipped", "FAIL", "read_back_mismatch"),
    "11": ("esp32:faults=mac_drift", "FAIL", "identity_changed"),
    # The write's answer is lost (the MD5 disagrees) and the chip then reads as written, but
    # with another secret than the one sent.
    "12": ("esp32:faults=stores_other+wrong_md5", "FAIL", "write_interrupted"),
}


def test_broken_and_lying_esp32_units_never_pass(tmp_path: Path) -> None:
    with DemoEnvironment(
        tmp_path / "demo",
        slots=len(BAD),
        profile="esp32",
        bcrypt_cost=4,
        firmware={slot: fw for slot, (fw, _, _) in BAD.items()},
    ) as env:
        rc, out, err = provision_all(env, "e2e")
        by_slot = results(out)
        assert rc == 1, out + err
        for slot, (firmware, result, error_class) in BAD.items():
            row = by_slot[slot]
            assert (row["result"], row["error_class"]) == (result, error_class), (firmware, row)
            assert row["message"] and row["action"], row
        assert "GPIO0" in by_slot["1"]["action"]
        assert "garble" in by_slot["6"]["message"]
        exported = journal_exports(env.journal_path)
        for _, _, error_class in BAD.values():
            assert error_class in exported
        # Units the station cannot write are refused before any registration.
        assert env.standin is not None
        registered = set(env.standin.devices(env.realm))
        for slot in ("2", "3", "4", "5", "6", "7", "8"):
            assert by_slot[slot]["device_id"] not in registered


def test_a_write_cut_short_is_decided_from_the_flash_then_recovered(tmp_path: Path) -> None:
    # The chip resets while storing the image: a partial NVS page is left behind; the chip
    # comes back up in its bootloader (the fault is one-shot).
    with DemoEnvironment(
        tmp_path / "demo", slots=1, profile="esp32", bcrypt_cost=4,
        firmware={"1": "esp32:faults=reset@write"},
    ) as env:  # fmt: skip
        _, out, _ = provision_all(env, "e2e")
        first = results(out)["1"]
        assert first["result"] == "FAIL" and first["error_class"] == "write_interrupted", first
        assert first["message"] and first["action"], first
        _, out, _ = provision_all(env, "e2e")
        again = results(out)["1"]
        assert again["result"] in ("PASS", "RECOVERED"), (again["error_class"], again["message"])
        assert accepted(env, "1", again["device_id"])


def test_a_lying_md5_is_decided_from_the_flash_it_reads_back(tmp_path: Path) -> None:
    # The chip stored the image intact but reports a wrong MD5: the station does not trust
    # the write, reads the partition back, finds its own secret and goes on.
    with DemoEnvironment(
        tmp_path / "demo", slots=1, profile="esp32", bcrypt_cost=4,
        firmware={"1": "esp32:faults=wrong_md5"},
    ) as env:  # fmt: skip
        _, out, _ = provision_all(env, "e2e")
        row = results(out)["1"]
        assert row["result"] == "PASS", row
        assert accepted(env, "1", row["device_id"])
        # The console excerpt shows the chip's two digests disagreeing.
        exported = journal_exports(env.journal_path)
        digests = re.search(r"Input MD5: ([0-9a-f]{32}).*?Flash MD5: ([0-9a-f]{32})", exported)
        assert digests is not None and digests.group(1) != digests.group(2)


def test_a_lost_write_answer_over_another_secret_fails_and_the_journal_says_why(
    tmp_path: Path,
) -> None:
    # Slot 1 stores another secret and its answer to the write's last block is lost: the
    # station reconnects, finds the partition written, and must not take it for its own.
    # Slot 2 loses the same answer over the right secret and passes.
    with DemoEnvironment(
        tmp_path / "demo", slots=2, profile="esp32", bcrypt_cost=4, record_issued_secrets=True,
        firmware={"1": "esp32:faults=stores_other+lost_answer", "2": "esp32:faults=lost_answer"},
    ) as env:  # fmt: skip
        rc, out, err = provision_all(env, "e2e")
        by_slot = results(out)
        assert rc == 1, out + err
        liar, honest = by_slot["1"], by_slot["2"]
        assert (liar["result"], liar["error_class"]) == ("FAIL", "write_interrupted"), liar
        assert liar["message"] == (
            "The write to the device in slot 1 was interrupted and its storage holds a secret "
            "other than the one just written."
        )
        assert liar["action"] == (
            "Leave the device in slot 1 and provision it again: the station decides from what "
            "was stored."
        )
        assert honest["result"] == "PASS", honest
        assert accepted(env, "2", honest["device_id"])
        # The lie happened: the partition holds one secret, which Pairing never issued.
        [stored] = nvs_secrets(env, "1")
        assert env.standin is not None
        assert stored not in {s.reveal() for s in env.standin.issued_secrets()}
        assert not accepted(env, "1", liar["device_id"])
        assert verify(env.journal_path).ok
        with Journal.open(env.journal_path, station_id="e2e") as journal:
            for slot in ("1", "2"):
                detail = journal.attempt(by_slot[slot]["attempt_id"])
                assert detail is not None
                assert detail.link_stats["reconnects"] == 1, (slot, detail.link_stats)
            detail = journal.attempt(liar["attempt_id"])
            assert detail is not None and detail.row.error_class == "write_interrupted"
            failed = [(s.step, s.detail) for s in detail.steps if not s.ok]
            assert failed == [("write", liar["message"])], detail.steps
            assert [s.step for s in detail.steps][-1] == "write"  # nothing after it


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
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("point", TRANSACTION_POINTS)
def test_killed_station_recovers_an_esp32_on_restart(tmp_path: Path, point: CrashPoint) -> None:
    with DemoEnvironment(
        tmp_path / "demo", slots=2, profile="esp32", bcrypt_cost=4, record_issued_secrets=True
    ) as env:
        crashed = _station(env, f"{point.value}:1")
        assert crashed.returncode == EXIT_CODE, crashed.stdout + crashed.stderr
        again = _station(env, None)
        by_slot = results(again.stdout)
        assert sorted(by_slot) == ["1", "2"], again.stdout + again.stderr
        for slot, row in by_slot.items():
            # Rewritable NVS is never scrap: each unit ends with a secret Pairing accepts.
            assert row["result"] in ("PASS", "RECOVERED", "ALREADY_PROVISIONED"), row
            assert accepted(env, slot, row["device_id"]), row
        assert by_slot["1"]["result"] in ("PASS", "RECOVERED")
        if point in (CrashPoint.AFTER_REGISTER, CrashPoint.AFTER_INTENT):
            # Nothing reached the flash: registered and written anew.
            assert by_slot["1"]["result"] == "PASS", by_slot["1"]
        if point in (
            CrashPoint.AFTER_WRITE,
            CrashPoint.AFTER_READ_BACK,
            CrashPoint.AFTER_VERIFY,
            CrashPoint.AFTER_LOCK,
            CrashPoint.BEFORE_FINISH,
        ):
            # The partition holds the intent's secret: resumed at the cloud check.
            assert by_slot["1"]["result"] == "RECOVERED", by_slot["1"]
        with Journal.open(env.journal_path, station_id="crash-check") as journal:
            assert journal.unfinished_attempts() == []
        assert verify(env.journal_path).ok
        rows = journal_exports(env.journal_path)
        attempts = [json.loads(line) for line in rows.splitlines() if line.startswith("{")]
        killed = [a for a in attempts if a["slot"] == "1" and a["error_class"] == "interrupted"]
        assert len(killed) == 1 and killed[0]["result"] == "ABORTED", killed
        texts = files_under(
            tmp_path / "demo", skip=[env.fixture_dir, tmp_path / "demo" / "pairing"]
        )
        texts["exports"] = rows.encode()
        for n, run in enumerate((crashed, again)):
            texts[f"stdout{n}"], texts[f"stderr{n}"] = run.stdout.encode(), run.stderr.encode()
        assert env.standin is not None
        assert secret_hits(env.standin.issued_secrets(), texts) == []


def test_station_killed_inside_the_flash_write_recovers_from_the_partial_partition(
    tmp_path: Path,
) -> None:
    # The chip stores part of the image's first block and never answers it; the test then
    # kills the station with SIGKILL while esptool waits: a kill -9 inside the flash write.
    with DemoEnvironment(
        tmp_path / "demo", slots=1, profile="esp32", bcrypt_cost=4,
        firmware={"1": "esp32:faults=stall@write"}, record_issued_secrets=True,
    ) as env:  # fmt: skip
        marker = device_dir(env.fixture_dir, "1") / "stalled"
        command = [sys.executable, "-m", "station", "provision", "--config",
                   str(env.config_path), "--operator", "crash-test", "--json"]  # fmt: skip
        station = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            while not marker.exists():
                assert station.poll() is None, station.communicate()
                assert time.monotonic() < deadline, "the write never started"
                time.sleep(0.01)
            station.send_signal(signal.SIGKILL)
        finally:
            out, err = station.communicate(timeout=30)
        assert station.returncode == -signal.SIGKILL
        assert results(out.decode()) == {}  # it died before reporting anything
        # The partition now holds a cut page: the next run reads it and decides from it.
        with (device_dir(env.fixture_dir, "1") / "flash.bin").open("rb") as f:
            f.seek(NVS[0])
            assert parse(f.read(NVS[1])).faults
        again = _station(env, None)
        row = results(again.stdout)["1"]
        assert row["result"] == "PASS", row  # rewritable: registered again and rewritten
        assert accepted(env, "1", row["device_id"])
        assert nvs_damage(env), "the damaged remnants are recorded for QA"
        with Journal.open(env.journal_path, station_id="crash-check") as journal:
            assert journal.unfinished_attempts() == []
        assert verify(env.journal_path).ok
        rows = journal_exports(env.journal_path)
        attempts = [json.loads(line) for line in rows.splitlines() if line.startswith("{")]
        killed = [a for a in attempts if a["error_class"] == "interrupted"]
        assert len(killed) == 1 and killed[0]["result"] == "ABORTED", killed
        texts = files_under(
            tmp_path / "demo", skip=[env.fixture_dir, tmp_path / "demo" / "pairing"]
        )
        texts["exports"] = rows.encode()
        texts["out"], texts["err"] = out + again.stdout.encode(), err + again.stderr.encode()
        assert env.standin is not None
        assert secret_hits(env.standin.issued_secrets(), texts) == []


def test_demo_command_provisions_esp32_slots(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from station.cli import main

    rc = main(["demo", "--headless", "--profile", "esp32", "--slots", "4",
               "--workdir", str(tmp_path / "d")])  # fmt: skip
    out = capsys.readouterr().out
    assert rc == 0, out
    assert "4 simulated devices (4 esp32" in out
    lines = [line.split()[:3] for line in out.splitlines() if line.startswith("slot ")]
    assert [line[2] for line in lines] == ["PASS"] * 4


def test_two_units_with_one_mac_never_both_register(tmp_path: Path) -> None:
    # Two boards claim one identity (a cloned or mis-burned eFuse MAC): the SDK derives one
    # device ID for both, so registering the second would kill the first one's secret.
    same = "esp32:mac=24:0a:c4:aa:bb:01"
    with DemoEnvironment(
        tmp_path / "demo", slots=3, profile="esp32", bcrypt_cost=4,
        firmware={"1": same, "2": same, "3": "esp32:mac=24:0a:c4:aa:bb:03"},
    ) as env:  # fmt: skip
        _, out, _ = provision_all(env, "e2e")
        by_slot = results(out)
        assert sorted(row["result"] for row in by_slot.values()) == ["FAIL", "PASS", "PASS"]
        loser = next(row for row in by_slot.values() if row["result"] == "FAIL")
        assert loser["error_class"] == "duplicate_device" and loser["action"], loser
        # Later in the shift the clone turns up again: it is refused, not registered again.
        winner = next(s for s in ("1", "2") if by_slot[s]["result"] == "PASS")
        secret_before = nvs_secrets(env, winner)
        assert env.fixture is not None
        env.fixture.unplug(winner)
        _, out, _ = provision_all(env, "e2e")
        again = results(out)[loser["slot"]]
        assert (again["result"], again["error_class"]) == ("ALREADY_PROVISIONED", "already_passed")
        assert accepted(env, winner, by_slot[winner]["device_id"])
        assert nvs_secrets(env, winner) == secret_before
