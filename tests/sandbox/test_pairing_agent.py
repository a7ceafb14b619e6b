"""Agent API of the Pairing stand-in over real HTTPS.

The first block is Astarte's `agent_controller_test.exs`, row by row (reference §6); the rest
covers the engine semantics the reference records: rotation, confirmation, unregister, the
registration limit, id aliasing, validation details and the check order.
"""

from __future__ import annotations

import base64
import re
from typing import Any

import httpx
import pytest

from tests.fixtures.pairing import PairingFactory, PairingHandle, make_csr

DEVICE = "2imLILqtRP2vq0ZVy-TGRQ"
OTHER = "PDL3KNj7RVifHZD-1w_6wA"
MISSING = "Lwf5dutoSuqS0kbG44-BOw"
LONG_ID = "ova1YgZZZo3p_2m8UjJ_c3sOOmpLh3GOc0CARFwE-V4"
SECRET_FORMAT = re.compile(r"[A-Za-z0-9+/]{43}=")


def _first_16_bytes_id(text: str) -> str:
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    return base64.urlsafe_b64encode(raw[:16]).decode().rstrip("=")


def info(pairing: PairingHandle, http: httpx.Client, device_id: str, secret: str) -> httpx.Response:
    return http.get(
        pairing.url(f"/v1/{pairing.realm}/devices/{device_id}"),
        headers={"Authorization": f"Bearer {secret}"},
    )


# --- agent_controller_test.exs ------------------------------------------------------------


