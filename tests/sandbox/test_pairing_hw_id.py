"""Server-side device-id decoding, against the vectors in Astarte's `device_test.exs` and the
Elixir `Base.url_decode64(padding: false)` rules the reference records."""

from __future__ import annotations

import pytest

from station.sandbox.pairing.hw_id import canonical_id, decode_device_id, url_decode64


@pytest.mark.parametrize("text", ["notbase64§", "uTSXEtcgQ3", "", "YQ", "5GGciygQUcHZqXyc1BNeC%"])
def test_invalid_ids(text: str) -> None:
    assert decode_device_id(text, allow_extended=True) is None


def test_valid_id() -> None:
    decoded = decode_device_id("74Zp9OoNRc-Vsi5RcsIf4A", allow_extended=False)
    assert decoded is not None
    assert decoded.canonical == "74Zp9OoNRc-Vsi5RcsIf4A"
    assert decoded.extended_id == b""


def test_extended_id_only_when_allowed() -> None:
    text = "uTSXEtcgQ3qczX3ixpZeFrWgx0kxk0bfrUzkqTIhCck"
    assert decode_device_id(text, allow_extended=False) is None
    decoded = decode_device_id(text, allow_extended=True)
    assert decoded is not None
    assert len(decoded.device_id) == 16
    assert len(decoded.extended_id) == 16


@pytest.mark.parametrize(
    "alias", ["2imLILqtRP2vq0ZVy-TGRQ==", "2imLILqtRP2vq0ZVy-TGRR", "2imLILqtRP2vq0ZVy-TGRT"]
)
def test_padding_and_trailing_bits_alias(alias: str) -> None:
    assert canonical_id(alias) == "2imLILqtRP2vq0ZVy-TGRQ"


@pytest.mark.parametrize(
    "text",
    [
        "2imLILqtRP2vq0ZVy-TGRQ=",  # wrong padding length
        "2imLILqtRP2vq0ZVy-TGRQ===",
        "2imLILqtRP2vq0ZV=y-TGRQ",  # '=' inside
        "2imLILqtRP2vq0ZVy+TGRQ",  # standard alphabet
        "2imLILqtRP2vq0ZVy/TGRQ",
        "2imLILqtRP2vq0ZVy TGRQ",
        "2imLILqtRP2vq0ZVy-TGR",  # len mod 4 == 1
    ],
)
def test_rejected_forms(text: str) -> None:
    assert url_decode64(text) is None


def test_url_decode64_lengths() -> None:
    assert url_decode64("YQ") == b"a"
    assert url_decode64("YWI") == b"ab"
    assert url_decode64("YWJj") == b"abc"
    assert url_decode64("YQ==") == b"a"
    assert url_decode64("YWI=") == b"ab"


def test_canonical_id_rejects_what_register_rejects() -> None:
    with pytest.raises(ValueError, match="not a device id"):
        canonical_id("invalid")
