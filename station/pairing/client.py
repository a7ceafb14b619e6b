"""The Pairing API client one target uses, shared by all slot threads.

One keep-alive `httpx.Client` per target: a TLS handshake per registration would cost more than
the registration itself. TLS is always verified. A semaphore bounds registrations in flight,
because each one costs the server a bcrypt hash (cost 12: 0.1-0.3 s of its CPU).

Retries happen only after connection errors, timeouts, 5xx and 429, and only for calls that
are safe to repeat:
- register: repeating it is safe *because only the latest secret counts*. While a device is
  pending, every registration mints a new secret and kills the previous one, and a device can
  only become confirmed by using a secret, which it cannot have before we write it. So after a
  lost answer the station registers again and burns the secret of the last answer it received.
  Callers must never register the same device from two threads at once.
- unregister is idempotent (204 every time); device info, health and version only read.
4xx answers are never retried: repeating them cannot change the outcome, with one exception.

429 is retried although it is a 4xx. It comes from the ingress in front of Pairing (nginx's
rate limit), not from Pairing: the request was turned away before Pairing saw it, so nothing
happened and asking again later is the intended response, and were it ever after the fact,
re-registering a pending device is safe as above. The wait is the server's Retry-After (seconds
or an HTTP date), else the usual backoff. A Retry-After longer than `MAX_RETRY_AFTER` or than
what the call's deadline leaves ends the retries at once with `RateLimited`: waiting would only
end in a timeout, and the slot's operator learns sooner that the ingress is throttling.

Each attempt is bounded as a whole by `timeout` (see `deadline_io`), each call by its deadline.
"""

from __future__ import annotations

import errno
import logging
import random
import re
import socket
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

from station import __version__
from station.cancel import CancelToken, Deadline
from station.errors import ConfigError
from station.pairing.deadline_io import bounded_transport, request_deadline
from station.pairing.device_id import validate_device_id
from station.pairing.errors import (
    MissingToken,
    PairingError,
    ResponseTooLarge,
    SecretRejected,
    UnexpectedResponse,
    Unreachable,
    ValidationFailed,
)
from station.pairing.responses import (
    MAX_RETRY_AFTER,
    Call,
    DeviceInfo,
    DeviceStatus,
    error_body,
    error_for,
    field_messages,
    is_retryable,
    parse_device_info,
    parse_secret,
    parse_version,
    retry_after,
)
from station.pairing.tls import find_ssl_error, make_ssl_context, tls_error
from station.pairing.tokens import TokenScope, TokenSource
from station.secret import Secret

__all__ = ["DeviceInfo", "DeviceStatus", "PairingClient"]

log = logging.getLogger(__name__)

REALM_NAME = re.compile(r"[a-z][a-z0-9]{0,47}")
BACKOFF_FIRST = 0.5
BACKOFF_MAX = 5.0
#: The least time worth starting an attempt with, after a wait the server asked for.
MIN_ATTEMPT = 1.0
#: Idle connections older than this are not reused; Astarte's endpoint drops them after 60 s.
KEEPALIVE_EXPIRY = 20.0
#: Pairing's answers are a few hundred bytes; anything this large is not Pairing talking.
MAX_RESPONSE = 1024 * 1024
#: Headers that describe the body as it travelled; the body handed on is already decoded.
_BODY_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding"})
_NEVER_CANCELLED = CancelToken()


def normalize_base_url(base_url: str) -> str:
    """The Pairing base URL without a trailing slash; `/v1/...` is appended per call."""
    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, TypeError):
        url = None
    fix = (
        "Write it as https://api.<your-domain>/pairing (through the Astarte ingress) or "
        "http://<host>:4003 (the Pairing service directly)."
    )
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise ConfigError(f"{base_url!r} is not a Pairing URL.", fix)
    if url.userinfo:
        raise ConfigError("The Pairing URL must not contain a user name or password.", fix)
    if url.query or url.fragment:
        raise ConfigError(f"The Pairing URL {base_url!r} has a query or fragment.", fix)
    path = url.path.rstrip("/")
    if path.endswith("/v1") or "/v1/" in path:
        raise ConfigError(
            f"The Pairing URL {base_url!r} already contains /v1.",
            "Leave out /v1 and the realm: the station adds them. " + fix,
        )
    return str(url.copy_with(path=path or "/")).rstrip("/")


