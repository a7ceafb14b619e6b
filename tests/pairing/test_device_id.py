"""Device IDs: canonical form only, UUIDv5 derivation matching astartectl and the SDKs."""

from __future__ import annotations

import base64
import uuid

import pytest

from station.pairing.device_id import (
    derive_device_id,
    device_id_from_uuid,
    random_device_id,
    uuid_from_device_id,
    validate_device_id,
)
from station.pairing.errors import InvalidDeviceId
from tests.fixtures.sdk import SdkScript

NS = uuid.UUID("f79ad91f-c638-4889-ae74-9d001a3b4cf8")

# Reference §4 "Known vectors": (namespace, data, device id, uuid).
VECTORS = [
    (NS, "myidentifierdata", "AJInS0w3VpWpuOqkXhgZdA", "0092274b-4c37-5695-a9b8-eaa45e181974"),
    (
        NS,
        base64.b64decode("bXlpZGVudGlmaWVyZGF0YQ=="),
        "AJInS0w3VpWpuOqkXhgZdA",
        "0092274b-4c37-5695-a9b8-eaa45e181974",
    ),
    (NS, "0099112233", "L7HnZkE2Ur2rOcWN9VvjFg", "2fb1e766-4136-52bd-ab39-c58df55be316"),
    (
        uuid.UUID("b068931c-c450-342b-a3f5-b3d276ea4297"),
        "0099112233",
        "dvt9mLDaWb2vW7bdBJwKCg",
        "76fb7d98-b0da-59bd-af5b-b6dd049c0a0a",
    ),
    (NS, "11:22:33:44:55:66", "F94uGRPGVDGN6bGzEjtNhw", "17de2e19-13c6-5431-8de9-b1b3123b4d87"),
    (NS, "device_1", "SEZYqHQXVfmUTY6AnlDXcA", "484658a8-7417-55f9-944d-8e809e50d770"),
    (NS, "", "cUif8SUBU9a4x8oWAkZL4w", "71489ff1-2501-53d6-b8c7-ca1602464be3"),
    (NS, "98:75:a8:0d:96:db", "mT56ik-VWRqYOYveajVUtg", "993e7a8a-4f95-591a-9839-8bde6a3554b6"),
]


@pytest.mark.parametrize(("namespace", "data", "device_id", "as_uuid"), VECTORS)
def test_derive_matches_reference_vectors(
    namespace: uuid.UUID, data: str | bytes, device_id: str, as_uuid: str
) -> None:
    assert derive_device_id(namespace, data) == device_id
    assert uuid_from_device_id(device_id) == uuid.UUID(as_uuid)
    assert device_id_from_uuid(uuid.UUID(as_uuid)) == device_id


def test_derive_agrees_with_the_python_sdk() -> None:
    texts = ("myidentifierdata", "ünïcode-serial", "x" * 300)
    sdk = SdkScript()
    ids = [sdk.call("generate_device_id", NS, data) for data in texts]
    outcome = sdk.run()
    assert [derive_device_id(NS, data) for data in texts] == [outcome[i].value for i in ids]


def test_derive_from_raw_bytes_that_are_not_utf8() -> None:
    raw = bytes(range(256))
    expected = uuid.UUID(bytes=__import__("hashlib").sha1(NS.bytes + raw).digest()[:16])
    derived = uuid_from_device_id(derive_device_id(NS, raw))
    assert derived.version == 5
    assert derived.variant == uuid.RFC_4122
    # Same hash, version and variant bits applied.
    assert derived.bytes[:6] == expected.bytes[:6]
    assert derived.bytes[9:] == expected.bytes[9:]


def test_uuid_round_trip_astartectl_example() -> None:
    assert uuid_from_device_id("2TBn-jNESuuHamE2Zo1anA") == uuid.UUID(
        "d93067fa-3344-4aeb-876a-6136668d5a9c"
    )
    assert device_id_from_uuid("d93067fa-3344-4aeb-876a-6136668d5a9c") == "2TBn-jNESuuHamE2Zo1anA"


def test_random_ids_are_canonical_v4() -> None:
    ids = {random_device_id() for _ in range(200)}
    assert len(ids) == 200
    for device_id in ids:
        assert validate_device_id(device_id) == device_id
        u = uuid_from_device_id(device_id)
        assert u.version == 4
        assert u.variant == uuid.RFC_4122


@pytest.mark.parametrize(
    "device_id",
    [
        "2imLILqtRP2vq0ZVy-TGRQ",
        "74Zp9OoNRc-Vsi5RcsIf4A",
        "Lwf5dutoSuqS0kbG44-BOw",
        "o9RQb8B-R8WY_N7kR56M2w",
        "AAAAAAAAAAAAAAAAAAAAAA",
        "_____________________w",
    ],
)
def test_canonical_ids_pass(device_id: str) -> None:
    assert validate_device_id(device_id) == device_id


@pytest.mark.parametrize(
    ("device_id", "words"),
    [
        ("2imLILqtRP2vq0ZVy-TGRQ==", ["padding", "2imLILqtRP2vq0ZVy-TGRQ"]),
        (
            "ova1YgZZZo3p_2m8UjJ_c3sOOmpLh3GOc0CARFwE-V4",
            ["43 characters", "first 16 bytes", "ova1YgZZZo3p_2m8UjJ_cw"],
        ),
        ("uTSXEtcgQ3qczX3ixpZeFrWgx0kxk0bfrUzkqTIhCck", ["first 16 bytes"]),
        ("2imLILqtRP2vq0ZVy-TGRR", ["not canonical", "2imLILqtRP2vq0ZVy-TGRQ"]),
        ("YQ", ["2 characters"]),
        ("uTSXEtcgQ3", ["10 characters"]),
        ("5GGciygQUcHZqXyc1BNeC%", ["outside base64url", "%"]),
        ("2imLILqtRP2vq0ZVy+TGRQ", ["standard base64"]),
        ("notbase64§", ["outside base64url"]),
        ("", ["empty"]),
    ],
)
def test_non_canonical_ids_are_refused_with_a_reason(device_id: str, words: list[str]) -> None:
    with pytest.raises(InvalidDeviceId) as info:
        validate_device_id(device_id)
    text = str(info.value)
    for word in words:
        assert word in text
    assert info.value.action
    assert info.value.error_class == "invalid_device_id"


def test_non_text_is_refused() -> None:
    with pytest.raises(InvalidDeviceId, match="must be text"):
        validate_device_id(b"2imLILqtRP2vq0ZVy-TGRQ")  # type: ignore[arg-type]


def test_bad_uuid_text() -> None:
    with pytest.raises(InvalidDeviceId, match="not a UUID"):
        device_id_from_uuid("not-a-uuid")
