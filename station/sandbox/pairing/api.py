"""Pairing's HTTP API as a function from request to response, independent of the socket layer.

Checks run in Astarte's order: unknown route (404), body parse (400), `accepts` (406), realm
exists (403), JWT on the agent routes (401/403), missing `data` (400), validation (422), then
the engine. The path may carry the ingress's `/pairing` prefix or not.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import unquote

from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from cryptography.hazmat.primitives.serialization import Encoding, load_pem_public_key

from station.sandbox.pairing import responses as r
from station.sandbox.pairing.hw_id import decode_device_id
from station.sandbox.pairing.jwt_auth import AuthOutcome, authorize, bearer_token
from station.sandbox.pairing.pki import CertificateAuthority
from station.sandbox.pairing.registry import (
    DeviceCheck,
    DeviceRegistry,
    Introspection,
    RegisterError,
)
from station.sandbox.pairing.responses import Compat, Response
from station.sandbox.pairing.validation import (
    Errors,
    validate_client_crt,
    validate_csr,
    validate_register,
)

log = logging.getLogger(__name__)
_T = TypeVar("_T")

PROTOCOL = "astarte_mqtt_v1"
_JSON_RANGES = {"*/*", "application/*", "application/json"}
# Path segments after /v1/<realm>; "*" is a path parameter.
_REALM_ROUTES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("GET", ("version",), "_version"),
    ("GET", ("health",), "_health"),
    ("POST", ("agent", "devices"), "_register"),
    ("DELETE", ("agent", "devices", "*"), "_unregister"),
    ("GET", ("devices", "*"), "_info"),
    ("POST", ("devices", "*", "protocols", "*", "credentials"), "_credentials"),
    ("POST", ("devices", "*", "protocols", "*", "credentials", "verify"), "_verify"),
)


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # without query string, as received (may start with /pairing)
    headers: Sequence[tuple[str, str]]
    body: bytes
    client_ip: str = "127.0.0.1"

    def header_values(self, name: str) -> list[str]:
        lname = name.lower()
        return [v for k, v in self.headers if k.lower() == lname]


@dataclass(frozen=True)
class _Call:
    request: Request
    realm: str
    request_path: str  # the path Pairing sees, after the ingress stripped /pairing
    raw_segments: list[str]  # path_info segments, undecoded
    params: dict[str, Any]


def _load_key(pem: str | bytes | None) -> PublicKeyTypes | None:
    if pem is None:
        return None
    return load_pem_public_key(pem.encode("ascii") if isinstance(pem, str) else pem)


def _ms_timestamp(moment: dt.datetime) -> str:
    """Elixir `DateTime.to_string` of a millisecond time: `2025-09-18 16:02:06.123Z`."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.") + (
        f"{moment.microsecond // 1000:03d}Z"
    )


def _accepts_json(values: list[str]) -> bool:
    ranges = [part.split(";")[0].strip().lower() for v in values for part in v.split(",")]
    ranges = [x for x in ranges if x]
    return not ranges or any(x in _JSON_RANGES for x in ranges)