def validate_realm(realm: str) -> str:
    if not isinstance(realm, str) or not REALM_NAME.fullmatch(realm):
        raise ConfigError(
            f"{realm!r} is not a valid Astarte realm name.",
            "A realm name is lower-case letters and digits, starting with a "
            "letter, at most 48 characters.",
        )
    return realm


def _introspection_body(introspection: Mapping[str, tuple[int, int]]) -> dict[str, Any]:
    """Pairing's `{"<iface>": {"major": M, "minor": m}}` form.

    Only the shape is checked here (it could not be sent otherwise); the values are Pairing's
    to judge, so a negative version comes back as its own 422 with the field message.
    """
    body: dict[str, Any] = {}
    bad: list[str] = []
    for name, version in introspection.items():
        if (
            isinstance(name, str)
            and name
            and isinstance(version, tuple | list)
            and len(version) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in version)
        ):
            body[name] = {"major": version[0], "minor": version[1]}
        else:
            bad.append(f"has invalid format for interface {name}")
    if bad:
        raise ValidationFailed(
            "The initial introspection is invalid: " + "; ".join(bad) + ".",
            "Every interface needs a name and a (major, minor) pair of integers.",
            fields={"initial_introspection": bad},
        )
    return body


class PairingClient:
    """Pairing API calls for one realm on one Astarte; thread-safe; use as a context manager."""

    def __init__(
        self,
        *,
        base_url: str,
        realm: str,
        tokens: TokenSource,
        ca_bundle: Path | None = None,
        timeout: float = 10.0,
        max_in_flight: int = 4,
        retries: int = 2,
        proxy: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """`timeout` bounds each attempt as a whole (connecting, TLS, sending and the complete
        answer, however slowly it arrives), not each step; a call's `deadline` bounds all its
        attempts and the waits between them.

        `transport` replaces the whole network layer, TLS and the per-attempt bound included:
        tests only (a mock, or one built with `make_ssl_context`); production code leaves it
        None so that the verified context below is the only way out."""
        if timeout <= 0 or max_in_flight < 1 or retries < 0:
            raise ValueError("timeout must be > 0, max_in_flight >= 1, retries >= 0")
        self.base_url = normalize_base_url(base_url)
        self.realm = validate_realm(realm)
        self._tokens = tokens
        self._ca_bundle = ca_bundle
        self._timeout = timeout
        self._retries = retries
        self._in_flight = threading.BoundedSemaphore(max_in_flight)
        self._host = httpx.URL(self.base_url).host
        if transport is None:
            # trust_env=False: no ~/.netrc credentials or stray proxy variables; a plant proxy
            # is configured per target.
            transport = bounded_transport(
                verify=make_ssl_context(ca_bundle),
                limits=httpx.Limits(
                    max_connections=max_in_flight + 2,
                    max_keepalive_connections=max_in_flight + 2,
                    keepalive_expiry=KEEPALIVE_EXPIRY,
                ),
                proxy=proxy,
                trust_env=False,
            )
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout),
            headers={
                "Accept": "application/json",
                # Uncompressed, the size cap applies to what is held in memory; Pairing's
                # answers are too small for compression to matter.
                "Accept-Encoding": "identity",
                "User-Agent": f"provisioning-station/{__version__}",
            },
            trust_env=False,
            transport=transport,
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"PairingClient(base_url={self.base_url!r}, realm={self.realm!r})"

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- API ---------------------------------------------------------------------------------

    def _agent_url(self, device_id: str | None = None) -> str:
        url = f"{self.base_url}/v1/{self.realm}/agent/devices"
        return url if device_id is None else f"{url}/{device_id}"

    def register(
        self,
        device_id: str,
        *,
        initial_introspection: Mapping[str, tuple[int, int]] | None = None,
        deadline: Deadline | None = None,
        cancel: CancelToken | None = None,
    ) -> Secret:
        """Register `device_id` and return its new credentials secret.

        Raises `AlreadyRegistered` once the device has used a secret. Never call it for the
        same device from two threads at once: only the last secret returned works.
        """
        device_id = validate_device_id(device_id)
        data: dict[str, Any] = {"hw_id": device_id}
        # Astarte crashes on "initial_introspection": null; leave the key out instead.
        if initial_introspection:
            data["initial_introspection"] = _introspection_body(initial_introspection)
        call = Call("register", self.realm, device_id)
        with self._slot(call, deadline, cancel):
            response = self._send(
                call,
                "POST",
                self._agent_url(),
                json={"data": data},
                scope=TokenScope.register(),
                deadline=deadline,
                cancel=cancel,
            )
        if response.status_code not in (200, 201):
            raise error_for(response, call)
        secret = parse_secret(response, call)
        log.info(
            "registered device %s in realm %s (secret %s)",
            device_id,
            self.realm,
            secret.fingerprint[:12],
        )
        return secret

    def unregister(
        self,
        device_id: str,
        *,
        deadline: Deadline | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        """Make the device registrable again (a supervisor's rework); idempotent."""
        device_id = validate_device_id(device_id)
        call = Call("unregister", self.realm, device_id)
        response = self._send(
            call,
            "DELETE",
            self._agent_url(device_id),
            scope=TokenScope.unregister(device_id),
            deadline=deadline,
            cancel=cancel,
        )
        if response.status_code not in (200, 204):
            raise error_for(response, call)
        log.info("unregistered device %s in realm %s", device_id, self.realm)

    def device_info(
        self,
        device_id: str,
        secret: Secret,
        *,
        deadline: Deadline | None = None,
        cancel: CancelToken | None = None,
    ) -> DeviceInfo:
        """The device's status as Pairing sees it with `secret`, without using the secret up.

        Raises `SecretRejected` if Pairing does not accept this secret.
        """
        device_id = validate_device_id(device_id)
        call = Call("device_info", self.realm, device_id)
        url = f"{self.base_url}/v1/{self.realm}/devices/{device_id}"
        with self._slot(call, deadline, cancel):
            response = self._send(call, "GET", url, secret=secret, deadline=deadline, cancel=cancel)
        if response.status_code != 200:
            raise error_for(response, call)
        return parse_device_info(response, call)

    def health(self) -> bool:
        """True if Pairing reports healthy (200), False if it reports unhealthy (503)."""
        call = Call("health", self.realm)
        response = self._send(call, "GET", f"{self.base_url}/health", retry_statuses=False)
        if response.status_code == 200:
            return True
        if response.status_code == 503:
            return False
        raise error_for(response, call)

    def version(self) -> str:
        call = Call("version", self.realm)
        response = self._send(call, "GET", f"{self.base_url}/version")
        if response.status_code != 200:
            raise error_for(response, call)
        return parse_version(response, call)

    def probe_auth(self) -> None:
        """Prove the URL, realm and token work, registering nothing ("Test connection").

        Sends a registration with an empty hw_id. Pairing checks the realm and the token before
        it validates the body, so the 422 "can't be blank" answer can only come after both were
        accepted; any other answer raises its typed error.
        """
        call = Call("probe", self.realm)
        response = self._send(
            call,
            "POST",
            self._agent_url(),
            json={"data": {"hw_id": ""}},
            scope=TokenScope.register(),
        )
        if response.status_code == 422 and "hw_id" in field_messages(error_body(response)):
            return
        if response.status_code in (200, 201):
            raise UnexpectedResponse(
                "Testing the connection: the server accepted a registration with an empty "
                "device ID, which Astarte Pairing never does.",
                "Check that the Pairing URL points at Astarte Pairing.",
                status=response.status_code,
            )
        raise error_for(response, call)

    # -- plumbing ----------------------------------------------------------------------------

    def _slot(self, call: Call, deadline: Deadline | None, cancel: CancelToken | None) -> _Slot:
        return _Slot(self._in_flight, call, deadline, cancel or _NEVER_CANCELLED)

    def _send(
        self,
        call: Call,
        method: str,
        url: str,
        *,
        json: Any = None,
        scope: TokenScope | None = None,
        secret: Secret | None = None,
        deadline: Deadline | None = None,
        cancel: CancelToken | None = None,
        retry_statuses: bool = True,
    ) -> httpx.Response:
        cancel = cancel or _NEVER_CANCELLED
        deadline = deadline or Deadline.never()
        attempts = 1 + self._retries
        for attempt in range(1, attempts + 1):
            cancel.check()
            timeout = min(self._timeout, deadline.remaining())
            if timeout <= 0:
                raise Unreachable(
                    f"{call.what}: no time was left to reach Pairing.",
                    "Check the network and the Pairing URL, then retry.",
                )
            headers = _authorization(scope, secret, self._tokens.token)
            started = time.monotonic()
            try:
                with request_deadline(deadline.sooner(timeout)):
                    response = self._exchange(
                        call, method, url, json=json, timeout=timeout, headers=headers
                    )
            except httpx.TransportError as exc:
                ssl_exc = find_ssl_error(exc)
                if ssl_exc is not None:
                    raise tls_error(ssl_exc, host=self._host, ca_bundle=self._ca_bundle) from None
                error = self._unreachable(exc, call, timeout)
                log.warning(
                    "%s: attempt %d/%d failed: %s", call.what, attempt, attempts, error.message
                )
                if attempt == attempts:
                    raise error from None
                self._backoff(attempt, None, deadline, cancel)
                continue
            log.debug(
                "%s %s -> %d in %.0f ms (attempt %d)",
                method,
                url,
                response.status_code,
                1000 * (time.monotonic() - started),
                attempt,
            )
            if retry_statuses and is_retryable(response) and attempt < attempts:
                log.warning(
                    "%s: attempt %d/%d got %d, retrying",
                    call.what,
                    attempt,
                    attempts,
                    response.status_code,
                )
                wait = retry_after(response) if response.status_code == 429 else None
                if wait is not None and wait > min(
                    MAX_RETRY_AFTER, deadline.remaining() - MIN_ATTEMPT
                ):
                    log.warning(
                        "%s: Retry-After %g s is beyond what the call may wait; not retrying",
                        call.what,
                        wait,
                    )
                    return response
                response.close()
                self._backoff(attempt, wait, deadline, cancel)
                continue
            return response
        raise AssertionError("unreachable: the loop returns or raises")

    def _exchange(
        self,
        call: Call,
        method: str,
        url: str,
        *,
        json: Any,
        timeout: float,
        headers: dict[str, str],
    ) -> httpx.Response:
        """One request, its answer read whole but never beyond `MAX_RESPONSE` bytes."""
        request = self._http.build_request(method, url, json=json, timeout=timeout, headers=headers)
        streamed = self._http.send(request, stream=True)
        try:
            declared = streamed.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_RESPONSE:
                raise self._too_large(call, streamed.status_code)
            body = bytearray()
            for chunk in streamed.iter_bytes():
                body += chunk
                if len(body) > MAX_RESPONSE:
                    raise self._too_large(call, streamed.status_code)
        finally:
            streamed.close()
        kept = [
            (name, value)
            for name, value in streamed.headers.multi_items()
            if name.lower() not in _BODY_FRAMING
        ]
        return httpx.Response(
            streamed.status_code, headers=kept, content=bytes(body), request=request
        )

    def _too_large(self, call: Call, status: int) -> ResponseTooLarge:
        return ResponseTooLarge(
            f"{call.what}: the answer from {self._host} ({status}) is larger than "
            f"{MAX_RESPONSE // 1024 // 1024} MiB; no Pairing answer is, so it was not read.",
            "Check that the Pairing URL points at Astarte Pairing: another service or a "
            "proxy's page is answering.",
            status=status,
        )

    @staticmethod
    def _backoff(attempt: int, wait: float | None, deadline: Deadline, cancel: CancelToken) -> None:
        if wait is None:
            wait = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** (attempt - 1))
            wait *= 0.75 + random.random() / 2  # noqa: S311 - jitter, not security
        wait = min(wait, max(0.0, deadline.remaining() - 0.1))
        if cancel.wait(wait):
            cancel.check()

    def _unreachable(  # noqa: PLR0911 - one message per network failure
        self, exc: httpx.TransportError, call: Call, timeout: float
    ) -> Unreachable:
        host = self._host
        act = "Check the network cable, the PC's network settings and the Pairing URL."
        if isinstance(exc, httpx.ConnectTimeout):
            return Unreachable(
                f"{call.what}: {host} did not accept a connection within {timeout:g} s.", act
            )
        if isinstance(exc, httpx.PoolTimeout):
            return Unreachable(
                f"{call.what}: no connection to {host} became free within {timeout:g} s.",
                "Lower the number of slots working at once.",
            )
        if isinstance(exc, httpx.TimeoutException):
            unknown = (
                " The registration may or may not have happened; registering again is "
                "safe because only the latest secret counts."
                if call.operation == "register"
                else ""
            )
            return Unreachable(
                f"{call.what}: {host} did not answer in time (no complete reply within "
                f"{timeout:g} s).{unknown}",
                act,
            )
        cause = _root_os_error(exc)
        if isinstance(cause, socket.gaierror):
            return Unreachable(
                f"{call.what}: the host name {host} could not be resolved (DNS).",
                "Check the Pairing URL's host name and this PC's DNS settings.",
            )
        if isinstance(cause, ConnectionRefusedError):
            return Unreachable(
                f"{call.what}: {host} refused the connection (nothing listens on that port).",
                "Check the port in the Pairing URL and that Pairing is running.",
            )
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return Unreachable(f"{call.what}: there is no network route to {host}.", act)
        if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
            return Unreachable(
                f"{call.what}: the connection to {host} was dropped mid-request.", act
            )
        return Unreachable(f"{call.what}: could not reach {host} ({type(exc).__name__}).", act)


