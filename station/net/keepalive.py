"""HTTP/1.1 to one origin over a few keep-alive connections, each request bounded as a whole.

Why not httpx here: on the Pairing client's hot path httpx (with httpcore and h11) costs about
1.4 ms of CPU per registration on a keep-alive connection, the standard library's http.client
about 0.4 ms on the same connection (bench/pairing_bench.py prints the figures). The request
itself is written here, its fixed header lines built once per pool, and leaves in one write;
the answer is read by `station.net.answer`, and http.client only holds the connection. With 16
to 64 slots registering at once on a two-core station PC, that CPU is taken from the slots'
serial lines and the operator screen.

What httpx gave the client is kept:
- TLS with the caller's verified `ssl.SSLContext` (no other way to build a connection);
- keep-alive: idle connections are reused, newest first, unless older than `keepalive_expiry`
  or closed by the server meanwhile (a readable idle socket is a closed one);
- a total bound per request: every socket operation (connect, handshake, each send and each
  receive) gets only what is left of the request's `Deadline`, so a server that trickles its
  answer byte by byte cannot outlast it;
- at most `connections` connections at once; a request waits for one within its deadline;
- failures as httpx's exception types (`httpx.ConnectError`, `httpx.ReadTimeout`, ...) with the
  socket's or TLS error as their cause, and answers as `httpx.Response`, so that the callers'
  retries and error messages stay one code path whichever way a request travelled.

Proxies are not handled here; a caller with a proxy uses httpx.
"""

from __future__ import annotations

import http.client
import io
import re
import select
import socket
import ssl
import threading
import time
from collections.abc import Mapping
from urllib.parse import urlsplit

import httpx

from station.cancel import Deadline
from station.net.answer import Answer, BodyTooLarge, read_answer

__all__ = ["BodyTooLarge", "KeepAlivePool"]

#: Headers that describe the body as it travelled; the body handed on is whole and decoded.
_BODY_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding"})
_READ_BUFFER = 16 * 1024


class _DeadlineSocket:
    """The socket http.client talks through: each send and receive gets what is left of the
    deadline of the request the connection is serving now."""

    def __init__(self, sock: socket.socket, owner: _Connection) -> None:
        self._sock = sock
        self._owner = owner

    def _arm(self) -> None:
        left = self._owner.deadline.remaining()
        if left <= 0:
            raise TimeoutError("the request's deadline passed")
        self._sock.settimeout(left)

    def sendall(self, data: bytes) -> None:
        self._arm()
        self._sock.sendall(data)

    def recv_into(self, buffer: memoryview) -> int:
        self._arm()
        return self._sock.recv_into(buffer)

    def makefile(self, mode: str = "rb", *_: object, **__: object) -> io.BufferedReader:
        # http.client reads its answer through this file; each refill is one bounded receive.
        return io.BufferedReader(_Reader(self), _READ_BUFFER)

    def idle_closed(self) -> bool:
        """True if the server closed (or wrote on) this idle connection: it is not reusable."""
        if isinstance(self._sock, ssl.SSLSocket) and self._sock.pending():
            return True
        try:
            readable, _, _ = select.select([self._sock], [], [], 0)
        except (OSError, ValueError):
            return True
        return bool(readable)

    def close(self) -> None:
        self._sock.close()


class _Reader(io.RawIOBase):
    def __init__(self, sock: _DeadlineSocket) -> None:
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        return self._sock.recv_into(buffer)


