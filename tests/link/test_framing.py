"""The SMP console codec: round trips, interleaved console text, and every kind of corruption."""

from __future__ import annotations

import base64
import struct

import cbor2
import pytest
import smp.packet
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from smp.header import OP, Flag, Header, Version

from station.link.framing import (
    CONTINUATION_MARKER,
    START_MARKER,
    ConsoleText,
    DecodedItem,
    Frame,
    FrameDecoder,
    FrameError,
    MalformedMessage,
    build_message,
    encode_frame,
    parse_message,
)


def feed_bytewise(decoder: FrameDecoder, data: bytes) -> list[DecodedItem]:
    out: list[DecodedItem] = []
    for i in range(len(data)):
        out.extend(decoder.feed(data[i : i + 1]))
    return out


def frames(items: list[DecodedItem]) -> list[bytes]:
    return [i.message for i in items if isinstance(i, Frame)]


def errors(items: list[DecodedItem]) -> list[str]:
    return [i.reason for i in items if isinstance(i, FrameError)]


def console(items: list[DecodedItem]) -> bytes:
    return b"".join(i.data for i in items if isinstance(i, ConsoleText))


def raw_frame(payload_with_length: bytes) -> bytes:
    """A one-line frame around arbitrary decoded bytes (to forge lengths and CRCs)."""
    return START_MARKER + base64.b64encode(payload_with_length) + b"\n"


def test_encode_matches_the_zephyr_line_format() -> None:
    wire = encode_frame(b"Hello, world!")
    # length 15 (13 + CRC), then the message, then CRC-16/XMODEM big-endian
    crc = smp.packet.crc16_func(b"Hello, world!")
    assert (
        wire
        == START_MARKER
        + base64.b64encode(struct.pack("!H", 15) + b"Hello, world!" + struct.pack("!H", crc))
        + b"\n"
    )


def test_long_message_is_split_into_continuation_lines_within_line_length() -> None:
    message = bytes(range(256)) * 3
    wire = encode_frame(message, line_length=64)
    lines = wire.split(b"\n")[:-1]
    assert lines[0].startswith(START_MARKER)
    assert all(line.startswith(CONTINUATION_MARKER) for line in lines[1:])
    assert all(len(line) + 1 <= 64 for line in lines)
    assert frames(FrameDecoder().feed(wire)) == [message]


def test_encode_refuses_unusable_line_length() -> None:
    with pytest.raises(ValueError, match="line_length"):
        encode_frame(b"x", line_length=7)


@settings(deadline=None)  # a shared, loaded CI machine must not make this flaky
@given(st.binary(max_size=3000), st.integers(min_value=8, max_value=300))
def test_round_trip_any_message_any_line_length(message: bytes, line_length: int) -> None:
    wire = encode_frame(message, line_length)
    decoder = FrameDecoder(max_frame=4096)
    assert decoder.feed(wire) == [Frame(message)]
    assert not decoder.in_frame


@settings(deadline=None)  # a shared, loaded CI machine must not make this flaky
@given(st.binary(min_size=1, max_size=400), st.data())
def test_round_trip_survives_any_chunking(message: bytes, data: st.DataObject) -> None:
    wire = encode_frame(message, 40)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(wire)), max_size=20)))
    decoder = FrameDecoder()
    out: list[DecodedItem] = []
    last = 0
    for cut in [*cuts, len(wire)]:
        out.extend(decoder.feed(wire[last:cut]))
        last = cut
    assert out == [Frame(message)]


def test_console_text_between_and_inside_frames_is_kept_and_frames_survive() -> None:
    a = encode_frame(b"A" * 200, 64)
    b = encode_frame(b"B" * 10)
    first, rest = a.split(b"\n", 1)
    stream = (
        b"*** Booting Zephyr OS ***\r\n"
        + first
        + b"\n[00:00:01.000] <inf> app: log line inside a frame\n"
        + rest
        + b"prompt> "
        + b
    )
    items = feed_bytewise(FrameDecoder(), stream)
    assert frames(items) == [b"A" * 200, b"B" * 10]
    assert errors(items) == []
    assert console(items) == (
        b"*** Booting Zephyr OS ***\r\n[00:00:01.000] <inf> app: log line inside a frame\nprompt> "
    )


