"""Interop with a client nobody here wrote: Astarte's Python device SDK against the stand-in.

The SDK uses `requests` with `verify=True`, so it trusts the stand-in's CA through
`REQUESTS_CA_BUNDLE`, exactly as a user would point it at a private CA. Its calls run in a
child process (tests.fixtures.sdk): the SDK brings grpc, which stays out of the test process.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from tests.fixtures.pairing import PairingHandle
from tests.fixtures.sdk import FileText, SdkScript

NAMESPACE = uuid.UUID("f79ad91f-c638-4889-ae74-9d001a3b4cf8")


def test_sdk_registers_obtains_certificate_and_is_then_refused(
    pairing_standin: PairingHandle, tmp_path: Path
) -> None:
    pairing = pairing_standin
    token = pairing.mint_token(a_pa=["POST::agent/devices"])
    base = pairing.base_url
    sdk = SdkScript(ca_bundle=pairing.ca_path)
    device = sdk.call("generate_device_id", NAMESPACE, "myidentifierdata")
    secret = sdk.call("register_device_with_jwt_token", device, "test", token, base)
    info = sdk.call("obtain_device_transport_information", device, "test", secret, base, False)
    certificate = sdk.call(
        "obtain_device_certificate", device, "test", secret, base, str(tmp_path), False
    )
    verified = sdk.call(
        "verify_device_certificate",
        device,
        "test",
        secret,
        base,
        False,
        FileText(tmp_path / "device.crt"),
    )
    again = sdk.call("register_device_with_jwt_token", device, "test", token, base)
    outcome = sdk.run()

    device_id = outcome[device].value
    assert device_id == "AJInS0w3VpWpuOqkXhgZdA"  # the reference vector
    assert outcome[info].value["status"] == "pending"
    assert outcome[info].value["protocols"]["astarte_mqtt_v1"]["broker_url"] == (
        pairing.api.broker_url
    )
    assert outcome[certificate].error is None
    assert "BEGIN CERTIFICATE" in (tmp_path / "device.crt").read_text()
    assert outcome[verified].value is True
    state = pairing.device_state("test", device_id)
    assert state is not None and state.status == "confirmed"
    assert outcome[again].error == "DeviceAlreadyRegisteredError"
    # The refused registration left the secret in force.
    assert pairing.check_secret("test", device_id, outcome[secret].value)


def test_sdk_sees_authorization_errors(pairing_standin: PairingHandle) -> None:
    pairing = pairing_standin
    base = pairing.base_url
    wrong_path = pairing.mint_token(a_pa=["DELETE::agent/devices/.*"])
    sdk = SdkScript(ca_bundle=pairing.ca_path)
    device = sdk.call("generate_random_device_id")
    refused = sdk.call("register_device_with_jwt_token", device, "test", wrong_path, base)
    first = sdk.call("register_device_with_jwt_token", device, "test", pairing.mint_token(), base)
    second = sdk.call("register_device_with_jwt_token", device, "test", pairing.mint_token(), base)
    with_first = sdk.call("obtain_device_transport_information", device, "test", first, base, False)
    with_second = sdk.call(
        "obtain_device_transport_information", device, "test", second, base, False
    )
    outcome = sdk.run()

    assert outcome[refused].error == "AuthorizationError"
    # The secret rotated: the first one is refused by the device API.
    assert outcome[with_first].error == "AuthorizationError"
    assert outcome[with_second].value["status"] == "pending"
    assert pairing.check_secret("test", outcome[device].value, outcome[second].value)


def test_sdk_refuses_the_stand_in_without_its_ca(pairing_standin: PairingHandle) -> None:
    sdk = SdkScript(ca_bundle=None)
    device = sdk.call("generate_random_device_id")
    register = sdk.call(
        "register_device_with_jwt_token",
        device,
        "test",
        pairing_standin.mint_token(),
        pairing_standin.base_url,
    )
    assert sdk.run()[register].error == "SSLError"
    assert pairing_standin.devices("test") == []
