"""DeviceClient's read-only commands word for word, against the scripted responder on a real pty
(tests/profiles/smp/test_client.py): what is asked, every field decoded, every boundary of the
identify and params answers' rules, the status an answer carries, and each protocol error and
refusal as the operator reads it."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pytest
from smp.header import OP

from station.cancel import CancelToken
from station.link.errors import LinkTimeout
from station.profiles.base import StorageKind, StorageState
from station.profiles.smp.client import DeviceClient, McuMgrParams
from station.profiles.smp.errors import DeviceProtocolError, DeviceRefused, RequestTooBig
from station.profiles.smp.model import SmpIdentity
from station.profiles.smp.protocol import PROVISIONING_GROUP, Command, ErrorCode
from station.secret import Secret
from tests.link.ptypeer import PtyPeer
from tests.profiles.smp.conftest import IDENTITY, RECORD, SECRET_TEXT, Script, requests

ACTION = "The device firmware does not match this station: stop the line and call the supervisor."
DIGEST = hashlib.sha256(SECRET_TEXT.encode()).digest()


def _message(command: str, detail: str) -> str:
    return (
        f"The device in slot 3 gave an answer to {command} the station does not understand: "
        f"{detail}."
    )


def _protocol_error(
    caught: pytest.ExceptionInfo[DeviceProtocolError], command: str, detail: str
) -> None:
    assert caught.value.message == _message(command, detail)
    assert caught.value.action == ACTION
    assert caught.value.error_class == "protocol"
    assert caught.value.slot == "3"


def _refused(client: DeviceClient, script: Script, answer: dict[str, Any]) -> DeviceProtocolError:
    script.then(PROVISIONING_GROUP, Command.IDENTIFY, answer)
    with pytest.raises(DeviceProtocolError) as caught:
        client.identify()
    assert caught.value.action == ACTION
    assert caught.value.error_class == "protocol"
    return caught.value


# -- identify ---------------------------------------------------------------------------------


def test_identify_is_a_read_with_an_empty_body(client: DeviceClient, peer: PtyPeer) -> None:
    client.identify()
    asked = [(h.op, body) for h, body in peer.received if h.command_id == Command.IDENTIFY]
    assert asked == [(OP.READ, {})]


def test_an_answer_with_only_the_required_fields_field_by_field(client: DeviceClient) -> None:
    assert client.identify() == SmpIdentity(
        profile="smp-provisioning",
        model="M1",
        firmware="2.0",
        hardware_id=b"\x01\x02\x03\x04\x05\x06",
        hardware_serial="SN-1",
        device_id=None,
        storage_kind=StorageKind.OTP,
        storage_state=StorageState.EMPTY,
        secret_digest=None,
        record_device_id=None,
        record_realm=None,
        factory_mode=True,
        facts={"protocol": "1", "storage": "otp", "hwid": "010203040506"},
        protocol_version=1,
        program_us_per_byte=400,
    )


def test_a_device_without_a_printed_serial_has_an_empty_one(
    client: DeviceClient, script: Script
) -> None:
    answer = {k: v for k, v in IDENTITY.items() if k != "serial"}
    script.then(PROVISIONING_GROUP, Command.IDENTIFY, {**answer, "prog_us": 0, "proto": 2})
    identity = client.identify()
    assert identity.hardware_serial == ""
    assert (identity.program_us_per_byte, identity.protocol_version) == (0, 2)
    assert identity.facts["protocol"] == "2"


@pytest.mark.parametrize("state", ["written", "locked"])
def test_written_or_locked_storage_with_its_digest(
    client: DeviceClient, script: Script, state: str
) -> None:
    script.then(
        PROVISIONING_GROUP, Command.IDENTIFY, {**IDENTITY, "state": state, "digest": DIGEST}
    )
    identity = client.identify()
    assert identity.storage_state is StorageState(state)
    assert identity.secret_digest == DIGEST and type(identity.secret_digest) is bytes


@pytest.mark.parametrize("state", ["written", "locked"])
def test_written_or_locked_storage_without_a_digest_is_refused(
    client: DeviceClient, script: Script, state: str
) -> None:
    err = _refused(client, script, {**IDENTITY, "state": state})
    assert err.message == _message(
        "identify", f"storage is {state} but no secret digest was reported"
    )


@pytest.mark.parametrize("size", [4, 64])
def test_hardware_ids_of_4_to_64_bytes_are_accepted(
    client: DeviceClient, script: Script, size: int
) -> None:
    script.then(PROVISIONING_GROUP, Command.IDENTIFY, {**IDENTITY, "hwid": bytes(range(size))})
    identity = client.identify()
    assert identity.hardware_id == bytes(range(size))
    assert identity.facts["hwid"] == bytes(range(size)).hex()


@pytest.mark.parametrize("size", [3, 65])
def test_hardware_ids_outside_4_to_64_bytes_are_refused(
    client: DeviceClient, script: Script, size: int
) -> None:
    err = _refused(client, script, {**IDENTITY, "hwid": bytes(size)})
    assert err.message == _message("identify", f"hardware id of {size} bytes (expected 4 to 64)")


@pytest.mark.parametrize("size", [31, 33])
def test_a_digest_that_is_not_32_bytes_is_refused(
    client: DeviceClient, script: Script, size: int
) -> None:
    answer = {**IDENTITY, "state": "written", "digest": bytes(size)}
    err = _refused(client, script, answer)
    assert err.message == _message("identify", f"secret digest of {size} bytes (expected 32)")


def test_a_negative_programming_time_is_refused(client: DeviceClient, script: Script) -> None:
    err = _refused(client, script, {**IDENTITY, "prog_us": -1})
    assert err.message == _message("identify", "negative programming time")


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("hwid", "bytes"),
        ("storage", "str"),
        ("state", "str"),
        ("prog_us", "int"),
        ("proto", "int"),
        ("model", "str"),
        ("fw", "str"),
        ("factory", "bool"),
    ],
)
def test_each_required_field_missing_is_named(
    client: DeviceClient, script: Script, key: str, kind: str
) -> None:
    answer = {k: v for k, v in IDENTITY.items() if k != key}
    err = _refused(client, script, answer)
    assert err.message == _message("identify", f"'{key}' missing or not {kind}")


@pytest.mark.parametrize(
    ("key", "value", "kind"),
    [
        ("prog_us", True, "int"),  # a CBOR true is not a number
        ("proto", "1", "int"),
        ("model", 1, "str"),
        ("fw", b"2.0", "str"),
        ("serial", 1, "str"),
        ("device_id", b"id", "str"),
        ("rec_device_id", 5, "str"),
        ("rec_realm", ["plant"], "str"),
        ("digest", DIGEST.hex(), "bytes"),
    ],
)
def test_each_field_of_the_wrong_type_is_named(
    client: DeviceClient, script: Script, key: str, value: Any, kind: str
) -> None:
    err = _refused(client, script, {**IDENTITY, key: value})
    assert err.message == _message("identify", f"'{key}' missing or not {kind}")


def test_an_unknown_storage_kind_is_named(client: DeviceClient, script: Script) -> None:
    err = _refused(client, script, {**IDENTITY, "storage": "tape"})
    assert err.message == _message(
        "identify", "unknown storage kind or state ('tape' is not a valid StorageKind)"
    )


def test_write_asks_identify_only_when_the_session_has_not(
    client: DeviceClient, peer: PtyPeer
) -> None:
    client.write(RECORD)  # the programming time sizes the write's deadline
    assert len(requests(peer, Command.IDENTIFY)) == 1
    client.identify()
    client.write(RECORD)
    assert len(requests(peer, Command.IDENTIFY)) == 2


# -- reveal -----------------------------------------------------------------------------------


def test_reveal_is_a_read_with_an_empty_body(client: DeviceClient, peer: PtyPeer) -> None:
    assert client.reveal() == Secret(SECRET_TEXT)
    asked = [(h.op, body) for h, body in peer.received if h.command_id == Command.REVEAL]
    assert asked == [(OP.READ, {})]


@pytest.mark.parametrize("answer", [{}, {"secret": ""}, {"secret": 7}, {"secret": b"abc"}])
def test_an_answer_without_a_secret_is_a_protocol_error(
    client: DeviceClient, script: Script, answer: dict[str, Any]
) -> None:
    script.then(PROVISIONING_GROUP, Command.REVEAL, answer)
    with pytest.raises(DeviceProtocolError) as caught:
        client.reveal()
    assert caught.value.message == _message("reveal", "no secret in the answer")
    assert caught.value.action == ACTION
    assert caught.value.slot == "3"


@pytest.mark.parametrize(
    ("group", "command", "name"),
    [
        (PROVISIONING_GROUP, Command.IDENTIFY, "identify"),
        (PROVISIONING_GROUP, Command.REVEAL, "reveal"),
        (0, 6, "params"),
    ],
)
def test_a_silent_device_is_named_with_the_command_it_did_not_answer(
    client: DeviceClient, script: Script, group: int, command: int, name: str
) -> None:
    script.then(group, command, None, None, None)
    with pytest.raises(LinkTimeout) as caught:
        getattr(client, name)()
    assert re.fullmatch(
        rf"The device in slot 3 did not answer {name} within \d+\.\d s\.", caught.value.message
    ), caught.value.message
    assert caught.value.action == (
        "Reseat the device in slot 3 and check that it is powered; if it keeps happening, "
        "power-cycle it."
    )


# -- params -----------------------------------------------------------------------------------


def test_params_of_the_smallest_buffer_are_accepted(client: DeviceClient, script: Script) -> None:
    script.then(0, 6, {"buf_size": 64, "buf_count": 1})
    assert client.params() == McuMgrParams(buf_size=64, buf_count=1)


@pytest.mark.parametrize(
    "answer",
    [
        {"buf_count": 2},
        {"buf_size": 512},
        {"buf_size": True, "buf_count": 2},
        {"buf_size": 512, "buf_count": -1},
        {"buf_size": 63, "buf_count": 2},  # smaller than any SMP buffer
    ],
)
def test_params_outside_the_rules_are_a_protocol_error(
    client: DeviceClient, script: Script, answer: dict[str, Any]
) -> None:
    script.then(0, 6, answer)
    with pytest.raises(DeviceProtocolError) as caught:
        client.params()
    _protocol_error(caught, "params", "buf_size/buf_count missing or invalid")


# -- the status an answer carries -------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "detail"),
    [
        ({"err": {"group": PROVISIONING_GROUP}}, "malformed err map"),
        ({"err": {"group": PROVISIONING_GROUP, "rc": -2}}, "malformed err map"),
        ({"err": {"group": PROVISIONING_GROUP, "rc": True}}, "malformed err map"),
        ({"rc": "0"}, "malformed rc"),
        ({"rc": -2}, "malformed rc"),
    ],
)
def test_a_status_that_is_not_a_code_is_a_protocol_error(
    client: DeviceClient, script: Script, answer: dict[str, Any], detail: str
) -> None:
    script.then(PROVISIONING_GROUP, Command.REVEAL, {"secret": SECRET_TEXT, **answer})
    with pytest.raises(DeviceProtocolError) as caught:
        client.reveal()
    _protocol_error(caught, "reveal", detail)


@pytest.mark.parametrize("code", [c for c in ErrorCode if c is not ErrorCode.OK])
def test_every_refusal_in_an_smp_v1_rc_is_typed_word_for_word(
    client: DeviceClient, script: Script, code: ErrorCode
) -> None:
    script.then(PROVISIONING_GROUP, Command.REVEAL, {"rc": int(code)})
    with pytest.raises(DeviceRefused) as caught:
        client.reveal()
    assert caught.value.code is code
    assert caught.value.message == f"The device in slot 3 refused reveal: {code.info.meaning}"
    assert (caught.value.slot, caught.value.rc, caught.value.command) == ("3", code, "reveal")


# -- the request the device's buffer takes ----------------------------------------------------


@pytest.mark.parametrize("room", [0, -1])
def test_a_write_the_size_of_the_device_buffer_is_sent_and_one_byte_more_is_not(
    client: DeviceClient, script: Script, peer: PtyPeer, room: int
) -> None:
    client.write(RECORD)  # the default 512-byte buffer: the write's own size is seen on the wire
    header = next(h for h, _ in peer.received if h.command_id == Command.WRITE)
    size = 8 + header.length  # the SMP header and its CBOR body
    client.close()  # a new session asks params again
    script.then(0, 6, {"buf_size": size + room, "buf_count": 1})
    with DeviceClient.open(
        peer.path, baud=115200, cancel=CancelToken(), slot="3", margin=0.5
    ) as fresh:
        if room == 0:
            fresh.write(RECORD)
        else:
            with pytest.raises(RequestTooBig) as caught:
                fresh.write(RECORD)
            # Nothing was sent, so nothing is the device's doing: the target's record is long.
            assert caught.value.message == (
                f"The write request for the device in slot 3 is {size} bytes, but the device "
                f"takes at most {size - 1}; nothing was sent to it."
            )
            assert caught.value.action == (
                "The target's realm and Pairing URL are too long for this device's firmware: "
                "stop the line and ask the supervisor to shorten them."
            )
            assert (caught.value.error_class, caught.value.slot) == ("record_too_big", "3")
    assert len(requests(peer, Command.WRITE)) == 1 + (room == 0)
