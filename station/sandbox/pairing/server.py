"""The socket side: a threaded HTTP/1.1 server on loopback, TLS optional, faults injected here.

The TLS handshake runs in the connection's own thread, so a slow or distrustful client never
stalls the accept loop. Keep-alive connections are tracked so `stop()` can wake and end them at
once instead of waiting for their idle timeout.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import socket
import ssl
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from station.sandbox.pairing.api import PairingApi, Request
from station.sandbox.pairing.faults import FaultKind, FaultPlan
from station.sandbox.pairing.responses import Response

log = logging.getLogger(__name__)

HANDSHAKE_TIMEOUT_S = 10.0
IDLE_TIMEOUT_S = 60.0
MAX_BODY = 8_000_000  # Plug.Parsers' default length limit

_INGRESS_REASON = {
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Time-out",
}


def ingress_page(status: int, retry_after_s: int | None) -> Response:
    """What nginx in front of Astarte answers on its own: HTML, not Pairing's JSON."""
    reason = _INGRESS_REASON.get(status, "Error")
    html = (
        f"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    )
    headers: tuple[tuple[str, str], ...] = ()
    if status == 429 and retry_after_s is not None:
        headers = (("Retry-After", str(retry_after_s)),)
    return Response(status, html.encode("ascii"), "text/html", headers)


class _BadBody(Exception):
    pass


class PairingHTTPServer(ThreadingHTTPServer):
    # Non-daemon connection threads are the ones `server_close()` joins; `stop()` first wakes
    # every connection (see `wake_connections`), so the join is prompt.
    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True
    # Connections waiting to be accepted. socketserver's default of 5 drops the SYNs of a line
    # whose 16 to 64 slots connect at once (each then waits the kernel's 1-s SYN retry); a real
    # Pairing behind nginx listens with 511.
    request_queue_size = 511

    def __init__(
        self,
        address: tuple[str, int],
        api: PairingApi,
        faults: FaultPlan,
        ssl_context: ssl.SSLContext | None,
    ) -> None:
        self.api = api
        self.faults = faults
        self.ssl_context = ssl_context
        self.stopping = threading.Event()
        self._active: set[socket.socket] = set()
        self._active_lock = threading.Lock()
        super().__init__(address, _Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        conn: socket.socket = request
        self._track(conn)
        try:
            # Registered before this check, a connection that raced stop() is either woken by
            # wake_connections() or sees `stopping` here; it never idles until its timeout.
            if self.stopping.is_set():
                return
            if self.ssl_context is not None:
                request.settimeout(HANDSHAKE_TIMEOUT_S)
                # wrap_socket detaches `request`; handshaking only once the wrapped socket is
                # tracked keeps the handshake wakeable too.
                conn = self.ssl_context.wrap_socket(
                    request, server_side=True, do_handshake_on_connect=False
                )
                self._track(conn, instead_of=request)
                if self.stopping.is_set():
                    return
                try:
                    conn.do_handshake()
                except (ssl.SSLError, OSError) as exc:
                    # A client that distrusts our CA hangs up mid-handshake; that is its right.
                    log.debug("TLS handshake with %s failed: %s", client_address, exc)
                    return
            _Handler(conn, client_address, self)
        except OSError as exc:
            log.debug("connection from %s ended: %s", client_address, exc)
        finally:
            with self._active_lock:
                self._active.discard(conn)
                self._active.discard(request)
            if conn is not request:  # the plain socket is the base class's to shut down
                conn.close()

    def _track(self, conn: socket.socket, instead_of: socket.socket | None = None) -> None:
        with self._active_lock:
            if instead_of is not None:
                self._active.discard(instead_of)
            self._active.add(conn)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.exception("pairing stand-in: unexpected error serving %s", client_address)

    def wake_connections(self) -> None:
        with self._active_lock:
            active = list(self._active)
        for conn in active:
            # The plain-socket shutdown, also for TLS sockets: it unblocks a reader in
            # another thread without tearing the SSL object from under it.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(conn, socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle on, each keep-alive request
    # would wait ~40 ms for the delayed ACK.
    disable_nagle_algorithm = True
    server_version = "pairing-standin"
    sys_version = ""
    timeout = IDLE_TIMEOUT_S
    server: PairingHTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            total = 0
            while True:
                size_line = self.rfile.readline(1024)
                try:
                    size = int(size_line.split(b";")[0].strip(), 16)
                except ValueError as exc:
                    raise _BadBody from exc
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                total += size
                if total > MAX_BODY:
                    raise _BadBody
                chunks.append(self.rfile.read(size))
                self.rfile.readline(1024)
        length_text = self.headers.get("Content-Length", "0") or "0"
        try:
            length = int(length_text)
        except ValueError as exc:
            raise _BadBody from exc
        if length < 0 or length > MAX_BODY:
            raise _BadBody
        return self.rfile.read(length) if length else b""

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except _BadBody:
            self.close_connection = True
            self._send(Response(400, b'{"errors":{"detail":"Bad request"}}'))
            return
        path = urlsplit(self.path).path or "/"
        plan = self.server.faults
        latency = plan.faults.latency_s
        if latency > 0 and self.server.stopping.wait(latency):
            self._drop()
            return
        fault = plan.decide(self.command, path)
        if fault in ("timeout", "reset"):
            self._abandon(fault)
            return
        if fault == "error":
            self._send(self._error_response())
            return
        if fault == "throttle":
            self._send(ingress_page(429, plan.faults.retry_after_s))
            return
        request = Request(
            self.command, path, list(self.headers.items()), body, self.client_address[0]
        )
        response = self.server.api.handle(request)
        if fault in ("timeout_after", "reset_after"):
            self._abandon(fault)
            return
        if fault == "oversize" and response.body:
            size = self.server.faults.faults.oversize_bytes
            response = dataclasses.replace(response, body=response.body.ljust(size))
        self._send(response, trickle=fault == "trickle")

    def _error_response(self) -> Response:
        status = self.server.faults.faults.error_status
        if status == 500:
            return Response(500, b'{"errors":{"detail":"Internal server error"}}')
        return ingress_page(status, None)

    def _abandon(self, fault: FaultKind) -> None:
        if fault.startswith("timeout"):
            self.server.stopping.wait(self.server.faults.faults.hold_s)
            self._drop()
        else:
            self._reset()

    def _drop(self) -> None:
        """Close without an answer; the client sees EOF (after its own timeout, if shorter)."""
        self.close_connection = True

    def _reset(self) -> None:
        self.close_connection = True
        try:
            # Linger 0 makes close() send RST instead of FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            return
        # The socket only really closes once the buffered reader lets go of it; the writer
        # holds no reference, and the base class still flushes it after this returns.
        self.rfile.close()
        self.connection.close()

    def _send(self, response: Response, *, trickle: bool = False) -> None:
        self.send_response(response.status)
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        self.send_header("Cache-Control", "max-age=0, private, must-revalidate")
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        if not trickle and self.command != "HEAD":
            # Headers and body in one write, one TLS record, as Astarte's Cowboy sends a
            # small answer; `end_headers` would flush the headers alone first.
            # The buffer `send_header` fills (not in typeshed's stub of the class).
            self._headers_buffer.extend((b"\r\n", response.body))  # type: ignore[attr-defined]
            self.flush_headers()
            return
        self.end_headers()
        if self.command == "HEAD" or not response.body:
            return
        interval = self.server.faults.faults.trickle_interval_s
        for i in range(len(response.body)):
            if self.server.stopping.wait(interval):
                self.close_connection = True
                return
            # Unbuffered: each byte leaves in its own segment (Nagle is off).
            self.wfile.write(response.body[i : i + 1])

    do_GET = _serve
    do_POST = _serve
    do_DELETE = _serve
    do_PUT = _serve
    do_PATCH = _serve
    do_HEAD = _serve
    do_OPTIONS = _serve
