"""Request-body validation with the exact messages of Pairing's Ecto changesets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cryptography import x509

from station.sandbox.pairing.hw_id import DecodedId, decode_device_id
from station.sandbox.pairing.registry import Introspection

BLANK = "can't be blank"
INVALID = "is invalid"
BAD_ID = "is not a valid base64 encoded 128 bits id"
BAD_CSR = "is not a valid PEM CSR"
_PEM_BLOCK = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----.*?-----END \1-----", re.DOTALL)

Errors = dict[str, list[str]]


def _is_blank(value: object) -> bool:
    # Ecto turns empty (and whitespace-only) strings into nil before validate_required.
    return value is None or (isinstance(value, str) and not value.strip())


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class RegisterRequest:
    device: DecodedId
    # None when the client sent `"initial_introspection": null`: Astarte crashes on it later.
    introspection: Introspection | None


def _introspection_errors(entries: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    # Elixir iterates small maps in key order.
    for name in sorted(entries):
        value = entries[name]
        if not (
            isinstance(value, dict) and _is_int(value.get("major")) and _is_int(value.get("minor"))
        ):
            errors.append(f"has invalid format for interface {name}")
        elif value["major"] < 0 or value["minor"] < 0:
            # Astarte's reducer replaces what it accumulated instead of adding to it.
            errors = [f"has negative versions in interface {name}"]
    return errors


def validate_register(data: dict[str, Any]) -> RegisterRequest | Errors:
    errors: Errors = {}
    device: DecodedId | None = None
    hw_id = data.get("hw_id")
    if _is_blank(hw_id):
        errors["hw_id"] = [BLANK]
    elif not isinstance(hw_id, str):
        errors["hw_id"] = [INVALID]
    else:
        device = decode_device_id(hw_id, allow_extended=True)
        if device is None:
            errors["hw_id"] = [BAD_ID]

    raw_intro = data.get("initial_introspection", {})
    introspection: Introspection | None = None
    if raw_intro is not None:
        if not isinstance(raw_intro, dict):
            errors["initial_introspection"] = [INVALID]
        else:
            intro_errors = _introspection_errors(raw_intro)
            if intro_errors:
                errors["initial_introspection"] = intro_errors
            else:
                introspection = Introspection.from_request(raw_intro)
    if errors or device is None:
        return errors
    return RegisterRequest(device, introspection)


def _string_field(data: dict[str, Any], name: str) -> str | Errors:
    value = data.get(name)
    if _is_blank(value):
        return {name: [BLANK]}
    if not isinstance(value, str):
        return {name: [INVALID]}
    return value


def validate_csr(data: dict[str, Any]) -> x509.CertificateSigningRequest | Errors:
    text = _string_field(data, "csr")
    if isinstance(text, dict):
        return text
    blocks = _PEM_BLOCK.findall(text)
    if blocks != ["CERTIFICATE REQUEST"]:
        return {"csr": [BAD_CSR]}
    try:
        csr = x509.load_pem_x509_csr(text.encode("utf-8"))
    except ValueError:
        return {"csr": [BAD_CSR]}
    if not csr.is_signature_valid:
        return {"csr": [BAD_CSR]}
    return csr


def validate_client_crt(data: dict[str, Any]) -> str | Errors:
    return _string_field(data, "client_crt")