def _header_safe(value: str) -> bool:
    # Anything else makes an invalid header rather than a 401, and httpx's encoding error
    # would carry the whole value in its `object` attribute.
    return bool(value) and value.isascii() and value.isprintable() and " " not in value


def _authorization(
    scope: TokenScope | None, secret: Secret | None, token: Callable[[TokenScope], str]
) -> dict[str, str]:
    if secret is not None:
        if not _header_safe(secret.reveal()):
            # Astarte's secrets are base64: Pairing could only refuse this one.
            raise SecretRejected(
                "The credentials secret is not base64 text, so it cannot be an Astarte secret; "
                "nothing was sent.",
                "The device holds a record the station did not write: set it aside for the "
                "supervisor.",
            )
        return {"Authorization": f"Bearer {secret.reveal()}"}
    if scope is not None:
        value = token(scope)
        if not _header_safe(value):
            raise MissingToken(
                "The target's token source gave an empty or malformed token; nothing was sent.",
                "Check the target's token settings (station target set-token, or the token "
                "command's output).",
            )
        return {"Authorization": f"Bearer {value}"}
    return {}


def _root_os_error(exc: BaseException) -> OSError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    found: OSError | None = None
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError):
            found = current
        current = current.__cause__ or current.__context__
    return found


class _Slot:
    """One of `max_in_flight` places for a server-expensive call, waited for with cancel."""

    def __init__(
        self,
        semaphore: threading.BoundedSemaphore,
        call: Call,
        deadline: Deadline | None,
        cancel: CancelToken,
    ) -> None:
        self._semaphore = semaphore
        self._call = call
        self._deadline = deadline or Deadline.never()
        self._cancel = cancel

    def __enter__(self) -> None:
        while not self._semaphore.acquire(timeout=CancelToken.POLL):
            self._cancel.check()
            if self._deadline.expired:
                raise PairingError(
                    f"{self._call.what}: every registration place for this target stayed busy "
                    "until the deadline.",
                    "Retry; if it persists, Pairing is answering slowly.",
                    error_class="busy",
                )

    def __exit__(self, *exc: object) -> None:
        self._semaphore.release()
