"""Lying devices through the headless command (`station provision --json` over the simulated
fixture): none passes, each result names its cause, and the journal records why."""

from __future__ import annotations

import json
from pathlib import Path

from station.demo import DemoEnvironment
from station.journal import Journal, verify
from station.journal.export import export_text
from tests.e2e.helpers import pairing_accepts, provision_all, results

# slot: (fault, result, error class, the failed step the journal names)
CASES = {
    "1": ("store_other=bit", "FAIL", "read_back_mismatch", "read_back"),
    "2": ("digest_lie", "FAIL", "read_back_mismatch", "read_back"),
    "3": ("reveal_other=whole", "FAIL", "reveal_mismatch", "verify_cloud"),
    "4": ("store_other=whole,slot4:noreply=after@write", "FAIL", "write_interrupted", "write"),
    "5": ("drift=hwid", "FAIL", "identity_changed", "read_back"),
}


def test_lying_devices_never_pass_and_the_journal_says_why(tmp_path: Path) -> None:
    faults = ",".join(f"slot{slot}:{case[0]}" for slot, case in CASES.items())
    with DemoEnvironment(tmp_path / "d", slots=len(CASES), bcrypt_cost=4, faults=faults) as env:
        assert env.fixture is not None
        rc, out, err = provision_all(env, "liar-check")
        by_slot = results(out)
        assert rc != 0, out + err
        assert sorted(by_slot) == sorted(CASES), out + err
        for slot, (_fault, result, error_class, _step) in CASES.items():
            row = by_slot[slot]
            assert (row["result"], row["error_class"]) == (result, error_class), row
            assert f"slot {slot}" in row["action"].lower(), row
            assert not env.fixture.device(slot).locked, slot
        # Only the devices whose storage is right (the lie is in what they say) hold a secret
        # Pairing accepts; the others hold one it never issued.
        assert [s for s in CASES if pairing_accepts(env, s)] == ["2", "3", "5"]

        assert verify(env.journal_path).ok
        with Journal.open(env.journal_path, station_id="liar-check") as journal:
            for slot, (_fault, _result, error_class, step) in CASES.items():
                detail = journal.attempt(by_slot[slot]["attempt_id"])
                assert detail is not None and detail.row.error_class == error_class
                failed = [(s.step, s.detail) for s in detail.steps if not s.ok]
                assert failed == [(step, detail.row.message)], (slot, failed)
                assert detail.profile == "smp-provisioning"
        exported = [json.loads(line) for line in export_text(env.journal_path, format="jsonl")
                    .splitlines()]  # fmt: skip
        assert sorted(r["error_class"] for r in exported) == sorted(c[2] for c in CASES.values())
