"""The fleet demo (`station demo --fleet --headless`): two stations, each a real `station`
process on its own simulated fixture and journal, one Pairing stand-in, one throwaway PostgreSQL
centre, and one unit whose device ID is on both fixtures. It is registered exactly once."""

from __future__ import annotations

import io
import re
import signal
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import keyring.backend
import psycopg
import pytest

from station.config.store import load_config
from station.demo_fleet import SHARED_SLOT, FleetDemo, run_demo, run_headless
from station.fleet.connect import FleetSettings, connect, conninfo
from station.fleet.errors import FleetError
from station.pairing.errors import CredentialMissing
from station.pairing.keystore import load_fleet_password
from station.sandbox.pairing.pki import CertificateAuthority
from tests.fixtures.postgres import require_postgres

pytestmark = pytest.mark.keyring


@pytest.fixture(autouse=True)
def _postgres_installed() -> None:
    require_postgres()


def _only_verified_tls_reaches_the_centre(demo: FleetDemo) -> None:
    """The stations provisioned through a centre that refuses TCP without TLS, verifying its
    certificate against the run's CA: a plain connection and another CA are both refused."""
    assert demo.cluster is not None and demo.ca_file is not None
    name = demo.names[0]
    config = load_config(demo.envs[0].config_path)
    assert config.fleet is not None and config.fleet.ca_file == demo.ca_file
    settings = FleetSettings.from_config(config.fleet)
    password = load_fleet_password(name)
    with connect(settings, password, application="demo tls test") as conn:
        row = conn.execute(
            "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
    assert row is not None and row[0] is True and str(row[1]).startswith("TLS")
    plain = conninfo(replace(settings, ca_file=None), password) + " sslmode=disable"
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(plain).close()
    other_ca = CertificateAuthority.generate("Another CA")
    (demo.workdir / "other-ca.pem").write_bytes(other_ca.cert_pem)
    with pytest.raises(FleetError, match="TLS handshake"):
        connect(replace(settings, ca_file=demo.workdir / "other-ca.pem"), password).close()


def test_the_shared_device_id_is_registered_once_and_both_journals_ship(
    tmp_path: Path, secret_service: keyring.backend.KeyringBackend
) -> None:
    demo = FleetDemo(tmp_path, slots=2, bcrypt_cost=4)
    with demo:
        outcome = demo.run()
        names = list(demo.names)
        _only_verified_tls_reaches_the_centre(demo)
    shared = outcome.shared
    # Each station's attempt on the shared unit, as `station provision` reported it, so that a
    # failure says which step each one ended at and why.
    said = [(s.station, s.result, s.error_class, s.message) for s in shared]
    assert sorted(s.station for s in shared) == sorted(names), said
    assert {s.device_id for s in shared} == {outcome.shared_device_id}, said
    (winner,) = [s.station for s in shared if s.result == "PASS"]
    (loser,) = [s for s in shared if s.station != winner]
    assert loser.result == "FAIL"
    assert loser.error_class == "duplicate_refused"
    assert f"by station {winner}" in loser.message
    # The centre holds one finished claim, and only the winner's unit holds credentials.
    assert outcome.claims == [(winner, "done")]
    assert outcome.holders == [winner]
    assert outcome.registered_once
    # The other units had IDs of their own: both stations provisioned them.
    others = [s for s in outcome.slots if s.slot != SHARED_SLOT]
    assert len(others) == 2 and all(s.result == "PASS" for s in others)
    assert outcome.others_passed
    assert all(outcome.shipped.get(name, 0) > 0 for name in names)
    # The demo's passwords leave the keyring with it.
    for name in names:
        with pytest.raises(CredentialMissing):
            load_fleet_password(name)


def test_the_headless_fleet_demo_prints_the_verdict(
    tmp_path: Path, secret_service: keyring.backend.KeyringBackend
) -> None:
    out = io.StringIO()
    assert run_headless(tmp_path, 1, "tester", out) == 0, out.getvalue()
    text = out.getvalue()
    assert "registered exactly once, by demo-line-" in text
    assert "refused it by the claim and registered nothing" in text
    assert "duplicate_refused: " in text
    assert text.count("'s journal at the centre: ") == 2


def test_the_fleet_demo_with_one_operator_window_per_station(
    tmp_path: Path, secret_service: keyring.backend.KeyringBackend
) -> None:
    """`station demo --fleet --auto-provision --exit-when-done`: each station is `station gui`
    in its own process (offscreen here), and the verdict comes from the centre's attempts."""
    out = io.StringIO()
    code = run_demo(
        tmp_path, 1, "tester", out, windows=True, auto_provision=True, exit_when_done=True
    )
    text = out.getvalue()
    assert code == 0, text
    assert "registered exactly once, by demo-line-" in text
    assert "duplicate_refused: " in text
    assert text.count("'s journal at the centre: ") == 2


def test_a_terminated_fleet_demo_stops_its_postgresql(
    tmp_path: Path, secret_service: keyring.backend.KeyringBackend
) -> None:
    """SIGTERM in the middle (a `timeout`, a closed session) still stops the demo's server."""
    command = [sys.executable, "-m", "station", "demo", "--fleet", "--headless", "--slots", "1"]
    with subprocess.Popen(
        [*command, "--workdir", str(tmp_path)], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        match = re.search(r"centre PostgreSQL at 127\.0\.0\.1:(\d+)", first)
        assert match, first
        port = int(match.group(1))
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(120) == 128 + signal.SIGTERM
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
