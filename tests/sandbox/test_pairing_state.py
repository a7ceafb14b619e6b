"""Persistence, concurrency and secret storage of the Pairing stand-in."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

import pytest

from station.sandbox.pairing import PairingStandIn
from station.sandbox.pairing.credentials import SecretVerifier, generate_secret, hash_secret
from station.sandbox.pairing.registry import Introspection
from tests.fixtures.pairing import PairingFactory, PairingHandle, RealmKeys, make_csr

DEVICE = "2imLILqtRP2vq0ZVy-TGRQ"


def _id(n: int) -> str:
    return base64.urlsafe_b64encode(n.to_bytes(16, "big")).decode().rstrip("=")


def test_restart_keeps_devices_secrets_and_ca(
    pairing_standin_factory: PairingFactory, tmp_path: Path
) -> None:
    state_dir = tmp_path / "state"
    first = pairing_standin_factory(state_dir=state_dir)
    with first.client() as http:
        pending = first.register(http, {"hw_id": DEVICE}).json()["data"]["credentials_secret"]
        confirmed_id = _id(7)
        confirmed = first.register(http, {"hw_id": confirmed_id}).json()["data"][
            "credentials_secret"
        ]
        r = http.post(
            first.url(f"/v1/test/devices/{confirmed_id}/protocols/astarte_mqtt_v1/credentials"),
            json={"data": {"csr": make_csr("x")}},
            headers={"Authorization": f"Bearer {confirmed}"},
        )
        assert r.status_code == 201
        client_crt = r.json()["data"]["client_crt"]
    ca_before = first.ca_path.read_bytes()
    first.stop()

    second = pairing_standin_factory(state_dir=state_dir)
    assert second.ca_path.read_bytes() == ca_before
    assert second.check_secret("test", DEVICE, pending)
    state = second.device_state("test", confirmed_id)
    assert state is not None and state.status == "confirmed"
    with second.client() as http:  # trusts the same CA file
        r = second.register(http, {"hw_id": confirmed_id})
        assert r.status_code == 422
        r = http.post(
            second.url(
                f"/v1/test/devices/{confirmed_id}/protocols/astarte_mqtt_v1/credentials/verify"
            ),
            json={"data": {"client_crt": client_crt}},
            headers={"Authorization": f"Bearer {confirmed}"},
        )
        assert r.json()["data"]["valid"] is True


def test_restart_keeps_unregister_inhibit_and_the_registration_limit(
    pairing_standin_factory: PairingFactory, tmp_path: Path
) -> None:
    state_dir = tmp_path / "state"
    first = pairing_standin_factory(state_dir=state_dir)
    with first.client() as http:
        for n in range(3):
            assert first.register(http, {"hw_id": _id(n)}).status_code == 201
    first.registry.unregister("test", _id(0))
    first.set_inhibited("test", _id(1))
    first.set_registration_limit("test", 3)
    first.stop()

    second = pairing_standin_factory(state_dir=state_dir)
    assert second.devices("test") == sorted(_id(n) for n in range(3))
    unregistered = second.device_state("test", _id(0))
    assert unregistered is not None and unregistered.status == "pending"
    row = second.registry.row_copy("test", _id(0))
    assert row is not None and row.secret_hash is None
    inhibited = second.device_state("test", _id(1))
    assert inhibited is not None and inhibited.status == "inhibited"
    with second.client() as http:  # the limit of 3 rows holds after the restart
        assert second.register(http, {"hw_id": _id(9)}).status_code == 500  # as Astarte's
    assert second.device_state("test", _id(9)) is None


def test_a_legacy_json_state_is_imported_once(
    pairing_standin_factory: PairingFactory, tmp_path: Path
) -> None:
    state_dir = tmp_path / "state"
    first = pairing_standin_factory(state_dir=state_dir)
    with first.client() as http:
        secret = first.register(http, {"hw_id": DEVICE}).json()["data"]["credentials_secret"]
    row = first.registry.row_copy("test", DEVICE)
    first.stop()
    assert row is not None
    # What an earlier stand-in left: the whole state as one JSON file, no database.
    (state_dir / "pairing-state.db").unlink()
    for extra in ("pairing-state.db-wal", "pairing-state.db-shm"):
        (state_dir / extra).unlink(missing_ok=True)
    legacy = {
        "format": 1,
        "realms": {"test": {"registration_limit": None, "devices": {DEVICE: asdict(row)}}},
    }
    (state_dir / "pairing-state.json").write_text(json.dumps(legacy), encoding="utf-8")

    second = pairing_standin_factory(state_dir=state_dir)
    assert second.check_secret("test", DEVICE, secret)
    assert (state_dir / "pairing-state.db").exists()


def test_state_files_hold_no_secret_and_private_files_are_0600(
    pairing_standin_factory: PairingFactory,
) -> None:
    pairing = pairing_standin_factory(record_issued_secrets=True)
    with pairing.client() as http:
        for n in range(3):
            pairing.register(http, {"hw_id": _id(n)})
        pairing.register(http, {"hw_id": _id(0)})
    secrets = [s.reveal() for s in pairing.issued_secrets()]
    assert len(secrets) == 4
    assert pairing.issued_secret_fingerprints() == [
        hashlib.sha256(s.encode()).hexdigest() for s in secrets
    ]
    for path in pairing.state_dir.iterdir():
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in content, path.name
    for name in ("ca-key.pem", "server-key.pem", "pairing-state.db"):
        mode = stat.S_IMODE((pairing.state_dir / name).stat().st_mode)
        assert mode == 0o600, name


def test_issued_secrets_need_the_opt_in(pairing_standin: PairingHandle) -> None:
    with pytest.raises(RuntimeError, match="record_issued_secrets"):
        pairing_standin.issued_secrets()


def test_concurrent_registrations_of_distinct_devices(pairing_standin: PairingHandle) -> None:
    ids = [_id(n) for n in range(24)]
    with pairing_standin.client() as http, ThreadPoolExecutor(8) as pool:
        statuses = list(
            pool.map(lambda i: pairing_standin.register(http, {"hw_id": i}).status_code, ids)
        )
    assert statuses == [201] * len(ids)
    assert pairing_standin.devices("test") == sorted(ids)


def test_concurrent_reregistration_keeps_exactly_one_secret(pairing_standin: PairingHandle) -> None:
    barrier = threading.Barrier(6)

    def one(_: int) -> str:
        with pairing_standin.client() as http:
            barrier.wait(timeout=30)
            r = pairing_standin.register(http, {"hw_id": DEVICE})
            assert r.status_code == 201
            return str(r.json()["data"]["credentials_secret"])

    with ThreadPoolExecutor(6) as pool:
        secrets = list(pool.map(one, range(6)))
    assert len(set(secrets)) == 6
    valid = [s for s in secrets if pairing_standin.check_secret("test", DEVICE, s)]
    assert len(valid) == 1  # last write wins, as in Astarte


def test_concurrent_limit_never_overshoots(pairing_standin: PairingHandle) -> None:
    pairing_standin.set_registration_limit("test", 5)
    ids = [_id(n) for n in range(16)]
    with pairing_standin.client() as http, ThreadPoolExecutor(8) as pool:
        statuses = list(
            pool.map(lambda i: pairing_standin.register(http, {"hw_id": i}).status_code, ids)
        )
    assert statuses.count(201) == 5
    assert statuses.count(500) == 11
    assert len(pairing_standin.devices("test")) == 5


def test_production_bcrypt_cost(tmp_path: Path, realm_keys: RealmKeys) -> None:
    with PairingStandIn(tmp_path, {"test": realm_keys.public_pem}) as standin:
        assert standin.registry.bcrypt_cost == 12
        secret = standin.registry.register("test", DEVICE, Introspection())
        assert isinstance(secret, str)
        row = standin.registry.row_copy("test", DEVICE)
        assert row is not None and row.secret_hash is not None
        assert row.secret_hash.startswith("$2b$12$")
        assert standin.check_secret("test", DEVICE, secret)


def test_secret_generation_format() -> None:
    secrets = {generate_secret() for _ in range(200)}
    assert len(secrets) == 200
    assert all(re.fullmatch(r"[A-Za-z0-9+/]{43}=", s) for s in secrets)


def test_verifier_cache_and_rotation() -> None:
    verifier = SecretVerifier(limit=2)
    old, new = "old-secret", "new-secret"
    old_hash, new_hash = hash_secret(old, 4), hash_secret(new, 4)
    assert verifier.verify(old, old_hash)
    assert len(verifier) == 1
    assert verifier.verify(old, old_hash)  # served from the cache
    assert not verifier.verify(old, new_hash)  # rotated: the cached hash no longer matches
    assert verifier.verify(new, new_hash)
    assert not verifier.verify(None, new_hash)
    assert not verifier.verify(new, None)
    assert not verifier.verify(new, "not a bcrypt hash")
    verifier.verify("third", hash_secret("third", 4))
    assert len(verifier) == 2  # bounded, with random eviction


def test_stop_is_prompt_with_idle_keep_alive_connections(
    pairing_standin_factory: PairingFactory,
) -> None:

    pairing = pairing_standin_factory()
    with pairing.client() as http:
        assert http.get(pairing.url("/version")).status_code == 200
        started = time.monotonic()
        pairing.stop()
        assert time.monotonic() - started < 10
        assert not pairing.running


def _open_files_under(folder: Path) -> list[str]:
    """What this process holds open under `folder`, read from /proc/self/fd."""
    held = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # the directory's own fd, closed while listing
            continue
        if target.startswith(f"{folder.resolve()}/"):
            held.append(target)
    return held


def test_stop_lets_go_of_the_state_file_and_a_restart_opens_it_again(
    tmp_path: Path, realm_keys: RealmKeys
) -> None:
    state_dir = tmp_path / "state"
    standin = PairingStandIn(state_dir, {"test": realm_keys.public_pem}, bcrypt_cost=4)
    standin.start()
    secret = standin.registry.register("test", DEVICE, Introspection())
    assert isinstance(secret, str)
    held = _open_files_under(state_dir)
    assert str((state_dir / "pairing-state.db").resolve()) in held  # the check can see it
    standin.stop()
    assert _open_files_under(state_dir) == []  # the file, its WAL and its index: all closed
    # Read after the stop from memory, written again on the next start: nothing was lost.
    assert standin.check_secret("test", DEVICE, secret)
    standin.start()
    try:
        other = standin.registry.register("test", _id(9), Introspection())
    finally:
        standin.stop()
    assert isinstance(other, str)
    assert _open_files_under(state_dir) == []
    again = PairingStandIn(state_dir, {"test": realm_keys.public_pem}, bcrypt_cost=4)
    try:
        assert again.check_secret("test", DEVICE, secret)
        assert again.check_secret("test", _id(9), other)
    finally:
        again.stop()  # never started: it still lets go of the file
    assert _open_files_under(state_dir) == []


def test_realm_names_are_validated(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="realm name"):
        PairingStandIn(tmp_path, {"Bad-Realm": None})
    with pytest.raises(ValueError, match="compat"):
        PairingStandIn(tmp_path, {}, compat="2.0")  # type: ignore[arg-type]


def test_row_copies_do_not_share_lists_with_the_live_row(pairing_standin: PairingHandle) -> None:
    # The verify route reads revoked serials from a copy outside the lock while a credentials
    # request may append to the live row.
    registry = pairing_standin.registry
    pairing_standin.put_device("test", DEVICE, "supersecret")
    registry.record_credentials("test", DEVICE, "01", "aa", "127.0.0.1")
    before = registry.row_copy("test", DEVICE)
    registry.record_credentials("test", DEVICE, "02", "aa", "127.0.0.1")
    assert before is not None and before.revoked_serials == []
    after = registry.row_copy("test", DEVICE)
    assert after is not None and after.revoked_serials == ["01"]
