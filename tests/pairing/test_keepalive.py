"""The keep-alive pool on real loopback sockets: reuse, servers that close, bounds and caps.

The Pairing client's tests (test_client_standin.py) cover TLS, trickled answers, resets and
oversized answers through the client; these cover what the pool decides on its own.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from station.cancel import Deadline
from station.net.keepalive import BodyTooLarge, KeepAlivePool

Handler = Callable[[socket.socket, bytes], bool]  # answers one request; True keeps the socket


def _ok(body: bytes = b'{"ok":true}', *, extra: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + extra
        + b"Content-Length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


class Server:
    """A plain-HTTP loopback server that counts connections and hands each request to
    `handler` (the request is read up to the end of its headers and its Content-Length)."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.accepted = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        # Released once per connection the server has closed.
        self.hung_up = threading.Semaphore(0)

    def __enter__(self) -> Server:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._listener.close()
        for thread in self._threads:
            thread.join(5)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            self._answer(conn)
        finally:
            conn.close()
            self.hung_up.release()

    def _answer(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError):
            buffered = b""
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffered:
                    data = conn.recv(65536)
                    if not data:
                        return
                    buffered += data
                head, _, rest = buffered.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(rest) < length:
                    rest += conn.recv(65536)
                buffered = rest[length:]
                if not self.handler(conn, head):
                    return


@contextlib.contextmanager
def pool_for(
    server: Server, *, connections: int = 4, expiry: float = 20.0
) -> Iterator[KeepAlivePool]:
    pool = KeepAlivePool(
        server.url,
        ssl_context=None,
        connections=connections,
        keepalive_expiry=expiry,
        headers={"User-Agent": "test"},
    )
    try:
        yield pool
    finally:
        pool.close()


def _get(pool: KeepAlivePool, server: Server, seconds: float = 5.0) -> httpx.Response:
    return pool.request(
        "GET",
        f"{server.url}/x",
        headers={},
        body=None,
        deadline=Deadline(seconds),
        max_body=1024,
    )


def test_a_kept_alive_connection_serves_every_request() -> None:
    def answer(conn: socket.socket, head: bytes) -> bool:
        assert b"User-Agent: test" in head
        conn.sendall(_ok())
        return True

    with Server(answer) as server, pool_for(server) as pool:
        for _ in range(5):
            response = _get(pool, server)
            assert response.status_code == 200 and response.json() == {"ok": True}
        assert server.accepted == 1


def test_an_idle_connection_the_server_closed_is_replaced_without_an_error() -> None:
    def answer_and_hang_up(conn: socket.socket, head: bytes) -> bool:
        conn.sendall(_ok())  # no "Connection: close": the pool learns it only from the socket
        return False

    with Server(answer_and_hang_up) as server, pool_for(server) as pool:
        for _ in range(3):
            assert _get(pool, server).status_code == 200
            # The server's FIN arrives while the connection is idle.
            assert server.hung_up.acquire(timeout=10)
        assert server.accepted == 3


def test_connections_idle_past_their_expiry_are_not_reused() -> None:
    def answer(conn: socket.socket, head: bytes) -> bool:
        conn.sendall(_ok())
        return True

    with Server(answer) as server, pool_for(server, expiry=0.0) as pool:
        for _ in range(3):
            assert _get(pool, server).status_code == 200
        assert server.accepted == 3


def test_a_chunked_answer_is_read_whole_and_its_connection_reused() -> None:
    def chunked(conn: socket.socket, head: bytes) -> bool:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            b'5\r\n{"a":\r\n2\r\n1}\r\n0\r\n\r\n'
        )
        return True

    with Server(chunked) as server, pool_for(server) as pool:
        for _ in range(2):
            response = _get(pool, server)
            assert response.json() == {"a": 1}
            assert "transfer-encoding" not in response.headers
        assert server.accepted == 1


def test_trickled_headers_cannot_outlast_the_deadline() -> None:
    def trickle(conn: socket.socket, head: bytes) -> bool:
        for byte in _ok():
            conn.sendall(bytes([byte]))
            time.sleep(0.05)
        return True

    with Server(trickle) as server, pool_for(server) as pool:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            _get(pool, server, seconds=0.5)
        # Whole, the answer takes about 4.5 s; slack for a loaded machine's scheduling.
        assert time.monotonic() - started < 2.5


