"""Device API of the Pairing stand-in: Astarte's `device_controller_test.exs` row by row, then
the credentials side effects and check order the reference records."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from tests.fixtures.pairing import PairingHandle, make_csr

DEVICE = "2imLILqtRP2vq0ZVy-TGRQ"
UNKNOWN_DEVICE = "G5rDPSk1SOKuErbBnk2rhw"
SECRET = "supersecret"


@pytest.fixture
def pairing(pairing_standin: PairingHandle) -> PairingHandle:
    pairing_standin.put_device("test", DEVICE, SECRET)
    return pairing_standin


def creds_url(pairing: PairingHandle, realm: str = "test", device: str = DEVICE) -> str:
    return pairing.url(f"/v1/{realm}/devices/{device}/protocols/astarte_mqtt_v1/credentials")


def request_credentials(
    pairing: PairingHandle,
    http: httpx.Client,
    *,
    auth: str | None = f"bearer {SECRET}",
    data: object = None,
    realm: str = "test",
    device: str = DEVICE,
) -> httpx.Response:
    headers = {} if auth is None else {"Authorization": auth}
    body = {"csr": make_csr(f"test/{device}")} if data is None else data
    return http.post(creds_url(pairing, realm, device), json={"data": body}, headers=headers)


def verify(
    pairing: PairingHandle,
    http: httpx.Client,
    client_crt: str,
    *,
    auth: str = f"Bearer {SECRET}",
    realm: str = "test",
) -> httpx.Response:
    return http.post(
        creds_url(pairing, realm) + "/verify",
        json={"data": {"client_crt": client_crt}},
        headers={"Authorization": auth},
    )


def get_info(
    pairing: PairingHandle,
    http: httpx.Client,
    auth: str | None = f"BEARER {SECRET}",
    realm: str = "test",
    device: str = DEVICE,
) -> httpx.Response:
    headers = {} if auth is None else {"Authorization": auth}
    return http.get(pairing.url(f"/v1/{realm}/devices/{device}"), headers=headers)


def parse_elixir_datetime(text: str) -> dt.datetime:
    """`DateTime.to_string` of a millisecond time, e.g. `2035-09-16 16:02:06.000Z`."""
    assert text.endswith("Z"), text
    return dt.datetime.strptime(text[:-1], "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=dt.UTC)


# --- create credentials --------------------------------------------------------------------


def test_credentials_when_data_is_valid(pairing: PairingHandle, http: httpx.Client) -> None:
    r = request_credentials(pairing, http)
    assert r.status_code == 201
    pem = r.json()["data"]["client_crt"]
    assert "-----BEGIN CERTIFICATE-----" in pem
    cert = x509.load_pem_x509_certificate(pem.encode())
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    assert [a.value for a in cn] == [f"test/{DEVICE}"]
    ca = x509.load_pem_x509_certificate(pairing.ca_path.read_bytes())
    cert.verify_directly_issued_by(ca)


def test_credentials_when_data_is_invalid(pairing: PairingHandle, http: httpx.Client) -> None:
    r = request_credentials(pairing, http, data={})
    assert r.status_code == 422
    assert r.json()["errors"] != {}
    assert r.json()["errors"] == {"csr": ["can't be blank"]}


def test_credentials_without_authorization_header(
    pairing: PairingHandle, http: httpx.Client
) -> None:
    r = request_credentials(pairing, http, auth=None)
    assert r.status_code == 401
    assert r.json()["errors"] == {"detail": "Unauthorized"}


def test_credentials_without_bearer_prefix(pairing: PairingHandle, http: httpx.Client) -> None:
    r = request_credentials(pairing, http, auth="invalidsecret")
    assert r.status_code == 401
    assert r.json()["errors"] == {"detail": "Unauthorized"}


def test_credentials_unknown_realm(pairing: PairingHandle, http: httpx.Client) -> None:
    r = request_credentials(pairing, http, realm="unknown")
    assert r.status_code == 403
    assert r.json()["errors"] == {"detail": "Forbidden"}


# --- verify ----------------------------------------------------------------------------------


def test_verify_valid_certificate(pairing: PairingHandle, http: httpx.Client) -> None:
    pem = request_credentials(pairing, http).json()["data"]["client_crt"]
    r = verify(pairing, http, pem)
    assert r.status_code == 200
    data = r.json()["data"]
    assert data["valid"] is True
    timestamp = parse_elixir_datetime(data["timestamp"])
    until = parse_elixir_datetime(data["until"])
    assert abs((timestamp - dt.datetime.now(dt.UTC)).total_seconds()) < 300
    cert = x509.load_pem_x509_certificate(pem.encode())
    assert until == cert.not_valid_after_utc


def test_verify_blank_certificate(pairing: PairingHandle, http: httpx.Client) -> None:
    r = verify(pairing, http, "")
    assert r.status_code == 422
    assert r.json()["errors"] == {"client_crt": ["can't be blank"]}


def test_verify_garbage_certificate(pairing: PairingHandle, http: httpx.Client) -> None:
    r = verify(pairing, http, "invalid crt")
    assert r.status_code == 200
    data = r.json()["data"]
    assert set(data) == {"valid", "timestamp", "cause", "details"}
    assert data["valid"] is False
    assert data["cause"] == "INVALID"
    assert data["details"] is None
    parse_elixir_datetime(data["timestamp"])


def test_verify_unknown_realm(pairing: PairingHandle, http: httpx.Client) -> None:
    r = verify(pairing, http, "invalid crt", realm="unknown")
    assert r.status_code == 403
    assert r.json()["errors"] == {"detail": "Forbidden"}


def _self_signed() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"test/{DEVICE}")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(Encoding.PEM).decode()


def test_verify_self_signed_certificate(pairing: PairingHandle, http: httpx.Client) -> None:
    data = verify(pairing, http, _self_signed()).json()["data"]
    assert data["valid"] is False
    assert data["cause"] == "INVALID_ISSUER"


def test_verify_superseded_certificate_is_revoked(
    pairing: PairingHandle, http: httpx.Client
) -> None:
    first = request_credentials(pairing, http).json()["data"]["client_crt"]
    second = request_credentials(pairing, http).json()["data"]["client_crt"]
    assert first != second
    assert verify(pairing, http, first).json()["data"]["cause"] == "REVOKED"
    assert verify(pairing, http, second).json()["data"]["valid"] is True


# --- info ------------------------------------------------------------------------------------


def test_info_renders_status(pairing: PairingHandle, http: httpx.Client) -> None:
    r = get_info(pairing, http)
    assert r.status_code == 200
    data = r.json()["data"]
    assert data["version"] == "1.5.0-dev"
    assert data["status"] in {"pending", "confirmed", "inhibited"}
    assert data["protocols"]["astarte_mqtt_v1"]["broker_url"] == pairing.api.broker_url


def test_info_inhibited(pairing: PairingHandle, http: httpx.Client) -> None:
    pairing.set_inhibited("test", DEVICE)
    assert get_info(pairing, http).json()["data"]["status"] == "inhibited"


def test_info_confirmed(pairing: PairingHandle, http: httpx.Client) -> None:
    pairing.put_device("test", DEVICE, SECRET, confirmed=True)
    assert get_info(pairing, http).json()["data"]["status"] == "confirmed"


def test_info_pending(pairing: PairingHandle, http: httpx.Client) -> None:
    assert get_info(pairing, http).json()["data"]["status"] == "pending"


def test_info_invalid_secret(pairing: PairingHandle, http: httpx.Client) -> None:
    r = get_info(pairing, http, auth="BEARER invalidsecret")
    assert r.status_code == 403
    assert r.json()["errors"] == {"detail": "Forbidden"}


def test_info_unknown_realm(pairing: PairingHandle, http: httpx.Client) -> None:
    r = get_info(pairing, http, realm="unknown")
    assert r.status_code == 403
    assert r.json()["errors"] == {"detail": "Forbidden"}


# --- side effects and order ------------------------------------------------------------------


def test_credentials_confirm_the_device_but_info_and_verify_do_not(
    pairing: PairingHandle, http: httpx.Client
) -> None:
    assert get_info(pairing, http).status_code == 200
    assert verify(pairing, http, "invalid crt").status_code == 200
    assert get_info(pairing, http).json()["data"]["status"] == "pending"
    pem = request_credentials(pairing, http).json()["data"]["client_crt"]
    state = pairing.device_state("test", DEVICE)
    assert state is not None
    assert state.status == "confirmed"
    assert state.first_credentials_request is not None
    assert state.last_credentials_request_ip == "127.0.0.1"
    assert state.cert_serial == format(
        x509.load_pem_x509_certificate(pem.encode()).serial_number, "x"
    )
    # Later requests issue new certificates and keep the first confirmation time.
    again = request_credentials(pairing, http)
    assert again.status_code == 201
    later = pairing.device_state("test", DEVICE)
    assert later is not None
    assert later.first_credentials_request == state.first_credentials_request
    assert later.cert_serial != state.cert_serial


@pytest.mark.parametrize(
    "header", ["Bearer supersecret", "bearer: supersecret", "BEARER supersecret"]
)
def test_secret_header_forms(pairing: PairingHandle, http: httpx.Client, header: str) -> None:
    assert get_info(pairing, http, auth=header).status_code == 200


def test_unknown_device_is_404_before_the_secret_is_checked(
    pairing: PairingHandle, http: httpx.Client
) -> None:
    r = get_info(pairing, http, auth="Bearer whatever", device=UNKNOWN_DEVICE)
    assert r.status_code == 404
    assert r.json()["errors"] == {"detail": "Device not found"}
    r = request_credentials(pairing, http, device=UNKNOWN_DEVICE)
    assert r.status_code == 404


def test_missing_header_is_401_before_device_lookup(
    pairing: PairingHandle, http: httpx.Client
) -> None:
    r = get_info(pairing, http, auth=None, device=UNKNOWN_DEVICE)
    assert r.status_code == 401
    assert r.json()["errors"] == {"detail": "Unauthorized"}


def test_malformed_device_id_is_500(pairing: PairingHandle, http: httpx.Client) -> None:
    r = get_info(pairing, http, device="invalid")
    assert r.status_code == 500
    assert r.json()["errors"] == {"detail": "Internal server error"}


def test_extended_device_id_reaches_the_same_device(
    pairing: PairingHandle, http: httpx.Client
) -> None:
    r = get_info(pairing, http, device=DEVICE + "AAAAAAAAAAAAAAAAAAAAAA")
    assert r.status_code == 200


def test_unregistered_device_secret_is_forbidden(
    pairing: PairingHandle, http: httpx.Client
) -> None:
    token = pairing.mint_token(a_pa=[f"DELETE::agent/devices/{DEVICE}"])
    r = http.delete(
        pairing.url(f"/v1/test/agent/devices/{DEVICE}"),
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 204
    assert get_info(pairing, http).status_code == 403
    assert request_credentials(pairing, http).status_code == 403


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        ({"csr": "invalidcsr"}, {"csr": ["is not a valid PEM CSR"]}),
        ({"csr": "  "}, {"csr": ["can't be blank"]}),
        ({"csr": 5}, {"csr": ["is invalid"]}),
        (
            {"csr": make_csr("test/a") + make_csr("test/b")},
            {"csr": ["is not a valid PEM CSR"]},
        ),
    ],
)
def test_credentials_csr_validation(
    pairing: PairingHandle,
    http: httpx.Client,
    data: dict[str, object],
    errors: dict[str, list[str]],
) -> None:
    r = request_credentials(pairing, http, data=data)
    assert r.status_code == 422
    assert r.json()["errors"] == errors
    state = pairing.device_state("test", DEVICE)
    assert state is not None and state.status == "pending"


def test_credentials_for_other_protocol_is_400(pairing: PairingHandle, http: httpx.Client) -> None:
    r = http.post(
        pairing.url(f"/v1/test/devices/{DEVICE}/protocols/other_v1/credentials"),
        json={"data": {"csr": make_csr("x")}},
        headers={"Authorization": f"Bearer {SECRET}"},
    )
    assert r.status_code == 400
    assert r.json()["errors"] == {"detail": "Bad request"}


def test_credentials_inhibited_is_500_and_does_not_confirm(
    pairing: PairingHandle, http: httpx.Client
) -> None:
    pairing.set_inhibited("test", DEVICE)
    r = request_credentials(pairing, http)
    assert r.status_code == 500
    assert r.json()["errors"] == {"detail": "Internal server error"}
    state = pairing.device_state("test", DEVICE)
    assert state is not None and state.first_credentials_request is None


def test_certificate_common_name_is_forced(pairing: PairingHandle, http: httpx.Client) -> None:
    r = request_credentials(pairing, http, data={"csr": make_csr("attacker/other-device")})
    cert = x509.load_pem_x509_certificate(r.json()["data"]["client_crt"].encode())
    assert cert.subject.rfc4514_string() == f"CN=test/{DEVICE}"
