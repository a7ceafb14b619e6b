"""JWT checks of the Pairing stand-in: Astarte's `auth_test.exs` row by row, the Guardian
semantics the reference records (algorithms, exp/nbf with zero skew, a_pa parsing), and the
v1.3.3 and v1.2.2 bodies under the compat switch."""

from __future__ import annotations

import base64
import json
import time

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from station.sandbox.pairing.keys import generate_ec_keypair
from tests.fixtures.pairing import (
    PairingFactory,
    PairingHandle,
    RealmKeys,
    mint_token,
)

DEVICE = "2imLILqtRP2vq0ZVy-TGRQ"
CONFIRMED = "o9RQb8B-R8WY_N7kR56M2w"


def post_register(
    pairing: PairingHandle,
    http: httpx.Client,
    authorization: str | None,
    realm: str = "test",
    hw_id: str = DEVICE,
) -> httpx.Response:
    headers = {} if authorization is None else {"Authorization": authorization}
    return http.post(
        pairing.url(f"/v1/{realm}/agent/devices"), json={"data": {"hw_id": hw_id}}, headers=headers
    )


def errors_of(r: httpx.Response) -> object:
    return r.json()["errors"]


def _bearer(token: str) -> str:
    return f"Bearer {token}"


# --- auth_test.exs -------------------------------------------------------------------------


