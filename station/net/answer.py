"""One HTTP/1.1 answer read whole from a keep-alive connection, its body capped.

http.client's `HTTPResponse` parses headers through the email package: on the Pairing
client's hot path that was a quarter of its CPU per registration, more than TLS. An answer
from Pairing is a status line, a few headers and a small JSON body, framed as RFC 9112 says:
no body for HEAD, 1xx, 204 and 304; chunked when the last transfer coding says so; otherwise
Content-Length, or until the server closes. Anything malformed is refused rather than
guessed at. Failures are http.client's exception types (`RemoteDisconnected`,
`BadStatusLine`, `LineTooLong`, `IncompleteRead`), which the pool maps to httpx's, and a
body over the cap is `BodyTooLarge`, raised before it is read when its length says so.
"""

from __future__ import annotations

import http.client
import io
import re
from dataclasses import dataclass

#: As http.client: the longest status or header line, and the most header lines.
MAX_LINE = 65536
MAX_HEADERS = 100
_END = (b"\r\n", b"\n", b"")
#: A chunk's size: hex digits only (int() would also take "0x", "+", "_" and spaces).
_HEX = re.compile(rb"[0-9A-Fa-f]+")


def _is_number(text: str) -> bool:
    """ASCII digits only: str.isdigit() also takes "²" and other digits int() refuses, which
    would escape as a ValueError instead of a refused answer."""
    return text.isascii() and text.isdigit()


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
    status, version = _status_line(fp)
    headers = _headers(fp)
    while 100 <= status < 200 and status != 101:
        # An interim answer (100 Continue, 103 Early Hints): the real one follows.
        status, version = _status_line(fp)
        headers = _headers(fp)
    fields: dict[str, list[str]] = {}
    for name, value in headers:
        fields.setdefault(name.lower(), []).append(value)
    connection = {t.strip().lower() for v in fields.get("connection", ()) for t in v.split(",")}
    will_close = "close" in connection or (version == "HTTP/1.0" and "keep-alive" not in connection)
    if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        return Answer(status, headers, b"", will_close)
    codings = [t.strip().lower() for v in fields.get("transfer-encoding", ()) for t in v.split(",")]
    if codings and codings[-1] == "chunked":
        body = _chunked(fp, status, max_body)
    elif codings:
        body, will_close = _until_close(fp, status, max_body), True
    elif "content-length" in fields:
        lengths = {v.strip() for v in fields["content-length"]}
        length = lengths.pop() if len(lengths) == 1 else ""
        if not _is_number(length):
            raise http.client.HTTPException(f"invalid Content-Length {fields['content-length']}")
        if int(length) > max_body:
            raise BodyTooLarge(status)
        body = _exact(fp, int(length))
    else:
        body, will_close = _until_close(fp, status, max_body), True
    return Answer(status, headers, body, will_close)


def _line(fp: io.BufferedReader, what: str) -> bytes:
    line = fp.readline(MAX_LINE + 1)
    if len(line) > MAX_LINE:
        raise http.client.LineTooLong(what)
    return line


def _status_line(fp: io.BufferedReader) -> tuple[int, str]:
    line = _line(fp, "status line")
    if not line:
        raise http.client.RemoteDisconnected("Remote end closed connection without response")
    parts = line.decode("iso-8859-1").rstrip("\r\n").split(None, 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not _is_number(parts[1]):
        raise http.client.BadStatusLine(repr(line))
    status = int(parts[1])
    if not 100 <= status <= 999:
        raise http.client.BadStatusLine(repr(line))
    return status, parts[0]


def _headers(fp: io.BufferedReader) -> list[tuple[str, str]]:
    headers: list[tuple[str, str]] = []
    while True:
        line = _line(fp, "header line")
        if line in _END:
            return headers
        if len(headers) >= MAX_HEADERS:
            raise http.client.HTTPException(f"got more than {MAX_HEADERS} headers")
        text = line.decode("iso-8859-1").rstrip("\r\n")
        if text[:1] in (" ", "\t") and headers:
            # An obsolete folded line continues the header before it.
            name, value = headers[-1]
            headers[-1] = (name, f"{value} {text.strip()}")
            continue
        name, sep, value = text.partition(":")
        if not sep or not name or name != name.strip():
            raise http.client.HTTPException(f"malformed header line {line[:80]!r}")
        headers.append((name, value.strip()))


def _exact(fp: io.BufferedReader, size: int) -> bytes:
    data = fp.read(size) if size else b""
    if len(data) < size:
        raise http.client.IncompleteRead(data, size - len(data))
    return data


def _until_close(fp: io.BufferedReader, status: int, max_body: int) -> bytes:
    data = fp.read(max_body + 1)
    if len(data) > max_body:
        raise BodyTooLarge(status)
    return data


def _chunked(fp: io.BufferedReader, status: int, max_body: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        line = _line(fp, "chunk size")
        digits = line.split(b";", 1)[0].strip()
        if not _HEX.fullmatch(digits):
            raise http.client.IncompleteRead(b"".join(chunks))
        size = int(digits, 16)
        if size == 0:
            while _line(fp, "trailer line") not in _END:
                pass
            return b"".join(chunks)
        total += size
        if total > max_body:
            raise BodyTooLarge(status)
        chunks.append(_exact(fp, size))
        if _line(fp, "chunk end") not in (b"\r\n", b"\n"):
            raise http.client.IncompleteRead(b"".join(chunks))
