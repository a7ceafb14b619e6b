"""How the Pairing client's calls travel: one attempt at a time, retried only when safe.

`PairingTransport` owns the keep-alive connections of one target and turns each call into
attempts: the authorization header (a token for the call's scope, or the device's secret), the
whole-attempt bound, the size cap on answers, the mapping of network failures to `Unreachable`
with what to check, and the retries after connection errors, timeouts, 5xx and 429 with their
backoff. Requests travel through `station.net.keepalive` (the standard library's http.client,
a third of httpx's CPU per registration); a target with a proxy, and the tests' mock transports,
go through `httpx.Client`. Both raise httpx's exceptions and return `httpx.Response`, so
everything below the exchange is one code path. Which calls may be retried, and why repeating
a registration is safe, is the API's decision, explained in `station.pairing.client`.

`CallPermit` is one of the target's places for a call that costs the server a bcrypt hash
(register, device info), waited for with the caller's cancel and deadline.
"""

from __future__ import annotations

import errno
import json as _json
import logging
import random
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from station import __version__
from station.cancel import CancelToken, Deadline
from station.net.deadline_io import bounded_transport, request_deadline
from station.net.keepalive import BodyTooLarge, KeepAlivePool
from station.pairing.errors import (
    MissingToken,
    PairingError,
    ResponseTooLarge,
    SecretRejected,
    Unreachable,
)
from station.pairing.responses import MAX_RETRY_AFTER, Call, is_retryable, retry_after
from station.pairing.tls import find_ssl_error, make_ssl_context, tls_error
from station.pairing.tokens import TokenScope, TokenSource
from station.secret import Secret
from station.text import Text

log = logging.getLogger(__name__)

BACKOFF_FIRST = 0.5
BACKOFF_MAX = 5.0
#: The least time worth starting an attempt with, after a wait the server asked for.
MIN_ATTEMPT = 1.0
#: Idle connections older than this are not reused. Longer than a line's cycle (about 30 s), so
#: each batch finds the connections the last one left instead of paying a TLS handshake per
#: slot; shorter than the 60 s after which Astarte's endpoint drops them. A connection the
#: server closed sooner is seen closed before it is reused, and a new one is opened.
KEEPALIVE_EXPIRY = 50.0
#: Pairing's answers are a few hundred bytes; anything this large is not Pairing talking.
MAX_RESPONSE = 1024 * 1024
#: Headers that describe the body as it travelled; the body handed on is already decoded.
_BODY_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding"})
NEVER_CANCELLED = CancelToken()


