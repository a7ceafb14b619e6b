"""Turn Pairing's HTTP answers into results or typed errors, for Astarte 1.2 to master.

Error bodies changed between releases (see the reference notes): master/1.4 says "Missing
authorization token" and "Invalid JWT token" where 1.2/1.3 say "Unauthorized" and "Forbidden",
and 1.2 reports "already registered" as `{"errors":{"error_name":["already_registered"]}}`.
The mapping therefore keys on status first and reads the body only to be more precise. Server
text is shown redacted and shortened; the raw body never reaches a message.
"""

from __future__ import annotations

import email.utils
import json
import math
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC
from enum import StrEnum
from typing import Any

import httpx

from station.pairing.errors import (
    AlreadyRegistered,
    Forbidden,
    InvalidToken,
    MissingToken,
    NotFound,
    PairingError,
    RateLimited,
    SecretRejected,
    ServerError,
    UnexpectedResponse,
    ValidationFailed,
    forbidden_hint,
)
from station.pairing.redact import redact
from station.secret import Secret

SECRET_SHAPE = re.compile(r"[A-Za-z0-9+/]{43}=")
_NOT_ALLOWED = re.compile(r"Unauthorized access to (\S+) (\S+)")
#: The longest Retry-After a call waits out before retrying; a longer one ends its retries.
MAX_RETRY_AFTER = 30.0


