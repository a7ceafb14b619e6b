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
from station.text import NOTHING, Text

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
    def what(self) -> Text:
        if self.operation not in _OPERATIONS:
            return Text.plain(self.operation)
        if self.device_id and self.operation in ("register", "unregister", "device_info"):
            return Text.of(f"pairing.what.{self.operation}.device", device=self.device_id)
        return Text.of(f"pairing.what.{self.operation}")


_OPERATIONS = frozenset({"register", "unregister", "device_info", "probe", "health", "version"})


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
    said = Text.of("pairing.said", detail=redact(detail, 120)) if detail else NOTHING
    what = call.what

    if status == 401:
        if call.uses_secret:
            return MissingToken(
                Text.of("pairing.no_secret", what=what, said=said),
                Text.of("pairing.no_secret.action"),
                status=status,
            )
        if detail == "Invalid JWT token":
            return InvalidToken(
                Text.of("pairing.invalid_token", what=what, said=said),
                Text.of("pairing.invalid_token.action"),
                status=status,
            )
        return MissingToken(
            Text.of("pairing.no_token", what=what, said=said),
            Text.of("pairing.no_token.action"),
            status=status,
        )
    if status == 403:
        if call.uses_secret:
            return SecretRejected(
                Text.of("pairing.secret_rejected", what=what, said=said),
                Text.of("pairing.secret_rejected.action", realm=repr(call.realm)),
                status=status,
            )
        match = _NOT_ALLOWED.search(detail)
        if match:
            return Forbidden(
                Text.of(
                    "pairing.not_allowed",
                    what=what,
                    method=match.group(1),
                    path=match.group(2),
                ),
                Text.of("pairing.not_allowed.action"),
                status=status,
            )
        return Forbidden(
            Text.of("pairing.forbidden", what=what, realm=repr(call.realm), said=said),
            forbidden_hint(),
            status=status,
        )
    if status == 404:
        if "device not found" in detail.lower():
            return NotFound(
                Text.of("pairing.device_not_found", what=what, realm=repr(call.realm)),
                Text.of("pairing.device_not_found.action"),
                status=status,
            )
        return NotFound(
            Text.of("pairing.no_api", what=what, said=said),
            Text.of("pairing.no_api.action"),
            status=status,
        )
    if status == 422:
        return _unprocessable(errors, call, status)
    if status == 429:
        wait = retry_after(response)
        return RateLimited(
            Text.of("pairing.rate_limited", what=what),
            Text.of("pairing.rate_limited.wait_action", wait=wait)
            if wait is not None
            else Text.of("pairing.rate_limited.action"),
            status=status,
            retry_after=wait,
        )
    if status >= 500:
        if status in (502, 503, 504):
            return ServerError(
                Text.of("pairing.unavailable", what=what, status=status, said=said),
                Text.of("pairing.unavailable.action"),
                status=status,
            )
        action = Text.of(
            "pairing.internal.register_action"
            if call.operation == "register"
            else "pairing.internal.action"
        )
        return ServerError(
            Text.of("pairing.internal", what=what, status=status, said=said),
            action,
            status=status,
        )
    if status == 400:
        return UnexpectedResponse(
            Text.of("pairing.malformed", what=what, said=said),
            Text.of("pairing.not_pairing.action"),
            status=status,
        )
    return UnexpectedResponse(
        Text.of("pairing.unexpected_status", what=what, status=status, said=said),
        Text.of("pairing.not_pairing.action"),
        status=status,
    )


def _unprocessable(errors: Mapping[str, Any], call: Call, status: int) -> PairingError:
    what = call.what
    detail = _detail(errors)
    names = errors.get("error_name")
    reasons = [str(n) for n in names] if isinstance(names, list) else []
    if "already registered" in detail.lower() or "already_registered" in reasons:
        return AlreadyRegistered(
            Text.of("pairing.already_registered", what=what),
            Text.of("pairing.already_registered.action"),
            status=status,
        )
    if any("limit" in r for r in reasons):
        return ServerError(
            Text.of("pairing.limit", what=what),
            Text.of("pairing.limit.action"),
            status=status,
        )
    fields = field_messages(errors)
    if not fields:
        return ValidationFailed(
            Text.of("pairing.rejected", what=what),
            Text.of("pairing.rejected.action"),
            status=status,
        )
    listed = "; ".join(f"{k}: {', '.join(v)}" for k, v in fields.items())
    action = Text.of("pairing.rejected.action")
    if "hw_id" in fields:
        action = Text.of("pairing.rejected.hw_id_action")
    elif "initial_introspection" in fields:
        action = Text.of("pairing.rejected.introspection_action")
    return ValidationFailed(
        Text.of("pairing.rejected_fields", what=what, fields=listed),
        action,
        status=status,
        fields=fields,
    )


def _data(response: httpx.Response, call: Call) -> Any:
    body = _body(response)
    if not isinstance(body, dict) or "data" not in body:
        raise UnexpectedResponse(
            Text.of("pairing.not_an_answer", what=call.what, status=response.status_code),
            Text.of("pairing.check_url.action"),
            status=response.status_code,
        )
    return body["data"]


def parse_secret(response: httpx.Response, call: Call) -> Secret:
    data = _data(response, call)
    value = data.get("credentials_secret") if isinstance(data, dict) else None
    if not isinstance(value, str) or not SECRET_SHAPE.fullmatch(value):
        # Never quote the value: if it is a secret of another shape it is still a secret.
        raise UnexpectedResponse(
            Text.of("pairing.no_secret_shape", what=call.what),
            Text.of("pairing.no_secret_shape.action"),
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
            Text.of("pairing.incomplete_info", what=call.what),
            Text.of("pairing.check_url.action"),
            status=response.status_code,
        ) from None
    return DeviceInfo(status, version, broker)


def parse_version(response: httpx.Response, call: Call) -> str:
    data = _data(response, call)
    if not isinstance(data, str) or not data:
        raise UnexpectedResponse(
            Text.of("pairing.bad_version", what=call.what),
            Text.of("pairing.check_url.action"),
            status=response.status_code,
        )
    return redact(data, 40)
