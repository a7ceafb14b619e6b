"""SmpLink over a real pty: sequence matching, deadlines, cancel, console capture, resync."""

from __future__ import annotations

import base64
import itertools
import struct
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from smp.header import OP, Header

from station.cancel import Cancelled, CancelToken, Deadline
from station.link.errors import CorruptLink, Disconnected, LinkTimeout
from station.link.framing import START_MARKER, encode_frame
from station.link.port import SerialPort
from station.link.session import SmpLink, command_timeout, framed_size
from tests.link.ptypeer import PtyPeer, reply_frame


@pytest.fixture
def peer() -> Iterator[PtyPeer]:
    with PtyPeer() as p:
        yield p


@pytest.fixture
def link(peer: PtyPeer) -> Iterator[SmpLink]:
    port = SerialPort.open(peer.path, slot="1")
    try:
        yield SmpLink(port, cancel=CancelToken(), console_limit=256)
    finally:
        port.close()


def echo_handler(header: Header, body: dict[str, Any]) -> bytes:
    return reply_frame(header, {"r": body.get("d")})


def test_framed_size_matches_the_encoder() -> None:
    for n in (0, 1, 10, 90, 91, 92, 200, 1000):
        assert framed_size(n) == len(encode_frame(b"x" * n))
        assert framed_size(n, 40) == len(encode_frame(b"x" * n, 40))


def test_command_timeout_adds_wire_time_programming_and_margin() -> None:
    t = command_timeout(
        baud=9600,
        request_bytes=100,
        response_bytes=20,
        program_bytes=150,
        program_us_per_byte=400,
        margin=0.5,
    )
    wire = (framed_size(100) + framed_size(20)) * 10 / 9600
    assert t == pytest.approx(wire + 0.06 + 0.5)
    assert command_timeout(baud=115200, request_bytes=10, response_bytes=10, margin=0) < 0.01


def test_request_gets_the_matching_response(peer: PtyPeer, link: SmpLink) -> None:
    peer.handler = echo_handler
    peer.start()
    response = link.request(OP.WRITE, 0, 0, {"d": "ping"}, deadline=Deadline(5), what="echo")
    assert response.body == {"r": "ping"}
    assert response.op == OP.WRITE_RSP
    header, _ = peer.received[0]
    assert (header.group_id, header.command_id, header.sequence) == (0, 0, response.sequence)
    s = link.stats
    assert (s.frames_sent, s.frames_received) == (1, 1)
    assert s.bytes_out == len(peer.raw)
    assert s.bytes_in > 0


def test_sequence_numbers_advance_and_wrap(peer: PtyPeer, link: SmpLink) -> None:
    peer.handler = echo_handler
    peer.start()
    seqs = [
        link.request(OP.WRITE, 0, 0, {"d": str(i)}, deadline=Deadline(5), what="echo").sequence
        for i in range(300)
    ]
    assert all((b - a) % 256 == 1 for a, b in itertools.pairwise(seqs))


def test_stale_and_foreign_frames_are_skipped(peer: PtyPeer, link: SmpLink) -> None:
    def handler(header: Header, body: dict[str, Any]) -> bytes:
        stale = reply_frame(header, {"r": "old"}, seq=(header.sequence - 1) % 256)
        other_cmd = encode_frame(
            bytes(Header(OP.READ_RSP, header.version, header.flags, 1, 0, header.sequence, 6))
            + b"\xa0"
        )
        return stale + other_cmd + reply_frame(header, {"r": body["d"]})

    peer.handler = handler
    peer.start()
    response = link.request(OP.WRITE, 0, 0, {"d": "new"}, deadline=Deadline(5), what="echo")
    assert response.body == {"r": "new"}
    assert link.stats.stale_frames == 2


def test_console_text_and_crc_errors_are_tolerated(peer: PtyPeer, link: SmpLink) -> None:
    def handler(header: Header, body: dict[str, Any]) -> bytes:
        bad = START_MARKER + base64.b64encode(struct.pack("!H", 5) + b"abc\x00\x00") + b"\n"
        good = reply_frame(header, {"r": body["d"]})
        cut = good.index(b"\n") + 1
        return b"[00:01] <inf> boot: hello\n" + bad + good[:cut] + b"log line\n" + good[cut:]

    peer.handler = handler
    peer.start()
    text = "x" * 300  # long enough for continuation lines
    response = link.request(OP.WRITE, 0, 0, {"d": text}, deadline=Deadline(5), what="echo")
    assert response.body == {"r": text}
    assert link.stats.crc_errors == 1
    assert link.stats.resyncs >= 1
    # The frame was cut by a whole log line, which is kept as console text.
    assert b"boot: hello\n" in link.console_log()
    assert b"log line\n" in link.console_log()
    assert link.stats.console_bytes >= len(b"[00:01] <inf> boot: hello\n")


def test_console_log_is_bounded(peer: PtyPeer, link: SmpLink) -> None:
    peer.handler = echo_handler
    peer.start()
    # The lines precede the answer on the line, so they are all absorbed before it matches.
    peer.send(b"".join(f"log line {i:04d}\n".encode() for i in range(500)))
    link.request(OP.WRITE, 0, 0, {"d": "x"}, deadline=Deadline(5), what="echo")
    log = link.console_log()
    assert len(log) <= 256
    assert log.endswith(b"log line 0499\n")
    assert link.stats.console_bytes == sum(len(f"log line {i:04d}\n") for i in range(500))