def test_a_body_over_the_cap_is_refused_and_its_connection_dropped() -> None:
    def large(conn: socket.socket, head: bytes) -> bool:
        conn.sendall(_ok(b"x" * 2000))
        return True

    with Server(large) as server, pool_for(server) as pool:
        for _ in range(2):
            with pytest.raises(BodyTooLarge) as info:
                _get(pool, server)
            assert info.value.status == 200
        assert server.accepted == 2


def test_no_more_connections_than_allowed_and_waiting_is_bounded() -> None:
    release = threading.Event()
    serving = threading.Event()

    def slow(conn: socket.socket, head: bytes) -> bool:
        serving.set()
        release.wait(10)
        conn.sendall(_ok())
        return True

    with Server(slow) as server, pool_for(server, connections=1) as pool:
        first = threading.Thread(target=_get, args=(pool, server, 20.0))
        first.start()
        assert serving.wait(10)  # the one connection is busy with the first request
        started = time.monotonic()
        with pytest.raises(httpx.PoolTimeout):
            _get(pool, server, seconds=0.3)
        assert time.monotonic() - started < 2.0
        release.set()
        first.join(5)
        assert server.accepted == 1


def test_a_dropped_answer_is_a_protocol_error_and_a_refused_port_a_connect_error() -> None:
    def hang_up(conn: socket.socket, head: bytes) -> bool:
        return False

    with (
        Server(hang_up) as server,
        pool_for(server) as pool,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        _get(pool, server)
    with pool_for(server) as pool, pytest.raises(httpx.ConnectError) as info:
        _get(pool, server)  # the server is gone: nothing listens on its port
    assert isinstance(info.value.__cause__, ConnectionRefusedError)


def test_requests_only_reach_the_pools_origin() -> None:
    with (
        Server(lambda conn, head: False) as server,
        pool_for(server) as pool,
        pytest.raises(ValueError, match="origin"),
    ):
        pool.request(
            "GET", "http://127.0.0.2:1/x", headers={}, body=None, deadline=Deadline(1), max_body=1
        )


def test_the_request_head_is_built_once_with_the_callers_headers_winning() -> None:
    heads: list[bytes] = []

    def answer(conn: socket.socket, head: bytes) -> bool:
        heads.append(head)
        conn.sendall(_ok())
        return True

    with Server(answer) as server, pool_for(server) as pool:
        for headers, body in (
            ({"Content-Type": "application/json"}, b'{"a":1}'),
            ({"user-agent": "other"}, None),
        ):
            response = pool.request(
                "POST",
                f"{server.url}/v1/r?q=1",
                headers=headers,
                body=body,
                deadline=Deadline(5),
                max_body=1024,
            )
            assert response.status_code == 200
        assert server.accepted == 1
    port = server.url.rsplit(":", 1)[1]
    first, second = (head.decode().split("\r\n") for head in heads)
    assert first[0] == "POST /v1/r?q=1 HTTP/1.1"
    assert sorted(first[1:]) == sorted(
        [
            f"Host: 127.0.0.1:{port}",
            "User-Agent: test",
            "Content-Type: application/json",
            "Content-Length: 7",
        ]
    )
    # A POST without a body says so, as http.client does; the caller's User-Agent replaces
    # the pool's instead of adding a second one.
    assert sorted(second[1:]) == sorted(
        [f"Host: 127.0.0.1:{port}", "user-agent: other", "Content-Length: 0"]
    )


@pytest.mark.parametrize(
    ("method", "path", "headers"),
    [
        ("GET", "/x\r\nX-Injected: 1", {}),
        ("GET", "/x y", {}),
        ("GET", "/x", {"Authorization": "Bearer a\r\nX-Injected: 1"}),
        ("GET", "/x", {"Bad Name": "v"}),
        ("GE T", "/x", {}),
    ],
)
def test_a_request_that_would_smuggle_a_line_is_refused_before_connecting(
    method: str, path: str, headers: dict[str, str]
) -> None:
    with (
        Server(lambda conn, head: False) as server,
        pool_for(server) as pool,
        pytest.raises(ValueError),
    ):
        pool.request(
            method,
            server.url + path,
            headers=headers,
            body=None,
            deadline=Deadline(1),
            max_body=1,
        )
    assert server.accepted == 0
