"""Status codes and bodies, per Astarte release.

The default imitates master and v1.4 (identical for Pairing); "1.3" and "1.2" switch to the
bodies those releases send, so a client can be tested against every form it may meet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from station.sandbox.pairing.jwt_auth import AuthOutcome

Compat = Literal["master", "1.4", "1.3", "1.2"]
COMPAT_CHOICES: tuple[Compat, ...] = ("master", "1.4", "1.3", "1.2")
DEFAULT_VERSION: dict[Compat, str] = {
    "master": "1.5.0-dev",
    "1.4": "1.4.0-rc.5",
    "1.3": "1.3.3",
    "1.2": "1.2.2",
}
JSON_TYPE = "application/json; charset=utf-8"


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str | None = JSON_TYPE
    headers: tuple[tuple[str, str], ...] = ()


def json_response(status: int, payload: Any) -> Response:
    return Response(status, json.dumps(payload, separators=(",", ":")).encode("utf-8"))


def detail(status: int, text: str) -> Response:
    return json_response(status, {"errors": {"detail": text}})


def field_errors(errors: dict[str, list[str]]) -> Response:
    return json_response(422, {"errors": errors})


def empty(status: int) -> Response:
    return Response(status, b"", None)


BAD_REQUEST = detail(400, "Bad request")
NOT_FOUND = detail(404, "Page not found")
FORBIDDEN = detail(403, "Forbidden")
UNAUTHORIZED = detail(401, "Unauthorized")
DEVICE_NOT_FOUND = detail(404, "Device not found")
INTERNAL_ERROR = detail(500, "Internal server error")
# Phoenix has no 406 or 503 template in Pairing's ErrorView; the fallback text applies.
NOT_ACCEPTABLE = detail(406, "Internal server error")
DATABASE_DOWN = detail(503, "Internal server error")


def _is_old(compat: Compat) -> bool:
    return compat in ("1.3", "1.2")


def auth_failure(outcome: AuthOutcome, method: str, request_path: str, compat: Compat) -> Response:
    if _is_old(compat):
        return UNAUTHORIZED if outcome is AuthOutcome.MISSING else FORBIDDEN
    if outcome is AuthOutcome.MISSING:
        return detail(401, "Missing authorization token")
    if outcome is AuthOutcome.INVALID:
        return detail(401, "Invalid JWT token")
    if outcome is AuthOutcome.NOT_ALLOWED:
        return detail(
            403,
            f"Unauthorized access to {method} {request_path}. Please verify your permissions",
        )
    return FORBIDDEN


def backend_error(reason: str, compat: Compat) -> Response:
    """An engine error Pairing's FallbackController has no clause for.

    v1.3 and later let it crash into a 500; v1.2 turned every RPC error into a changeset.
    """
    if compat == "1.2":
        return field_errors({"error_name": [reason]})
    return INTERNAL_ERROR


def already_registered(compat: Compat) -> Response:
    if compat == "1.2":
        return field_errors({"error_name": ["already_registered"]})
    return detail(422, "Device already registered")
