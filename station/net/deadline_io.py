"""Socket reads and writes bounded by the deadline of the request the calling thread is making.

httpx's timeouts bound each connect, read and write on its own: a server (or a proxy) that
sends one byte every few hundred milliseconds never trips them, and one request can take
minutes while a slot waits (httpx has no total timeout yet, see
https://github.com/encode/httpx/issues/1450). Wrapping httpcore's network backend puts the
bound where the time is spent: every socket operation gets at most what is left of the
request's `Deadline`, and once none is left the next one fails as a timeout, however the
answer is paced.

The deadline is a context variable set around one request, so a keep-alive connection opened
for one slot's request and reused by another's is bounded by whichever request uses it now.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from station.cancel import Deadline

_deadline: ContextVar[Deadline | None] = ContextVar("request_deadline", default=None)


@contextmanager
def request_deadline(deadline: Deadline) -> Iterator[None]:
    """Bound every socket operation of the requests made inside the block by `deadline`."""
    token = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(token)


def _bounded(timeout: float | None, timeout_error: type[Exception]) -> float | None:
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline.remaining()
    if left <= 0:
        raise timeout_error("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


class _BoundedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _BoundedBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(
            self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bounded_transport(**options: Any) -> httpx.HTTPTransport:
    """An `httpx.HTTPTransport` (same options) whose socket I/O obeys `request_deadline`.

    httpx does not take a network backend as an option (it builds its pool without one:
    https://github.com/encode/httpx/blob/0.28.1/httpx/_transports/default.py#L156), so the
    backend the pool keeps is wrapped in place:
    https://github.com/encode/httpcore/blob/1.0.9/httpcore/_sync/connection_pool.py#L113
    If a release of httpx/httpcore moved it, this fails here, at start-up, rather than leaving
    requests unbounded.
    """
    pooled = httpx.HTTPTransport(**options)
    pool = getattr(pooled, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(backend, httpcore.NetworkBackend):
        pooled.close()
        raise RuntimeError(
            "this httpx/httpcore release keeps its network backend elsewhere; request "
            "deadlines cannot be enforced"
        )
    pool._network_backend = _BoundedBackend(backend)  # type: ignore[union-attr]
    return pooled
