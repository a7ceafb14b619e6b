"""DeviceClient's protocol handling against a scripted responder on a real pty.

The responder here answers exactly what each test needs (including malformed and refused
answers a correct device never sends); the full simulated devices are exercised in
test_client_sim.py.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from typing import Any

import cbor2
import pytest
from smp.header import OP, Header

from station.cancel import Cancelled, CancelToken
from station.link.errors import CorruptLink, Disconnected, LinkTimeout
from station.link.framing import build_message
from station.link.port import SerialPort
from station.link.session import SmpLink, framed_size, wire_seconds
from station.profiles.base import ProvisioningRecord, StorageKind, StorageState
from station.profiles.smp.client import DeviceClient, McuMgrParams, record_program_bytes
from station.profiles.smp.errors import (
    DeviceProtocolError,
    DeviceRefused,
    RequestTooBig,
    WriteOutcomeUnknown,
)
from station.profiles.smp.protocol import PROVISIONING_GROUP, Command, ErrorCode
from station.secret import Secret
from tests.link.ptypeer import PtyPeer, reply_frame
from tests.profiles.smp.conftest import IDENTITY, RECORD, SECRET_TEXT, Script, requests


def test_echo_and_params(client: DeviceClient, peer: PtyPeer) -> None:
    assert client.echo("link check ✓") == "link check ✓"
    assert client.params() == McuMgrParams(buf_size=512, buf_count=2)
    ops = [(h.group_id, h.command_id, h.op) for h, _ in peer.received]
    assert ops == [(0, 0, OP.WRITE), (0, 6, OP.READ)]


def test_an_echo_that_comes_back_different_is_a_protocol_error(
    client: DeviceClient, script: Script
) -> None:
    script.then(0, 0, {"r": "link check"})
    with pytest.raises(DeviceProtocolError) as caught:
        client.echo("link check ✓")
    assert caught.value.message == (
        "The device in slot 3 gave an answer to echo the station does not understand: "
        "the echo came back different."
    )
    assert caught.value.slot == "3"


def test_a_silent_echo_waits_out_the_wire_time_of_its_answer(peer: PtyPeer, script: Script) -> None:
    # At 300 baud a byte takes 33 ms, so the deadline must count the answer's own bytes, the
    # text it repeats and its framing, or it gives up while a real line is still carrying it.
    # The wait can only be longer than the deadline, never shorter: no slack is needed.
    script.then(0, 0, None)
    text = "x"
    request = build_message(OP.WRITE, 0, 0, 0, {"d": text})
    answer = build_message(OP.WRITE_RSP, 0, 0, 0, {"r": text})
    wire = wire_seconds(framed_size(len(request)) + framed_size(len(answer)), 300)
    with DeviceClient.open(
        peer.path, baud=300, cancel=CancelToken(), slot="3", margin=0.2, read_attempts=1
    ) as slow:
        started = time.monotonic()
        with pytest.raises(LinkTimeout) as caught:
            slow.echo(text)
        waited = time.monotonic() - started
    assert waited >= wire + 0.2
    assert re.fullmatch(
        r"The device in slot 3 did not answer echo within \d+\.\d s\.", caught.value.message
    ), caught.value.message
    assert [h.command_id for h, _ in peer.received] == [0]  # one attempt, as it was opened


def test_a_silent_echo_waits_out_its_link_framing_in_short_lines(
    peer: PtyPeer, script: Script
) -> None:
    # A console of 8-character lines carries 4 base64 characters a line, each line with its
    # marker and newline: the deadline counts the lines the link frames, not the 127-character
    # lines of a stock Zephyr console.
    script.then(0, 0, None)
    request = build_message(OP.WRITE, 0, 0, 0, {"d": "x"})
    answer = build_message(OP.WRITE_RSP, 0, 0, 0, {"r": "x"})
    wire = wire_seconds(framed_size(len(request), 8) + framed_size(len(answer), 8), 300)
    port = SerialPort.open(peer.path, baud=300, slot="3")
    link = SmpLink(port, cancel=CancelToken(), line_length=8)
    with DeviceClient(link, slot="3", margin=0.2, read_attempts=1) as short:
        started = time.monotonic()
        with pytest.raises(LinkTimeout):
            short.echo("x")
        waited = time.monotonic() - started
    assert waited >= wire + 0.2


def test_a_session_waits_out_the_margin_it_was_opened_with(peer: PtyPeer, script: Script) -> None:
    # An answer 1.5 s late is in time for a 4 s margin, and with one attempt there is no retry
    # to hide a deadline cut at the default margin of 1 s.
    def late(header: Header, body: dict[str, Any]) -> bytes:
        time.sleep(1.5)
        return reply_frame(header, IDENTITY)

    script.then(PROVISIONING_GROUP, Command.IDENTIFY, late)
    with DeviceClient.open(
        peer.path, baud=115200, cancel=CancelToken(), slot="3", margin=4.0, read_attempts=1
    ) as patient:
        assert patient.identify().model == "M1"
        assert patient.stats.timeouts == 0


def test_identify_decodes_every_field(client: DeviceClient, script: Script) -> None:
    digest = hashlib.sha256(SECRET_TEXT.encode()).digest()
    script.then(
        PROVISIONING_GROUP,
        Command.IDENTIFY,
        {
            **IDENTITY,
            "storage": "secure",
            "state": "written",
            "digest": digest,
            "device_id": "dev-supplied-id-0000000",
            "rec_device_id": RECORD.device_id,
            "rec_realm": "plant",
            "factory": False,
        },
    )
    identity = client.identify()
    assert identity.storage_kind is StorageKind.SECURE
    assert identity.storage_state is StorageState.WRITTEN
    assert identity.rewritable
    assert identity.hardware_id == b"\x01\x02\x03\x04\x05\x06"
    assert identity.hardware_serial == "SN-1"
    assert identity.device_id == "dev-supplied-id-0000000"
    assert RECORD.secret.matches_digest(identity.secret_digest)
    assert (identity.record_device_id, identity.record_realm) == (RECORD.device_id, "plant")
    assert identity.factory_mode is False
    assert identity.program_us_per_byte == 400
    assert (identity.protocol_version, identity.model, identity.firmware) == (1, "M1", "2.0")


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"hwid": "0102"}, "'hwid' missing or not bytes"),
        ({"hwid": b"\x01"}, "hardware id of 1 byte"),
        ({"state": "melted"}, "unknown storage kind or state"),
        ({"state": "written"}, "no secret digest"),
        ({"digest": b"short"}, "secret digest of 5 bytes"),
        ({"factory": 1}, "'factory' missing or not bool"),
        ({"proto": True}, "'proto' missing or not int"),
    ],
)
def test_identify_protocol_violations_are_typed(
    client: DeviceClient, script: Script, change: dict[str, Any], detail: str
) -> None:
    script.then(PROVISIONING_GROUP, Command.IDENTIFY, {**IDENTITY, **change})
    with pytest.raises(DeviceProtocolError) as caught:
        client.identify()
    assert detail in caught.value.message
    assert caught.value.error_class == "protocol"
    assert "supervisor" in caught.value.action


def test_write_sends_the_record_as_cbor_text_fields(client: DeviceClient, peer: PtyPeer) -> None:
    client.write(RECORD)
    # write asks identify first for the programming time that sizes its deadline
    assert len(requests(peer, Command.IDENTIFY)) == 1
    (body,) = requests(peer, Command.WRITE)
    assert body == {
        "device_id": RECORD.device_id,
        "realm": "plant",
        "pairing_url": "https://pairing.example.test",
        "secret": SECRET_TEXT,
    }
    header = next(h for h, _ in peer.received if h.command_id == Command.WRITE)
    assert header.op == OP.WRITE
    assert cbor2.loads(cbor2.dumps(body)) == body


def test_reveal_returns_a_secret_and_lock_is_a_write(client: DeviceClient, peer: PtyPeer) -> None:
    secret = client.reveal()
    assert isinstance(secret, Secret)
    assert secret == RECORD.secret
    assert SECRET_TEXT not in repr(secret)
    client.lock()
    header = next(h for h, _ in peer.received if h.command_id == Command.LOCK)
    assert header.op == OP.WRITE


@pytest.mark.parametrize("code", [c for c in ErrorCode if c is not ErrorCode.OK])
def test_every_refusal_code_is_typed_with_its_action(
    client: DeviceClient, script: Script, code: ErrorCode
) -> None:
    script.then(PROVISIONING_GROUP, Command.REVEAL, {"err": {"group": 64, "rc": int(code)}})
    with pytest.raises(DeviceRefused) as caught:
        client.reveal()
    err = caught.value
    assert err.code is code
    assert err.error_class == f"device_{code.name.lower()}"
    assert err.action == code.info.action
    assert code.info.meaning in err.message
    assert "slot 3" in err.message


def test_v1_rc_is_a_refusal_and_foreign_codes_are_unknown(
    client: DeviceClient, script: Script
) -> None:
    script.then(PROVISIONING_GROUP, Command.LOCK, {"rc": int(ErrorCode.NOTHING_STORED)})
    with pytest.raises(DeviceRefused) as caught:
        client.lock()
    assert caught.value.code is ErrorCode.NOTHING_STORED
    # An SMP-layer code in the OS group shares a number with ours but not its meaning.
    script.then(0, 6, {"rc": 8})
    with pytest.raises(DeviceRefused) as caught:
        client.params()
    assert caught.value.code is ErrorCode.UNKNOWN
    assert caught.value.rc == 8
    script.then(PROVISIONING_GROUP, Command.REVEAL, {"err": {"group": 64, "rc": 99}})
    with pytest.raises(DeviceRefused) as caught:
        client.reveal()
    assert caught.value.code is ErrorCode.UNKNOWN
    assert "rc 99" in caught.value.message


def test_rc_zero_is_success(client: DeviceClient, script: Script, peer: PtyPeer) -> None:
    script.then(PROVISIONING_GROUP, Command.LOCK, {"rc": 0})
    client.lock()
    script.then(PROVISIONING_GROUP, Command.LOCK, {"err": {"group": 64, "rc": 0}})
    client.lock()
    # Each lock went out once, as a write with an empty body, and got its scripted answer.
    locks = [
        (h.op, body)
        for h, body in peer.received
        if h.group_id == PROVISIONING_GROUP and h.command_id == Command.LOCK
    ]
    assert locks == [(OP.WRITE, {}), (OP.WRITE, {})]
    assert script.answers[(PROVISIONING_GROUP, int(Command.LOCK))] == []
    assert client.stats.retries == 0


def test_read_only_commands_are_retried_a_bounded_number_of_times(
    client: DeviceClient, script: Script, peer: PtyPeer
) -> None:
    script.then(PROVISIONING_GROUP, Command.IDENTIFY, None)
    assert client.identify().model == "M1"
    assert client.stats.retries == 1
    script.then(PROVISIONING_GROUP, Command.IDENTIFY, None, None, None, None)
    with pytest.raises(LinkTimeout):
        client.identify()
    assert len(requests(peer, Command.IDENTIFY)) == 1 + 1 + 3
    assert client.stats.retries == 1 + 2


def test_garbled_reads_are_retried_then_reported_as_corrupt(
    client: DeviceClient, script: Script
) -> None:
    def garbled(header: Header, body: dict[str, Any]) -> bytes:
        wire = bytearray(reply_frame(header, {"r": body["d"]}))
        wire[6] ^= 0x10
        return bytes(wire)

    script.then(0, 0, garbled)
    assert client.echo("x") == "x"
    assert client.stats.crc_errors + client.stats.resyncs >= 1
    script.then(0, 0, garbled, garbled, garbled)
    with pytest.raises(CorruptLink):
        client.echo("y")


def test_write_is_never_repeated_when_its_answer_is_lost(
    client: DeviceClient, script: Script, peer: PtyPeer
) -> None:
    client.identify()
    script.then(PROVISIONING_GROUP, Command.WRITE, None)
    with pytest.raises(WriteOutcomeUnknown) as caught:
        client.write(RECORD)
    assert len(requests(peer, Command.WRITE)) == 1
    err = caught.value
    assert err.error_class == "write_unknown"
    assert isinstance(err.cause, LinkTimeout)
    assert SECRET_TEXT not in str(err)
    assert SECRET_TEXT not in repr(err.__cause__)
    assert client.stats.retries == 0
    assert re.fullmatch(
        r"No answer to write from the device in slot 3, so it is unknown whether it took effect "
        r"\(The device in slot 3 did not answer write within \d+\.\d s\.\)",
        err.message,
    ), err.message
    assert (err.command, err.slot, err.port) == ("write", "3", peer.path)


def test_a_stop_while_the_device_programs_waits_for_the_write_answer(
    peer: PtyPeer, script: Script
) -> None:
    # The write is sent: a stop now must not leave its outcome unknown. The answer is awaited,
    # then the stop is honoured, with the device's state known.
    cancel = CancelToken()

    def programs(header: Header, body: dict[str, Any]) -> bytes:
        cancel.cancel()
        time.sleep(0.3)
        return reply_frame(header, {})

    script.then(PROVISIONING_GROUP, Command.WRITE, programs)
    with (
        DeviceClient.open(peer.path, baud=115200, cancel=cancel, slot="3", margin=2.0) as client,
        pytest.raises(Cancelled) as caught,
    ):
        client.write(RECORD)
    assert not isinstance(caught.value, WriteOutcomeUnknown)
    assert len(requests(peer, Command.WRITE)) == 1


def test_lock_with_a_garbled_answer_is_outcome_unknown(
    client: DeviceClient, script: Script, peer: PtyPeer
) -> None:
    def garbled(header: Header, body: dict[str, Any]) -> bytes:
        wire = bytearray(reply_frame(header, {}))
        wire[4] ^= 0x01
        return bytes(wire)

    script.then(PROVISIONING_GROUP, Command.LOCK, garbled)
    with pytest.raises(WriteOutcomeUnknown) as caught:
        client.lock()
    assert isinstance(caught.value.cause, CorruptLink)
    assert len(requests(peer, Command.LOCK)) == 1


def test_write_refusal_is_a_refusal_not_unknown(client: DeviceClient, script: Script) -> None:
    script.then(
        PROVISIONING_GROUP, Command.WRITE, {"err": {"group": 64, "rc": ErrorCode.ALREADY_WRITTEN}}
    )
    with pytest.raises(DeviceRefused) as caught:
        client.write(RECORD)
    assert caught.value.code is ErrorCode.ALREADY_WRITTEN
    assert caught.value.error_class == "device_already_written"


def test_write_deadline_includes_the_declared_programming_time(
    client: DeviceClient, script: Script
) -> None:
    slow_device = {**IDENTITY, "prog_us": 20_000}  # 20 ms per byte: about 2 s for the record
    script.then(PROVISIONING_GROUP, Command.IDENTIFY, slow_device)
    program_seconds = record_program_bytes(RECORD) * 0.02
    assert program_seconds > 1.8

    def programs(header: Header, body: dict[str, Any]) -> bytes:
        # Twice the 0.5 s margin, yet a second short of the declared programming time:
        # room for a loaded machine, and still a failure if programming time did not count.
        time.sleep(program_seconds / 2)
        return reply_frame(header, {})

    script.then(PROVISIONING_GROUP, Command.WRITE, programs)
    client.write(RECORD)  # margin is only 0.5 s: this passes only if programming time counts


def test_only_the_write_is_given_programming_time(client: DeviceClient, script: Script) -> None:
    # Programming time counts for the write only (docs/protocol.md, section 6): a device that
    # declares 20 s per byte and drops a reveal's answer, then its lock's, is asked again and
    # given up on within their wire time and margin (0.5 s), not after a byte's programming.
    script.then(PROVISIONING_GROUP, Command.IDENTIFY, {**IDENTITY, "prog_us": 20_000_000})
    client.identify()
    script.then(PROVISIONING_GROUP, Command.REVEAL, None)
    started = time.monotonic()
    assert client.reveal() == RECORD.secret
    assert time.monotonic() - started < 10
    assert client.stats.retries == 1
    script.then(PROVISIONING_GROUP, Command.LOCK, None)
    started = time.monotonic()
    with pytest.raises(WriteOutcomeUnknown) as caught:
        client.lock()
    assert time.monotonic() - started < 10
    assert isinstance(caught.value.cause, LinkTimeout)


def test_oversized_write_is_refused_before_sending(
    client: DeviceClient, peer: PtyPeer, script: Script
) -> None:
    # write asks params itself: the check holds even when nobody called params() first.
    script.then(0, 6, {"buf_size": 96, "buf_count": 1})
    with pytest.raises(RequestTooBig) as caught:
        client.write(RECORD)
    assert "takes at most 96; nothing was sent" in caught.value.message
    assert requests(peer, Command.WRITE) == []
    assert [h.command_id for h, _ in peer.received if h.group_id == 0] == [6]


def test_without_params_the_protocol_floor_bounds_the_write(
    client: DeviceClient, peer: PtyPeer, script: Script
) -> None:
    script.then(0, 6, {"rc": 8})  # MGMT_ERR_ENOTSUP: params not built into this firmware
    client.write(RECORD)  # small: fits the 512-byte floor every device accepts
    assert len(requests(peer, Command.WRITE)) == 1
    huge = ProvisioningRecord(RECORD.device_id, "r", "https://" + "x" * 600, RECORD.secret)
    with pytest.raises(RequestTooBig, match="takes at most 512"):
        client.write(huge)
    assert len(requests(peer, Command.WRITE)) == 1


def test_unplug_during_a_read_is_disconnected(client: DeviceClient, peer: PtyPeer) -> None:
    client.echo("ok")
    peer.handler = None
    timer = threading.Timer(0.1, peer.unplug)
    timer.start()
    try:
        with pytest.raises(Disconnected) as caught:
            client.identify()
    finally:
        timer.join()
    assert "reseat the device in slot 3" in caught.value.action.lower()


def test_unplug_during_write_is_outcome_unknown(client: DeviceClient, peer: PtyPeer) -> None:
    client.identify()
    client.params()
    peer.handler = None
    timer = threading.Timer(0.1, peer.unplug)
    timer.start()
    try:
        with pytest.raises(WriteOutcomeUnknown) as caught:
            client.write(RECORD)
    finally:
        timer.join()
    assert isinstance(caught.value.cause, Disconnected)


def test_cancel_before_write_does_not_send(peer: PtyPeer) -> None:
    cancel = CancelToken()
    with DeviceClient.open(peer.path, baud=115200, cancel=cancel, slot="3", margin=0.3) as client:
        client.identify()
        cancel.cancel()
        with pytest.raises(Cancelled):
            client.write(RECORD)
    assert requests(peer, Command.WRITE) == []


def test_console_log_is_text(client: DeviceClient, peer: PtyPeer) -> None:
    peer.send(b"boot \xff\xfe log\n")
    client.echo("x")
    assert "boot \ufffd\ufffd log\n" in client.console_log()