def test_register_renders_credentials_secret(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    r = pairing_standin.register(http, {"hw_id": DEVICE})
    assert r.status_code == 201
    secret = r.json()["data"]["credentials_secret"]
    assert isinstance(secret, str)
    assert SECRET_FORMAT.fullmatch(secret)
    state = pairing_standin.device_state("test", DEVICE)
    assert state is not None and state.status == "pending" and state.secret_set
    assert pairing_standin.check_secret("test", DEVICE, secret)


def test_register_with_initial_introspection(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    introspection = {
        "org.astarteplatform.Values": {"major": 0, "minor": 4},
        "org.astarteplatform.OtherValues": {"major": 1, "minor": 0},
    }
    r = pairing_standin.register(http, {"hw_id": DEVICE, "initial_introspection": introspection})
    assert r.status_code == 201
    assert isinstance(r.json()["data"]["credentials_secret"], str)
    state = pairing_standin.device_state("test", DEVICE)
    assert state is not None
    assert state.introspection == {
        "org.astarteplatform.Values": (0, 4),
        "org.astarteplatform.OtherValues": (1, 0),
    }


def test_register_with_256_bit_hardware_id(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    r = pairing_standin.register(http, {"hw_id": LONG_ID})
    assert r.status_code == 201
    # Only the first 16 bytes identify the device.
    assert pairing_standin.devices("test") == [_first_16_bytes_id(LONG_ID)]


def test_register_blank_hw_id(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = pairing_standin.register(http, {"hw_id": ""})
    assert r.status_code == 422
    assert r.json()["errors"] == {"hw_id": ["can't be blank"]}


def test_register_invalid_initial_introspection(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    r = pairing_standin.register(
        http,
        {"hw_id": DEVICE, "initial_introspection": {"org.astarteplatform.Values": {"major": 2}}},
    )
    assert r.status_code == 422
    assert r.json()["errors"] == {
        "initial_introspection": ["has invalid format for interface org.astarteplatform.Values"]
    }
    assert pairing_standin.device_state("test", DEVICE) is None


@pytest.mark.parametrize("hw_id", ["YQ", "5GGciygQUcHZqXyc1BNeC%"])
def test_register_bad_hardware_id(
    pairing_standin: PairingHandle, http: httpx.Client, hw_id: str
) -> None:
    r = pairing_standin.register(http, {"hw_id": hw_id})
    assert r.status_code == 422
    assert r.json()["errors"] == {"hw_id": ["is not a valid base64 encoded 128 bits id"]}


def test_register_device_already_confirmed(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    pairing_standin.put_device("test", DEVICE, "supersecret", confirmed=True)
    r = pairing_standin.register(http, {"hw_id": DEVICE})
    assert r.status_code == 422
    assert r.json()["errors"] == {"detail": "Device already registered"}
    # The refused call must not have touched the stored secret.
    assert pairing_standin.check_secret("test", DEVICE, "supersecret")


def test_register_without_authorization(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = pairing_standin.register(http, {"hw_id": DEVICE}, token=None)
    assert r.status_code == 401
    assert r.json()["errors"] == {"detail": "Missing authorization token"}
    assert pairing_standin.devices("test") == []


def test_register_unknown_realm(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = pairing_standin.register(http, {"hw_id": DEVICE}, realm="unknown")
    assert r.status_code == 403
    assert r.json()["errors"] == {"detail": "Forbidden"}


def test_unregister_existing_device(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    assert pairing_standin.register(http, {"hw_id": DEVICE}).status_code == 201
    r = pairing_standin.unregister(http, DEVICE)
    assert r.status_code == 204
    assert r.text == ""


def test_unregister_missing_device(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = pairing_standin.unregister(http, MISSING)
    assert r.status_code == 404
    assert r.json()["errors"] == {"detail": "Device not found"}


def test_unregister_without_authorization(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    r = pairing_standin.unregister(http, DEVICE, token=None)
    assert r.status_code == 401
    assert r.json()["errors"] == {"detail": "Missing authorization token"}


def test_unregister_unknown_realm(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = pairing_standin.unregister(http, DEVICE, realm="unknown")
    assert r.status_code == 403
    assert r.json()["errors"] == {"detail": "Forbidden"}


# --- engine semantics -----------------------------------------------------------------------


def test_reregistration_rotates_the_secret(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    intro = {"a.b.C": {"major": 1, "minor": 2}}
    first = pairing_standin.register(http, {"hw_id": DEVICE, "initial_introspection": intro})
    before = pairing_standin.device_state("test", DEVICE)
    assert (
        info(pairing_standin, http, DEVICE, first.json()["data"]["credentials_secret"]).status_code
        == 200
    )
    second = pairing_standin.register(http, {"hw_id": DEVICE})
    assert first.status_code == second.status_code == 201
    old = first.json()["data"]["credentials_secret"]
    new = second.json()["data"]["credentials_secret"]
    assert old != new
    assert not pairing_standin.check_secret("test", DEVICE, old)
    assert pairing_standin.check_secret("test", DEVICE, new)
    # The old secret was cached as valid by the first info call; it must still be refused.
    r = info(pairing_standin, http, DEVICE, old)
    assert r.status_code == 403
    assert r.json()["errors"] == {"detail": "Forbidden"}
    assert info(pairing_standin, http, DEVICE, new).json()["data"]["status"] == "pending"
    after = pairing_standin.device_state("test", DEVICE)
    assert before is not None and after is not None
    assert after.first_registration == before.first_registration
    assert before.introspection == {"a.b.C": (1, 2)}
    assert after.introspection == {}  # replaced by the (absent) new introspection
    assert len(pairing_standin.issued_secret_fingerprints()) == 2


def _confirm(pairing: PairingHandle, http: httpx.Client, device_id: str, secret: str) -> None:
    r = http.post(
        pairing.url(f"/v1/test/devices/{device_id}/protocols/astarte_mqtt_v1/credentials"),
        json={"data": {"csr": make_csr(f"test/{device_id}")}},
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert r.status_code == 201, r.text


def test_first_credentials_request_confirms_and_blocks_registration(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    secret = pairing_standin.register(http, {"hw_id": DEVICE}).json()["data"]["credentials_secret"]
    _confirm(pairing_standin, http, DEVICE, secret)
    state = pairing_standin.device_state("test", DEVICE)
    assert state is not None and state.status == "confirmed"
    r = pairing_standin.register(http, {"hw_id": DEVICE})
    assert r.status_code == 422
    assert r.json()["errors"] == {"detail": "Device already registered"}
    assert pairing_standin.check_secret("test", DEVICE, secret)
    assert len(pairing_standin.issued_secret_fingerprints()) == 1


def test_unregister_resets_secret_and_confirmation(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    secret = pairing_standin.register(http, {"hw_id": DEVICE}).json()["data"]["credentials_secret"]
    _confirm(pairing_standin, http, DEVICE, secret)
    confirmed = pairing_standin.device_state("test", DEVICE)
    assert pairing_standin.unregister(http, DEVICE).status_code == 204
    state = pairing_standin.device_state("test", DEVICE)
    assert state is not None and confirmed is not None
    assert not state.secret_set
    assert state.first_credentials_request is None
    assert state.first_registration == confirmed.first_registration
    assert state.cert_serial == confirmed.cert_serial  # kept; revoked only at the next request
    assert info(pairing_standin, http, DEVICE, secret).status_code == 403
    # Unregistering again is fine, and the device can be registered anew.
    assert pairing_standin.unregister(http, DEVICE).status_code == 204
    r = pairing_standin.register(http, {"hw_id": DEVICE})
    assert r.status_code == 201
    assert (
        info(pairing_standin, http, DEVICE, r.json()["data"]["credentials_secret"]).json()["data"][
            "status"
        ]
        == "pending"
    )


def test_registration_limit(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    pairing_standin.set_registration_limit("test", 1)
    assert pairing_standin.register(http, {"hw_id": DEVICE}).status_code == 201
    r = pairing_standin.register(http, {"hw_id": OTHER})
    assert r.status_code == 500
    assert r.json()["errors"] == {"detail": "Internal server error"}
    assert pairing_standin.device_state("test", OTHER) is None
    # Existing rows still register, also after unregister (the row stays).
    assert pairing_standin.register(http, {"hw_id": DEVICE}).status_code == 201
    assert pairing_standin.unregister(http, DEVICE).status_code == 204
    assert pairing_standin.register(http, {"hw_id": DEVICE}).status_code == 201
    pairing_standin.set_registration_limit("test", None)
    assert pairing_standin.register(http, {"hw_id": OTHER}).status_code == 201


def test_registration_limit_on_v1_2(pairing_standin_factory: PairingFactory) -> None:
    pairing = pairing_standin_factory(compat="1.2")
    pairing.set_registration_limit("test", 0)
    with pairing.client() as http:
        r = pairing.register(http, {"hw_id": DEVICE})
    assert r.status_code == 422
    assert r.json()["errors"] == {"error_name": ["device_registration_limit_reached"]}


@pytest.mark.parametrize(
    "alias",
    [
        "2imLILqtRP2vq0ZVy-TGRQ==",  # padded
        "2imLILqtRP2vq0ZVy-TGRR",  # different unused trailing bits
        "2imLILqtRP2vq0ZVy-TGRQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",  # extended
    ],
)
def test_register_aliases_to_the_canonical_device(
    pairing_standin: PairingHandle, http: httpx.Client, alias: str
) -> None:
    first = pairing_standin.register(http, {"hw_id": DEVICE}).json()["data"]["credentials_secret"]
    r = pairing_standin.register(http, {"hw_id": alias})
    assert r.status_code == 201
    assert pairing_standin.devices("test") == [DEVICE]
    assert not pairing_standin.check_secret("test", DEVICE, first)
    assert pairing_standin.check_secret("test", DEVICE, r.json()["data"]["credentials_secret"])


@pytest.mark.parametrize("bad_id", [LONG_ID, "invalid", "2imLILqtRP2vq0ZVy-TGRQ=="[:-1]])
def test_unregister_refuses_extended_or_malformed_ids(
    pairing_standin: PairingHandle, http: httpx.Client, bad_id: str
) -> None:
    assert pairing_standin.register(http, {"hw_id": LONG_ID}).status_code == 201
    r = pairing_standin.unregister(http, bad_id)
    assert r.status_code == 500
    assert r.json()["errors"] == {"detail": "Internal server error"}


def test_unregister_accepts_padded_canonical_id(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    assert pairing_standin.register(http, {"hw_id": DEVICE}).status_code == 201
    assert pairing_standin.unregister(http, DEVICE + "%3D%3D").status_code == 204
    state = pairing_standin.device_state("test", DEVICE)
    assert state is not None and not state.secret_set


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        ({}, {"hw_id": ["can't be blank"]}),
        ({"hw_id": None}, {"hw_id": ["can't be blank"]}),
        ({"hw_id": "   "}, {"hw_id": ["can't be blank"]}),
        ({"hw_id": 12345}, {"hw_id": ["is invalid"]}),
        ({"hw_id": "invalid"}, {"hw_id": ["is not a valid base64 encoded 128 bits id"]}),
        ({"hw_id": "uTSXEtcgQ3"}, {"hw_id": ["is not a valid base64 encoded 128 bits id"]}),
        (
            {"hw_id": DEVICE, "initial_introspection": {"a.B": {"major": -1, "minor": 0}}},
            {"initial_introspection": ["has negative versions in interface a.B"]},
        ),
        (
            {"hw_id": DEVICE, "initial_introspection": {"a.B": {"major": 1, "minor": 1.5}}},
            {"initial_introspection": ["has invalid format for interface a.B"]},
        ),
        (
            {"hw_id": DEVICE, "initial_introspection": {"a.B": {"major": "1", "minor": 0}}},
            {"initial_introspection": ["has invalid format for interface a.B"]},
        ),
        (
            # The negative-version message replaces the errors gathered before it.
            {
                "hw_id": DEVICE,
                "initial_introspection": {
                    "a.A": {"major": 1},
                    "a.B": {"major": 0, "minor": -2},
                },
            },
            {"initial_introspection": ["has negative versions in interface a.B"]},
        ),
        (
            {"hw_id": DEVICE, "initial_introspection": [1]},
            {"initial_introspection": ["is invalid"]},
        ),
        (
            {"hw_id": "YQ", "initial_introspection": {"a.B": {"major": 2}}},
            {
                "hw_id": ["is not a valid base64 encoded 128 bits id"],
                "initial_introspection": ["has invalid format for interface a.B"],
            },
        ),
    ],
)
def test_register_validation(
    pairing_standin: PairingHandle, http: httpx.Client, data: dict[str, Any], errors: dict[str, Any]
) -> None:
    r = pairing_standin.register(http, data)
    assert r.status_code == 422
    assert r.json() == {"errors": errors}
    assert pairing_standin.devices("test") == []


def test_register_accepts_zero_versions_and_extra_keys(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    intro = {"a.B": {"major": 0, "minor": 0, "extra": "ignored"}}
    r = pairing_standin.register(http, {"hw_id": DEVICE, "initial_introspection": intro})
    assert r.status_code == 201
    state = pairing_standin.device_state("test", DEVICE)
    assert state is not None and state.introspection == {"a.B": (0, 0)}


def test_null_initial_introspection_crashes_like_astarte(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    r = pairing_standin.register(http, {"hw_id": DEVICE, "initial_introspection": None})
    assert r.status_code == 500
    assert pairing_standin.devices("test") == []


# --- check order -----------------------------------------------------------------------------


def _raw_post(
    pairing: PairingHandle, http: httpx.Client, path: str, body: bytes, **headers: str
) -> httpx.Response:
    return http.post(
        pairing.url(path), content=body, headers={"Content-Type": "application/json", **headers}
    )


def test_malformed_json_is_400_before_realm_and_auth(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    for realm in ("test", "unknown"):
        r = _raw_post(pairing_standin, http, f"/v1/{realm}/agent/devices", b'{"data": {')
        assert r.status_code == 400
        assert r.json() == {"errors": {"detail": "Bad request"}}


def test_unknown_route_is_404_before_everything(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    r = _raw_post(pairing_standin, http, "/v1/unknown/agent/nothing", b"{not json")
    assert r.status_code == 404
    assert r.json() == {"errors": {"detail": "Page not found"}}
    # Wrong method on an existing path is also "no route".
    r = http.get(pairing_standin.url("/v1/test/agent/devices"))
    assert r.status_code == 404
    assert r.json() == {"errors": {"detail": "Page not found"}}


@pytest.mark.parametrize(
    "body",
    [b'{"hw_id": "2imLILqtRP2vq0ZVy-TGRQ"}', b"[1, 2]", b'{"data": "x"}', b'{"data": null}'],
)
def test_missing_or_malformed_data_is_400_after_auth(
    pairing_standin: PairingHandle, http: httpx.Client, body: bytes
) -> None:
    r = _raw_post(pairing_standin, http, "/v1/test/agent/devices", body)
    assert r.status_code == 401  # auth runs first
    token = pairing_standin.mint_token()
    r = _raw_post(
        pairing_standin, http, "/v1/test/agent/devices", body, Authorization=f"Bearer {token}"
    )
    assert r.status_code == 400
    assert r.json() == {"errors": {"detail": "Bad request"}}


def test_non_json_content_type_means_no_data(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    token = pairing_standin.mint_token()
    r = http.post(
        pairing_standin.url("/v1/test/agent/devices"),
        content=b'{"data": {"hw_id": "2imLILqtRP2vq0ZVy-TGRQ"}}',
        headers={"Content-Type": "text/plain", "Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 400


def test_accept_without_json_is_406(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    token = pairing_standin.mint_token()
    r = http.post(
        pairing_standin.url("/v1/test/agent/devices"),
        json={"data": {"hw_id": DEVICE}},
        headers={"Accept": "text/html", "Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 406
    assert r.json() == {"errors": {"detail": "Internal server error"}}
    r = http.post(
        pairing_standin.url("/v1/test/agent/devices"),
        json={"data": {"hw_id": DEVICE}},
        headers={"Accept": "text/html, application/json;q=0.9", "Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 201


def test_direct_service_url_without_prefix(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    token = pairing_standin.mint_token(a_pa=["POST::agent/devices"])
    r = http.post(
        pairing_standin.service_url + "/v1/test/agent/devices",
        json={"data": {"hw_id": DEVICE}},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 201


def test_plain_http_mode(pairing_standin_factory: PairingFactory) -> None:
    pairing = pairing_standin_factory(tls=False)
    assert pairing.base_url.startswith("http://127.0.0.1:")
    with pairing.client() as http:
        r = pairing.register(http, {"hw_id": DEVICE})
    assert r.status_code == 201
