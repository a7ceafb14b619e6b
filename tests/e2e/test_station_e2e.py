"""The whole station over real parts: 8 simulated devices on ptys, the Pairing stand-in over
HTTPS with its own CA, the SQLite journal, tokens from a token command, the headless command."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from station.demo import DemoEnvironment
from station.journal import verify
from tests.e2e.helpers import (
    device_id,
    files_under,
    journal_exports,
    pairing_accepts,
    provision_all,
    results,
    secret_hits,
    stored_secret,
)


def test_eight_slots_provision_and_every_device_holds_a_secret_astarte_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with DemoEnvironment(
        tmp_path / "demo", slots=8, bcrypt_cost=4, record_issued_secrets=True
    ) as env:
        assert env.standin is not None and env.fixture is not None
        rc, out, err = provision_all(env, "e2e")
        by_slot = results(out)
        assert rc == 0, out + err
        assert sorted(by_slot) == [str(n) for n in range(1, 9)]
        for slot, row in by_slot.items():
            assert row["result"] == "PASS", row
            assert row["device_id"] == device_id(env, slot)
            state = env.standin.device_state(env.realm, row["device_id"])
            assert state is not None and state.status == "pending"
            assert pairing_accepts(env, slot)
            assert env.fixture.device(slot).locked
        assert verify(env.journal_path).ok

        # A client nobody here wrote accepts what the station burned: the SDK obtains a device
        # certificate with each stored secret.
        from astarte.device import pairing_handler

        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(env.standin.ca_path))
        for slot in by_slot:
            secret = stored_secret(env, slot)
            assert secret is not None
            certs = tmp_path / "sdk" / slot
            certs.mkdir(parents=True)
            pairing_handler.obtain_device_certificate(
                device_id(env, slot), env.realm, secret, env.standin.base_url, str(certs), False
            )
            state = env.standin.device_state(env.realm, device_id(env, slot))
            assert state is not None and state.status == "confirmed"

        # Secret scan: no secret the stand-in issued is in the journal, its exports, the
        # config, the station's output or its logs.
        issued = env.standin.issued_secrets()
        assert len(issued) >= 8
        texts = files_under(
            tmp_path / "demo", skip=[env.fixture_dir, tmp_path / "demo" / "pairing"]
        )
        assert any(name.endswith("journal.db") for name in texts)
        texts["exports"] = journal_exports(env.journal_path).encode()
        texts["stdout"] = out.encode()
        texts["stderr"] = err.encode()
        texts["logs"] = caplog.text.encode()
        assert secret_hits(issued, texts) == []
        # The scan itself works: the simulated devices' state files do hold the secrets.
        assert secret_hits(issued, files_under(env.fixture_dir))


def test_headless_demo_command_prints_one_result_per_slot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from station.cli import main

    rc = main(["demo", "--headless", "--slots", "2", "--workdir", str(tmp_path / "d")])
    out = capsys.readouterr().out
    assert rc == 0, out
    lines = [line for line in out.splitlines() if line.startswith("slot ")]
    assert [line.split()[:3] for line in lines] == [["slot", "1", "PASS"], ["slot", "2", "PASS"]]
    # The demo's line: both labels reached the printer stand-in and were scanned back by the
    # simulated scanner, the pty tower went through working (yellow) to a good batch (green),
    # and off when the station closed.
    (shown,) = [
        line
        for line in out.splitlines()
        if "2 labels printed; 2 labels scanned back and matched" in line
    ]
    assert shown.startswith("demo: the MES was asked 2 times and acknowledged 2 results; ")
    # A slot's first update may still be idle (the tower is then set to all off, the state it
    # was in), depending on which slot's thread reports first; working always comes before
    # the good batch.
    sequence = shown.split("the tower light showed ", 1)[1].split(" -> ")
    if sequence[0] == "all off":
        sequence = sequence[1:]
    assert sequence[0] == "yellow on"
    assert sequence[-2:] == ["green on", "all off"]
    # Run again on the same work directory: the devices passed already and are not touched.
    rc = main(["demo", "--headless", "--slots", "2", "--workdir", str(tmp_path / "d")])
    out = capsys.readouterr().out
    assert rc == 1
    assert out.count("ALREADY_PROVISIONED") == 2
