"""Test connection against the real Pairing stand-in over HTTPS: a good target passes every
check; each kind of misconfiguration fails at the right check with its own fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.pairing import keystore
from station.sandbox.pairing.pki import CertificateAuthority
from station.targets.connection_test import (
    AUTHORIZATION,
    CHECKS,
    CREDENTIALS,
    HEALTH,
    VERSION,
    CheckResult,
    run_connection_test,
)
from tests.fixtures.keyring import MemoryKeyring
from tests.fixtures.pairing import PairingHandle
from tests.supervisor.helpers import standin_target


def _by_name(results: list[CheckResult]) -> dict[str, CheckResult]:
    assert [r.name for r in results] == list(CHECKS)
    return {r.name: r for r in results}


def test_a_good_target_passes_every_check_and_registers_nothing(
    pairing_standin: PairingHandle, memory_keyring: MemoryKeyring
) -> None:
    keystore.store_realm_key("plant", pairing_standin.keys.private_pem)
    results = _by_name(run_connection_test(standin_target(pairing_standin)))
    assert all(r.ok for r in results.values()), results
    assert "EC P-256 (ES256)" in results[CREDENTIALS].message
    assert "healthy" in results[HEALTH].message
    assert "Astarte Pairing version" in results[VERSION].message
    assert "registered nothing" in results[AUTHORIZATION].message
    assert pairing_standin.devices("test") == []


def test_wrong_realm_is_forbidden_with_the_realm_hint(
    pairing_standin: PairingHandle, memory_keyring: MemoryKeyring
) -> None:
    keystore.store_realm_key("plant", pairing_standin.keys.private_pem)
    results = _by_name(run_connection_test(standin_target(pairing_standin, realm="nosuchrealm")))
    assert results[CREDENTIALS].ok and results[HEALTH].ok and results[VERSION].ok
    auth = results[AUTHORIZATION]
    assert not auth.ok and auth.ran
    assert "refused" in auth.message and "403" in auth.message
    assert "'nosuchrealm'" in auth.message
    assert "the realm name is wrong or the realm does not exist" in auth.fix


def test_wrong_ca_fails_tls_naming_the_ca_bundle(
    pairing_standin: PairingHandle, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    keystore.store_realm_key("plant", pairing_standin.keys.private_pem)
    (tmp_path / "other-ca").mkdir()
    other = CertificateAuthority.load_or_create(tmp_path / "other-ca", "Some other CA")
    other_ca = tmp_path / "other-ca" / "ca.pem"
    assert other is not None and other_ca.exists()
    results = _by_name(run_connection_test(standin_target(pairing_standin, ca_bundle=other_ca)))
    health = results[HEALTH]
    assert not health.ok
    assert "not signed by a CA this station trusts" in health.message
    assert str(other_ca) in health.message
    assert "CA bundle" in health.fix
    for name in (VERSION, AUTHORIZATION):
        assert not results[name].ran and "could not be reached" in results[name].message


def test_missing_ca_file_is_a_settings_failure(
    pairing_standin: PairingHandle, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    keystore.store_realm_key("plant", pairing_standin.keys.private_pem)
    missing = tmp_path / "nope.pem"
    results = _by_name(run_connection_test(standin_target(pairing_standin, ca_bundle=missing)))
    assert not results[HEALTH].ok and str(missing) in results[HEALTH].message
    assert "does not exist" in results[HEALTH].message
    assert not results[AUTHORIZATION].ran


def test_expired_issued_token_fails_credentials_and_skips_authorization(
    pairing_standin: PairingHandle, memory_keyring: MemoryKeyring
) -> None:
    token = pairing_standin.mint_token(a_pa=["POST::agent/devices"], exp_in=-60)
    keystore.store_issued_token("plant", token)
    results = _by_name(
        run_connection_test(standin_target(pairing_standin, token_source="issued_token"))
    )
    cred = results[CREDENTIALS]
    assert not cred.ok and "has expired" in cred.message
    assert "new token" in cred.fix
    assert results[HEALTH].ok and results[VERSION].ok
    assert not results[AUTHORIZATION].ran and "no usable token" in results[AUTHORIZATION].message
    for result in results.values():
        assert token not in result.message + result.fix


def test_token_signed_with_another_key_is_refused_at_authorization(
    pairing_standin: PairingHandle, memory_keyring: MemoryKeyring
) -> None:
    from station.sandbox.pairing.keys import generate_ec_keypair

    keystore.store_realm_key("plant", generate_ec_keypair().private_pem)
    results = _by_name(run_connection_test(standin_target(pairing_standin)))
    assert results[CREDENTIALS].ok
    auth = results[AUTHORIZATION]
    assert not auth.ok and "401" in auth.message and "realm key" in auth.fix


def test_missing_key_names_the_import_command(
    pairing_standin: PairingHandle, memory_keyring: MemoryKeyring
) -> None:
    results = _by_name(run_connection_test(standin_target(pairing_standin)))
    assert not results[CREDENTIALS].ok
    assert "No realm key is stored for target 'plant'" in results[CREDENTIALS].message
    assert "import-key" in results[CREDENTIALS].fix


def test_nothing_listening_is_unreachable(memory_keyring: MemoryKeyring) -> None:
    import socket

    from station.config import TargetConfig

    with socket.socket() as s:  # a port that was free a moment ago: nothing listens on it
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    target = TargetConfig(
        name="plant",
        pairing_url=f"https://127.0.0.1:{port}/pairing",
        realm="test",
        token_source="issued_token",
    )
    results = _by_name(run_connection_test(target, timeout_s=5))
    assert not results[HEALTH].ok and "refused the connection" in results[HEALTH].message
    assert not results[VERSION].ran


@pytest.mark.keyring
def test_a_good_target_with_the_key_in_the_secret_service(
    pairing_standin: PairingHandle, secret_service: object
) -> None:
    keystore.store_realm_key("plant-ss", pairing_standin.keys.private_pem)
    try:
        results = run_connection_test(standin_target(pairing_standin, name="plant-ss"))
        assert all(r.ok for r in results), results
    finally:
        keystore.delete("plant-ss")


def test_unhealthy_pairing_is_reported_with_what_to_do(
    pairing_standin: PairingHandle, memory_keyring: MemoryKeyring
) -> None:
    keystore.store_realm_key("plant", pairing_standin.keys.private_pem)
    pairing_standin.set_health(False)
    results = _by_name(run_connection_test(standin_target(pairing_standin)))
    health = results[HEALTH]
    assert not health.ok and health.ran and "unhealthy (503)" in health.message
    assert "try again" in health.fix


def test_wrong_url_path_is_not_found_with_the_ingress_hint(
    pairing_standin: PairingHandle, memory_keyring: MemoryKeyring
) -> None:
    keystore.store_realm_key("plant", pairing_standin.keys.private_pem)
    url = pairing_standin.base_url.removesuffix("/pairing") + "/appengine"
    results = _by_name(run_connection_test(standin_target(pairing_standin, pairing_url=url)))
    assert not results[VERSION].ok and "404" in results[VERSION].message
    assert "/pairing" in results[VERSION].fix
    assert not results[AUTHORIZATION].ok
