"""Interop with a client nobody here wrote: Astarte's Python device SDK against the stand-in.

The SDK uses `requests` with `verify=True`, so it trusts the stand-in's CA through
`REQUESTS_CA_BUNDLE`, exactly as a user would point it at a private CA.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import requests
from astarte.device import pairing_handler
from astarte.device.exceptions import AuthorizationError, DeviceAlreadyRegisteredError

from tests.fixtures.pairing import PairingHandle

NAMESPACE = uuid.UUID("f79ad91f-c638-4889-ae74-9d001a3b4cf8")


@pytest.fixture
def trusting_sdk(pairing_standin: PairingHandle, monkeypatch: pytest.MonkeyPatch) -> PairingHandle:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pairing_standin.ca_path))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    return pairing_standin


def test_sdk_registers_obtains_certificate_and_is_then_refused(
    trusting_sdk: PairingHandle, tmp_path: Path
) -> None:
    pairing = trusting_sdk
    device_id = pairing_handler.generate_device_id(NAMESPACE, "myidentifierdata")
    assert device_id == "AJInS0w3VpWpuOqkXhgZdA"  # the reference vector
    token = pairing.mint_token(a_pa=["POST::agent/devices"])

    secret = pairing_handler.register_device_with_jwt_token(
        device_id, "test", token, pairing.base_url
    )
    assert pairing.check_secret("test", device_id, secret)
    state = pairing.device_state("test", device_id)
    assert state is not None and state.status == "pending"

    info = pairing_handler.obtain_device_transport_information(
        device_id, "test", secret, pairing.base_url, False
    )
    assert info["status"] == "pending"
    assert info["protocols"]["astarte_mqtt_v1"]["broker_url"] == pairing.api.broker_url

    pairing_handler.obtain_device_certificate(
        device_id, "test", secret, pairing.base_url, str(tmp_path), False
    )
    cert_pem = (tmp_path / "device.crt").read_text()
    assert "BEGIN CERTIFICATE" in cert_pem
    assert pairing_handler.verify_device_certificate(
        device_id, "test", secret, pairing.base_url, False, cert_pem
    )
    state = pairing.device_state("test", device_id)
    assert state is not None and state.status == "confirmed"

    with pytest.raises(DeviceAlreadyRegisteredError):
        pairing_handler.register_device_with_jwt_token(device_id, "test", token, pairing.base_url)
    # The refused registration left the secret in force.
    assert pairing.check_secret("test", device_id, secret)


def test_sdk_sees_authorization_errors(trusting_sdk: PairingHandle) -> None:
    pairing = trusting_sdk
    device_id = pairing_handler.generate_random_device_id()
    wrong_path = pairing.mint_token(a_pa=["DELETE::agent/devices/.*"])
    with pytest.raises(AuthorizationError):
        pairing_handler.register_device_with_jwt_token(
            device_id, "test", wrong_path, pairing.base_url
        )
    secret = pairing_handler.register_device_with_jwt_token(
        device_id, "test", pairing.mint_token(), pairing.base_url
    )
    again = pairing_handler.register_device_with_jwt_token(
        device_id, "test", pairing.mint_token(), pairing.base_url
    )
    # The secret rotated: the first one is refused by the device API.
    with pytest.raises(AuthorizationError):
        pairing_handler.obtain_device_transport_information(
            device_id, "test", secret, pairing.base_url, False
        )
    assert (
        pairing_handler.obtain_device_transport_information(
            device_id, "test", again, pairing.base_url, False
        )["status"]
        == "pending"
    )


def test_sdk_refuses_the_stand_in_without_its_ca(
    pairing_standin: PairingHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with pytest.raises(requests.exceptions.SSLError):
        pairing_handler.register_device_with_jwt_token(
            pairing_handler.generate_random_device_id(),
            "test",
            pairing_standin.mint_token(),
            pairing_standin.base_url,
        )