class _Connection(http.client.HTTPConnection):
    """One keep-alive connection; TLS when given a context."""

    def __init__(self, host: str, port: int, context: ssl.SSLContext | None) -> None:
        super().__init__(host, port)
        self._context = context
        self.deadline = Deadline.never()
        self.idle_since = time.monotonic()

    def connect(self) -> None:
        left = self.deadline.remaining()
        if left <= 0:
            raise TimeoutError("the request's deadline passed")
        sock = socket.create_connection((self.host, self.port), timeout=left)
        try:
            # Headers and body leave in one write, but the next request must not wait for an
            # acknowledgement of this one (Nagle with delayed ACKs costs 40 ms per request).
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._context is not None:
                sock.settimeout(max(self.deadline.remaining(), 0.001))
                sock = self._context.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise
        self.sock = _DeadlineSocket(sock, self)

    def send_request(self, head: bytes, body: bytes | None) -> None:
        """The whole request in one write: http.client's own `request` writes headers and
        body apart, two TLS records and two system calls on each side for a few hundred
        bytes."""
        assert self.sock is not None
        self.sock.sendall(head + body if body else head)

    def read_answer(self, method: str, max_body: int) -> Answer:
        assert isinstance(self.sock, _DeadlineSocket)
        return read_answer(self.sock.makefile("rb"), method, max_body)

    def reusable(self, expiry: float) -> bool:
        sock = self.sock
        if not isinstance(sock, _DeadlineSocket):
            return True  # not connected yet
        return time.monotonic() - self.idle_since < expiry and not sock.idle_closed()