class PairingApi:
    def __init__(
        self,
        registry: DeviceRegistry,
        ca: CertificateAuthority,
        *,
        compat: Compat,
        version: str,
        broker_url: str,
        cert_lifetime: dt.timedelta,
    ) -> None:
        self.registry = registry
        self.ca = ca
        self.compat: Compat = compat
        self.version = version
        self.broker_url = broker_url
        self.cert_lifetime = cert_lifetime
        self.healthy = True
        self._keys: dict[str, PublicKeyTypes | None] = {}
        self._keys_lock = threading.Lock()
        self.status_counts: Counter[int] = Counter()
        self._counts_lock = threading.Lock()

    # --- realms ---------------------------------------------------------------------------

    def set_realm(self, name: str, public_key_pem: str | bytes | None) -> None:
        key = _load_key(public_key_pem)
        with self._keys_lock:
            self._keys[name] = key

    def _realm_key(self, name: str) -> tuple[bool, PublicKeyTypes | None]:
        with self._keys_lock:
            return name in self._keys, self._keys.get(name)

    # --- entry point ----------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        try:
            response = self._dispatch(request)
        except Exception:
            # A crash inside the stand-in is our bug; the client sees what Phoenix would send.
            log.exception("pairing stand-in failed on %s %s", request.method, request.path)
            response = r.INTERNAL_ERROR
        with self._counts_lock:
            self.status_counts[response.status] += 1
        return response

    def _dispatch(self, request: Request) -> Response:
        segments = [s for s in request.path.split("/") if s]
        request_path = request.path
        if segments[:1] == ["pairing"]:
            segments = segments[1:]
            request_path = request.path[len("/pairing") :] or "/"
        method = "GET" if request.method == "HEAD" else request.method
        route = self._route(method, segments)
        if route is None:
            return r.NOT_FOUND
        handler, realm = route
        params = self._parse_body(request)
        if params is None:
            return r.BAD_REQUEST
        call = _Call(request, realm or "", request_path, segments, params)
        if realm is not None:
            refused = self._gate(call, method)
            if refused is not None:
                return refused
        return handler(call)

    def _gate(self, call: _Call, method: str) -> Response | None:
        """The realm_api pipeline (accepts, realm exists) and, on agent routes, the JWT."""
        if not _accepts_json(call.request.header_values("accept")):
            return r.NOT_ACCEPTABLE
        if not self.healthy:
            return r.DATABASE_DOWN
        exists, key = self._realm_key(call.realm)
        is_agent = call.raw_segments[2] == "agent"
        # v1.2 had no realm plug: an unknown realm surfaced as an auth failure.
        if not exists and not (is_agent and self.compat == "1.2"):
            return r.FORBIDDEN
        if is_agent:
            auth_path = "/".join(call.raw_segments[2:])
            outcome = authorize(call.request.header_values("authorization"), key, method, auth_path)
            if outcome is not AuthOutcome.OK:
                return r.auth_failure(outcome, method, call.request_path, self.compat)
        return None

    def _route(
        self, method: str, seg: list[str]
    ) -> tuple[Callable[[_Call], Response], str | None] | None:
        if len(seg) == 1 and method == "GET":
            root = {"version": self._version, "health": self._health, "metrics": self._metrics}
            handler = root.get(seg[0])
            return None if handler is None else (handler, None)
        if len(seg) < 3 or seg[0] != "v1":
            return None
        rest = seg[2:]
        for route_method, pattern, name in _REALM_ROUTES:
            if (
                method == route_method
                and len(rest) == len(pattern)
                and all(p in ("*", part) for p, part in zip(pattern, rest, strict=True))
            ):
                handler = getattr(self, name)
                return handler, unquote(seg[1])
        return None

    @staticmethod
    def _parse_body(request: Request) -> dict[str, Any] | None:
        """Plug.Parsers: JSON is parsed (a non-object lands under `_json`), other types ignored."""
        content_types = request.header_values("content-type")
        ctype = content_types[0].split(";")[0].strip().lower() if content_types else ""
        is_json = ctype == "application/json" or ctype.endswith("+json")
        if not is_json or not request.body.strip():
            return {}
        try:
            value = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        return value if isinstance(value, dict) else {"_json": value}

    # --- root and realm info ----------------------------------------------------------------

    def _version(self, call: _Call) -> Response:
        return r.json_response(200, {"data": self.version})

    def _health(self, call: _Call) -> Response:
        return r.empty(200 if self.healthy else 503)

    def _metrics(self, call: _Call) -> Response:
        lines = ["# TYPE pairing_http_responses_total counter"]
        with self._counts_lock:
            counts = sorted(self.status_counts.items())
        lines += [
            f'pairing_http_responses_total{{status="{status}"}} {count}' for status, count in counts
        ]
        lines.append("# TYPE pairing_registered_devices gauge")
        with self.registry.state.lock:
            for name, rows in sorted(self.registry.state.realms.items()):
                lines.append(f'pairing_registered_devices{{realm="{name}"}} {len(rows.devices)}')
        body = ("\n".join(lines) + "\n").encode("utf-8")
        return Response(200, body, "text/plain; version=0.0.4; charset=utf-8")

    # --- agent API -----------------------------------------------------------------------

    @staticmethod
    def _data(call: _Call) -> dict[str, Any] | None:
        data = call.params.get("data")
        return data if isinstance(data, dict) else None

    def _register(self, call: _Call) -> Response:
        data = self._data(call)
        if data is None:
            return r.BAD_REQUEST
        checked = validate_register(data)
        if isinstance(checked, dict):
            return r.field_errors(checked)
        if checked.introspection is None:
            # `"initial_introspection": null` passes the changeset and crashes the engine:
            # https://github.com/astarte-platform/astarte/blob/5854375e708193aabde5b29f52353c5f37a24d52/apps/astarte_pairing/lib/astarte_pairing/agent/agent.ex#L44
            return r.INTERNAL_ERROR
        result = self.registry.register(
            call.realm, checked.device.canonical, checked.introspection or Introspection()
        )
        if result is RegisterError.ALREADY_REGISTERED:
            return r.already_registered(self.compat)
        if isinstance(result, RegisterError):
            return r.backend_error(result.value, self.compat)
        return r.json_response(201, {"data": {"credentials_secret": result}})

    def _unregister(self, call: _Call) -> Response:
        decoded = decode_device_id(unquote(call.raw_segments[4]), allow_extended=False)
        if decoded is None:
            return r.INTERNAL_ERROR
        if not self.registry.unregister(call.realm, decoded.canonical):
            return r.DEVICE_NOT_FOUND
        return r.empty(204)

    # --- device API ----------------------------------------------------------------------

    def _device(self, call: _Call) -> str | Response:
        """Astarte's order: secret header present, id decodes, row exists, secret matches."""
        secret = bearer_token(call.request.header_values("authorization"))
        if secret is None:
            return r.UNAUTHORIZED
        decoded = decode_device_id(unquote(call.raw_segments[3]), allow_extended=True)
        if decoded is None:
            return r.INTERNAL_ERROR
        check = self.registry.authenticate(call.realm, decoded.canonical, secret)
        if check is DeviceCheck.NOT_FOUND:
            return r.DEVICE_NOT_FOUND
        if check is DeviceCheck.FORBIDDEN:
            return r.FORBIDDEN
        return decoded.canonical

    def _info(self, call: _Call) -> Response:
        device_id = self._device(call)
        if isinstance(device_id, Response):
            return device_id
        row = self.registry.row_copy(call.realm, device_id)
        if row is None:
            return r.DEVICE_NOT_FOUND
        return r.json_response(
            200,
            {
                "data": {
                    "version": self.version,
                    "status": row.status,
                    "protocols": {PROTOCOL: {"broker_url": self.broker_url}},
                }
            },
        )

    def _device_post(
        self, call: _Call, validate: Callable[[dict[str, Any]], _T | Errors]
    ) -> tuple[str, _T] | Response:
        """The credentials routes: clause match (400), secret header (401), changeset (422),
        then the device checks."""
        data = self._data(call) if unquote(call.raw_segments[5]) == PROTOCOL else None
        if data is None:
            return r.BAD_REQUEST
        if bearer_token(call.request.header_values("authorization")) is None:
            return r.UNAUTHORIZED
        checked = validate(data)
        if isinstance(checked, dict):
            return r.field_errors(checked)
        device_id = self._device(call)
        if isinstance(device_id, Response):
            return device_id
        return device_id, checked

    def _credentials(self, call: _Call) -> Response:
        checked = self._device_post(call, validate_csr)
        if isinstance(checked, Response):
            return checked
        device_id, csr = checked
        row = self.registry.row_copy(call.realm, device_id)
        if row is None:
            return r.DEVICE_NOT_FOUND
        if row.inhibit_credentials_request:
            return r.backend_error("credentials_request_inhibited", self.compat)
        cert = self.ca.sign_device_csr(csr, f"{call.realm}/{device_id}", self.cert_lifetime)
        self.registry.record_credentials(
            call.realm,
            device_id,
            format(cert.serial_number, "x"),
            self.ca.authority_key_id(),
            call.request.client_ip,
        )
        pem = cert.public_bytes(Encoding.PEM).decode("ascii")
        return r.json_response(201, {"data": {"client_crt": pem}})

    def _verify(self, call: _Call) -> Response:
        checked = self._device_post(call, validate_client_crt)
        if isinstance(checked, Response):
            return checked
        device_id, crt = checked
        row = self.registry.row_copy(call.realm, device_id)
        revoked = frozenset(int(s, 16) for s in row.revoked_serials) if row else frozenset()
        result = self.ca.verify(crt, revoked)
        now = _ms_timestamp(dt.datetime.now(dt.UTC))
        payload: dict[str, Any] = {"valid": result.valid, "timestamp": now}
        if result.valid and result.until is not None:
            payload["until"] = _ms_timestamp(result.until)
        else:
            payload["cause"] = result.cause
            payload["details"] = None
        return r.json_response(200, {"data": payload})