class PairingTransport:
    """The network side of one target's client; thread-safe."""

    def __init__(
        self,
        *,
        base_url: str,
        host: str,
        tokens: TokenSource,
        ca_bundle: Path | None,
        timeout: float,
        retries: int,
        connections: int,
        proxy: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._host = host
        self._tokens = tokens
        self._ca_bundle = ca_bundle
        self._timeout = timeout
        self._retries = retries
        headers = {
            "Accept": "application/json",
            # Uncompressed, the size cap applies to what is held in memory; Pairing's
            # answers are too small for compression to matter.
            "Accept-Encoding": "identity",
            "User-Agent": f"provisioning-station/{__version__}",
        }
        self._pool: KeepAlivePool | None = None
        self._http: httpx.Client | None = None
        if transport is None and proxy is None:
            self._pool = KeepAlivePool(
                base_url,
                ssl_context=make_ssl_context(ca_bundle),
                connections=connections,
                keepalive_expiry=KEEPALIVE_EXPIRY,
                headers=headers,
            )
            return
        if transport is None:
            # trust_env=False: no ~/.netrc credentials or stray proxy variables; a plant proxy
            # is configured per target.
            transport = bounded_transport(
                verify=make_ssl_context(ca_bundle),
                limits=httpx.Limits(
                    max_connections=connections,
                    max_keepalive_connections=connections,
                    keepalive_expiry=KEEPALIVE_EXPIRY,
                ),
                proxy=proxy,
                trust_env=False,
            )
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout),
            headers=headers,
            trust_env=False,
            transport=transport,
            follow_redirects=False,
        )

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        if self._http is not None:
            self._http.close()

    def send(
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
        cancel = cancel or NEVER_CANCELLED
        deadline = deadline or Deadline.never()
        attempts = 1 + self._retries
        for attempt in range(1, attempts + 1):
            cancel.check()
            timeout = min(self._timeout, deadline.remaining())
            if timeout <= 0:
                raise Unreachable(
                    Text.of("pairing.no_time", what=call.what),
                    Text.of("pairing.no_time.action"),
                )
            headers = _authorization(scope, secret, self._tokens.token)
            started = time.monotonic()
            try:
                bound = deadline.sooner(timeout)
                if self._pool is not None:  # the pool bounds each socket operation itself
                    response = self._exchange(
                        call, method, url, json=json, bound=bound, timeout=timeout, headers=headers
                    )
                else:
                    with request_deadline(bound):
                        response = self._exchange(
                            call,
                            method,
                            url,
                            json=json,
                            bound=bound,
                            timeout=timeout,
                            headers=headers,
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
        bound: Deadline,
        timeout: float,
        headers: dict[str, str],
    ) -> httpx.Response:
        """One request, its answer read whole but never beyond `MAX_RESPONSE` bytes."""
        if self._pool is not None:
            payload = None
            if json is not None:
                payload = _json.dumps(json, separators=(",", ":")).encode()
                headers = {**headers, "Content-Type": "application/json"}
            try:
                return self._pool.request(
                    method,
                    url,
                    headers=headers,
                    body=payload,
                    deadline=bound,
                    max_body=MAX_RESPONSE,
                )
            except BodyTooLarge as exc:
                raise self._too_large(call, exc.status) from None
        assert self._http is not None
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
            Text.of(
                "pairing.too_large",
                what=call.what,
                host=self._host,
                status=status,
                mib=MAX_RESPONSE // 1024 // 1024,
            ),
            Text.of("pairing.too_large.action"),
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
        act = Text.of("pairing.network.action")
        what = call.what
        if isinstance(exc, httpx.ConnectTimeout):
            return Unreachable(
                Text.of("pairing.connect_timeout", what=what, host=host, timeout=timeout), act
            )
        if isinstance(exc, httpx.PoolTimeout):
            return Unreachable(
                Text.of("pairing.pool_timeout", what=what, host=host, timeout=timeout),
                Text.of("pairing.pool_timeout.action"),
            )
        if isinstance(exc, httpx.TimeoutException):
            late = (
                "pairing.read_timeout.register"
                if call.operation == "register"
                else ("pairing.read_timeout")
            )
            return Unreachable(Text.of(late, what=what, host=host, timeout=timeout), act)
        cause = _root_os_error(exc)
        if isinstance(cause, socket.gaierror):
            return Unreachable(
                Text.of("pairing.dns", what=what, host=host), Text.of("pairing.dns.action")
            )
        if isinstance(cause, ConnectionRefusedError):
            return Unreachable(
                Text.of("pairing.refused", what=what, host=host),
                Text.of("pairing.refused.action"),
            )
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return Unreachable(Text.of("pairing.no_route", what=what, host=host), act)
        if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
            return Unreachable(Text.of("pairing.dropped", what=what, host=host), act)
        return Unreachable(
            Text.of("pairing.unreachable", what=what, host=host, kind=type(exc).__name__), act
        )


def _header_safe(value: str) -> bool:
    # Anything else makes an invalid header rather than a 401, and httpx's encoding error
    # would carry the whole value in its `object` attribute (`value.encode(encoding or
    # "ascii")`, https://github.com/encode/httpx/blob/0.28.1/httpx/_models.py#L82).
    return bool(value) and value.isascii() and value.isprintable() and " " not in value


def _authorization(
    scope: TokenScope | None, secret: Secret | None, token: Callable[[TokenScope], str]
) -> dict[str, str]:
    if secret is not None:
        if not _header_safe(secret.reveal()):
            # Astarte's secrets are base64: Pairing could only refuse this one.
            raise SecretRejected(
                Text.of("pairing.secret_not_base64"), Text.of("pairing.secret_not_base64.action")
            )
        return {"Authorization": f"Bearer {secret.reveal()}"}
    if scope is not None:
        value = token(scope)
        if not _header_safe(value):
            raise MissingToken(
                Text.of("pairing.token_malformed"), Text.of("pairing.token_malformed.action")
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


class CallPermit:
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
                    Text.of("pairing.places_busy", what=self._call.what),
                    Text.of("pairing.places_busy.action"),
                    error_class="busy",
                )

    def __exit__(self, *exc: object) -> None:
        self._semaphore.release()
