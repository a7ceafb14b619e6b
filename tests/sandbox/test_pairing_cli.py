"""`station sandbox keypair` and `station sandbox pairing`, run as a user would run them."""

from __future__ import annotations

import contextlib
import json
import signal
import sqlite3
import ssl
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from station.cli import main
from tests.fixtures.pairing import RealmKeys, mint_token

ROOT = Path(__file__).resolve().parents[2]
DEVICE = "2imLILqtRP2vq0ZVy-TGRQ"


def test_keypair_like_astartectl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sandbox", "keypair", "--realm", "plant1", "--out", str(tmp_path / "k")]) == 0
    printed = json.loads(capsys.readouterr().out)
    private = tmp_path / "k" / "plant1_private.pem"
    public = tmp_path / "k" / "plant1_public.pem"
    assert printed == {"private_key": str(private), "public_key": str(public)}
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_text().startswith("-----BEGIN EC PRIVATE KEY-----")
    assert public.read_text().startswith("-----BEGIN PUBLIC KEY-----")
    key = load_pem_private_key(private.read_bytes(), password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert key.curve.name == "secp256r1"
    token = jwt.encode({"a_pa": [".*::.*"]}, key, algorithm="ES256")
    assert jwt.decode(token, public.read_bytes(), algorithms=["ES256"])["a_pa"] == [".*::.*"]


def test_keypair_pkcs8_and_bad_realm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["sandbox", "keypair", "--realm", "r", "--out", str(tmp_path), "--format", "pkcs8"]
    assert main(args) == 0
    assert (tmp_path / "r_private.pem").read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert main(["sandbox", "keypair", "--realm", "Bad_Realm", "--out", str(tmp_path)]) == 1
    assert "not a valid realm name" in capsys.readouterr().err


class _Server:
    """A `station sandbox pairing` process; its stdout is read by a thread."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "station", "sandbox", "pairing", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.result: tuple[int, str] | None = None
        self._got_line = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)
            self._got_line.set()

    def ready(self, timeout: float = 30) -> dict[str, Any]:
        assert self._got_line.wait(timeout), self.stop()
        return dict(json.loads(self.lines[0]))

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, str]:
        if self.result is not None:
            return self.result
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout=30)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        self._reader.join(timeout=10)
        assert self.proc.stderr is not None and self.proc.stdout is not None
        err = self.proc.stderr.read()
        self.proc.stderr.close()
        self.proc.stdout.close()
        self.result = (self.proc.returncode, err)
        return self.result


@pytest.fixture
def server_args(realm_keys: RealmKeys, tmp_path: Path) -> list[str]:
    return [
        "--realm",
        "test",
        "--public-key",
        str(realm_keys.public_path),
        "--state-dir",
        str(tmp_path / "state"),
        "--bcrypt-cost",
        "4",
    ]


@pytest.fixture
def server(server_args: list[str]) -> Iterator[_Server]:
    srv = _Server(*server_args)
    yield srv
    srv.stop()


def _register(http: httpx.Client, base_url: str, keys: RealmKeys) -> httpx.Response:
    return http.post(
        f"{base_url}/v1/test/agent/devices",
        json={"data": {"hw_id": DEVICE}},
        headers={"Authorization": f"Bearer {mint_token(keys.private_pem)}"},
    )


def test_pairing_command_serves_until_terminated(
    server: _Server, realm_keys: RealmKeys, tmp_path: Path
) -> None:
    ready = server.ready()
    assert ready["base_url"].startswith("https://127.0.0.1:")
    assert ready["base_url"].endswith("/pairing")
    assert ready["tls"] is True
    assert Path(ready["ca_path"]) == tmp_path / "state" / "ca.pem"
    with httpx.Client(verify=ssl.create_default_context(cafile=ready["ca_path"])) as http:
        assert _register(http, ready["base_url"], realm_keys).status_code == 201

        # Faults change at run time through faults.json in the state directory.
        faults = tmp_path / "state" / "faults.json"
        faults.write_text(json.dumps({"error_rate": 1.0, "error_status": 502}))
        assert _poll_status(http, ready["base_url"] + "/version", 502)
        faults.unlink()
        assert _poll_status(http, ready["base_url"] + "/version", 200)

    code, err = server.stop()
    assert code == 0, err
    # State survives: a new process on the same directory knows the device.
    with contextlib.closing(sqlite3.connect(tmp_path / "state" / "pairing-state.db")) as db:
        rows = db.execute("SELECT realm, device_id FROM devices").fetchall()
    assert ("test", DEVICE) in rows


def _poll_status(http: httpx.Client, url: str, status: int) -> bool:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if http.get(url).status_code == status:
            return True
        time.sleep(0.1)
    return False


def test_pairing_command_plain_http_and_sigint(
    server_args: list[str], realm_keys: RealmKeys
) -> None:
    srv = _Server(*server_args, "--plain-http", "--compat", "1.3")
    try:
        ready = srv.ready()
        assert ready["base_url"].startswith("http://127.0.0.1:")
        with httpx.Client() as http:
            r = http.post(ready["base_url"] + "/v1/test/agent/devices", json={"data": {}})
            assert (r.status_code, r.json()) == (401, {"errors": {"detail": "Unauthorized"}})
    finally:
        code, err = srv.stop(signal.SIGINT)
    assert code == 0, err


def test_pairing_command_reports_a_busy_port(
    server: _Server, server_args: list[str], tmp_path: Path
) -> None:
    port = server.ready()["base_url"].split(":")[2].split("/")[0]
    args = [*server_args[:-4], "--state-dir", str(tmp_path / "other"), "--port", port]
    second = _Server(*args)
    second.proc.wait(timeout=30)
    code, err = second.stop()
    assert code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in err


def test_pairing_command_needs_readable_key(tmp_path: Path) -> None:
    srv = _Server(
        "--realm", "test", "--public-key", str(tmp_path / "nope.pem"), "--state-dir", str(tmp_path)
    )
    srv.proc.wait(timeout=30)
    code, err = srv.stop()
    assert code == 1
    assert "cannot read the realm public key" in err
    assert "nope.pem" in err
