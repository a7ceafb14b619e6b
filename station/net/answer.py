"""One HTTP/1.1 answer read whole from a keep-alive connection, its body capped.

http.client's `HTTPResponse` parses headers through the email package: on the Pairing
client's hot path that was a quarter of its CPU per registration, more than TLS. The answer
is parsed by h11 instead (the sans-IO HTTP/1.1 parser httpx itself uses, kept up by its
maintainers) rather than by hand: status line, headers, interim answers, and framing as RFC
9112 says (no body for HEAD, 1xx, 204 and 304; chunked; Content-Length; or until the server
closes). Anything h11 refuses is refused, not guessed at, including a transfer coding other
than chunked (its body would be handed on still coded). Failures are http.client's exception
types (`RemoteDisconnected`, `BadStatusLine`, `LineTooLong`, `IncompleteRead`,
`HTTPException`), which the pool maps to httpx's, and a body over the cap is `BodyTooLarge`,
raised before it is read when its length says so.
"""

from __future__ import annotations

import http.client
import io
from dataclasses import dataclass

import h11

#: A head (status line and headers) still incomplete after this many bytes is refused: h11
#: counts the head whole where http.client allowed 64 KiB per line; a head that completes
#: within the receive that crossed the mark is still read. The most header lines as http.client.
MAX_HEAD = 65536
MAX_HEADERS = 100
#: One receive: an answer from Pairing is a few hundred bytes, read in one go.
_RECEIVE = 16 * 1024
#: h11 needs the request the answer is for (HEAD has no body); only its method matters.
_HOST = [("Host", "pairing")]


class BodyTooLarge(Exception):
    """The answer's body is (or says it is) larger than the caller's cap; it was not read."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


@dataclass(frozen=True)
class Answer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    #: The server closes the connection after this answer (or said it would).
    will_close: bool


def read_answer(fp: io.BufferedReader, method: str, max_body: int) -> Answer:
    conn = h11.Connection(our_role=h11.CLIENT, max_incomplete_event_size=MAX_HEAD)
    conn.send(h11.Request(method=method, target="/", headers=_HOST))
    conn.send(h11.EndOfMessage())
    response: h11.Response | None = None
    received = False
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            event = conn.next_event()
        except h11.RemoteProtocolError as exc:
            raise _refusal(exc, received, response, b"".join(chunks)) from exc
        if event is h11.NEED_DATA:
            # read1: at most one receive, whatever is already buffered first
            data = fp.read1(_RECEIVE)
            received = received or bool(data)
            conn.receive_data(data)
        elif isinstance(event, h11.InformationalResponse):
            continue  # 100 Continue, 103 Early Hints: the real answer follows
        elif isinstance(event, h11.Response):
            response = event
            _check_head(event, method, max_body)
        elif isinstance(event, h11.Data):
            total += len(event.data)
            if response is not None and total > max_body:
                raise BodyTooLarge(response.status_code)
            chunks.append(bytes(event.data))
        elif isinstance(event, h11.EndOfMessage) and response is not None:
            return _answer(response, method, b"".join(chunks))
        else:  # ConnectionClosed before an answer, or PAUSED: never a whole answer
            raise http.client.RemoteDisconnected("Remote end closed connection without response")


def _check_head(response: h11.Response, method: str, max_body: int) -> None:
    if len(response.headers) > MAX_HEADERS:
        raise http.client.HTTPException(f"got more than {MAX_HEADERS} headers")
    if method == "HEAD" or response.status_code in (204, 304):
        return
    lengths = [v for k, v in response.headers if k == b"content-length"]
    # h11 has checked it is digits and that repeated values agree.
    if lengths and int(lengths[0]) > max_body:
        raise BodyTooLarge(response.status_code)


def _answer(response: h11.Response, method: str, body: bytes) -> Answer:
    headers = [
        (k.decode("iso-8859-1"), v.decode("iso-8859-1")) for k, v in response.headers.raw_items()
    ]
    connection = {
        t.strip().lower() for k, v in response.headers if k == b"connection" for t in v.split(b",")
    }
    has_body = method != "HEAD" and response.status_code not in (204, 304)
    framed = any(k in (b"content-length", b"transfer-encoding") for k, _ in response.headers)
    will_close = (
        b"close" in connection
        or (response.http_version == b"1.0" and b"keep-alive" not in connection)
        # no length and not chunked: the body ended because the server closed
        or (has_body and not framed)
    )
    return Answer(response.status_code, headers, body, will_close)


def _refusal(
    exc: h11.RemoteProtocolError, received: bool, response: h11.Response | None, body: bytes
) -> http.client.HTTPException:
    """The http.client exception the pool maps for what h11 refused."""
    if not received:
        return http.client.RemoteDisconnected("Remote end closed connection without response")
    if exc.error_status_hint == 431:  # h11's "Receive buffer too long": the head is too big
        return http.client.LineTooLong("status line and headers")
    if response is not None:  # the head was whole: the body is cut short or garbled
        return http.client.IncompleteRead(body)
    if str(exc).startswith("illegal status line"):
        return http.client.BadStatusLine(str(exc))
    return http.client.HTTPException(str(exc))