class KeepAlivePool:
    """Requests to the origin of `base_url` (http or https); thread-safe."""

    def __init__(
        self,
        base_url: str,
        *,
        ssl_context: ssl.SSLContext | None,
        connections: int,
        keepalive_expiry: float,
        headers: Mapping[str, str],
    ) -> None:
        url = urlsplit(base_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        if url.scheme == "https" and ssl_context is None:
            raise ValueError("an https origin needs an SSL context")
        self._scheme = url.scheme
        #: URLs built on the pool's own base start with this; their path needs no parsing.
        self._origin = f"{url.scheme}://{url.netloc}/"
        self._host = url.hostname
        self._port = url.port or (443 if url.scheme == "https" else 80)
        self._context = ssl_context if url.scheme == "https" else None
        self._expiry = keepalive_expiry
        self._headers = dict(headers)
        #: The header lines every request carries, built once (Host as http.client writes it).
        host = f"[{self._host}]" if ":" in self._host else self._host
        if self._port != (443 if url.scheme == "https" else 80):
            host = f"{host}:{self._port}"
        self._headers = {"Host": host, **self._headers}
        self._fixed = _header_lines(self._headers)
        self._fixed_names = frozenset(name.lower() for name in self._headers)
        self._places = threading.BoundedSemaphore(connections)
        self._idle: list[_Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        body: bytes | None,
        deadline: Deadline,
        max_body: int,
    ) -> httpx.Response:
        """One request and its whole answer; raises httpx's exceptions, or `BodyTooLarge`."""
        target = self._path(url)
        left = deadline.remaining()
        if left <= 0 or not self._places.acquire(timeout=left):
            raise httpx.PoolTimeout("no connection became free before the deadline")
        try:
            conn = self._take()
            conn.deadline = deadline
            reuse = False
            try:
                response, reuse = self._exchange(
                    conn, method, target, headers=headers, body=body, max_body=max_body
                )
            finally:
                conn.deadline = Deadline.never()
                self._give_back(conn, reuse)
        finally:
            self._places.release()
        return response

    def _exchange(
        self,
        conn: _Connection,
        method: str,
        target: str,
        *,
        headers: Mapping[str, str],
        body: bytes | None,
        max_body: int,
    ) -> tuple[httpx.Response, bool]:
        head = self._head(method, target, headers, body)
        phase = "connect"
        dropped: httpx.TransportError | None = None
        try:
            if conn.sock is None:
                conn.connect()
            phase = "write"
            conn.send_request(head, body)
            phase = "read"
            answer = conn.read_answer(method, max_body)
        except BodyTooLarge:
            raise
        except TimeoutError as exc:
            raise _TIMEOUTS[phase](str(exc) or "timed out") from exc
        except ssl.SSLError as exc:
            if phase == "connect":
                raise httpx.ConnectError(str(exc)) from exc
            # On an established connection a TLS error is a dropped connection, not a
            # certificate to check: raised below, outside this handler, so that it carries
            # no TLS error as its cause or context.
            dropped = httpx.ReadError(f"TLS error on an established connection: {exc}")
        except http.client.HTTPException as exc:
            # The server closed or garbled the connection (RemoteDisconnected, BadStatusLine,
            # IncompleteRead, LineTooLong): the request may or may not have been handled.
            raise httpx.RemoteProtocolError(str(exc) or type(exc).__name__) from exc
        except OSError as exc:
            raise _ERRORS[phase](str(exc) or type(exc).__name__) from exc
        if dropped is not None:
            raise dropped
        kept = [(k, v) for k, v in answer.headers if k.lower() not in _BODY_FRAMING]
        response = httpx.Response(answer.status, headers=kept, content=answer.body)
        return response, not answer.will_close

    def _head(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes | None
    ) -> bytes:
        """The request line and headers, the pool's own lines built once; a caller's header
        of the same name replaces the pool's."""
        if any(name.lower() in self._fixed_names for name in headers):
            fixed = b""
            replaced = {name.lower() for name in headers}
            own = {k: v for k, v in self._headers.items() if k.lower() not in replaced}
            lines = _header_lines({**own, **headers})
        else:
            fixed, lines = self._fixed, _header_lines(headers)
        if body is not None:
            length = b"Content-Length: %d\r\n" % len(body)
        else:
            # As http.client does: a method that expects a body says it has none.
            length = b"Content-Length: 0\r\n" if method in _WITH_BODY else b""
        return b"".join((_request_line(method, target), fixed, lines, length, b"\r\n"))

    def _path(self, url: str) -> str:
        if url.startswith(self._origin) and "#" not in url:
            return url[len(self._origin) - 1 :]
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        if (parts.scheme, parts.hostname, port) != (self._scheme, self._host, self._port):
            raise ValueError(f"{url!r} is not on this pool's origin")
        return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def _take(self) -> _Connection:
        stale: list[_Connection] = []
        conn: _Connection | None = None
        with self._lock:
            while self._idle:
                candidate = self._idle.pop()
                if candidate.reusable(self._expiry):
                    conn = candidate
                    break
                stale.append(candidate)
        for old in stale:
            old.close()
        return conn or _Connection(self._host, self._port, self._context)

    def _give_back(self, conn: _Connection, reuse: bool) -> None:
        if reuse:
            conn.idle_since = time.monotonic()
            with self._lock:
                if not self._closed:
                    self._idle.append(conn)
                    return
        conn.close()


#: What a request line or header may not contain: control characters end a line early or
#: smuggle another one in (http.client refuses them for the same reason).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")
_WITH_BODY = frozenset({"PATCH", "POST", "PUT"})
_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def _request_line(method: str, target: str) -> bytes:
    if not _NAME.fullmatch(method) or _UNSAFE.search(target) or " " in target:
        raise ValueError(f"not a request line: {method!r} {target!r}")
    return f"{method} {target} HTTP/1.1\r\n".encode("ascii")


def _header_lines(headers: Mapping[str, str]) -> bytes:
    lines = []
    for name, value in headers.items():
        if not _NAME.fullmatch(name) or _UNSAFE.search(value):
            raise ValueError(f"header {name!r} has a character a header cannot carry")
        lines.append(f"{name}: {value}\r\n")
    return "".join(lines).encode("latin-1")


_TIMEOUTS: dict[str, type[httpx.TimeoutException]] = {
    "connect": httpx.ConnectTimeout,
    "write": httpx.WriteTimeout,
    "read": httpx.ReadTimeout,
}
_ERRORS: dict[str, type[httpx.TransportError]] = {
    "connect": httpx.ConnectError,
    "write": httpx.WriteError,
    "read": httpx.ReadError,
}