def test_wrong_crc_is_reported_and_the_next_frame_decodes() -> None:
    body = struct.pack("!H", 7) + b"hello" + b"\x00\x00"
    items = FrameDecoder().feed(raw_frame(body) + encode_frame(b"next"))
    assert errors(items) == ["bad CRC"]
    assert frames(items) == [b"next"]


def test_single_bit_flip_anywhere_is_never_a_wrong_frame() -> None:
    message = build_message(OP.READ, 64, 0, 9, {"d": "x" * 90})
    wire = encode_frame(message)
    for bit in range(len(wire) * 8):
        flipped = bytearray(wire)
        flipped[bit // 8] ^= 1 << (bit % 8)
        decoder = FrameDecoder()
        out = decoder.feed(bytes(flipped)) + decoder.reset()
        assert all(f == message for f in frames(out)), f"bit {bit} produced a wrong frame"


def test_oversized_length_field_is_refused_at_the_first_line() -> None:
    decoder = FrameDecoder(max_frame=100)
    forged = START_MARKER + base64.b64encode(struct.pack("!H", 0xFFFF) + b"abcd") + b"\n"
    items = decoder.feed(forged)
    assert len(errors(items)) == 1
    assert "more than the 100 allowed" in errors(items)[0]
    assert not decoder.in_frame
    assert frames(decoder.feed(encode_frame(b"ok"))) == [b"ok"]


def test_length_field_too_small() -> None:
    items = FrameDecoder().feed(raw_frame(struct.pack("!H", 1) + b"zz"))
    assert errors(items) == ["frame length field 1 is too small"]


def test_bad_base64_is_reported() -> None:
    items = FrameDecoder().feed(START_MARKER + b"AB!D\n" + encode_frame(b"ok"))
    assert errors(items) == ["frame line is not valid base64"]
    assert frames(items) == [b"ok"]


def test_continuation_without_start() -> None:
    items = FrameDecoder().feed(CONTINUATION_MARKER + b"QUJD\n" + encode_frame(b"ok"))
    assert errors(items) == ["continuation line without a start line"]
    assert frames(items) == [b"ok"]


def test_truncated_frame_then_new_frame_reports_and_recovers() -> None:
    wire = encode_frame(b"Z" * 300, 64)
    truncated = wire[: len(wire) // 2]
    truncated = truncated[: truncated.rfind(b"\n") + 1]
    items = FrameDecoder().feed(truncated + encode_frame(b"after"))
    assert errors(items) == ["a new frame started before the previous one was complete"]
    assert frames(items) == [b"after"]


def test_reboot_in_the_middle_of_a_line_resyncs_on_the_start_marker() -> None:
    wire = encode_frame(b"Q" * 100)
    items = FrameDecoder().feed(wire[:30] + encode_frame(b"fresh"))
    assert errors(items) == ["frame line interrupted by a new start marker"]
    assert frames(items) == [b"fresh"]


def test_reset_reports_an_abandoned_partial_frame() -> None:
    decoder = FrameDecoder()
    wire = encode_frame(b"W" * 300, 64)
    decoder.feed(wire[: wire.find(b"\n") + 1])
    assert decoder.in_frame
    assert errors(decoder.reset()) == ["incomplete frame abandoned"]
    assert not decoder.in_frame
    assert decoder.reset() == []


def test_endless_line_without_newline_is_bounded() -> None:
    decoder = FrameDecoder(max_console=256, max_frame=256)
    out: list[DecodedItem] = []
    for _ in range(200):
        out += decoder.feed(b"x" * 97)
        assert decoder.buffered <= 256
    assert console(out) + bytes(decoder._buf) == b"x" * 97 * 200
    decoder2 = FrameDecoder(max_frame=256)
    for _ in range(200):
        decoder2.feed(START_MARKER + b"QUFB" * 25)
        assert decoder2.buffered <= decoder2.max_line


def test_frame_line_longer_than_any_allowed_frame_is_dropped() -> None:
    decoder = FrameDecoder(max_frame=64)
    items = decoder.feed(START_MARKER + b"QUFB" * 100 + b"\n" + encode_frame(b"ok"))
    assert errors(items) == [f"frame line longer than {decoder.max_line} bytes"]
    assert frames(items) == [b"ok"]


def test_crlf_line_endings_are_tolerated() -> None:
    wire = encode_frame(b"C" * 150, 64).replace(b"\n", b"\r\n")
    assert frames(FrameDecoder().feed(wire)) == [b"C" * 150]


# -- property-based fuzzing: any input gives only typed results, promptly, in bounded memory --

_items = st.one_of(
    st.binary(max_size=200),
    st.binary(max_size=300).map(lambda m: encode_frame(m, 48)),
    st.binary(min_size=1, max_size=300).map(lambda m: encode_frame(m, 48)[:-7]),
    st.tuples(st.integers(0, 0xFFFF), st.binary(max_size=100)).map(
        lambda t: raw_frame(struct.pack("!H", t[0]) + t[1])
    ),
    st.sampled_from([START_MARKER, CONTINUATION_MARKER, b"\n", b"\r\n", b"\x06", b"\x04"]),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_items, max_size=30), st.integers(1, 64))
def test_fuzz_decoder_typed_results_and_bounded_memory(chunks: list[bytes], step: int) -> None:
    decoder = FrameDecoder(max_console=512, max_frame=256)
    stream = b"".join(chunks)
    for i in range(0, len(stream), step):
        for item in decoder.feed(stream[i : i + step]):
            assert isinstance(item, Frame | ConsoleText | FrameError)
            if isinstance(item, Frame):
                assert len(item.message) <= 256
            if isinstance(item, ConsoleText):
                assert item.data
        assert decoder.buffered <= max(512, decoder.max_line) + step
    # Whatever garbage came before, a clean frame afterwards is always recovered.
    tail = decoder.reset() + decoder.feed(b"\n" + encode_frame(b"sentinel"))
    assert frames(tail) == [b"sentinel"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes(data: bytes) -> None:
    decoder = FrameDecoder(max_console=128, max_frame=128)
    out = decoder.feed(data)
    assert all(isinstance(i, Frame | ConsoleText | FrameError) for i in out)
    assert decoder.buffered <= max(128, decoder.max_line)


@settings(deadline=None)  # a shared, loaded CI machine must not make this flaky
@given(st.binary(max_size=200))
def test_console_only_streams_lose_no_bytes(text: bytes) -> None:
    text = text.replace(b"\x06", b".").replace(b"\x04", b".")
    decoder = FrameDecoder(max_console=64)
    out = feed_bytewise(decoder, text)
    assert console(out) + bytes(decoder._buf) == text


# -- messages --


def test_build_and_parse_message_round_trip() -> None:
    body = {"hwid": b"\x01\x02", "d": "hi", "n": 5, "ok": True}
    message = build_message(OP.WRITE, 64, 1, 300, body)
    header, parsed = parse_message(message)
    assert parsed == body
    assert header.op == OP.WRITE
    assert header.version == Version.V2
    assert (header.group_id, header.command_id, header.sequence) == (64, 1, 300 & 0xFF)
    assert header.length == len(cbor2.dumps(body))


@pytest.mark.parametrize(
    ("message", "match"),
    [
        (b"\x00\x00", "shorter than an SMP header"),
        (b"\x08\x00\x00\x05\x00\x40\x01\x00\xa0", "announces 5"),
        (b"\x08\x00\x00\x01\x00\x40\x01\x00\xff", "not valid CBOR"),
        (b"\x08\x00\x00\x02\x00\x40\x01\x00\xa0\x00", "after its CBOR item"),
        (b"\x08\x00\x00\x01\x00\x40\x01\x00\x80", "not a CBOR map"),
        (b"\x08\x00\x00\x03\x00\x40\x01\x00\xa1\x01\x02", "not a CBOR map"),
        (b"\x08\x00\x00\x01\x00\x00\x01\x63\xa0", "invalid SMP header"),
    ],
)
def test_parse_message_rejects_malformed(message: bytes, match: str) -> None:
    with pytest.raises(MalformedMessage, match=match):
        parse_message(message)


def test_empty_body_is_an_empty_map() -> None:
    empty = Header(OP.READ_RSP, Version.V2, Flag(0), 0, 0, 1, 0)
    header, body = parse_message(bytes(empty))
    assert body == {}
    assert header == empty


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_fuzz_parse_message_only_raises_malformed(message: bytes) -> None:
    try:
        header, body = parse_message(message)
    except MalformedMessage:
        return
    assert isinstance(body, dict)
    assert header.length == len(message) - 8