def test_no_token_returns_401(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = post_register(pairing_standin, http, None)
    assert r.status_code == 401
    assert errors_of(r) == {"detail": "Missing authorization token"}


@pytest.mark.parametrize("a_pa", [["POST::agent/devices"], [".*::.*"], ["^POST$::^agent/devices$"]])
def test_token_with_matching_authorization(
    pairing_standin: PairingHandle, http: httpx.Client, a_pa: list[str]
) -> None:
    r = post_register(pairing_standin, http, _bearer(pairing_standin.mint_token(a_pa=a_pa)))
    assert r.status_code == 201
    assert isinstance(r.json()["data"]["credentials_secret"], str)


@pytest.mark.parametrize("a_pa", [["POST::agent/dev"], ["GET::agent/dev"]])
def test_token_with_non_matching_authorization(
    pairing_standin: PairingHandle, http: httpx.Client, a_pa: list[str]
) -> None:
    r = post_register(pairing_standin, http, _bearer(pairing_standin.mint_token(a_pa=a_pa)))
    assert r.status_code == 403
    assert errors_of(r) == {
        "detail": "Unauthorized access to POST /v1/test/agent/devices. "
        "Please verify your permissions"
    }
    assert pairing_standin.devices("test") == []


def test_invalid_token_returns_401(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = post_register(pairing_standin, http, "bearer invalid_token")
    assert r.status_code == 401
    assert errors_of(r) == {"detail": "Invalid JWT token"}


def test_mismatched_signature_returns_401(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    header, payload, _ = pairing_standin.mint_token().split(".")
    r = post_register(pairing_standin, http, _bearer(f"{header}.{payload}.fake_signature"))
    assert r.status_code == 401
    assert errors_of(r) == {"detail": "Invalid JWT token"}


# --- Guardian semantics ----------------------------------------------------------------------


def test_expired_token_is_forbidden(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = post_register(pairing_standin, http, _bearer(pairing_standin.mint_token(exp_in=-5)))
    assert r.status_code == 403
    assert errors_of(r) == {"detail": "Forbidden"}


def test_token_without_exp_is_accepted(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    r = post_register(pairing_standin, http, _bearer(pairing_standin.mint_token(exp_in=None)))
    assert r.status_code == 201


def test_nbf_is_checked_with_zero_skew(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    future = pairing_standin.mint_token(nbf=int(time.time()) + 30)
    r = post_register(pairing_standin, http, _bearer(future))
    assert r.status_code == 403
    assert errors_of(r) == {"detail": "Forbidden"}
    past = pairing_standin.mint_token(nbf=int(time.time()) - 30)
    assert post_register(pairing_standin, http, _bearer(past)).status_code == 201


def test_exp_equal_to_now_is_still_valid() -> None:
    """Guardian accepts `exp >= now`; checked on the verifier so no clock race is involved."""
    from station.sandbox.pairing.jwt_auth import AuthOutcome, authorize

    pair = generate_ec_keypair()
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    key = load_pem_public_key(pair.public_pem)
    now = 1_900_000_000
    token = jwt.encode({"exp": now, "a_pa": [".*::.*"]}, pair.private_pem, algorithm="ES256")
    assert authorize([f"Bearer {token}"], key, "POST", "agent/devices", now=now) is AuthOutcome.OK
    assert (
        authorize([f"Bearer {token}"], key, "POST", "agent/devices", now=now + 1)
        is AuthOutcome.EXPIRED
    )


@pytest.mark.parametrize("alg", ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"])
def test_rsa_algorithms(
    pairing_standin_factory: PairingFactory, rsa_realm_keys: RealmKeys, alg: str
) -> None:
    pairing = pairing_standin_factory(keys=rsa_realm_keys)
    with pairing.client() as http:
        r = post_register(pairing, http, _bearer(pairing.mint_token(alg=alg)))
    assert r.status_code == 201


@pytest.mark.parametrize(("curve", "alg"), [(ec.SECP384R1(), "ES384"), (ec.SECP521R1(), "ES512")])
def test_larger_ec_curves(
    pairing_standin_factory: PairingFactory, tmp_path: object, curve: ec.EllipticCurve, alg: str
) -> None:
    pair = generate_ec_keypair(curve)
    pairing = pairing_standin_factory(realms={"big": pair.public_pem})
    token = mint_token(pair.private_pem, alg=alg)
    with pairing.client() as http:
        assert post_register(pairing, http, _bearer(token), realm="big").status_code == 201
        # A P-256 token for this realm does not verify.
        wrong = pairing.mint_token()
        assert post_register(pairing, http, _bearer(wrong), realm="big").status_code == 401


def _unsigned(payload: dict[str, object], alg: str = "none") -> str:
    def seg(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    return f"{seg({'alg': alg, 'typ': 'JWT'})}.{seg(payload)}."


@pytest.mark.parametrize(
    "token_kind", ["hs256", "none", "other_key", "es256_on_rsa_realm", "garbage_payload"]
)
def test_tokens_the_realm_did_not_sign(
    pairing_standin_factory: PairingFactory, rsa_realm_keys: RealmKeys, token_kind: str
) -> None:
    pairing = pairing_standin_factory(realms={"rsarealm": rsa_realm_keys.public_pem})
    realm = "test"
    if token_kind == "hs256":
        token = jwt.encode(
            {"a_pa": [".*::.*"]}, "a-shared-secret-of-32-bytes-min!", algorithm="HS256"
        )
    elif token_kind == "none":
        token = _unsigned({"a_pa": [".*::.*"]})
    elif token_kind == "other_key":
        token = mint_token(generate_ec_keypair().private_pem)
    elif token_kind == "es256_on_rsa_realm":
        token, realm = pairing.mint_token(), "rsarealm"
    else:
        header = pairing.mint_token().split(".")[0]
        token = f"{header}.bm90IGpzb24.c2ln"
    with pairing.client() as http:
        r = post_register(pairing, http, _bearer(token), realm=realm)
    assert r.status_code == 401
    assert errors_of(r) == {"detail": "Invalid JWT token"}


def test_realm_without_public_key_refuses_every_token(
    pairing_standin_factory: PairingFactory,
) -> None:
    pairing = pairing_standin_factory(realms={"nokey": None})
    with pairing.client() as http:
        r = post_register(pairing, http, _bearer(pairing.mint_token()), realm="nokey")
    assert r.status_code == 401
    assert errors_of(r) == {"detail": "Invalid JWT token"}


@pytest.mark.parametrize(
    "header",
    ["Bearer", "Bearer:", "Basic dXNlcjpwYXNz", "Token abc"],
)
def test_headers_without_a_bearer_token_count_as_missing(
    pairing_standin: PairingHandle, http: httpx.Client, header: str
) -> None:
    r = post_register(pairing_standin, http, header)
    assert r.status_code == 401
    assert errors_of(r) == {"detail": "Missing authorization token"}


@pytest.mark.parametrize("scheme", ["bearer", "BEARER", "Bearer:"])
def test_bearer_scheme_is_case_insensitive(
    pairing_standin: PairingHandle, http: httpx.Client, scheme: str
) -> None:
    r = post_register(pairing_standin, http, f"{scheme} {pairing_standin.mint_token()}")
    assert r.status_code == 201


@pytest.mark.parametrize(
    ("a_pa", "status"),
    [
        (None, 403),  # claim absent
        ([], 403),
        ("POST::agent/devices", 403),  # not a list
        (["POST::/agent/devices"], 403),  # leading slash
        (["POST::test/agent/devices"], 403),  # realm included
        (["post::agent/devices"], 403),  # methods are case-sensitive
        (["POST:agent/devices"], 403),  # one colon: the entry is skipped
        (["POST::agent/(devices"], 403),  # invalid regex: skipped
        (["POST::agent/(devices", "P.ST:anything:agent/devices"], 201),  # middle part ignored
        ([5, "POST::agent/devices"], 201),
        (["GET::.*", "POST::agent/devices"], 201),  # entries are ORed
    ],
)
def test_a_pa_matching(
    pairing_standin: PairingHandle, http: httpx.Client, a_pa: object, status: int
) -> None:
    token = jwt.encode(
        {"exp": int(time.time()) + 60} | ({} if a_pa is None else {"a_pa": a_pa}),
        pairing_standin.keys.private_pem,
        algorithm="ES256",
    )
    r = post_register(pairing_standin, http, _bearer(token))
    assert r.status_code == status, r.text


def test_delete_path_includes_the_device_id(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    assert (
        post_register(pairing_standin, http, _bearer(pairing_standin.mint_token())).status_code
        == 201
    )
    url = pairing_standin.url(f"/v1/test/agent/devices/{DEVICE}")
    other = pairing_standin.mint_token(a_pa=["DELETE::agent/devices/PDL3KNj7RVifHZD-1w_6wA"])
    r = http.delete(url, headers={"Authorization": _bearer(other)})
    assert r.status_code == 403
    assert errors_of(r) == {
        "detail": f"Unauthorized access to DELETE /v1/test/agent/devices/{DEVICE}. "
        "Please verify your permissions"
    }
    exact = pairing_standin.mint_token(a_pa=[f"DELETE::agent/devices/{DEVICE}"])
    assert http.delete(url, headers={"Authorization": _bearer(exact)}).status_code == 204
    register_only = pairing_standin.mint_token(a_pa=["POST::agent/devices"])
    assert http.delete(url, headers={"Authorization": _bearer(register_only)}).status_code == 403


def test_unauthorized_message_names_the_path_without_the_ingress_prefix(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    token = pairing_standin.mint_token(a_pa=["GET::.*"])
    via_ingress = post_register(pairing_standin, http, _bearer(token))
    direct = http.post(
        pairing_standin.service_url + "/v1/test/agent/devices",
        json={"data": {"hw_id": DEVICE}},
        headers={"Authorization": _bearer(token)},
    )
    assert errors_of(via_ingress) == errors_of(direct)
    assert "/pairing" not in str(errors_of(direct))


def test_realm_is_checked_before_the_token(
    pairing_standin: PairingHandle, http: httpx.Client
) -> None:
    for auth in (None, "bearer invalid_token", _bearer(pairing_standin.mint_token(exp_in=-5))):
        r = post_register(pairing_standin, http, auth, realm="unknown")
        assert r.status_code == 403
        assert errors_of(r) == {"detail": "Forbidden"}


# --- v1.3.3 and v1.2.2 bodies ----------------------------------------------------------------


@pytest.fixture(params=["1.3", "1.2"])
def old_pairing(
    request: pytest.FixtureRequest, pairing_standin_factory: PairingFactory
) -> PairingHandle:
    return pairing_standin_factory(compat=request.param)


def test_old_release_no_token(old_pairing: PairingHandle) -> None:
    with old_pairing.client() as http:
        r = post_register(old_pairing, http, None)
    assert r.status_code == 401
    assert errors_of(r) == {"detail": "Unauthorized"}


@pytest.mark.parametrize("a_pa", [["POST::agent/dev"], ["GET::agent/dev"]])
def test_old_release_path_not_allowed(old_pairing: PairingHandle, a_pa: list[str]) -> None:
    with old_pairing.client() as http:
        r = post_register(old_pairing, http, _bearer(old_pairing.mint_token(a_pa=a_pa)))
    assert r.status_code == 403
    assert r.json() == {"errors": {"detail": "Forbidden"}}


def test_old_release_invalid_or_expired_token(old_pairing: PairingHandle) -> None:
    with old_pairing.client() as http:
        for auth in ("bearer invalid_token", _bearer(old_pairing.mint_token(exp_in=-5))):
            r = post_register(old_pairing, http, auth)
            assert r.status_code == 403
            assert errors_of(r) == {"detail": "Forbidden"}


def test_old_release_success_and_validation(old_pairing: PairingHandle) -> None:
    token = _bearer(old_pairing.mint_token(a_pa=["POST::agent/devices"]))
    with old_pairing.client() as http:
        assert post_register(old_pairing, http, token).status_code == 201
        r = post_register(old_pairing, http, token, hw_id="")
    assert r.status_code == 422
    assert errors_of(r) != {}


def test_already_registered_body_per_release(pairing_standin_factory: PairingFactory) -> None:
    expected = {
        "master": {"detail": "Device already registered"},
        "1.4": {"detail": "Device already registered"},
        "1.3": {"detail": "Device already registered"},
        "1.2": {"error_name": ["already_registered"]},
    }
    for compat, errors in expected.items():
        pairing = pairing_standin_factory(compat=compat)
        pairing.put_device("test", CONFIRMED, "supersecret", confirmed=True)
        with pairing.client() as http:
            r = post_register(pairing, http, _bearer(pairing.mint_token()), hw_id=CONFIRMED)
        assert r.status_code == 422, compat
        assert errors_of(r) == errors, compat


def test_v1_2_unknown_realm_is_an_auth_failure(pairing_standin_factory: PairingFactory) -> None:
    pairing = pairing_standin_factory(compat="1.2")
    with pairing.client() as http:
        no_token = post_register(pairing, http, None, realm="unknown")
        token = post_register(pairing, http, _bearer(pairing.mint_token()), realm="unknown")
    assert (no_token.status_code, errors_of(no_token)) == (401, {"detail": "Unauthorized"})
    assert (token.status_code, errors_of(token)) == (403, {"detail": "Forbidden"})


def test_v1_3_unknown_realm_is_forbidden_even_without_token(
    pairing_standin_factory: PairingFactory,
) -> None:
    pairing = pairing_standin_factory(compat="1.3")
    with pairing.client() as http:
        r = post_register(pairing, http, None, realm="unknown")
    assert (r.status_code, errors_of(r)) == (403, {"detail": "Forbidden"})


def test_compat_can_change_at_run_time(pairing_standin: PairingHandle, http: httpx.Client) -> None:
    pairing_standin.set_compat("1.3")
    assert errors_of(post_register(pairing_standin, http, None)) == {"detail": "Unauthorized"}
    assert http.get(pairing_standin.url("/version")).json() == {"data": "1.3.3"}
    pairing_standin.set_compat("master")
    assert errors_of(post_register(pairing_standin, http, None)) == {
        "detail": "Missing authorization token"
    }


# --- the verified-token cache ---------------------------------------------------------------


def test_a_token_verified_before_is_refused_once_the_realm_has_another_key() -> None:
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    from station.sandbox.pairing.jwt_auth import AuthOutcome, authorize

    old, new = generate_ec_keypair(), generate_ec_keypair()
    token = mint_token(old.private_pem)
    header = [f"Bearer {token}"]
    old_key = load_pem_public_key(old.public_pem)
    for _ in range(2):  # the second time from the cache
        assert authorize(header, old_key, "POST", "agent/devices") is AuthOutcome.OK
    new_key = load_pem_public_key(new.public_pem)
    assert authorize(header, new_key, "POST", "agent/devices") is AuthOutcome.INVALID
    # A key loaded again from the same PEM is checked again, and accepted on its merits.
    again = load_pem_public_key(old.public_pem)
    assert authorize(header, again, "POST", "agent/devices") is AuthOutcome.OK


def test_a_cached_token_still_expires_and_keeps_its_scope() -> None:
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    from station.sandbox.pairing.jwt_auth import AuthOutcome, authorize

    pair = generate_ec_keypair()
    key = load_pem_public_key(pair.public_pem)
    token = mint_token(pair.private_pem, a_pa=["POST::agent/devices"], exp_in=60)
    header = [f"Bearer {token}"]
    now = int(time.time())
    assert authorize(header, key, "POST", "agent/devices", now=now) is AuthOutcome.OK
    assert authorize(header, key, "DELETE", "agent/devices/x", now=now) is AuthOutcome.NOT_ALLOWED
    assert authorize(header, key, "POST", "agent/devices", now=now + 120) is AuthOutcome.EXPIRED
