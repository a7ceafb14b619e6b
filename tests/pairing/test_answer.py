"""Reading one HTTP/1.1 answer: framing, interim answers, folded headers, caps and refusals.

The pool's tests (test_keepalive.py) read answers over real sockets; these feed the reader
the exact bytes a server could send, including the malformed ones no test server sends.
"""

from __future__ import annotations

import http.client
import io

import pytest

from station.net.answer import MAX_HEAD, MAX_HEADERS, BodyTooLarge, read_answer


def _read(raw: bytes, method: str = "GET", max_body: int = 1024) -> tuple[object, ...]:
    answer = read_answer(io.BufferedReader(io.BytesIO(raw)), method, max_body)
    return answer.status, answer.headers, answer.body, answer.will_close


def test_a_sized_answer_keeps_its_connection() -> None:
    raw = b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
    assert _read(raw + b"HTTP/1.1 200") == (
        201,
        [("Content-Type", "application/json"), ("Content-Length", "2")],
        b"{}",
        False,
    )


def test_a_chunked_answer_with_a_trailer_is_read_whole() -> None:
    raw = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n"
    )
    assert _read(raw)[2:] == (b"abcde", False)


@pytest.mark.parametrize(
    ("head", "will_close"),
    [
        (b"HTTP/1.1 200 OK\r\nConnection: keep-alive, close\r\nContent-Length: 0\r\n", True),
        (b"HTTP/1.0 200 OK\r\nContent-Length: 0\r\n", True),
        (b"HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n", False),
        (b"HTTP/1.1 200 OK\r\n", True),  # no length: the body ends when the server closes
    ],
)
def test_when_the_connection_ends_with_the_answer(head: bytes, will_close: bool) -> None:
    assert _read(head + b"\r\n")[3] is will_close


def test_no_body_for_head_204_and_304_and_interim_answers_are_skipped() -> None:
    assert _read(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n", method="HEAD")[2] == b""
    assert _read(b"HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200")[:3] == (204, [], b"")
    raw = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx"
    assert _read(raw)[::2] == (200, b"x")


def test_a_folded_header_continues_the_one_before() -> None:
    raw = b"HTTP/1.1 200 OK\r\nX-A: one\r\n  two\r\nContent-Length: 0\r\n\r\n"
    assert _read(raw)[1] == [("X-A", "one two"), ("Content-Length", "0")]


@pytest.mark.parametrize(
    "raw",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n",  # refused before reading
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n" + b"x" * 2048,
        b"HTTP/1.1 200 OK\r\n\r\n" + b"x" * 1025,
        # chunks each under the cap, together over it
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        + (b"100\r\n" + b"x" * 256 + b"\r\n") * 5,
    ],
)
def test_a_body_over_the_cap_is_refused(raw: bytes) -> None:
    with pytest.raises(BodyTooLarge) as info:
        _read(raw)
    assert info.value.status == 200


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b"", http.client.RemoteDisconnected),
        (b"SSH-2.0-OpenSSH\r\n\r\n", http.client.BadStatusLine),
        (b"HTTP/1.1 2000 OK\r\n\r\n", http.client.BadStatusLine),
        (b"HTTP/1.1 \xb200 OK\r\n\r\n", http.client.BadStatusLine),  # a digit int() refuses
        (b"HTTP/1.1 200 OK\r\nContent-Length: \xb2\r\n\r\nab", http.client.HTTPException),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x2\r\nab\r\n0\r\n\r\n",
            http.client.IncompleteRead,
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1_0\r\n",
            http.client.IncompleteRead,
        ),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab", http.client.IncompleteRead),
        (b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", http.client.HTTPException),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
            http.client.HTTPException,
        ),
        (b"HTTP/1.1 200 OK\r\nno colon\r\n\r\n", http.client.HTTPException),
        # a coding other than chunked would hand the body on still coded (h11 refuses it too)
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nab", http.client.HTTPException),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n",
            http.client.HTTPException,
        ),
        (b"HTTP/1.1 101 Switching Protocols\r\n\r\n", http.client.HTTPException),  # unasked
        (b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n", http.client.HTTPException),  # cut head
        (b"HTTP/1.1 200 OK\r\nX : y\r\n\r\n", http.client.HTTPException),
        (b"HTTP/1.1 200 OK\r\nX-A: " + b"a" * 2 * MAX_HEAD + b"\r\n\r\n", http.client.LineTooLong),
        (
            b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * (MAX_HEADERS + 1) + b"\r\n",
            http.client.HTTPException,
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            http.client.IncompleteRead,
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n",
            http.client.IncompleteRead,
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabX\r\n",
            http.client.IncompleteRead,
        ),
    ],
)
def test_a_malformed_answer_is_refused_not_guessed_at(
    raw: bytes, error: type[http.client.HTTPException]
) -> None:
    with pytest.raises(error):
        _read(raw)


class _Trickle(io.RawIOBase):
    """A connection that gives a few bytes per receive, as a slow or fragmented one does."""

    def __init__(self, raw: bytes, step: int) -> None:
        self._raw = raw
        self._step = step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(self._step, len(buffer), len(self._raw))
        buffer[:n] = self._raw[:n]
        self._raw = self._raw[n:]
        return n


def test_an_answer_in_many_small_receives_is_read_the_same() -> None:
    raw = (
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nX-A: 1\r\nTransfer-Encoding: chunked\r\n"
        b"\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n"
    )
    answer = read_answer(io.BufferedReader(_Trickle(raw, 3), 3), "GET", 1024)
    assert (answer.status, answer.headers[0], answer.body, answer.will_close) == (
        200,
        ("X-A", "1"),
        b"abcde",
        False,
    )


def test_a_head_that_never_ends_is_refused_after_the_cap_not_buffered_whole() -> None:
    raw = b"HTTP/1.1 200 OK\r\nX-A: " + b"a" * (MAX_HEAD + 100)
    with pytest.raises(http.client.LineTooLong):
        read_answer(io.BufferedReader(_Trickle(raw, 512), 512), "GET", 1024)
