"""Stock Zephyr devices that store another secret than the one sent, through the headless
command (`station provision --json`, real ptys, the Pairing stand-in over HTTPS, the real
journal): none passes, each result names its cause, and the journal records the failed step
and why."""

from __future__ import annotations

import json
from pathlib import Path

from station.demo import DemoEnvironment
from station.journal import Journal, verify
from station.journal.export import export_text
from tests.e2e.helpers import provision_all, results
from tests.e2e.test_zephyr_e2e import file_secret, zephyr_accepted

# slot: (firmware, fixture fault, error class, the failed step the journal names)
CASES = {
    "1": ("zephyr", "store_other=bit", "zephyr_hash_mismatch", "write"),
    "2": ("zephyr", "store_other=whole", "zephyr_hash_mismatch", "write"),
    "3": ("zephyr:hash_lie", "store_other=bit", "read_back_mismatch", "read_back"),
    "4": ("zephyr:hash_lie", "store_other=whole", "read_back_mismatch", "read_back"),
    "5": ("zephyr", "store_other=whole,slot5:noreply=after@write", "write_interrupted", "write"),
}


def test_zephyr_devices_storing_another_secret_never_pass(tmp_path: Path) -> None:
    faults = ",".join(f"slot{slot}:{case[1]}" for slot, case in CASES.items())
    with DemoEnvironment(
        tmp_path / "d",
        slots=len(CASES),
        profile="zephyr",
        bcrypt_cost=4,
        firmware={slot: case[0] for slot, case in CASES.items()},
        faults=faults,
        record_issued_secrets=True,
    ) as env:
        rc, out, err = provision_all(env, "liar-check")
        by_slot = results(out)
        assert rc != 0, out + err
        assert sorted(by_slot) == sorted(CASES), out + err
        for slot, (_fw, _fault, error_class, _step) in CASES.items():
            row = by_slot[slot]
            assert (row["result"], row["error_class"]) == ("FAIL", error_class), row
            assert f"slot {slot}" in row["action"].lower(), row
            # The lie happened: the file holds a secret, of the same length, Pairing never issued.
            stored = file_secret(env, slot)
            assert stored is not None and len(stored) == 44, (slot, stored)
            assert not zephyr_accepted(env, slot), slot
        assert env.standin is not None
        issued = {s.reveal() for s in env.standin.issued_secrets()}
        assert len(issued) == len(CASES)
        assert not issued & {file_secret(env, slot) for slot in CASES}

        assert verify(env.journal_path).ok
        with Journal.open(env.journal_path, station_id="liar-check") as journal:
            for slot, (_fw, _fault, error_class, step) in CASES.items():
                detail = journal.attempt(by_slot[slot]["attempt_id"])
                assert detail is not None and detail.row.error_class == error_class
                failed = [(s.step, s.detail) for s in detail.steps if not s.ok]
                assert failed == [(step, detail.row.message)], (slot, failed)
                assert detail.profile == "zephyr-mcumgr-fs"
        exported = [json.loads(line) for line in export_text(env.journal_path, format="jsonl")
                    .splitlines()]  # fmt: skip
        assert sorted(r["error_class"] for r in exported) == sorted(c[2] for c in CASES.values())
