"""A simulated device on a real pty answers the provisioning protocol as specified."""

from __future__ import annotations

import base64
import hashlib
import time
from typing import Any

import pytest
from smp.header import OP, Version

from station.profiles.smp.protocol import (
    OS_ECHO,
    OS_GROUP,
    OS_MCUMGR_PARAMS,
    PROTOCOL_VERSION,
    PROVISIONING_GROUP,
    Command,
    ErrorCode,
    IdentifyKey,
    RecordKey,
)
from tests.fixtures.sim import RawSmp, SimFactory

DEVICE_ID = base64.urlsafe_b64encode(bytes(range(16))).rstrip(b"=").decode()
SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I="  # 44 chars of test data
OTHER_SECRET = "b3RoZXItb3RoZXItb3RoZXItb3RoZXItb3RoZXItb3Q="


def record(secret: str = SECRET, device_id: str = DEVICE_ID) -> dict[str, str]:
    return {
        RecordKey.DEVICE_ID: device_id,
        RecordKey.REALM: "factory",
        RecordKey.PAIRING_URL: "https://127.0.0.1:4003/pairing",
        RecordKey.SECRET: secret,
    }


def identify(link: RawSmp) -> dict[str, Any]:
    header, body = link.request(OP.READ, PROVISIONING_GROUP, Command.IDENTIFY)
    assert header.op is OP.READ_RSP
    return body


def write(link: RawSmp, body: dict[str, Any]) -> dict[str, Any]:
    header, reply = link.request(OP.WRITE, PROVISIONING_GROUP, Command.WRITE, body)
    assert header.op is OP.WRITE_RSP
    return reply


def reveal(link: RawSmp) -> dict[str, Any]:
    return link.request(OP.READ, PROVISIONING_GROUP, Command.REVEAL)[1]


def lock(link: RawSmp) -> dict[str, Any]:
    return link.request(OP.WRITE, PROVISIONING_GROUP, Command.LOCK)[1]


def refused(code: ErrorCode) -> dict[str, Any]:
    return {"err": {"group": PROVISIONING_GROUP, "rc": int(code)}}


def test_identify_reports_every_field_of_a_fresh_device(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=2, chatter=0)
    manifest = {s["slot"]: s for s in fx.manifest["slots"]}
    with RawSmp(fx.ports["2"]) as link:
        seq = link.send(OP.READ, PROVISIONING_GROUP, Command.IDENTIFY, {})
        header, body = link.wait_reply(seq)
    assert header.sequence == seq
    assert header.version is Version.V2
    assert header.group_id == PROVISIONING_GROUP
    assert body[IdentifyKey.PROTOCOL] == PROTOCOL_VERSION
    assert body[IdentifyKey.HARDWARE_SERIAL] == manifest["2"]["hardware_serial"]
    assert body[IdentifyKey.HARDWARE_ID] == bytes.fromhex(manifest["2"]["hwid"])
    assert isinstance(body[IdentifyKey.MODEL], str)
    assert isinstance(body[IdentifyKey.FIRMWARE], str)
    assert body[IdentifyKey.STORAGE_KIND] == "otp"
    assert body[IdentifyKey.STORAGE_STATE] == "empty"
    assert body[IdentifyKey.FACTORY_MODE] is True
    assert body[IdentifyKey.PROGRAM_US_PER_BYTE] > 0
    for absent in (
        IdentifyKey.DEVICE_ID,
        IdentifyKey.SECRET_DIGEST,
        IdentifyKey.RECORD_DEVICE_ID,
        IdentifyKey.RECORD_REALM,
    ):
        assert absent not in body
    assert manifest["1"]["hardware_serial"] != manifest["2"]["hardware_serial"]