class DeviceStatus(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    INHIBITED = "inhibited"


@dataclass(frozen=True)
class DeviceInfo:
    status: DeviceStatus
    version: str
    broker_url: str


@dataclass(frozen=True)
class Call:
    """What was asked, so an error can say it in the operator's terms."""

    operation: str  # "register", "unregister", "device_info", "probe", "health", "version"
    realm: str
    device_id: str | None = None

    @property
    def uses_secret(self) -> bool:
        return self.operation == "device_info"

    @property
    def what(self) -> str:
        device = f" device {self.device_id}" if self.device_id else ""
        return {
            "register": f"Registering{device}",
            "unregister": f"Unregistering{device}",
            "device_info": f"Checking the secret of{device}",
            "probe": "Testing the connection",
            "health": "Checking Pairing's health",
            "version": "Reading Pairing's version",
        }.get(self.operation, self.operation)


def _body(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except (ValueError, UnicodeDecodeError):
        return None


def error_body(response: httpx.Response) -> dict[str, Any]:
    body = _body(response)
    errors = body.get("errors") if isinstance(body, dict) else None
    return errors if isinstance(errors, dict) else {}


def _detail(errors: Mapping[str, Any]) -> str:
    detail = errors.get("detail")
    return detail if isinstance(detail, str) else ""


def field_messages(errors: Mapping[str, Any]) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for name, messages in errors.items():
        if isinstance(messages, list):
            fields[str(name)] = [redact(str(m), 120) for m in messages]
        elif isinstance(messages, str) and name != "detail":
            fields[str(name)] = [redact(messages, 120)]
    return fields


def retry_after(response: httpx.Response, now: float | None = None) -> float | None:
    """Seconds the server asks to wait (Retry-After in seconds or as an HTTP date)."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None  # unreadable: the normal backoff applies
        if when.tzinfo is None:  # "-0000" means UTC without saying so
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def is_retryable(response: httpx.Response) -> bool:
    return response.status_code == 429 or response.status_code >= 500


def error_for(response: httpx.Response, call: Call) -> PairingError:  # noqa: PLR0911, PLR0912
    """The typed error for a response that is not the expected success."""
    status = response.status_code
    errors = error_body(response)
    detail = _detail(errors)
    said = f" (Pairing said: {redact(detail, 120)})" if detail else ""
    what = call.what

    if status == 401:
        if call.uses_secret:
            return MissingToken(
                f"{what}: Pairing did not receive the credentials secret (401){said}.",
                "A proxy between this station and Astarte may strip the Authorization header; "
                "ask the network administrator.",
                status=status,
            )
        if detail == "Invalid JWT token":
            return InvalidToken(
                f"{what}: Pairing rejected the token as invalid (401){said}.",
                "The token is malformed or not signed by this realm's key: check the target's "
                "realm key or issued token.",
                status=status,
            )
        return MissingToken(
            f"{what}: Pairing received no token (401){said}.",
            "A proxy between this station and Astarte may strip the Authorization header.",
            status=status,
        )
    if status == 403:
        if call.uses_secret:
            return SecretRejected(
                f"{what}: Pairing does not accept this credentials secret (403){said}.",
                "The device was registered again since (only the latest secret works), or it "
                f"was unregistered, or realm {call.realm!r} is wrong.",
                status=status,
            )
        match = _NOT_ALLOWED.search(detail)
        if match:
            return Forbidden(
                f"{what}: the token does not allow {match.group(1)} {match.group(2)} (403).",
                "Give the target a token whose a_pa claim allows this call "
                "(e.g. 'POST::agent/devices').",
                status=status,
            )
        return Forbidden(
            f"{what}: Pairing refused the call for realm {call.realm!r} (403){said}.",
            forbidden_hint(),
            status=status,
        )
    if status == 404:
        if "device not found" in detail.lower():
            return NotFound(
                f"{what}: the device is not registered in realm {call.realm!r}.",
                "Check the device ID and realm.",
                status=status,
            )
        return NotFound(
            f"{what}: there is no Pairing API at this URL (404){said}.",
            "Check the target's Pairing URL: through the Astarte ingress it ends in "
            "'/pairing' (https://api.<domain>/pairing); directly it is http://<host>:4003.",
            status=status,
        )
    if status == 422:
        return _unprocessable(errors, call, status)
    if status == 429:
        wait = retry_after(response)
        return RateLimited(
            f"{what}: a gateway in front of Pairing is limiting the request rate (429).",
            "Lower the number of registrations in flight for this target, or ask the "
            "Astarte operator to raise the ingress limit."
            + (f" It asked to wait {wait:g} s." if wait is not None else ""),
            status=status,
            retry_after=wait,
        )
    if status >= 500:
        if status in (502, 503, 504):
            return ServerError(
                f"{what}: Pairing is not available ({status}){said}.",
                "The Astarte service or its gateway is down or restarting; try again in a "
                "minute and tell the Astarte operator if it persists.",
                status=status,
            )
        action = "Tell the Astarte operator; the Pairing logs show the cause."
        if call.operation == "register":
            action = (
                "A 500 on registration often means the realm reached its device "
                "registration limit: ask the Astarte operator to check the realm's "
                "device_registration_limit. " + action
            )
        return ServerError(
            f"{what}: Pairing failed with an internal error ({status}){said}.",
            action,
            status=status,
        )
    if status == 400:
        return UnexpectedResponse(
            f"{what}: Pairing rejected the request as malformed (400){said}.",
            "Check that the Pairing URL points at Astarte Pairing, not another service.",
            status=status,
        )
    return UnexpectedResponse(
        f"{what}: Pairing answered with an unexpected status {status}{said}.",
        "Check that the Pairing URL points at Astarte Pairing, not another service.",
        status=status,
    )


def _unprocessable(errors: Mapping[str, Any], call: Call, status: int) -> PairingError:
    what = call.what
    detail = _detail(errors)
    names = errors.get("error_name")
    reasons = [str(n) for n in names] if isinstance(names, list) else []
    if "already registered" in detail.lower() or "already_registered" in reasons:
        return AlreadyRegistered(
            f"{what}: the device is already registered and has used its credentials secret.",
            "It cannot be provisioned again until a supervisor approves rework and unregisters it.",
            status=status,
        )
    if any("limit" in r for r in reasons):
        return ServerError(
            f"{what}: the realm reached its device registration limit.",
            "Ask the Astarte operator to raise the realm's device_registration_limit.",
            status=status,
        )
    fields = field_messages(errors)
    if not fields:
        return ValidationFailed(
            f"{what}: Pairing rejected the request (422).",
            "Check the device ID and initial introspection.",
            status=status,
        )
    listed = "; ".join(f"{k}: {', '.join(v)}" for k, v in fields.items())
    action = "Check the device ID and initial introspection."
    if "hw_id" in fields:
        action = "The device ID must be 22 characters of base64url (16 bytes)."
    elif "initial_introspection" in fields:
        action = (
            "Every interface in the initial introspection needs non-negative integer "
            "major and minor versions."
        )
    return ValidationFailed(
        f"{what}: Pairing rejected the request: {listed}.", action, status=status, fields=fields
    )


def _data(response: httpx.Response, call: Call) -> Any:
    body = _body(response)
    if not isinstance(body, dict) or "data" not in body:
        raise UnexpectedResponse(
            f"{call.what}: the answer ({response.status_code}) is not a Pairing API response.",
            "Check that the Pairing URL points at Astarte Pairing.",
            status=response.status_code,
        )
    return body["data"]


def parse_secret(response: httpx.Response, call: Call) -> Secret:
    data = _data(response, call)
    value = data.get("credentials_secret") if isinstance(data, dict) else None
    if not isinstance(value, str) or not SECRET_SHAPE.fullmatch(value):
        # Never quote the value: if it is a secret of another shape it is still a secret.
        raise UnexpectedResponse(
            f"{call.what}: Pairing's answer does not hold a credentials secret of the expected "
            "shape (44 characters of base64).",
            "Check that the Pairing URL points at Astarte Pairing; do not write anything to the "
            "device.",
            status=response.status_code,
        )
    return Secret(value)


def parse_device_info(response: httpx.Response, call: Call) -> DeviceInfo:
    data = _data(response, call)
    try:
        status = DeviceStatus(data["status"])
        version = data["version"]
        broker = data["protocols"]["astarte_mqtt_v1"]["broker_url"]
        if not isinstance(version, str) or not isinstance(broker, str):
            raise TypeError
    except (KeyError, TypeError, ValueError):
        raise UnexpectedResponse(
            f"{call.what}: Pairing's device information is incomplete (status, version or "
            "broker URL missing).",
            "Check that the Pairing URL points at Astarte Pairing.",
            status=response.status_code,
        ) from None
    return DeviceInfo(status, version, broker)


def parse_version(response: httpx.Response, call: Call) -> str:
    data = _data(response, call)
    if not isinstance(data, str) or not data:
        raise UnexpectedResponse(
            f"{call.what}: the version is not a string.",
            "Check that the Pairing URL points at Astarte Pairing.",
            status=response.status_code,
        )
    return redact(data, 40)
