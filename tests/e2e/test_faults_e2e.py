"""Faults through the headless command: never a false PASS, and every FAIL names its cause and
the operator's action (with the slot)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from station.demo import DemoEnvironment
from station.sandbox.pairing.pki import CA_FILE, CertificateAuthority
from tests.e2e.helpers import pairing_accepts, provision_all, results


def _run(env: DemoEnvironment) -> dict[str, dict[str, Any]]:
    _rc, out, err = provision_all(env, "faults")
    by_slot = results(out)
    assert env.fixture is not None
    assert sorted(by_slot) == list(env.fixture.slots), out + err
    for slot, row in by_slot.items():
        if row["result"] in ("PASS", "RECOVERED"):
            assert pairing_accepts(env, slot), row  # never a false pass
        else:
            assert row["error_class"] and row["message"], row
            assert f"slot {slot}" in row["action"].lower(), row
            assert f"slot {slot}" in row["message"].lower(), row
            assert row["action"], row
    return by_slot


def test_device_side_faults(tmp_path: Path) -> None:
    faults = (
        "slot1:reboot@identify,slot2:noreply@identify*always,slot3:unplug@write,slot4:bitflip=0.001"
    )
    with DemoEnvironment(tmp_path / "d", slots=4, bcrypt_cost=4, faults=faults) as env:
        by_slot = _run(env)
    assert by_slot["1"]["result"] == "PASS"  # boot garbage mid-exchange: retried
    assert by_slot["2"]["result"] == "FAIL"
    assert by_slot["2"]["error_class"] == "timeout"
    assert by_slot["3"]["result"] == "FAIL"
    assert "reseat" in by_slot["3"]["action"].lower()


@pytest.mark.parametrize(
    ("case", "error_class"),
    [("expired_token", "token_expired"), ("wrong_ca", "tls"), ("server_error", "server_error")],
)
def test_pairing_side_faults_fail_before_anything_is_written(
    tmp_path: Path, case: str, error_class: str
) -> None:
    with DemoEnvironment(tmp_path / "d", slots=2, bcrypt_cost=4) as env:
        assert env.standin is not None and env.fixture is not None
        if case == "expired_token":
            env.write_config(token_command=env.token_command(ttl_s=-60))
        elif case == "wrong_ca":
            (tmp_path / "other").mkdir()
            CertificateAuthority.load_or_create(tmp_path / "other", "Some other CA")
            env.write_config(ca_bundle=str(tmp_path / "other" / CA_FILE))
        else:
            env.standin.set_faults(error_rate=1.0, error_status=503, match="POST")
        by_slot = _run(env)
        for slot, row in by_slot.items():
            assert row["result"] == "FAIL", row
            assert row["error_class"] == error_class, row
            assert env.fixture.device(slot).record is None