def test_echo_params_and_unknown_commands(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        header, body = link.request(OP.WRITE, OS_GROUP, OS_ECHO, {"d": "ping ✓"})
        assert (header.op, body) == (OP.WRITE_RSP, {"r": "ping ✓"})
        header, body = link.request(OP.READ, OS_GROUP, OS_MCUMGR_PARAMS)
        assert header.op is OP.READ_RSP
        assert body["buf_size"] >= 256 and body["buf_count"] >= 1
        assert link.request(OP.READ, PROVISIONING_GROUP, 42)[1] == {"rc": 8}
        assert link.request(OP.READ, 77, 0)[1] == {"rc": 8}
        # identify is a read; the device has no write handler for it
        assert link.request(OP.WRITE, PROVISIONING_GROUP, Command.IDENTIFY)[1] == {"rc": 8}
        assert link.request(OP.WRITE, OS_GROUP, OS_ECHO, {"x": 1})[1] == {"rc": 3}


def test_otp_write_reveal_lock_semantics(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, storage="otp", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        assert reveal(link) == refused(ErrorCode.NOTHING_STORED)
        assert lock(link) == refused(ErrorCode.NOTHING_STORED)
        assert write(link, record()) == {}
        body = identify(link)
        assert body[IdentifyKey.STORAGE_STATE] == "written"
        assert body[IdentifyKey.SECRET_DIGEST] == hashlib.sha256(SECRET.encode()).digest()
        assert body[IdentifyKey.RECORD_DEVICE_ID] == DEVICE_ID
        assert body[IdentifyKey.RECORD_REALM] == "factory"
        assert body[IdentifyKey.FACTORY_MODE] is True
        # the identical record again is idempotent; a different one is refused
        assert write(link, record()) == {}
        assert write(link, record(OTHER_SECRET)) == refused(ErrorCode.ALREADY_WRITTEN)
        assert reveal(link) == {"secret": SECRET}
        assert lock(link) == {}
        body = identify(link)
        assert body[IdentifyKey.STORAGE_STATE] == "locked"
        assert body[IdentifyKey.FACTORY_MODE] is False
        assert body[IdentifyKey.SECRET_DIGEST] == hashlib.sha256(SECRET.encode()).digest()
        assert write(link, record()) == refused(ErrorCode.NOT_FACTORY_MODE)
        assert reveal(link) == refused(ErrorCode.NOT_FACTORY_MODE)
        assert lock(link) == {}
    stored = fx.inspect()["1"]
    assert stored["state"] == "locked"
    assert stored["record"]["secret"] == SECRET


def test_secure_storage_is_rewritable(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, storage="secure", chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        assert identify(link)[IdentifyKey.STORAGE_KIND] == "secure"
        assert write(link, record()) == {}
        assert write(link, record(OTHER_SECRET)) == {}
        body = identify(link)
        assert body[IdentifyKey.SECRET_DIGEST] == hashlib.sha256(OTHER_SECRET.encode()).digest()
        assert reveal(link) == {"secret": OTHER_SECRET}


@pytest.mark.parametrize(
    "change",
    [
        {RecordKey.SECRET: None},
        {RecordKey.SECRET: ""},
        {RecordKey.SECRET: "x" * 65},
        {RecordKey.DEVICE_ID: "too-short"},
        {RecordKey.DEVICE_ID: 1234},
        {RecordKey.REALM: None},
        {RecordKey.PAIRING_URL: "ftp://example"},
    ],
)
def test_malformed_records_are_refused_and_nothing_is_stored(
    sim_fixture: SimFactory, change: dict[str, Any]
) -> None:
    fx = sim_fixture(slots=1, chatter=0)
    body: dict[str, Any] = {**record(), **change}
    body = {k: v for k, v in body.items() if v is not None}
    with RawSmp(fx.ports["1"]) as link:
        assert write(link, body) == refused(ErrorCode.INVALID_RECORD)
        assert identify(link)[IdentifyKey.STORAGE_STATE] == "empty"


def test_device_supplied_id_is_reported_and_enforced(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, device_ids=True, chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        own_id = identify(link)[IdentifyKey.DEVICE_ID]
        assert len(base64.urlsafe_b64decode(own_id + "==")) == 16
        assert own_id == fx.manifest["slots"][0]["device_id"]
        if own_id != DEVICE_ID:
            assert write(link, record()) == refused(ErrorCode.INVALID_RECORD)
        assert write(link, record(device_id=own_id)) == {}


def test_programming_takes_the_declared_time_per_byte(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, prog_us=5000, chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        declared = identify(link)[IdentifyKey.PROGRAM_US_PER_BYTE]
        assert declared == 5000
        size = sum(len(v.encode()) for v in record().values())
        started = time.monotonic()
        assert write(link, record()) == {}
        assert time.monotonic() - started >= size * declared / 1e6


def test_state_survives_device_and_fixture_restarts(sim_fixture: SimFactory, tmp_path: Any) -> None:
    state_dir = tmp_path / "fixture"
    fx = sim_fixture(slots=1, state_dir=state_dir, chatter=0)
    serial = fx.device("1").hardware_serial
    old_port = fx.ports["1"]
    with RawSmp(old_port) as link:
        assert write(link, record()) == {}
    new_port = fx.replug("1")
    with RawSmp(new_port) as link:
        body = identify(link)
        assert body[IdentifyKey.STORAGE_STATE] == "written"
        assert body[IdentifyKey.HARDWARE_SERIAL] == serial
    fx.stop()
    again = sim_fixture(slots=1, state_dir=state_dir, storage=None, chatter=0)
    with RawSmp(again.ports["1"]) as link:
        body = identify(link)
        assert body[IdentifyKey.HARDWARE_SERIAL] == serial
        assert reveal(link) == {"secret": SECRET}
    assert again.device("1").boots == 3


def test_reset_prints_an_ansi_boot_log_and_the_device_answers_after(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        fx.reset("1")
        link.pump(0.3)
        assert b"Booting" in link.console
        assert b"\x1b[0;32m" in link.console
        assert fx.device("1").hardware_serial.encode() in link.console
        assert identify(link)[IdentifyKey.STORAGE_STATE] == "empty"


def test_idle_log_lines_arrive_between_frames(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0.05)
    with RawSmp(fx.ports["1"]) as link:
        for _ in range(5):
            assert identify(link)[IdentifyKey.STORAGE_STATE] == "empty"
            link.pump(0.1)
    assert link.console.count(b"\r\n") >= 3
    assert b"> " in link.console  # "<inf> module: text"
    assert link.errors == []


def test_baud_pacing_makes_replies_take_wire_time(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, baud=9600, chatter=0)
    with RawSmp(fx.ports["1"]) as link:
        link.pump(1.5)  # let the paced boot log finish
        started = time.monotonic()
        identify(link)
        elapsed = time.monotonic() - started
    # an identify reply is well over 150 framed bytes: at least 0.15 s at 9600 baud (8N1)
    assert elapsed >= 0.15