def test_silence_is_a_timeout_after_the_deadline(peer: PtyPeer, link: SmpLink) -> None:
    peer.start()
    started = time.monotonic()
    with pytest.raises(LinkTimeout) as caught:
        link.request(OP.READ, 64, 0, {}, deadline=Deadline(0.3), what="identify")
    elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 3
    assert caught.value.error_class == "timeout"
    assert "slot 1" in caught.value.message
    assert link.stats.timeouts == 1


def test_only_garbage_is_a_corrupt_link(peer: PtyPeer, link: SmpLink) -> None:
    def handler(header: Header, body: dict[str, Any]) -> bytes:
        good = bytearray(reply_frame(header, {"r": "x"}))
        good[5] ^= 0x01
        return bytes(good)

    peer.handler = handler
    peer.start()
    with pytest.raises(CorruptLink) as caught:
        link.request(OP.WRITE, 0, 0, {"d": "x"}, deadline=Deadline(0.5), what="echo")
    assert caught.value.error_class == "corrupt_link"
    assert "reseat the device in slot 1" in caught.value.action.lower()


def test_cancel_is_noticed_promptly(peer: PtyPeer, link: SmpLink) -> None:
    peer.start()
    timer = threading.Timer(0.2, link.cancel.cancel)
    timer.start()
    started = time.monotonic()
    try:
        with pytest.raises(Cancelled):
            link.request(OP.READ, 64, 0, {}, deadline=Deadline(30), what="identify")
    finally:
        timer.join()
    assert time.monotonic() - started < 5


def test_not_cancellable_request_waits_for_its_answer(peer: PtyPeer, link: SmpLink) -> None:
    def slow(header: Header, body: dict[str, Any]) -> bytes:
        time.sleep(0.4)
        return reply_frame(header, {})

    peer.handler = slow
    peer.start()
    link.cancel.cancel()
    response = link.request(
        OP.WRITE, 64, 1, {}, deadline=Deadline(5), what="write", cancellable=False
    )
    assert response.body == {}


def test_unplug_mid_request_is_disconnected_not_a_hang(peer: PtyPeer, link: SmpLink) -> None:
    peer.start()
    timer = threading.Timer(0.2, peer.unplug)
    timer.start()
    started = time.monotonic()
    try:
        with pytest.raises(Disconnected) as caught:
            link.request(OP.READ, 64, 0, {}, deadline=Deadline(30), what="identify")
    finally:
        timer.join()
    assert time.monotonic() - started < 5
    assert "slot 1" in caught.value.action


def test_late_answers_from_an_earlier_request_do_not_match(peer: PtyPeer, link: SmpLink) -> None:
    answers: list[Header] = []

    def delayed(header: Header, body: dict[str, Any]) -> bytes | None:
        answers.append(header)
        if len(answers) == 1:
            return None  # the first request's answer comes "late", with the second
        return reply_frame(answers[0], {"r": "late"}) + reply_frame(header, {"r": body["d"]})

    peer.handler = delayed
    peer.start()
    with pytest.raises(LinkTimeout):
        link.request(OP.WRITE, 0, 0, {"d": "first"}, deadline=Deadline(0.3), what="echo")
    response = link.request(OP.WRITE, 0, 0, {"d": "second"}, deadline=Deadline(5), what="echo")
    assert response.body == {"r": "second"}
    assert link.stats.stale_frames == 1


def test_a_late_answer_between_requests_counts_as_stale(peer: PtyPeer, link: SmpLink) -> None:
    first: list[Header] = []

    def silent_once(header: Header, body: dict[str, Any]) -> bytes | None:
        if not first:
            first.append(header)
            return None
        return reply_frame(header, {"r": body["d"]})

    peer.handler = silent_once
    peer.start()
    with pytest.raises(LinkTimeout):
        link.request(OP.WRITE, 0, 0, {"d": "first"}, deadline=Deadline(0.3), what="echo")
    # The answer arrives while no request is open, so the next request drains it first.
    peer.send(reply_frame(first[0], {"r": "late"}))
    deadline = time.monotonic() + 5
    while link.port._ser.in_waiting == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    response = link.request(OP.WRITE, 0, 0, {"d": "second"}, deadline=Deadline(5), what="echo")
    assert response.body == {"r": "second"}
    assert link.stats.stale_frames == 1


def test_only_the_owner_thread_may_use_the_link(link: SmpLink) -> None:
    errors: list[BaseException] = []

    def other() -> None:
        try:
            link.request(OP.READ, 0, 6, {}, deadline=Deadline(1), what="params")
        except AssertionError as exc:
            errors.append(exc)

    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert len(errors) == 1


def test_stats_as_dict_has_every_counter(link: SmpLink) -> None:
    d = link.stats.as_dict()
    assert set(d) >= {
        "frames_sent",
        "frames_received",
        "retries",
        "crc_errors",
        "resyncs",
        "bytes_in",
        "bytes_out",
        "console_bytes",
    }
    assert all(isinstance(v, int) for v in d.values())
